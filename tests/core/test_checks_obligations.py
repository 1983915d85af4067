"""The checks that come from the judgements: a DPO the law requires (Art. 37(1), § 38(1) BDSG), the DPIA
cases (Art. 35(3), WP248 rev.01), children's consent (Art. 8(1)) and the retention clocks (Art. 5(1)(e)).

Each case runs the real ``run_checks`` on a snapshot of plain dicts in Bucharest (EET/EEST, Romanian
holidays), with the retention clocks tried on both sides of month ends. Each expected answer names its source.
"""

from __future__ import annotations

import datetime as dt

import pytest

from atlas_desktop.core.checks import CHECKED_FIELDS, Finding, check_stream, run_checks
from atlas_desktop.core.checks_rules import CODES
from atlas_desktop.core.clocks import public_holidays
from atlas_desktop.core.context import Context
from atlas_desktop.core.retention import describe

D = dt.date
UTC = dt.UTC
NOW = dt.datetime(2026, 11, 21, 9, 15, tzinfo=UTC)  # Saturday 21 November 2026, 11:15 in Bucharest

NEW_CODES = {"organisation-dpo-required", "activity-dpia-mandatory", "consent-parental-authorisation-missing",
             "retention-consent-expired", "retention-request-expired", "retention-category-expired",
             "activity-retention-not-checkable"}


def org(**over: object) -> dict:
    return {"id": 1, "name": "Acme", "email": "office@acme.example", "responsible_name": "Maria Ionescu",
            "country": "RO", "time_zone": "Europe/Bucharest"} | over


def activity(id: int, **over: object) -> dict:
    """An activity that passes every check on its own."""
    return {"id": id, "name": f"Activity {id}", "status": "active", "role": "controller",
            "purposes": [{"purpose": "Serve clients", "bases": ["contract"]}],
            "retention": [{"data_category": "Client files", "keep_for": 5, "unit": "years",
                           "trigger": "end_of_contract"}],
            "last_reviewed": D(2026, 6, 1)} | over


def check(now: dt.datetime = NOW, organisation: dict | None = None, **registers: list[dict]) -> list[Finding]:
    snapshot = {"organisation": [organisation or org()]} | registers
    return run_checks(snapshot, Context("Europe/Bucharest", public_holidays("RO"), now))


def codes(findings: list[Finding], entity: str | None = None, record: int | None = None) -> dict[str, Finding]:
    found = [f for f in findings if entity is None or (f.entity == entity and f.record == record)]
    by_code = {f.code: f for f in found}
    assert len(by_code) == len(found), f"a rule reported twice: {found}"
    return by_code


def test_every_new_code_is_listed():
    assert NEW_CODES <= CODES


# -- the DPO (Art. 37(1), § 38(1) BDSG) -----------------------------------------------------------------
def test_a_german_office_with_twenty_people_processing_needs_a_dpo_now():
    """§ 38(1) BDSG: as a rule at least 20 persons constantly engaged in automated processing. The duty is
    in force, so not naming one is overdue, not a gap."""
    findings = codes(check(organisation=org(country="DE", staff_processing=22)), "organisation", None)
    found = findings["organisation-dpo-required"]
    assert (found.severity, found.article) == ("overdue", "§ 38(1) BDSG")
    assert "22 people" in found.message


@pytest.mark.parametrize(("settings", "required"), [
    ({"has_dpo": True, "dpo_name": "DPO Services GmbH"}, False),
    ({"has_dpo": True, "dpo_name": "  "}, True),     # ticked but nobody named: Art. 37(7) publishes a contact
    ({"has_dpo": False, "dpo_name": "Old DPO"}, True),
])
def test_a_named_dpo_clears_the_duty(settings, required):
    findings = check(organisation=org(country="DE", staff_processing=22, **settings))
    assert ("organisation-dpo-required" in codes(findings, "organisation", None)) is required


def test_the_german_threshold_does_not_apply_in_romania():
    """§ 38 BDSG is German law; Art. 37(1) alone asks nothing of a 22-person Romanian office."""
    assert codes(check(organisation=org(staff_processing=22)), "organisation", None) == {}


def test_a_public_body_needs_a_dpo():
    """Art. 37(1)(a); WP243 rev.01 § 2.1.1."""
    found = codes(check(organisation=org(public_body=True)), "organisation", None)["organisation-dpo-required"]
    assert found.article == "Art. 37(1)(a)" and "public authority or body" in found.message


