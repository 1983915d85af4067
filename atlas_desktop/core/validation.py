"""Judges a whole record before it is saved and lists every problem at once, by field, in plain words.

The same rules serve the GUI (messages next to fields), the CLI and spreadsheet imports
(sheet, row and column). A record with any problem is not saved at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from . import clocks, limits
from .breach_assessment import assess
from .context import Context
from .countries import is_country
from .entities import BY_KEY
from .errors import Problem
from .spec import Entity, Field, Kind

MAX_TEXT = 1_000
MAX_NOTE = 50_000
MAX_INT = 2 ** 63 - 1  # SQLite's largest integer: a larger one cannot be stored at all
# A clock a few minutes fast must not make "discovered just now" a time in the future.
FUTURE_TOLERANCE = dt.timedelta(minutes=10)

Record = Mapping[str, Any]


def _blank(value: Any) -> bool:
    return value is None or value == "" or value == []


def _type_problem(f: Field, value: Any) -> str | None:
    """Why ``value`` cannot be a value of ``f``; None when it can."""
    kind = f.kind
    if kind in (Kind.TEXT, Kind.NOTE):
        if not isinstance(value, str):
            return "must be text."
        limit = MAX_NOTE if kind is Kind.NOTE else MAX_TEXT
        if len(value) > limit:
            return f"is too long ({len(value):,} characters; at most {limit:,})."
        if kind is Kind.TEXT and ("\n" in value or "\r" in value):
            return "must be a single line."
        return _characters(value, multiline=kind is Kind.NOTE)
    elif kind is Kind.INT:
        if isinstance(value, bool) or not isinstance(value, int):
            return "must be a whole number."
        if abs(value) > MAX_INT:
            return "is too large a number."
        if f.minimum is not None and value < f.minimum:
            return f"must be at least {f.minimum}." if f.minimum else "cannot be negative."
        if f.maximum is not None and value > f.maximum:
            return f"must be at most {f.maximum}."
    elif kind is Kind.BOOL:
        if not isinstance(value, bool):
            return "must be yes or no."
    elif kind is Kind.DATE:
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            return "must be a date (YYYY-MM-DD)."
        return _when(value)
    elif kind is Kind.DATETIME:
        if not isinstance(value, dt.datetime):
            return "must be a date and time."
        if value.tzinfo is None or value.utcoffset() is None:
            return "needs a time zone."
        return _when(value.date())  # the date on the clock it was given in, as the person wrote it
    elif kind is Kind.CHOICE:
        if not isinstance(value, str):
            return "must be one of the listed choices."
        if problem := _characters(value):
            return problem
        if f.vocab is not None and not f.vocab.open and value not in f.vocab:
            return f"'{value}' is not one of the choices ({', '.join(f.vocab.codes)})."
    elif kind in (Kind.CHOICES, Kind.TAGS):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return "must be a list of entries."
        for number, entry in enumerate(value, start=1):
            problem = limits.text_problem(entry)
            if problem:
                return f": entry {number} {problem}."
        if kind is Kind.CHOICES and f.vocab is not None:
            wrong = [v for v in value if v not in f.vocab]
            if wrong:
                return f"'{wrong[0]}' is not one of the choices ({', '.join(f.vocab.codes)})."
        if any(len(v) > MAX_TEXT for v in value):
            return f"has an entry longer than {MAX_TEXT:,} characters."
    elif kind in (Kind.COUNTRY, Kind.TIMEZONE) and isinstance(value, str) and (problem := _characters(value)):
        return problem  # before the messages below, which quote the value
    elif kind is Kind.COUNTRY:
        if not isinstance(value, str) or not is_country(value):
            return f"'{value}' is not a country code (two letters, e.g. RO, DE, CH)."
    elif kind is Kind.TIMEZONE:
        try:
            clocks.zone(value)
        except (ValueError, TypeError):
            return f"'{value}' is not a time zone (e.g. Europe/Bucharest)."
    elif kind is Kind.LINK:
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_INT:
            return "must point to a record."
    elif kind is Kind.LINKS:
        if not isinstance(value, list) or not all(isinstance(v, int) and not isinstance(v, bool)
                                                  and 1 <= v <= MAX_INT for v in value):
            return "must be a list of records."
    return None


def _characters(text: str, multiline: bool = False) -> str | None:
    problem = limits.text_problem(text, multiline)
    return f"{problem}." if problem else None


def _when(day: dt.date) -> str | None:
    # A message starting with ":" follows the label directly: "Became aware at: 9999-12-31 is outside ...".
    problem = limits.date_problem(day)
    return f": {problem}." if problem else None


def _check_fields(fields: tuple[Field, ...], record: Record, top: str | None, row: int | None,
                  problems: list[Problem]) -> None:
    def report(f: Field, message: str) -> None:
        text = f"{f.label}{message}" if message.startswith(":") else f"{f.label} {message}"
        if top is None:
            problems.append(Problem(f.key, text))
        else:
            problems.append(Problem(top, text, row, f.key))

    for f in fields:
        if not f.editable:
            continue
        value = record.get(f.key)
        if _blank(value) or (f.kind is Kind.BOOL and value is None):
            if f.required:
                report(f, "is required.")
            continue
        problem = _type_problem(f, value)
        if problem:
            report(f, problem)
        elif f.kind is Kind.TABLE:
            if not isinstance(value, list) or not all(isinstance(r, Mapping) for r in value):
                report(f, "must be a list of rows.")
                continue
            for number, sub in enumerate(value, start=1):
                unknown = sorted(set(sub) - {c.key for c in f.fields})
                if unknown:
                    problems.append(Problem(f.key, f"{f.label} has no column '{unknown[0]}'.", number, unknown[0]))
                _check_fields(f.fields, sub, f.key, number, problems)


def validate(entity: Entity | str, record: Record, ctx: Context | None = None) -> list[Problem]:
    """Every problem with ``record`` (its full set of values), or [] when it may be saved."""
    ent = BY_KEY[entity] if isinstance(entity, str) else entity
    ctx = ctx or Context()
    problems: list[Problem] = []
    for key in record:
        if key != "id" and not ent.has(key):
            problems.append(Problem(key, f"{ent.label} has no field '{key}'."))
    _check_fields(ent.fields, record, None, None, problems)
    rule = _RULES.get(ent.key)
    if rule is not None:
        # Cross-field rules assume well-typed values: they see the fields that already have a
        # problem as blank, so every other problem is still reported in the same pass.
        bad = {p.field for p in problems}
        rule(ent, {k: (None if k in bad else v) for k, v in record.items()}, ctx, problems)
    return problems


# -- rules between fields ------------------------------------------------------------------------
def _instant(value: Any) -> Any:
    """A time as a UTC instant: Python compares two times of the same zone by their wall clocks,
    which is wrong across a DST fold (03:30 EET comes after 03:45 EEST)."""
    return value.astimezone(dt.UTC) if isinstance(value, dt.datetime) else value


def _order(ent: Entity, r: Record, earlier: str, later: str, problems: list[Problem]) -> None:
    a, b = _instant(r.get(earlier)), _instant(r.get(later))
    if a is not None and b is not None and b < a:
        problems.append(Problem(later, f"{ent.field(later).label} cannot be before "
                                       f"{ent.field(earlier).label.lower()}."))


def _not_future(ent: Entity, r: Record, key: str, ctx: Context, problems: list[Problem]) -> None:
    value = r.get(key)
    if isinstance(value, dt.datetime) and _instant(value) > _instant(ctx.now) + FUTURE_TOLERANCE:
        problems.append(Problem(key, f"{ent.field(key).label} is in the future."))
    elif isinstance(value, dt.date) and not isinstance(value, dt.datetime) and value > ctx.today:
        problems.append(Problem(key, f"{ent.field(key).label} is in the future."))


def _need(ent: Entity, r: Record, key: str, why: str, problems: list[Problem]) -> None:
    if _blank(r.get(key)):
        problems.append(Problem(key, f"{ent.field(key).label} is required {why}."))


def _organisation(ent: Entity, r: Record, ctx: Context, problems: list[Problem]) -> None:
    if r.get("has_dpo"):
        _need(ent, r, "dpo_name", "when you have a DPO (Art. 37(7))", problems)
    if r.get("holiday_country"):
        try:
            clocks.public_holidays(r["holiday_country"], r.get("holiday_region") or None)
        except ValueError as exc:
            problems.append(Problem("holiday_country" if not r.get("holiday_region") else "holiday_region",
                                    f"{str(exc)[:1].upper()}{str(exc)[1:]}."))


def _activity(ent: Entity, r: Record, ctx: Context, problems: list[Problem]) -> None:
    if r.get("role") == "joint_controller":
        _need(ent, r, "joint_controllers", "for a joint controller (Art. 26)", problems)
    if r.get("role") == "processor":
        _need(ent, r, "controllers_served", "when you act as processor (Art. 30(2)(a))", problems)
    for number, row in enumerate(r.get("retention") or [], start=1):
        if not isinstance(row, Mapping):
            continue
        has_number, has_unit = row.get("keep_for") is not None, bool(row.get("unit"))
        if has_number and not has_unit:
            problems.append(Problem("retention", "Unit is required with a number: days, weeks, months or years.",
                                    number, "unit"))
        elif has_unit and not has_number:
            problems.append(Problem("retention", "Kept for is required with a unit.", number, "keep_for"))
        elif not has_number and _blank(row.get("period")):
            problems.append(Problem("retention", "Say how long it is kept: a number and a unit, or in words "
                                                 "(Art. 30(1)(f)).", number, "keep_for"))


def _processor(ent: Entity, r: Record, ctx: Context, problems: list[Problem]) -> None:
    _not_future(ent, r, "dpa_signed_on", ctx, problems)
    _not_future(ent, r, "last_security_review", ctx, problems)
    for number, row in enumerate(r.get("subprocessor_changes") or [], start=1):
        notice, deadline = row.get("notice_received"), row.get("objection_deadline")
        if notice and deadline and deadline < notice:
            problems.append(Problem("subprocessor_changes", "Object by cannot be before the notice was received.",
                                    number, "objection_deadline"))


def _dpia(ent: Entity, r: Record, ctx: Context, problems: list[Problem]) -> None:
    seen: set[str] = set()
    for number, row in enumerate(r.get("screening") or [], start=1):
        if row.get("criterion") in seen:
            problems.append(Problem("screening", "This criterion is listed twice.", number, "criterion"))
        seen.add(row.get("criterion"))
    for number, row in enumerate(r.get("risks") or [], start=1):
        if (row.get("residual_likelihood") is None) != (row.get("residual_severity") is None):
            missing = "residual_severity" if row.get("residual_severity") is None else "residual_likelihood"
            problems.append(Problem("risks", "Give both the likelihood and the severity after the measures.",
                                    number, missing))
    if r.get("signed_off_on") and not r.get("signed_off_by"):
        _need(ent, r, "signed_off_by", "with a sign-off date", problems)
    _not_future(ent, r, "signed_off_on", ctx, problems)
    _not_future(ent, r, "consultation_sent_on", ctx, problems)
    _order(ent, r, "consultation_sent_on", "consultation_answer_on", problems)
    if r.get("consultation_answer_on") and not r.get("consultation_sent_on"):
        _need(ent, r, "consultation_sent_on", "when an answer was received", problems)


def _breach(ent: Entity, r: Record, ctx: Context, problems: list[Problem]) -> None:
    for key in ("occurred_from", "occurred_to", "discovered_at", "aware_at", "notified_at", "subjects_notified_at",
                "public_communication_at", "controller_told_at"):
        _not_future(ent, r, key, ctx, problems)
    _order(ent, r, "occurred_from", "occurred_to", problems)
    _order(ent, r, "occurred_from", "discovered_at", problems)
    _order(ent, r, "discovered_at", "aware_at", problems)
    _order(ent, r, "discovered_at", "notified_at", problems)
    _order(ent, r, "discovered_at", "controller_told_at", problems)
    if r.get("risk_override"):
        # The manager keeps the final say, but only with the reason on record (Art. 33(5), 5(2)).
        _need(ent, r, "override_reason", "when you choose your own level instead of the assessed one (Art. 33(5))",
              problems)
    if r.get("our_role") == "processor":
        _need(ent, r, "controller_name", "when the data is a client's: they must be told (Art. 33(2))", problems)
        return  # notifying the authority and the people is the client's decision, not ours
    # The stored "risk" is computed on save: judge the level this draft will have.
    risk = r.get("risk_override") or assess(r).outcome
    if risk in ("risk", "high") and r.get("notify_authority") == "no":
        problems.append(Problem("notify_authority", "A breach likely to result in a risk must be notified to the "
                                                    "authority (Art. 33(1)); choose Yes, or review the risk."))
    notified, aware = r.get("notified_at"), r.get("aware_at")
    if notified and aware and _instant(notified) > _instant(clocks.breach_notification_deadline(aware)):
        _need(ent, r, "delay_reason", "when notifying more than 72 hours after becoming aware (Art. 33(1))",
              problems)


def _rights_request(ent: Entity, r: Record, ctx: Context, problems: list[Problem]) -> None:
    _not_future(ent, r, "received_on", ctx, problems)
    for key in ("identity_verified_on", "extension_notified_on", "response_sent_on"):
        _order(ent, r, "received_on", key, problems)
        _not_future(ent, r, key, ctx, problems)
    received = r.get("received_on")
    if r.get("extended"):
        _need(ent, r, "extension_notified_on", "to extend the deadline (Art. 12(3))", problems)
        _need(ent, r, "extension_reason", "to extend the deadline (Art. 12(3))", problems)
        told = r.get("extension_notified_on")
        if received and told and told > clocks.extension_notice_deadline(received, ctx.holidays):
            problems.append(Problem("extension_notified_on", "The extension is allowed only if the person is told "
                                    f"within the first month, by {clocks.extension_notice_deadline(received, ctx.holidays)} "
                                    f"({ctx.calendar.moved_past}; Art. 12(3))."))
    if r.get("status") in ("answered", "refused"):
        _need(ent, r, "response_sent_on", "once the request is answered or refused", problems)
    if str(r.get("outcome") or "").startswith("refused") or r.get("status") == "refused":
        _need(ent, r, "refusal_reason", "when refusing: tell them why and that they may complain (Art. 12(4))",
              problems)


def _consent(ent: Entity, r: Record, ctx: Context, problems: list[Problem]) -> None:
    _not_future(ent, r, "given_at", ctx, problems)
    _not_future(ent, r, "withdrawn_at", ctx, problems)
    _order(ent, r, "given_at", "withdrawn_at", problems)


def _training(ent: Entity, r: Record, ctx: Context, problems: list[Problem]) -> None:
    _not_future(ent, r, "completed_on", ctx, problems)


def _policy(ent: Entity, r: Record, ctx: Context, problems: list[Problem]) -> None:
    if r.get("status") == "approved":
        _need(ent, r, "approved_on", "for an approved policy (Art. 24(2))", problems)
    _not_future(ent, r, "approved_on", ctx, problems)
    _not_future(ent, r, "last_reviewed_on", ctx, problems)
    _order(ent, r, "approved_on", "last_reviewed_on", problems)


_RULES: dict[str, Callable[[Entity, Record, Context, list[Problem]], None]] = {
    "organisation": _organisation, "activity": _activity, "processor": _processor, "dpia": _dpia,
    "breach": _breach, "rights_request": _rights_request, "consent": _consent, "training": _training,
    "policy": _policy,
}
