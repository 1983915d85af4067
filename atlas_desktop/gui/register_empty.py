"""What a register's page shows while the register has no records: what the register is for, and a button to
record the first one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStyle, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from .template_picker import TemplatePicker


# The register view's words before this page was split from it: same context, same translations.
def tr(text: str) -> str:
    return QCoreApplication.translate("RegisterView", text)


class EmptyRegister(QWidget):
    """``help_text``: the register's own help; ``plural``: its name as it reads in a sentence ("breaches");
    ``label``: one record's name ("Breach"). ``button`` asks for a new record."""

    def __init__(self, help_text: str, plural: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("No {0} yet").format(plural))
        help_label = QLabel(help_text)
        self.plural = plural
        self.how = how = QLabel(tr("There are no {0} yet. To record the first one, choose New (Ctrl+N).").format(
            plural))
        for text in (help_label, how):
            text.setWordWrap(True)
            text.setAlignment(Qt.AlignCenter)
            text.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.button = QPushButton(self.style().standardIcon(QStyle.SP_FileIcon), tr("New {0}…").format(label))
        self.button.setAccessibleName(self.button.text())
        self.column = column = QWidget()  # a readable measure, in the middle of the page
        column.setFixedWidth(self.fontMetrics().horizontalAdvance("M") * 34)
        self.inner = inner = QVBoxLayout(column)
        inner.setSpacing(self.fontMetrics().height())
        inner.addWidget(help_label)
        inner.addWidget(how)
        inner.addWidget(self.button, 0, Qt.AlignHCenter)
        # Centred by stretches, not by alignment: an aligned item loses its height-for-width, and the
        # wrapped text would be cut off.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def offer_templates(self, session) -> TemplatePicker:
        """For processing activities: the usual ones to tick and add at once, beside "Start from scratch"."""
        from .template_picker import TemplatePicker  # only an empty activities page shows it: not at start
        picker = TemplatePicker(session)
        self.how.setText(tr("There are no {0} yet. Most offices do some of those below: tick yours, and Atlas adds "
                            "each one filled in with the usual lawful basis, data, recipients and retention, as a "
                            "starting point to check and adjust. Or start from scratch (Ctrl+N).").format(self.plural))
        self.button.setText(tr("Start from scratch…"))
        self.button.setAccessibleName(self.button.text())
        self.inner.removeWidget(self.button)
        picker.buttons.insertWidget(2, self.button)
        self.inner.addWidget(picker)
        # Wide enough for a template's name and what it covers on one line each.
        margins = self.inner.contentsMargins()
        self.column.setFixedWidth(max(self.column.width(),
                                      picker.list.minimumWidth() + margins.left() + margins.right()))
        return picker
