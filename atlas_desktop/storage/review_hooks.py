"""What a save made through ``Records`` tells the review in progress: an edited record's item becomes
"updated" (or "retired"), a record added meanwhile joins the review, a deleted one leaves it as retired.

Kept apart from ``storage.reviews`` (the review's own reading and deciding), so that ``Records`` calls
these without loading it. Plain SQL on the connection: these run inside the save's own transaction, and
also inside migrations of older schemas that have no review tables yet.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..core import codec
from ..core import review as rv
from ..core.entities import BY_KEY
from .audit import canonical_json, utc_now
from .dialect import is_team
from .models import REVIEW_ITEM_TABLE, REVIEW_TABLE


def record_state(entity: str, record: Mapping[str, Any]) -> dict[str, Any]:
    """A record's stored fields as JSON: what an item remembers of it at the start and at the close."""
    ent = BY_KEY[entity]
    return {f.key: codec.to_json(f, record.get(f.key)) for f in ent.stored_fields}


# -- told by Records as records are saved ---------------------------------------------------------------
def _open_review_id(db: Any) -> int | None:
    row = db.execute_sql(f'SELECT id FROM "{REVIEW_TABLE}" WHERE status = ? LIMIT 1', (rv.IN_PROGRESS,)).fetchone()
    return int(row[0]) if row else None


def note_saved(reg: Any, entity: str, record_id: int, record: Mapping[str, Any], created: bool,
               action: str) -> None:
    """A record was saved while a review may be in progress: its item becomes "updated" (or "retired" when
    the edit retired it), and a record added meanwhile joins the review as updated. The review's own saves
    (``action == "review"``) are not edits by the reviewer."""
    if action == "review" or (entity not in rv.BY_ENTITY) or not _has_review_tables(reg.db):
        return
    review_id = _open_review_id(reg.db)
    if review_id is None:
        return
    db, now = reg.db, utc_now()
    if entity == rv.CONSENT_PURPOSE:
        key = rv.purpose_key(record.get("purpose"))
        if not key:
            return
        row = db.execute_sql(f'SELECT id FROM "{REVIEW_ITEM_TABLE}" WHERE review = ? AND entity = ? AND purpose = ?',
                             (review_id, entity, key)).fetchone()
        ref: tuple[str, Any] = ("purpose", key)
        title = " ".join(str(record.get("purpose")).split())
        state = {"purpose": title, "records": 1, "withdrawn": 1 if record.get("withdrawn_at") else 0}
    else:
        row = db.execute_sql(f'SELECT id FROM "{REVIEW_ITEM_TABLE}" WHERE review = ? AND entity = ? AND record = ?',
                             (review_id, entity, record_id)).fetchone()
        ref = ("record", record_id)
        title = BY_KEY[entity].title_of({**record, "id": record_id})
        state = record_state(entity, record)
    decision = rv.UPDATED if rv.is_active(entity, record) else rv.RETIRED
    if row is None:
        if decision == rv.RETIRED:
            return  # added already retired: nothing to review
        note = "Added during the review" if created or entity == rv.CONSENT_PURPOSE else "Active again"
        db.execute_sql(
            f'INSERT INTO "{REVIEW_ITEM_TABLE}" (review, entity, record, purpose, title, decision, decided_by, '
            "decided_at, note, state_at_start) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (review_id, entity, record_id if ref[0] == "record" else None, ref[1] if ref[0] == "purpose" else None,
             title, decision, reg.actor, now, note, canonical_json(state)))
        return
    # An edit makes the item "updated", or "retired" when the edit retired the record; a record made
    # active again after a retirement is "updated" too. A retired consent purpose stays retired unless new
    # consent is collected for it (editing an old consent record, e.g. its withdrawal, does not revive it).
    keep_retired = entity == rv.CONSENT_PURPOSE and not created
    db.execute_sql(f'UPDATE "{REVIEW_ITEM_TABLE}" SET decision = ?, decided_by = ?, decided_at = ?, title = ?, '
                   "note = CASE WHEN decision = ? AND ? = ? THEN ? ELSE note END WHERE id = ?"
                   + (" AND decision != ?" if keep_retired else ""),
                   (decision, reg.actor, now, title, rv.RETIRED, decision, rv.UPDATED, "Active again", row[0],
                    *((rv.RETIRED,) if keep_retired else ())))


def note_deleted(reg: Any, entity: str, record_id: int) -> None:
    """A record deleted during a review is retired from it (its history is in the audit trail)."""
    if entity not in rv.BY_ENTITY or entity == rv.CONSENT_PURPOSE or not _has_review_tables(reg.db):
        return
    review_id = _open_review_id(reg.db)
    if review_id is not None:
        reg.db.execute_sql(f'UPDATE "{REVIEW_ITEM_TABLE}" SET decision = ?, decided_by = ?, decided_at = ?, '
                           "note = ? WHERE review = ? AND entity = ? AND record = ?",
                           (rv.RETIRED, reg.actor, utc_now(), "Deleted during the review", review_id, entity,
                            record_id))


def _has_review_tables(db: Any) -> bool:
    # Records also run inside migrations of older schemas (the fixture maker, restore checks).
    cached = getattr(db, "_atlas_has_reviews", None)
    if cached is None:
        if is_team(db):  # a team register starts at schema 6, with the review tables
            cached = True
        else:
            cached = db.execute_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                                    (REVIEW_TABLE,)).fetchone() is not None
        if cached:
            db._atlas_has_reviews = True  # once there, always there; absent may still change by migration
    return bool(cached)
