"""The review's first step: every record to confirm, update or retire, grouped by register.

Each decision goes straight to ``Reviews`` and is saved at once, so the review can be paused
at any moment. "Edit…" only opens the normal editor (the app's ``edit``): saving there marks
the item "updated" by itself, and the window refreshes when the session says records changed.
Consent purposes have no editor of their own, so "Edit…" shows the Consents page filtered by
the purpose instead; changing any of those consent records marks the purpose updated.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import review as rv
from ...core.errors import AtlasError
from ...core.review_attention import BREACH_KIND, OVERDUE_KIND, Attention, Reason, shown_note
from ...storage.reviews import Reviews
from .. import dialogs, theme
from ..dashboard_items import severity_icon
from .common import core_text, decision_icon, decision_word, local_time, muted, paragraph
from ...core.i18n import cite

_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ItemsStep(QWidget):
    """The items of one review as a tree (register headings, then records) with the decision buttons."""

    edit_requested = Signal(str, int)     # entity, record id: the app opens the normal editor
    consents_requested = Signal(str)      # a consent purpose: the app shows the Consents page filtered by it
    decided = Signal()                    # a decision was saved: the window tells the session

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.items: dict[int, rv.Item] = {}
        self.attention: Attention = {}
        self.read_only = False
        em = self.fontMetrics().height()

        self.progress_label = QLabel()
        font = QFont(self.progress_label.font())
        font.setBold(True)
        self.progress_label.setFont(font)
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(round(em * 0.6))
        self.progress_bar.setAccessibleName(self.tr("Items reviewed"))
        self.breakdown = muted(paragraph(""))
        self.only_open = QCheckBox(self.tr("&Show only the items not reviewed yet"))  # Alt+N: Next
        self.only_open.toggled.connect(lambda _on: self._fill())

        self.tree = QTreeWidget()
        # The decision icons are drawn for the scheme: drawn again when it changes (once there are items).
        theme.follow(self.tree, lambda: self._fill() if hasattr(self, "items") else None, now=False)
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels([self.tr("Record"), self.tr("Decision"), self.tr("Decided by"), self.tr("When"),
                                   self.tr("Note")])
        self.tree.setAccessibleName(self.tr("Items to review"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setIndentation(em)
        header = self.tree.header()
        # The record's title takes what is left; the other columns are as wide as what they usually hold.
        header.setStretchLastSection(False)
        metrics, char = self.fontMetrics(), self.fontMetrics().averageCharWidth()
        widths = (0, metrics.horizontalAdvance(decision_word(rv.CONFIRMED)) + round(em * 2.4), char * 15,
                  metrics.horizontalAdvance("22 Sep 2026 23:59") + em, char * 26)
        for column, width in enumerate(widths):
            if column:
                header.resizeSection(column, width)
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # "Decided by" and "When" are empty until decisions are made: they take only what they hold, so the
        # record's title is not cut while they stand blank.
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda item, _c: self.edit() if item.data(0, _ID_ROLE) else None)
        self.empty = paragraph(self.tr("There is nothing to review: the register has no processing activities, "
                                       "processors, DPIAs, policies or purposes relying on consent yet."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)

        self.confirm_button = self._button(self.tr("&Confirm unchanged"), self.confirm,
                                           self.tr("The selected records are still true as they are"))
        self.edit_button = self._button(self.tr("&Edit…"), self.edit,
                                        self.tr("Open the record in its editor; saving a change marks it updated"))
        self.retire_button = self._button(self.tr("&Retire…"), self.retire,
                                          self.tr("The selected records no longer apply: they are kept in the "
                                                  "history, but no longer active"))
        self.undo_button = self._button(self.tr("&Undo confirmation"), self.undo,
                                        self.tr("Take back \u201cConfirmed unchanged\u201d for the selected records"))
        self.all_button = self._button(self.tr("Confirm &all remaining…"), self.confirm_all,
                                       self.tr("Confirm every item not reviewed yet as unchanged, except those "
                                               "that need your attention"))
        self.buttons_bar = QWidget()
        bar = QHBoxLayout(self.buttons_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        for button in (self.confirm_button, self.edit_button, self.retire_button, self.undo_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.all_button)

        top = QHBoxLayout()
        top.addWidget(self.progress_label)
        top.addStretch(1)
        top.addWidget(self.only_open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.breakdown)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.buttons_bar)
        self._update_buttons()

    def _button(self, text: str, slot: Callable[[], None], tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- showing --------------------------------------------------------------------------------------
    def show_items(self, items: Sequence[rv.Item], zone: str, read_only: bool,
                   attention: Attention | None = None) -> None:
        self.items = {i.id: i for i in items}
        self.attention = dict(attention or {})
        self.zone, self.read_only = zone, read_only
        self.buttons_bar.setVisible(not read_only)
        counts = rv.counts(items)
        done, total = total_done(counts), len(items)
        self.progress_label.setText(self.tr("{0} of {1} reviewed").format(done, total))
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done if total else 1)
        text = self.tr("{0} confirmed unchanged · {1} updated · {2} retired · {3} not reviewed yet").format(
            counts[rv.CONFIRMED], counts[rv.UPDATED], counts[rv.RETIRED], counts[rv.OPEN])
        waiting = len(self.waiting())
        if waiting and not read_only:
            text += "<br>" + self.tr("<b>{0} need your attention</b> (marked “Needs attention”): open "
                                     "each one, or confirm it with a note. “Confirm all remaining” leaves "
                                     "them to you.").format(waiting)
        self.breakdown.setText(text)
        self.stack.setCurrentWidget(self.tree if items else self.empty)
        self._fill()

    def _fill(self) -> None:
        keep = set(self.selected_ids())
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        palette = self.palette()
        icons = {d: decision_icon(d, palette, 16, self.devicePixelRatioF()) for d in rv.DECISIONS}
        ratio = self.devicePixelRatioF()
        warn = {kind: severity_icon("overdue" if kind in (OVERDUE_KIND, BREACH_KIND) else "gap", palette, 16, ratio)
                for kind in (OVERDUE_KIND, BREACH_KIND, "gap")}
        groups: dict[str, list[rv.Item]] = {}
        for item in self.items.values():
            groups.setdefault(item.entity, []).append(item)
        for rule in rv.REVIEWED:
            members = groups.get(rule.entity, [])
            if not members:
                continue
            done = sum(1 for i in members if not i.is_open)
            group = QTreeWidgetItem([self.tr("{0} — {1} of {2} reviewed").format(core_text(rule.heading), done,
                                                                                len(members))])
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            for item in members:
                if self.only_open.isChecked() and not item.is_open:
                    continue
                reasons = self.attention.get(item.id, ()) if item.is_open and not self.read_only else ()
                note = shown_note(item)
                row = QTreeWidgetItem([item.title, decision_word(item.decision), item.decided_by or "",
                                       local_time(item.decided_at, self.zone), note])
                row.setIcon(1, icons[item.decision])
                row.setData(0, _ID_ROLE, item.id)
                for column in range(5):
                    row.setToolTip(column, row.text(column))
                if reasons:
                    # Shape and word, not colour alone: the warning icon, "Needs attention", and why.
                    row.setText(1, self.tr("Needs attention"))
                    row.setIcon(1, warn[reasons[0].kind])
                    row.setFont(0, bold)
                    row.setFont(1, bold)
                    row.setText(4, self._reason_words(reasons))
                    why = "\n".join(f"\u2022 {r.text} ({cite(r.article)})" for r in reasons)
                    for column in range(5):
                        row.setToolTip(column, why)
                group.addChild(row)
                row.setSelected(item.id in keep)
            group.setExpanded(True)
        self._update_buttons()

    # -- the selection --------------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        return [i for i in (row.data(0, _ID_ROLE) for row in self.tree.selectedItems()) if i]

    def selected(self) -> list[rv.Item]:
        return [self.items[i] for i in self.selected_ids() if i in self.items]

    def select_ids(self, ids: Sequence[int]) -> None:
        wanted = set(ids)
        self.tree.clearSelection()
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            for c in range(group.childCount()):
                row = group.child(c)
                if row.data(0, _ID_ROLE) in wanted:
                    row.setSelected(True)
                    self.tree.scrollToItem(row)

    def first_open(self) -> None:
        """Select the first item not reviewed yet (the close step's "Go to the open items")."""
        ids = [i.id for i in self.items.values() if i.is_open]
        self.select_ids(ids[:1])
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _reason_words(self, reasons: Sequence[Reason]) -> str:
        """Short words for the Note column (the full sentences are in the tooltip and the note dialog)."""
        words = {OVERDUE_KIND: self.tr("Overdue"), BREACH_KIND: self.tr("Breach clock running"),
                 "gap": self.tr("Gap in the record")}
        return " \u00b7 ".join(dict.fromkeys(words.get(r.kind, r.kind) for r in reasons))

    def waiting(self) -> list[rv.Item]:
        """The open items that need attention: "Confirm all remaining" leaves them."""
        return [i for i in self.items.values() if i.is_open and i.id in self.attention]

    def _update_buttons(self) -> None:
        chosen = self.selected()
        live = not self.read_only
        self.confirm_button.setEnabled(live and any(i.is_open for i in chosen))
        self.edit_button.setEnabled(live and len(chosen) == 1)
        self.retire_button.setEnabled(live and any(i.decision != rv.RETIRED for i in chosen))
        self.undo_button.setEnabled(live and any(i.decision == rv.CONFIRMED for i in chosen))
        # Updates and retirements are changes to the records themselves: they are undone in the record.
        self.undo_button.setToolTip(self.tr("Take back \u201cConfirmed unchanged\u201d for the selected records. "
                                            "To undo a retirement, open the record (Edit\u2026) and set its "
                                            "status back: it then counts as updated."))
        self.all_button.setEnabled(live and any(i.is_open and i.id not in self.attention for i in self.items.values()))
        one = chosen[0] if len(chosen) == 1 else None
        if one is not None and one.record_id is None:
            self.edit_button.setToolTip(self.tr("Consent purposes have no editor of their own: this shows the "
                                                "consent records for this purpose on the Consents page. Changing "
                                                "any of them marks the purpose as updated."))
        else:
            self.edit_button.setToolTip(self.tr("Open the record in its editor; saving a change marks it updated"))

    # -- deciding -------------------------------------------------------------------------------------
    def _act(self, title: str, action: Callable[[Reviews], object]) -> None:
        try:
            action(Reviews(self.session.records))
        except AtlasError as exc:
            dialogs.show_error(self, title, exc)
        self.decided.emit()  # also after a failure: the window shows what was saved

    def confirm(self) -> None:
        chosen = [i for i in self.selected() if i.is_open]
        if not chosen:
            return
        ids = [i.id for i in chosen]
        needing = [i for i in chosen if i.id in self.attention]
        note: str | None = None
        if needing:
            from .item_dialogs import NoteDialog  # the review's dialogs load when asked for, not at start-up
            dialog = NoteDialog(needing, self.attention, self)
            if dialog.exec() != QDialog.DialogCode.Accepted or not (note := dialog.note()):
                return
        self._act(self.tr("Confirm unchanged"), lambda r: r.confirm(ids, note=note))
        self._select_next_open(ids[-1])

    def _select_next_open(self, after: int) -> None:
        """Move on to the next item still to decide: going down the list is the usual way through."""
        order = list(self.items)
        start = order.index(after) + 1 if after in self.items else 0
        following = [i for i in order[start:] + order[:start] if self.items[i].is_open]
        if following:
            self.select_ids(following[:1])

    def undo(self) -> None:
        ids = [i.id for i in self.selected() if i.decision == rv.CONFIRMED]
        if ids:
            self._act(self.tr("Undo confirmation"), lambda r: r.reopen(ids))

    def retire(self) -> None:
        chosen = [i for i in self.selected() if i.decision != rv.RETIRED]
        if not chosen:
            return
        from .item_dialogs import RetireDialog
        dialog = RetireDialog(chosen, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        note = dialog.note()
        self._act(self.tr("Retire"), lambda r: r.retire([i.id for i in chosen], note=note))

    def confirm_all(self) -> None:
        waiting = len(self.waiting())
        remaining = sum(1 for i in self.items.values() if i.is_open) - waiting
        if not remaining:
            return
        text = self.tr("Confirm the {0} items not reviewed yet as unchanged?\n\nDo this only once you have "
                       "checked that each one is still true. You can undo a confirmation until the review is "
                       "closed.").format(remaining)
        if waiting:
            text += "\n\n" + self.tr("{0} more need your attention and are left for you: open each one, or "
                                      "confirm it with a note.").format(waiting)
        if dialogs.confirm(self, self.tr("Confirm all remaining"), text, self.tr("Confirm all")):
            self._act(self.tr("Confirm all remaining"), lambda r: r.confirm(None))
            if waiting:
                self.only_open.setChecked(True)
                self.select_ids([i.id for i in self.waiting()][:1])

    def edit(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1 or self.read_only:
            return
        item = chosen[0]
        if item.record_id is None:
            self.consents_requested.emit(item.title)
        else:
            self.edit_requested.emit(item.entity, item.record_id)


def total_done(counts: dict[str, int]) -> int:
    return sum(n for decision, n in counts.items() if decision != rv.OPEN)
