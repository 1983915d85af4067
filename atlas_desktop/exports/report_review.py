"""The "Annual data protection review" PDF: a two-minute summary for the board, the details, and sign-off.

Built from a closed (or, for a preview, an in-progress) review as ``storage.reviews`` keeps
it: its items and decisions, the year's figures and the changes since the previous review.
The summary comes first and fits on the first page; every figure after it is the same one,
in detail, with the article that asks for it.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ..core import review as rv
from ..core.review_diff import CHANGE_LABELS
from ..core.review_attention import BULK_NOTE, is_bulk
from ..core.review_figures import BreachLine
from ..core.review_summary import ReviewData, actions, plural, summary_lines
from .pdf_base import Document, Heading, TocHere
from .pdf_blocks import Source, esc, frame_width, grid, kv_table, label_cell, para, scaled
from .pdf_style import LEVEL_FILL, RULE, STYLES

TITLE = "Annual data protection review"
_DECISION_FILL = {rv.CONFIRMED: LEVEL_FILL["low"], rv.UPDATED: LEVEL_FILL["medium"], rv.RETIRED: None,
                  rv.OPEN: LEVEL_FILL["high"]}
# A note right under a section heading stays on the page of what follows it, with the heading.
_NOTE_WITH_NEXT = ParagraphStyle("note_with_next", parent=STYLES.note, keepWithNext=1)
_SEVERITY_LABEL = {"overdue": "Overdue", "due soon": "Due soon", "gap": "Gap"}


def _day(src: Source, moment: object) -> str:
    return src.when(moment).split(" ")[0] if moment else ""  # type: ignore[arg-type]


def _header(src: Source, data: ReviewData, width: float) -> list[Flowable]:
    review = data.review
    status = (f"Closed {src.when(review.closed_at)} by {review.closed_by}" if review.closed_at
              else "In progress: a draft, not the signed review")
    rows = [[label_cell("Organisation"), para(src.org.get("name") or "")],
            [label_cell("Review"), para(review.title)],
            [label_cell("Period covered"), para(review.period.label())],
            [label_cell("Started"), para(f"{src.when(review.started_at)} by {review.started_by}")],
            [label_cell("Status"), para(status)],
            [label_cell("Snapshot at start", "audit trail"),
             para(f"Entry {review.audit_count}; head hash {review.audit_head}")]]
    return [Paragraph(esc(TITLE), STYLES.title),
            Paragraph("The yearly check of our records of processing and data-protection measures — "
                      "Articles 5(2) and 24(1) GDPR", STYLES.subtitle), *kv_table(rows, width)]


def _summary(data: ReviewData) -> list[Flowable]:
    out: list[Flowable] = [Heading("Executive summary", 0, key="summary")]
    out += [Paragraph(f"•&nbsp;&nbsp;{esc(line)}", STYLES.body) for line in summary_lines(data)]
    todo = actions(data)
    out.append(Paragraph("<b>For management</b>", STYLES.h3))
    out += ([Paragraph(f"{i}.&nbsp;&nbsp;{esc(line)}", STYLES.body) for i, line in enumerate(todo, 1)]
            or [para("Nothing needs management's action: keep the records current and review again in a year.",
                     STYLES.body)])
    return out


# -- the details -----------------------------------------------------------------------------------------
def _items(src: Source, data: ReviewData, width: float) -> list[Flowable]:
    out: list[Flowable] = [Heading("1. The records reviewed", 0, key="items", toc="1. The records reviewed"),
                           Paragraph("Each record was confirmed unchanged, updated in the register, or retired (kept "
                                     "in the history but no longer in force), by the person named, on the day "
                                     "shown. \u201cIn bulk\u201d marks records confirmed together with the other "
                                     "remaining ones; a record that needed attention (overdue, a breach clock "
                                     "running, a gap) could only be confirmed on its own, with a note saying why. "
                                     "The next review is dated from the close: a year, or the record's own review "
                                     "cycle.", _NOTE_WITH_NEXT)]
    for rule in rv.REVIEWED:
        items = [i for i in data.items if i.entity == rule.entity]
        if not items:
            continue
        rows, fills = [], []
        for n, item in enumerate(items):
            rows.append([item.title, rv.DECISION_LABELS[item.decision], item.decided_by or "",
                         _day(src, item.decided_at), _note(item), _next_due(item)])
            if (fill := _DECISION_FILL.get(item.decision)) is not None:
                fills.append((1, n, fill))
        out += [Heading(rule.heading, 1, key=f"items-{rule.entity}"),
                grid(["Record", "Decision", "By", "On", "Note", "Next review"], rows,
                     scaled([2.5, 1.4, 1.15, 1.15, 2.75, 1.15], width), fills)]
    return out


def _note(item: rv.Item) -> str:
    """The note as kept; a bulk confirmation's own words shortened to "In bulk" (the heading note explains it)."""
    if is_bulk(item):
        return "In bulk" + str(item.note)[len(BULK_NOTE):]
    return item.note or ""


