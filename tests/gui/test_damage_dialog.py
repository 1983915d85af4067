"""The damage window against real damaged registers: what happened, what still reads, and restoring a backup.

Opening a damaged register (or one with a damaged key file) shows it over the unlock dialog; damage met
later, while the register is open, shows it over the main window. Restoring runs the real restore off the
GUI thread. No message box may appear instead: the window says it all.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from atlas_desktop.core.errors import RegisterDamaged
from atlas_desktop.gui import damage_dialog, damage_watch, dialogs
from atlas_desktop.gui.app import AtlasApp
from atlas_desktop.gui.damage_dialog import DamageDialog
from atlas_desktop.gui.unlock_dialog import UnlockDialog
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.register import Register, keys_path
from atlas_desktop.storage.settings import Settings
from tests.conftest import PASSPHRASE
from tests.storage.test_damage_reading import digests, filled, flip_page, root_page  # noqa: F401 (fixture)

WAIT_MS = 30_000


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch):
    """The damage window replaces every message box: a warning shown instead fails the test."""
    shown: list[str] = []
    monkeypatch.setattr(dialogs.QMessageBox, "warning", lambda *a, **k: shown.append(str(a[2])))
    yield shown
    assert shown == []


@pytest.fixture
def confirmed(monkeypatch) -> list[str]:
    """Say yes to "Replace … with the backup?"; the questions asked are kept."""
    asked: list[str] = []

    def confirm(_parent, _title, text, _yes):
        asked.append(text)
        return True

    monkeypatch.setattr(damage_dialog, "confirm", confirm)
    return asked


def shoot(qtbot, widget, name: str, tmp_path: Path) -> Path:
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    folder = Path(os.environ.get("ATLAS_SCREENSHOTS") or tmp_path)
    target = folder / f"{name}.png"
    assert widget.grab().save(str(target))
    return target


def unlock_until_damage(qtbot, path: Path) -> tuple[UnlockDialog, DamageDialog]:
    dialog = UnlockDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.unlock()
    qtbot.waitUntil(lambda: getattr(dialog, "damage_dialog", None) is not None
                    and dialog.damage_dialog.isVisible(), timeout=WAIT_MS)
    return dialog, dialog.damage_dialog


def persons(path: Path) -> list[str]:
    with Register.open(path, passphrase=PASSPHRASE) as reg:
        return sorted(r["name"] for r in Records(reg).list("person"))


def test_opening_a_damaged_register_shows_what_reads_and_the_backup(qtbot, filled, tmp_path):
    path, _, _, made = filled
    flip_page(path, root_page(path, "schema_version"))
    before = digests(path)
    unlock, window = unlock_until_damage(qtbot, path)
    assert unlock.error_text().startswith("This register is damaged")
    assert window.heading.text() == "“office.atlas” is damaged"
    assert "disk or power fault" in window.what.text()
    assert "the register's settings" in window.lost.text()
    assert "processing activities" in window.reads.text() and "staff" in window.reads.text()
    assert made[-1].name in window.backup_label.text() and "verified" in window.backup_label.text()
    assert window.restore_button.isVisible() and window.other_button.isVisible()
    assert not window.key_button.isVisible()
    assert window.restore_button.isDefault()
    shoot(qtbot, window, "damage-dialog", tmp_path)
    # Everything fits: the window is at least as large as what its layout asks for.
    assert window.height() >= window.layout().minimumSize().height()
    assert digests(path) == before  # nothing was written before the user chose to restore


def test_restore_backup_puts_the_latest_verified_backup_back_and_unlocks(qtbot, filled, confirmed):
    path, _, _, made = filled
    flip_page(path, root_page(path, "schema_version"))
    unlock, window = unlock_until_damage(qtbot, path)
    window.secret.setText(PASSPHRASE)
    said: list[str] = []
    window.restored.connect(lambda _path, text: said.append(text))
    with qtbot.waitSignal(unlock.accepted, timeout=WAIT_MS):  # restored, then unlocked again with what was typed
        window.restore_button.click()
    assert made[-1].name in confirmed[0] and "kept as a copy" in confirmed[0]
    assert said and said[0].startswith(f"Restored “office.atlas” from the backup {made[-1].name}.")
    register = unlock.register
    try:
        assert sorted(r["name"] for r in Records(register).list("person")) == ["Ana Ionescu", "Dan Pop"]
        assert register.integrity_problems() == []
    finally:
        register.close()
    # The damaged register was kept as a copy in the backup folder.
    assert list(Settings.load().backup_path.glob("*pre-restore*"))


def test_choose_another_backup_restores_the_one_chosen(qtbot, filled, confirmed, monkeypatch):
    path, _, _, made = filled
    flip_page(path, root_page(path, "schema_version"))
    _unlock, window = unlock_until_damage(qtbot, path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(made[0]), ""))
    window.secret.setText(PASSPHRASE)
    with qtbot.waitSignal(window.restored, timeout=WAIT_MS) as signal:
        window.other_button.click()
    assert made[0].name in signal.args[1]
    assert persons(path) == ["Ana Ionescu"]  # the older backup: before Dan Pop was added


def test_a_wrong_or_missing_passphrase_is_said_in_the_window_and_nothing_changes(qtbot, filled, confirmed):
    path, _, _, _ = filled
    flip_page(path, root_page(path, "schema_version"))
    _unlock, window = unlock_until_damage(qtbot, path)
    before = digests(path)
    window.restore_button.click()
    assert window.problem.text().startswith("Enter the passphrase of the backup") and confirmed == []
    window.secret.setText("not-the-passphrase-at-all")
    window.restore_button.click()
    qtbot.waitUntil(lambda: window.problem.text().startswith("Nothing was restored"), timeout=WAIT_MS)
    assert "Wrong passphrase" in window.problem.text() and window.isVisible()
    assert digests(path) == before


def test_a_damaged_key_file_offers_to_restore_the_key_file_alone(qtbot, filled, monkeypatch, tmp_path):
    path, _, _, made = filled
    keys_path(path).write_bytes(b"{ not a key file")
    unlock, window = unlock_until_damage(qtbot, path)
    assert unlock.error_text().startswith("The key file is damaged")
    assert window.key_button.isVisible() and window.key_button.isDefault()
    assert not window.restore_button.isVisible() and not window.other_button.isVisible()
    shoot(qtbot, window, "damage-dialog-key-file", tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(made[-1]), ""))
    window.secret.setText(PASSPHRASE)
    with qtbot.waitSignal(unlock.accepted, timeout=WAIT_MS):
        window.key_button.click()
    unlock.register.close()
    assert persons(path) == ["Ana Ionescu", "Dan Pop"]  # the database was kept: nothing saved is lost


@pytest.fixture
def app_on(qtbot, filled, monkeypatch):
    """The app with the register open, as after unlocking; its restart after a restore is recorded."""
    path, _, _, made = filled
    reg = Register.open(path, passphrase=PASSPHRASE, actor="tester")
    controller = AtlasApp(Settings())
    window = controller.open_register(reg)
    qtbot.waitExposed(window)
    started: list[Path] = []
    monkeypatch.setattr(controller, "start", lambda p=None: started.append(Path(p)))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)  # "Backup restored"
    yield controller, path, made, started
    if controller.session is not None:
        controller._finish_close()


def test_damage_met_while_open_shows_the_window_and_restores(qtbot, app_on, confirmed):
    controller, path, made, started = app_on
    reg = controller.session.register
    reg.db.close()  # the next read opens a fresh connection, which reads the damaged page from disk
    flip_page(path, root_page(path, "breach"))
    with pytest.raises(RegisterDamaged) as caught:
        Records(reg).list("breach")
    dialogs.show_error(controller.window, "Export spreadsheet", caught.value)  # as a failed task would
    qtbot.waitUntil(lambda: controller.damage_watch.dialog is not None
                    and controller.damage_watch.dialog.isVisible(), timeout=WAIT_MS)
    window = controller.damage_watch.dialog
    assert window.lost.text() == "breaches"
    assert made[-1].name in window.backup_label.text()
    dialogs.show_error(controller.window, "Again", caught.value)  # a second failure adds no second window
    assert controller.damage_watch.dialog is window
    window.secret.setText(PASSPHRASE)
    with qtbot.waitSignal(window.restored, timeout=WAIT_MS):
        window.restore_button.click()
    assert controller.session is None  # the register was closed before it was replaced
    qtbot.waitUntil(lambda: started == [path], timeout=WAIT_MS)  # then unlocked again
    with Register.open(path, passphrase=PASSPHRASE) as again:
        assert len(Records(again).list("breach")) == 3


def test_damage_escaping_to_qt_on_the_gui_thread_shows_the_window(qtbot, app_on):
    controller, path, _made, _started = app_on
    reg = controller.session.register
    reg.db.close()
    flip_page(path, root_page(path, "breach"))
    try:
        Records(reg).list("breach")
    except RegisterDamaged as exc:
        damage_watch._hook(type(exc), exc, exc.__traceback__)  # what Qt does with an exception in a slot
    qtbot.waitUntil(lambda: controller.damage_watch.dialog is not None
                    and controller.damage_watch.dialog.isVisible(), timeout=WAIT_MS)
    assert controller.damage_watch.dialog.lost.text() == "breaches"
    controller.damage_watch.dialog.reject()
    assert controller.session is not None  # closing the window keeps the register open: what reads, reads
