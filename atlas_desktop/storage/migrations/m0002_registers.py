"""Schema 2: the registers (one table per entity, from the declarations of this version) and attachments.

The DDL is frozen here as text, exactly what the models of this version create, so that
this migration never changes when the models do; a later field is a later migration. A
test proves that a register migrated to the newest schema has exactly the models' columns.
"""

VERSION = 2
DESCRIPTION = "the registers and their attachments"

STATEMENTS = (
    'CREATE TABLE "organisation" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "name" TEXT, "address" TEXT, "email" TEXT, "phone" TEXT, "country" TEXT, "representative" TEXT, "representative_contact" TEXT, "has_dpo" INTEGER NOT NULL, "dpo_name" TEXT, "dpo_contact" TEXT, "responsible_name" TEXT, "responsible_contact" TEXT, "authority_name" TEXT, "authority_contact" TEXT, "authority_reference" TEXT, "time_zone" TEXT, "holiday_country" TEXT, "holiday_region" TEXT)',
    'CREATE INDEX "organisation_name" ON "organisation" ("name")',
    'CREATE TABLE "activity" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "name" TEXT, "business_function" TEXT, "owner" TEXT, "status" TEXT, "description" TEXT, "role" TEXT, "joint_controllers" TEXT, "controllers_served" TEXT NOT NULL, "purposes" TEXT NOT NULL, "legitimate_interest" TEXT, "lia_reference" TEXT, "subject_categories" TEXT NOT NULL, "data_categories" TEXT NOT NULL, "special_categories" TEXT NOT NULL, "art9_conditions" TEXT NOT NULL, "criminal_data" INTEGER NOT NULL, "criminal_data_authority" TEXT, "source" TEXT, "recipients_internal" TEXT NOT NULL, "recipients_external" TEXT NOT NULL, "processors" TEXT NOT NULL, "transfers" TEXT NOT NULL, "retention" TEXT NOT NULL, "security_measures" TEXT NOT NULL, "security_notes" TEXT, "systems" TEXT NOT NULL, "locations" TEXT NOT NULL, "rights_available" TEXT NOT NULL, "automated_decisions" INTEGER NOT NULL, "profiling" INTEGER NOT NULL, "automated_notes" TEXT, "wp248_criteria" TEXT NOT NULL, "screening_result" TEXT, "screening_note" TEXT, "last_reviewed" TEXT, "review_every_months" INTEGER, "next_review_due" TEXT)',
    'CREATE INDEX "activity_name" ON "activity" ("name")',
    'CREATE INDEX "activity_status" ON "activity" ("status")',
    'CREATE INDEX "activity_next_review_due" ON "activity" ("next_review_due")',
    'CREATE TABLE "processor" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "name" TEXT, "service" TEXT, "contact" TEXT, "country" TEXT, "status" TEXT, "dpa_signed_on" TEXT, "dpa_reference" TEXT, "art28_clauses" TEXT NOT NULL, "transfer_mechanism" TEXT, "transfer_reference" TEXT, "last_security_review" TEXT, "review_every_months" INTEGER, "next_review_due" TEXT, "subprocessors" TEXT NOT NULL, "subprocessor_changes" TEXT NOT NULL)',
    'CREATE INDEX "processor_name" ON "processor" ("name")',
    'CREATE INDEX "processor_status" ON "processor" ("status")',
    'CREATE INDEX "processor_next_review_due" ON "processor" ("next_review_due")',
    'CREATE TABLE "dpia" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "title" TEXT, "activity" INTEGER, "status" TEXT, "screening" TEXT NOT NULL, "screening_result" TEXT, "description" TEXT, "necessity" TEXT, "risks" TEXT NOT NULL, "residual_risk" TEXT, "advice" TEXT, "advice_by" TEXT, "subject_views" TEXT, "outcome" TEXT, "signed_off_by" TEXT, "signed_off_on" TEXT, "last_reviewed" TEXT, "next_review" TEXT, "consultation_sent_on" TEXT, "consultation_extended" INTEGER NOT NULL, "consultation_answer_due" TEXT, "consultation_answer_on" TEXT, "consultation_answer" TEXT)',
    'CREATE INDEX "dpia_title" ON "dpia" ("title")',
    'CREATE INDEX "dpia_activity" ON "dpia" ("activity")',
    'CREATE INDEX "dpia_status" ON "dpia" ("status")',
    'CREATE INDEX "dpia_next_review" ON "dpia" ("next_review")',
    'CREATE INDEX "dpia_consultation_answer_due" ON "dpia" ("consultation_answer_due")',
    'CREATE TABLE "breach" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "title" TEXT, "status" TEXT, "occurred_from" TEXT, "occurred_to" TEXT, "discovered_at" TEXT, "aware_at" TEXT, "discovered_how" TEXT, "description" TEXT, "cause" TEXT, "cyber_incident" INTEGER NOT NULL, "impact" TEXT NOT NULL, "data_categories" TEXT NOT NULL, "special_categories_involved" INTEGER NOT NULL, "subjects_count" INTEGER, "records_count" INTEGER, "subject_categories" TEXT NOT NULL, "vulnerable_involved" INTEGER NOT NULL, "consequences" TEXT, "activities" TEXT NOT NULL, "other_processing" TEXT, "staff" TEXT NOT NULL, "risk" TEXT, "risk_factors" TEXT NOT NULL, "risk_reasoning" TEXT, "containment" TEXT, "measures" TEXT, "contact_point" TEXT, "notify_authority" TEXT, "notification_deadline" TEXT, "notified_at" TEXT, "authority_reference" TEXT, "delay_reason" TEXT, "followups" TEXT NOT NULL, "subjects_notified_at" TEXT, "subjects_notice_method" TEXT, "art34_exemption" TEXT, "art34_notes" TEXT, "timeline" TEXT NOT NULL)',
    'CREATE INDEX "breach_title" ON "breach" ("title")',
    'CREATE INDEX "breach_status" ON "breach" ("status")',
    'CREATE INDEX "breach_notification_deadline" ON "breach" ("notification_deadline")',
    'CREATE TABLE "rights_request" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "requester" TEXT, "contact" TEXT, "right" TEXT, "received_on" TEXT, "identity_verified_on" TEXT, "extended" INTEGER NOT NULL, "extension_notified_on" TEXT, "extension_reason" TEXT, "due_on" TEXT, "status" TEXT, "response_sent_on" TEXT, "outcome" TEXT, "refusal_reason" TEXT, "activities" TEXT NOT NULL, "notes" TEXT)',
    'CREATE INDEX "rights_request_requester" ON "rights_request" ("requester")',
    'CREATE INDEX "rights_request_due_on" ON "rights_request" ("due_on")',
    'CREATE INDEX "rights_request_status" ON "rights_request" ("status")',
    'CREATE TABLE "consent" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "subject" TEXT, "purpose" TEXT, "activity" INTEGER, "given_at" TEXT, "method" TEXT, "evidence_reference" TEXT, "information_version" TEXT, "withdrawn_at" TEXT)',
    'CREATE INDEX "consent_subject" ON "consent" ("subject")',
    'CREATE INDEX "consent_activity" ON "consent" ("activity")',
    'CREATE TABLE "person" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "name" TEXT, "role" TEXT, "email" TEXT, "handles_special_category" INTEGER NOT NULL, "status" TEXT, "notes" TEXT)',
    'CREATE INDEX "person_name" ON "person" ("name")',
    'CREATE INDEX "person_status" ON "person" ("status")',
    'CREATE TABLE "training" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "person" INTEGER, "course" TEXT, "provider" TEXT, "completed_on" TEXT, "valid_months" INTEGER, "expires_on" TEXT, "evidence_reference" TEXT)',
    'CREATE INDEX "training_person" ON "training" ("person")',
    'CREATE INDEX "training_course" ON "training" ("course")',
    'CREATE INDEX "training_expires_on" ON "training" ("expires_on")',
    'CREATE TABLE "policy" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "title" TEXT, "version" TEXT, "owner" TEXT, "status" TEXT, "approved_by" TEXT, "approved_on" TEXT, "last_reviewed_on" TEXT, "review_cycle_months" INTEGER, "next_review_due" TEXT, "document_reference" TEXT)',
    'CREATE INDEX "policy_title" ON "policy" ("title")',
    'CREATE INDEX "policy_status" ON "policy" ("status")',
    'CREATE INDEX "policy_next_review_due" ON "policy" ("next_review_due")',
    'CREATE TABLE "attachment" ("id" INTEGER NOT NULL PRIMARY KEY, "entity" TEXT NOT NULL, "record" INTEGER NOT NULL, "filename" TEXT NOT NULL, "media_type" TEXT NOT NULL, "size" INTEGER NOT NULL, "sha256" TEXT NOT NULL, "added_at" TEXT NOT NULL, "added_by" TEXT NOT NULL, "note" TEXT, "data" BLOB NOT NULL)',
    'CREATE INDEX "attachment_entity_record" ON "attachment" ("entity", "record")',
)


def _local_zone() -> str:
    try:
        import tzlocal

        return tzlocal.get_localzone_name() or "UTC"
    except Exception:  # noqa: BLE001 - any failure to guess just means UTC, which the user can change
        return "UTC"


def up(db) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)
    # The organisation is a single record that always exists; its name so far lived in meta.
    db.execute_sql(
        "INSERT INTO organisation (id, created_at, updated_at, name, has_dpo, time_zone) "
        "VALUES (1, strftime('%Y-%m-%dT%H:%M:%fZ','now'), strftime('%Y-%m-%dT%H:%M:%fZ','now'), "
        "(SELECT value FROM meta WHERE key = 'org_name'), 0, ?)", (_local_zone(),))
