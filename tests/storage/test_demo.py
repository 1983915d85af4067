"""The demo register: it opens with its published passphrase, uses every field, and shows what it promises.

Every test builds a real SQLCipher register in tmp_path (the KDF is fast: conftest sets
ATLAS_KDF_SECONDS=0). "What it promises" is judged at the demo's own ``now``: a breach
inside its 72 hours, a late notification with reasons, a DPIA awaiting the authority, an
extended request, current and expired training.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from atlas_desktop.core import clocks, vocab
from atlas_desktop.core.entities import ENTITIES
from atlas_desktop.core.errors import InvalidRecord, WrongKey
from atlas_desktop.core.passphrase import assess
from atlas_desktop.core.spec import Entity, Field, Kind
from atlas_desktop.storage import demo, demo_data
from atlas_desktop.storage.demo import DEMO_ORG, DEMO_PASSPHRASE, create_demo, populate
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.register import Register, register_files

UTC = dt.UTC
NOW = dt.datetime(2026, 3, 30, 7, 30, tzinfo=UTC)  # the day after the spring DST change in Europe

# Moments at which every promise of the demo must hold: a DST change in the 72 hours, a
# year end (Christmas and New Year holidays in the request clocks), a leap day, a summer day.
NOWS = [
    NOW,
    dt.datetime(2026, 3, 29, 1, 30, tzinfo=UTC),
    dt.datetime(2026, 10, 25, 12, 0, tzinfo=UTC),
    dt.datetime(2027, 1, 2, 8, 0, tzinfo=UTC),
    dt.datetime(2028, 2, 29, 23, 45, tzinfo=UTC),
    dt.datetime(2026, 7, 15, 14, 0, tzinfo=UTC),
]

# Fields the demo leaves empty on purpose, because the one organisation record can only be
# one of two alternatives and the demo company is the small office Atlas is made for.
NOT_APPLICABLE = {
    ("organisation", "has_dpo"): "no DPO: Art. 37 does not require one, so the manager is responsible",
    ("organisation", "dpo_name"): "no DPO",
    ("organisation", "dpo_contact"): "no DPO",
    ("organisation", "representative"): "an Art. 27 representative is only for controllers outside the EU",
    ("organisation", "representative_contact"): "no Art. 27 representative",
    ("organisation", "holiday_region"): "Romania has no regional public holidays (validation refuses one)",
    ("organisation", "public_body"): "a private company (SRL), not a public authority or body",
    ("organisation", "core_monitoring"): "its main business is logistics and a marketplace, not monitoring people",
    ("organisation", "core_special_data"): "its main business handles no special-category data on a large scale",
    ("activity", "occasional"): "every demo activity is part of the routine (Art. 30(5) needs the record anyway)",
    ("breach", "critical_service"): "no demo breach touches a service people depend on (a clinic, a care service)",
}


def _used(field: Field, value: Any) -> bool:
    if field.kind is Kind.BOOL:
        return value is True
    return value not in (None, "", [])


def _field_paths() -> list[tuple[str, str, str | None]]:
    """(entity, field, column) for every editable stored field, and every column of a TABLE field."""
    paths: list[tuple[str, str, str | None]] = []
    for ent in ENTITIES:
        for f in ent.editable_fields:
            paths.append((ent.key, f.key, None))
            if f.kind is Kind.TABLE:
                paths += [(ent.key, f.key, col.key) for col in f.fields if col.editable]
    return paths


def _make(tmp_path: Path, now: dt.datetime = NOW) -> tuple[Register, str, Path]:
    path = tmp_path / "demo.atlas"
    reg, recovery = create_demo(path, now=now)
    return reg, recovery, path


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory) -> dict[str, list[dict[str, Any]]]:
    """One demo register's records, shared by the read-only field tests (module scope: built once)."""
    with pytest.MonkeyPatch.context() as mp:
        home = tmp_path_factory.mktemp("demo-home")
        mp.setenv("ATLAS_KDF_SECONDS", "0")
        mp.setenv("XDG_CONFIG_HOME", str(home / "config"))
        mp.setenv("XDG_DATA_HOME", str(home / "data"))
        reg, _, _ = _make(tmp_path_factory.mktemp("demo"))
        try:
            return Records(reg).snapshot()
        finally:
            reg.close()


def _by(records: list[dict[str, Any]], key: str, value: Any) -> dict[str, Any]:
    found = [r for r in records if r.get(key) == value]
    assert len(found) == 1, f"expected one record with {key}={value!r}, found {len(found)}"
    return found[0]