def _next_due(item: rv.Item) -> str:
    state = item.state_at_close or {}
    for key in ("next_review_due", "next_review"):
        if state.get(key):
            return str(state[key])
    return "—" if item.decision == rv.RETIRED or item.entity == rv.CONSENT_PURPOSE else ""


def _figures(data: ReviewData, width: float) -> list[Flowable]:
    f = data.figures
    out: list[Flowable] = [Heading("2. The year's figures", 0, key="figures", toc="2. The year's figures"),
                           Paragraph(f"From {f.period_start:%d %B %Y} to {f.period_end:%d %B %Y}.", _NOTE_WITH_NEXT),
                           Heading("Breaches by cause (Art. 33, EDPB Guidelines 01/2021)", 1, key="fig-breaches")]
    lines = [*f.breaches, f.breach_total] if f.breaches else []
    out.append(grid(["Cause", "Breaches", "Notified", "In 72 h", "Late", "Not notified by decision",
                     "To notify, not sent", "Decision pending"],
                    [[x.cause, x.breaches, x.notified, x.on_time, x.late, x.not_needed, x.to_notify, x.undecided]
                     for x in lines],
                    scaled([3.0, 1, 1, 0.9, 0.8, 1.3, 1.2, 1.1], width)) if lines else
               para("No breach in the period.", STYLES.body))
    if f.breaches:
        told = plural(f.people_told, "breach", "breaches")
        out.append(Paragraph(f"The people affected were told (Art. 34) in {told}. Not notified by decision: judged "
                             "unlikely to result in a risk and documented (Art. 33(1), 33(5)), or a client's breach, "
                             "which the client notifies (Art. 33(2)).", STYLES.note))
    out += _running(f.running_breaches, width)
    out.append(Heading("Rights requests by type (Art. 12(3), 15–22)", 1, key="fig-requests"))
    lines2 = [*f.requests, f.request_total] if f.requests else []
    out.append(grid(["Request", "Received", "Answered", "On time", "Late", "Extended", "Open", "Overdue"],
                    [[f"{x.right} ({x.article})" if x.article else x.right, x.requests, x.answered, x.on_time, x.late,
                      x.extended, x.open, x.overdue] for x in lines2],
                    scaled([3.4, 0.9, 0.9, 0.9, 0.7, 0.9, 0.7, 0.8], width)) if lines2 else
               para("No rights request in the period.", STYLES.body))
    out.append(Heading("Staff training (Art. 32(4))", 1, key="fig-training"))
    if f.staff:
        out.append(para(f"{f.training_percent}% of current staff ({f.trained} of {f.staff}) have training that is "
                        "valid today.", STYLES.body))
        out.append(para("Without valid training: " + ", ".join(f.untrained) + "." if f.untrained else
                        "Everyone on the staff list has valid training.", STYLES.body))
    else:
        out.append(para("No staff are recorded.", STYLES.body))
    out.append(Heading("Retention periods that ran out (Art. 5(1)(e))", 1, key="fig-retention"))
    if f.retention_ended:
        out.append(grid(["Data still held after its retention period", "Article"],
                        [[x.message, x.article] for x in f.retention_ended], scaled([7, 1.4], width)))
    else:
        out.append(para("None: no data is kept past the retention period its activity records.", STYLES.body))
    out.append(Heading("3. Open findings", 0, key="findings", toc="3. Open findings"))
    if f.findings:
        out.append(Paragraph("What the dashboard and \u201catlas check\u201d report at the close: deadlines passed, deadlines "
                             "close, and gaps the GDPR asks to be filled.", STYLES.note))
        fills = [(0, i, LEVEL_FILL["high" if x.severity == "overdue" else "medium" if x.severity == "due soon"
                                    else "low"]) for i, x in enumerate(f.findings)]
        out.append(grid(["Severity", "Finding", "Article"],
                        [[_SEVERITY_LABEL.get(x.severity, x.severity), x.message, x.article] for x in f.findings],
                        scaled([1, 6, 1.4], width), fills))
    else:
        out.append(para("None: nothing is overdue or missing.", STYLES.body))
    return out


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _running(running: list[BreachLine], width: float) -> list[Flowable]:
    """Every breach whose clock still ran when the figures were counted, from before the period too."""
    out: list[Flowable] = [Heading("Breaches with a clock still running (Art. 33(1), 34(1))", 1, key="fig-running")]
    if not running:
        return [*out, para("None: every breach was notified, or decided not to be, and the people affected were "
                           "told where they had to be.", STYLES.body)]
    out.append(Paragraph("Whenever they happened: the decisions as recorded in the register.", STYLES.note))
    rows = [[x.title, x.aware, _sentence(x.authority), _sentence(x.people) or "The client decides (Art. 33(2))"]
            for x in running]
    out.append(grid(["Breach", "Became aware", "Notifying the authority (Art. 33(1))",
                     "Telling the people (Art. 34(1))"], rows, scaled([2.2, 1.5, 2.6, 2.4], width),
                    [(2, n, LEVEL_FILL["high"]) for n in range(len(rows))]))
    return out


