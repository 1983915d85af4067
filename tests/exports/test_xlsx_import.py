"""Importing workbooks: an edited export, a sheet kept in the ICO layout, formulas, and hostile files.

Every test uses a real register and real files; "unchanged" is proven by the audit-chain head
and the record counts, which any write would move.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from atlas_desktop.core.entities import ENTITIES
from atlas_desktop.core.errors import UsageError
from atlas_desktop.exports.layouts import HEADER_ROW
from atlas_desktop.exports.xlsx_export import export_workbook
from atlas_desktop.exports.xlsx_import import (
    ImportHasProblems,
    SpreadsheetRefused,
    apply_import,
    plan_import,
)
from atlas_desktop.storage.records import Records


@pytest.fixture
def office(new_register):
    reg, _ = new_register
    records = Records(reg)
    records.save_organisation({"time_zone": "Europe/Bucharest"})
    pay = records.create("processor", {"name": "PayCo", "country": "RO"})
    records.create("processor", {"name": "HostCo", "country": "DE"})
    records.create("activity", {"name": "Payroll", "business_function": "HR", "processors": [pay],
                                "subject_categories": ["employees"],
                                "purposes": [{"purpose": "Paying salaries", "bases": ["contract"]}]})
    records.create("breach", {"title": "Laptop stolen", "aware_at": dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC),
                              "description": "Left in a car", "activities": [1]})
    return reg, records


def _state(reg, records) -> tuple:
    return reg.audit.head(), tuple(records.count(e.key) for e in ENTITIES)


def _column(ws, heading: str) -> int:
    return next(c.column for c in ws[HEADER_ROW] if str(c.value).rstrip(" *") == heading)


def _row(ws, first_cell: object) -> int:
    return next(r for r in range(3, ws.max_row + 1) if ws.cell(r, 1).value == first_cell)


def test_an_edited_export_imports_its_changes_and_additions_as_import_entries(office, tmp_path):
    reg, records = office
    path = export_workbook(records, tmp_path / "register.xlsx")
    book = openpyxl.load_workbook(path)
    ws = book["Processing activities"]
    ws.cell(_row(ws, 1), _column(ws, "Status")).value = "Retired"
    ws.cell(_row(ws, 1), _column(ws, "People concerned")).value = "Employees; Former staff; Interns"
    new = ws.max_row + 1
    ws.cell(new, _column(ws, "Name")).value = "Newsletter"
    ws.cell(new, _column(ws, "Processors used")).value = "HostCo; MailCo"  # MailCo: added on its sheet below
    procs = book["Processors"]
    procs.cell(procs.max_row + 1, _column(procs, "Name")).value = "MailCo"
    book.save(path)

    plan = plan_import(records, path)
    assert plan.problems == []
    assert [(p.entity, p.title) for p in plan.adds] == [("activity", "Newsletter"), ("processor", "MailCo")]
    assert [(p.record_id, p.changed) for p in plan.changes] == [(1, ["Status", "People concerned"])]
    assert plan.unchanged == 4  # organisation, two processors, the breach

    result = apply_import(records, plan)
    assert sorted(result.added) == [("activity", 2), ("processor", 3)]
    payroll = records.get("activity", 1)
    assert payroll["status"] == "retired" and payroll["subject_categories"] == ["employees", "former_staff", "Interns"]
    assert records.get("activity", 2)["processors"] == [2, 3]
    entries = list(reg.audit.entries())[-3:]
    assert {(e.action, e.entity) for e in entries} == {("import", "processor"), ("import", "activity")}
    assert reg.audit.verify().ok
    assert plan_import(records, path).adds  # the file still lacks numbers for the new rows: they would be added again


def test_every_problem_is_listed_by_sheet_row_and_column_and_nothing_is_written(office, tmp_path):
    reg, records = office
    path = export_workbook(records, tmp_path / "register.xlsx")
    book = openpyxl.load_workbook(path)
    ws = book["Processing activities"]
    ws.cell(_row(ws, 1), _column(ws, "Status")).value = "Paused"
    ws.cell(_row(ws, 1), _column(ws, "Review every (months)")).value = 0
    procs = book["Processors"]
    bad = procs.max_row + 1
    procs.cell(bad, _column(procs, "Name")).value = "NoCountryCo"
    procs.cell(bad, _column(procs, "Country")).value = "Narnia"
    good = bad + 1
    procs.cell(good, _column(procs, "Name")).value = "GoodCo"
    acts = ws.max_row + 1
    ws.cell(acts, _column(ws, "Name")).value = "Uses the bad one"
    ws.cell(acts, _column(ws, "Processors used")).value = "NoCountryCo"
    book.save(path)
    before = _state(reg, records)

    plan = plan_import(records, path)
    texts = [str(p) for p in plan.problems]
    assert texts[0].startswith('Processing activities, row 3, column E "Status *": \'Paused\' is not one of: '
                               "Planned; Active; Retired")
    assert any('row 3, column' in t and "Review every (months)" in t and "at least 1" in t for t in texts)
    assert any(t.startswith(f"Processors, row {bad}, column E \"Country\": 'Narnia' is not a country") for t in texts)
    assert any(f"row {acts}" in t and "links to processor" in t and "cannot be imported" in t for t in texts)
    with pytest.raises(ImportHasProblems):
        apply_import(records, plan)
    assert _state(reg, records) == before

    result = apply_import(records, plan, skip_invalid=True)
    assert result.added == [("processor", 3)] and result.changed == [] and result.skipped == 3
    assert records.get("processor", 3)["name"] == "GoodCo"


def test_a_cell_holding_a_formula_is_reported_never_run(office, tmp_path):
    reg, records = office
    path = export_workbook(records, tmp_path / "register.xlsx")
    book = openpyxl.load_workbook(path)
    ws = book["Processors"]
    ws.cell(_row(ws, 1), _column(ws, "Service")).value = '=HYPERLINK("http://evil.example","pay")'
    book.save(path)
    plan = plan_import(records, path)
    (problem,) = plan.problems
    assert problem.sheet == "Processors" and problem.row == 3 and "Service" in problem.column
    assert "holds a formula" in problem.reason and "never runs formulas" in problem.reason


def test_formula_triggers_written_as_text_come_back_as_text(office, tmp_path):
    reg, records = office
    evil = '=HYPERLINK("http://evil.example","pay")'
    records.update("processor", 1, {"service": evil, "contact": "+40 21 555", "name": "@PayCo"})
    path = export_workbook(records, tmp_path / "register.xlsx")
    plan = plan_import(records, path)
    assert (plan.problems, plan.adds, plan.changes) == ([], [], [])
    book = openpyxl.load_workbook(path)  # an edit elsewhere keeps them text when saved again
    ws = book["Processors"]
    ws.cell(_row(ws, 2), _column(ws, "Service")).value = "Hosting"
    book.save(path)
    plan = plan_import(records, path)
    assert [(p.record_id, p.changed) for p in plan.changes] == [(2, ["Service"])]


def test_a_register_changed_after_checking_refuses_the_plan(office, tmp_path):
    reg, records = office
    path = export_workbook(records, tmp_path / "register.xlsx")
    book = openpyxl.load_workbook(path)
    book["Processors"].cell(5, 2).value = "LateCo"
    book.save(path)
    plan = plan_import(records, path)
    records.create("person", {"name": "Ana"})
    with pytest.raises(UsageError, match="changed since the file was checked"):
        apply_import(records, plan)
    assert records.count("processor") == 2


# -- a record kept by hand in the ICO layout -------------------------------------------------------------
ICO_HEADINGS = ["Business function", "Purpose of processing", "Name and contact details of joint controller "
                "(if applicable)", "Categories of individuals", "Categories of personal data",
                "Categories of recipients", "Link to contract with processor",
                "Names of third countries or international organisations that personal data are transferred to "
                "(if applicable)", "Safeguards for exceptional transfers of personal data to third countries or "
                "international organisations (if applicable)", "Retention schedule (if possible)",
                "General description of technical and organisational security measures (if possible)",
                "Article 6 lawful basis for processing personal data",
                "Article 9 basis for processing special category data", "Rights available to individuals",
                "Link to the Data Protection Impact Assessment", "Location of personal data"]


def _ico_workbook(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Record of processing"
    ws["A1"] = "Documentation of processing activities – controller"
    for col, heading in enumerate(ICO_HEADINGS, start=1):
        ws.cell(3, col, heading)
    for r, values in enumerate(rows, start=4):
        for c, value in enumerate(values, start=1):
            ws.cell(r, c, value)
    wb.save(path)
    return path


def test_a_sheet_in_the_ico_layout_imports_as_activities(office, tmp_path):
    reg, records = office
    path = _ico_workbook(tmp_path / "ico.xlsx", [
        ["Finance", "Invoicing customers", "N/A", "Customers, Prospects", "Contact details; Bank details; Health data",
         "Internal: Finance\nExternal: Banks; Tax authority", "PayCo", "United States — Postaria Inc.",
         "United States: Standard contractual clauses (DPA annex III)", "Invoices: 10 years — after the tax year",
         "Encryption; Access control; Shredding of paper", "Art 6(1)(b) contract; Legal obligation",
         "Article 9(2)(b)", "Right of access, Right to erasure", "n/a", "EU cloud\nSystems: Invoicing app"],
        ["Marketing", "Newsletter", "", "Newsletter subscribers", "Contact details", "", "", "", "",
         "Until they unsubscribe", "", "Consent", "", "", "", ""],
    ])
    plan = plan_import(records, path)
    assert plan.source == "ico" and plan.problems == []
    assert [p.title for p in plan.adds] == ["Invoicing customers", "Newsletter"]
    assert any("Link to the Data Protection Impact Assessment" in n for n in plan.notes)
    apply_import(records, plan)
    invoicing = next(a for a in records.list("activity") if a["name"] == "Invoicing customers")
    assert invoicing["business_function"] == "Finance" and invoicing["role"] == "controller"
    assert invoicing["purposes"] == [{"purpose": "Invoicing customers", "bases": ["contract", "legal_obligation"]}]
    assert invoicing["subject_categories"] == ["customers", "prospects"]
    assert invoicing["data_categories"] == ["contact", "financial"]
    assert invoicing["special_categories"] == ["health"] and invoicing["art9_conditions"] == ["employment"]
    assert (invoicing["recipients_internal"], invoicing["recipients_external"]) == (
        ["finance"], ["banks", "tax_authority"])
    assert invoicing["processors"] == [1]
    assert invoicing["transfers"] == [{"country": "US", "recipient": "Postaria Inc.", "mechanism": "scc",
                                       "safeguard_reference": "DPA annex III"}]
    # "10 years — after the tax year": the number and unit as data, the trigger in the sheet's own words.
    assert invoicing["retention"] == [{"data_category": "Invoices", "keep_for": 10, "unit": "years",
                                       "trigger": "after the tax year", "period": None, "erased_on": None}]
    assert invoicing["security_measures"] == ["encryption", "access_control"]
    assert invoicing["security_notes"] == "Shredding of paper"
    assert invoicing["rights_available"] == ["access", "erasure"]
    assert (invoicing["locations"], invoicing["systems"]) == (["EU cloud"], ["Invoicing app"])
    newsletter = next(a for a in records.list("activity") if a["name"] == "Newsletter")
    assert newsletter["retention"][0]["period"] == "Until they unsubscribe"  # no number: the words stay
    assert newsletter["retention"][0]["keep_for"] is None
    assert {e.action for e in list(reg.audit.entries())[-2:]} == {"import"}

    again = plan_import(records, path)  # matched by name the second time: nothing new
    assert (again.adds, again.changes, again.unchanged) == ([], [], 2)


def test_an_ico_sheet_with_unknown_values_names_the_allowed_ones(office, tmp_path):
    reg, records = office
    path = _ico_workbook(tmp_path / "ico.xlsx", [
        ["HR", "Payroll", "", "Employees", "", "", "SalaryCo", "Atlantis", "", "", "", "Because we can"],
    ])
    before = _state(reg, records)
    plan = plan_import(records, path)
    texts = [str(p) for p in plan.problems]
    assert any(t.startswith('Record of processing, row 4, column G "Link to contract with processor": '
                            "'SalaryCo' is not the name of one processor") for t in texts)
    assert any("'Atlantis' is not a country" in t for t in texts)
    assert any("column L \"Article 6 lawful basis for processing personal data\": 'Because we can' is not one of: "
               "Consent; Contract; Legal obligation" in t for t in texts)
    with pytest.raises(ImportHasProblems):
        apply_import(records, plan)
    assert _state(reg, records) == before


# -- hostile and broken files -------------------------------------------------------------------------------
def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def _export_members(records, tmp_path) -> dict[str, bytes]:
    path = export_workbook(records, tmp_path / "good.xlsx")
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


BILLION_LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                  b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
                  b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol2;</t></si></sst>')


def _hostile(kind: str, records, tmp_path: Path) -> Path:
    path = tmp_path / f"{kind}.xlsx"
    if kind == "csv":
        path.write_text("name,country\nPayCo,RO\n")
    elif kind == "xls":
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "truncated":
        data = export_workbook(records, tmp_path / "whole.xlsx").read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif kind == "docx":
        _zip(path, {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<document/>"})
    elif kind == "ods":
        _zip(path, {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<x/>"})
    elif kind == "bomb":
        members = _export_members(records, tmp_path)
        members["xl/media/padding.bin"] = bytes(30 * 1024 * 1024)  # 30 MB of zeros: ~1000 to 1
        _zip(path, members)
    elif kind == "huge":
        members = _export_members(records, tmp_path)
        _zip(path, members)
        _claim_size(path, "xl/styles.xml", 250 * 1024 * 1024)  # a central directory that lies
    elif kind == "entities":
        members = _export_members(records, tmp_path)
        members["xl/sharedStrings.xml"] = BILLION_LAUGHS
        _zip(path, members)
    elif kind == "malformed":
        members = _export_members(records, tmp_path)
        members["xl/workbook.xml"] = b"<workbook><sheets><sheet name='x'"
        _zip(path, members)
    elif kind == "missing":
        pass
    return path


def _claim_size(path: Path, member: str, size: int) -> None:
    """Rewrite one entry of the central directory to declare ``size`` uncompressed bytes."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    at = data.find(b"PK\x01\x02")
    while at != -1:
        length = int.from_bytes(data[at + 28: at + 30], "little")
        if bytes(data[at + 46: at + 46 + length]) == name:
            data[at + 24: at + 28] = size.to_bytes(4, "little")
            break
        at = data.find(b"PK\x01\x02", at + 1)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("kind, message", [
    ("csv", "is not an .xlsx workbook. It looks like text (a CSV file?)"),
    ("xls", "old-style .xls workbook or a password-protected one"),
    ("empty", "is not an .xlsx workbook"),
    ("truncated", "is damaged or incomplete (was it cut short?)"),
    ("docx", "is a Word document, not an .xlsx workbook"),
    ("ods", "is an OpenDocument spreadsheet (.ods), not an .xlsx workbook"),
    ("bomb", "compressed more than 100 to 1"),
    ("huge", "would unpack to 250 MB, more than the 200 MB limit"),
    ("entities", "the workbook's part xl/sharedStrings.xml declares a DTD (<!DOCTYPE …)"),
    ("malformed", "could not be read as a workbook"),
    ("missing", "There is no file"),
])
def test_hostile_or_broken_files_are_refused_clearly_and_change_nothing(office, tmp_path, kind, message):
    reg, records = office
    path = _hostile(kind, records, tmp_path)
    before = _state(reg, records)
    with pytest.raises(SpreadsheetRefused) as caught:
        plan_import(records, path)
    assert message in str(caught.value)
    assert "Traceback" not in str(caught.value)
    assert _state(reg, records) == before


