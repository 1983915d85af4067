"""One breach: a ready-to-send notification to the authority (Art. 33(3)(a)–(d) and the ICO form's
questions), the timeline, the risk assessment, the training of the staff involved, and the Art. 34
communication to the people affected (or the Art. 34(3) exemption relied on)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.platypus import Flowable, Paragraph, Spacer

from ..core.entities import BY_KEY
from ..core.vocab import RISK_FACTOR
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
TOLD = ("subjects_notified_at", "subjects_notice_method", "art34_exemption", "art34_notes")
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
    to = " — ".join(x for x in (org.get("authority_name"), org.get("authority_contact")) if x) or \
        "The supervisory authority (its name is not recorded on the organisation's page)"
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
            "Telling the people affected — Art. 34", *_rows(src, record, ("risk", *TOLD)),
            "Staff involved and their training (ICO form)",
            [label_cell(BREACH.field("staff").label, "ICO form"),
             para(staff_names or "No member of staff is recorded as involved. Training status: see part 4.")]]
    out: list[Flowable] = [Heading("1. Notification to the supervisory authority — Art. 33", 0, key="notification")]
    if _late(record, src.now) and not record.get("delay_reason"):
        out.append(Paragraph("<b>The 72-hour deadline has passed:</b> the notification must give the reasons for "
                             "the delay (Art. 33(1)). None is recorded yet.", STYLES.body))
    return out + kv_table(rows, width)


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
    weighed = set(record.get("risk_factors") or [])
    rows = [[t.label, "Weighed" if t.code in weighed else "Not recorded"] for t in RISK_FACTOR.terms]
    fills = [(1, i, LEVEL_FILL["low"] if t.code in weighed else LEVEL_FILL["medium"])
             for i, t in enumerate(RISK_FACTOR.terms)]
    level = record.get("risk")
    verdict = {"none": "Unlikely to result in a risk: documented only (Art. 33(1), 33(5)).",
               "risk": "A risk to people: the authority is notified (Art. 33(1)).",
               "high": "A high risk to people: the authority and the people affected are told (Art. 33(1), 34(1))."}
    return [Heading("3. Risk assessment — EDPB Guidelines 9/2022", 0, key="risk"),
            Paragraph(f"<b>{esc(BREACH.field('risk').label)}:</b> {esc(verdict.get(level or '', 'Not assessed yet.'))}",
                      STYLES.body),
            grid([BREACH.field("risk_factors").label, ""], rows, scaled([4, 1], width), fills),
            Spacer(1, 6),
            *kv_table(["Reasoning — Art. 33(5)", *_rows(src, record, ("risk_reasoning",))], width)]


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
