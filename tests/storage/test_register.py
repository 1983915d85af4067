"""The encrypted register on disk: no plaintext, wrong keys change nothing, passphrase rules,
key changes keep the data, not-a-register files are refused, durable settings, file modes."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import sqlite3
import zipfile

import pytest
from conftest import ORG, PASSPHRASE
from sqlcipher3 import dbapi2 as sqlcipher

from atlas_desktop.core.errors import (MalformedRecoveryKey, NotARegister, RegisterExists,
                                       WeakPassphrase, WrongKey)
from atlas_desktop.storage.backups import DB_MEMBER, KEYS_MEMBER, make_backup
from atlas_desktop.storage.keys import KeyFile
from atlas_desktop.storage.register import Register, keys_path

SQLITE_HEADER = b"SQLite format 3\x00"
CANARY = "CANARY-Zoë-Ångström-7f3a9c"
NEW_PASSPHRASE = "quartz-meadow-violin-harbour"
OTHER_PASSPHRASE = "saffron-glacier-tunnel-whistle"


def _snapshot(folder):
    """sha256 of every file in ``folder`` (so new, removed and changed files all show)."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def _canary_forms(text: str = CANARY) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def _assert_no_plaintext(path, secrets_: list[bytes]):
    raw = path.read_bytes()
    assert not raw.startswith(SQLITE_HEADER), f"{path.name} is a plaintext SQLite file"
    for needle in secrets_:
        assert needle not in raw, f"{needle!r} found in raw bytes of {path.name}"


def _raw_open(path, data_key: bytes):
    """Open the database file directly with SQLCipher and the raw data key (read-only)."""
    conn = sqlcipher.connect(f"file:{path}?mode=ro", uri=True)
    conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    return conn


@pytest.fixture
def other_register(tmp_path):
    """A second register in its own folder; yields (path, recovery_key), closed."""
    folder = tmp_path / "other"
    folder.mkdir()
    path = folder / "other.atlas"
    reg, recovery = Register.create(path, OTHER_PASSPHRASE, ORG, actor="tester")
    reg.close()
    return path, recovery


# -- no plaintext on disk --------------------------------------------------------------------

def test_canary_search_would_find_plaintext(tmp_path):
    # Control for the checks below: the same search does find a canary in a plain SQLite file.
    plain = tmp_path / "plain.db"
    with sqlite3.connect(plain) as conn:
        conn.execute("CREATE TABLE t (v TEXT)")
        conn.execute("INSERT INTO t VALUES (?)", (CANARY,))
    conn.close()
    with pytest.raises(AssertionError):
        _assert_no_plaintext(plain, _canary_forms())


def test_no_plaintext_on_disk_while_open_and_after_close(new_register, register_path):
    reg, _ = new_register
    folder = register_path.parent
    reg.set_meta("note", CANARY)
    reg.set_meta("note_copy", CANARY * 50)
    assert reg.meta("note") == CANARY

    wal = register_path.with_name(register_path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0, "expected a non-empty WAL while open"
    files = [p for p in folder.iterdir() if p.is_file()]
    assert register_path in files and keys_path(register_path) in files
    for path in files:
        _assert_no_plaintext(path, _canary_forms())

    reg.close()
    remaining = [p for p in folder.iterdir() if p.is_file()]
    assert sorted(p.name for p in remaining) == ["office.atlas", "office.atlas.keys"]
    for path in remaining:
        _assert_no_plaintext(path, _canary_forms())
    # Still there, encrypted: reopening shows the canary.
    with Register.open(register_path, passphrase=PASSPHRASE) as again:
        assert again.meta("note") == CANARY


def test_backup_contains_no_plaintext(new_register, tmp_path):
    reg, _ = new_register
    reg.set_meta("note", CANARY)
    out = make_backup(reg, out=tmp_path / "b.atlasbak")
    assert out.exists()
    _assert_no_plaintext(out, _canary_forms())
    with zipfile.ZipFile(out) as zf:
        db_bytes = zf.read(DB_MEMBER)
        keys_bytes = zf.read(KEYS_MEMBER)
        manifest = zf.read("manifest.json")
    assert len(db_bytes) > 0
    assert not db_bytes.startswith(SQLITE_HEADER)
    for needle in _canary_forms():
        assert needle not in db_bytes
        assert needle not in keys_bytes
        assert needle not in manifest
    assert PASSPHRASE.encode() not in out.read_bytes()
    # No staging or temporary file is left beside it.
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file() and "atlasbak" in p.name) == ["b.atlasbak"]


