"""Activities added from templates on a real encrypted register: saved as the editor saves (validated, audited,
screened), all of the chosen ones or none."""

from __future__ import annotations

import pytest
from conftest import PASSPHRASE

from atlas_desktop.core import activity_templates
from atlas_desktop.core.activity_templates import TEMPLATES, Template
from atlas_desktop.core.errors import InvalidRecord, UsageError
from atlas_desktop.storage.from_template import add_from_templates
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.register import Register


def filled(value):
    """A table's rows without their empty columns (a saved row lists every column)."""
    if isinstance(value, list) and value and isinstance(value[0], dict):
        return [{k: v for k, v in row.items() if v is not None} for row in value]
    return value


@pytest.fixture
def records(new_register) -> Records:
    reg, _ = new_register
    return Records(reg)


def test_every_template_saves_into_a_real_register_with_one_audit_entry_each(records, register_path):
    before = records.reg.audit.count()
    ids = add_from_templates(records, [t.key for t in TEMPLATES])
    assert len(ids) == len(TEMPLATES) and records.reg.audit.count() == before + len(TEMPLATES)
    entries = list(records.reg.audit.entries(entity="activity"))
    assert [(e.action, e.record, e.after["name"]) for e in entries] == [
        ("create", str(i), t.name) for i, t in zip(ids, TEMPLATES, strict=True)]
    records.reg.close()
    # Read back after reopening the file: what was saved is what the template holds.
    with Register.open(register_path, passphrase=PASSPHRASE) as reg:
        again = Records(reg)
        for record_id, t in zip(ids, TEMPLATES, strict=True):
            saved = again.get("activity", record_id)
            for key, value in t.record().items():
                assert filled(saved[key]) == filled(value), (t.key, key)
            assert saved["screening_result"]  # worked out on save, as for any activity


def test_each_template_is_added_once_in_the_order_given(records):
    ids = add_from_templates(records, ["cctv", "payroll", "cctv"])
    assert [records.get("activity", i)["name"] for i in ids] == ["CCTV", "Payroll"]


def test_nothing_is_saved_when_one_of_the_chosen_cannot_be(records, monkeypatch):
    broken = Template("broken", "Broken", "", {"description": "x", "purposes": [{"purpose": "x",
                                                                                   "bases": ["whim"]}]})
    monkeypatch.setitem(activity_templates.BY_KEY, "broken", broken)
    before = records.reg.audit.count()
    with pytest.raises(InvalidRecord, match="'whim' is not one of the choices"):
        add_from_templates(records, ["payroll", "broken"])
    assert records.count("activity") == 0 and records.reg.audit.count() == before  # payroll too was undone


def test_an_unknown_or_empty_choice_writes_nothing(records):
    before = records.reg.audit.count()
    with pytest.raises(UsageError, match="no activity template called 'pension'"):
        add_from_templates(records, ["payroll", "pension"])
    with pytest.raises(UsageError, match="Choose at least one template"):
        add_from_templates(records, [])
    assert records.count("activity") == 0 and records.reg.audit.count() == before
