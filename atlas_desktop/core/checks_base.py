"""What the check rules share: the finding type and its severities, the due-soon windows, the words
messages are made of, and ``Run``, one pass of the checks with its indexes.

Messages are in the user's language (``core.i18n``, context "checks"): each is one literal template
``t("checks", "...")`` filled in after translating, so a translator can move every value; a count with a
noun is one plural template ``tn("checks", "%n day(s) ago", n)``; vocabulary labels go through ``spec``.
Dates and clock times stay in the ISO form the rules have always used.

It sits below the rules (``checks_rules``, ``checks_breach``, ``checks_retention``) and below
``checks``, which runs them: the rules import it, and nothing here imports a rule.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from . import clocks
from .context import MOVED_PAST, Context
from .derive import derive
from .entities import BY_KEY, ENTITIES
from .entities.breach import ASSESSED_FACTS
from .i18n import in_sentence, spec, t, tn

SEVERITIES = ("overdue", "due soon", "gap")
OVERDUE, DUE_SOON, GAP = SEVERITIES

# "Due soon" windows. A running breach clock is always "due soon": 72 hours is short enough
# that the whole clock is the warning period.
REQUEST_DUE_SOON_DAYS = 7       # Art. 12(3): a week leaves time to gather and send the answer
REVIEW_DUE_SOON_DAYS = 30       # activity, processor, DPIA and policy reviews
TRAINING_DUE_SOON_DAYS = 30     # time to book a refresher before the old one lapses
ART36_DUE_SOON_DAYS = 30        # the authority's answer to a prior consultation
OBJECTION_DUE_SOON_DAYS = 7     # Art. 28(2): objecting to a new sub-processor

# Activities whose purpose and lawfulness the office decides; as a processor (Art. 28) the
# client answers for the basis, retention, Art. 9/10 conditions, consent and the DPIA.
DECIDING_ROLES = frozenset({"controller", "joint_controller"})

Record = dict[str, Any]

_SEVERITY_ORDER = {s: i for i, s in enumerate(SEVERITIES)}
_ENTITY_ORDER = {e.key: i for i, e in enumerate(ENTITIES)}
_NO_DUE = dt.datetime.max.replace(tzinfo=dt.UTC)  # findings without a deadline sort last


@dataclass(frozen=True)
class Finding:
    """One thing to do: how urgent, which record, what to do in plain words, and why (the article)."""

    severity: str                                # one of SEVERITIES
    entity: str                                  # entity key, e.g. "breach"
    record: int | None                           # record id; None for organisation-wide findings
    title: str                                   # the record's title, as its list shows it
    message: str                                 # one plain sentence naming the record
    article: str                                 # e.g. "Art. 33(1)"
    code: str                                    # stable rule id, e.g. "breach-notification-overdue"
    due: dt.date | dt.datetime | None = None     # the deadline concerned, if any

    def __post_init__(self) -> None:
        if self.severity not in _SEVERITY_ORDER:
            raise ValueError(f"unknown severity {self.severity!r}; use one of {SEVERITIES}")

    def to_json(self) -> dict[str, Any]:
        """The ``atlas check --json`` object: exactly these five keys, a stable contract."""
        return {"severity": self.severity, "entity": self.entity, "record": self.record,
                "message": self.message, "article": self.article}


def filled(value: Any) -> bool:
    """A field somebody actually filled in (blank text counts as empty)."""
    return bool(value.strip()) if isinstance(value, str) else bool(value)


def plural(n: int, word: str) -> str:
    """English only (kept for callers outside the checks); messages use whole translated templates."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def quoted(texts: Iterable[str]) -> str:
    """Titles as a message lists them: "Payroll", "Newsletter" (with the language's own quotation marks)."""
    mark = t("checks", '"{title}"')
    return ", ".join(mark.format(title=text) for text in texts)


# Counts go through tn (core.i18n): one plural message per phrase, so each language agrees its noun with the
# number ("1 hour", "5 hours"; Romanian "5 zile" but "20 de zile").
def days_ago(days: int) -> str:
    if days == 0:
        return t("checks", "today")
    return t("checks", "yesterday") if days == 1 else tn("checks", "%n day(s) ago", days)


def days_ahead(days: int) -> str:
    if days == 0:
        return t("checks", "today")
    return t("checks", "tomorrow") if days == 1 else tn("checks", "in %n day(s)", days)


