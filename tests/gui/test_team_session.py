"""A team session in the main window: who is signed in where, the menus that apply (no local backups, no
"remember", a "Change my password…"), the lock screen asking the team password, and a reader who can
read but whose save is refused in plain words (issue 17)."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from atlas_desktop.core.errors import WrongKey
from atlas_desktop.gui import dialogs
from atlas_desktop.gui.app import AtlasApp
from atlas_desktop.gui.editors import open_editors
from atlas_desktop.gui.settings_dialog import SettingsDialog
from atlas_desktop.gui.team_password import ChangePasswordDialog
from atlas_desktop.gui.team_signin import TeamSignInDialog
from atlas_desktop.storage.dialect import Target
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.settings import Settings
from atlas_desktop.storage.team import TeamRegister
from atlas_desktop.storage.team_members import add_member
from tests.conftest import ORG, TEAM_PASSWORD

READER, READER_PASSWORD = "rita", "quartz-meadow-violin-harbour"
AWARE = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def popups(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(dialogs.QMessageBox, "warning", lambda *a, **k: shown.append(str(a[2])))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(str(a[2])))
    return shown


def shoot(qtbot, widget, name: str) -> Path:
    path = Path(os.environ["ATLAS_SCREENSHOTS"]) / f"{name}.png"
    qtbot.waitExposed(widget)
    for _ in range(3):
        QApplication.processEvents()
    assert widget.grab().save(str(path))
    return path


@pytest.fixture
def running(qtbot):
    """Opens a team register in the app; closes everything at the end."""
    controllers: list[AtlasApp] = []

    def start(reg) -> AtlasApp:
        controller = AtlasApp(Settings(user_name="Someone Else"))
        window = controller.open_register(reg)
        qtbot.waitExposed(window)
        controllers.append(controller)
        return controller

    yield start
    for editor in open_editors():
        editor.discard_and_close()
    for controller in controllers:
        if controller.unlock_dialog is not None:
            controller.unlock_dialog.deleteLater()
        controller._finish_close()


def test_the_status_bar_and_title_say_who_is_signed_in_where(team, running):
    controller = running(team.open())
    window, session = controller.window, controller.session
    server = session.register.target.server
    assert window.status_label.text() == f"Signed in as maria (manager) · {server}"
    assert window.windowTitle() == f"{ORG} — Atlas Desktop"
    # The audit trail names the person the server signed in, never the name typed in Preferences.
    assert session.register.actor == "maria"
    assert "people" in window.page_index  # a manager manages people


def test_menus_that_do_not_apply_are_disabled_with_the_reason(team, running):
    controller = running(team.open())
    actions = controller.window.actions
    backup = actions["backup"]
    assert not backup.isEnabled() and "server" in backup.toolTip()
    assert actions["change_password"].isEnabled() and actions["change_password"].isVisible()
    menu = backup.associatedObjects()[0]
    assert menu.toolTipsVisible()
    # Preferences: "remember" and the audit-trail name do not apply, and say why.
    dialog = SettingsDialog(controller.settings, controller.session)
    assert not dialog.remember.isEnabled() and "password" in dialog.remember.toolTip()
    assert not dialog.user_name.isEnabled() and "maria" in dialog.user_name.toolTip()
    dialog.accept()  # saving preferences leaves the signed-in name alone
    assert controller.session.register.actor == "maria"


def test_a_local_register_has_no_team_actions(new_register, qtbot):
    reg, _ = new_register
    controller = AtlasApp(Settings())
    controller.open_register(reg)
    try:
        assert "change_password" not in controller.window.actions
        assert controller.window.actions["backup"].isEnabled()
        assert "people" not in controller.window.page_index
        assert controller.window.status_label.text() == "Register: office.atlas · encrypted"
    finally:
        controller._finish_close()


def test_change_my_password_asks_twice_refuses_weak_ones_and_signs_in_with_the_new_one(team, running, qtbot,
                                                                                         popups):
    # Sign-ins belong to the whole (shared, test-session-wide) server: someone new changes their password.
    person = f"pat{uuid.uuid4().hex[:8]}"
    with team.open() as manager:
        add_member(manager, person, "editor", READER_PASSWORD)
    controller = running(team.open(person, READER_PASSWORD))
    session = controller.session
    dialog = ChangePasswordDialog(session, controller.window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.new.first.setText("harbour-violin-quartz-meadow")
    dialog.new.second.setText("harbour-violin-quartz-meadoW")
    dialog.accept()
    assert "not the same" in dialog.error_text() and dialog.isVisible()

    dialog.new.first.setText("password1")
    dialog.new.second.setText("password1")
    dialog.accept()
    qtbot.waitUntil(lambda: bool(dialog.error_text()), timeout=20_000)
    assert "password" in dialog.error_text().lower() and "passphrase" not in dialog.error_text()
    assert dialog.isVisible() and dialog.new.first.text() == "password1"  # kept, to be corrected
    shoot(qtbot, dialog, "team-change-password-refused")

    new = "harbour-violin-quartz-meadow"
    dialog.new.first.setText(new)
    dialog.new.second.setText(new)
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.result() == 1, timeout=20_000)
    # The session carries on, including work on other threads (which sign in anew).
    from atlas_desktop.gui.tasks import run_task
    done: list = []
    run_task(None, "count", lambda _p: Records(session.register).count("breach"), db=session.register.db,
             on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    with pytest.raises(WrongKey):
        team.open(person, READER_PASSWORD)
    team.open(person, new).close()


def test_the_lock_screen_of_a_team_session_asks_for_the_password_only(team, running, qtbot):
    controller = running(team.open())
    session = controller.session
    controller.edit("breach", 0)
    editor = open_editors()[-1]
    editor.rows["title"].widget.set_value("Draft kept across the lock")
    controller.lock("manual")
    assert session.is_locked
    dialog = controller.unlock_dialog
    assert isinstance(dialog, TeamSignInDialog) and dialog.locked and not dialog.outbox_lock
    assert not dialog.host_edit.isVisibleTo(dialog) and not dialog.file_button.isVisibleTo(dialog)
    assert dialog.where.text() == f"maria @ {session.team_target.server}"
    shoot(qtbot, dialog, "team-lock-screen")
    dialog.reject()  # Esc does not get past the lock screen
    assert dialog.isVisible()
    dialog.password_edit.setText("wrong-password-typed")
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: bool(dialog.error_text()), timeout=20_000)
    assert "password is wrong" in dialog.error_text()
    dialog.password_edit.setText(TEAM_PASSWORD)
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: not session.is_locked, timeout=20_000)
    assert session.is_team and session.register.actor == "maria" and session.app_role == "manager"
    assert editor.values()["title"] == "Draft kept across the lock"
    assert session.register.path == session.path


def test_a_reader_reads_but_every_save_is_refused_plainly(team, running, qtbot, popups):
    with team.open() as manager:
        add_member(manager, READER, "reader", READER_PASSWORD)
        breach_id = Records(manager).create("breach", {"title": "Printer left a payslip", "aware_at": AWARE,
                                                        "description": "One payslip."})
    controller = running(team.open(READER, READER_PASSWORD))
    window, session = controller.window, controller.session
    assert session.read_only and window.status_label.text().startswith("Signed in as rita (reader)")
    assert "people" not in window.page_index
    for key in ("new_record", "import"):
        assert not window.actions[key].isEnabled() and "reader" in window.actions[key].toolTip()
    window.show_page("breach")
    QApplication.processEvents()
    view = window.current_view()
    view.table.selectRow(0)
    assert view.edit_action.isEnabled()  # reading is theirs
    assert not any(a.isEnabled() for a in (view.new_action, view.duplicate_action, view.delete_action))

    controller.edit("breach", breach_id)
    editor = open_editors()[-1]
    qtbot.waitExposed(editor)
    assert not editor.save_button.isEnabled() and not editor.save_close_button.isEnabled()
    assert editor.reader_banner.isVisible() and "reader" in editor.reader_banner.text_label.text()
    assert not editor.attachments.add_button.isEnabled()
    editor.rows["title"].widget.set_value("Changed by a reader")
    # A save (Ctrl+S still tries) is refused by the server, and the window says so in plain words, draft kept.
    assert not editor.save()
    assert editor.refused_banner.isVisible()
    text = editor.refused_banner.text_label.text()
    assert text and "Traceback" not in text and popups == []
    assert editor.values()["title"] == "Changed by a reader" and editor.isVisible()
    shoot(qtbot, editor, "team-reader-refused")
    with team.open() as manager:
        assert Records(manager).get("breach", breach_id)["title"] == "Printer left a payslip"


def test_signing_in_again_after_a_role_change_updates_the_session(team, qtbot):
    with team.open() as manager:
        add_member(manager, READER, "reader", READER_PASSWORD)
    reg = team.open(READER, READER_PASSWORD)
    controller = AtlasApp(Settings())
    controller.open_register(reg)
    try:
        session = controller.session
        assert session.read_only
        with team.open() as manager:
            add_member(manager, READER, "editor", READER_PASSWORD)
        controller.lock("manual")
        dialog = controller.unlock_dialog
        dialog.password_edit.setText(READER_PASSWORD)
        dialog.sign_in_button.click()
        qtbot.waitUntil(lambda: not session.is_locked, timeout=20_000)
        assert session.app_role == "editor" and not session.read_only
        assert "(editor)" in controller.window.status_label.text()
    finally:
        controller._finish_close()
    assert isinstance(reg, TeamRegister)


def test_file_open_a_team_register_replaces_a_local_register(new_register, team, qtbot, monkeypatch):
    reg, _ = new_register
    controller = AtlasApp(Settings())
    controller.open_register(reg)

    def sign_in(dialog) -> int:
        dialog.password_edit.setText(TEAM_PASSWORD)
        dialog.load_file(Target.from_url(team.url()).save(reg.path.parent / "office"))
        dialog.sign_in_button.click()
        qtbot.waitUntil(lambda: dialog.register is not None, timeout=20_000)
        return 1

    monkeypatch.setattr(TeamSignInDialog, "exec", sign_in)
    try:
        controller.window.actions["open_team"].trigger()
        assert controller.session.is_team and controller.session.register.actor == "maria"
        assert controller.window.status_label.text().startswith("Signed in as maria (manager)")
        assert "change_password" in controller.window.actions
    finally:
        controller._finish_close()
