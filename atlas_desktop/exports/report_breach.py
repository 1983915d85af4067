"""One breach: a ready-to-send notification to the authority (Art. 33(3)(a)–(d) and the ICO form's
questions) or, when the office processes the data for a client, to that client (Art. 33(2)); the
timeline; the risk assessment as ``core.breach_assessment`` works it out (ENISA's score, the EDPB's
factors, the user's own level with its reason) and the duties that follow; the training of the staff
involved; and the Art. 34 communication to the people affected (or the Art. 34(3) exemption relied on,
with the public communication of Art. 34(3)(c))."""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.platypus import Flowable, Paragraph, Spacer

from ..core import vocab
from ..core.authorities import authority_for
from ..core.breach_assessment import Assessment, assess, duties
from ..core.countries import country_name
from ..core.entities import BY_KEY
from ..core.entities.breach import ASSESSED_FACTS
from ..core.spec import Kind
from .pdf_base import Document, Heading
from .pdf_blocks import (
    Source,
    esc,
    field_rows,
    frame_width,
    grid,
    kv_table,
    label_cell,
    para,
    scaled,
    title_block,
)
from .pdf_letter import communication
from .pdf_style import LEVEL_FILL, STYLES

BREACH = BY_KEY["breach"]
ORG = BY_KEY["organisation"]
TITLE = "Personal data breach: notification and record"

# The notification in the order Art. 33(3) and the ICO's breach report form ask for it.
NATURE = ("description", "cause", "cyber_incident", "impact", "occurred_from", "occurred_to", "discovered_at",
          "discovered_how", "aware_at", "data_categories", "special_categories_involved", "subject_categories",
          "subjects_count", "records_count", "vulnerable_involved", "activities", "other_processing")
TIMING = ("aware_at", "notification_deadline", "notified_at", "delay_reason", "followups")
TOLD = ("subjects_notified_at", "subjects_notice_method", "art34_exemption", "art34_notes",
        "public_communication_at", "public_communication_channel")
CLIENT = ("controller_name", "controller_contact", "controller_notice_hours", "controller_deadline",
          "controller_told_at")
MOMENTS = ("occurred_from", "occurred_to", "discovered_at", "aware_at", "notification_deadline", "notified_at",
           "subjects_notified_at")


def _rows(src: Source, record: dict[str, Any], keys: tuple[str, ...]) -> list[Any]:
    return field_rows(src, BREACH, record, keys, skip_empty=True) or [[label_cell(BREACH.field(keys[0]).label),
                                                                        para("Not recorded yet.")]]


def _report_type(record: dict[str, Any]) -> str:
    """Initial, unless reports were already sent: then this one follows them up (Art. 33(4))."""
    sent = [r for r in record.get("followups") or [] if r.get("phase") in ("initial", "follow_up", "final")]
    if not sent:
        return "Initial report"
    return "Follow-up report (information provided in phases, Art. 33(4))"


def _late(record: dict[str, Any], now: dt.datetime) -> bool:
    deadline = record.get("notification_deadline")
    if deadline is None:
        return False
    return (record.get("notified_at") or now) > deadline


