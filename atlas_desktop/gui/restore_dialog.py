"""File › Security › Restore from backup…: this register's backups, each checked, and the restore itself.

The backups in the backup folder are listed newest first and each is verified off the GUI thread
(``backups.verify_backup`` with the open register's data key: its contents against the manifest, both
integrity checks, the audit chain against its recorded head); what was found is shown, "verified" or the
exact problem, with whether the backup's history is part of the register's current one. Only a verified
backup can be restored. The passphrase in force when it was made is asked for (the restored register
opens with it) and proved before the open register is closed; the restore then runs off the GUI thread,
keeping the current register as a backup first (``restoring.restore_whole``), or takes the key file alone.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import AtlasError, MalformedRecoveryKey, WrongKey
from ..storage.backups import BackupInfo, list_backups, read_info
from ..storage.register import Register
from .dialogs import confirm, error_text, grow_to_fit
from .editors import style
from .problem_box import ProblemBox
from .restoring import BackupSecret, check_secret, restore_key_only, restore_whole
from .tasks import Cancelled, Progress, run_task
from .unlock_dialog import detached
from .unlock_problems import explain
from .i18n import trn

# <register>-<YYYYMMDD-HHMMSS-ffffffZ>[-<reason>].atlasbak, as backups._backup_name writes it
_NAME = re.compile(r"^(?P<register>.+)-\d{8}-\d{6}-\d{6}Z(?:-(?P<reason>.+))?\.atlasbak$")
PENDING, VERIFIED, PROBLEM = "pending", "verified", "problem"


def tr(text: str) -> str:
    return QCoreApplication.translate("RestoreDialog", text)


@dataclass
class Row:
    """One backup in the list and what its check found."""

    path: Path
    info: BackupInfo | None
    state: str = PENDING
    problem: str = ""
    history: str = ""  # how its audit trail stands to the register's current one

    @property
    def when(self) -> str:
        if self.info is None:
            return ""
        moment = dt.datetime.fromisoformat(self.info.created_at).astimezone()
        return moment.strftime("%Y-%m-%d %H:%M")


def kind_text(path: Path, info: BackupInfo | None) -> str:
    """Why the backup was made, in words: by hand, automatically, before a restore or an upgrade."""
    match = _NAME.match(path.name)
    reason = (match.group("reason") or "") if match else ""
    if info is not None and info.kind == "pre-restore" or reason.startswith("pre-restore"):
        return tr("Kept before a restore")
    if reason.startswith("before-schema"):
        return tr("Before an upgrade")
    if reason == "auto":
        return tr("Automatic")
    return tr("Made by hand") if match else tr("Chosen file")


def size_text(path: Path) -> str:
    try:
        size = path.stat().st_size
    except OSError:
        return "—"
    return tr("{0} KB").format(max(1, round(size / 1024))) if size < 1024 ** 2 else \
        tr("{0:.1f} MB").format(size / 1024 ** 2)


class RestoreDialog(QDialog):
    """The backups of ``register`` with their checks; restores the chosen one.

    ``before_restore`` closes the open register (False: the user backed out). Once it has, ``closed`` is
    True and, after a restore, ``reopened`` holds the register opened with the backup's passphrase (None
    when that failed: the caller asks for it again) and ``result_text`` says what was done."""

    def __init__(self, register: Register, backup_dir: Path, parent: QWidget | None = None, *,
                 before_restore: Callable[[], bool] | None = None) -> None:
        super().__init__(parent)
        self.register: Register | None = register
        self.path, self.register_id = Path(register.path), register.register_id
        self._data_key, self.actor = register.data_key, register.actor
        self.backup_dir = Path(backup_dir)
        self.before_restore = before_restore
        self.closed = False
        self.reopened: Register | None = None
        self.result_text = ""
        self._busy = False
        self._queue: list[Row] = []
        self.rows: list[Row] = [Row(info.path, info) for info in
                                reversed(list_backups(self.backup_dir, self.register_id))]
        self.setWindowTitle(tr("Restore from a backup"))
        self._build()
        self._queue = list(self.rows)
        self._check_next()

    # -- building -------------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(self.fontMetrics().height() // 2)
        intro = QLabel(tr(
            "Choose a backup to put in place of “{0}”. Everything saved after the backup was made is replaced by "
            "what the backup holds. Nothing is lost: the register as it is now is first kept as a backup in {1}."
        ).format(self.path.name, self.backup_dir))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([tr("Made"), tr("Kind"), tr("Size"), tr("Check")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.Stretch)
        self.table.setAccessibleName(tr("Backups of this register"))
        self.table.setMinimumHeight(self.fontMetrics().height() * 9)
        self.table.itemSelectionChanged.connect(self._show_selected)
        layout.addWidget(self.table, 1)
        self.empty = style.muted(QLabel(tr("No backup of this register was found in {0}. If you keep backups "
                                           "elsewhere, choose one with “Choose another file…”.")
                                        .format(self.backup_dir)))
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.details.setAccessibleName(tr("About the chosen backup"))
        self.details.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.details.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        layout.addWidget(self.details)
        self.key_only = QCheckBox(tr("Restore only the &key file"))
        layout.addWidget(self.key_only)
        key_note = style.muted(QLabel(tr("For a damaged or missing key file: the register's data is not touched, "
                                         "and it then opens with the passphrase of the backup's time.")))
        key_note.setWordWrap(True)
        layout.addWidget(key_note)
        self.secret = BackupSecret()
        layout.addWidget(self.secret)
        self.problem = ProblemBox()
        layout.addWidget(self.problem)
        self.status = style.muted(QLabel())
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox()
        self.other_button = QPushButton(tr("Choose another &file…"))
        self.other_button.setAutoDefault(False)
        self.other_button.clicked.connect(self.choose_file)
        self.buttons.addButton(self.other_button, QDialogButtonBox.ActionRole)
        # Alt+R is "This is the recovery key".
        self.restore_button = self.buttons.addButton(tr("R&estore…"), QDialogButtonBox.AcceptRole)
        self.restore_button.clicked.connect(self.restore)
        self.close_button = self.buttons.addButton(QDialogButtonBox.Close)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.restore_button.setDefault(True)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 100)
        for row in self.rows:
            self._add_row(row)
        if self.rows:
            self.table.selectRow(0)
        self._show_selected()

    def _add_row(self, row: Row) -> None:
        index = self.table.rowCount()
        self.table.insertRow(index)
        cells = (row.when or row.path.name, kind_text(row.path, row.info), size_text(row.path), "")
        for column, text in enumerate(cells):
            self.table.setItem(index, column, QTableWidgetItem(text))
        self._paint(row)

    def _paint(self, row: Row) -> None:
        index = self.rows.index(row)
        text = {PENDING: tr("Checking…"), VERIFIED: tr("✓ Verified"), PROBLEM: "✗ " + tr("Cannot be restored")}
        item = self.table.item(index, 3)
        if item is not None:
            item.setText(text[row.state])
            item.setToolTip(row.problem)
        if self.selected() is row:
            self._show_selected()

    # -- checking ---------------------------------------------------------------------------------------
    def _check_next(self) -> None:
        """Verify the backups one after the other, off the GUI thread; each row says what was found."""
        if not self._queue or self.closed:
            return
        row = self._queue.pop(0)
        path, data_key = row.path, self._data_key

        def work(_progress: Progress) -> BackupInfo:
            from ..storage.backups import verify_backup
            return verify_backup(path, data_key)

        def done(info: BackupInfo) -> None:
            row.info, row.state = info, VERIFIED
            row.history = self._history(info)
            self._paint(row)
            self._check_next()

        def failed(exc: BaseException) -> None:
            row.state, row.problem = PROBLEM, error_text(exc)
            self._paint(row)
            self._check_next()

        run_task(self, tr("Checking the backup…"), work, on_done=done, on_error=failed, quiet=True)

    def _history(self, info: BackupInfo) -> str:
        """Whether the backup's last audit entry is the register's entry of the same number."""
        if self.closed or self.register is None:
            return ""
        count = info.anchor.count
        try:
            current = self.register.audit.count()
            entry = self.register.audit.entry(count) if count else None
        except Exception:  # noqa: BLE001 - a damaged page is the damage dialog's business; this is an aside
            return ""
        if count and (entry is None or entry.mac != info.anchor.head):
            return tr("Its history is not part of the register's current one (it differs from entry {0} on, "
                      "for example after an earlier restore).").format(count)
        return tr("The register's current audit trail holds the same first {0} entries; {1} were added "
                  "since.").format(count, max(0, current - count))

    # -- what is shown --------------------------------------------------------------------------------
    def selected(self) -> Row | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.rows[rows[0].row()] if rows else None

    def _show_selected(self) -> None:
        row = self.selected()
        self.empty.setVisible(not self.rows)
        self.restore_button.setEnabled(row is not None and row.state == VERIFIED and not self._busy)
        self.details.setText(self.describe(row) if row is not None else "")
        grow_to_fit(self)

    def describe(self, row: Row) -> str:
        """What is known of ``row``'s backup: file, when, its audit trail, and the check's verdict."""
        lines = [tr("File: {0}").format(row.path)]
        if row.info is not None:
            lines.append(tr("Made: {0} (this computer's time), a backup of “{1}”").format(
                row.when, self._register_name(row.path)))
        if row.state == PENDING:
            lines.append(tr("Checking it now…"))
        elif row.state == VERIFIED and row.info is not None:
            lines.append(trn("RestoreDialog", "Audit trail: %n entr(y|ies), and its last entry matches the one "
                             "recorded when the backup was made. {0}", row.info.anchor.count)
                         .format(row.history).strip())
            lines.append(tr("✓ Verified: its contents match its manifest, and the database passed both integrity "
                            "checks and the audit-chain check."))
        else:
            lines.append("✗ " + tr("It cannot be restored: {0}").format(row.problem))
        return "\n".join(lines)

    def _register_name(self, path: Path) -> str:
        match = _NAME.match(path.name)
        return match.group("register") if match else self.path.stem

    # -- choosing another file ---------------------------------------------------------------------------
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, tr("Choose a backup to restore"), str(self.backup_dir),
                                              tr("Atlas backups (*.atlasbak)"))
        if name:
            self.add_file(Path(name))

    def add_file(self, path: Path) -> None:
        """List ``path`` too (selected) and check it; a backup of another register is refused at once."""
        existing = next((r for r in self.rows if r.path.resolve() == path.resolve()), None)
        if existing is not None:
            self.table.selectRow(self.rows.index(existing))
            return
        row = Row(path, None)
        try:
            row.info, _ = read_info(path)
        except AtlasError as exc:
            row.state, row.problem = PROBLEM, error_text(exc)
        if row.info is not None and row.info.register_id != self.register_id:
            row.state = PROBLEM
            row.problem = tr("{0} is a backup of another register, not of “{1}”.").format(path.name, self.path.name)
        self.rows.append(row)
        self._add_row(row)
        self.table.selectRow(len(self.rows) - 1)
        if row.state == PENDING:
            self._queue.append(row)
            if len(self._queue) == 1:
                self._check_next()

    # -- restoring ----------------------------------------------------------------------------------------
    def restore(self) -> None:
        row = self.selected()
        if self._busy or row is None or row.state != VERIFIED or row.info is None:
            return
        self.problem.show_problem("")
        key = self.secret.key()
        if key is None:
            self.problem.show_problem(*self.secret.missing())
            self.secret.edit.setFocus()
            grow_to_fit(self)
            return
        key_only = self.key_only.isChecked()
        question = (tr("Replace the key file of “{0}” with the one in the backup made {1}? The register's data is "
                       "not touched; afterwards it opens with the passphrase and recovery key of that time. The "
                       "current key file is kept beside it.") if key_only else
                    tr("Replace “{0}” with the backup made {1}? Everything saved since then is replaced. The register "
                       "as it is now is first kept as a backup in {2}, and the register is closed and opened again."))
        question = question.format(self.path.name, row.when, self.backup_dir)
        if not confirm(self, tr("Restore from a backup"), question, tr("Restore")):
            return
        backup = row.path
        # The passphrase is proved first: a typo must not cost the user their open register.
        self._run(tr("Checking the passphrase of the backup…"), lambda _p: check_secret(backup, key),
                  lambda _none: self._close_and_restore(backup, key, key_only))

    def _close_and_restore(self, backup: Path, key: dict[str, str], key_only: bool) -> None:
        if not self.closed:
            if self.before_restore is not None and not self.before_restore():
                return
            self.closed, self.register = True, None
        target, folder, actor = self.path, self.backup_dir, self.actor

        def work(progress: Progress) -> tuple[str, Register | None]:
            progress.report(0, 0, tr("Restoring the key file…") if key_only else tr("Checking and restoring the "
                                                                                       "backup…"))
            text = restore_key_only(target, backup, key) if key_only else restore_whole(target, backup, folder,
                                                                                        key, actor)
            try:  # opened with the backup's passphrase, so the user need not type it again
                return text, detached(Register.open(target, **key))
            except AtlasError:
                return text, None

        def done(result: tuple[str, Register | None]) -> None:
            self.result_text, self.reopened = result
            self.secret.edit.clear()
            self.accept()

        self._run(tr("Restoring…"), work, done)

    def _run(self, title: str, work: Callable[[Progress], Any], then: Callable[[Any], None]) -> None:
        self._set_busy(True, title)

        def done(result: Any) -> None:
            self._set_busy(False)
            then(result)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            if isinstance(exc, Cancelled):
                return
            if isinstance(exc, (WrongKey, MalformedRecoveryKey)):
                headline, detail = explain(exc, recovery=self.secret.use_recovery.isChecked())[0], str(exc)
            else:
                headline, detail = tr("Nothing was restored"), error_text(exc)
            if self.closed:
                detail += " " + tr("The register is as it was; it opens again when you close this window.")
            self.problem.show_problem(headline, detail)
            self.secret.edit.selectAll()
            self.secret.edit.setFocus()
            grow_to_fit(self)

        run_task(self, title, work, on_done=done, on_error=failed)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        for widget in (self.secret, self.key_only, self.other_button, self.table):
            widget.setEnabled(not busy)
        self.status.setText(text)
        self._show_selected()

    def reject(self) -> None:
        if not self._busy:  # a restore under way finishes first
            super().reject()
