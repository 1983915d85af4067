"""The processor: a service provider handling personal data for the office, and its Art. 28 contract."""

from __future__ import annotations

from .. import vocab
from ..spec import Entity, Field, Kind

G, C, T, RV, SP = ("General", "Contract (DPA)", "Transfers", "Review", "Sub-processors")

SUBPROCESSOR_COLUMNS = (
    Field("name", "Sub-processor", Kind.TEXT, "Who the processor engages.", "Art. 28(2)", required=True),
    Field("country", "Country", Kind.COUNTRY, "Where it processes the data.", "Art. 28(2), 44"),
    Field("service", "Service", Kind.TEXT, "What it does.", "Art. 28(2)"),
)

CHANGE_COLUMNS = (
    Field("notice_received", "Notice received", Kind.DATE, "When the processor told you of the change.",
          "Art. 28(2)", required=True),
    Field("change", "Change", Kind.TEXT, "Which sub-processor is added or replaced.", "Art. 28(2)",
          required=True),
    Field("objection_deadline", "Object by", Kind.DATE, "The last day to object, from the contract.",
          "Art. 28(2)"),
    Field("decision", "Decision", Kind.CHOICE, "Whether you accepted or objected.", "Art. 28(2)",
          vocab=vocab.SUBPROCESSOR_DECISION, default="pending"),
    Field("obligations_passed_down", "Same obligations passed down", Kind.BOOL,
          "The processor confirmed the sub-processor signed the same data-protection terms.", "Art. 28(4)"),
)

PROCESSOR = Entity(
    key="processor", label="Processor", plural="Processors", table="processor", article="Art. 28",
    title="name", status="status",
    help="A service provider that handles personal data for you (payroll, hosting, email, payments…).",
    fields=(
        Field("name", "Name", Kind.TEXT, "The company's name.", "Art. 30(1)(d)", required=True, section=G,
              in_table=True),
        Field("service", "Service", Kind.TEXT, "What they do for you, e.g. Payroll.", "Art. 28(3)", section=G,
              in_table=True),
        Field("contact", "Contact", Kind.TEXT, "Their contact for data protection.", "Art. 30(2)(a)", section=G),
        Field("country", "Country", Kind.COUNTRY, "Where they process the data.", "Art. 44", section=G,
              in_table=True),
        Field("status", "Status", Kind.CHOICE, "Keep ended contracts for the record.", "Art. 28(3)(g)",
              vocab=vocab.PROCESSOR_STATUS, required=True, default="active", section=G, in_table=True),
        Field("activities", "Activities served", Kind.LINKS, "Activities that use this processor.",
              "Art. 30(1)(d)", target="activity", reverse="processors", section=G),
        Field("dpa_signed_on", "DPA signed on", Kind.DATE,
              "When the data processing agreement was signed.", "Art. 28(3), 28(9)", section=C, in_table=True),
        Field("dpa_reference", "DPA document", Kind.TEXT, "Where the signed agreement is kept.", "Art. 28(9)",
              section=C),
        Field("art28_clauses", "Clauses in the DPA", Kind.CHOICES,
              "Tick each clause the agreement contains; all eight are required.", "Art. 28(3)(a)–(h)",
              vocab=vocab.ART28_CLAUSE, section=C),
        Field("transfer_mechanism", "Transfer mechanism", Kind.CHOICE,
              "If they process outside the EEA: what makes it lawful.", "Art. 44–49",
              vocab=vocab.TRANSFER_MECHANISM, section=T),
        Field("transfer_reference", "Safeguard document", Kind.TEXT, "Where the clauses are kept.", "Art. 46",
              section=T),
        Field("last_security_review", "Last security review", Kind.DATE,
              "When you last checked their guarantees (certificates, questionnaire).", "Art. 28(1)",
              section=RV),
        Field("review_every_months", "Review every (months)", Kind.INT, "12 means once a year.", "Art. 28(1)",
              required=True, minimum=1, maximum=60, default=12, section=RV),
        Field("next_review_due", "Next review due", Kind.DATE, "Last review plus the interval.", "Art. 28(1)",
              computed=True, section=RV, in_table=True),
        Field("subprocessors", "Sub-processors", Kind.TABLE, "Who the processor engages in turn.",
              "Art. 28(2), 28(4)", fields=SUBPROCESSOR_COLUMNS, section=SP),
        Field("subprocessor_changes", "Changes notified", Kind.TABLE,
              "Each notice of a new or replaced sub-processor, with your decision.", "Art. 28(2)",
              fields=CHANGE_COLUMNS, section=SP),
    ),
)
