"""Creates, unlocks, checks and closes one encrypted register file.

A register is two files side by side: ``office.atlas`` (a SQLCipher database encrypted
with a random 256-bit data key, given to SQLCipher as a raw key) and ``office.atlas.keys``
(that data key wrapped once per way of unlocking). Nothing here reaches Qt.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import peewee
from playhouse.sqlcipher_ext import SqlCipherDatabase
from sqlcipher3 import dbapi2 as sqlcipher

from .. import __version__
from ..core.errors import (
    AtlasError,
    DiskFull,
    IntegrityProblem,
    KeyNeeded,
    MigrationFailed,
    NotARegister,
    ReadOnlyRegister,
    RegisterDamaged,
    RegisterExists,
    SchemaTooNew,
    StorageError,
)
from ..core.passphrase import require_strong
from . import migrations, search
from .atomic import durable_rename
from .audit import AuditTrail, derive_audit_key
from .connection import (
    PRAGMAS,  # noqa: F401 - the connection settings, long imported from here
    check_header,
    connect_register,
    integrity_problems,
    is_damage,
    is_io_error,
    probe_key,
    translate_error,
)
from .keyring_store import SecureKeyring
from .keys import KdfParams, KeyFile, new_data_key
from .register_files import (  # noqa: F401 - imported from here by the rest of storage
    SIDE_SUFFIXES,
    finish_interrupted_restore,
    keys_path,
    register_files,
    remove_side_files,
    remove_with_side_files,
    staged_restore_paths,
)


# Who the audit trail names when nobody gave a name: never the computer's login ("root" says nothing of
# who acted, Art. 5(2)); ``identity`` says how a name is recorded.
UNNAMED = "Unnamed user"
USER_NAME = "user_name"  # the register setting (meta row) that holds the name recorded in it


def default_actor() -> str:
    return UNNAMED


class Register:
    """An unlocked register: its database, key file and audit trail."""

    kind = "local"  # a team register (``team.TeamRegister``) says "team"

    def __init__(self, path: Path, keys: KeyFile, data_key: bytes, db: SqlCipherDatabase,
                 actor: str) -> None:
        self.path = Path(path)
        self.keys = keys
        # The keys live in mutable buffers so close() can zero them in place (bytes cannot be wiped).
        # Copies made on the way in (the unwrapped key, SQLCipher's hex key string) are short-lived
        # immutable objects Python gives no way to wipe; the register's own copies are these.
        self._key_buffer = bytearray(data_key)
        self._audit_key = bytearray(derive_audit_key(data_key))
        self.db = db
        self.actor = actor
        self.audit = AuditTrail(db, self._audit_key)  # hmac accepts a bytearray; the trail keeps this one
        self.tail_warning = ""  # set on open when the audit trail's last entry fails its check
        self.key_warning = ""  # set on a writable open: what of the key file is damaged, and the fix (key_restore)
        self.trail_memory: Any = None  # seen_heads.TrailMemory, set on open: the trail vs the one seen last
        self.read_only = False  # opened with ``read_only=True``: reading, backups and exports only

    # -- opening and creating ---------------------------------------------------------------
    @staticmethod
    def _connect(path: Path, data_key: bytes, read_only: bool = False) -> SqlCipherDatabase:
        return connect_register(Path(path), data_key, read_only)

    @classmethod
    def create(cls, path: Path, passphrase: str, org_name: str, *, kdf: KdfParams | None = None,
               actor: str | None = None, user: tuple[str, str] | None = None,
               organisation: Mapping[str, Any] | None = None) -> tuple[Register, str]:
        """Create a new register; return it, open, and the recovery key to show once.

        ``user``: the (name, role) of the person creating it, recorded in it (``identity``) and naming them in
        its first entries; ``organisation``: more of the organisation record than its name (country...)."""
        path = Path(path)
        require_strong(passphrase, [org_name])
        if path.exists():
            raise RegisterExists(f"A file already exists at {path}; choose another name or folder.")
        if keys_path(path).exists():
            # Possibly the only key to a register whose database was moved: never overwrite it.
            raise RegisterExists(f"A key file {keys_path(path).name} is already there (its register may have been "
                                 "moved); choose another name, or move that key file away first.")
        if not path.parent.is_dir():
            raise StorageError(f"The folder {path.parent} does not exist.")
        data_key = new_data_key()
        keys, recovery = KeyFile.create(data_key, passphrase, kdf)
        staging = path.with_name(f".{path.name}.creating")
        remove_with_side_files(staging)
        # SQLite gives new files the umask's mode (often 0644) and its -wal/-shm copy the main
        # file's mode, so the empty file is made 0600 first: other users never get read access.
        os.close(os.open(staging, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        reg: Register | None = None
        try:
            db = cls._connect(staging, data_key)
            try:
                try:
                    migrations.apply(db, 0)
                except (peewee.PeeweeException, sqlcipher.Error) as exc:
                    raise translate_error(exc, "creating the register", path.parent) from None
                reg = cls(staging, keys, data_key, db, actor or default_actor())
                with reg.transaction("creating the register"):
                    for key, value in (("register_id", keys.register_id), ("created_with", __version__)):
                        db.execute_sql("INSERT INTO meta (key, value) VALUES (?, ?)", (key, value))
                    if user is not None:
                        from .identity import record_user  # identity builds on Register: imported late
                        record_user(reg, *user)
                        reg.actor = actor or reg.actor  # an actor given for this session still names it
                    reg.set_meta("org_name", org_name.strip())
                    # The organisation record (made by the schema) carries the name in the registers.
                    from .records import Records  # records builds on Register: imported late
                    Records(reg).save_organisation({**(organisation or {}), "name": org_name.strip()})
                    from .certificate import create_certificate  # the reports' signing certificate
                    create_certificate(reg, org_name.strip())
            finally:
                db.close()  # the last close checkpoints and removes the -wal
                if reg is not None:
                    reg.close()  # zero the staging register's copy of the keys
            # The key file goes first: the database appearing under its name is the commit point.
            keys.save(keys_path(path))
            durable_rename(staging, path)
        except BaseException:
            remove_with_side_files(staging)
            if not path.exists():  # not committed: the new key file would block the next attempt
                keys_path(path).unlink(missing_ok=True)
            raise
        return cls.open(path, data_key=data_key, actor=actor), recovery

    @classmethod
    def open(cls, path: Path, *, passphrase: str | None = None, recovery_key: str | None = None,
             data_key: bytes | None = None, keyring: SecureKeyring | None = None,
             actor: str | None = None, backup_dir: Path | None = None,
             migration_list: Sequence[ModuleType] = migrations.MIGRATIONS, read_only: bool = False) -> Register:
        """Unlock and open ``path``. Nothing is written unless the key is right.

        ``read_only`` opens for reading, backing up and exporting only: nothing is written to the
        register's folder (no -wal/-shm growth, no upgrade, no finished restore), so a user whose
        disk is full can still copy their data elsewhere. Any change raises ``ReadOnlyRegister``.
        """
        path = Path(path)
        if not read_only:
            finish_interrupted_restore(path)
            from .staging import sweep_stale_staging  # copies a killed backup or restore left here
            sweep_stale_staging(path.parent)
        check_header(path)
        keys = KeyFile.load(keys_path(path))
        if data_key is None:
            data_key = cls._unlock(keys, passphrase, recovery_key, keyring)
        try:
            probe_key(path, data_key)
            db = cls._connect(path, data_key, read_only)
        except RegisterDamaged:
            raise _damage_explained(path, data_key, keys.register_id, backup_dir) from None
        reg = cls(path, keys, data_key, db, actor or default_actor())
        reg.read_only = read_only
        try:
            reg._check_identity()
            if not actor:  # the name recorded in the register (``identity``), when there is one
                reg.actor = (reg.meta(USER_NAME) or "").strip() or default_actor()
            if read_only:
                reg._refuse_upgrade(migration_list)
            else:
                reg._check_key_file()
                reg._upgrade(migration_list, backup_dir)
                if reg.schema_version >= search.SINCE_SCHEMA:
                    search.ensure_current(db)  # an index built with other labels is rebuilt before any search
            if not reg.audit.tail_intact():
                # Opening still works, so the user can inspect; doctor/verify say what broke.
                reg.tail_warning = "The audit trail's last entry is damaged; run 'atlas doctor'."
            from .seen_heads import note_head  # seen_heads reads Register's trail: imported late
            reg.trail_memory = note_head(reg)
        except RegisterDamaged:
            db.close()
            raise _damage_explained(path, data_key, keys.register_id, backup_dir) from None
        except AtlasError:
            db.close()
            raise
        except (peewee.PeeweeException, sqlcipher.Error) as exc:
            db.close()
            if is_damage(exc):  # a page read while opening (schema, search index, audit tail) fails its check
                raise _damage_explained(path, data_key, keys.register_id, backup_dir) from None
            error = translate_error(exc, "opening the register", path.parent)
            if not isinstance(error, DiskFull) and not is_io_error(exc):  # a file we cannot make sense of
                error = IntegrityProblem(f"The register {path.name} cannot be opened safely: its contents are not "
                                         "what Atlas Desktop wrote. Restore your latest backup with "
                                         "'atlas restore --from FILE'.")
            raise error from None
        except BaseException:
            db.close()
            raise
        return reg

    @staticmethod
    def _unlock(keys: KeyFile, passphrase: str | None, recovery_key: str | None,
                keyring: SecureKeyring | None) -> bytes:
        if recovery_key:
            return keys.unlock_with_recovery_key(recovery_key)
        if passphrase:
            return keys.unlock_with_passphrase(passphrase)
        if keyring is not None and keys.has("keyring"):
            from .remember import remembered_key
            return remembered_key(keys, keyring)  # or RememberedKeyUnreadable (a KeyNeeded) saying why not
        raise KeyNeeded("A passphrase or recovery key is needed to unlock this register.")

    def _check_identity(self) -> None:
        try:
            row = self.db.execute_sql("SELECT value FROM meta WHERE key = 'register_id'").fetchone()
        except peewee.PeeweeException:
            row = None
        if row is not None and row[0] != self.keys.register_id:
            raise NotARegister("The key file next to this register belongs to a different register.")

    def _check_key_file(self) -> None:
        """Upgrade or repair the key file now that the data key is known; ``key_warning`` names what is still
        damaged and what to do ("" when nothing is). See key_restore.check_key_file."""
        from .key_restore import check_key_file  # key_restore builds on Register: imported late
        self.key_warning = check_key_file(self)

    def _refuse_upgrade(self, migration_list: Sequence[ModuleType]) -> None:
        current, newest = migrations.read_version(self.db), len(migration_list)
        if current > newest:
            raise SchemaTooNew(f"This register was made by a newer version of Atlas Desktop (schema {current}; "
                               f"this version reads up to {newest}). Please update Atlas Desktop.")
        if current < newest:
            raise ReadOnlyRegister("This register must be upgraded before this version of Atlas Desktop can read "
                                   "it, and it was opened read-only. Open it normally (with some free disk space) "
                                   "to upgrade it.")

    def _upgrade(self, migration_list: Sequence[ModuleType], backup_dir: Path | None) -> None:
        current = migrations.read_version(self.db)
        newest = len(migration_list)
        if current > newest:
            raise SchemaTooNew(f"This register was made by a newer version of Atlas Desktop (schema {current}; "
                               f"this version reads up to {newest}). Please update Atlas Desktop.")
        if current == newest:
            return
        from .backups import make_backup  # backups needs Register; imported late to avoid a cycle
        try:
            made = make_backup(self, backup_dir=backup_dir, reason=f"before-schema-{newest}")
        except AtlasError as exc:
            raise MigrationFailed(f"The register was not upgraded because the backup before the upgrade "
                                  f"failed: {exc}") from None
        from .integrity import record_upgrade, upgraded_at  # integrity reads records: imported late
        since = upgraded_at(self.db)
        try:
            migrations.apply(self.db, current, migration_list)
        except Exception as exc:  # noqa: BLE001 - any failure must leave the register as it was
            raise MigrationFailed(f"Upgrading the register from schema {current} failed ({exc}). It was left "
                                  f"at the last complete version; a backup was made first: {made}") from None
        record_upgrade(self, current, newest, since)

    # -- working with it ----------------------------------------------------------------------
    @property
    def register_id(self) -> str:
        return self.keys.register_id

    @property
    def data_key(self) -> bytes:
        """A copy of the data key (for rewrapping and backups); empty once the register is closed."""
        return bytes(self._key_buffer) if any(self._key_buffer) else b""

    @property
    def schema_version(self) -> int:
        return migrations.read_version(self.db)

    @contextlib.contextmanager
    def transaction(self, doing: str = "the change") -> Iterator[None]:
        """All-or-nothing; a full disk becomes ``DiskFull``, and nothing of the change is kept."""
        if self.read_only:
            raise ReadOnlyRegister(f"The register is open read-only, so {doing} is not possible now. "
                                   "Close it and open it normally to make changes.")
        try:
            with self.db.atomic():
                yield
        except AtlasError:
            raise
        except (peewee.PeeweeException, sqlcipher.Error, OSError) as exc:
            raise translate_error(exc, doing, self.path.parent) from None

    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute_sql("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        """Set one register setting (e.g. the organisation name), recorded in the audit trail."""
        with self.transaction(f"saving {key}"):
            before = self.meta(key)
            self.db.execute_sql("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) "
                                "DO UPDATE SET value = excluded.value", (key, value))
            self.audit.append(self.actor, "create" if before is None else "update", "register", key,
                              None if before is None else {key: before}, {key: value})

    # The whole file is encrypted, so an attachment is stored as it is; a team register encrypts each
    # one on this computer before it reaches the server (``team.TeamRegister.seal``).
    seal_overhead = 0  # bytes ``seal`` adds

    def seal(self, data: bytes) -> bytes:
        return data

    def unseal(self, data: bytes) -> bytes:
        return data

    def seal_text(self, text: str) -> str:
        return text

    def unseal_text(self, text: str) -> str:
        return text

    def integrity_problems(self) -> list[str]:
        """Run SQLCipher's page-MAC check and SQLite's full integrity check; [] when sound."""
        return integrity_problems(self.db.connection())

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the main file (before copying the files as they are)."""
        self.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    # -- keys ---------------------------------------------------------------------------------------
    def edited_keys(self) -> KeyFile:
        """A copy of the key file to change; it replaces ours only once ``save_keys`` wrote it."""
        return KeyFile(self.keys.register_id, dict(self.keys.wraps))

    def save_keys(self, keys: KeyFile, doing: str, detail: dict[str, Any]) -> None:
        """Write ``keys`` atomically, adopt it, then record the change (never a secret) in the trail."""
        try:
            keys.save(keys_path(self.path))
        except OSError as exc:
            raise translate_error(exc, doing, self.path.parent) from None
        self.keys = keys
        with self.transaction(doing):
            self.audit.append(self.actor, "keys", "register", "keys", None, detail)

    def change_passphrase(self, new_passphrase: str, kdf: KdfParams | None = None) -> None:
        """Rewrap the data key; the data itself is not re-encrypted, so it is never at risk."""
        require_strong(new_passphrase, [self.meta("org_name") or ""])
        keys = self.edited_keys()
        keys.set_passphrase(self.data_key, new_passphrase, kdf)
        params = keys.wraps["passphrase"]["kdf"]
        self.save_keys(keys, "changing the passphrase", {"passphrase": "changed", "argon2id_time_cost": params["time_cost"],
                                                          "argon2id_memory_kib": params["memory_kib"]})

    def reissue_recovery_key(self) -> str:
        """Replace the recovery key; the old one stops working. Returns the new one, to show once."""
        keys = self.edited_keys()
        text = keys.reissue_recovery(self.data_key)
        self.save_keys(keys, "issuing a new recovery key", {"recovery_key": "reissued"})
        return text

    def close(self) -> None:
        """Close the database and zero the keys held (the GUI's lock calls this too); safe to call twice."""
        try:
            if not self.db.is_closed():
                self._note_head()
                self.db.close()
        finally:
            wipe(self._key_buffer)
            wipe(self._audit_key)

    def _note_head(self) -> None:
        # Remember the head this session ends with, so the next open sees entries removed since.
        from .seen_heads import note_head
        with contextlib.suppress(peewee.PeeweeException, sqlcipher.Error, OSError):
            note_head(self)

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _damage_explained(path: Path, data_key: bytes, register_id: str, backup_dir: Path | None) -> RegisterDamaged:
    from .damage import explain  # damage reads backups, which build on Register: imported late

    return explain(path, data_key, register_id, backup_dir)


def wipe(buffer: bytearray) -> None:
    """Overwrite ``buffer`` with zeros in place (slice assignment of the same length does not reallocate)."""
    buffer[:] = bytes(len(buffer))
