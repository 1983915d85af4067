"""Where a breach stands, in plain words: the decisions recorded on it and whether one of its clocks still runs.

Read from a derived breach (``core.derive``): the review's management summary lists every breach
whose clock is running when it is written, and says what was decided as it was recorded, so a
breach whose notification was decided is never called "undecided". A clock runs while:

- as the controller, the authority is neither notified nor decided against (Art. 33(1): within
  72 hours of becoming aware, unless the breach is unlikely to result in a risk);
- as a processor, the client has not been told (Art. 33(2));
- the people affected are owed a notice not given yet, or the risk that decides it is not
  assessed yet (Art. 34(1)), or a public communication replacing the notices is not made
  (Art. 34(3)(c)).

The words are in the user's language (``core.i18n``, context "breach", as the breach duties'), and so are
the dates; in English a moment reads "02 Mar 2026 10:00 CET", as the signed summaries always said it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from . import clocks, i18n, vocab
from .breach_assessment import duties
from .i18n import in_sentence, t

Record = Mapping[str, Any]


@dataclass(frozen=True)
class BreachState:
    """What a summary says of one breach."""

    title: str
    aware: str               # when the office became aware, as the office reads it ("" if not recorded)
    authority: str           # the Art. 33(1) decision (or, for a client's breach, Art. 33(2)) as recorded
    people: str              # the Art. 34 decision as recorded ("" for a client's breach: the client decides)
    running: bool            # a clock still runs: something the law asks is neither done nor decided


def _when(moment: Any, zone: dt.tzinfo) -> str:
    if not isinstance(moment, dt.datetime):
        return ""
    local = moment.astimezone(zone)
    if i18n.language() == i18n.ENGLISH:
        return f"{local:%d %b %Y %H:%M} {local.tzname() or ''}".rstrip()
    # strftime's %b is the C locale's English month: the language's own date (CLDR) instead.
    return f"{i18n.format_date(local.date())} {local:%H:%M} {local.tzname() or ''}".rstrip()


def _filled(value: Any) -> bool:
    return bool(value.strip()) if isinstance(value, str) else bool(value)


def _reason(b: Record) -> str:
    for key in ("risk_reasoning", "override_reason"):
        if _filled(b.get(key)):
            return " ".join(str(b[key]).split())
    return ""


def _deadline(b: Record, key: str, now: dt.datetime, zone: dt.tzinfo) -> str:
    deadline = b.get(key)
    if not isinstance(deadline, dt.datetime):
        return ""
    if clocks.hours_left(deadline, now) <= 0:
        return t("breach", " (the deadline passed on {when})").format(when=_when(deadline, zone))
    return t("breach", " (deadline {when})").format(when=_when(deadline, zone))


def authority_words(b: Record, now: dt.datetime, zone: dt.tzinfo, recorded: str | None = None) -> tuple[str, bool]:
    """The notification decision as recorded, and whether its clock still runs. ``recorded`` is the stored
    "Notify the authority?" before deriving: "undecided" there means the risk assessment gave the answer."""
    if (b.get("our_role") or "controller") == "processor":
        client = str(b.get("controller_name") or t("breach", "the client"))
        told = b.get("controller_told_at")
        if told is not None:
            return t("breach", "{client} (the controller) told on {when}, who decides on notifying").format(
                client=client, when=_when(told, zone)), False
        return t("breach", "{client} (the controller) not told yet{deadline}").format(
            client=client, deadline=_deadline(b, "controller_deadline", now, zone)), True
    notified = b.get("notified_at")
    if notified is not None:
        deadline = b.get("notification_deadline")
        late = isinstance(deadline, dt.datetime) and notified > deadline
        return (t("breach", "notified the authority on {when}, after the 72 hours") if late else
                t("breach", "notified the authority on {when}, within the 72 hours")).format(
            when=_when(notified, zone)), False
    decision = b.get("notify_authority") or "undecided"
    # Who gave the answer: the person ("decided"), the assessment, or not known (said without either).
    by = "unknown" if recorded is None else "person" if recorded == decision else "assessment"
    if decision == "no":
        reason = _reason(b)
        if reason:
            words = {"person": t("breach", "decided not to notify the authority (reason: {reason})"),
                     "assessment": t("breach", "not notified: assessed unlikely to result in a risk (reason: "
                                               "{reason})")}.get(
                by, t("breach", "not notified the authority: unlikely to result in a risk (reason: {reason})"))
        else:
            words = {"person": t("breach", "decided not to notify the authority, with no reason recorded yet"),
                     "assessment": t("breach", "not notified: assessed unlikely to result in a risk, with no reason "
                                               "recorded yet")}.get(
                by, t("breach", "not notified the authority: unlikely to result in a risk, with no reason recorded "
                                "yet"))
        return words.format(reason=reason), False
    deadline = _deadline(b, "notification_deadline", now, zone)
    if decision == "yes":
        words = {"person": t("breach", "decided to notify the authority, not notified yet{deadline}"),
                 "assessment": t("breach", "to be notified to the authority (the risk assessment says so), not "
                                           "notified yet{deadline}")}.get(
            by, t("breach", "the authority is to be notified, not notified yet{deadline}"))
        return words.format(deadline=deadline), True
    return t("breach", "decision on notifying the authority pending{deadline}").format(deadline=deadline), True


def people_words(b: Record, zone: dt.tzinfo) -> tuple[str, bool]:
    """The decision on telling the people affected as recorded, and whether it is still owed or open."""
    owed = duties(b)
    people, public = owed["people"], owed.get("public_communication")
    if people.status == "controllers":
        return "", False
    if people.status == "done":
        return t("breach", "told the people affected on {when}").format(when=_when(people.done_at, zone)), False
    if people.status == "not_required":
        return t("breach", "the people affected need not be told (the risk is not high)"), False
    if people.status == "lifted":
        exemption = in_sentence(i18n.spec(vocab.ART34_EXEMPTION.label_of(b.get("art34_exemption"))))
        return t("breach", "the people affected are not told: {article} exemption recorded ({exemption})").format(
            article=people.article, exemption=exemption), False
    if people.status == "replaced" and public is not None:
        if public.status == "done":
            return t("breach", "a public communication replaced the individual notices on {when}").format(
                when=_when(public.done_at, zone)), False
        return t("breach", "high risk: the public communication replacing the individual notices is not made "
                           "yet"), True
    if people.status == "due":
        return t("breach", "high risk: the people affected are not told yet"), True
    return t("breach", "decision on telling the people affected pending (the risk is not assessed yet)"), True


def breach_state(b: Record, now: dt.datetime, zone: dt.tzinfo, recorded: str | None = None) -> BreachState:
    """One derived breach as a summary describes it (``recorded``: see ``authority_words``)."""
    authority, a_running = authority_words(b, now, zone, recorded)
    people, p_running = people_words(b, zone)
    title = " ".join(str(b.get("title") or t("breach", "Breach {id}").format(id=b.get("id"))).split())
    return BreachState(title, _when(b.get("aware_at"), zone), authority, people, a_running or p_running)
