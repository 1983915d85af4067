"""The audit trail's lean reads for a listing, on a real register: summaries without values, one whole
entry by number, and each entry's changed fields without holding the values; all agree with ``entries``."""

from __future__ import annotations

import json

import pytest

from atlas_desktop.storage import audit as audit_module
from atlas_desktop.storage.audit import Entry, Summary
from atlas_desktop.storage.register import Register


@pytest.fixture
def reg(new_register) -> Register:
    register, _ = new_register
    for i in range(5):
        register.set_meta(f"field{i}", f"value {i}")
    with register.transaction():
        register.audit.append("alice", "update", "person", "7", {"name": "Ana", "age": 30},
                              {"name": "Ana Pop", "age": 30})
        register.audit.append("bob", "create", "person", "8", None, {"name": "Ion"})
        register.audit.append("bob", "delete", "person", "8", {"name": "Ion"}, None)
        register.audit.append("alice", "update", "person", "7", {"tags": [1, 2]}, {"tags": [2, 1], "note": None})
    return register


class CountingJson:
    """Stands in for the audit module's ``json``: counts the values it parses."""

    def __init__(self) -> None:
        self.parsed = 0

    def loads(self, text: str):
        self.parsed += 1
        return json.loads(text)


def test_summaries_are_the_entries_without_their_values(reg: Register) -> None:
    entries = list(reg.audit.entries())
    summaries = reg.audit.summaries()
    assert [tuple(s) for s in summaries] == [(e.seq, e.at, e.actor, e.action, e.entity, e.record) for e in entries]
    assert all(type(s) is Summary for s in summaries) and not hasattr(summaries[0], "before")
    assert reg.audit.count() == len(entries) == reg.audit.head().count


def test_summaries_read_no_values(reg: Register, monkeypatch) -> None:
    counter = CountingJson()
    monkeypatch.setattr(audit_module, "json", counter)
    reg.audit.summaries()
    reg.audit.summaries(newest=3)
    assert counter.parsed == 0


def test_the_newest_summaries_come_oldest_first(reg: Register) -> None:
    everything = reg.audit.summaries()
    assert reg.audit.summaries(newest=3) == everything[-3:]
    assert reg.audit.summaries(newest=10_000) == everything
    assert reg.audit.summaries(newest=0) == []


def test_summaries_share_the_repeated_words(reg: Register) -> None:
    summaries = reg.audit.summaries()
    alice = [s.actor for s in summaries if s.actor == "alice"]
    updates = [s.action for s in summaries if s.action == "update"]
    assert len(alice) == 2 and alice[0] is alice[1]
    assert len(updates) >= 2 and all(u is updates[0] for u in updates)


def test_one_entry_whole_by_its_number(reg: Register) -> None:
    last = list(reg.audit.entries())[-1]
    got = reg.audit.entry(last.seq)
    assert isinstance(got, Entry) and got == last
    assert got.before == {"tags": [1, 2]} and got.after == {"tags": [2, 1], "note": None}
    assert reg.audit.entry(last.seq + 1) is None


def test_changed_fields_agree_with_the_entries(reg: Register) -> None:
    entries = list(reg.audit.entries())
    got = list(reg.audit.changed_fields(e.seq for e in reversed(entries)))
    assert got == [(e.seq, e.changed_fields()) for e in entries]  # in seq order, whatever order asked
    assert dict(got)[entries[-1].seq] == ["tags"]  # None and missing are the same; order matters
    assert dict(got)[entries[-4].seq] == ["name"]


def test_changed_fields_of_only_the_entries_asked_for(reg: Register, monkeypatch) -> None:
    seq = list(reg.audit.entries())[-1].seq
    counter = CountingJson()
    monkeypatch.setattr(audit_module, "json", counter)
    assert list(reg.audit.changed_fields([seq, seq, 99_999])) == [(seq, ["tags"])]  # an unknown seq is skipped
    assert counter.parsed == 2  # this entry's before and after, once
    assert list(reg.audit.changed_fields([])) == []


def test_changed_fields_of_many_entries_in_chunks(reg: Register) -> None:
    with reg.transaction():
        for i in range(1_200):  # more than one IN (...) list holds
            reg.audit.append("bulk", "update", "person", "7", {"n": i}, {"n": i + (i % 2)})
    entries = list(reg.audit.entries())
    got = dict(reg.audit.changed_fields(e.seq for e in entries))
    assert got == {e.seq: e.changed_fields() for e in entries}
    assert sum(1 for keys in got.values() if keys == ["n"]) == 600


def test_a_damaged_value_counts_as_empty_in_the_listing(reg: Register) -> None:
    seq = list(reg.audit.entries())[-4].seq  # alice's first update: name changed
    reg.db.execute_sql("UPDATE audit_entry SET before = '{not json' WHERE seq = ?", (seq,))
    assert list(reg.audit.changed_fields([seq])) == [(seq, ["age", "name"])]  # as if nothing was before
    assert not reg.audit.verify().ok  # the damage itself is the chain check's to report
