"""What every restore window shares: the field for the backup's passphrase, and the restore itself.

The damage window (``damage_dialog``) and File › Security › Restore from backup… (``restore_dialog``) both
ask for the passphrase (or recovery key) that was in force when the backup was made, and both restore a
whole register or its key file alone through ``storage.restore`` and ``storage.key_restore``. The work
functions run off the GUI thread (``tasks.run_task``) and return the sentence that says what was done.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..core.errors import BackupInvalid
from ..storage.backups import KEYS_MEMBER, ZIP_DAMAGE, unlock_backup_keys
from ..storage.keys import KeyFile
from .passphrase_field import passphrase_row


def tr(text: str) -> str:
    return QCoreApplication.translate("Restoring", text)


class BackupSecret(QWidget):
    """The passphrase of a backup (the one in use when it was made), or its recovery key; with another
    ``label`` it asks for the register's own passphrase (``key_dialogs``)."""

    def __init__(self, parent: QWidget | None = None, *, label: str = "", name: str = "") -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(label or tr("&Passphrase of the backup (the one in use when it was made):"))
        self.label.setWordWrap(True)
        self.edit = QLineEdit()
        self.edit.setAccessibleName(name or tr("Passphrase of the backup"))
        self.label.setBuddy(self.edit)
        row, self.show_button = passphrase_row(self.edit)
        self.use_recovery = QCheckBox(tr("This is the &recovery key"))
        self.use_recovery.setAccessibleName(tr("This is the recovery key"))
        column.addWidget(self.label)
        column.addLayout(row)
        column.addWidget(self.use_recovery)

    def key(self) -> dict[str, str] | None:
        """``passphrase=`` or ``recovery_key=`` for the storage calls; None when nothing was typed."""
        secret = self.edit.text()
        if not secret.strip():
            return None
        return {"recovery_key": secret} if self.use_recovery.isChecked() else {"passphrase": secret}

    def missing(self) -> tuple[str, str]:
        """The headline and detail to show when ``key()`` is None."""
        return (tr("Enter the passphrase of the backup"),
                tr("A backup opens with the passphrase (or recovery key) that was in use when it was made."))


def restore_whole(target: Path, backup: Path, folder: Path, key: dict[str, str], actor: str | None = None) -> str:
    """Replace the register at ``target`` with ``backup`` (verified first; the replaced register is kept in
    ``folder``). Runs off the GUI thread; returns the sentence saying what was done."""
    from ..storage.restore import restore_backup

    result = restore_backup(target, backup, backup_dir=folder, actor=actor, **key)
    kept = tr(" The register it replaced was kept as {0}.").format(result.previous_kept_at) \
        if result.previous_kept_at else ""
    return tr("Restored “{0}” from the backup {1}.").format(target.name, backup.name) + kept


def restore_key_only(target: Path, backup: Path, key: dict[str, str]) -> str:
    """Take the key file alone from ``backup``; the register's data is not touched. Off the GUI thread."""
    from ..storage.key_restore import restore_key_file

    kept = restore_key_file(target, backup, **key)
    text = tr("The key file of “{0}” was restored from the backup {1}; the register's data was not touched. "
              "It now opens with the passphrase and recovery key that were in use when that backup was made."
              ).format(target.name, backup.name)
    return text + (tr(" The key file it replaced was kept as {0}.").format(kept) if kept else "")


def check_secret(backup: Path, key: dict[str, str]) -> None:
    """Prove ``key`` opens ``backup``'s key file (one Argon2 derivation): asked before the register closes."""
    try:
        with zipfile.ZipFile(backup) as zf:
            keys = KeyFile.from_bytes(zf.read(KEYS_MEMBER), backup.name)
    except (*ZIP_DAMAGE, KeyError, OSError):
        raise BackupInvalid(f"{backup.name} is damaged: its key file cannot be read.") from None
    unlock_backup_keys(keys, key.get("passphrase"), key.get("recovery_key"))
