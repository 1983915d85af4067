"""The problem shown inside a dialog, in place: a warning icon, a bold headline and a plain detail line.

Dialogs that can fail (signing in, unlocking) say why where the person is looking, and keep what they
typed; a message box would hide the field to correct.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget


class ProblemBox(QWidget):
    """Hidden until ``show_problem`` gets a headline; ``text()`` is what it says now ('' when hidden)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        icon = QLabel()
        size = self.fontMetrics().height() * 2
        icon.setPixmap(self.style().standardIcon(QStyle.SP_MessageBoxWarning).pixmap(size, size))
        icon.setAlignment(Qt.AlignTop)
        row.addWidget(icon)
        texts = QVBoxLayout()
        self.headline = QLabel()
        bold = QFont(self.headline.font())
        bold.setBold(True)
        self.headline.setFont(bold)
        self.headline.setWordWrap(True)
        self.headline.setAccessibleName(QCoreApplication.translate("ProblemBox", "Problem"))
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.detail.setAccessibleName(QCoreApplication.translate("ProblemBox", "Problem details"))
        texts.addWidget(self.headline)
        texts.addWidget(self.detail)
        row.addLayout(texts, 1)
        self.hide()

    def show_problem(self, headline: str, detail: str = "") -> None:
        self.headline.setText(headline)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setVisible(bool(headline))

    def text(self) -> str:
        if not self.isVisibleTo(self.parentWidget() or self):
            return ""
        return " ".join(t for t in (self.headline.text(), self.detail.text()) if t)
