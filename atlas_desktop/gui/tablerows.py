"""Turning a page of records into the rows a register table shows: each cell's display text, and the
checks' verdict on each record for the Attention column.

The checks (``core.checks.run_checks``) run over the records of the page alone plus the few records of
other registers they consult (a breach's activities and staff, a person's trainings), so a row says
"Overdue" or "Due soon" exactly when the dashboard would, without reading the whole register.

Rows already made, and the linked records the checks consulted, are kept across the table's filter
and sort changes (typing "lap" then "lapt" shows mostly the same records): bounded, never older
than ``KNOWN_SECONDS``, and forgotten on any change to the register (``forget``).
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..core import codec
from ..core.checks import DUE_SOON, OVERDUE, run_checks
from ..core.context import Context
from ..core.derive import COUNTED_PAST_HOLIDAYS, counted_now
from ..core.entities import ENTITIES
from ..core.errors import AtlasError
from ..core.spec import Entity, Field, Kind
from .i18n import spec_text

RELATED_LIMIT = 5_000  # linked records of other registers kept for the checks of each page
KNOWN_ROWS = 2_000     # rows as shown kept across filter and sort changes...
KNOWN_SECONDS = 60.0   # ...for at most this long
NOTE_CHARS = 120  # a note shows its first line, cut here; the editor shows it whole
# The checks never name records of these registers themselves (training is judged per person).
_NOT_JUDGED = frozenset({"organisation", "consent", "training"})


# These words were the table model's own before this module was split from it: same context, same
# translations.
def tr(text: str) -> str:
    return QCoreApplication.translate("RecordTableModel", text)


def has_attention(ent: Entity) -> bool:
    return ent.key not in _NOT_JUDGED


@dataclass(frozen=True)
class Row:
    id: int
    cells: tuple[str, ...]
    severity: str | None = None    # OVERDUE, DUE_SOON or None
    messages: tuple[str, ...] = ()  # the checks' sentences about this record


def severity_text(severity: str | None) -> str:
    if severity == OVERDUE:
        return tr("Overdue")
    if severity == DUE_SOON:
        return tr("Due soon")
    return ""


class RowReader:
    """Makes the rows of one register's pages from its records, keeping what recurs from page to page."""

    def __init__(self, session: Any, entity: Entity, fields: Sequence[Field]) -> None:
        self.session = session
        self.entity = entity
        self.fields = tuple(fields)
        self.attention = has_attention(entity)
        self.width = len(self.fields) + (1 if self.attention else 0)
        # Records of other registers that pages link to (a breach's activities and staff), by register and
        # id: the same few recur on every page and every filter keystroke.
        self._related: dict[str, dict[int, dict[str, Any]]] = {}
        self._known: OrderedDict[int, Row] = OrderedDict()
        self._known_since = time.monotonic()

    def forget(self) -> None:
        """Forget every kept row and record (the register changed, or was locked)."""
        self._related.clear()
        self._known.clear()
        self._known_since = time.monotonic()

    def expire(self) -> bool:
        """Forget what is older than KNOWN_SECONDS (the Attention column is judged against the clock); True if
        it did."""
        if time.monotonic() - self._known_since > KNOWN_SECONDS:
            self.forget()
            return True
        return False

    def read(self, ids: Sequence[int], ctx: Context | None) -> list[Row]:
        """The rows of these ids, in this order; a record deleted since its id was read (or unreadable: the
        register was locked) is an empty row."""
        known = self._known
        missing = [rid for rid in ids if rid not in known]
        try:
            records = self.session.records
            found = {r["id"]: r for r in records.rows(self.entity.key, missing)} if missing else {}
            if ctx is not None and self.entity.key in COUNTED_PAST_HOLIDAYS:
                # Shown as the header's calendar note says they were counted: stored ones predate any change of it.
                found = {r["id"]: r for r in counted_now(self.entity.key, found.values(), ctx)}
            titles = self._titles(records, found.values())
            judged = self._judge(records, list(found.values()), ctx)
        except AtlasError:
            found, titles, judged = {}, {}, {}
        zone = ctx.time_zone if ctx else "UTC"
        out = []
        for rid in ids:
            row = known.get(rid)
            if row is not None:
                known.move_to_end(rid)
                out.append(row)
                continue
            record = found.get(rid)
            if record is None:  # an empty row until the table reads its ids again
                out.append(Row(rid, ("",) * self.width))
                continue
            severity, messages = judged.get(rid, (None, ()))
            cells = tuple(self._cell(f, record.get(f.key), zone, titles) for f in self.fields)
            attention = (severity_text(severity),) if self.attention else ()
            row = known[rid] = Row(rid, attention + cells, severity, messages)
            out.append(row)
        while len(known) > KNOWN_ROWS:
            known.popitem(last=False)
        return out

    def _titles(self, records: Any, page: Any) -> dict[str, dict[int, str]]:
        wanted: dict[str, set[int]] = {}
        rows = list(page)
        for f in self.fields:
            if f.kind in (Kind.LINK, Kind.LINKS) and f.target:
                ids = wanted.setdefault(f.target, set())
                for r in rows:
                    value = r.get(f.key)
                    ids.update(value if isinstance(value, list) else [value] if value is not None else [])
        return {target: records.titles(target, ids) for target, ids in wanted.items() if ids}

    def _judge(self, records: Any, page: list[dict[str, Any]], ctx: Context | None
               ) -> dict[int, tuple[str, tuple[str, ...]]]:
        """The checks' verdict on these records: the worst deadline finding of each, with its sentences."""
        if not self.attention or not page or ctx is None:
            return {}
        ids = [r["id"] for r in page]
        snapshot: dict[str, Sequence[dict[str, Any]]] = {self.entity.key: page}
        # The few related records the rules consult: what this page links to, and what links to it
        # (the trainings of people and the breaches they were involved in, the DPIA of an activity).
        for f in self.entity.stored_fields:
            if f.kind in (Kind.LINK, Kind.LINKS) and f.target and f.target != self.entity.key:
                linked: set[int] = set()
                for r in page:
                    value = r.get(f.key)
                    linked.update(value if isinstance(value, list) else [value] if value is not None else [])
                snapshot[f.target] = [*snapshot.get(f.target, []), *self._linked(records, f.target, linked, snapshot)]
        for other in ENTITIES:
            for f in other.stored_fields:
                if f.kind in (Kind.LINK, Kind.LINKS) and f.target == self.entity.key and other.key != self.entity.key:
                    known = {r["id"] for r in snapshot.get(other.key, [])}
                    extra = [r for r in records.linking(other.key, f.key, ids) if r["id"] not in known]
                    snapshot[other.key] = [*snapshot.get(other.key, []), *extra]
        verdicts: dict[int, tuple[str, list[str]]] = {}
        for finding in run_checks(snapshot, ctx):
            if finding.entity != self.entity.key or finding.record is None or finding.severity not in (
                    OVERDUE, DUE_SOON):
                continue
            severity, messages = verdicts.get(finding.record, (DUE_SOON, []))
            verdicts[finding.record] = (OVERDUE if OVERDUE in (severity, finding.severity) else DUE_SOON,
                                        messages + [finding.message])
        return {rid: (sev, tuple(msgs)) for rid, (sev, msgs) in verdicts.items()}

    def _linked(self, records: Any, target: str, ids: set[int], snapshot: Mapping[str, Sequence[dict[str, Any]]]
                ) -> list[dict[str, Any]]:
        """The records of ``target`` with these ids not in ``snapshot`` yet, read once and then kept."""
        known = {r["id"] for r in snapshot.get(target, [])}
        cache = self._related.setdefault(target, {})
        missing = [i for i in ids - known if i not in cache]
        if len(cache) + len(missing) > RELATED_LIMIT:
            cache.clear()  # bounded: a long scroll through a huge register must not keep every record
            missing = list(ids - known)
        for record in records.rows(target, missing):
            cache[record["id"]] = record
        return [cache[i] for i in ids - known if i in cache]

    def _cell(self, f: Field, value: Any, zone: str, titles: dict[str, dict[int, str]]) -> str:
        if value is None or value == []:
            return ""
        if f.kind is Kind.BOOL:
            return tr("Yes") if value else tr("No")
        if f.kind in (Kind.CHOICE, Kind.CHOICES, Kind.TAGS) and f.vocab is not None:
            items = value if isinstance(value, list) else [value]
            return "; ".join(spec_text(f.vocab.label_of(v)) for v in items)
        text = codec.display(f, value, zone, titles.get(f.target or "", {}))
        if f.kind in (Kind.NOTE, Kind.TABLE):
            lines = text.strip().splitlines() or [""]
            if len(lines[0]) > NOTE_CHARS:
                return lines[0][:NOTE_CHARS - 1].rstrip() + "…"
            return lines[0] + (" …" if len(lines) > 1 else "")
        return text
