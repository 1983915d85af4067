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
from ..core.entities import BY_KEY
from ..core.entities.breach import ASSESSED_FACTS
from ..core.i18n import cite, spec, t
from ..core.spec import Kind
from .pdf_base import Document, Heading
from .pdf_blocks import (
    Source,
    country,
    esc,
    field_rows,
    frame_width,
    grid,
    kv_table,
    label_cell,
    not_ticked,
    para,
    scaled,
    title_block,
    yes,
)
from .pdf_letter import communication
from .pdf_style import LEVEL_FILL, STYLES

BREACH = BY_KEY["breach"]
ORG = BY_KEY["organisation"]
TITLE = "Personal data breach: notification and record"  # the English; a report prints title()

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


def title() -> str:
    return t("reports", "Personal data breach: notification and record")


def _label(key: str) -> str:
    return spec(BREACH.field(key).label)


def _rows(src: Source, record: dict[str, Any], keys: tuple[str, ...]) -> list[Any]:
    return field_rows(src, BREACH, record, keys, skip_empty=True) or [[label_cell(_label(keys[0])),
                                                                        para(t("reports", "Not recorded yet."))]]


def _report_type(record: dict[str, Any]) -> str:
    """Initial, unless reports were already sent: then this one follows them up (Art. 33(4))."""
    sent = [r for r in record.get("followups") or [] if r.get("phase") in ("initial", "follow_up", "final")]
    if not sent:
        return t("reports", "Initial report")
    return t("reports", "Follow-up report (information provided in phases, Art. 33(4))")


def _late(record: dict[str, Any], now: dt.datetime) -> bool:
    deadline = record.get("notification_deadline")
    if deadline is None:
        return False
    return (record.get("notified_at") or now) > deadline


def _notification(src: Source, record: dict[str, Any], staff: list[dict[str, Any]], width: float) -> list[Flowable]:
    org = src.org
    to = _addressee(org)
    reference = t("reports", "Breach #{number} in our Art. 33(5) register").format(number=record["id"])
    about: list[Any] = [t("reports", "About this report (ICO form)"),
                        [label_cell(t("reports", "To")), para(to)],
                        [label_cell(t("reports", "Report type"), "Art. 33(4)"), para(_report_type(record))],
                        [label_cell(t("reports", "Our reference")), para(reference)]]
    about += field_rows(src, BREACH, record, ("authority_reference",), skip_empty=True)
    contact: list[Any] = [t("reports", "The controller and the contact point — Art. 33(3)(b)")]
    contact += field_rows(src, ORG, org, ("name", "address", "email", "phone", "dpo_name", "dpo_contact",
                                          "responsible_name", "responsible_contact"), skip_empty=True)
    contact += _rows(src, record, ("contact_point",))
    staff_names = "; ".join(t("reports", "{name} ({role})").format(
        name=p.get("name"), role=p.get("role") or t("reports", "role not recorded")) for p in staff)
    rows = [*about, *contact,
            t("reports", "The nature of the breach — Art. 33(3)(a)"), *_rows(src, record, NATURE),
            t("reports", "Likely consequences — Art. 33(3)(c)"), *_rows(src, record, ("consequences",)),
            t("reports", "Measures taken or proposed — Art. 33(3)(d)"),
            *_rows(src, record, ("containment", "measures")),
            t("reports", "Timing — Art. 33(1) and 33(4)"), *_rows(src, record, TIMING),
            *_client_rows(src, record),
            t("reports", "Telling the people affected — Art. 34"), *_rows(src, record, ("risk", *TOLD)),
            t("reports", "Staff involved and their training (ICO form)"),
            [label_cell(_label("staff"), "ICO form"),
             para(staff_names or t("reports", "No member of staff is recorded as involved. Training status: see "
                                              "part 4."))]]
    out: list[Flowable] = [Heading(t("reports", "1. Notification to the supervisory authority — Art. 33"), 0,
                                   key="notification")]
    if _processor(record):
        client = record.get("controller_name") or t("reports", "the client")
        out.append(Paragraph(esc(t("reports", "We process this data on behalf of {client}. This notification is for "
                                              "{client}, the controller, who decides whether to notify the "
                                              "supervisory authority and the people affected (Art. 33(2)). See "
                                              "\u201cTelling the client\u201d below.").format(client=client)),
                             STYLES.body))
    if _late(record, src.now) and not record.get("delay_reason"):
        out.append(Paragraph(t("reports", "<b>The 72-hour deadline has passed:</b> the notification must give the "
                                          "reasons for the delay (Art. 33(1)). None is recorded yet."), STYLES.body))
    return out + kv_table(rows, width)


