"""Keeps the annual reviews: starting one, recording each item's decision, and closing it with its pack.

A review is two tables (schema 4): the review, with the snapshot it started from (the audit
trail's head and the active records per register), and one item per record or consent
purpose to decide on. Every decision is saved as it is made, so a review can be paused and
resumed across days, locks and restarts. Saves made through ``Records`` while a review is in
progress tell it (``review_hooks``), so an item edited in the normal editor
becomes "updated" and a record added meanwhile joins the review. Closing is one transaction:
the next-review dates, the closing states, the year's figures, the changes since the last
review and the pack all land together, or nothing does.
"""

from __future__ import annotations

import builtins
import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import peewee

from ..core import review as rv
from ..core.entities import BY_KEY
from ..core.checks import check_stream
from ..core.errors import InvalidRecord, NeedsNote, NotFound, UsageError
from ..core.i18n import spec, t, tn
from ..core.review_attention import Attention, attention, bulk_note, clean_note, needs_note_message
from ..core.review_diff import Change, compare
from ..core.review_figures import YearFigures, year_figures
from .audit import canonical_json, shown_day, utc_now
from .models import REVIEW_ITEM_TABLE, REVIEW_TABLE
from .review_hooks import record_state

ENTITY = "review"  # as the audit trail names the reviews
PackBuilder = Callable[[rv.Review], tuple[str, bytes]]


