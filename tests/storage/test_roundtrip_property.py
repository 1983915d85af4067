"""Property: any record generated from the declarations that validation accepts saves and loads back
unchanged, and the audit trail's last entry records exactly what was saved.

Values are generated per field kind from ``core.entities`` (so a new field is covered without editing
this file), then nudged to satisfy the cross-field rules (dates in order, a reason where one is
required) so that almost every example is a valid record; the rare rest is ``assume``d away.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, assume, given, note, settings
from hypothesis import strategies as st

from atlas_desktop.core import clocks, codec
from atlas_desktop.core.breach_assessment import assess
from atlas_desktop.core.countries import all_countries
from atlas_desktop.core.derive import notify_decision
from atlas_desktop.core.entities import BY_KEY, ENTITIES
from atlas_desktop.core.spec import Entity, Field, Kind
from atlas_desktop.storage.records import ORGANISATION_ID, Records

UTC = dt.UTC
ZONES = [UTC, ZoneInfo("Europe/Bucharest"), ZoneInfo("Europe/London"), ZoneInfo("America/New_York"),
         ZoneInfo("Asia/Kathmandu"), ZoneInfo("Australia/Lord_Howe")]
TIME_ZONES = ["UTC", "Europe/Bucharest", "Europe/Berlin", "America/Sao_Paulo", "Asia/Tokyo", "Pacific/Chatham"]
COUNTRIES = [code for code, _ in all_countries()]
HOLIDAY_REGIONS = clocks.supported_holiday_countries()
# Everything lies in the past, so "in the future" never rejects an example.
FIRST, LAST = dt.date(1995, 1, 1), dt.date(2025, 12, 31)
FIRST_TIME, LAST_TIME = dt.datetime(1995, 1, 1), dt.datetime(2025, 12, 31, 23, 59, 59)

ONE_LINE = st.characters(blacklist_categories=("Cc", "Cs"))
MULTI_LINE = st.characters(blacklist_categories=("Cc", "Cs"), whitelist_characters="\n\t")


def _text(alphabet: st.SearchStrategy[str], max_size: int) -> st.SearchStrategy[str]:
    # Already tidy (what a save keeps): no surrounding blanks, never empty.
    return st.text(alphabet, min_size=1, max_size=max_size).map(str.strip).filter(bool)


LINE = _text(ONE_LINE, 40)
NOTE = _text(MULTI_LINE, 200)
TAG = LINE.map(lambda s: " ".join(s.split()))
DATES = st.dates(FIRST, LAST)
TIMES = st.datetimes(FIRST_TIME, LAST_TIME, timezones=st.sampled_from(ZONES))


def strategy(f: Field, ids: dict[str, list[int]]) -> st.SearchStrategy[Any]:
    """Values of one field (or table column), as a caller would hand them to a save."""
    kind = f.kind
    if kind is Kind.TABLE:
        columns = {c.key: strategy(c, ids) for c in f.fields if c.editable}
        first = next(c.key for c in f.fields if c.required)
        return st.lists(st.fixed_dictionaries(columns), max_size=3,
                        unique_by=lambda row: repr(row[first]))  # e.g. a WP248 criterion once
    if kind is Kind.CHOICES:
        return st.lists(st.sampled_from(f.vocab.codes), unique=True, max_size=4)
    if kind is Kind.TAGS:
        entries = st.one_of(st.sampled_from(f.vocab.codes), TAG) if f.vocab else TAG
        return st.lists(entries, unique=True, max_size=4)
    if kind is Kind.LINKS:
        return st.lists(st.sampled_from(ids[f.target]), unique=True, max_size=3)
    if kind is Kind.BOOL:
        return st.booleans()
    single = _single(f, ids)
    return single if f.required else st.one_of(st.none(), single)


SCALARS: dict[Kind, st.SearchStrategy[Any]] = {
    Kind.TEXT: LINE,
    Kind.NOTE: NOTE,
    Kind.DATE: DATES,
    Kind.DATETIME: TIMES,
    Kind.COUNTRY: st.sampled_from(COUNTRIES),
    Kind.TIMEZONE: st.sampled_from(TIME_ZONES),
}


def _single(f: Field, ids: dict[str, list[int]]) -> st.SearchStrategy[Any]:
    if f.kind in SCALARS:
        return SCALARS[f.kind]
    if f.kind is Kind.INT:
        low = f.minimum if f.minimum is not None else -(2 ** 63)
        return st.integers(low, f.maximum if f.maximum is not None else 2 ** 63 - 1)
    if f.kind is Kind.CHOICE:
        codes = st.sampled_from(f.vocab.codes)
        return st.one_of(codes, LINE) if f.vocab.open else codes
    if f.kind is Kind.LINK:
        return st.sampled_from(ids[f.target])
    raise AssertionError(f"no strategy for {f.kind}")


@st.composite
def records_of(draw, ent: Entity, ids: dict[str, list[int]], holidays) -> dict[str, Any]:
    values = {f.key: draw(strategy(f, ids)) for f in ent.editable_fields}
    if ent.key == "organisation":
        regions = HOLIDAY_REGIONS.get(values["holiday_country"] or "", [])
        values["holiday_region"] = draw(st.one_of(st.none(), st.sampled_from(regions))) if regions else None
    FIXES.get(ent.key, lambda v, h: None)(values, holidays)
    return values


# -- nudging generated values into the cross-field rules ------------------------------------------------------
def _swap(values: dict, earlier: str, later: str) -> None:
    a, b = values.get(earlier), values.get(later)
    if a is not None and b is not None and b < a:
        values[earlier], values[later] = b, a


def _fix_organisation(v: dict, holidays) -> None:
    if v["has_dpo"] and not v["dpo_name"]:
        v["dpo_name"] = "Elena Marin"


def _fix_activity(v: dict, holidays) -> None:
    if v["role"] == "joint_controller" and not v["joint_controllers"]:
        v["joint_controllers"] = "Acme Transport SRL"
    if v["role"] == "processor" and not v["controllers_served"]:
        v["controllers_served"] = [{"name": "Client SRL", "contact": None, "processing": None}]


def _fix_processor(v: dict, holidays) -> None:
    for row in v["subprocessor_changes"]:
        _swap(row, "notice_received", "objection_deadline")


def _fix_dpia(v: dict, holidays) -> None:
    for row in v["risks"]:
        if (row["residual_likelihood"] is None) != (row["residual_severity"] is None):
            row["residual_likelihood"] = row["residual_severity"] = None
    if v["signed_off_on"] and not v["signed_off_by"]:
        v["signed_off_by"] = "Maria Popescu"
    if v["consultation_answer_on"] and not v["consultation_sent_on"]:
        v["consultation_sent_on"] = v["consultation_answer_on"]
    _swap(v, "consultation_sent_on", "consultation_answer_on")


BREACH_ORDER = ("occurred_from", "occurred_to", "discovered_at", "aware_at", "notified_at")


def _fix_breach(v: dict, holidays) -> None:
    present = [k for k in BREACH_ORDER if v[k] is not None]
    for key, moment in zip(present, sorted((v[k] for k in present), key=instant), strict=True):
        v[key] = moment
    if v["risk_override"] and not v["override_reason"]:
        v["override_reason"] = "The facts overstate it: the file was found unopened."
    if v["our_role"] == "processor" and not v["controller_name"]:
        v["controller_name"] = "Client SRL"
    if v["discovered_at"] and v["controller_told_at"] and instant(v["controller_told_at"]) < instant(
            v["discovered_at"]):
        v["controller_told_at"] = v["discovered_at"]
    risk = v["risk_override"] or assess(v).outcome
    if risk in ("risk", "high") and v["notify_authority"] == "no" and v["our_role"] != "processor":
        v["notify_authority"] = "yes"
    deadline = clocks.breach_notification_deadline(v["aware_at"])
    if v["notified_at"] and instant(v["notified_at"]) > instant(deadline) and not v["delay_reason"]:
        v["delay_reason"] = "The forensic report came on day four."


def _fix_rights_request(v: dict, holidays) -> None:
    dated = [v[k] for k in ("received_on", "identity_verified_on", "extension_notified_on", "response_sent_on")
             if v[k] is not None]
    v["received_on"] = min(dated)
    if v["extended"]:
        last = clocks.extension_notice_deadline(v["received_on"], holidays)
        told = v["extension_notified_on"] or v["received_on"]
        v["extension_notified_on"] = told if told <= last else v["received_on"]
        v["extension_reason"] = v["extension_reason"] or "Twelve years of emails to search."
    if v["status"] in ("answered", "refused") and not v["response_sent_on"]:
        v["response_sent_on"] = v["received_on"]
    if (str(v["outcome"] or "").startswith("refused") or v["status"] == "refused") and not v["refusal_reason"]:
        v["refusal_reason"] = "Manifestly unfounded; you may complain to the authority."


def _fix_consent(v: dict, holidays) -> None:
    _swap(v, "given_at", "withdrawn_at")


def _fix_policy(v: dict, holidays) -> None:
    if v["status"] == "approved" and not v["approved_on"]:
        v["approved_on"] = v["last_reviewed_on"] or FIRST
    _swap(v, "approved_on", "last_reviewed_on")


FIXES = {"organisation": _fix_organisation, "activity": _fix_activity, "processor": _fix_processor,
         "dpia": _fix_dpia, "breach": _fix_breach, "rights_request": _fix_rights_request,
         "consent": _fix_consent, "policy": _fix_policy}


# -- comparing --------------------------------------------------------------------------------------------------
def instant(value: Any) -> Any:
    # Python never finds a time in a repeated (DST fold) hour equal to one in another zone
    # (PEP 495), so times are compared as UTC instants.
    return value.astimezone(UTC) if isinstance(value, dt.datetime) else value


def editable_view(ent: Entity, record: dict) -> dict:
    """The editable fields, and of tables only the editable columns (computed ones are filled on save)."""
    view = {}
    for f in ent.editable_fields:
        value = record[f.key]
        if f.kind is Kind.TABLE:
            value = [{c.key: instant(row[c.key]) for c in f.fields if c.editable} for row in value]
        view[f.key] = instant(value)
    return view


def as_json(ent: Entity, record: dict) -> dict:
    return {f.key: codec.to_json(f, record[f.key]) for f in ent.stored_fields}


# -- the register: one per test function, with records to link to -------------------------------------------
@pytest.fixture
def seeded(new_register):
    reg, _ = new_register
    records = Records(reg)
    ids = {
        "processor": [records.create("processor", {"name": n}) for n in ("PayCo", "HostCo")],
        "activity": [records.create("activity", {"name": n}) for n in ("Payroll", "Newsletter", "CCTV")],
        "person": [records.create("person", {"name": n}) for n in ("Ion Pop", "Ana Marin")],
    }
    return reg, records, ids


def test_every_entity_is_covered():
    # Every kind used by a declaration has a strategy (including table columns).
    ids = {e.key: [1] for e in ENTITIES}
    for ent in ENTITIES:
        for f in ent.editable_fields:
            assert strategy(f, ids) is not None


@pytest.mark.parametrize("entity", [e.key for e in ENTITIES])
@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_any_valid_record_saves_loads_back_unchanged_and_is_audited(seeded, entity, data):
    reg, records, ids = seeded
    ent = BY_KEY[entity]
    values = data.draw(records_of(ent, ids, records.context().holidays), label="values")
    record_id = ORGANISATION_ID if ent.singleton else None
    _, problems = records.prepare(entity, values, record_id)
    note(f"problems: {problems}")
    assume(problems == [])

    if ent.singleton:
        before = records.get(entity, ORGANISATION_ID)
        count = len(list(reg.audit.entries()))
        loaded = records.update(entity, ORGANISATION_ID, values)
    else:
        record_id = records.create(entity, values)
        loaded = records.get(entity, record_id)

    expected = dict(values)
    if entity == "breach":  # "undecided" follows the assessment on save (Art. 33(1), core.derive)
        expected["notify_authority"] = notify_decision(values.get("notify_authority"), loaded["risk"],
                                                       values.get("our_role"))
    assert editable_view(ent, loaded) == editable_view(ent, expected)
    for f in ent.stored_fields:
        if f.kind is Kind.DATETIME and loaded[f.key] is not None:
            assert loaded[f.key].tzinfo is UTC

    entries = list(reg.audit.entries())
    if ent.singleton:
        changed = sorted(k for k, v in as_json(ent, loaded).items() if v != as_json(ent, before)[k])
        mine = [e for e in entries[count:] if e.entity == entity]
        if changed:
            assert [(e.action, e.record) for e in mine] == [("update", str(ORGANISATION_ID))]
            assert mine[0].after == {k: as_json(ent, loaded)[k] for k in changed}
            assert mine[0].before == {k: as_json(ent, before)[k] for k in changed}
        else:
            assert mine == []
        assert reg.meta("org_name") == loaded["name"]
    else:
        last = entries[-1]
        assert (last.action, last.entity, last.record, last.before) == ("create", entity, str(record_id), None)
        assert last.after == as_json(ent, loaded)
    assert reg.audit.verify().ok
