"""Works out which organisation-wide duties apply: a DPO (Art. 37(1), national rules), the record of
processing (Art. 30(5)) and the age of digital consent (Art. 8(1)).

Each answer is a ``Judgement``: required or not (None: the facts given do not decide it yet),
the reasons in plain words, and the article. Facts come from the organisation's own answers
and, where the register already shows them, from its activities, so the answer cannot say
less than the record does. Where the law leaves room, the reading is the EDPB's (WP243,
WP29's Art. 30(5) position paper) and the conservative one. The titles and reasons are in the
user's language (``core.i18n``, context "judgements"); keys and articles stay as they are.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .i18n import t, tn
from .screening import screen

Record = Mapping[str, Any]

# The English of the voluntary-DPO reason (kept for callers that compare with it; shown through t() below).
VOLUNTARY_DPO = ("You may still appoint a DPO voluntarily; the same rules then apply to them "
                 "(WP243 rev.01 § 2.1).")

# Art. 8(1) lets each Member State set the age between 13 and 16. From public summaries of the national
# laws (check the national text before relying on one); a country not listed keeps the default of 16.
CONSENT_AGES: Mapping[str, int] = {
    **{c: 13 for c in ("BE", "DK", "EE", "FI", "LV", "MT", "PT", "SE", "GB", "UK")},
    **{c: 14 for c in ("AT", "BG", "CY", "ES", "IT", "LT")},
    **{c: 15 for c in ("CZ", "FR", "GR", "EL", "SI")},
    **{c: 16 for c in ("DE", "HR", "HU", "IE", "LU", "NL", "PL", "RO", "SK")},
}
DEFAULT_CONSENT_AGE = 16

# § 38(1) BDSG: "as a rule at least 20 persons constantly engaged in the automated processing".
BDSG_STAFF = 20
# Screening results that mean a DPIA must be done: what § 38(1) BDSG calls "subject to a DPIA".
_DPIA_DUE = frozenset({"mandatory", "required"})
# Screening results that show a risk for Art. 30(5). WP29 reads "a risk" there as any risk, not only a
# high one, so a justified "no DPIA" (criteria met, risk not high) still counts: the conservative reading.
_RISKY = frozenset({"mandatory", "required", "justified", "consider"})


@dataclass(frozen=True)
class Judgement:
    """One duty: whether it applies (None: not decided by the facts given yet), why, and the source."""

    key: str
    required: bool | None
    title: str
    reasons: tuple[str, ...]
    article: str
    # Which reasons explain the law's terms (WP243's "what counts") rather than give the grounds of this
    # answer: a finding quotes the grounds only, whatever language the words are in.
    explaining: frozenset[int] = frozenset()

    @property
    def grounds(self) -> tuple[str, ...]:
        """The reasons that decide the answer, without the explanations of what the terms mean."""
        return tuple(r for i, r in enumerate(self.reasons) if i not in self.explaining)

    def to_json(self) -> dict[str, Any]:
        return {"required": self.required, "title": self.title, "reasons": list(self.reasons),
                "article": self.article}


def _country(country: str | None) -> str:
    return (country or "").strip().upper()


def _live(activities: Sequence[Record]) -> list[Record]:
    """The activities still carried out: a retired one is history and creates no duty now."""
    return [a for a in activities if a.get("status") != "retired"]


def _names(activities: Sequence[Record]) -> str:
    return ", ".join(t("judgements", '"{name}"').format(name=a.get("name") or t("judgements", "(unnamed)"))
                     for a in activities)


def _large(a: Record) -> bool:
    # The fact, or the WP248 criterion ticked: both say "large scale"; either is enough.
    return bool(a.get("large_scale")) or "large_scale" in (a.get("wp248_criteria") or ())


def _monitors(a: Record) -> bool:
    return "systematic_monitoring" in (a.get("wp248_criteria") or ()) or bool(a.get("public_area_monitoring"))


def _sensitive(a: Record) -> bool:
    return bool(a.get("special_categories")) or bool(a.get("criminal_data"))


# -- Art. 37(1) and national rules: a DPO ------------------------------------------------------
def dpo_duty(org: Record, activities: Sequence[Record]) -> Judgement:
    """Whether the organisation must designate a DPO (Art. 37(1)(a)–(c); Germany: § 38(1) BDSG)."""
    live = _live(activities)
    reasons: list[str] = []
    articles: list[str] = []
    explaining: set[int] = set()
    if org.get("public_body"):
        articles.append("Art. 37(1)(a)")
        reasons.append(t("judgements", "You are a public authority or body: a DPO is required whatever data you "
                                       "process (Art. 37(1)(a); WP243 rev.01 § 2.1.1). Only courts acting as "
                                       "courts are exempt."))
    # Art. 37(1)(b) and (c) read alike: the organisation says its main business is such, or its core activities
    # show it; either way the reason is followed by what the terms mean (WP243 rev.01), marked as explaining.
    for said, found, article, said_text, found_text, meaning in (
        (org.get("core_monitoring"), [a for a in live if a.get("core_activity") and _large(a) and _monitors(a)],
         "Art. 37(1)(b)",
         t("judgements", "You said your main business monitors people regularly and systematically on a large "
                         "scale: a DPO is required (Art. 37(1)(b))."),
         t("judgements", "Your activities {names} are core activities that monitor people regularly and "
                         "systematically on a large scale: a DPO is required (Art. 37(1)(b))."),
         t("judgements", "What counts: a core activity is part of what the office exists to do, not support such "
                         "as payroll or IT (WP243 rev.01 § 2.1.2); large scale weighs the number of people, the "
                         "volume, the duration and the area (§ 2.1.3); regular and systematic monitoring includes "
                         "tracking, profiling, CCTV and behavioural advertising (§ 2.1.4).")),
        (org.get("core_special_data"), [a for a in live if a.get("core_activity") and _large(a) and _sensitive(a)],
         "Art. 37(1)(c)",
         t("judgements", "You said your main business handles special-category or criminal-offence data on a large "
                         "scale: a DPO is required (Art. 37(1)(c))."),
         t("judgements", "Your activities {names} are core activities that handle special-category or "
                         "criminal-offence data on a large scale: a DPO is required (Art. 37(1)(c))."),
         t("judgements", "What counts: a hospital's patient files are the example of a core activity (WP243 rev.01 "
                         "§ 2.1.2); a single doctor's are not large scale (§ 2.1.3, Recital 91)."))):
        if said or found:
            articles.append(article)
            reasons.append(said_text if said else found_text.format(names=_names(found)))
            explaining.add(len(reasons))
            reasons.append(meaning)
    undecided = _german_rules(org, live, reasons, articles)
    explained = frozenset(explaining)
    if articles:
        return Judgement("dpo", True, t("judgements", "A Data Protection Officer is required"), tuple(reasons),
                         "; ".join(articles), explained)
    if undecided:
        return Judgement("dpo", None, t("judgements", "A Data Protection Officer may be required"), tuple(reasons),
                         "Art. 37(4); § 38(1) BDSG", explained)
    reasons.append(t("judgements", "You are not a public body, and your core activities neither monitor people on a "
                                   "large scale nor handle special-category or criminal data on a large scale, so no "
                                   "DPO is required (Art. 37(1); WP243 rev.01 § 2.1). Name the person responsible "
                                   "for data protection instead."))
    reasons.append(t("judgements", "You may still appoint a DPO voluntarily; the same rules then apply to them "
                                   "(WP243 rev.01 § 2.1)."))
    return Judgement("dpo", False, t("judgements", "No Data Protection Officer is required"), tuple(reasons),
                     "Art. 37(1)", explained)


def _german_rules(org: Record, live: Sequence[Record], reasons: list[str], articles: list[str]) -> bool:
    """§ 38(1) BDSG, which Art. 37(4) allows. Adds to ``reasons``/``articles``; True when the staff count
    it needs is missing and nothing else decides (the answer is then left open, never "no")."""
    if _country(org.get("country")) != "DE":
        return False
    staff = org.get("staff_processing")
    if isinstance(staff, int) and staff >= BDSG_STAFF:
        articles.append("§ 38(1) BDSG")
        reasons.append(tn("judgements", "In Germany, %n (person|people) constantly (works|work) with personal data on "
                                        "computers: from {threshold}, as a rule, a DPO is required (§ 38(1) BDSG).",
                          staff).format(threshold=BDSG_STAFF))
    dpia = [a for a in live if screen(a).result in _DPIA_DUE]
    if dpia:
        if "§ 38(1) BDSG" not in articles:
            articles.append("§ 38(1) BDSG")
        reasons.append(t("judgements", "In Germany, processing that needs a DPIA ({names}) makes a DPO required, "
                                       "whatever the number of staff (§ 38(1) BDSG, Art. 35).")
                       .format(names=_names(dpia)))
    if articles:
        return False  # decided: required by the GDPR or by § 38(1) BDSG already
    reasons.append(t("judgements", "In Germany a DPO is also required when data is processed commercially to be "
                                   "passed on or for market or opinion research (§ 38(1) BDSG)."))
    if not isinstance(staff, int):
        reasons.append(t("judgements", "Say how many people constantly work with personal data on computers: in "
                                       "Germany, from {threshold} a DPO is required (§ 38(1) BDSG).")
                       .format(threshold=BDSG_STAFF))
        return True
    return False


# -- Art. 30(5): the record of processing ------------------------------------------------------
def record_duty(org: Record, activities: Sequence[Record]) -> Judgement:
    """Whether the record of processing is required (Art. 30(1), (2) and the exemption of 30(5))."""
    employees = org.get("employees")
    counted = isinstance(employees, int) and not isinstance(employees, bool)
    title_yes = t("judgements", "The record of processing is required")
    if counted and employees >= 250:
        return Judgement("record_of_processing", True, title_yes,
                         (tn("judgements", "With %n employee(s) (250 or more) the record is always required "
                                           "(Art. 30(1), (2) and (5)).", employees),), "Art. 30(5)")
    live = _live(activities)
    reasons: list[str] = []
    routine = [a for a in live if not a.get("occasional")]
    if routine:
        reasons.append(tn("judgements", "{names} (is|are) not occasional: routine processing, like payroll or a "
                                        "customer file, needs the record (Art. 30(5)).", len(routine))
                       .format(names=_names(routine)))
    sensitive = [a for a in live if _sensitive(a)]
    if sensitive:
        reasons.append(tn("judgements", "{names} include(s|) special-category (Art. 9(1)) or criminal-offence "
                                        "(Art. 10) data, which needs the record (Art. 30(5)).", len(sensitive))
                       .format(names=_names(sensitive)))
    risky = [a for a in live if screen(a).result in _RISKY]
    if risky:
        reasons.append(tn("judgements", "{names} (is|are) likely to result in a risk to people (the DPIA screening "
                                        "meets at least one WP248 criterion); any risk counts, not only a high one "
                                        "(Art. 30(5); WP29 position paper on Art. 30(5), 19 April 2018).", len(risky))
                       .format(names=_names(risky)))
    if reasons:
        head = (tn("judgements", "With %n employee(s) (fewer than 250), the exemption of Art. 30(5) does not apply:",
                   employees) if counted else
                t("judgements", "Whatever your number of employees, the exemption of Art. 30(5) does not apply:"))
        return Judgement("record_of_processing", True, title_yes,
                         (head, *reasons,
                          t("judgements", "The record must cover at least these activities; keeping every activity "
                                          "in it is simplest (WP29 position paper on Art. 30(5)).")), "Art. 30(5)")
    if not live:
        return Judgement("record_of_processing", None, t("judgements", "The record of processing is probably required"),
                         (t("judgements", "No activity is recorded yet. Any payroll or customer file is not "
                                          "occasional, so it makes the record required (Art. 30(5)): record your "
                                          "activities to be sure."),), "Art. 30(5)")
    if not counted:
        return Judgement("record_of_processing", None, t("judgements", "The record of processing may be optional"),
                         (t("judgements", "Every activity is occasional, without special-category or criminal data "
                                          "and without a risk the screening shows; say how many employees you have: "
                                          "from 250 the record is always required (Art. 30(5))."),), "Art. 30(5)")
    return Judgement("record_of_processing", False, t("judgements", "The record of processing is optional"),
                     (tn("judgements", "With %n employee(s) (fewer than 250), and every activity occasional, without "
                                       "special-category or criminal data and without a risk the screening shows, the "
                                       "exemption of Art. 30(5) applies. Keeping the record is still the easiest way "
                                       "to show you comply (Art. 5(2)).", employees),), "Art. 30(5)")


# -- Art. 8(1): children's consent to online services ----------------------------------------
def digital_consent_age(country: str | None) -> int:
    """The age from which a child may consent alone to an online service (Art. 8(1)); 16 by default."""
    return CONSENT_AGES.get(_country(country), DEFAULT_CONSENT_AGE)


def consent_needs_parent(consent: Record, country: str | None) -> bool:
    """Whether the consent needed a parent or guardian (Art. 8(1)) and none is recorded.

    An unknown age with "is a child" ticked is taken as below the age: the conservative reading,
    since a child of 16 or 17 may be above it but Atlas cannot tell."""
    if not consent.get("online_service"):
        return False
    given_by = consent.get("parental_consent_by")
    if isinstance(given_by, str) and given_by.strip() or (given_by and not isinstance(given_by, str)):
        return False
    age = consent.get("age")
    if isinstance(age, int) and not isinstance(age, bool):
        return age < digital_consent_age(country)
    return bool(consent.get("is_child"))


def organisation_json(org: Record, activities: Sequence[Record]) -> dict[str, Any]:
    """The judgements for reports and ``atlas`` JSON output."""
    return {"dpo": dpo_duty(org, activities).to_json(),
            "record_of_processing": record_duty(org, activities).to_json(),
            "digital_consent_age": digital_consent_age(org.get("country"))}
