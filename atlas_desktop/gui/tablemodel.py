"""The one table model of every register view, driven by the entity declarations.

Lazy by design, so a register of 100,000 rows opens, scrolls and filters smoothly:

- a refresh, filter or sort change first asks storage for the first page of matching ids only
  (``Records.ids(..., limit=PAGE_SIZE + 1)``), so those rows are painted at once; every matching
  id (the row count and the scroll bar) is read right after they were painted, and added as
  inserted rows, not a reset, so the scroll position, the selection and the current row stay.
  Until then ``complete`` is False; anything that needs an id past the first page (``row_of``,
  Qt's ``fetchMore``) reads them at that moment;
- the rows themselves are read a page at a time (``Records.rows``, ``PAGE_SIZE`` ids; ``gui/tablepages.py``),
  when the view first asks for a cell of that page, and turned into display text once
  (``gui/tablerows.py``, which also keeps rows across filter and sort changes);
- a view that paints (``marks_later``) gets the first rows of a page being opened, a filter or a sort
  without their Attention marks: the checks judge them on the event loop's turn after that paint, with
  the rest of the ids (an empty Attention cell fills in; a wrong mark is never shown). A refresh while the
  rows are in sight (``refresh(in_sight=True)``) judges them first, so no mark blinks out and back;
- the last ``CACHE_PAGES`` pages are kept (least recently used first out).

Columns are the entity's ``list_columns``; headers carry the field's help and article as a
tooltip. Registers with deadlines get a first "Attention" column: a row says "Overdue" or "Due
soon" exactly when the dashboard would, with an icon, the check's sentence as tooltip, and
(overdue) a subtle tint (both in ``gui/tablemarks.py``): never colour alone. Sorting by that column
sorts by the entity's deadline field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication

from ..core.checks import OVERDUE
from ..core.context import Context
from ..core.entities import entity
from ..core.errors import AtlasError
from ..core.spec import Entity, Field, Kind
from .tableheader import ROLES as HEADER_ROLES
from .tableheader import heading
from .tablemarks import attention_icon, overdue_tint
from .tablepages import CACHE_PAGES, PAGE_SIZE, Pages
from .tablerows import Row, RowReader, has_attention

__all__ = ["ATTENTION_ROLE", "CACHE_PAGES", "ID_ROLE", "PAGE_SIZE", "RecordTableModel", "due_field"]

# The rest of the ids is read once the first page has been painted; a model nothing paints (a hidden
# view's) reads them after this long, well past any first paint (one that took longer only reads them sooner).
REST_WAIT_MS = 1_000
ID_ROLE = Qt.UserRole + 1         # the record id of a row
ATTENTION_ROLE = Qt.UserRole + 2  # "overdue", "due soon" or None
_LONG_CELL = 30
# Roles and flags as fixed values: looking a PySide6 enum member up costs microseconds, and data() and flags()
# run thousands of times per paint.
_DISPLAY, _EDIT, _TOOLTIP, _ACCESSIBLE = (int(Qt.DisplayRole), int(Qt.EditRole), int(Qt.ToolTipRole),
                                          int(Qt.AccessibleTextRole))
_DECORATION, _FONT, _BACKGROUND, _ALIGN = (int(Qt.DecorationRole), int(Qt.FontRole), int(Qt.BackgroundRole),
                                           int(Qt.TextAlignmentRole))
_ID, _ATTENTION = int(ID_ROLE), int(ATTENTION_ROLE)
_ROLES = frozenset({_DISPLAY, _EDIT, _ID, _ATTENTION, _TOOLTIP, _ACCESSIBLE, _DECORATION, _FONT, _BACKGROUND, _ALIGN})
_ALIGN_LEFT, _ALIGN_RIGHT = int(Qt.AlignLeft | Qt.AlignVCenter), int(Qt.AlignRight | Qt.AlignVCenter)
_HORIZONTAL = Qt.Horizontal
_FLAGS = Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemNeverHasChildren
_NO_FLAGS = Qt.NoItemFlags


def due_field(ent: Entity) -> Field | None:
    """The register's own deadline column (a computed date in its list), if it has one."""
    return next((f for f in ent.list_columns if f.computed and f.kind in (Kind.DATE, Kind.DATETIME)), None)