# -- creating and reopening ----------------------------------------------------------------------
def test_demo_opens_with_the_published_passphrase_and_its_recovery_key(tmp_path):
    reg, recovery, path = _make(tmp_path)
    reg.close()
    with Register.open(path, passphrase=DEMO_PASSPHRASE) as again:
        records = Records(again)
        org = records.organisation()
        assert org["name"] == DEMO_ORG == again.meta("org_name")
        assert org["time_zone"] == "Europe/Bucharest" and org["holiday_country"] == "RO"
        counts = {ent.key: records.count(ent.key) for ent in ENTITIES}
    with Register.open(path, recovery_key=recovery):
        pass
    with pytest.raises(WrongKey):
        Register.open(path, passphrase="lantern-orbit-pepper-canal")
    assert counts["organisation"] == 1
    assert 15 <= counts["activity"] <= 20
    assert counts["processor"] >= 4 and counts["dpia"] == 2 and counts["breach"] == 4
    assert counts["rights_request"] >= 4 and counts["consent"] >= 4
    assert counts["person"] >= 8 and counts["training"] >= counts["person"] and counts["policy"] >= 4


def test_published_passphrase_passes_the_rules_a_user_passphrase_must():
    strength = assess(DEMO_PASSPHRASE, [DEMO_ORG])
    assert strength.acceptable, strength.problem
    assert strength.score >= 2 and len(DEMO_PASSPHRASE) >= 10


def test_populate_reports_the_counts_it_wrote(new_register):
    reg, _ = new_register
    records = Records(reg)
    counts = populate(records, NOW)
    assert counts == {ent.key: records.count(ent.key) for ent in ENTITIES}


def test_populate_and_create_demo_refuse_a_naive_now(tmp_path, new_register):
    reg, _ = new_register
    with pytest.raises(ValueError, match="time zone"):
        populate(Records(reg), dt.datetime(2026, 3, 30, 9, 0))
    with pytest.raises(ValueError, match="time zone"):
        create_demo(tmp_path / "naive.atlas", now=dt.datetime(2026, 3, 30, 9, 0))
    assert not register_files(tmp_path / "naive.atlas")


def test_a_failed_demo_leaves_no_file_behind_and_can_be_retried(tmp_path, monkeypatch):
    path = tmp_path / "demo.atlas"
    real = demo_data.policies
    monkeypatch.setattr(demo_data, "policies", lambda t: real(t) + [{"title": "Broken", "status": "approved"}])
    with pytest.raises(InvalidRecord, match="Approved on"):
        create_demo(path, now=NOW)
    assert not register_files(path)
    assert not list(tmp_path.iterdir())  # nor a staging file
    monkeypatch.setattr(demo_data, "policies", real)
    reg, _ = create_demo(path, now=NOW)
    reg.close()


# -- every field is shown ------------------------------------------------------------------------
@pytest.mark.parametrize(("entity", "key", "column"), _field_paths(), ids=lambda v: v or "")
def test_every_editable_field_is_used(snapshot, entity, key, column):
    if (entity, key) in NOT_APPLICABLE:
        pytest.skip(NOT_APPLICABLE[(entity, key)])
    ent: Entity = next(e for e in ENTITIES if e.key == entity)
    f = ent.field(key)
    if column is None:
        assert any(_used(f, r.get(key)) for r in snapshot[entity]), f"no demo {entity} fills {key}"
    else:
        col = f.column(column)
        rows = [row for r in snapshot[entity] for row in r.get(key) or []]
        assert any(_used(col, row.get(column)) for row in rows), f"no demo {entity}.{key} row fills {column}"


def test_the_fields_left_empty_on_purpose_are_real_and_their_alternative_is_filled(snapshot):
    org = snapshot["organisation"][0]
    for entity, key in NOT_APPLICABLE:
        assert next(e for e in ENTITIES if e.key == entity).field(key).editable
    assert org["has_dpo"] is False and not org["dpo_name"]
    assert org["responsible_name"] and org["responsible_contact"]
    assert org["country"] == "RO" and not clocks.supported_holiday_countries()["RO"]