def test_key_file_holds_no_canary_passphrase_recovery_key_or_data_key(new_register, register_path):
    reg, recovery = new_register
    reg.set_meta("note", CANARY)
    data_key = reg.data_key
    raw = keys_path(register_path).read_bytes()
    forbidden = _canary_forms() + _canary_forms(PASSPHRASE) + [
        recovery.encode(), recovery.replace("-", "").encode(),
        data_key, data_key.hex().encode(), data_key.hex().upper().encode(),
        base64.b64encode(data_key),
    ]
    for needle in forbidden:
        assert needle not in raw
    assert json.loads(raw)["register_id"] == reg.register_id


# -- wrong keys change nothing ------------------------------------------------------------------

def test_wrong_passphrase_is_refused_and_changes_no_byte(new_register, register_path):
    reg, _ = new_register
    reg.set_meta("note", "kept")
    reg.close()
    folder = register_path.parent
    before = _snapshot(folder)
    for wrong in (NEW_PASSPHRASE, PASSPHRASE + " ", PASSPHRASE.upper()):
        with pytest.raises(WrongKey) as caught:
            Register.open(register_path, passphrase=wrong)
        assert not isinstance(caught.value, MalformedRecoveryKey)
        assert str(caught.value) == "Wrong passphrase."
    assert _snapshot(folder) == before


def test_no_passphrase_at_all_asks_for_one_and_changes_nothing(new_register, register_path):
    reg, _ = new_register
    reg.close()
    before = _snapshot(register_path.parent)
    for empty in ("", None):
        with pytest.raises(WrongKey, match="passphrase or recovery key is needed"):
            Register.open(register_path, passphrase=empty)
    assert _snapshot(register_path.parent) == before


def test_recovery_key_of_another_register_is_refused_and_changes_nothing(new_register, register_path,
                                                                          other_register):
    reg, own_recovery = new_register
    reg.close()
    _, foreign_recovery = other_register
    assert foreign_recovery != own_recovery
    before = _snapshot(register_path.parent)
    with pytest.raises(WrongKey, match="Wrong recovery key") as caught:
        Register.open(register_path, recovery_key=foreign_recovery)
    assert not isinstance(caught.value, MalformedRecoveryKey)
    assert "another register" in str(caught.value)
    assert _snapshot(register_path.parent) == before


def test_malformed_recovery_key_says_typo_and_changes_nothing(new_register, register_path):
    reg, recovery = new_register
    reg.close()
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    typo = alphabet[(alphabet.index(recovery[5]) + 7) % 32]
    mistyped = recovery[:5] + typo + recovery[6:]
    assert mistyped != recovery
    before = _snapshot(register_path.parent)
    with pytest.raises(MalformedRecoveryKey) as caught:
        Register.open(register_path, recovery_key=mistyped)
    assert "typo" in str(caught.value) and "checksum" in str(caught.value)
    with pytest.raises(MalformedRecoveryKey, match="14 groups of 4"):
        Register.open(register_path, recovery_key=recovery[:-5])
    assert _snapshot(register_path.parent) == before


def test_key_file_of_another_register_next_to_the_database_is_refused(new_register, register_path,
                                                                       other_register):
    reg, _ = new_register
    reg.set_meta("note", "mine")
    reg.close()
    other_path, _ = other_register
    keys_path(register_path).write_bytes(keys_path(other_path).read_bytes())
    before = _snapshot(register_path.parent)
    with pytest.raises(NotARegister) as caught:
        # The other register's passphrase opens that key file, but not this database.
        Register.open(register_path, passphrase=OTHER_PASSPHRASE)
    assert "does not match its key file" in str(caught.value)
    assert _snapshot(register_path.parent) == before


# -- weak passphrases never reach the database --------------------------------------------------

@pytest.mark.parametrize("weak", ["", "   ", "password", "aaaaaaaaaaaa", "short", "Tq8$mZ2!v",
                                  "password1234", "qwertyuiop", ORG])
