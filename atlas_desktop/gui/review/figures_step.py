"""The review's figures of the year and its changes since the previous review, as two read-only steps.

The window hands them what ``Reviews.figures`` and ``Reviews.changes`` computed (for a review
in progress: as things stand now; for a closed one: as signed). Nothing here reads the register.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import review as rv
from ...core.checks import DUE_SOON, GAP, OVERDUE
from ...core.review_diff import ADDED, CHANGE_LABELS, CHANGED, RETIRED_SINCE, Change
from ...core.review_figures import YearFigures
from ...core.review_summary import describe
from ..dashboard_items import severity_icon, severity_word
from ..dashboard_sections import ScrollPage
from .common import core_text, heading, local_day, muted, paragraph
from ...core.i18n import cite

FINDINGS_SHOWN = 12  # per severity: the dashboard lists them all, with a way to each record


def _table(headings: Sequence[str], rows: Sequence[Sequence[str]], total: Sequence[str]) -> QTableWidget:
    """A small table sized to its rows (the page scrolls, not the table): one line per row, the full text in
    the tooltip, numbers right-aligned, the total in bold."""
    all_rows = [*rows, total]
    table = QTableWidget(len(all_rows), len(headings))
    table.setHorizontalHeaderLabels(list(headings))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    bold = QFont(table.font())
    bold.setBold(True)
    for r, row in enumerate(all_rows):
        for c, text in enumerate(row):
            cell = QTableWidgetItem(text)
            cell.setToolTip(text)
            if text.isdigit():
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if r == len(all_rows) - 1:
                cell.setFont(bold)
            table.setItem(r, c, cell)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for c in range(1, len(headings)):
        header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
    rows_height = table.verticalHeader().defaultSectionSize() * len(all_rows)
    table.setFixedHeight(header.sizeHint().height() + rows_height + 2 * table.frameWidth())
    return table


class FiguresStep(QWidget):
    """Breaches by cause, rights requests by right, training coverage and the open findings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status = paragraph(self.tr("Counting the year's figures…"))
        layout.addWidget(self.status)
        layout.addWidget(self.scroll, 1)
        self.figures: YearFigures | None = None

    def show_waiting(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()
        self.scroll.takeWidget()
        self.figures = None

    def show_figures(self, figures: YearFigures, is_open: bool) -> None:
        self.figures = figures
        self.status.hide()
        page = ScrollPage()
        em = self.fontMetrics().height()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, round(em * 0.6), 0)
        box.setSpacing(round(em * 0.5))
        period = f"{figures.period_start:%d %b %Y} – {figures.period_end:%d %b %Y}"
        box.addWidget(paragraph(self.tr("These figures cover {0}.").format(period) + " " + (
            self.tr("They are counted again each time you look; closing the review fixes them in the signed PDF.")
            if is_open else self.tr("They are the figures the review was signed with."))))

        box.addSpacing(round(em * 0.4))
        box.addWidget(heading(self.tr("Breaches (Art. 33–34)"), page))
        if figures.breaches:
            rows = [[core_text(b.cause), *map(str, (b.breaches, b.notified, b.on_time, b.late, b.not_needed,
                                                    b.to_notify, b.undecided))] for b in figures.breaches]
            t = figures.breach_total
            total = [self.tr("All breaches"), *map(str, (t.breaches, t.notified, t.on_time, t.late, t.not_needed,
                                                          t.to_notify, t.undecided))]
            box.addWidget(_table([self.tr("Cause"), self.tr("Breaches"), self.tr("Notified"), self.tr("On time"),
                                  self.tr("Late"), self.tr("Not needed"), self.tr("To notify, not sent"),
                                  self.tr("Not decided yet")], rows, total))
            box.addWidget(muted(paragraph(self.tr(
                "Notified: to the supervisory authority, on time when within 72 hours (Art. 33(1)). Not needed: "
                "judged unlikely to result in a risk, documented only (Art. 33(5)), or a breach of a client's data, "
                "which the client notifies once we have told it (Art. 33(2)). The people affected were told in {0} "
                "of the {1} breaches (Art. 34).").format(figures.people_told, t.breaches))))
        else:
            box.addWidget(paragraph(self.tr("No breach was recorded in this period.")))
        if figures.running_breaches:
            # Whenever they happened: a breach from before the period whose clock still runs is listed too.
            box.addWidget(paragraph("<b>" + self.tr("Breaches with a clock still running (Art. 33(1), 34(1))")
                                    + "</b>"))
            for line in figures.running_breaches:
                box.addWidget(paragraph("\u2022 " + describe(line)))

        box.addSpacing(round(em * 0.8))
        box.addWidget(heading(self.tr("Rights requests (Art. 12–22)"), page))
        if figures.requests:
            rows = [[core_text(r.right), cite(r.article),
                     *map(str, (r.requests, r.answered, r.on_time, r.late, r.extended, r.open, r.overdue))]
                    for r in figures.requests]
            t2 = figures.request_total
            total = [self.tr("All requests"), "", *map(str, (t2.requests, t2.answered, t2.on_time, t2.late,
                                                              t2.extended, t2.open, t2.overdue))]
            box.addWidget(_table([self.tr("Right"), self.tr("Article"), self.tr("Requests"), self.tr("Answered"), self.tr("On time"),
                                  self.tr("Late"), self.tr("Extended"), self.tr("Still open"), self.tr("Overdue")],
                                 rows, total))
            box.addWidget(muted(paragraph(self.tr(
                "On time: answered by the due date, one month from receipt, or three when extended (Art. 12(3))."))))
        else:
            box.addWidget(paragraph(self.tr("No rights request was received in this period.")))

        box.addSpacing(round(em * 0.8))
        box.addWidget(heading(self.tr("Staff training (Art. 32(4))"), page))
        if figures.staff:
            box.addWidget(paragraph(self.tr("{0}% of staff have valid data protection training: {1} of {2}.").format(
                figures.training_percent if figures.training_percent is not None else 0, figures.trained,
                figures.staff)))
            if figures.untrained:
                box.addWidget(paragraph(self.tr("Without valid training: {0}.").format(", ".join(figures.untrained))))
        else:
            box.addWidget(paragraph(self.tr("No staff are recorded yet.")))

        box.addSpacing(round(em * 0.8))
        box.addWidget(heading(self.tr("Open findings"), page))
        self._findings(box, figures, page)
        box.addStretch(1)
        self.scroll.setWidget(page)

    def _findings(self, box: QVBoxLayout, figures: YearFigures, page: QWidget) -> None:
        counts = figures.findings_by_severity()
        if not figures.findings:
            box.addWidget(paragraph(self.tr("Nothing is overdue, due soon or missing: the checks found nothing "
                                            "to act on.")))
            return
        box.addWidget(paragraph(self.tr("What the checks (the dashboard, and \u201catlas check\u201d) find open "
                                        "today: {0} overdue, {1} due soon, {2} gaps.").format(
            counts.get(OVERDUE, 0), counts.get(DUE_SOON, 0), counts.get(GAP, 0))))
        size = self.fontMetrics().height()
        headings = {OVERDUE: self.tr("Overdue"), DUE_SOON: self.tr("Due soon"), GAP: self.tr("Gaps to fill")}
        for severity in (OVERDUE, DUE_SOON, GAP):
            found = [f for f in figures.findings if f.severity == severity]
            if not found:
                continue
            row = QHBoxLayout()
            icon = QLabel(page)
            icon.setPixmap(severity_icon(severity, self.palette(), size, self.devicePixelRatioF()).pixmap(size, size))
            icon.setAccessibleName(severity_word(severity))
            row.addWidget(icon)
            row.addWidget(heading(self.tr("{0} ({1})").format(headings[severity], len(found)), page, 1.0), 1)
            box.addLayout(row)
            for f in found[:FINDINGS_SHOWN]:
                line = paragraph(f"• {f.message} ({cite(f.article)})" if f.article else f"• {f.message}", page)
                line.setContentsMargins(round(size * 1.4), 0, 0, 0)
                box.addWidget(line)
            if len(found) > FINDINGS_SHOWN:
                more = muted(paragraph(self.tr("… and {0} more: the dashboard lists every one.").format(
                    len(found) - FINDINGS_SHOWN), page))
                more.setContentsMargins(round(size * 1.4), 0, 0, 0)
                box.addWidget(more)


