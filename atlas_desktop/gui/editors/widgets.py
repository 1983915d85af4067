"""One input widget per single-value field kind (text, numbers, yes/no, dates, choices, country, zone, link).

Every widget shares the ``FieldWidget`` interface: ``value()`` gives the draft value in the
form ``Records.prepare`` takes, ``set_value()`` shows a stored value without counting as an
edit, and ``edited`` fires only when the person changes something. Text that cannot be read
(a date typed as "next Tuesday") is handed on as typed, so validation names the problem next
to the field instead of the value vanishing.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass, field as dc_field
from functools import cache
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (QCalendarWidget, QCheckBox, QComboBox, QCompleter, QHBoxLayout, QLabel, QLineEdit, QMenu,
                               QPlainTextEdit, QSizePolicy, QSpinBox, QToolButton, QWidget, QWidgetAction)

from ...core import clocks, codec
from ...core.countries import all_countries, country_code, country_name
from ...core.spec import Field, Kind
from ..i18n import spec_text
from .style import em, muted


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

    def _add(self, widget: QWidget, stretch: int = 0) -> QWidget:
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
        bounded = field.minimum is not None and field.maximum is not None and field.maximum < 10_000
        self.spin: QSpinBox | None = None
        self.edit: QLineEdit | None = None
        if bounded:
            self.spin = QSpinBox()
            self.spin.setRange(int(field.minimum) - 1, int(field.maximum))
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
        text = (self.edit.text() if self.edit else "").strip().replace(",", "").replace(" ", "")
        if not text:
            return None
        try:
            return int(text)
        except ValueError:
            return self.edit.text()  # validation says "must be a whole number" beside the field

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


def _calendar_button(owner: QWidget, picked: Callable[[dt.date], None], current: Callable[[], dt.date]) -> QToolButton:
    """A button that drops a calendar; the typed text stays the main way in (keyboard first)."""
    button = QToolButton(owner)
    button.setText("…")
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
    button.setAccessibleName(owner.tr("Pick a date"))
    button.setToolTip(owner.tr("Pick a date from a calendar"))
    menu = QMenu(button)
    calendar = QCalendarWidget(menu)
    calendar.setGridVisible(False)
    action = QWidgetAction(menu)
    action.setDefaultWidget(calendar)
    menu.addAction(action)

    def about_to_show() -> None:
        day = current()
        calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def clicked(date: QDate) -> None:
        menu.close()
        picked(dt.date(date.year(), date.month(), date.day()))

    menu.aboutToShow.connect(about_to_show)
    calendar.clicked.connect(clicked)
    calendar.activated.connect(clicked)
    button.setMenu(menu)
    return button


class DateWidget(FieldWidget):
    FORMAT = "%Y-%m-%d"

    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(field, ctx, parent)
        self.edit = self._add(QLineEdit())
        self.edit.setPlaceholderText(self._placeholder())
        self.edit.setMaximumWidth(em(self, self._width()))
        self.edit.textEdited.connect(self._changed)
        self.calendar = self._add(_calendar_button(self, self._picked, self._current_day))
        self._shown: tuple[str, Any] = ("", None)
        self._extra()
        self._layout.addStretch(1)

    def _placeholder(self) -> str:
        return self.tr("YYYY-MM-DD")

    def _width(self) -> float:
        return 9

    def _extra(self) -> None:
        pass

    def _today(self) -> dt.date:
        return clocks.local_today(self.ctx.time_zone, self.ctx.now())

    def _current_day(self) -> dt.date:
        value = self.value()
        if isinstance(value, dt.datetime):
            return value.date()
        return value if isinstance(value, dt.date) else self._today()

    def _picked(self, day: dt.date) -> None:
        self.edit.setText(day.isoformat())
        self.edit.setFocus()
        self._changed()

    def _format(self, value: Any) -> str:
        return value.isoformat() if isinstance(value, dt.date) else ("" if value is None else str(value))

    def value(self) -> Any:
        text = self.edit.text().strip()
        if text == self._shown[0]:
            return self._shown[1]  # unchanged: hand back exactly what was stored
        if not text:
            return None
        try:
            return codec.parse_text(self.field, text, self.ctx.time_zone)
        except ValueError:
            return text

    def _show(self, value: Any) -> None:
        text = self._format(value)
        self._shown = (text, value)
        self.edit.setText(text)

    def focus_target(self) -> QWidget:
        return self.edit

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.calendar.setEnabled(not read_only)


class DateTimeWidget(DateWidget):
    """Typed as "YYYY-MM-DD HH:MM" on the organisation's wall clock, whose zone is named beside it."""

    def _placeholder(self) -> str:
        return self.tr("YYYY-MM-DD HH:MM")

    def _width(self) -> float:
        return 13

    def _extra(self) -> None:
        self.now_button = self._add(QToolButton(self))
        self.now_button.setText(self.tr("Now"))
        self.now_button.setToolTip(self.tr("Fill in the current date and time"))
        self.now_button.setAccessibleName(self.tr("Set to now"))
        self.now_button.clicked.connect(self._set_now)
        self.zone_label = muted(self._add(QLabel(self.ctx.time_zone)))
        self.zone_label.setToolTip(self.tr("Times are shown and typed in the organisation's time zone."))

    def _set_now(self) -> None:
        self.edit.setText(clocks.local_now(self.ctx.time_zone, self.ctx.now()).strftime("%Y-%m-%d %H:%M"))
        self._changed()

    def _picked(self, day: dt.date) -> None:
        current = self.value()
        time = (current.astimezone(clocks.zone(self.ctx.time_zone)).strftime("%H:%M")
                if isinstance(current, dt.datetime) else "09:00")
        self.edit.setText(f"{day.isoformat()} {time}")
        self.edit.setFocus()
        self._changed()

    def _format(self, value: Any) -> str:
        if isinstance(value, dt.datetime):
            return value.astimezone(clocks.zone(self.ctx.time_zone)).strftime("%Y-%m-%d %H:%M")
        return "" if value is None else str(value)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.now_button.setEnabled(not read_only)


