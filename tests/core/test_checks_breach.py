"""The breach findings the assessment adds: the client's clock when the office is a processor
(Art. 33(2)), the public communication of Art. 34(3)(c), exemptions the facts do not support, the
Art. 33(5) documentation and its reasoning, and answers still missing. Records are saved through
``Records`` into a real register; validation's own rules for the override and the client are here too."""

from __future__ import annotations

import datetime as dt

import pytest

from atlas_desktop.core.checks import run_checks
from atlas_desktop.core.checks_rules import CODES
from atlas_desktop.core.context import Context
from atlas_desktop.core.entities.breach import BREACH
from atlas_desktop.core.errors import InvalidRecord
from atlas_desktop.core.validation import validate
from atlas_desktop.storage.records import Records

UTC = dt.UTC
NOW = dt.datetime(2026, 11, 21, 9, 15, tzinfo=UTC)        # Saturday, 11:15 in Bucharest
AWARE_LATE = dt.datetime(2026, 11, 17, 7, 15, tzinfo=UTC)   # 72 hours ran out on 20 Nov 09:15 EET
AWARE_RECENT = dt.datetime(2026, 11, 21, 1, 15, tzinfo=UTC)  # 8 hours ago

# EDPB Guidelines 01/2021, Case 12 (stolen paper files with health data): high risk.
HIGH_RISK_FACTS = dict(impact=["confidentiality"], special_categories_involved=True, identifiability="maximum",
                       confidentiality_loss="unknown_recipients", malicious=True)
DOCUMENTED = dict(description="Logbook stolen from the reception desk.", consequences="Patients may be exposed.",
                  containment="Police informed; locks changed.")


@pytest.fixture
def recs(new_register) -> Records:
    reg, _ = new_register
    records = Records(reg)
    records.save_organisation({"time_zone": "Europe/Bucharest", "email": "office@acme.example",
                               "responsible_name": "Maria Ionescu"})
    return records


def findings(recs: Records, rid: int) -> dict:
    found = [f for f in run_checks(recs.snapshot(), recs.context(now=NOW)) if f.entity == "breach"
             and f.record == rid]
    return {f.code: f for f in found}


def add(recs: Records, **values) -> int:
    return recs.create("breach", {"title": "Logbook stolen", **values}, now=NOW)


def test_every_breach_code_is_listed():
    for code in ("breach-controller-notice-overdue", "breach-controller-notice-due",
                 "breach-public-communication-missing", "breach-exemption-unsupported",
                 "breach-documentation-incomplete", "breach-reasoning-missing", "breach-assessment-incomplete"):
        assert code in CODES


def test_a_high_risk_breach_must_be_notified_and_people_told(recs):
    """Art. 33(1), 34(1): the assessed level alone starts the duties; nobody picked it by hand."""
    rid = add(recs, aware_at=AWARE_LATE, notify_authority="undecided", **HIGH_RISK_FACTS, **DOCUMENTED)
    found = findings(recs, rid)
    assert recs.get("breach", rid)["risk"] == "high"
    assert {"breach-notification-overdue", "breach-subjects-not-told"} <= set(found)


def test_art_34_3_c_is_a_gap_until_the_public_communication_is_recorded(recs):
    """Art. 34(3)(c): a public communication replaces the individual notices; it does not lift the duty."""
    told = dict(notify_authority="yes", notified_at=AWARE_LATE + dt.timedelta(hours=20))
    rid = add(recs, aware_at=AWARE_LATE, art34_exemption="disproportionate", **told, **HIGH_RISK_FACTS,
              **DOCUMENTED)
    gap = findings(recs, rid)["breach-public-communication-missing"]
    assert (gap.severity, gap.article) == ("gap", "Art. 34(3)(c)")
    recs.update("breach", rid, {"public_communication_at": AWARE_LATE + dt.timedelta(days=2),
                                "public_communication_channel": "Notice on the home page"}, now=NOW)
    assert "breach-public-communication-missing" not in findings(recs, rid)
    assert "breach-subjects-not-told" not in findings(recs, rid)


def test_art_34_3_a_needs_the_facts_to_say_the_data_was_unreadable(recs):
    told = dict(notify_authority="yes", notified_at=AWARE_LATE + dt.timedelta(hours=20))
    rid = add(recs, aware_at=AWARE_LATE, art34_exemption="unintelligible", **told, **HIGH_RISK_FACTS, **DOCUMENTED)
    assert findings(recs, rid)["breach-exemption-unsupported"].article == "Art. 34(3)(a)"


