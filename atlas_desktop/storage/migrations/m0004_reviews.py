"""Schema 4: the annual reviews and their items (``core.review``); a closed review keeps its pack.

The DDL is frozen here as text, exactly what ``models.review_models`` creates in this version.
"""

VERSION = 4
DESCRIPTION = "the annual reviews"

STATEMENTS = (
    'CREATE TABLE "review" ("id" INTEGER NOT NULL PRIMARY KEY, "title" TEXT NOT NULL, "status" TEXT NOT NULL, "started_at" TEXT NOT NULL, "started_by" TEXT NOT NULL, "period_start" TEXT NOT NULL, "period_end" TEXT NOT NULL, "audit_count" INTEGER NOT NULL, "audit_head" TEXT NOT NULL, "counts_at_start" TEXT NOT NULL, "previous" INTEGER, "closed_at" TEXT, "closed_by" TEXT, "figures" TEXT, "changes" TEXT, "pack_name" TEXT, "pack_sha256" TEXT, "pack" BLOB)',
    'CREATE INDEX "review_status" ON "review" ("status")',
    'CREATE TABLE "review_item" ("id" INTEGER NOT NULL PRIMARY KEY, "review" INTEGER NOT NULL, "entity" TEXT NOT NULL, "record" INTEGER, "purpose" TEXT, "title" TEXT NOT NULL, "decision" TEXT NOT NULL, "decided_by" TEXT, "decided_at" TEXT, "note" TEXT, "state_at_start" TEXT NOT NULL, "state_at_close" TEXT)',
    'CREATE INDEX "reviewitem_review" ON "review_item" ("review")',
)


def up(db) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)
