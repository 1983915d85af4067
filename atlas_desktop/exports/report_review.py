"""The "Annual data protection review" PDF: a two-minute summary for the board, the details, and sign-off.

Built from a closed (or, for a preview, an in-progress) review as ``storage.reviews`` keeps
it: its items and decisions, the year's figures and the changes since the previous review.
The summary comes first and fits on the first page; every figure after it is the same one,
in detail, with the article that asks for it. The report's own words are in the user's language
(context "reports"); the review's decisions, registers and change kinds are spec texts, as in the GUI.
The summary's sentences come from ``core.review_summary`` as it words them.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ..core import review as rv
from ..core.review_diff import CHANGE_LABELS
from ..core.review_attention import shown_note
from ..core.review_figures import BreachLine
from ..core.i18n import cite, spec, t, tn
from ..core.review_summary import ReviewData, actions, summary_lines
from .pdf_base import Document, Heading, TocHere
from .pdf_blocks import Source, esc, frame_width, grid, kv_table, label_cell, para, scaled
from .pdf_style import LEVEL_FILL, RULE, STYLES

TITLE = "Annual data protection review"  # the English; a report prints title()
_DECISION_FILL = {rv.CONFIRMED: LEVEL_FILL["low"], rv.UPDATED: LEVEL_FILL["medium"], rv.RETIRED: None,
                  rv.OPEN: LEVEL_FILL["high"]}
# A note right under a section heading stays on the page of what follows it, with the heading.
_NOTE_WITH_NEXT = ParagraphStyle("note_with_next", parent=STYLES.note, keepWithNext=1)


def title() -> str:
    return t("reports", "Annual data protection review")


def _severity_label() -> dict[str, str]:
    return {"overdue": t("reports", "Overdue"), "due soon": t("reports", "Due soon"), "gap": t("reports", "Gap")}


def _day(src: Source, moment: object) -> str:
    return src.when(moment).split(" ")[0] if moment else ""  # type: ignore[arg-type]


def _period(src: Source, period: rv.Period) -> str:
    """The period in running text: ``Period.label`` in English, the language's own dates otherwise."""
    start, end = src.day(period.start, "%d %b %Y"), src.day(period.end, "%d %b %Y")
    return t("reports", "{start} – {end}").format(start=start, end=end)


def _header(src: Source, data: ReviewData, width: float) -> list[Flowable]:
    review = data.review
    status = (t("reports", "Closed {when} by {person}").format(when=src.told(review.closed_at), person=review.closed_by)
              if review.closed_at else t("reports", "In progress: a draft, not the signed review"))
    started = t("reports", "{when} by {person}").format(when=src.told(review.started_at), person=review.started_by)
    snapshot = t("reports", "Entry {count}; head hash {head}").format(count=review.audit_count, head=review.audit_head)
    rows = [[label_cell(t("reports", "Organisation")), para(src.org.get("name") or "")],
            [label_cell(t("reports", "Review")), para(review.title)],
            [label_cell(t("reports", "Period covered")), para(_period(src, review.period))],
            [label_cell(t("reports", "Started")), para(started)],
            [label_cell(t("reports", "Status")), para(status)],
            [label_cell(t("reports", "Snapshot at start"), t("reports", "audit trail")), para(snapshot)]]
    return [Paragraph(esc(title()), STYLES.title),
            Paragraph(t("reports", "The yearly check of our records of processing and data-protection measures — "
                                   "Articles 5(2) and 24(1) GDPR"), STYLES.subtitle), *kv_table(rows, width)]


def _summary(data: ReviewData) -> list[Flowable]:
    out: list[Flowable] = [Heading(t("reports", "Executive summary"), 0, key="summary")]
    out += [Paragraph(f"•&nbsp;&nbsp;{esc(line)}", STYLES.body) for line in summary_lines(data)]
    todo = actions(data)
    out.append(Paragraph(t("reports", "<b>For management</b>"), STYLES.h3))
    out += ([Paragraph(f"{i}.&nbsp;&nbsp;{esc(line)}", STYLES.body) for i, line in enumerate(todo, 1)]
            or [para(t("reports", "Nothing needs management's action: keep the records current and review again in "
                                  "a year."), STYLES.body)])
    return out


# -- the details -----------------------------------------------------------------------------------------
def _items(src: Source, data: ReviewData, width: float) -> list[Flowable]:
    heading = t("reports", "1. The records reviewed")
    out: list[Flowable] = [Heading(heading, 0, key="items", toc=heading),
                           Paragraph(t("reports", "Each record was confirmed unchanged, updated in the register, or "
                                                  "retired (kept in the history but no longer in force), by the "
                                                  "person named, on the day shown. \u201cIn bulk\u201d marks records "
                                                  "confirmed together with the other remaining ones; a record that "
                                                  "needed attention (overdue, a breach clock running, a gap) could "
                                                  "only be confirmed on its own, with a note saying why. The next "
                                                  "review is dated from the close: a year, or the record's own "
                                                  "review cycle."), _NOTE_WITH_NEXT)]
    for rule in rv.REVIEWED:
        items = [i for i in data.items if i.entity == rule.entity]
        if not items:
            continue
        rows, fills = [], []
        for n, item in enumerate(items):
            rows.append([item.title, spec(rv.DECISION_LABELS[item.decision]), item.decided_by or "",
                         _day(src, item.decided_at), shown_note(item), _next_due(item)])
            if (fill := _DECISION_FILL.get(item.decision)) is not None:
                fills.append((1, n, fill))
        out += [Heading(spec(rule.heading), 1, key=f"items-{rule.entity}"),
                grid([t("reports", "Record"), t("reports", "Decision"), t("reports", "By"), t("reports", "On"),
                      t("reports", "Note"), t("reports", "Next review")], rows,
                     scaled([2.5, 1.4, 1.15, 1.15, 2.75, 1.15], width), fills)]
    return out


