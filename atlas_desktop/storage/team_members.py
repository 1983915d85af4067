"""The people of a team register: who is in it with which role, adding and removing them, and passwords.

Adding someone is a manager's act: a PostgreSQL login role made by ``atlas_add_member`` (which checks the
caller is a manager) and, in the same transaction, the team key wrapped with the new person's password.
Passwords reach the server only as SCRAM verifiers made here by libpq, never in clear.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from typing import Any

from ..core.errors import NotAllowed, UsageError
from ..core.i18n import t
from ..core.passphrase import require_strong
from . import team_schema
from .audit import utc_now
from .keys import KdfParams, KeyFile

_NAME = re.compile(r"[a-z][a-z0-9_.-]{1,40}")


@dataclass(frozen=True)
class Member:
    person: str
    app_role: str
    can_sign_in: bool
    has_key: bool | None  # None: not visible to you (only managers see everyone's key copy)


def scram_verifier(db: Any, person: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of ``password`` (what the server stores), made by libpq on this computer."""
    pgconn = db.connection().pgconn
    return pgconn.encrypt_password(password.encode("utf-8"), person.encode("utf-8"), b"scram-sha-256").decode()


def password_for(db: Any, target: Any, person: str, password: str) -> str | None:
    """The verifier to set for ``person``, or None when they already sign in to this server elsewhere.

    Roles belong to the whole server. Someone who already has a sign-in (another register on the same
    server) keeps their password: the one typed must be it, which a trial sign-in proves (the server
    checks the password before it checks the right to this database)."""
    row = db.execute_sql("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?", (person,)).fetchone()
    if row is None or not row[0] or _member_here(db, target.database, person):
        return scram_verifier(db, person, password)
    import psycopg
    try:
        psycopg.connect(**{**target.with_login(user=person, password=password).connect_params(),
                           "dbname": target.database}).close()
    except psycopg.OperationalError as exc:
        text = str(exc).lower()
        if "password authentication failed" in text:
            raise UsageError(t("team", "{person} already signs in to this server (another register, or another "
                               "program): type their current password, or choose another sign-in "
                               "name.").format(person=person)) from None
        if "permission denied for database" not in text:
            raise
    return None


def _member_here(db: Any, database: str, person: str) -> bool:
    groups = [team_schema.role_name(database, r) for r in team_schema.APP_ROLES]
    return any(db.execute_sql("SELECT pg_has_role(?, ?, 'MEMBER')", (person, g)).fetchone()[0] for g in groups)


def check_name(person: str) -> str:
    person = person.strip()
    if not _NAME.fullmatch(person):
        raise UsageError(t("team", "{name} cannot be a sign-in name: use 2 to 41 lower-case letters, digits, '.', "
                           "'-' or '_', starting with a letter (e.g. maria.pop).").format(name=repr(person)))
    return person


def members(reg: Any) -> list[Member]:
    """Everyone who belongs to the register, managers first, then by name."""
    keyed = {row[0] for row in reg.db.execute_sql(f'SELECT member FROM "{team_schema.KEY_TABLE}"').fetchall()}
    rows = reg.db.execute_sql("SELECT person, app_role, can_sign_in FROM atlas_members").fetchall()
    order = {role: i for i, role in enumerate(team_schema.APP_ROLES)}
    sees_all = reg.app_role() == "manager"  # row-level security shows others only their own key copy
    found = [Member(p, r, bool(c), p in keyed if sees_all or p == reg.actor else None) for p, r, c in rows]
    return sorted(found, key=lambda m: (order.get(m.app_role, 9), m.person))


def role_label(app_role: str) -> str:
    """An app role's name in the user's language (the key ``--role`` takes stays English)."""
    names = {"manager": t("team", "manager"), "editor": t("team", "editor"), "reader": t("team", "reader")}
    return names.get(app_role, app_role)


def _require_manager(reg: Any, adding: bool) -> None:
    role = reg.app_role()
    if role == "manager":
        return
    said = (t("team", "Only a manager can add people; you are signed in as {person} ({role}).") if adding else
            t("team", "Only a manager can remove people; you are signed in as {person} ({role})."))
    raise NotAllowed(said.format(person=reg.actor, role=role_label(role)))


def add_member(reg: Any, person: str, app_role: str, password: str, kdf: KdfParams | None = None) -> None:
    """Add ``person`` (or change their role and password) and give them their copy of the team key."""
    person = check_name(person)
    if app_role not in team_schema.APP_ROLES:
        raise UsageError(t("team", "The role must be one of {roles}, not {role}.").format(
            roles=", ".join(team_schema.APP_ROLES), role=repr(app_role)))
    _require_manager(reg, adding=True)
    require_strong(password, [person, reg.meta("org_name") or ""], password=True)
    keys = KeyFile(reg.register_id, {})
    keys.set_passphrase(reg.data_key, password, kdf)
    with reg.transaction(t("team", "adding {person}").format(person=person)):
        before = {m.person: m.app_role for m in members(reg)}.get(person)
        reg.db.execute_sql("SELECT atlas_add_member(?, ?, ?)",
                           (person, app_role, password_for(reg.db, reg.target, person, password)))
        reg.db.execute_sql(f'INSERT INTO "{team_schema.KEY_TABLE}" (member, wrap, added_at, added_by) '
                           "VALUES (?, ?, ?, ?) ON CONFLICT (member) DO UPDATE SET wrap = excluded.wrap, "
                           "added_at = excluded.added_at, added_by = excluded.added_by",
                           (person, keys.to_bytes(), utc_now(), reg.actor))
        reg.audit.append(reg.actor, "create" if before is None else "update", "team", person,
                         None if before is None else {"member": person, "role": before},
                         {"member": person, "role": app_role})


def remove_member(reg: Any, person: str) -> None:
    """Take ``person`` out: no role, no copy of the team key (they can no longer sign in to it)."""
    _require_manager(reg, adding=False)
    current = {m.person: m.app_role for m in members(reg)}
    if person not in current:
        raise UsageError(t("team", "{person} is not a member of this team register.").format(person=person))
    with reg.transaction(t("team", "removing {person}").format(person=person)):
        reg.db.execute_sql("SELECT atlas_remove_member(?)", (person,))
        reg.audit.append(reg.actor, "delete", "team", person, {"member": person, "role": current[person]}, None)


def change_password(reg: Any, new_password: str, kdf: KdfParams | None = None) -> None:
    """Change the signed-in person's server password and rewrap their copy of the team key, together."""
    require_strong(new_password, [reg.actor, reg.meta("org_name") or ""], password=True)
    keys = KeyFile(reg.register_id, {})
    keys.set_passphrase(reg.data_key, new_password, kdf)
    verifier = scram_verifier(reg.db, reg.actor, new_password)
    with reg.transaction(t("team", "changing your password")):
        reg.db.execute_sql(f"ALTER ROLE CURRENT_USER PASSWORD '{verifier}'")
        reg.db.execute_sql(f'UPDATE "{team_schema.KEY_TABLE}" SET wrap = ? WHERE member = session_user',
                           (keys.to_bytes(),))
        reg.audit.append(reg.actor, "keys", "team", reg.actor, None, {"password": "changed"})
    reg.target = reg.target.with_login(password=new_password)
    # Any later connection (a worker thread, a reconnect) signs in with the new password, not the old one.
    reg.db.connect_params["password"] = new_password


_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: it is read aloud or copied by hand


def generated_password() -> str:
    """Five groups of four: about 99 bits, easy to pass on by hand (the CLI's --generate and the app)."""
    return "-".join("".join(secrets.choice(_ALPHABET) for _ in range(4)) for _ in range(5))