def test_a_processor_tells_its_client_within_24_hours_unless_the_contract_says_otherwise(recs):
    """Art. 33(2): without undue delay; Atlas's conservative default is 24 hours (EDPB Guidelines 9/2022)."""
    facts = dict(our_role="processor", controller_name="Acme Clinic", **HIGH_RISK_FACTS, **DOCUMENTED)
    late = add(recs, aware_at=AWARE_LATE, **facts)
    soon = add(recs, aware_at=AWARE_RECENT, controller_notice_hours=12, **facts)
    overdue = findings(recs, late)
    assert set(overdue) == {"breach-controller-notice-overdue"}  # no authority clock: that is the client's
    assert "tell Acme Clinic now" in overdue["breach-controller-notice-overdue"].message
    due = findings(recs, soon)["breach-controller-notice-due"]
    assert due.due == AWARE_RECENT + dt.timedelta(hours=12) and due.article == "Art. 33(2)"
    recs.update("breach", soon, {"controller_told_at": NOW - dt.timedelta(hours=1)}, now=NOW)
    assert findings(recs, soon) == {}


def test_art_33_5_documentation_is_a_gap_once_the_first_72_hours_are_over(recs):
    running = add(recs, aware_at=AWARE_RECENT, **HIGH_RISK_FACTS, description="Stolen.")
    assert "breach-documentation-incomplete" not in findings(recs, running)
    late = add(recs, aware_at=AWARE_LATE, notify_authority="yes", notified_at=AWARE_LATE + dt.timedelta(hours=3),
               art34_exemption="measures_taken", description="Stolen.", **HIGH_RISK_FACTS)
    gap = findings(recs, late)["breach-documentation-incomplete"]
    assert "the effects" in gap.message and "the remedial action" in gap.message and "the facts" not in gap.message


def test_a_breach_not_notified_needs_its_reasoning(recs):
    """Art. 33(5): the documentation must let the authority verify the decision not to notify (EDPB
    Guidelines 9/2022, internal documentation)."""
    facts = dict(impact=["confidentiality"], data_categories=["contact"], identifiability="maximum",
                 confidentiality_loss="known_recipients", **DOCUMENTED)  # EDPB 01/2021 Case 13: document only
    rid = add(recs, aware_at=AWARE_LATE, **facts)
    assert recs.get("breach", rid)["risk"] == "none"
    assert findings(recs, rid)["breach-reasoning-missing"].article == "Art. 33(5)"
    recs.update("breach", rid, {"risk_reasoning": "Two invoices swapped between two customers; both returned."},
                now=NOW)
    assert findings(recs, rid) == {}


def test_unanswered_questions_are_named_until_answered(recs):
    rid = add(recs, aware_at=AWARE_RECENT, impact=["confidentiality"], **DOCUMENTED)
    gap = findings(recs, rid)["breach-assessment-incomplete"]
    assert "How easily people can be identified" in gap.message and "worst case" in gap.message


def test_the_override_needs_a_reason_and_keeps_the_assessed_level(recs):
    ctx = Context()
    problems = validate("breach", {**BREACH.blank(), "title": "X", "aware_at": AWARE_LATE, "description": "d",
                                   "risk_override": "none"}, ctx)
    assert [p.field for p in problems] == ["override_reason"]
    with pytest.raises(InvalidRecord):
        add(recs, aware_at=AWARE_LATE, risk_override="none", **HIGH_RISK_FACTS, **DOCUMENTED)
    rid = add(recs, aware_at=AWARE_LATE, risk_override="risk", override_reason="The logbook was found unopened.",
              notify_authority="yes", notified_at=AWARE_LATE + dt.timedelta(hours=5), **HIGH_RISK_FACTS,
              **DOCUMENTED)
    saved = recs.get("breach", rid)
    assert (saved["risk_assessed"], saved["risk"]) == ("high", "risk")
    assert "breach-subjects-not-told" not in findings(recs, rid)


def test_a_processor_breach_names_the_client():
    problems = validate("breach", {**BREACH.blank(), "title": "X", "aware_at": AWARE_LATE, "description": "d",
                                   "our_role": "processor"}, Context())
    assert [p.field for p in problems] == ["controller_name"]


def test_notify_no_is_refused_when_the_assessment_says_risk():
    problems = validate("breach", {**BREACH.blank(), "title": "X", "aware_at": AWARE_LATE, "description": "d",
                                   "notify_authority": "no", **HIGH_RISK_FACTS}, Context(now=NOW))
    assert [p.field for p in problems] == ["notify_authority"]
