"""Verified, encrypted, single-file backups of a register, their rotation, and restore.

A backup (``*.atlasbak``) is a zip holding ``manifest.json`` (register id, time, schema,
audit anchor, member hashes: no personal data), the encrypted database copy and the key
file, so a backup and a restore always carry the two together. The copy is made with
``sqlcipher_export`` into a database keyed with the same raw data key (never ``KEY ''``,
which would write plaintext), and a backup only gets its final name once it has been
reopened and has passed both integrity checks and the audit-chain check: until then it and
its copies are hidden 0600 staging files (storage/staging.py) that nothing counts as a backup
and that the next backup sweeps away if the process was killed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import shutil
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sqlcipher3 import dbapi2 as sqlcipher

from .. import __version__
from ..core.errors import BackupInvalid, StorageError, WrongKey
from ..core.i18n import t
from .atomic import fsync_dir
from .audit import GENESIS, Anchor, AuditTrail, derive_audit_key, shown_moment
from .connection import (
    SQLITE_HEADER,
    connect_readonly,
    integrity_problems,
    quiet_sqlcipher,
    raw_key,
    translate_error,
)
from .keys import KeyFile
from .register_files import register_files
from .settings import Settings
from .staging import final_name, is_staging, staging, sweep_stale_staging
from .unlocked import UnlockedRegister

SUFFIX = ".atlasbak"
FORMAT = "atlas-backup"
MANIFEST = "manifest.json"
DB_MEMBER = "register.atlas"
KEYS_MEMBER = "register.atlas.keys"
_CHUNK = 1 << 20
# Everything zipfile raises for a damaged archive: a flipped byte can give a bad CRC (BadZipFile), a cut-off
# stream (EOFError, zlib.error), an unknown compression method (NotImplementedError) or an "encrypted" flag
# (RuntimeError). Each is damage to say plainly, never an unexpected error.
ZIP_DAMAGE: tuple[type[BaseException], ...] = (zipfile.BadZipFile, EOFError, zlib.error, NotImplementedError,
                                               RuntimeError)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    register_id: str
    created_at: str
    kind: str
    schema_version: int
    anchor: Anchor


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _sha256(handle: IO[bytes]) -> str:
    digest = hashlib.sha256()
    for block in iter(lambda: handle.read(_CHUNK), b""):
        digest.update(block)
    return digest.hexdigest()


def _sha256_file(path: Path) -> str:
    with open(path, "rb") as handle:
        return _sha256(handle)


def _export_copy(reg: UnlockedRegister, dest: Path) -> Anchor:
    """Write an encrypted copy of the register into the empty file ``dest``; return the audit head it holds.

    The copy is made by a connection of its own, opened on ``dest`` and keyed with the register's
    raw data key (never ``KEY ''``, which would write plaintext), that attaches the register
    read-only and exports it into itself. Exporting from the register's own connection instead
    fails on a register opened read-only (an attached database inherits the read-only open, and
    ``query_only`` refuses every write), which is when a user rescuing data from a full disk needs
    a backup most.
    """
    source = str(reg.db.database)
    if not source.startswith("file:"):
        source = f"{reg.path.resolve().as_uri()}?mode=ro"
    key = raw_key(reg.data_key)
    quoted = key.replace("'", "''")  # x'…' inside an SQL string literal
    quiet_sqlcipher()
    try:
        conn = sqlcipher.connect(str(dest), uri=True, isolation_level=None)
        try:
            conn.execute(f'PRAGMA key = "{key}"')
            conn.execute(f"ATTACH DATABASE ? AS atlas_register KEY '{quoted}'", (source,))
            # One read transaction, so the anchor is exactly the state that was copied.
            conn.execute("BEGIN")
            row = conn.execute("SELECT seq, mac FROM atlas_register.audit_entry ORDER BY seq DESC LIMIT 1").fetchone()
            conn.execute("SELECT sqlcipher_export('main', 'atlas_register')")
            conn.execute("COMMIT")
            conn.execute("DETACH DATABASE atlas_register")
        finally:
            conn.close()
    except sqlcipher.Error as exc:
        raise translate_error(exc, t("storage", "the backup"), dest.parent) from None
    with open(dest, "rb") as handle:
        if handle.read(16) == SQLITE_HEADER:  # never let a plaintext copy survive
            dest.unlink()
            raise StorageError(t("storage", "The backup copy came out unencrypted and was deleted; nothing was "
                                            "written."))
    return Anchor(int(row[0]), str(row[1]), "register") if row else Anchor(0, GENESIS.hex(), "register")


def _member_hashes(zf: zipfile.ZipFile) -> dict[str, str]:
    hashes = {}
    for name in (DB_MEMBER, KEYS_MEMBER):
        with zf.open(name) as member:
            hashes[name] = _sha256(member)
    return hashes


def read_info(path: Path) -> tuple[BackupInfo, dict[str, Any]]:
    """The manifest of a backup; ``BackupInvalid`` with a plain reason if it is not one."""
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as zf:
            manifest = json.loads(zf.read(MANIFEST))
            names = set(zf.namelist())
    except FileNotFoundError:
        raise BackupInvalid(t("storage", "There is no backup at {path}.").format(path=path)) from None
    except (*ZIP_DAMAGE, KeyError, ValueError, OSError):
        raise BackupInvalid(t("storage", "{name} is not an Atlas backup, or it is damaged or incomplete.").format(
            name=path.name)) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT or not {DB_MEMBER, KEYS_MEMBER} <= names:
        raise BackupInvalid(t("storage", "{name} is not an Atlas backup.").format(name=path.name))
    try:
        created_at = str(manifest["created_at"])
        dt.datetime.fromisoformat(created_at)
        audit = manifest["audit"]
        # Named in the audit check's sentences ("… but {source} recorded …"): said in the user's language.
        label = t("storage", "the backup of {time} ({name})").format(time=shown_moment(created_at), name=path.name)
        info = BackupInfo(path, str(manifest["register_id"]), created_at, str(manifest.get("kind", "backup")),
                          int(manifest.get("schema_version", 0)),
                          Anchor(int(audit["count"]), str(audit["head"]), label))
    except (KeyError, TypeError, ValueError):
        raise BackupInvalid(t("storage", "{name} is damaged: its manifest is incomplete.").format(
            name=path.name)) from None
    return info, manifest


class _PlainConnection:
    """Lets AuditTrail (which calls ``execute_sql``, as peewee does) read a bare sqlcipher connection."""

    def __init__(self, conn: sqlcipher.Connection) -> None:
        self.conn = conn

    def execute_sql(self, sql: str, params: Any = ()) -> Any:
        return self.conn.execute(sql, params)


def _check_copy(db_file: Path, data_key: bytes, anchor: Anchor) -> None:
    """Open an extracted copy read-only; run both integrity checks and the chain check."""
    try:
        conn = connect_readonly(db_file, data_key)
    except sqlcipher.Error as exc:
        raise BackupInvalid(t("storage", "The database in the backup cannot be opened ({error}).").format(
            error=exc)) from None
    try:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError:
            raise BackupInvalid(t("storage", "The database in the backup does not match its key file.")) from None
        problems = integrity_problems(conn)
        if problems:
            raise BackupInvalid(t("storage", "The database in the backup failed its integrity check: {problem}").format(
                problem=problems[0]))
        try:
            verdict = AuditTrail(_PlainConnection(conn), derive_audit_key(data_key)).verify([anchor])
        except sqlcipher.Error as exc:
            raise BackupInvalid(t("storage", "The audit trail in the backup cannot be read ({error}).").format(
                error=exc)) from None
        if not verdict.ok:
            raise BackupInvalid(t("storage", "The audit trail in the backup is broken: {problem}").format(
                problem=verdict.problem))
    finally:
        conn.close()


def verify_backup(path: Path, data_key: bytes | None = None, *, passphrase: str | None = None,
                  recovery_key: str | None = None, scratch: Path | None = None) -> BackupInfo:
    """Check a backup end to end: member hashes, key file, integrity, audit chain vs its anchor.

    The database is checked as a file, so it is copied out first: into ``scratch`` (by default the
    backup's own folder, which may be read-only media when restoring: a restore passes its own)."""
    info, manifest = read_info(path)
    name = final_name(Path(path).name)  # a new backup is checked under its staging name
    with zipfile.ZipFile(path) as zf:
        try:
            actual = _member_hashes(zf)
        except (*ZIP_DAMAGE, OSError) as exc:
            raise BackupInvalid(t("storage", "{name} is damaged ({error}).").format(name=name, error=exc)) from None
        files = manifest.get("files")  # a hand-made manifest may hold anything here: odd types do not match
        expected = ({member: meta.get("sha256") if isinstance(meta, dict) else None for member, meta in files.items()}
                    if isinstance(files, dict) else None)
        if actual != expected:
            raise BackupInvalid(t("storage", "{name} is damaged: its contents do not match its manifest.").format(
                name=name))
        keys = KeyFile.from_bytes(zf.read(KEYS_MEMBER), name)
        if keys.register_id != info.register_id:
            raise BackupInvalid(t("storage", "{name} is inconsistent: its key file names another register.").format(
                name=name))
        if data_key is None:
            data_key = unlock_backup_keys(keys, passphrase, recovery_key)
        folder = Path(scratch) if scratch is not None else Path(path).parent
        with staging(folder) as stage:
            try:
                copy = stage.new_file(f"{name}.check")
                with open(copy, "wb") as out, zf.open(DB_MEMBER) as member:
                    shutil.copyfileobj(member, out, _CHUNK)
            except ZIP_DAMAGE as exc:
                raise BackupInvalid(t("storage", "{name} is damaged ({error}).").format(name=name, error=exc)) from None
            except OSError as exc:
                doing = t("storage", "checking the backup {name}").format(name=name)
                raise translate_error(exc, doing, folder) from None
            _check_copy(copy, data_key, info.anchor)
    return info


def unlock_backup_keys(keys: KeyFile, passphrase: str | None, recovery_key: str | None) -> bytes:
    try:
        if recovery_key:
            return keys.unlock_with_recovery_key(recovery_key)
        if passphrase:
            return keys.unlock_with_passphrase(passphrase)
    except WrongKey as exc:
        raise WrongKey(t("storage", "{reason} A backup opens with the passphrase or recovery key that was in force "
                                    "when it was made.").format(reason=exc)) from None
    raise WrongKey(t("storage", "A passphrase or recovery key is needed to open this backup."))


def _backup_name(reg: UnlockedRegister, reason: str) -> str:
    stamp = _now().strftime("%Y%m%d-%H%M%S-%fZ")
    suffix = f"-{reason}" if reason and reason != "manual" else ""
    return f"{reg.path.stem}-{stamp}{suffix}{SUFFIX}"


def make_backup(reg: UnlockedRegister, out: Path | None = None, *, backup_dir: Path | None = None,
                reason: str = "manual", keep: int | None = None, kind: str = "backup") -> Path:
    """Write a verified backup to ``out``, or into the backup folder with rotation."""
    if out is None:
        if backup_dir is None or keep is None:  # the settings file is read only when needed
            settings = Settings.load()
            backup_dir = backup_dir or settings.backup_path
            keep = settings.backup_keep if keep is None else keep
        folder = Path(backup_dir)
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            doing = t("storage", "creating the backup folder {folder}").format(folder=folder)
            raise translate_error(exc, doing) from None
        target = folder / _backup_name(reg, reason)
    else:
        target = Path(out)
        if not target.parent.is_dir():
            raise StorageError(t("storage", "The folder {folder} does not exist.").format(folder=target.parent))
        if target.exists() and any(target.samefile(f) for f in register_files(reg.path)):
            raise StorageError(t("storage", "{name} is one of the register's own files; choose another name for the "
                                            "backup.").format(name=target.name))
    sweep_stale_staging(target.parent)  # what a killed backup left here
    if not reg.read_only:  # a register opened read-only gets nothing written beside it
        sweep_stale_staging(reg.path.parent)
    with staging(target.parent) as stage:
        try:
            # The copy and the zip are made and checked under staging names; the backup gets its
            # final name (and so counts as a backup) only once it has verified.
            db_copy = stage.new_file(f"{target.name}.db")
            partial = stage.new_file(target.name)
            anchor = _export_copy(reg, db_copy)
            keys = reg.keys.to_bytes()
            manifest = {
                "format": FORMAT, "version": 1, "kind": kind, "reason": reason,
                "register_id": reg.register_id, "created_at": _now().isoformat(),
                "app_version": __version__, "schema_version": reg.schema_version,
                "audit": {"count": anchor.count, "head": anchor.head},
                "files": {DB_MEMBER: {"sha256": _sha256_file(db_copy), "size": db_copy.stat().st_size},
                          KEYS_MEMBER: {"sha256": hashlib.sha256(keys).hexdigest()}},
            }
            with open(partial, "wb") as handle:
                with zipfile.ZipFile(handle, "w", zipfile.ZIP_STORED) as zf:
                    zf.writestr(MANIFEST, json.dumps(manifest, indent=2, sort_keys=True))
                    zf.write(db_copy, DB_MEMBER)  # already encrypted: compressing would gain nothing
                    zf.writestr(KEYS_MEMBER, keys)
                handle.flush()
                os.fsync(handle.fileno())
            stage.discard(db_copy)  # its space is needed more by the check that follows
        except OSError as exc:
            raise translate_error(exc, t("storage", "the backup"), target.parent) from None
        try:
            verify_backup(partial, reg.data_key)
        except BackupInvalid as exc:
            raise BackupInvalid(t("storage", "The new backup did not pass its check, so it was deleted and the backups "
                                             "already in {folder} were left as they were ({reason}). Check that disk "
                                             "and try again.").format(folder=target.parent, reason=exc)) from None
        try:
            stage.commit(partial, target)
        except OSError as exc:
            raise translate_error(exc, t("storage", "naming the backup {name}").format(name=target.name),
                                  target.parent) from None
    if out is None and kind == "backup":
        rotate(target.parent, reg.register_id, keep or 1, target)
    return target


def list_backups(folder: Path, register_id: str) -> list[BackupInfo]:
    """This register's backups in ``folder``, oldest first (unreadable files are skipped)."""
    found = []
    for path in sorted(Path(folder).glob(f"*{SUFFIX}")) if Path(folder).is_dir() else []:
        if is_staging(path.name):  # never a backup, whatever it holds
            continue
        with contextlib.suppress(BackupInvalid):
            info, _ = read_info(path)
            if info.register_id == register_id:
                found.append(info)
    return sorted(found, key=lambda i: (i.created_at, i.path.name))


def rotate(folder: Path, register_id: str, keep: int, newest: Path) -> list[Path]:
    """Keep the last ``keep`` backups. The one just verified (``newest``) is never removed."""
    keep = max(1, keep)
    rotating = [i for i in list_backups(folder, register_id) if i.kind == "backup"]
    if newest not in {i.path for i in rotating}:
        return []  # something is off (clock, name): deleting nothing is the safe choice
    survivors = {newest} | {i.path for i in rotating[-keep:]}
    removed = [i.path for i in rotating if i.path not in survivors]
    for path in removed:
        path.unlink(missing_ok=True)
    if removed:
        fsync_dir(Path(folder))
    return removed


def backup_due(reg: UnlockedRegister, settings: Settings, now: dt.datetime | None = None) -> bool:
    backups = [i for i in list_backups(settings.backup_path, reg.register_id) if i.kind == "backup"]
    if not backups:
        return True
    last = dt.datetime.fromisoformat(backups[-1].created_at)
    return (now or _now()) - last >= dt.timedelta(hours=settings.backup_every_hours)


def auto_backup(reg: UnlockedRegister, settings: Settings | None = None) -> Path | None:
    """Make a rotating backup if the last one is older than the configured interval."""
    settings = settings or Settings.load()
    if not backup_due(reg, settings):
        return None
    return make_backup(reg, backup_dir=settings.backup_path, reason="auto", keep=settings.backup_keep)
