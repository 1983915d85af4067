"""Every kind of field as the export writes it, read back with openpyxl: the value, its type, its number format
and the cell's style; and the pieces the export's data rows are written with (``values.converter``,
``cells.wall_clock``, ``styling.Sheet.stream``, the fitted widths, the headings' styles).

The export converts a register column by column (one conversion per field kind) and streams its data
cells with their style numbers found once per table; these tests hold the cells to what ``cells.put`` of
``to_cell``'s value gives, one kind at a time, in a real workbook.
"""

from __future__ import annotations

import datetime as dt
import io
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from openpyxl import Workbook

from atlas_desktop.core.entities import BY_KEY
from atlas_desktop.core.spec import Field, Kind, Term, Vocabulary
from atlas_desktop.exports import cells, styling
from atlas_desktop.exports.layouts import FIRST_ROW, HEADER_ROW
from atlas_desktop.exports.values import NO, YES, converter, to_cell
from atlas_desktop.exports.xlsx_export import export_workbook
from atlas_desktop.storage.records import ORGANISATION_ID, Records

ZONE = "Europe/London"
NOW = dt.datetime(2026, 3, 30, 7, 30, tzinfo=dt.UTC)
LONDON = ZoneInfo(ZONE)
NOTE_TEXT = "First line of the description\nA second, much longer line of the same description\nthird"
BIG = 10 ** 15  # too many digits for Excel's numbers: written as text


def _column(ws, entity: str, key: str) -> int:
    """The column of field ``key`` on a register sheet, found by its heading."""
    f = BY_KEY[entity].field(key)
    heading = f.label + (f" ({ZONE} time)" if f.kind is Kind.DATETIME else "")
    for cell in ws[HEADER_ROW]:
        if str(cell.value).rstrip(" *") == heading:
            return cell.column
    raise AssertionError(f"no column {heading!r} in {ws.title}: {[c.value for c in ws[HEADER_ROW]]}")


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """A register with one record of each kind of value worth telling apart, exported and read back."""
    from conftest import ORG, PASSPHRASE

    from atlas_desktop.storage.register import Register

    folder = tmp_path_factory.mktemp("cells")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ATLAS_KDF_SECONDS", "0")
        reg, _ = Register.create(folder / "cells.atlas", PASSPHRASE, ORG, actor="tester")
    records = Records(reg)
    records.update("organisation", ORGANISATION_ID, {"time_zone": ZONE, "country": "GB"})
    activity = records.create("activity", {"name": "Payroll", "status": "active", "role": "controller",
                                           "review_every_months": 12})
    processor = records.create("processor", {
        "name": "-Cloud payroll", "country": "DE", "status": "active", "review_every_months": 12,
        "dpa_signed_on": dt.date(2025, 2, 3), "art28_clauses": ["instructions", "security"],
        "subprocessors": [{"name": "Hosting Ltd", "service": "=hosting"}]})
    records.update("activity", activity, {"processors": [processor]})
    # The second 01:30 of 26 October 2025 in London (the clocks go back at 02:00 BST): a wall-clock time
    # a spreadsheet cannot tell from the first, so written as text with its offset.
    repeated = dt.datetime(2025, 10, 26, 1, 30, tzinfo=dt.UTC)
    breach = records.create("breach", {
        "title": "@Laptop; stolen", "status": "open", "description": NOTE_TEXT,
        "aware_at": dt.datetime(2026, 3, 2, 9, 15, tzinfo=dt.UTC),
        "discovered_at": dt.datetime(2026, 3, 2, 8, 1, 7, tzinfo=dt.UTC),
        "occurred_from": repeated,
        "cyber_incident": True, "special_categories_involved": False,
        "impact": ["confidentiality", "availability"], "data_categories": ["Payroll; bank details", "Names"],
        "subjects_count": 12, "records_count": BIG, "activities": [activity], "notify_authority": "yes"})
    out = export_workbook(records, folder / "cells.xlsx", now=NOW)
    book = openpyxl.load_workbook(out)
    yield {"records": records, "book": book, "activity": activity, "processor": processor, "breach": breach,
           "repeated": repeated}
    reg.close()


