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

from . import clocks, limits
from .countries import country_code, country_name
from .errors import LocalTimeUnclear
from .i18n import t
from .spec import Field, Kind

_TEXTUAL = frozenset({Kind.TEXT, Kind.CHOICE, Kind.COUNTRY, Kind.TIMEZONE})  # one line each


def _utc(moment: dt.datetime) -> dt.datetime:
    try:
        return moment.astimezone(dt.UTC)
    except OverflowError:
        # Only a stored time at the very edge of the calendar (year 1 or 9999, from a damaged file or an
        # old client) has no UTC form: kept as stored, so the record still reads; validation names it.
        return moment


# -- cleaning what a person or a caller handed in -----------------------------------------------
def clean(field: Field, value: Any) -> Any:
    """Trim text, turn blanks into "nothing", drop empty and repeated list entries.

    Only tidies; it never guesses a type. Validation judges what is left, including the control
    characters it refuses (core.limits). Tidying here changes only how a line break or a tab is
    written: a tab in a one-line field is a space, and CR LF, CR and the Unicode line and paragraph
    separators in a note are its ordinary new line (they read the same, and a bare CR would let one
    line hide another when printed)."""
    if field.kind in _TEXTUAL:
        if isinstance(value, str):
            value = value.replace("\t", " ")
            value = value.strip()
            if field.kind is Kind.COUNTRY:
                value = value.upper()
            return value or None
        return value
    if field.kind is Kind.NOTE:
        if isinstance(value, str):
            for line_break in ("\r\n", "\r", "\u2028", "\u2029"):
                value = value.replace(line_break, "\n")
            return value.strip() or None
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
    return None if raw is None else _utc(dt.datetime.fromisoformat(raw))


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
    """Read what a person typed; raises ValueError with a plain reason: a clause in the user's language
    (context "errors"), lower-case and without a full stop, which the caller puts after the field's name.

    Lists are separated by ";" (TABLE fields take JSON, bounded by core.limits). A time without a
    zone is read in the organisation's zone, because that is the clock on the wall when it happened;
    one that clock skipped or showed twice is refused (``wall_clock``). Dates outside the years
    Atlas accepts raise DateOutOfRange (core.limits)."""
    text = text.strip()
    kind = field.kind
    if kind in (Kind.CHOICES, Kind.TAGS, Kind.LINKS):
        items = [part.strip() for part in text.split(";") if part.strip()]
        return [parse_text(_element(field), item, time_zone) for item in items]
    if kind is Kind.TABLE:
        if not text:
            return []
        try:
            rows = limits.read_json(text)
        except json.JSONDecodeError as exc:
            # json's own reason ("Expecting value") has no translation: it is quoted as the parser says it.
            raise ValueError(t("errors", "expected a JSON list of rows ({reason})").format(reason=exc.msg)) from None
        except ValueError as exc:
            raise ValueError(t("errors", "expected a JSON list of rows ({reason})").format(reason=exc)) from None
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise ValueError(t("errors", 'expected a JSON list of rows, like [{"column": "value"}]'))
        columns = {sub.key for sub in field.fields}
        for row in rows:
            unknown = sorted(set(row) - columns)
            if unknown:
                raise ValueError(t("errors", "unknown column {column}; the columns are {columns}").format(
                    column=repr(unknown[0]), columns=", ".join(sorted(columns))))
        return [{sub.key: _cell(sub, row.get(sub.key), time_zone) for sub in field.fields} for row in rows]
    if not text:
        return field.empty()
    if kind is Kind.INT or kind is Kind.LINK:
        try:
            return int(text.lstrip("#"))
        except ValueError:
            raise ValueError(t("errors", "{text} is not a whole number").format(text=repr(text))) from None
    if kind is Kind.BOOL:
        low = text.casefold()
        if low in _TRUE:
            return True
        if low in _FALSE:
            return False
        raise ValueError(t("errors", "{text} is not yes or no").format(text=repr(text)))
    if kind is Kind.DATE:
        try:
            day = dt.date.fromisoformat(text)
        except ValueError:
            raise ValueError(t("errors", "{text} is not a date; write it as YYYY-MM-DD").format(
                text=repr(text))) from None
        limits.check_date(day)
        return day
    if kind is Kind.DATETIME:
        from dateutil import parser as dateparser  # here: only typed times need it

        try:
            moment = dateparser.isoparse(text)
        except (ValueError, OverflowError):
            raise ValueError(t("errors", "{text} is not a date and time; write it as YYYY-MM-DD HH:MM").format(
                text=repr(text))) from None
        limits.check_date(moment.date())
        if moment.tzinfo is None:
            return wall_clock(moment, time_zone)
        return moment
    if kind is Kind.COUNTRY:
        code = country_code(text)
        if code is None:
            raise ValueError(t("errors", "{text} is not a country; write its two-letter code, e.g. RO, DE, "
                                         "CH").format(text=repr(text)))
        return code
    if kind is Kind.CHOICE and field.vocab is not None:
        code = field.vocab.code_for(text)
        if code is not None:
            return code
        if field.vocab.open:
            return text
        raise ValueError(t("errors", "{text} is not one of: {choices}").format(
            text=repr(text), choices=", ".join(field.vocab.codes)))
    if field.vocab is not None:  # an entry of a TAGS field: its suggestions are stored as codes
        return field.vocab.code_for(text) or text
    return text


