"""Preferences: the name written to the audit trail, auto-lock, backups, language and "remember on this computer".

Settings go to the JSON settings file (storage/settings.py); "remember" lives in the key file
and the OS keyring, never in the settings. A team register (or its outbox) names you by your sign-in
and keeps no key on this computer, so those two choices are shown disabled there, saying why.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core import i18n
from ..core.errors import AtlasError
from ..storage.keyring_store import SecureKeyring
from ..storage.keys import KEYRING
from ..storage.remember import forget, remember
from ..storage.settings import Settings
from .dialogs import show_error
from .session import Session



class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, session: Session | None = None, parent: QWidget | None = None,
                 keyring: SecureKeyring | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings
        self.session = session
        self.keyring = keyring if keyring is not None else SecureKeyring()
        form = QFormLayout()

        self.user_name = QLineEdit(settings.user_name)
        local_open = session is not None and not session.is_locked and session.kind == "local"
        from ..storage.identity import UNNAMED, recorded_user
        recorded = recorded_user(session.register)[0] if local_open else ""
        # Empty here: the name recorded in the register (asked when it was created) is used, never the login.
        self.user_name.setPlaceholderText(recorded or UNNAMED)
        self.user_name.setAccessibleName(self.tr("Your name for the audit trail"))
        self.user_name.setToolTip(self.tr("Written next to every change you make, so the audit trail shows who "
                                          "did what (Art. 5(2) accountability). Leave it empty to use the name "
                                          "recorded in the register."))
        form.addRow(self.tr("&Your name:"), self.user_name)

        self.lock_minutes = QSpinBox()
        self.lock_minutes.setRange(0, 240)
        self.lock_minutes.setValue(settings.auto_lock_minutes)
        self.lock_minutes.setSuffix(self.tr(" min"))
        self.lock_minutes.setSpecialValueText(self.tr("Never"))
        self.lock_minutes.setAccessibleName(self.tr("Lock after idle minutes"))
        self.lock_minutes.setToolTip(self.tr("Atlas locks itself after this many minutes without use, and when the "
                                             "computer sleeps or the screen locks (Art. 32 security)."))
        form.addRow(self.tr("&Lock after:"), self.lock_minutes)

        self.backup_dir = QLineEdit(settings.backup_dir)
        self.backup_dir.setPlaceholderText(str(settings.backup_path))
        self.backup_dir.setAccessibleName(self.tr("Backup folder"))
        browse = QPushButton(self.tr("Browse…"))
        browse.setAccessibleName(self.tr("Choose the backup folder"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.backup_dir, 1)
        row.addWidget(browse)
        # A row given as a layout gets a label without a buddy, and such a label shows its '&' literally:
        # the label is made here, its buddy the folder field.
        self.backup_label = QLabel(self.tr("&Backup folder:"))
        self.backup_label.setBuddy(self.backup_dir)
        form.addRow(self.backup_label, row)

        self.backup_hours = QSpinBox()
        self.backup_hours.setRange(1, 24 * 30)
        self.backup_hours.setValue(settings.backup_every_hours)
        self.backup_hours.setSuffix(self.tr(" h"))
        self.backup_hours.setAccessibleName(self.tr("Back up every hours"))
        self.backup_hours.setToolTip(self.tr("How often an encrypted backup is made automatically while the "
                                             "register is open."))
        form.addRow(self.tr("Back up &every:"), self.backup_hours)

        self.backup_keep = QSpinBox()
        self.backup_keep.setRange(1, 365)
        self.backup_keep.setValue(settings.backup_keep)
        self.backup_keep.setAccessibleName(self.tr("Backups to keep"))
        form.addRow(self.tr("Backups to &keep:"), self.backup_keep)

        self.language = QComboBox()
        self.language.addItem(self.tr("Same as the system"), "")
        for code in i18n.AVAILABLE:  # each language named in its own words, so anyone finds theirs
            self.language.addItem(i18n.NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setToolTip(self.tr("The language of the window, the help, the findings and the reports. "
                                         "A change takes effect the next time Atlas starts."))
        form.addRow(self.tr("L&anguage:"), self.language)
        self.language_note = QLabel(self.tr("Atlas speaks the new language from its next start."))
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(False)
        self.language.currentIndexChanged.connect(
            lambda: self.language_note.setVisible(self.language.currentData() != settings.language))
        form.addRow("", self.language_note)

        self.remember = QCheckBox(self.tr("Remember this register on this computer"))
        self.remember.setAccessibleName(self.tr("Remember on this computer"))
        self.remember.setToolTip(self.tr("Opens without the passphrase for your user account on this computer, "
                                         "using the system's secure keyring. Anyone who can log in as you can "
                                         "then open it."))
        local = session is None or session.kind == "local"
        available = session is not None and not session.is_locked and local and self.keyring.is_available()
        self._was_remembered = bool(session is not None and not session.is_locked and local
                                    and session.register.keys.has(KEYRING))
        self.remember.setChecked(self._was_remembered)
        self.remember.setEnabled(available)
        if not local:
            self.remember.setToolTip(self.tr("A team register opens only with your password: Atlas keeps no "
                                             "password or key for it on this computer."))
            self.user_name.setEnabled(False)
            self.user_name.setToolTip(self.tr("In a team register the audit trail names you by your sign-in "
                                              "({0}); this name is used for registers on this computer.").format(
                session.register.actor if not session.is_locked else ""))
        elif not available:
            self.remember.setToolTip(self.tr("No secure keyring is available on this computer."))
        form.addRow("", self.remember)

        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("These settings belong to this computer. They hold no register data."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.backup_dir.text()
                                                  or str(self.settings.backup_path))
        if folder:
            self.backup_dir.setText(folder)

    def accept(self) -> None:
        folder = self.backup_dir.text().strip()
        if folder and not Path(folder).expanduser().is_absolute():
            show_error(self, self.tr("Preferences"), self.tr("The backup folder must be a full path."))
            return
        self.settings.user_name = self.user_name.text().strip()
        self.settings.auto_lock_minutes = self.lock_minutes.value()
        self.settings.backup_dir = folder
        self.settings.backup_every_hours = self.backup_hours.value()
        self.settings.backup_keep = self.backup_keep.value()
        self.settings.language = self.language.currentData()
        try:
            self.settings.save()
            if self.session is not None and not self.session.is_locked \
                    and self.remember.isChecked() != self._was_remembered:
                if self.remember.isChecked():
                    remember(self.session.register, self.keyring)
                else:
                    forget(self.session.register, self.keyring)
        except (AtlasError, OSError) as exc:
            show_error(self, self.tr("Preferences"), exc)
            return
        if self.session is not None and not self.session.is_locked and self.session.kind == "local":
            from ..storage.identity import actor_for
            self.session.register.actor = actor_for(self.session.register, self.settings.actor)
        super().accept()