def test_a_security_companys_cctv_makes_a_dpo_required_from_the_register():
    """Art. 37(1)(b); WP243 rev.01 § 2.1.2: a private security company's surveillance of shopping centres is
    a core activity; § 2.1.4: CCTV is regular and systematic monitoring; § 2.1.3: on a large scale. Retired
    activities create no duty."""
    cctv = activity(1, name="Mall CCTV", core_activity=True, large_scale=True, public_area_monitoring=True)
    findings = codes(check(activity=[cctv]), "organisation", None)
    assert findings["organisation-dpo-required"].article == "Art. 37(1)(b)"
    assert '"Mall CCTV"' in findings["organisation-dpo-required"].message
    assert "What counts" not in findings["organisation-dpo-required"].message  # grounds only, kept short
    old = cctv | {"status": "retired", "ended_on": D(2026, 1, 1)}
    assert codes(check(activity=[old]), "organisation", None) == {}


# -- the DPIA screening (Art. 35(1), (3); WP248 rev.01) --------------------------------------------------
def test_an_art35_3_case_without_a_dpia_is_mandatory():
    """Art. 35(3)(c): systematic monitoring of a publicly accessible area on a large scale."""
    cctv = activity(1, public_area_monitoring=True, large_scale=True, screening_note="The cameras are safe.")
    found = codes(check(activity=[cctv]), "activity", 1)
    assert set(found) == {"activity-dpia-mandatory"}
    assert (found["activity-dpia-mandatory"].severity, found["activity-dpia-mandatory"].article) == \
        ("gap", "Art. 35(3)(c)")
    assert codes(check(activity=[cctv], dpia=[{"id": 1, "title": "CCTV DPIA", "activity": 1}]), "activity", 1) == {}


def test_two_criteria_without_a_dpia_or_a_reason():
    """WP248 rev.01: two criteria, a DPIA in most cases (employee monitoring: criteria 3 and 7)."""
    staff = activity(1, wp248_criteria=["systematic_monitoring", "vulnerable_subjects"])
    found = codes(check(activity=[staff]), "activity", 1)
    assert set(found) == {"activity-dpia-missing"} and found["activity-dpia-missing"].article == "Art. 35(1)"


def test_a_single_doctors_files_are_justified_without_a_dpia():
    """WP248 rev.01, Annex examples citing Recital 91: one doctor's patient data (sensitive + vulnerable)
    is not large scale; with the reason recorded the screening is justified and nothing is asked."""
    doctor = activity(1, special_categories=["health"], art9_conditions=["health_care"],
                      wp248_criteria=["vulnerable_subjects"],
                      screening_note="One doctor's own patients (Recital 91): not large scale.")
    assert codes(check(activity=[doctor]), "activity", 1) == {}


def test_one_criterion_inferred_from_the_data_asks_for_a_note():
    """WP248 rev.01 criterion 4: Art. 10 data is sensitive even if the box was not ticked."""
    vetting = activity(1, criminal_data=True, criminal_data_authority="Law 53/2003")
    assert set(codes(check(activity=[vetting]), "activity", 1)) == {"activity-screening-note-missing"}


def test_a_clients_processing_is_screened_by_the_client():
    """Art. 35(1) binds the controller; a processor assists (Art. 28(3)(f))."""
    client = activity(1, role="processor", public_area_monitoring=True, large_scale=True, purposes=[],
                      retention=[], controllers_served=[{"name": "Mall SRL"}])
    assert "activity-dpia-mandatory" not in codes(check(activity=[client]), "activity", 1)


# -- children's consent (Art. 8(1)) ----------------------------------------------------------------------
def consent(id: int, **over: object) -> dict:
    return {"id": id, "subject": f"user{id}@example.com", "purpose": "Game account",
            "given_at": dt.datetime(2026, 5, 1, 10, tzinfo=UTC)} | over


@pytest.mark.parametrize(("country", "age", "gap"), [
    ("RO", 15, True),   # Art. 8(1); Romanian Law 190/2018 keeps 16
    ("FR", 15, False),  # Art. 8(1); France set 15
    ("SE", 13, False),  # Art. 8(1); Sweden set 13
    ("AT", 13, True),   # Art. 8(1); Austria set 14
    (None, 15, True),   # Art. 8(1) default: 16
])
def test_a_childs_consent_to_an_online_service_needs_a_parent(country, age, gap):
    findings = check(organisation=org(country=country), consent=[consent(1, online_service=True, age=age)])
    found = codes(findings, "consent", 1)
    assert ("consent-parental-authorisation-missing" in found) is gap
    if gap:
        assert found["consent-parental-authorisation-missing"].article == "Art. 8(1)"
        assert f"aged {age}" in found["consent-parental-authorisation-missing"].message


def test_a_parent_recorded_or_an_offline_consent_needs_nothing():
    """Art. 8(1) applies to information-society services offered directly to a child."""
    findings = check(consent=[consent(1, online_service=True, age=12, parental_consent_by="Elena Pop"),
                              consent(2, online_service=False, age=12),
                              consent(3, online_service=True, is_child=True)])
    assert codes(findings, "consent", 1) == {} and codes(findings, "consent", 2) == {}
    assert "a child of unknown age" in codes(findings, "consent", 3)["consent-parental-authorisation-missing"].message


