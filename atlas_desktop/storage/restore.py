"""Replaces a register with a verified backup, keeping the replaced register as a backup first.

Order matters for crash safety: the backup is verified; the current register is backed
up; the backup is extracted next to the register (under a 0600 staging name, swept if the
process is killed) and verified again *there*, switched to WAL mode and given the restore's
audit entry; this computer notes the head the restored register will have; then the staged
key file is renamed into place (the commit point) and the staged database after it. A crash at
any moment leaves either the old register or the restored one, never a mix
(``register.finish_interrupted_restore`` completes or undoes a half-done swap), and in either
case one that ``atlas doctor`` finds clean.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

import peewee
from sqlcipher3 import dbapi2 as sqlcipher

from ..core.errors import (
    BackupInvalid,
    IntegrityProblem,
    MigrationFailed,
    NotARegister,
    SchemaTooNew,
    StorageError,
)
from ..core.i18n import t
from .atomic import atomic_write_bytes, atomic_writer, durable_rename
from .audit import Anchor, AuditTrail, derive_audit_key, shown_moment
from .backups import (
    DB_MEMBER,
    KEYS_MEMBER,
    ZIP_DAMAGE,
    BackupInfo,
    _check_copy,
    _PlainConnection,
    list_backups,
    make_backup,
    read_info,
    unlock_backup_keys,
    verify_backup,
)
from .connection import raw_key, translate_error
from .keys import KeyFile
from .migrations import SCHEMA_VERSION
from .identity import USER_NAME, default_actor
from .register import Register
from .register_files import keys_path, register_files, remove_side_files, staged_restore_paths
from .seen_heads import expect_restored_head, forget_restored_head, remember_head
from .settings import Settings
from .staging import fsync_file, staging, sweep_stale_staging

RAW_FORMAT = "atlas-raw-copy"


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupInfo
    previous_kept_at: Path | None


def _keep_current(target: Path, data_key: bytes, folder: Path, actor: str | None) -> Path:
    """Back up the register about to be replaced; a raw copy if it will not open with this key."""
    try:
        with Register.open(target, data_key=data_key, actor=actor, backup_dir=folder) as current:
            kept = make_backup(current, backup_dir=folder, reason="pre-restore", kind="pre-restore")
            current.checkpoint()  # so no -wal of the old register is left beside the new one
        return kept
    except (NotARegister, SchemaTooNew, IntegrityProblem, MigrationFailed):
        pass  # another register, or one this app cannot open: keep its encrypted bytes as they are
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%fZ")
    raw = folder / f"{target.stem}-{stamp}-pre-restore-raw.zip"
    files = register_files(target)
    hashes = {f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in files}
    manifest = {"format": RAW_FORMAT, "note": "The register files exactly as they were before a restore. "
                "Unzip them side by side to get that register back.", "files": hashes}
    with atomic_writer(raw) as handle, zipfile.ZipFile(handle, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("manifest.json", json.dumps(manifest, indent=2))
        for f in files:
            zf.write(f, f.name)
    with zipfile.ZipFile(raw) as zf:  # read it back before the originals go
        for f in files:
            if hashlib.sha256(zf.read(f.name)).hexdigest() != hashes[f.name]:
                raise StorageError(t("storage", "The copy of the current register could not be verified; nothing was "
                                                "restored."))
    return raw


def restore_backup(target: Path, backup: Path, *, passphrase: str | None = None,
                   recovery_key: str | None = None, backup_dir: Path | None = None,
                   actor: str | None = None) -> RestoreResult:
    """Replace the register at ``target`` with ``backup`` once the backup has verified."""
    target, backup = Path(target), Path(backup)
    info, _ = read_info(backup)  # a clear BackupInvalid for anything that is not a complete backup
    try:
        with zipfile.ZipFile(backup) as zf:
            keys = KeyFile.from_bytes(zf.read(KEYS_MEMBER), backup.name)
    except (*ZIP_DAMAGE, KeyError, OSError):
        raise BackupInvalid(t("storage", "{name} is damaged: its key file cannot be read.").format(
            name=backup.name)) from None
    if info.schema_version > SCHEMA_VERSION:
        raise SchemaTooNew(t("storage", "{name} was made by a newer version of Atlas Desktop (schema {schema}; this "
                                        "version reads up to {newest}). Update Atlas Desktop before restoring it; "
                                        "nothing was changed.").format(name=backup.name, schema=info.schema_version,
                                                                        newest=SCHEMA_VERSION))
    data_key = unlock_backup_keys(keys, passphrase, recovery_key)
    if not target.parent.is_dir():
        raise StorageError(t("storage", "The folder {folder} does not exist.").format(folder=target.parent))
    sweep_stale_staging(target.parent)  # what an earlier, killed restore left here
    # Checked beside the register, where the copy will go anyway: the backup may be on read-only media.
    info = verify_backup(backup, data_key, scratch=target.parent)
    folder = Path(backup_dir) if backup_dir else Settings.load().backup_path
    kept = None
    if target.exists():
        # Before anything is staged: opening the current register must not see staged files.
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        kept = _keep_current(target, data_key, folder, actor)
    staged_db, staged_keys = staged_restore_paths(target)
    entry = {"restored_from": backup.name, "backup_created_at": info.created_at,
             "restored_count": info.anchor.count, "restored_head": info.anchor.head}
    try:
        with staging(target.parent) as stage:
            # The key file is staged first, so a staged database alone can only mean the swap began.
            atomic_write_bytes(staged_keys, keys.to_bytes())
            copy = stage.new_file(f"{target.name}.restoring")
            with zipfile.ZipFile(backup) as zf, zf.open(DB_MEMBER) as member, open(copy, "wb") as out:
                shutil.copyfileobj(member, out, 1 << 20)
            _check_copy(copy, data_key, info.anchor)  # verify the bytes that will actually be used
            head = _prepare_copy(copy, data_key, actor or "", entry)
            fsync_file(copy)
            # Still before the commit point: the head the restored register will have, so that a kill
            # after the commit point does not leave this computer warning of entries removed.
            with contextlib.suppress(OSError):  # an unwritable config folder must not stop a restore
                expect_restored_head(keys.register_id, head.count, head.head)
            stage.commit(copy, staged_db)  # a complete copy, in WAL mode, under the staged name
    except BaseException as exc:
        _drop_staged(staged_db, staged_keys)
        with contextlib.suppress(OSError):
            forget_restored_head(keys.register_id)
        if isinstance(exc, ZIP_DAMAGE):
            raise BackupInvalid(t("storage", "{name} is damaged: its database cannot be read.").format(
                name=backup.name)) from None
        if isinstance(exc, OSError):
            raise translate_error(exc, t("storage", "the restore"), target.parent) from None
        raise
    durable_rename(staged_keys, keys_path(target))  # commit point
    remove_side_files(target)
    durable_rename(staged_db, target)
    with Register.open(target, data_key=data_key, actor=actor, backup_dir=folder) as reg:
        # Opening found the expected head and remembers it; this covers an expectation that could
        # not be written (or was dropped meanwhile by another open of the old register).
        with contextlib.suppress(OSError):
            remember_head(reg)
    return RestoreResult(info, kept)


def _prepare_copy(db_file: Path, data_key: bytes, actor: str, entry: dict[str, object]) -> Anchor:
    """Put the staged copy in WAL mode and record the restore in its own trail; return its new head.

    WAL mode, as the register always is, before it takes the register's place: a backup's
    database is in rollback-journal mode (``sqlcipher_export`` makes it so). Swapped in like that,
    its first writes (the switch to WAL on open, the restore's audit entry) went through a rollback
    journal, and a crash there left a hot journal that the read-only key probe of every later open
    cannot roll back: the register no longer opened ("attempt to write a readonly database").
    Found by the kill -9 soak (tests/reliability/soak.py).

    The restore's entry is written here, before the swap, so the register that appears under its
    name already says it was restored: a crash after the commit point leaves nothing to add.
    """
    try:
        conn = sqlcipher.connect(str(db_file), isolation_level=None)
        try:
            conn.execute(f"PRAGMA key = \"{raw_key(data_key)}\"")
            mode = conn.execute("PRAGMA journal_mode = wal").fetchone()[0]
            if str(mode).lower() != "wal":
                raise StorageError(t("storage", "The restored copy could not be switched to write-ahead logging "
                                                "({mode}); nothing was restored.").format(mode=mode))
            conn.execute("PRAGMA synchronous = full")
            trail = AuditTrail(_PlainConnection(conn), derive_audit_key(data_key))
            if not actor:  # the name recorded in the restored register (identity.USER_NAME), never the login
                row = conn.execute("SELECT value FROM meta WHERE key = ?", (USER_NAME,)).fetchone()
                actor = (row[0] if row else "").strip() or default_actor()
            conn.execute("BEGIN IMMEDIATE")
            trail.append(actor, "restore", "register", "restore", None, entry)
            head = trail.head()
            conn.execute("COMMIT")
        finally:
            conn.close()  # the last close checkpoints and removes the -wal and -shm
    except sqlcipher.Error as exc:
        raise translate_error(exc, t("storage", "the restore"), db_file.parent) from None
    return head


def _drop_staged(staged_db: Path, staged_keys: Path) -> None:
    # The database first: a staged database left alone means "swap in progress" to
    # finish_interrupted_restore, so it must never outlive its staged key file.
    if staged_db.exists():  # only once the copy was complete, from the last step before the commit point
        staged_db.unlink()
    staged_keys.unlink(missing_ok=True)


def relevant_anchors(reg: Register, folder: Path) -> list[Anchor]:
    """The anchors this register's current history must match.

    Without a restore, that is every backup's anchor. A restore replaces the history with
    a backup's, so backups made before the latest restore may belong to an abandoned line
    (including when a restore is itself undone); they are replaced by the anchors that
    each restore entry recorded for the copy it put in place.
    """
    try:
        restores = list(reg.audit.entries(entity="register", record="restore"))
    except (peewee.PeeweeException, sqlcipher.Error):
        # A damaged page under the log: the chain check that follows reports it; the
        # anchors must not turn that report into a crash.
        restores = []
    anchors = [Anchor(int(e.after["restored_count"]), str(e.after["restored_head"]),
                      t("storage", "the restore of {time}").format(time=shown_moment(e.at)))
               for e in restores if isinstance(e.after, dict) and "restored_head" in e.after]
    since = dt.datetime.fromisoformat(restores[-1].at.replace("Z", "+00:00")) if restores else None
    for info in list_backups(folder, reg.register_id):
        if since is None or dt.datetime.fromisoformat(info.created_at) > since:
            anchors.append(info.anchor)
    return anchors
