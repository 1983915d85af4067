"""The numbers behind the dashboard: its findings and the figures of its small charts, from plain
records (no Qt, no storage).

Three figures: breaches per month over the last year, the share of current staff whose
data-protection training is still valid, and how many activities rely on each lawful basis.
They are counted from the very records the checks read, in the same pass, so the pictures and
the action list never disagree, and the tests can pin every edge (month ends, time zones,
nobody on staff).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from . import clocks, vocab
from .checks import DECIDING_ROLES, Finding, Source, check_stream
from .context import Context

Record = Mapping[str, Any]

# Breaches are counted in the month the office became aware of them (the moment the 72-hour
# clock starts); records from before that field was required fall back to the earlier moments.
_BREACH_MOMENTS = ("aware_at", "discovered_at", "occurred_from")

NO_BASIS = "none"           # a deciding activity with no lawful basis chosen yet (a gap)
CLIENTS_BASIS = "clients"   # processed for a client (Art. 28): the basis is the client's to choose


@dataclass(frozen=True)
class MonthCount:
    year: int
    month: int
    count: int

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month, 1)


@dataclass(frozen=True)
class Coverage:
    """How many of the current staff have a training that has not expired today."""

    trained: int
    staff: int

    @property
    def share(self) -> float | None:
        """From 0 to 1; None when nobody is on staff (a share of nobody means nothing)."""
        return self.trained / self.staff if self.staff else None

    @property
    def percent(self) -> int | None:
        """Whole percent, rounded down so that 100 % means everyone and any training shows as at least 1 %."""
        if not self.staff:
            return None
        whole = math.floor(100 * self.trained / self.staff)
        return max(whole, 1) if self.trained else 0


@dataclass(frozen=True)
class BasisCount:
    code: str      # a LAWFUL_BASIS code, or NO_BASIS / CLIENTS_BASIS
    label: str     # the vocabulary's plain label
    article: str   # e.g. "Art. 6(1)(b)"; empty for the two extra buckets
    count: int


def _months_back(today: dt.date, months: int) -> list[tuple[int, int]]:
    """(year, month) for the ``months`` calendar months ending with today's, oldest first."""
    index = today.year * 12 + today.month - 1
    return [divmod(i, 12) for i in range(index - months + 1, index + 1)]


class _MonthTally:
    """Breaches per calendar month in the organisation's zone, counted as they come (a chunk at a time)."""

    def __init__(self, ctx: Context, months: int) -> None:
        if months < 1:
            raise ValueError(f"a chart needs at least one month, not {months}")
        self.zone = clocks.zone(ctx.time_zone)
        self.window = _months_back(ctx.today, months)
        self.counts = dict.fromkeys(self.window, 0)

    def add(self, breaches: Iterable[Record]) -> None:
        for breach in breaches:
            moment = next((breach.get(k) for k in _BREACH_MOMENTS if breach.get(k) is not None), None)
            if not isinstance(moment, dt.datetime) or moment.tzinfo is None:
                continue  # nothing to place it by; the checks report the missing date
            local = moment.astimezone(self.zone)
            key = (local.year, local.month - 1)
            if key in self.counts:
                self.counts[key] += 1

    def result(self) -> list[MonthCount]:
        return [MonthCount(year, month0 + 1, self.counts[(year, month0)]) for year, month0 in self.window]


def breaches_per_month(breaches: Iterable[Record], ctx: Context, months: int = 12) -> list[MonthCount]:
    """Breaches per calendar month in the organisation's time zone, the last ``months`` months
    up to and including the current one, oldest first; months without breaches count 0."""
    tally = _MonthTally(ctx, months)
    tally.add(breaches)
    return tally.result()


def _expires(training: Record) -> dt.date | None:
    expires = training.get("expires_on")
    if expires is not None:
        return expires  # type: ignore[no-any-return]
    done, months = training.get("completed_on"), training.get("valid_months")
    if isinstance(done, dt.date) and isinstance(months, int) and months >= 1:
        return clocks.training_expires(done, months)
    return None


def training_coverage(people: Iterable[Record], trainings: Iterable[Record], ctx: Context) -> Coverage:
    """Current staff (everyone who has not left) with a training valid today in the office's zone.

    A training stops counting on the day it expires, as the checks count it."""
    return _coverage(people, _validly_trained(trainings, ctx.today))


