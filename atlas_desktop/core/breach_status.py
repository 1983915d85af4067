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
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from . import clocks, vocab
from .breach_assessment import duties

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
    return f"{local:%d %b %Y %H:%M} {local.tzname() or ''}".rstrip()


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
        return f" (the deadline passed on {_when(deadline, zone)})"
    return f" (deadline {_when(deadline, zone)})"


def authority_words(b: Record, now: dt.datetime, zone: dt.tzinfo, recorded: str | None = None) -> tuple[str, bool]:
    """The notification decision as recorded, and whether its clock still runs. ``recorded`` is the stored
    "Notify the authority?" before deriving: "undecided" there means the risk assessment gave the answer."""
    if (b.get("our_role") or "controller") == "processor":
        client = str(b.get("controller_name") or "the client")
        told = b.get("controller_told_at")
        if told is not None:
            return f"{client} (the controller) told on {_when(told, zone)}, who decides on notifying", False
        return f"{client} (the controller) not told yet" + _deadline(b, "controller_deadline", now, zone), True
    notified = b.get("notified_at")
    if notified is not None:
        deadline = b.get("notification_deadline")
        late = isinstance(deadline, dt.datetime) and notified > deadline
        return (f"notified the authority on {_when(notified, zone)}"
                + (", after the 72 hours" if late else ", within the 72 hours")), False
    decision = b.get("notify_authority") or "undecided"
    # Who gave the answer: the person ("decided"), the assessment, or not known (said without either).
    by = "unknown" if recorded is None else "person" if recorded == decision else "assessment"
    if decision == "no":
        reason = _reason(b)
        words = {"person": "decided not to notify the authority",
                 "assessment": "not notified: assessed unlikely to result in a risk"}.get(
            by, "not notified the authority: unlikely to result in a risk")
        return words + (f" (reason: {reason})" if reason else ", with no reason recorded yet"), False
    if decision == "yes":
        words = {"person": "decided to notify the authority",
                 "assessment": "to be notified to the authority (the risk assessment says so)"}.get(
            by, "the authority is to be notified")
        return words + ", not notified yet" + _deadline(b, "notification_deadline", now, zone), True
    return "decision on notifying the authority pending" + _deadline(b, "notification_deadline", now, zone), True


def people_words(b: Record, zone: dt.tzinfo) -> tuple[str, bool]:
    """The decision on telling the people affected as recorded, and whether it is still owed or open."""
    owed = duties(b)
    people, public = owed["people"], owed.get("public_communication")
    if people.status == "controllers":
        return "", False
    if people.status == "done":
        return f"told the people affected on {_when(people.done_at, zone)}", False
    if people.status == "not_required":
        return "the people affected need not be told (the risk is not high)", False
    if people.status == "lifted":
        exemption = vocab.ART34_EXEMPTION.label_of(b.get("art34_exemption")).lower()
        return f"the people affected are not told: {people.article} exemption recorded ({exemption})", False
    if people.status == "replaced" and public is not None:
        if public.status == "done":
            return f"a public communication replaced the individual notices on {_when(public.done_at, zone)}", False
        return "high risk: the public communication replacing the individual notices is not made yet", True
    if people.status == "due":
        return "high risk: the people affected are not told yet", True
    return "decision on telling the people affected pending (the risk is not assessed yet)", True


def breach_state(b: Record, now: dt.datetime, zone: dt.tzinfo, recorded: str | None = None) -> BreachState:
    """One derived breach as a summary describes it (``recorded``: see ``authority_words``)."""
    authority, a_running = authority_words(b, now, zone, recorded)
    people, p_running = people_words(b, zone)
    title = " ".join(str(b.get("title") or f"Breach {b.get('id')}").split())
    return BreachState(title, _when(b.get("aware_at"), zone), authority, people, a_running or p_running)
