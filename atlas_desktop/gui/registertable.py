"""The table of a register's page: whole rows selected one at a time, nothing edited in place, and its columns
fitted to the first rows once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from .tablecolumns import fit_columns
from .tablemodel import PAGE_SIZE, RecordTableModel


class RegisterTable(QTableView):
    def __init__(self, model: RecordTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.sized = False  # the columns were fitted: later refreshes keep what the user dragged
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

    def fit_columns(self) -> None:
        """Fit the columns to the rows read so far (the first page), once it has rows."""
        model = self.model()
        if self.sized or not isinstance(model, RecordTableModel) or not model.rowCount():
            return
        self.sized = True
        fit_columns(self, model.column_of(model.entity.title))
