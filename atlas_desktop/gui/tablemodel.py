"""The one table model of every register view, driven by the entity declarations.

Lazy by design, so a register of 100,000 rows opens, scrolls and filters smoothly:

- a filter or sort change asks storage for the matching ids only (``Records.ids``: one
  query, ``SELECT id ... ORDER BY``), which also gives the row count, so the scroll bar is
  right at once;
- the rows themselves are read a page at a time (``Records.rows``, ``PAGE_SIZE`` ids),
  when the view first asks for a cell of that page, and turned into display text once;
- the last ``CACHE_PAGES`` pages are kept (least recently used first out), so scrolling
  back and forth never reads the same page twice in a row, and memory stays bounded;
- rows already shown, and the linked records the checks consulted, are kept across filter
  and sort changes (bounded, for a minute at most, and forgotten on any change to the
  register), so a keystroke in the filter reads only the records it newly shows.

Columns are the entity's ``list_columns``; headers carry the field's help and article as a
tooltip. Registers with deadlines get a first "Attention" column: the checks
(``core.checks.run_checks``) run over the records of each page as it is read (a handful of
records, not the whole register), so a row says "Overdue" or "Due soon" exactly when the
dashboard would, with an icon, the check's sentence as tooltip, and (overdue) a subtle tint:
never colour alone. Sorting by that column sorts by the entity's deadline field.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from ..core import codec
from ..core.checks import DUE_SOON, OVERDUE, run_checks
from ..core.context import Context
from ..core.entities import ENTITIES, entity
from ..core.errors import AtlasError
from ..core.spec import Entity, Field, Kind
from .i18n import spec_text

log = logging.getLogger(__name__)

PAGE_SIZE = 100
CACHE_PAGES = 12
RELATED_LIMIT = 5_000  # linked records of other registers kept for the checks of each page
KNOWN_ROWS = 2_000     # rows as shown kept across filter and sort changes...
KNOWN_SECONDS = 60.0   # ...for at most this long
NOTE_CHARS = 120  # a note shows its first line, cut here; the editor shows it whole
ID_ROLE = Qt.UserRole + 1         # the record id of a row
ATTENTION_ROLE = Qt.UserRole + 2  # "overdue", "due soon" or None
# The checks never name records of these registers themselves (training is judged per person).
_NOT_JUDGED = frozenset({"organisation", "consent", "training"})
_LONG_CELL = 30
_TINT = QColor(220, 50, 47)  # red, only ever blended lightly into the palette's own base colour
# Roles and flags as fixed values: looking a PySide6 enum member up costs microseconds, and data() and flags()
# run thousands of times per paint.
_DISPLAY, _EDIT, _TOOLTIP, _ACCESSIBLE = (int(Qt.DisplayRole), int(Qt.EditRole), int(Qt.ToolTipRole),
                                          int(Qt.AccessibleTextRole))
_DECORATION, _FONT, _BACKGROUND, _ALIGN = (int(Qt.DecorationRole), int(Qt.FontRole), int(Qt.BackgroundRole),
                                           int(Qt.TextAlignmentRole))
_ID, _ATTENTION = int(ID_ROLE), int(ATTENTION_ROLE)
_ROLES = frozenset({_DISPLAY, _EDIT, _ID, _ATTENTION, _TOOLTIP, _ACCESSIBLE, _DECORATION, _FONT, _BACKGROUND, _ALIGN})
_ALIGN_LEFT, _ALIGN_RIGHT = int(Qt.AlignLeft | Qt.AlignVCenter), int(Qt.AlignRight | Qt.AlignVCenter)
_FLAGS = Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemNeverHasChildren
_NO_FLAGS = Qt.NoItemFlags


def due_field(ent: Entity) -> Field | None:
    """The register's own deadline column (a computed date in its list), if it has one."""
    return next((f for f in ent.list_columns if f.computed and f.kind in (Kind.DATE, Kind.DATETIME)), None)


def has_attention(ent: Entity) -> bool:
    return ent.key not in _NOT_JUDGED


@dataclass(frozen=True)
class _Row:
    id: int
    cells: tuple[str, ...]
    severity: str | None = None    # OVERDUE, DUE_SOON or None
    messages: tuple[str, ...] = ()  # the checks' sentences about this record


