"""Schema 7: an id, once used, is never used again: not after a deletion, not after a reopen.

Until schema 6 every table's id was SQLite's plain rowid, which hands out max(id) + 1: deleting the
newest record freed its id for the next one, so one id in the audit trail, an export or a report could
name two different records (or attachments, or reviews) over time. This rebuilds each record table, the
attachments and the reviews with ``AUTOINCREMENT``, by the procedure SQLite documents for schema changes
ALTER TABLE cannot make (https://www.sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema
Changes"): create the new table, copy every row with its id, drop the old one, rename the new one, and
replay the old table's indexes (and triggers: none exist) exactly as stored. SQLite then keeps each
table's highest id ever handed out in ``sqlite_sequence`` and never goes below it, whatever inserts the
row (records, attachments, reviews, review items, imports), in the same transaction as the row.

Why AUTOINCREMENT and not a high-water mark of our own: SQLite itself applies it to every insert,
including one a future code path forgets to route through a helper, and moves the mark in the same
transaction as the row (a save that rolls back used no id: its audit entry rolled back too). Its cost
(one more row written per insert) is small beside the audit entry every save writes anyway.

Each table's sequence starts at the highest id ever used, not only the highest present: the audit trail
names every record and attachment ever created, deleted ones included, so a table's start is the larger
of its highest id and the highest id its audit entries name. (Review items are not audited one by one:
their start is their highest id.)

Foreign keys: the register enforces them (``PRAGMA foreign_keys = ON``), and the documented procedure turns
them off first; that cannot be done inside the migration's transaction, and need not be: no table declares
a foreign key (links are plain ids that ``Records`` checks), so the implicit delete of DROP TABLE checks
nothing, and the procedure's closing ``PRAGMA foreign_key_check`` proves it before the step commits.

The search index is untouched: its rows are keyed by record id, which the copy keeps. The rows keep every
value exactly, so the records check (``integrity``) sees no change and needs no replay of this step.

On a team register (PostgreSQL) this step does nothing but move the schema to 7: a serial column's
sequence never goes back, so a deleted record's id is never handed out again there already.

The DDL is frozen here as text: schema 6's tables (every one made by migrations 2 to 6, so the same in
every register file) with AUTOINCREMENT added to their id.
"""

from __future__ import annotations

from typing import Any

from ..dialect import is_team

VERSION = 7
DESCRIPTION = "ids that are never used again after a deletion"

# Each rebuilt table and the entity its audit entries name (None: not audited row by row).
AUDITED_AS: dict[str, str | None] = {
    "organisation": "organisation", "activity": "activity", "processor": "processor", "dpia": "dpia",
    "breach": "breach", "rights_request": "rights_request", "consent": "consent", "person": "person",
    "training": "training", "policy": "policy", "attachment": "attachment", "review": "review",
    "review_item": None,
}