def _coverage(people: Iterable[Record], valid: set[Any]) -> Coverage:
    """Current staff (everyone who has not left), and how many of them have an id in ``valid``."""
    staff = [p for p in people if p.get("status") != "left"]
    return Coverage(trained=sum(1 for p in staff if p.get("id") in valid), staff=len(staff))


def _validly_trained(trainings: Iterable[Record], today: dt.date) -> set[Any]:
    return {t.get("person") for t in trainings if (exp := _expires(t)) is not None and exp > today}


def untrained_staff(people: Iterable[Record], trainings: Iterable[Record], ctx: Context) -> list[Record]:
    """Current staff without a training valid today: the ones ``training_coverage`` does not count."""
    valid = _validly_trained(trainings, ctx.today)
    return [p for p in people if p.get("status") != "left" and p.get("id") not in valid]


def activities_by_basis(activities: Iterable[Record]) -> list[BasisCount]:
    """How many activities in use (not retired) rely on each Art. 6(1) basis, most used first.

    An activity counts once per basis any of its purposes names. Activities run for a client
    and activities with no basis chosen get a bar of their own, so every activity is somewhere."""
    counts = dict.fromkeys(vocab.LAWFUL_BASIS.codes, 0)
    clients = missing = 0
    for activity in activities:
        if activity.get("status") == "retired":
            continue
        if (activity.get("role") or "controller") not in DECIDING_ROLES:
            clients += 1
            continue
        bases = {b for p in activity.get("purposes") or () for b in p.get("bases") or ()}
        for basis in bases & counts.keys():
            counts[basis] += 1
        if not bases:
            missing += 1
    order = {code: i for i, code in enumerate(vocab.LAWFUL_BASIS.codes)}
    used = sorted((c for c in counts if counts[c]), key=lambda c: (-counts[c], order[c]))
    bars = [BasisCount(c, vocab.LAWFUL_BASIS.label_of(c), vocab.LAWFUL_BASIS.term(c).article,  # type: ignore[union-attr]
                       counts[c]) for c in used]
    if clients:
        bars.append(BasisCount(CLIENTS_BASIS, "For a client (their basis)", "Art. 28", clients))
    if missing:
        bars.append(BasisCount(NO_BASIS, "No basis chosen yet", "Art. 6(1)", missing))
    return bars


@dataclass(frozen=True)
class DashboardData:
    """Everything the dashboard shows, computed in one go (on a worker thread for big registers)."""

    organisation: str
    ctx: Context
    findings: list[Finding]
    months: list[MonthCount]
    coverage: Coverage
    bases: list[BasisCount]


def dashboard_data(snapshot: Mapping[str, Sequence[Record]], now: dt.datetime) -> DashboardData:
    """The findings (as `atlas check` gives them) and the three figures for ``snapshot`` at ``now``."""
    return dashboard_stream(lambda key: (snapshot.get(key) or (),), now)


def dashboard_stream(read: Source, now: dt.datetime) -> DashboardData:
    """``dashboard_data`` over registers read a chunk at a time (``read(entity)`` yields lists of
    records): the figures are counted from the very chunks the checks derive, in the same pass,
    so a register of 100,000 records is never held whole and is read once."""
    orgs = [r for chunk in read("organisation") for r in chunk] or [{}]
    ctx = Context.for_organisation(orgs[0], now)
    months = _MonthTally(ctx, 12)
    people: list[Record] = []
    activities: list[Record] = []
    valid: set[Any] = set()

    def observe(entity: str, chunk: Sequence[Record]) -> None:
        if entity == "breach":
            months.add(chunk)
        elif entity == "training":
            valid.update(_validly_trained(chunk, ctx.today))
        elif entity == "person":
            people.extend(chunk)
        elif entity == "activity":
            activities.extend(chunk)

    findings = check_stream(read, ctx, observe)
    return DashboardData(
        organisation=str(orgs[0].get("name") or ""), ctx=ctx, findings=findings, months=months.result(),
        coverage=_coverage(people, valid), bases=activities_by_basis(activities))