def _notification(src: Source, record: dict[str, Any], staff: list[dict[str, Any]], width: float) -> list[Flowable]:
    org = src.org
    to = _addressee(org)
    about: list[Any] = ["About this report (ICO form)",
                        [label_cell("To"), para(to)],
                        [label_cell("Report type", "Art. 33(4)"), para(_report_type(record))],
                        [label_cell("Our reference"), para(f"Breach #{record['id']} in our Art. 33(5) register")]]
    about += field_rows(src, BREACH, record, ("authority_reference",), skip_empty=True)
    contact: list[Any] = ["The controller and the contact point — Art. 33(3)(b)"]
    contact += field_rows(src, ORG, org, ("name", "address", "email", "phone", "dpo_name", "dpo_contact",
                                          "responsible_name", "responsible_contact"), skip_empty=True)
    contact += _rows(src, record, ("contact_point",))
    staff_names = "; ".join(f"{p.get('name')} ({p.get('role') or 'role not recorded'})" for p in staff)
    rows = [*about, *contact,
            "The nature of the breach — Art. 33(3)(a)", *_rows(src, record, NATURE),
            "Likely consequences — Art. 33(3)(c)", *_rows(src, record, ("consequences",)),
            "Measures taken or proposed — Art. 33(3)(d)", *_rows(src, record, ("containment", "measures")),
            "Timing — Art. 33(1) and 33(4)", *_rows(src, record, TIMING),
            *_client_rows(src, record),
            "Telling the people affected — Art. 34", *_rows(src, record, ("risk", *TOLD)),
            "Staff involved and their training (ICO form)",
            [label_cell(BREACH.field("staff").label, "ICO form"),
             para(staff_names or "No member of staff is recorded as involved. Training status: see part 4.")]]
    out: list[Flowable] = [Heading("1. Notification to the supervisory authority — Art. 33", 0, key="notification")]
    if _processor(record):
        client = record.get("controller_name") or "the client"
        out.append(Paragraph(esc(f"We process this data on behalf of {client}. This notification is for {client}, "
                                 "the controller, who decides whether to notify the supervisory authority and the "
                                 "people affected (Art. 33(2)). See \u201cTelling the client\u201d below."),
                             STYLES.body))
    if _late(record, src.now) and not record.get("delay_reason"):
        out.append(Paragraph("<b>The 72-hour deadline has passed:</b> the notification must give the reasons for "
                             "the delay (Art. 33(1)). None is recorded yet.", STYLES.body))
    return out + kv_table(rows, width)


def _addressee(org: dict[str, Any]) -> str:
    """The "To" line: the authority named on the organisation's page, else the one its country gives
    (``core.authorities``, Art. 55), else a plain note that it is not recorded."""
    if org.get("authority_name"):
        return " — ".join(x for x in (org.get("authority_name"), org.get("authority_contact")) if x)
    found = authority_for(org.get("country"))
    if found is None:
        return "The supervisory authority (its name is not recorded on the organisation's page)"
    lines = [found.display, found.contact, found.note,
             f"Worked out from the organisation's country ({country_name(found.country)}), Art. 55."]
    return "\n".join(x for x in lines if x)


def _processor(record: dict[str, Any]) -> bool:
    return (record.get("our_role") or "controller") == "processor"


def _client_rows(src: Source, record: dict[str, Any]) -> list[Any]:
    """The Art. 33(2) part, only when the data is a client's: who, by when, and when they were told."""
    if not _processor(record):
        return []
    rows: list[Any] = ["Telling the client (the controller) — Art. 33(2)",
                       *field_rows(src, BREACH, record, CLIENT, skip_empty=True)]
    if record.get("controller_notice_hours") is None:
        rows.append([label_cell(BREACH.field("controller_notice_hours").label, "Art. 33(2)"),
                     para("Not set by the contract: Atlas counts 24 hours (\u201cwithout undue delay\u201d).")])
    if record.get("controller_told_at") is None:
        rows.append([label_cell(BREACH.field("controller_told_at").label, "Art. 33(2)"),
                     para("Not told yet: tell the client without undue delay.")])
    return rows


def _timeline(src: Source, record: dict[str, Any], width: float) -> list[Flowable]:
    out: list[Flowable] = [Heading("2. Timeline — Art. 33(5)", 0, key="timeline")]
    moments = field_rows(src, BREACH, record, MOMENTS, skip_empty=True)
    out += kv_table(["Key moments", *moments], width)
    events = sorted(record.get("timeline") or [], key=lambda e: e.get("at") or dt.datetime.min.replace(tzinfo=dt.UTC))
    if events:
        col = {c.key: c for c in BREACH.field("timeline").fields}
        out += [Spacer(1, 6), grid([col["at"].label, col["event"].label],
                                   [[src.when(e.get("at")), e.get("event") or ""] for e in events], scaled([1.5, 4], width))]
    else:
        out.append(para("No events are recorded in the timeline yet.", STYLES.body))
    return out


