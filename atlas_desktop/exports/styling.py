"""How every sheet of an export looks: styled headings, frozen panes, filters, fitted widths and dropdowns.

The look is one place so that the Art. 30 views, the register sheets and the findings read as
one document. Dropdowns take their choices from the hidden "Lists" sheet through defined names,
so that a long vocabulary never hits Excel's 255-character limit on inline lists.

The sheets are ``sheet.Sheet``s of a write-only workbook (gathered, then streamed to the file);
``Sheet``, ``discard`` and the data cells' look are still importable from here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.datavalidation import DataValidation

from ..core.i18n import t
from . import cells, print_layout
from .sheet import BORDER, THIN, WRAP_TOP, Sheet, discard

# The look, and the write-only sheet's names long imported from here by the exports and their tests.
__all__ = [
    "BOLD", "BORDER", "DROPDOWN_ROWS", "FILLS", "GROUP_FILL", "HEADER_ALIGN", "HEADER_FILL", "HEADER_FONT",
    "LINK_FONT", "MAX_WIDTH", "MIN_WIDTH", "MUTED", "NAVY", "READ_ONLY_FILL", "REQUIRED_FILL", "SECTION_FONT",
    "THIN", "TITLE_FONT", "WRAP_TOP", "Lists", "Sheet", "discard", "dropdown", "finish_table", "fit_widths",
    "font", "group_row", "title_block", "write_header", "write_table",
]

NAVY = "1F3864"


def font(**style: Any) -> Font:
    """A font in the workbook's own typeface and size: one without a name is drawn in the spreadsheet program's
    default (in LibreOffice a serif far wider than Calibri, which the row heights are estimated for)."""
    return Font(**{"name": "Calibri", "size": 11, **style})


HEADER_FONT = font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor=NAVY)
REQUIRED_FILL = PatternFill("solid", fgColor="833C0B")     # the headings Art. 30(1) requires
READ_ONLY_FILL = PatternFill("solid", fgColor="7F7F7F")    # shown, never imported
GROUP_FILL = PatternFill("solid", fgColor="D9E1F2")
TITLE_FONT = font(bold=True, size=14, color=NAVY)
SECTION_FONT = font(bold=True, size=12, color=NAVY)
LINK_FONT = font(bold=True, color="0563C1", underline="single")
BOLD = font(bold=True)
MUTED = font(italic=True, color="595959")
HEADER_ALIGN = Alignment(wrap_text=True, vertical="center")
FILLS = {"red": PatternFill("solid", fgColor="F8CBAD"), "amber": PatternFill("solid", fgColor="FFE699"),
         "green": PatternFill("solid", fgColor="C6EFCE")}
MIN_WIDTH, MAX_WIDTH = 8, 60
DROPDOWN_ROWS = 1000  # dropdowns reach this far below the data, for rows added by hand
_NAME_CHARS = re.compile(r"[^A-Za-z0-9_]")


def write_header(ws: Sheet, row: int, headings: Sequence[str], *, required: Iterable[bool] = (),
                 read_only: Iterable[bool] = (), notes: Iterable[str] = ()) -> None:
    required, read_only, notes = list(required), list(read_only), list(notes)
    # The heading styles' numbers are found once per sheet, not per heading (``cell.font = …`` hashes the
    # font each time); each is added to the workbook in the order ``cell.font``, ``.alignment``, ``.border``,
    # ``.fill`` would add it.
    wb = ws.parent
    font = alignment = border = 0
    if headings:  # (a sheet without headings adds no style to the workbook)
        font, alignment, border = wb._fonts.add(HEADER_FONT), wb._alignments.add(HEADER_ALIGN), wb._borders.add(BORDER)
    fill_ids: dict[int, int] = {}
    for col, text in enumerate(headings, start=1):
        cell = ws.cell(row, col)
        cells.put(cell, text)
        is_required = col <= len(required) and required[col - 1]
        is_read_only = col <= len(read_only) and read_only[col - 1]
        fill = READ_ONLY_FILL if is_read_only else REQUIRED_FILL if is_required else HEADER_FILL
        if id(fill) not in fill_ids:
            fill_ids[id(fill)] = wb._fills.add(fill)
        style = cell._style if cell._style is not None else StyleArray()  # with what cells.put set (a quote prefix)
        style.fontId, style.alignmentId, style.borderId, style.fillId = font, alignment, border, fill_ids[id(fill)]
        cell._style = style
        if col <= len(notes) and notes[col - 1]:
            comment = Comment(cells.clean_text(notes[col - 1]), "Atlas Desktop")
            comment.width, comment.height = 300, 120
            cell.comment = comment
    ws.row_dimensions[row].height = 45


def write_table(ws: Sheet, header_row: int, first_row: int, rows: Sequence[Sequence[Any]], columns: int, *,
                fills: Mapping[tuple[int, int], PatternFill] | None = None) -> int:
    """The data rows under a sheet's headings, the table finished around them (``finish_table``: the widths
    are fitted to the rows before any is written), then the rows streamed to the file; returns the last row.
    ``fills`` colours some cells, by (row, column)."""
    last = first_row - 1 + len(rows)
    finish_table(ws, header_row, last, columns, rows=rows, first_row=first_row)
    ws.stream(first_row, rows, fills or {})
    return last


def finish_table(ws: Sheet, header_row: int, last_row: int, columns: int, *, freeze_col: int = 1,
                 rows: Sequence[Sequence[Any]] = (), first_row: int = 0) -> None:
    """Freeze the headings (and the first ``freeze_col`` columns), add a filter, fit the widths to the cells
    gathered and to ``rows`` (the data rows from ``first_row``, not written yet), and set how the sheet prints."""
    if columns == 0:
        return
    last_letter = get_column_letter(columns)
    ws.freeze_panes = f"{get_column_letter(freeze_col + 1)}{header_row + 1}"
    ws.auto_filter.ref = f"A{header_row}:{last_letter}{max(last_row, header_row + 1)}"
    fit_widths(ws, header_row, columns, rows)
    ws.sheet_view.zoomScale = 90
    print_layout.set_up(ws, columns=columns, last_row=last_row, header_row=header_row)


def _width(value: Any) -> int:
    if value is None:
        return 0
    if type(value) is str and value.isprintable():
        return len(value)  # most cells: one line (line breaks are not printable), measured without splitting
    if isinstance(value, dt.datetime):
        return 16
    if isinstance(value, dt.date):
        return 10
    return max((len(line) for line in str(value).splitlines()), default=0)


def _widest(values: Iterable[Any]) -> int:
    """The largest ``_width`` of a column's values. Most columns hold only one-line texts: those are measured
    by their length alone, without a call per value."""
    present = [v for v in values if v is not None]
    if not present:
        return 0
    kinds = set(map(type, present))
    if kinds == {str} and all(map(str.isprintable, present)):
        return max(map(len, present))
    if len(kinds) == 1 and kinds <= {dt.datetime, dt.date}:  # a column of dates or of times: one width
        return _width(present[0])
    return max(map(_width, present))


def _by_column(rows: Sequence[Sequence[Any]], columns: int) -> Sequence[Sequence[Any]]:
    """The values of ``rows`` column by column, up to ``columns`` (a short row has nothing in the rest)."""
    if len(set(map(len, rows))) == 1:  # a table's rows all have its width: transposed at once
        return list(zip(*rows, strict=True))[:columns]
    return [[r[col] for r in rows if col < len(r)] for col in range(columns)]


def fit_widths(ws: Sheet, header_row: int, columns: int, rows: Sequence[Sequence[Any]] = ()) -> None:
    """Widths from the longest line in each column (headings count for less: they wrap)."""
    widths = [MIN_WIDTH] * columns
    for row, col, value in ws.values(header_row, columns):
        length = _width(value)
        if row == header_row:
            length = min(length, 24)
        widths[col - 1] = max(widths[col - 1], length + 2)
    for col, values in enumerate(_by_column(rows, columns)):
        widths[col] = max(widths[col], _widest(values) + 2)
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = min(width, MAX_WIDTH)


def title_block(ws: Sheet, title: str, subtitle: str = "") -> None:
    cells.put(ws.cell(1, 1), title)
    ws.cell(1, 1).font = TITLE_FONT
    if subtitle:
        cells.put(ws.cell(2, 1), subtitle)
        ws.cell(2, 1).font = MUTED


def group_row(ws: Sheet, row: int, spans: Sequence[tuple[int, int, str]]) -> None:
    """A row of merged labels above the headings, e.g. "Required by Art. 30(1)" over its columns."""
    for first, last, text in spans:
        cell = ws.cell(row, first)
        cells.put(cell, text)
        cell.font = BOLD
        cell.fill = GROUP_FILL
        # From the group's first column: centred over a wide group, a label would print on a later page across.
        cell.alignment = Alignment(horizontal="left", vertical="center")
        if last > first:
            ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)


class Lists:
    """The hidden sheet of dropdown choices, one column per list, each behind a defined name. Its sheet is
    written by ``finish``, after the sheets that use it (a write-only sheet is written row by row)."""

    def __init__(self, wb: Workbook, title: str) -> None:
        self.wb = wb
        self.title = title
        self.names: dict[str, str] = {}
        self.columns: list[tuple[str, Sequence[str]]] = []

    def name_for(self, key: str, choices: Sequence[str]) -> str:
        if key in self.names:
            return self.names[key]
        self.columns.append((key, choices))
        letter = get_column_letter(len(self.columns))
        name = "list_" + _NAME_CHARS.sub("_", key)
        ref = f"{quote_sheetname(self.title)}!${letter}$2:${letter}${max(len(choices) + 1, 2)}"
        self.wb.defined_names[name] = DefinedName(name, attr_text=ref)
        self.names[key] = name
        return name

    def finish(self) -> Sheet:
        ws = Sheet(self.wb, self.title)
        ws.sheet_state = "hidden"
        for col, (key, choices) in enumerate(self.columns, start=1):
            cells.put(ws.cell(1, col), key)
            for row, choice in enumerate(choices, start=2):
                cells.put(ws.cell(row, col), choice)
        ws.flush()
        return ws


def dropdown(ws: Sheet, col: int, first_row: int, last_row: int, list_name: str, *, strict: bool,
             title: str) -> None:
    """A dropdown on one column; ``strict`` refuses other entries (a closed vocabulary)."""
    dv = DataValidation(type="list", formula1=list_name, allow_blank=True, showErrorMessage=strict,
                        errorStyle="stop" if strict else "information")
    dv.errorTitle = t("spreadsheets", "Not one of the choices")
    dv.error = t("spreadsheets", "{column}: pick one of the choices in the list.").format(column=title)
    letter = get_column_letter(col)
    dv.add(f"{letter}{first_row}:{letter}{max(last_row, first_row) + DROPDOWN_ROWS}")
    ws.add_data_validation(dv)
