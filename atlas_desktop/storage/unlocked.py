"""The ground floor of a local register: one unlocked file, its keys, its connection, settings and close.

A register is two files side by side: ``office.atlas`` (a SQLCipher database encrypted with a random
256-bit data key, given to SQLCipher as a raw key) and ``office.atlas.keys`` (that data key wrapped once
per way of unlocking). ``UnlockedRegister`` holds both once the key is known, and offers what every
module built on a register needs: transactions, the ``meta`` settings, seals, the audit trail, the keys.

Records, attachments, backups, the certificate, identity, integrity, damage, the key file's repair and
the seen heads build on this; the facade ``register.Register`` opens and creates a register and wires
them in. So nothing here imports them: what opening and closing add happens in the facade (closing
calls ``_before_close``, which the facade overrides). Nothing here reaches Qt.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Self

import peewee
from playhouse.sqlcipher_ext import SqlCipherDatabase
from sqlcipher3 import dbapi2 as sqlcipher

from ..core.errors import AtlasError, KeyNeeded, NotARegister, ReadOnlyRegister
from ..core.i18n import t
from ..core.passphrase import require_strong
from . import migrations
from .audit import AuditTrail, derive_audit_key
from .connection import connect_register, integrity_problems, translate_error
from .keyring_store import SecureKeyring
from .keys import KdfParams, KeyFile
from .register_files import keys_path


class UnlockedRegister:
    """An unlocked local register: its database, key file and audit trail."""

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

    # -- unlocking ----------------------------------------------------------------------------
    @staticmethod
    def _connect(path: Path, data_key: bytes, read_only: bool = False) -> SqlCipherDatabase:
        return connect_register(Path(path), data_key, read_only)

    @staticmethod
    def _unlock(keys: KeyFile, passphrase: str | None, recovery_key: str | None,
                keyring: SecureKeyring | None) -> bytes:
        if recovery_key:
            return keys.unlock_with_recovery_key(recovery_key)
        if passphrase:
            return keys.unlock_with_passphrase(passphrase)
        if keyring is not None and keys.has("keyring"):
            # Loaded on first use: most opens never ask the keyring.
            from .remember import remembered_key
            return remembered_key(keys, keyring)  # or RememberedKeyUnreadable (a KeyNeeded) saying why not
        raise KeyNeeded(t("storage", "A passphrase or recovery key is needed to unlock this register."))

    def _check_identity(self) -> None:
        try:
            row = self.db.execute_sql("SELECT value FROM meta WHERE key = 'register_id'").fetchone()
        except peewee.PeeweeException:
            row = None
        if row is not None and row[0] != self.keys.register_id:
            raise NotARegister(t("storage", "The key file next to this register belongs to a different register."))

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
    def transaction(self, doing: str | None = None) -> Iterator[None]:
        """All-or-nothing; a full disk becomes ``DiskFull``, and nothing of the change is kept.

        ``doing`` names the change in the user's language (``t("storage", "saving the review")``), for the
        sentence that says why it failed; "the change" when not given."""
        doing = doing or t("storage", "the change")
        if self.read_only:
            raise ReadOnlyRegister(t("storage", "The register is open read-only, so {doing} is not possible now. "
                                                "Close it and open it normally to make changes.").format(doing=doing))
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
        with self.transaction(t("storage", "saving {setting}").format(setting=key)):
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
        self.save_keys(keys, t("storage", "changing the passphrase"),
                       {"passphrase": "changed", "argon2id_time_cost": params["time_cost"],
                        "argon2id_memory_kib": params["memory_kib"]})

    def reissue_recovery_key(self) -> str:
        """Replace the recovery key; the old one stops working. Returns the new one, to show once."""
        keys = self.edited_keys()
        text = keys.reissue_recovery(self.data_key)
        self.save_keys(keys, t("storage", "issuing a new recovery key"), {"recovery_key": "reissued"})
        return text

    # -- closing ------------------------------------------------------------------------------------
    def close(self) -> None:
        """Close the database and zero the keys held (the GUI's lock calls this too); safe to call twice."""
        try:
            if not self.db.is_closed():
                self._before_close()
                self.db.close()
        finally:
            wipe(self._key_buffer)
            wipe(self._audit_key)

    def _before_close(self) -> None:
        """What the last moment with the database open is for; the facade remembers the trail's head here."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def wipe(buffer: bytearray) -> None:
    """Overwrite ``buffer`` with zeros in place (slice assignment of the same length does not reallocate)."""
    buffer[:] = bytes(len(buffer))
