"""Lays out fields as a form: each with its label (mnemonic and buddy), input, help citing its article,
and a problem line with an icon that validation fills in.

``make_widget`` picks the input for a field's kind; ``FieldForm`` stacks the rows of any list of
fields (a section of an entity, or the columns of one table row), so every editor and every
table row reads the same. A table's rows are forms themselves: ``make_widget`` gives the table
``row_form`` to make them with.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QWidget

from ...core.spec import Field, Kind
from ...core.i18n import cite
from ..i18n import spec_text
from . import style
from .choices import ChoiceWidget, CountryWidget, LinkWidget, TimeZoneWidget
from .dates import DateTimeWidget, DateWidget
from .lists import ChoicesWidget, LinksWidget, ReverseLinksWidget, TagsWidget
from .table import TableWidget
from .widgets import (
    BoolWidget,
    ComputedWidget,
    FieldWidget,
    FormContext,
    IntWidget,
    NoteWidget,
    TextWidget,
)

Factory = Callable[[Field, FormContext], FieldWidget]


def make_widget(field: Field, ctx: FormContext) -> FieldWidget:
    """The input for ``field``: read-only for computed and reverse fields."""
    if field.computed:
        return ComputedWidget(field, ctx)
    if field.reverse is not None:
        return ReverseLinksWidget(field, ctx)
    if field.kind is Kind.TABLE:
        return TableWidget(field, ctx, row_form=row_form)
    classes: dict[Kind, type[FieldWidget]] = {
        Kind.TEXT: TextWidget, Kind.NOTE: NoteWidget, Kind.INT: IntWidget, Kind.BOOL: BoolWidget,
        Kind.DATE: DateWidget, Kind.DATETIME: DateTimeWidget, Kind.CHOICE: ChoiceWidget,
        Kind.CHOICES: ChoicesWidget, Kind.TAGS: TagsWidget, Kind.COUNTRY: CountryWidget,
        Kind.TIMEZONE: TimeZoneWidget, Kind.LINK: LinkWidget, Kind.LINKS: LinksWidget,
    }
    return classes[field.kind](field, ctx)


def run_on(text: str) -> str:
    """``text`` continuing a sentence after a colon: its first letter lower-cased, except where that would be
    wrong: an acronym ("DPIA"), or German, whose nouns keep their capital."""
    from ...core import i18n
    if i18n.language() == "de" or text[1:2].isupper():
        return text
    return text[:1].lower() + text[1:]


def help_text(field: Field) -> str:
    """The plain help with its article, as shown under the field."""
    text = spec_text(field.help)
    if field.computed:
        text = QCoreApplication.translate("editors", "Worked out automatically: {0}").format(run_on(text))
    return f"{text} ({cite(field.article)})" if field.article else text


def button_letters() -> str:
    """The Alt+letters of the editor window's own buttons (editors/base.py) in the language shown: each
    translator picks them anew ("&Enregistrer", "Enregistrer et &fermer"), so the fields must avoid those."""
    letters = []
    for text in ("&Save", "Save and &close", "&Report…"):
        found = re.search(r"&([^&\s])", QCoreApplication.translate("EditorWindow", text).replace("&&", ""))
        letters.append(found.group(1) if found else "")
    return "".join(letters)


class MnemonicPicker:
    """Gives each label a distinct Alt+letter, skipping letters the window's buttons use."""

    def __init__(self, reserved: str | None = None) -> None:
        self.used = set((button_letters() if reserved is None else reserved).casefold())

    def mark(self, text: str) -> str:
        out: list[str] = []
        placed = False
        for char in text:
            if not placed and char.isalpha() and char.casefold() not in self.used:
                self.used.add(char.casefold())
                out.append("&")
                placed = True
            out.append("&&" if char == "&" else char)
        return "".join(out)


class _NoMnemonics(MnemonicPicker):
    """Row forms sit inside a page that already hands out the Alt+letters."""

    def mark(self, text: str) -> str:
        return text.replace("&", "&&")


