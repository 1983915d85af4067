"""Staff, their data-protection training, and the office's policies with their review cycle."""

from __future__ import annotations

from .. import vocab
from ..spec import Entity, Field, Kind

PERSON = Entity(
    key="person", label="Person", plural="Staff", table="person", article="Art. 32(4), 39(1)(b)",
    title="name", status="status",
    help="Everyone who handles personal data for you, so that their training can be followed.",
    fields=(
        Field("name", "Name", Kind.TEXT, "Full name.", "Art. 32(4)", required=True, in_table=True),
        Field("role", "Role", Kind.TEXT, "Job title or role, e.g. Dispatcher.", "Art. 32(4)", in_table=True),
        Field("email", "Email", Kind.TEXT, "Work email.", "Art. 32(4)"),
        Field("handles_special_category", "Handles special-category data", Kind.BOOL,
              "Tick if they handle health, biometric or other Art. 9 data: their training is then checked.",
              "Art. 9, 32(4)", in_table=True),
        Field("status", "Status", Kind.CHOICE, "Current staff are included in training coverage.", "Art. 32(4)",
              vocab=vocab.STAFF_STATUS, required=True, default="current", in_table=True),
        Field("trainings", "Training", Kind.LINKS, "Training records of this person.", "Art. 32(4)",
              target="training", reverse="person"),
        Field("notes", "Notes", Kind.NOTE, "Anything else worth keeping.", "Art. 5(2)"),
    ),
)

TRAINING = Entity(
    key="training", label="Training", plural="Training", table="training", article="Art. 32(4), 39(1)(b)",
    title="course",
    help="Data-protection training completed by staff; refreshers expire.",
    fields=(
        Field("person", "Person", Kind.LINK, "Who was trained.", "Art. 32(4)", target="person", required=True, in_table=True),
        Field("course", "Course", Kind.TEXT, "Name of the course or session.", "Art. 32(4)", required=True, in_table=True),
        Field("provider", "Given by", Kind.TEXT, "Trainer or provider.", "Art. 32(4)"),
        Field("completed_on", "Completed on", Kind.DATE, "The day it was completed.", "Art. 32(4)", required=True,
              in_table=True),
        Field("valid_months", "Valid for (months)", Kind.INT, "How long before a refresher is due; 12 is common.", "Art. 32(4)",
              required=True, minimum=1, maximum=120, default=12),
        Field("expires_on", "Expires on", Kind.DATE, "Completed on plus the validity.", "Art. 32(4)", computed=True,
              in_table=True),
        Field("evidence_reference", "Evidence", Kind.TEXT, "Certificate number or where the proof is kept.", "Art. 5(2)"),
    ),
)

POLICY = Entity(
    key="policy", label="Policy", plural="Policies", table="policy", article="Art. 24(2)",
    title="title", status="status",
    help="Your data-protection policies, approved by management and reviewed at least once a year.",
    fields=(
        Field("title", "Title", Kind.TEXT, "e.g. Data protection policy, Retention policy.", "Art. 24(2)", required=True,
              in_table=True),
        Field("version", "Version", Kind.TEXT, "e.g. 2.1.", "Art. 24(2)", in_table=True),
        Field("owner", "Owner", Kind.TEXT, "Who keeps it up to date.", "Art. 24(1)"),
        Field("status", "Status", Kind.CHOICE, "Only approved policies apply.", "Art. 24(2)", vocab=vocab.POLICY_STATUS,
              required=True, default="draft", in_table=True),
        Field("approved_by", "Approved by", Kind.TEXT, "Who in management approved it.", "Art. 24(2)"),
        Field("approved_on", "Approved on", Kind.DATE, "When it was approved.", "Art. 24(2)"),
        Field("last_reviewed_on", "Last reviewed on", Kind.DATE,
              "When it was last reviewed (leave empty if not since approval).", "Art. 24(1)"),
        Field("review_cycle_months", "Review every (months)", Kind.INT, "12 means at least once a year.",
              "Art. 24(1)", required=True, minimum=1, maximum=60, default=12),
        Field("next_review_due", "Next review due", Kind.DATE,
              "Last review (or approval) plus the review cycle.", "Art. 24(1)", computed=True, in_table=True),
        Field("document_reference", "Document", Kind.TEXT, "File name, link or folder of the policy text.", "Art. 24(2)"),
    ),
)
