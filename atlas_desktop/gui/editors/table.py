"""The input for a TABLE field: a grid of rows (add, remove) and, under it, a form for the selected row.

Rows are edited in a form built from the table's columns, with the same inputs, help and
problem lines as any other field, because a grid cell is a poor place for a date, a checklist
or a screen reader. The grid shows each row at a glance and marks the cells with a problem.
That form is ``form.FieldForm``, whose inputs include this table: ``form.make_widget`` hands the table the
way to make it (``row_form``), so this module does not import the form back.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import codec
from ...core.errors import Problem
from ...core.spec import Field
from ..i18n import spec_text
from . import style
from .widgets import FieldWidget, FormContext


class RowField(Protocol):
    """One field of the row form (``form.FieldRow``)."""

    field: Field
    widget: FieldWidget


class RowForm(Protocol):
    """What the table needs of the form (a QWidget) its selected row is edited in: ``form.FieldForm``."""

    rows: Mapping[str, RowField]
    edited: Any  # Signal(str): the key of the field the person changed

    def set_values(self, record: Mapping[str, Any]) -> None: ...

    def show_problems(self, messages: Mapping[str, list[str]]) -> None: ...

    def set_read_only(self, read_only: bool) -> None: ...


# Makes the form for a table's columns (``form.row_form``).
RowFormFactory = Callable[[tuple[Field, ...], FormContext], RowForm]


def is_blank_row(field: Field, row: dict[str, Any]) -> bool:
    """A row the save drops (codec.clean): nothing but empty values in its input columns."""
    return all(codec.clean(sub, row.get(sub.key)) in (None, False, [])
               for sub in field.fields if not sub.computed)


class TableWidget(FieldWidget):
    WIDE = True

    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None, *,
                 row_form: RowFormFactory) -> None:
        super().__init__(field, ctx, parent)
        self._rows: list[dict[str, Any]] = []
        self._problems: dict[int, dict[str, list[str]]] = {}
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(field.fields))
        self.table.setHorizontalHeaderLabels([spec_text(sub.label) for sub in field.fields])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        row_height = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(row_height * 3 + header.sizeHint().height() + 4)
        self.table.setMaximumHeight(row_height * 7 + header.sizeHint().height() + 4)
        self.table.setAccessibleName(self.tr("{0}: rows").format(spec_text(field.label)))
        self.table.currentCellChanged.connect(lambda row, *_: self._load_row(row))
        self.table.itemActivated.connect(lambda *_: self._focus_form())
        column.addWidget(self.table)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add row"))
        self.add_button.setAccessibleName(self.tr("Add a row to {0}").format(spec_text(field.label)))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("Remove row"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected row of {0}").format(spec_text(field.label)))
        self.remove_button.clicked.connect(self.remove_row)
        self.count = style.muted(QLabel())
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.count, 1)
        column.addLayout(buttons)

        self.row_box = QGroupBox()
        inner = QVBoxLayout(self.row_box)
        self.row_form = row_form(field.fields, ctx)
        self.row_form.edited.connect(self._row_edited)
        inner.addWidget(self.row_form)
        column.addWidget(self.row_box)
        self._add(box, 1)
        self._read_only = False
        self._refresh_state()

    # -- rows -----------------------------------------------------------------------------------------
    def add_row(self) -> None:
        self._rows.append({sub.key: sub.empty() for sub in self.field.fields})
        self._problems.clear()
        self._rebuild()
        self.table.setCurrentCell(len(self._rows) - 1, 0)
        self._focus_form()
        self._changed()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._rows):
            return
        del self._rows[row]
        self._problems.clear()
        self._rebuild()
        if self._rows:
            self.table.setCurrentCell(min(row, len(self._rows) - 1), 0)
        self._changed()

    def select_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.table.setCurrentCell(row, 0)

    def row_values(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self._rows]

    def _focus_form(self) -> None:
        first = next((r for r in self.row_form.rows.values() if r.field.editable), None)
        if first is not None:
            first.widget.focus_target().setFocus()

    def _row_edited(self, key: str) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._rows):
            return
        self._rows[row][key] = self.row_form.rows[key].widget.value()
        self._fill_row(row)
        self._changed()

    def _load_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.row_form.set_values(self._rows[row])
            self.row_form.show_problems(self._problems.get(row, {}))
            self.row_box.setTitle(self.tr("Row {0} of {1}").format(row + 1, len(self._rows)))
        self._refresh_state()

    def _refresh_state(self) -> None:
        has = 0 <= self.table.currentRow() < len(self._rows)
        self.row_box.setVisible(has)
        self.row_form.set_read_only(self._read_only)
        self.remove_button.setEnabled(has and not self._read_only)
        self.add_button.setEnabled(not self._read_only)
        self.count.setText(self.tr("No rows yet: press Add row.") if not self._rows
                           else self.tr("Select a row to edit it below."))

    # -- the grid ---------------------------------------------------------------------------------
    def _cell_text(self, sub: Field, value: Any) -> str:
        try:
            text = codec.display(sub, value, self.ctx.time_zone)
        except (AttributeError, TypeError, ValueError):
            return str(value)  # typed text that is not a valid value yet: shown as typed
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        return spec_text(text) if sub.vocab is not None else text

    def _fill_row(self, row: int) -> None:
        marks = self._problems.get(row, {})
        for col, sub in enumerate(self.field.fields):
            value = self._rows[row].get(sub.key)
            item = QTableWidgetItem(self._cell_text(sub, value))
            if sub.key in marks:
                item.setIcon(style.icon(style.ERROR))
                item.setToolTip("\n".join(marks[sub.key]))
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, " ".join(marks[sub.key]))
            self.table.setItem(row, col, item)

    def _rebuild(self, reload_form: bool = True) -> None:
        """Redraw the grid; ``reload_form`` False keeps what is being typed in the row form."""
        current = self.table.currentRow()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._rows))
        for row in range(len(self._rows)):
            self._fill_row(row)
        if 0 <= current < len(self._rows):
            self.table.setCurrentCell(current, 0)
        self.table.blockSignals(False)
        self._fit_columns()
        if 0 <= current < len(self._rows):
            if reload_form:
                self._load_row(current)
            else:
                for key, form_row in self.row_form.rows.items():
                    if form_row.field.computed:
                        form_row.widget.set_value(self._rows[current].get(key))
                self.row_form.show_problems(self._problems.get(current, {}))
        self._refresh_state()

    def _fit_columns(self) -> None:
        """Columns as wide as their header and cells, but no text column wider than about 16 letters."""
        self.table.resizeColumnsToContents()
        widest = style.em(self, 16)
        for col in range(self.table.columnCount()):
            if self.table.columnWidth(col) > widest:
                self.table.setColumnWidth(col, widest)

    # -- FieldWidget ------------------------------------------------------------------------------------
    def value(self) -> Any:
        return self.row_values()

    def _show(self, value: Any) -> None:
        self._rows = [dict(r) if isinstance(r, dict) else r for r in (value or [])]
        self._problems.clear()
        self.table.setCurrentCell(-1, -1)
        self._rebuild()
        if self._rows:
            self.table.setCurrentCell(0, 0)

    def _saved_rows(self) -> list[int]:
        """Indices of the rows a save keeps: problem rows and derived rows are numbered among these."""
        return [i for i, row in enumerate(self._rows) if not is_blank_row(self.field, row)]

    def update_computed(self, prepared: list[dict[str, Any]] | Any) -> None:
        """Copy the computed columns (e.g. a risk level) from what ``prepare`` worked out."""
        computed = [sub.key for sub in self.field.fields if sub.computed]
        if not computed or not isinstance(prepared, list):
            return
        for mine, theirs in zip(self._saved_rows(), prepared, strict=False):
            if isinstance(theirs, dict):
                for key in computed:
                    self._rows[mine][key] = theirs.get(key)
        self._rebuild(reload_form=False)

    def show_problems(self, problems: list[Problem]) -> None:
        saved = self._saved_rows()
        self._problems = {}
        for p in problems:
            if p.row is not None and 1 <= p.row <= len(saved):
                self._problems.setdefault(saved[p.row - 1], {}).setdefault(p.column or "", []).append(p.message)
        self._rebuild(reload_form=False)

    def focus_cell(self, row: int | None, column: str | None) -> None:
        """Show a problem's row in the form and put the cursor in its column."""
        saved = self._saved_rows()
        if row is not None and 1 <= row <= len(saved):
            self.select_row(saved[row - 1])
        target = self.row_form.rows.get(column or "")
        if target is not None and self.row_box.isVisible():
            target.widget.focus_target().setFocus()
        else:
            self.table.setFocus()

    def focus_target(self) -> QWidget:
        return self.table

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._refresh_state()

    def refresh_links(self) -> None:
        for row in self.row_form.rows.values():
            row.widget.refresh_links()
