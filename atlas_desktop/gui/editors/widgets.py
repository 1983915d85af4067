"""The field-widget interface, and the inputs for text, notes, numbers, yes/no and computed values.

Every widget shares the ``FieldWidget`` interface: ``value()`` gives the draft value in the
form ``Records.prepare`` takes, ``set_value()`` shows a stored value without counting as an
edit, and ``edited`` fires only when the person changes something. Text that cannot be read
(a date typed as "next Tuesday") is handed on as typed, so validation names the problem next
to the field instead of the value vanishing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ...core import codec
from ...core.spec import Field
from ..i18n import spec_text
from .style import em

W = TypeVar("W", bound=QWidget)


@dataclass
class FormContext:
    """What field widgets need from the register, asked for when needed, never a kept connection."""

    time_zone: str = "UTC"
    titles: Callable[[str], dict[int, str]] = lambda target: {}
    open_record: Callable[[str, int], None] | None = None
    now: Callable[[], dt.datetime] = dc_field(default=lambda: dt.datetime.now(dt.UTC))


class FieldWidget(QWidget):
    """The common face of every field's input."""

    edited = Signal()
    WIDE = False  # laid out across the form's full width, its label above

    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.ctx = ctx
        self._quiet = False
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    # -- the interface ------------------------------------------------------------------------
    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        self._quiet = True
        try:
            self._show(value)
        finally:
            self._quiet = False

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    def focus_target(self) -> QWidget:
        """The control that takes focus when the label's mnemonic or a problem is clicked."""
        return self

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)

    def refresh_links(self) -> None:
        """Reload record titles (after an unlock or another window saved); keeps the selection."""

    def show_problems(self, problems: list[Any]) -> None:
        """Mark rows and cells of a table; single-value fields show their problems beside them."""

    def describe(self, name: str, description: str) -> None:
        target = self.focus_target()
        target.setAccessibleName(name)
        target.setAccessibleDescription(description)
        target.setToolTip(description)

    # -- helpers --------------------------------------------------------------------------------
    def _changed(self, *args: Any) -> None:
        if not self._quiet:
            self.edited.emit()

    def _add(self, widget: W, stretch: int = 0) -> W:
        self._layout.addWidget(widget, stretch)
        return widget


class TextWidget(FieldWidget):
    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(field, ctx, parent)
        self.edit = self._add(QLineEdit(), 1)
        self.edit.textEdited.connect(self._changed)

    def value(self) -> Any:
        return self.edit.text() or None

    def _show(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))
        self.edit.setCursorPosition(0)

    def focus_target(self) -> QWidget:
        return self.edit

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)


class NoteWidget(FieldWidget):
    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(field, ctx, parent)
        self.edit = self._add(QPlainTextEdit(), 1)
        self.edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
        lines = self.edit.fontMetrics().lineSpacing()
        self.edit.setFixedHeight(lines * 4 + 2 * self.edit.frameWidth() + 8)
        self.edit.textChanged.connect(self._changed)

    def value(self) -> Any:
        return self.edit.toPlainText() or None

    def _show(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))

    def focus_target(self) -> QWidget:
        return self.edit

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)


class IntWidget(FieldWidget):
    """A spin box for small bounded numbers (one below the minimum reads "not set"); a line otherwise."""

    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(field, ctx, parent)
        self.spin: QSpinBox | None = None
        self.edit: QLineEdit | None = None
        if field.minimum is not None and field.maximum is not None and field.maximum < 10_000:
            self.spin = QSpinBox()
            self.spin.setRange(field.minimum - 1, field.maximum)
            self.spin.setSpecialValueText(self.tr("not set"))
            self.spin.setMinimumWidth(em(self, 7))
            self.spin.valueChanged.connect(self._changed)
            self._add(self.spin)
            self._layout.addStretch(1)
        else:
            self.edit = QLineEdit()
            self.edit.setMaximumWidth(em(self, 12))
            self.edit.textEdited.connect(self._changed)
            self._add(self.edit)
            self._layout.addStretch(1)

    def value(self) -> Any:
        if self.spin is not None:
            number = self.spin.value()
            return None if number == self.spin.minimum() else number
        typed = self.edit.text() if self.edit is not None else ""
        text = typed.strip().replace(",", "").replace(" ", "")
        if not text:
            return None
        try:
            return int(text)
        except ValueError:
            return typed  # validation says "must be a whole number" beside the field

    def _show(self, value: Any) -> None:
        if self.spin is not None:
            self.spin.setValue(self.spin.minimum() if value is None else int(value))
        elif self.edit is not None:
            self.edit.setText("" if value is None else str(value))

    def focus_target(self) -> QWidget:
        return self.spin or self.edit  # type: ignore[return-value]

    def set_read_only(self, read_only: bool) -> None:
        if self.spin is not None:
            self.spin.setReadOnly(read_only)
        elif self.edit is not None:
            self.edit.setReadOnly(read_only)


class BoolWidget(FieldWidget):
    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(field, ctx, parent)
        self.box = self._add(QCheckBox(spec_text(field.label)), 1)
        self.box.toggled.connect(self._changed)

    def value(self) -> Any:
        return self.box.isChecked()

    def _show(self, value: Any) -> None:
        self.box.setChecked(bool(value))

    def focus_target(self) -> QWidget:
        return self.box


class ComputedWidget(FieldWidget):
    """A value the rules work out (a deadline, a level): shown, never typed."""

    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(field, ctx, parent)
        self.edit = self._add(QLineEdit(), 1)
        self.edit.setReadOnly(True)
        self.edit.setFrame(False)
        self.edit.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # screen-reader users can still reach it
        self.edit.setPlaceholderText(self.tr("worked out when the fields it depends on are filled in"))
        self._value: Any = None

    def value(self) -> Any:
        return self._value

    def _show(self, value: Any) -> None:
        self._value = value
        text = codec.display(self.field, value, self.ctx.time_zone) if value is not None else ""
        self.edit.setText(spec_text(text) if self.field.vocab is not None else text)
        self.edit.setCursorPosition(0)

    def focus_target(self) -> QWidget:
        return self.edit

    def set_read_only(self, read_only: bool) -> None:
        pass
