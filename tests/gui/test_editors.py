"""Editors end to end on a real (demo) register: open, create, edit, validation shown by field,
unsaved changes, locking, one window per record, attachments."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from atlas_desktop.core.entities import ENTITIES
from atlas_desktop.gui import dialogs, editors
from atlas_desktop.gui.editors import EditorWindow, open_editor, open_editors
from atlas_desktop.gui.editors.attachments import AttachmentsPanel
from atlas_desktop.gui.session import Locked
from tests.gui import editor_fixtures as fx
from tests.gui.editor_fixtures import first_id, reopen, shoot

clock, screenshots, session = fx.clock, fx.screenshots, fx.session  # the shared fixtures

Button = QMessageBox.StandardButton


def editor(qtbot, session, entity, record_id=None, clock=None) -> EditorWindow:
    return open_editor(session, entity, record_id, now=clock)  # the session fixture closes it


def type_text(window: EditorWindow, key: str, text: str) -> None:
    """Type into a text field as a person would (textEdited fires)."""
    edit = window.rows[key].widget.focus_target()
    edit.selectAll()
    edit.insert(text)


@pytest.mark.parametrize("entity", [e.key for e in ENTITIES])
def test_every_editor_opens_on_the_demo_and_is_clean(qtbot, session, clock, screenshots, entity):
    window = editor(qtbot, session, entity, first_id(session, entity), clock)
    assert not window.has_unsaved_changes()
    assert window.validate_now() == []  # demo records are valid: nothing to show
    for row in window.rows.values():  # every field: label or check box text, help citing its article
        target = row.widget.focus_target()
        assert target.accessibleName()
        if row.field.article:
            assert row.field.article in row.help_label.text()
            assert row.field.article in target.accessibleDescription()
        if row.label is not None:
            assert row.label.buddy() is target
    path = shoot(qtbot, window, screenshots, entity)
    assert path.stat().st_size > 0


@pytest.mark.parametrize("entity", [e.key for e in ENTITIES if not e.singleton])
def test_new_record_editor_opens_blank_and_untouched(qtbot, session, clock, entity):
    window = editor(qtbot, session, entity, None, clock)
    assert window.record_id is None
    assert not window.has_unsaved_changes()
    assert window.heading.text().startswith("New")
    window.close()
    assert window not in open_editors()


def test_creating_a_record_reaches_storage_and_the_audit_trail(qtbot, session, clock):
    window = editor(qtbot, session, "activity", 0, clock)
    type_text(window, "name", "Visitor log")
    type_text(window, "owner", "Reception")
    processors = session.records.titles("processor")
    chosen = next(iter(processors))
    window.rows["processors"].widget.set_choice(chosen, True)  # the cross-register picker
    assert window.has_unsaved_changes()
    with qtbot.waitSignal(session.changed) as changed, qtbot.waitSignal(window.saved) as saved:
        assert window.save()
    assert changed.args == ["activity"]
    _, new_id = saved.args
    stored = session.records.get("activity", new_id)
    assert (stored["name"], stored["owner"], stored["processors"]) == ("Visitor log", "Reception", [chosen])
    entry = list(session.register.audit.entries(entity="activity", record=str(new_id)))[-1]
    assert (entry.action, entry.actor, entry.after["name"]) == ("create", "tester", "Visitor log")
    assert window.record_id == new_id and not window.has_unsaved_changes()
    # The processor's editor shows the link from the other side, read-only.
    other = editor(qtbot, session, "processor", chosen, clock)
    assert new_id in other.rows["activities"].widget.value()
    assert not other.rows["activities"].field.editable


def test_editing_a_record_saves_only_the_change_and_audits_it(qtbot, session, clock):
    rid = first_id(session, "policy")
    window = editor(qtbot, session, "policy", rid, clock)
    type_text(window, "version", "9.9")
    assert window.save_and_close()
    assert session.records.get("policy", rid)["version"] == "9.9"
    entry = list(session.register.audit.entries(entity="policy", record=str(rid)))[-1]
    assert entry.action == "update" and entry.changed_fields() == ["version"]


def test_organisation_is_saved_through_save_organisation(qtbot, session, clock):
    window = editor(qtbot, session, "organisation", None, clock)
    assert window.record_id == 1
    type_text(window, "phone", "+40 21 000 0000")
    assert window.save()
    assert session.records.organisation()["phone"] == "+40 21 000 0000"


def test_validation_shows_every_problem_by_its_field_and_saves_nothing(qtbot, session, clock, screenshots):
    before = session.records.count("breach")
    window = editor(qtbot, session, "breach", None, clock)
    type_text(window, "title", "  ")
    assert not window.save()
    assert session.records.count("breach") == before
    keys = {p.field for p in window.problems()}
    assert {"title", "aware_at", "description"} <= keys
    row = window.rows["title"]
    assert not row.problem.isHidden() and "Title is required." in row.problem_text.text()
    assert "Title is required." in row.widget.focus_target().accessibleDescription()
    lines = window.summary.lines()
    assert len(lines) == len(window.problems()) and "Title is required." in lines
    assert not window.summary.isHidden()
    # Choosing a problem in the summary goes to its field.
    index = next(i for i, p in enumerate(window.problems()) if p.field == "aware_at")
    window.summary.chosen.emit(index)
    assert window.nav.list.currentItem().text().startswith("When")
    assert "to fix" in window.nav.list.currentItem().text()  # the section says so, in words
    shoot(qtbot, window, screenshots, "breach_new_problems")


def test_table_problem_names_row_and_column(qtbot, session, clock):
    window = editor(qtbot, session, "dpia", first_id(session, "dpia"), clock)
    table = window.rows["risks"].widget
    table.add_row()
    form = table.row_form.rows
    form["source"].widget.focus_target().insert("Chat logs leaked")
    form["likelihood"].widget.spin.setValue(2)
    form["severity"].widget.spin.setValue(3)
    form["residual_likelihood"].widget.spin.setValue(1)  # the residual severity is missing
    assert not window.save()
    problem = next(p for p in window.problems() if p.field == "risks")
    number = len(table.value())
    assert (problem.row, problem.column) == (number, "residual_severity")
    assert f"Risks, row {number}:" in window.summary.lines()[0]
    cell = table.table.item(number - 1, [s.key for s in table.field.fields].index("residual_severity"))
    assert "both the likelihood and the severity" in cell.toolTip() and not cell.icon().isNull()
    assert not form["residual_severity"].problem.isHidden()


def test_live_validation_marks_a_touched_field_after_a_pause(qtbot, session, clock):
    window = editor(qtbot, session, "training", first_id(session, "training"), clock)
    type_text(window, "completed_on", "next tuesday")
    qtbot.waitUntil(lambda: not window.rows["completed_on"].problem.isHidden())
    assert "must be a date" in window.rows["completed_on"].problem_text.text()
    type_text(window, "completed_on", "2025-01-02")
    qtbot.waitUntil(lambda: window.rows["completed_on"].problem.isHidden())
    # Computed fields follow the draft: expires_on = completed + valid months.
    assert window.rows["expires_on"].widget.value().isoformat().startswith("2026-01-02")


@pytest.mark.parametrize("answer, saved, closed", [(Button.Cancel, False, False), (Button.Discard, False, True),
                                                   (Button.Save, True, True)])
def test_closing_with_unsaved_changes_asks_first(qtbot, session, clock, monkeypatch, answer, saved, closed):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or answer)
    rid = first_id(session, "person")
    window = editor(qtbot, session, "person", rid, clock)
    type_text(window, "role", "Night dispatcher")
    window.close()
    assert len(asked) == 1
    assert (window in open_editors()) is not closed
    assert (session.records.get("person", rid)["role"] == "Night dispatcher") is saved
    if not closed:
        assert window.has_unsaved_changes() and window.values()["role"] == "Night dispatcher"


def test_discard_and_close_drops_the_draft_without_asking(qtbot, session, clock, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked"))
    rid = first_id(session, "person")
    window = editor(qtbot, session, "person", rid, clock)
    type_text(window, "role", "Night dispatcher")
    window.discard_and_close()
    assert window not in open_editors()
    assert session.records.get("person", rid)["role"] != "Night dispatcher"


def test_closing_without_changes_does_not_ask(qtbot, session, clock, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked without changes"))
    window = editor(qtbot, session, "person", first_id(session, "person"), clock)
    window.close()
    assert window not in open_editors()


def test_the_draft_survives_a_lock_and_saves_after_the_unlock(qtbot, session, clock, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a))
    rid = first_id(session, "consent")
    window = editor(qtbot, session, "consent", rid, clock)
    type_text(window, "evidence_reference", "form-4711")
    session.lock()
    with pytest.raises(Locked):
        session.records  # noqa: B018  (the editor must not reach for it now)
    assert not window.lock_banner.isHidden() and not window.save_button.isEnabled()
    type_text(window, "information_version", "v7")  # editing on, while locked, is kept
    window.validate_now()  # must not touch the locked register
    assert not window.save() and told
    assert window.values()["evidence_reference"] == "form-4711"
    session.unlock(reopen(session))
    assert window.save_button.isEnabled() and window.lock_banner.isHidden()
    assert window.save()
    stored = session.records.get("consent", rid)
    assert (stored["evidence_reference"], stored["information_version"]) == ("form-4711", "v7")


def test_one_window_per_record(qtbot, session, clock):
    rid = first_id(session, "processor")
    first = editor(qtbot, session, "processor", rid, clock)
    again = editor(qtbot, session, "processor", rid, clock)
    assert again is first and open_editors().count(first) == 1
    new_one, new_two = editor(qtbot, session, "processor", 0, clock), editor(qtbot, session, "processor", None, clock)
    assert new_one is not new_two  # two new records are two windows


def test_attachments_add_save_as_and_remove(qtbot, session, clock, monkeypatch, tmp_path):
    source = tmp_path / "dpa-signed.pdf"
    source.write_bytes(b"%PDF-1.4 signed contract")
    rid = first_id(session, "processor")
    window = editor(qtbot, session, "processor", rid, clock)
    panel: AttachmentsPanel = window.attachments
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(source)], ""))
    panel.add_files()
    assert panel.names() == ["dpa-signed.pdf"]
    panel.table.selectRow(0)
    warned = []
    monkeypatch.setattr(dialogs, "warn_unencrypted_export", lambda parent: warned.append(1) or True)
    copy = tmp_path / "out" / "copy.pdf"
    copy.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    assert panel.save_selected() == copy and copy.read_bytes() == source.read_bytes() and warned
    opened = []
    monkeypatch.setattr(editors.attachments.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    opened_copy = tmp_path / "out" / "to-open.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(opened_copy), ""))
    assert panel.open_selected() == opened_copy
    assert Path(opened[0].toLocalFile()) == opened_copy
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    assert panel.remove_selected()
    assert panel.names() == []
    actions = [e.action for e in session.register.audit.entries(entity="attachment")]
    assert actions[-2:] == ["create", "delete"]


def test_attachments_wait_for_the_first_save(qtbot, session, clock):
    window = editor(qtbot, session, "policy", None, clock)
    assert not window.attachments.add_button.isEnabled()
    assert "Save the record first" in window.attachments.empty.text()
    type_text(window, "title", "Clean desk policy")
    assert window.save()
    assert window.attachments.add_button.isEnabled()
