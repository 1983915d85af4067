"""The record repository on real encrypted registers: validated, link-checked, derived and audited saves,
or nothing written at all; lists, deletes, duplicates, and the data surviving a reopen, encrypted."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from conftest import ORG, PASSPHRASE

from atlas_desktop.core import clocks
from atlas_desktop.core.entities import BY_KEY, ENTITIES
from atlas_desktop.core.errors import (
    InUse,
    InvalidRecord,
    NotFound,
    Problem,
    UsageError,
)
from atlas_desktop.storage.attachments import Attachments
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.register import Register

UTC = dt.UTC
BUCHAREST = ZoneInfo("Europe/Bucharest")
D = dt.date
CANARY = "Canary-Mihaela-Dumitrescu-CNP-2790315400123"
SQLITE_HEADER = b"SQLite format 3\x00"


def at(*parts: int, tz: dt.tzinfo = UTC) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=tz)


@pytest.fixture
def reg(new_register) -> Register:
    return new_register[0]


@pytest.fixture
def records(reg) -> Records:
    return Records(reg)


def audit_count(reg: Register) -> int:
    return reg.db.execute_sql("SELECT count(*) FROM audit_entry").fetchone()[0]


def row_count(reg: Register, table: str) -> int:
    return reg.db.execute_sql(f'SELECT count(*) FROM "{table}"').fetchone()[0]


def last_entry(reg: Register):
    return list(reg.audit.entries())[-1]


def updated_at(reg: Register, table: str, record_id: int) -> str:
    return reg.db.execute_sql(f'SELECT updated_at FROM "{table}" WHERE id = ?', (record_id,)).fetchone()[0]


BREACH = {
    "title": "Laptop stolen from car",
    "aware_at": at(2025, 6, 2, 9, 30, tz=BUCHAREST),
    "description": "A dispatcher's laptop was stolen; the disk was not encrypted.",
    "cause": "lost_stolen",
    "impact": ["confidentiality"],
    "data_categories": ["contact", "Driver rota"],
    "subjects_count": 40,
}


# -- create / get / update ---------------------------------------------------------------------------------
def test_create_then_get_gives_the_record_back(records):
    bid = records.create("breach", BREACH)
    got = records.get("breach", bid)
    assert got["id"] == bid
    for key, value in BREACH.items():
        assert got[key] == value, key
    assert got["aware_at"].tzinfo is UTC  # stored in UTC; the same instant
    assert got["status"] == "open"  # declared default
    # "Undecided" follows the assessment on save (core.derive.notify_decision): no risk gives "no".
    assert got["risk"] == "none" and got["notify_authority"] == "no"
    assert got["timeline"] == [] and got["cyber_incident"] is False and got["occurred_from"] is None
    assert set(got) == {"id"} | {f.key for f in BY_KEY["breach"].fields}


def test_create_is_audited_with_the_json_of_every_stored_field(reg, records):
    before = audit_count(reg)
    bid = records.create("breach", BREACH)
    assert audit_count(reg) == before + 1
    entry = last_entry(reg)
    assert (entry.action, entry.entity, entry.record, entry.actor) == ("create", "breach", str(bid), "tester")
    assert entry.before is None
    assert set(entry.after) == {f.key for f in BY_KEY["breach"].stored_fields}
    assert entry.after["title"] == "Laptop stolen from car"
    assert entry.after["aware_at"] == "2025-06-02T06:30:00+00:00"
    assert entry.after["notification_deadline"] == "2025-06-05T06:30:00+00:00"
    assert entry.after["data_categories"] == ["contact", "Driver rota"]
    assert entry.after["subjects_count"] == 40


def test_create_cleans_what_it_is_given(records):
    pid = records.create("processor", {"name": "  PayCo SRL ", "country": " de ", "service": "   ",
                                       "art28_clauses": ["audits", "audits", "security"]})
    got = records.get("processor", pid)
    assert (got["name"], got["country"], got["service"]) == ("PayCo SRL", "DE", None)
    assert got["art28_clauses"] == ["audits", "security"]


def test_update_changes_only_the_given_fields_and_audits_before_and_after(reg, records):
    bid = records.create("breach", BREACH)
    stamp = updated_at(reg, "breach", bid)
    saved = records.update("breach", bid, {"status": "contained", "containment": "Passwords reset."})
    assert saved["status"] == "contained" and saved["containment"] == "Passwords reset."
    assert saved["title"] == BREACH["title"] and saved["subjects_count"] == 40
    assert records.get("breach", bid) == saved
    entry = last_entry(reg)
    assert (entry.action, entry.entity, entry.record) == ("update", "breach", str(bid))
    assert entry.before == {"status": "open", "containment": None}
    assert entry.after == {"status": "contained", "containment": "Passwords reset."}
    assert updated_at(reg, "breach", bid) > stamp


def test_update_of_an_input_recomputes_and_audits_the_computed_field(reg, records):
    bid = records.create("breach", BREACH)
    saved = records.update("breach", bid, {"aware_at": at(2025, 6, 3, 9, 30, tz=BUCHAREST)})
    assert saved["notification_deadline"] == at(2025, 6, 6, 6, 30)
    entry = last_entry(reg)
    assert entry.before == {"aware_at": "2025-06-02T06:30:00+00:00",
                            "notification_deadline": "2025-06-05T06:30:00+00:00"}
    assert entry.after == {"aware_at": "2025-06-03T06:30:00+00:00",
                           "notification_deadline": "2025-06-06T06:30:00+00:00"}


def test_update_that_changes_nothing_writes_no_audit_entry(reg, records):
    bid = records.create("breach", BREACH)
    count, stamp = audit_count(reg), updated_at(reg, "breach", bid)
    same_instant_elsewhere = BREACH["aware_at"].astimezone(ZoneInfo("America/New_York"))
    saved = records.update("breach", bid, {"title": "  Laptop stolen from car ", "aware_at": same_instant_elsewhere,
                                           "data_categories": ["contact", "contact", "Driver rota"]})
    assert audit_count(reg) == count
    assert updated_at(reg, "breach", bid) == stamp
    assert saved == records.get("breach", bid)
    # Handing back a record as read (computed and reverse fields included) changes nothing either.
    records.update("breach", bid, saved)
    assert audit_count(reg) == count


def test_computed_and_reverse_fields_cannot_be_written(records):
    aid = records.create("activity", {"name": "Payroll", "screening_result": "required", "dpias": [5]})
    got = records.get("activity", aid)
    assert got["screening_result"] == "not_required" and got["dpias"] == []
    pid = records.create("processor", {"name": "PayCo", "activities": [aid]})
    assert records.get("processor", pid)["activities"] == []  # set from the activity's side only


def test_get_of_a_missing_record(records):
    with pytest.raises(NotFound, match=r"^There is no breach #99\.$"):
        records.get("breach", 99)
    with pytest.raises(NotFound, match=r"^There is no rights request #3\.$"):
        records.update("rights_request", 3, {"status": "answered"})
    assert not records.exists("breach", 99)


def test_unknown_register_is_a_usage_error(records):
    with pytest.raises(UsageError, match="There is no register called 'breaches'; use one of: organisation, "):
        records.list("breaches")


# -- nothing written when invalid ------------------------------------------------------------------------------
def test_invalid_record_raises_with_every_problem_and_writes_nothing(reg, records):
    rows, entries = row_count(reg, "breach"), audit_count(reg)
    with pytest.raises(InvalidRecord) as info:
        records.create("breach", {"title": "  ", "subjects_count": -1, "impact": ["secrecy"],
                                  "timeline": [{"event": "Reported"}]})
    problems = info.value.problems
    assert [(p.field, p.row, p.column) for p in problems] == [
        ("title", None, None), ("aware_at", None, None), ("description", None, None), ("impact", None, None),
        ("subjects_count", None, None), ("timeline", 1, "at")]
    assert problems[0] == Problem("title", "Title is required.")
    assert str(info.value).startswith("The breach was not saved. Title is required. Became aware at is required.")
    assert "timeline row 1 at: When is required." in str(info.value)
    assert row_count(reg, "breach") == rows
    assert audit_count(reg) == entries


def test_invalid_update_leaves_the_record_as_it_was(reg, records):
    bid = records.create("breach", BREACH)
    before, entries = records.get("breach", bid), audit_count(reg)
    with pytest.raises(InvalidRecord) as info:
        records.update("breach", bid, {"status": "contained", "notified_at": at(2025, 6, 1, 0, 0),
                                       "discovered_at": at(2025, 6, 2, 0, 0)})
    assert info.value.problems == [Problem("notified_at", "Notified at cannot be before discovered at.")]
    assert records.get("breach", bid) == before
    assert audit_count(reg) == entries


def test_a_mistyped_table_column_is_refused_not_dropped(reg, records):
    with pytest.raises(InvalidRecord) as info:
        records.create("activity", {"name": "Payroll", "purposes": [{"purpse": "Paying salaries"}]})
    assert Problem("purposes", "Purposes has no column 'purpse'.", 1, "purpse") in info.value.problems
    assert row_count(reg, "activity") == 0


def test_unknown_field_is_refused(records):
    with pytest.raises(InvalidRecord) as info:
        records.create("person", {"name": "Ion", "colour": "red"})
    assert info.value.problems == [Problem("colour", "Person has no field 'colour'.")]


def test_future_is_judged_against_the_given_now(records):
    values = {"person": records.create("person", {"name": "Ion"}), "course": "GDPR", "completed_on": D(2025, 3, 1)}
    with pytest.raises(InvalidRecord, match="Completed on is in the future"):
        records.create("training", values, now=at(2025, 2, 28, 12, 0))
    assert records.create("training", values, now=at(2025, 3, 1, 12, 0)) == 1


def test_links_to_missing_records_are_refused(reg, records):
    aid = records.create("activity", {"name": "Payroll"})
    entries = audit_count(reg)
    with pytest.raises(InvalidRecord) as info:
        records.create("breach", {**BREACH, "activities": [aid, 99, 98], "staff": [7]})
    assert info.value.problems == [
        Problem("activities", "Activities affected: there is no processing activity #99."),
        Problem("activities", "Activities affected: there is no processing activity #98."),
        Problem("staff", "Staff involved: there is no person #7."),
    ]
    with pytest.raises(InvalidRecord) as info:
        records.create("training", {"person": 42, "course": "GDPR", "completed_on": D(2025, 3, 1)})
    assert info.value.problems == [Problem("person", "Person: there is no person #42.")]
    assert row_count(reg, "breach") == 0 and row_count(reg, "training") == 0
    assert audit_count(reg) == entries
    assert records.create("breach", {**BREACH, "activities": [aid]}) == 1


def test_numbers_too_large_for_the_database_are_refused_not_crashing(reg, records):
    # SQLite stores at most 2**63 - 1; a larger count or id used to escape as a raw OverflowError.
    with pytest.raises(InvalidRecord) as info:
        records.create("breach", {**BREACH, "subjects_count": 10 ** 20, "activities": [2 ** 64]})
    assert info.value.problems == [
        Problem("subjects_count", "People affected (approx.) is too large a number."),
        Problem("activities", "Activities affected must be a list of records."),
    ]
    with pytest.raises(InvalidRecord, match="Person must point to a record"):
        records.create("training", {"person": 2 ** 63, "course": "GDPR", "completed_on": D(2025, 3, 1)})
    assert row_count(reg, "breach") == 0
    bid = records.create("breach", {**BREACH, "records_count": 2 ** 63 - 1})
    assert records.get("breach", bid)["records_count"] == 2 ** 63 - 1


def test_prepare_reports_without_writing(reg, records):
    entries = audit_count(reg)
    record, problems = records.prepare("breach", {"title": "Mispostal", "aware_at": at(2025, 6, 2, 9, 0)})
    assert problems == [Problem("description", "What happened is required.")]
    assert record["notification_deadline"] == at(2025, 6, 5, 9, 0)  # derived even so, for the form
    assert audit_count(reg) == entries and row_count(reg, "breach") == 0


# -- reverse links --------------------------------------------------------------------------------------------
def test_reverse_links_are_filled_from_the_other_side(records):
    p1 = records.create("processor", {"name": "PayCo"})
    p2 = records.create("processor", {"name": "HostCo"})
    a1 = records.create("activity", {"name": "Payroll", "processors": [p1, p2]})
    a2 = records.create("activity", {"name": "Newsletter", "processors": [p2]})
    d1 = records.create("dpia", {"title": "Payroll DPIA", "activity": a1})
    d2 = records.create("dpia", {"title": "Payroll DPIA 2", "activity": a1})
    ion = records.create("person", {"name": "Ion"})
    ana = records.create("person", {"name": "Ana"})
    t1 = records.create("training", {"person": ion, "course": "GDPR", "completed_on": D(2025, 1, 10)})
    t2 = records.create("training", {"person": ion, "course": "Phishing", "completed_on": D(2025, 2, 10)})
    assert records.get("activity", a1)["dpias"] == [d1, d2]
    assert records.get("activity", a2)["dpias"] == []
    assert records.get("processor", p1)["activities"] == [a1]
    assert records.get("processor", p2)["activities"] == [a1, a2]
    assert records.get("person", ion)["trainings"] == [t1, t2]
    assert records.get("person", ana)["trainings"] == []
    listed = {p["name"]: p["activities"] for p in records.list("processor")}
    assert listed == {"PayCo": [a1], "HostCo": [a1, a2]}
    records.update("activity", a1, {"processors": [p2]})
    assert records.get("processor", p1)["activities"] == []
    assert records.list("processor", reverse_links=False)[0].get("activities") is None


# -- computed fields --------------------------------------------------------------------------------------------
def test_breach_deadline_is_72_real_hours_across_dst(records):
    # Aware Friday 28 March 2025 10:00 EET; clocks go forward on Sunday 30 March.
    bid = records.create("breach", {**BREACH, "aware_at": at(2025, 3, 28, 10, 0, tz=BUCHAREST)})
    deadline = records.get("breach", bid)["notification_deadline"]
    assert deadline == at(2025, 3, 31, 8, 0)
    assert deadline.astimezone(BUCHAREST).hour == 11  # 11:00 EEST, not 10:00


def test_rights_request_due_date_uses_the_organisations_holidays(records):
    values = {"requester": "Ana Pop", "right": "access", "received_on": D(2025, 10, 31)}
    plain = records.create("rights_request", values)
    assert records.get("rights_request", plain)["due_on"] == D(2025, 12, 1)  # 30 Nov 2025 is a Sunday
    records.save_organisation({"holiday_country": "RO", "time_zone": "Europe/Bucharest"})
    ro = records.create("rights_request", values)
    # Sunday 30 Nov (St Andrew) and Monday 1 Dec (National Day) are Romanian public holidays.
    assert records.get("rights_request", ro)["due_on"] == D(2025, 12, 2)
    extended = records.update("rights_request", ro, {"extended": True, "extension_notified_on": D(2025, 11, 20),
                                                     "extension_reason": "Ten years of emails."})
    assert extended["due_on"] == clocks.rights_request_due(D(2025, 10, 31), clocks.public_holidays("RO"), True)
    assert extended["due_on"] == D(2026, 2, 2)  # 31 Jan 2026 is a Saturday


def test_training_expiry_is_stored(records):
    ion = records.create("person", {"name": "Ion"})
    tid = records.create("training", {"person": ion, "course": "GDPR", "completed_on": D(2024, 1, 31),
                                      "valid_months": 13})
    assert records.get("training", tid)["expires_on"] == D(2025, 2, 28)
    assert records.update("training", tid, {"valid_months": 12})["expires_on"] == D(2025, 1, 31)


def test_dpia_levels_and_residual_risk_are_stored(records):
    aid = records.create("activity", {"name": "Driver tracking"})
    risks = [
        {"source": "Location leak", "likelihood": 4, "severity": 3, "residual_likelihood": 1, "residual_severity": 2},
        {"source": "Function creep", "likelihood": 2, "severity": 3},
    ]
    did = records.create("dpia", {"title": "Tracking DPIA", "activity": aid, "risks": risks,
                                  "signed_off_on": D(2025, 5, 10), "signed_off_by": "Maria Popescu"})
    got = records.get("dpia", did)
    assert [(r["level"], r["residual_level"]) for r in got["risks"]] == [("high", "low"), ("medium", None)]
    assert got["residual_risk"] == "medium"  # the unmitigated risk counts at its initial level
    assert got["next_review"] == D(2026, 5, 10)
    assert got["screening_result"] == "not_required"
    updated = records.update("dpia", did, {"risks": [{**risks[0], "residual_likelihood": 4, "residual_severity": 4}]})
    assert updated["residual_risk"] == "high"


def test_activity_screening_and_review_are_stored(records):
    aid = records.create("activity", {"name": "CCTV", "wp248_criteria": ["systematic_monitoring", "large_scale"],
                                      "last_reviewed": D(2025, 1, 31), "review_every_months": 1})
    got = records.get("activity", aid)
    assert got["screening_result"] == "required"
    assert got["next_review_due"] == D(2025, 2, 28)


# -- lists -------------------------------------------------------------------------------------------------------
@pytest.fixture
def staff(records) -> dict[str, int]:
    names = [("Ion_Pop", "current"), ("Ion Pop", "current"), ("100% sure", "left"), ("Ionxpop", "left"),
             ("Ana Marin", "current"), ("Bogdan", "current")]
    return {name: records.create("person", {"name": name, "status": status}) for name, status in names}


def names(records: list[dict]) -> list[str]:
    return [r["name"] for r in records]


def test_list_filters_by_status(records, staff):
    assert names(records.list("person", status="left")) == ["100% sure", "Ionxpop"]
    assert records.count("person", status="current") == 4
    assert records.count("person") == 6


def test_list_text_filter_takes_percent_and_underscore_literally(records, staff):
    assert names(records.list("person", text="%")) == ["100% sure"]
    assert names(records.list("person", text="_")) == ["Ion_Pop"]
    assert names(records.list("person", text="n_P")) == ["Ion_Pop"]
    assert names(records.list("person", text="0% s")) == ["100% sure"]
    assert records.count("person", text="%") == 1
    assert names(records.list("person", text="ion")) == ["Ion_Pop", "Ion Pop", "Ionxpop"]  # any case
    assert names(records.list("person", text="pop", status="current")) == ["Ion_Pop", "Ion Pop"]
    assert records.list("person", text="\\") == []


def test_list_text_filter_searches_notes_and_tags(records):
    records.create("activity", {"name": "Payroll", "systems": ["Saga payroll app"], "description": "Monthly pay."})
    records.create("activity", {"name": "CCTV", "locations": ["Depot Cluj"]})
    assert names(records.list("activity", text="saga")) == ["Payroll"]
    assert names(records.list("activity", text="monthly")) == ["Payroll"]
    assert names(records.list("activity", text="cluj")) == ["CCTV"]


def test_list_order_limit_and_offset(records, staff):
    assert names(records.list("person", order_by="name")) == [
        "100% sure", "Ana Marin", "Bogdan", "Ion Pop", "Ion_Pop", "Ionxpop"]
    assert names(records.list("person", order_by="name", descending=True))[:2] == ["Ionxpop", "Ion_Pop"]
    assert names(records.list("person", order_by="name", limit=2, offset=1)) == ["Ana Marin", "Bogdan"]
    assert names(records.list("person", limit=2)) == ["Ion_Pop", "Ion Pop"]
    assert names(records.list("person", offset=4)) == ["Ana Marin", "Bogdan"]
    assert names(records.list("person", order_by="no_such_field")) == names(records.list("person"))
    assert [p["id"] for p in records.list("person")] == sorted(staff.values())


def test_titles_and_snapshot(records, staff):
    assert records.titles("person")[staff["Bogdan"]] == "Bogdan"
    snap = records.snapshot()
    assert set(snap) == {e.key for e in ENTITIES}
    assert len(snap["person"]) == 6 and [o["name"] for o in snap["organisation"]] == [ORG]


# -- delete -------------------------------------------------------------------------------------------------------
def test_delete_is_refused_while_linked_and_names_the_linking_record(reg, records):
    ion = records.create("person", {"name": "Ion Pop"})
    tid = records.create("training", {"person": ion, "course": "GDPR basics", "completed_on": D(2025, 1, 10)})
    bid = records.create("breach", {**BREACH, "staff": [ion]})
    entries = audit_count(reg)
    with pytest.raises(InUse) as info:
        records.delete("person", ion)
    assert str(info.value) == ('Person "Ion Pop" is linked from breach "Laptop stolen from car", training '
                               '"GDPR basics". Remove those links first, or change its status instead (it stays '
                               'in the history).')
    assert records.linked_from("person", ion) == [("breach", bid, "Laptop stolen from car"),
                                                  ("training", tid, "GDPR basics")]
    assert records.exists("person", ion) and audit_count(reg) == entries
    records.update("breach", bid, {"staff": []})
    records.delete("training", tid)
    assert records.linked_from("person", ion) == []
    records.delete("person", ion)
    assert not records.exists("person", ion)


def test_delete_of_a_record_linked_through_a_links_field(records):
    aid = records.create("activity", {"name": "Payroll"})
    records.create("rights_request", {"requester": "Ana", "right": "access", "received_on": D(2025, 5, 1),
                                      "activities": [aid]})
    with pytest.raises(InUse, match=r'^Processing activity "Payroll" is linked from rights request "Ana"\.'):
        records.delete("activity", aid)


def test_delete_is_audited_and_removes_the_attachments(reg, records):
    pid = records.create("processor", {"name": "PayCo", "dpa_reference": "DPA-2025-04"})
    files = Attachments(reg)
    first = files.add("processor", pid, b"%PDF-1.7 signed DPA", "dpa.pdf")
    second = files.add("processor", pid, b"ISO 27001 certificate", "iso.pdf")
    other = records.create("processor", {"name": "HostCo"})
    kept = files.add("processor", other, b"hosting DPA", "dpa.pdf")
    records.delete("processor", pid)
    assert not records.exists("processor", pid)
    assert files.list("processor", pid) == []
    assert [a.id for a in files.list("processor", other)] == [kept]
    with pytest.raises(NotFound):
        files.read(first)
    entries = list(reg.audit.entries())[-3:]
    assert [(e.action, e.entity, e.record) for e in entries] == [
        ("delete", "attachment", str(first)), ("delete", "attachment", str(second)),
        ("delete", "processor", str(pid))]
    assert entries[2].after is None
    assert entries[2].before["name"] == "PayCo" and entries[2].before["dpa_reference"] == "DPA-2025-04"
    with pytest.raises(NotFound):
        records.delete("processor", pid)


def test_organisation_is_a_singleton(reg, records):
    entries = audit_count(reg)
    with pytest.raises(UsageError, match=r"^There is only one organisation; edit it instead\.$"):
        records.create("organisation", {"name": "Second Org"})
    with pytest.raises(UsageError, match=r"^The organisation cannot be deleted\.$"):
        records.delete("organisation", 1)
    with pytest.raises(UsageError):
        records.duplicate("organisation", 1)
    assert row_count(reg, "organisation") == 1 and audit_count(reg) == entries


def test_organisation_name_change_is_mirrored_to_meta(reg, records):
    assert records.organisation()["name"] == ORG == reg.meta("org_name")
    saved = records.save_organisation({"name": "Acme Logistics Group SRL", "dpo_name": "Elena Marin"})
    assert saved["name"] == "Acme Logistics Group SRL"
    assert reg.meta("org_name") == "Acme Logistics Group SRL"
    entries = list(reg.audit.entries())[-2:]
    assert [(e.action, e.entity) for e in entries] == [("update", "organisation"), ("update", "register")]
    with pytest.raises(InvalidRecord, match="Organisation name is required"):
        records.save_organisation({"name": "  "})
    assert reg.meta("org_name") == "Acme Logistics Group SRL"


def test_organisation_settings_are_validated(records):
    with pytest.raises(InvalidRecord) as info:
        records.save_organisation({"time_zone": "Europe/Atlantis"})
    assert info.value.problems == [
        Problem("time_zone", "Time zone 'Europe/Atlantis' is not a time zone (e.g. Europe/Bucharest).")]
    assert records.organisation()["time_zone"] != "Europe/Atlantis"


# -- duplicate --------------------------------------------------------------------------------------------------
def test_duplicate_copies_the_editable_fields_as_a_new_record(reg, records):
    aid = records.create("activity", {"name": "Payroll"})
    bid = records.create("breach", {**BREACH, "activities": [aid], "timeline": [
        {"at": at(2025, 6, 2, 7, 0), "event": "Reported by the driver"}]})
    Attachments(reg).add("breach", bid, b"police report", "police.pdf")
    copy = records.duplicate("breach", bid)
    assert copy != bid
    original, duplicate = records.get("breach", bid), records.get("breach", copy)
    assert duplicate["title"] == "Laptop stolen from car (copy)"
    assert {k: v for k, v in duplicate.items() if k not in ("id", "title")} == \
        {k: v for k, v in original.items() if k not in ("id", "title")}
    assert Attachments(reg).list("breach", copy) == []
    entry = last_entry(reg)
    assert (entry.action, entry.entity, entry.record) == ("create", "breach", str(copy))


def test_duplicate_of_a_linked_record_has_no_reverse_links(records):
    aid = records.create("activity", {"name": "Payroll"})
    records.create("dpia", {"title": "Payroll DPIA", "activity": aid})
    copy = records.duplicate("activity", aid)
    assert records.get("activity", copy)["dpias"] == []
    assert records.get("activity", copy)["name"] == "Payroll (copy)"


# -- on disk ------------------------------------------------------------------------------------------------------
def test_data_survives_close_and_reopen_with_the_passphrase(reg, records, register_path):
    records.save_organisation({"time_zone": "Europe/Bucharest", "holiday_country": "RO"})
    aid = records.create("activity", {"name": "Payroll", "purposes": [{"purpose": "Pay", "bases": ["contract"]}]})
    bid = records.create("breach", {**BREACH, "activities": [aid]})
    expected = {"activity": records.get("activity", aid), "breach": records.get("breach", bid),
                "organisation": records.organisation()}
    reg.close()
    with Register.open(register_path, passphrase=PASSPHRASE, actor="tester") as again:
        back = Records(again)
        assert back.get("activity", aid) == expected["activity"]
        assert back.get("breach", bid) == expected["breach"]
        assert back.organisation() == expected["organisation"]
        assert back.context().time_zone == "Europe/Bucharest"
        assert again.audit.verify().ok


def test_audit_chain_verifies_after_every_kind_of_change(reg, records):
    ion = records.create("person", {"name": "Ion"})
    tid = records.create("training", {"person": ion, "course": "GDPR", "completed_on": D(2025, 1, 10)})
    records.update("training", tid, {"valid_months": 24})
    records.duplicate("training", tid)
    att = Attachments(reg).add("training", tid, b"certificate", "cert.pdf")
    Attachments(reg).remove(att)
    records.delete("training", tid)
    records.save_organisation({"name": "Acme Group"})
    with pytest.raises(InvalidRecord):
        records.create("person", {"name": ""})
    verdict = reg.audit.verify()
    assert verdict.ok, verdict.problem
    actions = [(e.action, e.entity) for e in reg.audit.entries()][-9:]
    assert actions == [("create", "person"), ("create", "training"), ("update", "training"),
                       ("create", "training"), ("create", "attachment"), ("delete", "attachment"),
                       ("delete", "training"), ("update", "organisation"), ("update", "register")]


def test_saved_values_are_encrypted_at_rest(reg, records, register_path):
    records.create("breach", {**BREACH, "description": f"Stolen laptop held {CANARY}'s payslips.",
                              "data_categories": [CANARY + "-tag"]})
    records.create("person", {"name": CANARY})
    reg.close()
    raw = register_path.read_bytes()
    assert not raw.startswith(SQLITE_HEADER)
    for needle in (CANARY.encode("utf-8"), CANARY.encode("utf-16-le"), CANARY.encode("utf-16-be"),
                   b"Stolen laptop"):
        assert needle not in raw
    for side in register_path.parent.glob(register_path.name + "*"):
        assert CANARY.encode() not in side.read_bytes(), side.name
    with Register.open(register_path, passphrase=PASSPHRASE) as again:
        assert Records(again).list("person", text=CANARY)[0]["name"] == CANARY
