"""How an exported sheet prints: A4 landscape, fitted to the width, headings repeated, rows tall enough for their text.

openpyxl writes print settings but measures nothing, and a row written without a height prints
one line high in LibreOffice, its wrapped text spilling over the next row. So row heights are
estimated here, from each column's width and each text's lines (its line breaks, then word
wrapping at the column's width), a little generously: a row a line too tall reads fine, a row a
line too short hides text.

A sheet is fitted to one page's width when that keeps its text readable. A very wide register
(the Art. 30 record's 30 columns, a breach's 60) would shrink to an unreadable scale on one page,
so it is spread over as few pages across as keep the scale at ``MIN_SCALE``, each page repeating
the record's first columns and printed across then down, so that a record's pages follow each other.
"""

from __future__ import annotations

import copy
import functools
import math
from collections.abc import Iterable, Sequence
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties

from ..core.i18n import t

LINE_HEIGHT = 15.0          # points per line of Calibri 11, the workbook's font (Excel's default row height)
MAX_LINES = 25              # a taller row (Excel stops at 409 points) would fill a page; its cell shows the start
DEFAULT_WIDTH = 8.43        # a column without a width of its own, in characters
# A4 landscape's width and the margins, in inches (what the file stores).
PAGE_WIDTH = 11.69
MARGINS = PageMargins(left=0.4, right=0.4, top=0.7, bottom=0.7, header=0.3, footer=0.3)
A4 = 9                      # the paper size code of ECMA-376 (openpyxl's PAPERSIZE_A4)
MIN_SCALE = 0.6             # below this, 11-point text prints smaller than about 7 points
# A column's width counts characters of the font's widest digit; proportional text fits a few more, but
# word wrapping wastes the end of each line and another font (LibreOffice without Calibri) may be wider.
CHARS_PER_WIDTH = 0.95
WRAP_WASTE = 4              # characters a word-wrapped line leaves empty at its end: about half a word


def column_inches(width: float) -> float:
    """How wide a column of ``width`` characters prints at 100 %, in inches: a 7-pixel digit and 5 pixels of
    padding at 96 dpi (Excel's measure for Calibri 11)."""
    return (width * 7 + 5) / 96


def capacity(width: float | None) -> int:
    """How many characters of text one line of a column of ``width`` holds."""
    return max(1, int(((width or DEFAULT_WIDTH) - 1) * CHARS_PER_WIDTH))


def text_lines(text: str, chars: int) -> int:
    """The lines ``text`` takes in a wrapped cell that holds ``chars`` characters a line: each of its own lines,
    word-wrapped. Wrapping at word boundaries leaves the end of most lines empty: about half a word, counted as
    ``WRAP_WASTE`` characters a line (estimated, not wrapped word by word: an export sizes every long cell)."""
    per_line = max(1, chars - min(WRAP_WASTE, chars // 4))
    if "\n" not in text:
        return 1 if len(text) <= chars else min(-(-len(text) // per_line), MAX_LINES)
    total = sum(1 if len(line) <= chars else -(-len(line) // per_line) for line in text.split("\n"))
    return min(total, MAX_LINES)


def height(lines: int) -> float:
    """The row height, in points, that shows ``lines`` lines of text."""
    return min(lines, MAX_LINES) * LINE_HEIGHT + 2


@functools.lru_cache(maxsize=MAX_LINES + 1)
def row_attributes(lines: int) -> tuple[tuple[str, str], ...]:
    """A row height as openpyxl's sheet writer reads it from a row's dimension, (attribute, text) pairs: set in
    ``row_dimensions`` instead of a ``RowDimension`` (two thirds of the cost of sizing a big register's rows)."""
    return (("ht", f"{height(lines):g}"), ("customHeight", "1"))


def widths_of(ws: Any, columns: int) -> list[float]:
    """The widths of a sheet's first ``columns`` columns (as fitted; the default for one never set)."""
    found = []
    for col in range(1, columns + 1):
        dim = ws.column_dimensions.get(get_column_letter(col))
        found.append(dim.width if dim is not None and dim.width else DEFAULT_WIDTH)
    return found


def pages_across(widths: Sequence[float], repeated: int) -> int:
    """How many pages wide a sheet prints so that its scale stays at ``MIN_SCALE`` or more, the first
    ``repeated`` columns printed again on each page."""
    page = (PAGE_WIDTH - MARGINS.left - MARGINS.right) / MIN_SCALE  # inches of the sheet one page holds
    total = sum(map(column_inches, widths))
    if total <= page:
        return 1
    titles = sum(map(column_inches, widths[:repeated]))
    room = max(page - titles, page / 2)  # very wide title columns: repeat them anyway, count half a page
    return math.ceil((total - titles) / room)


def set_up(ws: Any, *, columns: int, last_row: int, header_row: int | None = None) -> None:
    """Page setup of one sheet: A4 landscape, fitted to the width (see ``pages_across``) and as many pages
    down as it needs, the heading row repeated on each page, the used range as the print area, the sheet's
    name at the top and "Page x of y" at the bottom.

    Call it before the sheet's first row is written: the fit-to-page switch is in the sheet's opening XML."""
    columns = max(columns, 1)
    widths = widths_of(ws, columns)
    # The record's number and name (or a view's first column) are repeated on each page across.
    repeated = 2 if columns > 2 and widths[0] <= 10 else 1
    across = pages_across(widths, repeated)
    setup = ws.page_setup
    setup.orientation = "landscape"
    setup.paperSize = A4
    setup.fitToWidth = across
    setup.fitToHeight = 0   # as many pages down as the rows need
    if across > 1:
        setup.pageOrder = "overThenDown"
        ws.print_title_cols = f"A:{get_column_letter(repeated)}"
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_margins = copy.copy(MARGINS)  # its own: a change to one sheet's margins changes no other
    if header_row is not None:
        ws.print_title_rows = f"{header_row}:{header_row}"
    ws.print_area = f"A1:{get_column_letter(columns)}{max(last_row, header_row or 1, 1)}"
    ws.oddHeader.center.text = "&A"                 # the sheet's name
    # The same words as a PDF report's footer; &P and &N are the spreadsheet's page fields.
    ws.oddFooter.center.text = t("reports", "Page {page} of {pages}").format(page="&P", pages="&N")
    ws.oddFooter.right.text = "&F"                  # the file's name: which export a loose page came from


def row_lines(values: Iterable[tuple[str, int]]) -> int:
    """The lines the tallest of a row's wrapped texts takes: (text, characters a line) for each."""
    return max((text_lines(text, chars) for text, chars in values), default=1)


def fit_row_height(ws: Any, row: int, cells: Iterable[Any]) -> None:
    """Make a row with wrapped text tall enough to show it (on screen and on paper), unless it is already;
    a merged cell wraps at the width of all its columns."""
    wanted = [(cell._value, cell.column) for cell in cells
              if type(cell._value) is str and cell.has_style and cell.alignment.wrap_text]
    if not wanted:
        return
    spans = {r.min_col: r.max_col for r in ws.merged_cells.ranges if r.min_row == row}
    widths = widths_of(ws, max([*spans.values(), *(col for _, col in wanted)]))
    lines = row_lines((text, capacity(sum(widths[col - 1:spans.get(col, col)]))) for text, col in wanted)
    dims = ws.row_dimensions
    if lines > 1 and (row not in dims or (dims[row].height or 0) < height(lines)):
        dims[row].height = height(lines)
