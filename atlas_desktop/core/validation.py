"""Judges a whole record before it is saved and lists every problem at once, by field, in plain words.

The same rules serve the GUI (messages next to fields), the CLI and spreadsheet imports
(sheet, row and column). A record with any problem is not saved at all.

Each problem is one whole sentence in the user's language (``core.i18n``, context "problems"), the field
named by its translated label: never a reason glued after the label, whose place differs by language.
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
from .i18n import ENGLISH, format_date, format_number, in_sentence, language, spec, t
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
    """Why ``value`` cannot be a value of ``f``, as the whole sentence naming the field (in the user's
    language, context "problems"); None when it can."""
    label = spec(f.label)
    kind = f.kind
    if kind in (Kind.TEXT, Kind.NOTE):
        if not isinstance(value, str):
            return t("problems", "{field} must be text.").format(field=label)
        limit = MAX_NOTE if kind is Kind.NOTE else MAX_TEXT
        if len(value) > limit:
            return t("problems", "{field} is too long ({length} characters; at most {limit}).").format(
                field=label, length=format_number(len(value)), limit=format_number(limit))
        if kind is Kind.TEXT and ("\n" in value or "\r" in value):
            return t("problems", "{field} must be a single line.").format(field=label)
        return _characters(label, value, multiline=kind is Kind.NOTE)
    elif kind is Kind.INT:
        if isinstance(value, bool) or not isinstance(value, int):
            return t("problems", "{field} must be a whole number.").format(field=label)
        if abs(value) > MAX_INT:
            return t("problems", "{field} is too large a number.").format(field=label)
        if f.minimum is not None and value < f.minimum:
            if not f.minimum:
                return t("problems", "{field} cannot be negative.").format(field=label)
            return t("problems", "{field} must be at least {minimum}.").format(field=label, minimum=f.minimum)
        if f.maximum is not None and value > f.maximum:
            return t("problems", "{field} must be at most {maximum}.").format(field=label, maximum=f.maximum)
    elif kind is Kind.BOOL:
        if not isinstance(value, bool):
            return t("problems", "{field} must be yes or no.").format(field=label)
    elif kind is Kind.DATE:
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            return t("problems", "{field} must be a date (YYYY-MM-DD).").format(field=label)
        return _when(label, value)
    elif kind is Kind.DATETIME:
        if not isinstance(value, dt.datetime):
            return t("problems", "{field} must be a date and time.").format(field=label)
        if value.tzinfo is None or value.utcoffset() is None:
            return t("problems", "{field} needs a time zone.").format(field=label)
        return _when(label, value.date())  # the date on the clock it was given in, as the person wrote it
    elif kind is Kind.CHOICE:
        if not isinstance(value, str):
            return t("problems", "{field} must be one of the listed choices.").format(field=label)
        if problem := _characters(label, value):
            return problem
        if f.vocab is not None and not f.vocab.open and value not in f.vocab:
            return _not_a_choice(label, value, f)
    elif kind in (Kind.CHOICES, Kind.TAGS):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return t("problems", "{field} must be a list of entries.").format(field=label)
        for number, entry in enumerate(value, start=1):
            if problem := _characters(label, entry, entry=number):
                return problem
        if kind is Kind.CHOICES and f.vocab is not None:
            wrong = [v for v in value if v not in f.vocab]
            if wrong:
                return _not_a_choice(label, wrong[0], f)
        if any(len(v) > MAX_TEXT for v in value):
            return t("problems", "{field} has an entry longer than {limit} characters.").format(
                field=label, limit=format_number(MAX_TEXT))
    elif kind in (Kind.COUNTRY, Kind.TIMEZONE) and isinstance(value, str) and (problem := _characters(label, value)):
        return problem  # before the messages below, which quote the value
    elif kind is Kind.COUNTRY:
        if not isinstance(value, str) or not is_country(value):
            return t("problems", "{field} '{value}' is not a country code (two letters, e.g. RO, DE, CH).").format(
                field=label, value=value)
    elif kind is Kind.TIMEZONE:
        try:
            clocks.zone(value)
        except (ValueError, TypeError):
            return t("problems", "{field} '{value}' is not a time zone (e.g. Europe/Bucharest).").format(
                field=label, value=value)
    elif kind is Kind.LINK:
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_INT:
            return t("problems", "{field} must point to a record.").format(field=label)
    elif kind is Kind.LINKS:
        if not isinstance(value, list) or not all(isinstance(v, int) and not isinstance(v, bool)
                                                  and 1 <= v <= MAX_INT for v in value):
            return t("problems", "{field} must be a list of records.").format(field=label)
    return None


def _not_a_choice(label: str, value: str, f: Field) -> str:
    return t("problems", "{field} '{value}' is not one of the choices ({choices}).").format(
        field=label, value=value, choices=", ".join(f.vocab.codes if f.vocab is not None else ()))


def _characters(label: str, text: str, multiline: bool = False, entry: int | None = None) -> str | None:
    """The sentence refusing a character of ``text`` (of list entry ``entry`` when given); None if all are fine.
    Four whole sentences rather than a reason glued after the label, so each language orders its own."""
    found = limits.unsafe_character(text, multiline)
    if found is None:
        return None
    char, position = found
    values = {"field": label, "character": limits.describe(char), "position": position, "number": entry}
    if entry is None:
        template = (t("problems", "{field} contains half of a broken character pair, {character}, at character "
                                  "{position}; remove it.") if limits.broken_pair(char)
                    else t("problems", "{field} contains an invisible control character, {character}, at character "
                                       "{position}; remove it."))
    else:
        template = (t("problems", "{field}: entry {number} contains half of a broken character pair, {character}, "
                                  "at character {position}; remove it.") if limits.broken_pair(char)
                    else t("problems", "{field}: entry {number} contains an invisible control character, "
                                       "{character}, at character {position}; remove it."))
    return template.format(**values)


def _when(label: str, day: dt.date) -> str | None:
    # "Became aware at: 9999-12-31 is outside ...": the reason is a clause of its own (core.limits).
    problem = limits.date_problem(day)
    return t("problems", "{field}: {problem}.").format(field=label, problem=problem) if problem else None


def _check_fields(fields: tuple[Field, ...], record: Record, top: str | None, row: int | None,
                  problems: list[Problem]) -> None:
    def report(f: Field, text: str) -> None:
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
                report(f, t("problems", "{field} is required.").format(field=spec(f.label)))
            continue
        problem = _type_problem(f, value)
        if problem:
            report(f, problem)
        elif f.kind is Kind.TABLE:
            if not isinstance(value, list) or not all(isinstance(r, Mapping) for r in value):
                report(f, t("problems", "{field} must be a list of rows.").format(field=spec(f.label)))
                continue
            for number, sub in enumerate(value, start=1):
                unknown = sorted(set(sub) - {c.key for c in f.fields})
                if unknown:
                    problems.append(Problem(f.key, t("problems", "{table} has no column '{column}'.").format(
                        table=spec(f.label), column=unknown[0]), number, unknown[0]))
                _check_fields(f.fields, sub, f.key, number, problems)


def validate(entity: Entity | str, record: Record, ctx: Context | None = None) -> list[Problem]:
    """Every problem with ``record`` (its full set of values), or [] when it may be saved."""
    ent = BY_KEY[entity] if isinstance(entity, str) else entity
    ctx = ctx or Context()
    problems: list[Problem] = []
    for key in record:
        if key != "id" and not ent.has(key):
            problems.append(Problem(key, t("problems", "{record} has no field '{key}'.").format(
                record=spec(ent.label), key=key)))
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
        problems.append(Problem(later, t("problems", "{later} cannot be before {earlier}.").format(
            later=spec(ent.field(later).label), earlier=in_sentence(spec(ent.field(earlier).label)))))


def _not_future(ent: Entity, r: Record, key: str, ctx: Context, problems: list[Problem]) -> None:
    value = r.get(key)
    if (isinstance(value, dt.datetime) and _instant(value) > _instant(ctx.now) + FUTURE_TOLERANCE) or \
            (isinstance(value, dt.date) and not isinstance(value, dt.datetime) and value > ctx.today):
        problems.append(Problem(key, t("problems", "{field} is in the future.").format(
            field=spec(ent.field(key).label))))


def _need(ent: Entity, r: Record, key: str, sentence: str, problems: list[Problem]) -> None:
    """``sentence``: the whole translated "{field} is required when …." (the condition differs in word order
    from language to language, so it is never glued on)."""
    if _blank(r.get(key)):
        problems.append(Problem(key, sentence.format(field=spec(ent.field(key).label))))


def _day(day: dt.date) -> str:
    """A date inside a sentence: ISO in English (as it always read), the language's own form elsewhere."""
    return day.isoformat() if language() == ENGLISH else format_date(day)


