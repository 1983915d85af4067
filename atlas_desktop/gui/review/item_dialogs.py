"""The two questions the review's items step asks before deciding: retiring (with an optional note), and
confirming records that need attention (with a note that is required, kept in the signed review)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...core import review as rv
from ...core.review_attention import Attention
from .common import core_text, paragraph
from ..i18n import trn
from ...core.i18n import cite


class RetireDialog(QDialog):
    """Asks before retiring: what retiring means for each register involved, and an optional note."""

    def __init__(self, items: Sequence[rv.Item], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Retire"))
        layout = QVBoxLayout(self)
        names = ", ".join(f"\u201c{i.title}\u201d" for i in items[:4])
        if len(items) > 4:
            names += " " + self.tr("and {0} more").format(len(items) - 4)
        layout.addWidget(paragraph(self.tr("Retire {0}?").format(names)))
        for entity in dict.fromkeys(i.entity for i in items):
            rule = rv.BY_ENTITY[entity]
            layout.addWidget(paragraph(f"<b>{core_text(rule.heading)}</b><br>{core_text(rule.retire_help)}"))
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("For example: the contract ended in March"))
        self.note_edit.setAccessibleName(self.tr("Why it is retired (optional)"))
        label = QLabel(self.tr("&Why (optional):"))
        label.setBuddy(self.note_edit)
        layout.addWidget(label)
        layout.addWidget(self.note_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.retire_button = buttons.addButton(self.tr("Retire"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        _fit(self, self.note_edit, 38)

    def note(self) -> str | None:
        return self.note_edit.text().strip() or None


class NoteDialog(QDialog):
    """Confirming records that need attention: why each needs it, and the note that is required to confirm."""

    def __init__(self, items: Sequence[rv.Item], attention: Attention, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Confirm with a note"))
        layout = QVBoxLayout(self)
        one = len(items) == 1
        layout.addWidget(paragraph(
            self.tr("This record needs your attention before you confirm it unchanged:") if one else
            trn("NoteDialog", "These %n record(s) need your attention before you confirm them unchanged:",
                len(items))))
        for item in items[:4]:
            reasons = "".join(f"<li>{escape(r.text, False)} ({escape(cite(r.article), False)})</li>"
                              for r in attention.get(item.id, ()))
            layout.addWidget(paragraph(f"<b>{escape(item.title, False)}</b><ul style='margin-top:2px'>{reasons}</ul>"))
        if len(items) > 4:
            layout.addWidget(paragraph(self.tr("…and {0} more.").format(len(items) - 4)))
        layout.addWidget(paragraph(self.tr(
            "If it is right as it is, say why in a note: the note, your name and the time are kept with the "
            "decision and printed in the signed review. Otherwise, cancel and open the record to put it right.")))
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("For example: the contract was renewed in May; the new date is "
                                                  "being added"))
        self.note_edit.setAccessibleName(self.tr("Why it stands as it is (required)"))
        label = QLabel(self.tr("&Why it stands as it is (required):"))
        label.setBuddy(self.note_edit)
        layout.addWidget(label)
        layout.addWidget(self.note_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm_button = buttons.addButton(self.tr("Confirm with this note"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setEnabled(False)  # a note of only blanks is no note
        self.note_edit.textChanged.connect(lambda text: self.confirm_button.setEnabled(bool(text.strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        _fit(self, self.note_edit, 44)

    def note(self) -> str | None:
        return self.note_edit.text().strip() or None


def _fit(dialog: QDialog, note_edit: QLineEdit, ems: int) -> None:
    """``ems`` wide, or wider so the note's example is read whole; exactly as tall as the wrapped text needs
    at that width (the size hint's height is for another width, and left gaps between the paragraphs)."""
    note_edit.setMinimumWidth(note_edit.fontMetrics().horizontalAdvance(note_edit.placeholderText())
                              + note_edit.fontMetrics().height())  # the frame and the text margins
    layout = dialog.layout()
    width = max(dialog.fontMetrics().horizontalAdvance("M") * ems, layout.totalMinimumSize().width())
    dialog.resize(width, layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
                  else dialog.sizeHint().height())
