"""The review's last step: where it stands, and closing it with its signed pack (or, once closed, saving the pack).

Closing is refused while any item is open: the button stays disabled and the reason is said
next to it, with a way straight to the items still to decide.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QStyle, QVBoxLayout, QWidget

from ...core import review as rv
from ...core.checks import DUE_SOON
from .. import theme
from ..dashboard_items import severity_icon
from .common import decision_icon, decision_word, heading, local_day, local_time, muted, paragraph
from ..i18n import trn


class CloseStep(QWidget):
    close_requested = Signal()       # "Close the review and save the pack…"
    save_requested = Signal()        # "Save pack…" (a closed review)
    open_items_requested = Signal()  # "Show the items not reviewed yet"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        em = self.fontMetrics().height()
        self.title = heading("", self)
        self.counts_grid = QGridLayout()
        self.counts_grid.setHorizontalSpacing(round(em * 0.6))
        self.count_labels: dict[str, QLabel] = {}
        self.count_rows: dict[str, list[QLabel]] = {}
        size = round(em * 1.1)
        for row, decision in enumerate((rv.CONFIRMED, rv.UPDATED, rv.RETIRED, rv.OPEN)):
            icon = QLabel(self)
            theme.follow(icon, lambda icon=icon, decision=decision: icon.setPixmap(
                decision_icon(decision, self.palette(), size, self.devicePixelRatioF()).pixmap(size, size)))
            icon.setAccessibleName(decision_word(decision))
            number = QLabel(self)
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.count_labels[decision] = number
            self.counts_grid.addWidget(icon, row, 0)
            self.counts_grid.addWidget(number, row, 1)
            word = QLabel(decision_word(decision), self)
            self.counts_grid.addWidget(word, row, 2)
            self.count_rows[decision] = [icon, number, word]
        self.counts_grid.setColumnStretch(3, 1)
        self.explain = paragraph("", self)
        self.blocked_icon = QLabel(self)
        self.blocked_icon.setPixmap(severity_icon(DUE_SOON, self.palette(), em, self.devicePixelRatioF()).pixmap(em, em))
        self.blocked_label = paragraph("", self)
        self.blocked_label.setAccessibleName(self.tr("Why the review cannot be closed yet"))
        self.open_items_button = QPushButton(self.tr("Show the items not reviewed yet"), self)
        self.open_items_button.clicked.connect(self.open_items_requested)
        blocked = QHBoxLayout()
        blocked.addWidget(self.blocked_icon, 0, Qt.AlignmentFlag.AlignTop)
        blocked.addWidget(self.blocked_label, 1)
        blocked.addWidget(self.open_items_button, 0, Qt.AlignmentFlag.AlignTop)
        self.blocked = QWidget(self)
        self.blocked.setLayout(blocked)
        blocked.setContentsMargins(0, 0, 0, 0)

        self.close_button = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton),
                                        self.tr("Close the review and save the &pack…"), self)
        self.close_button.clicked.connect(self.close_requested)
        self.save_button = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton),
                                       self.tr("&Save pack…"), self)
        self.save_button.clicked.connect(self.save_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        self.anchor = muted(paragraph("", self))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(round(em * 0.7))
        layout.addWidget(self.title)
        layout.addLayout(self.counts_grid)
        layout.addWidget(self.explain)
        layout.addWidget(self.blocked)
        layout.addLayout(buttons)
        layout.addWidget(self.anchor)
        layout.addStretch(1)

    def show_review(self, review: rv.Review, counts: dict[str, int], zone: str) -> None:
        for decision, label in self.count_labels.items():
            label.setText(str(counts.get(decision, 0)))
        open_count = counts.get(rv.OPEN, 0)
        for widget in self.count_rows[rv.OPEN]:
            widget.setVisible(review.is_open)   # a closed review has none
        started = self.tr("The review started on {0} by {1}, from audit trail entry {2} ({3}…).").format(
            local_time(review.started_at, zone), review.started_by, review.audit_count, review.audit_head[:12])
        if review.is_open:
            self.title.setText(self.tr("Close the review"))
            self.explain.setText(self.tr(
                "Closing the review sets each kept record's next review date, signs the \u201cAnnual data "
                "protection review\u201d PDF and makes the review pack: one zip holding that PDF, the full "
                "spreadsheet and the signed record of processing activities (Art. 30), with a manifest of their "
                "SHA-256 hashes. The pack is kept in the register, encrypted, and you choose where to save a copy."))
            self.blocked.setVisible(open_count > 0)
            self.blocked_label.setText(self.tr(
                "1 item is not reviewed yet. Confirm, update or retire it before closing the review.")
                if open_count == 1 else trn("CloseStep", "%n item(s) (is|are) not reviewed yet. Confirm, update or "
                                            "retire each one before closing the review.", open_count))
            self.close_button.setEnabled(open_count == 0)
            self.close_button.setToolTip(self.blocked_label.text() if open_count else "")
            self.close_button.show()
            self.save_button.hide()
            self.anchor.setText(started)
        else:
            self.title.setText(self.tr("Closed on {0} by {1}").format(local_day(review.closed_at, zone),
                                                                       review.closed_by or ""))
            size = QLocale().formattedDataSize(review.pack_size or 0)
            self.explain.setText(self.tr(
                "Its pack, \u201c{0}\u201d ({1}), is kept in the register, encrypted: save a copy whenever you need "
                "one. It is the pack made at the close, byte for byte.").format(review.pack_name or "", size))
            self.blocked.hide()
            self.close_button.hide()
            self.save_button.show()
            self.save_button.setEnabled(bool(review.pack_name))
            self.anchor.setText(started + "\n" + self.tr("SHA-256 of the pack: {0}").format(review.pack_sha256 or ""))
