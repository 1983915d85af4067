"""Converts one field's value to the cell a spreadsheet shows, and a cell read back to the field's value.

Cells read like the app: vocabulary labels rather than codes, country names, "Yes"/"No",
lists joined by "; ", links as "Title (#id)", dates as real dates and times as wall-clock
times in the organisation's zone. Reading accepts the same and what a person typing in a
spreadsheet would write (codes, two-letter country codes, ISO dates, yes/no/true/false).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..core import clocks, codec
from ..core.countries import country_name
from ..core.spec import Field, Kind, Vocabulary
from . import cells

YES, NO = "Yes", "No"
_LINK = re.compile(r"^(?P<title>.*?)\s*\(#(?P<id>\d+)\)$|^#(?P<bare>\d+)$")


@dataclass(frozen=True)
class Ref:
    """A link read from a cell: a record number (as the file numbers it) and/or a title to look up."""

    id: int | None
    title: str


def link_text(title: str, record_id: int) -> str:
    return f"{title} (#{record_id})"


# -- writing ----------------------------------------------------------------------------------------
Converter = Callable[[Any], Any]


def to_cell(f: Field, value: Any, time_zone: str, titles: dict[int, str] | None = None) -> Any:
    """The cell value for ``value`` of field ``f`` (not for TABLE fields: they get their own sheet)."""
    if value is None or value == []:
        return None  # what every converter gives, without making one
    return converter(f, time_zone, titles)(value)


def converter(f: Field, time_zone: str, titles: dict[int, str] | None = None) -> Converter:
    """``to_cell`` for every value of one field, its kind's conversion chosen once.

    An export converts a whole column with it: the kind is looked up once per column rather than
    tested on every value, vocabulary labels come from a dictionary rather than a search of the
    terms, and the time zone is found once. Empty values (None, []) give an empty cell."""
    kind = f.kind
    if kind is Kind.BOOL:
        return lambda v: None if v is None or v == [] else YES if v else NO
    if kind is Kind.DATE:
        excel_date = cells.excel_date
        return lambda v: None if v is None or v == [] else excel_date(v)
    if kind is Kind.DATETIME:
        return _time_converter(time_zone)
    if kind is Kind.INT:
        return lambda v: None if v is None or v == [] else v
    if kind is Kind.COUNTRY:
        return lambda v: None if v is None or v == [] else country_name(v)
    if kind is Kind.CHOICE:
        label = _labeller(f)
        return lambda v: None if v is None or v == [] else label(v)
    if kind in (Kind.CHOICES, Kind.TAGS):
        label, join = _labeller(f), cells.join_list
        return lambda v: None if v is None or v == [] else join([label(c) for c in v])
    if kind is Kind.LINK:
        named = _linker(titles)
        return lambda v: None if v is None or v == [] else named(v)
    if kind is Kind.LINKS:
        named, join = _linker(titles), cells.join_list
        return lambda v: None if v is None or v == [] else join([named(i) for i in v])
    if kind is Kind.TABLE:
        def table(v: Any) -> None:
            if not (v is None or v == []):
                raise ValueError("a table field has its own sheet")
        return table
    return lambda v: None if v is None or v == [] else str(v)


def _time_converter(time_zone: str) -> Converter:
    try:
        zone = clocks.zone(time_zone)
    except ValueError:  # an unknown zone: refused for the first time to convert, as excel_time does
        return lambda v: None if v is None or v == [] else cells.excel_time(v, time_zone)
    wall_clock = cells.wall_clock
    return lambda v: None if v is None or v == [] else wall_clock(v, zone)


# Vocabulary id -> (the vocabulary, its code -> label): made once per vocabulary, not once per
# converter (``to_cell`` makes a converter for each value it is given). Keeping the vocabulary
# alive keeps its id from being reused by another object.
_LABELS: dict[int, tuple[Vocabulary, dict[str, str]]] = {}


def _labeller(f: Field) -> Converter:
    """A vocabulary code's label (the code itself when it is not a term), from a dictionary."""
    voc = f.vocab
    if voc is None:
        return lambda code: code
    found = _LABELS.get(id(voc))
    if found is None:
        found = _LABELS[id(voc)] = (voc, {t.code: t.label for t in voc.terms})  # a vocabulary's codes are unique
    labels = found[1]

    def label(code: Any) -> Any:
        try:
            return labels.get(code, code)
        except TypeError:  # not a code at all (a damaged value): as Vocabulary.label_of gives it
            return voc.label_of(code)
    return label


def _linker(titles: dict[int, str] | None) -> Converter:
    known = titles or {}
    return lambda rid: link_text(known.get(rid, ""), rid).lstrip()


# -- reading ----------------------------------------------------------------------------------------
def as_text(raw: Any) -> str:
    """A cell as text: numbers typed in a text column read as they look."""
    if isinstance(raw, bool):
        return YES if raw else NO
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, dt.datetime):
        return raw.isoformat(sep=" ") if raw.time() != dt.time() else raw.date().isoformat()
    if isinstance(raw, dt.date):
        return raw.isoformat()
    return str(raw)