def test_create_refuses_weak_passphrase_and_writes_no_file(tmp_path, weak):
    folder = tmp_path / "new"
    folder.mkdir()
    with pytest.raises(WeakPassphrase):
        Register.create(folder / "office.atlas", weak, ORG)
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("weak", ["", "   ", "password", "aaaaaaaaaaaa", "short", ORG])
def test_change_passphrase_refuses_weak_passphrase_and_keeps_the_old_one(new_register, register_path, weak):
    reg, _ = new_register
    keys_before = keys_path(register_path).read_bytes()
    wraps_before = json.loads(json.dumps(reg.keys.wraps))
    entries_before = reg.audit.head().count
    with pytest.raises(WeakPassphrase):
        reg.change_passphrase(weak)
    assert keys_path(register_path).read_bytes() == keys_before
    assert reg.keys.wraps == wraps_before
    assert reg.audit.head().count == entries_before
    reg.close()
    Register.open(register_path, passphrase=PASSPHRASE).close()
    if weak.strip():
        with pytest.raises(WrongKey):
            Register.open(register_path, passphrase=weak)


def test_create_refuses_to_overwrite_an_existing_file(tmp_path):
    path = tmp_path / "office.atlas"
    path.write_bytes(b"precious")
    with pytest.raises(RegisterExists):
        Register.create(path, PASSPHRASE, ORG)
    assert path.read_bytes() == b"precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["office.atlas"]


def test_create_refuses_to_overwrite_an_existing_key_file(tmp_path):
    path = tmp_path / "office.atlas"
    keys_path(path).write_bytes(b"the key file of a register whose database was moved")
    with pytest.raises(RegisterExists):
        Register.create(path, PASSPHRASE, ORG)
    assert keys_path(path).read_bytes() == b"the key file of a register whose database was moved"


# -- unlocking with the recovery key ----------------------------------------------------------------

def _confusable(text: str) -> str:
    return text.replace("O", "0").replace("I", "1").replace("B", "8")


@pytest.mark.parametrize("variant", [
    lambda t: t,
    str.lower,
    lambda t: t.replace("-", " "),
    lambda t: t.lower().replace("-", ""),
    _confusable,
])
def test_recovery_key_opens_the_register(new_register, register_path, variant):
    reg, recovery = new_register
    reg.set_meta("note", "hello")
    data_key = reg.data_key
    reg.close()
    with Register.open(register_path, recovery_key=variant(recovery)) as again:
        assert again.data_key == data_key
        assert again.meta("note") == "hello"
        assert again.meta("org_name") == ORG


def test_recovery_key_with_confusables_really_contains_them(tmp_path):
    # The parametrised case above only exercises 0/1/8 if the key has O, I or B in it; make sure.
    for attempt in range(40):
        path = tmp_path / f"r{attempt}.atlas"
        reg, recovery = Register.create(path, PASSPHRASE, ORG)
        reg.close()
        if any(c in recovery for c in "OIB"):
            typed = _confusable(recovery).lower()
            assert typed != recovery.lower()
            Register.open(path, recovery_key=typed).close()
            return
    pytest.fail("no recovery key with O, I or B in 40 registers")


# -- passphrase change and new recovery key ----------------------------------------------------------

def test_passphrase_change_keeps_all_data_and_the_data_key(new_register, register_path):
    reg, recovery = new_register
    rows = {"note": CANARY, "address": "Strada Lungă 5, Cluj", "count": "42"}
    for key, value in rows.items():
        reg.set_meta(key, value)
    register_id = reg.register_id
    data_key = reg.data_key
    reg.close()

    with Register.open(register_path, passphrase=PASSPHRASE) as reg:
        everything_before = reg.db.execute_sql("SELECT key, value FROM meta ORDER BY key").fetchall()
        reg.change_passphrase(NEW_PASSPHRASE)
        assert reg.data_key == data_key

    keys_on_disk = KeyFile.load(keys_path(register_path))
    assert keys_on_disk.register_id == register_id
    assert keys_on_disk.unlock_with_passphrase(NEW_PASSPHRASE) == data_key

    # The database was not re-encrypted: the old data key still opens it directly.
    conn = _raw_open(register_path, data_key)
    try:
        assert dict(conn.execute("SELECT key, value FROM meta").fetchall())["note"] == CANARY
    finally:
        conn.close()

    with Register.open(register_path, passphrase=NEW_PASSPHRASE) as reg:
        assert reg.data_key == data_key
        assert reg.register_id == register_id
        assert reg.db.execute_sql("SELECT key, value FROM meta ORDER BY key").fetchall() == everything_before
        assert reg.integrity_problems() == []
        assert reg.audit.verify().ok

    before = _snapshot(register_path.parent)
    with pytest.raises(WrongKey, match="Wrong passphrase"):
        Register.open(register_path, passphrase=PASSPHRASE)
    assert _snapshot(register_path.parent) == before

    with Register.open(register_path, recovery_key=recovery) as reg:
        assert reg.meta("note") == CANARY


