"""Schema 5: the facts Atlas judges from (breach assessment, DPO and Art. 30(5), children's consent,
Art. 35(3)), and retention periods as data.

The DDL is frozen here as text. The data steps keep every register's meaning:

* a breach's risk level, picked by hand before the assessment existed, becomes the user's own
  assessment (``risk_override``) with the reason "set before the assessment existed", so no
  old breach changes its level or its duties;
* an activity's retention rows written as text ("6 years", "after employment ends") are read
  into a number, a unit and a trigger; whatever the number does not say stays as the note;
* the old "factors weighed" checklist is dropped: the factors are now worked out and shown.
"""

from __future__ import annotations

import json

from ...core.retention import parse_period, parse_trigger

VERSION = 5
DESCRIPTION = "the facts behind the legal judgements, and retention as data"

OVERRIDE_REASON = "set before the assessment existed"

STATEMENTS = (
    'ALTER TABLE "organisation" ADD COLUMN "employees" INTEGER',
    'ALTER TABLE "organisation" ADD COLUMN "staff_processing" INTEGER',
    'ALTER TABLE "organisation" ADD COLUMN "public_body" INTEGER NOT NULL DEFAULT 0',
    'ALTER TABLE "organisation" ADD COLUMN "core_monitoring" INTEGER NOT NULL DEFAULT 0',
    'ALTER TABLE "organisation" ADD COLUMN "core_special_data" INTEGER NOT NULL DEFAULT 0',
    'ALTER TABLE "activity" ADD COLUMN "large_scale" INTEGER NOT NULL DEFAULT 0',
    'ALTER TABLE "activity" ADD COLUMN "core_activity" INTEGER NOT NULL DEFAULT 0',
    'ALTER TABLE "activity" ADD COLUMN "public_area_monitoring" INTEGER NOT NULL DEFAULT 0',
    'ALTER TABLE "activity" ADD COLUMN "occasional" INTEGER NOT NULL DEFAULT 0',
    'ALTER TABLE "activity" ADD COLUMN "ended_on" TEXT',
    'ALTER TABLE "breach" ADD COLUMN "data_context" TEXT',
    'ALTER TABLE "breach" ADD COLUMN "context_adjustment" TEXT',
    'ALTER TABLE "breach" ADD COLUMN "identifiability" TEXT',
    'ALTER TABLE "breach" ADD COLUMN "confidentiality_loss" TEXT',
    'ALTER TABLE "breach" ADD COLUMN "integrity_loss" TEXT',
    'ALTER TABLE "breach" ADD COLUMN "availability_loss" TEXT',
    'ALTER TABLE "breach" ADD COLUMN "malicious" INTEGER NOT NULL DEFAULT 0',
    'ALTER TABLE "breach" ADD COLUMN "exfiltration" TEXT',
    'ALTER TABLE "breach" ADD COLUMN "unintelligible" INTEGER NOT NULL DEFAULT 0',
    'ALTER TABLE "breach" ADD COLUMN "backup_restored" INTEGER NOT NULL DEFAULT 0',
    'ALTER TABLE "breach" ADD COLUMN "recipient_trusted" INTEGER NOT NULL DEFAULT 0',
    'ALTER TABLE "breach" ADD COLUMN "critical_service" INTEGER NOT NULL DEFAULT 0',
    'ALTER TABLE "breach" ADD COLUMN "severity_level" TEXT',
    'ALTER TABLE "breach" ADD COLUMN "risk_assessed" TEXT',
    'ALTER TABLE "breach" ADD COLUMN "risk_override" TEXT',
    'ALTER TABLE "breach" ADD COLUMN "override_reason" TEXT',
    'ALTER TABLE "breach" ADD COLUMN "public_communication_at" TEXT',
    'ALTER TABLE "breach" ADD COLUMN "public_communication_channel" TEXT',
    'ALTER TABLE "breach" ADD COLUMN "our_role" TEXT',
    'ALTER TABLE "breach" ADD COLUMN "controller_name" TEXT',
    'ALTER TABLE "breach" ADD COLUMN "controller_contact" TEXT',
    'ALTER TABLE "breach" ADD COLUMN "controller_notice_hours" INTEGER',
    'ALTER TABLE "breach" ADD COLUMN "controller_deadline" TEXT',
    'ALTER TABLE "breach" ADD COLUMN "controller_told_at" TEXT',
    'CREATE INDEX "breach_controller_deadline" ON "breach" ("controller_deadline")',
    'ALTER TABLE "breach" DROP COLUMN "risk_factors"',
    'ALTER TABLE "consent" ADD COLUMN "online_service" INTEGER NOT NULL DEFAULT 0',
    'ALTER TABLE "consent" ADD COLUMN "age" INTEGER',
    'ALTER TABLE "consent" ADD COLUMN "is_child" INTEGER NOT NULL DEFAULT 0',
    'ALTER TABLE "consent" ADD COLUMN "parental_consent_by" TEXT',
    'ALTER TABLE "consent" ADD COLUMN "parental_check" TEXT',
    # Every breach so far was the office's own: the processor case is new in this version.
    "UPDATE \"breach\" SET \"our_role\" = 'controller', \"context_adjustment\" = 'as_usual'",
    "UPDATE \"breach\" SET \"risk_override\" = \"risk\", \"override_reason\" = '" + OVERRIDE_REASON + "' "
    "WHERE \"risk\" IS NOT NULL",
)


def retention_row(row: dict) -> dict:
    """An older retention row (period and trigger as text) in this version's form."""
    if not isinstance(row, dict) or "keep_for" in row:
        return row
    out = dict(row)
    number, unit, rest = parse_period(row.get("period"))
    if number is not None:
        out["keep_for"], out["unit"], out["period"] = number, unit, rest
    out["trigger"] = parse_trigger(row.get("trigger"))
    return out


def up(db) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)
    rows = db.execute_sql('SELECT "id", "retention" FROM "activity"').fetchall()
    for activity_id, text in rows:
        try:
            retention = json.loads(text or "[]")
        except ValueError:
            continue  # a damaged cell is left for validation to name; the migration must not guess
        if not isinstance(retention, list):
            continue
        changed = [retention_row(r) for r in retention]
        if changed != retention:
            db.execute_sql('UPDATE "activity" SET "retention" = ? WHERE "id" = ?',
                           (json.dumps(changed, ensure_ascii=False, separators=(",", ":")), activity_id))