def _risk(src: Source, record: dict[str, Any], width: float) -> list[Flowable]:
    """Part 3: the assessment as Atlas worked it out, factor by factor, and the duties that follow."""
    out: list[Flowable] = [Heading("3. Risk assessment — ENISA 2013, EDPB Guidelines 9/2022 and 01/2021", 0,
                                   key="risk")]
    found = assess(record)
    if found.outcome is None:
        out.append(para("Not assessed yet: " + " ".join(found.rules), STYLES.body))
    else:
        out += _verdict(src, record, found, width)
        out += [Spacer(1, 6), Heading("The answers and how each was weighed", 1, key="factors"),
                Paragraph(esc("ENISA's method: severity = kind of data (DPC) × ease of identification (EI) + "
                              "circumstances (CB); below 2 low, below 3 medium, below 4 high, else very high. A "
                              "question left unanswered is taken at its worst and marked as assumed."), STYLES.note),
                _factors(found, width)]
        if found.missing:
            out.append(para("Still to answer: " + ", ".join(BREACH.field(k).label for k in found.missing
                                                               if BREACH.has(k)) + ".", STYLES.body))
        out += [Spacer(1, 4), Heading("The EDPB rules applied", 1, key="rules")]
        out += [para(f"• {rule}", STYLES.body) for rule in found.rules] or \
            [para("None changed the outcome: it follows the severity score.", STYLES.body)]
        out += [Spacer(1, 4), *kv_table(["The answers as recorded", *_answers(src, record)], width)]
    out += [Spacer(1, 4), Heading("Who must be told", 1, key="duties"), _duties(src, record, width), Spacer(1, 6),
            *kv_table(["Reasoning — Art. 33(5)", *_rows(src, record, ("risk_reasoning",))], width)]
    return out


def _verdict(src: Source, record: dict[str, Any], found: Assessment, width: float) -> list[Flowable]:
    level = vocab.SEVERITY_LEVEL.label_of(found.level) if found.level else "—"
    rows: list[Any] = [
        [label_cell("Severity score", "ENISA 2013"), para(f"{found.score:g} — {level}")],
        [label_cell(BREACH.field("risk_assessed").label, BREACH.field("risk_assessed").article),
         para(vocab.BREACH_RISK.label_of(found.outcome or ""))],
    ]
    if record.get("risk_override"):
        rows += field_rows(src, BREACH, record, ("risk_override", "override_reason"))
    rows += field_rows(src, BREACH, record, ("risk",))
    return kv_table(rows, width)


def _factors(found: Assessment, width: float) -> Flowable:
    rows = [[f.label, f.value + (" (assumed: not answered)" if f.assumed else ""), f.effect, f.source]
            for f in found.factors]
    fills = [(1, i, LEVEL_FILL["medium"]) for i, f in enumerate(found.factors) if f.assumed]
    return grid(["Question or rule", "Answer", "Effect", "Source"], rows, scaled([2.2, 2.8, 1.7, 1.6], width),
                fills)


def _answers(src: Source, record: dict[str, Any]) -> list[Any]:
    """Every assessment question with its answer. An unanswered choice says so; a box left unticked is
    "not ticked", never "No": Atlas cannot tell a considered no from a question nobody looked at."""
    rows = []
    impact = set(record.get("impact") or ())
    for key in ASSESSED_FACTS:
        f = BREACH.field(key)
        value = record.get(key)
        part = _LOSS_OF.get(key)
        if f.kind is Kind.BOOL:
            shown = "Yes" if value else "not ticked"
        elif value not in (None, ""):
            shown = src.text(BREACH, record, key)
        elif part and part not in impact:
            shown = f"not needed: {part} was not affected"
        elif key == "data_context":
            shown = "not answered: worked out from the data involved (see the table above)"
        else:
            shown = "not answered"
        rows.append([label_cell(f.label, f.article), para(shown)])
    return rows


