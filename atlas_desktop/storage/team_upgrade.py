"""Upgrades a team register's schema (``atlas team upgrade``): a backup first, then each pending migration in its
own transaction, then an entry in the audit trail. No backup, no upgrade.

Only the schema's owner (who ran ``atlas team init``) can change the schema; they unlock the team key with the
team's recovery key (its wrap is row ``@recovery`` of ``team_key``, which the owner reads past row-level
security). The backup is ``pg_dump --format=custom`` when pg_dump is on this computer, else the app's own export
(every table as JSON lines). Either way it is streamed through AES-256-GCM, chunk by chunk, with a key derived
from the team key, into a file written atomically with mode 0600: no plaintext dump ever reaches the disk. Its
header carries the recovery-key wrap of the team key, as the server holds it, so the recovery key alone opens
the backup even when the server is gone (``read_backup``).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import secrets
import shutil
import struct
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import IO, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..core.errors import (
    AtlasError,
    BackupInvalid,
    IntegrityProblem,
    MalformedRecoveryKey,
    MigrationFailed,
    NotAllowed,
    NotARegister,
    SchemaTooNew,
    StorageError,
    WrongKey,
)
from ..core.i18n import t
from . import migrations, team_schema
from .atomic import atomic_writer
from .dialect import Target
from .integrity import SCHEMA_RECORD, upgraded_at
from .keys import KeyFile
from .team import TeamRegister, connect, connection_file

MAGIC = b"ATLASTB1"  # an Atlas team backup, format 1
SUFFIX = ".atlas-team-backup"
_CHUNK = 1 << 20
_INFO = b"atlas team backup v1"
METHODS = ("auto", "pg_dump", "export")


@dataclass(frozen=True)
class UpgradeResult:
    old_version: int
    new_version: int
    backup: Path | None  # None when there was nothing to upgrade
    backup_kind: str  # "pg_dump", "export", or "" with no backup
    applied: tuple[int, ...]


# -- the encrypted stream ----------------------------------------------------------------------------------
def _backup_key(team_key: bytes, salt: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt, _INFO).derive(team_key)


def _aad(header_digest: bytes, index: int, final: bool) -> bytes:
    # The chunk's place and whether it is the last: reordered, dropped or cut-short chunks fail to open.
    return header_digest + struct.pack(">Q", index) + (b"\x01" if final else b"\x00")


class _Sealer:
    """Writes plaintext as AES-GCM chunks; a chunk is written only once it is known whether more follow."""

    def __init__(self, handle: IO[bytes], key: bytes, header: bytes) -> None:
        self.handle, self.aead = handle, AESGCM(key)
        self.digest = hashlib.sha256(MAGIC + header).digest()
        self.buffer = bytearray()
        self.index = 0
        handle.write(MAGIC + struct.pack(">I", len(header)) + header)

    def write(self, data: bytes) -> None:
        self.buffer += data
        while len(self.buffer) > _CHUNK:  # more than a chunk held: this one is not the last
            self._emit(bytes(self.buffer[:_CHUNK]), final=False)
            del self.buffer[:_CHUNK]

    def finish(self) -> None:
        self._emit(bytes(self.buffer), final=True)
        self.buffer.clear()

    def _emit(self, plain: bytes, final: bool) -> None:
        nonce = secrets.token_bytes(12)
        sealed = self.aead.encrypt(nonce, plain, _aad(self.digest, self.index, final))
        self.handle.write(struct.pack(">I", len(sealed)) + nonce + sealed)
        self.index += 1


def _read_header(handle: IO[bytes], name: str) -> tuple[bytes, dict[str, Any]]:
    bad = BackupInvalid(t("team", "{name} is not an Atlas team backup (or its beginning is damaged).").format(
        name=name))
    if handle.read(len(MAGIC)) != MAGIC:
        raise bad
    size = handle.read(4)
    if len(size) != 4:
        raise bad
    raw = handle.read(struct.unpack(">I", size)[0])
    try:
        header = json.loads(raw)
    except ValueError:
        raise bad from None
    if not isinstance(header, dict) or header.get("format") != "atlas-team-backup":
        raise bad
    return raw, header


def backup_header(path: Path) -> dict[str, Any]:
    """What a team backup says of itself (register, schema, kind, time): nothing secret."""
    with Path(path).open("rb") as handle:
        _, header = _read_header(handle, Path(path).name)
    return {k: v for k, v in header.items() if k not in ("salt", "recovery_wrap")}


def _plain_chunks(path: Path, secret: str | bytes) -> Iterator[bytes]:
    name = Path(path).name
    damaged = BackupInvalid(t("team", "{name} is damaged or incomplete: part of it does not match its seal.").format(
        name=name))
    with Path(path).open("rb") as handle:
        raw, header = _read_header(handle, name)
        if isinstance(secret, (bytes, bytearray)):
            team_key = bytes(secret)
        else:
            wrap = KeyFile.from_bytes(base64.b64decode(header["recovery_wrap"]),
                                      subject=t("team", "the key in {name}").format(name=name))
            team_key = wrap.unlock_with_recovery_key(secret)
        aead = AESGCM(_backup_key(team_key, base64.b64decode(header["salt"])))
        digest = hashlib.sha256(MAGIC + raw).digest()
        index = 0
        size = handle.read(4)
        while size:
            if len(size) != 4:
                raise damaged
            body = handle.read(12 + struct.unpack(">I", size)[0])
            following = handle.read(4)
            try:
                yield aead.decrypt(body[:12], body[12:], _aad(digest, index, final=not following))
            except (InvalidTag, ValueError):
                if index == 0 and isinstance(secret, (bytes, bytearray)):
                    raise WrongKey(t("team", "This key does not open {name}: it is the backup of another team "
                                     "register, or it is damaged.").format(name=name)) from None
                raise damaged from None
            index += 1
            size = following
        if index == 0:
            raise damaged


def read_backup(path: Path, recovery_key_or_team_key: str | bytes) -> bytes:
    """The plaintext of a team backup (a pg_dump archive, or the export's JSON lines), checked chunk by chunk.
    Opens with the team's recovery key (text) or the team key itself (bytes)."""
    return b"".join(_plain_chunks(path, recovery_key_or_team_key))


# -- making the backup -----------------------------------------------------------------------------------------
def find_pg_dump() -> Path | None:
    """pg_dump on PATH, else the newest of the server packages' own folders (Debian, Windows installers)."""
    found = shutil.which("pg_dump")
    if found:
        return Path(found)

    def version(candidate: Path) -> tuple[int, ...]:
        try:
            return tuple(int(part) for part in candidate.parent.parent.name.split("."))
        except ValueError:
            return (0,)

    candidates = [*Path("/usr/lib/postgresql").glob("*/bin/pg_dump"),
                  *Path("C:/Program Files/PostgreSQL").glob("*/bin/pg_dump.exe")]
    return max(candidates, key=version) if candidates else None


def _pg_dump(binary: Path, target: Target, sealer: _Sealer) -> None:
    from psycopg.conninfo import make_conninfo

    params = {"host": target.host or None, "port": target.port, "user": target.user or None,
              "dbname": target.database, "sslmode": target.effective_sslmode, "connect_timeout": 10,
              "application_name": "Atlas Desktop backup"}
    conninfo = make_conninfo(**{k: v for k, v in params.items() if v is not None})
    # The password goes only to this process's environment: never its command line (ps shows that), nor a file.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env["PGPASSWORD"] = target.password
    with tempfile.TemporaryFile() as errors:
        try:
            process = subprocess.Popen([str(binary), "--format=custom", "--no-password", f"--dbname={conninfo}"],
                                       stdout=subprocess.PIPE, stderr=errors, stdin=subprocess.DEVNULL, env=env)
        except OSError as exc:
            raise StorageError(t("team", "pg_dump ({program}) could not be started: {reason}.").format(
                program=binary, reason=exc.strerror or exc)) from None
        try:
            assert process.stdout is not None
            for block in iter(lambda: process.stdout.read(_CHUNK), b""):
                sealer.write(block)
        finally:
            if process.stdout is not None:
                process.stdout.close()
            code = process.wait()
        if code != 0:
            errors.seek(0)
            said = [line.strip() for line in errors.read().decode("utf-8", "replace").splitlines() if line.strip()]
            reason = said[-1] if said else t("team", "exit {code}").format(code=code)
            raise StorageError(t("team", "pg_dump could not back up {server} ({reason}).").format(
                server=target.server, reason=reason))


def _json_value(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"$bytes": base64.b64encode(bytes(value)).decode("ascii")}
    return str(value)


def _export(db: Any, sealer: _Sealer) -> None:
    """Every table of the register, one JSON line per row (after a line naming the table and its columns)."""
    tables = [r[0] for r in db.execute_sql("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                                           "ORDER BY tablename").fetchall()]
    for table in tables:
        cursor = db.execute_sql(f'SELECT * FROM "{table}"')
        columns = [d[0] for d in cursor.description]
        sealer.write((json.dumps({"table": table, "columns": columns}) + "\n").encode("utf-8"))
        while rows := cursor.fetchmany(500):
            sealer.write("".join(json.dumps({"table": table, "row": list(row)}, default=_json_value,
                                            ensure_ascii=False) + "\n" for row in rows).encode("utf-8"))


def make_backup(reg: TeamRegister, backup_dir: Path, reason: str, method: str = "auto",
                recovery_wrap: bytes = b"") -> tuple[Path, str]:
    """Write an encrypted backup of the whole team register into ``backup_dir``; returns (file, kind)."""
    if method not in METHODS:
        raise ValueError(f"unknown backup method {method!r}")
    binary = find_pg_dump() if method in ("auto", "pg_dump") else None
    if method == "pg_dump" and binary is None:
        raise StorageError(t("team", "pg_dump is not installed on this computer."))
    kind = "pg_dump" if binary is not None else "export"
    folder = Path(backup_dir).expanduser()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise StorageError(t("team", "The backup folder {folder} cannot be made: {reason}.").format(
            folder=folder, reason=exc.strerror or exc)) from None
    now = dt.datetime.now(dt.UTC)
    salt = secrets.token_bytes(16)
    header = json.dumps({
        "format": "atlas-team-backup", "version": 1, "kind": kind, "reason": reason,
        "register_id": reg.register_id, "server": reg.target.server, "database": reg.target.database,
        "schema_version": reg.schema_version, "created_at": now.isoformat(), "salt": base64.b64encode(salt).decode(),
        "recovery_wrap": base64.b64encode(recovery_wrap).decode()}, sort_keys=True).encode("utf-8")
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in reg.target.database)
    path = folder / f"{safe}-{reason}-{now:%Y%m%dT%H%M%SZ}{SUFFIX}"
    try:
        with atomic_writer(path, mode=0o600) as handle:
            sealer = _Sealer(handle, _backup_key(reg.data_key, salt), header)
            if binary is not None:
                _pg_dump(binary, reg.target, sealer)
            else:
                _export(reg.db, sealer)
            sealer.finish()
    except OSError as exc:
        raise StorageError(t("team", "The backup could not be written to {folder}: {reason}.").format(
            folder=folder, reason=exc.strerror or exc)) from None
    for _ in _plain_chunks(path, reg.data_key):  # read back: every chunk opens, and the last is the last
        pass
    return path, kind


# -- the upgrade -------------------------------------------------------------------------------------------------
def _team_key(db: Any, recovery_key: str) -> tuple[bytes, bytes]:
    """(team key, its recovery wrap) from row ``@recovery``."""
    row = db.execute_sql(f'SELECT wrap FROM "{team_schema.KEY_TABLE}" WHERE member = ?',
                         (team_schema.RECOVERY_MEMBER,)).fetchone()
    register_id = db.execute_sql("SELECT value FROM meta WHERE key = 'register_id'").fetchone()
    if row is None or register_id is None:
        raise IntegrityProblem(t("team", "This team register holds no recovery copy of its team key, so it cannot be "
                                 "upgraded here: restore the server's backup, or ask for help."))
    wrap = bytes(row[0])
    keys = KeyFile.from_bytes(wrap, subject=t("team", "the team's recovery key entry"))
    if keys.register_id != register_id[0]:
        raise IntegrityProblem(t("team", "The team's recovery key entry belongs to another register: it was changed "
                                 "outside Atlas. Nothing was changed."))
    try:
        return keys.unlock_with_recovery_key(recovery_key), wrap
    except MalformedRecoveryKey:
        raise
    except WrongKey:
        raise WrongKey(t("team", "This recovery key does not open this team register: use the team recovery key "
                         "that 'atlas team init' showed for it. Nothing was changed.")) from None


def upgrade(target: Target, recovery_key: str, backup_dir: Path,
            migration_list: Sequence[ModuleType] = migrations.MIGRATIONS, *, method: str = "auto") -> UpgradeResult:
    """Bring the team register ``target`` names to the newest schema, signed in as the schema's owner."""
    if not target.password:
        raise WrongKey(t("team", "The schema owner's password is needed to upgrade the team register."))
    if not recovery_key.strip():
        raise WrongKey(t("team", "The team's recovery key is needed to upgrade the team register (it unlocks the key "
                         "that encrypts the backup made first)."))
    db = connect(target)
    try:
        me, owner, current = _who_and_where(db, target)
        newest = len(migration_list)
        if current > newest:
            raise SchemaTooNew(t("team", "This team register is at schema {version}, newer than this version of Atlas "
                                 "knows ({newest}): upgrade Atlas Desktop instead.").format(version=current,
                                                                                            newest=newest))
        if me != owner:
            raise NotAllowed(t("team", "Only the schema's owner ({owner}, who ran 'atlas team init') can upgrade the "
                               "team register; you signed in as {person}. Nothing was changed.").format(
                owner=owner, person=me))
        team_key, wrap = _team_key(db, recovery_key)
        reg = TeamRegister(target, db, team_key, me, connection_file(target))
        try:
            if current == newest:
                return UpgradeResult(current, current, None, "", ())
            try:
                backup, kind = make_backup(reg, backup_dir, f"before-schema-{newest}", method, wrap)
            except Exception as exc:  # noqa: BLE001 - whatever stopped the backup stops the upgrade
                from .team_errors import translate
                said = exc.message if isinstance(exc, AtlasError) else translate(
                    exc, t("team", "making the backup"), target)
                raise MigrationFailed(t("team", "The team register was not upgraded, because the backup before the "
                                        "upgrade failed: {reason}. Nothing was changed.").format(
                    reason=str(said).rstrip("."))) from None
            since = upgraded_at(db)
            try:
                reached = migrations.apply(db, current, migration_list)
            except Exception as exc:  # noqa: BLE001 - any failure leaves the schema at the last complete step
                reached = migrations.read_version(db)
                if reached > current:  # the steps that completed are marked; their rights come with the rest
                    _record(reg, owner, current, reached, since, backup, kind, regrant=False)
                raise MigrationFailed(t("team", "Upgrading the team register from schema {version} failed ({reason}). "
                                        "It was left at schema {reached}, the last complete step; the backup made "
                                        "first is {backup}.").format(version=current, reason=exc, reached=reached,
                                                                     backup=backup)) from None
            _record(reg, owner, current, reached, since, backup, kind)
            return UpgradeResult(current, reached, backup, kind, tuple(range(current + 1, reached + 1)))
        finally:
            reg.close()
    finally:
        if not db.is_closed():
            db.close()


def _who_and_where(db: Any, target: Target) -> tuple[str, str, int]:
    try:
        current = migrations.read_version(db)
        if current == 0:
            raise NotARegister(t("team", "{server} holds no team register: create one with 'atlas team "
                                 "init'.").format(server=target.server))
        me = db.execute_sql("SELECT session_user").fetchone()[0]
        owner = db.execute_sql("SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'schema_version'::regclass"
                               ).fetchone()[0]
    except AtlasError:
        raise
    except Exception as exc:  # noqa: BLE001
        from .team_errors import translate
        raise translate(exc, t("team", "reading the team register's schema"), target) from None
    return str(me), str(owner), current


def _record(reg: TeamRegister, owner: str, old: int, new: int, since: str | None, backup: Path, kind: str,
            regrant: bool = True) -> None:
    """Give the app's roles their rights on what the migrations made, and mark the upgrade in the trail (where
    ``integrity`` replays the data changes of migrations)."""
    with reg.transaction(t("team", "recording the upgrade")):
        for statement in team_schema.rights(reg.target.database, owner) if regrant else []:
            if statement.startswith("GRANT "):  # the rest (policies, triggers, functions) exist already
                reg.db.execute_sql(statement)
        reg.audit.append(reg.actor, "update", "register", SCHEMA_RECORD, {"schema": old, "since": since},
                         {"schema": new, "backup": backup.name, "backup_kind": kind})
