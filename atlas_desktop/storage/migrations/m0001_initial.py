"""Schema 1: the schema-version row, register metadata and the hash-chained audit trail.

Written as plain DDL, not from the live models, so that it stays exactly what schema 1
was even after the models change.
"""

VERSION = 1
DESCRIPTION = "register metadata and audit trail"


def up(db) -> None:
    db.execute_sql(
        "CREATE TABLE schema_version ("
        " id INTEGER PRIMARY KEY CHECK (id = 1),"
        " version INTEGER NOT NULL,"
        " updated_at TEXT NOT NULL)")
    db.execute_sql(
        "CREATE TABLE meta ("
        " key TEXT PRIMARY KEY,"
        " value TEXT NOT NULL)")
    db.execute_sql(
        "CREATE TABLE audit_entry ("
        " seq INTEGER PRIMARY KEY,"
        " at TEXT NOT NULL,"
        " actor TEXT NOT NULL,"
        " action TEXT NOT NULL,"
        " entity TEXT NOT NULL,"
        " record TEXT NOT NULL,"
        " before TEXT,"
        " after TEXT,"
        " mac TEXT NOT NULL)")
    db.execute_sql("CREATE INDEX audit_entry_record ON audit_entry (entity, record)")
    db.execute_sql("CREATE INDEX audit_entry_at ON audit_entry (at)")