class FieldRow:
    """The widgets of one field on a form."""

    def __init__(self, field: Field, widget: FieldWidget, label: QLabel | None, help_label: QLabel,
                 problem: QWidget, problem_text: QLabel) -> None:
        self.field = field
        self.widget = widget
        self.label = label
        self.help_label = help_label
        self.problem = problem
        self.problem_text = problem_text

    def show_problems(self, messages: list[str]) -> None:
        self.problem_text.setText("\n".join(messages))
        self.problem.setVisible(bool(messages))
        description = help_text(self.field)
        if messages:
            description = f"{' '.join(messages)} {description}"
        self.widget.focus_target().setAccessibleDescription(description)


class FieldForm(QWidget):
    """A grid of field rows; ``edited(key)`` fires when the person changes a field."""

    edited = Signal(str)

    def __init__(self, fields: Iterable[Field], ctx: FormContext, parent: QWidget | None = None, *,
                 factories: Mapping[str, Factory] | None = None, mnemonics: MnemonicPicker | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: dict[str, FieldRow] = {}
        picker = mnemonics or MnemonicPicker()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(style.em(self, 1))
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        grid.setColumnMinimumWidth(0, style.em(self, 11))
        line = 0
        for field in fields:
            factory = (factories or {}).get(field.key, make_widget)
            widget = factory(field, ctx)
            row = self._build_row(grid, line, field, widget, picker)
            self.rows[field.key] = row
            widget.edited.connect(lambda key=field.key: self.edited.emit(key))
            line += 5
        grid.setRowStretch(line, 1)

    def _build_row(self, grid: QGridLayout, line: int, field: Field, widget: FieldWidget,
                   picker: MnemonicPicker) -> FieldRow:
        name = spec_text(field.label)
        required = field.required and field.editable
        description = help_text(field)
        label: QLabel | None = None
        wide = widget.WIDE  # tables and checklists of notes get the full width, their label above
        column, span = (0, 2) if wide else (1, 1)
        if isinstance(widget, BoolWidget):
            widget.box.setText(picker.mark(name))
        else:
            label = QLabel(picker.mark(name) + (" *" if required else ""))
            label.setWordWrap(True)
            label.setBuddy(widget.focus_target())
            label.setToolTip(description)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            if not wide:
                label.setMaximumWidth(style.em(self, 14))
                # Line the label up with the text inside the input, not with its frame.
                label.setContentsMargins(0, 4, 0, 0)
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            grid.addWidget(label, line, 0, 1, span)
        line += 1 if wide else 0
        widget.describe(name + (" " + self.tr("(required)") if required else ""), description)
        grid.addWidget(widget, line, column, 1, span)
        help_label = style.muted(QLabel(description))
        help_label.setWordWrap(True)
        help_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(help_label, line + 1, column, 1, span)
        problem = QWidget()
        row = QHBoxLayout(problem)
        row.setContentsMargins(0, 0, 0, 0)
        icon = QLabel()
        icon.setPixmap(style.icon_pixmap(style.ERROR, self))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        icon.setAccessibleName(self.tr("Problem"))
        text = style.coloured(QLabel(), style.ERROR)
        text.setWordWrap(True)
        row.addWidget(icon)
        row.addWidget(text, 1)
        problem.hide()
        grid.addWidget(problem, line + 2, column, 1, span)
        grid.setRowMinimumHeight(line + 3, style.em(self, 0.6))  # air between fields
        return FieldRow(field, widget, label, help_label, problem, text)

    # -- values ---------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {key: row.widget.value() for key, row in self.rows.items() if row.field.editable}

    def set_values(self, record: Mapping[str, Any]) -> None:
        for key, row in self.rows.items():
            row.widget.set_value(record.get(key, row.field.empty()))

    def show_problems(self, messages: Mapping[str, list[str]]) -> None:
        for key, row in self.rows.items():
            row.show_problems(list(messages.get(key, [])))

    def set_read_only(self, read_only: bool) -> None:
        for row in self.rows.values():
            if row.field.editable:
                row.widget.set_read_only(read_only)


def row_form(fields: tuple[Field, ...], ctx: FormContext) -> FieldForm:
    """The form a table's selected row is edited in (``table.TableWidget``)."""
    return FieldForm(fields, ctx, mnemonics=_NoMnemonics())
