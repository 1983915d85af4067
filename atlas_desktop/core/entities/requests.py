"""Rights requests (Art. 12–22) with their one-month clock, and the records that prove consent (Art. 7(1))."""

from __future__ import annotations

from .. import vocab
from ..spec import Entity, Field, Kind

RIGHTS_REQUEST = Entity(
    key="rights_request", label="Rights request", plural="Rights requests", table="rights_request",
    article="Art. 12–22", title="requester", status="status",
    help="A request from someone to see, correct, erase, move or stop the use of their data.",
    fields=(
        Field("requester", "Requester", Kind.TEXT, "Who asked.", "Art. 12", required=True, in_table=True),
        Field("contact", "Contact", Kind.TEXT, "How to reply to them.", "Art. 12(1)"),
        Field("right", "Request", Kind.CHOICE, "Which right they exercise.", "Art. 15–22",
              vocab=vocab.RIGHT_TYPE, required=True, in_table=True),
        Field("received_on", "Received on", Kind.DATE, "The day it arrived. The month starts here.", "Art. 12(3)",
              required=True, in_table=True),
        Field("identity_verified_on", "Identity verified on", Kind.DATE,
              "When you confirmed who they are (ask only for what you need).", "Art. 12(6)"),
        Field("extended", "Extended by two months", Kind.BOOL,
              "For complex or numerous requests; tell the person within the first month, with reasons.",
              "Art. 12(3)"),
        Field("extension_notified_on", "Person told of the extension on", Kind.DATE,
              "Must be within the first month.", "Art. 12(3)"),
        Field("extension_reason", "Reason for the extension", Kind.NOTE, "What makes the request complex.",
              "Art. 12(3)"),
        Field("due_on", "Due on", Kind.DATE,
              "One month from receipt (three if extended), moved past weekends and the public holidays of the "
              "country you set (Organisation \u2192 Dates and deadlines); with none set, weekends only.",
              "Art. 12(3)", computed=True, in_table=True),
        Field("status", "Status", Kind.CHOICE, "Where the request stands.", "Art. 12(3)", vocab=vocab.REQUEST_STATUS,
              required=True, default="received", in_table=True),
        Field("response_sent_on", "Answer sent on", Kind.DATE, "When you replied.", "Art. 12(3)"),
        Field("outcome", "Outcome", Kind.CHOICE, "What you did.", "Art. 12", vocab=vocab.REQUEST_OUTCOME),
        Field("refusal_reason", "Reason for refusing", Kind.NOTE,
              "Required when refusing: tell them why and that they can complain.", "Art. 12(4)"),
        Field("activities", "Activities concerned", Kind.LINKS, "The processing the request is about.",
              "Art. 15(1)", target="activity"),
        Field("notes", "Notes", Kind.NOTE, "Anything else worth keeping, e.g. how identity was checked.", "Art. 5(2)"),
    ),
)

CONSENT = Entity(
    key="consent", label="Consent record", plural="Consents", table="consent", article="Art. 7(1)",
    title="subject",
    help="Proof that someone consented: who, to what, when, how, and what they were told.",
    fields=(
        Field("subject", "Person", Kind.TEXT, "Who gave consent (name, email or customer number).", "Art. 7(1)",
              required=True, in_table=True),
        Field("purpose", "Purpose", Kind.TEXT, "What they agreed to, e.g. Monthly newsletter.", "Art. 6(1)(a)",
              required=True, in_table=True),
        Field("activity", "Activity", Kind.LINK, "The processing activity relying on this consent.",
              "Art. 6(1)(a)", target="activity", in_table=True),
        Field("given_at", "Given at", Kind.DATETIME, "When they consented.", "Art. 7(1)", required=True,
              in_table=True),
        Field("method", "How", Kind.CHOICE, "How consent was given.", "Art. 4(11), 7(1)",
              vocab=vocab.CONSENT_METHOD),
        Field("evidence_reference", "Evidence", Kind.TEXT, "Form ID, log line or email kept as proof.",
              "Art. 7(1)"),
        Field("information_version", "Information shown", Kind.TEXT,
              "The version of the privacy notice or consent text they saw.", "Art. 7(2), 13"),
        Field("withdrawn_at", "Withdrawn at", Kind.DATETIME, "When they withdrew, if they did.", "Art. 7(3)",
              in_table=True),
        Field("online_service", "Given for an online service", Kind.BOOL,
              "Tick if consent was given to use an online service offered directly to the person (an app, a "
              "website account, an online shop or newsletter): the rules for children's consent apply.",
              "Art. 8(1), 4(25)"),
        Field("age", "Their age", Kind.INT, "The person's age when they consented, if you know it.", "Art. 8(1)",
              minimum=0, maximum=130),
        Field("is_child", "The person is a child", Kind.BOOL,
              "Tick if they were under 18 when they consented and you do not know their exact age.", "Art. 8(1)"),
        Field("parental_consent_by", "Given or authorised by", Kind.TEXT,
              "Below the age of digital consent: the parent or guardian who gave or authorised consent.",
              "Art. 8(1)"),
        Field("parental_check", "How it was checked", Kind.TEXT,
              "The reasonable effort made to verify it, e.g. a confirmation email to the parent.", "Art. 8(2)"),
    ),
)
