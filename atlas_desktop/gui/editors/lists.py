"""Inputs for the list kinds: a checklist (CHOICES), free entries with suggestions (TAGS), and the
cross-register pickers (LINKS), plus the read-only list of records that link here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.entities import BY_KEY
from ...core.spec import Field
from ..i18n import spec_text
from .style import muted
from .widgets import FieldWidget, FormContext
from ...core.i18n import cite


def _rows(widget: QListWidget, rows: int) -> None:
    """Size a list by its rows of text, so it follows the font."""
    height = widget.fontMetrics().lineSpacing() + 6
    widget.setMinimumHeight(height * min(rows, 3) + 2 * widget.frameWidth())
    widget.setMaximumHeight(height * rows + 2 * widget.frameWidth())


class ChoicesWidget(FieldWidget):
    """One check box per term of the vocabulary; short labels go in two columns."""

    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(field, ctx, parent)
        assert field.vocab is not None
        holder = self._add(QWidget(), 1)
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        terms = field.vocab.terms
        columns = 2 if max(len(t.label) for t in terms) <= 32 and len(terms) > 4 else 1
        per_column = (len(terms) + columns - 1) // columns
        for index, term in enumerate(terms):
            text = spec_text(term.label) + (f" ({cite(term.article)})" if term.article else "")
            box = QCheckBox(text)
            tip = " ".join(filter(None, (spec_text(term.help), cite(term.article))))
            box.setToolTip(tip or text)
            box.setAccessibleName(spec_text(term.label))
            box.setAccessibleDescription(tip)
            box.toggled.connect(lambda checked, code=term.code: self._ticked(code, checked))
            grid.addWidget(box, index % per_column, index // per_column)
            self.boxes[term.code] = box
        # In the order stored (then ticked), so that showing a record never reorders it into a change;
        # codes no longer in the vocabulary stay, so that validation can name them.
        self._chosen: list[str] = []
        holder.setAccessibleName(spec_text(field.label))

    def _ticked(self, code: str, checked: bool) -> None:
        if checked and code not in self._chosen:
            self._chosen.append(code)
        elif not checked and code in self._chosen:
            self._chosen.remove(code)
        self._changed()

    def value(self) -> Any:
        return list(self._chosen)

    def _show(self, value: Any) -> None:
        self._chosen = list(value or [])
        for code, box in self.boxes.items():
            box.setChecked(code in self._chosen)

    def focus_target(self) -> QWidget:
        return next(iter(self.boxes.values()))

    def describe(self, name: str, description: str) -> None:
        first = self.focus_target()
        first.setAccessibleDescription(f"{name}: {description}")


class TagsWidget(FieldWidget):
    """Entries of a list: the vocabulary's terms are offered as you type, anything else is kept as typed."""

    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(field, ctx, parent)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setAccessibleName(self.tr("{0}: entries").format(spec_text(field.label)))
        _rows(self.list, 4)
        column.addWidget(self.list)
        row = QHBoxLayout()
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(self.tr("Type an entry and press Enter"))
        if field.vocab is not None:
            model = QStringListModel([spec_text(t.label) for t in field.vocab.terms], self)
            completer = QCompleter(model, self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.entry.setCompleter(completer)
        self.entry.returnPressed.connect(self._add_entry)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add to {0}").format(spec_text(field.label)))
        self.add_button.clicked.connect(self._add_entry)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove from {0}").format(spec_text(field.label)))
        self.remove_button.clicked.connect(self._remove_selected)
        row.addWidget(self.entry, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        column.addLayout(row)
        self._add(box, 1)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _label(self, value: str) -> str:
        return spec_text(self.field.vocab.label_of(value)) if self.field.vocab is not None else value

    def _append(self, value: str) -> None:
        item = QListWidgetItem(self._label(value))
        item.setData(Qt.ItemDataRole.UserRole, value)
        self.list.addItem(item)

    def _add_entry(self) -> None:
        text = " ".join(self.entry.text().split())
        if not text:
            return
        code = (self.field.vocab.code_for(text) if self.field.vocab is not None else None) or text
        if code not in self.value():
            self._append(code)
            self._changed()
        self.entry.clear()

    def _remove_selected(self) -> None:
        rows = sorted((self.list.row(i) for i in self.list.selectedItems()), reverse=True)
        for row in rows:
            self.list.takeItem(row)
        if rows:
            self._changed()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.list.selectedItems()) and not self.list.property("ro"))

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Delete and self.list.hasFocus():
            self._remove_selected()
        else:
            super().keyPressEvent(event)

    def value(self) -> Any:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def _show(self, value: Any) -> None:
        self.list.clear()
        for entry in value or []:
            self._append(entry)

    def focus_target(self) -> QWidget:
        return self.entry

    def set_read_only(self, read_only: bool) -> None:
        self.list.setProperty("ro", read_only)
        for widget in (self.entry, self.add_button):
            widget.setEnabled(not read_only)
        self._update_buttons()


