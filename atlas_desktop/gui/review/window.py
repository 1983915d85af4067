"""The annual review window: offers to start a review, then walks through its four steps; read-only once closed.

A non-modal window, so the normal editors open beside it. It keeps nothing of its own:
every decision is saved in the register as it is made, so "Pause" only closes the window,
and a lock hides it like every other window (the app's ``lock``) and brings it back after
the unlock, read afresh. It follows the session's ``changed`` signal: a save in an editor
shows up as "updated" here at once. The year's figures are counted only when their step is
shown, off the GUI thread on a big register (as the dashboard does).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import review as rv
from ...core.errors import AtlasError
from ...storage.reviews import Reviews
from .. import dialogs
from ..dashboard import SYNC_LIMIT, register_size
from ..screenfit import fit_window, scroll_area
from ..tasks import run_task
from .close_step import CloseStep
from .common import core_text, heading, local_day, muted, paragraph
from .figures_step import ChangesStep, FiguresStep
from .items_step import ItemsStep, total_done
from .packs import close_and_save, save_pack

ITEMS, FIGURES, CHANGES, CLOSE = range(4)


class ReviewWindow(QWidget):
    edit_requested = Signal(str, int)     # the app opens the normal editor
    consents_requested = Signal(str)      # the app shows the Consents page filtered by this purpose

    def __init__(self, session, review_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.session = session
        self.wanted = review_id           # None: whichever review is in progress
        self.review: rv.Review | None = None
        self.is_closed = False
        self._stale = False
        self._extras_stale = True
        self._generation = 0
        self.setObjectName("ReviewWindow")
        em = self.fontMetrics().height()

        self.title = heading(self.tr("Annual data protection review"), self, 1.5)
        self.subtitle = muted(paragraph("", self))
        self.pages = QStackedWidget()
        self.intro = self._build_intro()
        self.steps = self._build_steps()
        self.pages.addWidget(self.intro)
        self.pages.addWidget(self.steps)

        self.footer_note = muted(paragraph(self.tr(
            "Every decision is saved as you make it. Pause whenever you like: close this window and carry on later, "
            "even after a lock or on another day."), self))
        self.back_button = QPushButton(self.tr("< &Back"))
        self.back_button.clicked.connect(lambda: self.go(self.step_list.currentRow() - 1))
        self.next_button = QPushButton(self.tr("&Next >"))
        self.next_button.clicked.connect(lambda: self.go(self.step_list.currentRow() + 1))
        self.pause_button = QPushButton(self.tr("&Pause"))
        self.pause_button.setToolTip(self.tr("Close this window; the review keeps every decision made so far"))
        self.pause_button.clicked.connect(self.close)
        from ..help_window import install_help  # here, not at import: the review window is made on demand
        self.help_button = install_help(self, "review", session.settings.language)  # F1 too
        footer = QHBoxLayout()
        footer.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignBottom)
        footer.addWidget(self.footer_note, 1)
        footer.addStretch(0)  # keeps the buttons at their size while the note is hidden
        for button in (self.back_button, self.next_button, self.pause_button):
            footer.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(round(em * 1.2), round(em), round(em * 1.2), round(em))
        layout.setSpacing(round(em * 0.5))
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        # On a small or zoomed screen the step scrolls rather than the window growing past the screen's edge.
        layout.addWidget(scroll_area(self.pages), 1)
        layout.addLayout(footer)
        fit_window(self, QSize(em * 70, em * 48))

        session.changed.connect(self._changed)
        session.locked.connect(self._locked)
        self.refresh()

    # -- building -------------------------------------------------------------------------------------
    def _build_intro(self) -> QWidget:
        page = QWidget()
        em = self.fontMetrics().height()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, round(em * 0.5), 0, 0)
        layout.setSpacing(round(em * 0.7))
        self.intro_text = paragraph("", page)
        self.intro_text.setTextFormat(Qt.TextFormat.RichText)
        self.start_button = QPushButton(self.tr("&Start the review"), page)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addStretch(1)
        column = QWidget(page)  # a readable measure
        column.setMaximumWidth(em * 44)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(round(em * 0.7))
        inner.addWidget(self.intro_text)
        inner.addLayout(buttons)
        layout.addWidget(column)
        layout.addStretch(1)
        return page

    def _build_steps(self) -> QWidget:
        page = QWidget()
        em = self.fontMetrics().height()
        self.step_list = QListWidget()
        self.step_list.setAccessibleName(self.tr("Steps of the review"))
        self.step_list.setSpacing(3)
        for _ in range(4):
            self.step_list.addItem(QListWidgetItem())
        self.step_list.setFixedWidth(em * 12)
        self.items_step = ItemsStep(self.session)
        self.items_step.edit_requested.connect(self.edit_requested)
        self.items_step.consents_requested.connect(self.consents_requested)
        self.items_step.decided.connect(lambda: self.session.notify("review"))
        self.figures_step = FiguresStep()
        self.changes_step = ChangesStep()
        self.close_step = CloseStep()
        self.close_step.close_requested.connect(self.close_review)
        self.close_step.save_requested.connect(lambda: self.review and save_pack(self, self.session, self.review.id))
        self.close_step.open_items_requested.connect(self._show_open_items)
        self.step_stack = QStackedWidget()
        for step in (self.items_step, self.figures_step, self.changes_step, self.close_step):
            self.step_stack.addWidget(step)
        self.step_list.currentRowChanged.connect(self._step_changed)
        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(round(em * 0.8))
        layout.addWidget(self.step_list)
        layout.addWidget(self.step_stack, 1)
        return page

    # -- reading --------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the review again (decisions, counts); the figures wait until their step is shown."""
        self._stale = False
        try:
            records = self.session.records
            reviews = Reviews(records)
            zone = records.context().time_zone
            review = reviews.get(self.wanted) if self.wanted else reviews.current()
            items = reviews.items(review.id) if review else []
            # Which open items "confirm all remaining" must leave: overdue, a breach clock running, a gap.
            attention = reviews.attention(review.id) if review is not None and review.is_open else {}
        except AtlasError as exc:
            dialogs.show_error(self, self.tr("Annual review"), exc)
            return
        self.zone = zone
        if review is None:
            self.review = None
            self._show_intro(reviews, records)
            return
        if self.review is None or self.review.id != review.id or self.review.status != review.status:
            self._extras_stale = True
        self.review = review
        self.pages.setCurrentWidget(self.steps)
        self.setWindowTitle(review.title)
        self.title.setText(review.title)
        state = self.tr("In progress") if review.is_open else self.tr("Closed")
        self.subtitle.setText(self.tr("{0} · started {1} by {2} · the figures cover {3}").format(
            state, local_day(review.started_at, zone), review.started_by, review.period.shown()))
        self.items_step.show_items(items, zone, read_only=not review.is_open, attention=attention)
        counts = rv.counts(items)
        self.close_step.show_review(review, counts, zone)
        done = total_done(counts)
        labels = (self.tr("1. Records ({0} of {1})").format(done, len(items)), self.tr("2. The year's figures"),
                  self.tr("3. Changes since last time"),
                  self.tr("4. Close and sign") if review.is_open else self.tr("4. Review pack"))
        for row, text in enumerate(labels):
            self.step_list.item(row).setText(text)
        em = self.fontMetrics().height()
        self.step_list.setFixedWidth(max(em * 12, self.step_list.sizeHintForColumn(0) + em))
        self.footer_note.setVisible(review.is_open)
        self.pause_button.setText(self.tr("&Pause") if review.is_open else self.tr("C&lose"))
        if self.step_list.currentRow() < 0:
            self.step_list.setCurrentRow(ITEMS)
        self._update_nav()
        if self.step_list.currentRow() in (FIGURES, CHANGES):
            self._load_extras()

    def _show_intro(self, reviews: Reviews, records: Any) -> None:
        previous = reviews.last_closed()
        period = rv.review_period(records.context().today, previous.period.end if previous else None)
        covers = "".join(f"<li>{core_text(r.heading)}</li>" for r in rv.REVIEWED)
        last = (self.tr("The last review, {0}, was closed on {1}.").format(
            previous.title, local_day(previous.closed_at, self.zone)) if previous
            else self.tr("This will be the first review of this register."))
        self.intro_text.setText("".join(f"<p>{p}</p>" for p in (
            self.tr("Once a year, go through every record that describes your ongoing processing and say whether "
                    "it is still true, needs updating, or no longer applies. The GDPR asks you to be able to show "
                    "that you comply (Art. 5(2)) and to review and update your measures where necessary "
                    "(Art. 24(1)): this review is that check, written down and signed."),
            self.tr("It covers:") + f"<ul>{covers}</ul>",
            self.tr("It also counts the year's figures for {0}: breaches, rights requests, staff training and "
                    "what the checks find open.").format(period.shown()),
            self.tr("You can pause at any time. Every decision is saved as you make it, and the review waits for "
                    "you, across days and locks, until you close it."),
            self.tr("When every record is decided, closing the review dates each record's next review and makes a "
                    "signed review pack."), last)))
        self.pages.setCurrentWidget(self.intro)
        self.setWindowTitle(self.tr("Annual review"))
        self.title.setText(self.tr("Annual data protection review"))
        self.subtitle.setText(self.tr("No review is in progress."))
        self.footer_note.hide()
        for button in (self.back_button, self.next_button):
            button.hide()
        self.pause_button.setText(self.tr("C&lose"))

    def _load_extras(self) -> None:
        """The figures and the changes since the previous review, computed now or in the background."""
        if not self._extras_stale or self.review is None:
            return
        self._extras_stale = False
        review = self.review
        try:
            records = self.session.records
            big = register_size(records) > SYNC_LIMIT
            db = self.session.register.db
        except AtlasError:
            return

        def work(_progress: Any = None) -> tuple[Any, Any, Any]:
            reviews = Reviews(records)
            prev = reviews.get(review.previous_id) if review.previous_id else reviews.last_closed(before=review.id)
            return reviews.figures(review), reviews.changes(review), prev

        self._generation += 1
        generation = self._generation
        if not big:
            try:
                result = work()
            except AtlasError as exc:
                self._extras_failed(generation, exc)
                return
            self._show_extras(generation, result)
            return
        waiting = self.tr("Counting the year's figures…")
        self.figures_step.show_waiting(waiting)
        self.changes_step.show_waiting(waiting)
        run_task(self, self.tr("Counting the year's figures"), work, db=db, modal=False,
                 on_done=lambda result: self._show_extras(generation, result),
                 on_error=lambda exc: self._extras_failed(generation, exc))

    def _show_extras(self, generation: int, result: tuple[Any, Any, Any]) -> None:
        if generation != self._generation or self.review is None:
            return  # a lock or a newer refresh came in between
        figures, changes, previous = result
        self.figures_step.show_figures(figures, self.review.is_open)
        self.changes_step.show_changes(changes, previous, self.zone, self.review.is_open)

    def _extras_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._extras_stale = True
            self.figures_step.show_waiting(dialogs.error_text(exc))

    # -- acting ---------------------------------------------------------------------------------------
    def start(self) -> None:
        try:
            review = Reviews(self.session.records).start()
        except AtlasError as exc:
            dialogs.show_error(self, self.tr("Start the review"), exc)
            self.refresh()
            return
        self.wanted = None
        self.step_list.setCurrentRow(ITEMS)
        self.session.notify("review")
        if self.review is None or self.review.id != review.id:
            self.refresh()

    def close_review(self) -> None:
        if self.review is None or not self.review.is_open:
            return
        review_id = self.review.id

        def closed() -> None:
            self.wanted = review_id   # stay on this review, now closed and read-only
            self.refresh()

        close_and_save(self, self.session, closed)

    def go(self, row: int) -> None:
        if 0 <= row < self.step_list.count():
            self.step_list.setCurrentRow(row)

    def _step_changed(self, row: int) -> None:
        if row < 0:
            return
        self.step_stack.setCurrentIndex(row)
        if row in (FIGURES, CHANGES):
            self._load_extras()
        self._update_nav()

    def _update_nav(self) -> None:
        row = self.step_list.currentRow()
        self.back_button.setVisible(True)
        self.next_button.setVisible(True)
        self.back_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < self.step_list.count() - 1)

    def _show_open_items(self) -> None:
        self.go(ITEMS)
        self.items_step.only_open.setChecked(True)
        self.items_step.first_open()

    # -- the session ----------------------------------------------------------------------------------
    def _changed(self, entity: str) -> None:
        if entity != "review":
            self._extras_stale = True    # a record changed: the figures may have too
        elif self.review is not None and self.review.is_open:
            self._extras_stale = True    # the comparison follows the decisions
        if self.isVisible() and not self.session.is_locked:
            self.refresh()
        else:
            self._stale = True

    def _locked(self) -> None:
        self._generation += 1            # a count still running is dropped
        self._stale = self._extras_stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and not self.session.is_locked:
            self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.is_closed = True
        self._generation += 1
        event.accept()
