"""How every sheet of an export looks: styled headings, frozen panes, filters, fitted widths and dropdowns.

The look is one place so that the Art. 30 views, the register sheets and the findings read as
one document. Dropdowns take their choices from the hidden "Lists" sheet through defined names,
so that a long vocabulary never hits Excel's 255-character limit on inline lists.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Any

from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from . import cells

NAVY = "1F3864"
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor=NAVY)
REQUIRED_FILL = PatternFill("solid", fgColor="833C0B")     # the headings Art. 30(1) requires
READ_ONLY_FILL = PatternFill("solid", fgColor="7F7F7F")    # shown, never imported
GROUP_FILL = PatternFill("solid", fgColor="D9E1F2")
TITLE_FONT = Font(bold=True, size=14, color=NAVY)
SECTION_FONT = Font(bold=True, size=12, color=NAVY)
LINK_FONT = Font(bold=True, color="0563C1", underline="single")
BOLD = Font(bold=True)
MUTED = Font(italic=True, color="595959")
THIN = Side(style="thin", color="BFBFBF")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
HEADER_ALIGN = Alignment(wrap_text=True, vertical="center")
FILLS = {"red": PatternFill("solid", fgColor="F8CBAD"), "amber": PatternFill("solid", fgColor="FFE699"),
         "green": PatternFill("solid", fgColor="C6EFCE")}
MIN_WIDTH, MAX_WIDTH = 8, 60
DROPDOWN_ROWS = 1000  # dropdowns reach this far below the data, for rows added by hand
_NAME_CHARS = re.compile(r"[^A-Za-z0-9_]")


def write_header(ws: Worksheet, row: int, headings: Sequence[str], *, required: Iterable[bool] = (),
                 read_only: Iterable[bool] = (), notes: Iterable[str] = ()) -> None:
    required, read_only, notes = list(required), list(read_only), list(notes)
    for col, text in enumerate(headings, start=1):
        cell = ws.cell(row, col)
        cells.put(cell, text)
        cell.font = HEADER_FONT
        cell.alignment = HEADER_ALIGN
        cell.border = BORDER
        is_required = col <= len(required) and required[col - 1]
        is_read_only = col <= len(read_only) and read_only[col - 1]
        cell.fill = READ_ONLY_FILL if is_read_only else REQUIRED_FILL if is_required else HEADER_FILL
        if col <= len(notes) and notes[col - 1]:
            comment = Comment(cells.clean_text(notes[col - 1]), "Atlas Desktop")
            comment.width, comment.height = 300, 120
            cell.comment = comment
    ws.row_dimensions[row].height = 45


def write_rows(ws: Worksheet, first_row: int, rows: Iterable[Sequence[Any]]) -> int:
    """Write data rows safely (``cells.put``) with wrapped, top-aligned text; returns the last row."""
    row = first_row - 1
    for row, values in enumerate(rows, start=first_row):
        for col, value in enumerate(values, start=1):
            cell = ws.cell(row, col)
            cells.put(cell, value)
            cell.alignment = WRAP_TOP
            cell.border = BORDER
    return max(row, first_row - 1)


def finish_table(ws: Worksheet, header_row: int, last_row: int, columns: int, *, freeze_col: int = 1) -> None:
    """Freeze the headings (and the first ``freeze_col`` columns), add a filter, fit the widths."""
    if columns == 0:
        return
    last_letter = get_column_letter(columns)
    ws.freeze_panes = ws.cell(header_row + 1, freeze_col + 1).coordinate
    ws.auto_filter.ref = f"A{header_row}:{last_letter}{max(last_row, header_row + 1)}"
    fit_widths(ws, header_row, columns)
    ws.sheet_view.zoomScale = 90


def _width(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, dt.datetime):
        return 16
    if isinstance(value, dt.date):
        return 10
    return max((len(line) for line in str(value).splitlines()), default=0)


def fit_widths(ws: Worksheet, header_row: int, columns: int) -> None:
    """Widths from the longest line in each column (headings count for less: they wrap)."""
    widths = [MIN_WIDTH] * columns
    for row in ws.iter_rows(min_row=header_row, max_col=columns):
        for cell in row:
            length = _width(cell.value)
            if cell.row == header_row:
                length = min(length, 24)
            widths[cell.column - 1] = max(widths[cell.column - 1], length + 2)
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = min(width, MAX_WIDTH)


def title_block(ws: Worksheet, title: str, subtitle: str = "") -> None:
    cells.put(ws.cell(1, 1), title)
    ws.cell(1, 1).font = TITLE_FONT
    if subtitle:
        cells.put(ws.cell(2, 1), subtitle)
        ws.cell(2, 1).font = MUTED


def group_row(ws: Worksheet, row: int, spans: Sequence[tuple[int, int, str]]) -> None:
    """A row of merged labels above the headings, e.g. "Required by Art. 30(1)" over its columns."""
    for first, last, text in spans:
        cell = ws.cell(row, first)
        cells.put(cell, text)
        cell.font = BOLD
        cell.fill = GROUP_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center")
        if last > first:
            ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)


class Lists:
    """The hidden sheet of dropdown choices, one column per list, each behind a defined name."""

    def __init__(self, wb: Workbook, title: str) -> None:
        self.wb = wb
        self.ws = wb.create_sheet(title)
        self.ws.sheet_state = "hidden"
        self.names: dict[str, str] = {}

    def name_for(self, key: str, choices: Sequence[str]) -> str:
        if key in self.names:
            return self.names[key]
        col = len(self.names) + 1
        cells.put(self.ws.cell(1, col), key)
        for row, choice in enumerate(choices, start=2):
            cells.put(self.ws.cell(row, col), choice)
        letter = get_column_letter(col)
        name = "list_" + _NAME_CHARS.sub("_", key)
        ref = f"{quote_sheetname(self.ws.title)}!${letter}$2:${letter}${max(len(choices) + 1, 2)}"
        self.wb.defined_names[name] = DefinedName(name, attr_text=ref)
        self.names[key] = name
        return name


def dropdown(ws: Worksheet, col: int, first_row: int, last_row: int, list_name: str, *, strict: bool,
             title: str) -> None:
    """A dropdown on one column; ``strict`` refuses other entries (a closed vocabulary)."""
    dv = DataValidation(type="list", formula1=list_name, allow_blank=True, showErrorMessage=strict,
                        errorStyle="stop" if strict else "information")
    dv.errorTitle = "Not one of the choices"
    dv.error = f"{title}: pick one of the choices in the list."
    letter = get_column_letter(col)
    dv.add(f"{letter}{first_row}:{letter}{max(last_row, first_row) + DROPDOWN_ROWS}")
    ws.add_data_validation(dv)
