"""The review's executive summary in plain sentences, and the points it raises for management.

Pure, so the signed PDF, ``atlas review status`` and the GUI wizard say exactly the same thing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from . import review as rv
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
    reviewed = len(data.items)
    lines = [(f"We reviewed {plural(reviewed, 'record')} that describe our ongoing processing: "
              f"{counts[rv.CONFIRMED]} confirmed unchanged, {counts[rv.UPDATED]} updated and "
              f"{counts[rv.RETIRED]} retired.")]
    b = f.breach_total
    if b.breaches:
        # Each breach counted once, under the decision recorded on it (Art. 33(1), 33(5)).
        lines.append(f"{plural(b.breaches, 'personal data breach', 'personal data breaches')} in the period: "
                     f"{b.notified} notified to the authority ({b.on_time} within 72 hours, {b.late} late), "
                     f"{b.not_needed} not notified by a recorded decision (unlikely to result in a risk, or a "
                     "client's breach that the client notifies)"
                     + (f", {b.to_notify} to be notified but not notified yet" if b.to_notify else "")
                     + (f", {b.undecided} with the decision still pending" if b.undecided else "") + ".")
    else:
        lines.append("No personal data breach was recorded in the period.")
    lines += running_lines(f.running_breaches)
    r = f.request_total
    if r.requests:
        lines.append(f"{plural(r.requests, 'rights request')} received: {r.answered} answered "
                     f"({r.on_time} on time, {r.late} late), {r.extended} extended by two months"
                     + (f", {r.open} still open ({r.overdue} overdue)" if r.open else "") + ".")
    else:
        lines.append("No request from a person exercising their rights was received in the period.")
    if f.staff:
        missing = "; without: " + ", ".join(f.untrained[:6]) + ("…" if len(f.untrained) > 6 else "") \
            if f.untrained else ""
        lines.append(f"{f.training_percent}% of staff ({f.trained} of {f.staff}) have valid data-protection "
                     f"training{missing}.")
    by = f.findings_by_severity()
    if f.findings:
        lines.append(f"Open findings: {by.get('overdue', 0)} overdue, {by.get('due soon', 0)} due soon and "
                     f"{by.get('gap', 0)} gaps in the records (details in section 3).")
    else:
        lines.append("There are no open findings: nothing is overdue or missing.")
    if data.changes is None:
        lines.append("This is the first review: later reviews will list what changed since this one.")
    else:
        kinds = {k: sum(1 for c in data.changes if c.kind == k) for k in (ADDED, CHANGED, RETIRED_SINCE)}
        since = data.previous.title if data.previous else "the previous review"
        lines.append(f"Since {since}: {kinds[ADDED]} added, {kinds[CHANGED]} changed and "
                     f"{kinds[RETIRED_SINCE]} retired or removed.")
    return lines


def describe(line: BreachLine) -> str:
    """One breach and what is recorded on it: "Laptop stolen" (aware 02 Mar 2026 10:00 CET): notified the
    authority on …, and told the people affected on …."""
    aware = f" (aware {line.aware})" if line.aware else ""
    people = f", and {line.people}" if line.people else ""
    return f"\u201c{line.title}\u201d{aware}: {line.authority}{people}"


def running_lines(running: Sequence[BreachLine]) -> list[str]:
    """The breaches whose clock still runs, whenever they happened: none may drop out of the summary."""
    if not running:
        return []
    head = (f"{plural(len(running), 'breach', 'breaches')} still {'has' if len(running) == 1 else 'have'} a clock "
            "running (Art. 33(1), 34(1)), whenever it happened: ")
    return [head + "; ".join(describe(line) for line in running[:5])
            + (f"; and {len(running) - 5} more (section 2)." if len(running) > 5 else ".")]


def actions(data: ReviewData) -> list[str]:
    """What management should see to next: the overdue findings first, then training and late answers."""
    f = data.figures
    out = [x.message for x in f.findings if x.severity == "overdue"][:5]
    overdue_more = sum(1 for x in f.findings if x.severity == "overdue") - len(out)
    if overdue_more > 0:
        out.append(f"…and {overdue_more} more overdue (section 3).")
    if f.untrained:
        out.append(f"Train the {plural(len(f.untrained), 'member', 'members')} of staff without valid training "
                   "(Art. 32(4)).")
    if f.breach_total.late:
        out.append("Some breaches were notified after 72 hours: check the breach procedure (Art. 33(1)).")
    if f.request_total.late or f.request_total.overdue:
        out.append("Some rights requests were answered late or are overdue: check who handles them (Art. 12(3)).")
    return out
