"""What the list views read: ids in a person's sort order (case ignored, choices in vocabulary order, links by
title, blanks last), rows fetched by id in the order asked, titles of some records, and the text filter
finding the labels people see rather than the codes stored."""

from __future__ import annotations

import datetime as dt

import pytest

from atlas_desktop.core.errors import UsageError
from atlas_desktop.storage.records import Records

D = dt.date
UTC = dt.UTC


@pytest.fixture
def records(new_register) -> Records:
    return Records(new_register[0])


@pytest.fixture
def people(records) -> dict[str, int]:
    rows = [("bogdan Ene", "current", "driver"), ("Ana Marin", "left", None), ("ana Zamfir", "current", "Clerk"),
            ("Zoe Pop", "current", "accountant"), ("Ion Pop", "left", "Dispatcher")]
    return {name: records.create("person", {"name": name, "status": status, "role": role})
            for name, status, role in rows}


def names(records: Records, ids: list[int]) -> list[str]:
    return [r["name"] for r in records.rows("person", ids)]


def test_text_sorts_ignore_case(records, people):
    assert names(records, records.ids("person", order_by="name")) == [
        "Ana Marin", "ana Zamfir", "bogdan Ene", "Ion Pop", "Zoe Pop"]
    assert names(records, records.ids("person", order_by="name", descending=True)) == [
        "Zoe Pop", "Ion Pop", "bogdan Ene", "ana Zamfir", "Ana Marin"]
    # list() sorts the same way (the CLI's "atlas list --sort" reads it).
    assert [r["name"] for r in records.list("person", order_by="name")][:2] == ["Ana Marin", "ana Zamfir"]


def test_blanks_sort_last_in_both_directions(records, people):
    up = names(records, records.ids("person", order_by="role"))
    down = names(records, records.ids("person", order_by="role", descending=True))
    assert up == ["Zoe Pop", "ana Zamfir", "Ion Pop", "bogdan Ene", "Ana Marin"]
    assert down == ["bogdan Ene", "Ion Pop", "ana Zamfir", "Zoe Pop", "Ana Marin"]


def test_choices_sort_in_vocabulary_order_not_by_code(records):
    for title, status in (("A", "closed"), ("B", "open"), ("C", "contained")):
        records.create("breach", {"title": title, "status": status, "aware_at": dt.datetime(2025, 1, 1, tzinfo=UTC),
                                  "description": "x"}, now=dt.datetime(2025, 2, 1, tzinfo=UTC))
    titles = lambda ids: [r["title"] for r in records.rows("breach", ids)]
    assert titles(records.ids("breach", order_by="status")) == ["B", "C", "A"]  # open, contained, closed
    assert titles(records.ids("breach", order_by="status", descending=True)) == ["A", "C", "B"]


def test_links_sort_by_the_linked_records_title(records, people):
    for person, course in (("Zoe Pop", "a"), ("ana Zamfir", "b"), ("bogdan Ene", "c")):
        records.create("training", {"person": people[person], "course": course, "completed_on": D(2025, 1, 1)})
    courses = [r["course"] for r in records.rows("training", records.ids("training", order_by="person"))]
    assert courses == ["b", "c", "a"]


def test_ids_match_list_for_every_filter_and_order(records, people):
    for kwargs in ({}, {"status": "current"}, {"text": "pop"}, {"order_by": "name", "descending": True},
                   {"status": "left", "order_by": "role"}, {"text": "AN", "order_by": "name"}):
        assert records.ids("person", **kwargs) == [r["id"] for r in records.list("person", **kwargs)], kwargs
    assert len(records.ids("person", status="current")) == records.count("person", status="current") == 3