def _addressee(org: dict[str, Any]) -> str:
    """The "To" line: the authority named on the organisation's page, else the one its country gives
    (``core.authorities``, Art. 55), else a plain note that it is not recorded."""
    if org.get("authority_name"):
        return " — ".join(x for x in (org.get("authority_name"), org.get("authority_contact")) if x)
    found = authority_for(org.get("country"))
    if found is None:
        return t("reports", "The supervisory authority (its name is not recorded on the organisation's page)")
    lines = [found.display, found.contact, found.note_text,
             t("reports", "Worked out from the organisation's country ({country}), Art. 55.").format(
                 country=country(found.country))]
    return "\n".join(x for x in lines if x)


def _processor(record: dict[str, Any]) -> bool:
    return (record.get("our_role") or "controller") == "processor"


def _client_rows(src: Source, record: dict[str, Any]) -> list[Any]:
    """The Art. 33(2) part, only when the data is a client's: who, by when, and when they were told."""
    if not _processor(record):
        return []
    rows: list[Any] = [t("reports", "Telling the client (the controller) — Art. 33(2)"),
                       *field_rows(src, BREACH, record, CLIENT, skip_empty=True)]
    if record.get("controller_notice_hours") is None:
        rows.append([label_cell(_label("controller_notice_hours"), "Art. 33(2)"),
                     para(t("reports", "Not set by the contract: Atlas counts 24 hours (\u201cwithout undue "
                                       "delay\u201d)."))])
    if record.get("controller_told_at") is None:
        rows.append([label_cell(_label("controller_told_at"), "Art. 33(2)"),
                     para(t("reports", "Not told yet: tell the client without undue delay."))])
    return rows


def _timeline(src: Source, record: dict[str, Any], width: float) -> list[Flowable]:
    out: list[Flowable] = [Heading(t("reports", "2. Timeline — Art. 33(5)"), 0, key="timeline")]
    moments = field_rows(src, BREACH, record, MOMENTS, skip_empty=True)
    out += kv_table([t("reports", "Key moments"), *moments], width)
    events = sorted(record.get("timeline") or [], key=lambda e: e.get("at") or dt.datetime.min.replace(tzinfo=dt.UTC))
    if events:
        col = {c.key: c for c in BREACH.field("timeline").fields}
        out += [Spacer(1, 6), grid([spec(col["at"].label), spec(col["event"].label)],
                                   [[src.when(e.get("at")), e.get("event") or ""] for e in events], scaled([1.5, 4], width))]
    else:
        out.append(para(t("reports", "No events are recorded in the timeline yet."), STYLES.body))
    return out