def _expected(value) -> tuple:
    """(value, data type, number format, quote prefix) that cells.put gives a value, in a cell of its own."""
    cell = Workbook().active["A1"]
    cells.put(cell, value)
    return cell.value, cell.data_type, cell.number_format, bool(cell.quotePrefix)


def _read(cell) -> tuple:
    value = cell.value
    if cell.is_date and isinstance(value, dt.datetime) and cell.number_format == cells.DATE_FORMAT:
        value = value.date()  # openpyxl reads every date cell back as a datetime
    return value, cell.data_type, cell.number_format, bool(cell.quotePrefix)


def _assert_data_style(cell) -> None:
    """Every data cell, empty or not: wrapped, top-aligned, thin grey border, default font, no fill."""
    assert cell.alignment.wrap_text and cell.alignment.vertical == "top", cell.coordinate
    for side in (cell.border.left, cell.border.right, cell.border.top, cell.border.bottom):
        assert side.style == "thin" and side.color.rgb[-6:] == "BFBFBF", cell.coordinate
    assert not cell.font.bold and cell.fill.fill_type is None, cell.coordinate


def test_every_kind_of_field_on_a_register_sheet_is_the_cell_put_would_write(exported):
    """Each column of the Breaches sheet (every kind but dates, LINK and COUNTRY, which follow) is the value
    ``to_cell`` gives, stored as ``cells.put`` stores it, with the data cells' style."""
    records, book = exported["records"], exported["book"]
    breach = records.get("breach", exported["breach"])
    titles = {key: records.titles(key) for key in BY_KEY}
    ws = book["Breaches"]
    ent = BY_KEY["breach"]
    seen_kinds = set()
    for f in ent.fields:
        if f.kind is Kind.TABLE:
            continue
        cell = ws.cell(FIRST_ROW, _column(ws, "breach", f.key))
        want = _expected(to_cell(f, breach.get(f.key), ZONE, titles.get(f.target or "")))
        assert _read(cell) == want, (f.key, f.kind)
        _assert_data_style(cell)
        seen_kinds.add(f.kind)
    assert {Kind.TEXT, Kind.NOTE, Kind.INT, Kind.BOOL, Kind.DATETIME, Kind.CHOICE, Kind.CHOICES, Kind.TAGS,
            Kind.LINKS} <= seen_kinds


def test_the_cells_of_each_kind_hold_what_a_reader_expects(exported):
    records, book = exported["records"], exported["book"]
    ws = book["Breaches"]

    def cell(key: str):
        return ws.cell(FIRST_ROW, _column(ws, "breach", key))

    title = cell("title")
    assert (title.value, title.data_type, title.quotePrefix) == ("@Laptop; stolen", "s", True)  # never a formula
    description = cell("description")
    assert description.value == NOTE_TEXT and not description.quotePrefix
    aware = cell("aware_at")
    assert aware.value == dt.datetime(2026, 3, 2, 9, 15) and aware.number_format == "yyyy-mm-dd hh:mm"
    discovered = cell("discovered_at")
    assert discovered.value == dt.datetime(2026, 3, 2, 8, 1, 7) and discovered.number_format == "yyyy-mm-dd hh:mm:ss"
    occurred = cell("occurred_from")
    assert occurred.data_type == "s" and occurred.value == "2025-10-26 01:30:00+00:00"
    assert dt.datetime.fromisoformat(occurred.value) == exported["repeated"]
    assert cell("cyber_incident").value == YES and cell("special_categories_involved").value == NO
    assert cell("records_count").value == str(BIG)  # text: Excel would round it
    assert cell("records_count").data_type == "s"
    assert (cell("subjects_count").value, cell("subjects_count").data_type) == (12, "n")
    assert cell("data_categories").value == '"Payroll; bank details"; Names'
    activity = records.get("activity", exported["activity"])
    assert cell("activities").value == f"{activity['name']} (#{activity['id']})"
    empty = cell("containment")
    assert empty.value is None
    _assert_data_style(empty)  # an empty data cell keeps its border


