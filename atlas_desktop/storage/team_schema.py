"""Sets up a team register on PostgreSQL: its tables, the app's three roles, their rights, and the rules
the server itself enforces (append-only audit trail, one's own key wrap, actor = the signed-in person).

The roles are PostgreSQL roles, so the server refuses what a role may not do even to someone who goes
round the app with raw SQL. Role names carry the database's name (``<db>_manager``, ``<db>_editor``,
``<db>_reader``) because roles belong to the whole server, which may hold several team registers.
"""

from __future__ import annotations

from typing import Any

from ..core.entities import ENTITIES
from . import search
from .migrations import MIGRATIONS, apply, set_version, team_baseline
from .models import ATTACHMENT_TABLE, REVIEW_ITEM_TABLE, REVIEW_TABLE

APP_ROLES = ("manager", "editor", "reader")
KEY_TABLE = "team_key"  # the team key, wrapped once per person (and once for the recovery key)
IMPORT_TABLE = "audit_import"  # audit trails brought in by ``atlas team import``, kept as they were
RECOVERY_MEMBER = "@recovery"
MEMBER_COMMENT = "Atlas Desktop team register member"  # marks the sign-in roles Atlas created


def role_name(database: str, app_role: str) -> str:
    """The PostgreSQL group role of one app role in this team register."""
    return f"{database}_{app_role}"[:63]


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


# Functions SQLite has built in that the shared queries use (see ``dialect``): a JSON list's values, and a
# case-insensitive collation for sorting text as people read it.
HELPERS = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE COLLATION IF NOT EXISTS nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false)",
    "CREATE FUNCTION json_each(list text) RETURNS TABLE (value bigint) LANGUAGE sql IMMUTABLE AS "
    "$$ SELECT v::bigint FROM json_array_elements_text(list::json) AS v $$",
)

TEAM_TABLES = (
    f'CREATE TABLE "{KEY_TABLE}" (member TEXT PRIMARY KEY, wrap BYTEA NOT NULL, added_at TEXT NOT NULL, '
    "added_by TEXT NOT NULL)",
    f'CREATE TABLE "{IMPORT_TABLE}" (segment INTEGER NOT NULL, seq INTEGER NOT NULL, at TEXT NOT NULL, '
    "actor TEXT NOT NULL, action TEXT NOT NULL, entity TEXT NOT NULL, record TEXT NOT NULL, before TEXT, "
    "after TEXT, mac TEXT NOT NULL, PRIMARY KEY (segment, seq))",
)


def _record_tables() -> list[str]:
    tables = [e.table for e in ENTITIES]
    return tables + [search.table_name(e) for e in ENTITIES] + [ATTACHMENT_TABLE]


