"""The exported workbook prints sensibly, and its Art. 30 views say they are read-only and are never imported.

The demo register is exported once (at a fixed ``now``) and read back with openpyxl: what is
checked is what Excel and LibreOffice read from the file (page setup, print titles and area,
wrapped cells and row heights, sheet protection, the note). No spreadsheet program is needed.
The record of processing is the one Art. 30(1) and 30(2) GDPR require the controller and the
processor to keep; the note on its sheets cites those paragraphs.
"""

from __future__ import annotations

import datetime as dt
import math

import openpyxl
import pytest

from atlas_desktop.exports import print_layout
from atlas_desktop.exports import read_only_views as views
from atlas_desktop.exports.layouts import HEADER_ROW
from atlas_desktop.exports.xlsx_export import export_workbook
from atlas_desktop.exports.xlsx_import import plan_import
from atlas_desktop.storage.demo import create_demo
from atlas_desktop.storage.records import Records

NOW = dt.datetime(2026, 3, 30, 7, 30, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("print")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ATLAS_KDF_SECONDS", "0")
        reg, _ = create_demo(folder / "demo.atlas", now=NOW)
    records = Records(reg)
    out = export_workbook(records, folder / "register.xlsx", now=NOW)
    yield records, out
    reg.close()


@pytest.fixture(scope="module")
def book(demo):
    return openpyxl.load_workbook(demo[1])


def _visible(book):
    return [ws for ws in book.worksheets if ws.sheet_state == "visible"]


def _widths(ws) -> list[float]:
    return [ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width or print_layout.DEFAULT_WIDTH
            for c in range(1, ws.max_column + 1)]


def test_every_sheet_prints_on_a4_landscape_fitted_to_the_width_with_its_name_and_page_numbers(book):
    for ws in _visible(book):
        setup = ws.page_setup
        assert (setup.orientation, int(setup.paperSize)) == ("landscape", 9), ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert setup.fitToHeight == 0 and setup.fitToWidth >= 1, ws.title  # as many pages down as needed
        assert ws.print_area.startswith(f"'{ws.title}'!$A$"), ws.title
        assert ws.oddHeader.center.text == "&A" and ws.oddFooter.center.text == "Page &P of &N", ws.title
        assert 0 < ws.page_margins.left <= 0.5 and 0 < ws.page_margins.top <= 1, ws.title
    breaches = book["Breaches"]
    # The print area is the used range: every column, down to the last record (not the dropdowns' 1000 rows).
    assert breaches.print_area == f"'Breaches'!$A$1:${openpyxl.utils.get_column_letter(breaches.max_column)}$" \
                                  f"{breaches.max_row}"
    assert breaches.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"  # the headings on every page
    assert book["Training matrix"].print_title_rows == "$3:$3"
    assert book["Cover"].print_title_rows is None


def test_a_narrow_sheet_fits_one_page_wide_and_a_wide_one_stays_readable_across_pages(book):
    assert book["Findings"].page_setup.fitToWidth == 1
    assert book["Findings"].print_title_cols is None
    ws = book["Breaches"]  # 60 columns: on one page wide its text would print at a few points
    across = ws.page_setup.fitToWidth
    assert across > 1 and ws.page_setup.pageOrder == "overThenDown"
    assert ws.print_title_cols == "$A:$B"  # each page across repeats the record's number and title
    widths = _widths(ws)
    page = print_layout.PAGE_WIDTH - print_layout.MARGINS.left - print_layout.MARGINS.right
    titles = sum(map(print_layout.column_inches, widths[:2]))
    rest = sum(map(print_layout.column_inches, widths)) - titles
    # Each page holds the titles and its share of the rest at the scale the fit implies: never below MIN_SCALE.
    assert page / (titles + rest / across) >= print_layout.MIN_SCALE
    assert page / (titles + rest / (across - 1)) < print_layout.MIN_SCALE  # and no more pages than that needs
    assert book["Art 30 record"].print_title_cols == "$A:$A"  # the activity's name


def test_columns_stay_bounded_and_long_or_multi_line_cells_wrap_in_rows_tall_enough(book):
    tall = short = 0
    for ws in (book["Processing activities"], book["Staff"], book["Findings"]):
        assert max(_widths(ws)) <= 60  # long texts wrap rather than making a page-wide column
        for row in ws.iter_rows(min_row=HEADER_ROW + 1):
            texts = [(c.value, ws.column_dimensions[c.column_letter].width) for c in row if isinstance(c.value, str)]
            lines = max((print_layout.text_lines(t, print_layout.capacity(w)) for t, w in texts), default=1)
            assert all(c.alignment.wrap_text for c in row if isinstance(c.value, str))
            height = ws.row_dimensions[row[0].row].height
            if lines > 1:
                assert height is not None and height >= 15 * lines, (ws.title, row[0].row, lines, height)
                tall += 1
            else:
                assert height is None, (ws.title, row[0].row)  # a one-line row keeps the default height
                short += 1
    assert tall and short
    multi = [c for row in book["Art 30 record"].iter_rows(min_row=views.FIRST_ROW) for c in row
             if isinstance(c.value, str) and "\n" in c.value]
    assert multi and all(book["Art 30 record"].row_dimensions[c.row].height >= 15 * (c.value.count("\n") + 1)
                         for c in multi)
    # A long heading in a narrow column gets the lines it needs, not a fixed three.
    headings = book["Art 30 record"]
    assert headings.row_dimensions[views.HEADER_ROW].height > 45
    cover = book["Cover"]
    dates = next(c for c in cover["A"] if c.value == "Dates and times")
    assert cover.row_dimensions[dates.row].height >= 30  # a paragraph in column B: two lines at least


def test_line_estimates_follow_line_breaks_and_word_wrapping_and_stop_at_a_cap():
    assert print_layout.text_lines("short", 10) == 1
    assert print_layout.text_lines("one\ntwo\nthree", 10) == 3
    assert print_layout.text_lines("aaaa bbbb cccc", 9) == 2     # "aaaa bbbb" fits, "cccc" wraps
    # Wrapped at 12, this is 4 lines; the estimate may give one more (a row a line too tall reads fine), never fewer.
    assert 4 <= print_layout.text_lines("one two three four five six seven eight", 12) <= 5
    assert print_layout.text_lines("x" * 25, 10) >= 3             # a word longer than a line is broken
    assert print_layout.text_lines("a long line\nshort", 10) == 3  # "a long" / "line" / "short"
    assert print_layout.text_lines("word " * 1000, 10) == print_layout.MAX_LINES
    assert print_layout.height(2) == 2 * print_layout.LINE_HEIGHT + 2
    assert print_layout.height(1000) <= 409  # Excel's tallest row
    assert print_layout.pages_across([10] * 5, 1) == 1
    assert print_layout.pages_across([60] * 60, 2) == math.ceil(
        (sum(map(print_layout.column_inches, [60] * 58))) /
        ((print_layout.PAGE_WIDTH - 0.8) / print_layout.MIN_SCALE - 2 * print_layout.column_inches(60)))


def test_the_art30_views_open_with_a_read_only_note_and_are_protected_without_a_password(book, demo, tmp_path):
    for title, cites, edit_on in (("Art 30 record", "Art. 30(1) GDPR", ["Processing activities"]),
                                  ("Art 30(2) processor record", "Art. 30(2) GDPR",
                                   ["Processing activities", "Controllers we act for"])):
        ws = book[title]
        note = ws.cell(views.NOTE_ROW, 1)
        assert note.value.startswith("Read-only view") and cites in note.value
        assert "does not import this sheet" in note.value
        assert all(f"'{sheet}'" in note.value for sheet in edit_on)
        assert note.alignment.wrap_text and note.font.bold
        merged = next(r for r in ws.merged_cells.ranges if r.min_row == views.NOTE_ROW)
        assert merged.min_col == 1 and merged.max_col > 1
        assert ws.row_dimensions[views.NOTE_ROW].height >= 30  # the whole note shows, on several lines
        protection = ws.protection
        assert protection.sheet and not protection.password
        assert protection.autoFilter is False and protection.formatColumns is False  # filtering, widening allowed
        # Paper is never imported: the print starts at the group labels, under the note.
        assert ws.print_area.split("!")[1].startswith(f"$A${views.GROUP_ROW}:")
        assert ws.freeze_panes == f"B{views.FIRST_ROW}"  # the note and headings stay in view
    for ws in _visible(book):
        if not ws.title.startswith("Art 30"):
            assert not ws.protection.sheet, ws.title  # the sheets to edit stay editable

    # The note row does not hide the ICO headings: the view, alone in a workbook, still reads as an ICO record.
    alone = openpyxl.load_workbook(demo[1])
    for name in alone.sheetnames:
        if name != "Art 30 record":
            del alone[name]
    alone.save(tmp_path / "art30-alone.xlsx")
    plan = plan_import(demo[0], tmp_path / "art30-alone.xlsx")
    assert plan.source == "ico" and all(p.row >= views.FIRST_ROW for p in plan.problems)
    controller = [a for a in demo[0].list("activity") if a["role"] != "processor"]
    assert len(plan.adds) + len(plan.changes) + plan.unchanged == len(controller)


def test_an_edited_art30_view_is_not_imported_and_the_import_says_so(demo, tmp_path):
    records, exported = demo
    untouched = openpyxl.load_workbook(exported)
    untouched.save(tmp_path / "resaved.xlsx")  # saved again by another program, nothing changed
    plan = plan_import(records, tmp_path / "resaved.xlsx")
    assert (plan.adds, plan.changes) == ([], [])
    assert "Art 30 record: a view for reading (not imported)." in plan.notes

    book = openpyxl.load_workbook(exported)
    view = book["Art 30 record"]
    view.cell(views.FIRST_ROW, 3).value = "Edited on the view"
    sheet = book["Processing activities"]
    description = next(c.column for c in sheet[HEADER_ROW] if c.value == "Description")
    sheet.cell(HEADER_ROW + 1, description).value = "Edited on the register sheet"
    book.save(tmp_path / "edited.xlsx")
    plan = plan_import(records, tmp_path / "edited.xlsx")
    # The register sheet's edit is planned; the view's is not read, and the user is told so.
    assert [(p.entity, p.changed) for p in plan.changes] == [("activity", ["Description"])]
    assert "Edited on the view" not in str([p.values for p in plan.changes])
    warning = next(n for n in plan.notes if n.startswith("Art 30 record:"))
    assert "was changed" in warning and "NOT read" in warning and "'Processing activities'" in warning
    assert "Art 30(2) processor record: a view for reading (not imported)." in plan.notes  # left as it was
