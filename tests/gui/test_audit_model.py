"""The audit log page reads lean on real registers: nothing before it is shown, then the newest entries'
summaries, the values of only the rows on screen, and every entry only when a filter, a sort or the
scroll bar needs them; the cells are the same words the page always showed."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from atlas_desktop.core import clocks
from atlas_desktop.core.entities import BY_KEY
from atlas_desktop.gui import audit_model
from atlas_desktop.gui.audit_details import AuditDetailsDialog, action_label, field_label, register_label
from atlas_desktop.gui.auditview import AuditView
from atlas_desktop.gui.mainwindow import MainWindow
from atlas_desktop.gui.session import Session
from atlas_desktop.storage import audit as audit_module
from atlas_desktop.storage.audit import AuditTrail, Summary
from atlas_desktop.storage.demo import create_demo
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.settings import Settings

NOW = dt.datetime.now(dt.UTC)
READS = ("entries", "summaries", "count", "changed_fields", "entry")


@pytest.fixture
def demo(qapp, tmp_path):
    reg, _ = create_demo(tmp_path / "demo.atlas", now=NOW)
    session = Session(reg, Settings(user_name="Ana Auditor"))
    yield session
    session.close()


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """The names of the audit trail's reads, in the order they are made."""
    made: list[str] = []
    for name in READS:
        original = getattr(AuditTrail, name)

        def spy(self, *args, _original=original, _name=name, **kwargs):
            made.append(_name)
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(AuditTrail, name, spy)
    return made


class CountingJson:
    """Stands in for the audit module's ``json``: counts the values parsed."""

    def __init__(self) -> None:
        self.parsed = 0

    def loads(self, text: str):
        self.parsed += 1
        return json.loads(text)


def open_view(qtbot, session) -> AuditView:
    view = AuditView(session)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def row(view: AuditView, r: int) -> list[str]:
    return [view.model.index(r, c).data() for c in range(view.model.columnCount())]


def rows(view: AuditView) -> list[list[str]]:
    return [row(view, r) for r in range(view.model.rowCount())]


def expected_rows(session) -> list[list[str]]:
    """The cells as the page made them when it held every entry whole: the oracle for the lean model."""
    records = Records(session.register)
    zone = clocks.zone(records.context().time_zone)
    entries = list(session.register.audit.entries())
    titles = {key: records.titles(key) for key in BY_KEY}
    out = []
    for e in reversed(entries):
        when = dt.datetime.fromisoformat(e.at).astimezone(zone).strftime("%Y-%m-%d %H:%M:%S %Z")
        record = e.record
        if e.entity in BY_KEY and e.record.isdigit():
            title = titles[e.entity].get(int(e.record))
            record = f"#{e.record} {title}" if title else f"#{e.record} (deleted)"
        if e.action == "create" and e.entity in BY_KEY:
            changed = "(new record)"
        elif e.action == "delete":
            changed = "(whole record)"
        else:
            changed = ", ".join(field_label(e.entity, k) for k in e.changed_fields())
        out.append([when, e.actor, action_label(e.action), register_label(e.entity), record, changed])
    return out


def add_updates(session, count: int) -> int:
    """``count`` audited changes of one breach's containment, written straight to the trail (fast)."""
    reg = session.register
    bid = Records(reg).ids("breach")[0]
    with reg.transaction():
        for i in range(count):
            reg.audit.append("Bulk Bot", "update", "breach", str(bid), {"containment": f"step {i}", "status": "open"},
                             {"containment": f"step {i + 1}", "status": "open"})
    return bid


def test_the_page_reads_nothing_until_it_is_shown(qtbot, demo, reads):
    view = AuditView(demo)
    qtbot.addWidget(view)
    demo.notify("breach")  # a change while hidden marks the page stale; it does not read
    assert reads == [] and view.model.rowCount() == 0 and view.model.entries == []
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    assert "summaries" in reads and "entries" not in reads
    assert view.model.rowCount() == demo.register.audit.count()


