"""What ``atlas show`` adds to a record that is worked out rather than stored: a breach's assessment and
duties, and the organisation's legal obligations.

Both come from the core modules the GUI and the reports use (``core.breach_assessment``,
``core.obligations``), so the CLI never judges a record differently from the rest of Atlas.
"""

from __future__ import annotations

from typing import Any

from ..core import vocab
from ..core.breach_assessment import assess, duties, duties_json, severity_json
from ..core.entities.breach import BREACH

Record = dict[str, Any]

# Plain words for a duty's status: the codes are for scripts, the text for people.
_STATUS = {"due": "to do", "done": "done", "not_required": "not required", "lifted": "not required (exemption)",
           "replaced": "replaced by a public communication", "undecided": "not decided yet",
           "controllers": "the client's decision"}
_DUTY = {"document": "Document the breach", "authority": "Notify the authority", "people": "Tell the people affected",
         "controller": "Tell the client (controller)", "public_communication": "Public communication"}


def extra_json(entity: str, record: Record, records: Any) -> dict[str, Any]:
    """The keys ``atlas show ENTITY --json`` adds for this entity (none for most)."""
    if entity == "breach":
        return {"severity": severity_json(record), "duties": duties_json(record)}
    if entity == "organisation":
        from ..core.obligations import organisation_json  # imported late: only the organisation needs it

        return {"obligations": organisation_json(record, records.list("activity"))}
    return {}


def _when(moment: Any, tz: Any) -> str:
    return moment.astimezone(tz).strftime("%Y-%m-%d %H:%M %Z") if moment is not None else ""


def breach_lines(record: Record, tz: Any) -> list[str]:
    """The "Assessment" block that ends ``atlas show breach ID``: score, level, outcome, each factor, the duties."""
    found = assess(record)
    out = ["", "Assessment (ENISA 2013 severity, EDPB Guidelines 9/2022 and 01/2021)"]
    if found.outcome is None:
        return [*out, "  Not started: " + " ".join(found.rules)]
    level = vocab.SEVERITY_LEVEL.label_of(found.level) if found.level else "—"
    out.append(f"  Score {found.score:g}: {level}")
    out.append(f"  Assessed risk: {vocab.BREACH_RISK.label_of(found.outcome)}")
    if record.get("risk_override"):
        out.append(f"  Your own assessment: {vocab.BREACH_RISK.label_of(record['risk_override'])} — "
                   f"{' '.join(str(record.get('override_reason') or 'no reason recorded').split())}")
    for f in found.factors:
        mark = " [assumed]" if f.assumed else ""
        out.append(f"  - {f.label}: {f.value} → {f.effect} ({f.source}){mark}")
    for rule in found.rules:
        out.append(f"  * {rule}")
    if found.missing:
        asked = (BREACH.field(k).label if BREACH.has(k) else k for k in found.missing)
        out.append("  Still to answer: " + ", ".join(asked) + " (the worst case was assumed).")
    out.append("  Duties")
    for key, duty in duties(record).items():
        when = ""
        if duty.done_at is not None:
            when = f", on {_when(duty.done_at, tz)}"
        elif duty.deadline is not None and duty.status == "due":
            when = f", by {_when(duty.deadline, tz)}"
        out.append(f"  - {_DUTY.get(key, key)} ({duty.article}): {_STATUS.get(duty.status, duty.status)}{when}. "
                   f"{duty.explanation}")
    return out
