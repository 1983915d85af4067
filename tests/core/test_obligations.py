"""The organisation-wide duties (core.obligations): a DPO (Art. 37(1), § 38(1) BDSG), the record of
processing (Art. 30(5)) and the age of digital consent (Art. 8(1)). Each expected answer names its source."""

from __future__ import annotations

import json

import pytest

from atlas_desktop.core.obligations import (
    CONSENT_AGES,
    Judgement,
    consent_needs_parent,
    digital_consent_age,
    dpo_duty,
    organisation_json,
    record_duty,
)

PAYROLL = {"name": "Payroll", "status": "active"}
HOSPITAL = {"name": "Patient files", "special_categories": ["health"], "large_scale": True, "core_activity": True}
GUARDS = {"name": "Shopping-centre CCTV", "public_area_monitoring": True, "large_scale": True, "core_activity": True}


# -- Art. 37(1): a DPO -----------------------------------------------------------------------------
def test_a_small_private_office_needs_no_dpo_but_may_appoint_one():
    """Art. 37(1): none of (a)–(c) applies to an office whose payroll is a support function
    (WP243 rev.01 § 2.1.2); a voluntary DPO is welcome (WP243 rev.01 § 2.1)."""
    found = dpo_duty({"country": "RO", "employees": 30}, [PAYROLL])
    assert (found.key, found.required, found.article) == ("dpo", False, "Art. 37(1)")
    assert any("voluntarily" in r for r in found.reasons)


def test_a_public_body_always_needs_a_dpo():
    """Art. 37(1)(a); WP243 rev.01 § 2.1.1: whatever data it processes."""
    found = dpo_duty({"public_body": True}, [])
    assert (found.required, found.article) == (True, "Art. 37(1)(a)")


def test_core_monitoring_on_a_large_scale_from_the_tick_or_from_the_activities():
    """Art. 37(1)(b); WP243 rev.01 § 2.1.2: a private security company's surveillance of shopping centres is
    its core activity; § 2.1.4: CCTV is regular and systematic monitoring."""
    assert dpo_duty({"core_monitoring": True}, []).article == "Art. 37(1)(b)"
    found = dpo_duty({}, [GUARDS])
    assert (found.required, found.article) == (True, "Art. 37(1)(b)")
    assert '"Shopping-centre CCTV"' in found.reasons[0] and "WP243" in found.reasons[1]
    tracking = {"name": "Fleet app", "wp248_criteria": ["systematic_monitoring", "large_scale"], "core_activity": True}
    assert dpo_duty({}, [tracking]).article == "Art. 37(1)(b)"  # WP243 § 2.1.4: location tracking by apps


def test_monitoring_that_is_not_core_or_not_large_needs_no_dpo():
    """Art. 37(1)(b) needs all three: core, regular and systematic, large scale (WP243 rev.01 §§ 2.1.2–2.1.4).
    An office's own CCTV is a support function; a corner shop's camera is not large scale."""
    assert dpo_duty({}, [GUARDS | {"core_activity": False}]).required is False
    assert dpo_duty({}, [GUARDS | {"large_scale": False}]).required is False


def test_core_special_data_on_a_large_scale():
    """Art. 37(1)(c); WP243 rev.01 § 2.1.2 example: a hospital's patient files are its core activity,
    § 2.1.3: processed on a large scale. Criminal records checked by a vetting agency count the same (Art. 10)."""
    found = dpo_duty({}, [HOSPITAL])
    assert (found.required, found.article) == (True, "Art. 37(1)(c)")
    assert dpo_duty({}, [{"name": "Vetting", "criminal_data": True, "large_scale": True,
                          "core_activity": True}]).required is True
    assert dpo_duty({"core_special_data": True}, []).article == "Art. 37(1)(c)"


def test_a_single_doctor_needs_no_dpo():
    """Recital 91 and WP243 rev.01 § 2.1.3: an individual physician's patient data is not large scale."""
    assert dpo_duty({}, [HOSPITAL | {"large_scale": False}]).required is False