def rights(database: str, owner: str) -> list[str]:
    """GRANTs, row-level security, triggers and the manager's functions, for roles of ``database``."""
    mgr, ed, rd = (_ident(role_name(database, r)) for r in APP_ROLES)
    everyone = f"{mgr}, {ed}, {rd}"
    writers = f"{mgr}, {ed}"
    records = ", ".join(_ident(t) for t in _record_tables())
    manager_name = _literal(role_name(database, "manager"))
    statements = [
        f"REVOKE ALL ON DATABASE {_ident(database)} FROM PUBLIC",
        f"GRANT CONNECT, TEMPORARY ON DATABASE {_ident(database)} TO {everyone}",
        f"GRANT USAGE ON SCHEMA public TO {everyone}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {everyone}",
        f"GRANT INSERT, UPDATE, DELETE ON {records} TO {writers}",
        f"GRANT INSERT, UPDATE ON meta TO {writers}",
        f'GRANT INSERT, UPDATE ON "{REVIEW_ITEM_TABLE}" TO {ed}',  # an edit during a review marks its item
        f'GRANT INSERT, UPDATE, DELETE ON "{REVIEW_TABLE}", "{REVIEW_ITEM_TABLE}" TO {mgr}',
        f"GRANT INSERT ON audit_entry TO {writers}",
        f'GRANT INSERT ON "{IMPORT_TABLE}" TO {mgr}',
        f'GRANT UPDATE ON "{KEY_TABLE}" TO {everyone}',
        f'GRANT INSERT, DELETE ON "{KEY_TABLE}" TO {mgr}',
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {writers}",
        # Each person reads and rewraps only their own copy of the team key; a manager handles everyone's.
        f'ALTER TABLE "{KEY_TABLE}" ENABLE ROW LEVEL SECURITY',
        f'CREATE POLICY own_key ON "{KEY_TABLE}" FOR SELECT USING (member = session_user OR '
        f"pg_has_role(session_user, {manager_name}, 'MEMBER'))",
        f'CREATE POLICY rewrap_own_key ON "{KEY_TABLE}" FOR UPDATE USING (member = session_user) '
        "WITH CHECK (member = session_user)",
        f'CREATE POLICY manage_keys ON "{KEY_TABLE}" FOR ALL TO {mgr} USING (true) WITH CHECK (true)',
        # The trail names the person really signed in, never a typed name.
        "ALTER TABLE audit_entry ENABLE ROW LEVEL SECURITY",
        "CREATE POLICY read_trail ON audit_entry FOR SELECT USING (true)",
        "CREATE POLICY append_as_yourself ON audit_entry FOR INSERT WITH CHECK (actor = session_user)",
        # Append-only for everyone but the schema's owner, even with raw SQL (a trigger, as well as the
        # missing UPDATE/DELETE rights, so a later careless GRANT does not open it).
        "CREATE FUNCTION atlas_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF current_user <> (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = TG_RELID) THEN "
        "RAISE EXCEPTION 'The audit trail can only grow: its entries cannot be changed or deleted.' "
        "USING ERRCODE = 'insufficient_privilege'; END IF; "
        "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$",
        "CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry "
        "FOR EACH ROW EXECUTE FUNCTION atlas_append_only()",
        "CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry "
        "FOR EACH STATEMENT EXECUTE FUNCTION atlas_append_only()",
        f'CREATE TRIGGER audit_import_append_only BEFORE UPDATE OR DELETE ON "{IMPORT_TABLE}" '
        "FOR EACH ROW EXECUTE FUNCTION atlas_append_only()",
    ]
    statements += _member_functions(database, owner)
    return statements


