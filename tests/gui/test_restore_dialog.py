"""File › Security › Restore from backup… against a real register and its real backups.

The list checks every backup off the GUI thread and shows what it found; a damaged backup says its
problem and cannot be restored; a restore puts the backup's records back, keeps the register it
replaced as a backup first, and opens the register again.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from atlas_desktop.gui import restore_dialog, security_menu
from atlas_desktop.gui.app import AtlasApp
from atlas_desktop.gui.restore_dialog import PROBLEM, VERIFIED, RestoreDialog
from atlas_desktop.storage import backups
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.register import Register
from atlas_desktop.storage.settings import Settings
from tests.conftest import ORG, PASSPHRASE

WAIT_MS = 30_000


@pytest.fixture
def confirmed(monkeypatch) -> list[str]:
    asked: list[str] = []

    def confirm(_parent, _title, text, _yes):
        asked.append(text)
        return True

    monkeypatch.setattr(restore_dialog, "confirm", confirm)
    return asked


@pytest.fixture
def backed_up(register_path):
    """An open register with Ana in its one backup and Dan added after it."""
    reg, _ = Register.create(register_path, PASSPHRASE, ORG, actor="tester")
    folder = Settings.load().backup_path
    Records(reg).create("person", {"name": "Ana Ionescu"})
    made = backups.make_backup(reg, backup_dir=folder, keep=5)
    Records(reg).create("person", {"name": "Dan Pop"})
    yield reg, folder, made
    reg.close()


def names(reg: Register) -> list[str]:
    return sorted(r["name"] for r in Records(reg).list("person"))


def checked(qtbot, dialog: RestoreDialog) -> None:
    qtbot.waitUntil(lambda: all(r.state != "pending" for r in dialog.rows), timeout=WAIT_MS)


def shoot(qtbot, widget, name: str) -> None:
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    assert widget.grab().save(str(Path(os.environ["ATLAS_SCREENSHOTS"]) / f"{name}.png"))
    assert widget.height() >= widget.layout().minimumSize().height()


def test_the_list_shows_each_backup_verified_with_its_trail(qtbot, backed_up):
    reg, folder, made = backed_up
    dialog = RestoreDialog(reg, folder)
    qtbot.addWidget(dialog)
    checked(qtbot, dialog)
    row = dialog.rows[0]
    assert row.path == made and row.state == VERIFIED
    assert dialog.table.item(0, 3).text() == "✓ Verified" and dialog.table.item(0, 1).text() == "Made by hand"
    text = dialog.details.text()
    assert f"{row.info.anchor.count} entries" in text and "Verified" in text
    assert "holds the same first" in text  # the backup is an earlier state of this register's history
    assert dialog.restore_button.isEnabled()
    shoot(qtbot, dialog, "restore-dialog")


def test_a_damaged_backup_shows_its_problem_and_cannot_be_restored(qtbot, backed_up, confirmed):
    reg, folder, made = backed_up
    data = bytearray(made.read_bytes())
    middle = len(data) // 2  # inside the encrypted database copy: its hash no longer matches the manifest
    data[middle] ^= 0xFF
    made.write_bytes(bytes(data))
    dialog = RestoreDialog(reg, folder)
    qtbot.addWidget(dialog)
    checked(qtbot, dialog)
    assert dialog.rows[0].state == PROBLEM
    assert f"{made.name} is damaged" in dialog.details.text() and "cannot be restored" in dialog.details.text()
    assert not dialog.restore_button.isEnabled()
    dialog.secret.edit.setText(PASSPHRASE)
    dialog.restore()  # even called directly, nothing happens
    assert confirmed == [] and names(reg) == ["Ana Ionescu", "Dan Pop"]
    shoot(qtbot, dialog, "restore-dialog-damaged")


def test_a_backup_of_another_register_is_refused(qtbot, backed_up, tmp_path):
    reg, folder, _ = backed_up
    other, _ = Register.create(tmp_path / "other.atlas", PASSPHRASE, "Other SRL")
    with other:
        foreign = backups.make_backup(other, out=tmp_path / "other.atlasbak")
    dialog = RestoreDialog(reg, folder)
    qtbot.addWidget(dialog)
    dialog.add_file(foreign)
    assert dialog.selected().state == PROBLEM and "another register" in dialog.details.text()
    assert not dialog.restore_button.isEnabled()


def test_a_wrong_passphrase_is_said_and_the_register_stays_open(qtbot, backed_up, confirmed):
    reg, folder, _ = backed_up
    closed: list[bool] = []
    dialog = RestoreDialog(reg, folder, before_restore=lambda: closed.append(True) or True)
    qtbot.addWidget(dialog)
    dialog.show()
    checked(qtbot, dialog)
    dialog.secret.edit.setText("not-the-passphrase-at-all")
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.problem.text().startswith("Wrong passphrase"), timeout=WAIT_MS)
    assert closed == [] and not dialog.closed and names(reg) == ["Ana Ionescu", "Dan Pop"]


def test_restore_puts_the_backup_back_keeps_the_old_register_and_reopens(qtbot, backed_up, register_path,
                                                                        confirmed):
    reg, folder, made = backed_up
    dialog = RestoreDialog(reg, folder, before_restore=lambda: reg.close() or True)
    qtbot.addWidget(dialog)
    dialog.show()
    checked(qtbot, dialog)
    dialog.secret.edit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog.restore_button.click()
    assert "kept as a backup" in confirmed[0]
    assert dialog.result_text.startswith(f"Restored “office.atlas” from the backup {made.name}.")
    assert "was kept as" in dialog.result_text
    reopened = dialog.reopened
    try:
        assert names(reopened) == ["Ana Ionescu"]  # Dan was added after the backup: gone
    finally:
        reopened.close()
    # The register it replaced (with Dan) was kept as a backup, and that backup holds him.
    kept = [i for i in backups.list_backups(folder, reopened.register_id) if i.kind == "pre-restore"]
    assert len(kept) == 1
    scratch = register_path.parent / "kept"
    scratch.mkdir()
    from atlas_desktop.storage.restore import restore_backup
    restore_backup(scratch / "office.atlas", kept[0].path, passphrase=PASSPHRASE, backup_dir=scratch)
    with Register.open(scratch / "office.atlas", passphrase=PASSPHRASE) as old:
        assert names(old) == ["Ana Ionescu", "Dan Pop"]


def test_key_file_only_restore_from_the_menu(qtbot, backed_up, register_path, confirmed):
    """The key file alone: the data (Dan, added after the backup) is kept, and the key file of that time is back."""
    reg, folder, _ = backed_up
    reg.change_passphrase("harbour-violet-thimble-quarry")
    dialog = RestoreDialog(reg, folder, before_restore=lambda: reg.close() or True)
    qtbot.addWidget(dialog)
    dialog.show()
    checked(qtbot, dialog)
    dialog.key_only.setChecked(True)
    dialog.secret.edit.setText(PASSPHRASE)  # the passphrase of the backup's time
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog.restore_button.click()
    assert "key file" in confirmed[0] and "not touched" in dialog.result_text
    dialog.reopened.close()
    with Register.open(register_path, passphrase=PASSPHRASE) as again:
        assert names(again) == ["Ana Ionescu", "Dan Pop"]


def test_restore_from_the_app_menu_closes_and_reopens_the_register(qtbot, backed_up, register_path, confirmed,
                                                                   monkeypatch):
    reg, folder, _ = backed_up
    reg.close()
    controller = AtlasApp(Settings(auto_lock_minutes=5))
    controller.open_register(Register.open(register_path, passphrase=PASSPHRASE))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))

    def exec_(dialog):  # the person types the passphrase and clicks Restore…
        dialog.show()
        checked(qtbot, dialog)
        dialog.secret.edit.setText(PASSPHRASE)
        dialog.restore_button.click()
        qtbot.waitUntil(lambda: dialog.result() == 1, timeout=WAIT_MS)
        return 1

    monkeypatch.setattr(RestoreDialog, "exec", exec_)
    try:
        assert security_menu.restore_from_backup(controller)
        assert said and said[0].startswith("Restored “office.atlas”")
        assert controller.session is not None and names(controller.session.register) == ["Ana Ionescu"]
    finally:
        controller._finish_close()
