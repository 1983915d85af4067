"""The unlock dialog against real registers: plain inline errors, recovery key, remembered key, lock screen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog

from atlas_desktop.gui import dialogs
from atlas_desktop.gui.unlock_dialog import UnlockDialog, open_register_interactively
from atlas_desktop.storage.keyring_store import SecureKeyring
from atlas_desktop.storage.keys import KEYRING, KeyFile
from atlas_desktop.storage.register import Register, keys_path
from atlas_desktop.storage.remember import remember
from tests.conftest import ORG, PASSPHRASE
from tests.fakes import DictKeyring


@pytest.fixture(autouse=True)
def no_popups(monkeypatch):
    """Unlock problems belong inside the dialog: any message box fails the test."""
    shown: list[str] = []
    monkeypatch.setattr(dialogs.QMessageBox, "warning", lambda *a, **k: shown.append(str(a[2])))
    yield
    assert shown == []


def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("ATLAS_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def shoot(qtbot, widget, tmp_path: Path, name: str) -> Path:
    widget.show()
    qtbot.waitExposed(widget)
    target = shots(tmp_path) / f"{name}.png"
    assert widget.grab().save(str(target))
    return target


@pytest.fixture
def closed_register(new_register):
    reg, recovery = new_register
    path = reg.path
    reg.close()
    return path, recovery


def make_dialog(qtbot, path, **kwargs) -> UnlockDialog:
    dialog = UnlockDialog(path, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def try_unlock(qtbot, dialog: UnlockDialog, text: str, *, recovery: bool = False) -> None:
    dialog.use_recovery.setChecked(recovery)
    field = dialog.recovery_edit if recovery else dialog.passphrase_edit
    field.setText(text)
    qtbot.mouseClick(dialog.unlock_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.Accepted or bool(dialog.error_text()), timeout=20000)


def close_opened(dialog: UnlockDialog) -> None:
    if dialog.register is not None:
        dialog.register.close()


def test_the_right_passphrase_opens_the_register(qtbot, closed_register):
    path, _ = closed_register
    dialog = make_dialog(qtbot, path)
    try_unlock(qtbot, dialog, PASSPHRASE)
    assert dialog.result() == QDialog.Accepted
    assert dialog.register.meta("org_name") == ORG
    assert dialog.passphrase_edit.text() == ""  # the secret does not linger in the field
    close_opened(dialog)


def test_a_wrong_passphrase_is_said_inline_and_the_dialog_stays(qtbot, closed_register, tmp_path):
    path, _ = closed_register
    dialog = make_dialog(qtbot, path)
    try_unlock(qtbot, dialog, "not-the-right-one-at-all")
    assert "Wrong passphrase" in dialog.error_text()
    assert dialog.isVisible() and dialog.register is None
    assert dialog.unlock_button.isEnabled()
    shoot(qtbot, dialog, tmp_path, "unlock-wrong-passphrase")
    try_unlock(qtbot, dialog, PASSPHRASE)  # a second try still works
    assert dialog.result() == QDialog.Accepted
    close_opened(dialog)


def test_an_empty_passphrase_is_asked_for_without_trying(qtbot, closed_register):
    path, _ = closed_register
    dialog = make_dialog(qtbot, path)
    dialog.passphrase_edit.setText("   ")
    qtbot.mouseClick(dialog.unlock_button, Qt.LeftButton)
    assert dialog.error_text() == "Enter the passphrase"


def test_the_recovery_key_opens_the_register(qtbot, closed_register):
    path, recovery = closed_register
    dialog = make_dialog(qtbot, path)
    try_unlock(qtbot, dialog, recovery.lower().replace("-", " "), recovery=True)
    assert dialog.result() == QDialog.Accepted
    assert dialog.register.meta("org_name") == ORG
    close_opened(dialog)


def test_a_mistyped_recovery_key_says_it_has_a_typo(qtbot, closed_register):
    path, recovery = closed_register
    dialog = make_dialog(qtbot, path)
    try_unlock(qtbot, dialog, recovery[:-4], recovery=True)
    assert "typo" in dialog.error_text()
    assert "14 groups of 4" in dialog.error_text()


def test_a_file_that_is_not_a_register_is_named_as_such(qtbot, tmp_path):
    path = tmp_path / "notes.atlas"
    path.write_bytes(b"Just some notes, long enough to pass a header read.\n" * 4)
    dialog = make_dialog(qtbot, path)
    try_unlock(qtbot, dialog, PASSPHRASE)
    assert dialog.error_text().startswith("This file is not an Atlas register")
    assert dialog.register is None


def test_a_register_from_a_newer_version_says_so(qtbot, closed_register):
    path, _ = closed_register
    with Register.open(path, passphrase=PASSPHRASE) as reg:
        reg.db.execute_sql("UPDATE schema_version SET version = 99 WHERE id = 1")
    dialog = make_dialog(qtbot, path)
    try_unlock(qtbot, dialog, PASSPHRASE)
    assert "made by a newer version of Atlas Desktop" in dialog.error_text()
    assert dialog.register is None


def test_without_a_keyring_there_is_no_remember_choice(qtbot, closed_register):
    path, _ = closed_register
    dialog = make_dialog(qtbot, path)
    assert not dialog.remember_box.isVisible()


def test_remember_on_this_computer_then_opens_without_asking(qtbot, closed_register):
    path, _ = closed_register
    keyring = SecureKeyring(DictKeyring())
    dialog = make_dialog(qtbot, path, keyring=keyring)
    qtbot.waitUntil(lambda: dialog.remember_box.isVisible())
    assert not dialog.remember_box.isChecked()
    dialog.remember_box.setChecked(True)
    try_unlock(qtbot, dialog, PASSPHRASE)
    assert dialog.result() == QDialog.Accepted
    close_opened(dialog)
    assert KeyFile.load(keys_path(path)).has(KEYRING)

    # Next time the remembered key is tried first, with nothing typed.
    again = make_dialog(qtbot, path, keyring=keyring)
    qtbot.waitUntil(lambda: again.result() == QDialog.Accepted)
    assert again.register.meta("org_name") == ORG
    close_opened(again)

    # Unticking forgets it.
    third = UnlockDialog(path, keyring=SecureKeyring(DictKeyring()))  # a keyring that no longer holds it
    qtbot.addWidget(third)
    third.show()
    qtbot.waitUntil(lambda: third.remember_box.isVisible() and third.unlock_button.isEnabled())
    assert third.result() != QDialog.Accepted and third.remember_box.isChecked()
    third.remember_box.setChecked(False)
    try_unlock(qtbot, third, PASSPHRASE)
    assert third.result() == QDialog.Accepted
    close_opened(third)
    assert not KeyFile.load(keys_path(path)).has(KEYRING)


def test_the_lock_screen_never_unlocks_by_itself_and_offers_quit(qtbot, closed_register, tmp_path):
    path, _ = closed_register
    keyring = SecureKeyring(DictKeyring())
    with Register.open(path, passphrase=PASSPHRASE) as reg:
        remember(reg, keyring)
    dialog = make_dialog(qtbot, path, keyring=keyring, locked=True)
    assert dialog.windowTitle() == "Atlas Desktop is locked"
    assert path.name in dialog.intro.text()
    assert not dialog.remember_box.isVisible()
    qtbot.wait(50)
    assert dialog.register is None and dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key_Escape)
    assert dialog.isVisible()  # Esc does not dismiss the lock screen
    shoot(qtbot, dialog, tmp_path, "unlock-locked")
    with qtbot.waitSignal(dialog.quit_requested):
        qtbot.mouseClick(dialog.quit_button, Qt.LeftButton)
    assert dialog.result() == UnlockDialog.Quit


def test_open_register_interactively_returns_the_register_or_none(qtbot, closed_register, tmp_path):
    path, _ = closed_register
    keyring = SecureKeyring(DictKeyring())
    with Register.open(path, passphrase=PASSPHRASE) as reg:
        remember(reg, keyring)
    opened = open_register_interactively(None, path, keyring=keyring)
    assert opened is not None and opened.meta("org_name") == ORG
    opened.close()

    def give_up() -> None:
        for widget in qtbot_top_levels():
            if isinstance(widget, UnlockDialog) and widget.isVisible():
                widget.reject()

    QTimer.singleShot(200, give_up)
    assert open_register_interactively(None, path) is None


def qtbot_top_levels():
    from PySide6.QtWidgets import QApplication
    return QApplication.topLevelWidgets()


def test_screenshot_of_the_unlock_dialog(qtbot, closed_register, tmp_path):
    path, _ = closed_register
    dialog = make_dialog(qtbot, path, keyring=SecureKeyring(DictKeyring()))
    qtbot.waitUntil(lambda: dialog.remember_box.isVisible())
    target = shoot(qtbot, dialog, tmp_path, "unlock")
    assert target.stat().st_size > 0
    dialog.use_recovery.setChecked(True)
    shoot(qtbot, dialog, tmp_path, "unlock-recovery")


@pytest.mark.parametrize("locked", [False, True])
def test_enter_in_the_passphrase_field_unlocks_and_never_reveals_it(qtbot, closed_register, locked):
    """Enter is the habit on a lock screen: it must unlock, not toggle Show and put the passphrase on screen."""
    path, _ = closed_register
    dialog = make_dialog(qtbot, path, locked=locked)
    field = dialog.passphrase_edit
    field.setFocus()
    qtbot.keyClicks(field, "not-the-right-one-at-all")
    qtbot.keyClick(field, Qt.Key_Return)
    assert field.echoMode() == field.EchoMode.Password and not dialog.show_button.isChecked()
    qtbot.waitUntil(lambda: bool(dialog.error_text()), timeout=20000)
    assert "Wrong passphrase" in dialog.error_text()  # the unlock was attempted
    # Having clicked Show once (it takes the focus), Enter in the field still unlocks.
    qtbot.mouseClick(dialog.show_button, Qt.LeftButton)
    qtbot.mouseClick(dialog.show_button, Qt.LeftButton)
    field.setFocus()
    field.setText(PASSPHRASE)
    qtbot.keyClick(field, Qt.Key_Return)
    assert field.echoMode() == field.EchoMode.Password
    qtbot.waitUntil(lambda: dialog.result() == QDialog.Accepted, timeout=20000)
    close_opened(dialog)
    assert not dialog.show_button.autoDefault() and not dialog.show_button.isDefault()


def test_the_shared_passphrase_field_shows_and_hides_every_field_it_was_given(qtbot):
    """gui.passphrase_field: one Show/Hide for the unlock window, the restore windows, Change passphrase… and
    the team's new password, each with its own Alt+letter; never the default button."""
    from PySide6.QtWidgets import QLineEdit, QWidget

    from atlas_desktop.gui.passphrase_field import passphrase_row

    host = QWidget()
    qtbot.addWidget(host)
    first, again = QLineEdit(), QLineEdit()
    row, button = passphrase_row(first, again, texts=("Sho&w", "Hi&de"))
    host.setLayout(row)
    assert {first.echoMode(), again.echoMode()} == {QLineEdit.Password}
    assert (button.text(), button.accessibleName()) == ("Sho&w", "Show the passphrase")
    assert not button.autoDefault() and not button.isDefault()
    button.setChecked(True)
    assert {first.echoMode(), again.echoMode()} == {QLineEdit.Normal}
    assert (button.text(), button.accessibleName()) == ("Hi&de", "Hide the passphrase")
    button.setChecked(False)
    assert {first.echoMode(), again.echoMode()} == {QLineEdit.Password} and button.text() == "Sho&w"
