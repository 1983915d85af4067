"""The audit log page: who changed what and when, filterable, with a check of the hash chain.

The table shows each entry's time (in the organisation's zone), who, what was done, to which
record, and the names of the fields that changed, never their values: those may be personal
data, so they appear only when someone selects an entry and asks for its details. "Verify
chain" walks the whole chain off the GUI thread (``tasks.run_task``) against the anchors
kept in this register's backups, and says plainly whether the history is intact.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core import clocks
from ..core.entities import BY_KEY, ENTITIES
from ..core.errors import AtlasError
from ..storage.audit import Entry, Verdict
from .audit_details import AuditDetailsDialog, action_label, field_label, register_label
from .i18n import spec_text
from .tasks import run_task

FILTER_DELAY_MS = 150
_SEQ_ROLE = Qt.UserRole + 1


class AuditModel(QAbstractTableModel):
    """The entries of the audit trail, newest first, as plain words; filtered and sorted in memory."""

    COLUMNS = ("When", "Who", "Action", "Register", "Record", "Changed fields")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: list[Entry] = []
        self._rows: list[tuple[Entry, tuple[str, ...]]] = []
        self._shown: list[tuple[Entry, tuple[str, ...]]] = []
        self._filter: Callable[[Entry, tuple[str, ...]], bool] = lambda _e, _c: True
        self._sort = (0, Qt.DescendingOrder)

    def set_entries(self, entries: list[Entry], zone: str, titles: dict[tuple[str, str], str]) -> None:
        self.beginResetModel()
        self.entries = entries
        self._rows = [(e, self._cells(e, zone, titles)) for e in entries]
        self._apply()
        self.endResetModel()

    def set_filter(self, accept: Callable[[Entry, tuple[str, ...]], bool]) -> None:
        self.beginResetModel()
        self._filter = accept
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        column, order = self._sort
        shown = [row for row in self._rows if self._filter(*row)]
        # The time column sorts by sequence: two entries in the same second keep their order.
        key = (lambda row: row[0].seq) if column == 0 else (lambda row: (row[1][column].casefold(), row[0].seq))
        shown.sort(key=key, reverse=order == Qt.DescendingOrder)
        self._shown = shown

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        seqs = [(self._shown[i.row()][0].seq, i.column()) if 0 <= i.row() < len(self._shown) else None for i in old]
        self._sort = (column if 0 <= column < len(self.COLUMNS) else 0, order)
        self._apply()
        where = {row[0].seq: r for r, row in enumerate(self._shown)}
        self.changePersistentIndexList(old, [self.index(where[s[0]], s[1]) if s and s[0] in where else QModelIndex()
                                             for s in seqs])
        self.layoutChanged.emit()

    def _cells(self, e: Entry, zone: str, titles: dict[tuple[str, str], str]) -> tuple[str, ...]:
        try:
            moment = dt.datetime.fromisoformat(e.at)
            when = moment.astimezone(clocks.zone(zone)).strftime("%Y-%m-%d %H:%M:%S %Z")
        except ValueError:
            when = e.at  # a damaged entry still shows what it holds; "Verify chain" says the rest
        action = action_label(e.action)
        if e.entity in BY_KEY:
            title = titles.get((e.entity, e.record))
            record = f"#{e.record} {title}" if title else (
                self.tr("#{0} (deleted)").format(e.record) if e.record.isdigit() else e.record)
        else:
            record = e.record
        if e.action == "create" and e.entity in BY_KEY:
            changed = self.tr("(new record)")
        elif e.action == "delete":
            changed = self.tr("(whole record)")
        else:
            changed = ", ".join(field_label(e.entity, k) for k in e.changed_fields())
        return when, e.actor, action, register_label(e.entity), record, changed

    # -- the model interface ------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.NoItemFlags
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemNeverHasChildren

    def entry_at(self, row: int) -> Entry | None:
        return self._shown[row][0] if 0 <= row < len(self._shown) else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown) or index.column() >= len(self.COLUMNS):
            return None
        entry, cells = self._shown[index.row()]
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            return cells[index.column()]
        if role == _SEQ_ROLE:
            return entry.seq
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole) -> Any:
        if orientation != Qt.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.DisplayRole:
            return self.tr(self.COLUMNS[section])
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignLeft | Qt.AlignVCenter)
        if role == Qt.ToolTipRole and section == 5:
            return self.tr("The names of the fields that changed. Their values may be personal data: select an "
                           "entry and choose Show details to see them.")
        return None


class AuditView(QWidget):
    """The audit log page of the main window."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = AuditModel(self)
        self._stale = False
        self.verdict: Verdict | None = None
        self.setObjectName("AuditView")
        self.setAccessibleName(self.tr("Audit log"))

        self.entity_combo = QComboBox()
        self.entity_combo.addItem(self.tr("All registers"), None)
        for ent in ENTITIES:
            self.entity_combo.addItem(spec_text(ent.plural), ent.key)
        self.entity_combo.addItem(register_label("register"), "register")
        self.entity_combo.setAccessibleName(self.tr("Show the entries of one register"))
        self.actor_combo = QComboBox()
        self.actor_combo.addItem(self.tr("Everyone"), None)
        self.actor_combo.setAccessibleName(self.tr("Show the entries of one person"))
        self.actor_combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter the audit log"))
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of entries shown"))

        self.details_button = QPushButton(self.tr("Show &details…"))
        self.details_button.setToolTip(self.tr("The values before and after this change (may be personal data)"))
        self.details_button.setAccessibleName(self.tr("Show details"))
        self.details_button.clicked.connect(self.show_details)
        self.verify_button = QPushButton(self.style().standardIcon(QStyle.SP_BrowserReload), self.tr("&Verify chain"))
        self.verify_button.setToolTip(self.tr("Check that no entry was changed, removed or reordered"))
        self.verify_button.setAccessibleName(self.tr("Verify chain"))
        self.verify_button.clicked.connect(self.verify)
        self.verdict_icon = QLabel()
        self.verdict_label = QLabel(self.tr("Every change is sealed into a chain. Verify it to check that "
                                            "nothing was altered."))
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setAccessibleName(self.tr("Result of the chain check"))

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Audit log entries"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        char = self.fontMetrics().averageCharWidth()
        padding = char * 4  # the cell margins and the sort arrow
        header.resizeSection(0, self.fontMetrics().horizontalAdvance("2026-10-30 23:59:59 EEST") + padding)
        for column, chars in enumerate((14, 12, 20, 36), start=1):
            header.resizeSection(column, char * chars)
        header.setSortIndicator(0, Qt.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(lambda _index: self.show_details())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        open_action = QAction(self)
        open_action.setShortcuts([QKeySequence(Qt.Key_Return), QKeySequence(Qt.Key_Enter)])
        open_action.setShortcutContext(Qt.WidgetShortcut)
        open_action.triggered.connect(self.show_details)
        self.table.addAction(open_action)

        filters = QHBoxLayout()
        for text, combo in ((self.tr("&Register:"), self.entity_combo), (self.tr("&Who:"), self.actor_combo)):
            label = QLabel(text)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
            filters.addSpacing(char * 2)
        filters.addWidget(self.filter_edit, 1)
        filters.addSpacing(char * 2)
        filters.addWidget(self.count_label)
        checks = QHBoxLayout()
        checks.addWidget(self.verify_button)
        checks.addWidget(self.verdict_icon)
        checks.addSpacing(char)
        checks.addWidget(self.verdict_label, 1)
        checks.addWidget(self.details_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(checks)

        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(FILTER_DELAY_MS)
        self.filter_timer.timeout.connect(self._apply_filters)
        self.filter_edit.textChanged.connect(self.filter_timer.start)
        self.entity_combo.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.actor_combo.currentIndexChanged.connect(lambda _i: self._apply_filters())
        session.changed.connect(self._changed)
        session.locked.connect(self._locked)
        self.refresh()

    # -- public -------------------------------------------------------------------------------------
    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def refresh(self) -> None:
        """Read the trail again (every change adds to it)."""
        self._stale = False
        try:
            records = self.session.records
            entries = list(self.session.register.audit.entries())
            zone = records.context().time_zone
            wanted: dict[str, set[int]] = {}
            for e in entries:
                if e.entity in BY_KEY and e.record.isdigit():
                    wanted.setdefault(e.entity, set()).add(int(e.record))
            titles = {(entity, str(rid)): title for entity, ids in wanted.items()
                      for rid, title in records.titles(entity, ids).items()}
        except AtlasError:
            entries, zone, titles = [], "UTC", {}
        self.model.set_entries(entries, zone, titles)
        self._fill_actors(sorted({e.actor for e in entries}, key=str.casefold))
        self._update_count()
        self._update_buttons()

    def current_entry(self) -> Entry | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.model.entry_at(index.row())

    def show_details(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            zone = "UTC"
            try:
                zone = self.session.records.context().time_zone
            except AtlasError:
                return
            AuditDetailsDialog(entry, zone, self).exec()

    def verify(self) -> None:
        """Walk the whole chain in the background and show the verdict next to the button."""
        try:
            register = self.session.register
        except AtlasError as exc:
            self.verdict_label.setText(str(exc))
            return
        backup_folder = self.session.settings.backup_path

        def work(progress) -> Verdict:
            from ..storage.restore import relevant_anchors

            progress.report(0, 0, self.tr("Checking every entry of the audit trail…"))
            return register.audit.verify(relevant_anchors(register, backup_folder))

        self.verify_button.setEnabled(False)
        self.verdict_label.setText(self.tr("Checking…"))
        self.verdict_icon.clear()
        run_task(self, self.tr("Verifying the audit trail"), work, db=register.db, on_done=self.show_verdict,
                 on_error=self._verify_failed)

    def show_verdict(self, verdict: Verdict) -> None:
        self.verdict = verdict
        self.verify_button.setEnabled(True)
        locale = QLocale()
        if verdict.ok:
            against = (self.tr(", and they match the {0} backups and restores recorded").format(
                verdict.anchors_checked) if verdict.anchors_checked else "")
            text = self.tr("Intact: all {0} entries are sealed and in order{1}. Nothing was altered.").format(
                locale.toString(verdict.count), against)
            icon = QStyle.SP_DialogYesButton
        else:
            where = self.tr(" at entry {0}").format(verdict.broken_at) if verdict.broken_at else ""
            text = self.tr("Broken{0}: {1} Keep this register as it is and restore a backup you trust.").format(
                where, verdict.problem)
            icon = QStyle.SP_MessageBoxCritical
        size = round(self.fontMetrics().height() * 1.4)
        self.verdict_icon.setFixedSize(size, size)
        self.verdict_icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self.verdict_icon.setAccessibleName(self.tr("Intact") if verdict.ok else self.tr("Broken"))
        self.verdict_label.setText(text)

    # -- internals ------------------------------------------------------------------------------------
    def _verify_failed(self, exc: BaseException) -> None:
        from .dialogs import error_text

        self.verify_button.setEnabled(True)
        self.verdict_label.setText(self.tr("The check did not finish: {0}").format(error_text(exc)))

    def _fill_actors(self, actors: list[str]) -> None:
        current = self.actor_combo.currentData()
        self.actor_combo.blockSignals(True)
        self.actor_combo.clear()
        self.actor_combo.addItem(self.tr("Everyone"), None)
        for actor in actors:
            self.actor_combo.addItem(actor, actor)
        index = self.actor_combo.findData(current) if current is not None else 0
        self.actor_combo.setCurrentIndex(max(index, 0))
        self.actor_combo.blockSignals(False)
        if current is not None and index < 0:
            self._apply_filters()

    def _apply_filters(self) -> None:
        self.filter_timer.stop()
        entity, actor = self.entity_combo.currentData(), self.actor_combo.currentData()
        needle = self.filter_edit.text().strip().casefold()

        def accept(e: Entry, cells: tuple[str, ...]) -> bool:
            return ((entity is None or e.entity == entity) and (actor is None or e.actor == actor)
                    and (not needle or any(needle in c.casefold() for c in cells)))

        self.model.set_filter(accept)
        self._update_count()
        self._update_buttons()

    def _update_count(self) -> None:
        shown, total, locale = self.model.rowCount(), len(self.model.entries), QLocale()
        words = self.tr("entry") if total == 1 else self.tr("entries")
        self.count_label.setText(self.tr("{0} {1}").format(locale.toString(total), words) if shown == total
                                 else self.tr("{0} of {1} {2}").format(locale.toString(shown),
                                                                      locale.toString(total), words))

    def _update_buttons(self) -> None:
        self.details_button.setEnabled(self.current_entry() is not None)

    def _changed(self, _entity: str) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _locked(self) -> None:
        self.model.set_entries([], "UTC", {})
        self._stale = True
        self._update_count()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
