"""An id, once used, is never given to another record, attachment or review (schema 7).

Before schema 7 SQLite gave a new row max(id) + 1, so deleting the newest record freed its id and the next
record took it: one id in the audit trail then named two different records. These tests delete the newest of
each kind and create another, on a new register, after reopening, after a backup's restore, on a register
upgraded from schema 6 whose audit trail names a deleted id above the highest one left, on the committed
schema-7 fixture, and on a team register upgraded from schema 6 by this build.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from conftest import ORG, PASSPHRASE, TEAM_MANAGER, TEAM_PASSWORD, TeamSetup

from atlas_desktop.core.entities import ENTITIES
from atlas_desktop.storage import backups, migrations, restore, team_schema
from atlas_desktop.storage.attachments import Attachments
from atlas_desktop.storage.dialect import Target
from atlas_desktop.storage.integrity import verify_records
from atlas_desktop.storage.migrations.m0007_lasting_ids import AUDITED_AS
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.register import Register, keys_path
from atlas_desktop.storage.team import TeamRegister
from atlas_desktop.storage.team_upgrade import upgrade

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "registers"
FIXTURE_PASSPHRASE = "fixture-register-passphrase-1"  # tests/fixtures/make_fixture_registers.py
KINDS = [e.key for e in ENTITIES if not e.singleton]
AWARE = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)


def _values(entity: str, n: int, links: dict[str, int]) -> dict:
    """A valid new record of ``entity`` (``links``: an activity and a person to point at)."""
    return {
        "activity": {"name": f"Activity {n}"},
        "processor": {"name": f"Processor {n}"},
        "dpia": {"title": f"DPIA {n}", "activity": links["activity"]},
        "breach": {"title": f"Breach {n}", "description": "A laptop was lost.", "aware_at": AWARE},
        "rights_request": {"requester": f"Requester {n}", "right": "access", "received_on": dt.date(2026, 3, 2)},
        "consent": {"subject": f"Subject {n}", "purpose": "Newsletter", "given_at": AWARE},
        "person": {"name": f"Person {n}"},
        "training": {"person": links["person"], "course": f"Course {n}", "completed_on": dt.date(2026, 3, 2)},
        "policy": {"title": f"Policy {n}"},
    }[entity]


def _links(records: Records) -> dict[str, int]:
    # Made first and never deleted: the records linked to them would refuse their deletion.
    return {"activity": records.create("activity", {"name": "Linked activity"}),
            "person": records.create("person", {"name": "Linked person"})}


def _copy(fixture: Path, folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / fixture.name
    shutil.copyfile(fixture, path)
    shutil.copyfile(keys_path(fixture), keys_path(path))
    return path


def _sound(reg) -> None:
    assert reg.audit.verify().ok
    assert verify_records(reg) == []


def test_the_newest_record_of_each_kind_deleted_its_id_is_never_given_again(new_register, register_path):
    reg, _ = new_register
    records = Records(reg)
    links = _links(records)
    used: dict[str, int] = {}
    for entity in KINDS:
        records.create(entity, _values(entity, 1, links))
        newest = records.create(entity, _values(entity, 2, links))
        records.delete(entity, newest)
        again = records.create(entity, _values(entity, 3, links))
        assert again > newest, entity
        records.delete(entity, again)  # the newest again, and now the highest id of all is deleted
        used[entity] = again
    _sound(reg)
    reg.close()

    with Register.open(register_path, passphrase=PASSPHRASE) as reopened:
        records = Records(reopened)
        for entity in KINDS:
            fresh = records.create(entity, _values(entity, 4, links))
            assert fresh > used[entity], entity
            assert [e.action for e in reopened.audit.entries(entity=entity, record=str(fresh))] == ["create"]
        _sound(reopened)


def test_a_removed_attachments_id_is_never_given_again(new_register, register_path):
    reg, _ = new_register
    processor = Records(reg).create("processor", {"name": "PayCo"})
    files = Attachments(reg)
    files.add("processor", processor, b"first", "first.pdf")
    newest = files.add("processor", processor, b"second", "second.pdf")
    files.remove(newest)
    again = files.add("processor", processor, b"third", "third.pdf")
    assert again > newest
    Records(reg).delete("processor", processor)  # takes its attachments with it, the newest among them
    _sound(reg)
    reg.close()

    with Register.open(register_path, passphrase=PASSPHRASE) as reopened:
        other = Records(reopened).create("processor", {"name": "MailCo"})
        assert other > processor
        assert Attachments(reopened).add("processor", other, b"fourth", "fourth.pdf") > again
        _sound(reopened)


def test_a_restored_backup_keeps_the_highest_id_it_had_used(new_register, tmp_path):
    reg, _ = new_register
    records = Records(reg)
    records.create("person", {"name": "Kept"})
    deleted = records.create("person", {"name": "Deleted before the backup"})
    records.delete("person", deleted)
    backup = backups.make_backup(reg, backup_dir=tmp_path / "backups", keep=3)
    target = tmp_path / "restored" / "office.atlas"
    target.parent.mkdir()
    restore.restore_backup(target, backup, passphrase=PASSPHRASE, backup_dir=tmp_path / "restore-backups")
    with Register.open(target, passphrase=PASSPHRASE) as restored:
        assert Records(restored).create("person", {"name": "After the restore"}) > deleted
        _sound(restored)


def test_every_record_attachment_and_review_table_hands_out_lasting_ids(new_register):
    reg, _ = new_register
    for table in AUDITED_AS:
        sql = reg.db.execute_sql("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                                 (table,)).fetchone()[0]
        assert "AUTOINCREMENT" in sql, table
    assert set(AUDITED_AS) == {e.table for e in ENTITIES} | {"attachment", "review", "review_item"}


def test_upgrading_schema_6_starts_each_table_above_the_highest_id_its_trail_names(tmp_path):
    path = _copy(FIXTURES / "schema-6.atlas", tmp_path / "work")
    with Register.open(path, passphrase=FIXTURE_PASSPHRASE, migration_list=migrations.MIGRATIONS[:6]) as old:
        assert old.schema_version == 6
        records, files = Records(old), Attachments(old)
        # What Atlas at schema 6 did: the two newest activities and the newest attachment deleted, so the
        # trail names ids above the highest left in their tables.
        present = max(r["id"] for r in records.list("activity"))
        second, third = records.create("activity", {"name": "Second"}), records.create("activity", {"name": "Third"})
        records.delete("activity", third)
        records.delete("activity", second)
        assert max(r["id"] for r in records.list("activity")) == present < second < third
        person = records.list("person")[0]["id"]
        kept = files.add("person", person, b"kept", "kept.pdf")
        gone = files.add("person", person, b"gone", "gone.pdf")
        files.remove(gone)

    with Register.open(path, passphrase=FIXTURE_PASSPHRASE, backup_dir=tmp_path / "backups") as reg:
        assert reg.schema_version == migrations.SCHEMA_VERSION
        _sound(reg)
        assert [b.schema_version for b in backups.list_backups(tmp_path / "backups", reg.register_id)] == [6]
        records = Records(reg)
        assert {r["name"] for r in records.list("activity")} == {"Fixture payroll"}  # the rows came across
        assert Attachments(reg).read(kept) == b"kept"
        fourth = records.create("activity", {"name": "Fourth"})
        assert fourth > third
        assert Attachments(reg).add("person", person, b"new", "new.pdf") > gone
        _sound(reg)
    with Register.open(path, passphrase=FIXTURE_PASSPHRASE) as reopened:
        Records(reopened).delete("activity", fourth)
        assert Records(reopened).create("activity", {"name": "Fifth"}) > fourth
        _sound(reopened)


def test_the_schema_7_fixture_opens_verifies_and_keeps_its_ids(tmp_path):
    path = _copy(FIXTURES / "schema-7.atlas", tmp_path / "work")
    with Register.open(path, passphrase=FIXTURE_PASSPHRASE, backup_dir=tmp_path / "backups") as reg:
        assert reg.schema_version == 7
        assert reg.meta("org_name") == "Fixture Office"
        assert reg.integrity_problems() == []
        _sound(reg)
        records = Records(reg)
        [person] = records.list("person")
        records.delete("person", person["id"])
        assert records.create("person", {"name": "Next"}) > person["id"]
        _sound(reg)
    assert not (tmp_path / "backups").exists()  # already at the current schema: nothing to upgrade


# -- the team register (PostgreSQL) -------------------------------------------------------------------------
@pytest.fixture
def team_at_schema_6(pg_cluster, monkeypatch) -> TeamSetup:
    """A team register as the app of schema 6 made it (the baseline, no later migration)."""
    database = pg_cluster.new_database()
    with monkeypatch.context() as patch:
        patch.setattr(team_schema, "MIGRATIONS", migrations.MIGRATIONS[:6])
        recovery = TeamRegister.init(Target.from_url(pg_cluster.url(database)), org_name=ORG, manager=TEAM_MANAGER,
                                     manager_password=TEAM_PASSWORD)
    return TeamSetup(pg_cluster, database, recovery)


def test_a_team_register_at_schema_6_upgrades_with_this_build(team_at_schema_6, pg_cluster, tmp_path):
    team = team_at_schema_6
    with pg_cluster.admin(team.database) as conn:
        assert conn.execute("SELECT version FROM schema_version").fetchone()[0] == 6
    result = upgrade(Target.from_url(team.admin_url), team.recovery, tmp_path / "backups")
    assert (result.old_version, result.new_version, result.applied) == (6, 7, (7,))
    assert result.backup is not None and result.backup.is_file()
    with team.open() as reg:
        assert reg.schema_version == migrations.SCHEMA_VERSION
        records = Records(reg)
        records.create("breach", {"title": "First", "description": "A laptop was lost.", "aware_at": AWARE})
        newest = records.create("breach", {"title": "Second", "description": "A USB stick.", "aware_at": AWARE})
        records.delete("breach", newest)
        assert records.create("breach", {"title": "Third", "description": "A phone.", "aware_at": AWARE}) > newest
        _sound(reg)
