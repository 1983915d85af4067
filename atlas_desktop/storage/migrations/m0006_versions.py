"""Schema 6: a version number on every record, so a save made from an outdated copy is refused.

Two people can now edit one shared register (a team register); the number each save increases lets
the second save of the same record see that it started from an older state, refuse, and say who
changed what (``Records.update``). Existing records start at version 1. The DDL is frozen here as text.
"""

VERSION = 6
DESCRIPTION = "a version number on every record, for edits made at the same time"

REGISTERS = ("organisation", "activity", "processor", "dpia", "breach", "rights_request", "consent", "person",
             "training", "policy")

STATEMENTS = tuple(f'ALTER TABLE "{table}" ADD COLUMN "row_version" INTEGER NOT NULL DEFAULT 1' for table in REGISTERS)


def up(db) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)
