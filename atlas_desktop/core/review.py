"""What the annual review covers and how it decides: the reviewed registers, the decisions, the period.

Pure rules shared by storage (which keeps a review's items), the exports (the signed review
PDF and pack) and the GUI wizard. Art. 5(2) and 24(1) ask the controller to review and update
its measures "where necessary"; both offices the product is modelled on promise to do it at
least once a year, and this is that yearly pass over every record that describes an ongoing
processing: activities, processors, DPIAs, policies and the purposes consent is relied on for.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from . import clocks

Record = dict[str, Any]

# Decisions on one item. "open" is the state every item starts in.
OPEN, CONFIRMED, UPDATED, RETIRED = "open", "confirmed", "updated", "retired"
DECISIONS = (OPEN, CONFIRMED, UPDATED, RETIRED)
DECISION_LABELS = {OPEN: "Not reviewed yet", CONFIRMED: "Confirmed unchanged", UPDATED: "Updated",
                   RETIRED: "Retired"}
IN_PROGRESS, CLOSED = "in_progress", "closed"

DEFAULT_MONTHS = 12
# Item kind of the consent purposes: not a register of its own, the purposes found in the consent records.
CONSENT_PURPOSE = "consent"


@dataclass(frozen=True)
class Reviewed:
    """One register the review walks through, and how it retires a record and dates its next review."""

    entity: str
    heading: str                  # as the wizard and the PDF head its items
    retire_field: str | None      # the status field a retirement sets…
    retire_value: str | None      # …to this value (a record with it is no longer reviewed)
    reviewed_field: str | None    # the "last reviewed" date the close sets to the closing day
    retire_help: str              # what retiring means for this register, in plain words


REVIEWED: tuple[Reviewed, ...] = (
    Reviewed("activity", "Processing activities (Art. 30(1))", "status", "retired", "last_reviewed",
             "The activity stops: it stays in the history as Retired and leaves the Art. 30 record."),
    Reviewed("processor", "Processors (Art. 28)", "status", "ended", "last_security_review",
             "The contract has ended: the processor is kept as Contract ended."),
    Reviewed("dpia", "DPIAs (Art. 35)", "status", "retired", "last_reviewed",
             "The processing assessed has stopped: the DPIA is kept as Retired (Art. 35(11))."),
    Reviewed("policy", "Policies (Art. 24(2))", "status", "retired", "last_reviewed_on",
             "The policy no longer applies: it is kept as Retired."),
    Reviewed(CONSENT_PURPOSE, "Purposes relying on consent (Art. 6(1)(a), 7(1))", None, None, None,
             "You no longer rely on consent for this purpose: the consent records are kept as proof "
             "(Art. 7(1)), and the purpose is not reviewed again unless new consent is collected for it."),
)
BY_ENTITY = {r.entity: r for r in REVIEWED}


def is_active(entity: str, record: Mapping[str, Any]) -> bool:
    """Whether a record is still in force, and so is one of the review's items."""
    rule = BY_ENTITY.get(entity)
    if rule is None or rule.retire_field is None:
        return rule is not None
    return record.get(rule.retire_field) != rule.retire_value


def purpose_key(purpose: Any) -> str:
    """Consent purposes are typed freely: "Newsletter " and "newsletter" are one purpose."""
    return " ".join(str(purpose or "").split()).casefold()


@dataclass(frozen=True)
class Purpose:
    """A purpose consent is relied on for, gathered from the consent records."""

    key: str
    label: str                      # as first typed
    records: int                    # consent records naming it
    withdrawn: int                  # of which withdrawn (Art. 7(3))
    latest: dt.datetime | None      # the latest consent given for it

    @property
    def state(self) -> dict[str, Any]:
        return {"purpose": self.label, "records": self.records, "withdrawn": self.withdrawn}


def consent_purposes(consents: Iterable[Mapping[str, Any]]) -> list[Purpose]:
    """The distinct purposes in the consent records, in order of their label."""
    found: dict[str, dict[str, Any]] = {}
    for c in consents:
        key = purpose_key(c.get("purpose"))
        if not key:
            continue
        entry = found.setdefault(key, {"label": " ".join(str(c.get("purpose")).split()), "records": 0,
                                       "withdrawn": 0, "latest": None})
        entry["records"] += 1
        entry["withdrawn"] += 1 if c.get("withdrawn_at") else 0
        given = c.get("given_at")
        if isinstance(given, dt.datetime) and (entry["latest"] is None or given > entry["latest"]):
            entry["latest"] = given
    return sorted((Purpose(k, **v) for k, v in found.items()), key=lambda p: p.label.casefold())


