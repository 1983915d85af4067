"""Converts one field's value to the cell a spreadsheet shows, and a cell read back to the field's value.

Cells read like the app: vocabulary labels rather than codes, country names, "Yes"/"No",
lists joined by "; ", links as "Title (#id)", dates as real dates and times as wall-clock
times in the organisation's zone. Reading accepts the same and what a person typing in a
spreadsheet would write (codes, two-letter country codes, ISO dates, yes/no/true/false).

Labels, "Yes"/"No" and country names are written in the user's language (``core.i18n``); reading takes them
in any of the app's languages (``AnyLanguage``, ``country_in_any_language``), so a workbook exported in Romanian
imports into an English install.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..core import clocks, codec, i18n
from ..core.countries import local_name
from ..core.i18n import spec, t
from ..core.spec import Field, Kind, Vocabulary
from . import cells
# Re-exported: importers and the workbook writer take the any-language reading from here, beside the writing.
from .any_language import NO, YES, AnyLanguage, country_in_any_language, unaccented  # noqa: F401

_LINK = re.compile(r"^(?P<title>.*?)\s*\(#(?P<id>\d+)\)$|^#(?P<bare>\d+)$")


@dataclass(frozen=True)
class Ref:
    """A link read from a cell: a record number (as the file numbers it) and/or a title to look up."""

    id: int | None
    title: str


def link_text(title: str, record_id: int) -> str:
    return f"{title} (#{record_id})"


def yes_no() -> tuple[str, str]:
    """"Yes" and "No" as a yes/no cell shows them in the current language."""
    return t("spreadsheets", "Yes"), t("spreadsheets", "No")


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
        yes, no = yes_no()
        return lambda v: None if v is None or v == [] else yes if v else no
    if kind is Kind.DATE:
        excel_date = cells.excel_date
        return lambda v: None if v is None or v == [] else excel_date(v)
    if kind is Kind.DATETIME:
        return _time_converter(time_zone)
    if kind is Kind.INT:
        return lambda v: None if v is None or v == [] else v
    if kind is Kind.COUNTRY:  # in the workbook's language; read back in any (``country_in_any_language``)
        named = _country_namer()
        return lambda v: None if v is None or v == [] else named(v)
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


def display_text(f: Field, value: Any, time_zone: str) -> str:
    """``codec.display`` with the words in the user's language (vocabulary labels, yes/no, countries), as the
    other cells of an export show them: a CSV file's table fields. In English exactly ``codec.display``."""
    if i18n.language() == i18n.ENGLISH or value is None or value == []:
        return codec.display(f, value, time_zone)
    kind = f.kind
    if kind in (Kind.CHOICE, Kind.CHOICES, Kind.TAGS) and f.vocab is not None:
        items = value if isinstance(value, list) else [value]
        return "; ".join(spec(f.vocab.label_of(v)) for v in items)
    if kind is Kind.BOOL:
        return yes_no()[0 if value else 1]
    if kind is Kind.COUNTRY:
        return local_name(value)
    if kind is Kind.TABLE:
        return "\n".join(" · ".join(display_text(sub, row.get(sub.key), time_zone) for sub in f.fields
                                    if row.get(sub.key) not in (None, [], "")) for row in value)
    return codec.display(f, value, time_zone)


def _time_converter(time_zone: str) -> Converter:
    try:
        zone = clocks.zone(time_zone)
    except ValueError:  # an unknown zone: refused for the first time to convert, as excel_time does
        return lambda v: None if v is None or v == [] else cells.excel_time(v, time_zone)
    wall_clock = cells.wall_clock
    return lambda v: None if v is None or v == [] else wall_clock(v, zone)


# (Vocabulary id, language) -> (the vocabulary, its code -> label): made once per vocabulary and language, not
# once per converter (``to_cell`` makes a converter for each value it is given). Keeping the vocabulary
# alive keeps its id from being reused by another object.
_LABELS: dict[tuple[int, str], tuple[Vocabulary, dict[str, str]]] = {}


