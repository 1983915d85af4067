"""Reports ▸ … with a real register, a real signed PDF and pytest-qt.

The file dialog, the record picker, the message boxes and the system viewer are replaced by
stand-ins that answer as a user would; the report is built and signed in the real
background task, and the tests wait for it, then check the PDF with pyHanko.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from atlas_desktop.exports.reports import REPORT_KINDS
from atlas_desktop.exports.signing import verify_pdf
from atlas_desktop.gui import dialogs
from atlas_desktop.gui.reports import REPORT_MENU, make_report, menu_label
from atlas_desktop.gui.session import Session
from atlas_desktop.storage.certificate import load
from atlas_desktop.storage.settings import Settings


@pytest.fixture
def session(new_register):
    reg, _ = new_register
    s = Session(reg, Settings(user_name="tester"))
    records = s.records
    records.save_organisation({"time_zone": "Europe/Bucharest"})
    activity = records.create("activity", {"name": "Fleet GPS tracking"})
    records.create("dpia", {"title": "GPS tracking DPIA", "activity": activity})
    records.create("dpia", {"title": "Camera DPIA", "activity": activity})
    records.create("breach", {"title": "Laptop stolen", "aware_at": dt.datetime(2026, 1, 5, 8, tzinfo=dt.UTC),
                              "description": "Left in a car"})
    yield s
    s.close()


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def user(monkeypatch):
    """Records what the user was shown and opened; answers "Export anyway" and "Open"."""
    seen: dict[str, list] = {"confirm": [], "information": [], "warning": [], "question": [], "opened": [],
                             "picked": [], "asked": []}
    monkeypatch.setattr(dialogs, "_warned_unencrypted", False)
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text, yes: seen["confirm"].append(text) or True)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: seen["information"].append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: seen["warning"].append(text))
    seen["answer"] = QMessageBox.StandardButton.Open

    def question(parent, title, text, *a):
        seen["question"].append(text)
        return seen["answer"]

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: seen["opened"].append(url) or True)
    return seen


def _save_to(monkeypatch, user, path: Path | None) -> None:
    def fake(parent, title, start, filters):
        user["asked"].append(start)
        return (str(path) if path else "", filters)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)


def _pick(monkeypatch, user, index: int | None) -> None:
    def fake(parent, title, label, items, current, editable):
        user["picked"].append(list(items))
        return (items[index], True) if index is not None else ("", False)

    monkeypatch.setattr(QInputDialog, "getItem", fake)


def test_the_menu_offers_every_report_and_asks_for_a_record_where_one_is_needed():
    assert [kind for kind, _, _ in REPORT_MENU] == list(REPORT_KINDS)
    assert {kind: entity for kind, _, entity in REPORT_MENU} == {k: v.entity for k, v in REPORT_KINDS.items()}
    assert menu_label("ropa").startswith("Record of processing activities")


def test_a_report_is_signed_written_where_chosen_and_opened(qtbot, session, parent, user, monkeypatch, tmp_path):
    _save_to(monkeypatch, user, tmp_path / "training report")  # no suffix typed: .pdf is added
    make_report(parent, session, "training")
    qtbot.waitUntil(lambda: bool(user["opened"]), timeout=30_000)
    written = tmp_path / "training report.pdf"
    assert user["confirm"] and "not encrypted" in user["confirm"][0]
    assert user["asked"][0].endswith(f"Acme Logistics SRL - Staff training (Art. 32(4)) {dt.date.today()}.pdf")
    assert user["opened"] == [QUrl.fromLocalFile(str(written))]
    assert str(written) in user["question"][0]
    result = verify_pdf(written, load(session.register).cert_pem)
    assert result.ok and result.signer == "Acme Logistics SRL"
    assert user["warning"] == []


def test_a_dpia_report_from_the_menu_lets_the_user_pick_the_dpia(qtbot, session, parent, user, monkeypatch, tmp_path):
    _pick(monkeypatch, user, 1)  # the list is newest first: the second is DPIA #1
    _save_to(monkeypatch, user, tmp_path / "dpia.pdf")
    make_report(parent, session, "dpia")
    qtbot.waitUntil(lambda: bool(user["question"]), timeout=30_000)
    assert user["picked"] == [["#2  Camera DPIA", "#1  GPS tracking DPIA"]]
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(tmp_path / "dpia.pdf").pages)
    assert "GPS tracking DPIA" in text and "Camera DPIA" not in text
    assert "#1" in user["asked"][0]


def test_a_record_button_passes_its_record_and_is_not_asked_again(qtbot, session, parent, user, monkeypatch,
                                                                  tmp_path):
    _pick(monkeypatch, user, 0)
    _save_to(monkeypatch, user, tmp_path / "breach.pdf")
    user["answer"] = QMessageBox.StandardButton.Close
    make_report(parent, session, "breach", record_id=1)
    qtbot.waitUntil(lambda: bool(user["question"]), timeout=30_000)
    assert user["picked"] == [] and user["opened"] == []
    assert verify_pdf(tmp_path / "breach.pdf", load(session.register).cert_pem).ok


def test_backing_out_anywhere_writes_nothing(qtbot, session, parent, user, monkeypatch, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    _pick(monkeypatch, user, None)
    _save_to(monkeypatch, user, out / "x.pdf")
    make_report(parent, session, "breach")  # no breach picked
    assert user["asked"] == []
    _save_to(monkeypatch, user, None)
    make_report(parent, session, "ropa")  # no file chosen
    monkeypatch.setattr(dialogs, "confirm", lambda *a: False)
    monkeypatch.setattr(dialogs, "_warned_unencrypted", False)
    _save_to(monkeypatch, user, out / "y.pdf")
    make_report(parent, session, "ropa")  # the warning declined
    qtbot.wait(200)
    assert list(out.iterdir()) == [] and user["question"] == []


def test_with_no_records_the_user_is_told_so(qtbot, new_register, parent, user, monkeypatch, tmp_path):
    reg, _ = new_register
    empty = Session(reg, Settings(user_name="tester"))
    _pick(monkeypatch, user, 0)
    make_report(parent, empty, "dpia")
    assert user["information"] == ["There are no DPIAs yet."] and user["picked"] == []


def test_a_failure_is_one_plain_message_and_no_file(qtbot, session, parent, user, monkeypatch, tmp_path):
    _save_to(monkeypatch, user, tmp_path / "missing folder" / "r.pdf")
    make_report(parent, session, "processors")
    qtbot.waitUntil(lambda: bool(user["warning"]), timeout=30_000)
    assert "does not exist" in user["warning"][0]
    assert not (tmp_path / "missing folder").exists() and user["opened"] == []
