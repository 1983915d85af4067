"""The search index behind the text filter: what a record's searchable text holds, that every save, delete,
duplicate and failed save leaves the index exactly matching the records, that typed text is taken literally,
that short text still finds what it did, and that an index built with other labels is rebuilt on opening."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import PASSPHRASE

from atlas_desktop.core.entities import BY_KEY, ENTITIES
from atlas_desktop.core.errors import InvalidRecord
from atlas_desktop.core.search import fingerprint, search_text
from atlas_desktop.storage import search
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.register import Register

UTC = dt.UTC
NOW = dt.datetime(2025, 2, 1, tzinfo=UTC)
BASE = {"aware_at": dt.datetime(2025, 1, 1, tzinfo=UTC), "description": "x"}


@pytest.fixture
def records(new_register) -> Records:
    return Records(new_register[0])


def indexed(records: Records, entity: str, text: str) -> list[int]:
    """Ids the index itself answers for ``text`` (no fallback), in id order."""
    condition = search.condition(BY_KEY[entity], text)
    assert condition is not None, "too short for the index"
    model = records.models[entity]
    return [r.id for r in model.select(model.id).where(condition).order_by(model.id)]


def test_search_text_holds_text_and_labels_never_codes():
    ent = BY_KEY["breach"]
    text = search_text(ent, {"title": "Lost VAN", "cause": "lost_stolen", "impact": ["confidentiality"],
                             "data_categories": ["financial", "Zoë's own"], "discovered_how": "a neighbour",
                             "aware_at": dt.datetime(2025, 1, 1, tzinfo=UTC)})
    lines = text.split("\n")
    assert "lost van" in lines
    assert ent.field("cause").vocab.label_of("lost_stolen").casefold() in lines
    assert "lost_stolen" not in text and "confidentiality" != lines[-1]
    # A tag is found by what was typed and by its vocabulary's label; a free entry by itself.
    assert "financial" in lines and ent.field("data_categories").vocab.label_of("financial").casefold() in lines
    assert "zoë's own" in lines and "a neighbour" in lines
    assert "2025" not in text  # dates are not searched (as before the index)


def test_fingerprint_follows_the_labels():
    ent = BY_KEY["person"]
    renamed = ent.field("status").vocab.terms[0].__class__("current", "Working here")
    vocab = ent.field("status").vocab.__class__(ent.field("status").vocab.key, "x",
                                                (renamed, *ent.field("status").vocab.terms[1:]))
    fields = tuple(f if f.key != "status" else f.__class__(**{**f.__dict__, "vocab": vocab}) for f in ent.fields)
    changed = ent.__class__(**{**ent.__dict__, "fields": fields})
    assert fingerprint(ENTITIES) == fingerprint(ENTITIES)
    assert fingerprint([changed]) != fingerprint([ent])


def test_every_write_keeps_the_index_exact(records):
    van = records.create("breach", {**BASE, "title": "Stolen van", "cause": "lost_stolen"}, now=NOW)
    mail = records.create("breach", {**BASE, "title": "Mailbox", "cause": "social_engineering"}, now=NOW)
    assert indexed(records, "breach", "stolen") == [van]          # the title and the cause's label
    assert indexed(records, "breach", "phishing") == [mail]

    records.update("breach", van, {"title": "Parked lorry", "cause": "mispostal"}, now=NOW)
    assert indexed(records, "breach", "van") == []
    assert indexed(records, "breach", "lorry") == [van]

    with pytest.raises(InvalidRecord):
        records.update("breach", mail, {"title": "Rolled back", "aware_at": "not a time"}, now=NOW)
    assert indexed(records, "breach", "rolled back") == []       # a refused save changes nothing
    assert indexed(records, "breach", "mailbox") == [mail]

    copy = records.duplicate("breach", mail)
    assert indexed(records, "breach", "mailbox") == [mail, copy]
    assert indexed(records, "breach", "(copy)") == [copy]

    records.delete("breach", mail)
    assert indexed(records, "breach", "mailbox") == [copy]

    person = records.create("person", {"name": "Ana Marin", "status": "left"})
    assert indexed(records, "person", "left") == [person]
    assert indexed(records, "person", "ANA MARIN") == [person]
    org = records.save_organisation({"name": "Renamed Office"})
    assert indexed(records, "organisation", "renamed") == [org["id"]]


def test_typed_text_is_taken_literally(records):
    quoted = records.create("person", {"name": 'Ion "the van" Pop', "notes": "100% sure; a_b"})
    other = records.create("person", {"name": "Ion the van Pop", "notes": "1000 sure; axb"})
    assert records.ids("person", text='"the van"') == [quoted]    # FTS5 query syntax is not interpreted
    assert records.ids("person", text="the van") == [quoted, other]
    assert records.ids("person", text="100%") == [quoted]
    assert records.ids("person", text="a_b") == [quoted]
    assert records.ids("person", text="OR") == []                # two letters: the register is read instead
    assert records.ids("person", text="NEAR(") == []


def test_short_text_still_finds_labels_and_text(records):
    ana = records.create("person", {"name": "Ana", "status": "current"})
    ion = records.create("person", {"name": "Ion", "status": "left"})
    assert search.condition(BY_KEY["person"], "io") is None
    assert records.ids("person", text="io") == [ion]
    assert records.ids("person", text="cu") == [ana]              # "Current staff"
    assert records.ids("person", text="  ") == [ana, ion]         # blank: no filter
    assert records.count("person", text="an") == 1


def test_non_ascii_case_is_ignored(records):
    zoe = records.create("person", {"name": "Zoë Ångström"})
    assert records.ids("person", text="ZOË ÅNG") == [zoe]


def test_ids_sorted_and_filtered_agree_with_list(records):
    made = [records.create("person", {"name": f"Person {i:02d}", "status": "left" if i % 3 else "current",
                                      "notes": "ladder" if i % 2 else "stairs"}) for i in range(12)]
    for order_by, descending in ((None, False), (None, True), ("name", True), ("status", False)):
        for status in (None, "left"):
            got = records.ids("person", text="ladder", status=status, order_by=order_by, descending=descending)
            listed = [r["id"] for r in records.list("person", text="ladder", status=status, order_by=order_by,
                                                    descending=descending)]
            assert got == listed and got, (order_by, descending, status)
            assert records.count("person", text="ladder", status=status) == len(got)
    assert records.ids("person", descending=True) == sorted(made, reverse=True)


def test_an_index_built_with_other_labels_is_rebuilt_on_opening(new_register, register_path):
    reg, _ = new_register
    records = Records(reg)
    ana = records.create("person", {"name": "Ana", "status": "current"})
    with reg.db.atomic():
        reg.db.execute_sql("INSERT INTO search_person (search_person) VALUES ('delete-all')")
        reg.db.execute_sql("UPDATE meta SET value = 'an older app' WHERE key = ?", (search.FINGERPRINT_KEY,))
    assert records.ids("person", text="current staff") == []
    reg.close()
    with Register.open(register_path, passphrase=PASSPHRASE) as again:
        assert Records(again).ids("person", text="current staff") == [ana]
        assert again.meta(search.FINGERPRINT_KEY) == fingerprint(ENTITIES)
        assert again.integrity_problems() == []
        assert search.ensure_current(again.db) is False  # current: nothing rebuilt