class ChangesStep(QWidget):
    """What was added, changed or retired since the previous closed review."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = paragraph(self.tr("Comparing with the previous review…"))
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Record"), self.tr("Register"), self.tr("What changed")])
        self.tree.setAccessibleName(self.tr("Changes since the previous review"))
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setIndentation(self.fontMetrics().height())
        self.tree.setAlternatingRowColors(True)
        char = self.fontMetrics().averageCharWidth()
        self.tree.header().resizeSection(0, char * 44)
        self.tree.header().resizeSection(1, char * 34)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        self.changes: list[Change] | None = None

    def show_waiting(self, text: str) -> None:
        self.intro.setText(text)
        self.tree.clear()
        self.tree.hide()

    def show_changes(self, changes: list[Change] | None, previous: rv.Review | None, zone: str,
                     is_open: bool) -> None:
        self.changes = changes
        self.tree.clear()
        if changes is None or previous is None:
            self.intro.setText(self.tr("This is the first review: there is nothing to compare with yet. The next "
                                       "review will list what was added, changed or retired since this one."))
            self.tree.hide()
            return
        since = self.tr("Since {0} (closed {1}).").format(previous.title, local_day(previous.closed_at, zone))
        if not changes:
            self.intro.setText(since + " " + self.tr("Nothing was added, changed or retired."))
            self.tree.hide()
            return
        kinds = {ADDED: 0, CHANGED: 0, RETIRED_SINCE: 0}
        for c in changes:
            kinds[c.kind] += 1
        summary = self.tr("{0} added, {1} changed, {2} retired or removed.").format(
            kinds[ADDED], kinds[CHANGED], kinds[RETIRED_SINCE])
        later = " " + self.tr("So far: the comparison is made again when the review closes.") if is_open else ""
        self.intro.setText(f"{since} {summary}{later}")
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for kind in (ADDED, CHANGED, RETIRED_SINCE):
            members = [c for c in changes if c.kind == kind]
            if not members:
                continue
            group = QTreeWidgetItem([self.tr("{0} ({1})").format(core_text(CHANGE_LABELS[kind]), len(members))])
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            for c in members:
                row = QTreeWidgetItem([c.title, core_text(c.register), ", ".join(core_text(f) for f in c.fields)])
                for column in range(3):
                    row.setToolTip(column, row.text(column))
                group.addChild(row)
            group.setExpanded(True)
        self.tree.show()