def _changes(data: ReviewData, width: float) -> list[Flowable]:
    title = "4. Changes since the previous review"
    out: list[Flowable] = [Heading(title, 0, key="changes", toc=title)]
    if data.changes is None:
        return [*out, para("This is the first review: there is nothing to compare with yet.", STYLES.body)]
    since = data.previous
    if since is not None:
        out.append(Paragraph(esc(f"Compared with {since.title}, closed {since.closed_at:%d %B %Y}."
                                 if since.closed_at else f"Compared with {since.title}."), STYLES.note))
    if not data.changes:
        return [*out, para("Nothing was added, changed or retired since then.", STYLES.body)]
    rows = [[CHANGE_LABELS[c.kind], c.register, c.title, ", ".join(c.fields)] for c in data.changes]
    return [*out, grid(["Change", "Register", "Record", "What changed"], rows, scaled([1.1, 2.2, 2.8, 3.2], width))]


def _sign_off(width: float) -> list[Flowable]:
    cells = [[Paragraph("<b>Name and role</b>", STYLES.cell), Paragraph("<b>Signature</b>", STYLES.cell),
              Paragraph("<b>Date</b>", STYLES.cell)]] + [["", "", ""] for _ in range(2)]
    table = Table(cells, colWidths=scaled([3, 3, 1.4], width), rowHeights=[None, 16 * mm, 16 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    text = ("We have read this review. We approve the records as they stand and ask for the points listed for "
            "management to be dealt with before the next review (Art. 5(2), 24(1) GDPR).")
    return [KeepTogether([Heading("5. Sign-off by management", 0, key="signoff", toc="5. Sign-off by management"),
                          Paragraph(esc(text), STYLES.body), Spacer(1, 3), table])]


def build(src: Source, data: ReviewData) -> Document:
    width = frame_width(False)
    story: list[Flowable] = [*_header(src, data, width), *_summary(data), TocHere(),
                             *_items(src, data, width), *_figures(data, width), *_changes(data, width),
                             *_sign_off(width)]
    org = src.org.get("name") or ""
    return Document(TITLE, f"{data.review.title}: annual data protection review (Art. 5(2), 24(1) GDPR)", org,
                    src.generated, (src.anchor.count, src.anchor.head), story,
                    keywords=["GDPR", "annual review", "Art. 24", data.review.title])



