"""The checks: every rule finds its problem once and stays quiet when the record is right.

Most cases run end to end: records are saved through ``storage.records.Records`` into a real
encrypted register in tmp_path and checked from ``Records.snapshot()``. Cases that validation
refuses to save (a late notification without reasons, a link to a record that is gone) are
built as plain dicts, the form old or imported data can still arrive in.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from atlas_desktop.core import vocab
from atlas_desktop.core.checks import (
    SEVERITIES,
    Finding,
    any_overdue,
    hours_phrase,
    run_checks,
)
from atlas_desktop.core.checks_rules import CODES
from atlas_desktop.core.clocks import public_holidays
from atlas_desktop.core.context import Context
from atlas_desktop.core.errors import InvalidRecord
from atlas_desktop.storage.records import Records

D = dt.date
UTC = dt.UTC
# Saturday 21 November 2026, 11:15 in Bucharest (EET, UTC+2). Every test checks at this moment.
FIXED_NOW = dt.datetime(2026, 11, 21, 9, 15, tzinfo=UTC)
TODAY = D(2026, 11, 21)
AWARE_LATE = dt.datetime(2026, 11, 17, 7, 15, tzinfo=UTC)    # deadline 20 Nov 09:15 EET: 26 hours ago
AWARE_RECENT = dt.datetime(2026, 11, 20, 9, 15, tzinfo=UTC)  # deadline 23 Nov 11:15 EET: 48 hours left
ALL_CLAUSES = list(vocab.ART28_CLAUSE.codes)


# -- records that pass every check --------------------------------------------------------------
def good_activity(**over: object) -> dict:
    return {"name": "Payroll", "purposes": [{"purpose": "Pay staff", "bases": ["contract", "legal_obligation"]}],
            # Retention as data (number, unit, trigger), so Atlas can check it (Art. 5(1)(e), 30(1)(f)).
            "retention": [{"data_category": "Payroll records", "keep_for": 6, "unit": "years",
                           "trigger": "end_of_employment"}],
            "last_reviewed": D(2026, 6, 1)} | over


def good_processor(**over: object) -> dict:
    return {"name": "PayCo", "service": "Payroll", "country": "DE", "dpa_signed_on": D(2025, 1, 10),
            "art28_clauses": ALL_CLAUSES, "last_security_review": D(2026, 5, 1)} | over


def good_dpia(activity: int, **over: object) -> dict:
    return {"title": "Chat moderation DPIA", "activity": activity, "status": "complete",
            "risks": [{"source": "Unauthorised access to chats", "likelihood": 2, "severity": 2}],
            "signed_off_by": "Maria Ionescu", "signed_off_on": D(2026, 5, 1)} | over


def good_breach(**over: object) -> dict:
    """A breach documented as Art. 33(5) asks. Its facts assess as unlikely to result in a risk (ENISA: simple
    data, exposed to nobody known: 1 × 1 + 0 = 1, low); ``risk=`` sets the manager's own level instead, with
    its reason, and ``risk=None`` leaves what was affected unsaid, so nothing is assessed."""
    risk = over.pop("risk", "none")
    record = {"title": "Laptop stolen", "aware_at": AWARE_LATE, "description": "A laptop was stolen from a car.",
              "consequences": "None expected: the files were encrypted.", "containment": "Account passwords reset.",
              "risk_reasoning": "Encrypted disk, key not on the laptop.", "notify_authority": "no",
              "impact": ["confidentiality"], "data_categories": ["contact"], "identifiability": "maximum",
              "confidentiality_loss": "exposed"}
    if risk is None:
        del record["impact"]
    elif risk != "none":
        record |= {"risk_override": risk, "override_reason": "Judged by hand in this test."}
    return record | over


def good_request(**over: object) -> dict:
    return {"requester": "Ana Pop", "right": "access", "received_on": D(2026, 11, 10)} | over


def good_policy(**over: object) -> dict:
    return {"title": "Data protection policy", "status": "approved", "approved_by": "Board",
            "approved_on": D(2026, 3, 1)} | over


# -- running them -------------------------------------------------------------------------------
@pytest.fixture
def recs(new_register) -> Records:
    reg, _ = new_register
    records = Records(reg)
    records.save_organisation({"time_zone": "Europe/Bucharest", "holiday_country": "RO",
                               "email": "office@acme.example", "responsible_name": "Maria Ionescu"})
    return records


def add(recs: Records, entity: str, values: dict) -> int:
    return recs.create(entity, values, now=FIXED_NOW)


def check(recs: Records, now: dt.datetime = FIXED_NOW) -> list[Finding]:
    return run_checks(recs.snapshot(), recs.context(now=now))


def about(findings: list[Finding], entity: str, record: int | None) -> dict[str, Finding]:
    """The findings on one record, by code (each rule reports a record once)."""
    found = [f for f in findings if f.entity == entity and f.record == record]
    by_code = {f.code: f for f in found}
    assert len(by_code) == len(found), f"a rule reported twice: {found}"
    return by_code


def plain(**registers: list[dict]) -> dict[str, list[dict]]:
    """A snapshot of plain dicts, with an organisation that passes its checks."""
    return {"organisation": [{"id": 1, "name": "Acme", "email": "office@acme.example",
                              "responsible_name": "Maria Ionescu", "time_zone": "Europe/Bucharest"}]} | registers


def bucharest(now: dt.datetime = FIXED_NOW) -> Context:
    return Context("Europe/Bucharest", public_holidays("RO"), now)


# -- a register in order has nothing to report -----------------------------------------------------
def test_a_register_in_order_has_no_findings(recs):
    processor = add(recs, "processor", good_processor())
    payroll = add(recs, "activity", good_activity(processors=[processor]))
    newsletter = add(recs, "activity", good_activity(
        name="Newsletter", purposes=[{"purpose": "Monthly newsletter", "bases": ["consent"]}],
        wp248_criteria=["large_scale", "evaluation_scoring"]))
    add(recs, "dpia", good_dpia(newsletter))
    add(recs, "consent", {"subject": "ana@example.com", "purpose": "Newsletter", "activity": newsletter,
                          "given_at": dt.datetime(2026, 1, 5, 10, tzinfo=UTC)})
    add(recs, "breach", good_breach(activities=[payroll]))
    add(recs, "rights_request", good_request())
    person = add(recs, "person", {"name": "Ion Popescu", "handles_special_category": True})
    add(recs, "training", {"person": person, "course": "GDPR basics", "completed_on": D(2026, 6, 1)})
    add(recs, "policy", good_policy())
    assert check(recs) == []


# -- breaches: the 72-hour clock (Art. 33(1)) --------------------------------------------------------
def test_breach_past_its_deadline_is_overdue_with_local_time_and_hours(recs):
    rid = add(recs, "breach", good_breach(risk="risk", notify_authority="yes"))
    found = about(check(recs), "breach", rid)["breach-notification-overdue"]
    assert found.severity == "overdue"
    assert found.article == "Art. 33(1)"
    assert found.title == "Laptop stolen"
    assert found.due == dt.datetime(2026, 11, 20, 7, 15, tzinfo=UTC)
    assert found.message == ('Breach "Laptop stolen": notify the authority now — the 72-hour deadline passed on '
                             "2026-11-20 09:15 EET (26 hours ago); give the reasons for the delay.")


def test_breach_notified_in_time_has_no_clock(recs):
    rid = add(recs, "breach", good_breach(risk="risk", notify_authority="yes",
                                          notified_at=dt.datetime(2026, 11, 19, 8, tzinfo=UTC)))
    assert about(check(recs), "breach", rid) == {}


def test_breach_with_notify_yes_runs_the_clock_even_without_a_risk_level(recs):
    rid = add(recs, "breach", good_breach(risk=None, notify_authority="yes"))
    assert set(about(check(recs), "breach", rid)) == {"breach-notification-overdue"}


def test_breach_clock_running_is_due_soon_with_hours_left(recs):
    rid = add(recs, "breach", good_breach(aware_at=AWARE_RECENT, risk="risk", notify_authority="yes"))
    found = about(check(recs), "breach", rid)["breach-notification-due"]
    assert found.severity == "due soon"
    assert found.message == 'Breach "Laptop stolen": notify the authority by 2026-11-23 11:15 EET (48 hours left).'


def test_breach_unlikely_to_result_in_a_risk_has_no_clock(recs):
    rid = add(recs, "breach", good_breach(aware_at=AWARE_RECENT, risk="none", notify_authority="no"))
    old = add(recs, "breach", good_breach(title="Misdirected email", risk="none", notify_authority="undecided"))
    findings = check(recs)
    assert about(findings, "breach", rid) == {}
    assert about(findings, "breach", old) == {}


def test_undecided_breach_asks_for_the_assessment_then_is_overdue(recs):
    running = add(recs, "breach", good_breach(aware_at=AWARE_RECENT, risk=None, notify_authority="undecided"))
    late = add(recs, "breach", good_breach(title="USB stick lost", risk=None, notify_authority="undecided"))
    findings = check(recs)
    due = about(findings, "breach", running)["breach-assessment-due"]
    assert due.severity == "due soon"
    assert due.message == ('Breach "Laptop stolen": say what was affected and answer the risk questions, so Atlas '
                           "can tell whether to notify the authority: 48 hours left (deadline 2026-11-23 11:15 EET).")
    overdue = about(findings, "breach", late)["breach-assessment-overdue"]
    assert overdue.severity == "overdue"
    assert "decide whether to notify" in overdue.message and "(26 hours ago)" in overdue.message


@pytest.mark.parametrize(("aware", "now", "expected"), [
    # Spring forward (29 Mar 2026): 72 real hours end at 11:00 EEST, not at 10:00 by the wall clock.
    (dt.datetime(2026, 3, 27, 8, tzinfo=UTC), dt.datetime(2026, 3, 30, 6, tzinfo=UTC),  # 10:00 EET; 09:00 EEST
     'Breach "Phishing": notify the authority by 2026-03-30 11:00 EEST (2 hours left).'),
    # Fall back (25 Oct 2026): they end at 09:00 EET, not 10:00, so at 14:00 EET 5 hours have passed.
    (dt.datetime(2026, 10, 22, 7, tzinfo=UTC), dt.datetime(2026, 10, 25, 12, tzinfo=UTC),  # 10:00 EEST; 14:00 EET
     ('Breach "Phishing": notify the authority now — the 72-hour deadline passed on 2026-10-25 09:00 EET '
      "(5 hours ago); give the reasons for the delay.")),
])
def test_breach_hours_are_real_hours_across_dst(recs, aware, now, expected):
    rid = recs.create("breach", good_breach(title="Phishing", aware_at=aware, risk="high", unintelligible=True,
                                            notify_authority="yes", art34_exemption="unintelligible"), now=now)
    findings = about(check(recs, now), "breach", rid)
    assert [f.message for f in findings.values()] == [expected]


def test_late_notification_without_reasons_is_a_gap():
    # Validation refuses to save this now (see below), so the case comes as a plain dict, as old data would.
    breach = good_breach(id=7, risk="risk", notify_authority="yes",
                         notified_at=dt.datetime(2026, 11, 20, 10, tzinfo=UTC))
    found = about(run_checks(plain(breach=[breach]), bucharest()), "breach", 7)
    assert set(found) == {"breach-delay-reason-missing"}
    assert found["breach-delay-reason-missing"].severity == "gap"
    assert "notified on 2026-11-20 12:00 EET, after the 72-hour deadline of 2026-11-20 09:15 EET" in \
        found["breach-delay-reason-missing"].message


def test_late_notification_with_reasons_is_fine_and_validation_demands_them(recs):
    late = good_breach(risk="risk", notify_authority="yes", notified_at=dt.datetime(2026, 11, 20, 10, tzinfo=UTC))
    with pytest.raises(InvalidRecord):
        add(recs, "breach", late)
    rid = add(recs, "breach", late | {"delay_reason": "The theft was only confirmed by the police on Friday."})
    assert about(check(recs), "breach", rid) == {}


def test_high_risk_breach_without_telling_people_is_a_gap(recs):
    notified = {"risk": "high", "notify_authority": "yes", "notified_at": dt.datetime(2026, 11, 18, tzinfo=UTC)}
    silent = add(recs, "breach", good_breach(**notified))
    exempt = add(recs, "breach", good_breach(title="Encrypted disk lost", art34_exemption="unintelligible",
                                             unintelligible=True, **notified))
    told = add(recs, "breach", good_breach(title="Mispostal", subjects_notified_at=dt.datetime(2026, 11, 19,
                                                                                               tzinfo=UTC),
                                           subjects_notice_method="letter", **notified))
    findings = check(recs)
    gap = about(findings, "breach", silent)["breach-subjects-not-told"]
    assert (gap.severity, gap.article) == ("gap", "Art. 34(1)")
    assert about(findings, "breach", exempt) == {}
    assert about(findings, "breach", told) == {}


def test_breach_touching_processing_outside_the_register_is_a_gap(recs):
    active = add(recs, "activity", good_activity())
    retired = add(recs, "activity", good_activity(name="Old CRM", status="retired"))
    fine = add(recs, "breach", good_breach(activities=[active]))
    on_retired = add(recs, "breach", good_breach(title="CRM export leaked", activities=[active, retired]))
    unlisted = add(recs, "breach", good_breach(title="CCTV disk lost", other_processing="CCTV at the depot"))
    findings = check(recs)
    assert about(findings, "breach", fine) == {}
    gap = about(findings, "breach", on_retired)["breach-activity-not-in-register"]
    assert (gap.severity, gap.article) == ("gap", "Art. 30(1)")
    assert '"Old CRM" is retired' in gap.message
    assert '"CCTV at the depot" is not in the register' in \
        about(findings, "breach", unlisted)["breach-activity-not-in-register"].message


def test_breach_linking_an_activity_that_is_gone_is_a_gap():
    # Records refuses links to missing records, and deleting a linked activity; old data may still have one.
    snapshot = plain(activity=[good_activity(id=1)], breach=[good_breach(id=3, activities=[1, 99])])
    found = about(run_checks(snapshot, bucharest()), "breach", 3)
    assert set(found) == {"breach-activity-not-in-register"}
    assert "activity #99 is not in the register" in found["breach-activity-not-in-register"].message


# -- rights requests (Art. 12(3)) ---------------------------------------------------------------------
def test_rights_request_overdue_and_due_soon(recs):
    late = add(recs, "rights_request", good_request(received_on=D(2026, 10, 9)))                    # due Mon 9 Nov
    soon = add(recs, "rights_request", good_request(requester="Radu M", received_on=D(2026, 10, 23)))  # Mon 23 Nov
    findings = check(recs)
    overdue = about(findings, "rights_request", late)["request-overdue"]
    assert (overdue.severity, overdue.article, overdue.due) == ("overdue", "Art. 12(3)", D(2026, 11, 9))
    assert overdue.message == ('Rights request "Ana Pop" (access to their data) had to be answered by 2026-11-09 '
                               "(12 days ago; moved past weekends and public holidays of Romania): answer it now.")
    due = about(findings, "rights_request", soon)["request-due"]
    assert (due.severity, due.due) == ("due soon", D(2026, 11, 23))
    assert "(in 2 days; " in due.message


def test_rights_requests_answered_withdrawn_or_far_off_are_fine(recs):
    answered = add(recs, "rights_request", good_request(received_on=D(2026, 10, 9), status="answered",
                                                        response_sent_on=D(2026, 11, 2), outcome="fulfilled"))
    withdrawn = add(recs, "rights_request", good_request(received_on=D(2026, 10, 9), status="withdrawn"))
    sent = add(recs, "rights_request", good_request(received_on=D(2026, 10, 9), response_sent_on=D(2026, 11, 5)))
    far = add(recs, "rights_request", good_request(received_on=D(2026, 11, 10)))                    # due 10 Dec
    findings = check(recs)
    for rid in (answered, withdrawn, sent, far):
        assert about(findings, "rights_request", rid) == {}


def test_rights_request_due_dates_are_rederived_with_the_public_holidays():
    # Received 30 Oct: due Mon 30 Nov, St Andrew's day in Romania, then 1 Dec, National Day: so Wed 2 Dec.
    # The stored due_on is stale on purpose; the checks must not trust it.
    request = good_request(id=4, received_on=D(2026, 10, 30), due_on=D(2026, 11, 1))
    monday = dt.datetime(2026, 11, 23, 10, tzinfo=UTC)
    assert about(run_checks(plain(rights_request=[request]), bucharest(monday)), "rights_request", 4) == {}
    no_holidays = Context("Europe/Bucharest", frozenset(), monday)
    found = about(run_checks(plain(rights_request=[request]), no_holidays), "rights_request", 4)
    assert found["request-due"].due == D(2026, 11, 30)


# -- reviews (Art. 24(1), 28(1), 35(11)) --------------------------------------------------------------
def _reviewed(entity: str, recs: Records, last: D | None) -> int:
    if entity == "activity":
        return add(recs, "activity", good_activity(last_reviewed=last))
    if entity == "processor":
        return add(recs, "processor", good_processor(last_security_review=last))
    if entity == "dpia":
        activity = add(recs, "activity", good_activity())
        signed = {} if last is None else {"signed_off_on": D(2025, 1, 5), "signed_off_by": "Maria Ionescu",
                                          "last_reviewed": last}
        return add(recs, "dpia", good_dpia(activity, status="complete" if last else "draft",
                                           signed_off_on=None, signed_off_by=None) | signed)
    if last is None:
        return add(recs, "policy", good_policy(status="draft", approved_on=None, approved_by=None))
    return add(recs, "policy", good_policy(approved_on=D(2025, 1, 5), last_reviewed_on=last))


REVIEWED = [("activity", "Art. 24(1)"), ("processor", "Art. 28(1)"), ("dpia", "Art. 35(11)"),
            ("policy", "Art. 24(1)")]


@pytest.mark.parametrize(("entity", "article"), REVIEWED)
def test_review_overdue_due_soon_missing_and_fine(recs, entity, article):
    overdue = _reviewed(entity, recs, D(2025, 11, 1))   # due 1 Nov 2026: 20 days ago
    soon = _reviewed(entity, recs, D(2025, 12, 10))     # due 10 Dec 2026: in 19 days
    fine = _reviewed(entity, recs, D(2026, 6, 1))
    never = _reviewed(entity, recs, None)
    findings = check(recs)
    late = about(findings, entity, overdue)[f"{entity}-review-overdue"]
    assert (late.severity, late.article, late.due) == ("overdue", article, D(2026, 11, 1))
    assert "the review was due on 2026-11-01 (20 days ago)" in late.message
    due = about(findings, entity, soon)[f"{entity}-review-due"]
    assert (due.severity, due.due) == ("due soon", D(2026, 12, 10))
    assert "(in 19 days)" in due.message
    assert about(findings, entity, fine) == {}
    missing = about(findings, entity, never)[f"{entity}-review-missing"]
    assert (missing.severity, missing.article, missing.due) == ("gap", article, None)


def test_retired_and_ended_records_need_no_review(recs):
    activity = add(recs, "activity", {"name": "Old CRM", "status": "retired"})
    add(recs, "processor", {"name": "Old host", "status": "ended", "country": "US"})
    add(recs, "policy", {"title": "2019 policy", "status": "retired"})
    add(recs, "dpia", {"title": "CRM DPIA", "activity": activity})  # history, like its activity
    assert check(recs) == []


# -- training (Art. 32(4)) ---------------------------------------------------------------------------
def _trained(recs: Records, completed: D | None, **person: object) -> int:
    pid = add(recs, "person", {"name": "Ion Popescu"} | person)
    if completed is not None:
        add(recs, "training", {"person": pid, "course": "GDPR basics", "completed_on": completed})
    return pid


def test_training_expired_expiring_and_valid(recs):
    expired = _trained(recs, D(2025, 11, 1))                       # expired on 1 Nov 2026
    today = _trained(recs, D(2025, 11, 21), name="Elena Dobre")    # stops counting today
    expiring = _trained(recs, D(2025, 12, 10), name="Mihai Stan")
    valid = _trained(recs, D(2026, 6, 1), name="Ana Rus")
    findings = check(recs)
    late = about(findings, "person", expired)["training-expired"]
    assert (late.severity, late.article, late.due, late.title) == ("overdue", "Art. 32(4)", D(2026, 11, 1),
                                                                   "Ion Popescu")
    assert late.message == ("Ion Popescu's data-protection training expired on 2026-11-01 (20 days ago): book a "
                            "refresher and record it.")
    assert "expired on 2026-11-21 (today)" in about(findings, "person", today)["training-expired"].message
    soon = about(findings, "person", expiring)["training-expiring"]
    assert (soon.severity, soon.due) == ("due soon", D(2026, 12, 10))
    assert about(findings, "person", valid) == {}


def test_only_the_latest_training_counts(recs):
    pid = _trained(recs, D(2026, 6, 1))  # the refresher is entered first, the old certificate later
    add(recs, "training", {"person": pid, "course": "Induction", "completed_on": D(2024, 1, 10)})
    assert about(check(recs), "person", pid) == {}


def test_current_staff_without_training_is_a_gap_but_leavers_are_not(recs):
    untrained = _trained(recs, None)
    left = _trained(recs, None, name="Old Hand", status="left")
    findings = check(recs)
    gap = about(findings, "person", untrained)
    assert set(gap) == {"training-missing"}
    assert (gap["training-missing"].severity, gap["training-missing"].article) == ("gap", "Art. 32(4)")
    assert about(findings, "person", left) == {}


def test_staff_handling_special_data_or_in_a_breach_without_training(recs):
    special = _trained(recs, None, handles_special_category=True)
    involved = _trained(recs, None, name="Radu Marin")
    covered = _trained(recs, D(2026, 6, 1), name="Ana Rus", handles_special_category=True)
    add(recs, "breach", good_breach(staff=[involved, covered]))
    findings = check(recs)
    gap = about(findings, "person", special)
    assert set(gap) == {"staff-training-required"}
    assert "handles special-category data" in gap["staff-training-required"].message
    assert 'was involved in breach "Laptop stolen"' in \
        about(findings, "person", involved)["staff-training-required"].message
    assert about(findings, "person", covered) == {}


def test_expired_training_of_special_category_staff_says_why_it_matters(recs):
    pid = _trained(recs, D(2025, 11, 1), handles_special_category=True)
    found = about(check(recs), "person", pid)
    assert set(found) == {"training-expired"}
    assert found["training-expired"].message == (
        "Ion Popescu's data-protection training expired on 2026-11-01 (20 days ago) — Ion Popescu handles "
        "special-category data: book a refresher and record it.")


# -- DPIAs and prior consultation (Art. 35, 36) --------------------------------------------------------
def test_prior_consultation_answer_due_soon_or_to_follow_up(recs):
    activity = add(recs, "activity", good_activity())
    high = [{"source": "Profiling of chats", "likelihood": 4, "severity": 3}]
    waiting = add(recs, "dpia", good_dpia(activity, risks=high, consultation_sent_on=D(2026, 10, 1)))   # 26 Nov
    late = add(recs, "dpia", good_dpia(activity, title="CCTV DPIA", risks=high,
                                       consultation_sent_on=D(2026, 9, 1)))                            # 27 Oct
    extended = add(recs, "dpia", good_dpia(activity, title="Tracking DPIA", risks=high,
                                           consultation_sent_on=D(2026, 9, 1), consultation_extended=True))
    answered = add(recs, "dpia", good_dpia(activity, title="HR DPIA", risks=high,
                                           consultation_sent_on=D(2026, 9, 1),
                                           consultation_answer_on=D(2026, 10, 20)))
    recent = add(recs, "dpia", good_dpia(activity, title="App DPIA", risks=high,
                                         consultation_sent_on=D(2026, 11, 20)))                        # 15 Jan
    findings = check(recs)
    due = about(findings, "dpia", waiting)["dpia-consultation-answer-due"]
    assert (due.severity, due.article, due.due) == ("due soon", "Art. 36(2)", D(2026, 11, 26))
    follow = about(findings, "dpia", late)["dpia-consultation-follow-up"]
    assert (follow.severity, follow.due) == ("gap", D(2026, 10, 27))
    assert "follow up with the authority" in follow.message
    assert about(findings, "dpia", extended)["dpia-consultation-answer-due"].due == D(2026, 12, 8)
    assert about(findings, "dpia", answered) == {}
    assert about(findings, "dpia", recent) == {}


def test_high_residual_risk_without_consultation_is_a_gap(recs):
    activity = add(recs, "activity", good_activity())
    high = add(recs, "dpia", good_dpia(activity, risks=[{"source": "Profiling", "likelihood": 4, "severity": 3}]))
    mitigated = add(recs, "dpia", good_dpia(activity, title="Mitigated", risks=[
        {"source": "Profiling", "likelihood": 4, "severity": 3, "residual_likelihood": 1, "residual_severity": 2}]))
    dropped = add(recs, "dpia", good_dpia(activity, title="Dropped", outcome="do_not_proceed",
                                          risks=[{"source": "Profiling", "likelihood": 4, "severity": 4}]))
    findings = check(recs)
    gap = about(findings, "dpia", high)["dpia-consultation-missing"]
    assert (gap.severity, gap.article) == ("gap", "Art. 36(1)")
    assert about(findings, "dpia", mitigated) == {}
    assert about(findings, "dpia", dropped) == {}


# -- processors: sub-processor changes, transfers, the DPA (Art. 28, 44) -------------------------------
def test_subprocessor_objection_deadlines(recs):
    def change(deadline: D, decision: str = "pending") -> list[dict]:
        return [{"notice_received": D(2026, 11, 1), "change": "Adds MailCo (US)", "objection_deadline": deadline,
                 "decision": decision}]
    soon = add(recs, "processor", good_processor(subprocessor_changes=change(D(2026, 11, 25))))
    late = add(recs, "processor", good_processor(name="HostCo", subprocessor_changes=change(D(2026, 11, 15))))
    decided = add(recs, "processor", good_processor(name="MailCo", subprocessor_changes=change(D(2026, 11, 15),
                                                                                              "accepted")))
    far = add(recs, "processor", good_processor(name="PayPal", subprocessor_changes=change(D(2026, 12, 31))))
    findings = check(recs)
    due = about(findings, "processor", soon)["subprocessor-objection-due"]
    assert (due.severity, due.article, due.due) == ("due soon", "Art. 28(2)", D(2026, 11, 25))
    assert due.message == ('Processor "PayCo": decide whether to object to the sub-processor change "Adds MailCo '
                           '(US)" by 2026-11-25 (in 4 days).')
    assert about(findings, "processor", late)["subprocessor-objection-overdue"].severity == "overdue"
    assert about(findings, "processor", decided) == {}
    assert about(findings, "processor", far) == {}


def test_processor_outside_the_eea_needs_a_transfer_mechanism(recs):
    india = add(recs, "processor", good_processor(name="DevShop", country="IN"))
    swiss = add(recs, "processor", good_processor(name="PostFinance", country="CH"))
    covered = add(recs, "processor", good_processor(name="PayPal", country="US", transfer_mechanism="scc"))
    german = add(recs, "processor", good_processor(name="Hetzner", country="DE"))
    findings = check(recs)
    gap = about(findings, "processor", india)["processor-transfer-mechanism-missing"]
    assert (gap.severity, gap.article) == ("gap", "Art. 44–46")
    assert "India" in gap.message and "adequacy" not in gap.message
    assert "Switzerland has an adequacy decision" in \
        about(findings, "processor", swiss)["processor-transfer-mechanism-missing"].message
    assert about(findings, "processor", covered) == {}
    assert about(findings, "processor", german) == {}


def test_processor_used_without_a_dpa_is_reported_once_naming_the_activities(recs):
    no_dpa = add(recs, "processor", good_processor(dpa_signed_on=None, art28_clauses=[]))
    add(recs, "activity", good_activity(processors=[no_dpa]))
    add(recs, "activity", good_activity(name="Expenses", processors=[no_dpa]))
    add(recs, "activity", good_activity(name="Old CRM", status="retired", processors=[no_dpa]))
    findings = about(check(recs), "processor", no_dpa)
    assert set(findings) == {"processor-dpa-missing"}
    gap = findings["processor-dpa-missing"]
    assert (gap.severity, gap.article) == ("gap", "Art. 28(3)")
    assert 'used by "Payroll", "Expenses"' in gap.message and "Old CRM" not in gap.message


def test_processor_dpa_missing_clauses_names_them(recs):
    partial = add(recs, "processor", good_processor(art28_clauses=[c for c in ALL_CLAUSES
                                                                   if c not in ("audits", "end_of_contract")]))
    complete = add(recs, "processor", good_processor(name="HostCo"))
    add(recs, "activity", good_activity(processors=[partial, complete]))
    findings = check(recs)
    gap = about(findings, "processor", partial)["processor-dpa-clauses-missing"]
    assert gap.article == "Art. 28(3)(a)–(h)"
    assert vocab.ART28_CLAUSE.label_of("audits") in gap.message
    assert vocab.ART28_CLAUSE.label_of("end_of_contract") in gap.message
    assert vocab.ART28_CLAUSE.label_of("security") not in gap.message
    assert about(findings, "processor", complete) == {}


def test_processors_nobody_uses_need_no_dpa(recs):
    unused = add(recs, "processor", good_processor(dpa_signed_on=None, art28_clauses=[]))
    only_retired = add(recs, "processor", good_processor(name="Old host", dpa_signed_on=None))
    add(recs, "activity", good_activity(name="Old CRM", status="retired", processors=[only_retired]))
    findings = check(recs)
    assert about(findings, "processor", unused) == {}
    assert about(findings, "processor", only_retired) == {}


# -- activities: lawfulness, retention, DPIA screening, transfers ---------------------------------------
def test_activity_without_purpose_or_basis(recs):
    no_purpose = add(recs, "activity", good_activity(purposes=[]))
    no_basis = add(recs, "activity", good_activity(name="Newsletter", purposes=[
        {"purpose": "Pay staff", "bases": ["contract"]}, {"purpose": "Monthly newsletter", "bases": []}]))
    as_processor = add(recs, "activity", good_activity(name="Client payroll", role="processor", purposes=[],
                                                       retention=[], controllers_served=[{"name": "Client SRL"}]))
    findings = check(recs)
    gap = about(findings, "activity", no_purpose)
    assert set(gap) == {"activity-no-purpose"}
    assert (gap["activity-no-purpose"].severity, gap["activity-no-purpose"].article) == ("gap", "Art. 6(1)")
    basis = about(findings, "activity", no_basis)["activity-basis-missing"]
    assert '"Monthly newsletter"' in basis.message and "Pay staff" not in basis.message
    assert about(findings, "activity", as_processor) == {}  # the client answers for basis and retention


def test_activity_without_retention(recs):
    missing = add(recs, "activity", good_activity(retention=[]))
    kept = add(recs, "activity", good_activity(name="Recruitment"))
    findings = check(recs)
    gap = about(findings, "activity", missing)
    assert set(gap) == {"activity-retention-missing"}
    assert gap["activity-retention-missing"].article == "Art. 5(1)(e), 30(1)(f)"
    assert about(findings, "activity", kept) == {}


def test_special_categories_need_an_art9_condition(recs):
    missing = add(recs, "activity", good_activity(special_categories=["health"]))
    # Health data is also WP248's "sensitive data" criterion (one met: record why no DPIA), so the covered
    # activity carries its screening note too.
    covered = add(recs, "activity", good_activity(name="Sick leave", special_categories=["health"],
                                                  art9_conditions=["employment"],
                                                  screening_note="Sick notes of 30 staff: not large scale."))
    findings = check(recs)
    gap = about(findings, "activity", missing)["activity-art9-condition-missing"]
    assert (gap.severity, gap.article) == ("gap", "Art. 9(2)")
    assert "health data" in gap.message
    assert about(findings, "activity", covered) == {}


def test_criminal_data_needs_its_legal_authority(recs):
    missing = add(recs, "activity", good_activity(criminal_data=True))
    covered = add(recs, "activity", good_activity(name="Driver vetting", criminal_data=True,
                                                  criminal_data_authority="Law 53/2003, art. 29",
                                                  screening_note="A dozen drivers a year: not large scale."))
    findings = check(recs)
    assert about(findings, "activity", missing)["activity-art10-authority-missing"].article == "Art. 10"
    assert about(findings, "activity", covered) == {}


def test_consent_basis_needs_consent_records_linked_to_the_activity(recs):
    consent_purposes = [{"purpose": "Monthly newsletter", "bases": ["consent"]}]
    without = add(recs, "activity", good_activity(name="Newsletter", purposes=consent_purposes))
    other = add(recs, "activity", good_activity(name="Events", purposes=consent_purposes))
    add(recs, "consent", {"subject": "ana@example.com", "purpose": "Events", "activity": other,
                          "given_at": dt.datetime(2026, 1, 5, 10, tzinfo=UTC),
                          "withdrawn_at": dt.datetime(2026, 3, 1, 10, tzinfo=UTC)})
    findings = check(recs)
    gap = about(findings, "activity", without)["activity-consent-records-missing"]
    assert (gap.severity, gap.article) == ("gap", "Art. 7(1)")
    assert about(findings, "activity", other) == {}  # a withdrawn consent still proves how it was collected


def test_two_wp248_criteria_need_a_dpia(recs):
    missing = add(recs, "activity", good_activity(wp248_criteria=["large_scale", "systematic_monitoring"]))
    done = add(recs, "activity", good_activity(name="CCTV", wp248_criteria=["large_scale", "systematic_monitoring"]))
    add(recs, "dpia", good_dpia(done))
    findings = check(recs)
    gap = about(findings, "activity", missing)["activity-dpia-missing"]
    assert (gap.severity, gap.article) == ("gap", "Art. 35(1)")
    assert "meets 2 DPIA screening criteria" in gap.message
    assert about(findings, "activity", done) == {}


def test_one_wp248_criterion_needs_a_note_or_a_dpia(recs):
    silent = add(recs, "activity", good_activity(wp248_criteria=["vulnerable_subjects"]))
    noted = add(recs, "activity", good_activity(name="HR files", wp248_criteria=["vulnerable_subjects"],
                                                screening_note="Small office; no monitoring or profiling."))
    assessed = add(recs, "activity", good_activity(name="Appraisals", wp248_criteria=["vulnerable_subjects"]))
    add(recs, "dpia", good_dpia(assessed))
    findings = check(recs)
    gap = about(findings, "activity", silent)
    assert set(gap) == {"activity-screening-note-missing"}
    assert gap["activity-screening-note-missing"].article == "Art. 35(1), WP248"
    assert about(findings, "activity", noted) == {}
    assert about(findings, "activity", assessed) == {}


def test_activity_transfer_needs_a_mechanism(recs):
    missing = add(recs, "activity", good_activity(transfers=[{"country": "US", "recipient": "MailCo"}]))
    japan = add(recs, "activity", good_activity(name="Sales", transfers=[{"country": "JP"}]))
    covered = add(recs, "activity", good_activity(name="Support", transfers=[
        {"country": "IN", "recipient": "DevShop", "mechanism": "scc", "safeguard_reference": "SCC 2021/914"}]))
    inside_eea = add(recs, "activity", good_activity(name="Billing", transfers=[{"country": "FR"}]))
    findings = check(recs)
    gap = about(findings, "activity", missing)["activity-transfer-mechanism-missing"]
    assert (gap.severity, gap.article) == ("gap", "Art. 44–46")
    assert "United States" in gap.message and "covers only some recipients" in gap.message
    assert "Japan has an adequacy decision" in \
        about(findings, "activity", japan)["activity-transfer-mechanism-missing"].message
    assert about(findings, "activity", covered) == {}
    assert about(findings, "activity", inside_eea) == {}  # no Chapter V transfer inside the EEA


def test_art35_3_cases_need_a_dpia_that_a_note_cannot_replace(recs):
    """Art. 35(3)(b): health data on a large scale always needs a DPIA; a screening note that would
    justify skipping a WP248 "two criteria" DPIA cannot lift it (WP248 rev.01, Art. 35(3))."""
    clinic = add(recs, "activity", good_activity(name="Patient files", special_categories=["health"],
                                                 art9_conditions=["health_care"], large_scale=True,
                                                 screening_note="We think the risk is low."))
    findings = check(recs)
    gap = about(findings, "activity", clinic)["activity-dpia-mandatory"]
    assert (gap.severity, gap.article) == ("gap", "Art. 35(3)(b)")
    assert "activity-dpia-missing" not in about(findings, "activity", clinic)


def test_text_only_retention_cannot_be_checked(recs):
    """Art. 5(1)(e), 30(1)(f): a period in words alone gives Atlas no date to check."""
    words = add(recs, "activity", good_activity(name="Access permits", retention=[
        {"data_category": "Permit copies", "period": "until the permit expires"}]))
    gap = about(check(recs), "activity", words)["activity-retention-not-checkable"]
    assert '"Permit copies"' in gap.message and "as a number and a unit" in gap.message


def test_retired_activity_past_its_retention_is_a_gap(recs):
    """Art. 5(1)(e): a retired activity ended 31 May 2025 keeping CVs 6 months from the end: the period
    ran out on 30 November 2025 (the month's last day, as clocks.add_months counts)."""
    held = add(recs, "activity", good_activity(name="Recruitment 2025", status="retired", ended_on=D(2025, 5, 31),
                                               retention=[{"data_category": "CVs", "keep_for": 6, "unit": "months",
                                                           "trigger": "processing_ended"}]))
    gap = about(check(recs), "activity", held)["retention-category-expired"]
    assert gap.due == D(2025, 11, 30) and "CVs" in gap.message and "2025-11-30" in gap.message


def test_consent_and_request_clocks_of_retention(recs):
    """Art. 5(1)(e), 7(3), 12(3): data kept 30 days after a withdrawal or 1 month after the answer."""
    newsletter = add(recs, "activity", good_activity(
        name="Newsletter", purposes=[{"purpose": "Newsletter", "bases": ["consent"]}], retention=[
            {"data_category": "Email address", "keep_for": 30, "unit": "days", "trigger": "consent_withdrawn"},
            {"data_category": "Request letters", "keep_for": 1, "unit": "months", "trigger": "request_answered"}]))
    gone = add(recs, "consent", {"subject": "ana@example.com", "purpose": "Newsletter", "activity": newsletter,
                                 "given_at": dt.datetime(2026, 1, 5, 10, tzinfo=UTC),
                                 "withdrawn_at": dt.datetime(2026, 9, 1, 10, tzinfo=UTC)})
    answered = add(recs, "rights_request", good_request(received_on=D(2026, 9, 1), status="answered",
                                                        response_sent_on=D(2026, 9, 30), activities=[newsletter]))
    findings = check(recs)
    assert about(findings, "consent", gone)["retention-consent-expired"].due == D(2026, 10, 1)
    assert about(findings, "rights_request", answered)["retention-request-expired"].due == D(2026, 10, 30)


def test_child_consent_to_an_online_service_needs_a_parent(recs):
    """Art. 8(1): the organisation is in Romania, where the age stays 16 (Law 190/2018)."""
    recs.save_organisation({"country": "RO"})
    child = add(recs, "consent", {"subject": "mihai@example.com", "purpose": "Game account", "online_service": True,
                                  "age": 14, "given_at": dt.datetime(2026, 1, 5, 10, tzinfo=UTC)})
    gap = about(check(recs), "consent", child)["consent-parental-authorisation-missing"]
    assert (gap.severity, gap.article) == ("gap", "Art. 8(1)") and "16 in Romania" in gap.message


def test_retired_activity_is_not_checked(recs):
    rid = add(recs, "activity", {"name": "Old CRM", "status": "retired", "special_categories": ["health"],
                                 "wp248_criteria": ["large_scale", "systematic_monitoring"],
                                 "transfers": [{"country": "US"}]})
    assert about(check(recs), "activity", rid) == {}


# -- the organisation (Art. 30(1)(a)) -------------------------------------------------------------------
def test_organisation_without_contact_or_responsible_person(new_register):
    reg, _ = new_register
    recs = Records(reg)
    findings = about(check(recs), "organisation", None)
    holidays = findings.pop("organisation-holiday-country-missing")  # a new register has no country either
    assert set(findings) == {"organisation-contact-missing", "organisation-responsible-missing"}
    assert all(f.article == "Art. 30(1)(a)" and f.severity == "gap" for f in findings.values())
    assert findings["organisation-contact-missing"].title == "Acme Logistics SRL" == holidays.title
    recs.save_organisation({"phone": "+40 21 000 0000", "has_dpo": True, "dpo_name": "DPO Services SRL",
                            "holiday_country": "RO"})
    assert about(check(recs), "organisation", None) == {}


def test_a_dpo_required_by_law_and_not_named_is_overdue(recs):
    """Art. 37(1)(c); WP243 rev.01 § 2.1.2: a clinic's patient files are a core activity on a large scale.
    The duty is in force, so the finding is overdue, not a gap; naming the DPO clears it."""
    add(recs, "activity", good_activity(name="Patient files", special_categories=["health"], large_scale=True,
                                        core_activity=True, art9_conditions=["health_care"]))
    finding = about(check(recs), "organisation", None)["organisation-dpo-required"]
    assert (finding.severity, finding.article) == ("overdue", "Art. 37(1)(c)")
    assert '"Patient files"' in finding.message
    recs.save_organisation({"has_dpo": True, "dpo_name": "DPO Services SRL", "dpo_contact": "dpo@example.com"})
    assert "organisation-dpo-required" not in about(check(recs), "organisation", None)


def test_deadlines_that_skip_no_public_holiday_are_a_finding_until_the_country_is_set(new_register):
    """Art. 12(3) and Reg. (EEC, Euratom) 1182/71 Art. 3(4): a period ending on a public holiday ends on the next
    working day, which needs the office's country. Without one (an existing register too: nothing is set for it)
    the checks say so, pointing to where it is set; a country with no calendar the holidays package knows (an old
    value; validation refuses it now) is no better; setting a known one clears it."""
    reg, _ = new_register
    recs = Records(reg)
    finding = about(check(recs), "organisation", None)["organisation-holiday-country-missing"]
    assert (finding.severity, finding.article) == ("gap", "Art. 12(3)")
    assert finding.message.startswith("Set your country so deadlines skip its public holidays")
    assert "Organisation \u2192 Dates and deadlines" in finding.message
    assert recs.organisation().get("holiday_country") in (None, "")  # reported, not quietly filled in
    unsupported = plain()["organisation"][0] | {"holiday_country": "QQ"}
    found = about(run_checks({"organisation": [unsupported]}, Context.for_organisation(unsupported, FIXED_NOW)),
                  "organisation", None)
    assert '"QQ"' in found["organisation-holiday-country-missing"].message
    recs.save_organisation({"holiday_country": "RO"})
    assert "organisation-holiday-country-missing" not in about(check(recs), "organisation", None)


def test_a_missing_organisation_is_checked_as_empty():
    findings = run_checks({}, Context(now=FIXED_NOW))
    assert {f.code for f in findings} == {"organisation-contact-missing", "organisation-responsible-missing",
                                          "organisation-holiday-country-missing"}
    assert {f.title for f in findings} == {"Organisation"}


# -- the API: order, JSON, exit status ----------------------------------------------------------------
def test_findings_are_ordered_by_severity_then_deadline_then_register(recs):
    add(recs, "activity", good_activity(retention=[]))                                   # gap, no date
    add(recs, "rights_request", good_request(received_on=D(2026, 10, 9)))                # overdue 9 Nov
    add(recs, "breach", good_breach(risk="risk", notify_authority="yes"))                # overdue 20 Nov 07:15 UTC
    add(recs, "policy", good_policy(approved_on=D(2025, 11, 1)))                         # overdue 1 Nov
    add(recs, "breach", good_breach(title="Phishing", aware_at=AWARE_RECENT, risk="risk",
                                    notify_authority="yes"))                             # due soon 23 Nov
    add(recs, "rights_request", good_request(requester="Radu", received_on=D(2026, 10, 23)))  # due soon 23 Nov
    findings = check(recs)
    assert [f.severity for f in findings] == sorted((f.severity for f in findings), key=SEVERITIES.index)
    assert [f.code for f in findings] == [
        "policy-review-overdue", "request-overdue", "breach-notification-overdue",
        "request-due", "breach-notification-due",  # 23 Nov at 00:00 local comes before 23 Nov 09:15 UTC
        "activity-retention-missing"]


def test_to_json_has_exactly_the_five_keys_and_serialises():
    finding = Finding("overdue", "breach", 3, "Laptop stolen", "Notify now.", "Art. 33(1)",
                      "breach-notification-overdue", dt.datetime(2026, 11, 20, 7, 15, tzinfo=UTC))
    assert finding.to_json() == {"severity": "overdue", "entity": "breach", "record": 3, "message": "Notify now.",
                                 "article": "Art. 33(1)"}
    assert list(finding.to_json()) == ["severity", "entity", "record", "message", "article"]
    findings = run_checks(plain(breach=[good_breach(id=1, risk="risk", notify_authority="yes")]), bucharest())
    assert json.loads(json.dumps([f.to_json() for f in findings]))[0]["severity"] == "overdue"


def test_any_overdue():
    gap = Finding("gap", "activity", 1, "Payroll", "m", "Art. 6(1)", "activity-no-purpose")
    soon = Finding("due soon", "breach", 2, "Phishing", "m", "Art. 33(1)", "breach-notification-due")
    late = Finding("overdue", "rights_request", 3, "Ana", "m", "Art. 12(3)", "request-overdue")
    assert not any_overdue([])
    assert not any_overdue([gap, soon])
    assert any_overdue([gap, late])
    assert any_overdue(iter([late]))


@pytest.mark.parametrize(("hours", "phrase"), [
    (0.5, "less than an hour"), (-0.5, "less than an hour"), (1.9, "1 hour"), (-26.2, "26 hours"),
    (72.0, "72 hours"), (-427.0, "17 days"), (-48.0 * 24, "48 days")])
def test_hours_are_whole_and_long_delays_are_days(hours, phrase):
    assert hours_phrase(hours) == phrase


def test_a_finding_refuses_an_unknown_severity():
    with pytest.raises(ValueError, match="severity"):
        Finding("urgent", "breach", 1, "t", "m", "Art. 33(1)", "breach-notification-due")


def test_braces_in_titles_do_not_break_messages():
    person = {"id": 1, "name": "{who} {due}", "status": "current"}
    training = {"id": 1, "person": 1, "course": "GDPR", "completed_on": D(2025, 11, 1), "valid_months": 12}
    [finding] = run_checks(plain(person=[person], training=[training]), bucharest())
    assert finding.message.startswith("{who} {due}'s data-protection training expired on 2026-11-01")


def test_every_rule_code_is_tested_here():
    """A rule added without a test here (or in the rule files' own test modules) fails this; the review codes
    are built in the parametrised test."""
    here = Path(__file__).parent
    source = "\n".join((here / name).read_text(encoding="utf-8")
                       for name in ("test_checks.py", "test_checks_breach.py", "test_checks_obligations.py"))
    reviews = {f"{entity}-review-{when}" for entity, _ in REVIEWED for when in ("overdue", "due", "missing")}
    assert reviews <= CODES
    assert all(f'f"{{entity}}-review-{when}"' in source for when in ("overdue", "due", "missing"))
    assert sorted(c for c in CODES - reviews if f'"{c}"' not in source) == []


def test_checks_import_no_storage_or_qt():
    script = ("import sys, atlas_desktop.core.checks, atlas_desktop.core.checks_rules; "
              "print(sorted({m.split('.')[0] for m in sys.modules} & {'peewee', 'sqlcipher3', 'PySide6'}) + "
              "sorted(m for m in sys.modules if m.startswith('atlas_desktop.storage')))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                            check=False, cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("zone", ["Europe/Bucharest", "Europe/London", "America/New_York", "UTC", "Asia/Kolkata"])
def test_local_times_read_as_strftime_would_across_dst(zone):
    from atlas_desktop.core.checks import Run

    run = Run(lambda key: [[]], Context(zone, now=FIXED_NOW))
    start = dt.datetime(2026, 3, 28, 22, 45, tzinfo=dt.UTC)  # across the spring change in Europe and the US
    for hours in range(0, 24 * 220, 7):
        moment = start + dt.timedelta(hours=hours)
        assert run.local(moment) == moment.astimezone(run.zone).strftime("%Y-%m-%d %H:%M %Z"), moment
