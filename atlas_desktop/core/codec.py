"""Converts field values between their Python form, JSON, database columns, typed text and display text.

Python forms: str, int, bool, ``date``, aware ``datetime``, a vocabulary code (str), lists
of codes/tags/record ids, and for TABLE fields a list of dicts keyed by column. Times
are stored in UTC and shown in the organisation's time zone.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from . import clocks
from .countries import country_code, country_name
from .spec import Field, Kind

_TEXTUAL = frozenset({Kind.TEXT, Kind.NOTE, Kind.CHOICE, Kind.COUNTRY, Kind.TIMEZONE})


def _utc(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.UTC)


# -- cleaning what a person or a caller handed in -----------------------------------------------
def clean(field: Field, value: Any) -> Any:
    """Trim text, turn blanks into "nothing", drop empty and repeated list entries.

    Only tidies; it never guesses a type. Validation judges what is left."""
    if field.kind in _TEXTUAL:
        if isinstance(value, str):
            value = value.strip()
            if field.kind is Kind.COUNTRY:
                value = value.upper()
            return value or None
        return value
    if field.kind is Kind.BOOL:
        return False if value is None else value
    if field.kind in (Kind.CHOICES, Kind.TAGS, Kind.LINKS):
        if value is None:
            return []
        if not isinstance(value, (list, tuple)):
            return value
        seen: list[Any] = []
        for item in value:
            if isinstance(item, str):
                item = " ".join(item.split())
                if not item:
                    continue
            if item is not None and item not in seen:
                seen.append(item)
        return seen
    if field.kind is Kind.TABLE:
        if value is None:
            return []
        if not isinstance(value, (list, tuple)):
            return value
        rows = []
        for row in value:
            if not isinstance(row, dict):
                rows.append(row)
                continue
            cleaned = {sub.key: clean(sub, row.get(sub.key, sub.empty())) for sub in field.fields}
            # Unknown columns stay, so that validation names them instead of their values vanishing.
            cleaned.update({k: v for k, v in row.items() if k not in cleaned})
            columns = {sub.key: sub for sub in field.fields}
            if any(not (v is None or v is False or v == []) for k, v in cleaned.items()
                   if k not in columns or not columns[k].computed):
                rows.append(cleaned)  # a row left completely blank is dropped, not an error
        return rows
    return value


# -- JSON (audit trail, TABLE cells, --json output) ---------------------------------------------
def to_json(field: Field, value: Any) -> Any:
    if value is None:
        return None
    if field.kind is Kind.DATE:
        return value.isoformat()
    if field.kind is Kind.DATETIME:
        return _utc(value).isoformat()
    if field.kind is Kind.TABLE:
        return [{sub.key: to_json(sub, row.get(sub.key)) for sub in field.fields} for row in value]
    if field.kind in (Kind.CHOICES, Kind.TAGS, Kind.LINKS):
        return list(value)
    return value


def from_json(field: Field, raw: Any) -> Any:
    if raw is None:
        return field.empty() if field.is_list or field.kind is Kind.BOOL else None
    if field.kind is Kind.DATE:
        return dt.date.fromisoformat(raw)
    if field.kind is Kind.DATETIME:
        return _utc(dt.datetime.fromisoformat(raw))
    if field.kind is Kind.TABLE:
        return [{sub.key: from_json(sub, row.get(sub.key)) for sub in field.fields} for row in raw]
    if field.kind is Kind.BOOL:
        return bool(raw)
    if field.kind in (Kind.CHOICES, Kind.TAGS, Kind.LINKS):
        return list(raw)
    return raw


def _date_or_none(raw: Any) -> dt.date | None:
    return None if raw is None else dt.date.fromisoformat(raw)


def _moment_or_none(raw: Any) -> dt.datetime | None:
    return None if raw is None else dt.datetime.fromisoformat(raw).astimezone(dt.UTC)


def scalar_reader(field: Field) -> Callable[[Any], Any]:
    """``from_json`` for one date, time or yes/no field, chosen once: the many-row reads call it on every
    row, where going through ``from_json``'s tests of the kind each time was a tenth of their cost."""
    readers: dict[Kind, Callable[[Any], Any]] = {Kind.DATE: _date_or_none, Kind.DATETIME: _moment_or_none,
                                                 Kind.BOOL: bool}
    if field.is_list or field.kind not in readers:
        raise ValueError(f"{field.key} is not a date, time or yes/no field")
    return readers[field.kind]


# -- database columns -----------------------------------------------------------------------------
def to_db(field: Field, value: Any) -> Any:
    """The column value: lists as JSON text, dates as ISO text, times as ISO UTC text."""
    if field.is_list:
        return json.dumps(to_json(field, value or []), ensure_ascii=False, separators=(",", ":"))
    if field.kind is Kind.BOOL:
        return 1 if value else 0
    return to_json(field, value)


def from_db(field: Field, raw: Any) -> Any:
    if field.is_list:
        return from_json(field, json.loads(raw) if raw else [])
    return from_json(field, raw)


