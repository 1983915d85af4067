"""The dashboard's page parts: the scrolled page, a group of rows under its heading, and the all-clear panel."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, QDateTime, QLocale, QSize, Qt, QTime
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
        self.header.setAccessibleName(self.tr("{0}: {1} items").format(self.heading, len(findings)))

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
        heading = QLabel(self.tr("All clear"), self)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF(), 1.0) * 1.3)
        heading.setFont(font)
        words.addWidget(heading)
        text = QLabel(self.tr("No deadline is near and nothing is missing. Atlas checks again whenever the "
                              "register changes, and counts any breach clock down to the minute."), self)
        text.setWordWrap(True)
        words.addWidget(text)
        row.addLayout(words, 1)
        self.setAccessibleName(self.tr("All clear: no deadline is near and nothing is missing."))
        self.hide()
