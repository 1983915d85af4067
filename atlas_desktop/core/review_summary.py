"""The review's executive summary in plain sentences, and the points it raises for management.

Pure, so the signed PDF, ``atlas review status`` and the GUI wizard say exactly the same thing, in the
user's language (``core.i18n``, context "review"; counts with their nouns through ``tn``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from . import review as rv
from .i18n import t, tn
from .review_diff import ADDED, CHANGED, RETIRED_SINCE, Change
from .review_figures import BreachLine, YearFigures


def plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


@dataclass(frozen=True)
class ReviewData:
    """Everything the review PDF shows, read once by the caller."""

    review: rv.Review
    items: Sequence[rv.Item]
    figures: YearFigures
    changes: Sequence[Change] | None        # None: the first review, nothing to compare with
    previous: rv.Review | None


def summary_lines(data: ReviewData) -> list[str]:
    """The executive summary as plain sentences (also what a test reads back from the PDF)."""
    f, counts = data.figures, rv.counts(data.items)
    lines = [tn("review", "We reviewed %n record(s) that describe our ongoing processing: {confirmed} confirmed "
                          "unchanged, {updated} updated and {retired} retired.", len(data.items))
             .format(confirmed=counts[rv.CONFIRMED], updated=counts[rv.UPDATED], retired=counts[rv.RETIRED])]
    b = f.breach_total
    if b.breaches:
        # Each breach counted once, under the decision recorded on it (Art. 33(1), 33(5)).
        lines.append(tn("review", "%n personal data breach(es) in the period: {notified} notified to the authority "
                                  "({on_time} within 72 hours, {late} late), {not_needed} not notified by a recorded "
                                  "decision (unlikely to result in a risk, or a client's breach that the client "
                                  "notifies){to_notify}{undecided}.", b.breaches)
                     .format(notified=b.notified, on_time=b.on_time, late=b.late, not_needed=b.not_needed,
                             to_notify=t("review", ", {count} to be notified but not notified yet")
                             .format(count=b.to_notify) if b.to_notify else "",
                             undecided=t("review", ", {count} with the decision still pending")
                             .format(count=b.undecided) if b.undecided else ""))
    else:
        lines.append(t("review", "No personal data breach was recorded in the period."))
    lines += running_lines(f.running_breaches)
    r = f.request_total
    if r.requests:
        lines.append(tn("review", "%n rights request(s) received: {answered} answered ({on_time} on time, {late} "
                                  "late), {extended} extended by two months{still_open}.", r.requests)
                     .format(answered=r.answered, on_time=r.on_time, late=r.late, extended=r.extended,
                             still_open=t("review", ", {open} still open ({overdue} overdue)")
                             .format(open=r.open, overdue=r.overdue) if r.open else ""))
    else:
        lines.append(t("review", "No request from a person exercising their rights was received in the period."))
    if f.staff:
        missing = t("review", "; without: {names}").format(
            names=", ".join(f.untrained[:6]) + ("…" if len(f.untrained) > 6 else "")) if f.untrained else ""
        lines.append(t("review", "{percent}% of staff ({trained} of {staff}) have valid data-protection "
                                 "training{missing}.").format(percent=f.training_percent, trained=f.trained,
                                                               staff=f.staff, missing=missing))
    by = f.findings_by_severity()
    if f.findings:
        lines.append(t("review", "Open findings: {overdue} overdue, {due_soon} due soon and {gaps} gaps in the "
                                 "records (details in section 3).")
                     .format(overdue=by.get("overdue", 0), due_soon=by.get("due soon", 0), gaps=by.get("gap", 0)))
    else:
        lines.append(t("review", "There are no open findings: nothing is overdue or missing."))
    if data.changes is None:
        lines.append(t("review", "This is the first review: later reviews will list what changed since this one."))
    else:
        kinds = {k: sum(1 for c in data.changes if c.kind == k) for k in (ADDED, CHANGED, RETIRED_SINCE)}
        since = data.previous.title if data.previous else t("review", "the previous review")
        lines.append(t("review", "Since {since}: {added} added, {changed} changed and {retired} retired or removed.")
                     .format(since=since, added=kinds[ADDED], changed=kinds[CHANGED], retired=kinds[RETIRED_SINCE]))
    return lines


def describe(line: BreachLine) -> str:
    """One breach and what is recorded on it: "Laptop stolen" (aware 02 Mar 2026 10:00 CET): notified the
    authority on …, and told the people affected on …."""
    aware = t("review", " (aware {when})").format(when=line.aware) if line.aware else ""
    people = t("review", ", and {people}").format(people=line.people) if line.people else ""
    return t("review", "\u201c{title}\u201d{aware}: {authority}{people}").format(
        title=line.title, aware=aware, authority=line.authority, people=people)


def running_lines(running: Sequence[BreachLine]) -> list[str]:
    """The breaches whose clock still runs, whenever they happened: none may drop out of the summary."""
    if not running:
        return []
    head = tn("review", "%n breach(es) still (has|have) a clock running (Art. 33(1), 34(1)), whenever it happened: "
                        "{breaches}", len(running))
    listed = "; ".join(describe(line) for line in running[:5])
    end = t("review", "; and {count} more (section 2).").format(count=len(running) - 5) if len(running) > 5 else "."
    return [head.format(breaches=listed) + end]


def actions(data: ReviewData) -> list[str]:
    """What management should see to next: the overdue findings first, then training and late answers."""
    f = data.figures
    out = [x.message for x in f.findings if x.severity == "overdue"][:5]
    overdue_more = sum(1 for x in f.findings if x.severity == "overdue") - len(out)
    if overdue_more > 0:
        out.append(t("review", "…and {count} more overdue (section 3).").format(count=overdue_more))
    if f.untrained:
        out.append(tn("review", "Train the %n member(s) of staff without valid training (Art. 32(4)).",
                      len(f.untrained)))
    if f.breach_total.late:
        out.append(t("review", "Some breaches were notified after 72 hours: check the breach procedure (Art. 33(1))."))
    if f.request_total.late or f.request_total.overdue:
        out.append(t("review", "Some rights requests were answered late or are overdue: check who handles them "
                               "(Art. 12(3))."))
    return out