def _member_functions(database: str, owner: str) -> list[str]:
    """``atlas_add_member`` and ``atlas_remove_member``: run with the owner's rights (creating login roles),
    but only for a manager of this register. The password arrives as a SCRAM verifier made on the
    manager's computer, never in clear (server logs and ``pg_stat_activity`` never see it)."""
    mgr, ed, rd = (role_name(database, r) for r in APP_ROLES)
    guard = (f"IF NOT (pg_has_role(session_user, {_literal(mgr)}, 'MEMBER') OR session_user = {_literal(owner)}) "
             "THEN RAISE EXCEPTION 'Only a manager of this register can add or remove people.' "
             "USING ERRCODE = 'insufficient_privilege'; END IF;")
    groups = f"{_literal(mgr)}, {_literal(ed)}, {_literal(rd)}"
    add = (
        "CREATE FUNCTION atlas_add_member(person text, app_role text, verifier text) RETURNS void "
        "LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$ "
        f"DECLARE chosen text; BEGIN {guard} "
        f"chosen := CASE app_role WHEN 'manager' THEN {_literal(mgr)} WHEN 'editor' THEN {_literal(ed)} "
        f"WHEN 'reader' THEN {_literal(rd)} END; "
        "IF chosen IS NULL THEN RAISE EXCEPTION 'The role must be manager, editor or reader.'; END IF; "
        "IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = person AND rolsuper) THEN "
        "RAISE EXCEPTION 'A server administrator cannot be added as a person: choose another name.'; END IF; "
        "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = person) THEN "
        "EXECUTE format('CREATE ROLE %I LOGIN', person); "
        f"EXECUTE format('COMMENT ON ROLE %I IS %L', person, {_literal(MEMBER_COMMENT)}); "
        # Roles belong to the whole server: a sign-in used elsewhere (another register, another program)
        # keeps its password (the caller proved it knows it and passes no verifier), since setting a new
        # one would lock its owner out there. Only a sign-in Atlas itself switched off may be reset.
        f"ELSIF verifier IS NOT NULL AND NOT (pg_has_role(person, {_literal(mgr)}, 'MEMBER') OR "
        f"pg_has_role(person, {_literal(ed)}, 'MEMBER') OR pg_has_role(person, {_literal(rd)}, 'MEMBER')) "
        "AND NOT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = person AND NOT r.rolcanlogin "
        f"AND shobj_description(r.oid, 'pg_authid') = {_literal(MEMBER_COMMENT)}) THEN "
        "RAISE EXCEPTION 'The name % is already used on this server (by another register or program): type "
        "that person''s current password, or choose another sign-in name.', person "
        "USING ERRCODE = 'duplicate_object'; END IF; "
        "IF verifier IS NOT NULL THEN EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', person, verifier); END IF; "
        f"EXECUTE format('REVOKE %I, %I, %I FROM %I', {_literal(mgr)}, {_literal(ed)}, {_literal(rd)}, person); "
        "EXECUTE format('GRANT %I TO %I', chosen, person); END $$")
    remove = (
        "CREATE FUNCTION atlas_remove_member(person text) RETURNS void "
        "LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$ "
        f"BEGIN {guard} "
        f"IF pg_has_role(person, {_literal(mgr)}, 'MEMBER') AND (SELECT count(*) FROM pg_auth_members m "
        f"JOIN pg_roles g ON g.oid = m.roleid WHERE g.rolname = {_literal(mgr)}) <= 1 THEN "
        "RAISE EXCEPTION 'This is the last manager: add another manager first.'; END IF; "
        f"EXECUTE format('REVOKE %I, %I, %I FROM %I', {_literal(mgr)}, {_literal(ed)}, {_literal(rd)}, person); "
        f'DELETE FROM "{KEY_TABLE}" WHERE member = person; '
        # Someone who belongs to nothing else on this server cannot sign in any more.
        "IF NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member "
        "WHERE r.rolname = person) THEN EXECUTE format('ALTER ROLE %I NOLOGIN', person); END IF; END $$")
    members = (
        "CREATE VIEW atlas_members AS SELECT r.rolname AS person, "
        f"CASE g.rolname WHEN {_literal(mgr)} THEN 'manager' WHEN {_literal(ed)} THEN 'editor' ELSE 'reader' END "
        "AS app_role, r.rolcanlogin AS can_sign_in FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member "
        f"JOIN pg_roles g ON g.oid = m.roleid WHERE g.rolname IN ({groups})")
    everyone = ", ".join(_ident(r) for r in (mgr, ed, rd))
    return [add, remove, members,
            "REVOKE ALL ON FUNCTION atlas_add_member(text, text, text), atlas_remove_member(text) FROM PUBLIC",
            f"GRANT EXECUTE ON FUNCTION atlas_add_member(text, text, text), atlas_remove_member(text) "
            f"TO {_ident(mgr)}",
            f"GRANT SELECT ON atlas_members TO {everyone}"]


def create_roles(db: Any, database: str) -> None:
    for app_role in APP_ROLES:
        name = role_name(database, app_role)
        exists = db.execute_sql("SELECT 1 FROM pg_roles WHERE rolname = ?", (name,)).fetchone()
        if not exists:
            db.execute_sql(f"CREATE ROLE {_ident(name)} NOLOGIN")


def create_schema(db: Any, database: str, owner: str) -> None:
    """The whole team schema at the current version, in the caller's transaction (``TeamRegister.init``)."""
    for statement in HELPERS:
        db.execute_sql(statement)
    for statement in team_baseline.STATEMENTS:
        db.execute_sql(statement)
    for ent in ENTITIES:
        table = search.table_name(ent)
        db.execute_sql(f'CREATE INDEX "{table}_trigrams" ON "{table}" USING gin (text gin_trgm_ops)')
    for statement in TEAM_TABLES:
        db.execute_sql(statement)
    set_version(db, team_baseline.VERSION)
    apply_later(db, team_baseline.VERSION)
    create_roles(db, database)
    for statement in rights(database, owner):
        db.execute_sql(statement)


def apply_later(db: Any, current: int) -> int:
    """The migrations after the team baseline, which are written to run on both kinds of register."""
    later = [m for m in MIGRATIONS if m.VERSION > max(current, team_baseline.VERSION)]
    if not later:
        return current
    return apply(db, max(current, team_baseline.VERSION), MIGRATIONS)