def hours_phrase(hours: float) -> str:
    """Whole elapsed hours, rounded down (never promise an hour that is not there); past the
    72 hours of the clock itself, whole days read more easily than "427 hours"."""
    whole = int(abs(hours))
    if whole == 0:
        return t("checks", "less than an hour")
    if whole <= 72:
        return tn("checks", "%n hour(s)", whole)
    return tn("checks", "%n day(s)", whole // 24)


def term(label: str) -> str:
    """A vocabulary label in the middle of a message: translated, in lower case where the language writes it so."""
    return in_sentence(spec(label))


# Registers that grow with the office's activity (a breach, request, consent or training a day)
# are read and judged a chunk at a time, so checking 100,000 records never holds them all; the
# others stay small (a few per thousand records) and are held whole, since rules look them up.
STREAMED = ("consent", "training", "breach", "rights_request")

# The stored fields of the streamed registers that the checks, the derived fields and the
# dashboard's figures read: storage reads only these for a run (``Records.checked``), which halves
# the work on a big register. tests/core/test_checks_stream.py fails if a rule, derive or a figure
# names a field of theirs that is missing here.
CHECKED_FIELDS: dict[str, tuple[str, ...]] = {
    "consent": ("subject", "purpose", "activity", "withdrawn_at", "online_service", "age", "is_child",
                "parental_consent_by"),
    "training": ("course", "person", "completed_on", "valid_months", "expires_on"),
    "breach": ("title", "status", "occurred_from", "discovered_at", "aware_at", "activities", "other_processing",
               "staff", "risk", "notify_authority", "notification_deadline", "notified_at", "delay_reason",
               "subjects_notified_at", "art34_exemption", "public_communication_at", "description", "consequences",
               "containment", "measures", "risk_reasoning", "risk_override", "override_reason", "risk_assessed",
               "severity_level", "our_role",
               "controller_name", "controller_notice_hours", "controller_deadline", "controller_told_at",
               # what the assessment is computed from (core.breach_assessment, via derive)
               "impact", "data_categories", "special_categories_involved", "vulnerable_involved", "subjects_count",
               *ASSESSED_FACTS),
    "rights_request": ("requester", "right", "received_on", "extended", "due_on", "status", "response_sent_on",
                       "outcome", "activities"),
}

# How a run reads a register: its records in chunks (one chunk is fine; a snapshot is one chunk).
Source = Callable[[str], Iterable[Sequence[Mapping[str, Any]]]]
# Told of every derived chunk as the run reads it: what the dashboard counts alongside the checks.
Observer = Callable[[str, Sequence[Record]], None]


class Run:
    """One pass of the checks: the derived records of the held registers, the indexes the rules
    share, and the findings.

    Every index is built in one pass over its register and every rule looks records up in
    them, never by scanning another register, so a run is linear in the number of records.
    The streamed registers are only ever seen a chunk at a time: their indexes hold ids,
    dates and titles, never the records.
    """

    def __init__(self, read: Source, ctx: Context, observe: Observer | None = None) -> None:
        self.ctx = ctx
        # The words every message names a record with, translated once per run (the language is process-wide).
        self._named = t("checks", '{kind} "{title}"')
        self._kinds: dict[str, str] = {}
        self._moved_past: str | None = None
        self.today = ctx.today  # computed once: it converts ``now`` into the local zone
        self.zone = clocks.zone(ctx.time_zone)
        self.findings: list[Finding] = []
        self._midnights: dict[dt.date, dt.datetime] = {}  # sort keys: few distinct dates, many findings
        self._read = read
        self._observe = observe
        self.records: dict[str, list[Record]] = {
            key: [r for chunk in self.chunks(key) for r in chunk]
            for key in BY_KEY if key != "organisation" and key not in STREAMED}
        orgs = [r for chunk in read("organisation") for r in chunk]
        self.organisation: Record = dict(orgs[0]) if orgs and orgs[0] else {}

        self.activities: dict[int, Record] = {a["id"]: a for a in self.records["activity"] if "id" in a}
        self.retired_activities = {i for i, a in self.activities.items() if a.get("status") == "retired"}
        # Forward links only (dpia.activity, consent.activity, activity.processors, training.person,
        # breach.staff): the reverse fields may be absent from plain dicts.
        self.activities_with_dpia = {d.get("activity") for d in self.records["dpia"]}
        self.processor_users: dict[int | None, list[str]] = defaultdict(list)
        for a in self.records["activity"]:
            if a.get("status") != "retired":
                for pid in a.get("processors") or ():
                    self.processor_users[pid].append(self.title("activity", a))
        # Filled while the consents are judged (checks_rules.consents), which comes before the activities
        # rule that reads it: the consent register is read once per run, like every streamed register.
        self.activities_with_consents: set[Any] = set()
        # Only the latest expiry matters: an older certificate adds nothing once a refresher exists.
        self.training_expires: dict[int | None, dt.date] = {}
        for chunk in self.chunks("training"):
            for training in chunk:
                pid, expires = training.get("person"), training.get("expires_on")
                if expires is not None and (pid not in self.training_expires
                                            or expires > self.training_expires[pid]):
                    self.training_expires[pid] = expires
        # Filled while the breaches are judged, which comes before the staff rule that reads it.
        self.breaches_of_person: dict[int | None, list[str]] = defaultdict(list)

    def chunks(self, entity: str) -> Iterator[list[Record]]:
        """The register's records, derived against this run's context, a chunk at a time.

        Computed fields are re-derived, so a holiday calendar or a clock rule changed since the
        last save can never leave a stale due date behind; derive copies, so the records read
        are never changed."""
        ctx = self.ctx
        for chunk in self._read(entity):
            derived = [derive(entity, r, ctx) for r in chunk]
            if self._observe is not None:
                self._observe(entity, derived)
            yield derived

    def records_of(self, entity: str) -> Iterator[Record]:
        """Every derived record of a register, for its rule: held, or read a chunk at a time."""
        if entity not in STREAMED:
            yield from self.records[entity]
            return
        for chunk in self.chunks(entity):
            if entity == "breach":
                for b in chunk:
                    for pid in b.get("staff") or ():
                        self.breaches_of_person[pid].append(self.title("breach", b))
            yield from chunk

    # -- naming and recording -------------------------------------------------------------
    def title(self, entity: str, rec: Record) -> str:
        if entity == "organisation":
            return str(rec.get("name") or spec("Organisation"))
        return BY_KEY[entity].title_of(rec)

    def name(self, entity: str, rec: Record) -> str:
        """How a message names a record: its kind and its title, e.g. Breach "Laptop stolen"."""
        kind = self._kinds.get(entity)
        if kind is None:
            kind = self._kinds[entity] = spec(BY_KEY[entity].label)
        return self._named.format(kind=kind, title=self.title(entity, rec))

    @property
    def moved_past(self) -> str:
        """Which holidays the due dates skipped, as a message says it: "moved past weekends only — set your
        country". The templates are ``core.context``'s, translated under "spec" as the GUI does."""
        if self._moved_past is None:
            template, args = self.ctx.calendar.words()
            self._moved_past = spec(MOVED_PAST).format(spec(template).format(*args))
        return self._moved_past

    def local(self, moment: dt.datetime) -> str:
        """A moment as the office reads it, with the zone's abbreviation (EET, EEST, CET…)."""
        # Not strftime: it imports the time module on every call, which in the GUI goes through
        # PySide6's import hook (a third of the breach rule's own time on 40,000 breaches).
        m = moment.astimezone(self.zone)
        return f"{m.year:04d}-{m.month:02d}-{m.day:02d} {m.hour:02d}:{m.minute:02d} {m.tzname() or ''}".rstrip()

    def add(self, severity: str, entity: str, rec: Record | None, message: str, article: str,
            code: str, due: dt.date | dt.datetime | None = None) -> None:
        # Organisation findings are organisation-wide (record None) but still carry its name.
        if entity == "organisation":
            record, title = None, self.title(entity, self.organisation)
        else:
            record, title = (rec or {}).get("id"), self.title(entity, rec or {})
        self.findings.append(Finding(severity, entity, record, title, message, article, code, due))

    def deadline(self, entity: str, rec: Record, due: dt.date, *, soon_days: int, article: str,
                 codes: tuple[str, str], late: str, soon: str, late_severity: str = OVERDUE,
                 lapses_on_due: bool = False, **words: str) -> None:
        """One calendar deadline. ``codes`` are the (late, soon) rule codes; the ``late``/``soon``
        templates may use {name}, {due}, {when} ("3 days ago", "in 3 days") and any of ``words``.
        Record text only ever arrives as a format argument, never inside a template, so braces in a
        title are harmless. ``lapses_on_due``: the due day itself is already too late (a training
        stops counting on the day it expires)."""
        days = clocks.days_until(due, self.today)
        if days < (1 if lapses_on_due else 0):
            code, template, severity, when = codes[0], late, late_severity, days_ago(-days)
        elif days <= soon_days:
            code, template, severity, when = codes[1], soon, DUE_SOON, days_ahead(days)
        else:
            return
        message = template.format(name=self.name(entity, rec), due=due.isoformat(), when=when, **words)
        self.add(severity, entity, rec, message, article, code, due)

    def sort_key(self, f: Finding) -> tuple[Any, ...]:
        due = f.due
        if due is None:
            moment = _NO_DUE
        elif isinstance(due, dt.datetime):
            moment = due
        else:  # a date deadline is read as the start of that day in the office's zone
            moment = self._midnights.get(due) or self._midnights.setdefault(
                due, dt.datetime.combine(due, dt.time.min, tzinfo=self.zone))
        return (_SEVERITY_ORDER[f.severity], moment, _ENTITY_ORDER.get(f.entity, len(_ENTITY_ORDER)),
                f.record is not None, f.record or 0, f.code)
