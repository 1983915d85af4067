"""The annual review kept in a real SQLCipher register: snapshot, decisions, edits, retirements and the close."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from atlas_desktop.core import clocks
from atlas_desktop.core import review as rv
from atlas_desktop.core.errors import UsageError
from atlas_desktop.core.review_diff import ADDED, CHANGED, RETIRED_SINCE
from atlas_desktop.storage.demo import DEMO_PASSPHRASE, create_demo
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.register import Register
from atlas_desktop.storage.reviews import Reviews


@pytest.fixture
def demo(tmp_path):
    reg, _ = create_demo(tmp_path / "demo.atlas")
    yield reg
    reg.close()


def _pack(_review: rv.Review) -> tuple[str, bytes]:
    return "pack.zip", b"PK-not-a-real-pack"


def _confirm_rest(reviews: Reviews) -> None:
    """Confirm all remaining, then (as a reviewer must) the items that need attention one by one, with a note."""
    reviews.confirm(None)
    review = reviews.require_current()
    reviews.confirm([i.id for i in reviews.items(review.id, decision=rv.OPEN)], note="Looked at one by one")


def _item(reviews: Reviews, review: rv.Review, entity: str, record_id: int) -> rv.Item:
    return next(i for i in reviews.items(review.id) if i.entity == entity and i.record_id == record_id)


def test_start_snapshots_the_audit_head_and_lists_every_active_record_and_consent_purpose(demo):
    records = Records(demo)
    head = demo.audit.head()
    review = Reviews(records).start()
    assert (review.audit_count, review.audit_head) == (head.count, head.head)
    items = Reviews(records).items(review.id)
    active = {e: sum(1 for r in records.list(e) if rv.is_active(e, r)) for e in ("activity", "processor", "dpia",
                                                                                 "policy")}
    for entity, count in active.items():
        assert sum(1 for i in items if i.entity == entity) == count > 0
    purposes = {i.title for i in items if i.entity == rv.CONSENT_PURPOSE}
    assert purposes == {" ".join(c["purpose"].split()) for c in records.list("consent")}
    assert all(i.decision == rv.OPEN for i in items)
    assert review.counts_at_start == {e: sum(1 for i in items if i.entity == e) for e in review.counts_at_start}
    # The start is in the audit trail, with the anchor it snapshotted.
    entry = list(demo.audit.entries(entity="review"))[-1]
    assert entry.action == "create" and f"{head.count}:{head.head}" in json.dumps(entry.after)


def test_only_one_review_at_a_time(demo):
    reviews = Reviews(Records(demo))
    reviews.start()
    with pytest.raises(UsageError, match="already in progress"):
        reviews.start()


def test_decisions_record_who_and_when_and_survive_reopening_the_register(demo, tmp_path):
    records = Records(demo)
    demo.actor = "Maria Popescu"
    reviews = Reviews(records)
    review = reviews.start()
    first, second = reviews.items(review.id)[:2]
    assert reviews.confirm([first.id], note="Checked with accounting") == 1
    assert reviews.retire([second.id]) == 1
    demo.close()
    # Paused: a new unlock session (days later) finds the progress as it was left.
    with Register.open(tmp_path / "demo.atlas", passphrase=DEMO_PASSPHRASE) as again:
        reviews = Reviews(Records(again))
        current = reviews.current()
        assert current is not None and current.id == review.id
        by_id = {i.id: i for i in reviews.items(review.id)}
        assert by_id[first.id].decision == rv.CONFIRMED and by_id[first.id].decided_by == "Maria Popescu"
        assert by_id[first.id].note == "Checked with accounting"
        assert abs(by_id[first.id].decided_at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)
        assert by_id[second.id].decision == rv.RETIRED
        assert reviews.counts(review.id)[rv.OPEN] == len(by_id) - 2


def test_retiring_sets_the_records_status_and_keeps_it(demo):
    records = Records(demo)
    reviews = Reviews(records)
    review = reviews.start()
    for entity, status in (("activity", "retired"), ("processor", "ended"), ("policy", "retired"), ("dpia", "retired")):
        item = next(i for i in reviews.items(review.id) if i.entity == entity and i.is_open)
        reviews.retire([item.id], note="No longer used")
        assert records.get(entity, item.record_id)["status"] == status


def test_editing_a_record_in_the_normal_way_marks_its_item_updated(demo):
    records = Records(demo)
    reviews = Reviews(records)
    review = reviews.start()
    activity = next(i for i in reviews.items(review.id) if i.entity == "activity")
    confirmed = next(i for i in reviews.items(review.id) if i.entity == "policy")
    reviews.confirm([confirmed.id])
    records.update("activity", activity.record_id, {"description": "Now also covers e-invoicing"})
    records.update("policy", confirmed.record_id, {"version": "9.9"})  # changed after confirming: updated
    assert _item(reviews, review, "activity", activity.record_id).decision == rv.UPDATED
    assert _item(reviews, review, "policy", confirmed.record_id).decision == rv.UPDATED
    # Retiring through the editor (the status field) counts as retiring.
    other = next(i for i in reviews.items(review.id) if i.entity == "activity" and i.is_open)
    records.update("activity", other.record_id, {"status": "retired"})
    assert _item(reviews, review, "activity", other.record_id).decision == rv.RETIRED
    records.update("activity", other.record_id, {"owner": "Archive"})
    assert _item(reviews, review, "activity", other.record_id).decision == rv.RETIRED  # still retired: stands
    # Setting the status back undoes the retirement: the record is active again, so it counts as updated.
    records.update("activity", other.record_id, {"status": "active"})
    back = _item(reviews, review, "activity", other.record_id)
    assert back.decision == rv.UPDATED and back.note == "Active again"


def test_records_added_or_deleted_during_the_review_join_or_leave_it(demo):
    records = Records(demo)
    reviews = Reviews(records)
    review = reviews.start()
    new_id = records.create("policy", {"title": "Clean desk policy", "status": "draft"})
    added = _item(reviews, review, "policy", new_id)
    assert added.decision == rv.UPDATED and added.note == "Added during the review"
    records.create("consent", {"subject": "a@example.com", "purpose": "Loyalty card",
                               "given_at": dt.datetime(2026, 1, 5, 9, tzinfo=dt.UTC)})
    assert any(i.title == "Loyalty card" and i.decision == rv.UPDATED for i in reviews.items(review.id))
    records.delete("policy", new_id)
    assert _item(reviews, review, "policy", new_id).decision == rv.RETIRED


def test_a_review_cannot_close_with_open_items_and_nothing_changes(demo):
    records = Records(demo)
    reviews = Reviews(records)
    review = reviews.start()
    items = reviews.items(review.id)
    reviews.confirm([i.id for i in items[:-1]], note="Checked one by one")
    before = records.get(items[0].entity, items[0].record_id)
    with pytest.raises(UsageError, match="1 item\\(s\\) are not reviewed yet"):
        reviews.close(_pack)
    assert reviews.current() is not None
    assert records.get(items[0].entity, items[0].record_id) == before


def test_a_failing_pack_leaves_the_review_open_and_the_records_untouched(demo):
    records = Records(demo)
    reviews = Reviews(records)
    review = reviews.start()
    _confirm_rest(reviews)
    item = reviews.items(review.id)[0]
    before = records.get(item.entity, item.record_id)

    def broken(_review):
        raise OSError("disk gone")

    with pytest.raises(Exception, match="disk gone"):
        reviews.close(broken)
    assert reviews.current() is not None and reviews.current().id == review.id
    assert records.get(item.entity, item.record_id) == before


def test_closing_dates_the_next_reviews_keeps_the_pack_and_is_audited(demo):
    records = Records(demo)
    reviews = Reviews(records)
    review = reviews.start()
    _confirm_rest(reviews)
    now = dt.datetime(2026, 11, 22, 10, tzinfo=dt.UTC)
    closed = reviews.close(_pack, now=now)
    assert closed.status == rv.CLOSED and closed.pack_name == "pack.zip" and closed.pack_size == 18
    assert reviews.pack(closed.id) == ("pack.zip", b"PK-not-a-real-pack")
    today = records.context(now).today
    for policy in records.list("policy"):
        if policy["status"] != "retired":
            assert policy["last_reviewed_on"] == today
            assert policy["next_review_due"] == rv.next_review(today, "policy", policy)
    for activity in records.list("activity"):
        if activity["status"] != "retired":
            assert activity["last_reviewed"] == today
            assert activity["next_review_due"] == clocks.review_due(today, activity.get("review_every_months") or 12)
    for dpia in records.list("dpia"):
        assert dpia["next_review"] == dt.date(2027, 11, 22)
    entry = list(demo.audit.entries(entity="review"))[-1]
    assert entry.after["status"] == "closed" and entry.after["pack_sha256"] == closed.pack_sha256
    assert demo.audit.verify().ok


def test_a_second_review_compares_with_the_first(demo):
    records = Records(demo)
    reviews = Reviews(records)
    first = reviews.start()
    retire = next(i for i in reviews.items(first.id) if i.entity == "policy")
    reviews.retire([retire.id])
    _confirm_rest(reviews)
    reviews.close(_pack)
    second = reviews.start()
    assert second.previous_id == first.id
    assert not any(i.record_id == retire.record_id and i.entity == "policy" for i in reviews.items(second.id))
    changed = next(i for i in reviews.items(second.id) if i.entity == "activity")
    records.update("activity", changed.record_id, {"description": "Rewritten"})
    new_id = records.create("processor", {"name": "Nordic Backup AS", "status": "active"})
    gone = next(i for i in reviews.items(second.id) if i.entity == "processor" and i.record_id != new_id)
    reviews.retire([gone.id])
    _confirm_rest(reviews)
    closed = reviews.close(_pack)
    changes = reviews.changes(closed)
    assert (CHANGED, "activity", changed.title, ("Description",)) in [(c.kind, c.entity, c.title, c.fields)
                                                                       for c in changes]
    assert (ADDED, "Nordic Backup AS") in [(c.kind, c.title) for c in changes]
    assert (RETIRED_SINCE, gone.title) in [(c.kind, c.title) for c in changes]
    assert reviews.changes(reviews.get(first.id)) is None  # the first had nothing to compare with


def test_the_year_figures_count_breaches_requests_and_training(demo):
    records = Records(demo)
    reviews = Reviews(records)
    review = reviews.start()
    figures = reviews.figures(review)
    breaches = [b for b in records.list("breach") if review.period.contains(
        (b.get("aware_at") or b.get("discovered_at")).astimezone(dt.UTC).date())]
    assert figures.breach_total.breaches == len(breaches) > 0
    assert figures.breach_total.notified == sum(1 for b in breaches if b.get("notified_at"))
    requests = [r for r in records.list("rights_request") if review.period.contains(r["received_on"])]
    assert figures.request_total.requests == len(requests) > 0
    assert figures.request_total.extended == sum(1 for r in requests if r.get("extended"))
    staff = [p for p in records.list("person") if p.get("status") != "left"]
    assert figures.staff == len(staff) and figures.trained + len(figures.untrained) == len(staff)
    assert figures.findings  # the demo has open findings on purpose
