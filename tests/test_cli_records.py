"""The record commands of `atlas`: fields, add, edit, list, show, delete, duplicate, attach, check, demo."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from conftest import ORG, PASSPHRASE, run_cli

from atlas_desktop.core.entities import ENTITIES
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.register import Register


run = run_cli


@pytest.fixture
def reg_path(new_register, register_path, monkeypatch) -> Path:
    reg, _ = new_register
    Records(reg).save_organisation({"time_zone": "Europe/Bucharest", "holiday_country": "RO"})
    reg.close()
    monkeypatch.setenv("ATLAS_PASSPHRASE", PASSPHRASE)
    return register_path


def _records(path: Path) -> tuple[Register, Records]:
    reg = Register.open(path, passphrase=PASSPHRASE)
    return reg, Records(reg)


def test_fields_lists_every_register_and_cites_articles_without_a_register(capsys):
    code, out, _ = run(capsys, "fields")
    assert code == 0
    for ent in ENTITIES:
        assert ent.key in out
    code, out, _ = run(capsys, "fields", "breach")
    assert code == 0
    assert "aware_at" in out and "(Art. 33(1))" in out
    assert "lost_stolen = Lost or stolen device or paper documents" in out
    assert "timeline" in out and "JSON rows with: at (datetime), event (text)" in out
    code, _, err = run(capsys, "fields", "nonsense")
    assert code == 2 and "There is no register called 'nonsense'" in err


def test_add_list_show_edit_round_trip_in_the_organisations_time_zone(reg_path, capsys):
    r = ["--register", str(reg_path)]
    code, out, err = run(capsys, "add", "breach", *r, "--set", "title=Laptop stolen",
                         "--set", "aware_at=2026-10-23 09:00", "--set", "description=Left in a car",
                         "--set", "cause=Lost or stolen device or paper documents",
                         "--set", "data_categories=contact;Tachograph cards",
                         "--add", 'timeline={"at": "2026-10-23 09:05", "event": "Driver called"}')
    assert (code, err) == (0, "")
    assert out.strip() == 'Saved breach #1 "Laptop stolen".'

    reg, records = _records(reg_path)
    with reg:
        saved = records.get("breach", 1)
    # 09:00 in Bucharest (EEST, UTC+3) is 06:00 UTC; the deadline crosses the autumn DST change.
    assert saved["aware_at"] == dt.datetime(2026, 10, 23, 6, 0, tzinfo=dt.UTC)
    assert saved["notification_deadline"] == dt.datetime(2026, 10, 26, 6, 0, tzinfo=dt.UTC)
    assert saved["cause"] == "lost_stolen"
    assert saved["data_categories"] == ["contact", "Tachograph cards"]
    assert saved["timeline"] == [{"at": dt.datetime(2026, 10, 23, 6, 5, tzinfo=dt.UTC), "event": "Driver called"}]

    code, out, _ = run(capsys, "list", "breach", *r)
    assert code == 0
    assert "Laptop stolen" in out and "2026-10-26 08:00 EET" in out and "1 breach." in out

    code, out, _ = run(capsys, "list", "breach", *r, "--json")
    rows = json.loads(out)
    assert [row["id"] for row in rows] == [1]
    assert rows[0]["notification_deadline"] == "2026-10-26T06:00:00+00:00"

    code, out, _ = run(capsys, "edit", "breach", "1", *r, "--add",
                       'timeline={"at": "2026-10-23 11:00", "event": "Passwords reset"}', "--set", "risk_override=high",
                       "--set", "override_reason=Tachograph cards open the door to fraud")
    assert code == 0
    code, out, _ = run(capsys, "show", "breach", "1", *r)
    assert "Became aware at" in out and "2026-10-23 09:00 EEST" in out
    assert "High risk: notify the authority and the people affected" in out
    assert "Driver called" in out and "Passwords reset" in out

    code, out, _ = run(capsys, "show", "organisation", *r, "--json")
    assert json.loads(out)["time_zone"] == "Europe/Bucharest"


def test_invalid_record_lists_every_problem_and_saves_nothing(reg_path, capsys):
    r = ["--register", str(reg_path)]
    reg, records = _records(reg_path)
    with reg:
        entries_before = reg.audit.head().count
    code, out, err = run(capsys, "add", "breach", *r, "--set", "title=Mislaid folder",
                         "--set", "aware_at=2026-11-01 10:00", "--set", "discovered_at=2026-11-02 10:00",
                         "--set", "subjects_count=-4", "--set", "risk_override=high",
                         "--set", "notify_authority=no")
    assert code == 2 and out == ""
    lines = err.splitlines()
    assert lines[0] == "atlas: The breach was not saved:"
    assert "  description: What happened is required." in lines
    assert "  subjects_count: People affected (approx.) cannot be negative." in lines
    assert "  aware_at: Became aware at cannot be before discovered at." in lines
    assert any(line.startswith("  override_reason: ") for line in lines)  # your own level needs its reason
    assert any(line.startswith("  notify_authority: A breach likely to result in a risk must be notified")
               for line in lines)
    reg, records = _records(reg_path)
    with reg:
        assert records.count("breach") == 0
        assert reg.audit.head().count == entries_before


@pytest.mark.parametrize("argv, message", [
    (["--set", "colour=blue"], "Breach has no field 'colour'"),
    (["--set", "notification_deadline=2026-01-01 00:00"], "worked out automatically and cannot be set"),
    (["--set", "aware_at=yesterday-ish"], "Became aware at (aware_at): 'yesterday-ish' is not a date and time"),
    (["--set", "cause=aliens"], "Cause (cause): 'aliens' is not one of"),
    (["--set", "title"], "--set takes KEY=VALUE"),
    (["--add", "title=x"], "--add works on list fields"),
])
def test_bad_values_are_named_plainly(reg_path, capsys, argv, message):
    code, _, err = run(capsys, "add", "breach", "--register", str(reg_path), *argv)
    assert code == 2 and message in err and "Traceback" not in err


def test_delete_asks_for_yes_and_is_refused_while_linked(reg_path, capsys):
    r = ["--register", str(reg_path)]
    assert run(capsys, "add", "processor", *r, "--set", "name=PayCo")[0] == 0
    assert run(capsys, "add", "activity", *r, "--set", "name=Payroll", "--set", "processors=1")[0] == 0
    code, _, err = run(capsys, "delete", "processor", "1", *r)
    assert code == 2 and "--yes" in err
    code, _, err = run(capsys, "delete", "processor", "1", *r, "--yes")
    assert code == 2 and 'linked from processing activity "Payroll"' in err
    assert run(capsys, "edit", "activity", "1", *r, "--set", "processors=")[0] == 0
    code, out, _ = run(capsys, "delete", "processor", "1", *r, "--yes")
    assert code == 0 and 'Deleted processor #1 "PayCo"' in out
    code, out, _ = run(capsys, "duplicate", "activity", "1", *r)
    assert code == 0 and "#2" in out
    reg, records = _records(reg_path)
    with reg:
        assert [a["name"] for a in records.list("activity")] == ["Payroll", "Payroll (copy)"]
        assert records.count("processor") == 0


def test_attach_list_save_and_remove(reg_path, tmp_path, capsys):
    r = ["--register", str(reg_path)]
    run(capsys, "add", "processor", *r, "--set", "name=PayCo")
    evidence = tmp_path / "signed DPA.pdf"
    evidence.write_bytes(b"%PDF-1.7 a signed agreement")
    code, out, _ = run(capsys, "attach", "processor", "1", str(evidence), *r, "--note", "countersigned")
    assert code == 0 and "attachment #1" in out
    code, out, _ = run(capsys, "attach", "processor", "1", *r)
    assert "signed DPA.pdf" in out and "countersigned" in out
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, out, _ = run(capsys, "attachment", "save", "1", "--out", str(out_dir), *r)
    assert code == 0 and "not encrypted" in out
    assert (out_dir / "signed DPA.pdf").read_bytes() == evidence.read_bytes()
    code, out, _ = run(capsys, "attachment", "remove", "1", "--yes", *r)
    assert code == 0
    code, out, _ = run(capsys, "attach", "processor", "1", *r)
    assert "has no attachments" in out
    code, _, err = run(capsys, "attach", "processor", "9", str(evidence), *r)
    assert code == 2 and "no processor #9" in err


def test_check_json_keys_and_exit_code_follow_overdue_findings(reg_path, capsys):
    r = ["--register", str(reg_path)]
    code, out, _ = run(capsys, "check", *r, "--json")
    findings = json.loads(out)
    assert code == 0, "a new register has gaps but nothing overdue"
    # One finding per line, as readable as an indented list (and written by the C encoder).
    assert out.splitlines()[1:-1] == ["  " + json.dumps(f, ensure_ascii=False) + ("," if i < len(findings) - 1 else "")
                                      for i, f in enumerate(findings)]
    assert findings and all(set(f) == {"severity", "entity", "record", "message", "article"} for f in findings)
    assert {f["severity"] for f in findings} == {"gap"}

    # A breach that needs notifying, became known four days ago and was never notified: overdue.
    aware = (dt.datetime.now(dt.UTC) - dt.timedelta(days=4)).strftime("%Y-%m-%dT%H:%M+00:00")
    assert run(capsys, "add", "breach", *r, "--set", "title=Server hacked", "--set", f"aware_at={aware}",
               "--set", "description=Database copied", "--set", "risk_override=risk",
               "--set", "override_reason=Copied by an attacker",
               "--set", "notify_authority=yes")[0] == 0
    code, out, _ = run(capsys, "check", *r, "--json")
    assert code == 1
    overdue = [f for f in json.loads(out) if f["severity"] == "overdue"]
    assert [(f["entity"], f["record"], f["article"]) for f in overdue] == [("breach", 1, "Art. 33(1)")]
    code, out, _ = run(capsys, "check", *r)
    assert code == 1 and out.startswith("OVERDUE (1)\n") and "Server hacked" in out


def test_org_name_shown_everywhere_comes_from_the_organisation_record(reg_path, capsys):
    r = ["--register", str(reg_path)]
    assert run(capsys, "edit", "organisation", *r, "--set", "name=Acme Logistică SRL")[0] == 0
    code, out, _ = run(capsys, "doctor", *r)
    assert "organisation: Acme Logistică SRL" in out and ORG not in out


def test_demo_creates_a_register_that_opens_with_the_published_passphrase(tmp_path, capsys, monkeypatch):
    from atlas_desktop.storage.demo import DEMO_PASSPHRASE

    path = tmp_path / "demo.atlas"
    code, out, err = run(capsys, "demo", "--register", str(path))
    assert (code, err) == (0, "")
    assert f"Its passphrase is: {DEMO_PASSPHRASE}" in out and "4 breaches" in out and "2 DPIAs" in out
    monkeypatch.setenv("ATLAS_PASSPHRASE", DEMO_PASSPHRASE)
    code, out, _ = run(capsys, "check", "--register", str(path), "--json")
    severities = {f["severity"] for f in json.loads(out)}
    assert severities == {"overdue", "due soon", "gap"} and code == 1
    code, _, err = run(capsys, "demo", "--register", str(path))
    assert code == 2 and "already exists" in err
