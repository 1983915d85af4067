"""The register views on real registers: every register opens on the demo; the text and status filters, sorting,
delete (asked first, reaching storage and the audit trail, refused while linked), duplicate, editing requests,
the empty state, selection kept across refreshes, and locking."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from atlas_desktop.core.entities import BY_KEY, ENTITIES
from atlas_desktop.gui import registerview
from atlas_desktop.gui.registerview import RegisterView, in_sentence
from atlas_desktop.gui.session import Session
from atlas_desktop.storage.demo import DEMO_PASSPHRASE, create_demo
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.register import Register
from atlas_desktop.storage.settings import Settings

NOW = dt.datetime.now(dt.UTC)  # saves in these tests are judged against the real clock


@pytest.fixture
def demo(qapp, tmp_path):
    reg, _ = create_demo(tmp_path / "demo.atlas", now=NOW)
    session = Session(reg, Settings())
    yield session
    session.close()


@pytest.fixture
def asked(monkeypatch):
    """Records every confirmation and error the view shows; ``asked.answer`` is the user's reply."""
    class Asked:
        def __init__(self) -> None:
            self.answer = True
            self.confirms: list[tuple[str, str]] = []
            self.errors: list[str] = []

    asked = Asked()

    def confirm(_parent, title, text, _yes):
        asked.confirms.append((title, text))
        return asked.answer

    monkeypatch.setattr(registerview, "confirm", confirm)
    monkeypatch.setattr(registerview, "show_error", lambda _p, _t, exc: asked.errors.append(str(exc)))
    return asked


def open_view(qtbot, session, key: str) -> RegisterView:
    view = RegisterView(session, key, now=lambda: NOW)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def titles(view: RegisterView) -> list[str]:
    column = view.model.column_of(view.entity.title)
    return [view.model.index(row, column).data() for row in range(view.model.rowCount())]