def _risk(src: Source, record: dict[str, Any], width: float) -> list[Flowable]:
    """Part 3: the assessment as Atlas worked it out, factor by factor, and the duties that follow."""
    out: list[Flowable] = [Heading(t("reports", "3. Risk assessment — ENISA 2013, EDPB Guidelines 9/2022 and "
                                                "01/2021"), 0, key="risk")]
    found = assess(record)
    if found.outcome is None:
        out.append(para(t("reports", "Not assessed yet: {reasons}").format(reasons=" ".join(found.rules)),
                        STYLES.body))
    else:
        out += _verdict(src, record, found, width)
        out += [Spacer(1, 6), Heading(t("reports", "The answers and how each was weighed"), 1, key="factors"),
                Paragraph(esc(t("reports", "ENISA's method: severity = kind of data (DPC) × ease of identification "
                                           "(EI) + circumstances (CB); below 2 low, below 3 medium, below 4 high, "
                                           "else very high. A question left unanswered is taken at its worst and "
                                           "marked as assumed.")), STYLES.note),
                _factors(found, width)]
        if found.missing:
            missing = ", ".join(_label(k) for k in found.missing if BREACH.has(k))
            out.append(para(t("reports", "Still to answer: {questions}.").format(questions=missing), STYLES.body))
        out += [Spacer(1, 4), Heading(t("reports", "The EDPB rules applied"), 1, key="rules")]
        out += [para(f"• {rule}", STYLES.body) for rule in found.rules] or \
            [para(t("reports", "None changed the outcome: it follows the severity score."), STYLES.body)]
        out += [Spacer(1, 4), *kv_table([t("reports", "The answers as recorded"), *_answers(src, record)], width)]
    out += [Spacer(1, 4), Heading(t("reports", "Who must be told"), 1, key="duties"), _duties(src, record, width),
            Spacer(1, 6),
            *kv_table([t("reports", "Reasoning — Art. 33(5)"), *_rows(src, record, ("risk_reasoning",))], width)]
    return out


def _verdict(src: Source, record: dict[str, Any], found: Assessment, width: float) -> list[Flowable]:
    level = spec(vocab.SEVERITY_LEVEL.label_of(found.level)) if found.level else "—"
    rows: list[Any] = [
        [label_cell(t("reports", "Severity score"), "ENISA 2013"), para(f"{found.score:g} — {level}")],
        [label_cell(_label("risk_assessed"), BREACH.field("risk_assessed").article),
         para(spec(vocab.BREACH_RISK.label_of(found.outcome or "")))],
    ]
    if record.get("risk_override"):
        rows += field_rows(src, BREACH, record, ("risk_override", "override_reason"))
    rows += field_rows(src, BREACH, record, ("risk",))
    return kv_table(rows, width)


def _factors(found: Assessment, width: float) -> Flowable:
    rows = [[f.label, t("reports", "{answer} (assumed: not answered)").format(answer=f.value) if f.assumed
             else f.value, f.effect, f.source] for f in found.factors]
    fills = [(1, i, LEVEL_FILL["medium"]) for i, f in enumerate(found.factors) if f.assumed]
    return grid([t("reports", "Question or rule"), t("reports", "Answer"), t("reports", "Effect"),
                 t("reports", "Source")], rows, scaled([2.2, 2.8, 1.7, 1.6], width), fills)


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
            shown = yes() if value else not_ticked()
        elif value not in (None, ""):
            shown = src.text(BREACH, record, key)
        elif part and part not in impact:
            shown = _not_needed()[part]
        elif key == "data_context":
            shown = t("reports", "not answered: worked out from the data involved (see the table above)")
        else:
            shown = t("reports", "not answered")
        rows.append([label_cell(spec(f.label), f.article), para(shown)])
    return rows


# A loss question is only asked when that part of the CIA triad was affected.
_LOSS_OF = {"confidentiality_loss": "confidentiality", "integrity_loss": "integrity",
            "availability_loss": "availability"}


def _not_needed() -> dict[str, str]:
    # One sentence per part: "confidentiality" alone would not decline or take the right article elsewhere.
    return {"confidentiality": t("reports", "not needed: confidentiality was not affected"),
            "integrity": t("reports", "not needed: integrity was not affected"),
            "availability": t("reports", "not needed: availability was not affected")}


def _status() -> dict[str, str]:
    return {"due": t("reports", "To do"), "done": t("reports", "Done"), "not_required": t("reports", "Not required"),
            "lifted": t("reports", "Not required (exemption)"),
            "replaced": t("reports", "Replaced by a public communication"),
            "undecided": t("reports", "Not decided yet"), "controllers": t("reports", "The client's decision")}


