"""Two people editing the same record of a team register: the editor remembers the version it read, and a
save after someone else's is refused with their name, the editor staying open with the draft as typed."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from atlas_desktop.gui import dialogs
from atlas_desktop.gui.editors import open_editor, open_editors
from atlas_desktop.gui.session import Session
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.settings import Settings
from atlas_desktop.storage.team_members import add_member

AWARE = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
PASSWORD = "quartz-meadow-violin-harbour"


@pytest.fixture(autouse=True)
def popups(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(dialogs.QMessageBox, "warning", lambda *a, **k: shown.append(str(a[2])))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    return shown


@pytest.fixture
def maria(team):
    session = Session(team.open(), Settings())
    yield session
    for editor in open_editors():
        editor.discard_and_close()
    session.close()


def test_a_save_after_someone_elses_is_refused_and_the_draft_kept(team, maria, qtbot, popups):
    colleague = f"ana{uuid.uuid4().hex[:6]}"
    with team.open() as reg:
        add_member(reg, colleague, "editor", PASSWORD)
        breach_id = Records(reg).create("breach", {"title": "Laptop stolen", "aware_at": AWARE,
                                                    "description": "From a parked car."})
    editor = open_editor(maria, "breach", breach_id)
    qtbot.waitExposed(editor)
    editor.rows["description"].widget.set_value("From a parked car in Cluj; the disk was encrypted.")

    # Meanwhile the colleague saves the same breach from their own computer.
    with team.open(colleague, PASSWORD) as theirs:
        Records(theirs).update("breach", breach_id, {"title": "Laptop stolen from a car"})

    assert not editor.save_and_close()
    assert editor.isVisible() and not editor.is_closed
    banner = editor.refused_banner
    assert banner.isVisible()
    text = banner.text_label.text()
    assert colleague in text and "Title" in text and "still in the editor" in text
    assert editor.values()["description"] == "From a parked car in Cluj; the disk was encrypted."
    assert editor.values()["title"] == "Laptop stolen"  # what this window read; theirs is not forced in
    assert editor.has_unsaved_changes() and popups == []
    editor.resize(900, 700)
    path = Path(os.environ["ATLAS_SCREENSHOTS"]) / "team-edit-conflict.png"
    for _ in range(3):
        QApplication.processEvents()
    assert editor.grab().save(str(path))

    # Closing with Save asks, the save is refused again, and the window stays with the draft.
    assert not editor.close() and editor.isVisible()
    with team.open() as reg:
        stored = Records(reg).get("breach", breach_id)
    assert stored["title"] == "Laptop stolen from a car" and stored["description"] == "From a parked car."

    # Reopened (after copying the draft), the editor reads their version and saves on top of it.
    editor.discard_and_close()
    again = open_editor(maria, "breach", breach_id)
    assert again is not editor and again.values()["title"] == "Laptop stolen from a car"
    assert not again.refused_banner.isVisible()
    again.rows["description"].widget.set_value("From a parked car in Cluj; the disk was encrypted.")
    assert again.save()
    with team.open() as reg:
        assert Records(reg).get("breach", breach_id)["description"].endswith("encrypted.")


def test_two_sessions_in_this_app_conflict_the_same_way(team, maria, qtbot):
    with team.open() as reg:
        organisation_version = Records(reg).version("organisation", 1)
    other = Session(team.open(), Settings())
    try:
        mine = open_editor(maria, "organisation", None)
        theirs = open_editor(other, "organisation", None)  # another session: another window
        assert mine is not theirs
        theirs.rows["phone"].widget.set_value("+40 21 000 0000")
        assert theirs.save()
        mine.rows["email"].widget.set_value("office@acme.example")
        assert not mine.save()
        assert "Phone" in mine.refused_banner.text_label.text()
        assert mine.values()["email"] == "office@acme.example"
        assert maria.records.version("organisation", 1) == organisation_version + 1
    finally:
        for editor in open_editors():
            editor.discard_and_close()
        other.close()