# -- retention clocks (Art. 5(1)(e)) --------------------------------------------------------------------
def newsletter(**over: object) -> dict:
    return activity(7, name="Newsletter", purposes=[{"purpose": "Newsletter", "bases": ["consent"]}], retention=[
        {"data_category": "Email address", "keep_for": 1, "unit": "months", "trigger": "consent_withdrawn"},
        {"data_category": "Request letters", "keep_for": 6, "unit": "months", "trigger": "request_answered"}]) | over


def at(day: D) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(9), tzinfo=UTC)


@pytest.mark.parametrize(("withdrawn", "last_day"), [
    (dt.datetime(2026, 1, 31, 10, tzinfo=UTC), D(2026, 2, 28)),   # 31 Jan + 1 month: 28 Feb
    (dt.datetime(2028, 1, 31, 10, tzinfo=UTC), D(2028, 2, 29)),   # a leap year: 29 Feb
    # 23:30 UTC on 31 January is 01:30 on 1 February in Bucharest: the office's date starts the clock.
    (dt.datetime(2026, 1, 31, 23, 30, tzinfo=UTC), D(2026, 3, 1)),
])
def test_a_withdrawn_consent_past_its_retention(withdrawn, last_day):
    """Art. 5(1)(e), 7(3), 17(1)(b): kept one month after the withdrawal; the last day itself is allowed."""
    register = {"activity": [newsletter()], "consent": [consent(1, activity=7, withdrawn_at=withdrawn)]}
    assert codes(check(at(last_day), **register), "consent", 1) == {}
    found = codes(check(at(last_day + dt.timedelta(days=1)), **register), "consent", 1)["retention-consent-expired"]
    assert (found.severity, found.article, found.due) == ("gap", "Art. 5(1)(e)", last_day)
    assert f"ran out on {last_day.isoformat()}" in found.message and '"Newsletter"' in found.message
    assert "Email address" in found.message and "Request letters" not in found.message


def test_a_consent_record_kept_as_proof_waits_for_the_longest_period():
    """Art. 7(1), 5(1)(e): the address goes a month after the withdrawal, but the record proving consent is
    kept 3 years (as in the demo's newsletter); the record itself must go only when every period is over."""
    proof = {"data_category": "Proof of consent", "keep_for": 3, "unit": "years", "trigger": "consent_withdrawn"}
    kept = newsletter()
    kept["retention"] = [*kept["retention"], proof]
    register = {"activity": [kept], "consent": [
        consent(1, activity=7, withdrawn_at=dt.datetime(2026, 2, 28, 12, tzinfo=UTC))]}
    assert codes(check(at(D(2029, 2, 28)), **register), "consent", 1) == {}
    found = codes(check(at(D(2029, 3, 1)), **register), "consent", 1)["retention-consent-expired"]
    assert found.due == D(2029, 2, 28)
    assert "Email address" in found.message and "Proof of consent" in found.message


def test_consents_not_withdrawn_or_without_a_clock_are_fine():
    text_only = newsletter(retention=[{"data_category": "Email address", "period": "a month after withdrawal"}])
    gone = dt.datetime(2025, 1, 1, 10, tzinfo=UTC)
    assert codes(check(activity=[newsletter()], consent=[consent(1, activity=7)]), "consent", 1) == {}
    assert codes(check(activity=[text_only], consent=[consent(1, activity=7, withdrawn_at=gone)]), "consent", 1) == {}
    assert codes(check(consent=[consent(1, withdrawn_at=gone)]), "consent", 1) == {}  # linked to nothing


def test_an_answered_request_past_its_retention():
    """Art. 5(1)(e), 12(3): request letters kept 6 months after the answer of 31 August: until 28 February."""
    request = {"id": 3, "requester": "Ana Pop", "right": "access", "received_on": D(2026, 8, 3),
               "status": "answered", "response_sent_on": D(2026, 8, 31), "activities": [7, 8]}
    register = {"activity": [newsletter(), activity(8)], "rights_request": [request]}
    assert codes(check(at(D(2027, 2, 28)), **register), "rights_request", 3) == {}
    found = codes(check(at(D(2027, 3, 1)), **register), "rights_request", 3)["retention-request-expired"]
    assert found.due == D(2027, 2, 28) and '"Newsletter"' in found.message and "Activity 8" not in found.message
    open_request = request | {"status": "received", "response_sent_on": None, "received_on": D(2027, 2, 20)}
    assert "retention-request-expired" not in codes(check(at(D(2027, 3, 1)), **register | {
        "rights_request": [open_request]}), "rights_request", 3)