def test_retired_activities_create_no_duty():
    assert dpo_duty({}, [HOSPITAL | {"status": "retired"}]).required is False


def test_several_grounds_are_all_named():
    found = dpo_duty({"public_body": True}, [HOSPITAL, GUARDS])
    assert found.article == "Art. 37(1)(a); Art. 37(1)(b); Art. 37(1)(c)"
    assert len([r for r in found.reasons if "a DPO is required" in r]) == 3


@pytest.mark.parametrize(("staff", "required"), [(19, False), (20, True), (45, True)])
def test_germany_twenty_people_processing_by_computer(staff, required):
    """§ 38(1) BDSG (as amended in 2019): as a rule at least 20 persons constantly engaged in the automated
    processing of personal data. Art. 37(4) lets national law require more DPOs than the GDPR."""
    found = dpo_duty({"country": "DE", "staff_processing": staff}, [PAYROLL])
    assert found.required is required
    if required:
        assert found.article == "§ 38(1) BDSG" and str(staff) in found.reasons[0]


def test_germany_processing_subject_to_a_dpia():
    """§ 38(1) BDSG: processing subject to a DPIA under Art. 35 makes a DPO required whatever the staff;
    two WP248 criteria (WP248 rev.01: monitoring employees) or an Art. 35(3) case count, a justified one not."""
    monitoring = {"name": "Staff monitoring", "wp248_criteria": ["systematic_monitoring", "vulnerable_subjects"]}
    found = dpo_duty({"country": "de", "staff_processing": 5}, [monitoring])
    assert (found.required, found.article) == (True, "§ 38(1) BDSG")
    assert '"Staff monitoring"' in found.reasons[0]
    justified = monitoring | {"screening_note": "Badge log of one door, kept a week."}
    assert dpo_duty({"country": "DE", "staff_processing": 5}, [justified]).required is False


def test_germany_without_the_staff_count_is_left_open():
    """§ 38(1) BDSG depends on a number Atlas does not have: the conservative answer is "not decided",
    never "no"."""
    found = dpo_duty({"country": "DE"}, [PAYROLL])
    assert found.required is None and any("how many people" in r for r in found.reasons)


def test_the_german_rule_applies_only_in_germany():
    """§ 38 BDSG is German law; Romania's Law 190/2018 adds no staff threshold."""
    assert dpo_duty({"country": "RO", "staff_processing": 45}, [PAYROLL]).required is False


# -- Art. 30(5): the record of processing --------------------------------------------------------------
def test_250_employees_always_keep_the_record():
    """Art. 30(5): the exemption is only for fewer than 250 persons."""
    found = record_duty({"employees": 250}, [])
    assert (found.key, found.required, found.article) == ("record_of_processing", True, "Art. 30(5)")


def test_payroll_is_not_occasional_so_a_small_office_keeps_the_record():
    """Art. 30(5); WP29 position paper on Art. 30(5) (19 April 2018): routine processing such as payroll
    or a customer file is not occasional."""
    found = record_duty({"employees": 12}, [PAYROLL])
    assert found.required is True and any("not occasional" in r and '"Payroll"' in r for r in found.reasons)


def test_only_occasional_processing_without_risk_is_exempt():
    """Art. 30(5): fewer than 250 employees, occasional, no Art. 9/10 data, no risk: the exemption applies."""
    found = record_duty({"employees": 12}, [{"name": "Charity run 2026", "occasional": True}])
    assert found.required is False


@pytest.mark.parametrize(("extra", "why"), [
    ({"special_categories": ["health"]}, "Art. 9(1)"),  # Art. 30(5): special categories
    ({"criminal_data": True}, "Art. 10"),               # Art. 30(5): criminal-offence data
    ({"wp248_criteria": ["vulnerable_subjects"]}, "not only a high one"),  # WP29 paper: any risk, not just high
])
def test_occasional_processing_with_sensitive_data_or_a_risk_needs_the_record(extra, why):
    found = record_duty({"employees": 12}, [{"name": "Event", "occasional": True} | extra])
    assert found.required is True and any(why in r for r in found.reasons)