COLUMNS: dict[str, str] = {
    'organisation': '"id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "name" TEXT, "address" TEXT, "email" TEXT, "phone" TEXT, "country" TEXT, "representative" TEXT, "representative_contact" TEXT, "has_dpo" INTEGER NOT NULL, "dpo_name" TEXT, "dpo_contact" TEXT, "responsible_name" TEXT, "responsible_contact" TEXT, "authority_name" TEXT, "authority_contact" TEXT, "authority_reference" TEXT, "time_zone" TEXT, "holiday_country" TEXT, "holiday_region" TEXT, "employees" INTEGER, "staff_processing" INTEGER, "public_body" INTEGER NOT NULL DEFAULT 0, "core_monitoring" INTEGER NOT NULL DEFAULT 0, "core_special_data" INTEGER NOT NULL DEFAULT 0, "row_version" INTEGER NOT NULL DEFAULT 1',
    'activity': '"id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "name" TEXT, "business_function" TEXT, "owner" TEXT, "status" TEXT, "description" TEXT, "role" TEXT, "joint_controllers" TEXT, "controllers_served" TEXT NOT NULL, "purposes" TEXT NOT NULL, "legitimate_interest" TEXT, "lia_reference" TEXT, "subject_categories" TEXT NOT NULL, "data_categories" TEXT NOT NULL, "special_categories" TEXT NOT NULL, "art9_conditions" TEXT NOT NULL, "criminal_data" INTEGER NOT NULL, "criminal_data_authority" TEXT, "source" TEXT, "recipients_internal" TEXT NOT NULL, "recipients_external" TEXT NOT NULL, "processors" TEXT NOT NULL, "transfers" TEXT NOT NULL, "retention" TEXT NOT NULL, "security_measures" TEXT NOT NULL, "security_notes" TEXT, "systems" TEXT NOT NULL, "locations" TEXT NOT NULL, "rights_available" TEXT NOT NULL, "automated_decisions" INTEGER NOT NULL, "profiling" INTEGER NOT NULL, "automated_notes" TEXT, "wp248_criteria" TEXT NOT NULL, "screening_result" TEXT, "screening_note" TEXT, "last_reviewed" TEXT, "review_every_months" INTEGER, "next_review_due" TEXT, "large_scale" INTEGER NOT NULL DEFAULT 0, "core_activity" INTEGER NOT NULL DEFAULT 0, "public_area_monitoring" INTEGER NOT NULL DEFAULT 0, "occasional" INTEGER NOT NULL DEFAULT 0, "ended_on" TEXT, "row_version" INTEGER NOT NULL DEFAULT 1',
    'processor': '"id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "name" TEXT, "service" TEXT, "contact" TEXT, "country" TEXT, "status" TEXT, "dpa_signed_on" TEXT, "dpa_reference" TEXT, "art28_clauses" TEXT NOT NULL, "transfer_mechanism" TEXT, "transfer_reference" TEXT, "last_security_review" TEXT, "review_every_months" INTEGER, "next_review_due" TEXT, "subprocessors" TEXT NOT NULL, "subprocessor_changes" TEXT NOT NULL, "row_version" INTEGER NOT NULL DEFAULT 1',
    'dpia': '"id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "title" TEXT, "activity" INTEGER, "status" TEXT, "screening" TEXT NOT NULL, "screening_result" TEXT, "description" TEXT, "necessity" TEXT, "risks" TEXT NOT NULL, "residual_risk" TEXT, "advice" TEXT, "advice_by" TEXT, "subject_views" TEXT, "outcome" TEXT, "signed_off_by" TEXT, "signed_off_on" TEXT, "last_reviewed" TEXT, "next_review" TEXT, "consultation_sent_on" TEXT, "consultation_extended" INTEGER NOT NULL, "consultation_answer_due" TEXT, "consultation_answer_on" TEXT, "consultation_answer" TEXT, "row_version" INTEGER NOT NULL DEFAULT 1',
    'breach': '"id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "title" TEXT, "status" TEXT, "occurred_from" TEXT, "occurred_to" TEXT, "discovered_at" TEXT, "aware_at" TEXT, "discovered_how" TEXT, "description" TEXT, "cause" TEXT, "cyber_incident" INTEGER NOT NULL, "impact" TEXT NOT NULL, "data_categories" TEXT NOT NULL, "special_categories_involved" INTEGER NOT NULL, "subjects_count" INTEGER, "records_count" INTEGER, "subject_categories" TEXT NOT NULL, "vulnerable_involved" INTEGER NOT NULL, "consequences" TEXT, "activities" TEXT NOT NULL, "other_processing" TEXT, "staff" TEXT NOT NULL, "risk" TEXT, "risk_reasoning" TEXT, "containment" TEXT, "measures" TEXT, "contact_point" TEXT, "notify_authority" TEXT, "notification_deadline" TEXT, "notified_at" TEXT, "authority_reference" TEXT, "delay_reason" TEXT, "followups" TEXT NOT NULL, "subjects_notified_at" TEXT, "subjects_notice_method" TEXT, "art34_exemption" TEXT, "art34_notes" TEXT, "timeline" TEXT NOT NULL, "data_context" TEXT, "context_adjustment" TEXT, "identifiability" TEXT, "confidentiality_loss" TEXT, "integrity_loss" TEXT, "availability_loss" TEXT, "malicious" INTEGER NOT NULL DEFAULT 0, "exfiltration" TEXT, "unintelligible" INTEGER NOT NULL DEFAULT 0, "backup_restored" INTEGER NOT NULL DEFAULT 0, "recipient_trusted" INTEGER NOT NULL DEFAULT 0, "critical_service" INTEGER NOT NULL DEFAULT 0, "severity_level" TEXT, "risk_assessed" TEXT, "risk_override" TEXT, "override_reason" TEXT, "public_communication_at" TEXT, "public_communication_channel" TEXT, "our_role" TEXT, "controller_name" TEXT, "controller_contact" TEXT, "controller_notice_hours" INTEGER, "controller_deadline" TEXT, "controller_told_at" TEXT, "row_version" INTEGER NOT NULL DEFAULT 1',
    'rights_request': '"id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "requester" TEXT, "contact" TEXT, "right" TEXT, "received_on" TEXT, "identity_verified_on" TEXT, "extended" INTEGER NOT NULL, "extension_notified_on" TEXT, "extension_reason" TEXT, "due_on" TEXT, "status" TEXT, "response_sent_on" TEXT, "outcome" TEXT, "refusal_reason" TEXT, "activities" TEXT NOT NULL, "notes" TEXT, "row_version" INTEGER NOT NULL DEFAULT 1',
    'consent': '"id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "subject" TEXT, "purpose" TEXT, "activity" INTEGER, "given_at" TEXT, "method" TEXT, "evidence_reference" TEXT, "information_version" TEXT, "withdrawn_at" TEXT, "online_service" INTEGER NOT NULL DEFAULT 0, "age" INTEGER, "is_child" INTEGER NOT NULL DEFAULT 0, "parental_consent_by" TEXT, "parental_check" TEXT, "row_version" INTEGER NOT NULL DEFAULT 1',
    'person': '"id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "name" TEXT, "role" TEXT, "email" TEXT, "handles_special_category" INTEGER NOT NULL, "status" TEXT, "notes" TEXT, "row_version" INTEGER NOT NULL DEFAULT 1',
    'training': '"id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "person" INTEGER, "course" TEXT, "provider" TEXT, "completed_on" TEXT, "valid_months" INTEGER, "expires_on" TEXT, "evidence_reference" TEXT, "row_version" INTEGER NOT NULL DEFAULT 1',
    'policy': '"id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "title" TEXT, "version" TEXT, "owner" TEXT, "status" TEXT, "approved_by" TEXT, "approved_on" TEXT, "last_reviewed_on" TEXT, "review_cycle_months" INTEGER, "next_review_due" TEXT, "document_reference" TEXT, "row_version" INTEGER NOT NULL DEFAULT 1',
    'attachment': '"id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "entity" TEXT NOT NULL, "record" INTEGER NOT NULL, "filename" TEXT NOT NULL, "media_type" TEXT NOT NULL, "size" INTEGER NOT NULL, "sha256" TEXT NOT NULL, "added_at" TEXT NOT NULL, "added_by" TEXT NOT NULL, "note" TEXT, "data" BLOB NOT NULL',
    'review': '"id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "title" TEXT NOT NULL, "status" TEXT NOT NULL, "started_at" TEXT NOT NULL, "started_by" TEXT NOT NULL, "period_start" TEXT NOT NULL, "period_end" TEXT NOT NULL, "audit_count" INTEGER NOT NULL, "audit_head" TEXT NOT NULL, "counts_at_start" TEXT NOT NULL, "previous" INTEGER, "closed_at" TEXT, "closed_by" TEXT, "figures" TEXT, "changes" TEXT, "pack_name" TEXT, "pack_sha256" TEXT, "pack" BLOB',
    'review_item': '"id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "review" INTEGER NOT NULL, "entity" TEXT NOT NULL, "record" INTEGER, "purpose" TEXT, "title" TEXT NOT NULL, "decision" TEXT NOT NULL, "decided_by" TEXT, "decided_at" TEXT, "note" TEXT, "state_at_start" TEXT NOT NULL, "state_at_close" TEXT',
}