# -- the states the demo promises, at its own now --------------------------------------------------
@pytest.mark.parametrize("now", NOWS, ids=lambda n: n.isoformat())
def test_deadline_states_hold_when_the_demo_is_created(tmp_path, now):
    reg, _, _ = _make(tmp_path, now)
    with reg:
        snap = Records(reg).snapshot()
    today = clocks.local_today("Europe/Bucharest", now)
    breaches = snap["breach"]
    open_ = _by(breaches, "status", "open")
    assert open_["aware_at"] < now < open_["notification_deadline"]
    assert open_["notified_at"] is None and open_["notify_authority"] == "yes"
    assert clocks.hours_left(open_["notification_deadline"], now) > 48  # about 20 hours into the 72

    late = _by(breaches, "title", "Dispatcher's laptop stolen from a company car")
    assert late["notified_at"] > late["notification_deadline"] and late["delay_reason"]
    assert late["risk"] == "high" and late["subjects_notified_at"] and late["art34_exemption"]
    assert late["followups"][0]["phase"] == "initial" and len(late["timeline"]) >= 4

    assert open_["risk_assessed"] == "high" and open_["risk_override"] == "risk" and open_["override_reason"]
    assert open_["risk"] == "risk"  # the manager's level, with its reason, is the one that counts
    assert late["risk_assessed"] == "high" and late["risk_override"] is None
    assert late["public_communication_at"] and late["public_communication_channel"]  # Art. 34(3)(c)

    ours = [b for b in breaches if b["our_role"] == "controller"]
    quiet = _by(ours, "risk", "none")
    assert quiet["notify_authority"] == "no" and quiet["notified_at"] is None and quiet["risk_reasoning"]
    assert quiet["recipient_trusted"] and quiet["severity_level"] == "low"

    client = _by(breaches, "our_role", "processor")  # Art. 33(2): the client decides, told within its hours
    assert client["controller_told_at"] <= client["controller_deadline"]
    assert client["unintelligible"] and client["risk_assessed"] == "none"

    fine, consult = sorted(snap["dpia"], key=lambda d: d["residual_risk"] == "high")
    assert fine["residual_risk"] in ("low", "medium") and fine["status"] == "complete"
    assert consult["residual_risk"] == "high" and consult["outcome"] == "consult_authority"
    assert consult["consultation_sent_on"] < today < consult["consultation_answer_due"]
    assert consult["consultation_answer_on"] is None and not consult["consultation_answer"]
    for d in snap["dpia"]:
        assert sum(row["met"] for row in d["screening"]) >= 2 and len(d["screening"]) == 9
        assert {row["criterion"] for row in d["screening"]} == set(vocab.WP248.codes)

    requests = snap["rights_request"]
    extended = _by(requests, "extended", True)
    org = snap["organisation"][0]
    holidays = clocks.public_holidays(org["holiday_country"])
    assert extended["extension_notified_on"] <= clocks.extension_notice_deadline(extended["received_on"], holidays)
    assert extended["due_on"] > today and extended["response_sent_on"] is None
    on_time = [r for r in requests if r["status"] == "answered" and r["response_sent_on"] <= r["due_on"]]
    assert on_time
    refused = _by(requests, "status", "refused")
    assert refused["refusal_reason"] and refused["outcome"].startswith("refused")
    still_open = [r for r in requests if r["status"] in ("received", "verifying", "in_progress")
                  and not r["extended"]]
    assert still_open and all(0 <= (r["due_on"] - today).days <= 7 for r in still_open)

    assert {r["right"] for r in requests} >= {"access", "erasure", "objection", "rectification"}
    assert any(c["withdrawn_at"] for c in snap["consent"])
    assert {c["method"] for c in snap["consent"]} >= {"web_form", "via_employer"}

    people = {p["id"]: p for p in snap["person"]}
    latest: dict[int, dt.date] = {}
    for t in snap["training"]:
        latest[t["person"]] = max(t["expires_on"], latest.get(t["person"], t["expires_on"]))
    current = [pid for pid, exp in latest.items() if exp > today]
    expired = [pid for pid, exp in latest.items() if exp <= today]
    assert current and expired
    assert any(people[pid]["handles_special_category"] for pid in expired)
    assert any(p["status"] == "left" for p in people.values())
    policies = [p for p in snap["policy"] if p["status"] == "approved"]
    assert any(p["next_review_due"] < today for p in policies)
    assert any(p["next_review_due"] > today for p in policies)


