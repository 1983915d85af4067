"""Opens, creates and closes a team register: the shared register on a PostgreSQL server.

A ``TeamRegister`` offers what ``Register`` offers (``db``, ``audit``, ``actor``, ``transaction``,
``meta``...), so ``Records``, the exports, reports and reviews work on it unchanged. What differs:

* each person signs in as their own PostgreSQL role, and ``actor`` is that role as the server reports it;
* the team key (a random 256-bit key) is wrapped once per person with their password (Argon2id) and kept
  in the register; it seals attachments and the signing key on this computer, so the server and its
  backups never hold them in clear, and keys the audit trail's MACs;
* record fields rely on the server's own protections (TLS on the wire, its disk encryption and backups).
"""

from __future__ import annotations

import contextlib
import hashlib
import secrets
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import peewee
import platformdirs
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .. import __version__
from ..core.errors import AtlasError, IntegrityProblem, NotARegister, SchemaTooNew, StorageError, WrongKey
from ..core.i18n import t
from . import migrations, team_schema
from .audit import AuditTrail, derive_audit_key
from .dialect import TEAM_SUFFIX, TeamDatabase, Target
from .keys import KdfParams, KeyFile, new_data_key
from .team_errors import translate
from .unlocked import UnlockedRegister, wipe

_SEALED = b"ATS1"  # sealed with the team key: format 1 (AES-256-GCM, 12-byte nonce)


def connection_file(target: Target) -> Path:
    """Where this computer keeps the ``.atlas-team`` file of a team register it opened by URL (no password)."""
    folder = Path(platformdirs.user_data_dir("atlas-desktop", appauthor=False)) / "teams"
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in f"{target.database}@{target.host}-{target.port}")
    return folder / f"{safe}-{target.user or 'me'}{TEAM_SUFFIX}"


def connect(target: Target) -> TeamDatabase:
    """A connected database, or a plain error: server unreachable, wrong password, no such database."""
    db = TeamDatabase(target.database, **target.connect_params())
    try:
        db.connect()
    except Exception as exc:  # noqa: BLE001 - psycopg raises several kinds; all are explained
        raise translate(exc, t("team", "signing in to the team register"), target) from None
    return db