def purpose_still_retired(purpose: Purpose, retired_at: dt.datetime | None) -> bool:
    """A purpose retired in an earlier review stays out unless consent was collected for it since."""
    if retired_at is None:
        return False
    return purpose.latest is None or purpose.latest <= retired_at


@dataclass(frozen=True)
class Period:
    """The stretch of time the year's figures count: from the day after the last review's period, or
    twelve months back, to the review's own day (both ends included, in the office's zone)."""

    start: dt.date
    end: dt.date

    def contains(self, day: dt.date | None) -> bool:
        return day is not None and self.start <= day <= self.end

    def label(self) -> str:
        """The period as the audit trail records it: the same words whatever the user's language."""
        return f"{self.start:%d %b %Y} – {self.end:%d %b %Y}"

    def shown(self) -> str:
        """The period as the user reads it: English as ``label``; other languages with their own month names
        and order (CLDR, via Babel): "5 feb. 2026 – 4 feb. 2027"."""
        from . import i18n
        if i18n.language() == i18n.ENGLISH:
            return self.label()
        return f"{i18n.format_date(self.start)} – {i18n.format_date(self.end)}"


def review_period(today: dt.date, previous_end: dt.date | None) -> Period:
    """The figures follow on from the previous review when it was within the last two years, so no
    breach or request falls between two reviews; otherwise they cover the last twelve months."""
    year_ago = clocks.add_months(today, -12) + dt.timedelta(days=1)
    if previous_end is not None and clocks.add_months(today, -24) <= previous_end < today:
        return Period(previous_end + dt.timedelta(days=1), today)
    return Period(year_ago, today)


def review_title(today: dt.date, taken: Iterable[str]) -> str:
    """ "Annual review 2026", or "Annual review 2026 (2)" for a second one in the same year."""
    base = f"Annual review {today.year}"
    taken = set(taken)
    if base not in taken:
        return base
    n = 2
    while f"{base} ({n})" in taken:
        n += 1
    return f"{base} ({n})"


@dataclass(frozen=True)
class Review:
    """One review as storage hands it out."""

    id: int
    title: str
    status: str                   # IN_PROGRESS or CLOSED
    started_at: dt.datetime
    started_by: str
    period: Period
    audit_count: int              # the audit trail's head when the review started (the snapshot's anchor)
    audit_head: str
    counts_at_start: dict[str, int] = field(default_factory=dict)   # active records per register at start
    closed_at: dt.datetime | None = None
    closed_by: str | None = None
    previous_id: int | None = None
    pack_name: str | None = None
    pack_sha256: str | None = None
    pack_size: int | None = None

    @property
    def is_open(self) -> bool:
        return self.status == IN_PROGRESS


@dataclass(frozen=True)
class Item:
    """One thing to confirm, update or retire."""

    id: int
    review_id: int
    entity: str                   # a REVIEWED entity, or CONSENT_PURPOSE
    record_id: int | None         # None for a consent purpose
    purpose: str | None           # purpose_key for a consent purpose
    title: str
    decision: str
    decided_by: str | None
    decided_at: dt.datetime | None
    note: str | None
    state_at_start: dict[str, Any]
    state_at_close: dict[str, Any] | None

    @property
    def ref(self) -> tuple[str, Any]:
        """What identifies the item from one review to the next."""
        return (self.entity, self.purpose if self.record_id is None else self.record_id)

    @property
    def is_open(self) -> bool:
        return self.decision == OPEN


def counts(items: Iterable[Item]) -> dict[str, int]:
    """How many items stand at each decision: the figures `atlas review status --json` reports."""
    out = {d: 0 for d in DECISIONS}
    for item in items:
        out[item.decision] += 1
    return out


def next_review(close_day: dt.date, entity: str, record: Mapping[str, Any]) -> dt.date | None:
    """When the record is next due once the review has dated it: policies their own cycle, others twelve
    months (or the interval their record sets)."""
    if entity == "policy":
        return clocks.review_due(close_day, int(record.get("review_cycle_months") or DEFAULT_MONTHS))
    if entity in ("activity", "processor"):
        return clocks.review_due(close_day, int(record.get("review_every_months") or DEFAULT_MONTHS))
    if entity == "dpia":
        return clocks.review_due(close_day, DEFAULT_MONTHS)
    return None
