"""A damaged register file, met while opening or in any later read: always RegisterDamaged, never SQLite's words.

Real SQLCipher registers in tmp_path, damaged the way a disk does it: one byte of one page flipped, so that
page fails its MAC. The message says what still reads and names the latest backup that verifies, with the
command that restores it; the damaged files are never written to.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import zipfile
from pathlib import Path

import peewee
import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from atlas_desktop.core.errors import BackupInvalid, DiskFull, NotARegister, RegisterDamaged
from atlas_desktop.storage import backups
from atlas_desktop.storage.connection import is_damage, is_disk_full, is_io_error
from atlas_desktop.storage.damage import explain
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.register import Register, keys_path
from atlas_desktop.storage.settings import Settings
from conftest import ORG, PASSPHRASE

PAGE = 4096
BREACH = {"title": "Laptop stolen", "description": "A laptop was stolen from a car.",
          "aware_at": dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)}
RAW = ("malformed", "not a database", "databaseerror", "sqlite", "hmac", "unexpected error")


def digests(path: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(path.parent.iterdir()) if p.is_file()}


def root_page(path: Path, table: str) -> int:
    with Register.open(path, passphrase=PASSPHRASE) as reg:
        return reg.db.execute_sql("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]


def flip_page(path: Path, page: int, at: int = 100) -> None:
    """Flip one byte inside ``page`` (1-based), as a failing disk would: that page then fails its check."""
    with open(path, "r+b") as handle:
        handle.seek((page - 1) * PAGE + at)
        byte = handle.read(1)
        handle.seek((page - 1) * PAGE + at)
        handle.write(bytes([byte[0] ^ 0x5A]))


@pytest.fixture
def filled(register_path) -> tuple[Path, bytes, str, list[Path]]:
    """A closed register with records in several registers and two verified backups in the backup folder
    (oldest first); its path, data key and id."""
    reg, _ = Register.create(register_path, PASSPHRASE, ORG, actor="tester")
    folder = Settings.load().backup_path
    made = []
    with reg:
        records = Records(reg)
        for i in range(3):
            records.create("breach", {**BREACH, "title": f"Laptop {i} stolen"})
        records.create("activity", {"name": "Payroll", "purposes": [{"purpose": "Pay staff", "bases": ["contract"]}]})
        records.create("person", {"name": "Ana Ionescu"})
        made.append(backups.make_backup(reg, backup_dir=folder, keep=5))
        records.create("person", {"name": "Dan Pop"})
        made.append(backups.make_backup(reg, backup_dir=folder, keep=5))
        data_key, register_id = reg.data_key, reg.register_id
    return register_path, data_key, register_id, made


def assert_plain(message: str) -> None:
    low = message.lower()
    assert "damaged" in low and "restore" in low
    assert not [word for word in RAW if word in low], message
    assert "\n" not in message


def test_a_read_of_a_damaged_table_raises_register_damaged_not_a_driver_error(filled):
    path, _, _, _ = filled
    flip_page(path, root_page(path, "breach"))
    before = digests(path)
    with Register.open(path, passphrase=PASSPHRASE) as reg:  # opening reads nothing of the breaches
        records = Records(reg)
        assert [r["name"] for r in records.list("activity")] == ["Payroll"]
        with pytest.raises(RegisterDamaged) as caught:
            records.list("breach")
        with pytest.raises(RegisterDamaged):
            records.get("breach", 1)
    assert_plain(str(caught.value))
    # Code that tolerates a failed read (the checks) still catches it as a database error.
    assert isinstance(caught.value, peewee.DatabaseError)
    assert digests(path) == before, "reading a damaged register wrote to its files"


def test_the_account_names_what_still_reads_and_the_latest_verified_backup(filled):
    path, data_key, register_id, made = filled
    flip_page(path, root_page(path, "breach"))
    before = digests(path)
    error = explain(path, data_key, register_id, Settings.load().backup_path)
    damage = error.damage
    assert damage.survey.unreadable == ("breaches",)
    assert {"processing activities", "staff", "the audit trail", "the organisation"} <= set(damage.survey.readable)
    assert error.backup == made[-1] and damage.backup.verified
    message = error.message
    assert_plain(message)
    assert "Cannot be read in full: breaches." in message and "processing activities" in message
    assert made[-1].name in message and damage.backup.when in message
    assert f"atlas restore --from {made[-1]} --register {path}" in message
    assert digests(path) == before


def test_a_damaged_newest_backup_is_passed_over_for_the_older_one_that_verifies(filled):
    path, data_key, register_id, made = filled
    newest = made[-1]
    with zipfile.ZipFile(newest) as zf:  # damage the database inside the newest backup
        info = zf.getinfo(backups.DB_MEMBER)
    with open(newest, "r+b") as handle:
        handle.seek(info.header_offset + 30 + len(info.filename) + info.file_size // 2)
        byte = handle.read(1)
        handle.seek(-1, 1)
        handle.write(bytes([byte[0] ^ 0xFF]))
    with pytest.raises(BackupInvalid):
        backups.verify_backup(newest, data_key)
    flip_page(path, root_page(path, "breach"))
    error = explain(path, data_key, register_id, Settings.load().backup_path)
    assert error.backup == made[0]
    assert f"atlas restore --from {made[0]}" in error.message


def test_without_a_backup_it_says_so_and_still_how_to_restore(filled, tmp_path):
    path, data_key, register_id, _ = filled
    flip_page(path, root_page(path, "breach"))
    error = explain(path, data_key, register_id, tmp_path / "no-backups-here")
    assert error.backup is None
    assert_plain(error.message)
    assert "No backup of it that verifies was found" in error.message and "atlas restore --from FILE" in error.message


def test_damage_met_while_opening_is_register_damaged_with_the_backup(filled):
    path, _, _, made = filled
    flip_page(path, root_page(path, "schema_version"))  # read by every open
    before = digests(path)
    with pytest.raises(RegisterDamaged) as caught:
        Register.open(path, passphrase=PASSPHRASE)
    error = caught.value
    assert_plain(error.message)
    assert error.backup == made[-1] and f"atlas restore --from {made[-1]}" in error.message
    assert "the register's settings" in error.damage.survey.unreadable
    assert "processing activities" in error.damage.survey.readable
    assert digests(path) == before


def test_a_damaged_first_page_is_damage_not_a_key_file_of_another_register(filled, tmp_path):
    path, _, _, made = filled
    flip_page(path, 1, at=200)  # past the salt: only page 1 fails its MAC, exactly like a wrong key would
    with pytest.raises(RegisterDamaged) as caught:
        Register.open(path, passphrase=PASSPHRASE)
    assert caught.value.backup == made[-1]
    assert caught.value.damage.survey.schema_readable is False
    assert "Nothing in it can be read any more." in caught.value.message
    # A key file that really belongs to another register (every page fails with its key) is still said to be one.
    other = tmp_path / "other.atlas"
    Register.create(other, PASSPHRASE, ORG)[0].close()
    keys_path(path).write_bytes(keys_path(other).read_bytes())
    with pytest.raises(NotARegister) as caught:
        Register.open(path, passphrase=PASSPHRASE)
    assert not isinstance(caught.value, RegisterDamaged)
    assert "does not match its key file" in str(caught.value)


def _sqlite_error(kind: type[Exception], text: str, code: int | None) -> Exception:
    exc = kind(text)
    if code is not None:
        exc.sqlite_errorcode = code
    return exc


@pytest.mark.parametrize(("exc", "damage", "full", "io"), [
    (_sqlite_error(sqlcipher.DatabaseError, "database disk image is malformed", 11), True, False, False),
    (_sqlite_error(sqlcipher.DatabaseError, "file is not a database", 26), True, False, False),
    (peewee.DatabaseError("database disk image is malformed"), True, False, False),
    (_sqlite_error(sqlcipher.DatabaseError, "something", 267), True, False, False),  # SQLITE_CORRUPT_VTAB
    (_sqlite_error(sqlcipher.OperationalError, "database or disk is full", 13), False, True, False),
    (_sqlite_error(sqlcipher.OperationalError, "disk I/O error", 10), False, False, True),
    (_sqlite_error(sqlcipher.OperationalError, "disk I/O error", 266), False, False, True),  # SQLITE_IOERR_READ
    (DiskFull("The disk is full"), False, False, False),
], ids=["corrupt", "notadb", "peewee-words", "corrupt-extended", "full", "ioerr", "ioerr-read", "said"])
def test_damage_is_told_apart_from_a_full_disk_and_an_io_error(exc, damage, full, io):
    assert (is_damage(exc), is_disk_full(exc), is_io_error(exc)) == (damage, full, io)


def test_an_explained_error_about_something_else_is_not_register_damage():
    # A damaged *backup* read through SQLite is said as BackupInvalid; its masked driver error must not make
    # it pass for damage of the register (which would send the user to restore a healthy register).
    try:
        try:
            raise _sqlite_error(sqlcipher.DatabaseError, "database disk image is malformed", 11)
        except sqlcipher.DatabaseError:
            raise BackupInvalid("The database in the backup failed its integrity check.") from None
    except BackupInvalid as said:
        assert not is_damage(said)