def _duty_names() -> dict[str, str]:
    return {"document": t("reports", "Document the breach"),
            "authority": t("reports", "Notify the supervisory authority"),
            "people": t("reports", "Tell the people affected"),
            "controller": t("reports", "Tell the client (the controller)"),
            "public_communication": t("reports", "Public communication")}


def _duties(src: Source, record: dict[str, Any], width: float) -> Flowable:
    rows, fills = [], []
    status, names = _status(), _duty_names()
    for key, duty in duties(record).items():
        when = (t("reports", "Done {when}").format(when=src.when(duty.done_at)) if duty.done_at else
                t("reports", "By {when}").format(when=src.when(duty.deadline))
                if duty.deadline and duty.status == "due" else "")
        rows.append([names.get(key, key), cite(duty.article), status.get(duty.status, duty.status), when,
                     duty.explanation])
        colour = {"due": "high", "done": "low"}.get(duty.status)
        if colour:
            fills.append((2, len(rows) - 1, LEVEL_FILL[colour]))
    return grid([t("reports", "Duty"), t("reports", "Article"), t("reports", "Status"), t("reports", "When"),
                 t("reports", "Why")], rows, scaled([1.7, 1.1, 1.2, 1.5, 3.5], width), fills)


def _training(src: Source, record: dict[str, Any], staff: list[dict[str, Any]], width: float) -> list[Flowable]:
    out: list[Flowable] = [Heading(t("reports", "4. Training of the staff involved — Art. 32(4)"), 0, key="training")]
    if not staff:
        return [*out, para(t("reports", "No member of staff is recorded as involved in this breach."), STYLES.body)]
    aware = src.local_date(record["aware_at"]) if record.get("aware_at") else src.today
    by_person: dict[int | None, list[dict[str, Any]]] = {}
    for course in src.list("training", order_by="completed_on"):
        by_person.setdefault(course.get("person"), []).append(course)
    rows, fills = [], []
    for person in staff:
        courses = by_person.get(person["id"], [])
        listed = "; ".join(t("reports", "{course} ({start} to {end})").format(
            course=c.get("course"), start=c.get("completed_on"), end=c.get("expires_on")) for c in courses)
        valid = [any(c["completed_on"] <= day <= (c.get("expires_on") or day) for c in courses)
                 for day in (aware, src.today)]
        rows.append([person.get("name") or "", person.get("role") or "", listed or t("reports", "No training recorded"),
                     *(t("reports", "Valid") if v else t("reports", "Not valid") for v in valid)])
        fills += [(3 + i, len(rows) - 1, LEVEL_FILL["low" if v else "high"]) for i, v in enumerate(valid)]
    table = grid([t("reports", "Person"), t("reports", "Role"),
                  t("reports", "Data-protection training (completed to expiry)"), t("reports", "When we became aware"),
                  t("reports", "Today")], rows, scaled([1.6, 1.5, 3.6, 1.1, 0.9], width), fills)
    return [*out, table]


def build(src: Source, record_id: int | None = None) -> Document:
    assert record_id is not None  # reports.build_report insists on it
    width = frame_width(False)
    record = src.get("breach", record_id)
    staff = [src.get("person", pid) for pid in record.get("staff") or [] if src.records.exists("person", pid)]
    facts = [(_label(k), src.text(BREACH, record, k) or t("reports", "Not recorded yet."))
             for k in ("title", "status", "aware_at", "notification_deadline", "notified_at", "risk")]
    subtitle = t("reports", "{title} — Articles 33 and 34 GDPR").format(title=record.get("title"))
    story: list[Flowable] = title_block(src, title(), subtitle, width, facts)
    story += _notification(src, record, staff, width)
    story += _timeline(src, record, width)
    story += _risk(src, record, width)
    story += _training(src, record, staff, width)
    story += communication(src, record, width)
    subject = t("reports", "Personal data breach (Art. 33–34 GDPR): {title}").format(title=record.get("title"))
    return Document(title(), subject, src.org.get("name") or "", src.generated, (src.anchor.count, src.anchor.head),
                    story, keywords=["GDPR", "Art. 33", "Art. 34", "breach notification"])
