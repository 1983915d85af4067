"""`atlas export xlsx|csv` and `atlas import xlsx` end to end: files written, problems listed, exit codes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from conftest import PASSPHRASE, run_cli

from atlas_desktop.storage.records import Records
from atlas_desktop.storage.register import Register


run = run_cli


@pytest.fixture
def reg_path(new_register, register_path, monkeypatch) -> Path:
    reg, _ = new_register
    records = Records(reg)
    records.save_organisation({"time_zone": "Europe/Bucharest"})
    records.create("processor", {"name": "PayCo", "country": "RO"})
    records.create("activity", {"name": "Payroll", "processors": [1]})
    records.create("breach", {"title": "Laptop stolen", "aware_at": dt.datetime(2026, 1, 5, 8, tzinfo=dt.UTC),
                              "description": "Left in a car"})
    reg.close()
    monkeypatch.setenv("ATLAS_PASSPHRASE", PASSPHRASE)
    return register_path


def _head(path: Path) -> str:
    with Register.open(path, passphrase=PASSPHRASE) as reg:
        return reg.audit.head().head


def test_export_xlsx_writes_the_workbook_and_only_limits_it(reg_path, tmp_path, capsys):
    out = tmp_path / "register.xlsx"
    code, stdout, err = run(capsys, "export", "xlsx", "--register", str(reg_path), "--out", str(out))
    assert (code, err) == (0, "")
    assert f"Wrote {out}" in stdout and "not encrypted" in stdout
    assert "Art 30 record" in openpyxl.load_workbook(out).sheetnames
    code, _, _ = run(capsys, "export", "xlsx", "--register", str(reg_path), "--out", str(out), "--only", "breach",
                     "findings")
    assert code == 0
    assert openpyxl.load_workbook(out).sheetnames == ["Cover", "Breaches", "Breaches – Reports sent",
                                                       "Breaches – Timeline", "Findings", "Lists", "Atlas"]
    code, _, err = run(capsys, "export", "xlsx", "--register", str(reg_path), "--out", str(out), "--only", "nope")
    assert code == 2 and "There is no register called 'nope'" in err


def test_export_csv_writes_one_register(reg_path, tmp_path, capsys):
    out = tmp_path / "breaches.csv"
    code, stdout, err = run(capsys, "export", "csv", "--register", str(reg_path), "--entity", "breach",
                            "--out", str(out))
    assert (code, err) == (0, "")
    assert stdout.startswith(f"Wrote 1 breach to {out}")
    assert "Laptop stolen" in out.read_text("utf-8-sig")
    code, _, err = run(capsys, "export", "csv", "--register", str(reg_path), "--entity", "nope", "--out", str(out))
    assert code == 2 and "There is no register called 'nope'" in err


def test_import_round_trip_dry_run_and_nothing_to_do(reg_path, tmp_path, capsys):
    out = tmp_path / "register.xlsx"
    assert run(capsys, "export", "xlsx", "--register", str(reg_path), "--out", str(out))[0] == 0
    code, stdout, err = run(capsys, "import", "xlsx", "--register", str(reg_path), "--in", str(out), "--dry-run")
    assert (code, err) == (0, "")
    assert "an Atlas export of this register" in stdout and "4 records unchanged" in stdout
    assert "Dry run: nothing was imported." in stdout


def _edited(reg_path: Path, tmp_path: Path, capsys) -> Path:
    out = tmp_path / "register.xlsx"
    assert run(capsys, "export", "xlsx", "--register", str(reg_path), "--out", str(out))[0] == 0
    book = openpyxl.load_workbook(out)
    ws = book["Processors"]
    ws["B3"] = "PayCo Payroll SRL"           # a change
    ws["B4"] = "HostCo"                      # a new processor
    ws["B5"] = "BadCo"
    ws["E5"] = "Narnia"                      # a country that does not exist
    book.save(out)
    return out


def test_import_with_problems_lists_each_and_writes_nothing(reg_path, tmp_path, capsys):
    out = _edited(reg_path, tmp_path, capsys)
    head = _head(reg_path)
    code, stdout, err = run(capsys, "import", "xlsx", "--register", str(reg_path), "--in", str(out))
    assert code == 1
    assert 'Processors, row 5, column E "Country": \'Narnia\' is not a country' in err
    assert "Nothing was imported" in err and "--skip-invalid to import the 2 valid rows" in err
    assert _head(reg_path) == head


def test_import_skip_invalid_writes_the_valid_rows_and_still_exits_1(reg_path, tmp_path, capsys):
    out = _edited(reg_path, tmp_path, capsys)
    code, stdout, err = run(capsys, "import", "xlsx", "--register", str(reg_path), "--in", str(out),
                            "--skip-invalid")
    assert code == 1
    assert "Imported: 1 added, 1 changed; 1 row with problems left out." in stdout
    with Register.open(reg_path, passphrase=PASSPHRASE) as reg:
        records = Records(reg)
        assert sorted(records.titles("processor").values()) == ["HostCo", "PayCo Payroll SRL"]
        assert [e.action for e in list(reg.audit.entries())[-2:]] == ["import", "import"]


def test_import_refuses_a_file_that_is_not_a_workbook(reg_path, tmp_path, capsys):
    bad = tmp_path / "list.xlsx"
    bad.write_text("name,country\n")
    head = _head(reg_path)
    code, _, err = run(capsys, "import", "xlsx", "--register", str(reg_path), "--in", str(bad))
    assert code == 2
    assert err.startswith("atlas: list.xlsx is not an .xlsx workbook.") and "Traceback" not in err
    assert _head(reg_path) == head