def test_openpyxl_parses_with_defusedxml():
    from openpyxl.xml import DEFUSEDXML

    assert DEFUSEDXML  # what the issue asks for: entity attacks are refused even past our own check


def test_a_workbook_with_no_sheet_atlas_can_read_is_refused(office, tmp_path):
    wb = openpyxl.Workbook()
    wb.active["A1"] = "Shopping list"
    buffer = io.BytesIO()
    wb.save(buffer)
    path = tmp_path / "list.xlsx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(SpreadsheetRefused, match="holds no sheet Atlas can import"):
        plan_import(office[1], path)


def test_a_workbook_from_before_the_assessment_keeps_each_breach_level_as_the_users_own(office, tmp_path):
    """A workbook exported before schema 5 has the hand-picked level in "risk" and no "risk_override": the
    level is read as the user's own assessment with the upgrade's reason (as the register migration does),
    never silently dropped (it is now worked out, so a plain read would ignore it)."""
    reg, records = office
    path = export_workbook(records, tmp_path / "register.xlsx")
    book = openpyxl.load_workbook(path)
    ws = book["Breaches"]
    keys = {c.value: c.column for c in ws[1] if c.value}
    for gone in ("risk_override", "override_reason"):  # the old layout had neither
        ws.cell(1, keys[gone]).value = None
        ws.cell(HEADER_ROW, keys[gone]).value = None
    ws.cell(_row(ws, 1), keys["risk"]).value = "High risk: notify the authority and the people affected"
    new = ws.max_row + 1
    ws.cell(new, keys["title"]).value = "USB stick lost"
    ws.cell(new, keys["aware_at"]).value = "2026-02-01 10:00"
    ws.cell(new, keys["description"]).value = "Lost on the train"
    ws.cell(new, keys["risk"]).value = "none"
    book.save(path)

    plan = plan_import(records, path)
    assert plan.problems == []
    assert any("before the risk assessment" in note for note in plan.notes)
    apply_import(records, plan)
    old, added = records.get("breach", 1), records.list("breach")[-1]
    assert (old["risk_override"], old["override_reason"], old["risk"]) == \
        ("high", "set before the assessment existed", "high")
    assert (added["title"], added["risk_override"], added["risk"]) == ("USB stick lost", "none", "none")
