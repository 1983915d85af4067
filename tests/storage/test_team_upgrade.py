"""Upgrading a team register's schema on a real PostgreSQL server: backup first, each step its own transaction.

Issue 17: "migrations run the same ordered chain on both, each in a transaction, with a backup first
(`pg_dump` when available, else the app's own export)". The migrations here are made up for the test
(as in test_migrations.py): the real chain has nothing after the team baseline yet.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
import subprocess
import types

import psycopg
import pytest
from conftest import TEAM_PASSWORD

from atlas_desktop.core.errors import BackupInvalid, MigrationFailed, NotAllowed, WrongKey
from atlas_desktop.storage import migrations, team_upgrade
from atlas_desktop.storage.dialect import Target
from atlas_desktop.storage.integrity import verify_records
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.team_upgrade import backup_header, read_backup, upgrade

NEXT = migrations.SCHEMA_VERSION + 1
TITLE = "Laptop left on a train"


def _migration(version: int, up) -> types.ModuleType:
    module = types.ModuleType(f"test_team_m{version:04d}")
    module.VERSION, module.DESCRIPTION, module.up = version, f"test migration {version}", up
    return module


def _add_column_and_table(db) -> None:
    db.execute_sql('ALTER TABLE "breach" ADD COLUMN "insurer_reference" TEXT')
    db.execute_sql("CREATE TABLE widget (id SERIAL PRIMARY KEY, name TEXT NOT NULL)")
    db.execute_sql("INSERT INTO widget (name) VALUES ('first')")


def _half_then_fail(db) -> None:
    db.execute_sql("CREATE TABLE half_done (id INTEGER PRIMARY KEY)")
    db.execute_sql("UPDATE meta SET value = 'clobbered' WHERE key = 'org_name'")
    raise RuntimeError("disk gremlin")


GOOD = (*migrations.MIGRATIONS, _migration(NEXT, _add_column_and_table))


def _columns(conn, table: str) -> set[str]:
    return {r[0] for r in conn.execute("SELECT column_name FROM information_schema.columns WHERE table_name = %s",
                                       (table,))}


def _version(conn) -> int:
    return conn.execute("SELECT version FROM schema_version").fetchone()[0]


@pytest.fixture
def owner(team) -> Target:
    """The schema's owner (here the server's administrator, who ran 'atlas team init'), signed in."""
    with team.open() as reg:
        Records(reg).create("breach", {"title": TITLE, "description": "Payroll files of 40 people.",
                                       "aware_at": dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.UTC)})
    return Target.from_url(team.admin_url)


def test_a_backup_is_made_first_then_each_step_runs_and_the_trail_records_it(team, owner, pg_cluster, tmp_path,
                                                                             monkeypatch):
    result = upgrade(owner, team.recovery, tmp_path / "backups", GOOD)
    assert (result.old_version, result.new_version, result.applied) == (NEXT - 1, NEXT, (NEXT,))
    assert result.backup_kind == "pg_dump"

    # The backup: readable by its owner only, encrypted, and a real pg_dump archive once opened.
    backup = result.backup
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600 and list(backup.parent.iterdir()) == [backup]
    raw = backup.read_bytes()
    assert b"PGDMP" not in raw and TITLE.encode() not in raw
    header = backup_header(backup)
    assert header["kind"] == "pg_dump" and header["schema_version"] == NEXT - 1
    plain = read_backup(backup, team.recovery)
    assert plain.startswith(b"PGDMP")
    listing = subprocess.run([str(team_upgrade.find_pg_dump().with_name("pg_restore")), "--list"], input=plain,
                             capture_output=True, check=True).stdout.decode()
    assert "TABLE public breach" in listing
    assert "widget" not in listing  # made before the migration ran

    with pg_cluster.admin(team.database) as conn:
        assert _version(conn) == NEXT
        assert "insurer_reference" in _columns(conn, "breach")
        last = conn.execute("SELECT actor, action, entity, record, before, after FROM audit_entry "
                            "ORDER BY seq DESC LIMIT 1").fetchone()
    assert last[1:4] == ("update", "register", "schema")
    assert json.loads(last[4])["schema"] == NEXT - 1
    assert json.loads(last[5]) == {"schema": NEXT, "backup": backup.name, "backup_kind": "pg_dump"}

    # The people of the register read what the migration made, and the trail still verifies.
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", NEXT)
    with team.open() as reg:
        assert reg.db.execute_sql("SELECT name FROM widget").fetchall() == [("first",)]
        assert reg.audit.verify().ok and verify_records(reg) == []
        team_key = reg.data_key
    assert read_backup(backup, team_key) == plain  # the team key opens it too

    # Nothing left to do: no backup, no change.
    again = upgrade(owner, team.recovery, tmp_path / "backups", GOOD)
    assert (again.old_version, again.new_version, again.backup) == (NEXT, NEXT, None)


def test_a_failed_step_leaves_the_schema_at_the_last_complete_one(team, owner, pg_cluster, tmp_path):
    chain = (*GOOD, _migration(NEXT + 1, _half_then_fail))
    with pytest.raises(MigrationFailed, match=f"left at schema {NEXT}") as failed:
        upgrade(owner, team.recovery, tmp_path / "backups", chain)
    assert "disk gremlin" in str(failed.value)
    [backup] = (tmp_path / "backups").iterdir()
    assert str(backup) in str(failed.value)
    with pg_cluster.admin(team.database) as conn:
        assert _version(conn) == NEXT  # the good step stayed
        assert "insurer_reference" in _columns(conn, "breach")
        assert conn.execute("SELECT to_regclass('half_done')").fetchone()[0] is None  # the bad one left nothing
        assert conn.execute("SELECT value FROM meta WHERE key = 'org_name'").fetchone()[0] != "clobbered"
        marker = conn.execute("SELECT after FROM audit_entry WHERE entity = 'register' AND record = 'schema' "
                              "ORDER BY seq DESC LIMIT 1").fetchone()
    assert json.loads(marker[0])["schema"] == NEXT


def test_a_first_step_that_fails_changes_nothing(team, owner, pg_cluster, tmp_path):
    with pg_cluster.admin(team.database) as conn:
        entries = conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0]
    chain = (*migrations.MIGRATIONS, _migration(NEXT, _half_then_fail))
    with pytest.raises(MigrationFailed, match=f"left at schema {NEXT - 1}"):
        upgrade(owner, team.recovery, tmp_path / "backups", chain)
    with pg_cluster.admin(team.database) as conn:
        assert _version(conn) == NEXT - 1
        assert conn.execute("SELECT to_regclass('half_done')").fetchone()[0] is None
        assert conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0] == entries


def test_no_backup_means_no_upgrade(team, owner, pg_cluster, tmp_path, monkeypatch):
    broken = tmp_path / "pg_dump"
    broken.write_text("#!/bin/sh\necho 'pg_dump: error: connection to server failed: too many clients' >&2\n"
                      "printf 'PGDMP-partial'\nexit 1\n")
    broken.chmod(0o755)
    monkeypatch.setattr(team_upgrade, "find_pg_dump", lambda: broken)
    with pytest.raises(MigrationFailed, match="backup before the upgrade failed.*too many clients.*Nothing was"):
        upgrade(owner, team.recovery, tmp_path / "backups", GOOD)
    assert list((tmp_path / "backups").iterdir()) == []  # not even a partial file
    with pg_cluster.admin(team.database) as conn:
        assert _version(conn) == NEXT - 1
        assert "insurer_reference" not in _columns(conn, "breach")

    monkeypatch.undo()
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the backup folder should be")
    with pytest.raises(MigrationFailed, match="backup before the upgrade failed"):
        upgrade(owner, team.recovery, blocked, GOOD)
    with pg_cluster.admin(team.database) as conn:
        assert _version(conn) == NEXT - 1


def test_without_pg_dump_the_apps_own_export_is_the_backup(team, owner, tmp_path, monkeypatch):
    monkeypatch.setattr(team_upgrade, "find_pg_dump", lambda: None)
    result = upgrade(owner, team.recovery, tmp_path / "backups", GOOD)
    assert result.backup_kind == "export" and result.new_version == NEXT
    assert TITLE.encode() not in result.backup.read_bytes()
    lines = [json.loads(line) for line in read_backup(result.backup, team.recovery).decode().splitlines()]
    tables = {line["table"]: line["columns"] for line in lines if "columns" in line}
    assert {"breach", "audit_entry", "team_key", "meta", "audit_import"} <= set(tables)
    assert "insurer_reference" not in tables["breach"]  # made before the migration
    breaches = [dict(zip(tables["breach"], line["row"], strict=True)) for line in lines
                if line["table"] == "breach" and "row" in line]
    assert [b["title"] for b in breaches] == [TITLE]
    keys = [dict(zip(tables["team_key"], line["row"], strict=True)) for line in lines
            if line["table"] == "team_key" and "row" in line]
    assert all("$bytes" in k["wrap"] for k in keys)  # the key wraps (already encrypted) kept as bytes


def test_a_damaged_or_cut_short_backup_is_refused(team, owner, tmp_path, monkeypatch):
    monkeypatch.setattr(team_upgrade, "_CHUNK", 4096)  # several chunks, so cutting one off is possible
    backup = upgrade(owner, team.recovery, tmp_path / "backups", GOOD).backup
    raw = backup.read_bytes()
    flipped = tmp_path / "flipped.atlas-team-backup"
    flipped.write_bytes(raw[:-100] + bytes([raw[-100] ^ 1]) + raw[-99:])
    with pytest.raises(BackupInvalid, match="damaged"):
        read_backup(flipped, team.recovery)
    # Cut at a chunk boundary: every remaining chunk is intact, but the last one is not marked as last.
    header_end = len(team_upgrade.MAGIC) + 4 + int.from_bytes(raw[8:12], "big")
    first = header_end + 4 + 12 + int.from_bytes(raw[header_end:header_end + 4], "big")
    short = tmp_path / "short.atlas-team-backup"
    short.write_bytes(raw[:first])
    with pytest.raises(BackupInvalid, match="incomplete"):
        read_backup(short, team.recovery)
    with pytest.raises(WrongKey):
        read_backup(backup, "AAAA-" * 13 + "AAAA")


def test_only_the_schema_owner_with_the_right_recovery_key_upgrades(team, owner, pg_cluster, tmp_path):
    manager = Target.from_url(team.url())
    with pytest.raises(NotAllowed, match="Only the schema's owner"):
        upgrade(manager, team.recovery, tmp_path / "backups", GOOD)
    other = pg_cluster.new_database()
    from atlas_desktop.storage.team import TeamRegister
    other_recovery = TeamRegister.init(Target.from_url(pg_cluster.url(other)), org_name="Other SRL",
                                       manager="upgrade.other",
                                       manager_password=TEAM_PASSWORD)
    with pytest.raises(WrongKey, match="does not open this team register"):
        upgrade(owner, other_recovery, tmp_path / "backups", GOOD)
    assert not (tmp_path / "backups").exists()
    with pg_cluster.admin(team.database) as conn:
        assert _version(conn) == NEXT - 1


def test_the_password_reaches_pg_dump_only_through_its_environment(team, owner, tmp_path, monkeypatch):
    seen = {}
    spy = tmp_path / "pg_dump"
    spy.write_text(f"#!/bin/sh\necho \"$@\" > {tmp_path}/argv\necho \"$PGPASSWORD\" > {tmp_path}/env\n"
                   "printf 'PGDMP-fake'\n")
    spy.chmod(0o755)
    monkeypatch.setattr(team_upgrade, "find_pg_dump", lambda: spy)
    result = upgrade(owner, team.recovery, tmp_path / "backups", GOOD)
    seen["argv"] = (tmp_path / "argv").read_text()
    seen["env"] = (tmp_path / "env").read_text().strip()
    assert owner.password and owner.password not in seen["argv"] and seen["env"] == owner.password
    assert "--format=custom" in seen["argv"]
    assert read_backup(result.backup, team.recovery) == b"PGDMP-fake"
    assert os.environ.get("PGPASSWORD") is None
    with psycopg.connect(team.url()) as conn:  # the manager still signs in after the upgrade
        assert conn.execute("SELECT version FROM schema_version").fetchone()[0] == NEXT
