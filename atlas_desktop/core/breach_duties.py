"""What the law asks after a breach, from its effective risk and our role: notify, tell people, tell the client.

``duties`` reads a derived record (``core.derive``): the risk it uses is the manager's override
or else the level ``core.breach_assessment`` worked out, and the deadlines are already filled in.
Each duty says whether it applies, by when, whether it is done, and the article that asks for it;
its explanation is in the user's language (``core.i18n``, context "breach"), its codes stay English.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from . import vocab
from .i18n import in_sentence, spec, t

Record = Mapping[str, Any]

PROCESSOR_NOTICE_HOURS = 24  # see the help of breach.controller_notice_hours: a conservative reading


@dataclass(frozen=True)
class Duty:
    """One thing the law asks after a breach: whether it applies, by when, and whether it is done."""

    key: str                       # authority / people / controller / public_communication / document
    required: bool | None          # None: not decided yet (the assessment is missing), or someone else's
    status: str                    # due / done / not_required / lifted / replaced / undecided / controllers
    article: str
    explanation: str
    deadline: dt.datetime | None = None
    done_at: dt.datetime | None = None

    def to_json(self) -> dict[str, Any]:
        return {"required": self.required, "status": self.status, "article": self.article,
                "explanation": self.explanation,
                "deadline": self.deadline.isoformat() if self.deadline else None,
                "done_at": self.done_at.isoformat() if self.done_at else None}


def controller_deadline(b: Record) -> dt.datetime | None:
    """When a processor must have told its client (Art. 33(2)); None while the 72 hours have not started."""
    aware = b.get("aware_at")
    if not isinstance(aware, dt.datetime) or aware.tzinfo is None:
        return None
    hours = b.get("controller_notice_hours")
    hours = hours if isinstance(hours, int) and hours >= 1 else PROCESSOR_NOTICE_HOURS
    return (aware.astimezone(dt.UTC) + dt.timedelta(hours=hours)).astimezone(aware.tzinfo)


def duties(b: Record) -> dict[str, Duty]:
    """Who must be told, from the breach's effective risk (``risk``: the user's override, else the assessed
    level) and its role. Read from a derived record (``core.derive``), so the deadlines are filled in."""
    risk = b.get("risk")
    out: dict[str, Duty] = {
        "document": Duty("document", True, "done", "Art. 33(5)",
                         t("breach", "Every breach is documented here, notified or not: the facts, the effects "
                           "and the remedial action.")),
    }
    if (b.get("our_role") or "controller") == "processor":
        client = b.get("controller_name") or t("breach", "the client")
        told = b.get("controller_told_at")
        out["controller"] = Duty("controller", True, "done" if told else "due", "Art. 33(2)",
                                 t("breach", "You process this data for {client}: tell them without undue delay. "
                                   "They decide whether to notify the authority and the people affected.")
                                 .format(client=client),
                                 b.get("controller_deadline") or controller_deadline(b), told)
        theirs = t("breach", "The decision is {client}'s, as the controller.").format(client=client)
        for key, art in (("authority", "Art. 33(1)"), ("people", "Art. 34(1)")):
            out[key] = Duty(key, None, "controllers", art, theirs)
        return out
    notified = b.get("notified_at")
    if risk is None:
        out["authority"] = Duty("authority", None, "undecided", "Art. 33(1)",
                                t("breach", "Answer the risk questions: the assessment decides whether the "
                                  "authority must be notified."), b.get("notification_deadline"), notified)
        out["people"] = Duty("people", None, "undecided", "Art. 34(1)", t("breach", "Decided by the assessment."))
        return out
    if risk in ("risk", "high"):
        out["authority"] = Duty("authority", True, "done" if notified else "due", "Art. 33(1)",
                                t("breach", "Notify the supervisory authority without undue delay and within "
                                  "72 hours of becoming aware."), b.get("notification_deadline"), notified)
    else:
        out["authority"] = Duty("authority", False, "not_required", "Art. 33(1), 33(5)",
                                t("breach", "Unlikely to result in a risk: no notification, but keep your "
                                  "reasoning in this record."), None, notified)
    exemption = b.get("art34_exemption")
    told = b.get("subjects_notified_at")
    if risk != "high":
        out["people"] = Duty("people", False, "not_required", "Art. 34(1)",
                             t("breach", "The risk is not high, so the people affected need not be told."),
                             None, told)
    elif exemption in ("unintelligible", "measures_taken"):
        letter = "a" if exemption == "unintelligible" else "b"
        out["people"] = Duty("people", False, "lifted", f"Art. 34(3)({letter})",
                             t("breach", "High risk, but the Art. 34(3)({letter}) exemption is recorded: "
                               "{exemption}.").format(letter=letter, exemption=in_sentence(
                                   spec(vocab.ART34_EXEMPTION.label_of(exemption)))), None, told)
    elif exemption == "disproportionate":
        public = b.get("public_communication_at")
        out["people"] = Duty("people", True, "replaced", "Art. 34(3)(c)",
                             t("breach", "Telling each person would take disproportionate effort: a public "
                               "communication informs them as effectively instead."), None, told)
        out["public_communication"] = Duty("public_communication", True, "done" if public else "due",
                                           "Art. 34(3)(c)", t("breach", "Make the public communication and record "
                                                              "when and where: it replaces the individual "
                                                              "notices, it does not remove the duty."),
                                           None, public)
    else:
        out["people"] = Duty("people", True, "done" if told else "due", "Art. 34(1)–(2)",
                             t("breach", "High risk: tell the people affected without undue delay, in clear "
                               "and plain language."), None, told)
    return out


def duties_json(b: Record) -> dict[str, Any]:
    """The ``duties`` object of ``atlas show breach ID --json``: authority, people, controller, public
    communication (the last two only where they apply) and documentation."""
    return {key: duty.to_json() for key, duty in duties(b).items()}
