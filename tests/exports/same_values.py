"""Whether a field's value came back from a workbook as it went in: the comparison the round-trip tests share."""

from __future__ import annotations

import datetime as dt
from typing import Any

from atlas_desktop.core.spec import Field, Kind
from atlas_desktop.exports.layouts import EXPANDED

CHECKLISTS = {key for _, key in EXPANDED}  # written one Yes/No column per term: a checklist has no order


def same_value(f: Field, a: Any, b: Any, ids: dict[str, dict[int, int]]) -> bool:
    """``a`` (the source register's) and ``b`` (the importing one's) agree: times to the millisecond (what a
    workbook keeps), links to the same records by ``ids`` (entity → source id → new id)."""
    if f.kind is Kind.DATETIME and a is not None and b is not None:
        return abs(a - b) < dt.timedelta(milliseconds=1)
    if f.kind is Kind.LINK and a is not None:
        return ids[f.target][a] == b
    if f.kind is Kind.LINKS:
        return [ids[f.target][x] for x in a] == b
    if f.kind is Kind.TABLE:
        return len(a) == len(b) and all(same_value(c, ra[c.key], rb[c.key], ids)
                                        for ra, rb in zip(a, b) for c in f.fields if c.editable)
    if f.kind is Kind.CHOICES and f.key in CHECKLISTS:
        return sorted(a) == sorted(b)
    return a == b