def test_dates_countries_links_and_expanded_choices(exported):
    book = exported["book"]
    ws = book["Processors"]
    headings = [c.value for c in ws[HEADER_ROW]]
    row = {h: ws.cell(FIRST_ROW, i + 1) for i, h in enumerate(headings)}
    name, country = ws.cell(FIRST_ROW, _column(ws, "processor", "name")), ws.cell(FIRST_ROW, _column(ws, "processor", "country"))
    assert (name.value, name.quotePrefix, country.value) == ("-Cloud payroll", True, "Germany")
    signed = ws.cell(FIRST_ROW, _column(ws, "processor", "dpa_signed_on"))
    assert signed.value == dt.datetime(2025, 2, 3) and signed.number_format == "yyyy-mm-dd" and signed.is_date
    clauses = [h for h in headings if str(h).startswith("Art. 28(3)(")]
    assert [row[h].value for h in clauses] == [YES, NO, YES, NO, NO, NO, NO, NO]
    for cell in row.values():
        _assert_data_style(cell)
    sub = book["Processors – Sub-processors"]
    sub_row = [c for c in sub[FIRST_ROW]]
    assert sub_row[0].value == exported["processor"] and sub_row[0].data_type == "n"
    assert sub_row[1].value == "-Cloud payroll" and sub_row[1].quotePrefix
    assert [c.value for c in sub_row if c.value == "=hosting"] and all(
        c.quotePrefix for c in sub_row if c.value == "=hosting")
    ws = book["Processing activities"]
    processors = ws.cell(FIRST_ROW, _column(ws, "activity", "processors"))
    assert processors.value == f"-Cloud payroll (#{exported['processor']})" and processors.quotePrefix


def test_widths_fit_the_longest_line_of_each_column(exported):
    ws = exported["book"]["Breaches"]

    def width(key: str) -> float:
        return ws.column_dimensions[openpyxl.utils.get_column_letter(_column(ws, "breach", key))].width

    # A note: its longest line, not the whole text; a time: 16 characters; a date column too narrow for its
    # heading still gets the heading's wrapped width; plus 2 for the margins.
    assert width("description") == len("A second, much longer line of the same description") + 2
    assert width("aware_at") == 24 + 2  # the heading (capped at 24) is the widest
    assert width("title") == max(len("@Laptop; stolen"), len("Title *")) + 2
    assert width("subjects_count") == 24 + 2
    assert ws.column_dimensions["A"].width == styling.MIN_WIDTH  # "No." and 1


# -- the pieces ---------------------------------------------------------------------------------------------
VOCAB = Vocabulary("v", "V", (Term("a", "Alpha"), Term("b", "Beta; with a separator")), open=True)


@pytest.mark.parametrize(("kind", "extra", "value", "want"), [
    (Kind.BOOL, {}, True, YES), (Kind.BOOL, {}, False, NO), (Kind.BOOL, {}, None, None),
    (Kind.DATE, {}, dt.date(2026, 1, 2), dt.date(2026, 1, 2)), (Kind.DATE, {}, dt.date(1899, 12, 31), "1899-12-31"),
    (Kind.DATETIME, {}, dt.datetime(2026, 7, 1, 8, 30, tzinfo=dt.UTC), dt.datetime(2026, 7, 1, 9, 30)),
    (Kind.INT, {}, 7, 7), (Kind.INT, {}, 0, 0),
    (Kind.COUNTRY, {}, "RO", "Romania"), (Kind.COUNTRY, {}, "ZZ", "ZZ"),
    (Kind.CHOICE, {"vocab": VOCAB}, "a", "Alpha"), (Kind.CHOICE, {"vocab": VOCAB}, "free", "free"),
    (Kind.CHOICES, {"vocab": VOCAB}, ["b", "a"], '"Beta; with a separator"; Alpha'),
    (Kind.TAGS, {"vocab": VOCAB}, ["a", "own tag"], "Alpha; own tag"), (Kind.TAGS, {}, [], None),
    (Kind.LINK, {"target": "activity"}, 3, "Payroll (#3)"), (Kind.LINK, {"target": "activity"}, 9, "(#9)"),
    (Kind.LINKS, {"target": "activity"}, [3, 9], "Payroll (#3); (#9)"),
    (Kind.TEXT, {}, "plain", "plain"), (Kind.NOTE, {}, "two\nlines", "two\nlines"), (Kind.TEXT, {}, "", ""),
    (Kind.TIMEZONE, {}, "Europe/Paris", "Europe/Paris"), (Kind.TABLE, {"fields": (Field("x", "X", Kind.TEXT, ""),)},
                                                         None, None),
])
def test_a_converter_gives_each_kind_its_cell_value(kind, extra, value, want):
    f = Field("f", "F", kind, "", **extra)
    titles = {3: "Payroll"}
    assert converter(f, ZONE, titles)(value) == want
    assert to_cell(f, value, ZONE, titles) == want
    assert type(converter(f, ZONE, titles)(value)) is type(want)