def _organisation(ent: Entity, r: Record, ctx: Context, problems: list[Problem]) -> None:
    if r.get("has_dpo"):
        _need(ent, r, "dpo_name", t("problems", "{field} is required when you have a DPO (Art. 37(7))."), problems)
    if r.get("holiday_country"):
        try:
            clocks.public_holidays(r["holiday_country"], r.get("holiday_region") or None)
        except ValueError as exc:
            problems.append(Problem("holiday_country" if not r.get("holiday_region") else "holiday_region",
                                    f"{str(exc)[:1].upper()}{str(exc)[1:]}."))


def _activity(ent: Entity, r: Record, ctx: Context, problems: list[Problem]) -> None:
    if r.get("role") == "joint_controller":
        _need(ent, r, "joint_controllers", t("problems", "{field} is required for a joint controller (Art. 26)."),
              problems)
    if r.get("role") == "processor":
        _need(ent, r, "controllers_served",
              t("problems", "{field} is required when you act as processor (Art. 30(2)(a))."), problems)
    for number, row in enumerate(r.get("retention") or [], start=1):
        if not isinstance(row, Mapping):
            continue
        has_number, has_unit = row.get("keep_for") is not None, bool(row.get("unit"))
        if has_number and not has_unit:
            problems.append(Problem("retention", t("problems", "Unit is required with a number: days, weeks, months "
                                                                  "or years."),
                                    number, "unit"))
        elif has_unit and not has_number:
            problems.append(Problem("retention", t("problems", "Kept for is required with a unit."), number,
                                    "keep_for"))
        elif not has_number and _blank(row.get("period")):
            problems.append(Problem("retention", t("problems", "Say how long it is kept: a number and a unit, or "
                                                                  "in words (Art. 30(1)(f))."), number, "keep_for"))


