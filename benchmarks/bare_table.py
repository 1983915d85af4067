"""The table figures' floor: a bare QTableView over a minimal QAbstractTableModel, showing the same rows.

What any Qt program showing the breaches' first page would do: the raw SQL for that page (the ids in the
view's order from the title index, then those rows), each row's values as text in the same columns as the
app's table, a plain ``QTableView`` of the same size, and its first paint with rows. The app's figure
against it says what our own model, its row reader and checks, and the register view cost; the SQL alone
stays as a second, informative floor.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView

DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)  # compared as an int: the least a data() can do per call
HORIZONTAL = Qt.Orientation.Horizontal


class BareModel(QAbstractTableModel):
    """Rows of text, nothing else: no roles besides the text, no sorting, no reading on demand."""

    def __init__(self, headers: Sequence[str]) -> None:
        super().__init__()
        self.headers = list(headers)
        self.rows: list[list[str]] = []

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Any, role: int = DISPLAY) -> Any:
        return self.rows[index.row()][index.column()] if role == DISPLAY else None

    def headerData(self, section: int, orientation: Any, role: int = DISPLAY) -> Any:  # noqa: N802
        return self.headers[section] if role == DISPLAY and orientation == HORIZONTAL else None

    def set_rows(self, rows: list[list[str]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()


class _PaintWatch(QObject):
    """Notes a paint of the table's viewport while the model has rows (as the app's figure does)."""

    def __init__(self, model: BareModel) -> None:
        super().__init__()
        self.model = model
        self.seen = False

    def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and self.model.rowCount():
            self.seen = True
        return False


class BareTable:
    """A plain QTableView set up as the app's table is (whole rows, no row header, no wrapping), same size."""

    def __init__(self, headers: Sequence[str], size: tuple[int, int]) -> None:
        self.model = BareModel(headers)
        self.view = QTableView()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setModel(self.model)
        self.watch = _PaintWatch(self.model)
        self.view.viewport().installEventFilter(self.watch)
        self.view.resize(*size)

    def show_rows(self, app: QApplication, rows: list[list[str]], limit: float = 30.0) -> None:
        """Set the rows and wait for the viewport to paint them."""
        self.watch.seen = False
        self.model.set_rows(rows)
        if not self.view.isVisible():
            self.view.show()
        deadline = time.perf_counter() + limit
        while rows and not self.watch.seen:
            app.processEvents()
            if time.perf_counter() > deadline:
                raise RuntimeError("the bare table never painted")

    def close(self, app: QApplication) -> None:
        self.view.hide()
        self.view.deleteLater()
        app.processEvents()


def page_rows(fetch: Callable[[], tuple[list[str], list[tuple[Any, ...]]]], keys: Sequence[str],
              width: int) -> list[list[str]]:
    """The page's rows as the text of the columns the app shows (``keys``; "" where a column is not stored as
    is), padded to the app's ``width`` (its attention column)."""
    names, raw = fetch()
    where = [names.index(key) if key in names else -1 for key in keys]
    pad = [""] * (width - len(keys))
    return [pad + ["" if i < 0 or row[i] is None else str(row[i]) for i in where] for row in raw]
