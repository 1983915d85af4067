"""The audit log page: who changed what and when, filterable, with a check of the hash chain.

The table shows each entry's time (in the organisation's zone), who, what was done, to which
record, and the names of the fields that changed, never their values: those may be personal
data, so they appear only when someone selects an entry and asks for its details. "Verify
chain" walks the whole chain off the GUI thread (``tasks.run_task``) against the anchors
kept in this register's backups, and says plainly whether the history is intact.

The trail is read when the page is first shown, not when the main window builds it, and read
lean (``audit_model``): a large register's trail is too big to hold whole.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, Qt, QTimer
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

from ..core.entities import ENTITIES
from ..core.errors import AtlasError
from ..storage.audit import Entry, Verdict
from .audit_details import AuditDetailsDialog, register_label
from .audit_model import SEQ_ROLE, AuditModel
from .i18n import spec_text
from .tasks import run_task

FILTER_DELAY_MS = 150


class AuditView(QWidget):
    """The audit log page of the main window."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = AuditModel(session, self)
        # Read when first shown: the main window builds every page at start, and most are never opened.
        self._stale = True
        self.verdict: Verdict | None = None
        self.mismatches: list = []  # records that disagree with the trail (storage.integrity), from the last check
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
        self.actor_combo.installEventFilter(self)  # the people are listed when someone reaches for the list
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
        self.model.completed.connect(self._fill_actors)
        self.model.completed.connect(self._update_count)
        session.changed.connect(self._changed)
        session.locked.connect(self._locked)

    # -- public -------------------------------------------------------------------------------------
    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def refresh(self) -> None:
        """Read the trail again (every change adds to it)."""
        self._stale = False
        self.model.reload()
        self._fill_actors()
        self._update_count()
        self._update_buttons()

    def current_entry(self) -> Entry | None:
        """The selected entry, whole: the model holds no values, so they are read now."""
        seq = self._current_seq()
        if seq is None:
            return None
        try:
            return self.session.register.audit.entry(seq)
        except AtlasError:
            return None

    def show_details(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            AuditDetailsDialog(entry, self.model.zone_name, self).exec()

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

            from ..storage.integrity import verify_records

            progress.report(0, 0, self.tr("Checking every entry of the audit trail…"))
            verdict = register.audit.verify(relevant_anchors(register, backup_folder))
            # The records are compared with the trail only when the trail itself holds.
            return verdict, (verify_records(register) if verdict.ok else [])

        self.verify_button.setEnabled(False)
        self.verdict_label.setText(self.tr("Checking…"))
        self.verdict_icon.clear()
        run_task(self, self.tr("Verifying the audit trail"), work, db=register.db,
                 on_done=lambda found: self.show_verdict(*found), on_error=self._verify_failed)

    def show_verdict(self, verdict: Verdict, mismatches: list | tuple = ()) -> None:
        self.verdict = verdict
        self.mismatches = list(mismatches)
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
        if verdict.ok and self.mismatches:
            from .integrity_check import SHOWN

            names = "; ".join(m.describe() for m in self.mismatches[:SHOWN])
            more = len(self.mismatches) - SHOWN
            text = self.tr("The trail's {0} entries are sealed and in order, but {1} records differ from it: {2}{3}. "
                           "They were changed outside Atlas; restore a backup you trust if you did not expect "
                           "this.").format(locale.toString(verdict.count), len(self.mismatches), names,
                                           self.tr(" and {0} more").format(more) if more > 0 else "")
            icon = QStyle.SP_MessageBoxWarning
        size = round(self.fontMetrics().height() * 1.4)
        self.verdict_icon.setFixedSize(size, size)
        self.verdict_icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self.verdict_icon.setAccessibleName(self.tr("Broken") if not verdict.ok else self.tr("Changed outside Atlas")
                                            if self.mismatches else self.tr("Intact"))
        self.verdict_label.setText(text)

    # -- internals ------------------------------------------------------------------------------------
    def _verify_failed(self, exc: BaseException) -> None:
        from .dialogs import error_text

        self.verify_button.setEnabled(True)
        self.verdict_label.setText(self.tr("The check did not finish: {0}").format(error_text(exc)))

    def _current_seq(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return index.data(SEQ_ROLE)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.actor_combo and not self.model.complete
                and event.type() in (QEvent.FocusIn, QEvent.MouseButtonPress, QEvent.KeyPress, QEvent.Wheel)):
            self.model.load_all()  # its ``completed`` fills the list before the combo opens or moves
        return super().eventFilter(watched, event)

    def _fill_actors(self) -> None:
        # Only every entry names everyone; until then the list offers "Everyone" alone.
        actors = self.model.actors() or []
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
        self.model.set_filter(entity, actor, self.filter_edit.text().strip())
        self._update_count()
        self._update_buttons()

    def _update_count(self) -> None:
        shown, total, locale = self.model.matching(), self.model.total, QLocale()
        words = self.tr("entry") if total == 1 else self.tr("entries")
        self.count_label.setText(self.tr("{0} {1}").format(locale.toString(total), words) if shown == total
                                 else self.tr("{0} of {1} {2}").format(locale.toString(shown),
                                                                      locale.toString(total), words))

    def _update_buttons(self) -> None:
        self.details_button.setEnabled(self._current_seq() is not None)

    def _changed(self, _entity: str) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _locked(self) -> None:
        self.model.clear()
        self._stale = True
        self._update_count()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
