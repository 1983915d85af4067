"""Fitting a register table's columns to what it shows: each column as wide as its heading and the text of
the rows read so far, the title and the widest text columns capped when they do not all fit. Dates, numbers
and the attention column are never cut (a date without its time zone misleads), nor is any heading.

Measured from the display text the model already holds (``RecordTableModel.cached_cells``), not with
``resizeColumnsToContents``, which asks the model for every role of every cell of a page: a tenth of
a second for one page of a big register, before the table could paint.
"""

from __future__ import annotations

import math

from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QStyle, QTableView

from ..core.checks import OVERDUE
from ..core.spec import Kind
from .tablemodel import RecordTableModel

MIN_CAP_CHARS = 18    # when the columns do not all fit, the widest shrink, but not below this many characters
TITLE_CAP_CHARS = 40  # ...and the title, which names the record, keeps up to this many
WHOLE_KINDS = frozenset({Kind.DATE, Kind.DATETIME, Kind.INT, Kind.BOOL, Kind.COUNTRY})  # short, never cut


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


def cuttable(table: QTableView, column: int) -> bool:
    """Whether the column holds free text that may be shortened (with "…") when the columns do not all fit."""
    model = table.model()
    if not isinstance(model, RecordTableModel) or column == model.attention_column:
        return False
    field = model.field_at(column)
    return field is not None and field.kind not in WHOLE_KINDS


def content_widths(table: QTableView) -> list[int]:
    """Each column's width for its heading and the text of the rows read so far, as
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
    for column in range(header.count()):
        widest = header.sectionSizeHint(column)
        cells = model.cached_cells(column) if isinstance(model, RecordTableModel) else []
        for text, severity in cells:
            if not text:
                continue
            if column == attention and severity:
                width = math.ceil((bold_metrics if severity == OVERDUE else metrics).horizontalAdvance(text)) + icon
            else:
                width = math.ceil(metrics.horizontalAdvance(text))
            widest = max(widest, width + padding)
        widths.append(widest)
    return widths
