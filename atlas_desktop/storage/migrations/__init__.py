"""The ordered list of schema migrations, and the runner that applies them.

Migrations are imported here by name (not discovered on disk) so that PyInstaller
bundles every one of them. Migration N brings the schema from version N-1 to N; each
runs in its own transaction together with the bump of the schema-version row, so a
failure leaves the register exactly at the last version that completed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from types import ModuleType

from ..dialect import is_team
from . import (
    m0001_initial,
    m0002_registers,
    m0003_search,
    m0004_reviews,
    m0005_judgement,
    m0006_versions,
    m0007_lasting_ids,
)

MIGRATIONS: tuple[ModuleType, ...] = (m0001_initial, m0002_registers, m0003_search, m0004_reviews,
                                      m0005_judgement, m0006_versions, m0007_lasting_ids)
SCHEMA_VERSION = len(MIGRATIONS)


def read_version(db) -> int:
    """The register's schema version; 0 for a database with no schema yet."""
    if is_team(db):
        found = db.execute_sql("SELECT to_regclass('schema_version') IS NOT NULL").fetchone()[0]
    else:
        found = db.execute_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
                               ).fetchone() is not None
    if not found:
        return 0
    row = db.execute_sql("SELECT version FROM schema_version WHERE id = 1").fetchone()
    return int(row[0]) if row else 0


def set_version(db, version: int) -> None:
    """Record ``version`` as the schema's (inside the transaction of the step that reached it)."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4] + "Z"  # milliseconds, as SQLite's %f
    db.execute_sql("INSERT INTO schema_version (id, version, updated_at) VALUES (1, ?, ?) "
                   "ON CONFLICT(id) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at",
                   (version, stamp))


def pending(current: int, migrations: Sequence[ModuleType] = MIGRATIONS) -> list[ModuleType]:
    return [m for m in migrations if m.VERSION > current]


def apply(db, current: int, migrations: Sequence[ModuleType] = MIGRATIONS) -> int:
    """Apply every migration above ``current`` in order; return the new version."""
    for index, migration in enumerate(migrations, start=1):
        if migration.VERSION != index:
            raise RuntimeError(f"migration {migration.__name__} is out of order")
    version = current
    for migration in pending(current, migrations):
        with db.atomic():
            migration.up(db)
            set_version(db, migration.VERSION)
        version = migration.VERSION
    return version
