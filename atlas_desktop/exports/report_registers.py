"""The register reports: the Art. 33(5) breach register, staff training coverage, and rights requests.

Each is a summary followed by the register as a table; columns and values come from the
entity declarations, and the judgements (late, overdue, expired) from the same dates the
checks use, counted in the organisation's time zone.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, Paragraph

from ..core.derive import counted_now
from ..core.entities import BY_KEY
from ..core.i18n import spec, t, tn
from .pdf_base import Document, Heading
from .pdf_blocks import (
    Source,
    esc,
    frame_width,
    grid,
    kv_table,
    label_cell,
    markup,
    para,
    scaled,
    title_block,
)
from .pdf_style import LEVEL_FILL, STYLES

BREACH, REQUEST, PERSON, TRAINING = (BY_KEY[k] for k in ("breach", "rights_request", "person", "training"))
GOOD, SOON, BAD = "low", "medium", "high"  # judgements, coloured as the risk levels are
SOON_DAYS = 30
_OPEN_REQUEST = frozenset({"received", "verifying", "in_progress"})


def _document(src: Source, title: str, subject: str, story: list[Flowable], is_landscape: bool,
              keywords: list[str]) -> Document:
    return Document(title, subject, src.org.get("name") or "", src.generated, (src.anchor.count, src.anchor.head),
                    story, landscape=is_landscape, keywords=["GDPR", *keywords])


def _summary(rows: list[tuple[str, str]], width: float) -> list[Flowable]:
    return kv_table([t("reports", "Summary"), *([label_cell(k), para(v)] for k, v in rows)], width)


def _lines(*parts: str) -> Paragraph:
    """Several short facts in one cell, one per line; empty ones left out."""
    return markup("<br/>".join(p for p in parts if p))


def _labelled(src: Source, ent: Any, record: dict[str, Any], key: str) -> str:
    shown = src.text(ent, record, key)
    return f'<font color="#5A6570">{esc(spec(ent.field(key).label))}:</font> {esc(shown)}' if shown else ""


# -- breaches ------------------------------------------------------------------------------------------
def _authority(src: Source, b: dict[str, Any]) -> tuple[str, str]:
    deadline, notified = b.get("notification_deadline"), b.get("notified_at")
    if notified:
        if deadline is not None and notified > deadline:
            return t("reports", "Notified {when} (after the 72 hours)").format(when=src.when(notified)), SOON
        return t("reports", "Notified {when}").format(when=src.when(notified)), GOOD
    if b.get("notify_authority") == "no":
        return t("reports", "Not notified: unlikely to result in a risk (Art. 33(1))"), GOOD
    if deadline is not None and src.now > deadline:
        return t("reports", "Not notified; the 72 hours have passed"), BAD
    if deadline:
        return t("reports", "Not notified yet; due by {when}").format(when=src.when(deadline)), SOON
    return t("reports", "Not notified yet"), SOON


def build_breaches(src: Source, record_id: int | None = None) -> Document:
    width = frame_width(True)
    breaches = src.list("breach", order_by="aware_at")
    rows, fills = [], []
    for i, b in enumerate(breaches):
        authority, colour = _authority(src, b)
        people = src.text(BREACH, b, "subjects_notified_at")
        exemption = src.text(BREACH, b, "art34_exemption")
        rows.append([
            _lines(f"<b>#{b['id']} {esc(b.get('title') or '')}</b>", esc(src.text(BREACH, b, "status"))),
            _lines(_labelled(src, BREACH, b, "occurred_from"), _labelled(src, BREACH, b, "aware_at")),
            _lines(esc(b.get("description") or ""), _labelled(src, BREACH, b, "cause")),
            _lines(_labelled(src, BREACH, b, "data_categories"), _labelled(src, BREACH, b, "subjects_count"),
                   _labelled(src, BREACH, b, "records_count"), esc(b.get("consequences") or "")),
            _lines(esc(b.get("containment") or ""), esc(b.get("measures") or "")),
            para(src.text(BREACH, b, "risk"), empty=t("reports", "Not assessed")),
            _lines(esc(authority), _labelled(src, BREACH, b, "authority_reference"),
                   _labelled(src, BREACH, b, "delay_reason")),
            _lines(esc(t("reports", "Told {when}").format(when=people)) if people else "",
                   esc(t("reports", "Exemption: {exemption}").format(exemption=exemption)) if exemption else "",
                   "" if people or exemption else esc(t("reports", "Not told"))),
        ])
        fills.append((6, i, LEVEL_FILL[colour]))
    notified = sum(1 for b in breaches if b.get("notified_at"))
    late = sum(1 for b in breaches if b.get("notified_at") and b.get("notification_deadline")
               and b["notified_at"] > b["notification_deadline"])
    open_ = sum(1 for b in breaches if b.get("status") != "closed")
    title = t("reports", "Breach register")
    story: list[Flowable] = title_block(src, title, t("reports", "Every personal data breach, notified or not — "
                                                                 "Article 33(5) GDPR"), width)
    story += [Heading(t("reports", "Summary"), 0, key="summary"),
              *_summary([(t("reports", "Breaches recorded"), str(len(breaches))),
                         (t("reports", "Still open"), str(open_)),
                         (t("reports", "Notified to the authority"),
                          t("reports", "{notified}, of which {late} after the 72 hours").format(notified=notified,
                                                                                                late=late))], width),
              Heading(t("reports", "The register — Art. 33(5)"), 0, key="register"),
              Paragraph(t("reports", "For each breach: the facts, its effects and the remedial action taken "
                                     "(Art. 33(5))."), STYLES.note)]
    heads = [t("reports", "Breach"), t("reports", "When"), t("reports", "Facts"), t("reports", "Effects"),
             t("reports", "Remedial action"), t("reports", "Risk"), t("reports", "Authority"),
             t("reports", "People told")]
    story.append(grid(heads, rows, scaled([1.5, 1.3, 2.6, 2.2, 2.1, 1.2, 1.5, 1.5], width), fills) if rows else
                 para(t("reports", "No breach is recorded."), STYLES.body))
    return _document(src, title, t("reports", "Art. 33(5) GDPR breach register"), story, True, ["Art. 33(5)"])


# -- training ------------------------------------------------------------------------------------------
def _training_status(src: Source, courses: list[dict[str, Any]]) -> tuple[str, str]:
    if not courses:
        return t("reports", "No training recorded"), BAD
    expires = max((c["expires_on"] for c in courses if c.get("expires_on")), default=None)
    if expires is None:
        return t("reports", "Expiry not recorded"), SOON
    days = (expires - src.today).days
    if days < 0:
        return tn("reports", "Expired {date} (%n day(s) ago)", -days).format(date=expires), BAD
    if days <= SOON_DAYS:
        return tn("reports", "Valid until {date}: refresher due in %n day(s)", days).format(date=expires), SOON
    return t("reports", "Valid until {date}").format(date=expires), GOOD


def build_training(src: Source, record_id: int | None = None) -> Document:
    width = frame_width(False)
    people = src.list("person", order_by="name")
    trainings = src.list("training", order_by="completed_on")
    by_person: dict[int | None, list[dict[str, Any]]] = {}
    for course in trainings:
        by_person.setdefault(course.get("person"), []).append(course)
    current = [p for p in people if p.get("status") == "current"]
    rows, fills, valid, handlers_gap = [], [], 0, 0
    for i, p in enumerate(current):
        courses = by_person.get(p["id"], [])
        status, colour = _training_status(src, courses)
        valid += colour != BAD
        handlers_gap += bool(p.get("handles_special_category")) and colour == BAD
        latest = courses[-1] if courses else {}
        rows.append([p.get("name") or "", p.get("role") or "", src.text(PERSON, p, "handles_special_category"),
                     t("reports", "{course} ({date})").format(course=latest.get("course"),
                                                                  date=latest.get("completed_on")) if latest else "",
                     status])
        fills.append((4, i, LEVEL_FILL[colour]))
    title = t("reports", "Staff training")
    story: list[Flowable] = title_block(src, title, t("reports", "Data-protection training of the staff who handle "
                                                                 "personal data — Articles 32(4) and 39(1)(b) GDPR"),
                                        width)
    coverage = (t("reports", "{valid} of {staff} ({percent} %)").format(valid=valid, staff=len(current),
                                                                        percent=100 * valid // len(current))
                if current else t("reports", "{valid} of {staff}").format(valid=valid, staff=len(current)))
    story += [Heading(t("reports", "Summary"), 0, key="summary"),
              *_summary([(t("reports", "Current staff"), str(len(current))),
                         (t("reports", "With valid training today"), coverage),
                         (t("reports", "Handling special-category data without valid training"), str(handlers_gap)),
                         (t("reports", "Training records"), str(len(trainings)))], width),
              Heading(t("reports", "Coverage of current staff"), 0, key="coverage")]
    story.append(grid([spec(PERSON.field("name").label), spec(PERSON.field("role").label), t("reports", "Art. 9 data"),
                       t("reports", "Latest training"), t("reports", "Status today")], rows,
                      scaled([1.6, 1.6, 0.8, 2.6, 1.9], width), fills)
                 if rows else para(t("reports", "No current staff are recorded."), STYLES.body))
    story.append(Heading(t("reports", "Training log"), 0, key="log"))
    keys = ("person", "course", "provider", "completed_on", "valid_months", "expires_on", "evidence_reference")
    log = [[src.text(TRAINING, course, k) for k in keys] for course in trainings]
    story.append(grid([spec(TRAINING.field(k).label) for k in keys], log,
                      scaled([1.4, 2.0, 1.4, 1.05, 0.95, 1.05, 1.3], width))
                 if log else para(t("reports", "No training is recorded."), STYLES.body))
    return _document(src, title, t("reports", "Staff data-protection training (Art. 32(4) GDPR)"), story, False,
                     ["Art. 32(4)", "training"])


# -- rights requests -----------------------------------------------------------------------------------
def _timeliness(src: Source, r: dict[str, Any]) -> tuple[str, str]:
    due, sent = r.get("due_on"), r.get("response_sent_on")
    if due is None:
        return "", SOON
    if sent is not None:
        late = (sent - due).days
        return ((t("reports", "On time"), GOOD) if late <= 0 else
                (tn("reports", "Late by %n day(s)", late), BAD))
    if r.get("status") not in _OPEN_REQUEST:
        return t("reports", "Closed without an answer date"), SOON
    days = (due - src.today).days
    if days < 0:
        return tn("reports", "Overdue by %n day(s)", -days), BAD
    return tn("reports", "Due in %n day(s)", days), SOON if days <= 7 else GOOD


def build_requests(src: Source, record_id: int | None = None) -> Document:
    width = frame_width(True)
    # Due dates as today's calendar counts them, the one the summary names (a stored one may predate it).
    requests = counted_now("rights_request", src.list("rights_request", order_by="received_on"), src.context)
    calendar = src.context.calendar
    # Without a country no due date skipped a holiday: each says so, not only the summary.
    weekends_only = "" if calendar.applied else f'<font color="#5A6570">{esc(src.moved_past)}</font>'
    rows, fills, counts = [], [], {GOOD: 0, SOON: 0, BAD: 0}
    for i, r in enumerate(requests):
        timing, colour = _timeliness(src, r)
        counts[colour] += 1
        extended = (t("reports", "Extended: {date}").format(date=src.text(REQUEST, r, "extension_notified_on"))
                    if r.get("extended") else "")
        rows.append([
            _lines(f"<b>#{r['id']} {esc(r.get('requester') or '')}</b>", esc(src.text(REQUEST, r, "activities"))),
            para(src.text(REQUEST, r, "right")),
            _lines(esc(src.text(REQUEST, r, "received_on")), _labelled(src, REQUEST, r, "identity_verified_on")),
            _lines(f"<b>{esc(src.text(REQUEST, r, 'due_on'))}</b>", weekends_only if r.get("due_on") else "",
                   esc(extended),
                   esc(r.get("extension_reason") or "") if r.get("extended") else ""),
            para(src.text(REQUEST, r, "status")),
            para(src.text(REQUEST, r, "response_sent_on")),
            para(timing),
            _lines(esc(src.text(REQUEST, r, "outcome")), esc(r.get("refusal_reason") or "")),
        ])
        fills.append((6, i, LEVEL_FILL[colour]))
    open_ = sum(1 for r in requests if r.get("status") in _OPEN_REQUEST)
    title = t("reports", "Rights requests")
    subtitle = t("reports", "Requests from people exercising their rights, with their one-month deadlines — "
                            "Articles 12 to 22 GDPR")
    story: list[Flowable] = title_block(src, title, subtitle, width)
    counted = t("reports", "One month from receipt, three if extended (the person told within the first month), "
                           "{calendar} (Art. 12(3)).").format(calendar=src.moved_past)
    story += [Heading(t("reports", "Summary"), 0, key="summary"),
              *_summary([(t("reports", "Requests recorded"), str(len(requests))),
                         (t("reports", "Still open"), str(open_)),
                         (t("reports", "Late or overdue"), str(counts[BAD])),
                         (t("reports", "How the deadline is counted"), counted)], width),
              Heading(t("reports", "The requests"), 0, key="requests")]
    label = {k: spec(REQUEST.field(k).label) for k in ("right", "received_on", "due_on", "status", "response_sent_on",
                                                         "outcome")}
    story.append(grid([t("reports", "Requester"), label["right"], label["received_on"], label["due_on"],
                       label["status"], label["response_sent_on"], t("reports", "Deadline"), label["outcome"]],
                      rows, scaled([2, 1.6, 1.3, 1.6, 1.1, 1, 1.1, 2.2], width), fills) if rows else
                 para(t("reports", "No rights request is recorded."), STYLES.body))
    return _document(src, title, t("reports", "Data subject rights requests (Art. 12–22 GDPR)"), story, True,
                     ["Art. 12", "rights requests"])
