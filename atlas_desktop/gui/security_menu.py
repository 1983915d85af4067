"""File › Security: the register's keys, backups and signing certificate, as the app's controller offers them.

Change passphrase…, New recovery key…, Restore from backup… and Export signing certificate…, each for the
session open now. A team register has no passphrase or recovery key of its own here (each person has
"Change my password…") and is backed up by whoever runs its server, so those entries are hidden or
disabled saying why; the outbox on this computer keeps breaches only, so it has no Security menu.
Also the app's wording of a damaged key file, which names these menu entries instead of ``atlas`` commands.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

from ..storage.keys import KEYRING, PASSPHRASE, RECOVERY
from ..storage.register_files import keys_path


def tr(text: str) -> str:
    return QCoreApplication.translate("SecurityMenu", text)


def _menu_path(entry: str) -> str:
    return tr("File › Security › {0}").format(entry)


def _fixes() -> dict[str, str]:
    return {
        PASSPHRASE: tr("so the passphrase may no longer open the register: set a new one now with {0} "
                       "(confirming with the recovery key)").format(_menu_path(tr("Change passphrase…"))),
        RECOVERY: tr("so your recovery key may no longer open the register: issue a new one now with {0} (and "
                     "keep it in place of the old one)").format(_menu_path(tr("New recovery key…"))),
        KEYRING: tr("so this computer may no longer open the register without the passphrase: tick “Remember on "
                    "this computer” the next time you unlock it"),
    }


def key_warning_text(register: Any) -> str:
    """The damaged entries of the key file with the fix in the app's own words ("" when none is damaged).

    ``Register.key_warning`` names the ``atlas`` commands, for the terminal; the app names its menus."""
    if not getattr(register, "key_warning", ""):
        return ""
    from ..storage.key_restore import damage_sentences
    try:
        states = register.keys.prove(register.data_key)
    except Exception:  # noqa: BLE001 - the terminal's wording is still right, only less handy here
        return str(register.key_warning)
    return " ".join(damage_sentences(states, keys_path(register.path).name, _fixes())) or str(register.key_warning)


# -- the menu ------------------------------------------------------------------------------------------------
def add_security_menu(window: Any, app: Any, file_title: str) -> QMenu | None:
    """Add the Security submenu to ``window``'s menu ``file_title`` for the session ``app`` has open."""
    session = app.session
    if session is None or session.is_outbox:
        return None
    menu = window._menu(file_title).addMenu(tr("Securit&y"))
    menu.setToolTipsVisible(True)  # a disabled entry's tooltip says why

    def add(key: str, text: str, slot: Any) -> QAction:
        action = QAction(text, menu)
        action.triggered.connect(lambda _checked=False: slot(app))
        menu.addAction(action)
        window.actions[key] = action
        return action

    passphrase = add("change_passphrase", tr("Change &passphrase…"), change_passphrase)
    recovery = add("new_recovery_key", tr("New &recovery key…"), new_recovery_key)
    restore = add("restore_backup", tr("Restore from &backup…"), restore_from_backup)
    menu.addSeparator()
    add("export_certificate", tr("Export signing &certificate…"), export_signing_certificate)
    if session.is_team:
        passphrase.setVisible(False)  # each person has "Change my password…" instead
        recovery.setVisible(False)
        why = tr("A team register is backed up and restored by whoever runs its server.")
        restore.setEnabled(False)
        restore.setToolTip(why)
        restore.setStatusTip(why)
    return menu


def _open_session(app: Any, local: bool = False) -> Any:
    """The session ``app`` has open and unlocked (only a local register's, with ``local``), else None."""
    session = getattr(app, "session", None)
    if session is None or session.is_locked or (local and session.kind != "local"):
        return None
    return session


# -- the actions ------------------------------------------------------------------------------------------------
def change_passphrase(app: Any) -> bool:
    """File › Security › Change passphrase…; True when it was changed."""
    from .key_dialogs import ChangePassphraseDialog
    session = _open_session(app, local=True)
    if session is None:
        return False
    dialog = ChangePassphraseDialog(session.register, app.window)
    try:
        if not dialog.exec():
            return False
        QMessageBox.information(app.window, tr("Passphrase changed"), dialog.result_text)
        return True
    finally:
        dialog.deleteLater()


def new_recovery_key(app: Any) -> bool:
    """File › Security › New recovery key…; True when a new key was issued (and shown)."""
    from .recovery_key_dialog import NewRecoveryKeyDialog
    session = _open_session(app, local=True)
    if session is None:
        return False
    dialog = NewRecoveryKeyDialog(session.register, app.window)
    try:
        dialog.exec()
        return dialog.pages.currentIndex() == 1
    finally:
        dialog.deleteLater()


def restore_from_backup(app: Any) -> bool:
    """File › Security › Restore from backup…; True when something was restored.

    The dialog has no parent: restoring closes the register's window, and a child dialog would go with it.
    Once the register was closed it is opened again, restored or not."""
    from .restore_dialog import RestoreDialog
    session = _open_session(app, local=True)
    if session is None:
        return False
    path = Path(session.path)
    dialog = RestoreDialog(session.register, app.settings.backup_path, None,
                           before_restore=lambda: app.close_register(show_welcome=False))
    dialog.setWindowModality(Qt.ApplicationModal)
    try:
        dialog.exec()
        if dialog.result_text:
            QMessageBox.information(None, tr("Backup restored"), dialog.result_text)
        if dialog.closed:
            if dialog.reopened is not None:
                app.open_register(dialog.reopened)
            else:
                app.start(path)  # asks for the passphrase
        return bool(dialog.result_text)
    finally:
        dialog.deleteLater()


def export_signing_certificate(app: Any) -> Path | None:
    """File › Security › Export signing certificate…; the file written, or None."""
    from .certificate_export import export_certificate
    session = _open_session(app)
    if session is None:
        return None
    return export_certificate(app.window, session.register)
