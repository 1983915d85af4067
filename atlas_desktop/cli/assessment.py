"""What ``atlas show`` adds to a record that is worked out rather than stored: a breach's assessment and
duties, and the organisation's legal obligations.

Both come from the core modules the GUI and the reports use (``core.breach_assessment``,
``core.obligations``), so the CLI never judges a record differently from the rest of Atlas. The block
``atlas show`` prints is in the run's language (``core.i18n``, context "cli"); the JSON keys stay English.
"""

from __future__ import annotations

from typing import Any

from ..core import vocab
from ..core.breach_assessment import assess, duties, duties_json, severity_json
from ..core.entities.breach import BREACH
from ..core.i18n import cite, format_number, spec, t

Record = dict[str, Any]



def _status_words() -> dict[str, str]:
    """Plain words for a duty's status: the codes are for scripts, the text for people (in this run's language)."""
    return {"due": t("cli", "to do"), "done": t("cli", "done"), "not_required": t("cli", "not required"),
            "lifted": t("cli", "not required (exemption)"),
            "replaced": t("cli", "replaced by a public communication"), "undecided": t("cli", "not decided yet"),
            "controllers": t("cli", "the client's decision")}


def _duty_words() -> dict[str, str]:
    return {"document": t("cli", "Document the breach"), "authority": t("cli", "Notify the authority"),
            "people": t("cli", "Tell the people affected"), "controller": t("cli", "Tell the client (controller)"),
            "public_communication": t("cli", "Public communication")}


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
    out = ["", t("cli", "Assessment (ENISA 2013 severity, EDPB Guidelines 9/2022 and 01/2021)")]
    if found.outcome is None:
        return [*out, "  " + t("cli", "Not started: {rules}").format(rules=" ".join(found.rules))]
    level = spec(vocab.SEVERITY_LEVEL.label_of(found.level)) if found.level else "—"
    out.append("  " + t("cli", "Score {score}: {level}").format(score=format_number(found.score), level=level))
    out.append("  " + t("cli", "Assessed risk: {risk}").format(risk=spec(vocab.BREACH_RISK.label_of(found.outcome))))
    if record.get("risk_override"):
        reason = " ".join(str(record.get("override_reason") or t("cli", "no reason recorded")).split())
        out.append("  " + t("cli", "Your own assessment: {risk} — {reason}").format(
            risk=spec(vocab.BREACH_RISK.label_of(record["risk_override"])), reason=reason))
    assumed = t("cli", "[assumed]")
    for f in found.factors:
        mark = f" {assumed}" if f.assumed else ""
        out.append("  - " + t("cli", "{factor}: {value} → {effect} ({source}){mark}").format(
            factor=f.label, value=f.value, effect=f.effect, source=cite(f.source), mark=mark))
    for rule in found.rules:
        out.append(f"  * {rule}")
    if found.missing:
        asked = (spec(BREACH.field(k).label) if BREACH.has(k) else k for k in found.missing)
        out.append("  " + t("cli", "Still to answer: {fields} (the worst case was assumed).").format(
            fields=", ".join(asked)))
    out.append("  " + t("cli", "Duties"))
    status_words, duty_words = _status_words(), _duty_words()
    for key, duty in duties(record).items():
        when = ""
        if duty.done_at is not None:
            when = t("cli", ", on {when}").format(when=_when(duty.done_at, tz))
        elif duty.deadline is not None and duty.status == "due":
            when = t("cli", ", by {when}").format(when=_when(duty.deadline, tz))
        out.append("  - " + t("cli", "{duty} ({article}): {status}{when}. {explanation}").format(
            duty=duty_words.get(key, key), article=cite(duty.article),
            status=status_words.get(duty.status, duty.status), when=when, explanation=duty.explanation))
    return out
