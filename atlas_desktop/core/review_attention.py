"""Which review items need attention, so that "confirm all remaining" leaves them to be looked at one by one.

Confirming a record "unchanged" says it is still right. For most records that is a quick
yes; for some the register itself says otherwise, and a bulk click must not sign them off:

- a deadline on the record has passed: its own review date (Art. 5(2), 24(1)), or another
  "overdue" finding of the checks, e.g. data kept past its retention period (Art. 5(1)(e));
- a gap the checks find on the record (a missing legal basis, contract, ...);
- an activity a breach touches while a clock of that breach still runs (Art. 33(1), 34(1)).

Those items are opened, or confirmed one at a time with a note saying why they stand; the
note, the person and the time are kept with the decision and printed in the signed pack.
The review's own work is not a reason: a review date that is merely due soon, or was never
set, is what closing the review dates.

The reasons and the refusal are in the user's language (``core.i18n``, context "review"). ``BULK_NOTE`` is
not: it is stored with the decision and recognised by its English words (``is_bulk``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from . import clocks
from . import review as rv
from .breach_status import breach_state
from .checks import GAP, OVERDUE, Finding
from .i18n import t, tn

OVERDUE_KIND, BREACH_KIND, GAP_KIND = "overdue", "breach", "gap"
# What closing the review settles by itself: it dates every kept record's review.
_SETTLED_BY_THE_REVIEW = ("-review-due", "-review-missing")
# Kept as the note of the items "confirm all remaining" decides, so the pack shows them as confirmed in bulk.
BULK_NOTE = "Confirmed in bulk with the other remaining items"


@dataclass(frozen=True)
class Reason:
    """Why an item needs attention, in one plain sentence, with the article behind it."""

    kind: str        # OVERDUE_KIND, BREACH_KIND or GAP_KIND
    text: str
    article: str


Attention = dict[int, tuple[Reason, ...]]   # item id -> its reasons; calm items are absent


def bulk_note(note: str | None) -> str:
    """The note of a bulk confirmation: marked as such, with the words the person added, if any."""
    return f"{BULK_NOTE}: {note}" if note else BULK_NOTE


def is_bulk(item: rv.Item) -> bool:
    return item.decision == rv.CONFIRMED and bool(item.note) and str(item.note).startswith(BULK_NOTE)


def shown_note(item: rv.Item) -> str:
    """An item's note as the user reads it. A person's note as kept; the notes the register writes by itself
    are kept in English (they are data, the same for every language) and shown in the user's: a bulk
    confirmation as "In bulk" (the review pack's heading explains it), the review's own "Added during the review",
    "Active again", "Deleted during the review" (storage/review_hooks.py) translated."""
    note = str(item.note or "")
    if is_bulk(item):
        return t("review", "In bulk") + note[len(BULK_NOTE):]
    own = {"Added during the review": t("review", "Added during the review"),
           "Active again": t("review", "Active again"),
           "Deleted during the review": t("review", "Deleted during the review")}
    return own.get(note, note)


def clean_note(note: str | None) -> str | None:
    """A note as kept: blanks around it trimmed; only blanks is no note."""
    text = (note or "").strip()
    return text or None


def attention(items: Iterable[rv.Item], findings: Iterable[Finding], breaches: Iterable[Mapping[str, Any]],
              consent_purposes: Mapping[int, str], now: dt.datetime, time_zone: str) -> Attention:
    """The reasons each item needs attention. ``findings`` are the checks' (``run_checks``) at ``now``;
    ``breaches`` derived breach records; ``consent_purposes`` a consent record's id -> its purpose key
    (``review.purpose_key``), so a gap on a consent record lands on its purpose."""
    by_ref: dict[tuple[str, Any], list[int]] = {}
    for item in items:
        by_ref.setdefault(item.ref, []).append(item.id)
    found: dict[int, list[Reason]] = {}

    def add(ref: tuple[str, Any], reason: Reason) -> None:
        for item_id in by_ref.get(ref, ()):
            reasons = found.setdefault(item_id, [])
            if reason not in reasons:
                reasons.append(reason)

    for f in findings:
        if f.severity not in (OVERDUE, GAP) or f.record is None or f.code.endswith(_SETTLED_BY_THE_REVIEW):
            continue
        kind = OVERDUE_KIND if f.severity == OVERDUE else GAP_KIND
        if f.entity == "consent":
            key = consent_purposes.get(f.record)
            if key:
                add((rv.CONSENT_PURPOSE, key), Reason(kind, f.message, f.article))
        elif f.entity in rv.BY_ENTITY:
            add((f.entity, f.record), Reason(kind, f.message, f.article))
    zone = clocks.zone(time_zone)
    for b in breaches:
        state = breach_state(b, now, zone)
        if not state.running:
            continue
        text = (t("review", "Breach \u201c{title}\u201d touches this activity and its clock is still running: "
                            "{authority}, and {people}.") if state.people else
                t("review", "Breach \u201c{title}\u201d touches this activity and its clock is still running: "
                            "{authority}.")).format(title=state.title, authority=state.authority, people=state.people)
        for activity_id in b.get("activities") or ():
            add(("activity", activity_id), Reason(BREACH_KIND, text, "Art. 33(1), 34(1)"))
    order = {OVERDUE_KIND: 0, BREACH_KIND: 1, GAP_KIND: 2}
    return {i: tuple(sorted(r, key=lambda x: order[x.kind])) for i, r in found.items()}


def needs_note_message(item: rv.Item, reasons: tuple[Reason, ...]) -> str:
    """The refusal when an item that needs attention is confirmed without a note."""
    first = reasons[0].text.rstrip(".")
    more = tn("review", " (and %n more)", len(reasons) - 1) if len(reasons) > 1 else ""
    return t("review", "\u201c{title}\u201d needs your attention before it is confirmed: {reason}{more}. Open it and "
                       "put it right, or confirm it with a note saying why it stands as it is.").format(
        title=item.title, reason=first, more=more)