def test_ids_limit_and_offset_give_one_stretch_of_the_same_order(records, people):
    for kwargs in ({}, {"order_by": "name", "descending": True}, {"text": "an", "order_by": "name"}):
        every = records.ids("person", **kwargs)
        assert len(every) >= 2, kwargs
        assert records.ids("person", limit=2, **kwargs) == every[:2], kwargs
        assert records.ids("person", limit=2, offset=1, **kwargs) == every[1:3], kwargs
        assert records.ids("person", offset=1, **kwargs) == every[1:], kwargs


def test_rows_come_in_the_order_asked_and_skip_deleted_ids(records, people):
    wanted = [people["Zoe Pop"], people["Ana Marin"], 9999, people["bogdan Ene"], people["Zoe Pop"]]
    assert names(records, wanted) == ["Zoe Pop", "Ana Marin", "bogdan Ene"]
    assert "trainings" not in records.rows("person", wanted)[0]  # reverse links only when asked for
    assert records.rows("person", [people["Zoe Pop"]], reverse_links=True)[0]["trainings"] == []
    assert records.rows("person", []) == []


def test_rows_read_more_ids_than_one_query_can_bind(records):
    ids = [records.create("consent", {"subject": f"S{i}", "purpose": "Newsletter",
                                      "given_at": dt.datetime(2025, 1, 1, tzinfo=UTC)}) for i in range(3)]
    many = list(range(100_000, 101_200)) + ids[::-1]
    assert [r["subject"] for r in records.rows("consent", many)] == ["S2", "S1", "S0"]
    assert set(records.titles("consent", many)) == set(ids)


def test_titles_of_some_records(records, people):
    assert records.titles("person", [people["Ion Pop"]]) == {people["Ion Pop"]: "Ion Pop"}
    assert records.titles("person", []) == {}
    assert len(records.titles("person")) == 5


def test_linking_finds_the_records_that_name_some_ids(records, people):
    t1 = records.create("training", {"person": people["Zoe Pop"], "course": "GDPR", "completed_on": D(2025, 1, 1)})
    records.create("training", {"person": people["Ion Pop"], "course": "GDPR", "completed_on": D(2025, 1, 1)})
    assert [t["id"] for t in records.linking("training", "person", [people["Zoe Pop"], 777])] == [t1]
    with pytest.raises(UsageError):
        records.linking("training", "course", [1])


def test_linking_through_a_list_of_links(records, people):
    base = {"aware_at": dt.datetime(2025, 1, 1, tzinfo=UTC), "description": "x"}
    now = dt.datetime(2025, 2, 1, tzinfo=UTC)
    both = records.create("breach", {**base, "title": "A", "staff": [people["Ion Pop"], people["Zoe Pop"]]}, now=now)
    ion = records.create("breach", {**base, "title": "B", "staff": [people["Ion Pop"]]}, now=now)
    records.create("breach", {**base, "title": "C"}, now=now)
    assert [b["id"] for b in records.linking("breach", "staff", [people["Zoe Pop"]])] == [both]
    assert [b["id"] for b in records.linking("breach", "staff", [people["Ion Pop"], people["Zoe Pop"]])] == [both, ion]
    assert records.linking("breach", "staff", []) == []


def test_text_filter_finds_the_labels_people_see(records):
    now = dt.datetime(2025, 2, 1, tzinfo=UTC)
    base = {"aware_at": dt.datetime(2025, 1, 1, tzinfo=UTC), "description": "x"}
    stolen = records.create("breach", {**base, "title": "Van", "cause": "lost_stolen"}, now=now)
    phished = records.create("breach", {**base, "title": "Mail", "cause": "social_engineering",
                                        "data_categories": ["financial"]}, now=now)
    assert records.ids("breach", text="stolen device") == [stolen]       # the cause's label, not its code
    assert records.ids("breach", text="PHISHING") == [phished]
    assert records.ids("breach", text="bank and financial") == [phished]  # a tag's label
    assert records.ids("breach", text="Van") == [stolen]                  # plain text still found
    assert records.ids("breach", text="nothing like it") == []
    assert records.count("breach", text="stolen device") == 1
