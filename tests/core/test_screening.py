"""The DPIA screening (core.screening): the Art. 35(3) cases, the WP248 rev.01 criteria the activity's own
fields already show, and the rare "justified" case. Each expected result names its source."""

from __future__ import annotations

import pytest

from atlas_desktop.core.screening import screen


def test_nothing_met_needs_no_dpia():
    """WP248 rev.01, Annex examples: an online magazine mailing a generic daily digest to its subscribers
    meets at most the large-scale criterion; a plain office file meets none."""
    found = screen({"name": "Supplier contacts"})
    assert (found.result, found.criteria, found.mandatory) == ("not_required", (), ())


def test_one_criterion_asks_to_consider():
    """WP248 rev.01, Annex examples: an e-commerce site with limited profiling on its own pages meets one
    criterion (evaluation or scoring); the DPIA is not required, the reason is recorded."""
    found = screen({"wp248_criteria": ["evaluation_scoring"]})
    assert found.result == "consider"


def test_two_criteria_require_a_dpia_in_most_cases():
    """WP248 rev.01, Annex examples: a company systematically monitoring its employees' activities
    (systematic monitoring + vulnerable data subjects) needs a DPIA."""
    found = screen({"wp248_criteria": ["systematic_monitoring", "vulnerable_subjects"]})
    assert (found.result, found.mandatory) == ("required", ())
    assert any("2 WP248 criteria" in r for r in found.reasons)


def test_a_recorded_reason_makes_two_criteria_justified():
    """WP248 rev.01, Annex examples, citing Recital 91: a single doctor's patient files (sensitive data +
    vulnerable people) are not large scale, so a DPIA is not mandatory; with the reason recorded the
    screening is "justified". Without it, the two criteria still ask for one."""
    doctor = {"special_categories": ["health"], "wp248_criteria": ["vulnerable_subjects"]}
    assert screen(doctor).result == "required"
    found = screen(doctor | {"screening_note": "One doctor's own patients (Recital 91): not large scale."})
    assert found.result == "justified"
    assert found.inferred == ("sensitive_data",)


def test_a_blank_note_justifies_nothing():
    found = screen({"wp248_criteria": ["systematic_monitoring", "vulnerable_subjects"], "screening_note": "  "})
    assert found.result == "required"


@pytest.mark.parametrize(("fields", "criterion"), [
    ({"special_categories": ["health"]}, "sensitive_data"),  # WP248 criterion 4: Art. 9 data
    ({"criminal_data": True}, "sensitive_data"),             # WP248 criterion 4: Art. 10 data
    ({"large_scale": True}, "large_scale"),                  # criterion 5
    ({"public_area_monitoring": True}, "systematic_monitoring"),  # criterion 3: CCTV of public places
    ({"automated_decisions": True}, "automated_decision"),   # criterion 2
    ({"profiling": True}, "evaluation_scoring"),             # criterion 1 "including profiling and predicting"
])
def test_criteria_are_inferred_from_the_activitys_own_fields(fields, criterion):
    """The screening cannot say less than the record does (WP248 rev.01, the nine criteria)."""
    found = screen(fields)
    assert found.inferred == (criterion,) and found.criteria == (criterion,)
    assert found.result == "consider"


def test_a_criterion_ticked_and_shown_by_the_fields_counts_once():
    found = screen({"special_categories": ["health"], "wp248_criteria": ["sensitive_data"]})
    assert (found.result, found.inferred, len(found.criteria)) == ("consider", (), 1)


def test_art35_3_a_automated_evaluation_with_decisions():
    """Art. 35(3)(a): systematic and extensive evaluation based on automated processing, including
    profiling, on which decisions with legal or similarly significant effects are based (e.g. automated
    credit scoring that refuses a loan; WP248 rev.01 criteria 1 and 2)."""
    found = screen({"automated_decisions": True, "profiling": True})
    assert (found.result, found.mandatory) == ("mandatory", ("Art. 35(3)(a)",))
    assert screen({"wp248_criteria": ["evaluation_scoring", "automated_decision"]}).mandatory == ("Art. 35(3)(a)",)
    # Profiling alone, with no decision taken on it, is one criterion only.
    assert screen({"profiling": True}).result == "consider"


@pytest.mark.parametrize("sensitive", [{"special_categories": ["health"]}, {"criminal_data": True}])
def test_art35_3_b_special_or_criminal_data_on_a_large_scale(sensitive):
    """Art. 35(3)(b): large-scale processing of Art. 9(1) data or of Art. 10 data. WP248 rev.01's hospital
    information system (patients' genetic and health data) is the example."""
    found = screen(sensitive | {"large_scale": True})
    assert (found.result, found.mandatory) == ("mandatory", ("Art. 35(3)(b)",))
    assert "sensitive_data" in found.inferred


def test_art35_3_b_counts_a_ticked_large_scale_criterion_too():
    """The conservative reading: the manager's tick "data processed on a large scale" is the same fact."""
    found = screen({"special_categories": ["health"], "wp248_criteria": ["large_scale"]})
    assert found.mandatory == ("Art. 35(3)(b)",)


def test_art35_3_c_public_area_on_a_large_scale():
    """Art. 35(3)(c): systematic monitoring of a publicly accessible area on a large scale (e.g. CCTV of a
    city's streets). Monitoring a shop's own entrance, not large scale, is one criterion only."""
    found = screen({"public_area_monitoring": True, "large_scale": True})
    assert (found.result, found.mandatory) == ("mandatory", ("Art. 35(3)(c)",))
    assert screen({"public_area_monitoring": True}).result == "consider"


def test_a_note_cannot_lift_an_art35_3_case():
    """Art. 35(3) says a DPIA "shall in particular be required": WP248's justified exception does not reach it."""
    found = screen({"special_categories": ["health"], "large_scale": True, "screening_note": "Low risk, we think."})
    assert found.result == "mandatory"


def test_several_cases_are_all_named():
    found = screen({"special_categories": ["biometric"], "public_area_monitoring": True, "large_scale": True})
    assert found.mandatory == ("Art. 35(3)(b)", "Art. 35(3)(c)")
    assert found.to_json()["mandatory"] == ["Art. 35(3)(b)", "Art. 35(3)(c)"]
    assert set(found.to_json()) == {"result", "criteria", "inferred", "mandatory", "reasons"}