_NEW = "{}__schema7"  # the new table's name until the old one is dropped
# An audit entry's record as an id: digits only, and short enough to be an integer SQLite can hold (an id
# Atlas gave out; anything longer was never one, and would exhaust the sequence).
_ID_RECORD = "record GLOB '[0-9]*' AND record NOT GLOB '*[^0-9]*' AND length(record) <= 15"


def _column_names(db: Any, table: str) -> list[str]:
    return [row[1] for row in db.execute_sql(f'PRAGMA table_info("{table}")').fetchall()]


def _rebuild(db: Any, table: str) -> None:
    """One table through the documented steps, inside the caller's transaction."""
    new = _NEW.format(table)
    kept = [sql for (sql,) in db.execute_sql(
        "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL "
        "ORDER BY type, name", (table,)).fetchall()]
    db.execute_sql(f'CREATE TABLE "{new}" ({COLUMNS[table]})')
    old_columns, new_columns = _column_names(db, table), _column_names(db, new)
    if sorted(old_columns) != sorted(new_columns):
        # Never drop a column's data: a register whose table differs from schema 6's is not rebuilt.
        odd = sorted(set(old_columns) ^ set(new_columns))
        raise RuntimeError(f"the {table} table is not as schema 6 made it (columns {', '.join(odd)})")
    names = ", ".join(f'"{c}"' for c in old_columns)
    db.execute_sql(f'INSERT INTO "{new}" ({names}) SELECT {names} FROM "{table}" ORDER BY "id"')
    db.execute_sql(f'DROP TABLE "{table}"')
    db.execute_sql(f'ALTER TABLE "{new}" RENAME TO "{table}"')
    for sql in kept:
        db.execute_sql(sql)


def highest_used(db: Any, table: str, entity: str | None) -> int:
    """The highest id ``table`` ever held: its highest present, or a higher one its audit entries name."""
    present = db.execute_sql(f'SELECT max("id") FROM "{table}"').fetchone()[0]
    named = None
    if entity is not None:
        named = db.execute_sql("SELECT max(CAST(record AS INTEGER)) FROM audit_entry WHERE entity = ? AND "
                               + _ID_RECORD, (entity,)).fetchone()[0]
    return max(int(present or 0), int(named or 0))


def up(db: Any) -> None:
    if is_team(db):
        return
    for table in AUDITED_AS:
        _rebuild(db, table)
    for table, entity in AUDITED_AS.items():
        high = highest_used(db, table, entity)
        db.execute_sql("DELETE FROM sqlite_sequence WHERE name = ?", (table,))
        if high:
            db.execute_sql("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", (table, high))
    broken = db.execute_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise RuntimeError(f"the rebuilt tables break a foreign key ({broken[0][0]})")
