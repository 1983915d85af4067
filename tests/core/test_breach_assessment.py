"""The breach assessment against the worked cases of EDPB Guidelines 01/2021 (v2.0, 14 December 2021).

Each case is written as the manager would answer Atlas's questions from the guideline's own facts,
and the outcome must be the guideline's own answer: notify the supervisory authority (SA) or not,
communicate to the data subjects (DS) or not. Internal documentation (Art. 33(5)) is owed in every
case (Guidelines 01/2021 para 15), which ``duties`` always says.

Case 01 was checked against the guideline's text (paras 16–25). The facts and answers of Cases
02–18 come from the guideline's summary tables as quoted by secondary sources; their paragraph
numbers (other than Case 08's paras 72, 74, 77) were not checked against the PDF.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from atlas_desktop.core import vocab
from atlas_desktop.core.breach_assessment import (
    AVAILABILITY_SCORES,
    CONFIDENTIALITY_SCORES,
    EI_SCORES,
    INTEGRITY_SCORES,
    assess,
    level_of,
)
from atlas_desktop.core.breach_duties import controller_deadline, duties
from atlas_desktop.core.context import Context
from atlas_desktop.core.derive import derive

AWARE = dt.datetime(2026, 3, 27, 9, 0, tzinfo=dt.UTC)

# (case, facts, expected risk) — "none": document only; "risk": notify the SA; "high": SA and DS.
CASES = [
    ("01 Ransomware with proper backup and without exfiltration (paras 16–25: document only)",
     dict(impact=["availability"], data_categories=["identification", "contact", "employment"],
          identifiability="maximum", availability_loss="restored", backup_restored=True, malicious=True,
          exfiltration="ruled_out", subjects_count=40),
     "none"),
    ("02 Ransomware without proper backup (SA yes, DS no): rebuilt from paper over five days",
     dict(impact=["availability", "integrity"], data_categories=["identification", "contact"],
          identifiability="maximum", availability_loss="temporary", integrity_loss="corrected", malicious=True,
          exfiltration="ruled_out", subjects_count=40),
     "risk"),
    ("03 Ransomware with backup and without exfiltration in a hospital (SA yes, DS yes): days to restore, "
     "treatment delayed",
     dict(impact=["availability"], special_categories_involved=True, data_categories=["identification"],
          identifiability="maximum", availability_loss="temporary", critical_service=True, malicious=True,
          exfiltration="ruled_out", subjects_count=5_000),
     "high"),
    ("04 Ransomware without backup and with exfiltration (SA yes, DS yes): ID card numbers and card data",
     dict(impact=["confidentiality", "availability"], data_categories=["identification", "government_id",
                                                                       "payment_card"],
          identifiability="maximum", availability_loss="permanent", malicious=True, exfiltration="confirmed",
          subjects_count=3_000),
     "high"),
    ("05 Exfiltration of job application data from a website (SA yes, DS yes): whole CVs, a profile of each "
     "applicant (ENISA raises simple data when the volume per person allows profiling)",
     dict(impact=["confidentiality"], data_categories=["identification", "contact", "education_training"],
          context_adjustment="more", identifiability="maximum", malicious=True, exfiltration="unknown",
          subjects_count=213),
     "high"),
    ("06 Exfiltration of hashed password from a website (document only): strong salted hash, pseudonyms",
     dict(impact=["confidentiality"], data_categories=["credentials"], identifiability="limited",
          unintelligible=True, malicious=True, exfiltration="confirmed", subjects_count=1_200),
     "none"),
    ("07 Credential stuffing attack on a banking website (SA yes, DS yes)",
     dict(impact=["confidentiality"], data_context="financial", data_categories=["identification", "financial"],
          identifiability="maximum", confidentiality_loss="unknown_recipients", malicious=True,
          subjects_count=100_000),
     "high"),
    ("08 Exfiltration of business data by an employee (SA yes, DS no; paras 72, 74, 77)",
     dict(impact=["confidentiality"], data_categories=["contact"], identifiability="maximum",
          confidentiality_loss="known_recipients", malicious=True, subjects_count=500),
     "risk"),
    ("09 Accidental transmission of data to a trusted third party (document only): an insurance agent bound "
     "by secrecy confirmed deletion in writing",
     dict(impact=["confidentiality"], data_categories=["contact", "insurance"], identifiability="maximum",
          confidentiality_loss="known_recipients", recipient_trusted=True, subjects_count=24),
     "none"),
    ("10 Stolen material storing encrypted personal data (document only): children's data, encrypted tablets, "
     "backup available",
     dict(impact=["confidentiality", "availability"], data_categories=["identification", "education_training"],
          vulnerable_involved=True, identifiability="maximum", unintelligible=True, backup_restored=True,
          availability_loss="restored", malicious=True),
     "none"),
    ("11 Stolen material storing non-encrypted personal data (SA yes, DS yes): over 100,000 customers",
     dict(impact=["confidentiality"], data_categories=["identification", "contact"], identifiability="maximum",
          confidentiality_loss="unknown_recipients", malicious=True, subjects_count=100_000),
     "high"),
    ("12 Stolen paper files with sensitive data (SA yes, DS yes): a rehabilitation centre's logbook",
     dict(impact=["confidentiality", "availability"], special_categories_involved=True, vulnerable_involved=True,
          identifiability="maximum", confidentiality_loss="unknown_recipients", availability_loss="permanent",
          malicious=True, subjects_count=60),
     "high"),
    ("13 Postal mail mistake (document only): two customers got each other's packing bill",
     dict(impact=["confidentiality"], data_categories=["identification", "contact"], identifiability="maximum",
          confidentiality_loss="known_recipients", subjects_count=2),
     "none"),
    ("14 Highly confidential personal data sent by mail by mistake (SA yes, DS yes): social security numbers "
     "of 60,000 job seekers",
     dict(impact=["confidentiality"], data_categories=["identification", "contact", "government_id"],
          identifiability="maximum", confidentiality_loss="known_recipients", subjects_count=60_000),
     "high"),
    ("15 Personal data sent by mail by mistake (document only): a course list with meal preferences; two say "
     "lactose intolerant, which reveals little (ENISA: no real insight)",
     dict(impact=["confidentiality"], special_categories_involved=True, data_context="simple",
          data_categories=["identification", "contact"], identifiability="maximum",
          confidentiality_loss="known_recipients", subjects_count=15),
     "none"),
    ("16 Postal mail mistake (SA yes, DS no): car-insurance letters with mileage and premiums, one recipient",
     dict(impact=["confidentiality"], data_context="behavioural", data_categories=["identification", "insurance"],
          identifiability="maximum", confidentiality_loss="known_recipients", subjects_count=1),
     "risk"),
    ("17 Identity theft (SA yes, DS yes): a caller had a client's bills redirected to themselves",
     dict(impact=["confidentiality", "integrity"], data_context="financial",
          data_categories=["identification", "contact", "financial"], identifiability="maximum",
          confidentiality_loss="unknown_recipients", integrity_loss="misused_recoverable", malicious=True,
          subjects_count=1),
     "high"),
    ("18 Email exfiltration (SA yes, DS yes): wages of 99 employees forwarded to an attacker",
     dict(impact=["confidentiality"], data_categories=["identification", "financial", "employment"],
          identifiability="maximum", confidentiality_loss="unknown_recipients", malicious=True,
          exfiltration="confirmed", subjects_count=99),
     "high"),
]


@pytest.mark.parametrize(("case", "facts", "expected"), CASES, ids=[c[0][:2] for c in CASES])
def test_edpb_guidelines_01_2021_worked_cases(case, facts, expected):
    found = assess(facts)
    assert found.outcome == expected, (case, found.score, found.level, found.rules)
    owed = duties(derive("breach", {**facts, "aware_at": AWARE}, Context()))
    assert owed["document"].required is True  # Art. 33(5), Guidelines 01/2021 para 15: every case
    assert owed["authority"].required is (expected != "none")  # Art. 33(1)
    assert owed["people"].required is (expected == "high")  # Art. 34(1)


def test_every_case_is_fully_answered_so_no_worst_case_is_assumed():
    for case, facts, _ in CASES:
        assert assess(facts).missing == (), case


# -- ENISA 2013: SE = DPC × EI + CB -----------------------------------------------------------------

def test_enisa_score_is_dpc_times_ei_plus_circumstances():
    # Financial data (DPC 3) × significant identification (0.75) + known recipients (0.25) + malice (0.5).
    found = assess(dict(impact=["confidentiality"], data_context="financial", identifiability="significant",
                        confidentiality_loss="known_recipients", malicious=True))
    assert (found.dpc, found.ei, found.cb, found.score) == (3, 0.75, 0.75, 3.0)
    assert found.level == "high"


@pytest.mark.parametrize(("score", "level"), [(0.0, "low"), (1.99, "low"), (2.0, "medium"), (2.99, "medium"),
                                              (3.0, "high"), (3.99, "high"), (4.0, "very_high"), (5.5, "very_high")])
def test_enisa_bands(score, level):
    """ENISA 2013: SE < 2 low; 2 ≤ SE < 3 medium; 3 ≤ SE < 4 high; SE ≥ 4 very high."""
    assert level_of(score) == level


def test_enisa_scales_match_the_vocabularies():
    assert set(EI_SCORES) == set(vocab.IDENTIFIABILITY.codes)
    assert set(CONFIDENTIALITY_SCORES) == set(vocab.CONFIDENTIALITY_LOSS.codes)
    assert set(INTEGRITY_SCORES) == set(vocab.INTEGRITY_LOSS.codes)
    assert set(AVAILABILITY_SCORES) == set(vocab.AVAILABILITY_LOSS.codes)
    assert EI_SCORES == {"negligible": 0.25, "limited": 0.5, "significant": 0.75, "maximum": 1.0}


def test_the_context_moves_the_kind_of_data_one_step_within_one_to_four():
    base = dict(impact=["availability"], availability_loss="temporary", identifiability="maximum")
    assert assess({**base, "data_context": "simple", "context_adjustment": "less"}).dpc == 1
    assert assess({**base, "data_context": "behavioural", "context_adjustment": "less"}).dpc == 1
    assert assess({**base, "data_context": "sensitive", "context_adjustment": "more"}).dpc == 4
    # Children or vulnerable people raise it (ENISA: special characteristics of the individuals).
    assert assess({**base, "data_context": "simple", "vulnerable_involved": True}).dpc == 2


def test_the_kind_of_data_is_inferred_from_the_data_involved():
    base = dict(impact=["confidentiality"], confidentiality_loss="exposed", identifiability="maximum")
    assert assess({**base, "data_categories": ["contact"]}).dpc == 1
    assert assess({**base, "data_categories": ["contact", "location"]}).dpc == 2
    assert assess({**base, "data_categories": ["contact", "government_id"]}).dpc == 3
    assert assess({**base, "data_categories": ["contact"], "special_categories_involved": True}).dpc == 4


# -- silence is never "no risk" ------------------------------------------------------------------------

def test_nothing_affected_yet_means_not_assessed():
    found = assess({"title": "Laptop missing"})
    assert found.outcome is None and found.missing == ("impact",)


def test_unanswered_questions_take_their_worst_case_and_are_named():
    found = assess({"impact": ["confidentiality"]})
    assert found.outcome == "high"  # sensitive data, directly identifiable, unknown recipients: 4 × 1 + 0.5
    assert set(found.missing) == {"data_context", "identifiability", "confidentiality_loss"}
    assert all(f.assumed for f in found.factors if f.key in found.missing)


@given(st.fixed_dictionaries({}, optional={
    "impact": st.lists(st.sampled_from(vocab.CIA.codes), unique=True),
    "data_context": st.sampled_from(vocab.DATA_CONTEXT.codes),
    "identifiability": st.sampled_from(vocab.IDENTIFIABILITY.codes),
    "confidentiality_loss": st.sampled_from(vocab.CONFIDENTIALITY_LOSS.codes),
    "integrity_loss": st.sampled_from(vocab.INTEGRITY_LOSS.codes),
    "availability_loss": st.sampled_from(vocab.AVAILABILITY_LOSS.codes),
    "exfiltration": st.sampled_from(vocab.EXFILTRATION.codes),
    "malicious": st.booleans(), "unintelligible": st.booleans(), "backup_restored": st.booleans(),
    "recipient_trusted": st.booleans(), "critical_service": st.booleans(),
    "vulnerable_involved": st.booleans(), "special_categories_involved": st.booleans(),
    "subjects_count": st.integers(0, 10**7)}))
def test_answering_a_question_never_raises_the_risk_above_its_worst_case(facts):
    """An assumed answer is the worst case, so any real answer gives the same or a lower risk."""
    order = {None: -1, "none": 0, "risk": 1, "high": 2}
    full = assess(facts)
    for key in full.missing:
        if key == "impact":
            continue
        silent = assess({k: v for k, v in facts.items() if k != key})
        assert order[silent.outcome] >= order[full.outcome]


def test_every_factor_names_its_source():
    for _case, facts, _ in CASES:
        for factor in assess(facts).factors:
            assert factor.source and factor.effect and factor.label


# -- the user's override, and the duties ------------------------------------------------------------------

def test_override_wins_and_the_assessed_level_is_kept_beside_it():
    facts = dict(CASES[12][1], aware_at=AWARE)  # Case 13: document only
    derived = derive("breach", {**facts, "risk_override": "risk", "override_reason": "Client is a minor."},
                     Context())
    assert derived["risk_assessed"] == "none" and derived["risk"] == "risk"
    assert duties(derived)["authority"].required is True


def test_high_risk_with_art_34_3_a_or_b_lifts_the_duty_to_tell_people():
    base = derive("breach", {**CASES[11][1], "aware_at": AWARE}, Context())  # Case 12: high
    for exemption, letter in (("unintelligible", "a"), ("measures_taken", "b")):
        people = duties({**base, "art34_exemption": exemption})["people"]
        assert (people.required, people.status, people.article) == (False, "lifted", f"Art. 34(3)({letter})")


def test_art_34_3_c_replaces_letters_by_a_public_communication_it_does_not_remove_the_duty():
    base = derive("breach", {**CASES[11][1], "aware_at": AWARE, "art34_exemption": "disproportionate"}, Context())
    owed = duties(base)
    assert owed["people"].required is True and owed["people"].status == "replaced"
    assert owed["public_communication"].status == "due"
    done = duties({**base, "public_communication_at": AWARE + dt.timedelta(days=2)})
    assert done["public_communication"].status == "done"


def test_a_processor_tells_its_client_and_the_client_decides_the_rest():
    """Art. 33(2): the processor notifies the controller without undue delay; the controller decides on the
    authority and the people. Atlas counts 24 hours unless the contract sets another time."""
    facts = {**CASES[10][1], "aware_at": AWARE, "our_role": "processor", "controller_name": "Acme SRL"}
    owed = duties(derive("breach", facts, Context()))
    assert owed["controller"].deadline == AWARE + dt.timedelta(hours=24)
    assert owed["authority"].status == owed["people"].status == "controllers"
    assert controller_deadline({**facts, "controller_notice_hours": 8}) == AWARE + dt.timedelta(hours=8)


def test_the_client_deadline_is_counted_in_elapsed_hours_across_a_dst_change():
    from zoneinfo import ZoneInfo

    aware = dt.datetime(2026, 3, 28, 12, 0, tzinfo=ZoneInfo("Europe/Bucharest"))  # DST starts 29 March, 03:00
    deadline = controller_deadline({"aware_at": aware})
    assert deadline.astimezone(dt.UTC) - aware.astimezone(dt.UTC) == dt.timedelta(hours=24)
    assert deadline.hour == 13  # the wall clock moved forward an hour