# A loss question is only asked when that part of the CIA triad was affected.
_LOSS_OF = {"confidentiality_loss": "confidentiality", "integrity_loss": "integrity",
            "availability_loss": "availability"}
_STATUS = {"due": "To do", "done": "Done", "not_required": "Not required", "lifted": "Not required (exemption)",
           "replaced": "Replaced by a public communication", "undecided": "Not decided yet",
           "controllers": "The client's decision"}
_DUTY = {"document": "Document the breach", "authority": "Notify the supervisory authority",
         "people": "Tell the people affected", "controller": "Tell the client (the controller)",
         "public_communication": "Public communication"}


def _duties(src: Source, record: dict[str, Any], width: float) -> Flowable:
    rows, fills = [], []
    for key, duty in duties(record).items():
        when = (f"Done {src.when(duty.done_at)}" if duty.done_at else
                f"By {src.when(duty.deadline)}" if duty.deadline and duty.status == "due" else "")
        rows.append([_DUTY.get(key, key), duty.article, _STATUS.get(duty.status, duty.status), when,
                     duty.explanation])
        colour = {"due": "high", "done": "low"}.get(duty.status)
        if colour:
            fills.append((2, len(rows) - 1, LEVEL_FILL[colour]))
    return grid(["Duty", "Article", "Status", "When", "Why"], rows, scaled([1.7, 1.1, 1.2, 1.5, 3.5], width), fills)


def _training(src: Source, record: dict[str, Any], staff: list[dict[str, Any]], width: float) -> list[Flowable]:
    out: list[Flowable] = [Heading("4. Training of the staff involved — Art. 32(4)", 0, key="training")]
    if not staff:
        return [*out, para("No member of staff is recorded as involved in this breach.", STYLES.body)]
    aware = src.local_date(record["aware_at"]) if record.get("aware_at") else src.today
    by_person: dict[int | None, list[dict[str, Any]]] = {}
    for t in src.list("training", order_by="completed_on"):
        by_person.setdefault(t.get("person"), []).append(t)
    rows, fills = [], []
    for person in staff:
        courses = by_person.get(person["id"], [])
        listed = "; ".join(f"{t.get('course')} ({t.get('completed_on')} to {t.get('expires_on')})" for t in courses)
        valid = [any(t["completed_on"] <= day <= (t.get("expires_on") or day) for t in courses)
                 for day in (aware, src.today)]
        rows.append([person.get("name") or "", person.get("role") or "", listed or "No training recorded",
                     *("Valid" if v else "Not valid" for v in valid)])
        fills += [(3 + i, len(rows) - 1, LEVEL_FILL["low" if v else "high"]) for i, v in enumerate(valid)]
    table = grid(["Person", "Role", "Data-protection training (completed to expiry)", "When we became aware",
                  "Today"], rows, scaled([1.6, 1.5, 3.6, 1.1, 0.9], width), fills)
    return [*out, table]


def build(src: Source, record_id: int | None = None) -> Document:
    assert record_id is not None  # reports.build_report insists on it
    width = frame_width(False)
    record = src.get("breach", record_id)
    staff = [src.get("person", pid) for pid in record.get("staff") or [] if src.records.exists("person", pid)]
    facts = [(BREACH.field(k).label, src.text(BREACH, record, k) or "Not recorded yet.")
             for k in ("title", "status", "aware_at", "notification_deadline", "notified_at", "risk")]
    story: list[Flowable] = title_block(src, TITLE, f"{record.get('title')} — Articles 33 and 34 GDPR", width, facts)
    story += _notification(src, record, staff, width)
    story += _timeline(src, record, width)
    story += _risk(src, record, width)
    story += _training(src, record, staff, width)
    story += communication(src, record, width)
    return Document(TITLE, f"Personal data breach (Art. 33–34 GDPR): {record.get('title')}", src.org.get("name") or "",
                    src.generated, (src.anchor.count, src.anchor.head), story,
                    keywords=["GDPR", "Art. 33", "Art. 34", "breach notification"])
