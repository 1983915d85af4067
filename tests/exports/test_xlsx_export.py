"""The workbook of the demo register, read back: cover, Art. 30 sheets, every register, formatting, findings.

One demo register is made for the module (at a fixed ``now``) and exported once; each test reads
the real file back with openpyxl. Tests that change records make their own register.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from conftest import PASSPHRASE

from atlas_desktop.core.checks import run_checks
from atlas_desktop.core.entities import ENTITIES
from atlas_desktop.core.errors import UsageError
from atlas_desktop.exports import read_only_views as views
from atlas_desktop.exports.art30 import ICO_COLUMNS
from atlas_desktop.exports.layouts import HEADER_ROW, entity_layouts
from atlas_desktop.exports.styling import REQUIRED_FILL
from atlas_desktop.exports.xlsx_export import Cancelled, export_workbook
from atlas_desktop.storage.demo import create_demo
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.register import Register

NOW = dt.datetime(2026, 3, 30, 7, 30, tzinfo=dt.UTC)
ZONE = "Europe/Bucharest"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ATLAS_KDF_SECONDS", "0")
        reg, _ = create_demo(folder / "demo.atlas", now=NOW)
    records = Records(reg)
    steps: list[tuple[int, int, str]] = []
    out = export_workbook(records, folder / "register.xlsx", now=NOW, progress=lambda d, t, s: steps.append((d, t, s)))
    yield reg, records, out, steps
    reg.close()


@pytest.fixture(scope="module")
def book(demo):
    return openpyxl.load_workbook(demo[2])


def _column(ws, heading: str) -> int:
    for cell in ws[HEADER_ROW]:
        if cell.value == heading or str(cell.value).rstrip(" *") == heading:
            return cell.column
    raise AssertionError(f"no column {heading!r} in {ws.title}: {[c.value for c in ws[HEADER_ROW]]}")


def _data(ws, first: int = HEADER_ROW + 1) -> list[tuple]:
    return [row for row in ws.iter_rows(min_row=first, values_only=True) if any(v is not None for v in row)]


def test_the_workbook_has_a_cover_the_art30_views_every_register_and_the_findings(book, demo):
    names = book.sheetnames
    assert names[:3] == ["Cover", "Art 30 record", "Art 30(2) processor record"]
    for ent in ENTITIES:
        assert ent.plural in names
    for expected in ("Processors – Sub-processors", "Breaches – Timeline", "DPIAs – Risks", "Training matrix",
                     "Findings"):
        assert expected in names
    assert names.index("Organisation") > names.index("Policies")  # the cover shows it first
    assert book["Lists"].sheet_state == "hidden" and book["Atlas"].sheet_state == "veryHidden"
    steps = demo[3]
    assert steps[-1][0] == steps[-1][1] and all(d <= t for d, t, _ in steps)  # progress reaches its total


def test_the_cover_names_the_controller_contacts_time_and_audit_chain(book, demo):
    reg, records, _, _ = demo
    org = records.organisation()
    text = {row[0]: row[1] for row in book["Cover"].iter_rows(values_only=True) if row[0]}
    assert org["name"] in next(iter(text))
    assert text["Name"] == org["name"] and text["Email"] == org["email"]
    assert text["Representative in the EU (Art. 27)"] == "None appointed"
    assert text["Data protection officer (Art. 37)"] == "No DPO appointed"
    assert org["responsible_name"] in text["Person responsible for data protection"]
    head = reg.audit.head()
    assert text["Audit trail entries"] == head.count and text["Audit-chain head"] == head.head
    assert text["To check the register later"] == f"atlas audit verify --anchor {head.count}:{head.head}"
    # 07:30 UTC on 30 March 2026 is 10:30 summer time in Bucharest.
    assert text["Generated at"] == "2026-03-30 10:30 EEST (Europe/Bucharest, UTC+03:00)"
    assert ZONE in text["Dates and times"]
    link = next(c for c in book["Cover"]["A"] if c.value == "Processors")
    assert link.hyperlink.location == "'Processors'!A1"


def test_the_art30_record_follows_the_ico_template_with_required_headings_marked(book, demo):
    ws = book["Art 30 record"]
    headings = [c.value for c in ws[views.HEADER_ROW]]  # under the read-only note and the group labels
    assert headings[1:4] == ["Business function *", "Purpose of processing *",
                             "Name and contact details of joint controller (if applicable) *"]
    assert headings[12] == "Article 6 lawful basis for processing personal data"
    assert len(headings) == len(ICO_COLUMNS) == 30
    for cell, column in zip(ws[views.HEADER_ROW], ICO_COLUMNS):
        assert (cell.fill.fgColor.rgb[-6:] == REQUIRED_FILL.fgColor.rgb[-6:]) is column.required
    activities = demo[1].list("activity")
    controller = [a for a in activities if a["role"] != "processor"]
    rows = _data(ws, views.FIRST_ROW)
    assert [r[0] for r in rows] == [a["name"] for a in sorted(controller, key=lambda a: a["id"])]
    payroll = next(r for r in rows if r[0] == "HR administration and payroll")
    assert "Health data (special category)" in payroll[headings.index("Categories of personal data *")]
    assert payroll[headings.index("Personal data breach?")] in ("Yes", "No")
    assert ws.freeze_panes == "B4" and ws.auto_filter.ref.startswith("A3:")

    processor_sheet = book["Art 30(2) processor record"]
    served = [(a["name"], c["name"]) for a in activities if a["role"] == "processor" for c in a["controllers_served"]]
    assert served and [(r[0], r[1]) for r in _data(processor_sheet, views.FIRST_ROW)] == served


def test_register_sheets_have_styled_frozen_filtered_headers_and_hidden_keys(book):
    ws = book["Breaches"]
    assert ws.row_dimensions[1].hidden and ws["A1"].value == "atlas/breach"
    assert ws.freeze_panes == "B3"
    assert ws.auto_filter.ref.startswith("A2:")
    assert ws["B2"].value == "Title *" and ws["B2"].font.bold
    assert f"Became aware at ({ZONE} time) *" in [c.value for c in ws[HEADER_ROW]]
    assert all(ws.column_dimensions[c].width >= 8 for c in "ABCDEFG")
    comment = ws.cell(HEADER_ROW, _column(ws, "Became aware at (Europe/Bucharest time)")).comment
    assert "Art. 33(1)" in comment.text


def test_dates_are_real_dates_and_times_are_local_wall_time(book, demo):
    records = demo[1]
    ws = book["Breaches"]
    col = _column(ws, f"Became aware at ({ZONE} time)")
    for row, breach in zip(range(3, ws.max_row + 1), sorted(records.list("breach"), key=lambda r: r["id"])):
        cell = ws.cell(row, col)
        assert cell.is_date
        local = breach["aware_at"].astimezone(__import__("zoneinfo").ZoneInfo(ZONE)).replace(tzinfo=None)
        assert abs(cell.value - local) < dt.timedelta(milliseconds=1)
    policies = book["Policies"]
    approved = policies.cell(3, _column(policies, "Approved on"))
    assert approved.is_date and approved.number_format == "yyyy-mm-dd"


def test_lists_are_joined_readably_and_links_carry_numbers(book, demo):
    records = demo[1]
    ws = book["Processing activities"]
    payroll = next(r for r in _data(ws, 3) if r[1] == "HR administration and payroll")
    people = payroll[[c.value for c in ws[HEADER_ROW]].index("People concerned")]
    assert people.startswith("Employees; Former staff")
    processors = payroll[[c.value for c in ws[HEADER_ROW]].index("Processors used")]
    titles = records.titles("processor")
    first = records.list("activity")[0]["processors"][0]
    assert f"{titles[first]} (#{first})" in processors


def test_enumerated_columns_have_dropdowns_from_the_lists_sheet(book):
    ws = book["Breaches"]
    status = _column(ws, "Status")
    lists = {str(dv.formula1): dv for dv in ws.data_validations.dataValidation}
    letter = openpyxl.utils.get_column_letter(status)
    strict = [dv for dv in lists.values() if any(str(r).startswith(f"{letter}3:") for r in dv.sqref.ranges)]
    assert strict and strict[0].type == "list" and strict[0].showErrorMessage
    name = strict[0].formula1
    target = book.defined_names[name].attr_text
    sheet, _, ref = target.partition("!")
    assert sheet == "'Lists'"
    labels = [c.value for c in book["Lists"][ref.replace("$", "")] for c in c]
    assert labels == ["Open: investigating", "Contained", "Closed"]


def test_processors_sheet_has_one_yes_no_column_per_art28_clause(book, demo):
    ws = book["Processors"]
    headings = [c.value for c in ws[HEADER_ROW]]
    clauses = [h for h in headings if str(h).startswith("Art. 28(3)(")]
    assert [h[:14] for h in clauses] == [f"Art. 28(3)({x}):" for x in "abcdefgh"]
    processors = sorted(demo[1].list("processor"), key=lambda p: p["id"])
    for row, p in zip(_data(ws, 3), processors):
        marks = [row[headings.index(h)] for h in clauses]
        assert marks.count("Yes") == len(p["art28_clauses"]) and set(marks) <= {"Yes", "No"}
    sub = book["Processors – Sub-processors"]
    assert len(_data(sub, 3)) == sum(len(p["subprocessors"]) for p in processors)


def test_training_matrix_shows_each_persons_latest_expiry_per_course(book, demo):
    records = demo[1]
    ws = book["Training matrix"]
    header = [c.value for c in ws[3]]
    assert header[:4] == ["Person", "Role", "Status", "Handles special-category data"]
    trainings = records.list("training")
    people = {p["id"]: p["name"] for p in records.list("person")}
    for t in trainings:
        row = next(r for r in ws.iter_rows(min_row=4) if r[0].value == people[t["person"]])
        cell = row[header.index(t["course"])]
        assert cell.value.date() >= t["expires_on"]
        assert cell.fill.fgColor.rgb[-6:] in ("F8CBAD", "FFE699", "C6EFCE")


def test_findings_sheet_lists_what_atlas_check_finds(book, demo):
    records = demo[1]
    findings = run_checks(records.snapshot(), records.context(NOW))
    rows = _data(book["Findings"])
    assert len(rows) == len(findings)
    assert [r[4] for r in rows] == [f.message for f in findings]
    assert {r[0] for r in rows} <= {"Overdue", "Due soon", "Gap"}


def test_only_limits_the_registers_and_keeps_the_cover(demo, tmp_path):
    out = export_workbook(demo[1], tmp_path / "breaches.xlsx", only=["breach"], now=NOW)
    names = openpyxl.load_workbook(out).sheetnames
    assert names == ["Cover", "Breaches", "Breaches – Reports sent", "Breaches – Timeline", "Lists", "Atlas"]
    with pytest.raises(UsageError, match="no register called 'breaches'"):
        export_workbook(demo[1], tmp_path / "x.xlsx", only=["breaches"])


def test_injection_in_a_record_is_written_as_text(new_register, tmp_path):
    reg, _ = new_register
    records = Records(reg)
    evil = '=HYPERLINK("http://evil.example","Click")'
    records.create("processor", {"name": evil, "service": "+cmd|' /C calc'!A0", "contact": "@SUM(1+1)"})
    out = export_workbook(records, tmp_path / "evil.xlsx")
    ws = openpyxl.load_workbook(out)["Processors"]
    for cell in ws[3][1:4]:
        assert cell.data_type == "s" and cell.quotePrefix, cell.value
    raw = openpyxl.load_workbook(out, read_only=True, data_only=False)["Processors"]
    row = list(raw.iter_rows(min_row=3, max_row=3))[0]
    assert [c.value for c in row[1:4]] == [evil, "+cmd|' /C calc'!A0", "@SUM(1+1)"]
    assert all(c.data_type == "s" for c in row[1:4])


def test_cancelling_writes_nothing_and_keeps_an_older_file(demo, tmp_path):
    out = tmp_path / "register.xlsx"
    out.write_bytes(b"the previous export")
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(Cancelled):
        export_workbook(demo[1], out, cancelled=cancelled)
    assert out.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["register.xlsx"]  # no temporary file left


def test_refuses_to_overwrite_the_register_or_write_into_a_missing_folder(demo, tmp_path):
    reg, records, _, _ = demo
    with pytest.raises(UsageError, match="overwrite the register"):
        export_workbook(records, Path(reg.path))
    with pytest.raises(UsageError, match="does not exist"):
        export_workbook(records, tmp_path / "missing" / "x.xlsx")
    with pytest.raises(UsageError, match="is a folder"):
        export_workbook(records, tmp_path)


def test_an_empty_register_exports_headers_ready_to_fill(new_register, tmp_path):
    reg, _ = new_register
    out = export_workbook(Records(reg), tmp_path / "empty.xlsx")
    book = openpyxl.load_workbook(out)
    layout = entity_layouts(ENTITIES[1], "UTC")[0]
    assert [c.value for c in book[layout.title][HEADER_ROW]] == [c.heading for c in layout.columns]
    assert _data(book[layout.title], 3) == []
    assert Register.open(reg.path, passphrase=PASSPHRASE).audit.head() == reg.audit.head()
