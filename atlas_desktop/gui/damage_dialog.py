"""The calm window for a damaged register or key file: what happened, what still reads, and the way back.

Shown when opening fails with ``RegisterDamaged`` or ``KeyFileDamaged`` (by the unlock dialog), and
when a read fails later while the register is open (``damage_watch``). "Restore backup…" puts the latest verified backup back (``storage.restore``), "Choose
another backup…" any other, and for a damaged key file "Restore the key file from a backup…" takes the
key file alone from a backup. Restoring runs off the GUI thread; the damaged file is kept as a copy.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import AtlasError, KeyFileDamaged
from ..storage.connection import is_damage
from .dialogs import confirm, error_text, grow_to_fit
from .problem_box import ProblemBox
from .restoring import BackupSecret, restore_key_only, restore_whole
from .tasks import Cancelled, run_task


def tr(text: str) -> str:
    return QCoreApplication.translate("DamageDialog", text)


def is_damage_error(exc: BaseException) -> bool:
    """A damaged register (said or raw from SQLite) or a damaged key file."""
    return isinstance(exc, KeyFileDamaged) or is_damage(exc)


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    return label


class DamageDialog(QDialog):
    """Explain ``error`` for the register at ``path`` and offer to restore; ``restored`` says when one was."""

    restored = Signal(object, str)  # the register's path, and a sentence saying what was restored

    def __init__(self, error: AtlasError, path: Path, parent: QWidget | None = None, *,
                 backup_dir: Path | None = None, before_restore: Callable[[], bool] | None = None) -> None:
        super().__init__(parent)
        if backup_dir is None:
            from ..storage.settings import Settings
            backup_dir = Settings.load().backup_path
        self.error, self.path, self.backup_dir = error, Path(path), Path(backup_dir)
        self.before_restore = before_restore  # e.g. close the open register first; False backs out
        self.key_file = isinstance(error, KeyFileDamaged)
        self.damage: Any = getattr(error, "damage", None)  # storage.damage.Damage, when explained
        backup = getattr(error, "backup", None)
        self.backup: Path | None = Path(backup) if backup else None
        self._busy = False
        self._build()

    # -- building -------------------------------------------------------------------------------
    def _build(self) -> None:
        name = self.path.name
        self.setWindowTitle(tr("The key file is damaged") if self.key_file else tr("The register is damaged"))
        layout = QVBoxLayout(self)
        layout.setSpacing(self.fontMetrics().height() // 2)
        self.heading = heading = QLabel(tr("The key file of “{0}” is damaged").format(name) if self.key_file
                                        else tr("“{0}” is damaged").format(name))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        heading.setAccessibleName(tr("Heading"))
        layout.addWidget(heading)
        self.what = _wrapped(self._what_happened())
        self.what.setAccessibleName(tr("What happened"))
        layout.addWidget(self.what)
        if self.damage is not None:
            layout.addLayout(self._reads())
        layout.addWidget(self._backup_line())
        layout.addWidget(self._secret_box())
        self.problem = ProblemBox()
        layout.addWidget(self.problem)
        from .editors.style import muted  # here, not at the top: the damage watch is made at start-up
        self.status = muted(QLabel())
        self.status.setAccessibleName(tr("Status"))
        self.status.hide()
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self._buttons())
        # Only now, inside the dialog: a button made default before it had its dialog is not the dialog's default.
        self._default.setDefault(True)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)

    def _what_happened(self) -> str:
        if self.key_file or self.damage is None:
            return self.error.message
        return tr("Part of the file can no longer be read back as it was written. This happens after a disk or "
                  "power fault, or when the file was copied while it was in use. Nothing more was changed, and "
                  "restoring a backup gets the register back as it was then.")

    def _reads(self) -> QFormLayout:
        survey = self.damage.survey
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        if not survey.schema_readable:
            self.reads = _wrapped(tr("Nothing in it can be read any more."))
            form.addRow(self.reads)
        elif survey.only_lookups:
            self.reads = _wrapped(tr("Everything still reads in full: the damage is in its lookup structures, so "
                                     "some lists, searches or saves fail."))
            form.addRow(self.reads)
        else:
            self.lost = _wrapped(", ".join(survey.unreadable))
            self.lost.setAccessibleName(tr("Cannot be read in full"))
            self.reads = _wrapped(", ".join(survey.readable) or tr("nothing"))
            self.reads.setAccessibleName(tr("Still reads in full"))
            form.addRow(tr("Cannot be read in full:"), self.lost)
            form.addRow(tr("Still reads in full:"), self.reads)
        return form

    def _backup_line(self) -> QLabel:
        choice = self.damage.backup if self.damage is not None else None
        if choice is not None:
            text = (tr("The latest verified backup is {0}, made {1}.") if choice.verified else
                    tr("The latest backup is {0}, made {1}; it could not be checked now, so restoring checks it "
                       "first.")).format(choice.info.path.name, choice.when)
        elif self.key_file:
            text = tr("Choose a backup of this register: only its key file is taken, so the register keeps everything "
                      "saved since. It then opens with the passphrase that was in use when that backup was made. "
                      "Backups are kept in {0}.").format(self.backup_dir)
        elif self.backup is not None:
            text = tr("The backup to restore is {0}.").format(self.backup.name)
        else:
            text = tr("No backup of it that verifies was found in {0}. If you keep backups elsewhere, choose one.") \
                .format(self.backup_dir)
        self.backup_label = _wrapped(text)
        self.backup_label.setAccessibleName(tr("Backup"))
        return self.backup_label

    def _secret_box(self) -> QWidget:
        self.secret_box = box = BackupSecret()  # shared with File › Security › Restore from backup…
        self.secret_label, self.secret, self.show_button, self.use_recovery = (
            box.label, box.edit, box.show_button, box.use_recovery)
        return box

    def _buttons(self) -> QDialogButtonBox:
        self.buttons = QDialogButtonBox()
        self.restore_button = QPushButton(tr("&Restore backup…"))
        self.restore_button.setToolTip(tr("Put the latest verified backup in place of the damaged register "
                                          "(the damaged file is kept as a copy first)."))
        self.restore_button.clicked.connect(lambda: self.restore(self.backup))
        self.other_button = QPushButton(tr("Choose &another backup…"))
        self.other_button.clicked.connect(self.choose_backup)
        self.key_button = QPushButton(tr("Restore the &key file from a backup…"))
        self.key_button.clicked.connect(self.restore_key_file)
        for button in (self.restore_button, self.other_button, self.key_button):
            button.setAutoDefault(False)
            self.buttons.addButton(button, QDialogButtonBox.ActionRole)
        can_restore = self.backup is not None and not self.key_file
        self.restore_button.setVisible(can_restore)
        self.other_button.setVisible(not self.key_file)
        self.key_button.setVisible(self.key_file)
        self.close_button = self.buttons.addButton(QDialogButtonBox.Close)
        self.close_button.setText(tr("&Close"))
        self.close_button.clicked.connect(self.reject)
        self.close_button.setAutoDefault(False)
        self._default = self.restore_button if can_restore else self.key_button if self.key_file else self.close_button
        return self.buttons

    # -- state ------------------------------------------------------------------------------------
    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        for widget in (self.secret, self.use_recovery, self.restore_button, self.other_button, self.key_button):
            widget.setEnabled(not busy)
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _key(self) -> dict[str, str] | None:
        key = self.secret_box.key()
        if key is None:
            self.problem.show_problem(*self.secret_box.missing())
            self.secret.setFocus()
            grow_to_fit(self)
        return key

    def _choose(self, title: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, title, str(self.backup_dir), tr("Atlas backups (*.atlasbak)"))
        return Path(name) if name else None

    # -- actions ------------------------------------------------------------------------------------
    def choose_backup(self) -> None:
        chosen = self._choose(tr("Choose a backup to restore"))
        if chosen is not None:
            self.restore(chosen)

    def restore(self, backup: Path | None) -> None:
        """Replace the register with ``backup`` (verified first), off the GUI thread."""
        if backup is None or self._busy:
            return
        key = self._key()
        if key is None:
            return
        if not confirm(self, tr("Restore backup"),
                       tr("Replace “{0}” with the backup {1}? The damaged register is kept as a copy in {2} first.")
                       .format(self.path.name, backup.name, self.backup_dir), tr("Restore")):
            return
        if self.before_restore is not None and not self.before_restore():
            return
        target, folder = self.path, self.backup_dir

        def work(progress: Any) -> str:
            progress.report(0, 0, tr("Checking and restoring the backup…"))
            return restore_whole(target, backup, folder, key)

        self._run(tr("Restoring the backup…"), work)

    def restore_key_file(self) -> None:
        """Take the key file alone from a backup the user chooses (``storage.key_restore``)."""
        if self._busy:
            return
        key = self._key()
        if key is None:
            return
        backup = self._choose(tr("Choose the backup to take the key file from"))
        if backup is None:
            return
        target = self.path

        def work(progress: Any) -> str:
            progress.report(0, 0, tr("Restoring the key file…"))
            return restore_key_only(target, backup, key)

        self._run(tr("Restoring the key file…"), work)

    def _run(self, title: str, work: Callable[[Any], str]) -> None:
        self.problem.show_problem("")
        self._set_busy(True, title)

        def done(text: str) -> None:
            self._set_busy(False)
            self.secret.clear()
            self.restored.emit(self.path, text)
            self.accept()

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            if isinstance(exc, Cancelled):
                return
            self.problem.show_problem(tr("Nothing was restored"), error_text(exc))
            grow_to_fit(self)

        run_task(self, title, work, on_done=done, on_error=failed)

    def reject(self) -> None:
        if not self._busy:  # a restore under way finishes first
            super().reject()
