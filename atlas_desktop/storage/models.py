"""The peewee models, generated from the entity declarations, plus the attachment table.

Models are built per open database (``build_models(db)``) rather than bound at import
time, so two registers can be open at once (a restore check beside the live register)
and nothing touches a database on import. Scalar fields are columns of their own, so the
list views sort and filter in SQL; lists and sub-records are JSON text columns.
"""

from __future__ import annotations

from typing import Any

import peewee

from ..core.entities import ENTITIES
from ..core.spec import Entity, Field, Kind
from .dialect import is_team

_TEXT_KINDS = frozenset({Kind.TEXT, Kind.NOTE, Kind.CHOICE, Kind.COUNTRY, Kind.TIMEZONE, Kind.DATE,
                         Kind.DATETIME})
ATTACHMENT_TABLE = "attachment"
REVIEW_TABLE, REVIEW_ITEM_TABLE = "review", "review_item"


class LastingId(peewee.AutoField):
    """A record's id, never handed out again once used, even after its record is deleted (schema 7): SQLite's
    AUTOINCREMENT. A team register's serial sequence already never goes back, so PostgreSQL gets it as is."""

    def ddl(self, ctx: Any) -> Any:
        node = super().ddl(ctx)
        if is_team(self.model._meta.database):
            return node
        return peewee.NodeList((node, peewee.SQL("AUTOINCREMENT")))


def column_for(field: Field) -> peewee.Field:
    """The column type of one declared field."""
    if field.is_list:
        return peewee.TextField(default="[]")
    if field.kind is Kind.BOOL:
        return peewee.BooleanField(default=False)
    if field.kind in (Kind.INT, Kind.LINK):
        return peewee.IntegerField(null=True, index=field.kind is Kind.LINK)
    if field.kind in _TEXT_KINDS:
        return peewee.TextField(null=True)
    raise ValueError(f"no column type for {field.kind}")


def _indexed(entity: Entity, field: Field) -> bool:
    # The list views filter by status and sort by title; deadlines are what the checks scan.
    return field.key in (entity.title, entity.status) or (field.computed and field.kind in (Kind.DATE,
                                                                                           Kind.DATETIME))


def model_for(entity: Entity, db: Any) -> Any:  # a class made at run time: typed as Any
    attrs: dict[str, Any] = {
        "id": LastingId(),
        "created_at": peewee.TextField(),
        "updated_at": peewee.TextField(),
        # Optimistic locking: every save adds one, and a save that read an older number is refused
        # (``Records.update(expected_version=...)``), so two people editing one record never overwrite.
        "row_version": peewee.IntegerField(default=1),
    }
    for field in entity.stored_fields:
        column = column_for(field)
        if _indexed(entity, field):
            column.index = True
        attrs[field.key] = column
    attrs["Meta"] = type("Meta", (), {"database": db, "table_name": entity.table, "legacy_table_names": False})
    return type(f"{entity.key.title().replace('_', '')}Model", (peewee.Model,), attrs)


def attachment_model(db: Any) -> Any:
    class Attachment(peewee.Model):
        id = LastingId()
        entity = peewee.TextField()
        record = peewee.IntegerField()
        filename = peewee.TextField()
        media_type = peewee.TextField()
        size = peewee.IntegerField()
        sha256 = peewee.TextField()
        added_at = peewee.TextField()
        added_by = peewee.TextField()
        note = peewee.TextField(null=True)
        data = peewee.BlobField()

        class Meta:
            database = db
            table_name = ATTACHMENT_TABLE
            indexes = ((("entity", "record"), False),)

    return Attachment


def review_models(db: Any) -> tuple[Any, Any]:
    """The annual reviews (``core.review``) and their items; a closed review keeps its pack's bytes."""

    class Review(peewee.Model):
        id = LastingId()
        title = peewee.TextField()
        status = peewee.TextField(index=True)
        started_at = peewee.TextField()
        started_by = peewee.TextField()
        period_start = peewee.TextField()
        period_end = peewee.TextField()
        audit_count = peewee.IntegerField()
        audit_head = peewee.TextField()
        counts_at_start = peewee.TextField(default="{}")
        previous = peewee.IntegerField(null=True)
        closed_at = peewee.TextField(null=True)
        closed_by = peewee.TextField(null=True)
        figures = peewee.TextField(null=True)
        changes = peewee.TextField(null=True)
        pack_name = peewee.TextField(null=True)
        pack_sha256 = peewee.TextField(null=True)
        pack = peewee.BlobField(null=True)

        class Meta:
            database = db
            table_name = REVIEW_TABLE

    class ReviewItem(peewee.Model):
        id = LastingId()
        review = peewee.IntegerField(index=True)
        entity = peewee.TextField()
        record = peewee.IntegerField(null=True)
        purpose = peewee.TextField(null=True)
        title = peewee.TextField()
        decision = peewee.TextField(default="open")
        decided_by = peewee.TextField(null=True)
        decided_at = peewee.TextField(null=True)
        note = peewee.TextField(null=True)
        state_at_start = peewee.TextField()
        state_at_close = peewee.TextField(null=True)

        class Meta:
            database = db
            table_name = REVIEW_ITEM_TABLE

    return Review, ReviewItem


def build_models(db: Any) -> dict[str, Any]:
    """One model per entity (keyed by entity key), ``"attachment"``, ``"review"`` and ``"review_item"``,
    bound to ``db``."""
    models: dict[str, Any] = {e.key: model_for(e, db) for e in ENTITIES}
    models[ATTACHMENT_TABLE] = attachment_model(db)
    models[REVIEW_TABLE], models[REVIEW_ITEM_TABLE] = review_models(db)
    return models


def create_table_sql(db: Any) -> list[str]:
    """The DDL the current models (and each register's search index) would create: used to write a
    migration, and by the test that proves the migrated schema equals the models."""
    statements = []
    for model in build_models(db).values():
        sql, params = model._schema._create_table(safe=False).query()
        assert not params
        statements.append(sql)
        for index in model._schema._create_indexes(safe=False):
            sql, params = index.query()
            statements.append(sql)
    from .search import create_sql  # search reads records the way these models store them
    statements.extend(create_sql(e) for e in ENTITIES)
    return statements