# -- wall-clock times across a daylight-saving change ----------------------------------------------
def wall_clock(naive: dt.datetime, time_zone: str) -> dt.datetime:
    """``naive`` read on the clock of ``time_zone``. Raises LocalTimeUnclear (a ValueError) for a time the
    clocks skipped or repeated there, instead of moving it by an hour or picking one of two moments.

    zoneinfo never refuses such a time: it resolves it by ``fold`` (PEP 495). A skipped time does not
    come back the same through UTC; a repeated one does for both folds, at two different offsets."""
    zone = clocks.zone(time_zone)
    first, second = naive.replace(tzinfo=zone, fold=0), naive.replace(tzinfo=zone, fold=1)
    before, after = first.utcoffset(), second.utcoffset()
    if before == after or before is None or after is None:
        return first
    when = naive.strftime("%Y-%m-%d %H:%M" + (":%S" if naive.second else ""))
    start, end = _change(naive, before, after, zone)
    if first.astimezone(dt.UTC).astimezone(zone).replace(tzinfo=None) != naive:
        raise LocalTimeUnclear(t("errors", "{when} did not exist in {zone} (clocks went forward from {start} to "
                                           "{end}); write the time after the change, or add the offset, e.g. "
                                           "{offset}").format(when=when, zone=time_zone, start=start, end=end,
                                                              offset=_offset(after)))
    summer = bool(first.dst()) and not second.dst()
    names = (t("errors", "summer time"), t("errors", "winter time")) if summer else (first.tzname(), second.tzname())
    raise LocalTimeUnclear(t("errors", "{when} happened twice in {zone} (clocks went back from {start} to {end}); "
                                       "write {when}{first_offset} ({first_name}, the first) or {second_offset} "
                                       "({second_name}, the second)").format(
        when=when, zone=time_zone, start=start, end=end, first_offset=_offset(before), first_name=names[0],
        second_offset=_offset(after), second_name=names[1]))


def _change(naive: dt.datetime, before: dt.timedelta, after: dt.timedelta, zone: dt.tzinfo) -> tuple[str, str]:
    """The wall-clock times either side of the change next to ``naive``: ("03:00", "04:00")."""
    # The change happened at a UTC instant between naive-max(offsets) and naive-min(offsets): find the
    # first second at the new offset by halving (zoneinfo does not list its transitions).
    lo = (naive - max(before, after)).replace(tzinfo=dt.UTC)
    hi = (naive - min(before, after)).replace(tzinfo=dt.UTC)
    while hi - lo > dt.timedelta(seconds=1):
        mid = lo + (hi - lo) / 2
        if mid.astimezone(zone).utcoffset() == after:
            hi = mid
        else:
            lo = mid
    return (hi + before).strftime("%H:%M"), (hi + after).strftime("%H:%M")


def _offset(delta: dt.timedelta) -> str:
    minutes = int(delta.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


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
        try:
            return value.astimezone(clocks.zone(time_zone)).strftime("%Y-%m-%d %H:%M %Z")
        except OverflowError:  # a stored time at the calendar's very edge: shown as stored, not a crash
            return value.isoformat(sep=" ", timespec="minutes")
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
