"""File ▸ Export spreadsheet… and Import spreadsheet… with a real register, real files and pytest-qt.

The file dialogs and message boxes are replaced by stand-ins that answer as a user would;
the work itself runs in the real background task, and the tests wait for it to finish.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from atlas_desktop.exports.xlsx_export import export_workbook
from atlas_desktop.gui import dialogs, spreadsheets
from atlas_desktop.gui.session import Session
from atlas_desktop.gui.spreadsheets import (
    ImportPreview,
    export_spreadsheet,
    import_spreadsheet,
)
from atlas_desktop.storage.settings import Settings


@pytest.fixture
def session(new_register):
    reg, _ = new_register
    s = Session(reg, Settings(user_name="tester"))
    s.records.save_organisation({"time_zone": "Europe/Bucharest"})
    s.records.create("processor", {"name": "PayCo", "country": "RO"})
    s.records.create("breach", {"title": "Laptop stolen", "aware_at": dt.datetime(2026, 1, 5, 8, tzinfo=dt.UTC),
                                "description": "Left in a car"})
    yield s
    s.close()


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def boxes(monkeypatch):
    """Every message box shown, as (kind, title, text); the export warning is answered "Export anyway"."""
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(dialogs, "_warned_unencrypted", False)
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text, yes: shown.append(("confirm", title, text))
                        or True)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: shown.append(
        ("information", title, text)))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(("warning", title, text)))
    return shown


def _answer_save(monkeypatch, path: Path | None) -> list[str]:
    asked: list[str] = []

    def fake(parent, title, start, filters):  # noqa: ANN001, ANN202
        asked.append(start)
        return (str(path) if path else "", filters)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return asked


def _answer_open(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), "Excel workbook (*.xlsx)"))


def test_export_warns_then_writes_the_workbook_where_the_user_chose(qtbot, session, parent, boxes, monkeypatch,
                                                                    tmp_path):
    asked = _answer_save(monkeypatch, tmp_path / "board pack")  # no suffix typed: .xlsx is added
    export_spreadsheet(parent, session)
    qtbot.waitUntil(lambda: any(kind == "information" for kind, _, _ in boxes), timeout=20_000)
    assert boxes[0][0] == "confirm" and "not encrypted" in boxes[0][2]
    assert asked[0].endswith(f"Acme Logistics SRL - register {dt.date.today().isoformat()}.xlsx")
    written = tmp_path / "board pack.xlsx"
    assert str(written) in boxes[-1][2] and "not encrypted" in boxes[-1][2]
    book = openpyxl.load_workbook(written)
    assert {"Cover", "Art 30 record", "Processors", "Breaches", "Findings"} <= set(book.sheetnames)
    assert not list(tmp_path.glob(".board pack.xlsx.*"))  # no temporary file left behind


def test_export_does_nothing_when_the_user_backs_out(qtbot, session, parent, boxes, monkeypatch, tmp_path):
    monkeypatch.setattr(dialogs, "confirm", lambda *a: False)
    asked = _answer_save(monkeypatch, tmp_path / "x.xlsx")
    export_spreadsheet(parent, session)
    assert asked == []  # no file dialog after "Cancel" on the warning
    monkeypatch.setattr(dialogs, "confirm", lambda *a: True)
    _answer_save(monkeypatch, None)
    export_spreadsheet(parent, session)
    qtbot.wait(200)
    assert not (tmp_path / "x.xlsx").exists() and boxes == []


def _edited_export(session: Session, tmp_path: Path, *, bad_row: bool = False) -> Path:
    path = export_workbook(session.records, tmp_path / "register.xlsx")
    book = openpyxl.load_workbook(path)
    ws = book["Processors"]
    ws["B3"] = "PayCo Payroll SRL"
    ws["B4"] = "HostCo"
    if bad_row:
        ws["B5"] = "BadCo"
        ws["E5"] = "Narnia"
    book.save(path)
    return path


def _preview_answers(monkeypatch, button: str) -> list[ImportPreview]:
    seen: list[ImportPreview] = []

    def exec_(self) -> int:  # noqa: ANN001
        seen.append(self)
        getattr(self, button).click()
        return self.result()

    monkeypatch.setattr(ImportPreview, "exec", exec_)
    return seen


def test_import_previews_then_writes_on_confirmation_and_notifies_views(qtbot, session, parent, boxes, monkeypatch,
                                                                        tmp_path):
    _answer_open(monkeypatch, _edited_export(session, tmp_path))
    seen = _preview_answers(monkeypatch, "import_button")
    changed: list[str] = []
    session.changed.connect(changed.append)
    import_spreadsheet(parent, session)
    qtbot.waitUntil(lambda: changed == [""], timeout=20_000)
    preview = seen[0]
    assert preview.import_button.isEnabled() and preview.valid_button.isHidden()
    rows = [[preview.changes.item(r, c).text() for c in range(4)] for r in range(preview.changes.rowCount())]
    assert rows == [["Add", "Processor: HostCo", "Processors, row 4", ""],
                    ["Change", "Processor #1: PayCo Payroll SRL", "Processors, row 3", "Name"]]
    assert preview.problems.rowCount() == 0
    assert sorted(session.records.titles("processor").values()) == ["HostCo", "PayCo Payroll SRL"]
    qtbot.waitUntil(lambda: any(kind == "information" for kind, _, _ in boxes))
    assert boxes[-1][1] == "Spreadsheet imported" and boxes[-1][2].startswith("1 added, 1 changed.")
    assert {e.action for e in list(session.register.audit.entries())[-2:]} == {"import"}


def test_import_with_problems_lists_them_and_cancel_writes_nothing(qtbot, session, parent, boxes, monkeypatch,
                                                                   tmp_path):
    _answer_open(monkeypatch, _edited_export(session, tmp_path, bad_row=True))
    seen = _preview_answers(monkeypatch, "cancel_button")
    head = session.register.audit.head()
    import_spreadsheet(parent, session)
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    preview = seen[0]
    assert not preview.import_button.isEnabled()
    assert not preview.valid_button.isHidden() and preview.valid_button.isEnabled()
    assert preview.tabs.currentWidget() is preview.problems
    problem = [preview.problems.item(0, c).text() for c in range(4)]
    assert problem[:3] == ["Processors", "5", 'E "Country"'] and "'Narnia' is not a country" in problem[3]
    qtbot.wait(100)
    assert preview.choice is None and session.register.audit.head() == head


def test_import_valid_rows_only_leaves_the_bad_ones_out(qtbot, session, parent, boxes, monkeypatch, tmp_path):
    _answer_open(monkeypatch, _edited_export(session, tmp_path, bad_row=True))
    _preview_answers(monkeypatch, "valid_button")
    import_spreadsheet(parent, session)
    qtbot.waitUntil(lambda: any(kind == "information" for kind, _, _ in boxes), timeout=20_000)
    assert "1 row with problems was left out" in boxes[-1][2]  # the singular, not "1 rows"
    assert sorted(session.records.titles("processor").values()) == ["HostCo", "PayCo Payroll SRL"]


def test_a_file_that_is_not_a_workbook_is_refused_with_a_plain_message(qtbot, session, parent, boxes, monkeypatch,
                                                                       tmp_path):
    bad = tmp_path / "notes.xlsx"
    bad.write_text("not a workbook")
    _answer_open(monkeypatch, bad)
    seen = _preview_answers(monkeypatch, "import_button")
    head = session.register.audit.head()
    import_spreadsheet(parent, session)
    qtbot.waitUntil(lambda: any(kind == "warning" for kind, _, _ in boxes), timeout=20_000)
    assert boxes[-1][1] == "The spreadsheet cannot be imported"
    assert "notes.xlsx is not an .xlsx workbook" in boxes[-1][2]
    assert seen == [] and session.register.audit.head() == head


def test_a_locked_session_is_left_alone(qtbot, session, parent, boxes, monkeypatch, tmp_path):
    asked = _answer_save(monkeypatch, tmp_path / "x.xlsx")
    session.lock()
    export_spreadsheet(parent, session)
    import_spreadsheet(parent, session)
    assert asked == [] and boxes == []


def test_the_preview_names_what_nothing_to_do_means(qtbot, session, tmp_path):
    path = export_workbook(session.records, tmp_path / "same.xlsx")
    from atlas_desktop.exports.xlsx_import import plan_import

    preview = ImportPreview(plan_import(session.records, path))
    qtbot.addWidget(preview)
    assert "Nothing to import" in preview.summary.text()
    assert not preview.import_button.isEnabled() and preview.valid_button.isHidden()
    assert spreadsheets.tr("Import") == "Import"
