"""The audit log's table model: the entries of the audit trail, newest first, in plain words, held lean.

A trail keeps one entry per change ever made (100,000 and more in a large register), each with
the whole record before and after. The model holds only summaries (``AuditTrail.summaries``:
no values), and at first only the newest ``HEAD_ROWS`` of them; the rest are read when the
table is scrolled past them, or when a filter or a sort needs every entry. The cells that need
more than a summary (the changed fields, which need the values, and the record's title) are read
for the rows on screen, a batch at a time, and kept in caches that are emptied when they grow.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Container, Iterator, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ..core import clocks
from ..core.entities import BY_KEY
from ..core.errors import AtlasError
from ..storage.audit import Summary
from .audit_details import action_label, field_label, register_label

# The newest entries read when the page is shown: many screens' worth, and a read of milliseconds
# whatever the trail's size (reading every summary of 100,000 entries takes over half a second).
HEAD_ROWS = 1_000
BATCH_ROWS = 100  # rows whose missing cells are read together: more than a screen shows
CACHE_LIMIT = 5_000  # a cache past this size is emptied: the screen needs a hundred rows' cells, not a trail's
# Changed fields cost the most to read (two values parsed per entry) and never change, so more are kept:
# a number and a shared text per entry, about 80 bytes each.
CHANGED_LIMIT = 200_000
TITLES_BY_ID = 2_000  # past this many ids, naming them in IN lists costs more than reading a register's titles
SEQ_ROLE = Qt.UserRole + 1
_NO_FILTER: tuple[str | None, str | None, str] = (None, None, "")


class AuditModel(QAbstractTableModel):
    """The entries of the audit trail, newest first, as plain words; filtered and sorted in memory."""

    # Listed for lupdate under the class's own context, which self.tr looks them up in.
    COLUMNS = (QT_TRANSLATE_NOOP("AuditModel", "When"), QT_TRANSLATE_NOOP("AuditModel", "Who"),
               QT_TRANSLATE_NOOP("AuditModel", "Action"), QT_TRANSLATE_NOOP("AuditModel", "Register"),
               QT_TRANSLATE_NOOP("AuditModel", "Record"), QT_TRANSLATE_NOOP("AuditModel", "Changed fields"))
    completed = Signal()  # the rest of the entries were read: every one is now held

    def __init__(self, session: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self._session = session
        self._trail: Any = None  # the audit trail last read, whose changed fields the cache holds
        self.entries: list[Summary] = []  # oldest first: every entry, or only the newest when not complete
        self.total = 0
        self.complete = True
        self._shown: list[Summary] = []
        self._filter = _NO_FILTER
        self._sort = (0, Qt.DescendingOrder)
        self.zone_name = "UTC"  # the organisation's time zone, which the times are shown in
        self._zone: dt.tzinfo = dt.UTC
        self._changed: dict[int, str] = {}
        self._titles: dict[tuple[str, int], str | None] = {}  # None: the record was deleted
        self._haystacks: dict[int, str] = {}
        self._times: dict[str, str] = {}
        self._words: dict[Any, str] = {}

    # -- reading ------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the trail again: the newest entries, or every one when the filter or the sort needs them."""
        trail = None
        try:
            audit = trail = self._session.register.audit
            # The zone as Context.for_organisation reads it, without the holiday calendar it also builds.
            zone_name = self._session.records.organisation().get("time_zone") or "UTC"
            if self._needs_all():
                entries = audit.summaries()
                total = len(entries)
            else:
                total = audit.count()
                entries = audit.summaries(newest=HEAD_ROWS)
        except AtlasError:
            entries, total, zone_name = [], 0, "UTC"
        try:
            self._zone = clocks.zone(zone_name)
        except ValueError:
            zone_name, self._zone = "UTC", dt.UTC  # as Context.for_organisation falls back
        self.zone_name = zone_name
        self.beginResetModel()
        self.entries, self.total, self.complete = entries, total, len(entries) >= total
        self._forget(keep_changed=self._trail is trail)
        self._trail = trail
        self._apply()
        self.endResetModel()

    def clear(self) -> None:
        """Hold nothing (the register is locked)."""
        self.beginResetModel()
        self.entries, self.total, self.complete = [], 0, True
        self._forget()
        self._trail = None
        self._apply()
        self.endResetModel()

    def load_all(self) -> None:
        """Read every entry when only the newest are held; the rows already shown stay where they are."""
        if self.complete:
            return
        try:
            entries = self._session.register.audit.summaries()
        except AtlasError:
            return
        head, older = self.entries, len(entries) - len(self.entries)
        # Only the newest are held while nothing is filtered and the newest come first, so the
        # older entries go below the rows shown (which keeps the selection and the scroll position).
        if older >= 0 and entries[older:] == head and not self._needs_all():
            if older:
                self.beginInsertRows(QModelIndex(), len(head), len(entries) - 1)
            self.entries, self.total, self.complete = entries, len(entries), True
            self._shown = entries[::-1]
            if older:
                self.endInsertRows()
        else:
            self.beginResetModel()
            self.entries, self.total, self.complete = entries, len(entries), True
            self._apply()
            self.endResetModel()
        self.completed.emit()

    def actors(self) -> list[str] | None:
        """Everyone who made a change, by name; None until every entry is held."""
        return sorted({s.actor for s in self.entries}, key=str.casefold) if self.complete else None

    def matching(self) -> int:
        """How many entries pass the filter, counting those not read yet (only when nothing is filtered)."""
        return len(self._shown) if self.complete else self.total

    # -- filtering and sorting ----------------------------------------------------------------------
    def set_filter(self, entity: str | None, actor: str | None, needle: str) -> None:
        """Show one register's entries, one person's, and those with ``needle`` in a cell (any case)."""
        wanted = (entity, actor, needle.casefold())
        if wanted != _NO_FILTER:
            self.load_all()
        self.beginResetModel()
        self._filter = wanted
        if not needle:
            self._haystacks.clear()  # the text filter's index is rebuilt when text is typed again
        self._apply()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
        column = column if 0 <= column < len(self.COLUMNS) else 0
        if (column, order) == self._sort:
            return  # already in this order (QTableView.sortByColumn asks twice)
        if (column, order) != (0, Qt.DescendingOrder):
            self.load_all()
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        seqs = [(self._shown[i.row()].seq, i.column()) if 0 <= i.row() < len(self._shown) else None for i in old]
        self._sort = (column, order)
        self._apply()
        where = {s.seq: r for r, s in enumerate(self._shown)}
        self.changePersistentIndexList(old, [self.index(where[s[0]], s[1]) if s and s[0] in where else QModelIndex()
                                             for s in seqs])
        self.layoutChanged.emit()

    def _needs_all(self) -> bool:
        return self._filter != _NO_FILTER or self._sort != (0, Qt.DescendingOrder)

    def _apply(self) -> None:
        entity, actor, needle = self._filter
        rows = self.entries
        if entity is not None:
            rows = [s for s in rows if s.entity == entity]
        if actor is not None:
            rows = [s for s in rows if s.actor == actor]
        if needle:
            haystacks = self._haystacks_of(rows)
            rows = [s for s in rows if needle in haystacks[s.seq]]
        column, order = self._sort
        descending = order == Qt.DescendingOrder
        if column == 0:
            # The time column sorts by sequence (two entries in the same second keep their order);
            # the summaries come oldest first.
            self._shown = rows[::-1] if descending else list(rows)
        else:
            keys: dict[int, str] = {}
            folded: dict[str, str] = {}  # most texts repeat: each is folded and held once
            for group in self._by_register(rows, (column,)):
                for s in group:
                    text = self._cell(s, column)
                    keys[s.seq] = folded.get(text) or folded.setdefault(text, text.casefold())
            self._shown = sorted(rows, key=lambda s: (keys[s.seq], s.seq), reverse=descending)

    def _haystacks_of(self, rows: Sequence[Summary]) -> dict[int, str]:
        """Each row's cells in one casefolded text, for the text filter: made once, kept while it is used."""
        missing = [s for s in rows if s.seq not in self._haystacks]
        for group in self._by_register(missing, (4, 5)):
            for s in group:
                # NUL between cells: a typed text cannot match across two of them.
                self._haystacks[s.seq] = "\0".join(self._cell(s, c) for c in range(len(self.COLUMNS))).casefold()
        return self._haystacks

    # -- the cells ----------------------------------------------------------------------------------
    def _forget(self, keep_changed: bool = False) -> None:
        # Titles change with every edit; an entry's changed fields never do, as long as it is the same
        # trail (the same open register: a lock or a restore opens another).
        if not keep_changed:
            self._changed.clear()
        self._titles.clear()
        self._haystacks.clear()
        self._times.clear()
        self._words.clear()

    def _read(self, rows: Sequence[Summary], columns: Container[int] = (4, 5)) -> None:
        """Read what these rows' cells in ``columns`` need and the caches lack: titles (4), changed fields (5)."""
        parse = [s for s in rows if s.seq not in self._changed and self._needs_values(s)] if 5 in columns else []
        titled: dict[str, set[int]] = {}
        for s in rows if 4 in columns else ():
            if s.entity in BY_KEY and s.record.isdigit() and (s.entity, int(s.record)) not in self._titles:
                titled.setdefault(s.entity, set()).add(int(s.record))
        if not parse and not titled:
            return
        try:
            if parse:
                entity_of = {s.seq: s.entity for s in parse}
                for seq, keys in self._session.register.audit.changed_fields(entity_of):
                    self._changed[seq] = self._fields_text(entity_of[seq], keys)
                for seq in entity_of:
                    self._changed.setdefault(seq, "")  # gone from the trail: not asked for again
            records = self._session.records
            for entity, ids in titled.items():
                found = records.titles(entity, ids if len(ids) <= TITLES_BY_ID else None)
                self._titles.update(((entity, rid), found.get(rid)) for rid in ids)
        except AtlasError:
            pass  # locked meanwhile: the cells show what they can, and the lock empties the model

    def _by_register(self, rows: Sequence[Summary], columns: Container[int]) -> Iterator[list[Summary]]:
        """The rows a register at a time, each group with its cells' data read: a pass over every row
        (a sort, the text filter) holds one register's titles and changed fields at a time."""
        groups: dict[str, list[Summary]] = {}
        for s in rows:
            groups.setdefault(s.entity, []).append(s)
        for group in groups.values():
            self._read(group, columns)
            yield group
            self._trim()

    def _read_around(self, row: int) -> None:
        self._trim()
        self._read(self._shown[row:row + BATCH_ROWS])

    def _trim(self) -> None:
        for cache, limit in ((self._changed, CHANGED_LIMIT), (self._titles, CACHE_LIMIT), (self._times, CACHE_LIMIT)):
            if len(cache) > limit:
                cache.clear()

    @staticmethod
    def _needs_values(s: Summary) -> bool:
        return not (s.action == "delete" or (s.action == "create" and s.entity in BY_KEY))

    def _missing(self, s: Summary, column: int) -> bool:
        if column == 5:
            return self._needs_values(s) and s.seq not in self._changed
        return s.entity in BY_KEY and s.record.isdigit() and (s.entity, int(s.record)) not in self._titles

    def _word(self, key: Any, make: Callable[[], str]) -> str:
        # Labels repeat on almost every row: each is worded once per reload (and shared, not copied).
        text = self._words.get(key)
        if text is None:
            text = self._words[key] = make()
        return text

    def _fields_text(self, entity: str, keys: list[str]) -> str:
        return self._word(("fields", entity, *keys), lambda: ", ".join(field_label(entity, k) for k in keys))

    def _when(self, at: str) -> str:
        # The fraction of a second is not shown, so entries of one second (an import's) share one text.
        key = at[:19] if at.endswith("Z") else at
        text = self._times.get(key)
        if text is None:
            try:
                text = dt.datetime.fromisoformat(at).astimezone(self._zone).strftime("%Y-%m-%d %H:%M:%S %Z")
            except ValueError:
                return at  # a damaged entry still shows what it holds; "Verify chain" says the rest
            self._times[key] = text
        return text

    def _cell(self, s: Summary, column: int) -> str:
        if column == 0:
            return self._when(s.at)
        if column == 1:
            return s.actor
        if column == 2:
            return self._word(("action", s.action), lambda: action_label(s.action))
        if column == 3:
            return self._word(("register", s.entity), lambda: register_label(s.entity))
        if column == 4:
            if s.entity not in BY_KEY:
                return s.record
            if not s.record.isdigit():
                return s.record
            key = (s.entity, int(s.record))
            title = self._titles.get(key)
            if title:
                return f"#{s.record} {title}"
            return self.tr("#{0} (deleted)").format(s.record) if key in self._titles else f"#{s.record}"
        if s.action == "create" and s.entity in BY_KEY:
            return self._word("new", lambda: self.tr("(new record)"))
        if s.action == "delete":
            return self._word("whole", lambda: self.tr("(whole record)"))
        return self._changed.get(s.seq, "")

    # -- the model interface ------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and not self.complete

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if not parent.isValid():
            self.load_all()

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.NoItemFlags
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemNeverHasChildren

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown) or index.column() >= len(self.COLUMNS):
            return None
        s = self._shown[index.row()]
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            column = index.column()
            if column >= 4 and self._missing(s, column):
                self._read_around(index.row())  # the view asks row by row, top down: read a screenful
            return self._cell(s, column)
        if role == SEQ_ROLE:
            return s.seq
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole) -> Any:
        if orientation != Qt.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.DisplayRole:
            return self.tr(self.COLUMNS[section])
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignLeft | Qt.AlignVCenter)
        if role == Qt.ToolTipRole and section == 5:
            return self.tr("The names of the fields that changed. Their values may be personal data: select an "
                           "entry and choose Show details to see them.")
        return None
