"""The table of a register's page: whole rows selected one at a time, nothing edited in place, and its columns
fitted to the first rows once, or set as the person last left them for this register.

The widths and order a person gives the columns are kept per register (keyed by the entity, never by a
record) with the window's geometry in QSettings, by each column's field key: a column added in a later
version is simply fitted, a removed one forgotten.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from .tablecolumns import fit_columns
from .tablemodel import PAGE_SIZE, RecordTableModel
from .window_settings import window_settings

ATTENTION_KEY = "!attention"  # the attention column has no field; no field key starts with "!"
SAVE_DELAY_MS = 500  # a drag resizes a column at every mouse move: kept once it settles (or the table hides)


def column_store() -> QSettings:
    """Where the widths are kept: the window settings (geometry and layout only, never register data)."""
    return window_settings()


class RegisterTable(QTableView):
    def __init__(self, model: RecordTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.sized = False  # the columns were fitted: later refreshes keep what the user dragged
        self._arranging = False  # the columns are being fitted or restored, not dragged by the person
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.ElideRight)
        self.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollPerPixel)
        rows, columns = self.verticalHeader(), self.horizontalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        # Sizing columns to their contents must not read the whole register: one page is enough.
        rows.setResizeContentsPrecision(PAGE_SIZE)
        columns.setResizeContentsPrecision(PAGE_SIZE)
        columns.setStretchLastSection(True)
        columns.setSectionsMovable(True)
        columns.setHighlightSections(False)
        # The model reads the register sorted by its title; the indicator says so before the first click.
        columns.setSortIndicator(max(model.column_of(model.entity.title), 0), Qt.AscendingOrder)
        columns.sectionResized.connect(self._resized)
        columns.sectionMoved.connect(lambda *_: self._arranged())
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_columns)

    def fit_columns(self) -> None:
        """The columns as the person last left them for this register, else fitted to the rows read so far
        (the first page); once, when it has rows."""
        model = self.model()
        if self.sized or not isinstance(model, RecordTableModel) or not model.rowCount():
            return
        self.sized = True
        self._arranging = True
        try:
            if not self.restore_columns():
                fit_columns(self, model.column_of(model.entity.title))
        finally:
            self._arranging = False

    # -- remembered widths ---------------------------------------------------------------------------
    def _key(self, column: int) -> str:
        field = self.model().field_at(column)
        return ATTENTION_KEY if field is None else field.key

    def _column(self, key: str) -> int:
        model = self.model()
        return model.attention_column if key == ATTENTION_KEY else model.column_of(key)

    def _setting(self) -> str:
        return f"columns/{self.model().entity.key}"

    def _resized(self, column: int, _old: int, _new: int) -> None:
        header = self.horizontalHeader()
        # The last column follows the window's width (it stretches): only a person's drag is worth keeping.
        if column != header.logicalIndex(header.count() - 1):
            self._arranged()

    def _arranged(self) -> None:
        if self.sized and not self._arranging:
            self._save_timer.start()  # one settings write per drag, not one per mouse move

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        if self._save_timer.isActive():  # the page or window goes away: keep what was just dragged
            self._save_timer.stop()
            self.save_columns()
        super().hideEvent(event)

    def save_columns(self) -> None:
        header = self.horizontalHeader()
        order = [self._key(header.logicalIndex(visual)) for visual in range(header.count())]
        widths = {self._key(column): header.sectionSize(column) for column in range(header.count())}
        column_store().setValue(self._setting(), json.dumps({"order": order, "widths": widths}))

    def restore_columns(self) -> bool:
        """Set the widths and order kept for this register; False when none are kept (or they are unreadable)."""
        raw = column_store().value(self._setting())
        try:
            kept = json.loads(raw) if isinstance(raw, str) else None
            order = [str(key) for key in kept["order"]]
            widths = {str(key): int(width) for key, width in kept["widths"].items()}
        except (ValueError, TypeError, KeyError, AttributeError):
            return False  # nothing kept, or written by hand: fit the columns as for a first start
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        try:
            known = [key for key in order if self._column(key) >= 0]
            for visual, key in enumerate(known):
                header.moveSection(header.visualIndex(self._column(key)), visual)
            for key, width in widths.items():
                if self._column(key) >= 0 and width > 0:
                    header.resizeSection(self._column(key), max(width, header.minimumSectionSize()))
        finally:
            header.setStretchLastSection(True)
        return True
