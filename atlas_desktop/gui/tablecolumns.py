"""Fitting a register table's columns to what it shows: each column as wide as its heading and the text of
the rows read so far, the title and the widest text columns capped when they do not all fit. Dates, numbers
and the attention column are never cut (a date without its time zone misleads), nor is any heading.

Measured from the display text the model already holds (``RecordTableModel.cached_cells``), not with
``resizeColumnsToContents``, which asks the model for every role of every cell of a page: a tenth of
a second for one page of a big register, before the table could paint. Fitted before the Attention marks
arrive (they follow the first paint), the columns are fitted again when a mark needs more room, unless the
person has changed them since (``marks_need_room``).
"""

from __future__ import annotations

import math
from weakref import WeakKeyDictionary

from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QStyle, QTableView

from ..core.checks import OVERDUE
from ..core.spec import Kind
from .tablemodel import RecordTableModel

MIN_CAP_CHARS = 18    # when the columns do not all fit, the widest shrink, but not below this many characters
TITLE_CAP_CHARS = 40  # ...and the title, which names the record, keeps up to this many
WHOLE_KINDS = frozenset({Kind.DATE, Kind.DATETIME, Kind.INT, Kind.BOOL, Kind.COUNTRY})  # short, never cut
# The widths fit_columns gave each table (not those restored from the person's settings), to tell whether
# they still stand when the marks arrive.
_FITTED: WeakKeyDictionary[QTableView, tuple[int, ...]] = WeakKeyDictionary()


def fit_columns(table: QTableView, title: int = -1) -> None:
    """Each column as wide as its contents (as far as the rows read so far show them); if they do not
    all fit, the title keeps up to TITLE_CAP_CHARS and the widest other text columns share the rest evenly;
    none narrower than its heading."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)  # set again at the end: the last column then fills the rest
    try:
        widths = content_widths(table)
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        room = table.viewport().width()
        if sum(widths) <= room:
            return
        char = table.fontMetrics().averageCharWidth()
        if title >= 0:
            widths[title] = max(min(widths[title], char * TITLE_CAP_CHARS), header.sectionSizeHint(title))
            header.resizeSection(title, widths[title])
        whole = {c for c in range(len(widths)) if c == title or not cuttable(table, c)}
        room -= sum(widths[c] for c in whole)
        others = [w for c, w in enumerate(widths) if c not in whole]
        cap, floor = max(others, default=0), char * MIN_CAP_CHARS
        while cap > floor and sum(min(w, cap) for w in others) > room:  # lower the cap until they fit
            cap -= max(1, cap // 50)
        for column, width in enumerate(widths):
            if column not in whole and width > cap:
                header.resizeSection(column, max(cap, floor, header.sectionSizeHint(column)))
    finally:
        header.setStretchLastSection(True)
        _FITTED[table] = _widths(table)


def _widths(table: QTableView) -> tuple[int, ...]:
    """The columns' widths, but the last one's, which follows the window's width (it stretches)."""
    header = table.horizontalHeader()
    last = header.logicalIndex(header.count() - 1)
    return tuple(-1 if column == last else header.sectionSize(column) for column in range(header.count()))


def marks_need_room(table: QTableView) -> bool:
    """Whether the columns should be fitted again now that the Attention marks of rows fitted without them
    have arrived: a mark needs a wider Attention column, and the widths are still those fit_columns gave (not
    the person's, kept or dragged). Fitting again then leaves them as fitting with the marks known would have."""
    model = table.model()
    if not isinstance(model, RecordTableModel) or model.attention_column < 0 or _FITTED.get(table) != _widths(table):
        return False
    column = model.attention_column
    return content_widths(table, [column])[0] > table.horizontalHeader().sectionSize(column)


def cuttable(table: QTableView, column: int) -> bool:
    """Whether the column holds free text that may be shortened (with "…") when the columns do not all fit."""
    model = table.model()
    if not isinstance(model, RecordTableModel) or column == model.attention_column:
        return False
    field = model.field_at(column)
    return field is not None and field.kind not in WHOLE_KINDS


def content_widths(table: QTableView, columns: list[int] | None = None) -> list[int]:
    """Each column's width (or these ``columns``') for its heading and the text of the rows read so far, as
    ``resizeColumnsToContents`` gives it, measured from the display text the model already holds:
    Qt's own way asks the model for every role of every cell (a tenth of a second for one page)."""
    model = table.model()
    header = table.horizontalHeader()
    bold = QFont(table.font())
    bold.setBold(True)
    metrics, bold_metrics = QFontMetricsF(table.font()), QFontMetricsF(bold)
    style = table.style()
    # The item delegate's text margins on both sides, and the grid line the view adds.
    padding = 2 * (style.pixelMetric(QStyle.PM_FocusFrameHMargin, None, table) + 1) + (1 if table.showGrid() else 0)
    icon = style.pixelMetric(QStyle.PM_SmallIconSize, None, table) + 2 * (
        style.pixelMetric(QStyle.PM_FocusFrameHMargin, None, table) + 1)
    attention = getattr(model, "attention_column", -1)
    widths = []
    for column in range(header.count()) if columns is None else columns:
        widest = header.sectionSizeHint(column)
        cells = model.cached_cells(column) if isinstance(model, RecordTableModel) else []
        # Each text once: a choice's few labels fill most of a page, and measuring one is a few microseconds.
        for text, severity in {(text, severity if column == attention else None) for text, severity in cells}:
            if not text:
                continue
            if column == attention and severity:
                width = math.ceil((bold_metrics if severity == OVERDUE else metrics).horizontalAdvance(text)) + icon
            else:
                width = math.ceil(metrics.horizontalAdvance(text))
            widest = max(widest, width + padding)
        widths.append(widest)
    return widths
