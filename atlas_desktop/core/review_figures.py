"""The year's figures an annual review reports: breaches, rights requests, training and open findings.

Computed from the same derived dates the checks use (``run_checks`` re-derives every record),
so a breach counted late here is the one the dashboard called late. Figures are plain
dataclasses with ``to_json``/``from_json``: a closed review keeps the figures it was signed with.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from . import clocks
from .breach_status import breach_state
from .checks import run_checks
from .context import Context
from .dashboard_figures import training_coverage, untrained_staff
from .derive import derive
from .i18n import t
from .review import Period
from .vocab import BREACH_CAUSE, RIGHT_TYPE

Record = dict[str, Any]
_OPEN_REQUEST = frozenset({"received", "verifying", "in_progress"})
# Labels kept in the figures (in English, like the vocabularies' labels) and translated where they are shown.
NO_CAUSE = "Cause not recorded"
NO_RIGHT = "Right not recorded"
_NEVER = dt.datetime.max.replace(tzinfo=dt.UTC)  # a breach without its time sorts last


@dataclass(frozen=True)
class CauseLine:
    cause: str                # the EDPB 01/2021 family's label
    breaches: int
    notified: int             # to the authority (Art. 33(1))
    on_time: int              # within the 72 hours
    late: int
    not_needed: int           # unlikely to result in a risk, or the client's to notify: documented only (Art. 33(5))
    undecided: int            # neither notified nor decided yet
    to_notify: int = 0        # decided (or assessed) to notify, not notified yet; 0 in figures signed before it


@dataclass(frozen=True)
class BreachLine:
    """A breach whose clock was running when the figures were counted, whatever its period (Art. 33, 34)."""

    title: str
    aware: str                # when the office became aware, in its own zone
    authority: str            # the Art. 33(1) decision as recorded (Art. 33(2) for a client's breach)
    people: str               # the Art. 34 decision as recorded ("" when the client decides)


@dataclass(frozen=True)
class RightLine:
    right: str                # the right's label, e.g. "Access to their data"
    article: str
    requests: int
    answered: int             # a reply was sent
    on_time: int              # by the Art. 12(3) due date
    late: int
    extended: int             # by two months (Art. 12(3))
    open: int                 # still being handled
    overdue: int              # still open past the due date


@dataclass(frozen=True)
class FindingLine:
    severity: str             # "overdue", "due soon" or "gap"
    message: str
    article: str


@dataclass(frozen=True)
class YearFigures:
    period_start: dt.date
    period_end: dt.date
    breaches: list[CauseLine] = field(default_factory=list)
    people_told: int = 0      # breaches where the people affected were told (Art. 34)
    requests: list[RightLine] = field(default_factory=list)
    staff: int = 0
    trained: int = 0
    training_percent: int | None = None
    untrained: list[str] = field(default_factory=list)
    findings: list[FindingLine] = field(default_factory=list)
    # Retention periods that ran out with the data still held (Art. 5(1)(e)): the checks' "retention-" findings,
    # listed on their own because deleting is the one thing a review can do about them at once.
    retention_ended: list[FindingLine] = field(default_factory=list)
    # Every breach with a clock still running when counted, from before the period too: a review must not
    # leave out a breach only because the office became aware of it last year.
    running_breaches: list[BreachLine] = field(default_factory=list)

    @property
    def breach_total(self) -> CauseLine:
        return CauseLine("All breaches", *_totals(self.breaches, _CAUSE_NUMBERS))

    @property
    def request_total(self) -> RightLine:
        return RightLine("All requests", "Art. 12(3)", *_totals(self.requests, _RIGHT_NUMBERS))

    def findings_by_severity(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for f in self.findings:
            out[f.severity] = out.get(f.severity, 0) + 1
        return out

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["period_start"], data["period_end"] = self.period_start.isoformat(), self.period_end.isoformat()
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> YearFigures:
        return cls(period_start=dt.date.fromisoformat(data["period_start"]),
                   period_end=dt.date.fromisoformat(data["period_end"]),
                   breaches=[CauseLine(**x) for x in data.get("breaches", [])],
                   people_told=int(data.get("people_told", 0)),
                   requests=[RightLine(**x) for x in data.get("requests", [])],
                   staff=int(data.get("staff", 0)), trained=int(data.get("trained", 0)),
                   training_percent=data.get("training_percent"), untrained=list(data.get("untrained", [])),
                   findings=[FindingLine(**x) for x in data.get("findings", [])],
                   retention_ended=[FindingLine(**x) for x in data.get("retention_ended", [])],
                   running_breaches=[BreachLine(**x) for x in data.get("running_breaches", [])])


_CAUSE_NUMBERS = ("breaches", "notified", "on_time", "late", "not_needed", "undecided", "to_notify")
_RIGHT_NUMBERS = ("requests", "answered", "on_time", "late", "extended", "open", "overdue")


def _totals(lines: Sequence[Any], numbers: Sequence[str]) -> list[int]:
    return [sum(getattr(line, name) for line in lines) for name in numbers]


def _local_day(moment: Any, zone: dt.tzinfo) -> dt.date | None:
    if isinstance(moment, dt.datetime):
        return moment.astimezone(zone).date()
    return moment if isinstance(moment, dt.date) else None


def breach_lines(breaches: Sequence[Record], period: Period, ctx: Context) -> tuple[list[CauseLine], int]:
    """Breaches the office became aware of in the period (or, without that time, discovered or began),
    per cause family, with how the Art. 33 notification went; and how many were told to the people."""
    zone = clocks.zone(ctx.time_zone)
    tally: dict[str, list[int]] = {}
    told = 0
    for raw in breaches:
        b = derive("breach", dict(raw), ctx)
        when = b.get("aware_at") or b.get("discovered_at") or b.get("occurred_from")
        if not period.contains(_local_day(when, zone)):
            continue
        label = BREACH_CAUSE.label_of(b["cause"]) if b.get("cause") else NO_CAUSE
        row = tally.setdefault(label, [0] * 7)
        notified, deadline = b.get("notified_at"), b.get("notification_deadline")
        row[0] += 1
        if notified:
            row[1] += 1
            late = deadline is not None and notified > deadline
            row[3 if late else 2] += 1
        elif b.get("notify_authority") == "no" or b.get("risk") == "none" or b.get("our_role") == "processor":
            # Not needed: decided so, assessed unlikely to result in a risk, or a client's to notify (Art. 33(2)).
            row[4] += 1
        elif b.get("notify_authority") == "yes":
            row[6] += 1  # decided (or assessed) to notify: a decision, not yet carried out
        else:
            row[5] += 1
        told += 1 if b.get("subjects_notified_at") else 0
    order = {t.label: i for i, t in enumerate(BREACH_CAUSE.terms)}
    lines = [CauseLine(label, *row) for label, row in sorted(tally.items(), key=lambda kv: order.get(kv[0], 99))]
    return lines, told


def running_breaches(breaches: Sequence[Record], ctx: Context) -> list[BreachLine]:
    """Every breach with a clock still running at ``ctx.now`` (``core.breach_status``), the earliest first."""
    zone = clocks.zone(ctx.time_zone)
    found = []
    for raw in breaches:
        b = derive("breach", dict(raw), ctx)
        state = breach_state(b, ctx.now, zone, raw.get("notify_authority") or "undecided")
        if state.running:
            aware = b.get("aware_at")
            key = aware.astimezone(dt.UTC) if isinstance(aware, dt.datetime) else _NEVER
            found.append((key, BreachLine(state.title, state.aware, state.authority, state.people)))
    return [line for _key, line in sorted(found, key=lambda kv: kv[0])]


def request_lines(requests: Sequence[Record], period: Period, ctx: Context) -> list[RightLine]:
    """Rights requests received in the period, per right, judged against their Art. 12(3) due date."""
    today = ctx.today
    tally: dict[str, list[int]] = {}
    for raw in requests:
        r = derive("rights_request", dict(raw), ctx)
        if not period.contains(r.get("received_on")):
            continue
        code = r.get("right") or ""
        row = tally.setdefault(code, [0] * 7)
        due, sent = r.get("due_on"), r.get("response_sent_on")
        row[0] += 1
        if sent:
            row[1] += 1
            row[3 if due is not None and sent > due else 2] += 1
        elif r.get("status") in _OPEN_REQUEST:
            row[5] += 1
            row[6] += 1 if due is not None and due < today else 0
        row[4] += 1 if r.get("extended") else 0
    lines = []
    for term in RIGHT_TYPE.terms:
        if term.code in tally:
            lines.append(RightLine(term.label, term.article, *tally.pop(term.code)))
    lines += [RightLine(code or NO_RIGHT, "", *row) for code, row in tally.items()]
    return lines


def year_figures(snapshot: Mapping[str, Sequence[Record]], ctx: Context, period: Period) -> YearFigures:
    """Every figure of the review from one snapshot of the register (``Records.snapshot()``)."""
    breaches, told = breach_lines(snapshot.get("breach") or (), period, ctx)
    people = snapshot.get("person") or ()
    trainings = snapshot.get("training") or ()
    coverage = training_coverage(people, trainings, ctx)
    untrained = sorted((str(p.get("name") or t("review", "Person {id}").format(id=p.get("id")))
                        for p in untrained_staff(people, trainings, ctx)), key=str.casefold)
    checked = run_checks(snapshot, ctx)
    findings = [FindingLine(f.severity, f.message, f.article) for f in checked]
    ended = [FindingLine(f.severity, f.message, f.article) for f in checked if f.code.startswith("retention-")]
    return YearFigures(period.start, period.end, breaches, told, request_lines(snapshot.get("rights_request") or (),
                                                                              period, ctx),
                       coverage.staff, coverage.trained, coverage.percent, untrained, findings, ended,
                       running_breaches(snapshot.get("breach") or (), ctx))