class RecordTableModel(QAbstractTableModel):
    """The records of one register, filtered and sorted in SQL, read page by page as they are shown."""

    counted = Signal()  # the rest of the matching ids has been read (``complete``): the row count is final
    marked = Signal()   # rows painted without their Attention marks have them now
    _painted = Signal(int)  # the first page of this reload (its number) is being painted

    def __init__(self, session: Any, entity_key: str, parent: Any = None, *,
                 now: Callable[[], dt.datetime] | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.entity: Entity = entity(entity_key)
        self._now = now or (lambda: dt.datetime.now(dt.UTC))
        self.fields: tuple[Field, ...] = self.entity.list_columns
        self._attention = has_attention(self.entity)
        self._width = len(self.fields) + (1 if self._attention else 0)
        self._alignments = ((_ALIGN_LEFT,) if self._attention else ()) + tuple(
            _ALIGN_RIGHT if f.kind is Kind.INT else _ALIGN_LEFT for f in self.fields)
        self._due = due_field(self.entity)
        self._reader = RowReader(session, self.entity, self.fields)
        self._pages = Pages(self._reader)
        self.status: str | None = None
        self.text: str = ""
        self.order_by: str | None = None
        self.descending = False
        self._ids: list[int] = []
        self._positions: dict[int, int] | None = None
        self._ctx: Context | None = None
        self._headers: dict[tuple[int, int], Any] = {}
        self._headers_ctx: Context | None = None
        # The register's record count and the context (the organisation, now) hold until the register changes
        # (refresh) or the kept rows expire: a filter keystroke does not read them again.
        self._current = False
        # False while only the first page of matching ids is known. The first data() call after a reload
        # (_painting: the view paints the first rows) posts _painted, so the rest is read on the event loop's
        # next turn, once those rows are on the screen; if nothing paints them, _rest reads it a moment later.
        # A reload or a lock makes a new _generation: what an older one posted is then ignored.
        self.complete = True
        self._painting = False
        self._generation = 0
        self._painted.connect(self._after_paint, Qt.QueuedConnection)
        self._rest = QTimer(self)
        self._rest.setSingleShot(True)
        self._rest.setInterval(REST_WAIT_MS)
        self._rest.timeout.connect(lambda: self._after_paint(self._generation))
        # Set by a view that paints its rows: the first page of a reload is painted before its marks are
        # judged; _marking while that reload's first paint is awaited.
        self.marks_later = False
        self._marking = False
        # While True, a sort only notes the order: the view reads the register when it is first shown.
        self.deferred = False
        self.total = 0          # records in the register, whatever the filters
        self.rest_reads = 0     # reads of every matching id after a first page, since the model was made (tests)

    # -- the shape -----------------------------------------------------------------------------------
    @property
    def attention_column(self) -> int:
        return 0 if self._attention else -1

    @property
    def filtered(self) -> bool:
        return self.status is not None or bool(self.text)

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
        return 0 if parent.isValid() else self._width

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else _NO_FLAGS

    # Qt's own protocol for rows that come later: a view asks for them when its last row comes into sight.
    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and not self.complete

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if not parent.isValid():
            self.read_rest()

    # -- ids and rows ------------------------------------------------------------------------------
    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int, *, read_rest: bool = True) -> int:
        """The row showing ``record_id``, or -1 if the filters hide it; reads every matching id first if
        only the first page is known and it is not there (unless ``read_rest`` is False: -1 then)."""
        if self._positions is None:
            self._positions = {rid: row for row, rid in enumerate(self._ids)}
        row = self._positions.get(record_id, -1)
        if row < 0 and read_rest and not self.complete:
            self.read_rest()
            return self.row_of(record_id)
        return row

    @property
    def pages_read(self) -> int:
        """Pages read from storage since the last refresh, filter or sort (tests and tuning)."""
        return self._pages.read

    def cached_rows(self) -> int:
        return self._pages.rows()

    def cached_cells(self, column: int) -> list[tuple[str, str | None]]:
        """(display text, severity) of ``column`` in every row read so far (the first page at least): what
        fitting the columns measures."""
        if not self._pages.rows() and self._ids:
            self._row(0)
        return self._pages.cells(column)

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

    def refresh(self, *, in_sight: bool = False) -> None:
        """Read the matching ids again after a change to the register, and forget every cached record.
        ``in_sight``: the rows are on the screen, so the first page is judged before it is painted (its
        marks would otherwise blink out and back)."""
        self._reader.forget()
        self._current = False
        self._reload(marks_later=not in_sight)

    def _ids_query(self, limit: int | None = None) -> list[int]:
        return self.session.records.ids(self.entity.key, status=self.status, text=self.text or None,
                                        order_by=self.order_by, descending=self.descending, limit=limit)

    def _reload(self, marks_later: bool = True) -> None:
        """Read the first page of matching ids again (a filter or a sort changed) and forget the cached rows.
        The related records the checks consult are kept: nothing was saved, and they are most of a page's
        reading."""
        self.deferred = False
        if self._reader.expire():
            self._current = False  # the context's "now" is as old as the kept rows' verdicts
        self._generation += 1
        self._rest.stop()  # a newer reload supersedes the rest of the previous one: it is never read
        self.beginResetModel()
        self._pages.restart()
        self._marking = self.marks_later and marks_later
        self._positions = None
        try:
            # One id past the page says whether there are more, without counting them.
            first = self._ids_query(PAGE_SIZE + 1)
            self.complete = len(first) <= PAGE_SIZE
            self._ids = first[:PAGE_SIZE]
            if not self._current:
                records = self.session.records
                self.total, self._ctx = records.count(self.entity.key), records.context(self._now())
                self._current = True
        except AtlasError as exc:  # locked: show nothing rather than stale data
            self._ids, self.total, self._ctx, self.complete, self._current = [], 0, None, True, False
            _damage_met(exc)
        self.endResetModel()
        self._painting = not self.complete or self._marking
        if self._painting:
            self._rest.start()

    def _after_paint(self, generation: int) -> None:
        """The first rows of a reload are on the screen (or nothing painted them for REST_WAIT_MS): their
        marks, then the rest of the ids."""
        if generation == self._generation:
            self._rest.stop()
            self._painting = False
            self.judge_marks()
            self.read_rest()

    def judge_marks(self) -> None:
        """Judge the rows read without their Attention marks, and show the marks; pages read from now on are
        judged as they are read."""
        self._marking = False
        changed = self._pages.judge(self._ctx)
        for first, last in changed:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self._width - 1))
        if changed:
            self.marked.emit()

    def read_rest(self) -> None:
        """Read every matching id now, if only the first page of them is known: the rows past it are
        inserted, so the view keeps its scroll position, selection and current row."""
        if not self._marking:  # nothing else waits for the first paint
            self._rest.stop()
            self._painting = False
        if self.complete:
            return
        self.complete = True
        try:
            ids = self._ids_query()
            changed = ids[:len(self._ids)] != self._ids
            if changed:
                self.total = self.session.records.count(self.entity.key)
        except AtlasError as exc:
            _damage_met(exc)
            return  # locked meanwhile: clear() empties the table
        self.rest_reads += 1
        if changed:
            # The register changed since the first page was read (in a view not refreshed since): start again
            # from the whole list.
            self._reader.forget()
            self.beginResetModel()
            self._ids, self._positions = ids, None
            self._pages.clear()
            self.endResetModel()
        elif len(ids) > len(self._ids):
            self.beginInsertRows(QModelIndex(), len(self._ids), len(ids) - 1)
            self._ids, self._positions = ids, None
            self.endInsertRows()
        self.counted.emit()

    def clear(self) -> None:
        """Forget every row (on lock): nothing read from the register stays in memory."""
        self._generation += 1
        self._rest.stop()
        self.beginResetModel()
        self._ids, self._positions, self.total, self._ctx = [], None, 0, None
        self.complete, self._painting, self._current, self._marking = True, False, False, False
        self._pages.clear()
        self._reader.forget()
        self.endResetModel()

    # -- reading pages -------------------------------------------------------------------------------
    def _row(self, row: int) -> Row | None:
        return self._pages.row(self._ids, row, self._ctx, marks_later=self._marking)

    # -- what the view reads ---------------------------------------------------------------------------
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole) -> Any:
        if self._painting:  # the first rows are being painted: the rest of the ids on the loop's next turn
            self._painting = False
            self._painted.emit(self._generation)
        # Qt asks for a dozen roles of every cell on every paint. Roles are compared as plain ints, fixed
        # at import: reading ``Qt.DisplayRole`` costs microseconds each time (PySide6 enums), which made
        # this method a third of a filter keystroke on a big register.
        role = int(role)
        if role not in _ROLES or not index.isValid():
            return None
        column = index.column()
        if column >= self._width:
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
            # What follows only marks the rows the checks flag; a screen reader still hears "Nothing due" (once
            # the row is judged: until then its Attention cell says nothing).
            return self.tr("Nothing due") if (role == _ACCESSIBLE and column == self.attention_column
                                              and row.judged) else None
        attention_cell = column == self.attention_column
        if role == _ACCESSIBLE and attention_cell:
            return "; ".join((row.cells[column], *row.messages))
        if role == _DECORATION and attention_cell:
            return attention_icon(row.severity)
        if role == _FONT and attention_cell and row.severity == OVERDUE:
            font = QFont(QGuiApplication.font())
            font.setBold(True)
            return font
        if role == _BACKGROUND and row.severity == OVERDUE:
            return overdue_tint()
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole) -> Any:
        # Asked for a dozen roles of every section at each paint and size hint: kept per context (the calendar
        # note depends on it), with roles compared as ints, as in data().
        role = int(role)
        if role not in HEADER_ROLES or orientation != _HORIZONTAL or not 0 <= section < self._width:
            return None
        if self._headers_ctx is not self._ctx:
            self._headers, self._headers_ctx = {}, self._ctx
        key = (section, role)
        if key not in self._headers:
            self._headers[key] = heading(self.entity, self.field_at(section), self._ctx, role)
        return self._headers[key]


def _damage_met(exc: AtlasError) -> None:
    """A damaged register (not a lock): the window that says what still reads and restores a backup."""
    from .damage_watch import offer
    offer(None, exc)
