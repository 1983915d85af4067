"""Registers written by every released schema, upgraded, still agree with their audit trail: the data a
migration changed without an entry is replayed by the records check, and changes after it are still caught.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pytest

from atlas_desktop.storage import migrations
from atlas_desktop.storage.integrity import CHANGED, RecordMismatch, verify_records
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.register import Register, keys_path
from conftest import run_cli

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _passphrase() -> str:
    spec = importlib.util.spec_from_file_location("make_fixture_registers", FIXTURES / "make_fixture_registers.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.PASSPHRASE


PASSPHRASE = _passphrase()


def copy_fixture(version: int, folder: Path) -> Path:
    source = FIXTURES / "registers" / f"schema-{version}.atlas"
    target = folder / source.name
    shutil.copy(source, target)
    shutil.copy(keys_path(source), keys_path(target))
    return target


@pytest.mark.parametrize("version", range(1, migrations.SCHEMA_VERSION + 1))
def test_every_released_fixture_verifies_clean_after_its_upgrade(version, tmp_path, capsys) -> None:
    path = copy_fixture(version, tmp_path)
    with Register.open(path, passphrase=PASSPHRASE, backup_dir=tmp_path / "backups") as reg:
        assert reg.audit.verify().ok
        assert verify_records(reg) == []
        if version >= 2:  # the fixture's breach, edited by this version
            Records(reg).update("breach", 1, {"description": "Edited after the upgrade"})
        Records(reg).save_organisation({"address": "Strada Lungă 5"})
        assert verify_records(reg) == []
    pp = tmp_path / "pp.txt"
    pp.write_text(PASSPHRASE)
    code, out, err = run_cli(capsys, "audit", "verify", "--register", str(path), "--passphrase-file", str(pp))
    assert code == 0 and "MISMATCH" not in out and err == "", out + err


def test_what_schema_4_saved_is_followed_through_migration_5(tmp_path) -> None:
    path = copy_fixture(4, tmp_path)
    retention = [{"data_category": "Payslips", "period": "6 years", "trigger": "after employment ends"}]
    with Register.open(path, passphrase=PASSPHRASE, migration_list=migrations.MIGRATIONS[:4]) as old:
        assert old.schema_version == 4
        # What Atlas at schema 4 wrote when a person picked a breach's risk and typed a retention period.
        with old.transaction():
            old.db.execute_sql("UPDATE breach SET risk = 'high' WHERE id = 1")
            old.audit.append("old-atlas", "update", "breach", "1", {"risk": None}, {"risk": "high"})
            old.db.execute_sql("UPDATE activity SET retention = ? WHERE id = 1", (json.dumps(retention),))
            old.audit.append("old-atlas", "update", "activity", "1", {"retention": []}, {"retention": retention})
    with Register.open(path, passphrase=PASSPHRASE, backup_dir=tmp_path / "backups") as reg:
        records = Records(reg)
        assert reg.schema_version == migrations.SCHEMA_VERSION
        assert records.get("breach", 1)["risk_override"] == "high"  # the migration changed these rows
        assert records.get("activity", 1)["retention"][0]["keep_for"] == 6
        assert verify_records(reg) == []
        # The upgrade left a marker, so later migrations are replayed at the right point of the trail.
        marker = list(reg.audit.entries(entity="register", record="schema"))[-1]
        assert marker.before["schema"] == 4 and marker.after == {"schema": migrations.SCHEMA_VERSION}
        records.update("breach", 1, {"title": "Fixture breach, reviewed"})
        assert verify_records(reg) == []
        reg.db.execute_sql("UPDATE breach SET override_reason = 'nothing to see' WHERE id = 1")
        assert verify_records(reg) == [RecordMismatch("breach", "1", CHANGED, ("override_reason",))]
