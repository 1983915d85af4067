"""The welcome window: the recent list (paths only, missing ones marked), opening, creating and the demo."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QWizard

from atlas_desktop.gui import dialogs, recent, welcome
from atlas_desktop.gui.create_dialog import CreateRegisterDialog
from atlas_desktop.gui.recent import add_recent, demo_path, is_demo, recent_registers, remove_recent
from atlas_desktop.gui.unlock_dialog import UnlockDialog
from atlas_desktop.gui.welcome import WelcomeWindow
from atlas_desktop.storage.demo import DEMO_ORG
from atlas_desktop.storage.keyring_store import SecureKeyring
from atlas_desktop.storage.records import Records
from tests.conftest import ORG, PASSPHRASE
from tests.fakes import DictKeyring


@pytest.fixture(autouse=True)
def store(tmp_path, monkeypatch) -> Path:
    """Each test gets its own QSettings file (Qt caches the real location for the whole process)."""
    ini = tmp_path / "qsettings.ini"
    monkeypatch.setattr(recent, "_store", lambda: QSettings(str(ini), QSettings.IniFormat))
    return ini


@pytest.fixture(autouse=True)
def no_popups(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(dialogs.QMessageBox, "warning", lambda *a, **k: shown.append(str(a[2])))
    yield
    assert shown == []


@pytest.fixture
def window(qtbot):
    w = WelcomeWindow(keyring=SecureKeyring(DictKeyring()))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def closed_register(new_register):
    reg, _ = new_register
    reg.close()
    return reg.path


def opened_collector(window: WelcomeWindow) -> list:
    got: list = []
    window.opened.connect(got.append)
    return got


def shoot(qtbot, widget, tmp_path: Path, name: str) -> None:
    folder = Path(os.environ.get("ATLAS_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    qtbot.waitExposed(widget)
    qtbot.wait(20)
    assert widget.grab().save(str(folder / f"{name}.png"))


def test_recent_list_keeps_paths_newest_first_without_duplicates(tmp_path, store):
    a, b = tmp_path / "a.atlas", tmp_path / "b.atlas"
    add_recent(a)
    add_recent(b)
    add_recent(a)
    assert recent_registers() == [a.resolve(), b.resolve()]
    for n in range(20):
        add_recent(tmp_path / f"r{n}.atlas")
    assert len(recent_registers()) == recent.RECENT_LIMIT
    remove_recent(tmp_path / "r19.atlas")
    assert tmp_path / "r19.atlas" not in recent_registers()
    # Only paths are stored: nothing else under the key, and no other key.
    raw = QSettings(str(store), QSettings.IniFormat)
    assert raw.allKeys() == ["recent_registers"]
    assert all(Path(v).suffix == ".atlas" for v in raw.value("recent_registers"))


def test_the_demo_never_joins_the_recent_list():
    add_recent(demo_path())
    assert recent_registers() == [] and is_demo(demo_path())


def test_missing_registers_are_greyed_marked_and_removable(qtbot, closed_register, tmp_path):
    gone = tmp_path / "moved-away.atlas"
    add_recent(gone)
    add_recent(closed_register)
    w = WelcomeWindow(keyring=SecureKeyring(DictKeyring()))
    qtbot.addWidget(w)
    w.show()
    shoot(qtbot, w, tmp_path, "welcome")
    texts = [w.recent_list.item(i).text() for i in range(w.recent_list.count())]
    assert texts[0] == f"office.atlas\n{closed_register.parent.resolve()}"
    assert texts[1] == f"moved-away.atlas  (not found)\n{gone.parent.resolve()}"
    missing = w.recent_list.item(1)
    assert missing.foreground().color() != w.recent_list.item(0).foreground().color()

    w.recent_list.setCurrentRow(1)
    assert not w.open_recent_button.isEnabled() and w.remove_button.isEnabled()
    w.open_path(gone)  # activating it anyway says so, in the window
    assert "was not found" in w.status.text() and w.current_dialog is None
    qtbot.mouseClick(w.remove_button, Qt.LeftButton)
    assert recent_registers() == [closed_register.resolve()]
    assert w.recent_list.count() == 1


def test_an_empty_recent_list_says_what_will_appear(window):
    assert not window.recent_list.isVisibleTo(window)
    assert window.recent_empty.isVisibleTo(window)


def test_opening_a_recent_register_asks_for_the_passphrase_and_emits_it(qtbot, closed_register):
    add_recent(closed_register)
    w = WelcomeWindow(keyring=SecureKeyring(DictKeyring()))
    qtbot.addWidget(w)
    w.show()
    got = opened_collector(w)
    qtbot.mouseClick(w.open_recent_button, Qt.LeftButton)
    dialog = w.current_dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.waitUntil(dialog.unlock_button.isEnabled)  # the keyring probe has answered
    dialog.passphrase_edit.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.unlock_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(got), timeout=20000)
    assert got[0].meta("org_name") == ORG
    got[0].close()


def test_open_uses_the_file_picker_and_remembers_the_choice(qtbot, window, closed_register, monkeypatch):
    monkeypatch.setattr(welcome.QFileDialog, "getOpenFileName", lambda *a, **k: (str(closed_register), ""))
    got = opened_collector(window)
    qtbot.mouseClick(window.open_button, Qt.LeftButton)
    dialog = window.current_dialog
    qtbot.waitUntil(dialog.unlock_button.isEnabled)
    dialog.passphrase_edit.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.unlock_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(got), timeout=20000)
    assert recent_registers() == [closed_register.resolve()]
    assert window.recent_list.count() == 1
    got[0].close()


def test_cancelling_the_unlock_emits_nothing(qtbot, window, closed_register):
    got = opened_collector(window)
    window.open_path(closed_register)
    dialog = window.current_dialog
    qtbot.waitUntil(dialog.unlock_button.isEnabled)
    dialog.reject()
    assert got == [] and window.current_dialog is None and recent_registers() == []


def test_create_a_register_from_the_welcome_window(qtbot, window, tmp_path):
    got = opened_collector(window)
    qtbot.mouseClick(window.create_button, Qt.LeftButton)
    wizard = window.current_dialog
    assert isinstance(wizard, CreateRegisterDialog)
    wizard.name_page.org_edit.setText(ORG)
    wizard.name_page.path_edit.setText(str(tmp_path / "new.atlas"))
    qtbot.mouseClick(wizard.button(QWizard.NextButton), Qt.LeftButton)
    wizard.org_page.your_name.setText("Ana Pop")  # step 2: the office and you
    qtbot.mouseClick(wizard.button(QWizard.NextButton), Qt.LeftButton)
    wizard.passphrase_page.passphrase_edit.setText(PASSPHRASE)
    wizard.passphrase_page.confirm_edit.setText(PASSPHRASE)
    qtbot.mouseClick(wizard.button(QWizard.CommitButton), Qt.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=20000)
    wizard.recovery_page.stored_box.setChecked(True)
    qtbot.mouseClick(wizard.button(QWizard.FinishButton), Qt.LeftButton)
    assert wizard.result() == QDialog.Accepted
    assert len(got) == 1 and got[0].path == tmp_path / "new.atlas"
    assert recent_registers() == [(tmp_path / "new.atlas").resolve()]
    got[0].close()


def test_the_demo_is_created_once_then_reopened(qtbot, window):
    assert "invented" in window.demo_button.description()
    got = opened_collector(window)
    qtbot.mouseClick(window.demo_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(got), timeout=30000)
    first = got.pop()
    assert first.path == demo_path() and is_demo(first.path)
    assert first.meta("org_name") == DEMO_ORG
    assert Records(first).count("activity") > 0  # usable on the GUI thread after opening in a task
    register_id = first.register_id
    first.close()

    qtbot.mouseClick(window.demo_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(got), timeout=30000)
    again = got.pop()
    assert again.register_id == register_id  # the same demo file, not a new one
    again.close()
    assert recent_registers() == []


def test_an_unreadable_demo_is_replaced(qtbot, window):
    demo_path().parent.mkdir(parents=True, exist_ok=True)
    demo_path().write_bytes(b"garbage that is long enough to pass the header read" * 2)
    got = opened_collector(window)
    window.open_demo()
    qtbot.waitUntil(lambda: bool(got), timeout=30000)
    assert got[0].meta("org_name") == DEMO_ORG
    got[0].close()