def from_cell(f: Field, raw: Any, time_zone: str, lenient: bool = False) -> Any:
    """The value of field ``f`` a cell holds; raises ValueError with a plain reason.

    ``lenient`` is for sheets kept by hand (the ICO layout): a closed list may then also be
    separated by commas. LINK and LINKS give ``Ref``s, which the import resolves."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        # An empty cell is an empty value, not the field's default (a record may hold "nothing"
        # where a new one would get the default), except where the field cannot be empty.
        if f.required and f.default is not None:
            return f.empty()
        return [] if f.is_list else False if f.kind is Kind.BOOL else None
    kind = f.kind
    if kind in (Kind.TEXT, Kind.NOTE, Kind.TIMEZONE):
        return as_text(raw)
    if kind is Kind.INT:
        if isinstance(raw, bool):
            raise ValueError(f"{as_text(raw)!r} is not a whole number")
        if isinstance(raw, int):
            return raw
        if isinstance(raw, float):
            if not raw.is_integer():
                raise ValueError(f"{raw:g} is not a whole number")
            return int(raw)
        return codec.parse_text(f, as_text(raw))
    if kind is Kind.BOOL:
        if isinstance(raw, bool):
            return raw
        return codec.parse_text(f, as_text(raw))
    if kind is Kind.DATE:
        if isinstance(raw, dt.datetime):
            return raw.date()
        if isinstance(raw, dt.date):
            return raw
        return codec.parse_text(f, as_text(raw))
    if kind is Kind.DATETIME:
        if isinstance(raw, dt.datetime):
            return cells.read_time(raw, time_zone)
        if isinstance(raw, dt.date):
            return cells.read_time(dt.datetime.combine(raw, dt.time()), time_zone)
        return codec.parse_text(f, as_text(raw).replace("T", " ", 1), time_zone)
    if kind is Kind.COUNTRY:
        return codec.parse_text(f, as_text(raw))
    if kind is Kind.CHOICE:
        return vocab_codes(f, [as_text(raw).strip()], lenient)[0]
    if kind in (Kind.CHOICES, Kind.TAGS):
        parts = cells.split_list(as_text(raw))
        return vocab_codes(f, parts, lenient) if f.vocab else parts
    if kind is Kind.LINK:
        return parse_ref(as_text(raw))
    if kind is Kind.LINKS:
        return [parse_ref(part) for part in cells.split_list(as_text(raw))]
    raise ValueError("a table field has its own sheet")


def parse_ref(text: str) -> Ref:
    text = " ".join(text.split())
    match = _LINK.match(text)
    if match is None:
        return Ref(None, text)
    if match.group("bare"):
        return Ref(int(match.group("bare")), "")
    return Ref(int(match.group("id")), match.group("title"))


def allowed(f: Field) -> str:
    assert f.vocab is not None
    return "; ".join(t.label for t in f.vocab.terms)


def vocab_codes(f: Field, parts: list[str], lenient: bool = False) -> list[str]:
    """The codes for entries read from a cell, in order.

    Labels may themselves hold "; " (the cell was split there), so the longest run of entries
    that together make a label is taken first. Free entries stay as typed where the list is
    open; in a closed list they are an error naming the allowed values."""
    assert f.vocab is not None
    codes: list[str] = []
    i = 0
    while i < len(parts):
        for j in range(len(parts), i, -1):
            code = f.vocab.code_for(cells.SEPARATOR.join(parts[i:j]))
            if code is not None:
                codes.append(code)
                i = j
                break
        else:
            part = parts[i]
            pieces = [p.strip() for p in part.split(",") if p.strip()] if lenient else []
            found = [f.vocab.code_for(p) for p in pieces]
            if len(pieces) > 1 and all(found):
                codes.extend(c for c in found if c)
            elif f.vocab.open:
                codes.append(part)
            else:
                raise ValueError(f"{part!r} is not one of: {allowed(f)}")
            i += 1
    return list(dict.fromkeys(codes))


# -- comparing with the register ---------------------------------------------------------------------
EXCEL_PRECISION = dt.timedelta(milliseconds=1)  # a workbook keeps times to the millisecond


def same_as_stored(f: Field, a: Any, b: Any) -> bool:
    """Whether a value read back equals the stored one, as far as a workbook can tell."""
    if f.kind is Kind.DATETIME:
        if a is None or b is None:
            return a is b
        return abs(a - b) < EXCEL_PRECISION
    if f.kind is Kind.CHOICES:
        return sorted(a or []) == sorted(b or [])
    if f.kind is Kind.TABLE:
        a, b = a or [], b or []
        return len(a) == len(b) and all(same_as_stored(sub, ra.get(sub.key), rb.get(sub.key))
                                        for ra, rb in zip(a, b, strict=True) for sub in f.fields if sub.editable)
    return codec.to_db(f, a) == codec.to_db(f, b)


def keep_precise(f: Field, new: Any, old: Any) -> Any:
    """The new value, but where a time equals the stored one to the millisecond, the stored one (with its
    microseconds): a workbook rounds times, and an unchanged time must stay exactly as it was."""
    if f.kind is Kind.DATETIME:
        return old if same_as_stored(f, new, old) else new
    if f.kind is Kind.TABLE and isinstance(new, list) and isinstance(old, list):
        return [{k: keep_precise(f.column(k), v, old[i].get(k)) if i < len(old) and k in {c.key for c in f.fields}
                 else v for k, v in row.items()} for i, row in enumerate(new)]
    return new
