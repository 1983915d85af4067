"""The audit log page on real registers: entries in plain words and local time, field names but never values
until details are asked for, filters by register, person and text, and the chain check off the GUI thread."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from atlas_desktop.gui.audit_details import AuditDetailsDialog
from atlas_desktop.gui.auditview import AuditView
from atlas_desktop.gui.session import Session
from atlas_desktop.storage.demo import create_demo
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.settings import Settings

NOW = dt.datetime.now(dt.UTC)  # saves in these tests are judged against the real clock
SECRET = "Canary-CNP-2790315400123"


@pytest.fixture
def demo(qapp, tmp_path):
    reg, _ = create_demo(tmp_path / "demo.atlas", now=NOW)
    session = Session(reg, Settings(user_name="Ana Auditor"))
    yield session
    session.close()


def open_view(qtbot, session) -> AuditView:
    view = AuditView(session)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def shots(tmp_path: Path, name: str) -> Path:
    folder = Path(os.environ.get("ATLAS_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{name}.png"


def rows(view: AuditView) -> list[list[str]]:
    m = view.model
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


def change_a_breach(session) -> int:
    records = Records(session.register)
    bid = records.ids("breach", status="open")[0]
    records.update("breach", bid, {"containment": f"Reset passwords of {SECRET}.", "status": "contained"})
    session.notify("breach")
    return bid


def test_entries_newest_first_in_plain_words_without_values(qtbot, demo):
    view = open_view(qtbot, demo)
    total = demo.register.audit.head().count
    assert view.model.rowCount() == total and view.count_label.text() == f"{total} entries"
    bid = change_a_breach(demo)  # the view is shown: it refreshes at once
    title = Records(demo.register).get("breach", bid)["title"]
    newest = rows(view)[0]
    assert newest[1:] == ["Ana Auditor", "Changed", "Breaches", f"#{bid} {title}", "Containment, Status"]
    assert newest[0].endswith(("EET", "EEST"))  # the organisation's zone (Bucharest), not UTC
    everything = " ".join(" ".join(r) for r in rows(view))
    assert SECRET not in everything and "Reset passwords" not in everything
    seqs = [view.model.index(r, 0).data(Qt.UserRole + 1) for r in range(view.model.rowCount())]
    assert seqs == sorted(seqs, reverse=True)
    first_record = next(r for r in reversed(rows(view)) if r[3] == "Processors")
    assert first_record[2] == "Created" and first_record[5] == "(new record)"
    assert rows(view)[-1][3] == "Register settings"  # the register file's own entries come first


def test_deleted_records_are_named_by_number_only(qtbot, demo):
    records = Records(demo.register)
    pid = records.ids("policy")[0]
    records.delete("policy", pid)
    view = open_view(qtbot, demo)
    deleted = [r for r in rows(view) if r[3] == "Policies" and r[4].startswith(f"#{pid} ")]
    assert [r[2] for r in deleted] == ["Deleted", "Created"]
    assert {r[4] for r in deleted} == {f"#{pid} (deleted)"}


def test_filters_by_register_person_and_text(qtbot, demo):
    change_a_breach(demo)
    view = open_view(qtbot, demo)
    total = view.model.rowCount()
    view.entity_combo.setCurrentIndex(view.entity_combo.findData("breach"))
    # The demo's four breaches were created, and one was changed by Ana.
    assert {r[3] for r in rows(view)} == {"Breaches"} and view.model.rowCount() == 5
    assert view.count_label.text() == f"5 of {total} entries"
    actors = [view.actor_combo.itemText(i) for i in range(view.actor_combo.count())]
    assert actors == ["Everyone", "Ana Auditor", "Andrei Popescu", "demo"]
    view.actor_combo.setCurrentIndex(actors.index("Ana Auditor"))
    assert [r[2] for r in rows(view)] == ["Changed"]
    view.entity_combo.setCurrentIndex(0)
    view.actor_combo.setCurrentIndex(0)
    qtbot.keyClicks(view.filter_edit, "containment")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    qtbot.keyClicks(view.filter_edit, "x")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    view.filter_edit.clear()
    qtbot.keyClicks(view.filter_edit, SECRET[:10])  # values are not searched: they are not shown
    qtbot.waitUntil(lambda: view.count_label.text() == f"0 of {total} entries")


def test_sorting_by_a_column_keeps_the_selected_entry(qtbot, demo):
    view = open_view(qtbot, demo)
    view.table.selectRow(5)
    chosen = view.current_entry()
    view.table.sortByColumn(3, Qt.AscendingOrder)
    registers = [r[3] for r in rows(view)]
    assert registers == sorted(registers, key=str.casefold)
    assert view.current_entry() == chosen


def test_details_show_the_values_only_when_asked(qtbot, demo, monkeypatch, tmp_path):
    view = open_view(qtbot, demo)
    assert not view.details_button.isEnabled()
    change_a_breach(demo)
    view.table.selectRow(0)
    assert view.details_button.isEnabled()
    opened: list[AuditDetailsDialog] = []
    monkeypatch.setattr(AuditDetailsDialog, "exec", lambda self: opened.append(self) or 0)
    view.details_button.click()
    (dialog,) = opened
    table = dialog.table
    cells = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert cells[0][0] == "Containment" and cells[0][2] == f"Reset passwords of {SECRET}."
    assert cells[1] == ["Status", "Open: investigating", "Contained"]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(20)
    assert dialog.grab().save(str(shots(tmp_path, "audit-details")))


def test_verify_chain_runs_in_the_background_and_says_intact(qtbot, demo, tmp_path):
    view = open_view(qtbot, demo)
    view.verify_button.click()
    assert not view.verify_button.isEnabled()
    qtbot.waitUntil(lambda: view.verdict is not None, timeout=10_000)
    assert view.verdict.ok and view.verify_button.isEnabled()
    count = demo.register.audit.head().count
    assert view.verdict_label.text() == f"Intact: all {count} entries are sealed and in order. Nothing was altered."
    qtbot.wait(20)
    view.table.selectRow(1)
    assert view.grab().save(str(shots(tmp_path, "audit-log")))


def test_verify_chain_says_plainly_where_it_is_broken(qtbot, demo):
    view = open_view(qtbot, demo)
    demo.register.db.execute_sql("UPDATE audit_entry SET actor = 'mallory' WHERE seq = 7")
    view.verify()
    qtbot.waitUntil(lambda: view.verdict is not None, timeout=10_000)
    assert not view.verdict.ok and view.verdict.broken_at == 7
    text = view.verdict_label.text()
    assert text.startswith("Broken at entry 7: Entry 7 does not match its seal") and "restore a backup" in text
    assert view.verdict_icon.accessibleName() == "Broken"


def test_verify_names_records_changed_outside_atlas(qtbot, demo):
    """A row changed by raw SQL (a passphrase holder, or malware in their session) leaves the chain intact,
    so the records are compared with it too, and each one that differs is named."""
    view = open_view(qtbot, demo)
    demo.register.db.execute_sql("UPDATE breach SET title = 'Nothing happened' WHERE id = 2")
    view.verify()
    qtbot.waitUntil(lambda: view.verdict is not None, timeout=20_000)
    assert view.verdict.ok
    text = view.verdict_label.text()
    assert "1 records differ from it: breach #2: changed outside Atlas (title)" in text
    assert view.verdict_icon.accessibleName() == "Changed outside Atlas"


def test_opening_a_register_changed_outside_atlas_warns_without_being_asked(qtbot, demo, monkeypatch):
    from PySide6.QtWidgets import QMessageBox, QWidget

    from atlas_desktop.gui import integrity_check

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)
    worker = integrity_check.check_records(parent, demo.register)
    qtbot.waitUntil(worker.isFinished, timeout=20_000)
    qtbot.wait(100)  # its outcome arrives as a queued signal
    assert shown == []  # a register written only by Atlas: no word
    demo.register.db.execute_sql("DELETE FROM consent WHERE id = 1")
    integrity_check.check_records(parent, demo.register)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert "consent #1: deleted outside Atlas" in shown[0] and "atlas doctor" in shown[0]


def test_lock_empties_the_log(qtbot, demo):
    view = open_view(qtbot, demo)
    demo.lock()
    assert view.model.rowCount() == 0 and view.model.entries == []


def test_the_audit_model_passes_the_model_tester(qtmodeltester, qtbot, demo):
    change_a_breach(demo)
    view = open_view(qtbot, demo)
    qtmodeltester.check(view.model, force_py=True)
