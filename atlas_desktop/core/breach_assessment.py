"""Works out a breach's severity and the risk to people from facts the manager can answer.

Two layers, both shown to the user factor by factor:

1. **ENISA's severity method (2013)**, used by several authorities: SE = DPC × EI + CB, where
   DPC is the kind of data in its context (1–4), EI how easily people are identified
   (0.25–1) and CB the circumstances (losses of confidentiality, integrity, availability,
   malicious intent). SE < 2 is low, < 3 medium, < 4 high, else very high.
2. **The EDPB's factors** (Guidelines 9/2022 and the worked cases of 01/2021) then decide
   the duty: some facts take the risk away whatever the score (unreadable data, a backup
   that restored everything, a trusted recipient that deleted it), others raise it
   (sensitive or financial data taken by strangers, a service people depend on, data lost
   for good).

A question left unanswered is taken at its worst and marked "assumed": Atlas never
concludes "no risk" from silence. Where the law is ambiguous this is the conservative
reading the EDPB takes (Guidelines 9/2022: when in doubt, notify).

What follows from the risk (notify, tell people, tell the client) is ``core.breach_duties``;
its names are still importable from here. The words a person reads (labels, answers, effects, rules)
are in the user's language (``core.i18n``, context "breach"); keys, codes and sources stay as they are.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from . import vocab
from .breach_duties import PROCESSOR_NOTICE_HOURS, Duty, controller_deadline, duties, duties_json
from .i18n import format_number, in_sentence, spec, t, tn

Record = Mapping[str, Any]

# The assessment, and the duties' names long imported from here by the CLI, the GUI and the reports.
__all__ = [
    "AVAILABILITY_SCORES", "BEHAVIOURAL_DATA", "CONFIDENTIALITY_SCORES", "DPC_SCORES", "EDPB_01", "EDPB_9",
    "EI_SCORES", "ENISA", "FINANCIAL_DATA", "INTEGRITY_SCORES", "LARGE_NUMBER", "LEVEL_OUTCOME",
    "MALICIOUS_SCORE", "OUTCOMES", "PROCESSOR_NOTICE_HOURS", "Assessment", "Duty", "Factor", "Record", "assess",
    "controller_deadline", "duties", "duties_json", "level_of", "severity_json",
]

DPC_SCORES = {"simple": 1, "behavioural": 2, "financial": 3, "sensitive": 4}
EI_SCORES = {"negligible": 0.25, "limited": 0.5, "significant": 0.75, "maximum": 1.0}
CONFIDENTIALITY_SCORES = {"none": 0.0, "exposed": 0.0, "known_recipients": 0.25, "unknown_recipients": 0.5}
INTEGRITY_SCORES = {"none": 0.0, "corrected": 0.0, "misused_recoverable": 0.25, "misused_lost": 0.5}
AVAILABILITY_SCORES = {"none": 0.0, "restored": 0.0, "temporary": 0.25, "permanent": 0.5}
MALICIOUS_SCORE = 0.5

# Data categories (vocab.DATA_CATEGORY) that make a breach financial or behavioural when the manager
# did not say which kind of data it was (ENISA's DPC). ID documents and passwords open the door to
# fraud and account take-over, which the EDPB weighs like financial data (01/2021, Cases 07 and 11).
FINANCIAL_DATA = frozenset({"financial", "payment_card", "government_id", "credentials"})
BEHAVIOURAL_DATA = frozenset({"location", "usage", "communications"})

# EDPB Guidelines 9/2022: the larger the number of people, the greater the impact. Atlas takes this many
# as "large" for a confidentiality breach: a conservative floor, never a reason to lower.
LARGE_NUMBER = 10_000

OUTCOMES = ("none", "risk", "high")
_RANK = {o: i for i, o in enumerate(OUTCOMES)}
LEVEL_OUTCOME = {"low": "none", "medium": "risk", "high": "high", "very_high": "high"}

ENISA = "ENISA 2013"
EDPB_9 = "EDPB Guidelines 9/2022"
EDPB_01 = "EDPB Guidelines 01/2021"


@dataclass(frozen=True)
class Factor:
    """One line of the explanation: a fact, how it was read, and what it did to the result."""

    key: str            # the breach field it comes from (or the rule's name)
    label: str          # plain words
    value: str          # the answer, as read
    effect: str         # e.g. "× 0.75", "+ 0.5", "raises it to a high risk"
    source: str         # where the rule comes from
    assumed: bool = False  # not answered: the worst case was used

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "label": self.label, "value": self.value, "effect": self.effect,
                "source": self.source, "assumed": self.assumed}


@dataclass(frozen=True)
class Assessment:
    """The outcome for one breach. ``outcome`` is None only when nothing says what was affected."""

    dpc: int
    ei: float
    cb: float
    score: float
    level: str | None                 # vocab.SEVERITY_LEVEL code
    outcome: str | None               # vocab.BREACH_RISK code: none / risk / high
    factors: tuple[Factor, ...]
    missing: tuple[str, ...] = ()     # fields still to answer (their worst case was assumed)
    rules: tuple[str, ...] = field(default=())  # the EDPB rules that moved the outcome, in words

    @property
    def complete(self) -> bool:
        return self.outcome is not None and not self.missing

    def to_json(self) -> dict[str, Any]:
        return {"score": self.score, "level": self.level, "outcome": self.outcome, "dpc": self.dpc,
                "ei": self.ei, "cb": self.cb, "complete": self.complete, "missing": list(self.missing),
                "rules": list(self.rules), "factors": [f.to_json() for f in self.factors]}


def level_of(score: float) -> str:
    """ENISA's bands: below 2 low, below 3 medium, below 4 high, 4 and above very high."""
    return "low" if score < 2 else "medium" if score < 3 else "high" if score < 4 else "very_high"


