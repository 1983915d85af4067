"""The dashboard: what needs action now, from the same checks as `atlas check`, with live breach clocks and three small charts.

Reading order is the order of urgency: running breach clocks first (counted to the minute,
every second), then what is overdue, what is due soon, and the gaps; the charts come last.
Every row opens its record through ``edit_requested``. The snapshot is read synchronously for
an office-sized register and off the GUI thread for a big one, and never while locked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core import clocks
from ..core.authorities import authority_line
from ..core.checks import DUE_SOON, GAP, OVERDUE, SEVERITIES, Finding
from ..core.dashboard_figures import DashboardData, dashboard_stream
from ..core.entities import ENTITIES
from ..storage.records import ORGANISATION_ID, Records
from . import theme
from .dashboard_charts import arrange_charts, build_charts, clear_charts, show_charts
from .dashboard_items import (
    CLOCK,
    CLOCK_CODES,
    PAGE,
    ClockButton,
    FindingButton,
    days_text,
    severity_icon,
)
from .dashboard_sections import AllClearPanel, GettingStarted, ScrollPage, Section, first_steps_done, local_text
from .dialogs import error_text
from .first_paint import after_first_paint
from .session import Session
from .tasks import run_task
from .i18n import trn

SYNC_LIMIT = 3000   # records: below this the snapshot and checks take well under 100 ms

__all__ = ["PAGE", "SYNC_LIMIT", "Dashboard", "gather"]


def gather(records: Records, now: dt.datetime) -> DashboardData:
    """Read the register once and compute what the dashboard shows at ``now`` (any thread), a chunk
    at a time: holding a whole register of 100,000 records would take several hundred MB."""
    return dashboard_stream(records.checked, now)


def register_size(records: Records) -> int:
    return sum(records.count(ent.key) for ent in ENTITIES)


class Dashboard(QWidget):
    edit_requested = Signal(str, int)   # entity key, record id: the main window opens the editor

    def __init__(self, session: Session, parent: QWidget | None = None,
                 now: Callable[[], dt.datetime] | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._now = now or (lambda: dt.datetime.now(dt.UTC))
        self._data: DashboardData | None = None
        self._checked_day: dt.date | None = None
        self._generation = 0            # results of a refresh started before a lock or a newer refresh are dropped
        self._task: Any = None
        self._pending = False
        self._stale = False
        self._before_paint = False      # a big register's first read waits for the dashboard's first paint
        self.clock_buttons: list[ClockButton] = []
        self._authority = ""
        self.setAccessibleName(self.tr("Dashboard"))
        self._build()
        self._repaint = QTimer(self)
        self._repaint.setSingleShot(True)
        self._repaint.setInterval(0)
        self._repaint.timeout.connect(self._redraw)
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(1000)
        self.clock_timer.timeout.connect(self._tick)
        session.changed.connect(self._on_changed)
        session.locked.connect(self._on_locked)
        session.unlocked.connect(self._on_unlocked)
        if not session.is_locked:
            self.refresh(thread_later=True)
            self.clock_timer.start()

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        em = self.fontMetrics().height()
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        root.addWidget(self.scroll_area)
        content = ScrollPage()
        self.scroll_area.setWidget(content)
        outer = QVBoxLayout(content)
        outer.setContentsMargins(round(em * 1.2), round(em), round(em * 1.2), round(em))
        outer.setSpacing(round(em * 0.6))

        title_row = QHBoxLayout()
        self.title = QLabel(self.tr("What needs action"), content)
        big = QFont(self.font())
        big.setBold(True)
        big.setPointSizeF(max(big.pointSizeF(), 1.0) * 1.5)
        self.title.setFont(big)
        self.title.setAccessibleName(self.tr("What needs action"))
        title_row.addWidget(self.title)
        title_row.addStretch(1)
        self.checked_label = QLabel(content)
        title_row.addWidget(self.checked_label, 0, Qt.AlignmentFlag.AlignBottom)
        outer.addLayout(title_row)

        self.summary_row = QHBoxLayout()
        self.summary_row.setSpacing(round(em * 0.4))
        self.chips: dict[str, QToolButton] = {}
        for key in (CLOCK, OVERDUE, DUE_SOON, GAP):
            chip = QToolButton(content)
            chip.setAutoRaise(True)
            chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            chip.clicked.connect(lambda _=False, k=key: self._jump_to(k))
            self.chips[key] = chip
            self.summary_row.addWidget(chip)
        self.summary_row.addStretch(1)
        outer.addLayout(self.summary_row)

        self.error_label = QLabel(content)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        outer.addWidget(self.error_label)

        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.setSpacing(round(em * 1.2))
        outer.addLayout(self.body, 1)
        actions = QVBoxLayout()
        actions.setSpacing(round(em * 0.9))
        self.getting_started = GettingStarted(content)
        for key, button in self.getting_started.buttons.items():
            button.clicked.connect(lambda _=False, k=key: self._start(k))
        actions.addWidget(self.getting_started)
        self.all_clear = AllClearPanel(content)
        actions.addWidget(self.all_clear)
        self.clock_section = Section(CLOCK, self.tr("Breach clocks"), content)
        actions.addWidget(self.clock_section)
        headings = {OVERDUE: self.tr("Overdue"), DUE_SOON: self.tr("Due soon"), GAP: self.tr("Gaps to fill")}
        self.sections: dict[str, Section] = {}
        for severity in SEVERITIES:
            self.sections[severity] = Section(severity, headings[severity], content)
            actions.addWidget(self.sections[severity])
        actions.addStretch(1)
        self.body.addLayout(actions, 3)

        self._charts = build_charts(content, round(em * 0.8))
        self.charts, self.chart_captions = self._charts.layout, self._charts.captions
        self.breaches_chart, self.coverage_chart, self.basis_chart = (
            self._charts.breaches, self._charts.coverage, self._charts.basis)
        self.body.addLayout(self.charts, 2)

    # -- reading the register -------------------------------------------------------------------
    def refresh(self, thread_later: bool = False) -> None:
        """Re-read the register and re-run the checks; big registers are read off the GUI thread.
        ``thread_later``: start that thread once the dashboard has first painted (while the main window
        is being made and painted, its work would compete with them for the interpreter)."""
        if self._session.is_locked:
            return
        if self._task is not None:
            self._pending = True
            return
        self._stale = False
        now = self._now()
        try:
            records = self._session.records
            if register_size(records) <= SYNC_LIMIT:
                self._show(gather(records, now))
                return
            if thread_later:
                self._stale = self._before_paint = True
                after_first_paint(self, self._first_painted)
                return
            db = self._session.register.db
        except Exception as exc:  # noqa: BLE001 - shown in the page: a refresh must never throw dialogs at a timer
            self._show_error(exc)
            return
        self._generation += 1
        generation = self._generation
        self._task = run_task(self, self.tr("Updating the dashboard"), lambda progress: gather(records, now),
                              on_done=lambda data: self._finished(generation, data),
                              on_error=lambda exc: self._finished(generation, None, exc), db=db, modal=False)

    def _first_painted(self) -> None:
        self._before_paint = False
        if self._stale:
            self.refresh()

    def _finished(self, generation: int, data: DashboardData | None, exc: BaseException | None = None) -> None:
        self._task = None
        if generation == self._generation and not self._session.is_locked:
            if data is not None:
                self._show(data)
            elif exc is not None:
                self._show_error(exc)
        if self._pending:
            self._pending = False
            self.refresh()

    def _show_error(self, exc: BaseException) -> None:
        self.error_label.setText(self.tr("The dashboard could not be updated: {0}").format(error_text(exc)))
        self.error_label.show()
        from .damage_watch import offer
        offer(self, exc)  # a damaged register: the window that says what still reads and restores a backup

    # -- showing -------------------------------------------------------------------------------
    def _show(self, data: DashboardData) -> None:
        self._data, self._checked_day = data, data.ctx.today
        # Who the clock is counting towards (Art. 55): the organisation's own authority, else its country's.
        organisation = self._session.records.organisation()
        self._authority = authority_line(organisation)
        self.getting_started.show_progress(first_steps_done(organisation, {
            e: self._session.records.count(e) for e in ("activity", "processor", "training")}))
        self.error_label.hide()
        now = self._now()
        running = [f for f in data.findings if f.code in CLOCK_CODES and isinstance(f.due, dt.datetime)]
        others = [f for f in data.findings if not (f.code in CLOCK_CODES and isinstance(f.due, dt.datetime))]
        self.clock_buttons = []
        self.clock_section.show_findings(running, lambda f, parent: self._clock_button(f, now, parent))
        for severity, section in self.sections.items():
            section.show_findings([f for f in others if f.severity == severity], self._finding_button)
        counts = {s: sum(f.severity == s for f in others) for s in SEVERITIES}
        texts = {OVERDUE: self.tr("{0} overdue").format(counts[OVERDUE]),
                 DUE_SOON: self.tr("{0} due soon").format(counts[DUE_SOON]),
                 GAP: trn("Dashboard", "%n gap(s)", counts[GAP])}
        passed = sum(f.severity == OVERDUE for f in running)
        ticking = len(running) - passed
        texts[CLOCK] = ", ".join(
            ([self.tr("1 breach clock running") if ticking == 1 else
              self.tr("{0} breach clocks running").format(ticking)] if ticking else []) +
            ([self.tr("1 breach deadline passed") if passed == 1 else
              self.tr("{0} breach deadlines passed").format(passed)] if passed else []))
        counts[CLOCK] = len(running)
        size = self.fontMetrics().height() * 1.15
        for key, chip in self.chips.items():
            chip.setText(texts[key])
            icon = OVERDUE if key == CLOCK and passed else key
            chip.setIcon(severity_icon(icon, self.palette(), size, self.devicePixelRatioF()))
            chip.setAccessibleName(texts[key])
            chip.setToolTip(self.tr("Go to these items"))
            chip.setVisible(bool(counts[key]))
        # A new register is not "all clear": its first steps come first.
        self.all_clear.setVisible(not data.findings and self.getting_started.isHidden())
        # Muted text, mixed afresh so that a light/dark switch follows.
        self.checked_label.setStyleSheet("color: " + theme.muted(self.palette()).name())
        checked = self.tr("checked {0}").format(local_text(data.ctx.now, data.ctx.time_zone))
        self.checked_label.setText(f"{data.organisation} · {checked}" if data.organisation else checked)
        show_charts(self._charts, data)

    def _finding_button(self, finding: Finding, parent: QWidget) -> FindingButton:
        button = FindingButton(finding, self._when(finding), parent)
        button.clicked.connect(lambda _=False, f=finding: self._open(f))
        return button

    def _clock_button(self, finding: Finding, now: dt.datetime, parent: QWidget) -> ClockButton:
        assert self._data is not None and isinstance(finding.due, dt.datetime)
        deadline = self.tr("Deadline {0}, 72 hours after you became aware").format(
            local_text(finding.due, self._data.ctx.time_zone))
        if self._authority:
            deadline = self.tr("{0}. Notify: {1}").format(deadline, self._authority)
        button = ClockButton(finding, now, deadline, parent)
        button.clicked.connect(lambda _=False, f=finding: self._open(f))
        self.clock_buttons.append(button)
        return button

    def _when(self, finding: Finding) -> str:
        due = finding.due
        if due is None or self._data is None:
            return ""
        if isinstance(due, dt.datetime):
            due = self._data.ctx.local(due).date()
        days = clocks.days_until(due, self._data.ctx.today)
        if finding.severity == OVERDUE and days >= 0:
            return self.tr("overdue today")
        return days_text(finding.severity, days)

    def _open(self, finding: Finding) -> None:
        # Organisation-wide findings open the organisation's single record.
        self.edit_requested.emit(finding.entity, finding.record if finding.record is not None else ORGANISATION_ID)

    def _start(self, entity: str) -> None:
        """A first step's button: the organisation's page, or a new record of that kind."""
        if entity == "organisation":
            self.edit_requested.emit(entity, ORGANISATION_ID)
        else:
            from .editors import open_editor  # the editors are imported on first use, not before the first paint
            open_editor(self._session, entity, None, now=self._now)

    def _jump_to(self, key: str) -> None:
        section = self.clock_section if key == CLOCK else self.sections[key]
        self.scroll_area.ensureWidgetVisible(section.header, 0, 0)
        buttons = section.buttons()
        if buttons:
            buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the clock -----------------------------------------------------------------------------
    def _tick(self) -> None:
        if self._session.is_locked:
            self.clock_timer.stop()
            return
        now = self._now()
        for button in self.clock_buttons:
            button.update_clock(now)
        if self._data is None:
            return
        # A clock that just ran out, or a new day, changes what the checks say: ask them again.
        crossed = any(b.overdue and b.finding.severity != OVERDUE for b in self.clock_buttons)
        if crossed or clocks.local_today(self._data.ctx.time_zone, now) != self._checked_day:
            self._checked_day = clocks.local_today(self._data.ctx.time_zone, now)
            self._on_changed("")

    # -- session -------------------------------------------------------------------------------
    def _on_changed(self, entity: str = "") -> None:
        if self.isVisible() or self._data is None:
            self.refresh()
        else:
            self._stale = True  # refreshed when shown: no work for a page nobody is looking at

    def _on_locked(self) -> None:
        self.clock_timer.stop()
        self._generation += 1
        self._data = None
        # Nothing from the register stays on screen behind the unlock dialog.
        self.clock_buttons = []
        for section in (self.clock_section, *self.sections.values()):
            section.show_findings([], self._finding_button)
        for chip in self.chips.values():
            chip.hide()
        self.all_clear.hide()
        self.getting_started.hide()
        self.checked_label.setText(self.tr("Locked"))
        clear_charts(self._charts)

    def _on_unlocked(self) -> None:
        # Session.unlock then says changed(""), which refreshes: the data was dropped on lock.
        self.clock_timer.start()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # A switch between light and dark: rows, tints and icons are drawn from the palette, so they are
        # rebuilt, after Qt has finished handing the new palette down (not while it walks the children).
        if event.type() == QEvent.Type.PaletteChange and self._data is not None:
            self._repaint.start()

    def _redraw(self) -> None:
        if self._data is not None and not self._session.is_locked:
            self._show(self._data)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and not self._before_paint:  # before the first paint: the thread waits for it
            self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Side by side when there is room, else the charts go below the list, in a row.
        wide = event.size().width() >= self.fontMetrics().height() * 70
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if direction == self.body.direction():
            return
        self.body.setDirection(direction)
        arrange_charts(self._charts, wide)
        content = self.scroll_area.widget()
        content_layout = content.layout() if content is not None else None
        if content_layout is not None:
            content_layout.activate()  # now, not on the next event loop pass: a grab right after must see it

    @property
    def findings(self) -> list[Finding]:
        return list(self._data.findings) if self._data else []
