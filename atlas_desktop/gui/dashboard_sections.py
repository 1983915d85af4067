"""The dashboard's page parts: the scrolled page, a group of rows under its heading, and the all-clear panel."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QDateTime, QLocale, QSize, Qt, QTime
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core import clocks
from ..core.checks import Finding
from .dashboard_items import ALL_CLEAR, PAGE, severity_icon, severity_word
from .i18n import trn


class ScrollPage(QWidget):
    """The scrolled page. Word-wrapped rows report a minimum height measured at their narrowest,
    which would leave a tall empty band under the list; the scroll area sizes the page by
    height-for-width instead, so only the width minimum is real."""

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), 0)


class Section(QWidget):
    """One group of rows under a header that says what they are and how many."""

    def __init__(self, severity: str, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.severity, self.heading = severity, heading
        self._findings: list[Finding] = []
        self._buttons: list[QWidget] = []
        self._make: Callable[[Finding, QWidget], QWidget] | None = None
        em = self.fontMetrics().height()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(round(em * 0.4))
        header = QHBoxLayout()
        header.setSpacing(round(em * 0.4))
        self.header_icon = QLabel(self)
        self.header_icon.setAccessibleName(severity_word(severity))
        header.addWidget(self.header_icon)
        self.header = QLabel(self)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF(), 1.0) * 1.15)
        self.header.setFont(font)
        header.addWidget(self.header, 1)
        layout.addLayout(header)
        self.body = QWidget(self)
        self.rows = QVBoxLayout(self.body)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(round(em * 0.35))
        layout.addWidget(self.body)
        self.more = QPushButton(self.body)
        self.more.setFlat(True)
        self.more.clicked.connect(self._add_page)
        self.rows.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)

    def show_findings(self, findings: Sequence[Finding], make: Callable[[Finding, QWidget], QWidget]) -> None:
        """Show ``findings``, a page at a time, each row made by ``make(finding, parent)``."""
        for button in self._buttons:
            button.hide()
            button.deleteLater()
        self._buttons = []
        self._findings, self._make = list(findings), make
        self.setVisible(bool(findings))
        self._add_page()
        self._paint_icon()
        self.header.setText(self.tr("{0} ({1})").format(self.heading, len(findings)))
        self.header.setAccessibleName(trn("Section", "{0}: %n item(s)", len(findings)).format(self.heading))

    def _paint_icon(self) -> None:
        size = self.fontMetrics().height() * 1.2
        self.header_icon.setPixmap(severity_icon(self.severity, self.palette(), size, self.devicePixelRatioF())
                                   .pixmap(round(size), round(size)))

    def buttons(self) -> list[QWidget]:
        """The rows shown so far, in order."""
        return list(self._buttons)

    def _add_page(self) -> None:
        shown = len(self._buttons)
        for finding in self._findings[shown:shown + PAGE]:
            assert self._make is not None
            button = self._make(finding, self.body)  # made in place: it draws with the right palette
            self._buttons.append(button)
            self.rows.insertWidget(self.rows.count() - 1, button)
            button.show()  # now, not on the next pass of the event loop (Qt's default for late children)
        rest = len(self._findings) - len(self._buttons)
        self.more.setVisible(rest > 0)
        self.more.setText(self.tr("Show {0} more (of {1} left)").format(min(PAGE, rest), rest))


def local_text(moment: dt.datetime, time_zone: str, fmt: str = "ddd d MMM yyyy, HH:mm") -> str:
    """A moment as the office reads it, in its zone, with the zone's abbreviation."""
    local = moment.astimezone(clocks.zone(time_zone))
    stamp = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return f"{QLocale().toString(stamp, fmt)} {local.tzname() or ''}".strip()


