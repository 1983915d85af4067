"""Preferences reach the settings file and the key file; nothing personal goes to QSettings."""

from __future__ import annotations

import json

from atlas_desktop.gui.session import Session
from atlas_desktop.gui.settings_dialog import SettingsDialog
from atlas_desktop.storage.keyring_store import SecureKeyring
from atlas_desktop.storage.keys import KEYRING
from atlas_desktop.storage.register import Register
from atlas_desktop.storage.settings import Settings, config_dir

from conftest import PASSPHRASE
from fakes import DictKeyring


def test_preferences_are_saved_to_the_settings_file(qtbot, new_register):
    reg, _ = new_register
    settings = Settings()
    session = Session(reg, settings)
    dialog = SettingsDialog(settings, session, keyring=SecureKeyring(DictKeyring()))
    qtbot.addWidget(dialog)
    dialog.user_name.setText("Mara Ionescu")
    dialog.lock_minutes.setValue(12)
    dialog.backup_hours.setValue(6)
    dialog.backup_keep.setValue(4)
    dialog.accept()
    saved = json.loads((config_dir() / "settings.json").read_text("utf-8"))
    assert saved["user_name"] == "Mara Ionescu"
    assert saved["auto_lock_minutes"] == 12
    assert saved["backup_every_hours"] == 6 and saved["backup_keep"] == 4
    assert reg.actor == "Mara Ionescu"  # the next audit entry carries the new name


def test_a_relative_backup_folder_is_refused_and_nothing_saved(qtbot, new_register, monkeypatch):
    reg, _ = new_register
    errors = []
    monkeypatch.setattr("atlas_desktop.gui.settings_dialog.show_error", lambda *a: errors.append(a[-1]))
    dialog = SettingsDialog(Settings(), Session(reg, Settings()), keyring=SecureKeyring(DictKeyring()))
    qtbot.addWidget(dialog)
    dialog.backup_dir.setText("backups")
    dialog.accept()
    assert errors and "full path" in str(errors[0])
    assert not (config_dir() / "settings.json").exists()


def test_remember_on_this_computer_then_forget(qtbot, new_register, register_path):
    reg, _ = new_register
    keyring = SecureKeyring(DictKeyring())
    settings = Settings()
    dialog = SettingsDialog(settings, Session(reg, settings), keyring=keyring)
    qtbot.addWidget(dialog)
    assert dialog.remember.isEnabled() and not dialog.remember.isChecked()
    dialog.remember.setChecked(True)
    dialog.accept()
    assert reg.keys.has(KEYRING)
    reopened = Register.open(register_path, keyring=keyring)  # no passphrase needed now
    reopened.close()

    dialog = SettingsDialog(settings, Session(reg, settings), keyring=keyring)
    qtbot.addWidget(dialog)
    assert dialog.remember.isChecked()
    dialog.remember.setChecked(False)
    dialog.accept()
    assert not reg.keys.has(KEYRING)
    reopened = Register.open(register_path, passphrase=PASSPHRASE)
    assert not reopened.keys.has(KEYRING)
    reopened.close()
