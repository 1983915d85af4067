"""What changed since the previous closed review: records added, changed (which fields) and retired.

Each review keeps every item's state at its close (the stored fields as JSON); the next review
compares its own items with those. The dates the review itself writes (last reviewed, next
review due) are left out of the comparison: they change every year and say nothing new.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .entities import BY_KEY
from .review import BY_ENTITY, CONSENT_PURPOSE, RETIRED, Item

ADDED, CHANGED, RETIRED_SINCE = "added", "changed", "retired"
CHANGE_LABELS = {ADDED: "Added", CHANGED: "Changed", RETIRED_SINCE: "Retired or removed"}
# The fields of a consent purpose (a review item of its own, not an entity): labels kept in English in the
# changes, like the entities' field labels, and translated where they are shown (spec).
PURPOSE_FIELD_LABELS = {"records": "Consent records", "withdrawn": "Withdrawn consents", "purpose": "Purpose"}
# Written by the review's own close, or derived from what it writes.
_REVIEW_DATES = frozenset({"last_reviewed", "last_reviewed_on", "last_security_review", "next_review_due",
                           "next_review"})


@dataclass(frozen=True)
class Change:
    kind: str                     # ADDED, CHANGED or RETIRED_SINCE
    entity: str
    title: str
    fields: tuple[str, ...] = ()  # for CHANGED: the labels of the fields that differ

    @property
    def register(self) -> str:
        return BY_ENTITY[self.entity].heading if self.entity in BY_ENTITY else self.entity

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "entity": self.entity, "title": self.title, "fields": list(self.fields)}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Change:
        return cls(data["kind"], data["entity"], data["title"], tuple(data.get("fields") or ()))


def _label(entity: str, key: str) -> str:
    if entity == CONSENT_PURPOSE:
        return PURPOSE_FIELD_LABELS.get(key, key)
    ent = BY_KEY[entity]
    return ent.field(key).label if ent.has(key) else key


def changed_fields(entity: str, before: Mapping[str, Any], after: Mapping[str, Any]) -> tuple[str, ...]:
    keys = [k for k in dict.fromkeys([*before, *after]) if k not in _REVIEW_DATES]
    return tuple(_label(entity, k) for k in keys if before.get(k) != after.get(k))


def compare(previous: Iterable[Item], current: Iterable[Item]) -> list[Change]:
    """The changes from the previous review's closing state to the current one's.

    ``current`` items are read at their close state when they have one, else at their start state
    (a review in progress compares what it has seen so far)."""
    before = {i.ref: i for i in previous if i.decision != RETIRED}
    changes: list[Change] = []
    seen = set()
    for item in current:
        seen.add(item.ref)
        state = item.state_at_close if item.state_at_close is not None else item.state_at_start
        old = before.get(item.ref)
        if item.decision == RETIRED:
            changes.append(Change(RETIRED_SINCE, item.entity, item.title))
        elif old is None:
            changes.append(Change(ADDED, item.entity, item.title))
        else:
            fields = changed_fields(item.entity, old.state_at_close or old.state_at_start, state)
            if fields:
                changes.append(Change(CHANGED, item.entity, item.title, fields))
    for ref, old in before.items():
        if ref not in seen:  # retired or deleted between the two reviews
            changes.append(Change(RETIRED_SINCE, old.entity, old.title))
    order = {r.entity: i for i, r in enumerate(BY_ENTITY.values())}
    kinds = {ADDED: 0, CHANGED: 1, RETIRED_SINCE: 2}
    return sorted(changes, key=lambda c: (kinds[c.kind], order.get(c.entity, 99), c.title.casefold()))