class AllClearPanel(QFrame):
    """The calm state: a check mark and a sentence, when nothing needs action."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        em = self.fontMetrics().height()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self)
        row.setContentsMargins(round(em), round(em), round(em), round(em))
        row.setSpacing(round(em))
        icon = QLabel(self)
        size = em * 2.6
        icon.setPixmap(severity_icon(ALL_CLEAR, self.palette(), size, self.devicePixelRatioF())
                       .pixmap(round(size), round(size)))
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.addWidget(panel_heading(self.tr("All clear"), self))
        text = QLabel(self.tr("No deadline is near and nothing is missing. Atlas checks again whenever the "
                              "register changes, and counts any breach clock down to the minute."), self)
        text.setWordWrap(True)
        words.addWidget(text)
        row.addLayout(words, 1)
        self.setAccessibleName(self.tr("All clear: no deadline is near and nothing is missing."))
        self.hide()


def panel_heading(text: str, parent: QWidget) -> QLabel:
    """A panel's heading: bold and a third larger than the text under it."""
    heading = QLabel(text, parent)
    font = QFont(parent.font())
    font.setBold(True)
    font.setPointSizeF(max(font.pointSizeF(), 1.0) * 1.3)
    heading.setFont(font)
    return heading


def N(text: str) -> str:
    """Marks a string for translation in the GettingStarted context; translated where it is shown."""
    return QT_TRANSLATE_NOOP("GettingStarted", text)


# The first hour in a new register: what the law asks for first, each with why, in reading order.
# (key, entity it is done in, title, why with its article, the button's words)
_FIRST_STEPS = (
    ("organisation", "organisation", N("Fill in your organisation's details"),
     N("Your name and contact details open every record of processing and every breach notification "
     "(Art. 30(1)(a), 33(3)(b))."), N("Open the organisation's page")),
    ("activity", "activity", N("Record your first processing activity"),
     N("The record of what you do with personal data, why and for how long, is the heart of the register "
     "(Art. 30(1))."), N("Add an activity")),
    ("processor", "processor", N("Add the processors who handle data for you"),
     N("Payroll, hosting, IT support: each needs a contract with the Art. 28(3) terms, and you must know "
     "who they are (Art. 28(1))."), N("Add a processor")),
    ("training", "training", N("Record your staff's data protection training"),
     N("Everyone who handles personal data for you must be instructed how (Art. 29, 32(4)); the training "
     "record shows it (Art. 5(2))."), N("Add a training")),
)


def first_steps_done(organisation: dict, counts: dict[str, int]) -> dict[str, bool]:
    """Which first steps are done: the organisation named with its country and a way to reach it, and
    at least one record of each other kind."""
    org_done = bool(organisation.get("name") and organisation.get("country")
                    and (organisation.get("email") or organisation.get("phone")))
    return {key: org_done if key == "organisation" else counts.get(entity, 0) > 0
            for key, entity, *_ in _FIRST_STEPS}


class GettingStarted(QFrame):
    """A new register's checklist: four first steps, each ticked off as it gets done; gone when all are."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        em = self.fontMetrics().height()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Getting started"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(round(em), round(em * 0.8), round(em), round(em * 0.8))
        layout.setSpacing(round(em * 0.6))
        layout.addWidget(panel_heading(self.tr("Getting started"), self))
        intro = QLabel(self.tr("Four first steps make this register useful. Each is ticked off as you do it; "
                               "this list goes away once all are done."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.marks: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        self.titles: dict[str, QLabel] = {}
        for key, entity, title, why, action in _FIRST_STEPS:
            row = QHBoxLayout()
            row.setSpacing(round(em * 0.6))
            mark = QLabel(self)
            mark.setFixedWidth(round(em * 1.4))
            row.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
            words = QVBoxLayout()
            words.setSpacing(0)
            name = QLabel(self.tr(title), self)
            bold = QFont(self.font())
            bold.setBold(True)
            name.setFont(bold)
            name.setWordWrap(True)
            words.addWidget(name)
            reason = QLabel(self.tr(why), self)
            reason.setWordWrap(True)
            words.addWidget(reason)
            row.addLayout(words, 1)
            button = QPushButton(self.tr(action), self)
            button.setAccessibleDescription(self.tr(title))
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
            layout.addLayout(row)
            self.marks[key], self.buttons[key], self.titles[key] = mark, button, name
        self.hide()

    def show_progress(self, done: dict[str, bool]) -> None:
        """Tick what is done; hide the whole list once everything is."""
        for key, mark in self.marks.items():
            mark.setText("\u2714" if done.get(key) else "\u2610")
            mark.setAccessibleName(self.tr("Done") if done.get(key) else self.tr("To do"))
            self.titles[key].setEnabled(not done.get(key))  # done steps recede; what is left stands out
        self.setVisible(not all(done.values()))
