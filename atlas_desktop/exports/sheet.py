"""A sheet of a write-only workbook: its cells gathered in memory, then streamed to the file in row order.

Workbooks are written in openpyxl's write-only mode (streamed to the file, several times faster
than keeping every cell of a big register as a worksheet object): each sheet is gathered in a
``Sheet`` (cells by row and column, widths fitted from them) and streamed out once complete, and
a table's data rows are streamed straight through (``Sheet.stream``) without being kept at all.
How the sheets look (headings, fonts, fills, widths, dropdowns) is ``styling``; only the data
cells' own look is here, because ``stream`` gives it to every cell it writes.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.datavalidation import DataValidation

from . import cells, print_layout

# A table's data cell: wrapped, top-aligned, in a thin grey border.
THIN = Side(style="thin", color="BFBFBF")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")


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
            if line:
                print_layout.fit_row_height(self.ws, row, line.values())
            self.ws.append([line[c] for c in sorted(line)] if line else [])
        self.next_row = max(self.next_row, last + 1)
        self.rows.clear()

    def stream(self, first_row: int, rows: Sequence[Sequence[Any]], fills: Mapping[tuple[int, int], PatternFill]
               ) -> None:
        """Write data rows (safely, as ``cells.put`` would) with wrapped, top-aligned, bordered cells straight
        to the file, after every row gathered above them.

        Nothing of them is kept: one cell per column is refilled for each row and written at once, so a
        register of any size costs the memory of one row. A data cell's style is one of the few a table
        uses (a date's number format, a text's quote prefix, a fill), each made and numbered once
        (``_TableStyles``): openpyxl would otherwise hash every cell's style to find its number.
        A row whose texts wrap is made as tall as its tallest text needs (``print_layout``)."""
        self.flush()
        while self.next_row < first_row:
            self.ws.append([])
            self.next_row += 1
        wb = self.parent
        base = StyleArray()
        base.alignmentId, base.borderId = wb._alignments.add(WRAP_TOP), wb._borders.add(BORDER)
        fill_ids = {id(fill): wb._fills.add(fill) for fill in fills.values()}
        styles = _TableStyles(self.ws, base)
        # Most cells' style keys: (number format, quote prefix, fill id).
        plain: _StyleKey = (None, False, None)
        quoted: _StyleKey = (None, True, None)
        key: _StyleKey
        fit, limit, triggers, stored = cells.fit, cells.EXCEL_TEXT_LIMIT, cells.TRIGGERS, cells.stored
        spare: list[_DataCell] = []
        append = self.ws.append
        # Characters a line of each column holds: a text longer than that, or of several lines, wraps.
        capacities = [print_layout.capacity(w) for w in print_layout.widths_of(self.ws, max(map(len, rows),
                                                                                              default=0))]
        lines_of, dims, tall_row = print_layout.text_lines, self.ws.row_dimensions, print_layout.row_attributes
        for row, values in enumerate(rows, start=first_row):
            while len(spare) < len(values):
                spare.append(_DataCell(self.ws, row=row, column=len(spare) + 1))
            line = spare[:len(values)]
            tallest = 1
            for cell, value, chars in zip(line, values, capacities):  # capacities cover the longest row
                cell.row = row
                # The two commonest cells inline (an empty one, a text); any other value as cells.put stores it.
                if value is None:
                    cell._value, cell.data_type, key = None, "n", plain
                elif type(value) is str:
                    # cells.fit without a call for the usual text (printable, short enough for a cell).
                    printable = value.isprintable()
                    text = value if printable and len(value) <= limit else fit(value)
                    cell._value, cell.data_type = text, "s"
                    key = quoted if text[:1] in triggers else plain
                    if len(text) > chars or not printable:  # a line break is not printable
                        tallest = max(tallest, lines_of(text, chars))
                else:
                    parts = stored(value)
                    if parts is None:  # a value of another kind: as cells.put leaves it, numbered by openpyxl
                        line[cell.column - 1] = other = Cell(self.ws, row=row, column=cell.column, style_array=base)
                        cells.put(other, value)
                        fill = fills.get((row, cell.column)) if fills else None
                        if fill is not None:
                            other._style.fillId = fill_ids[id(fill)]
                        continue
                    cell._value, cell.data_type, number_format, quote = parts
                    key = (number_format, quote, None)
                if fills:
                    fill = fills.get((row, cell.column))
                    if fill is not None:
                        key = (key[0], key[1], fill_ids[id(fill)])
                cell.style_id = styles[key]
            if tallest > 1:
                dims[row] = tall_row(tallest)
                append(line)
                del dims[row]  # written with the row: not kept, so a big register costs no more memory
            else:
                append(line)
        self.next_row = first_row + len(rows)


class _DataCell(Cell):
    """A data row's cell, its style given as the number openpyxl writes (``Sheet.stream`` sets it) rather than
    found by hashing the cell's style each time openpyxl writes it."""

    __slots__ = ("style_id",)
    has_style = True  # every data cell is bordered, even an empty one


_StyleKey = tuple[str | None, bool, int | None]


class _TableStyles(dict[_StyleKey, int]):
    """The style numbers of a table's data cells by (number format, quote prefix, fill id), each made on first
    use (so in the order the cells come, as openpyxl would number them) from the table's wrap and border."""

    def __init__(self, ws: Any, base: StyleArray) -> None:
        super().__init__()
        self.ws, self.base = ws, base

    def __missing__(self, key: _StyleKey) -> int:
        number_format, quote, fill_id = key
        cell = Cell(self.ws, style_array=self.base)
        if number_format is not None:
            cell.number_format = number_format
        if quote:
            cell.quotePrefix = True
        if fill_id is not None:
            cell._style.fillId = fill_id
        found = self[key] = self.ws.parent._cell_styles.add(cell._style)
        return found


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