# -- typed text (CLI --set, spreadsheet cells) ----------------------------------------------------
_TRUE = {"yes", "y", "true", "1", "x", "✓", "ja", "oui", "da"}
_FALSE = {"no", "n", "false", "0", "", "nein", "non", "nu"}


def parse_text(field: Field, text: str, time_zone: str = "UTC") -> Any:
    """Read what a person typed; raises ValueError with a plain reason.

    Lists are separated by ";" (TABLE fields take JSON). A time without a zone is read in
    the organisation's zone, because that is the clock on the wall when it happened."""
    text = text.strip()
    kind = field.kind
    if kind in (Kind.CHOICES, Kind.TAGS, Kind.LINKS):
        items = [part.strip() for part in text.split(";") if part.strip()]
        return [parse_text(_element(field), item, time_zone) for item in items]
    if kind is Kind.TABLE:
        if not text:
            return []
        try:
            rows = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError(f"expected a JSON list of rows ({exc.msg})") from None
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise ValueError('expected a JSON list of rows, like [{"column": "value"}]')
        columns = {sub.key for sub in field.fields}
        for row in rows:
            unknown = sorted(set(row) - columns)
            if unknown:
                raise ValueError(f"unknown column {unknown[0]!r}; the columns are {', '.join(sorted(columns))}")
        return [{sub.key: _cell(sub, row.get(sub.key), time_zone) for sub in field.fields} for row in rows]
    if not text:
        return field.empty()
    if kind is Kind.INT or kind is Kind.LINK:
        try:
            return int(text.lstrip("#"))
        except ValueError:
            raise ValueError(f"{text!r} is not a whole number") from None
    if kind is Kind.BOOL:
        low = text.casefold()
        if low in _TRUE:
            return True
        if low in _FALSE:
            return False
        raise ValueError(f"{text!r} is not yes or no")
    if kind is Kind.DATE:
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"{text!r} is not a date; write it as YYYY-MM-DD") from None
    if kind is Kind.DATETIME:
        from dateutil import parser as dateparser  # here: only typed times need it

        try:
            moment = dateparser.isoparse(text)
        except ValueError:
            raise ValueError(f"{text!r} is not a date and time; write it as YYYY-MM-DD HH:MM") from None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=clocks.zone(time_zone))
        return moment
    if kind is Kind.COUNTRY:
        code = country_code(text)
        if code is None:
            raise ValueError(f"{text!r} is not a country; write its two-letter code, e.g. RO, DE, CH")
        return code
    if kind is Kind.CHOICE and field.vocab is not None:
        code = field.vocab.code_for(text)
        if code is not None:
            return code
        if field.vocab.open:
            return text
        raise ValueError(f"{text!r} is not one of: {', '.join(field.vocab.codes)}")
    if field.vocab is not None:  # an entry of a TAGS field: its suggestions are stored as codes
        return field.vocab.code_for(text) or text
    return text


def _element(field: Field) -> Field:
    """The single-value field that one entry of a list field is read as."""
    kind = {Kind.CHOICES: Kind.CHOICE, Kind.LINKS: Kind.LINK}.get(field.kind, Kind.TEXT)
    return Field(field.key, field.label, kind, "", vocab=field.vocab, target=field.target)


def _cell(sub: Field, value: Any, time_zone: str) -> Any:
    """One JSON cell of a TABLE row: text is read like typed text; numbers, yes/no and lists pass."""
    if isinstance(value, str):
        return parse_text(sub, value, time_zone)
    if isinstance(value, list) and sub.is_list:
        return [parse_text(_element(sub), v, time_zone) if isinstance(v, str) else v for v in value]
    return value


# -- display -----------------------------------------------------------------------------------------
def display(field: Field, value: Any, time_zone: str = "UTC", titles: dict[int, str] | None = None) -> str:
    """How a value reads in a table cell, a report or the CLI: labels, local times, lists joined."""
    if value is None or value == []:
        return ""
    kind = field.kind
    if kind is Kind.BOOL:
        return "Yes" if value else "No"
    if kind is Kind.DATE:
        return value.isoformat()
    if kind is Kind.DATETIME:
        return value.astimezone(clocks.zone(time_zone)).strftime("%Y-%m-%d %H:%M %Z")
    if kind in (Kind.CHOICE, Kind.CHOICES, Kind.TAGS) and field.vocab is not None:
        items = value if isinstance(value, list) else [value]
        return "; ".join(field.vocab.label_of(v) for v in items)
    if kind in (Kind.LINK, Kind.LINKS):
        items = value if isinstance(value, list) else [value]
        return "; ".join((titles or {}).get(v, f"#{v}") for v in items)
    if kind is Kind.TABLE:
        return "\n".join(" · ".join(display(sub, row.get(sub.key), time_zone) for sub in field.fields
                                    if row.get(sub.key) not in (None, [], "")) for row in value)
    if kind is Kind.COUNTRY:
        return country_name(value)
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)