def _label(voc: vocab.Vocabulary, code: str | None) -> str:
    return spec(voc.label_of(code)) if code else t("breach", "not answered")


def _yes() -> str:
    return t("breach", "Yes")


def _num(x: float) -> str:
    """A score as the language writes a number: "0.5" in English, "0,5" in Romanian, French and German.
    The scores are quarters (at most two decimals), so Babel's three decimals never round one."""
    return format_number(x)


def _categories(codes: list[str]) -> str:
    """Data categories named in the middle of an answer: "from payment card data, passwords"."""
    return ", ".join(in_sentence(spec(vocab.DATA_CATEGORY.label_of(c))) for c in codes)


class _Reading:
    """The facts of one breach read once, with what each unanswered question was taken to be."""

    def __init__(self, b: Record) -> None:
        self.b = b
        self.impact = set(b.get("impact") or ())
        self.factors: list[Factor] = []
        self.missing: list[str] = []
        self.rules: list[str] = []

    def add(self, key: str, label: str, value: str, effect: str, source: str, assumed: bool = False) -> None:
        self.factors.append(Factor(key, label, value, effect, source, assumed))
        if assumed and key not in self.missing:
            self.missing.append(key)

    # -- ENISA: DPC --------------------------------------------------------------------------
    def dpc(self) -> tuple[int, int]:
        """(DPC after the context, the kind of data's own score before it)."""
        b = self.b
        chosen = b.get("data_context")
        if chosen in DPC_SCORES:
            base = DPC_SCORES[chosen]
            self.add("data_context", t("breach", "Kind of data"), _label(vocab.DATA_CONTEXT, chosen), f"DPC {base}",
                     ENISA)
        else:
            kind, why, assumed = self._inferred_context()
            base = DPC_SCORES[kind]
            self.add("data_context", t("breach", "Kind of data"), t("breach", "{answer} ({why})").format(
                answer=_label(vocab.DATA_CONTEXT, kind), why=why), f"DPC {base}", ENISA, assumed)
        dpc = base
        adjust = b.get("context_adjustment") or "as_usual"
        if adjust in ("less", "more"):
            dpc += -1 if adjust == "less" else 1
            self.add("context_adjustment", t("breach", "In this case, the data reveals"),
                     _label(vocab.CONTEXT_ADJUSTMENT, adjust), "DPC − 1" if adjust == "less" else "DPC + 1", ENISA)
        if b.get("vulnerable_involved"):
            dpc += 1
            self.add("vulnerable_involved", t("breach", "Children or vulnerable people affected"), _yes(), "DPC + 1",
                     f"{ENISA}; {EDPB_9}")
        return max(1, min(4, dpc)), base

    def _inferred_context(self) -> tuple[str, str, bool]:
        b = self.b
        categories = set(b.get("data_categories") or ())
        if b.get("special_categories_involved"):
            return "sensitive", t("breach", "special-category or criminal data involved"), False
        money = sorted(categories & FINANCIAL_DATA)
        if money:
            return "financial", t("breach", "from {categories}").format(categories=_categories(money)), False
        habits = sorted(categories & BEHAVIOURAL_DATA)
        if habits:
            return "behavioural", t("breach", "from {categories}").format(categories=_categories(habits)), False
        if categories:
            return "simple", t("breach", "from the data involved"), False
        # Nothing says what data it was: the worst case stands until someone says otherwise.
        return "sensitive", t("breach", "assumed: the data involved is not recorded"), True

    # -- ENISA: EI ---------------------------------------------------------------------------
    def ei(self) -> float:
        b = self.b
        if b.get("unintelligible"):
            self.add("unintelligible", t("breach", "Unreadable to whoever got it"), _yes(),
                     t("breach", "EI {score} (nobody can tell who)").format(score=_num(EI_SCORES["negligible"])),
                     f"{ENISA}; {EDPB_01}, Cases 06 and 10")
            return EI_SCORES["negligible"]
        answer = b.get("identifiability")
        if answer in EI_SCORES:
            self.add("identifiability", t("breach", "How easily people can be identified"),
                     _label(vocab.IDENTIFIABILITY, answer), f"× {_num(EI_SCORES[answer])}", ENISA)
            return EI_SCORES[answer]
        self.add("identifiability", t("breach", "How easily people can be identified"),
                 t("breach", "not answered: taken as directly"), "× 1", ENISA, assumed=True)
        return EI_SCORES["maximum"]

    # -- ENISA: CB, with the EDPB's mitigations applied per kind of loss -----------------------
    def confidentiality(self) -> tuple[float, bool]:
        """(its CB points, whether it is a live loss of confidentiality after the mitigations)."""
        b = self.b
        exfil = b.get("exfiltration")
        affected = "confidentiality" in self.impact or exfil in ("confirmed", "unknown")
        if not affected:
            return 0.0, False
        answer = b.get("confidentiality_loss")
        assumed = answer not in CONFIDENTIALITY_SCORES
        if exfil in ("confirmed", "unknown") and answer != "unknown_recipients":
            # Copied out by an attacker, or not ruled out: strangers may hold it (EDPB 01/2021, Cases 04–05).
            effect = (t("breach", "counted as seen by unknown people (confirmed)") if exfil == "confirmed"
                      else t("breach", "counted as seen by unknown people (cannot be ruled out)"))
            self.add("exfiltration", t("breach", "Was data copied out?"), _label(vocab.EXFILTRATION, exfil),
                     effect, f"{EDPB_01}, Cases 01 and 04")
            answer, assumed = "unknown_recipients", False
        elif assumed:
            answer = "unknown_recipients"
        points = CONFIDENTIALITY_SCORES[answer]
        asked = t("breach", "Could others see the data?")
        if b.get("unintelligible"):
            self.add("confidentiality_loss", asked, _label(vocab.CONFIDENTIALITY_LOSS, answer),
                     t("breach", "+ 0: unreadable to them"), f"{EDPB_01}, Cases 06 and 10; Art. 34(3)(a)")
            return 0.0, False
        if b.get("recipient_trusted"):
            self.add("confidentiality_loss", asked, _label(vocab.CONFIDENTIALITY_LOSS, answer),
                     t("breach", "+ 0: a trusted recipient confirmed deleting it"), f"{EDPB_9}; {EDPB_01}, Case 09")
            return 0.0, False
        value = (t("breach", "not answered: taken as seen by unknown people") if assumed
                 else _label(vocab.CONFIDENTIALITY_LOSS, answer))
        self.add("confidentiality_loss", asked, value, f"+ {_num(points)}", ENISA, assumed)
        return points, answer not in ("none",)

    def integrity(self) -> tuple[float, bool]:
        if "integrity" not in self.impact:
            return 0.0, False
        answer = self.b.get("integrity_loss")
        assumed = answer not in INTEGRITY_SCORES
        if assumed:
            answer = "misused_lost"
        points = INTEGRITY_SCORES[answer]
        value = (t("breach", "not answered: taken as misused and lost") if assumed
                 else _label(vocab.INTEGRITY_LOSS, answer))
        self.add("integrity_loss", t("breach", "Was the data changed?"), value, f"+ {_num(points)}", ENISA, assumed)
        return points, answer not in ("none", "corrected")

    def availability(self) -> tuple[float, str | None]:
        """(its CB points, the loss as finally read; None when availability was not affected)."""
        if "availability" not in self.impact:
            return 0.0, None
        b = self.b
        answer = b.get("availability_loss")
        assumed = answer not in AVAILABILITY_SCORES
        if b.get("backup_restored") and answer not in ("none", "restored"):
            self.add("backup_restored", t("breach", "An up-to-date backup restored it"), _yes(),
                     t("breach", "+ 0: restored from the backup"), f"{EDPB_01}, Case 01")
            return 0.0, "restored"
        if assumed:
            answer = "permanent"
        points = AVAILABILITY_SCORES[answer]
        value = (t("breach", "not answered: taken as lost for good") if assumed
                 else _label(vocab.AVAILABILITY_LOSS, answer))
        self.add("availability_loss", t("breach", "Was the data lost or out of reach?"), value, f"+ {_num(points)}",
                 ENISA, assumed)
        return points, answer