class TeamRegister:
    """An open team register: its database connection, the team key and the audit trail."""

    kind = "team"

    def __init__(self, target: Target, db: TeamDatabase, team_key: bytes, actor: str, path: Path) -> None:
        self.target = target
        self.db = db
        self._key_buffer = bytearray(team_key)
        self._audit_key = bytearray(derive_audit_key(team_key))
        self._seal_key = bytearray(HKDF(hashes.SHA256(), 32, None, b"atlas team seal v1").derive(team_key))
        self.actor = actor
        self.audit = AuditTrail(db, self._audit_key)
        self.path = path
        self._register_id: str | None = None
        self.keys = None  # no key file: each person's wrap lives in the register (``team_key``)
        self.tail_warning = ""
        self.trail_memory: Any = None

    # -- opening and creating -------------------------------------------------------------------
    @classmethod
    def open(cls, target: str | Path | Target, password: str | None = None, *,
             team_file: Path | None = None) -> TeamRegister:
        """Sign in and unlock; ``target``: a URL, a ``.atlas-team`` file or a ``Target``."""
        if not isinstance(target, Target):
            if not str(target).startswith(("postgresql://", "postgres://")):
                team_file = Path(target)
            target = Target.parse(target)
        if password is not None:
            target = target.with_login(password=password)
        if not target.password:
            raise WrongKey(t("team", "Your password for the team register is needed to sign in."))
        db = connect(target)
        try:
            reg = cls._unlocked(target, db, team_file)
        except BaseException:
            db.close()
            raise
        return reg

    @classmethod
    def _unlocked(cls, target: Target, db: TeamDatabase, team_file: Path | None) -> TeamRegister:
        try:
            version = migrations.read_version(db)
            if version == 0:
                raise NotARegister(t("team", "{server} holds no team register yet: whoever manages the server "
                                     "creates one with 'atlas team init'.").format(server=target.server))
            if version > migrations.SCHEMA_VERSION:
                raise SchemaTooNew(t("team", "This team register was made by a newer version of Atlas Desktop "
                                     "(schema {version}; this version reads up to {newest}). Please update Atlas "
                                     "Desktop.").format(version=version, newest=migrations.SCHEMA_VERSION))
            if version < migrations.SCHEMA_VERSION:
                raise SchemaTooNew(t("team", "This team register is at schema {version} and this version of Atlas "
                                     "needs {newest}: whoever set it up upgrades it with 'atlas team upgrade --url "
                                     "...' (a backup is made first). Until then, use the version of Atlas the others "
                                     "use.").format(version=version, newest=migrations.SCHEMA_VERSION))
            me = db.execute_sql("SELECT session_user").fetchone()[0]
            row = db.execute_sql(f'SELECT wrap FROM "{team_schema.KEY_TABLE}" WHERE member = ?', (me,)).fetchone()
            register_id = db.execute_sql("SELECT value FROM meta WHERE key = 'register_id'").fetchone()[0]
        except AtlasError:
            raise
        except Exception as exc:  # noqa: BLE001
            raise translate(exc, t("team", "opening the team register"), target) from None
        if row is None:
            raise WrongKey(t("team", "You ({person}) are not a member of this team register: a manager adds you "
                             "with 'atlas team add-user {person} --role editor'.").format(person=me))
        keys = KeyFile.from_bytes(bytes(row[0]), subject=t("team", "your key in the team register"))
        if keys.register_id != register_id:
            raise IntegrityProblem(t("team", "Your key in the team register belongs to another register: ask a "
                                     "manager to remove you and add you again."))
        try:
            team_key = keys.unlock_with_passphrase(target.password)
        except WrongKey:
            raise WrongKey(t("team", "Your password signed you in, but it does not open your copy of the team key: "
                             "it was changed outside Atlas. Sign in with the password you had, or ask a manager to "
                             "add you again with a new one.")) from None
        path = team_file or connection_file(target)
        if team_file is None:
            with contextlib.suppress(OSError):  # a place to reopen it from (recent registers); never a password
                path.parent.mkdir(parents=True, exist_ok=True)
                target.save(path)
        reg = cls(target, db, team_key, me, path)
        if not reg.audit.tail_intact():
            reg.tail_warning = t("team", "The audit trail's last entry is damaged; run 'atlas doctor'.")
        from .seen_heads import note_head  # reads the trail, as for a local register
        reg.trail_memory = note_head(reg)
        return reg

    @classmethod
    def init(cls, target: Target, *, org_name: str, manager: str, manager_password: str,
             kdf: KdfParams | None = None) -> str:
        """Create the team register in the (empty) database ``target`` names, signed in as the person who
        will own the schema (the server's administrator, or a role with CREATEROLE that owns the database).
        Makes the three roles, the first manager and the team key; returns the team's recovery key."""
        from .team_members import password_for
        if not org_name.strip():
            raise StorageError(t("team", "The organisation's name is needed to create a team register."))
        db = connect(target)
        try:
            if migrations.read_version(db) != 0:
                raise StorageError(t("team", "{server} already holds a team register: open it instead.").format(
                    server=target.server))
            owner = db.execute_sql("SELECT session_user").fetchone()[0]
            team_key = new_data_key()
            register_id = str(uuid.uuid4())
            recovery_keys = KeyFile(register_id, {})
            recovery = recovery_keys.reissue_recovery(team_key)
            manager_keys = KeyFile(register_id, {})
            manager_keys.set_passphrase(team_key, manager_password, kdf)
            reg = cls(target, db, team_key, owner, connection_file(target))
            try:
                with reg.transaction(t("team", "creating the team register")):
                    team_schema.create_schema(db, target.database, owner)
                    for key, value in (("register_id", register_id), ("created_with", __version__),
                                       ("org_name", org_name.strip())):
                        db.execute_sql("INSERT INTO meta (key, value) VALUES (?, ?)", (key, value))
                    from .models import build_models
                    from .records import Records
                    from .migrations.m0002_registers import _local_zone
                    build_models(db)["organisation"].insert(created_at=_now(), updated_at=_now(),
                                                            time_zone=_local_zone()).execute()
                    Records(reg).save_organisation({"name": org_name.strip()})
                    from .certificate import create_certificate
                    create_certificate(reg, org_name.strip())
                    verifier = password_for(db, target, manager, manager_password)
                    db.execute_sql("SELECT atlas_add_member(?, 'manager', ?)", (manager, verifier))
                    for member, keyfile in ((manager, manager_keys), (team_schema.RECOVERY_MEMBER, recovery_keys)):
                        db.execute_sql(f'INSERT INTO "{team_schema.KEY_TABLE}" (member, wrap, added_at, added_by) '
                                       "VALUES (?, ?, ?, ?)", (member, keyfile.to_bytes(), _now(), owner))
                    reg.audit.append(owner, "create", "team", manager, None, {"member": manager, "role": "manager"})
            finally:
                reg._wipe()
        finally:
            db.close()
        return recovery

    # -- what Register offers ---------------------------------------------------------------------
    @property
    def register_id(self) -> str:
        if self._register_id is None:
            self._register_id = str(self.meta("register_id"))
        return self._register_id

    @property
    def data_key(self) -> bytes:
        return bytes(self._key_buffer) if any(self._key_buffer) else b""

    @property
    def schema_version(self) -> int:
        return migrations.read_version(self.db)

    @property
    def location(self) -> str:
        """Who is signed in where, for the status bar and messages: ``maria @ server:5432/office``."""
        return f"{self.actor} @ {self.target.server}"

    def app_role(self) -> str:
        """manager, editor or reader: the signed-in person's role in this register."""
        for app_role in team_schema.APP_ROLES:
            name = team_schema.role_name(self.target.database, app_role)
            if self.db.execute_sql("SELECT pg_has_role(session_user, ?, 'MEMBER')", (name,)).fetchone()[0]:
                return app_role
        return "reader"

    @contextlib.contextmanager
    def transaction(self, doing: str | None = None) -> Iterator[None]:
        """All-or-nothing; a refusal by the server (role, lost connection) becomes a plain error. ``doing`` names
        the change in the user's language (a noun phrase: the errors' sentences place it)."""
        doing = doing or t("team", "the change")
        try:
            with self.db.atomic():
                yield
        except AtlasError:
            raise
        except (peewee.PeeweeException, OSError) as exc:
            raise translate(exc, doing, self.target) from None
        except Exception as exc:  # noqa: BLE001 - psycopg's own errors, when peewee did not wrap them
            if type(exc).__module__.startswith("psycopg"):
                raise translate(exc, doing, self.target) from None
            raise

    # The same settings table and the same audited change as the file: one implementation for both.
    meta = UnlockedRegister.meta
    set_meta = UnlockedRegister.set_meta

    def integrity_problems(self) -> list[str]:
        """The server checks its own pages (checksums, WAL); what Atlas can check is the audit trail."""
        return []

    def checkpoint(self) -> None:
        """Nothing to fold: the server's files are its own."""

    seal_overhead = len(_SEALED) + 12 + 16  # marker, nonce, GCM tag

    def seal(self, data: bytes) -> bytes:
        """Encrypt on this computer, before the server sees it (attachments, the signing key)."""
        nonce = secrets.token_bytes(12)
        return _SEALED + nonce + AESGCM(bytes(self._seal_key)).encrypt(nonce, bytes(data), self._aad())

    def unseal(self, data: bytes) -> bytes:
        if not data.startswith(_SEALED):
            raise IntegrityProblem(t("team", "An attachment in the team register is not sealed with the team key: "
                                     "it was written outside Atlas."))
        try:
            return AESGCM(bytes(self._seal_key)).decrypt(data[4:16], data[16:], self._aad())
        except InvalidTag:
            raise IntegrityProblem(t("team", "An attachment in the team register was changed on the server (it no "
                                     "longer matches its seal).")) from None

    def seal_text(self, text: str) -> str:
        return "sealed:" + self.seal(text.encode("utf-8")).hex()

    def unseal_text(self, text: str) -> str:
        return self.unseal(bytes.fromhex(text[7:])).decode("utf-8") if text.startswith("sealed:") else text

    def _aad(self) -> bytes:
        return f"atlas-team/{self.register_id}".encode()

    def close(self) -> None:
        try:
            if not self.db.is_closed():
                with contextlib.suppress(Exception):
                    from .seen_heads import note_head
                    note_head(self)
                self.db.close()
        finally:
            self._wipe()

    def _wipe(self) -> None:
        for buffer in (self._key_buffer, self._audit_key, self._seal_key):
            wipe(buffer)

    def __enter__(self) -> TeamRegister:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _now() -> str:
    from .audit import utc_now
    return utc_now()


def fingerprint(team_key: bytes) -> str:
    return hashlib.sha256(team_key).hexdigest()[:16]
