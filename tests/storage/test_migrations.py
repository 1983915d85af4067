"""Schema versioning: too-new registers are refused, every migration is preceded by a verified
backup, a failed migration leaves the register as it was, and every released schema's fixture
register upgrades to the current one."""

from __future__ import annotations

import hashlib
import importlib.util
import re
import shutil
import types
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from atlas_desktop.core.entities import BY_KEY
from atlas_desktop.core.errors import MigrationFailed, SchemaTooNew
from atlas_desktop.storage import backups, migrations
from atlas_desktop.storage.connection import connect_readonly
from atlas_desktop.storage.keys import KeyFile
from atlas_desktop.storage.models import create_table_sql
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.register import Register, keys_path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIXTURE_REGISTERS = FIXTURES / "registers"


def _load_fixture_maker():
    spec = importlib.util.spec_from_file_location("make_fixture_registers", FIXTURES / "make_fixture_registers.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


maker = _load_fixture_maker()


def _snapshot(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def _tables(reg: Register) -> set[str]:
    return {r[0] for r in reg.db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _migration(version: int, up, name: str | None = None) -> types.ModuleType:
    module = types.ModuleType(name or f"test_m{version:04d}")
    module.VERSION = version
    module.DESCRIPTION = f"test migration {version}"
    module.up = up
    return module


def _create_widget_table(db) -> None:
    db.execute_sql("CREATE TABLE widget (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    db.execute_sql("INSERT INTO widget (name) VALUES ('first')")


def _half_then_fail(db) -> None:
    db.execute_sql("CREATE TABLE half_done (id INTEGER PRIMARY KEY)")
    db.execute_sql("UPDATE meta SET value = 'clobbered' WHERE key = 'note'")
    raise RuntimeError("disk gremlin")


def _schema(reg: Register) -> dict[str, list[tuple]]:
    """Every register table's columns (name, type, not-null, primary key) and its indexes."""
    tables = {}
    for (name,) in reg.db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table' "
                                      "AND name NOT IN ('schema_version', 'meta', 'audit_entry')"):
        # Sorted: ALTER TABLE adds a later field's column at the end, while a new register's models
        # put it where the field is declared; SQLite reads columns by name, so only the set matters.
        columns = sorted((c[1], c[2], c[3], c[5]) for c in reg.db.execute_sql(f'PRAGMA table_info("{name}")'))
        indexes = sorted((i[1], i[2]) for i in reg.db.execute_sql(f'PRAGMA index_list("{name}")')
                         if not i[1].startswith("sqlite_"))
        tables[name] = [columns, indexes]
    return tables


def _model_schema() -> dict[str, list[tuple]]:
    """The same description for a database the current models create from nothing (SQLCipher's
    SQLite, as registers use: the search index needs FTS5 features newer than Python's own)."""
    import peewee
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    for statement in create_table_sql(peewee.SqliteDatabase(None)):
        conn.execute(statement)
    reg = types.SimpleNamespace(db=types.SimpleNamespace(execute_sql=conn.execute))
    return _schema(reg)


# -- the list of migrations itself ------------------------------------------------------------------

def test_migrations_are_numbered_one_to_n():
    assert migrations.SCHEMA_VERSION == len(migrations.MIGRATIONS) >= 1
    assert [m.VERSION for m in migrations.MIGRATIONS] == list(range(1, migrations.SCHEMA_VERSION + 1))
    for m in migrations.MIGRATIONS:
        assert m.DESCRIPTION and callable(m.up)


def test_migrations_create_exactly_the_models_schema(new_register):
    reg, _ = new_register
    assert _schema(reg) == _model_schema()
    assert "breach" in _schema(reg) and "attachment" in _schema(reg)


def test_new_register_is_at_the_current_schema(new_register):
    reg, _ = new_register
    assert reg.schema_version == migrations.SCHEMA_VERSION
    assert {"schema_version", "meta", "audit_entry"} <= _tables(reg)


# -- too new -------------------------------------------------------------------------------------------

def test_register_from_a_newer_app_is_refused_with_a_clear_message(new_register, register_path):
    reg, _ = new_register
    reg.set_meta("note", "kept")
    reg.db.execute_sql("UPDATE schema_version SET version = 99 WHERE id = 1")
    reg.close()
    before = _snapshot(register_path.parent)

    with pytest.raises(SchemaTooNew) as caught:
        Register.open(register_path, passphrase=PASSPHRASE, backup_dir=register_path.parent / "bk")
    message = str(caught.value)
    assert "newer version of Atlas Desktop" in message
    assert "99" in message and str(migrations.SCHEMA_VERSION) in message
    assert "update" in message.lower()
    # Refusing wrote nothing: no upgrade, no backup, no changed byte.
    assert _snapshot(register_path.parent) == before
    assert not (register_path.parent / "bk").exists()


def test_register_one_version_ahead_is_refused_but_opens_in_an_app_that_knows_it(new_register,
                                                                                register_path):
    reg, _ = new_register
    newer = migrations.SCHEMA_VERSION + 1
    reg.db.execute_sql("UPDATE schema_version SET version = ? WHERE id = 1", (newer,))
    reg.close()
    with pytest.raises(SchemaTooNew):
        Register.open(register_path, passphrase=PASSPHRASE)
    # Control: an app whose migration list reaches that version opens it as it is.
    newer_app = list(migrations.MIGRATIONS) + [_migration(newer, _create_widget_table)]
    with Register.open(register_path, passphrase=PASSPHRASE, migration_list=newer_app) as opened:
        assert opened.schema_version == newer
        assert "widget" not in _tables(opened)


# -- upgrading ------------------------------------------------------------------------------------------

CURRENT = migrations.SCHEMA_VERSION
NEXT = CURRENT + 1
SHIPPED = list(migrations.MIGRATIONS)


def test_migration_runs_after_a_verified_backup(new_register, register_path, tmp_path):
    reg, _ = new_register
    reg.set_meta("note", "before the upgrade")
    register_id = reg.register_id
    old_anchor = reg.audit.head()
    reg.close()
    bk = tmp_path / "bk"

    extra = _migration(NEXT, _create_widget_table)
    with Register.open(register_path, passphrase=PASSPHRASE, backup_dir=bk,
                       migration_list=[*SHIPPED, extra]) as up:
        assert up.schema_version == NEXT
        assert "widget" in _tables(up)
        assert up.db.execute_sql("SELECT name FROM widget").fetchall() == [("first",)]
        assert up.meta("note") == "before the upgrade"
        assert up.integrity_problems() == []
        assert up.audit.verify().ok

    found = backups.list_backups(bk, register_id)
    assert len(found) == 1
    info = found[0]
    assert info.schema_version == CURRENT
    assert info.anchor.count == old_anchor.count and info.anchor.head == old_anchor.head
    assert f"before-schema-{NEXT}" in info.path.name
    # The backup is a good one, and it holds the register as it was before the upgrade.
    backups.verify_backup(info.path, passphrase=PASSPHRASE)

    # Opening again at the new schema needs no migration and makes no second backup.
    with Register.open(register_path, passphrase=PASSPHRASE, backup_dir=bk,
                       migration_list=[*SHIPPED, extra]) as again:
        assert again.schema_version == NEXT
    assert len(backups.list_backups(bk, register_id)) == 1


def test_failed_migration_leaves_the_register_as_it_was(new_register, register_path, tmp_path):
    reg, _ = new_register
    reg.set_meta("note", "precious")
    register_id = reg.register_id
    reg.close()
    bk = tmp_path / "bk"

    failing = _migration(NEXT, _half_then_fail)
    with pytest.raises(MigrationFailed) as caught:
        Register.open(register_path, passphrase=PASSPHRASE, backup_dir=bk,
                      migration_list=[*SHIPPED, failing])
    message = str(caught.value)
    assert f"schema {CURRENT}" in message and "backup" in message

    found = backups.list_backups(bk, register_id)
    assert len(found) == 1 and found[0].schema_version == CURRENT
    assert str(found[0].path) in message  # the user is told where the backup is

    with Register.open(register_path, passphrase=PASSPHRASE) as after:
        assert after.schema_version == CURRENT
        assert after.meta("note") == "precious"
        assert "half_done" not in _tables(after)  # the partial DDL was rolled back too
        assert after.integrity_problems() == []
        assert after.audit.verify().ok


def test_failure_in_a_later_step_keeps_the_steps_that_completed(new_register, register_path, tmp_path):
    reg, _ = new_register
    reg.set_meta("note", "precious")
    reg.close()
    chain = [*SHIPPED, _migration(NEXT, _create_widget_table), _migration(NEXT + 1, _half_then_fail)]
    with pytest.raises(MigrationFailed, match=f"schema {CURRENT}"):
        Register.open(register_path, passphrase=PASSPHRASE, backup_dir=tmp_path / "bk", migration_list=chain)
    with Register.open(register_path, passphrase=PASSPHRASE, migration_list=chain[:-1]) as after:
        assert after.schema_version == NEXT
        assert "widget" in _tables(after) and "half_done" not in _tables(after)
        assert after.meta("note") == "precious"


def test_no_migration_without_a_backup(new_register, register_path, tmp_path):
    reg, _ = new_register
    reg.set_meta("note", "precious")
    reg.close()
    not_a_folder = tmp_path / "bk"
    not_a_folder.write_bytes(b"a file where the backup folder should be")
    ran = []

    def up(db):
        ran.append(True)
        _create_widget_table(db)

    with pytest.raises(MigrationFailed, match="backup before the upgrade failed"):
        Register.open(register_path, passphrase=PASSPHRASE, backup_dir=not_a_folder,
                      migration_list=[*SHIPPED, _migration(NEXT, up)])
    assert ran == []
    with Register.open(register_path, passphrase=PASSPHRASE) as after:
        assert after.schema_version == CURRENT
        assert "widget" not in _tables(after)
        assert after.meta("note") == "precious"


# -- fixture registers of every released schema --------------------------------------------------------

def _fixture_versions() -> dict[int, Path]:
    found = {}
    for path in FIXTURE_REGISTERS.glob("schema-*.atlas"):
        match = re.fullmatch(r"schema-(\d+)\.atlas", path.name)
        if match:
            found[int(match.group(1))] = path
    return found


def test_there_is_a_fixture_register_for_every_schema_version():
    versions = _fixture_versions()
    wanted = set(range(1, migrations.SCHEMA_VERSION + 1))
    missing = sorted(wanted - set(versions))
    assert not missing, (f"no fixture register for schema {missing}: run "
                         "tests/fixtures/make_fixture_registers.py and commit the files")
    assert set(versions) <= wanted, "a fixture is newer than this app's schema"
    for version in wanted:
        assert keys_path(versions[version]).is_file(), f"schema-{version}.atlas has no key file"


@pytest.mark.parametrize("fixture", sorted(FIXTURE_REGISTERS.glob("schema-*.atlas")), ids=lambda p: p.name)
def test_fixture_register_upgrades_to_the_current_schema(fixture, tmp_path):
    version = int(re.fullmatch(r"schema-(\d+)\.atlas", fixture.name).group(1))
    work = tmp_path / "work"
    work.mkdir()
    path = work / fixture.name
    shutil.copyfile(fixture, path)
    shutil.copyfile(keys_path(fixture), keys_path(path))
    original = _snapshot(FIXTURE_REGISTERS)

    # The fixture really is at the schema its name says.
    data_key = KeyFile.load(keys_path(path)).unlock_with_passphrase(maker.PASSPHRASE)
    conn = connect_readonly(path, data_key)
    try:
        assert conn.execute("SELECT version FROM schema_version WHERE id = 1").fetchone()[0] == version
    finally:
        conn.close()

    bk = tmp_path / "bk"
    with Register.open(path, passphrase=maker.PASSPHRASE, backup_dir=bk) as reg:
        assert reg.schema_version == migrations.SCHEMA_VERSION
        assert reg.meta("org_name") == maker.ORG
        for key, value in maker.KNOWN_META.items():
            assert reg.meta(key) == value, key
        records = Records(reg)
        # Schema 2 moved the organisation's name into its record; older fixtures get it on upgrade.
        assert records.organisation()["name"] == maker.ORG
        if version >= 2:
            for entity, values in maker.KNOWN_RECORDS:
                found = records.list(entity)
                assert len(found) == 1
                assert {k: found[0][k] for k in values} == values, entity
                # Schema 3's search index was filled from the records the upgrade found.
                title = BY_KEY[entity].title
                assert records.ids(entity, text=values[title].upper()) == [found[0]["id"]], entity
            assert records.ids("breach", text="known breach ROW") == records.ids("breach")
            assert records.ids("activity", text="zoë's custom") == records.ids("activity")  # a free tag
            assert records.ids("person", text="current staff") == records.ids("person")  # a choice's label
            assert records.ids("person", text="left") == []
        assert _schema(reg) == _model_schema(), "the migrated schema differs from the models"
        assert reg.integrity_problems() == []
        assert reg.audit.verify().ok
        register_id = reg.register_id

    made = backups.list_backups(bk, register_id)
    if version < migrations.SCHEMA_VERSION:
        assert [b.schema_version for b in made] == [version]
    else:
        assert made == []
    assert _snapshot(FIXTURE_REGISTERS) == original  # the committed fixtures are never touched


def test_fixture_maker_writes_a_register_at_the_current_schema(tmp_path):
    path = maker.make_fixture(tmp_path)
    assert path == tmp_path / f"schema-{migrations.SCHEMA_VERSION}.atlas"
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name, keys_path(path).name]
    kdf = KeyFile.load(keys_path(path)).wraps["passphrase"]["kdf"]
    assert (kdf["time_cost"], kdf["memory_kib"], kdf["parallelism"]) == (2, 19 * 1024, 1)
    with pytest.raises(SystemExit):
        maker.make_fixture(tmp_path)  # never overwrites


def test_schema_5_keeps_old_breach_levels_as_overrides_and_reads_retention_text(tmp_path):
    """Issue: "old breaches keep the user-picked level as an override with reason 'set before the assessment
    existed'"; retention written as text becomes a number, a unit and a trigger (Art. 30(1)(f))."""
    path = tmp_path / "schema-4.atlas"
    fixture = FIXTURE_REGISTERS / "schema-4.atlas"
    shutil.copyfile(fixture, path)
    shutil.copyfile(keys_path(fixture), keys_path(path))
    with Register.open(path, passphrase=maker.PASSPHRASE, backup_dir=tmp_path / "bk",
                       migration_list=migrations.MIGRATIONS[:4]) as old:
        assert old.schema_version == 4
        old.db.execute_sql("UPDATE breach SET risk = 'high', risk_factors = '[\"sensitivity\"]'")
        old.db.execute_sql(
            "UPDATE activity SET retention = ?",
            ('[{"data_category":"Payroll","period":"6 years","trigger":"after employment ends"},'
             '{"data_category":"Permits","period":"Until the permit expires","trigger":null},'
             '{"data_category":"CVs","period":"6 months, then the talent pool asks again","trigger":"collection"}]',))
    with Register.open(path, passphrase=maker.PASSPHRASE, backup_dir=tmp_path / "bk") as reg:
        records = Records(reg)
        breach = records.list("breach")[0]
        assert (breach["risk_override"], breach["override_reason"], breach["risk"]) == \
            ("high", "set before the assessment existed", "high")
        assert breach["our_role"] == "controller"
        assert "risk_factors" not in {c[1] for c in reg.db.execute_sql('PRAGMA table_info("breach")')}
        rows = records.list("activity")[0]["retention"]
        assert rows[0] | {} == {"data_category": "Payroll", "keep_for": 6, "unit": "years",
                                "trigger": "end_of_employment", "period": None, "erased_on": None}
        assert (rows[1]["keep_for"], rows[1]["period"]) == (None, "Until the permit expires")
        assert (rows[2]["keep_for"], rows[2]["unit"], rows[2]["period"], rows[2]["trigger"]) == \
            (6, "months", "then the talent pool asks again", "collection")
        assert reg.audit.verify().ok