class RecordTableModel(QAbstractTableModel):
    """The records of one register, filtered and sorted in SQL, read page by page as they are shown."""

    def __init__(self, session: Any, entity_key: str, parent: Any = None, *,
                 now: Callable[[], dt.datetime] | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.entity: Entity = entity(entity_key)
        self._now = now or (lambda: dt.datetime.now(dt.UTC))
        self.fields: tuple[Field, ...] = self.entity.list_columns
        self._attention = has_attention(self.entity)
        self._alignments = ((_ALIGN_LEFT,) if self._attention else ()) + tuple(
            _ALIGN_RIGHT if f.kind is Kind.INT else _ALIGN_LEFT for f in self.fields)
        self._due = due_field(self.entity)
        self.status: str | None = None
        self.text: str = ""
        self.order_by: str | None = None
        self.descending = False
        self._ids: list[int] = []
        self._positions: dict[int, int] | None = None
        self._pages: OrderedDict[int, list[_Row]] = OrderedDict()
        self._ctx: Context | None = None
        # Records of other registers that pages link to (a breach's activities and staff), by register and
        # id: the same few recur on every page and every filter keystroke. Cleared by refresh() and clear().
        self._related: dict[str, dict[int, dict[str, Any]]] = {}
        # Rows as shown, by record id, kept across filter and sort changes (typing "lap" then "lapt" shows
        # mostly the same records): bounded, cleared by any change to the register, and never older than
        # KNOWN_SECONDS.
        self._known: OrderedDict[int, _Row] = OrderedDict()
        self._known_since = time.monotonic()
        # While True, a sort only notes the order: the view reads the register when it is first shown.
        self.deferred = False
        self.total = 0          # records in the register, whatever the filters
        self.pages_read = 0     # pages read from storage since the last refresh (tests and tuning)

    # -- the shape -----------------------------------------------------------------------------------
    @property
    def attention_column(self) -> int:
        return 0 if self._attention else -1

    def field_at(self, column: int) -> Field | None:
        """The declared field shown in ``column``; None for the attention column."""
        index = column - (1 if self._attention else 0)
        return self.fields[index] if 0 <= index < len(self.fields) else None

    def column_of(self, key: str) -> int:
        for column in range(self.columnCount()):
            f = self.field_at(column)
            if f is not None and f.key == key:
                return column
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.fields) + (1 if self._attention else 0)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else _NO_FLAGS

    # -- ids and rows ------------------------------------------------------------------------------
    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int) -> int:
        """The row showing ``record_id``, or -1 if the filters hide it."""
        if self._positions is None:
            self._positions = {rid: row for row, rid in enumerate(self._ids)}
        return self._positions.get(record_id, -1)

    def cached_rows(self) -> int:
        return sum(len(page) for page in self._pages.values())

    def cached_cells(self, column: int) -> list[tuple[str, str | None]]:
        """(display text, severity) of ``column`` in every row read so far (the first page at least): what
        fitting the columns measures."""
        if not self._pages and self._ids:
            self._row(0)
        return [(row.cells[column] if column < len(row.cells) else "", row.severity)
                for page in self._pages.values() for row in page]

    # -- filtering, sorting and refreshing ------------------------------------------------------
    def set_filter(self, text: str | None = None, status: str | None = None) -> None:
        self.text, self.status = (text or "").strip(), status
        self._reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
        if column == self.attention_column:
            key = self._due.key if self._due is not None else None
        else:
            f = self.field_at(column)
            key = f.key if f is not None else None
        self.order_by, self.descending = key, order == Qt.DescendingOrder
        if not self.deferred:
            self._reload()

    def refresh(self) -> None:
        """Read the matching ids again after a change to the register, and forget every cached record."""
        self._forget_known()
        self._reload()

    def _forget_known(self) -> None:
        self._related.clear()
        self._known.clear()
        self._known_since = time.monotonic()

    def _reload(self) -> None:
        """Read the matching ids again (a filter or a sort changed) and forget the cached rows. The related
        records the checks consult are kept: nothing was saved, and they are most of a page's reading."""
        self.deferred = False
        if time.monotonic() - self._known_since > KNOWN_SECONDS:
            self._forget_known()  # the Attention column is judged against the clock: never older than this
        self.beginResetModel()
        self._pages.clear()
        self._positions = None
        self.pages_read = 0
        try:
            records = self.session.records
            self._ids = records.ids(self.entity.key, status=self.status, text=self.text or None,
                                    order_by=self.order_by, descending=self.descending)
            self.total = (len(self._ids) if self.status is None and not self.text
                          else records.count(self.entity.key))
            self._ctx = records.context(self._now())
        except AtlasError:  # locked: show nothing rather than stale data
            self._ids, self.total, self._ctx = [], 0, None
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row (on lock): nothing read from the register stays in memory."""
        self.beginResetModel()
        self._ids, self._positions, self.total, self._ctx = [], None, 0, None
        self._pages.clear()
        self._forget_known()
        self.endResetModel()

    # -- reading pages -------------------------------------------------------------------------------
    def _row(self, row: int) -> _Row | None:
        if not 0 <= row < len(self._ids):
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = self._read_page(number)
            self._pages[number] = page
            while len(self._pages) > CACHE_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = row - number * PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def _read_page(self, number: int) -> list[_Row]:
        ids = self._ids[number * PAGE_SIZE:(number + 1) * PAGE_SIZE]
        self.pages_read += 1
        known = self._known
        missing = [rid for rid in ids if rid not in known]
        try:
            records = self.session.records
            found = {r["id"]: r for r in records.rows(self.entity.key, missing)} if missing else {}
            titles = self._titles(records, found.values())
            judged = self._judge(records, list(found.values()))
        except AtlasError:
            found, titles, judged = {}, {}, {}
        zone = self._ctx.time_zone if self._ctx else "UTC"
        out = []
        for rid in ids:
            row = known.get(rid)
            if row is not None:
                known.move_to_end(rid)
                out.append(row)
                continue
            record = found.get(rid)
            if record is None:  # deleted since the ids were read: an empty row until the next refresh
                out.append(_Row(rid, ("",) * self.columnCount()))
                continue
            severity, messages = judged.get(rid, (None, ()))
            cells = tuple(self._cell(f, record.get(f.key), zone, titles) for f in self.fields)
            attention = (self._severity_text(severity),) if self._attention else ()
            row = known[rid] = _Row(rid, attention + cells, severity, messages)
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

    def _judge(self, records: Any, page: list[dict[str, Any]]) -> dict[int, tuple[str, tuple[str, ...]]]:
        """The checks' verdict on these records: the worst deadline finding of each, with its sentences."""
        if not self._attention or not page or self._ctx is None:
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
        for finding in run_checks(snapshot, self._ctx):
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

    def _severity_text(self, severity: str | None) -> str:
        if severity == OVERDUE:
            return self.tr("Overdue")
        if severity == DUE_SOON:
            return self.tr("Due soon")
        return ""

    def _cell(self, f: Field, value: Any, zone: str, titles: dict[str, dict[int, str]]) -> str:
        if value is None or value == []:
            return ""
        if f.kind is Kind.BOOL:
            return self.tr("Yes") if value else self.tr("No")
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

    # -- what the view reads ---------------------------------------------------------------------------
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole) -> Any:
        # Qt asks for a dozen roles of every cell on every paint. Roles are compared as plain ints, fixed
        # at import: reading ``Qt.DisplayRole`` costs microseconds each time (PySide6 enums), which made
        # this method a third of a filter keystroke on a big register.
        role = int(role)
        if role not in _ROLES or not index.isValid():
            return None
        column = index.column()
        if column >= self.columnCount():
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if role == _DISPLAY or role == _EDIT:
            return row.cells[column] if column < len(row.cells) else ""
        if role == _ID:
            return row.id
        if role == _ATTENTION:
            return row.severity
        if role == _ALIGN:
            return self._alignments[column] if column < len(self._alignments) else _ALIGN_LEFT
        if role == _TOOLTIP:
            if row.messages:
                return "\n".join(row.messages)
            # Long cells are often cut off by the column's width: the tooltip shows them whole.
            text = row.cells[column] if column < len(row.cells) else ""
            return text if len(text) > _LONG_CELL else None
        if not row.severity:
            # What follows only marks the rows the checks flag; a screen reader still hears "Nothing due".
            return self.tr("Nothing due") if role == _ACCESSIBLE and column == self.attention_column else None
        attention_cell = column == self.attention_column
        if role == _ACCESSIBLE and attention_cell:
            return "; ".join((row.cells[column], *row.messages))
        if role == _DECORATION and attention_cell:
            return _icon(row.severity)
        if role == _FONT and attention_cell and row.severity == OVERDUE:
            font = QFont(QGuiApplication.font())
            font.setBold(True)
            return font
        if role == _BACKGROUND and row.severity == OVERDUE:
            return _overdue_tint()
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole) -> Any:
        if orientation != Qt.Horizontal or not 0 <= section < self.columnCount():
            return None
        f = self.field_at(section)
        if role == Qt.DisplayRole:
            return self.tr("Attention") if f is None else spec_text(f.label)
        if role == Qt.ToolTipRole:
            if f is None:
                return self.tr("Overdue or due soon, judged as the dashboard judges it. Sorting by this column "
                               "sorts by the deadline.")
            return f"{spec_text(f.help)} ({f.article})" if f.article else spec_text(f.help)
        if role == Qt.TextAlignmentRole:
            return int((Qt.AlignRight if f is not None and f.kind is Kind.INT else Qt.AlignLeft) | Qt.AlignVCenter)
        return None


def _icon(severity: str) -> QIcon | None:
    if not isinstance(QApplication.instance(), QApplication):
        return None  # no widgets application, no style to draw icons with; the word still says it
    return QApplication.style().standardIcon(QStyle.SP_MessageBoxWarning if severity == OVERDUE
                              else QStyle.SP_MessageBoxInformation)


def _overdue_tint() -> QColor:
    """The palette's base colour with a little red in it: readable in light and dark schemes."""
    base = QGuiApplication.palette().color(QPalette.Base)
    share = 0.16 if base.lightness() < 128 else 0.10
    return QColor(round(base.red() + (_TINT.red() - base.red()) * share),
                  round(base.green() + (_TINT.green() - base.green()) * share),
                  round(base.blue() + (_TINT.blue() - base.blue()) * share))