def _processor(ent: Entity, r: Record, ctx: Context, problems: list[Problem]) -> None:
    _not_future(ent, r, "dpa_signed_on", ctx, problems)
    _not_future(ent, r, "last_security_review", ctx, problems)
    for number, row in enumerate(r.get("subprocessor_changes") or [], start=1):
        notice, deadline = row.get("notice_received"), row.get("objection_deadline")
        if notice and deadline and deadline < notice:
            problems.append(Problem("subprocessor_changes",
                                    t("problems", "Object by cannot be before the notice was received."),
                                    number, "objection_deadline"))


def _dpia(ent: Entity, r: Record, ctx: Context, problems: list[Problem]) -> None:
    seen: set[str] = set()
    for number, row in enumerate(r.get("screening") or [], start=1):
        if row.get("criterion") in seen:
            problems.append(Problem("screening", t("problems", "This criterion is listed twice."), number,
                                    "criterion"))
        seen.add(row.get("criterion"))
    for number, row in enumerate(r.get("risks") or [], start=1):
        if (row.get("residual_likelihood") is None) != (row.get("residual_severity") is None):
            missing = "residual_severity" if row.get("residual_severity") is None else "residual_likelihood"
            problems.append(Problem("risks", t("problems", "Give both the likelihood and the severity after the "
                                                              "measures."),
                                    number, missing))
    if r.get("signed_off_on") and not r.get("signed_off_by"):
        _need(ent, r, "signed_off_by", t("problems", "{field} is required with a sign-off date."), problems)
    _not_future(ent, r, "signed_off_on", ctx, problems)
    _not_future(ent, r, "consultation_sent_on", ctx, problems)
    _order(ent, r, "consultation_sent_on", "consultation_answer_on", problems)
    if r.get("consultation_answer_on") and not r.get("consultation_sent_on"):
        _need(ent, r, "consultation_sent_on", t("problems", "{field} is required when an answer was received."),
              problems)


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
        _need(ent, r, "override_reason", t("problems", "{field} is required when you choose your own level "
                                                       "instead of the assessed one (Art. 33(5))."), problems)
    if r.get("our_role") == "processor":
        _need(ent, r, "controller_name", t("problems", "{field} is required when the data is a client's: they "
                                                      "must be told (Art. 33(2))."), problems)
        return  # notifying the authority and the people is the client's decision, not ours
    # The stored "risk" is computed on save: judge the level this draft will have.
    risk = r.get("risk_override") or assess(r).outcome
    if risk in ("risk", "high") and r.get("notify_authority") == "no":
        problems.append(Problem("notify_authority", t("problems", "A breach likely to result in a risk must be "
                                                                  "notified to the authority (Art. 33(1)); choose "
                                                                  "Yes, or review the risk.")))
    notified, aware = r.get("notified_at"), r.get("aware_at")
    if notified and aware and _instant(notified) > _instant(clocks.breach_notification_deadline(aware)):
        _need(ent, r, "delay_reason", t("problems", "{field} is required when notifying more than 72 hours "
                                                    "after becoming aware (Art. 33(1))."), problems)