def test_a_table_field_is_refused_a_cell_and_an_unknown_zone_only_when_a_time_is_converted():
    table = Field("t", "T", Kind.TABLE, "", fields=(Field("x", "X", Kind.TEXT, ""),))
    with pytest.raises(ValueError, match="its own sheet"):
        converter(table, ZONE)([{"x": "1"}])
    times = converter(Field("d", "D", Kind.DATETIME, ""), "Nowhere/Atlantis")
    assert times(None) is None
    with pytest.raises(ValueError, match="not a known time zone"):
        times(NOW)


def _reference_excel_time(moment: dt.datetime, zone: ZoneInfo):
    """The rule written out in full: the wall-clock time, unless that wall-clock time names two instants (the
    hour the clocks repeat: either time round) or lies before Excel's calendar; then ISO text with the offset."""
    local = moment.astimezone(zone)
    naive = local.replace(tzinfo=None, fold=0)
    instants = {naive.replace(tzinfo=zone, fold=fold).astimezone(dt.UTC) for fold in (0, 1)}
    if local.date() < cells.FIRST_EXCEL_DAY or len(instants) > 1:
        return local.isoformat(sep=" ")
    return naive


@pytest.mark.parametrize("zone_name", ["Europe/London", "America/New_York", "Australia/Lord_Howe", "Europe/Bucharest",
                                       "UTC"])
def test_wall_clock_agrees_with_the_full_rule_around_every_clock_change(zone_name):
    zone = ZoneInfo(zone_name)
    moments = []
    for start in (dt.datetime(2025, 3, 29, tzinfo=dt.UTC), dt.datetime(2025, 4, 5, tzinfo=dt.UTC),
                  dt.datetime(2025, 10, 4, tzinfo=dt.UTC),
                  dt.datetime(2025, 10, 25, tzinfo=dt.UTC), dt.datetime(2025, 11, 1, tzinfo=dt.UTC)):
        moments += [start + dt.timedelta(minutes=15 * i) for i in range(4 * 24 * 3)]
    # Also times given in the zone itself, either side of a repeated hour, and one before Excel's calendar.
    moments += [m.astimezone(zone) for m in moments[:200]]
    moments += [dt.datetime(2025, 10, 26, 1, 30, fold=fold, tzinfo=zone) for fold in (0, 1)]
    moments += [dt.datetime(2025, 11, 2, 1, 30, fold=fold, tzinfo=zone) for fold in (0, 1)]
    moments.append(dt.datetime(1890, 5, 1, 12, tzinfo=dt.UTC))
    texts = 0
    for moment in moments:
        got = cells.wall_clock(moment, zone)
        assert got == _reference_excel_time(moment, zone), moment
        assert cells.excel_time(moment, zone_name) == got
        texts += isinstance(got, str)
    assert texts >= (1 if zone_name == "UTC" else 2)  # the repeated hours (and 1890) were met