def assess(b: Record) -> Assessment:
    """The severity and the risk to people of the breach ``b`` (a record's values, stored or draft)."""
    r = _Reading(b)
    if not r.impact and b.get("exfiltration") not in ("confirmed", "unknown"):
        return Assessment(0, 0.0, 0.0, 0.0, None, None, (), ("impact",),
                          (t("breach", "Say what was affected (confidentiality, integrity, availability) to "
                             "start the assessment."),))
    dpc, base = r.dpc()
    ei = r.ei()
    conf_points, conf_live = r.confidentiality()
    int_points, int_live = r.integrity()
    avail_points, avail = r.availability()
    malicious = bool(b.get("malicious"))
    if malicious:
        r.add("malicious", t("breach", "Done on purpose"), _yes(), f"+ {_num(MALICIOUS_SCORE)}", ENISA)
    cb = conf_points + int_points + avail_points + (MALICIOUS_SCORE if malicious else 0.0)
    score = round(dpc * ei + cb, 4)
    level = level_of(score)
    outcome = LEVEL_OUTCOME[level]
    r.add("severity", t("breach", "Severity score"), f"{_num(dpc)} × {_num(ei)} + {_num(cb)} = {_num(score)}",
          t("breach", "{level}: {risk}").format(level=spec(vocab.SEVERITY_LEVEL.label_of(level)),
                                               risk=in_sentence(spec(vocab.BREACH_RISK.label_of(outcome)))), ENISA)

    critical = bool(b.get("critical_service"))
    avail_live = avail in ("temporary", "permanent") or (critical and avail not in (None, "none"))
    if not (conf_live or int_live or avail_live):
        # Every loss is neutralised: unreadable, restored, deleted by a trusted recipient, or minor.
        if outcome != "none":
            r.rules.append(t("breach", "Nothing that was affected can still harm people (the data was unreadable, "
                             "restored from a backup, or deleted by a trusted recipient), so the breach is unlikely "
                             "to result in a risk ({source}).").format(source=f"{EDPB_01}, Cases 01, 06, 09 and 10"))
            r.add("mitigated", t("breach", "Every loss neutralised"), _yes(), t("breach", "lowers the risk to none"),
                  f"{EDPB_9}; {EDPB_01}")
        outcome = "none"
    else:
        outcome = _raise(r, outcome, b, base, conf_live, avail, critical, malicious)
    return Assessment(dpc, ei, cb, score, level, outcome, tuple(r.factors), tuple(r.missing), tuple(r.rules))


