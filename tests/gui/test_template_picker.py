"""Starting the activities register from templates in the GUI, on real registers: the list on the empty page
adds the ticked ones and shows them; a save that cannot happen says why and adds nothing; the "From template…"
dialog marks what is already there."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from PySide6.QtCore import Qt

from atlas_desktop.gui import template_picker
from atlas_desktop.gui.registerview import RegisterView
from atlas_desktop.gui.session import Session
from atlas_desktop.gui.template_picker import TemplateDialog, TemplatePicker
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.register import Register
from atlas_desktop.storage.settings import Settings


@pytest.fixture
def session(qapp, new_register):
    reg, _ = new_register
    s = Session(reg, Settings())
    yield s
    s.close()


@pytest.fixture
def errors(monkeypatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(template_picker, "show_error", lambda _p, title, exc: shown.append((title, str(exc))))
    return shown


def open_view(qtbot, session, key: str) -> RegisterView:
    view = RegisterView(session, key)
    qtbot.addWidget(view)
    view.resize(1100, 620)  # about the page a 1366x768 screen leaves beside the sidebar
    view.show()
    qtbot.waitExposed(view)
    return view


def tick(picker_list, *names: str) -> None:
    for item in picker_list.items():
        if item.text(0) in names:
            item.setCheckState(0, Qt.Checked)


def save_screenshot(widget, name: str, tmp_path: Path) -> None:
    folder = Path(os.environ.get("ATLAS_SCREENSHOTS") or tmp_path)
    assert widget.grab().save(str(folder / f"{name}.png"))


def test_the_empty_activities_page_adds_the_ticked_templates_and_shows_the_first(qtbot, session, errors, tmp_path):
    view = open_view(qtbot, session, "activity")
    picker = view.empty.findChild(TemplatePicker)
    assert picker is not None and picker.isVisible() and view.stack.currentWidget() is view.empty
    assert view.empty_button.text() == "Start from scratch…"
    assert not picker.add_button.isEnabled()  # nothing ticked, nothing to add
    tick(picker.list, "Payroll", "CCTV")
    assert picker.add_button.isEnabled() and picker.add_button.text() == "Add 2 activities"
    # Nothing cut off: every template's name and summary fits its column.
    for item in picker.list.items():
        for column in (0, 1):
            assert picker.list.fontMetrics().horizontalAdvance(item.text(column)) < picker.list.columnWidth(column)
    save_screenshot(view, "activity-templates-empty-page", tmp_path)
    before = session.register.audit.count()

    qtbot.mouseClick(picker.add_button, Qt.LeftButton)

    records = Records(session.register)
    saved = {r["name"]: r for r in records.list("activity")}
    assert set(saved) == {"Payroll", "CCTV"} and session.register.audit.count() == before + 2
    assert saved["Payroll"]["purposes"][1]["bases"] == ["legal_obligation"]
    assert view.stack.currentWidget() is view.table  # the page now lists them
    assert view.current_id() == saved["Payroll"]["id"]  # the first one chosen, selected to open
    assert errors == [] and picker.list.checked_keys() == []


def test_only_the_activities_page_offers_templates(qtbot, session):
    view = open_view(qtbot, session, "processor")
    assert view.empty.findChild(TemplatePicker) is None
    assert view.empty_button.text() == "New Processor…"


def test_a_register_that_cannot_be_changed_says_so_and_gets_nothing(qtbot, qapp, new_register, register_path,
                                                                   errors):
    new_register[0].close()
    reg = Register.open(register_path, passphrase=PASSPHRASE, read_only=True)
    session = Session(reg, Settings())
    try:
        view = open_view(qtbot, session, "activity")
        picker = view.empty.findChild(TemplatePicker)
        tick(picker.list, "Newsletter")
        qtbot.mouseClick(picker.add_button, Qt.LeftButton)
        (title, message), = errors
        assert title == "Could not add the activities"
        assert "open read-only" in message and "Close it and open it normally" in message
        assert Records(reg).count("activity") == 0 and view.stack.currentWidget() is view.empty
        assert picker.list.checked_keys() == ["newsletter"]  # the choice stays, to try again
    finally:
        session.close()


def test_the_dialog_marks_activities_already_recorded_and_adds_the_ticked(qtbot, session, errors, tmp_path):
    Records(session.register).create("activity", {"name": "Payroll", "purposes": [
        {"purpose": "Paying salaries", "bases": ["contract"]}]})
    changed: list[str] = []
    session.changed.connect(changed.append)
    dialog = TemplateDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    marked = [item.text(0) for item in dialog.list.items() if "(already in the register)" in item.text(1)]
    assert marked == ["Payroll"]
    assert dialog.list.width() >= dialog.list.minimumWidth()  # the dialog is as wide as its list needs
    tick(dialog.list, "Newsletter", "Recruitment")
    save_screenshot(dialog, "activity-templates-dialog", tmp_path)
    assert dialog.add_button.text() == "Add 2 activities"
    qtbot.mouseClick(dialog.add_button, Qt.LeftButton)
    assert dialog.result() == TemplateDialog.Accepted and len(dialog.ids) == 2
    names = sorted(r["name"] for r in Records(session.register).list("activity"))
    assert names == ["Newsletter", "Payroll", "Recruitment"] and changed == ["activity"]


def test_from_templates_later_adds_then_shows_the_activities_page_with_the_first_selected(qtbot, new_register,
                                                                                      monkeypatch, errors):
    from atlas_desktop.gui.app import AtlasApp

    reg, _ = new_register
    controller = AtlasApp(Settings())
    window = controller.open_register(reg)
    qtbot.waitExposed(window)
    try:
        window.show_page("dashboard")

        def choose(dialog):  # the person ticks two and presses Add
            tick(dialog.list, "Suppliers", "Customers and invoicing")
            dialog.add_button.click()
            return dialog.result()

        monkeypatch.setattr(TemplateDialog, "exec", choose)
        ids = template_picker.open_from_templates(window, controller.session)
        names = {r["id"]: r["name"] for r in Records(controller.session.register).list("activity")}
        assert [names[i] for i in ids] == ["Customers and invoicing", "Suppliers"]  # the list's order
        assert window.current_page() == "activity"
        assert window.view_for("activity").current_id() == ids[0]
        monkeypatch.setattr(TemplateDialog, "exec", lambda dialog: dialog.reject())  # Cancel: nothing more
        assert template_picker.open_from_templates(window, controller.session) == []
        assert Records(controller.session.register).count("activity") == 2 and errors == []
    finally:
        controller._finish_close()
