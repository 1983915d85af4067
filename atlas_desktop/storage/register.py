"""Creates, opens and closes a local register: the facade that composes the modules built on the file.

``Register`` is the ground floor (``unlocked.UnlockedRegister``: the file, its keys, connection,
settings, transactions and close) plus what opening and creating need from the floors above it:

* creating records the person (``identity``), the organisation (``records``) and the signing certificate
  (``certificate``);
* opening finishes an interrupted restore, repairs or names damage to the key file (``key_restore``),
  backs up before a schema upgrade (``backups``) and records the upgrade (``integrity``), explains a
  damaged file with the backup that gets it back (``damage``), and compares the audit trail with the one
  this computer saw last (``seen_heads``), as closing remembers it.

Those modules build on the ground floor (or its protocol, ``register_protocol.OpenRegister``) and never
import this one, so the wiring lives only here. They are imported on first use, so importing the register
(the CLI's and the app's start) stays light. The names other layers import from here are kept.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import peewee
from sqlcipher3 import dbapi2 as sqlcipher

from .. import __version__
from ..core.errors import (
    AtlasError,
    DiskFull,
    IntegrityProblem,
    MigrationFailed,
    ReadOnlyRegister,
    RegisterDamaged,
    RegisterExists,
    SchemaTooNew,
    StorageError,
)
from ..core.i18n import t
from ..core.passphrase import require_strong
from . import migrations, search
from .atomic import durable_rename
from .connection import (
    PRAGMAS,
    check_header,
    is_damage,
    is_io_error,
    probe_key,
    translate_error,
)
from .identity import UNNAMED, USER_NAME, default_actor
from .keyring_store import SecureKeyring
from .keys import KdfParams, KeyFile, new_data_key
from .register_files import (
    SIDE_SUFFIXES,
    finish_interrupted_restore,
    keys_path,
    register_files,
    remove_side_files,
    remove_with_side_files,
    staged_restore_paths,
)
from .unlocked import UnlockedRegister, wipe

# The facade, and the names the other layers (and tests, benchmarks) have long imported from here.
__all__ = ["PRAGMAS", "SIDE_SUFFIXES", "UNNAMED", "USER_NAME", "Register", "default_actor", "keys_path",
           "register_files", "remove_side_files", "staged_restore_paths", "wipe"]


class Register(UnlockedRegister):
    """An unlocked register, opened or created with everything the floors above the file add."""

    # -- creating ------------------------------------------------------------------------------
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
            raise RegisterExists(t("storage", "A file already exists at {path}; choose another name or folder.")
                                 .format(path=path))
        if keys_path(path).exists():
            # Possibly the only key to a register whose database was moved: never overwrite it.
            raise RegisterExists(t("storage", "A key file {name} is already there (its register may have been "
                                              "moved); choose another name, or move that key file away first.")
                                 .format(name=keys_path(path).name))
        if not path.parent.is_dir():
            raise StorageError(t("storage", "The folder {folder} does not exist.").format(folder=path.parent))
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
                    raise translate_error(exc, t("storage", "creating the register"), path.parent) from None
                reg = cls(staging, keys, data_key, db, actor or default_actor())
                reg._first_contents(org_name.strip(), actor, user, organisation)
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

    def _first_contents(self, org_name: str, actor: str | None, user: tuple[str, str] | None,
                        organisation: Mapping[str, Any] | None) -> None:
        """What a new register holds from the start, in one transaction: its id, the person creating it,
        the organisation record (made by the schema; it carries the name in the registers) and the
        reports' signing certificate."""
        from .certificate import create_certificate
        from .identity import record_user
        from .records import Records

        with self.transaction(t("storage", "creating the register")):
            for key, value in (("register_id", self.keys.register_id), ("created_with", __version__)):
                self.db.execute_sql("INSERT INTO meta (key, value) VALUES (?, ?)", (key, value))
            if user is not None:
                record_user(self, *user)
                self.actor = actor or self.actor  # an actor given for this session still names it
            self.set_meta("org_name", org_name)
            Records(self).save_organisation({**(organisation or {}), "name": org_name})
            create_certificate(self, org_name)

    # -- opening -------------------------------------------------------------------------------
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
                reg.tail_warning = t("storage", "The audit trail's last entry is damaged; run 'atlas doctor'.")
            from .seen_heads import note_head
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
            error = translate_error(exc, t("storage", "opening the register"), path.parent)
            if not isinstance(error, DiskFull) and not is_io_error(exc):  # a file we cannot make sense of
                error = IntegrityProblem(t("storage", "The register {name} cannot be opened safely: its contents are "
                                                      "not what Atlas Desktop wrote. Restore your latest backup with "
                                                      "'atlas restore --from FILE'.").format(name=path.name))
            raise error from None
        except BaseException:
            db.close()
            raise
        return reg

    def _check_key_file(self) -> None:
        """Upgrade or repair the key file now that the data key is known; ``key_warning`` names what is still
        damaged and what to do ("" when nothing is). See key_restore.check_key_file."""
        from .key_restore import check_key_file
        self.key_warning = check_key_file(self)

    def _refuse_upgrade(self, migration_list: Sequence[ModuleType]) -> None:
        current, newest = migrations.read_version(self.db), len(migration_list)
        if current > newest:
            raise _too_new(current, newest)
        if current < newest:
            raise ReadOnlyRegister(t("storage", "This register must be upgraded before this version of Atlas Desktop "
                                                "can read it, and it was opened read-only. Open it normally (with some "
                                                "free disk space) to upgrade it."))

    def _upgrade(self, migration_list: Sequence[ModuleType], backup_dir: Path | None) -> None:
        current = migrations.read_version(self.db)
        newest = len(migration_list)
        if current > newest:
            raise _too_new(current, newest)
        if current == newest:
            return
        from .backups import make_backup
        try:
            made = make_backup(self, backup_dir=backup_dir, reason=f"before-schema-{newest}")
        except AtlasError as exc:
            raise MigrationFailed(t("storage", "The register was not upgraded because the backup before the upgrade "
                                               "failed: {reason}").format(reason=exc)) from None
        from .integrity import record_upgrade, upgraded_at
        since = upgraded_at(self.db)
        try:
            migrations.apply(self.db, current, migration_list)
        except Exception as exc:  # noqa: BLE001 - any failure must leave the register as it was
            raise MigrationFailed(t("storage", "Upgrading the register from schema {schema} failed ({error}). It was "
                                               "left at the last complete version; a backup was made first: {backup}")
                                  .format(schema=current, error=exc, backup=made)) from None
        record_upgrade(self, current, newest, since)

    # -- closing -------------------------------------------------------------------------------
    def _before_close(self) -> None:
        # Remember the head this session ends with, so the next open sees entries removed since.
        from .seen_heads import note_head
        with contextlib.suppress(peewee.PeeweeException, sqlcipher.Error, OSError):
            note_head(self)


def _too_new(current: int, newest: int) -> SchemaTooNew:
    return SchemaTooNew(t("storage", "This register was made by a newer version of Atlas Desktop (schema {schema}; "
                                     "this version reads up to {newest}). Please update Atlas Desktop.").format(
        schema=current, newest=newest))


def _damage_explained(path: Path, data_key: bytes, register_id: str, backup_dir: Path | None) -> RegisterDamaged:
    from .damage import explain

    return explain(path, data_key, register_id, backup_dir)