def test_building_the_main_window_reads_no_audit_entry(qtbot, demo, reads):
    window = MainWindow(demo)
    qtbot.addWidget(window)
    assert reads == []
    window.show_page("audit")
    window.show()
    qtbot.waitExposed(window)
    assert "summaries" in reads and window.audit_view.model.rowCount() == demo.register.audit.count()


def test_the_cells_are_the_words_the_page_always_showed(qtbot, demo):
    records = Records(demo.register)
    pid = records.ids("policy")[0]
    records.delete("policy", pid)
    bid = records.ids("breach", status="open")[0]
    records.update("breach", bid, {"containment": "Reset passwords.", "status": "contained"})
    view = open_view(qtbot, demo)
    assert rows(view) == expected_rows(demo)
    deleted = {r[4] for r in rows(view) if r[3] == "Policies" and r[4].startswith(f"#{pid} ")}
    assert deleted == {f"#{pid} (deleted)"}
    assert rows(view)[0][5] == "Containment, Status"


def test_a_long_trail_is_listed_without_parsing_its_values(qtbot, demo, monkeypatch):
    add_updates(demo, 10_000)
    total = demo.register.audit.count()
    counter = CountingJson()
    monkeypatch.setattr(audit_module, "json", counter)
    view = open_view(qtbot, demo)
    qtbot.wait(20)
    assert view.grab().width() > 0  # painted: the rows on screen asked for their cells
    assert 0 < counter.parsed <= 2 * audit_model.BATCH_ROWS  # a before and an after per row read, no more
    assert view.model.rowCount() == audit_model.HEAD_ROWS < total
    assert view.count_label.text() == f"{total} entries"
    assert all(type(s) is Summary for s in view.model.entries)  # no values held
    newest = row(view, 0)
    assert newest[1:] == ["Bulk Bot", "Changed", "Breaches", newest[4], "Containment"]

    view.table.scrollToBottom()  # past the newest: every summary is read, still no values
    qtbot.waitUntil(lambda: view.model.rowCount() == total)
    parsed = counter.parsed
    assert parsed <= 4 * audit_model.BATCH_ROWS

    view.filter_edit.setText("containment")  # the text filter needs every row's changed fields
    view._apply_filters()
    assert view.model.rowCount() >= 10_000 and counter.parsed >= 2 * 10_000
    assert len(view.model._titles) <= audit_model.CACHE_LIMIT  # what the filter read is not all kept
    assert view.count_label.text() == f"{view.model.rowCount()} of {total} entries"
    parsed = counter.parsed
    view.table.sortByColumn(5, Qt.AscendingOrder)  # an entry's changed fields are read once
    view.filter_edit.clear()
    view._apply_filters()
    assert counter.parsed == parsed and view.model.rowCount() == total


def test_newest_first_then_the_rest_when_needed(qtbot, demo, monkeypatch):
    monkeypatch.setattr(audit_model, "HEAD_ROWS", 5)
    everything = expected_rows(demo)
    total = len(everything)
    view = open_view(qtbot, demo)
    assert rows(view) == everything[:5] and view.count_label.text() == f"{total} entries"
    assert [view.actor_combo.itemText(i) for i in range(view.actor_combo.count())] == ["Everyone"]
    view.table.selectRow(2)
    chosen = view.current_entry()
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.rowCount() == total)
    assert rows(view) == everything and view.current_entry() == chosen  # the older rows went below


def test_the_people_are_listed_when_someone_reaches_for_the_list(qtbot, demo, monkeypatch):
    monkeypatch.setattr(audit_model, "HEAD_ROWS", 5)
    view = open_view(qtbot, demo)
    assert view.actor_combo.count() == 1
    QTest.mouseClick(view.actor_combo, Qt.LeftButton)
    people = [view.actor_combo.itemText(i) for i in range(view.actor_combo.count())]
    assert people == ["Everyone", "Andrei Popescu", "demo"]  # the demo's manager recorded their own name
    view.actor_combo.hidePopup()
    assert view.model.complete and view.model.rowCount() == demo.register.audit.count()


