"""Works out every computed field (deadlines, due dates, risk levels, screening results) from the rest.

Run on every save, so stored values are always those the rules give; the checks run it
again with the current context, so a changed holiday calendar is never stale there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from . import clocks
from .breach_assessment import assess, controller_deadline
from .context import Context
from .entities import BY_KEY
from .screening import screen

Record = dict[str, Any]

# The computed dates moved past the office's public holidays (Reg. 1182/71 Art. 3(4)): wherever one is
# shown, the context's calendar note goes with it (Context.calendar), and it is shown derived against that
# same context, not as stored, so the date and the note can never disagree.
COUNTED_PAST_HOLIDAYS: dict[str, tuple[str, ...]] = {
    "rights_request": ("due_on",), "dpia": ("consultation_answer_due",)}


def risk_level(likelihood: int | None, severity: int | None) -> str | None:
    """Likelihood × severity on the 1–4 scales: up to 3 low, 4–6 medium, 8 and above high."""
    if not likelihood or not severity:
        return None
    score = likelihood * severity
    return "low" if score <= 3 else "medium" if score <= 6 else "high"


_LEVEL_ORDER = {"low": 1, "medium": 2, "high": 3}


def highest_level(levels: Iterable[str | None]) -> str | None:
    present = [lv for lv in levels if lv in _LEVEL_ORDER]
    return max(present, key=_LEVEL_ORDER.__getitem__) if present else None


def screening_result(criteria_met: int) -> str:
    """WP248: two or more criteria, a DPIA is required; one, consider it and record why not."""
    return "required" if criteria_met >= 2 else "consider" if criteria_met == 1 else "not_required"


def _review(last: dt.date | None, months: int | None) -> dt.date | None:
    return clocks.review_due(last, months or 12) if last else None


def _activity(r: Record, ctx: Context) -> None:
    r["screening_result"] = screen(r).result
    r["next_review_due"] = _review(r.get("last_reviewed"), r.get("review_every_months"))


def _processor(r: Record, ctx: Context) -> None:
    r["next_review_due"] = _review(r.get("last_security_review"), r.get("review_every_months"))


def _dpia(r: Record, ctx: Context) -> None:
    rows = []
    for row in r.get("risks") or []:
        row = dict(row)
        row["level"] = risk_level(row.get("likelihood"), row.get("severity"))
        row["residual_level"] = risk_level(row.get("residual_likelihood"), row.get("residual_severity"))
        rows.append(row)
    r["risks"] = rows
    # A risk with no residual estimate still counts at its initial level: unmitigated is not low.
    r["residual_risk"] = highest_level(row["residual_level"] or row["level"] for row in rows)
    r["screening_result"] = screening_result(sum(1 for row in r.get("screening") or [] if row.get("met")))
    r["next_review"] = _review(r.get("last_reviewed") or r.get("signed_off_on"), 12)
    sent = r.get("consultation_sent_on")
    r["consultation_answer_due"] = (clocks.art36_answer_due(sent, bool(r.get("consultation_extended")),
                                                            ctx.holidays) if sent else None)


_NOTIFIABLE = frozenset({"risk", "high"})


def notify_decision(decision: str | None, risk: str | None, role: str | None = None) -> str:
    """"Notify the authority?" as the assessment gives it, unless the person chose (Art. 33(1)).

    "undecided" is the untouched default, so it follows the effective risk: a risk or a high risk
    gives "yes" (Art. 33(1): notify unless unlikely to result in a risk), no risk gives "no" (the
    reasoning is still kept, Art. 33(5)). A "yes" or "no" the person chose is kept as it is; a
    client's breach is left alone, the client decides (Art. 33(2))."""
    decision = decision or "undecided"
    if decision != "undecided" or (role or "controller") == "processor":
        return decision
    if risk in _NOTIFIABLE:
        return "yes"
    return "no" if risk == "none" else "undecided"


def _breach(r: Record, ctx: Context) -> None:
    aware = r.get("aware_at")
    r["notification_deadline"] = clocks.breach_notification_deadline(aware) if aware else None
    r["controller_deadline"] = controller_deadline(r) if (r.get("our_role") == "processor") else None
    found = assess(r)
    r["severity_level"], r["risk_assessed"] = found.level, found.outcome
    # The manager's own level wins; it is only accepted with a written reason (core.validation).
    r["risk"] = r.get("risk_override") or found.outcome
    r["notify_authority"] = notify_decision(r.get("notify_authority"), r["risk"], r.get("our_role"))


def _rights_request(r: Record, ctx: Context) -> None:
    received = r.get("received_on")
    r["due_on"] = (clocks.rights_request_due(received, ctx.holidays, bool(r.get("extended")))
                   if received else None)


def _training(r: Record, ctx: Context) -> None:
    done, months = r.get("completed_on"), r.get("valid_months")
    r["expires_on"] = clocks.training_expires(done, months) if done and months and months >= 1 else None


def _policy(r: Record, ctx: Context) -> None:
    r["next_review_due"] = _review(r.get("last_reviewed_on") or r.get("approved_on"),
                                   r.get("review_cycle_months"))


_RULES: dict[str, Callable[[Record, Context], None]] = {
    "activity": _activity, "processor": _processor, "dpia": _dpia, "breach": _breach,
    "rights_request": _rights_request, "training": _training, "policy": _policy,
}


def derive(entity: str, record: Record, ctx: Context) -> Record:
    """A copy of ``record`` with its computed fields filled in. Bad inputs give empty results:
    validation reports them; deriving must never be the thing that crashes."""
    out = dict(record)
    for f in BY_KEY[entity].fields:
        if f.computed:
            out[f.key] = None  # never keep a stale value if the rule below stops early
    rule = _RULES.get(entity)
    if rule is not None:
        try:
            rule(out, ctx)
        except (TypeError, ValueError, OverflowError):  # e.g. 10**12 hours to tell the client (validation says)
            pass
    return out


def counted_now(entity: str, records: Iterable[Record], ctx: Context) -> list[Record]:
    """The records with their holiday-counted dates (COUNTED_PAST_HOLIDAYS) worked out under ``ctx``, as shown
    next to its calendar note: a stored one dates from the last save, perhaps before the country was set."""
    keys = COUNTED_PAST_HOLIDAYS.get(entity, ())
    if not keys:
        return list(records)
    return [{**r, **{k: v for k, v in derive(entity, r, ctx).items() if k in keys}} for r in records]
