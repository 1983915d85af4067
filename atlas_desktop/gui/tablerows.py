"""Turning a page of records into the rows a register table shows: each cell's display text, and the
checks' verdict on each record for the Attention column.

The checks (``core.checks.run_checks``) run over the records of the page alone plus the few records of
other registers they consult (a breach's activities and staff, a person's trainings), so a row says
"Overdue" or "Due soon" exactly when the dashboard would, without reading the whole register.

A page may be made before it is judged (``read(..., judge=False)``): its rows then carry no mark
(``Row.judged`` False: an empty Attention cell, never a wrong one) until ``judge`` gives them theirs; the
table paints the first rows of a page being opened that way, and the marks follow a moment later.

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

from ..core import clocks, codec
from ..core.checks import CHECKED_FIELDS, DUE_SOON, OVERDUE, run_checks
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
LABELS_KEPT = 1_000  # choice labels kept, per register
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
    judged: bool = True            # False until the checks have judged it: no mark yet, not "nothing due"


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
        self._labels: dict[tuple[str, Any], str] = {}
        self._zones: dict[str, Any] = {}
        # The rows made but not judged yet, until ``judge`` (or a reload) takes them.
        self._unjudged: set[int] = set()
        # What a page made before it is judged reads: the columns shown (unless the holiday-counted dates
        # need the whole record); ``judge`` reads what the checks read.
        self._shown = None if entity.key in COUNTED_PAST_HOLIDAYS else tuple(f.key for f in self.fields if f.stored)

    def forget(self) -> None:
        """Forget every kept row and record (the register changed, or was locked)."""
        self._related.clear()
        self._known.clear()
        self._unjudged.clear()
        self._known_since = time.monotonic()

    def drop_unjudged(self) -> None:
        """Forget the rows waiting for their marks (the table reads its rows again)."""
        self._unjudged.clear()

    def expire(self) -> bool:
        """Forget what is older than KNOWN_SECONDS (the Attention column is judged against the clock); True if
        it did."""
        if time.monotonic() - self._known_since > KNOWN_SECONDS:
            self.forget()
            return True
        return False

    def read(self, ids: Sequence[int], ctx: Context | None, *, judge: bool = True) -> list[Row]:
        """The rows of these ids, in this order; a record deleted since its id was read (or unreadable: the
        register was locked) is an empty row. ``judge`` False: the rows not kept from before come without
        their marks (``Row.judged`` False), for ``judge`` to give them later."""
        known = self._known
        missing = [rid for rid in ids if rid not in known]
        later = not judge and self.attention and ctx is not None
        try:
            records = self.session.records
            found = self._records(records, missing, ctx, self._shown if later else None)
            titles = self._titles(records, found.values())
            judged = {} if later else self._judge(records, list(found.values()), ctx)
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
            cells = tuple(self._cell(f, record.get(f.key), zone, titles) for f in self.fields)
            if later:
                self._unjudged.add(rid)
                out.append(Row(rid, ("", *cells), judged=False))
                continue
            severity, messages = judged.get(rid, (None, ()))
            attention = (severity_text(severity),) if self.attention else ()
            row = known[rid] = Row(rid, attention + cells, severity, messages)
            out.append(row)
        self._trim()
        return out

    def judge(self, rows: Sequence[Row], ctx: Context | None) -> list[Row]:
        """These rows with their marks: those made without (``read(..., judge=False)``) are judged now, as
        ``read`` would have judged them, and kept like any row made. If the register cannot be read (it was
        locked meanwhile), they stay without marks."""
        waiting = [row.id for row in rows if not row.judged and row.id in self._unjudged]
        try:
            records = self.session.records
            found = self._records(records, waiting, ctx, CHECKED_FIELDS.get(self.entity.key))
            verdicts = self._judge(records, list(found.values()), ctx)
        except AtlasError:
            return list(rows)
        out = []
        for row in rows:
            if row.judged or row.id not in self._unjudged:
                out.append(row)
                continue
            self._unjudged.discard(row.id)
            severity, messages = verdicts.get(row.id, (None, ()))
            row = self._known[row.id] = Row(row.id, (severity_text(severity), *row.cells[1:]), severity, messages)
            out.append(row)
        self._trim()
        return out

    def _trim(self) -> None:
        while len(self._known) > KNOWN_ROWS:
            self._known.popitem(last=False)

    def _records(self, records: Any, ids: list[int], ctx: Context | None, fields: Sequence[str] | None
                 ) -> dict[int, dict[str, Any]]:
        """The records of these ids (``fields``: only those), by id."""
        found = {r["id"]: r for r in records.rows(self.entity.key, ids, fields=fields)} if ids else {}
        if ctx is not None and self.entity.key in COUNTED_PAST_HOLIDAYS:
            # Shown as the header's calendar note says they were counted: stored ones predate any change of it.
            found = {r["id"]: r for r in counted_now(self.entity.key, found.values(), ctx)}
        return found

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
            return "; ".join(self._label(f, v) for v in value) if isinstance(value, list) else self._label(f, value)
        if f.kind is Kind.DATETIME:
            return self._moment(f, value, zone)
        text = codec.display(f, value, zone, titles.get(f.target or "", {}))
        if f.kind in (Kind.NOTE, Kind.TABLE):
            lines = text.strip().splitlines() or [""]
            if len(lines[0]) > NOTE_CHARS:
                return lines[0][:NOTE_CHARS - 1].rstrip() + "…"
            return lines[0] + (" …" if len(lines) > 1 else "")
        return text

    def _label(self, f: Field, code: Any) -> str:
        """A choice's label as shown, worked out once per code (most of a page repeats a few)."""
        key = (f.key, code)
        label = self._labels.get(key)
        if label is None:
            if len(self._labels) > LABELS_KEPT:  # an open vocabulary's free entries are not bounded
                self._labels.clear()
            label = self._labels[key] = spec_text(f.vocab.label_of(code) if f.vocab is not None else str(code))
        return label

    def _moment(self, f: Field, value: Any, zone: str) -> str:
        """A date and time as ``codec.display`` shows it (local time and the zone's abbreviation), without
        ``strftime``, which costs more than the rest of a page's cells; the calendar's edges go to display."""
        tz = self._zones.get(zone)
        if tz is None:
            tz = self._zones[zone] = clocks.zone(zone)
        try:
            m = value.astimezone(tz)
        except OverflowError:
            return codec.display(f, value, zone)
        if m.year < 1000:
            return codec.display(f, value, zone)
        return f"{m.year}-{m.month:02d}-{m.day:02d} {m.hour:02d}:{m.minute:02d} {m.tzname() or ''}"
