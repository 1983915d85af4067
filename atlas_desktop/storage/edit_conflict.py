"""Says who saved a record while someone else was editing it, and what they changed, from the audit trail.

``Records.update`` raises what this makes when the record's version moved on since the editor read it.
"""

from __future__ import annotations

from ..core.errors import EditConflict
from ..core.spec import Entity
from .register_protocol import OpenRegister


def edit_conflict(reg: OpenRegister, ent: Entity, record_id: int, expected: int, current: int) -> EditConflict:
    """Who saved the record since version ``expected`` (it is at ``current`` now), and which fields."""
    saves = max(1, current - expected)
    entries = [e for e in reg.audit.entries(entity=ent.key, record=str(record_id))
               if e.action != "create"][-saves:]
    people = ", ".join(dict.fromkeys(e.actor for e in entries)) or "someone else"
    fields = dict.fromkeys(ent.field(k).label for e in entries for k in e.changed_fields() if ent.has(k))
    when = entries[-1].at[:16].replace("T", " ") + " UTC" if entries else "a moment ago"
    what = f" ({', '.join(fields)})" if fields else ""
    return EditConflict(
        f"{people} saved this {ent.label.lower()} at {when}, while you were editing it{what}. Your changes "
        "were not saved and are still in the editor: copy what you need, then reopen the record to see "
        "theirs and make your changes again.")
