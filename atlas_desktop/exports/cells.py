"""Safe cell values: text that can never turn into a formula, no characters Excel rejects, real Excel dates.

Every value an export writes goes through ``put`` (xlsx) or ``csv_text`` (CSV); every value an
import reads goes through ``read`` first. OWASP ASVS V1.2.10 (CSV and formula injection): a text
starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is written as a string cell
with Excel's quote prefix (what typing ``'=1+1`` in Excel does), never as a formula; in a CSV
file such a text gets a leading ``'``.

Excel has no time zones: a time is written as the wall-clock time in the organisation's zone,
and the workbook says which zone that is. A wall-clock time that happens twice (the hour the
clocks go back) or never, or a date Excel cannot hold, is written as ISO text with its offset
instead, so that it reads back as the same instant.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from ..core import clocks, codec, i18n

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
EXCEL_TEXT_LIMIT = 32_767
# What the end of a text too long for one cell says instead of the rest, in the user's language (``cut_mark``).
# An import that finds it, in any of the app's languages, keeps the full text the register holds rather than the
# cut one. CUT_MARK is the English.
_CUT_SOURCE = " [… cut here: a cell holds at most {limit} characters; the register keeps the full text]"
CUT_MARK = _CUT_SOURCE.format(limit=f"{EXCEL_TEXT_LIMIT:,}")
DATE_FORMAT = "yyyy-mm-dd"
TIME_FORMAT = "yyyy-mm-dd hh:mm"
SECONDS_FORMAT = "yyyy-mm-dd hh:mm:ss"
# Excel's calendar starts in 1900 (with its 29 February 1900 bug), and its numbers keep about
# 15 significant digits: outside these, a value is written as text so that it survives.
FIRST_EXCEL_DAY = dt.date(1900, 3, 1)
LARGEST_EXACT_NUMBER = 10 ** 15


def clean_text(text: str) -> str:
    """The text without the control characters a workbook cannot hold (openpyxl would refuse it)."""
    if text.isprintable():
        return text  # those characters are all unprintable: most texts need no search at all
    return ILLEGAL_CHARACTERS_RE.sub("", text)


def is_trigger(text: str) -> bool:
    """Whether a spreadsheet could take this text for a formula."""
    return text[:1] in TRIGGERS


def cut_mark(code: str | None = None) -> str:
    """``CUT_MARK`` in the current language (or ``code``'s)."""
    code = code or i18n.language()
    # t() with the literal, so the extractor finds it; another language's catalogue read for an import.
    source = i18n.t("spreadsheets", " [… cut here: a cell holds at most {limit} characters; the register keeps the "
                                    "full text]") if code == i18n.language() else \
        i18n.catalogue(code).get(("spreadsheets", _CUT_SOURCE), _CUT_SOURCE)
    return source.format(limit=i18n.format_number(EXCEL_TEXT_LIMIT, code))


def fit(text: str) -> str:
    """The text cleaned and, if longer than a cell can hold, cut with a visible mark."""
    text = clean_text(text)
    if len(text) > EXCEL_TEXT_LIMIT:
        mark = cut_mark()
        text = text[: EXCEL_TEXT_LIMIT - len(mark)] + mark
    return text


def _mark_of(text: str) -> str | None:
    """The cut mark ``text`` ends with, in whichever of the app's languages it was exported."""
    if not text.endswith("]"):
        return None  # nearly every text: no catalogue looked at
    return next((mark for mark in dict.fromkeys(cut_mark(code) for code in (i18n.language(), *i18n.AVAILABLE))
                 if text.endswith(mark)), None)


def was_cut(text: str) -> bool:
    return _mark_of(text) is not None


def uncut(text: str) -> str:
    mark = _mark_of(text)
    return text[: -len(mark)] if mark else text


def put(cell: Any, value: Any) -> None:
    """Write ``value`` into an openpyxl cell safely: text always as a string, dates as dates.

    Naive datetimes are wall-clock times (see ``excel_time``); aware ones are refused, because a
    workbook cannot say which zone they are in.

    The value and its type are stored in the cell directly (what openpyxl's ``cell.value = …`` ends
    with for these types): the text is already made safe here, and openpyxl's own check would scan
    every text of an export a second time."""
    parts = stored(value)
    if parts is None:
        cell.value = value
        return
    cell._value, cell.data_type, number_format, quote = parts
    if number_format is not None:
        cell.number_format = number_format
    if quote:
        # openpyxl would make "=..." a formula and "#N/A" an error value: a string is a string.
        cell.quotePrefix = True


def stored(value: Any) -> tuple[Any, str, str | None, bool] | None:
    """What ``put`` stores for ``value``: (value, openpyxl data type, number format or None, quote prefix);
    None for a value of another type, which openpyxl's own ``cell.value = …`` takes as it is.

    ``styling.Sheet.stream`` fills a table's reused cells from it and gives each kind of cell its style
    number once, rather than setting a number format on every date."""
    if value is None:
        return None, "n", None, False
    if isinstance(value, str):
        text = fit(value)
        return text, "s", None, is_trigger(text)
    if isinstance(value, bool):
        return value, "b", None, False
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            raise ValueError("a workbook cell cannot hold a time zone; convert to wall-clock time first")
        return value, "d", SECONDS_FORMAT if (value.second or value.microsecond) else TIME_FORMAT, False
    if isinstance(value, dt.date):
        return value, "d", DATE_FORMAT, False
    if isinstance(value, int) and abs(value) >= LARGEST_EXACT_NUMBER:
        return stored(str(value))
    if type(value) in (int, float):
        return value, "n", None, False
    return None


def excel_date(day: dt.date) -> dt.date | str:
    """A date as Excel can hold it, or ISO text for a date before Excel's calendar."""
    return day if day >= FIRST_EXCEL_DAY else day.isoformat()


def excel_time(moment: dt.datetime, time_zone: str) -> dt.datetime | str:
    """An aware time as the naive wall-clock time in ``time_zone``, or ISO text with its offset when
    the wall-clock time alone would not say which instant it was."""
    return wall_clock(moment, clocks.zone(time_zone))


def wall_clock(moment: dt.datetime, zone: dt.tzinfo) -> dt.datetime | str:
    """``excel_time`` with the zone already found (an export finds it once for a whole column)."""
    clocks.ensure_aware(moment)
    local = moment.astimezone(zone)
    if local.date() < FIRST_EXCEL_DAY:
        return local.isoformat(sep=" ")
    naive = local.replace(tzinfo=None, fold=0)
    # In an hour the clocks repeat, the wall-clock time alone names two instants, and an import refuses to
    # guess between them (``read_time``): either time round is written with its offset, which reads back exact.
    # A workbook keeps milliseconds, so 01:59:59.9997 just before the clocks go forward reads back as 02:00,
    # a time that never was: the millisecond on either side is checked too.
    below = naive - dt.timedelta(microseconds=naive.microsecond % 1000)
    for wall in {naive, below, below + dt.timedelta(milliseconds=1)}:
        if wall.replace(tzinfo=zone, fold=0).utcoffset() != wall.replace(tzinfo=zone, fold=1).utcoffset():
            return local.isoformat(sep=" ")
    return naive


def read_time(naive: dt.datetime, time_zone: str) -> dt.datetime:
    """A wall-clock time read from a cell, as an aware time in ``time_zone``.

    A time the clocks skipped or repeated there raises ValueError (``codec.wall_clock``) saying so, rather
    than being moved by an hour without a word: a date cell carries no offset to settle it."""
    return codec.wall_clock(naive.replace(tzinfo=None), time_zone)


# -- CSV ------------------------------------------------------------------------------------------
def csv_text(value: Any) -> str:
    """A CSV field: control characters removed, and a leading ``'`` on text a spreadsheet would run.

    A text that already starts with ``'`` gets one too, so that reading strips exactly one."""
    text = clean_text("" if value is None else str(value))
    if is_trigger(text) or text.startswith("'"):
        return "'" + text
    return text


def from_csv_text(text: str) -> str:
    """The original text of a field ``csv_text`` wrote."""
    return text.removeprefix("'")


# -- lists in one cell ----------------------------------------------------------------------------
SEPARATOR = "; "
_NEEDS_QUOTES = re.compile(r'[;\n]|^"')


def join_list(items: list[str]) -> str:
    """Entries joined by "; ", an entry holding ";" (or starting with a quote) in double quotes."""
    return SEPARATOR.join(f'"{item.replace(chr(34), chr(34) * 2)}"' if _NEEDS_QUOTES.search(item) else item
                          for item in items)


def split_list(text: str) -> list[str]:
    """The entries of a list cell: separated by ";" or by line breaks, double quotes kept together.

    Blank entries are dropped; a quote inside an entry (not at its start) is an ordinary character."""
    entries: list[str] = []
    current: list[str] = []
    quoted = False
    i = 0
    at_start = True
    while i < len(text):
        ch = text[i]
        if quoted:
            if ch == '"' and text[i + 1: i + 2] == '"':
                current.append('"')
                i += 1
            elif ch == '"':
                quoted = False
            else:
                current.append(ch)
        elif ch == '"' and at_start:
            quoted = True
            at_start = False
        elif ch in ";\n\r":
            entries.append("".join(current))
            current, at_start = [], True
        else:
            current.append(ch)
            if not ch.isspace():
                at_start = False
        i += 1
    entries.append("".join(current))
    return [" ".join(e.split()) for e in entries if e.strip()]