def test_the_audit_trail_records_each_demo_record_once(tmp_path):
    reg, _, _ = _make(tmp_path)
    with reg:
        snap = Records(reg).snapshot()
        entries = list(reg.audit.entries())
        verdict = reg.audit.verify()
    assert verdict.ok, verdict.problem
    creates = Counter((e.entity, e.record) for e in entries if e.action == "create" and e.entity != "register")
    expected = {(ent.key, str(r["id"])) for ent in ENTITIES if not ent.singleton for r in snap[ent.key]}
    assert set(creates) == expected and set(creates.values()) == {1}
    assert all(e.actor == "demo" for e in entries if e.entity != "register")
    # The organisation exists from the start, so filling it in is an update, never a create.
    org_entries = [e for e in entries if e.entity == "organisation"]
    assert org_entries and {e.action for e in org_entries} == {"update"}
    assert org_entries[-1].after["responsible_name"] == snap["organisation"][0]["responsible_name"]


def test_the_checks_find_something_of_every_severity(tmp_path):
    checks = pytest.importorskip("atlas_desktop.core.checks")
    reg, _, _ = _make(tmp_path)
    with reg:
        records = Records(reg)
        findings = checks.run_checks(records.snapshot(), records.context(NOW))
    assert {f.severity for f in findings} == set(checks.SEVERITIES)
    codes = {f.code for f in findings}
    # The problems the demo plants on purpose, one per kind of check the GUI explains.
    assert {"breach-notification-due", "request-due", "training-expired", "training-expiring",
            "policy-review-overdue", "processor-dpa-missing", "processor-dpa-clauses-missing",
            "dpia-consultation-answer-due", "activity-dpia-mandatory", "subprocessor-objection-due",
            "activity-transfer-mechanism-missing"} <= codes
    # And the things it does right are not reported: the demo is a good example, not a mess.
    assert not codes & {"breach-notification-overdue", "breach-delay-reason-missing", "breach-subjects-not-told",
                        "dpia-consultation-missing", "organisation-responsible-missing", "request-overdue"}
    assert len(findings) <= 30  # several, not a wall of them


def test_demo_module_exposes_what_the_gui_needs():
    assert demo.DEMO_ORG == demo_data.ORG_NAME
    assert callable(demo.create_demo) and callable(demo.populate)


def test_the_demo_names_its_invented_manager_so_exploring_it_asks_no_name(tmp_path):
    from atlas_desktop.storage import demo_data
    from atlas_desktop.storage.identity import recorded_user

    reg, _, _ = _make(tmp_path)
    with reg:
        assert recorded_user(reg) == (demo_data.MANAGER, "General Manager")
        assert reg.actor == "demo"  # the session's own name still signs the demo's records


# -- the content is data: atlas_desktop/resources/demo/*.json --------------------------------------
def _all_values(now: dt.datetime) -> list[Any]:
    t = demo_data.Clock(now)
    p = {key: i for i, key in enumerate(demo_data.processors(t), 1)}
    a = {key: i for i, key in enumerate(demo_data.activities(t, p), 1)}
    s = {key: i for i, key in enumerate(demo_data.people(), 1)}
    return [demo_data.organisation(), demo_data.processors(t), demo_data.activities(t, p), demo_data.people(),
            demo_data.dpias(t, a), demo_data.trainings(t, s), demo_data.breaches(t, a, s),
            demo_data.rights_requests(t, a), demo_data.consents(t, a), demo_data.policies(t)]


def test_the_json_markers_and_comments_never_reach_a_record():
    def walk(value: Any) -> None:
        if isinstance(value, dict):
            assert not [k for k in value if k == "//" or k.startswith("$")], value
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        else:
            assert not (isinstance(value, str) and value.startswith("$")), value

    walk(_all_values(NOW))
    first = _all_values(NOW)
    first[1]["payroll"]["name"] = "changed"  # callers get copies: the parsed files stay as read
    assert _all_values(NOW)[1]["payroll"]["name"] == "SalarPro Servicii SRL"


def test_the_demo_files_are_found_where_a_frozen_build_puts_resources(tmp_path, monkeypatch):
    import shutil
    import sys

    from atlas_desktop.resources import resource_path

    bundle = tmp_path / "bundle"
    shutil.copytree(resource_path("demo"), bundle / "atlas_desktop" / "resources" / "demo")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    demo_data._document.cache_clear()
    try:
        assert resource_path("demo", "policy.json").is_relative_to(bundle)
        assert demo_data.policies(demo_data.Clock(NOW))
        shutil.rmtree(bundle / "atlas_desktop" / "resources" / "demo")
        demo_data._document.cache_clear()
        with pytest.raises(FileNotFoundError):
            demo_data.policies(demo_data.Clock(NOW))
    finally:
        demo_data._document.cache_clear()
