"""The search index of every register: one FTS5 trigram table per entity, kept with its records.

The text filter of a list view looks for a substring in any text field or choice label. Done
on the register's own table that decrypts every row; the index (``search_<table>``, rowid =
record id, one column holding ``core.search.search_text`` of the record) answers a search of
three or more characters from its trigrams in milliseconds (shorter text is looked for in
the register's rows: see ``listing.text_condition``). ``Records`` writes it in the same
transaction as the record, so it cannot drift; ``reindex`` rebuilds it (on the schema upgrade
that adds it, and whenever the searched fields or labels of this app differ from those it was
built with: see ``ensure_current``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import peewee

from ..core import codec
from ..core.entities import BY_KEY, ENTITIES
from ..core.search import fingerprint, fold, search_text, searched
from ..core.spec import Entity
from .dialect import is_team

SINCE_SCHEMA = 3  # the schema that added the index (migrations.m0003_search)
TRIGRAM = 3  # the shortest text the index can answer
FINGERPRINT_KEY = "search_fingerprint"


def table_name(ent: Entity) -> str:
    return f"search_{ent.table}"


def create_sql(ent: Entity) -> str:
    """The index of one register: contentless (the text is the records' own, kept once, in them) but
    deletable (``contentless_delete``), so a saved record's entry is simply replaced."""
    return (f'CREATE VIRTUAL TABLE "{table_name(ent)}" USING fts5(text, tokenize = \'trigram\', '
            f"content = '', contentless_delete = 1)")


def team_create_sql(ent: Entity) -> list[str]:
    """The same index on a team register (PostgreSQL): a plain table of the folded text, searched with
    LIKE, which pg_trgm's trigram index answers as FTS5's does (``team_schema`` adds that index)."""
    table = table_name(ent)
    return [f'CREATE TABLE "{table}" (rowid BIGINT PRIMARY KEY, text TEXT NOT NULL)']


def put(db: Any, ent: Entity, record_id: int, record: Mapping[str, Any]) -> None:
    """Index (or re-index) one record as it is now saved."""
    forget(db, ent, record_id)
    db.execute_sql(f'INSERT INTO "{table_name(ent)}" (rowid, text) VALUES (?, ?)',
                   (record_id, search_text(ent, record)))


def forget(db: Any, ent: Entity, record_id: int) -> None:
    db.execute_sql(f'DELETE FROM "{table_name(ent)}" WHERE rowid = ?', (record_id,))


def _stored_rows(db: Any, ent: Entity) -> Iterable[tuple[int, dict[str, Any]]]:
    """(id, record) of every row, read straight from the table: the migration runs before any
    model of a later schema would match, so only the columns that exist are decoded."""
    cursor = db.execute_sql(f'SELECT * FROM "{ent.table}"')
    names = [d[0] for d in cursor.description]
    fields = [f for f in searched(ent) if f.key in names]
    for row in cursor.fetchall():
        raw = dict(zip(names, row, strict=True))
        yield raw["id"], {f.key: codec.from_db(f, raw[f.key]) for f in fields}


def reindex(db: Any, entities: Iterable[str] | None = None) -> None:
    """Rebuild the index of some registers (all by default) from their records; call inside a transaction."""
    chosen = [BY_KEY[key] for key in entities] if entities is not None else list(ENTITIES)
    for ent in chosen:
        table = table_name(ent)
        rows = [(rid, search_text(ent, record)) for rid, record in _stored_rows(db, ent)]
        if is_team(db):
            db.execute_sql(f'DELETE FROM "{table}"')
            db.cursor().executemany(f'INSERT INTO "{table}" (rowid, text) VALUES (%s, %s)', rows)
            continue
        db.execute_sql(f'INSERT INTO "{table}" ("{table}") VALUES (\'delete-all\')')
        db.cursor().executemany(f'INSERT INTO "{table}" (rowid, text) VALUES (?, ?)', rows)


def mark_current(db: Any) -> None:
    """Record that every index was built by this app's ``search_text``."""
    db.execute_sql("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                   "value = excluded.value", (FINGERPRINT_KEY, fingerprint(ENTITIES)))


def ensure_current(db: Any) -> bool:
    """Rebuild every index if it was built by an app whose searched fields or labels differ; True if it did."""
    row = db.execute_sql("SELECT value FROM meta WHERE key = ?", (FINGERPRINT_KEY,)).fetchone()
    if row is not None and row[0] == fingerprint(ENTITIES):
        return False
    with db.atomic():
        reindex(db)
        mark_current(db)
    return True


def phrase(needle: str) -> str:
    """An FTS5 query matching ``needle`` as one string: quoted, its own double quotes doubled."""
    return '"' + needle.replace('"', '""') + '"'


def condition(ent: Entity, text: str, *, whole: bool = False, team: bool = False) -> Any | None:
    """``id IN (records whose searchable text contains text)``, or None when ``text`` (stripped) is
    shorter than a trigram: the caller then reads the register itself.

    ``whole``: "+id" keeps SQLite from seeking every match's row (see ``listing.text_condition``)."""
    needle = fold(text.strip())
    if len(needle) < TRIGRAM:
        return None
    table = table_name(ent)
    column = '+"id"' if whole else '"id"'
    if team:
        escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return peewee.SQL(f'{column} IN (SELECT rowid FROM "{table}" WHERE text LIKE ? ESCAPE \'\\\')',
                          [f"%{escaped}%"])
    return peewee.SQL(f'{column} IN (SELECT rowid FROM "{table}" WHERE "{table}" MATCH ?)', [phrase(needle)])
