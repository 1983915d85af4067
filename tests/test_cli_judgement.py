"""What `atlas show` works out rather than stores: a breach's assessment and duties, the organisation's
obligations; and `atlas fields` documenting the facts they are worked out from.

Every test runs the real CLI against a real SQCipher register in tmp_path.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from conftest import PASSPHRASE, run_cli

from atlas_desktop.core.entities.breach import ASSESSED_FACTS
from atlas_desktop.storage.records import Records


def moment(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


run = run_cli


@pytest.fixture
def reg_path(new_register, register_path, monkeypatch) -> Path:
    reg, _ = new_register
    Records(reg).save_organisation({"name": "Clinica Sud SRL", "time_zone": "Europe/Bucharest",
                                    "holiday_country": "RO"})
    reg.close()
    monkeypatch.setenv("ATLAS_PASSPHRASE", PASSPHRASE)
    return register_path


# Stolen unencrypted laptop with patients' files: ENISA DPC 4 (sensitive) × 1 + 0.5 (strangers) + 0.5 (theft).
LAPTOP = ("--set", "title=Laptop with patient files stolen", "--set", "aware_at=2026-03-02 09:00",
          "--set", "description=Stolen from a car", "--set", "impact=confidentiality",
          "--set", "data_context=sensitive", "--set", "identifiability=maximum",
          "--set", "confidentiality_loss=unknown_recipients", "--set", "malicious=yes",
          "--set", "notify_authority=yes")


def test_show_breach_json_has_the_severity_and_duties_worked_out_from_the_facts(reg_path, capsys):
    r = ["--register", str(reg_path)]
    code, out, err = run(capsys, "add", "breach", *r, *LAPTOP)
    assert (code, err) == (0, "")
    code, out, _ = run(capsys, "show", "breach", "1", *r, "--json")
    shown = json.loads(out)
    severity = shown["severity"]
    assert severity["score"] == 5 and severity["level"] == "very_high" and severity["outcome"] == "high"
    assert severity["complete"] and severity["missing"] == []
    factors = {f["key"]: f for f in severity["factors"]}
    assert factors["data_context"]["effect"] == "DPC 4" and factors["malicious"]["effect"] == "+ 0.5"
    assert factors["severity"]["value"] == "4 × 1 + 1 = 5"
    assert shown["risk_assessed"] == shown["risk"] == "high" and shown["severity_level"] == "very_high"
    duties = shown["duties"]
    assert duties["authority"]["status"] == "due" and duties["authority"]["article"] == "Art. 33(1)"
    assert moment(duties["authority"]["deadline"]) == moment("2026-03-05T09:00:00+02:00")  # 72 hours
    assert duties["people"]["required"] is True and duties["people"]["status"] == "due"
    assert "controller" not in duties and "public_communication" not in duties


def test_show_breach_text_ends_with_the_assessment_and_an_unanswered_question_is_assumed(reg_path, capsys):
    r = ["--register", str(reg_path)]
    run(capsys, "add", "breach", *r, "--set", "title=Server down", "--set", "aware_at=2026-03-02 09:00",
        "--set", "description=Disk failure", "--set", "impact=availability", "--set", "data_categories=contact")
    code, out, _ = run(capsys, "show", "breach", "1", *r)
    assert code == 0
    block = out[out.index("\nAssessment"):]
    assert "Score 1.5: Low" in block  # simple data (1) × directly (1, assumed) + lost for good (0.5)
    assert "Assessed risk: Risk: notify the authority" in block  # the EDPB floor: no working backup
    assert "Was the data lost or out of reach?: not answered: taken as lost for good → + 0.5" in block
    assert "[assumed]" in block and "Still to answer: How easily people can be identified, Was the data lost or out of reach?" in block
    assert "Notify the authority (Art. 33(1)): to do, by 2026-03-05 09:00 EET." in block
    assert "Tell the people affected (Art. 34(1)): not required." in block


def test_processor_breach_shows_the_clients_clock_and_override_its_reason(reg_path, capsys):
    r = ["--register", str(reg_path)]
    code, _, err = run(capsys, "add", "breach", *r, *LAPTOP, "--set", "our_role=processor",
                       "--set", "controller_name=Retail Sud SA", "--set", "controller_notice_hours=12",
                       "--set", "risk_override=risk", "--set", "override_reason=Only appointment times")
    assert (code, err) == (0, "")
    code, out, _ = run(capsys, "show", "breach", "1", *r, "--json")
    shown = json.loads(out)
    assert shown["risk"] == "risk" and shown["risk_assessed"] == "high"
    client = shown["duties"]["controller"]
    assert client["status"] == "due" and client["article"] == "Art. 33(2)"
    assert moment(client["deadline"]) == moment("2026-03-02T21:00:00+02:00")  # the contract's 12 hours
    assert shown["duties"]["authority"]["status"] == "controllers"
    code, out, _ = run(capsys, "show", "breach", "1", *r)
    assert "Your own assessment: Risk: notify the authority — Only appointment times" in out
    assert "Tell the client (controller) (Art. 33(2)): to do, by 2026-03-02 21:00 EET." in out


def test_public_communication_duty_follows_the_art34_3_c_exemption(reg_path, capsys):
    r = ["--register", str(reg_path)]
    run(capsys, "add", "breach", *r, *LAPTOP, "--set", "art34_exemption=disproportionate")
    duties = json.loads(run(capsys, "show", "breach", "1", *r, "--json")[1])["duties"]
    assert duties["people"]["status"] == "replaced"
    assert duties["public_communication"]["status"] == "due"
    run(capsys, "edit", "breach", "1", *r, "--set", "public_communication_at=2026-03-04 10:00",
        "--set", "public_communication_channel=Notice on our home page")
    duties = json.loads(run(capsys, "show", "breach", "1", *r, "--json")[1])["duties"]
    assert duties["public_communication"]["status"] == "done"
    assert moment(duties["public_communication"]["done_at"]) == moment("2026-03-04T10:00:00+02:00")


def test_show_organisation_json_has_its_obligations(reg_path, capsys):
    pytest.importorskip("atlas_desktop.core.obligations")
    r = ["--register", str(reg_path)]
    run(capsys, "edit", "organisation", *r, "--set", "employees=12")
    run(capsys, "add", "activity", *r, "--set", "name=Patient files", "--set", "special_categories=health")
    shown = json.loads(run(capsys, "show", "organisation", *r, "--json")[1])
    assert shown["employees"] == 12
    assert {"dpo", "record_of_processing", "digital_consent_age"} <= set(shown["obligations"])


@pytest.mark.parametrize(("entity", "expected"), [
    ("breach", [*(f"  {key} " for key in ASSESSED_FACTS), "risk_override", "override_reason",
                "public_communication_at", "(Art. 34(3)(c))", "controller_deadline", "[computed]",
                "confidentiality_loss", "unknown_recipients = Seen or taken by unknown people, or published",
                "our_role", "processor = A client's", "controller_notice_hours", "(Art. 33(2))",
                "severity_level", "very_high = Very high"]),
    ("organisation", ["employees", "(Art. 30(5))", "staff_processing", "(Art. 37(4))", "public_body",
                      "core_monitoring", "core_special_data"]),
    ("consent", ["online_service", "(Art. 8(1), 4(25))", "age", "is_child", "parental_consent_by",
                 "parental_check", "(Art. 8(2))"]),
    ("activity", ["large_scale", "core_activity", "public_area_monitoring", "(Art. 35(3)(c))", "occasional",
                  "ended_on", "retention.keep_for", "retention.unit", "years = years", "retention.trigger",
                  "end_of_employment = End of employment", "retention.period", "retention.erased_on",
                  "(Art. 5(1)(e), 17)", "keep_for (int), unit (choice), trigger (choice)"]),
])
def test_fields_documents_the_new_facts_with_help_articles_and_choices(capsys, entity, expected):
    code, out, _ = run(capsys, "fields", entity)
    assert code == 0
    for text in expected:
        assert text in out, text
    assert "risk_factors" not in out
