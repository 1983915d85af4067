"""Schema 3: a search index beside each register (FTS5 trigram, rowid = record id), filled from the records.

The DDL is frozen here as text, as ``storage.search.create_sql`` gives it for the registers of
this version. The index's text is built by the same function ``Records`` keeps it with
(``core.search.search_text``), so a migrated register searches exactly as a new one.
"""

from .. import search

VERSION = 3
DESCRIPTION = "a search index for each register's text filter"

REGISTERS = ("organisation", "activity", "processor", "dpia", "breach", "rights_request", "consent", "person",
             "training", "policy")

STATEMENTS = (
    'CREATE VIRTUAL TABLE "search_organisation" USING fts5(text, tokenize = \'trigram\', content = \'\', contentless_delete = 1)',
    'CREATE VIRTUAL TABLE "search_activity" USING fts5(text, tokenize = \'trigram\', content = \'\', contentless_delete = 1)',
    'CREATE VIRTUAL TABLE "search_processor" USING fts5(text, tokenize = \'trigram\', content = \'\', contentless_delete = 1)',
    'CREATE VIRTUAL TABLE "search_dpia" USING fts5(text, tokenize = \'trigram\', content = \'\', contentless_delete = 1)',
    'CREATE VIRTUAL TABLE "search_breach" USING fts5(text, tokenize = \'trigram\', content = \'\', contentless_delete = 1)',
    'CREATE VIRTUAL TABLE "search_rights_request" USING fts5(text, tokenize = \'trigram\', content = \'\', contentless_delete = 1)',
    'CREATE VIRTUAL TABLE "search_consent" USING fts5(text, tokenize = \'trigram\', content = \'\', contentless_delete = 1)',
    'CREATE VIRTUAL TABLE "search_person" USING fts5(text, tokenize = \'trigram\', content = \'\', contentless_delete = 1)',
    'CREATE VIRTUAL TABLE "search_training" USING fts5(text, tokenize = \'trigram\', content = \'\', contentless_delete = 1)',
    'CREATE VIRTUAL TABLE "search_policy" USING fts5(text, tokenize = \'trigram\', content = \'\', contentless_delete = 1)',
)


def up(db) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)
    search.reindex(db, REGISTERS)
    search.mark_current(db)
