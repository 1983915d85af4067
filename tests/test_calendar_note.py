"""Never claim a holiday calendar that is not applied: every due date counted past public holidays says which
ones it skipped, in core, in `atlas check`/`show`/`list` and in the PDF report.

Sources: GDPR Art. 12(3) (answer a request within one month of receipt, extendable by two further months);
Regulation (EEC, Euratom) No 1182/71, Art. 3(4): a period whose last day is a public holiday, a Saturday or a
Sunday ends with the expiry of the last hour of the following working day. Romania's public holidays include
25 and 26 December (Codul muncii, Art. 139(1)); 25 December 2026 is a Friday.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import PASSPHRASE, run_cli
from pypdf import PdfReader

from atlas_desktop.core import clocks
from atlas_desktop.core.checks import run_checks
from atlas_desktop.core.context import Context
from atlas_desktop.exports.reports import build_report
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.register import Register

RECEIVED = dt.date(2026, 11, 25)
WEEKENDS_ONLY = "weekends only \u2014 set your country"
ROMANIA = "weekends and public holidays of Romania"
NOW = dt.datetime(2026, 12, 21, 9, tzinfo=dt.UTC)  # a Monday: four days before the 25th
REQUEST = {"requester": "Ana Pop", "right": "access", "received_on": RECEIVED}


# -- core: the date and the note come from the same calendar ---------------------------------------------
def test_with_no_country_the_due_date_skips_weekends_only_and_says_so():
    ctx = Context.for_organisation({"time_zone": "Europe/Bucharest"}, NOW)
    assert clocks.rights_request_due(RECEIVED, ctx.holidays) == dt.date(2026, 12, 25)  # Christmas Day, a Friday
    assert not ctx.calendar.applied and ctx.calendar.text == WEEKENDS_ONLY
    assert "public holidays" not in ctx.calendar.text


def test_with_romania_the_due_date_moves_past_christmas_and_the_note_names_romania():
    ctx = Context.for_organisation({"time_zone": "Europe/Bucharest", "holiday_country": "RO"}, NOW)
    # 25 Dec (holiday), 26 Dec (holiday, Saturday), 27 Dec (Sunday): the next working day is Monday 28.
    assert clocks.rights_request_due(RECEIVED, ctx.holidays) == dt.date(2026, 12, 28)
    assert ctx.calendar.applied and ctx.calendar.text == ROMANIA
    assert ctx.calendar.moved_past == f"moved past {ROMANIA}"


def test_a_region_is_named_and_a_calendar_that_cannot_be_made_claims_nothing():
    bavaria = Context.for_organisation({"holiday_country": "DE", "holiday_region": "BY"})
    assert bavaria.calendar.text == "weekends and public holidays of Germany (Bayern)"
    # An old register's unknown country, or a region its country does not have: no holiday is skipped, and the
    # note must not pretend one is.
    for org in ({"holiday_country": "QQ"}, {"holiday_country": "RO", "holiday_region": "ZZ"}):
        ctx = Context.for_organisation(org)
        assert dt.date(2026, 12, 25) not in ctx.holidays
        assert ctx.calendar.text == WEEKENDS_ONLY, org


def test_the_checks_say_which_calendar_counted_the_due_date():
    org = {"id": 1, "name": "Acme", "email": "office@acme.example", "responsible_name": "Maria Ionescu",
           "time_zone": "Europe/Bucharest"}
    request = {"id": 7, **REQUEST, "status": "received"}
    (due,) = [f for f in run_checks({"organisation": [org], "rights_request": [request]},
                                    Context.for_organisation(org, NOW)) if f.code == "request-due"]
    assert due.due == dt.date(2026, 12, 25)
    assert f"(in 4 days; moved past {WEEKENDS_ONLY})" in due.message and "public holidays" not in due.message
    org["holiday_country"] = "RO"
    (due,) = [f for f in run_checks({"organisation": [org], "rights_request": [request]},
                                    Context.for_organisation(org, NOW)) if f.code == "request-due"]
    assert due.due == dt.date(2026, 12, 28) and f"(in 7 days; moved past {ROMANIA})" in due.message


# -- the CLI and the PDF report: a real register ----------------------------------------------------------
@pytest.fixture
def office(new_register, register_path, monkeypatch) -> Path:
    """A register with no holiday country (as every register made before #21) and one open request."""
    reg, _ = new_register
    records = Records(reg)
    records.save_organisation({"time_zone": "Europe/Bucharest"})
    records.create("rights_request", REQUEST)
    reg.close()
    monkeypatch.setenv("ATLAS_PASSPHRASE", PASSPHRASE)
    return register_path


def _set_country(path: Path, country: str) -> None:
    with Register.open(path, passphrase=PASSPHRASE) as reg:
        Records(reg).save_organisation({"holiday_country": country})


def test_atlas_show_and_list_put_the_note_next_to_the_due_date(office, capsys):
    code, out, _ = run_cli(capsys, "show", "rights_request", "1", "--register", str(office))
    assert code == 0
    (line,) = [x for x in out.splitlines() if x.strip().startswith("Due on")]
    assert line.endswith(f"2026-12-25 (moved past {WEEKENDS_ONLY})"), line
    code, out, _ = run_cli(capsys, "list", "rights_request", "--register", str(office))
    assert code == 0 and "2026-12-25" in out and f"Due on: moved past {WEEKENDS_ONLY}." in out
    code, out, _ = run_cli(capsys, "check", "--register", str(office))
    assert "Set your country so deadlines skip its public holidays" in out and "(Art. 12(3))" in out

    # The request was saved before the country was set: its stored due date is the 25th. What is shown with
    # Romania's note is the date Romania's calendar gives, never the stale one beside a claim it skipped Christmas.
    _set_country(office, "RO")
    code, out, _ = run_cli(capsys, "show", "rights_request", "1", "--register", str(office))
    (line,) = [x for x in out.splitlines() if x.strip().startswith("Due on")]
    assert line.endswith(f"2026-12-28 (moved past {ROMANIA})"), line
    code, out, _ = run_cli(capsys, "list", "rights_request", "--register", str(office))
    assert "2026-12-28" in out and "2026-12-25" not in out and f"Due on: moved past {ROMANIA}." in out
    code, out, _ = run_cli(capsys, "check", "--register", str(office))
    assert "Set your country" not in out


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


def test_the_rights_requests_report_says_which_calendar_counted_its_due_dates(office, tmp_path):
    with Register.open(office, passphrase=PASSPHRASE) as reg:
        build_report(Records(reg), "rights-requests", tmp_path / "weekends.pdf", now=NOW)
    text = _pdf_text(tmp_path / "weekends.pdf")
    assert "2026-12-25" in text and f"moved past {WEEKENDS_ONLY} (Art. 12(3))" in text
    assert "public holidays (Art. 12(3))" not in text  # the old, unconditional claim
    _set_country(office, "RO")
    with Register.open(office, passphrase=PASSPHRASE) as reg:
        build_report(Records(reg), "rights-requests", tmp_path / "romania.pdf", now=NOW)
    text = _pdf_text(tmp_path / "romania.pdf")
    assert "2026-12-28" in text and "2026-12-25" not in text
    assert f"moved past {ROMANIA} (Art. 12(3))" in text and WEEKENDS_ONLY not in text


def test_the_workbook_names_its_calendar_and_counts_due_dates_with_it(office, tmp_path):
    """The spreadsheet export too: its cover says which calendar the due dates skip, and the "Due on" cells are
    counted with that calendar, not left as stored before the country was set (Art. 12(3); Reg. 1182/71 Art. 3(4))."""
    from openpyxl import load_workbook

    from atlas_desktop.exports.xlsx_export import export_workbook

    def exported(name: str) -> tuple[str, set]:
        with Register.open(office, passphrase=PASSPHRASE) as reg:
            export_workbook(Records(reg), tmp_path / name, now=NOW)
        book = load_workbook(tmp_path / name)
        cover = {row[0]: row[1] for row in book["Cover"].iter_rows(values_only=True) if row[0]}
        cells = {c.value.date() if isinstance(c.value, dt.datetime) else c.value
                 for ws in book.worksheets for row in ws.iter_rows() for c in row}
        return cover["Due dates"], cells

    note, cells = exported("weekends.xlsx")
    assert WEEKENDS_ONLY in note and dt.date(2026, 12, 25) in cells
    _set_country(office, "RO")
    note, cells = exported("romania.xlsx")
    assert ROMANIA in note and WEEKENDS_ONLY not in note
    assert dt.date(2026, 12, 28) in cells and dt.date(2026, 12, 25) not in cells