def _next_due(item: rv.Item) -> str:
    state = item.state_at_close or {}
    for key in ("next_review_due", "next_review"):
        if state.get(key):
            return str(state[key])
    return "—" if item.decision == rv.RETIRED or item.entity == rv.CONSENT_PURPOSE else ""


def _figures(src: Source, data: ReviewData, width: float) -> list[Flowable]:
    f = data.figures
    heading = t("reports", "2. The year's figures")
    period = t("reports", "From {start} to {end}.").format(start=src.day(f.period_start, "%d %B %Y"),
                                                           end=src.day(f.period_end, "%d %B %Y"))
    out: list[Flowable] = [Heading(heading, 0, key="figures", toc=heading), Paragraph(esc(period), _NOTE_WITH_NEXT),
                           Heading(t("reports", "Breaches by cause (Art. 33, EDPB Guidelines 01/2021)"), 1,
                                   key="fig-breaches")]
    lines = [*f.breaches, f.breach_total] if f.breaches else []
    total = len(lines) - 1  # the last line is the total: its name is the report's own words, not a cause
    out.append(grid([t("reports", "Cause"), t("reports", "Breaches"), t("reports", "Notified"), t("reports", "In 72 h"),
                     t("reports", "Late"), t("reports", "Not notified by decision"),
                     t("reports", "To notify, not sent"), t("reports", "Decision pending")],
                    [[t("reports", "All breaches") if n == total else spec(x.cause), x.breaches, x.notified,
                      x.on_time, x.late, x.not_needed, x.to_notify, x.undecided] for n, x in enumerate(lines)],
                    scaled([3.0, 1, 1, 0.9, 0.8, 1.3, 1.2, 1.1], width)) if lines else
               para(t("reports", "No breach in the period."), STYLES.body))
    if f.breaches:
        # One plural message: a translator needs the whole phrase to agree its noun with the number.
        told = tn("reports", "The people affected were told (Art. 34) in %n breach(es).", f.people_told)
        out.append(Paragraph(told + " " + t("reports", "Not notified by decision: judged unlikely to result in a "
                                                       "risk and documented (Art. 33(1), 33(5)), or a client's "
                                                       "breach, which the client notifies (Art. 33(2))."),
                             STYLES.note))
    out += _running(f.running_breaches, width)
    out.append(Heading(t("reports", "Rights requests by type (Art. 12(3), 15–22)"), 1, key="fig-requests"))
    lines2 = [*f.requests, f.request_total] if f.requests else []
    total2 = len(lines2) - 1
    out.append(grid([t("reports", "Request"), t("reports", "Received"), t("reports", "Answered"),
                     t("reports", "On time"), t("reports", "Late"), t("reports", "Extended"), t("reports", "Open"),
                     t("reports", "Overdue")],
                    [[_right(x, n == total2), x.requests, x.answered, x.on_time, x.late, x.extended, x.open,
                      x.overdue] for n, x in enumerate(lines2)],
                    scaled([3.4, 0.9, 0.9, 0.9, 0.7, 0.9, 0.7, 0.8], width)) if lines2 else
               para(t("reports", "No rights request in the period."), STYLES.body))
    out.append(Heading(t("reports", "Staff training (Art. 32(4))"), 1, key="fig-training"))
    if f.staff:
        out.append(para(t("reports", "{percent}% of current staff ({trained} of {staff}) have training that is valid "
                                     "today.").format(percent=f.training_percent, trained=f.trained, staff=f.staff),
                        STYLES.body))
        out.append(para(t("reports", "Without valid training: {names}.").format(names=", ".join(f.untrained))
                        if f.untrained else t("reports", "Everyone on the staff list has valid training."),
                        STYLES.body))
    else:
        out.append(para(t("reports", "No staff are recorded."), STYLES.body))
    out.append(Heading(t("reports", "Retention periods that ran out (Art. 5(1)(e))"), 1, key="fig-retention"))
    if f.retention_ended:
        out.append(grid([t("reports", "Data still held after its retention period"), t("reports", "Article")],
                        [[x.message, cite(x.article)] for x in f.retention_ended], scaled([7, 1.4], width)))
    else:
        out.append(para(t("reports", "None: no data is kept past the retention period its activity records."),
                        STYLES.body))
    heading = t("reports", "3. Open findings")
    out.append(Heading(heading, 0, key="findings", toc=heading))
    if f.findings:
        out.append(Paragraph(t("reports", "What the dashboard and \u201catlas check\u201d report at the close: "
                                          "deadlines passed, deadlines close, and gaps the GDPR asks to be filled."),
                             STYLES.note))
        fills = [(0, i, LEVEL_FILL["high" if x.severity == "overdue" else "medium" if x.severity == "due soon"
                                    else "low"]) for i, x in enumerate(f.findings)]
        severity = _severity_label()
        out.append(grid([t("reports", "Severity"), t("reports", "Finding"), t("reports", "Article")],
                        [[severity.get(x.severity, x.severity), x.message, cite(x.article)] for x in f.findings],
                        scaled([1, 6, 1.4], width), fills))
    else:
        out.append(para(t("reports", "None: nothing is overdue or missing."), STYLES.body))
    return out