@pytest.mark.parametrize("column", [1, 4, 5])
def test_sorting_by_a_column_reads_every_entry_and_keeps_the_selection(qtbot, demo, monkeypatch, column):
    monkeypatch.setattr(audit_model, "HEAD_ROWS", 5)
    view = open_view(qtbot, demo)
    view.table.selectRow(1)
    chosen = view.current_entry()
    view.table.sortByColumn(column, Qt.AscendingOrder)
    shown = rows(view)
    assert len(shown) == demo.register.audit.count()
    texts = [r[column].casefold() for r in shown]
    assert texts == sorted(texts)
    assert view.current_entry() == chosen
    view.table.sortByColumn(0, Qt.DescendingOrder)
    assert rows(view) == expected_rows(demo)


def test_the_text_filter_finds_by_changed_field_and_by_record_title(qtbot, demo, monkeypatch):
    monkeypatch.setattr(audit_model, "HEAD_ROWS", 5)
    records = Records(demo.register)
    bid = records.ids("breach", status="open")[0]
    records.update("breach", bid, {"containment": "Reset passwords.", "status": "contained"})
    title = records.get("breach", bid)["title"]
    view = open_view(qtbot, demo)
    total = demo.register.audit.count()
    view.filter_edit.setText("containment")  # a field's label, not its value
    view._apply_filters()
    assert [r[5] for r in rows(view)] == ["Containment, Status"]
    view.filter_edit.setText(title[3:15].upper())  # part of the record's title, in any case
    view._apply_filters()
    found = rows(view)
    assert found and {r[4] for r in found} == {f"#{bid} {title}"}
    assert view.count_label.text() == f"{len(found)} of {total} entries"
    view.filter_edit.setText("Reset passwords")  # values are never searched
    view._apply_filters()
    assert view.model.rowCount() == 0
    view.filter_edit.clear()
    view._apply_filters()
    assert rows(view) == expected_rows(demo)


def test_filters_by_register_and_person_use_the_summaries(qtbot, demo, monkeypatch):
    add_updates(demo, 50)
    counter = CountingJson()
    monkeypatch.setattr(audit_module, "json", counter)
    view = open_view(qtbot, demo)
    view.entity_combo.setCurrentIndex(view.entity_combo.findData("breach"))
    view.actor_combo.setCurrentIndex(view.actor_combo.findData("Bulk Bot"))
    assert view.model.rowCount() == 50 and {r[1] for r in rows(view)} == {"Bulk Bot"}
    assert counter.parsed <= 2 * audit_model.BATCH_ROWS  # only rows on screen were read whole


def test_details_read_the_whole_entry_when_asked(qtbot, demo, monkeypatch):
    bid = add_updates(demo, 3)
    view = open_view(qtbot, demo)
    view.table.selectRow(0)
    opened: list[AuditDetailsDialog] = []
    monkeypatch.setattr(AuditDetailsDialog, "exec", lambda self: opened.append(self) or 0)
    view.show_details()
    (dialog,) = opened
    qtbot.addWidget(dialog)
    cells = [[dialog.table.item(r, c).text() for c in range(3)] for r in range(dialog.table.rowCount())]
    assert cells == [["Containment", "step 2", "step 3"]]
    assert dialog.windowTitle() == f"Audit entry {demo.register.audit.count()}"
    assert f"Breaches #{bid}, by Bulk Bot" in dialog.findChildren(QLabel)[0].text()


def test_changes_while_shown_and_while_hidden(qtbot, demo, reads):
    view = open_view(qtbot, demo)
    before = view.model.rowCount()
    add_updates(demo, 2)
    demo.notify("breach")  # shown: read again at once
    assert view.model.rowCount() == before + 2 and rows(view)[0][1] == "Bulk Bot"
    view.hide()
    add_updates(demo, 1)
    reads.clear()
    demo.notify("breach")
    assert reads == [] and view.model.rowCount() == before + 2  # hidden: read when shown again
    view.show()
    qtbot.waitExposed(view)
    assert view.model.rowCount() == before + 3


def test_lock_empties_the_model_and_unlock_reads_again(qtbot, demo):
    view = open_view(qtbot, demo)
    view.table.sortByColumn(4, Qt.AscendingOrder)
    demo.lock()
    assert view.model.rowCount() == 0 and view.model.entries == [] and view.count_label.text() == "0 entries"