def test_passphrase_change_is_audited_without_the_secret(new_register):
    reg, _ = new_register
    reg.change_passphrase(NEW_PASSPHRASE)
    entries = list(reg.audit.entries())
    last = entries[-1]
    assert last.action == "keys"
    assert (last.after or {}).get("passphrase") == "changed"
    dumped = json.dumps([(e.before, e.after) for e in entries])
    assert NEW_PASSPHRASE not in dumped and PASSPHRASE not in dumped
    assert reg.audit.verify().ok


def test_reissued_recovery_key_replaces_the_old_one(new_register, register_path):
    reg, old_recovery = new_register
    reg.set_meta("note", "kept")
    data_key = reg.data_key
    new_recovery = reg.reissue_recovery_key()
    assert new_recovery != old_recovery
    reg.close()

    before = _snapshot(register_path.parent)
    with pytest.raises(WrongKey, match="Wrong recovery key") as caught:
        Register.open(register_path, recovery_key=old_recovery)
    assert not isinstance(caught.value, MalformedRecoveryKey)
    assert _snapshot(register_path.parent) == before

    with Register.open(register_path, recovery_key=new_recovery) as again:
        assert again.data_key == data_key
        assert again.meta("note") == "kept"
    with Register.open(register_path, passphrase=PASSPHRASE) as again:
        assert again.meta("note") == "kept"
        assert again.audit.verify().ok


# -- files that are not registers ----------------------------------------------------------------------

def test_plain_sqlite_file_is_not_a_register(tmp_path):
    path = tmp_path / "plain.atlas"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE meta (key TEXT, value TEXT)")
    conn.commit()
    conn.close()
    before = _snapshot(tmp_path)
    with pytest.raises(NotARegister) as caught:
        Register.open(path, passphrase=PASSPHRASE)
    assert "plain, unencrypted SQLite" in str(caught.value)
    assert "plain.atlas" in str(caught.value)
    assert _snapshot(tmp_path) == before


def test_plain_sqlite_file_with_a_key_file_is_still_not_a_register(tmp_path, other_register):
    other_path, _ = other_register
    path = tmp_path / "plain.atlas"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    keys_path(path).write_bytes(keys_path(other_path).read_bytes())
    with pytest.raises(NotARegister, match="unencrypted"):
        Register.open(path, passphrase=OTHER_PASSPHRASE)


def test_random_bytes_file_is_not_a_register(tmp_path):
    path = tmp_path / "noise.atlas"
    path.write_bytes(os.urandom(8192))
    before = _snapshot(tmp_path)
    with pytest.raises(NotARegister, match="not an Atlas register"):
        Register.open(path, passphrase=PASSPHRASE)
    assert _snapshot(tmp_path) == before


def test_random_bytes_with_a_valid_key_file_is_not_a_register(tmp_path, other_register):
    other_path, _ = other_register
    path = tmp_path / "noise.atlas"
    path.write_bytes(os.urandom(8192))
    keys_path(path).write_bytes(keys_path(other_path).read_bytes())
    before = _snapshot(tmp_path)
    with pytest.raises(NotARegister):
        Register.open(path, passphrase=OTHER_PASSPHRASE)
    assert _snapshot(tmp_path) == before


@pytest.mark.parametrize("content", [b"", b"short"])
def test_empty_or_truncated_file_is_not_a_register(tmp_path, content):
    path = tmp_path / "tiny.atlas"
    path.write_bytes(content)
    with pytest.raises(NotARegister, match="empty or truncated"):
        Register.open(path, passphrase=PASSPHRASE)
    assert path.read_bytes() == content


def test_missing_file_is_not_a_register(tmp_path):
    path = tmp_path / "nowhere.atlas"
    with pytest.raises(NotARegister, match="There is no register"):
        Register.open(path, passphrase=PASSPHRASE)
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


def test_database_without_its_key_file_is_not_a_register(new_register, register_path):
    reg, _ = new_register
    reg.close()
    keys_path(register_path).unlink()
    before = _snapshot(register_path.parent)
    with pytest.raises(NotARegister) as caught:
        Register.open(register_path, passphrase=PASSPHRASE)
    message = str(caught.value)
    assert "key file" in message and "office.atlas.keys" in message and "missing" in message
    assert _snapshot(register_path.parent) == before