def test_a_retired_activity_past_its_retention():
    """Art. 5(1)(e): ended 31 December 2025; "2 months from the end of the processing" runs to 28 February
    2026. A clock from the collection or the last contact started at the latest on the day the processing
    stopped, so it is counted from there too; data recorded as deleted is done. A clock from the end of
    employment may start after the processing stopped, so it is never counted from that day: saying
    "delete" too early would be wrong in the other direction (the law may still require the data)."""
    rows = [{"data_category": "Logs", "keep_for": 2, "unit": "months", "trigger": "processing_ended"},
            {"data_category": "Payslips", "keep_for": 1, "unit": "days", "trigger": "end_of_employment"},
            {"data_category": "Invoices", "keep_for": 10, "unit": "years", "trigger": "collection"},
            {"data_category": "Chats", "keep_for": 8, "unit": "weeks", "trigger": "last_contact"},
            {"data_category": "Photos", "keep_for": 1, "unit": "days", "trigger": "collection",
             "erased_on": D(2026, 1, 2)}]
    old = activity(4, name="Old shop", status="retired", ended_on=D(2025, 12, 31), retention=rows)
    assert codes(check(at(D(2026, 2, 25)), activity=[old]), "activity", 4) == {}  # Chats: last day 25 Feb
    found = codes(check(at(D(2026, 3, 1)), activity=[old]), "activity", 4)["retention-category-expired"]
    assert found.due == D(2026, 2, 25)
    assert "Chats" in found.message and "Logs" in found.message and "2026-02-28" in found.message
    assert "Invoices" not in found.message and "Photos" not in found.message and "Payslips" not in found.message
    assert codes(check(at(D(2030, 1, 1)), activity=[old | {"ended_on": None}]), "activity", 4) == {}


def test_a_running_activity_with_an_end_of_processing_clock_waits():
    live = activity(4, retention=[{"data_category": "Logs", "keep_for": 2, "unit": "months",
                                   "trigger": "processing_ended"}])
    assert "retention-category-expired" not in codes(check(at(D(2030, 1, 1)), activity=[live]), "activity", 4)


def test_retention_in_words_only_cannot_be_checked():
    """Art. 5(1)(e), 30(1)(f): "where possible, the envisaged time limits"; a number and a unit make it
    checkable. A client's processing keeps the client's periods (Art. 28(3)(g))."""
    words = activity(1, retention=[{"data_category": "Permits", "period": "until the permit expires"},
                                   {"data_category": "Client files", "keep_for": 5, "unit": "years"}])
    found = codes(check(activity=[words]), "activity", 1)["activity-retention-not-checkable"]
    assert '"Permits"' in found.message and "Client files" not in found.message
    assert "number and a unit" in found.message
    client = words | {"role": "processor", "purposes": [], "controllers_served": [{"name": "Client SRL"}]}
    assert codes(check(activity=[client]), "activity", 1) == {}


@pytest.mark.parametrize(("trigger", "words"), [
    ("end_of_employment", "CVs: 6 months from end of employment"),
    ("Position filled", "CVs: 6 months from position filled"),       # the user's own trigger, read as a phrase
    ("after the permit expires", "CVs: 6 months after the permit expires"),
    ("GDPR audit", "CVs: 6 months from GDPR audit"),                 # an acronym keeps its capitals
])
def test_the_periods_in_messages_read_as_sentences(trigger, words):
    assert describe({"data_category": "CVs", "keep_for": 6, "unit": "months", "trigger": trigger}) == words


# -- the streamed registers read only their checked fields --------------------------------------------------
def test_the_consent_and_request_rules_read_only_the_checked_fields():
    """checks.CHECKED_FIELDS: storage reads only these for a run; the answers must not change."""
    gone = dt.datetime(2026, 1, 5, 10, tzinfo=UTC)
    register = {
        "organisation": [org()], "activity": [newsletter()],
        "consent": [consent(1, activity=7, withdrawn_at=gone, method="web_form", evidence_reference="log 1"),
                    consent(2, online_service=True, age=9, information_version="v3")],
        "rights_request": [{"id": 3, "requester": "Ana", "right": "access", "received_on": D(2026, 1, 5),
                            "response_sent_on": D(2026, 1, 20), "activities": [7], "notes": "by email"}]}
    ctx = Context("Europe/Bucharest", public_holidays("RO"), NOW)
    whole = run_checks(register, ctx)
    assert {"retention-consent-expired", "consent-parental-authorisation-missing",
            "retention-request-expired"} <= {f.code for f in whole}

    def read(key: str):
        keep = CHECKED_FIELDS.get(key)
        rows = register.get(key) or []
        return [[{k: v for k, v in r.items() if keep is None or k in keep or k == "id"} for r in rows]]

    assert check_stream(read, ctx) == whole