def _when(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


class Reviews:
    """The reviews of one open register (``Records`` gives the records and the audit trail)."""

    def __init__(self, records: Any) -> None:
        self.records = records
        self.reg = records.reg
        self.review_model = records.models[REVIEW_TABLE]
        self.item_model = records.models[REVIEW_ITEM_TABLE]

    # -- reading ------------------------------------------------------------------------------------
    def _review(self, row: Mapping[str, Any]) -> rv.Review:
        pack = row.get("pack_size")
        return rv.Review(
            id=row["id"], title=row["title"], status=row["status"], started_at=_when(row["started_at"]),  # type: ignore[arg-type]
            started_by=row["started_by"],
            period=rv.Period(dt.date.fromisoformat(row["period_start"]), dt.date.fromisoformat(row["period_end"])),
            audit_count=row["audit_count"], audit_head=row["audit_head"],
            counts_at_start=json.loads(row["counts_at_start"] or "{}"), closed_at=_when(row["closed_at"]),
            closed_by=row["closed_by"], previous_id=row["previous"], pack_name=row["pack_name"],
            pack_sha256=row["pack_sha256"], pack_size=int(pack) - self.reg.seal_overhead if pack is not None else None)

    def _select(self) -> Any:
        m = self.review_model
        columns = [c for name, c in m._meta.fields.items() if name != "pack"]
        return m.select(*columns, peewee.fn.length(m.pack).alias("pack_size"))  # never the pack's bytes

    def list(self) -> builtins.list[rv.Review]:
        """Every review, the newest first."""
        return [self._review(r) for r in self._select().order_by(self.review_model.id.desc()).dicts()]

    def get(self, review_id: int) -> rv.Review:
        row = self._select().where(self.review_model.id == review_id).dicts().first()
        if row is None:
            raise NotFound(t("storage", "There is no review #{id} ('atlas review list' shows them).").format(
                id=review_id))
        return self._review(row)

    def current(self) -> rv.Review | None:
        """The review in progress, if one is."""
        row = self._select().where(self.review_model.status == rv.IN_PROGRESS).dicts().first()
        return self._review(row) if row else None

    def require_current(self) -> rv.Review:
        review = self.current()
        if review is None:
            raise UsageError(t("storage", "No review is in progress: start one with 'atlas review start' "
                                          "(in the app: Tools → Annual review)."))
        return review

    def last_closed(self, before: int | None = None) -> rv.Review | None:
        m = self.review_model
        query = self._select().where(m.status == rv.CLOSED)
        if before is not None:
            query = query.where(m.id < before)
        row = query.order_by(m.id.desc()).dicts().first()
        return self._review(row) if row else None

    def _item(self, row: Mapping[str, Any]) -> rv.Item:
        return rv.Item(id=row["id"], review_id=row["review"], entity=row["entity"], record_id=row["record"],
                       purpose=row["purpose"], title=row["title"], decision=row["decision"],
                       decided_by=row["decided_by"], decided_at=_when(row["decided_at"]), note=row["note"],
                       state_at_start=json.loads(row["state_at_start"]),
                       state_at_close=json.loads(row["state_at_close"]) if row["state_at_close"] else None)

    def items(self, review_id: int, *, decision: str | None = None) -> builtins.list[rv.Item]:
        """The review's items, register by register in review order, then by title."""
        m = self.item_model
        query = m.select().where(m.review == review_id)
        if decision is not None:
            query = query.where(m.decision == decision)
        order = {r.entity: i for i, r in enumerate(rv.REVIEWED)}
        items = [self._item(r) for r in query.dicts()]
        return sorted(items, key=lambda i: (order.get(i.entity, 99), i.title.casefold(), i.id))

    def counts(self, review_id: int) -> dict[str, int]:
        return rv.counts(self.items(review_id))

    # -- starting -----------------------------------------------------------------------------------
    def _active(self) -> builtins.list[tuple[str, int | None, str | None, str, dict[str, Any]]]:
        """(entity, record id, purpose key, title, state) of everything a review covers now."""
        found: builtins.list[tuple[str, int | None, str | None, str, dict[str, Any]]] = []
        for rule in rv.REVIEWED:
            if rule.entity == rv.CONSENT_PURPOSE:
                continue
            ent = BY_KEY[rule.entity]
            for record in self.records.list(rule.entity, order_by=ent.title, reverse_links=False):
                if rv.is_active(rule.entity, record):
                    found.append((rule.entity, record["id"], None, ent.title_of(record),
                                  record_state(rule.entity, record)))
        retired = self._retired_purposes()
        for purpose in rv.consent_purposes(self.records.list("consent", reverse_links=False)):
            if not rv.purpose_still_retired(purpose, retired.get(purpose.key)):
                found.append((rv.CONSENT_PURPOSE, None, purpose.key, purpose.label, purpose.state))
        return found

    def _retired_purposes(self) -> dict[str, dt.datetime]:
        """Consent purposes retired by a closed review, and when."""
        sql = (f'SELECT i.purpose, MAX(i.decided_at) FROM "{REVIEW_ITEM_TABLE}" AS i JOIN "{REVIEW_TABLE}" AS r '
               "ON r.id = i.review WHERE r.status = ? AND i.entity = ? AND i.decision = ? GROUP BY i.purpose")
        rows = self.reg.db.execute_sql(sql, (rv.CLOSED, rv.CONSENT_PURPOSE, rv.RETIRED)).fetchall()
        return {key: dt.datetime.fromisoformat(at) for key, at in rows if key and at}

    def start(self, now: dt.datetime | None = None) -> rv.Review:
        """Snapshot the register (audit head, active records) and list every item to decide on."""
        ctx = self.records.context(now)
        with self.reg.transaction(t("storage", "starting the review")):
            if (open_review := self.current()) is not None:
                raise UsageError(t("storage", "{review} is already in progress (started {date}): carry on with it, or "
                                              "close it first.").format(review=open_review.title,
                                                                        date=shown_day(open_review.started_at.date())))
            previous = self.last_closed()
            today = ctx.today
            period = rv.review_period(today, previous.period.end if previous else None)
            head = self.reg.audit.head()
            active = self._active()
            per_register: dict[str, int] = {}
            for entity, *_ in active:
                per_register[entity] = per_register.get(entity, 0) + 1
            title = rv.review_title(today, (r.title for r in self.list()))
            review_id = int(self.review_model.insert(
                title=title, status=rv.IN_PROGRESS, started_at=utc_now(), started_by=self.reg.actor,
                period_start=period.start.isoformat(), period_end=period.end.isoformat(),
                audit_count=head.count, audit_head=head.head, counts_at_start=json.dumps(per_register),
                previous=previous.id if previous else None).execute())
            rows = [{"review": review_id, "entity": e, "record": rid, "purpose": key, "title": t,
                     "decision": rv.OPEN, "state_at_start": canonical_json(state)}
                    for e, rid, key, t, state in active]
            for chunk in range(0, len(rows), 200):
                self.item_model.insert_many(rows[chunk:chunk + 200]).execute()
            self.reg.audit.append(self.reg.actor, "create", ENTITY, str(review_id), None,
                                  {"title": title, "period": period.label(), "items": len(rows),
                                   "audit_head": f"{head.count}:{head.head}"})
        return self.get(review_id)

    # -- deciding -----------------------------------------------------------------------------------
    def _open_items(self, review: rv.Review, item_ids: Iterable[int]) -> builtins.list[rv.Item]:
        wanted = list(dict.fromkeys(item_ids))
        by_id = {i.id: i for i in self.items(review.id)}
        missing = [str(i) for i in wanted if i not in by_id]
        if missing:
            raise UsageError(t("storage", "{review} has no item {items} ('atlas review status --items' lists them).")
                             .format(review=review.title, items=", ".join(missing)))
        return [by_id[i] for i in wanted]

    def _set(self, items: Sequence[rv.Item], decision: str, note: str | None) -> int:
        if not items:
            return 0
        m = self.item_model
        m.update(decision=decision, decided_by=self.reg.actor, decided_at=utc_now(),
                 note=note or None).where(m.id.in_([i.id for i in items])).execute()
        self.reg.audit.append(self.reg.actor, "update", ENTITY, str(items[0].review_id), None,
                              {"decision": rv.DECISION_LABELS[decision], "items": [i.title for i in items],
                               **({"note": note} if note else {})})
        return len(items)

    def attention(self, review_id: int, now: dt.datetime | None = None) -> Attention:
        """Why each item needs attention (``core.review_attention``) as the register stands now."""
        return self._attention(self.items(review_id), now)

    def _attention(self, items: Sequence[rv.Item], now: dt.datetime | None = None) -> Attention:
        if not items:
            return {}
        ctx = self.records.context(now)
        breaches: dict[int, dict[str, Any]] = {}
        purposes: dict[int, str] = {}

        def observe(entity: str, chunk: Sequence[dict[str, Any]]) -> None:
            # The checks read every breach and consent once anyway: keep what the items are matched with.
            if entity == "breach":
                breaches.update((b["id"], b) for b in chunk)
            elif entity == "consent":
                purposes.update((c["id"], rv.purpose_key(c.get("purpose"))) for c in chunk)

        findings = check_stream(self.records.checked, ctx, observe)
        return attention(items, findings, breaches.values(), purposes, ctx.now, ctx.time_zone)

    def confirm(self, item_ids: Iterable[int] | None = None, note: str | None = None) -> int:
        """Mark items as confirmed unchanged. With ``item_ids`` None, every open item that needs no attention
        (in bulk: their note says so); an item that needs attention is only confirmed by its id, with a note."""
        review = self.require_current()
        note = clean_note(note)
        with self.reg.transaction(t("storage", "saving the review")):
            if item_ids is None:
                items = self.items(review.id, decision=rv.OPEN)
                flagged = self._attention(items)
                return self._set([i for i in items if i.id not in flagged], rv.CONFIRMED, bulk_note(note))
            items = self._open_items(review, item_ids)
            done = [i for i in items if i.decision in (rv.UPDATED, rv.RETIRED)]
            if done:
                said = (t("storage", '"{title}" is already retired; it cannot also be confirmed unchanged.')
                        if done[0].decision == rv.RETIRED
                        else t("storage", '"{title}" is already updated; it cannot also be confirmed unchanged.'))
                raise UsageError(said.format(title=done[0].title))
            if note is None:
                flagged = self._attention(items)
                needing = [i for i in items if i.id in flagged]
                if needing:
                    raise NeedsNote(needs_note_message(needing[0], flagged[needing[0].id]))
            return self._set(items, rv.CONFIRMED, note)

    def reopen(self, item_ids: Iterable[int]) -> int:
        """Take back a "confirmed unchanged". A retirement is undone by setting the record's status back
        (in its editor, or ``atlas edit``): the item then counts as updated."""
        review = self.require_current()
        with self.reg.transaction(t("storage", "saving the review")):
            items = [i for i in self._open_items(review, item_ids) if i.decision == rv.CONFIRMED]
            return self._set(items, rv.OPEN, None)

    def retire(self, item_ids: Iterable[int], note: str | None = None) -> int:
        """Retire items: the record keeps its history with its status set to retired (or ended)."""
        review = self.require_current()
        with self.reg.transaction(t("storage", "retiring")):
            items = self._open_items(review, item_ids)
            for item in items:
                rule = rv.BY_ENTITY[item.entity]
                if item.record_id is not None and rule.retire_field and self.records.exists(item.entity,
                                                                                              item.record_id):
                    self.records.update(item.entity, item.record_id, {rule.retire_field: rule.retire_value},
                                        action="review")
            return self._set(items, rv.RETIRED, note)

    # -- what the review shows ----------------------------------------------------------------------
    def figures(self, review: rv.Review, now: dt.datetime | None = None) -> YearFigures:
        """The year's figures: as signed for a closed review, as they stand now for one in progress."""
        if not review.is_open:
            raw = self.review_model.select(self.review_model.figures).where(
                self.review_model.id == review.id).scalar()
            if raw:
                return YearFigures.from_json(json.loads(raw))
        ctx = self.records.context(now)
        period = rv.Period(review.period.start, max(review.period.start, ctx.today))
        return year_figures(self.records.snapshot(), ctx, period)

    def changes(self, review: rv.Review) -> builtins.list[Change] | None:
        """What changed since the previous closed review; None when this is the first."""
        if not review.is_open:
            raw = self.review_model.select(self.review_model.changes).where(
                self.review_model.id == review.id).scalar()
            return None if raw is None else [Change.from_json(c) for c in json.loads(raw)]
        previous = self.last_closed(before=review.id)
        if previous is None:
            return None
        return compare(self.items(previous.id), self._current_states(review))

    def _current_states(self, review: rv.Review) -> builtins.list[rv.Item]:
        """The items as they stand now (the state a close would record)."""
        purposes = {p.key: p for p in rv.consent_purposes(self.records.list("consent", reverse_links=False))}
        items = self.items(review.id)
        # One read per register (a record deleted meanwhile is simply not found): the stored fields are all
        # a state holds, so no reverse links are needed.
        stored: dict[tuple[str, int], dict[str, Any]] = {}
        for entity in {i.entity for i in items if i.record_id is not None}:
            ids = [i.record_id for i in items if i.entity == entity and i.record_id is not None]
            stored.update(((entity, r["id"]), record_state(entity, r)) for r in self.records.rows(entity, ids))
        out = []
        for item in items:
            state: dict[str, Any] | None = None
            if item.record_id is not None:
                state = stored.get((item.entity, item.record_id))
            elif item.purpose is not None and item.purpose in purposes:
                state = purposes[item.purpose].state
            out.append(rv.Item(**{**item.__dict__, "state_at_close": state if state is not None
                                  else item.state_at_start}))
        return out

    # -- closing ------------------------------------------------------------------------------------
    def close(self, build_pack: PackBuilder, now: dt.datetime | None = None) -> rv.Review:
        """Close the review in progress: every item must be decided. Dates each kept record's next review,
        records the closing states, figures and changes, then builds the pack (``build_pack`` reads the
        register inside this transaction) and keeps it; a failure anywhere leaves the review open."""
        review = self.require_current()
        open_items = self.items(review.id, decision=rv.OPEN)
        if open_items:
            names = ", ".join(t("storage", '"{title}"').format(title=i.title) for i in open_items[:3])
            if len(open_items) > 3:
                names = tn("storage", "{items} and %n more", len(open_items) - 3).format(items=names)
            # Not tn: the English has always read "item(s) are", whatever the count.
            raise UsageError(t("storage", "{review} cannot be closed: {count} item(s) are not reviewed yet ({names}). "
                                          "Confirm, update or retire each one first.").format(
                review=review.title, count=len(open_items), names=names))
        ctx = self.records.context(now)
        today = ctx.today
        with self.reg.transaction(t("storage", "closing the review")):
            self._date_reviewed(review, today)
            states = self._current_states(review)
            for item in states:
                self.item_model.update(state_at_close=canonical_json(item.state_at_close)).where(
                    self.item_model.id == item.id).execute()
            period = rv.Period(review.period.start, max(review.period.start, today))
            figures = year_figures(self.records.snapshot(), ctx, period)
            previous = self.last_closed(before=review.id)
            changes = None if previous is None else compare(self.items(previous.id), states)
            m = self.review_model
            m.update(status=rv.CLOSED, closed_at=utc_now(), closed_by=self.reg.actor,
                     period_end=period.end.isoformat(), figures=json.dumps(figures.to_json()),
                     changes=None if changes is None else json.dumps([c.to_json() for c in changes])
                     ).where(m.id == review.id).execute()
            name, pack = build_pack(self.get(review.id))
            digest = hashlib.sha256(pack).hexdigest()
            # Sealed like an attachment: on a team register the server never holds the pack in clear.
            m.update(pack_name=name, pack_sha256=digest, pack=self.reg.seal(pack)).where(m.id == review.id).execute()
            self.reg.audit.append(self.reg.actor, "update", ENTITY, str(review.id), {"status": "in progress"},
                                  {"status": "closed", "period": period.label(), "pack": name,
                                   "pack_sha256": digest, **rv.counts(states)})
        return self.get(review.id)

    def _date_reviewed(self, review: rv.Review, today: dt.date) -> None:
        """Set "last reviewed" on every record kept, so its next review falls due a cycle from today."""
        for item in self.items(review.id):
            rule = rv.BY_ENTITY.get(item.entity)
            if (item.decision == rv.RETIRED or item.record_id is None or rule is None or rule.reviewed_field is None
                    or not self.records.exists(item.entity, item.record_id)):
                continue
            try:
                self.records.update(item.entity, item.record_id, {rule.reviewed_field: today}, action="review")
            except InvalidRecord as exc:
                raise UsageError(t("storage", '{record} "{title}" cannot be saved as reviewed: {reason}. Open it, fix '
                                              "it, and close the review again.").format(
                    record=spec(BY_KEY[item.entity].label), title=item.title, reason=exc)) from None

    def pack(self, review_id: int) -> tuple[str, bytes]:
        """A closed review's pack, as it was written at the close."""
        review = self.get(review_id)
        data = self.review_model.select(self.review_model.pack).where(self.review_model.id == review_id).scalar()
        if data is None or review.pack_name is None:
            raise UsageError(t("storage", "{review} has no pack: it is still in progress.").format(review=review.title))
        return review.pack_name, self.reg.unseal(bytes(data))
