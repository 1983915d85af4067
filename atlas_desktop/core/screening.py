"""Whether a processing activity needs a DPIA: the Art. 35(3) cases, then the WP248 criteria.

The criteria the manager ticks are joined by those the activity's own fields already show
(its special-category or criminal data is WP248's "sensitive data" criterion), so the
screening cannot say less than the record does. Art. 35(3) lists three cases where a DPIA
is always required; WP248 adds that two criteria make one required "in most cases", and
that a documented reason can exceptionally show why not. The reasons are in the user's language
(``core.i18n``, context "judgements"); the result and criteria stay codes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from . import i18n, vocab
from .i18n import in_sentence, t, tn

Record = Mapping[str, Any]


@dataclass(frozen=True)
class Screening:
    result: str                    # vocab.SCREENING_RESULT code
    criteria: tuple[str, ...]      # WP248 codes met: ticked, then inferred
    inferred: tuple[str, ...]      # those the activity's fields showed without being ticked
    mandatory: tuple[str, ...]     # Art. 35(3) cases that apply, as "Art. 35(3)(b)" etc.
    reasons: tuple[str, ...]       # plain sentences, each with its source

    def to_json(self) -> dict[str, Any]:
        return {"result": self.result, "criteria": list(self.criteria), "inferred": list(self.inferred),
                "mandatory": list(self.mandatory), "reasons": list(self.reasons)}


def _filled(value: Any) -> bool:
    return bool(value.strip()) if isinstance(value, str) else bool(value)


def screen(a: Record) -> Screening:
    """The screening of activity ``a`` (stored or draft values)."""
    ticked = [c for c in (a.get("wp248_criteria") or ()) if isinstance(c, str)]
    inferred: list[str] = []
    special = bool(a.get("special_categories")) or bool(a.get("criminal_data"))
    if special and "sensitive_data" not in ticked:
        inferred.append("sensitive_data")
    # A ticked criterion says the same as the fact: either one makes the processing large scale, or
    # automated, for Art. 35(3) too (the conservative reading; a tick is the manager's own statement).
    large = bool(a.get("large_scale")) or "large_scale" in ticked
    if a.get("large_scale") and "large_scale" not in ticked:
        inferred.append("large_scale")
    # WP248 criterion 1 is "evaluation or scoring, including profiling and predicting".
    if a.get("profiling") and "evaluation_scoring" not in ticked:
        inferred.append("evaluation_scoring")
    if a.get("public_area_monitoring") and "systematic_monitoring" not in ticked:
        inferred.append("systematic_monitoring")
    if a.get("automated_decisions") and "automated_decision" not in ticked:
        inferred.append("automated_decision")
    criteria = tuple(ticked + inferred)
    reasons: list[str] = []
    if inferred:
        named = ", ".join(in_sentence(i18n.spec(vocab.WP248.label_of(c))) for c in inferred)
        reasons.append(t("judgements", "Counted from the activity's own fields: {criteria} (WP248 rev.01).")
                       .format(criteria=named))

    mandatory: list[str] = []
    # (a): systematic and extensive evaluation based on automated processing, with legal or similar effects.
    automated = bool(a.get("automated_decisions")) or "automated_decision" in ticked
    if automated and "evaluation_scoring" in criteria:
        mandatory.append("Art. 35(3)(a)")
        reasons.append(t("judgements", "Automated evaluation of people (profiling or scoring) with decisions that "
                                       "have legal or similarly significant effects: a DPIA is required "
                                       "(Art. 35(3)(a))."))
    if special and large:
        mandatory.append("Art. 35(3)(b)")
        reasons.append(t("judgements", "Special-category or criminal-offence data on a large scale: a DPIA is "
                                       "required (Art. 35(3)(b))."))
    if a.get("public_area_monitoring") and large:
        mandatory.append("Art. 35(3)(c)")
        reasons.append(t("judgements", "Systematic monitoring of a publicly accessible area on a large scale: a "
                                       "DPIA is required (Art. 35(3)(c))."))
    met = len(set(criteria))
    justified = _filled(a.get("screening_note"))
    if mandatory:
        result = "mandatory"
    elif met >= 2 and justified:
        result = "justified"
        reasons.append(tn("judgements", "%n (criterion|criteria) (is|are) met, but the reason no DPIA is needed is "
                                        "recorded (WP248 rev.01).", met))
    elif met >= 2:
        result = "required"
        reasons.append(tn("judgements", "%n WP248 (criterion|criteria) (is|are) met: a DPIA is required in most cases "
                                        "(WP248 rev.01).", met))
    elif met == 1:
        result = "consider"
        reasons.append(t("judgements", "One WP248 criterion is met: consider a DPIA and record why not "
                                       "(WP248 rev.01)."))
    else:
        result = "not_required"
    return Screening(result, criteria, tuple(inferred), tuple(mandatory), tuple(reasons))