def _stream(rows, fills=None):
    """Rows written by ``Sheet.stream`` under one heading row, saved and read back."""
    wb = Workbook(write_only=True)
    ws = styling.Sheet(wb, "T")
    styling.write_header(ws, 1, [f"H{i}" for i in range(1, len(rows[0]) + 1)])
    styling.write_table(ws, 1, 2, rows, len(rows[0]), fills=fills)
    buffer = io.BytesIO()
    wb.save(buffer)
    buffer.seek(0)
    return openpyxl.load_workbook(buffer)["T"]


def test_stream_writes_each_type_of_value_as_put_does_with_the_table_style_and_fills():
    long = "x" * (cells.EXCEL_TEXT_LIMIT + 10)
    row = ["plain", "=1+1", "bad\x07char", long, None, True, 7, 2.5, BIG, dt.date(2026, 1, 2),
           dt.datetime(2026, 1, 2, 3, 4), dt.datetime(2026, 1, 2, 3, 4, 5), dt.time(9, 30), "-x"]
    red = styling.FILLS["red"]
    ws = _stream([row, row], fills={(3, 2): red, (3, 5): red, (3, 10): red, (3, 13): red})
    for r in (2, 3):
        for col, value in enumerate(row, start=1):
            cell = ws.cell(r, col)
            want_value, want_type, want_format, want_quote = _expected(value)
            got = cell.value.date() if want_format == cells.DATE_FORMAT and cell.value is not None else cell.value
            if isinstance(value, dt.time):
                got = cell.value  # openpyxl reads a time back as a time
            assert (got, cell.data_type, cell.number_format, bool(cell.quotePrefix)) == (
                want_value, want_type, want_format, want_quote), (r, col, value)
            assert cell.alignment.wrap_text and cell.alignment.vertical == "top"
            assert cell.border.left.style == "thin"
            filled = r == 3 and col in (2, 5, 10, 13)
            assert (cell.fill.fgColor.rgb[-6:] == "F8CBAD") is filled, (r, col)
    assert ws.cell(2, 3).value == "badchar" and ws.cell(2, 4).value.endswith(cells.CUT_MARK)


def test_headings_are_bold_white_on_their_fill_bordered_and_keep_a_quote_prefix():
    wb = Workbook(write_only=True)
    ws = styling.Sheet(wb, "T")
    styling.write_header(ws, 1, ["Name", "=Total", "Worked out"], required=[True, False, False],
                         read_only=[False, False, True], notes=["", "a note", ""])
    ws.flush()
    buffer = io.BytesIO()
    wb.save(buffer)
    buffer.seek(0)
    sheet = openpyxl.load_workbook(buffer)["T"]
    fills = [sheet.cell(1, c).fill.fgColor.rgb[-6:] for c in (1, 2, 3)]
    assert fills == ["833C0B", styling.NAVY, "7F7F7F"]
    for c in (1, 2, 3):
        cell = sheet.cell(1, c)
        assert cell.font.bold and cell.font.color.rgb[-6:] == "FFFFFF"
        assert cell.alignment.wrap_text and cell.alignment.vertical == "center"
        assert cell.border.bottom.style == "thin"
    assert sheet.cell(1, 2).quotePrefix and sheet.cell(1, 2).data_type == "s" and sheet.cell(1, 2).value == "=Total"
    assert sheet.cell(1, 2).comment.text == "a note" and not sheet.cell(1, 1).quotePrefix
    assert sheet.row_dimensions[1].height == 45


def test_stream_widths_come_from_each_columns_longest_line_whatever_its_values():
    day, moment = dt.date(2026, 1, 2), dt.datetime(2026, 1, 2, 3, 4)
    ws = _stream([[day, moment, "x", None, "short", day, 123456789012],
                  [day, moment, "a much longer text here", None, "two\nlines, the second longer", moment, 5],
                  [None, None, None, None, "x" * 80, "2025", None]])
    widths = [ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width for c in range(1, 8)]
    # dates 10, times 16, texts their longest line, an empty column the least, capped at 60; plus 2.
    assert widths == [12, 18, 25, styling.MIN_WIDTH, styling.MAX_WIDTH, 18, 14]
