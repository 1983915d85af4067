"""A new team register's schema is exactly what the current models describe, in PostgreSQL's types.

The team baseline is frozen text (storage/migrations/team_baseline.py), like every migration; this test
fails when a model changes without a migration that brings team registers along, as the fixture test
in test_migrations.py does for local files.
"""

from __future__ import annotations

from atlas_desktop.storage import migrations, team_schema
from atlas_desktop.storage.dialect import TeamDatabase, Target
from atlas_desktop.storage.models import build_models

_COLUMNS = ("SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns "
            "WHERE table_schema = 'public' AND table_name = ANY(%s) ORDER BY 1, 2")
_INDEXES = "SELECT tablename, indexname FROM pg_indexes WHERE schemaname = 'public' AND tablename = ANY(%s) ORDER BY 1, 2"


def _describe(cluster, database: str, tables: list[str]) -> tuple[list, list]:
    with cluster.admin(database) as conn:
        return conn.execute(_COLUMNS, (tables,)).fetchall(), conn.execute(_INDEXES, (tables,)).fetchall()


def test_a_new_team_register_has_the_models_schema(team, pg_cluster):
    fresh = pg_cluster.new_database("models")
    db = TeamDatabase(fresh, **Target.from_url(pg_cluster.url(fresh)).connect_params())
    models = build_models(db)
    with db:
        db.create_tables(list(models.values()))
    tables = [m._meta.table_name for m in models.values()]
    assert _describe(pg_cluster, team.database, tables) == _describe(pg_cluster, fresh, tables)


def test_a_new_team_register_is_at_the_current_schema(team):
    with team.open() as reg:
        assert reg.schema_version == migrations.SCHEMA_VERSION


def test_roles_are_named_after_the_database_and_cannot_sign_in(team, pg_cluster):
    with pg_cluster.admin(team.database) as conn:
        for app_role in team_schema.APP_ROLES:
            row = conn.execute("SELECT rolcanlogin FROM pg_roles WHERE rolname = %s",
                               (team_schema.role_name(team.database, app_role),)).fetchone()
            assert row == (False,), app_role
        # Nobody else on the server may connect to this register's database.
        assert conn.execute("SELECT has_database_privilege('public', %s, 'CONNECT')", (team.database,)
                            ).fetchone() == (False,)
