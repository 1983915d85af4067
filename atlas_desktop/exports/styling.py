"""How every sheet of an export looks: styled headings, frozen panes, filters, fitted widths and dropdowns.

The look is one place so that the Art. 30 views, the register sheets and the findings read as
one document. Dropdowns take their choices from the hidden "Lists" sheet through defined names,
so that a long vocabulary never hits Excel's 255-character limit on inline lists.

Workbooks are written in openpyxl's write-only mode (streamed to the file, several times faster
than keeping every cell of a big register as a worksheet object): each sheet is gathered in a
``Sheet`` (cells by row and column, widths fitted from them) and streamed out once complete.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.datavalidation import DataValidation

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


class Sheet:
    """One sheet of a write-only workbook, gathered in memory and streamed out by ``flush``.

    It offers what the exports use of a worksheet (``cell``, ``merge_cells``, dimensions, panes,
    filter, view, validations); column widths, frozen panes and row heights must be set before
    ``flush``, which writes every row in order and leaves the sheet closed to changes."""

    def __init__(self, wb: Workbook, title: str) -> None:
        self.ws = wb.create_sheet(title)
        # Rows are handed over as the finished cells they are. openpyxl would otherwise try each one as a
        # value, fail, and make a spare cell after every styled one: a third of an export's time.
        self.ws._values_to_row = _as_they_are
        self.rows: dict[int, dict[int, Cell]] = {}
        self.next_row = 1  # rows above this one are in the file already

    @property
    def title(self) -> str:
        return self.ws.title

    @property
    def parent(self) -> Workbook:
        return self.ws.parent

    def __getattr__(self, name: str) -> Any:
        # The worksheet's own settings: column_dimensions, row_dimensions, auto_filter, sheet_view...
        return getattr(self.__dict__["ws"], name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in ("ws", "rows", "next_row"):
            super().__setattr__(name, value)
        else:  # freeze_panes, sheet_state: the worksheet's
            setattr(self.ws, name, value)

    def cell(self, row: int, column: int) -> Cell:
        line = self.rows.setdefault(row, {})
        found = line.get(column)
        if found is None:
            found = line[column] = Cell(self.ws, row=row, column=column)
        return found

    def merge_cells(self, *, start_row: int, start_column: int, end_row: int, end_column: int) -> None:
        self.ws.merged_cells.add(CellRange(min_col=start_column, min_row=start_row, max_col=end_column,
                                           max_row=end_row))

    def add_data_validation(self, dv: DataValidation) -> None:
        self.ws.data_validations.append(dv)

    def values(self, min_row: int, max_col: int) -> Iterable[tuple[int, int, Any]]:
        """(row, column, value) of every cell from ``min_row`` on, up to column ``max_col``."""
        for row, line in self.rows.items():
            if row >= min_row:
                for col, cell in line.items():
                    if col <= max_col:
                        yield row, col, cell._value

    def flush(self) -> None:
        """Stream the rows gathered so far to the file, in order (rows with nothing in them stay empty)."""
        last = max(self.rows, default=0)
        if self.rows and min(self.rows) < self.next_row:
            raise ValueError("a row above the ones already written cannot be changed")
        for row in range(self.next_row, last + 1):
            line = self.rows.get(row)
            self.ws.append([line[c] for c in sorted(line)] if line else [])
        self.next_row = max(self.next_row, last + 1)
        self.rows.clear()

    def stream(self, first_row: int, rows: Sequence[Sequence[Any]], fills: Mapping[tuple[int, int], PatternFill]
               ) -> None:
        """Write data rows (safely, through ``cells.put``) with wrapped, top-aligned, bordered cells straight
        to the file, after every row gathered above them.

        Nothing of them is kept: one cell per column is refilled for each row and written at once, so a
        register of any size costs the memory of one row. Styles are given by their ids in the workbook,
        found once: ``cell.alignment = …`` hashes the style on every cell, which was most of an export's time."""
        self.flush()
        while self.next_row < first_row:
            self.ws.append([])
            self.next_row += 1
        wb = self.parent
        base = StyleArray()
        base.alignmentId, base.borderId = wb._alignments.add(WRAP_TOP), wb._borders.add(BORDER)
        fill_ids = {id(fill): wb._fills.add(fill) for fill in fills.values()}
        spare: list[Cell] = []
        for row, values in enumerate(rows, start=first_row):
            while len(spare) < len(values):
                spare.append(Cell(self.ws, row=row, column=len(spare) + 1))
            line = spare[:len(values)]
            for col, (cell, value) in enumerate(zip(line, values, strict=True), start=1):
                cell.row = row
                cell._style = StyleArray(base)
                cells.put(cell, value)
                fill = fills.get((row, col)) if fills else None
                if fill is not None:
                    cell._style.fillId = fill_ids[id(fill)]
            self.ws.append(line)
        self.next_row = first_row + len(rows)


def _as_they_are(cells: list[Cell], row: int) -> list[Cell]:
    """The cells of one row of a ``Sheet``, already placed at their row and column."""
    return cells

def discard(wb: Workbook) -> None:
    """Close a write-only workbook that will not be saved (a cancelled or failed export) and delete the
    temporary file each of its sheets streams to."""
    for ws in wb.worksheets:
        with contextlib.suppress(Exception):  # a half-written sheet: nothing of it is kept either way
            if not ws.closed:
                ws.close()
            ws._writer.cleanup()


def write_header(ws: Sheet, row: int, headings: Sequence[str], *, required: Iterable[bool] = (),
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
    gathered and to ``rows`` (the data rows from ``first_row``, not written yet)."""
    if columns == 0:
        return
    last_letter = get_column_letter(columns)
    ws.freeze_panes = f"{get_column_letter(freeze_col + 1)}{header_row + 1}"
    ws.auto_filter.ref = f"A{header_row}:{last_letter}{max(last_row, header_row + 1)}"
    fit_widths(ws, header_row, columns, rows)
    ws.sheet_view.zoomScale = 90


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


def fit_widths(ws: Sheet, header_row: int, columns: int, rows: Sequence[Sequence[Any]] = ()) -> None:
    """Widths from the longest line in each column (headings count for less: they wrap)."""
    widths = [MIN_WIDTH] * columns
    for row, col, value in ws.values(header_row, columns):
        length = _width(value)
        if row == header_row:
            length = min(length, 24)
        widths[col - 1] = max(widths[col - 1], length + 2)
    for values in rows:
        for col, value in enumerate(values[:columns]):
            widths[col] = max(widths[col], _width(value) + 2)
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
        cell.alignment = Alignment(horizontal="center", vertical="center")
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
    dv.errorTitle = "Not one of the choices"
    dv.error = f"{title}: pick one of the choices in the list."
    letter = get_column_letter(col)
    dv.add(f"{letter}{first_row}:{letter}{max(last_row, first_row) + DROPDOWN_ROWS}")
    ws.add_data_validation(dv)