def test_no_activities_yet_is_not_decided():
    found = record_duty({"employees": 12}, [])
    assert found.required is None and "payroll or customer file" in found.reasons[0]


def test_unknown_employees_still_decided_from_the_exceptions():
    """Art. 30(5): any one exception makes the record required whatever the head count."""
    assert record_duty({}, [PAYROLL]).required is True
    assert record_duty({}, [{"name": "Event", "occasional": True}]).required is None


def test_retired_activities_do_not_count_for_the_record():
    assert record_duty({"employees": 12}, [PAYROLL | {"status": "retired"},
                                           {"name": "Event", "occasional": True}]).required is False


# -- Art. 8(1): the age of digital consent ---------------------------------------------------------------
@pytest.mark.parametrize(("country", "age"), [
    *[(c, 13) for c in ("BE", "DK", "EE", "FI", "LV", "MT", "PT", "SE")],
    ("GB", 13), ("UK", 13),  # UK GDPR Art. 8(1) as amended by the Data Protection Act 2018, s. 9
    *[(c, 14) for c in ("AT", "BG", "CY", "ES", "IT", "LT")],
    *[(c, 15) for c in ("CZ", "FR", "GR", "EL", "SI")],
    *[(c, 16) for c in ("DE", "HR", "HU", "IE", "LU", "NL", "PL", "SK")],
    ("RO", 16),  # Art. 8(1); Romanian Law 190/2018 keeps the default of 16
])
def test_the_national_ages_of_digital_consent(country, age):
    """Art. 8(1) second subparagraph: Member States may set 13 to 16 (public summaries, domain.md)."""
    assert digital_consent_age(country) == age == CONSENT_AGES[country]
    assert digital_consent_age(country.lower()) == age


@pytest.mark.parametrize("country", [None, "", "CH", "XX"])
def test_the_default_of_art8_is_16(country):
    """Art. 8(1) first subparagraph: 16 unless national law sets lower."""
    assert digital_consent_age(country) == 16


@pytest.mark.parametrize(("consent", "country", "needs"), [
    ({"online_service": True, "age": 14}, "RO", True),    # Art. 8(1): 14 < 16 in Romania
    ({"online_service": True, "age": 14}, "ES", False),   # Art. 8(1): Spain's age is 14, so 14 may consent
    ({"online_service": True, "age": 12}, "GB", True),    # UK GDPR Art. 8(1): 13
    ({"online_service": True, "age": 13}, "GB", False),
    ({"online_service": True, "is_child": True}, "BE", True),  # age unknown, a child: taken as below it
    ({"online_service": True, "age": 17, "is_child": True}, "RO", False),  # the known age decides
    ({"online_service": True, "age": 10, "parental_consent_by": "Elena Pop (mother)"}, "RO", False),
    ({"online_service": True, "age": 10, "parental_consent_by": "  "}, "RO", True),
    ({"online_service": False, "age": 10}, "RO", False),  # Art. 8 covers information-society services only
    ({"online_service": True}, "RO", False),  # an adult, as far as the record says
])
def test_consent_needs_a_parent(consent, country, needs):
    """Art. 8(1): below the age, consent is given or authorised by the holder of parental responsibility."""
    assert consent_needs_parent(consent, country) is needs


def test_the_organisation_json():
    data = organisation_json({"country": "FR", "employees": 12}, [PAYROLL])
    assert set(data) == {"dpo", "record_of_processing", "digital_consent_age"}
    assert data["digital_consent_age"] == 15 and data["dpo"]["required"] is False
    assert data["record_of_processing"]["required"] is True
    assert set(data["dpo"]) == {"required", "title", "reasons", "article"}
    assert json.loads(json.dumps(data)) == data


def test_a_judgement_is_frozen():
    found = Judgement("dpo", True, "t", ("r",), "Art. 37(1)")
    with pytest.raises(AttributeError):
        found.required = False  # type: ignore[misc]
    assert found.to_json() == {"required": True, "title": "t", "reasons": ["r"], "article": "Art. 37(1)"}