def test_damaged_key_file_is_not_a_register(new_register, register_path):
    reg, _ = new_register
    reg.close()
    keys_path(register_path).write_bytes(b"{ not json")
    with pytest.raises(NotARegister, match="not a valid key file"):
        Register.open(register_path, passphrase=PASSPHRASE)


# -- a sound, durable register -----------------------------------------------------------------------

def test_new_register_is_sound(new_register):
    reg, _ = new_register
    assert reg.meta("org_name") == ORG
    assert reg.meta("register_id") == reg.register_id
    assert reg.integrity_problems() == []
    assert reg.audit.verify().ok
    assert reg.tail_warning == ""


def test_durability_pragmas(new_register, register_path):
    reg, _ = new_register
    assert reg.db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert reg.db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2
    reg.close()
    with Register.open(register_path, passphrase=PASSPHRASE) as again:
        assert again.db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert again.db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2


@pytest.fixture
def loose_umask():
    """A typical desktop umask (022): files get 0644 unless the app asks for less."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path) -> int:
    return os.stat(path).st_mode & 0o777


def test_key_file_is_private(loose_umask, register_path):
    reg, _ = Register.create(register_path, PASSPHRASE, ORG)
    try:
        assert _mode(keys_path(register_path)) == 0o600
        reg.change_passphrase(NEW_PASSPHRASE)
        assert _mode(keys_path(register_path)) == 0o600
        reg.reissue_recovery_key()
        assert _mode(keys_path(register_path)) == 0o600
    finally:
        reg.close()


def test_database_file_is_private(loose_umask, register_path):
    reg, _ = Register.create(register_path, PASSPHRASE, ORG)
    try:
        assert _mode(register_path) == 0o600
        reg.set_meta("note", "x")
    finally:
        reg.close()
    assert _mode(register_path) == 0o600


def test_side_files_are_private_while_open(loose_umask, register_path):
    reg, _ = Register.create(register_path, PASSPHRASE, ORG)
    try:
        reg.set_meta("note", "x")
        side = [register_path.with_name(register_path.name + s) for s in ("-wal", "-shm")]
        assert all(p.exists() for p in side)
        for path in side:
            assert _mode(path) == 0o600, path.name
    finally:
        reg.close()


def test_backup_file_is_private(loose_umask, new_register, tmp_path):
    reg, _ = new_register
    out = make_backup(reg, out=tmp_path / "b.atlasbak")
    assert _mode(out) == 0o600


def test_damaged_page_on_open_is_a_clear_integrity_problem(register_path):
    from atlas_desktop.core.errors import IntegrityProblem

    reg, _ = Register.create(register_path, PASSPHRASE, ORG)
    reg.close()
    with open(register_path, "r+b") as handle:  # inside page 2 (the schema-version table's page)
        handle.seek(4196)
        byte = handle.read(1)
        handle.seek(4196)
        handle.write(bytes([byte[0] ^ 0xFF]))
    with pytest.raises(IntegrityProblem) as caught:
        Register.open(register_path, passphrase=PASSPHRASE)
    assert "damaged" in str(caught.value) and "atlas restore" in str(caught.value)
    # RegisterDamaged (an IntegrityProblem): exit 2, the register could not be worked on at all.
    from atlas_desktop.core.errors import RegisterDamaged
    assert isinstance(caught.value, RegisterDamaged) and caught.value.exit_code == 2


def test_failed_key_file_write_changes_nothing_in_memory_or_on_disk(new_register, register_path, monkeypatch):
    from atlas_desktop.core.errors import StorageError

    reg, _ = new_register
    before = keys_path(register_path).read_bytes()
    real_save = KeyFile.save

    def failing_save(self, path):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(KeyFile, "save", failing_save)
    with pytest.raises(StorageError):
        reg.change_passphrase("quartz-meadow-violin-harbour")
    assert keys_path(register_path).read_bytes() == before
    monkeypatch.setattr(KeyFile, "save", real_save)
    reg.reissue_recovery_key()  # a later, successful save must not carry the failed change along
    reg.close()
    Register.open(register_path, passphrase=PASSPHRASE).close()
    with pytest.raises(WrongKey):
        Register.open(register_path, passphrase="quartz-meadow-violin-harbour")
