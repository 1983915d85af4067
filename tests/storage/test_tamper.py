"""Changes made to a register's database outside Atlas, by someone holding its key, are named.

Each tamper is raw SQL on a real SQLCipher register through a connection of its own, opened with
the register's data key (what the passphrase holder, or malware in their session, can do).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from atlas_desktop.storage import backups, restore, seen_heads
from atlas_desktop.storage.connection import raw_key
from atlas_desktop.storage.integrity import CHANGED, CREATED, DELETED, RecordMismatch, verify_records
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.register import Register
from conftest import ORG, PASSPHRASE, run_cli

BREACH = {"title": "Laptop stolen", "description": "A laptop was stolen from a car.",
          "aware_at": dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)}


def tamper(path: Path, data_key: bytes, *statements: tuple[str, tuple]) -> None:
    """Run SQL on the register file with its key, as a tool other than Atlas would."""
    conn = sqlcipher.connect(str(path))
    try:
        conn.execute(f'PRAGMA key = "{raw_key(data_key)}"')
        for sql, params in statements:
            conn.execute(sql, params)
        conn.commit()
    finally:
        conn.close()


@pytest.fixture
def filled(register_path) -> tuple[Path, bytes, int]:
    """A closed register with records made through Atlas (created, edited, deleted, attached); its
    key and the id of a breach."""
    reg, _ = Register.create(register_path, PASSPHRASE, ORG, actor="tester")
    with reg:
        records = Records(reg)
        breach = records.create("breach", BREACH)
        records.update("breach", breach, {"description": "Stolen from a parked car."})
        person = records.create("person", {"name": "Ana Ionescu"})
        records.create("person", {"name": "Dan Pop"})
        records.delete("person", person)
        records.create("activity", {"name": "Payroll", "purposes": [{"purpose": "Pay staff", "bases": ["contract"]}]})
        records.save_organisation({"name": "Acme Logistics SA", "time_zone": "Europe/Bucharest"})
        from atlas_desktop.storage.attachments import Attachments

        Attachments(reg).add("breach", breach, b"report 123", "police-report.txt")
        data_key = reg.data_key
    return register_path, data_key, breach


def opened(path: Path) -> Register:
    return Register.open(path, passphrase=PASSPHRASE, actor="tester")


def cli_args(path: Path, pp: Path, *command: str) -> list[str]:
    return [*command, "--register", str(path), "--passphrase-file", str(pp)]


@pytest.fixture
def pp(tmp_path) -> Path:
    f = tmp_path / "pp.txt"
    f.write_text(PASSPHRASE)
    return f


def test_a_register_changed_only_through_atlas_verifies_clean(filled, pp, capsys) -> None:
    path, _, _ = filled
    with opened(path) as reg:
        assert verify_records(reg) == []
        assert reg.trail_memory.ok
    code, out, err = run_cli(capsys, *cli_args(path, pp, "audit", "verify"))
    assert code == 0 and out.startswith("OK ") and "MISMATCH" not in out and err == ""
    code, out, _ = run_cli(capsys, *cli_args(path, pp, "doctor"))
    assert "OK      records: every record matches its audit trail" in out and "PROBLEM" not in out


TAMPERS = {
    "update a breach": (
        [('UPDATE breach SET title = ?, risk = ? WHERE id = ?', ("Nothing happened", "none", "{breach}"))],
        [RecordMismatch("breach", "{breach}", CHANGED, ("title", "risk"))]),
    "insert a breach": (
        [('INSERT INTO breach (created_at, updated_at, title, cyber_incident, impact, data_categories, '
          'special_categories_involved, subject_categories, vulnerable_involved, activities, staff, followups, '
          'timeline) VALUES (?, ?, ?, 0, ?, ?, 0, ?, 0, ?, ?, ?, ?)',
          ("2026-01-01", "2026-01-01", "Backdated breach", "[]", "[]", "[]", "[]", "[]", "[]", "[]"))],
        [RecordMismatch("breach", "{next}", CREATED)]),
    "delete a breach": (
        [("DELETE FROM attachment WHERE record = ?", ("{breach}",)), ("DELETE FROM breach WHERE id = ?", ("{breach}",))],
        [RecordMismatch("breach", "{breach}", DELETED), RecordMismatch("attachment", "1", DELETED)]),
    "rename the organisation": (
        [("UPDATE organisation SET name = ? WHERE id = 1", ("Someone Else Ltd",)),
         ("UPDATE meta SET value = ? WHERE key = 'org_name'", ("Someone Else Ltd",))],
        [RecordMismatch("register", "org_name", CHANGED), RecordMismatch("organisation", "1", CHANGED, ("name",))]),
}


@pytest.mark.parametrize("case", sorted(TAMPERS))
def test_each_change_outside_atlas_is_named(filled, pp, capsys, case) -> None:
    path, data_key, breach = filled
    statements, expected = TAMPERS[case]

    def fill(value):
        return str(value).replace("{breach}", str(breach)).replace("{next}", str(breach + 1))

    tamper(path, data_key, *[(sql, tuple(fill(p) if isinstance(p, str) else p for p in params))
                             for sql, params in statements])
    want = [RecordMismatch(m.entity, fill(m.record), m.what, m.fields) for m in expected]
    with opened(path) as reg:
        assert reg.audit.verify().ok  # the chain alone still says OK: this is what it cannot see
        assert sorted(verify_records(reg), key=lambda m: (m.entity, m.record)) == \
            sorted(want, key=lambda m: (m.entity, m.record))
    code, out, _ = run_cli(capsys, *cli_args(path, pp, "audit", "verify"))
    assert code == 1
    for m in want:
        assert f"MISMATCH {m.describe()}" in out
    code, out, _ = run_cli(capsys, *cli_args(path, pp, "doctor"))
    assert code == 1
    for m in want:
        assert f"PROBLEM {m.describe()}" in out


def test_removing_the_newest_entries_is_caught_by_the_remembered_head(filled, pp, capsys) -> None:
    path, data_key, _ = filled
    with opened(path) as reg:
        count = reg.audit.count()
        Records(reg).create("breach", {**BREACH, "title": "Second breach"})
    # Remove the breach and its entry together: the chain and the records agree again.
    tamper(path, data_key, ("DELETE FROM breach WHERE title = ?", ("Second breach",)),
           ("DELETE FROM audit_entry WHERE seq > ?", (count,)))
    with opened(path) as reg:
        assert reg.audit.verify().ok and verify_records(reg) == []
        assert reg.trail_memory.status == seen_heads.SHORTER and not reg.trail_memory.ok
    code, out, err = run_cli(capsys, *cli_args(path, pp, "audit", "verify"))
    assert code == 1 and "entries were removed from its end" in err and "MISMATCH" in out
    code, out, _ = run_cli(capsys, *cli_args(path, pp, "doctor"))
    assert code == 1 and "entries were removed from its end" in out
    # The warning stays on every open until someone accepts the trail (or restores a backup).
    code, out, _ = run_cli(capsys, *cli_args(path, pp, "audit", "verify", "--accept-trail"))
    assert code == 0
    code, out, err = run_cli(capsys, *cli_args(path, pp, "audit", "verify"))
    assert code == 0 and err == ""


def test_a_rewritten_and_resealed_trail_is_caught_by_the_remembered_head(filled) -> None:
    path, data_key, _ = filled
    with opened(path) as reg:
        last = reg.audit.count()
        seen = reg.audit.head()
    # Whoever holds the key can seal a different last entry with the same count.
    with opened(path) as reg:
        reg.db.execute_sql("DELETE FROM audit_entry WHERE seq = ?", (last,))
        reg.audit.append("intruder", "update", "register", "fixture_note", None, {"fixture_note": "x"})
        reg.db.execute_sql("INSERT INTO meta (key, value) VALUES ('fixture_note', 'x')")
        assert reg.audit.head().count == seen.count
        reg.db.close()  # not reg.close(): an intruder's tool does not tell this computer the new head
    with opened(path) as reg:
        assert reg.audit.verify().ok
        assert reg.trail_memory.status == seen_heads.DIFFERENT
        assert "history was rewritten" in reg.trail_memory.message


def test_a_restored_backup_verifies_clean_and_rewinds_the_remembered_head(filled, tmp_path, pp, capsys) -> None:
    path, _, _ = filled
    folder = tmp_path / "backups"
    with opened(path) as reg:
        made = backups.make_backup(reg, backup_dir=folder)
        Records(reg).create("breach", {**BREACH, "title": "After the backup"})
    restore.restore_backup(path, made, passphrase=PASSPHRASE, backup_dir=folder, actor="tester")
    with opened(path) as reg:
        assert reg.trail_memory.ok, reg.trail_memory.message
        assert verify_records(reg) == []
    code, out, err = run_cli(capsys, *cli_args(path, pp, "audit", "verify"))
    assert code == 0 and err == ""