class _Combo(FieldWidget):
    """A combo box of (label, stored value) pairs, optionally editable with a contains-completer."""

    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None, editable: bool = False) -> None:
        super().__init__(field, ctx, parent)
        self.combo = self._add(QComboBox(), 1)
        self.combo.setEditable(editable)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(20)
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        if editable:
            self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = self.combo.completer()
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            self.combo.lineEdit().textEdited.connect(self._changed)
        self.combo.currentIndexChanged.connect(self._changed)

    def _blank(self) -> bool:
        return not self.field.required or self.field.default is None

    def _fill(self, items: list[tuple[str, Any]], blank: bool) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        if blank:
            self.combo.addItem(self.tr("— not set —") if not self.combo.isEditable() else "", None)
        for label, data in items:
            self.combo.addItem(label, data)
        self.combo.blockSignals(False)

    def _select(self, value: Any) -> None:
        index = self.combo.findData(value) if value is not None else (0 if self._blank() else -1)
        if index < 0 and value is not None:
            if self.combo.isEditable():
                self.combo.setCurrentIndex(-1)
                self.combo.setEditText(str(value))
                return
            self.combo.addItem(self._unknown(value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)

    def _unknown(self, value: Any) -> str:
        return str(value)

    def _typed(self) -> Any:
        """The value of free text typed into an editable combo."""
        text = self.combo.currentText().strip()
        return text or None

    def value(self) -> Any:
        if self.combo.isEditable():
            text = self.combo.currentText()
            index = self.combo.findText(text, Qt.MatchFlag.MatchFixedString)
            return self.combo.itemData(index) if index >= 0 and text else self._typed()
        return self.combo.currentData()

    def _show(self, value: Any) -> None:
        self._select(value)

    def focus_target(self) -> QWidget:
        return self.combo


class ChoiceWidget(_Combo):
    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        vocab = field.vocab
        assert vocab is not None
        super().__init__(field, ctx, parent, editable=vocab.open)
        self._fill([(spec_text(t.label), t.code) for t in vocab.terms], self._blank() or vocab.open)
        for index, term in enumerate(vocab.terms, start=self.combo.count() - len(vocab.terms)):
            tip = " ".join(filter(None, (spec_text(term.help), f"({term.article})" if term.article else "")))
            if tip:
                self.combo.setItemData(index, tip, Qt.ItemDataRole.ToolTipRole)

    def _typed(self) -> Any:
        text = self.combo.currentText().strip()
        if not text:
            return None
        assert self.field.vocab is not None
        return self.field.vocab.code_for(text) or text


@cache
def _zone_names() -> tuple[str, ...]:
    return tuple(sorted(z for z in zoneinfo.available_timezones() if "/" in z or z == "UTC"))


class CountryWidget(_Combo):
    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(field, ctx, parent, editable=True)
        self._fill([(f"{name} ({code})", code) for code, name in all_countries()], True)

    def _typed(self) -> Any:
        text = self.combo.currentText().strip()
        return (country_code(text) or text) if text else None

    def _unknown(self, value: Any) -> str:
        return country_name(str(value))


class TimeZoneWidget(_Combo):
    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(field, ctx, parent, editable=True)
        self._fill([(name, name) for name in _zone_names()], not field.required)


class LinkWidget(_Combo):
    """One record of another register, chosen by its title."""

    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(field, ctx, parent)
        self.refresh_links()

    def _blank(self) -> bool:
        return True  # a new record starts unlinked; "required" is said by validation, not forced

    def refresh_links(self) -> None:
        current = self.combo.currentData() if self.combo.count() else None
        titles = self.ctx.titles(self.field.target or "")
        self._fill(sorted(((title, rid) for rid, title in titles.items()), key=lambda p: p[0].casefold()), True)
        self._quiet = True
        try:
            self._select(current)
        finally:
            self._quiet = False

    def _unknown(self, value: Any) -> str:
        return self.tr("#{0} (no longer in the register)").format(value)


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
