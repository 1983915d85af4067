"""The People page of a team register: managers only; adding someone (a password typed twice, or one
made by Atlas and shown once with a Copy button), changing a role, removing someone, and every refusal
said in plain words (issue 17)."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from atlas_desktop.gui import dialogs, team_people
from atlas_desktop.gui.app import AtlasApp
from atlas_desktop.gui.mainwindow import MainWindow
from atlas_desktop.gui.session import Session
from atlas_desktop.gui.team_people import PeoplePage, PersonDialog
from atlas_desktop.storage.settings import Settings
from atlas_desktop.storage.team_members import add_member, members
from tests.conftest import TEAM_PASSWORD

PASSWORD = "quartz-meadow-violin-harbour"


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


def unique(name: str) -> str:
    """Sign-ins belong to the whole test server: each test's people have names of their own."""
    return f"{name}{uuid.uuid4().hex[:6]}"


@pytest.fixture
def manager_window(team, qtbot):
    session = Session(team.open(), Settings())
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1000, 600)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.hide()
    session.close()


def roles(session: Session) -> dict[str, str]:
    return {m.person: m.app_role for m in members(session.register)}


def submit(qtbot, dialog: PersonDialog) -> None:
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog._busy, timeout=20_000)


def test_the_people_page_is_a_managers_only(team, qtbot):
    editor_name = unique("ed")
    with team.open() as reg:
        add_member(reg, editor_name, "editor", PASSWORD)
    session = Session(team.open(editor_name, PASSWORD), Settings())
    try:
        window = MainWindow(session)
        qtbot.addWidget(window)
        assert "people" not in window.page_index
        assert all(window.sidebar.item(i).data(0x0100) != "people" for i in range(window.sidebar.count()))
    finally:
        session.close()


def test_adding_changing_and_removing_people(manager_window, qtbot, monkeypatch, popups):
    window = manager_window
    session = window.session
    window.show_page("people")
    page = window.people_page
    assert isinstance(page, PeoplePage) and window.current_page() == "people"
    assert [page.table.item(0, c).text() for c in range(4)] == ["maria (you)", "Manager", "Yes", "Yes"]

    # Typed twice: a mismatch and a weak one are refused in the dialog, with what was typed kept.
    person = unique("ana")
    dialog = page.add_person()
    dialog.name_edit.setText(person)
    dialog.role_box.setCurrentIndex(dialog.role_box.findData("editor"))
    dialog.password.first.setText(PASSWORD)
    dialog.password.second.setText(PASSWORD + "x")
    submit(qtbot, dialog)
    assert "not the same" in dialog.error_text() and dialog.isVisible()
    dialog.password.first.setText("ana12345")
    dialog.password.second.setText("ana12345")
    submit(qtbot, dialog)
    assert "password" in dialog.error_text().lower() and dialog.isVisible()
    assert person not in roles(session)
    dialog.password.first.setText(PASSWORD)
    dialog.password.second.setText(PASSWORD)
    submit(qtbot, dialog)
    qtbot.waitUntil(lambda: person in [p.person for p in page.people], timeout=10_000)
    assert roles(session)[person] == "editor" and page.selected() == person

    # Made by Atlas: shown once, with a Copy button (the clipboard wipes it after 30 s).
    reader = unique("rob")
    copied: list[str] = []
    monkeypatch.setattr("atlas_desktop.gui.clipboard.copy_sensitive", copied.append)
    dialog = page.add_person()
    dialog.name_edit.setText(reader)
    dialog.role_box.setCurrentIndex(dialog.role_box.findData("reader"))
    dialog.password.made.setChecked(True)
    made = dialog.password.made_edit.text()
    assert len(made) == 24 and dialog.password.made_note.isVisibleTo(dialog)
    assert not dialog.password.first.isVisibleTo(dialog)
    dialog.password.copy_button.click()
    assert copied == [made]
    shoot(qtbot, dialog, "team-add-person")
    submit(qtbot, dialog)
    qtbot.waitUntil(lambda: reader in [p.person for p in page.people], timeout=10_000)
    from atlas_desktop.storage.team import TeamRegister
    target = session.register.target
    TeamRegister.open(target.with_login(user=reader, password=made)).close()  # they can sign in with it

    # A name the server cannot take is refused plainly.
    dialog = page.add_person()
    dialog.name_edit.setText("Not A Name")
    dialog.password.first.setText(PASSWORD)
    dialog.password.second.setText(PASSWORD)
    submit(qtbot, dialog)
    assert "cannot be a sign-in name" in dialog.error_text()
    dialog.reject()

    # Change a role (with the new password it takes).
    page.select(person)
    assert page.role_button.isEnabled() and page.remove_button.isEnabled()
    dialog = page.change_role()
    assert dialog.name_edit.isReadOnly() and dialog.role_box.currentData() == "editor"
    dialog.role_box.setCurrentIndex(dialog.role_box.findData("manager"))
    dialog.password.first.setText(PASSWORD)
    dialog.password.second.setText(PASSWORD)
    shoot(qtbot, dialog, "team-change-role")
    submit(qtbot, dialog)
    qtbot.waitUntil(lambda: roles(session).get(person) == "manager", timeout=10_000)
    page.refresh()
    shoot(qtbot, window, "team-people-page")

    # Yourself: neither your role nor removing you from here.
    page.select("maria")
    assert not page.role_button.isEnabled() and not page.remove_button.isEnabled()
    assert "another manager" in page.remove_button.toolTip()

    # Remove, after confirming.
    answers = iter([False, True])
    monkeypatch.setattr(team_people, "confirm", lambda *a: next(answers))
    page.select(reader)
    assert not page.remove_person()
    assert reader in roles(session)
    page.select(reader)
    assert page.remove_person()
    qtbot.waitUntil(lambda: reader not in [p.person for p in page.people], timeout=10_000)
    assert reader not in roles(session) and popups == []


def test_a_refusal_by_the_server_is_said_plainly(manager_window, qtbot, team, popups):
    """A manager demoted by another manager meanwhile: the next act is refused, in plain words."""
    window = manager_window
    other = unique("boss")
    with team.open() as reg:
        add_member(reg, other, "manager", PASSWORD)
    with team.open(other, PASSWORD) as theirs:
        add_member(theirs, "maria", "editor", TEAM_PASSWORD)
    try:
        window.show_page("people")
        page = window.people_page
        dialog = page.add_person()
        dialog.name_edit.setText(unique("eve"))
        dialog.password.first.setText(PASSWORD)
        dialog.password.second.setText(PASSWORD)
        submit(qtbot, dialog)
        assert "Only a manager" in dialog.error_text() and "Traceback" not in dialog.error_text()
        shoot(qtbot, dialog, "team-add-person-refused")
    finally:
        with team.open(other, PASSWORD) as theirs:
            add_member(theirs, "maria", "manager", TEAM_PASSWORD)


def test_the_app_shows_the_people_page_to_a_manager(team, qtbot):
    controller = AtlasApp(Settings())
    window = controller.open_register(team.open())
    try:
        assert window.pages[-1][0] == "people"
        window.show_page("people")
        assert window.people_page.table.rowCount() >= 1
    finally:
        controller._finish_close()
