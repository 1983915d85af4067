"""Date and date-time inputs: typed as text (keyboard first), with a calendar button and, for times, "Now".

Times are typed and shown on the organisation's wall clock, whose zone is named beside the
field; what cannot be read is handed on as typed, so validation names it beside the field.
A time the clocks skipped or repeated at a daylight-saving change, or a date outside the years
Atlas accepts, is also handed on as typed (so it cannot be saved as some other moment) and a
warning beside the field says why and what to write instead.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from ...core import clocks, codec, limits
from ...core.errors import DateOutOfRange, LocalTimeUnclear
from ...core.spec import Field
from . import style
from .style import em, muted
from .widgets import FieldWidget, FormContext


def _calendar_button(owner: QWidget, picked: Callable[[dt.date], None], current: Callable[[], dt.date]) -> QToolButton:
    """A button that drops a calendar; the typed text stays the main way in (keyboard first)."""
    button = QToolButton(owner)
    button.setText("…")
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
    button.setAccessibleName(QCoreApplication.translate("editors", "Pick a date"))
    button.setToolTip(QCoreApplication.translate("editors", "Pick a date from a calendar"))
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
    WIDEST = ""  # what may follow the placeholder's text in the field (a time's offset)

    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(field, ctx, parent)
        # The input row, and under it the warning: the outer box turns vertical and holds both.
        outer = self._layout
        outer.setDirection(QBoxLayout.Direction.TopToBottom)
        outer.setSpacing(2)
        self._layout = QHBoxLayout()
        outer.addLayout(self._layout)
        self.edit = self._add(QLineEdit())
        self.edit.setPlaceholderText(self._placeholder())
        sample = self.edit.fontMetrics().horizontalAdvance(self._placeholder() + self.WIDEST + "MM")
        self.edit.setFixedWidth(sample + em(self, 1))
        self.edit.textEdited.connect(self._changed)
        self.calendar = self._add(_calendar_button(self, self._picked, self._current_day))
        self._shown: tuple[str, Any] = ("", None)
        self._extra()
        self._layout.addStretch(1)
        self.warning = self._warning_label()
        outer.addWidget(self.warning)
        self.edit.textChanged.connect(self._check)

    def _warning_label(self) -> QLabel:
        label = style.coloured(QLabel(self), style.WARNING)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(self.tr("Warning"))
        label.hide()
        return label

    def _check(self, text: str) -> None:
        """Warn at once, as it is typed, when the text reads as a time that was skipped or repeated or a
        date out of range: ``value`` hands such text on unread, and validation only says it is no time."""
        problem = ""
        if text.strip() and text.strip() != self._shown[0]:
            try:
                codec.parse_text(self.field, text, self.ctx.time_zone)
            except (LocalTimeUnclear, DateOutOfRange) as exc:
                problem = str(exc)
            except ValueError:
                pass  # not a date at all (yet): validation says so once typing stops
        elif isinstance(self._shown[1], dt.date):  # a stored value from before the range rule
            day = self._shown[1].date() if isinstance(self._shown[1], dt.datetime) else self._shown[1]
            problem = limits.date_problem(day) or ""
        self.warning.setText(f"⚠ {problem[:1].upper()}{problem[1:]}." if problem else "")
        self.warning.setVisible(bool(problem))

    def _placeholder(self) -> str:
        return self.tr("YYYY-MM-DD")

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

    WIDEST = "+00:00"

    def _placeholder(self) -> str:
        return self.tr("YYYY-MM-DD HH:MM")

    def _extra(self) -> None:
        self.now_button = self._add(QToolButton(self))
        self.now_button.setText(self.tr("Now"))
        self.now_button.setToolTip(self.tr("Fill in the current date and time"))
        self.now_button.setAccessibleName(self.tr("Set to now"))
        self.now_button.clicked.connect(self._set_now)
        self.zone_label = muted(self._add(QLabel(self.ctx.time_zone)))
        self.zone_label.setToolTip(self.tr("Times are shown and typed in the organisation's time zone."))

    def _set_now(self) -> None:
        self.edit.setText(self._format(self.ctx.now()))  # with its offset during a repeated hour
        self._changed()

    def _picked(self, day: dt.date) -> None:
        current = self.value()
        time = (current.astimezone(clocks.zone(self.ctx.time_zone)).strftime("%H:%M")
                if isinstance(current, dt.datetime) else "09:00")
        self.edit.setText(f"{day.isoformat()} {time}")
        self.edit.setFocus()
        self._changed()

    def _format(self, value: Any) -> str:
        if not isinstance(value, dt.datetime):
            return "" if value is None else str(value)
        try:
            local = value.astimezone(clocks.zone(self.ctx.time_zone))
        except OverflowError:  # stored at the calendar's very edge: shown as stored (validation names it)
            return value.isoformat(sep=" ", timespec="minutes")
        text = local.strftime("%Y-%m-%d %H:%M")
        if local.replace(fold=1 - local.fold).utcoffset() != local.utcoffset():
            # In an hour the clocks repeat, "03:30" alone is two moments: show which one this is, so the
            # text reads back as the moment saved (typing it without the offset is refused).
            offset = local.strftime("%z")
            text += f"{offset[:3]}:{offset[3:]}"
        return text

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.now_button.setEnabled(not read_only)
