"""Items that need attention in a real SQLCipher register: "confirm all" leaves them; one by one they need a note.

Legal basis of what counts as needing attention: a record whose review date passed is not
kept up to date (Art. 5(2), 24(1) GDPR: review and update the measures "where necessary");
a breach must be notified within 72 hours unless unlikely to result in a risk (Art. 33(1)),
and the people told when the risk is high (Art. 34(1)); a gap is a record the checks find
incomplete (e.g. an activity without purpose, Art. 30(1)(b)).
"""

from __future__ import annotations

import datetime as dt

import pytest

from atlas_desktop.core import review as rv
from atlas_desktop.core.errors import UsageError
from atlas_desktop.core.review_attention import BREACH_KIND, BULK_NOTE, GAP_KIND, OVERDUE_KIND
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.reviews import Reviews

PURPOSE = [{"purpose": "Paying staff", "bases": ["legal_obligation"]}]


@pytest.fixture
def office(new_register):
    """Two calm policies, one overdue for review, an activity a running breach touches, one with a gap."""
    reg, _ = new_register
    reg.actor = "Maria Popescu"
    records = Records(reg)
    now = dt.datetime.now(dt.UTC)
    today = now.date()
    ids = {
        "calm": records.create("policy", {"title": "Clean desk policy", "status": "approved", "approved_on": today,
                                          "last_reviewed_on": today}),
        "calm2": records.create("policy", {"title": "Visitors policy", "status": "approved", "approved_on": today,
                                           "last_reviewed_on": today}),
        # Reviewed 800 days ago on a 12-month cycle: its review date passed (Art. 24(1)).
        "overdue": records.create("policy", {"title": "Password policy", "status": "approved",
                                             "approved_on": today - dt.timedelta(days=900),
                                             "last_reviewed_on": today - dt.timedelta(days=800)}),
        "breach": records.create("activity", {"name": "Payroll", "status": "active"}),
        # No purpose: Art. 30(1)(b) asks for it, the checks report a gap.
        "gap": records.create("activity", {"name": "Newsletter", "status": "active"}),
    }
    # Aware five hours ago, nothing decided: the Art. 33(1) clock runs.
    records.create("breach", {"title": "Laptop stolen", "aware_at": now - dt.timedelta(hours=5),
                              "description": "Stolen from a car", "activities": [ids["breach"]]})
    reviews = Reviews(records)
    review = reviews.start()
    by_record = {(i.entity, i.record_id): i for i in reviews.items(review.id)}
    entity = {"calm": "policy", "calm2": "policy", "overdue": "policy", "breach": "activity", "gap": "activity"}
    items = {name: by_record[(entity[name], rid)] for name, rid in ids.items()}
    return reg, reviews, review, items


def test_each_kind_of_attention_is_found_and_calm_items_are_not(office):
    _reg, reviews, review, items = office
    found = reviews.attention(review.id)
    assert items["calm"].id not in found and items["calm2"].id not in found
    assert OVERDUE_KIND in {r.kind for r in found[items["overdue"].id]}
    breach = [r for r in found[items["breach"].id] if r.kind == BREACH_KIND]
    assert breach and "Laptop stolen" in breach[0].text and breach[0].article == "Art. 33(1), 34(1)"
    assert GAP_KIND in {r.kind for r in found[items["gap"].id]}


def test_confirm_all_confirms_only_the_calm_items_and_marks_them_as_in_bulk(office):
    _reg, reviews, review, items = office
    assert reviews.confirm(None) == 2
    after = {i.id: i for i in reviews.items(review.id)}
    for name in ("calm", "calm2"):
        item = after[items[name].id]
        assert item.decision == rv.CONFIRMED and item.decided_by == "Maria Popescu" and item.note == BULK_NOTE
    for name in ("overdue", "breach", "gap"):
        assert after[items[name].id].decision == rv.OPEN
    # Asked again, it still leaves them: they are never bulk-confirmed.
    assert reviews.confirm(None, note="End of year") == 0
    assert all(after[items[n].id].decision == rv.OPEN for n in ("overdue", "breach", "gap"))


@pytest.mark.parametrize("note", [None, "", "   \t "])
def test_an_item_needing_attention_is_not_confirmed_without_a_note(office, note):
    _reg, reviews, review, items = office
    with pytest.raises(UsageError) as refused:
        reviews.confirm([items["calm"].id, items["overdue"].id], note=note)
    message = str(refused.value)
    assert "\u201cPassword policy\u201d needs your attention" in message and "confirm it with a note" in message
    assert "the review was due on" in message
    # Nothing of the selection was saved, the calm one included.
    assert all(i.decision == rv.OPEN for i in reviews.items(review.id))


def test_with_a_note_it_is_confirmed_and_the_note_person_and_time_are_kept(office):
    reg, reviews, review, items = office
    before = dt.datetime.now(dt.UTC)
    assert reviews.confirm([items["overdue"].id], note="  Reviewed with IT on Monday; the date is being set  ") == 1
    item = next(i for i in reviews.items(review.id) if i.id == items["overdue"].id)
    assert item.decision == rv.CONFIRMED and item.decided_by == "Maria Popescu"
    assert item.note == "Reviewed with IT on Monday; the date is being set"  # trimmed
    assert item.decided_at is not None and item.decided_at >= before - dt.timedelta(seconds=1)
    entry = list(reg.audit.entries(entity="review"))[-1]
    assert entry.actor == "Maria Popescu" and entry.after["note"] == item.note
    assert entry.after["items"] == ["Password policy"]
    # A calm item needs no note.
    assert reviews.confirm([items["calm"].id]) == 1
