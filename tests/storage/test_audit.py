"""Tests for the hash-chained audit trail: content, filters, and tamper detection on a real register."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from atlas_desktop.storage import backups, restore
from atlas_desktop.storage.audit import GENESIS, Anchor, AuditTrail, derive_audit_key
from atlas_desktop.storage.register import Register
from conftest import ORG, PASSPHRASE

COLUMNS = ("seq", "at", "actor", "action", "entity", "record", "before", "after", "mac")


# -- helpers ----------------------------------------------------------------------------------
def build_chain(reg: Register, n: int = 10) -> None:
    """n audited settings changes plus two hand-written entries (one update with before/after)."""
    for i in range(n):
        reg.set_meta(f"field{i}", f"value {i}")
    with reg.transaction():
        reg.audit.append("alice", "update", "person", "p-1", {"name": "Ana"}, {"name": "Ana Pop"})
        reg.audit.append("bob", "delete", "person", "p-2", {"name": "Ion"}, None)


def rows(reg: Register) -> list[tuple]:
    return reg.db.execute_sql(f"SELECT {', '.join(COLUMNS)} FROM audit_entry ORDER BY seq").fetchall()


def count(reg: Register) -> int:
    return reg.db.execute_sql("SELECT count(*) FROM audit_entry").fetchone()[0]


def set_columns(reg: Register, seq: int, values: dict) -> None:
    assigns = ", ".join(f"{k} = ?" for k in values)
    cur = reg.db.execute_sql(f"UPDATE audit_entry SET {assigns} WHERE seq = ?", (*values.values(), seq))
    assert cur.rowcount == 1


@pytest.fixture
def reg(new_register) -> Register:
    register, _ = new_register
    build_chain(register)
    verdict = register.audit.verify()
    assert verdict.ok, verdict.problem  # every tampering test starts from a good chain
    return register


# -- a good chain -----------------------------------------------------------------------------
def test_good_chain_verifies_and_head_matches(reg: Register) -> None:
    n = count(reg)
    assert n >= 12  # create's own entries + 10 set_meta + 2 appends
    verdict = reg.audit.verify()
    head = reg.audit.head()
    assert verdict.ok and verdict.broken_at is None and verdict.problem == ""
    assert verdict.count == head.count == n
    assert verdict.head == head.head == rows(reg)[-1][8]
    assert [r[0] for r in rows(reg)] == list(range(1, n + 1))
    assert reg.audit.verify([head]).ok
    assert reg.audit.verify([head]).anchors_checked == 1


def test_macs_follow_the_documented_construction(reg: Register) -> None:
    """HMAC-SHA256 keyed from the data key, over the previous MAC plus canonical JSON incl. seq."""
    import hashlib
    import hmac
    import json

    prev = GENESIS
    for row in rows(reg):
        body = json.dumps(dict(zip(COLUMNS[:8], row[:8])), sort_keys=True, separators=(",", ":"),
                          ensure_ascii=False)
        expected = hmac.new(derive_audit_key(reg.data_key), prev + body.encode("utf-8"), hashlib.sha256).digest()
        assert row[8] == expected.hex(), f"entry {row[0]}"
        prev = expected


def test_empty_trail_head_is_genesis(tmp_path) -> None:
    from playhouse.sqlcipher_ext import SqlCipherDatabase
    from atlas_desktop.storage import migrations

    db = SqlCipherDatabase(str(tmp_path / "x.db"), passphrase="x'" + "11" * 32 + "'")
    migrations.apply(db, 0)
    trail = AuditTrail(db, derive_audit_key(b"\x11" * 32))
    assert trail.head() == Anchor(0, GENESIS.hex(), "register")
    assert trail.verify().ok and trail.verify().count == 0
    assert trail.verify([Anchor(0, GENESIS.hex(), "x")]).ok
    assert trail.tail_intact()
    assert trail.append("a", "create", "e", "r", None, {"x": 1}) == 1
    assert trail.verify().ok
    db.close()


def test_unknown_action_is_refused(reg: Register) -> None:
    before = count(reg)
    with pytest.raises(ValueError):
        with reg.transaction():
            reg.audit.append("alice", "frobnicate", "person", "p-1", None, {"a": "b"})
    assert count(reg) == before


# -- entry contents and filters ---------------------------------------------------------------
def test_entries_record_who_when_what(new_register, monkeypatch) -> None:
    reg, _ = new_register
    # A far-from-UTC local zone: an implementation writing local time would be 14 h off.
    monkeypatch.setenv("TZ", "Pacific/Kiritimati")
    time.tzset()
    try:
        started = dt.datetime.now(dt.UTC)
        with reg.transaction():
            seq = reg.audit.append("maria.ionescu", "update", "person", "42",
                                   {"email": "a@x.ro", "name": "Maria"}, {"email": "b@x.ro", "name": "Maria"})
        finished = dt.datetime.now(dt.UTC)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    entry = [e for e in reg.audit.entries() if e.seq == seq][0]
    assert entry.actor == "maria.ionescu"
    assert entry.action == "update"
    assert entry.entity == "person"
    assert entry.record == "42"
    assert entry.before == {"email": "a@x.ro", "name": "Maria"}
    assert entry.after == {"email": "b@x.ro", "name": "Maria"}
    assert entry.changed_fields() == ["email"]
    assert entry.at.endswith("Z")
    when = dt.datetime.fromisoformat(entry.at.replace("Z", "+00:00"))
    assert when.utcoffset() == dt.timedelta(0)
    assert started - dt.timedelta(seconds=1) <= when <= finished + dt.timedelta(seconds=1)
    assert entry.mac == reg.audit.head().head


def test_set_meta_records_before_and_after(new_register) -> None:
    reg, _ = new_register
    reg.actor = "office-admin"
    reg.set_meta("dpo_email", "old@acme.ro")
    reg.set_meta("dpo_email", "new@acme.ro")
    first, second = list(reg.audit.entries(entity="register", record="dpo_email"))
    assert (first.action, first.actor, first.before, first.after) == (
        "create", "office-admin", None, {"dpo_email": "old@acme.ro"})
    assert (second.action, second.before, second.after) == (
        "update", {"dpo_email": "old@acme.ro"}, {"dpo_email": "new@acme.ro"})
    assert second.seq == first.seq + 1


def test_entries_filter_by_record_and_entity(reg: Register) -> None:
    everything = list(reg.audit.entries())
    assert [e.seq for e in everything] == list(range(1, count(reg) + 1))
    people = list(reg.audit.entries(entity="person"))
    assert [(e.record, e.actor) for e in people] == [("p-1", "alice"), ("p-2", "bob")]
    assert [e.seq for e in reg.audit.entries(record="p-2")] == [people[1].seq]
    assert people[1].before == {"name": "Ion"} and people[1].after is None
    assert [e.record for e in reg.audit.entries(entity="register", record="field3")] == ["field3"]
    assert list(reg.audit.entries(entity="person", record="field3")) == []
    assert [e.seq for e in reg.audit.entries(limit=3)] == [1, 2, 3]


def test_entries_filter_since_inclusive_until_exclusive(reg: Register) -> None:
    everything = list(reg.audit.entries())
    stamps = [e.at for e in everything]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)  # precondition: distinct times
    k = 5
    pivot = everything[k].at
    assert [e.seq for e in reg.audit.entries(since=pivot)] == [e.seq for e in everything[k:]]
    assert [e.seq for e in reg.audit.entries(until=pivot)] == [e.seq for e in everything[:k]]
    window = list(reg.audit.entries(since=everything[2].at, until=everything[6].at))
    assert [e.seq for e in window] == [e.seq for e in everything[2:6]]
    assert list(reg.audit.entries(since=pivot, until=pivot)) == []


def test_entries_since_with_whole_second_bound(new_register) -> None:
    reg, _ = new_register
    reg.set_meta("x", "1")
    last = list(reg.audit.entries())[-1]
    second = last.at[:19] + "Z"  # the same instant truncated to the second: a valid ISO UTC bound
    assert last.seq in [e.seq for e in reg.audit.entries(since=second)]
    after_it = (dt.datetime.fromisoformat(second.replace("Z", "+00:00")) + dt.timedelta(seconds=1))
    assert last.seq in [e.seq for e in reg.audit.entries(until=after_it.strftime("%Y-%m-%dT%H:%M:%SZ"))]


# -- tampering: edit, delete, reorder -----------------------------------------------------------
@pytest.mark.parametrize("column,value", [("after", '{"field4":"forged"}'), ("actor", "mallory"),
                                          ("before", '{"x":"y"}'), ("at", "2020-01-01T00:00:00.000000Z"),
                                          ("record", "field9"), ("action", "delete"),
                                          ("mac", "00" * 32), ("mac", "not hex"), ("after", None)])
def test_edited_entry_is_detected(reg: Register, column: str, value: str) -> None:
    target = 7
    set_columns(reg, target, {column: value})
    verdict = reg.audit.verify()
    assert not verdict.ok
    assert verdict.broken_at == target
    assert "edited" in verdict.problem
    assert verdict.count == target - 1  # everything before it still checks out


def test_non_ascii_mac_is_reported_not_raised(reg: Register) -> None:
    set_columns(reg, 4, {"mac": "é" * 64})
    verdict = reg.audit.verify()
    assert not verdict.ok and verdict.broken_at == 4


def test_edited_first_entry_is_detected(reg: Register) -> None:
    set_columns(reg, 1, {"actor": "mallory"})
    verdict = reg.audit.verify()
    assert not verdict.ok and verdict.broken_at == 1 and "edited" in verdict.problem


def test_forged_mac_with_wrong_key_is_detected(reg: Register) -> None:
    # An attacker without the key rewrites an entry and recomputes its MAC with a guessed key.
    from atlas_desktop.storage.audit import _mac

    target = 6
    row = rows(reg)[target - 1]
    prev = bytes.fromhex(rows(reg)[target - 2][8])
    new_after = '{"field":"forged"}'
    forged = _mac(b"\x00" * 32, prev, target, row[1], row[2], row[3], row[4], row[5], row[6], new_after)
    set_columns(reg, target, {"after": new_after, "mac": forged.hex()})
    verdict = reg.audit.verify()
    assert not verdict.ok and verdict.broken_at == target


def test_deleted_middle_entry_is_detected(reg: Register) -> None:
    reg.db.execute_sql("DELETE FROM audit_entry WHERE seq = 5")
    verdict = reg.audit.verify()
    assert not verdict.ok
    assert verdict.broken_at == 5
    assert "missing" in verdict.problem and "deleted" in verdict.problem
    assert "entry 5 is missing" in verdict.problem


def test_deleted_run_of_entries_is_detected(reg: Register) -> None:
    reg.db.execute_sql("DELETE FROM audit_entry WHERE seq BETWEEN 4 AND 6")
    verdict = reg.audit.verify()
    assert not verdict.ok and verdict.broken_at == 4
    assert "entries 4 to 6 are missing" in verdict.problem


def test_deleted_middle_entry_renumbered_is_detected(reg: Register) -> None:
    # Delete entry 5 and shift the later ones down, so there is no gap in the numbering.
    n = count(reg)
    reg.db.execute_sql("DELETE FROM audit_entry WHERE seq = 5")
    for seq in range(6, n + 1):
        reg.db.execute_sql("UPDATE audit_entry SET seq = ? WHERE seq = ?", (seq - 1, seq))
    assert [r[0] for r in rows(reg)] == list(range(1, n))
    verdict = reg.audit.verify()
    assert not verdict.ok and verdict.broken_at == 5


def test_swapped_entry_contents_are_detected(reg: Register) -> None:
    a, b = 3, 8
    row_a, row_b = rows(reg)[a - 1], rows(reg)[b - 1]
    set_columns(reg, a, dict(zip(COLUMNS[1:], row_b[1:])))
    set_columns(reg, b, dict(zip(COLUMNS[1:], row_a[1:])))
    verdict = reg.audit.verify()
    assert not verdict.ok
    assert verdict.broken_at == a
    assert "edited" in verdict.problem or "reordered" in verdict.problem


def test_swapped_sequence_numbers_are_detected(reg: Register) -> None:
    a, b = 3, 8
    with reg.db.atomic():
        reg.db.execute_sql("UPDATE audit_entry SET seq = -1 WHERE seq = ?", (a,))
        reg.db.execute_sql("UPDATE audit_entry SET seq = ? WHERE seq = ?", (a, b))
        reg.db.execute_sql("UPDATE audit_entry SET seq = ? WHERE seq = -1", (b,))
    assert [r[0] for r in rows(reg)] == list(range(1, count(reg) + 1))
    verdict = reg.audit.verify()
    assert not verdict.ok
    assert verdict.broken_at == a
    assert "reordered" in verdict.problem


def test_adjacent_swap_is_detected(reg: Register) -> None:
    row_4, row_5 = rows(reg)[3], rows(reg)[4]
    set_columns(reg, 4, dict(zip(COLUMNS[1:], row_5[1:])))
    set_columns(reg, 5, dict(zip(COLUMNS[1:], row_4[1:])))
    verdict = reg.audit.verify()
    assert not verdict.ok and verdict.broken_at == 4


def test_inserted_entry_is_detected(reg: Register) -> None:
    n = count(reg)
    last = rows(reg)[-1]
    reg.db.execute_sql(f"INSERT INTO audit_entry ({', '.join(COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       (n + 1, *last[1:]))  # a copy of the last entry appended after it
    verdict = reg.audit.verify()
    assert not verdict.ok and verdict.broken_at == n + 1


def test_sequence_must_start_at_one(reg: Register) -> None:
    reg.db.execute_sql("UPDATE audit_entry SET seq = seq + 100")
    verdict = reg.audit.verify()
    assert not verdict.ok and verdict.broken_at == 1


# -- truncation and anchors ---------------------------------------------------------------------
def test_truncation_is_invisible_without_an_anchor_but_caught_with_one(reg: Register) -> None:
    anchor = reg.audit.head()
    n = anchor.count
    reg.db.execute_sql("DELETE FROM audit_entry WHERE seq > ?", (n - 3,))
    # Removing entries from the end leaves a shorter chain that is valid in itself: every
    # remaining MAC still follows from the one before. Only an anchor kept outside the log
    # (entry count + head MAC) can tell that the log used to be longer.
    alone = reg.audit.verify()
    assert alone.ok and alone.count == n - 3
    verdict = reg.audit.verify([anchor])
    assert not verdict.ok
    assert verdict.broken_at == n - 2
    assert "removed from the end" in verdict.problem
    assert f"{n} entries" in verdict.problem


def test_truncation_caught_with_anchors_from_a_backup(reg: Register, tmp_path) -> None:
    folder = tmp_path / "backups"
    backups.make_backup(reg, backup_dir=folder)
    n = reg.audit.head().count
    from_backups = [i.anchor for i in backups.list_backups(folder, reg.register_id)]
    relevant = restore.relevant_anchors(reg, folder)
    assert [a.count for a in from_backups] == [n] == [a.count for a in relevant]
    assert reg.audit.verify(relevant).ok
    reg.db.execute_sql("DELETE FROM audit_entry WHERE seq > ?", (n - 3,))
    assert reg.audit.verify().ok
    for anchors in (from_backups, restore.relevant_anchors(reg, folder)):
        verdict = reg.audit.verify(anchors)
        assert not verdict.ok
        assert "removed from the end" in verdict.problem
        assert "backup" in verdict.problem  # it names where the anchor came from


def test_anchor_from_an_earlier_point_still_matches(reg: Register) -> None:
    early = reg.audit.head()
    reg.set_meta("later", "change")
    reg.set_meta("later2", "change")
    verdict = reg.audit.verify([early, reg.audit.head()])
    assert verdict.ok and verdict.anchors_checked == 2


def test_rewritten_history_is_caught_by_an_anchor(reg: Register) -> None:
    anchor = reg.audit.head()
    n = anchor.count
    cut = 6
    reg.db.execute_sql("DELETE FROM audit_entry WHERE seq > ?", (cut,))
    with reg.db.atomic():
        for i in range(n - cut):  # the same number of entries, re-sealed with the real key
            reg.audit.append("mallory", "update", "person", f"p-{i}", {"name": "x"}, {"name": "y"})
    rewritten = reg.audit.verify()
    assert rewritten.ok and rewritten.count == n  # internally consistent
    verdict = reg.audit.verify([anchor])
    assert not verdict.ok
    assert verdict.broken_at == n
    assert "rewritten" in verdict.problem


def test_longer_rewritten_history_is_caught_by_an_anchor(reg: Register) -> None:
    anchor = reg.audit.head()
    reg.db.execute_sql("DELETE FROM audit_entry WHERE seq > 4")
    with reg.db.atomic():
        for i in range(anchor.count + 5):
            reg.audit.append("mallory", "create", "person", f"p-{i}", None, {"i": str(i)})
    assert reg.audit.verify().ok
    verdict = reg.audit.verify([anchor])
    assert not verdict.ok and "rewritten" in verdict.problem and verdict.broken_at == anchor.count


def test_forged_anchor_head_is_reported(reg: Register) -> None:
    head = reg.audit.head()
    verdict = reg.audit.verify([Anchor(head.count, "ab" * 32, "the report of May")])
    assert not verdict.ok and "rewritten" in verdict.problem and "the report of May" in verdict.problem


def test_anchors_given_as_a_generator_are_checked(reg: Register) -> None:
    anchor = reg.audit.head()
    reg.db.execute_sql("DELETE FROM audit_entry WHERE seq > ?", (anchor.count - 3,))
    verdict = reg.audit.verify(a for a in [anchor])
    assert not verdict.ok


# -- the MAC key ----------------------------------------------------------------------------------
def test_audit_key_is_derived_and_differs_from_data_key(reg: Register) -> None:
    key = derive_audit_key(reg.data_key)
    assert len(key) == 32 and key != reg.data_key
    assert key == reg.audit.key
    assert derive_audit_key(b"\x01" * 32) != derive_audit_key(b"\x02" * 32)


def test_entries_from_another_register_do_not_verify(reg: Register, tmp_path) -> None:
    other, _ = Register.create(tmp_path / "other.atlas", PASSPHRASE, ORG, actor="tester")
    try:
        build_chain(other)
        assert other.audit.verify().ok
        assert other.data_key != reg.data_key
        # Copy one of A's entries into B at the position B expects next.
        n = count(other)
        donor = rows(reg)[n] if len(rows(reg)) > n else rows(reg)[-1]
        other.db.execute_sql(f"INSERT INTO audit_entry ({', '.join(COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                             (n + 1, *donor[1:]))
        verdict = other.audit.verify()
        assert not verdict.ok and verdict.broken_at == n + 1
        # Replace B's whole trail with A's: internally consistent, but sealed with A's key.
        other.db.execute_sql("DELETE FROM audit_entry")
        for row in rows(reg):
            other.db.execute_sql(f"INSERT INTO audit_entry ({', '.join(COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                 row)
        assert rows(other) == rows(reg)
        assert reg.audit.verify().ok
        verdict = other.audit.verify()
        assert not verdict.ok and verdict.broken_at == 1
        assert not other.audit.tail_intact()
    finally:
        other.close()


# -- the cheap tail check on open --------------------------------------------------------------
def test_tail_intact_on_good_chain_and_after_append(reg: Register) -> None:
    assert reg.audit.tail_intact()
    reg.set_meta("another", "one")
    assert reg.audit.tail_intact()


def test_tail_not_intact_after_editing_last_entry(reg: Register) -> None:
    n = count(reg)
    set_columns(reg, n, {"after": '{"name":"forged"}'})
    assert not reg.audit.tail_intact()
    set_columns(reg, n - 1, {"actor": "mallory"})  # the last one is now checked against a different prev
    assert not reg.audit.tail_intact()


def test_tail_not_intact_when_only_entry_is_not_first(reg: Register) -> None:
    n = count(reg)
    reg.db.execute_sql("DELETE FROM audit_entry WHERE seq < ?", (n,))
    assert count(reg) == 1 and n > 1
    assert not reg.audit.tail_intact()


def test_open_with_garbled_mac_before_the_last_entry_warns(new_register, register_path) -> None:
    reg, _ = new_register
    build_chain(reg)
    set_columns(reg, count(reg) - 1, {"mac": "zz"})
    reg.close()
    with Register.open(register_path, passphrase=PASSPHRASE) as damaged:
        assert damaged.tail_warning


def test_open_with_damaged_tail_warns_but_opens(new_register, register_path) -> None:
    reg, _ = new_register
    build_chain(reg)
    reg.close()
    clean = Register.open(register_path, passphrase=PASSPHRASE)
    try:
        assert clean.tail_warning == ""
        n = count(clean)
        set_columns(clean, n, {"actor": "mallory"})
    finally:
        clean.close()
    damaged = Register.open(register_path, passphrase=PASSPHRASE)
    try:
        assert damaged.tail_warning
        assert "audit" in damaged.tail_warning.lower()
        assert damaged.meta("field3") == "value 3"  # still usable for inspection
        assert not damaged.audit.verify().ok
    finally:
        damaged.close()


# -- property: anything that can be recorded round-trips and verifies ---------------------------
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
SAMPLES = st.sampled_from(["", "\"quoted\" 'single'", "line1\nline2\r\n", "Ștefan Țăranu", "Иван",
                           "山田太郎", "مرحبا", "🙂👩‍👩‍👧", "\\back\\slash", "\u0000nul", "tab\tsep"])
VALUES = st.one_of(TEXT, SAMPLES)
DICTS = st.one_of(st.none(), st.dictionaries(VALUES, VALUES, max_size=6))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actor=VALUES, record=VALUES, before=DICTS, after=DICTS)
def test_any_text_round_trips_and_verifies(new_register, actor, record, before, after) -> None:
    reg, _ = new_register
    with reg.transaction():
        seq = reg.audit.append(actor, "update", "person", record, before, after)
    verdict = reg.audit.verify()
    assert verdict.ok, verdict.problem
    assert verdict.count == seq
    assert reg.audit.tail_intact()
    got = [e for e in reg.audit.entries(record=record) if e.seq == seq]
    assert len(got) == 1
    entry = got[0]
    assert (entry.actor, entry.entity, entry.record) == (actor, "person", record)
    assert entry.before == before
    assert entry.after == after
