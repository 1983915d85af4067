"""Notices at the top of an editor: the problem summary (choosing one goes to its field) and plain banners."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from . import style


class ProblemSummary(QFrame):
    """Lists problems as (text, key); ``chosen(index)`` fires when one is clicked or activated."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemSummary")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(self)
        top = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(style.icon_pixmap(style.ERROR, self, 1.3))
        icon.setAccessibleName(self.tr("Problems"))
        self.headline = QLabel()
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setWordWrap(True)
        top.addWidget(icon)
        top.addWidget(self.headline, 1)
        column.addLayout(top)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Problems to fix"))
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        side = self.list.fontMetrics().height()
        self.list.setIconSize(QSize(side, side))
        self.list.itemActivated.connect(lambda item: self.chosen.emit(self.list.row(item)))
        self.list.itemClicked.connect(lambda item: self.chosen.emit(self.list.row(item)))
        column.addWidget(self.list)
        style.tint_panel(self, style.ERROR, " QListWidget { background: transparent; }")
        self.hide()

    def show_problems(self, headline: str, lines: list[str]) -> None:
        self.list.clear()
        for line in lines:
            item = QListWidgetItem(style.icon(style.ERROR), line)
            item.setToolTip(self.tr("Go to this field"))
            self.list.addItem(item)
        self.headline.setText(headline)
        rows = min(len(lines), 4)
        height = self.list.sizeHintForRow(0) if lines else 0
        self.list.setFixedHeight(height * rows + 4)
        self.setVisible(bool(lines))

    def lines(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]




def banner(kind: str, text: str) -> QFrame:
    """A tinted notice with an icon, e.g. "the register is locked"."""
    frame = QFrame()
    frame.setObjectName(f"{kind}Banner")
    style.tint_panel(frame, kind)
    row = QHBoxLayout(frame)
    icon = QLabel()
    icon.setPixmap(style.icon_pixmap(kind, frame, 1.3))
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    row.addWidget(icon)
    row.addWidget(label, 1)
    frame.text_label = label  # for banners whose words change (a save refused by the team register)
    return frame


def team_banners(read_only: bool) -> tuple[QFrame, QFrame]:
    """The banner for a save the team register refused (someone saved first; a reader's save), hidden until
    one is, and kept until the next save: the person may need its words while copying their changes;
    and, for a reader, the notice that this register is theirs to read only."""
    refused = banner(style.WARNING, "")
    refused.hide()
    reader = banner(style.INFO, QCoreApplication.translate(
        "EditorWindow", "You can read this register but not change it: you are signed in as a reader. A manager "
        "can give you another role."))
    reader.setVisible(read_only)
    return refused, reader