def _labeller(f: Field) -> Converter:
    """A vocabulary code's label in the current language (the code itself when it is not a term)."""
    voc = f.vocab
    if voc is None:
        return lambda code: code
    key = (id(voc), i18n.language())
    found = _LABELS.get(key)
    if found is None:  # a vocabulary's codes are unique
        found = _LABELS[key] = (voc, {term.code: spec(term.label) for term in voc.terms})
    labels = found[1]

    def label(code: Any) -> Any:
        try:
            return labels.get(code, code)
        except TypeError:  # not a code at all (a damaged value): as Vocabulary.label_of gives it
            return voc.label_of(code)
    return label


def _country_namer() -> Converter:
    """``local_name`` remembered per code: a column names the same few countries over and over, and each name
    outside English is looked up in Babel's data."""
    names: dict[str, str] = {}

    def named(code: Any) -> Any:
        if not isinstance(code, str):
            return local_name(code)  # a damaged value: shown as local_name shows it
        found = names.get(code)
        if found is None:
            found = names[code] = local_name(code)
        return found
    return named


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


def from_cell(f: Field, raw: Any, time_zone: str, lenient: bool = False, words: AnyLanguage | None = None) -> Any:
    """The value of field ``f`` a cell holds; raises ValueError with a plain reason.

    ``lenient`` is for sheets kept by hand (the ICO layout): a closed list may then also be
    separated by commas. ``words`` reads labels and yes/no in any language. LINK and LINKS give
    ``Ref``s, which the import resolves."""
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
            raise ValueError(t("spreadsheets", "{value} is not a whole number").format(value=repr(as_text(raw))))
        if isinstance(raw, int):
            return raw
        if isinstance(raw, float):
            if not raw.is_integer():
                raise ValueError(t("spreadsheets", "{value} is not a whole number").format(value=f"{raw:g}"))
            return int(raw)
        return codec.parse_text(f, as_text(raw))
    if kind is Kind.BOOL:
        if isinstance(raw, bool):
            return raw
        said = words.yes_or_no(as_text(raw)) if words is not None else None
        return said if said is not None else codec.parse_text(f, as_text(raw))
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
        text = as_text(raw)
        code = country_in_any_language(text)
        # Not a country in any language: the codec's own reason (and its code for an empty text).
        return code if code is not None else codec.parse_text(f, text)
    if kind is Kind.CHOICE:
        return vocab_codes(f, [as_text(raw).strip()], lenient, words)[0]
    if kind in (Kind.CHOICES, Kind.TAGS):
        parts = cells.split_list(as_text(raw))
        return vocab_codes(f, parts, lenient, words) if f.vocab else parts
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
    """The labels a cell of ``f`` may hold, in the current language."""
    assert f.vocab is not None
    return "; ".join(spec(term.label) for term in f.vocab.terms)


def vocab_codes(f: Field, parts: list[str], lenient: bool = False, words: AnyLanguage | None = None) -> list[str]:
    """The codes for entries read from a cell, in order.

    Labels may themselves hold "; " (the cell was split there), so the longest run of entries
    that together make a label is taken first. Free entries stay as typed where the list is
    open; in a closed list they are an error naming the allowed values. ``words`` also reads
    labels in the app's other languages."""
    voc = f.vocab
    assert voc is not None
    code_for = voc.code_for if words is None else lambda text: words.code_for(voc, text)
    codes: list[str] = []
    i = 0
    while i < len(parts):
        for j in range(len(parts), i, -1):
            code = code_for(cells.SEPARATOR.join(parts[i:j]))
            if code is not None:
                codes.append(code)
                i = j
                break
        else:
            part = parts[i]
            pieces = [p.strip() for p in part.split(",") if p.strip()] if lenient else []
            found = [code_for(p) for p in pieces]
            if len(pieces) > 1 and all(found):
                codes.extend(c for c in found if c)
            elif voc.open:
                codes.append(part)
            else:
                raise ValueError(t("spreadsheets", "{value} is not one of: {allowed}").format(
                    value=repr(part), allowed=allowed(f)))
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