def screenshot(qtbot, view, tmp_path: Path, name: str) -> Path:
    folder = Path(os.environ.get("ATLAS_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    qtbot.wait(20)  # the columns are fitted once the layout has settled
    target = folder / f"{name}.png"
    assert view.grab().save(str(target))
    return target


@pytest.mark.parametrize("key", [e.key for e in ENTITIES])
def test_every_register_view_opens_on_the_demo(qtbot, demo, key):
    view = open_view(qtbot, demo, key)
    count = Records(demo.register).count(key)
    assert view.model.rowCount() == count > 0
    ent = BY_KEY[key]
    words = in_sentence(ent.plural if count != 1 else ent.label)
    assert view.count_label.text() == f"{count} {words}"
    assert view.stack.currentWidget() is view.table
    assert titles(view) == sorted(titles(view), key=str.casefold)  # opens sorted by the title
    assert view.new_action.isVisible() is not ent.singleton
    assert view.status_combo.isVisibleTo(view) is (ent.status is not None)


def test_text_filter_waits_for_a_pause_then_filters(qtbot, demo):
    view = open_view(qtbot, demo, "breach")
    qtbot.keyClicks(view.filter_edit, "phish")
    assert view.model.rowCount() == 4  # all four breaches: debounced, nothing re-queried on every keystroke
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert titles(view) == ["Phishing: support mailbox accessed"]
    assert view.count_label.text() == "1 of 4 breaches"
    qtbot.keyClick(view.filter_edit, Qt.Key_Escape)
    qtbot.waitUntil(lambda: view.model.rowCount() == 4)
    qtbot.keyClicks(view.filter_edit, "no such thing")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    assert view.count_label.text() == "0 of 4 breaches"
    assert view.stack.currentWidget() is view.table  # filtered to nothing is not the empty register


def test_short_text_searches_small_registers_but_waits_for_three_letters_on_big_ones(qtbot, demo, monkeypatch):
    view = open_view(qtbot, demo, "activity")
    view.filter_edit.setText("HR")
    view._apply_filters()
    short = titles(view)  # 18 records: two letters search at once
    assert "HR administration and payroll" in short and len(short) < 18
    monkeypatch.setattr("atlas_desktop.gui.registerview.SHORT_SEARCH_LIMIT", 10)  # as if the register were big
    view._apply_filters()
    assert view.model.rowCount() == 18  # not filtered: that would read every row between keystrokes
    assert view.count_label.text() == "Type at least 3 characters to search 18 processing activities"
    view.filter_edit.setText("HR ")
    view.filter_edit.setText("payroll")
    view._apply_filters()
    assert titles(view) == ["HR administration and payroll"]
    assert view.count_label.text() == "1 of 18 processing activities"


def test_status_filter_lists_the_vocabulary(qtbot, demo):
    view = open_view(qtbot, demo, "breach")
    items = [view.status_combo.itemText(i) for i in range(view.status_combo.count())]
    assert items == ["All", "Open: investigating", "Contained", "Closed"]
    view.status_combo.setCurrentIndex(items.index("Closed"))
    # The laptop, the roster and the driver's phone are closed; the phishing is still open.
    assert view.model.rowCount() == 3 and view.count_label.text() == "3 of 4 breaches"
    status = view.model.column_of("status")
    assert {view.model.index(r, status).data() for r in range(3)} == {"Closed"}
    view.status_combo.setCurrentIndex(0)
    assert view.model.rowCount() == 4


def test_clicking_a_header_sorts_and_keeps_the_selection(qtbot, demo):
    view = open_view(qtbot, demo, "activity")
    names = titles(view)
    assert view.select_id(view.model.id_at(4))
    chosen = view.current_id()
    view.table.sortByColumn(view.model.column_of("name"), Qt.DescendingOrder)
    assert titles(view) == names[::-1]
    assert view.current_id() == chosen
    view.table.sortByColumn(view.model.column_of("owner"), Qt.AscendingOrder)
    owner = view.model.column_of("owner")
    owners = [view.model.index(r, owner).data() for r in range(view.model.rowCount())]
    assert owners == sorted(owners, key=str.casefold)
    assert view.current_id() == chosen


def test_delete_asks_first_then_reaches_storage_and_the_audit_trail(qtbot, demo, asked):
    view = open_view(qtbot, demo, "policy")
    records = Records(demo.register)
    view.select_id(view.model.id_at(1))
    victim = view.current_id()
    title = records.get("policy", victim)["title"]
    asked.answer = False
    view.delete_action.trigger()
    assert asked.confirms == [("Delete policy", asked.confirms[0][1])] and f'"{title}"' in asked.confirms[0][1]
    assert records.exists("policy", victim) and view.model.rowCount() == 6
    asked.answer = True
    view.delete_current()
    assert not records.exists("policy", victim)
    entry = list(demo.register.audit.entries(entity="policy"))[-1]
    assert (entry.action, entry.record, entry.before["title"], entry.after) == ("delete", str(victim), title, None)
    assert view.model.rowCount() == 5 and view.count_label.text() == "5 policies"
    assert view.current_id() == view.model.id_at(1)  # the next row takes the deleted one's place
    assert asked.errors == []


def test_delete_of_a_linked_record_is_refused_with_the_linking_records_named(qtbot, demo, asked):
    view = open_view(qtbot, demo, "activity")
    records = Records(demo.register)
    dpia = records.list("dpia")[0]
    view.select_id(dpia["activity"])
    entries = demo.register.audit.head().count
    view.delete_current()
    assert len(asked.confirms) == 1 and len(asked.errors) == 1
    assert f'"{dpia["title"]}"' in asked.errors[0] and "Remove those links first" in asked.errors[0]
    assert records.exists("activity", dpia["activity"]) and demo.register.audit.head().count == entries
    assert view.current_id() == dpia["activity"]


def test_duplicate_saves_a_copy_and_selects_it(qtbot, demo, asked):
    view = open_view(qtbot, demo, "processor")
    records = Records(demo.register)
    view.select_id(view.model.id_at(0))
    source = records.get("processor", view.current_id())
    view.status_combo.setCurrentIndex(view.status_combo.findData(source["status"]))
    view.filter_edit.setText(source["name"])
    view._apply_filters()
    view.duplicate_action.trigger()
    copy = view.current_id()
    assert copy != source["id"] and records.get("processor", copy)["name"] == f"{source['name']} (copy)"
    assert list(demo.register.audit.entries(entity="processor"))[-1].action == "create"
    assert view.model.rowCount() == 2 and asked.errors == []


def test_edit_requests_by_double_click_enter_and_new(qtbot, demo):
    view = open_view(qtbot, demo, "rights_request")
    asked: list[tuple[str, int]] = []
    view.edit_requested.connect(lambda entity, rid: asked.append((entity, rid)))
    index = view.model.index(2, 1)
    qtbot.mouseClick(view.table.viewport(), Qt.LeftButton, pos=view.table.visualRect(index).center())
    qtbot.mouseDClick(view.table.viewport(), Qt.LeftButton, pos=view.table.visualRect(index).center())
    rid = view.model.id_at(2)
    assert asked == [("rights_request", rid)] and view.current_id() == rid
    view.open_action.trigger()  # Enter on the table
    view.new_action.trigger()
    assert asked[1:] == [("rights_request", rid), ("rights_request", 0)]


def test_nothing_selected_disables_the_record_actions(qtbot, demo):
    view = open_view(qtbot, demo, "consent")
    assert view.current_id() is None
    assert not view.edit_action.isEnabled() and not view.delete_action.isEnabled()
    assert view.new_action.isEnabled()
    view.select_id(view.model.id_at(0))
    assert view.edit_action.isEnabled() and view.duplicate_action.isEnabled() and view.delete_action.isEnabled()


def test_selection_survives_changes_elsewhere(qtbot, demo):
    view = open_view(qtbot, demo, "dpia")
    records = Records(demo.register)
    chosen = view.model.id_at(1)
    view.select_id(chosen)
    activity = records.get("dpia", chosen)["activity"]
    records.update("activity", activity, {"name": "Renamed activity"})
    demo.notify("activity")
    assert view.current_id() == chosen
    assert view.model.index(1, view.model.column_of("activity")).data() == "Renamed activity"


def test_a_hidden_view_refreshes_when_shown(qtbot, demo):
    view = open_view(qtbot, demo, "person")
    view.hide()
    Records(demo.register).create("person", {"name": "New Colleague"})
    demo.notify("person")
    assert view.model.rowCount() == 8
    view.show()
    assert view.model.rowCount() == 9 and "New Colleague" in titles(view)


def test_empty_register_says_what_it_is_for(qtbot, new_register, tmp_path):
    session = Session(new_register[0], Settings())
    view = open_view(qtbot, session, "breach")
    asked: list[tuple[str, int]] = []
    view.edit_requested.connect(lambda entity, rid: asked.append((entity, rid)))
    assert view.stack.currentWidget() is view.empty
    texts = " ".join(label.text() for label in view.empty.findChildren(registerview.QLabel))
    assert BY_KEY["breach"].help in texts and "There are no breaches yet" in texts
    view.empty_button.click()
    assert asked == [("breach", 0)]
    assert view.count_label.text() == "0 breaches"
    screenshot(qtbot, view, tmp_path, "register-empty-breaches")


def test_focus_filter(qtbot, demo):
    view = open_view(qtbot, demo, "activity")
    view.activateWindow()
    view.focus_filter()
    qtbot.waitUntil(view.filter_edit.hasFocus)


def test_lock_empties_the_table_and_unlock_fills_it(qtbot, demo, tmp_path):
    view = open_view(qtbot, demo, "breach")
    demo.lock()
    assert view.model.rowCount() == 0 and view.model.cached_rows() == 0
    demo.unlock(Register.open(tmp_path / "demo.atlas", passphrase=DEMO_PASSPHRASE))
    assert view.model.rowCount() == 4  # the demo's four breaches


def test_screenshots_of_the_demo_registers(qtbot, demo, tmp_path):
    for key in ("activity", "breach", "rights_request", "person"):
        view = open_view(qtbot, demo, key)
        attention = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
        view.select_id(view.model.id_at(attention.index("")))  # a plain row: the tint stays visible
        shot = screenshot(qtbot, view, tmp_path, f"register-{key}")
        assert shot.stat().st_size > 10_000


def test_keyboard_enter_edits_delete_asks_ctrl_d_duplicates(qtbot, demo, asked):
    view = open_view(qtbot, demo, "policy")
    view.activateWindow()
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    view.select_id(view.model.id_at(0))
    chosen = view.current_id()
    edits: list[tuple[str, int]] = []
    view.edit_requested.connect(lambda entity, rid: edits.append((entity, rid)))
    qtbot.keyClick(view.table, Qt.Key_Return)
    assert edits == [("policy", chosen)]
    asked.answer = False
    qtbot.keyClick(view.table, Qt.Key_Delete)
    assert len(asked.confirms) == 1 and Records(demo.register).exists("policy", chosen)
    qtbot.keyClick(view.table, Qt.Key_D, Qt.ControlModifier)
    assert view.model.rowCount() == 7 and view.current_id() != chosen


def test_down_in_the_filter_goes_to_the_first_result(qtbot, demo):
    view = open_view(qtbot, demo, "breach")
    view.activateWindow()
    view.focus_filter()
    qtbot.waitUntil(view.filter_edit.hasFocus)
    qtbot.keyClicks(view.filter_edit, "roster")
    qtbot.keyClick(view.filter_edit, Qt.Key_Down)  # no need to wait for the pause
    assert view.model.rowCount() == 1 and view.table.hasFocus()
    assert view.current_id() == view.model.id_at(0)