def _raise(r: _Reading, outcome: str, b: Record, base: int, conf_live: bool, avail: str | None,
           critical: bool, malicious: bool) -> str:
    """The EDPB's aggravating factors: each sets a floor the outcome cannot go below."""

    def floor(level: str, key: str, label: str, why: str, source: str) -> None:
        nonlocal outcome
        if _RANK[level] > _RANK[outcome]:
            outcome = level
            effect = (t("breach", "raises it to a high risk") if level == "high"
                      else t("breach", "raises it to a risk: notify the authority"))
            r.add(key, label, _yes(), effect, source)
            r.rules.append(t("breach", "{why} ({source}).").format(why=why, source=source))

    strangers = b.get("confidentiality_loss") in (None, "unknown_recipients") or \
        b.get("exfiltration") in ("confirmed", "unknown")
    revealing = base >= DPC_SCORES["financial"] or bool(b.get("vulnerable_involved"))
    if conf_live and revealing and (strangers or malicious):
        floor("high", "revealing_data_taken", t("breach", "Sensitive, financial or identity data, or children's "
                                                  "data, in strangers' hands"),
              t("breach", "Special-category, financial, identity or login data, or data about children and "
                "vulnerable people, may be in the hands of people who can misuse it: a high risk"),
              f"{EDPB_9}; {EDPB_01}, Cases 04, 05, 07, 11 and 12")
    if critical and avail is not None and avail != "none":
        level = "high" if avail in ("temporary", "permanent") else "risk"
        floor(level, "critical_service", t("breach", "People depend on our service"),
              t("breach", "People depend on the service, so losing the data, even for a while, affects them "
                "directly"), f"{EDPB_01}, Case 03")
    if avail in ("temporary", "permanent"):
        floor("risk", "availability_not_restored", t("breach", "Data out of reach without a working backup"),
              t("breach", "The data was not restored quickly from a backup, so people were without it or lost it"),
              f"{EDPB_01}, Case 02")
    if conf_live and malicious:
        floor("risk", "taken_on_purpose", t("breach", "Data taken on purpose"),
              t("breach", "Someone took or exposed the data deliberately, so its misuse is likely"),
              f"{EDPB_9}; {EDPB_01}, Case 08")
    count = b.get("subjects_count")
    if conf_live and isinstance(count, int) and count >= LARGE_NUMBER:
        # Identity data of that many people in unknown hands is the raw material of identity fraud.
        floor("high" if (strangers or malicious) else "risk", "number_affected", t("breach", "Many people affected"),
              # A plural message for the agreement; {count} rather than %n so the number keeps the language's
              # grouping (10,000 / 10.000).
              tn("breach", "{count} (person|people) (is|are) affected", count).format(count=format_number(count)),
              f"{EDPB_9} (number of affected individuals); {EDPB_01}, Case 11")
    return outcome


def severity_json(b: Record) -> dict[str, Any]:
    """The ``severity`` object of ``atlas show breach ID --json``."""
    return assess(b).to_json()