class LinksWidget(FieldWidget):
    """Records of another register, ticked in a list that a search line narrows."""

    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(field, ctx, parent)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        target = BY_KEY[field.target or ""]
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search {0}…").format(spec_text(target.plural).lower()))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search {0}").format(spec_text(target.plural).lower()))
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.setAccessibleName(spec_text(field.label))
        _rows(self.list, 6)
        self.count = muted(QLabel())
        column.addWidget(self.search)
        column.addWidget(self.list)
        column.addWidget(self.count)
        self._add(box, 1)
        self._chosen: list[int] = []
        self.list.itemChanged.connect(self._ticked)
        self.refresh_links()

    def refresh_links(self) -> None:
        titles = self.ctx.titles(self.field.target or "")
        self.list.blockSignals(True)
        self.list.clear()
        ordered = sorted(titles.items(), key=lambda p: p[1].casefold())
        ordered += [(rid, self.tr("#{0} (no longer in the register)").format(rid))
                    for rid in self._chosen if rid not in titles]
        for rid, title in ordered:
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, rid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if rid in self._chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._filter(self.search.text())
        self._count()

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _count(self) -> None:
        self.count.setText(self.tr("{0} selected").format(len(self._chosen)) if self.list.count()
                           else self.tr("There are no {0} yet.").format(
                               spec_text(BY_KEY[self.field.target or ""].plural).lower()))

    def _ticked(self, item: QListWidgetItem) -> None:
        rid = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked and rid not in self._chosen:
            self._chosen.append(rid)
        elif item.checkState() != Qt.CheckState.Checked and rid in self._chosen:
            self._chosen.remove(rid)
        self._count()
        self._changed()

    def value(self) -> Any:
        return list(self._chosen)

    def _show(self, value: Any) -> None:
        self._chosen = list(value or [])
        self.refresh_links()

    def set_choice(self, rid: int, checked: bool) -> None:
        """Tick or untick one record, as the person would."""
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == rid:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                return
        raise KeyError(rid)

    def focus_target(self) -> QWidget:
        return self.search

    def set_read_only(self, read_only: bool) -> None:
        self.list.setEnabled(not read_only)


class ReverseLinksWidget(FieldWidget):
    """Records elsewhere that link to this one: shown here, changed on their own records."""

    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(field, ctx, parent)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        target = BY_KEY[field.target or ""]
        self.list = QListWidget()
        self.list.setAccessibleName(spec_text(field.label))
        _rows(self.list, 4)
        self.list.itemActivated.connect(self._open)
        back = target.field(field.reverse or "")
        hint = self.tr("Linked from each {0}'s \u201c{1}\u201d; double-click one to open it.").format(
            spec_text(target.label).lower(), spec_text(back.label))
        self.hint = muted(QLabel(hint))
        self.hint.setWordWrap(True)
        column.addWidget(self.list)
        column.addWidget(self.hint)
        self._add(box, 1)
        self._ids: list[int] = []

    def refresh_links(self) -> None:
        titles = self.ctx.titles(self.field.target or "")
        self.list.clear()
        for rid in self._ids:
            item = QListWidgetItem(titles.get(rid, f"#{rid}"))
            item.setData(Qt.ItemDataRole.UserRole, rid)
            self.list.addItem(item)
        if not self._ids:
            item = QListWidgetItem(self.tr("None yet"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)

    def _open(self, item: QListWidgetItem) -> None:
        rid = item.data(Qt.ItemDataRole.UserRole)
        if rid is not None and self.ctx.open_record is not None:
            self.ctx.open_record(self.field.target or "", int(rid))

    def value(self) -> Any:
        return list(self._ids)

    def _show(self, value: Any) -> None:
        self._ids = list(value or [])
        self.refresh_links()

    def focus_target(self) -> QWidget:
        return self.list

    def set_read_only(self, read_only: bool) -> None:
        pass
