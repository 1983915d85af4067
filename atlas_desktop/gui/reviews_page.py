"""The "Annual reviews" page of the main window: every review, the one in progress first, with their packs.

Reviews are records too: each row says who started and closed it, what its figures cover and
how its items were decided. Opening one shows the review window (read-only once closed); a
closed review's signed pack can be saved again at any time. The page only reads through
``Reviews``; the window and the pack saving do the rest.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import review as rv
from ..core.errors import AtlasError
from ..storage.reviews import Reviews
from . import theme
from .review.common import decision_icon, heading, local_time, muted, paragraph
from .review.items_step import total_done
from .review.packs import save_pack

_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ReviewsPage(QWidget):
    review_requested = Signal(int)   # a review's id; 0: the review in progress (or the offer to start one)

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.reviews: dict[int, rv.Review] = {}
        self._stale = False
        self.setObjectName("ReviewsPage")
        self.setAccessibleName(self.tr("Annual reviews"))
        em = self.fontMetrics().height()

        self.intro = muted(paragraph(self.tr(
            "Once a year, confirm, update or retire every activity, processor, DPIA, policy and purpose relying on "
            "consent, and look back at the year's breaches, requests and training (Art. 5(2), 24(1)). Each closed "
            "review keeps its signed pack; save it again whenever you need it.")))
        self.start_button = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload), "")
        self.start_button.clicked.connect(lambda: self.review_requested.emit(0))
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Show the selected review: its records, figures and changes"))
        self.open_button.clicked.connect(self.open_current)
        self.save_button = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton),
                                       self.tr("&Save pack…"))
        self.save_button.setToolTip(self.tr("Save the selected closed review's signed pack (a zip) to a file"))
        self.save_button.clicked.connect(self.save_current)
        bar = QHBoxLayout()
        for button in (self.start_button, self.open_button, self.save_button):
            bar.addWidget(button)
        bar.addStretch(1)

        self.table = QTreeWidget()
        theme.follow(self.table, lambda: self._changed(""), now=False)  # its icons are drawn for the scheme
        self.table.setColumnCount(6)
        self.table.setHeaderLabels([self.tr("Review"), self.tr("Status"), self.tr("Figures cover"),
                                    self.tr("Started"), self.tr("Closed"), self.tr("Records")])
        self.table.setAccessibleName(self.tr("Annual reviews"))
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setUniformRowHeights(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._sized = False
        header = self.table.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda *_: self.open_current())

        self.empty = QWidget()
        self.empty_text = paragraph(self.tr(
            "No review yet. The first one takes an afternoon: you go through each record, mark it confirmed, "
            "updated or retired, and look at the year's figures. You can pause whenever you like."))
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_button = QPushButton(self.tr("Start the first review…"))
        self.empty_button.clicked.connect(lambda: self.review_requested.emit(0))
        column = QWidget()
        column.setFixedWidth(em * 30)
        inner = QVBoxLayout(column)
        inner.addWidget(heading(self.tr("Annual reviews"), column))
        inner.addWidget(self.empty_text)
        inner.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column)
        row.addStretch(1)
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addStretch(1)
        empty_layout.addLayout(row)
        empty_layout.addStretch(2)

        self.listing = QWidget()
        listing = QVBoxLayout(self.listing)
        listing.setContentsMargins(0, 0, 0, 0)
        listing.addWidget(self.intro)
        listing.addLayout(bar)
        listing.addWidget(self.table, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.listing)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        session.changed.connect(self._changed)
        session.locked.connect(self._locked)
        self.refresh()

    # -- reading --------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._stale = False
        keep = self.current_id()
        try:
            records = self.session.records
            reviews = Reviews(records)
            listed = reviews.list()
            counts = {r.id: reviews.counts(r.id) for r in listed}
            zone = records.context().time_zone
        except AtlasError:
            listed, counts, zone = [], {}, "UTC"
        self.reviews = {r.id: r for r in listed}
        self.table.clear()
        palette, ratio = self.palette(), self.devicePixelRatioF()
        for review in listed:
            c = counts[review.id]
            total, done = sum(c.values()), total_done(c)
            status = (self.tr("In progress: {0} of {1} reviewed").format(done, total) if review.is_open
                      else self.tr("Closed"))
            decided = self.tr("{0}: {1} confirmed, {2} updated, {3} retired").format(
                total, c[rv.CONFIRMED], c[rv.UPDATED], c[rv.RETIRED])
            started = self.tr("{0} by {1}").format(local_time(review.started_at, zone), review.started_by)
            closed = (self.tr("{0} by {1}").format(local_time(review.closed_at, zone), review.closed_by or "")
                      if review.closed_at else "")
            period = review.period.shown() if not review.is_open else self.tr("{0} – today").format(
                f"{review.period.start:%d %b %Y}")
            row = QTreeWidgetItem([review.title, status, period, started, closed, decided])
            row.setIcon(1, decision_icon(rv.OPEN if review.is_open else rv.CONFIRMED, palette, 16, ratio))
            row.setData(0, _ID_ROLE, review.id)
            for column in range(6):
                row.setToolTip(column, row.text(column))
            self.table.addTopLevelItem(row)
            if review.id == keep:
                row.setSelected(True)
        if self.table.topLevelItemCount() and not self.table.selectedItems():
            self.table.topLevelItem(0).setSelected(True)
        if listed and not self._sized:  # once: later refreshes keep what the user dragged
            self._sized = True
            for column in range(5):
                self.table.resizeColumnToContents(column)
        in_progress = any(r.is_open for r in listed)
        self.start_button.setText(self.tr("&Continue the review…") if in_progress else self.tr("S&tart a review…"))
        self.start_button.setToolTip(self.tr("Open the review in progress") if in_progress
                                     else self.tr("Start this year's review"))
        self.stack.setCurrentWidget(self.listing if listed else self.empty)
        self._update_buttons()

    def current_id(self) -> int | None:
        chosen = self.table.selectedItems()
        return chosen[0].data(0, _ID_ROLE) if chosen else None

    def select_id(self, review_id: int) -> None:
        for i in range(self.table.topLevelItemCount()):
            row = self.table.topLevelItem(i)
            row.setSelected(row.data(0, _ID_ROLE) == review_id)

    def _update_buttons(self) -> None:
        review = self.reviews.get(self.current_id() or 0)
        self.open_button.setEnabled(review is not None)
        self.save_button.setEnabled(review is not None and not review.is_open and bool(review.pack_name))

    # -- acting ---------------------------------------------------------------------------------------
    def open_current(self) -> None:
        review_id = self.current_id()
        if review_id is not None:
            self.review_requested.emit(review_id)

    def save_current(self) -> None:
        review = self.reviews.get(self.current_id() or 0)
        if review is not None and not review.is_open:
            save_pack(self, self.session, review.id)

    # -- the session ----------------------------------------------------------------------------------
    def _changed(self, _entity: str) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _locked(self) -> None:
        self.table.clear()
        self.reviews = {}
        self._stale = True
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