def _rights_request(ent: Entity, r: Record, ctx: Context, problems: list[Problem]) -> None:
    _not_future(ent, r, "received_on", ctx, problems)
    for key in ("identity_verified_on", "extension_notified_on", "response_sent_on"):
        _order(ent, r, "received_on", key, problems)
        _not_future(ent, r, key, ctx, problems)
    received = r.get("received_on")
    if r.get("extended"):
        _need(ent, r, "extension_notified_on", t("problems", "{field} is required to extend the deadline "
                                                             "(Art. 12(3))."), problems)
        _need(ent, r, "extension_reason", t("problems", "{field} is required to extend the deadline (Art. 12(3))."),
              problems)
        told = r.get("extension_notified_on")
        last_day = clocks.extension_notice_deadline(received, ctx.holidays) if received and told else None
        if last_day and told and told > last_day:
            problems.append(Problem("extension_notified_on", t(
                "problems", "The extension is allowed only if the person is told within the first month, by {day} "
                            "({calendar}; Art. 12(3)).").format(day=_day(last_day), calendar=ctx.calendar.moved_past)))
    if r.get("status") in ("answered", "refused"):
        _need(ent, r, "response_sent_on", t("problems", "{field} is required once the request is answered or "
                                                       "refused."), problems)
    if str(r.get("outcome") or "").startswith("refused") or r.get("status") == "refused":
        _need(ent, r, "refusal_reason", t("problems", "{field} is required when refusing: tell them why and that "
                                                      "they may complain (Art. 12(4))."), problems)


def _consent(ent: Entity, r: Record, ctx: Context, problems: list[Problem]) -> None:
    _not_future(ent, r, "given_at", ctx, problems)
    _not_future(ent, r, "withdrawn_at", ctx, problems)
    _order(ent, r, "given_at", "withdrawn_at", problems)


def _training(ent: Entity, r: Record, ctx: Context, problems: list[Problem]) -> None:
    _not_future(ent, r, "completed_on", ctx, problems)


def _policy(ent: Entity, r: Record, ctx: Context, problems: list[Problem]) -> None:
    if r.get("status") == "approved":
        _need(ent, r, "approved_on", t("problems", "{field} is required for an approved policy (Art. 24(2))."),
              problems)
    _not_future(ent, r, "approved_on", ctx, problems)
    _not_future(ent, r, "last_reviewed_on", ctx, problems)
    _order(ent, r, "approved_on", "last_reviewed_on", problems)


_RULES: dict[str, Callable[[Entity, Record, Context, list[Problem]], None]] = {
    "organisation": _organisation, "activity": _activity, "processor": _processor, "dpia": _dpia,
    "breach": _breach, "rights_request": _rights_request, "consent": _consent, "training": _training,
    "policy": _policy,
}