def _right(line: object, is_total: bool) -> str:
    """A figures line's request: the right's label (a vocabulary term) with its article; the total's own words."""
    name = t("reports", "All requests") if is_total else spec(line.right)  # type: ignore[attr-defined]
    article = cite(line.article)  # type: ignore[attr-defined]
    return t("reports", "{right} ({article})").format(right=name, article=article) if article else name


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _running(running: list[BreachLine], width: float) -> list[Flowable]:
    """Every breach whose clock still ran when the figures were counted, from before the period too."""
    out: list[Flowable] = [Heading(t("reports", "Breaches with a clock still running (Art. 33(1), 34(1))"), 1,
                                   key="fig-running")]
    if not running:
        return [*out, para(t("reports", "None: every breach was notified, or decided not to be, and the people "
                                        "affected were told where they had to be."), STYLES.body)]
    out.append(Paragraph(t("reports", "Whenever they happened: the decisions as recorded in the register."),
                         STYLES.note))
    rows = [[x.title, x.aware, _sentence(x.authority),
             _sentence(x.people) or t("reports", "The client decides (Art. 33(2))")] for x in running]
    out.append(grid([t("reports", "Breach"), t("reports", "Became aware"),
                     t("reports", "Notifying the authority (Art. 33(1))"),
                     t("reports", "Telling the people (Art. 34(1))")],
                    rows, scaled([2.2, 1.5, 2.6, 2.4], width),
                    [(2, n, LEVEL_FILL["high"]) for n in range(len(rows))]))
    return out


def _changes(src: Source, data: ReviewData, width: float) -> list[Flowable]:
    heading = t("reports", "4. Changes since the previous review")
    out: list[Flowable] = [Heading(heading, 0, key="changes", toc=heading)]
    if data.changes is None:
        return [*out, para(t("reports", "This is the first review: there is nothing to compare with yet."),
                           STYLES.body)]
    since = data.previous
    if since is not None:
        closed = src.day(since.closed_at.date() if since.closed_at else None, "%d %B %Y")
        out.append(Paragraph(esc(t("reports", "Compared with {review}, closed {date}.").format(review=since.title,
                                                                                              date=closed)
                                 if since.closed_at else
                                 t("reports", "Compared with {review}.").format(review=since.title)), STYLES.note))
    if not data.changes:
        return [*out, para(t("reports", "Nothing was added, changed or retired since then."), STYLES.body)]
    rows = [[spec(CHANGE_LABELS[c.kind]), spec(c.register), c.title, ", ".join(spec(x) for x in c.fields)]
            for c in data.changes]
    return [*out, grid([t("reports", "Change"), t("reports", "Register"), t("reports", "Record"),
                        t("reports", "What changed")], rows, scaled([1.1, 2.2, 2.8, 3.2], width))]


def _sign_off(width: float) -> list[Flowable]:
    cells = [[Paragraph(t("reports", "<b>Name and role</b>"), STYLES.cell),
              Paragraph(t("reports", "<b>Signature</b>"), STYLES.cell),
              Paragraph(t("reports", "<b>Date</b>"), STYLES.cell)]] + [["", "", ""] for _ in range(2)]
    table = Table(cells, colWidths=scaled([3, 3, 1.4], width), rowHeights=[None, 16 * mm, 16 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    text = t("reports", "We have read this review. We approve the records as they stand and ask for the points listed "
                        "for management to be dealt with before the next review (Art. 5(2), 24(1) GDPR).")
    heading = t("reports", "5. Sign-off by management")
    return [KeepTogether([Heading(heading, 0, key="signoff", toc=heading),
                          Paragraph(esc(text), STYLES.body), Spacer(1, 3), table])]


def build(src: Source, data: ReviewData) -> Document:
    width = frame_width(False)
    story: list[Flowable] = [*_header(src, data, width), *_summary(data), TocHere(),
                             *_items(src, data, width), *_figures(src, data, width), *_changes(src, data, width),
                             *_sign_off(width)]
    org = src.org.get("name") or ""
    subject = t("reports", "{review}: annual data protection review (Art. 5(2), 24(1) GDPR)").format(
        review=data.review.title)
    return Document(title(), subject, org,
                    src.generated, (src.anchor.count, src.anchor.head), story,
                    keywords=["GDPR", "annual review", "Art. 24", data.review.title])



