"""Tests for verified encrypted backups, their rotation, and restore (real SQLCipher files)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import stat
import zipfile
from pathlib import Path

import pytest

from atlas_desktop.core.errors import BackupInvalid, StorageError, WrongKey
from atlas_desktop.storage import backups, restore
from atlas_desktop.storage.backups import DB_MEMBER, KEYS_MEMBER, MANIFEST
from atlas_desktop.storage.connection import SQLITE_HEADER
from atlas_desktop.storage.register import Register, keys_path, register_files, staged_restore_paths
from atlas_desktop.storage.settings import Settings
from conftest import ORG, PASSPHRASE

CANARY = "Canary-Ioana-Vasilescu-CNP-2850101123456"
NEW_PASSPHRASE = "harbour-violet-marble-sprocket"


# -- helpers ----------------------------------------------------------------------------------
def fill(reg: Register, tag: str, n: int = 3) -> None:
    for i in range(n):
        reg.set_meta(f"{tag}{i}", f"{tag} value {i}")


def meta_rows(reg: Register) -> list[tuple]:
    return reg.db.execute_sql("SELECT key, value FROM meta ORDER BY key").fetchall()


def audit_rows(reg: Register) -> list[tuple]:
    return reg.db.execute_sql("SELECT * FROM audit_entry ORDER BY seq").fetchall()


def file_hashes(path: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in register_files(path)}


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".restoring", ".tmp")))


def member_offset(path: Path, name: str) -> tuple[int, int]:
    """(offset of the member's data in the file, its size); members are stored uncompressed."""
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(name)
    raw = path.read_bytes()
    header = raw[info.header_offset:info.header_offset + 30]
    assert header[:4] == b"PK\x03\x04"
    name_len = int.from_bytes(header[26:28], "little")
    extra_len = int.from_bytes(header[28:30], "little")
    return info.header_offset + 30 + name_len + extra_len, info.file_size


def flipped(src: Path, dst: Path, offset: int) -> Path:
    raw = bytearray(src.read_bytes())
    raw[offset] ^= 0x01
    dst.write_bytes(bytes(raw))
    return dst


def rebuild(src: Path, dst: Path, *, replace: dict[str, bytes] | None = None, fix_hashes: bool = False,
            edit_manifest=None) -> Path:
    """Write a new, well-formed zip from ``src`` with some members changed."""
    with zipfile.ZipFile(src) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    members.update(replace or {})
    manifest = json.loads(members[MANIFEST])
    if fix_hashes:
        for name in (DB_MEMBER, KEYS_MEMBER):
            manifest["files"][name]["sha256"] = hashlib.sha256(members[name]).hexdigest()
    if edit_manifest:
        edit_manifest(manifest)
    members[MANIFEST] = json.dumps(manifest).encode()
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_STORED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return dst


def open_register(path: Path, passphrase: str = PASSPHRASE) -> Register:
    return Register.open(path, passphrase=passphrase)


@pytest.fixture
def folder(tmp_path) -> Path:
    return tmp_path / "backups"


@pytest.fixture
def backed_up(new_register, register_path, folder, tmp_path):
    """A register with data, one backup of it (in ``folder``), then more changes; register closed."""
    reg, _ = new_register
    fill(reg, "early")
    reg.set_meta("canary", CANARY)
    path = backups.make_backup(reg, backup_dir=folder)
    snapshot = {"meta": meta_rows(reg), "audit": audit_rows(reg), "head": reg.audit.head(),
                "data_key": reg.data_key}
    fill(reg, "late")
    reg.close()
    return path, snapshot


# -- making a backup --------------------------------------------------------------------------
def test_backup_is_encrypted_and_anchored(new_register, tmp_path) -> None:
    reg, _ = new_register
    fill(reg, "f")
    reg.set_meta("canary", CANARY)
    head = reg.audit.head()
    out = tmp_path / "manual.atlasbak"
    assert backups.make_backup(reg, out=out) == out
    raw = out.read_bytes()
    assert not raw.startswith(SQLITE_HEADER)
    assert CANARY.encode("utf-8") not in raw
    assert CANARY.encode("utf-16-le") not in raw
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with zipfile.ZipFile(out) as zf:
        assert set(zf.namelist()) == {MANIFEST, DB_MEMBER, KEYS_MEMBER}
        db_bytes = zf.read(DB_MEMBER)
        manifest = json.loads(zf.read(MANIFEST))
        assert zf.read(KEYS_MEMBER) == keys_path(reg.path).read_bytes()
    assert not db_bytes.startswith(SQLITE_HEADER) and b"SQLite format 3" not in db_bytes[:100]
    assert manifest["audit"] == {"count": head.count, "head": head.head}
    assert manifest["register_id"] == reg.register_id
    assert manifest["files"][DB_MEMBER]["sha256"] == hashlib.sha256(db_bytes).hexdigest()
    info = backups.verify_backup(out, reg.data_key)
    assert (info.anchor.count, info.anchor.head) == (head.count, head.head)
    assert backups.verify_backup(out, passphrase=PASSPHRASE).register_id == reg.register_id
    assert leftovers(tmp_path) == []  # no staging or verify copies left behind


def test_backup_into_a_missing_folder_is_refused(new_register, tmp_path) -> None:
    reg, _ = new_register
    with pytest.raises(StorageError):
        backups.make_backup(reg, out=tmp_path / "nowhere" / "b.atlasbak")


def test_backup_goes_to_settings_folder_by_default(new_register) -> None:
    reg, _ = new_register
    made = backups.make_backup(reg)
    assert made.parent == Settings.load().backup_path
    assert [i.path for i in backups.list_backups(made.parent, reg.register_id)] == [made]


# -- round trip -----------------------------------------------------------------------------
def test_round_trip_restores_exactly_the_backed_up_data(backed_up, register_path, folder) -> None:
    backup, snapshot = backed_up
    with open_register(register_path) as reg:
        assert reg.meta("late0") == "late value 0"
    result = restore.restore_backup(register_path, backup, passphrase=PASSPHRASE, backup_dir=folder)
    assert result.restored.path == backup
    assert result.previous_kept_at is not None
    with open_register(register_path) as reg:
        assert meta_rows(reg) == snapshot["meta"]
        assert reg.meta("late0") is None and reg.meta("canary") == CANARY
        rows = audit_rows(reg)
        assert rows[:-1] == snapshot["audit"]
        assert len(rows) == len(snapshot["audit"]) + 1
        last = list(reg.audit.entries())[-1]
        assert last.action == "restore"
        assert last.after["restored_count"] == snapshot["head"].count
        assert last.after["restored_head"] == snapshot["head"].head
        assert last.after["restored_from"] == backup.name
        anchors = restore.relevant_anchors(reg, folder)
        verdict = reg.audit.verify(anchors)
        assert verdict.ok, verdict.problem
        assert verdict.anchors_checked == 1  # the restored backup; the pre-restore one is abandoned history
        assert [a.count for a in anchors] == [snapshot["head"].count]
        # Without the restore-aware filter, the pre-restore anchor (a longer, abandoned history) trips it.
        assert not reg.audit.verify([i.anchor for i in backups.list_backups(folder, reg.register_id)]).ok
        assert reg.integrity_problems() == []
    assert leftovers(register_path.parent) == []


def test_pre_restore_copy_holds_the_replaced_data(backed_up, register_path, folder, tmp_path) -> None:
    backup, snapshot = backed_up
    with open_register(register_path) as reg:
        replaced_meta = meta_rows(reg)
        replaced_head = reg.audit.head()
    result = restore.restore_backup(register_path, backup, passphrase=PASSPHRASE, backup_dir=folder)
    kept = sorted(folder.glob("*pre-restore*"))
    assert kept == [result.previous_kept_at]
    info = backups.verify_backup(kept[0], snapshot["data_key"])
    assert info.kind == "pre-restore"
    assert (info.anchor.count, info.anchor.head) == (replaced_head.count, replaced_head.head)
    # Restore that copy somewhere else and look inside.
    elsewhere = tmp_path / "check"
    elsewhere.mkdir()
    restore.restore_backup(elsewhere / "office.atlas", kept[0], passphrase=PASSPHRASE,
                           backup_dir=tmp_path / "other-backups")
    with open_register(elsewhere / "office.atlas") as old:
        assert meta_rows(old) == replaced_meta
        assert old.meta("late2") == "late value 2"


def test_restore_into_an_empty_folder(backed_up, tmp_path) -> None:
    backup, snapshot = backed_up
    target = tmp_path / "fresh" / "office.atlas"
    target.parent.mkdir()
    other_folder = tmp_path / "fresh-backups"
    result = restore.restore_backup(target, backup, passphrase=PASSPHRASE, backup_dir=other_folder)
    assert result.previous_kept_at is None
    assert not other_folder.exists() or list(other_folder.iterdir()) == []
    with open_register(target) as reg:
        assert meta_rows(reg) == snapshot["meta"]
        assert reg.audit.verify().ok
    assert sorted(p.name for p in target.parent.iterdir()) == ["office.atlas", "office.atlas.keys"]


def test_restore_into_a_missing_folder_is_refused(backed_up, tmp_path) -> None:
    backup, _ = backed_up
    with pytest.raises(StorageError):
        restore.restore_backup(tmp_path / "nope" / "office.atlas", backup, passphrase=PASSPHRASE,
                               backup_dir=tmp_path / "b2")


# -- keys ---------------------------------------------------------------------------------------
def test_restore_with_wrong_passphrase_changes_nothing(backed_up, register_path, folder) -> None:
    backup, _ = backed_up
    before = file_hashes(register_path)
    listing = sorted(folder.iterdir())
    with pytest.raises(WrongKey) as error:
        restore.restore_backup(register_path, backup, passphrase="wrong-horse-battery-staple", backup_dir=folder)
    assert "when it was made" in str(error.value)
    with pytest.raises(WrongKey):
        restore.restore_backup(register_path, backup, backup_dir=folder)  # no key at all
    assert file_hashes(register_path) == before
    assert sorted(folder.iterdir()) == listing
    assert leftovers(register_path.parent) == []


def test_restore_needs_the_passphrase_in_force_when_the_backup_was_made(backed_up, register_path,
                                                                        folder) -> None:
    backup, snapshot = backed_up
    with open_register(register_path) as reg:
        reg.change_passphrase(NEW_PASSPHRASE)
    with pytest.raises(WrongKey):
        restore.restore_backup(register_path, backup, passphrase=NEW_PASSPHRASE, backup_dir=folder)
    restore.restore_backup(register_path, backup, passphrase=PASSPHRASE, backup_dir=folder)
    with open_register(register_path, PASSPHRASE) as reg:  # the backup's key file came back with it
        assert meta_rows(reg) == snapshot["meta"]


def test_restore_with_the_recovery_key(new_register, register_path, folder) -> None:
    reg, recovery = new_register
    fill(reg, "r")
    backup = backups.make_backup(reg, backup_dir=folder)
    reg.set_meta("r0", "changed")
    reg.close()
    restore.restore_backup(register_path, backup, recovery_key=recovery, backup_dir=folder)
    with open_register(register_path) as again:
        assert again.meta("r0") == "r value 0"


# -- refused backups ----------------------------------------------------------------------------
def _corrupt_db_member(src: Path, dst: Path) -> Path:
    offset, size = member_offset(src, DB_MEMBER)
    return flipped(src, dst, offset + size // 2)


def _corrupt_file_middle(src: Path, dst: Path) -> Path:
    return flipped(src, dst, len(src.read_bytes()) // 2)


def _corrupt_manifest(src: Path, dst: Path) -> Path:
    offset, size = member_offset(src, MANIFEST)
    return flipped(src, dst, offset + size // 2)


def _truncated(src: Path, dst: Path) -> Path:
    raw = src.read_bytes()
    dst.write_bytes(raw[:len(raw) // 2])
    return dst


def _not_a_zip(src: Path, dst: Path) -> Path:
    dst.write_text("name,email\nIoana,ioana@example.ro\n", "utf-8")
    return dst


def _empty_file(src: Path, dst: Path) -> Path:
    dst.write_bytes(b"")
    return dst


def _zip_without_members(src: Path, dst: Path) -> Path:
    with zipfile.ZipFile(dst, "w") as zf:
        zf.writestr("notes.txt", "hello")
    return dst


def _zip_with_only_manifest(src: Path, dst: Path) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        zout.writestr(MANIFEST, zin.read(MANIFEST))
    return dst


def _corrupt_keys_member(src: Path, dst: Path) -> Path:
    offset, size = member_offset(src, KEYS_MEMBER)
    return flipped(src, dst, offset + size // 2)


def _db_changed_manifest_stale(src: Path, dst: Path) -> Path:
    with zipfile.ZipFile(src) as zf:
        db = bytearray(zf.read(DB_MEMBER))
    db[len(db) // 2] ^= 0x01
    return rebuild(src, dst, replace={DB_MEMBER: bytes(db)})


def _db_changed_manifest_rehashed(src: Path, dst: Path) -> Path:
    # Consistent hashes and zip CRCs: only SQLCipher's page MACs can notice.
    with zipfile.ZipFile(src) as zf:
        db = bytearray(zf.read(DB_MEMBER))
    db[4096 + 100] ^= 0x01  # inside page 2
    return rebuild(src, dst, replace={DB_MEMBER: bytes(db)}, fix_hashes=True)


def _anchor_ahead_of_log(src: Path, dst: Path) -> Path:
    def bump(manifest):
        manifest["audit"]["count"] += 1
    return rebuild(src, dst, edit_manifest=bump)


def _anchor_head_forged(src: Path, dst: Path) -> Path:
    def forge(manifest):
        manifest["audit"]["head"] = "ab" * 32
    return rebuild(src, dst, edit_manifest=forge)


def _wrong_format(src: Path, dst: Path) -> Path:
    def other(manifest):
        manifest["format"] = "something-else"
    return rebuild(src, dst, edit_manifest=other)


def _unknown_compression(src: Path, dst: Path) -> Path:
    """The database member's compression method in the central directory set to one zipfile does not know (99):
    found by `make soak-damage` (seed 400118648, backup trial 75) as a raw NotImplementedError."""
    data = bytearray(src.read_bytes())
    name = DB_MEMBER.encode()
    at = 0
    while True:
        at = data.index(b"PK\x01\x02", at)
        name_length = int.from_bytes(data[at + 28:at + 30], "little")
        if bytes(data[at + 46:at + 46 + name_length]) == name:
            break
        at += 4
    data[at + 10:at + 12] = (99).to_bytes(2, "little")
    dst.write_bytes(bytes(data))
    return dst


def _manifest_files_not_a_table(src: Path, dst: Path) -> Path:
    def odd(manifest):
        manifest["files"] = ["register.atlas", "register.atlas.keys"]
    return rebuild(src, dst, edit_manifest=odd)


def _manifest_file_entry_not_a_table(src: Path, dst: Path) -> Path:
    def odd(manifest):
        manifest["files"][DB_MEMBER] = "sha256 of the database"
    return rebuild(src, dst, edit_manifest=odd)


DAMAGE = [
    pytest.param(_manifest_files_not_a_table, "do not match", id="manifest-files-not-a-table"),
    pytest.param(_manifest_file_entry_not_a_table, "do not match", id="manifest-entry-not-a-table"),
    pytest.param(_unknown_compression, "damaged", id="unknown-compression"),
    pytest.param(_corrupt_db_member, "damaged", id="flip-db-member"),
    pytest.param(_corrupt_file_middle, "damaged", id="flip-file-middle"),
    pytest.param(_corrupt_manifest, "damaged", id="flip-manifest"),
    pytest.param(_truncated, "", id="truncated-half"),
    pytest.param(_not_a_zip, "not an Atlas backup", id="not-a-zip"),
    pytest.param(_empty_file, "", id="empty-file"),
    pytest.param(_zip_without_members, "not an Atlas backup", id="zip-without-members"),
    pytest.param(_zip_with_only_manifest, "not an Atlas backup", id="zip-only-manifest"),
    pytest.param(_corrupt_keys_member, "damaged", id="flip-keys-member"),
    pytest.param(_db_changed_manifest_stale, "do not match", id="db-changed-manifest-stale"),
    pytest.param(_db_changed_manifest_rehashed, "integrity", id="db-changed-rehashed"),
    pytest.param(_anchor_ahead_of_log, "audit trail", id="anchor-ahead"),
    pytest.param(_anchor_head_forged, "audit trail", id="anchor-forged"),
    pytest.param(_wrong_format, "not an Atlas backup", id="wrong-format"),
]


@pytest.mark.parametrize("damage,says", DAMAGE)
def test_damaged_backup_fails_verification(backed_up, tmp_path, damage, says) -> None:
    backup, snapshot = backed_up
    bad = damage(backup, tmp_path / "bad.atlasbak")
    assert bad.read_bytes() != backup.read_bytes()
    with pytest.raises(BackupInvalid) as error:
        backups.verify_backup(bad, snapshot["data_key"])
    assert says in str(error.value)
    assert str(error.value)  # a plain sentence, not an empty message
    with pytest.raises(BackupInvalid):
        backups.verify_backup(bad, passphrase=PASSPHRASE)
    assert leftovers(tmp_path) == []
    backups.verify_backup(backup, snapshot["data_key"])  # the original is still fine


RESTORE_DAMAGE = DAMAGE


@pytest.mark.parametrize("damage,says", RESTORE_DAMAGE)
def test_damaged_backup_is_never_restored(backed_up, register_path, folder, tmp_path, damage, says) -> None:
    backup, _ = backed_up
    bad = damage(backup, tmp_path / "bad.atlasbak")
    before = file_hashes(register_path)
    assert set(before) == {"office.atlas", "office.atlas.keys"}
    listing = sorted(folder.iterdir())
    with pytest.raises(BackupInvalid) as error:
        restore.restore_backup(register_path, bad, passphrase=PASSPHRASE, backup_dir=folder)
    assert str(error.value)
    assert file_hashes(register_path) == before
    assert leftovers(register_path.parent) == []
    staged_db, staged_keys = staged_restore_paths(register_path)
    assert not staged_db.exists() and not staged_keys.exists()
    assert sorted(folder.iterdir()) == listing  # refused before even the pre-restore copy
    with open_register(register_path) as reg:
        assert reg.meta("late0") == "late value 0"


def test_missing_backup_file(backed_up, register_path, tmp_path, folder) -> None:
    with pytest.raises(BackupInvalid, match="no backup"):
        backups.verify_backup(tmp_path / "absent.atlasbak", b"\x00" * 32)
    with pytest.raises(BackupInvalid, match="no backup"):
        restore.restore_backup(register_path, tmp_path / "absent.atlasbak", passphrase=PASSPHRASE,
                               backup_dir=folder)


# -- rotation -------------------------------------------------------------------------------------
def test_rotation_keeps_the_newest_n(new_register, folder, tmp_path) -> None:
    reg, _ = new_register
    pre = backups.make_backup(reg, backup_dir=folder, reason="pre-restore", kind="pre-restore")
    other, _ = Register.create(tmp_path / "other.atlas", PASSPHRASE, ORG, actor="tester")
    try:
        others = [backups.make_backup(other, backup_dir=folder, keep=1) for _ in range(1)]
    finally:
        other.close()
    made = []
    for i in range(5):
        reg.set_meta("n", str(i))
        made.append(backups.make_backup(reg, backup_dir=folder, keep=3))
    assert len(set(made)) == 5
    remaining = [i.path for i in backups.list_backups(folder, reg.register_id) if i.kind == "backup"]
    assert remaining == made[-3:]
    assert all(not p.exists() for p in made[:2])
    assert pre.exists() and others[0].exists()
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in [pre, *others, *made[-3:]])
    assert backups.verify_backup(made[-1], reg.data_key).anchor.count == reg.audit.head().count


def test_rotation_keep_is_at_least_one(new_register, folder) -> None:
    reg, _ = new_register
    first = backups.make_backup(reg, backup_dir=folder, keep=0)
    second = backups.make_backup(reg, backup_dir=folder, keep=0)
    assert not first.exists() and second.exists()


def test_rotate_deletes_nothing_if_newest_is_not_listed(new_register, folder) -> None:
    reg, _ = new_register
    made = [backups.make_backup(reg, backup_dir=folder, keep=10) for _ in range(3)]
    assert backups.rotate(folder, reg.register_id, 1, folder / "not-there.atlasbak") == []
    assert all(p.exists() for p in made)
    # A backup of another register is not "listed" for this one either.
    assert backups.rotate(folder, "another-register-id", 1, made[-1]) == []
    assert all(p.exists() for p in made)


def test_rotate_never_removes_the_one_just_verified(new_register, folder) -> None:
    reg, _ = new_register
    made = [backups.make_backup(reg, backup_dir=folder, keep=10) for _ in range(4)]
    removed = backups.rotate(folder, reg.register_id, 1, made[0])  # say the clock went backwards
    assert sorted(removed) == sorted(made[1:3])
    assert made[0].exists() and made[-1].exists()


def test_unreadable_files_in_the_folder_are_ignored(new_register, folder) -> None:
    reg, _ = new_register
    folder.mkdir(parents=True)
    junk = folder / "junk.atlasbak"
    junk.write_bytes(b"not a zip at all")
    made = [backups.make_backup(reg, backup_dir=folder, keep=1) for _ in range(2)]
    assert junk.exists() and not made[0].exists() and made[1].exists()


# -- automatic backups -----------------------------------------------------------------------------
def test_auto_backup_runs_when_due(new_register, folder) -> None:
    reg, _ = new_register
    settings = Settings(backup_dir=str(folder), backup_every_hours=24, backup_keep=3)
    assert backups.backup_due(reg, settings)
    first = backups.auto_backup(reg, settings)
    assert first is not None and first.parent == folder and first.exists()
    assert "-auto" in first.name
    assert backups.auto_backup(reg, settings) is None
    assert backups.list_backups(folder, reg.register_id)[-1].path == first
    now = dt.datetime.now(dt.UTC)
    assert not backups.backup_due(reg, settings, now=now + dt.timedelta(hours=23))
    assert backups.backup_due(reg, settings, now=now + dt.timedelta(hours=25))


def test_pre_restore_backup_does_not_count_as_the_last_backup(new_register, folder) -> None:
    reg, _ = new_register
    settings = Settings(backup_dir=str(folder), backup_every_hours=24)
    backups.make_backup(reg, backup_dir=folder, reason="pre-restore", kind="pre-restore")
    assert backups.backup_due(reg, settings)


# -- interrupted restore --------------------------------------------------------------------------
def _stage(backup: Path, register_path: Path, *, with_keys: bool) -> None:
    staged_db, staged_keys = staged_restore_paths(register_path)
    with zipfile.ZipFile(backup) as zf:
        staged_db.write_bytes(zf.read(DB_MEMBER))
        if with_keys:
            staged_keys.write_bytes(zf.read(KEYS_MEMBER))


def test_crash_before_commit_point_keeps_the_old_register(backed_up, register_path) -> None:
    backup, _ = backed_up
    _stage(backup, register_path, with_keys=True)
    with open_register(register_path) as reg:
        assert reg.meta("late0") == "late value 0"
        assert reg.audit.verify().ok
    staged_db, staged_keys = staged_restore_paths(register_path)
    assert not staged_db.exists() and not staged_keys.exists()


def test_crash_after_commit_point_finishes_the_restore(backed_up, register_path) -> None:
    backup, snapshot = backed_up
    _stage(backup, register_path, with_keys=False)
    with open_register(register_path) as reg:
        assert meta_rows(reg) == snapshot["meta"]
        assert audit_rows(reg) == snapshot["audit"]
        assert reg.audit.verify([snapshot["head"]]).ok
    staged_db, staged_keys = staged_restore_paths(register_path)
    assert not staged_db.exists() and not staged_keys.exists()


def test_undoing_a_restore_keeps_the_trail_verifiable(new_register, register_path, folder) -> None:
    reg, _ = new_register
    fill(reg, "a")
    backup_a = backups.make_backup(reg, backup_dir=folder)
    fill(reg, "b", 5)
    reg.close()
    first = restore.restore_backup(register_path, backup_a, passphrase=PASSPHRASE, backup_dir=folder)
    with open_register(register_path) as branch:
        fill(branch, "c", 2)
        backups.make_backup(branch, backup_dir=folder)
    restore.restore_backup(register_path, first.previous_kept_at, passphrase=PASSPHRASE, backup_dir=folder)
    with open_register(register_path) as back:
        assert back.meta("b4") == "b value 4" and back.meta("c0") is None
        verdict = back.audit.verify(restore.relevant_anchors(back, folder))
        assert verdict.ok, verdict.problem


class Crash(BaseException):
    """Stands in for a power cut at one exact step."""


def test_crash_while_cleaning_up_a_refused_restore_keeps_the_old_register(backed_up, register_path, folder,
                                                                          tmp_path, monkeypatch) -> None:
    backup, _ = backed_up
    damaged = _db_changed_manifest_rehashed(backup, tmp_path / "damaged.atlasbak")
    real_verify = restore.verify_backup

    def verify_then_swap(path, *args, **kwargs):
        # The backup is good when checked, then changes before it is extracted (a flaky USB stick).
        info = real_verify(path, *args, **kwargs)
        Path(path).write_bytes(damaged.read_bytes())
        return info

    staged_db, staged_keys = staged_restore_paths(register_path)
    real_unlink = Path.unlink

    def unlink(self, missing_ok=False):
        if self == staged_db:
            raise Crash()
        return real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(restore, "verify_backup", verify_then_swap)
    monkeypatch.setattr(Path, "unlink", unlink)
    with pytest.raises((Crash, BackupInvalid)):
        restore.restore_backup(register_path, backup, passphrase=PASSPHRASE, backup_dir=folder)
    monkeypatch.undo()
    assert not staged_keys.exists() or staged_db.exists()  # the state the crash left behind
    # After the "power cut", the next start must show the register as it was before the restore.
    try:
        reg = open_register(register_path)
    except Exception as exc:  # noqa: BLE001 - today: the damaged staged copy was swapped in
        raise AssertionError(f"the old register was lost: {type(exc).__name__}: {exc}") from exc
    with reg:
        assert reg.meta("late0") == "late value 0"


def test_backup_refuses_to_overwrite_the_register_itself(new_register, register_path) -> None:
    from atlas_desktop.core.errors import StorageError
    from atlas_desktop.storage.register import keys_path

    reg, _ = new_register
    before = {p: p.read_bytes() for p in (register_path, keys_path(register_path))}
    for target in before:
        with pytest.raises(StorageError, match="register's own files"):
            backups.make_backup(reg, target)
    assert {p: p.read_bytes() for p in before} == before


@pytest.mark.parametrize("audit", [{"count": "many", "head": "x"}, "not-a-dict", {}])
def test_manifest_with_malformed_fields_is_a_damaged_backup(tmp_path, audit) -> None:
    bad = tmp_path / "bad.atlasbak"
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("manifest.json", json.dumps({"format": "atlas-backup", "register_id": "r",
                                                 "created_at": "2026-11-22T10:00:00+00:00", "audit": audit}))
        zf.writestr("register.atlas", b"x")
        zf.writestr("register.atlas.keys", b"{}")
    with pytest.raises(BackupInvalid, match="manifest is incomplete"):
        backups.read_info(bad)


def test_backup_from_a_newer_app_is_refused_before_anything_changes(backed_up, register_path, folder, tmp_path) -> None:
    from atlas_desktop.core.errors import SchemaTooNew
    from atlas_desktop.storage.migrations import SCHEMA_VERSION

    backup, _ = backed_up

    def newer(manifest):
        manifest["schema_version"] = SCHEMA_VERSION + 1

    future = rebuild(backup, tmp_path / "future.atlasbak", edit_manifest=newer)
    before = {p.name: p.read_bytes() for p in register_path.parent.glob("office.atlas*")}
    with pytest.raises(SchemaTooNew, match="newer version"):
        restore.restore_backup(register_path, future, passphrase=PASSPHRASE, backup_dir=folder)
    assert {p.name: p.read_bytes() for p in register_path.parent.glob("office.atlas*")} == before
    assert not folder.exists() or not list(folder.glob("*pre-restore*"))
