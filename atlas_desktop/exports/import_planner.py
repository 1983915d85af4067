"""Turns the rows read from a workbook into an import plan: which record each row is, its links, its problems.

``xlsx_import.plan_import`` reads the sheets (``import_sheets``) and hands their rows to a
``Planner``, which matches each row to a stored record (by its number, only if the file came from
this register; by name for the ICO layout) or to a new one, resolves links to records in the
register or further down the file, validates every record with the same rules as the GUI
(``Records.prepare``) and keeps only what differs from the register. It writes nothing.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from ..core.context import Context
from ..core.entities import BY_KEY
from ..core.i18n import in_sentence, spec, t
from ..core.spec import Entity, Field, Kind
from ..core.validation import validate
from . import cells
from .import_model import MAX_SHOWN_PROBLEMS, ImportPlan, Pending, Planned, RowProblem, record_word
from .import_sheets import Choices, ReadRow, SheetRead
from .values import Ref, keep_precise, same_as_stored


class Planner:
    """The rows of one file matched to records, their links resolved and every record validated, by ``plan``."""

    def __init__(self, records: Any, reads: list[SheetRead], same_register: bool, source: str) -> None:
        self.records = records
        self.same = same_register
        self.source = source
        self.problems: list[RowProblem] = []
        self.rows: list[ReadRow] = []
        self.table_sheets: dict[str, set[str]] = {}       # entity → table fields whose sheet is in the file
        self.register_sheets: set[str] = set()
        self._stored: dict[str, dict[int, dict[str, Any]]] = {}
        self._named: dict[str, dict[str, list[int]]] = {}          # entity → casefolded title → stored ids
        self._in_file: dict[tuple[str, str], list[ReadRow]] | None = None
        self._blank: dict[str, set[str]] = {}             # entity → its empty links' problems (_blank_messages)
        tables: list[tuple[str, ReadRow]] = []
        for read in reads:
            layout = read.layout
            if layout is not None and layout.table is not None:
                self.table_sheets.setdefault(layout.entity.key, set()).add(layout.table.key)
                tables += [(layout.table.key, r) for r in read.rows]
            else:
                if layout is not None:
                    self.register_sheets.add(layout.entity.key)
                self.rows += read.rows
        self._match()
        self._attach(tables)

    def stored(self, entity: str) -> dict[int, dict[str, Any]]:
        """The register's records of one entity by id, read once: a row-by-row ``get`` would scan the
        linked registers again for every record."""
        if entity not in self._stored:
            self._stored[entity] = {r["id"]: r for r in self.records.list(entity)}
        return self._stored[entity]

    def named(self, entity: str, title: str) -> list[int]:
        """Stored records with this title (any case), indexed once: a scan per link was quadratic."""
        if entity not in self._named:
            ent, index = BY_KEY[entity], dict[str, list[int]]()
            for i, r in self.stored(entity).items():
                index.setdefault(ent.title_of(r).casefold(), []).append(i)
            self._named[entity] = index
        return self._named[entity].get(title.casefold(), [])

    def rows_named(self, entity: str, title: str) -> list[ReadRow]:
        """The file's rows with this title (any case), indexed when links are resolved (all rows known)."""
        if self._in_file is None:
            self._in_file = {}
            for r in self.rows:
                key = (r.entity, str(r.values.get(BY_KEY[r.entity].title) or "").casefold())
                self._in_file.setdefault(key, []).append(r)
        return self._in_file.get((entity, title.casefold()), [])

    # -- which record each row is -------------------------------------------------------------------
    def _match(self) -> None:
        self.by_file_id: dict[tuple[str, int], ReadRow] = {}
        self.record_ids: dict[str, int | None] = {}
        kept = []
        for row in self.rows:
            ent = BY_KEY[row.entity]
            if row.file_id is not None:
                earlier = self.by_file_id.get((row.entity, row.file_id))
                if earlier is not None:
                    row.problems.append(RowProblem(row.sheet, row.row, row.columns.get("id", ""), t(
                        "spreadsheets", "No. {number} is also on row {row}; a record can be on one row only").format(
                        number=row.file_id, row=earlier.row)))
                else:
                    self.by_file_id[(row.entity, row.file_id)] = row
            if ent.singleton:
                self.record_ids[row.key] = 1
            elif self.source == "ico":
                self.record_ids[row.key] = self._activity_named(row.values.get("name"))
            elif self.same and row.file_id is not None and row.file_id in self.stored(row.entity):
                self.record_ids[row.key] = row.file_id
            else:
                self.record_ids[row.key] = None
            kept.append(row)
        self.rows = kept

    def _activity_named(self, name: Any) -> int | None:
        ids = self.named("activity", str(name or ""))
        return ids[0] if len(ids) == 1 else None

    def _attach(self, tables: list[tuple[str, ReadRow]]) -> None:
        for table_key, trow in tables:
            parent = self.by_file_id.get((trow.entity, trow.parent)) if trow.parent is not None else None
            if parent is None and trow.parent is not None and trow.entity not in self.register_sheets \
                    and self.same and trow.parent in self.stored(trow.entity):
                parent = ReadRow(trow.entity, trow.sheet, trow.row, trow.parent)  # only its table is in the file
                self.rows.append(parent)
                self.by_file_id[(trow.entity, trow.parent)] = parent
                self.record_ids[parent.key] = trow.parent
            if parent is None:
                if trow.parent is not None:
                    sheet = spec(BY_KEY[trow.entity].plural)  # the register sheet's title
                    trow.problems.append(RowProblem(trow.sheet, trow.row, "", t(
                        "spreadsheets", "it belongs to No. {number}, which is not on the {sheet} sheet").format(
                        number=trow.parent, sheet=sheet)))
                self.problems.extend(trow.problems)
                continue
            parent.tables.setdefault(table_key, []).append(trow)
        for row in self.rows:
            for table_key in self.table_sheets.get(row.entity, ()):
                trows = row.tables.setdefault(table_key, [])
                row.values[table_key] = [t.values for t in trows]
                for t in trows:
                    row.problems.extend(t.problems)
                    row.cut |= {f"{table_key}.{k}" for k in t.cut}

    # -- links ------------------------------------------------------------------------------------------
    def _resolve(self, row: ReadRow, f: Field, ref: Ref) -> int | Pending | None:
        target = BY_KEY[f.target or ""]
        if ref.id is not None:
            in_file = self.by_file_id.get((target.key, ref.id))
            if in_file is not None:
                existing = self.record_ids.get(in_file.key)
                return existing if existing is not None else Pending(in_file.key)
            if (self.same or self.source == "ico") and ref.id in self.stored(target.key):
                return ref.id
            if not ref.title:
                self._problem(row, f.key, t("spreadsheets", "there is no {record} No. {number}").format(
                    record=record_word(target.label), number=ref.id))
                return None
        in_file_rows = self.rows_named(target.key, ref.title)
        stored = self.named(target.key, ref.title)
        candidates = {self.record_ids.get(r.key) or Pending(r.key) for r in in_file_rows} | set(stored)
        if len(candidates) == 1:
            return candidates.pop()
        if not candidates:
            self._problem(row, f.key, t("spreadsheets", "there is no {record} called {title}").format(
                record=record_word(target.label), title=repr(ref.title)))
        else:
            self._problem(row, f.key, t("spreadsheets", "several {records} are called {title}; add the number, e.g. "
                                                        "{example}").format(
                records=in_sentence(spec(target.plural)), title=repr(ref.title), example=f"'{ref.title} (#3)'"))
        return None

    def _links(self, row: ReadRow) -> None:
        ent = BY_KEY[row.entity]
        for key, value in list(row.values.items()):
            f = ent.field(key)
            if f.kind is Kind.LINK and isinstance(value, Ref):
                row.values[key] = self._resolve(row, f, value)
            elif f.kind is Kind.LINKS and isinstance(value, list):
                resolved = [self._resolve(row, f, v) if isinstance(v, Ref) else v for v in value]
                row.values[key] = [v for v in resolved if v is not None]

    def _problem(self, row: ReadRow, key: str, reason: str, table_row: int | None = None,
                 column: str | None = None) -> None:
        ent = BY_KEY[row.entity]
        if table_row is not None and key in row.tables and 0 < table_row <= len(row.tables[key]):
            trow = row.tables[key][table_row - 1]
            label = trow.columns.get(column or "", "")
            if not label and column:
                label = spec(ent.field(key).column(column).label)
            row.problems.append(RowProblem(trow.sheet, trow.row, label, reason))
            return
        label = row.columns.get(key) or (spec(ent.field(key).label) if ent.has(key) else key)
        row.problems.append(RowProblem(row.sheet, row.row, label, reason))

    # -- validation and differences ------------------------------------------------------------------------
    def plan(self, path: Path, source: str, description: str, notes: list[str], head: str) -> ImportPlan:
        for row in self.rows:
            self._links(row)
        adds: list[Planned] = []
        changes: list[Planned] = []
        unchanged = 0
        # The organisation first: its time zone and holidays judge every other record (deadlines,
        # working days), and ``apply_import`` saves it first for the same reason.
        self.rows.sort(key=lambda r: not BY_KEY[r.entity].singleton)
        for row in self.rows:
            planned = self._check(row)
            if BY_KEY[row.entity].singleton:
                self._judge_as(row.values)
            if planned is None:
                unchanged += 1
            elif planned.record_id is None:
                adds.append(planned)
            else:
                changes.append(planned)
        self._cascade(adds + changes)
        everything = self.problems + [p for planned in adds + changes for p in planned.problems]
        order = {name: i for i, name in enumerate(dict.fromkeys(p.sheet for p in everything))}
        everything.sort(key=lambda p: (order[p.sheet], p.row))
        everything = list(dict.fromkeys(everything))
        shown = everything[:MAX_SHOWN_PROBLEMS]
        return ImportPlan(path, source, description, adds, changes, unchanged, shown, notes, head,
                          problem_count=len(everything), problem_rows=len({(p.sheet, p.row) for p in everything}),
                          more_rows=len({(p.sheet, p.row) for p in everything[MAX_SHOWN_PROBLEMS:]}))

    def _judge_as(self, org_values: dict[str, Any]) -> None:
        """Check the rest as the organisation will be once imported. A copy of ``Records`` gets the
        new context, so that a GUI sharing the original never sees it."""
        merged = {**self.records.organisation(), **{k: v for k, v in org_values.items() if not isinstance(v, Choices)}}
        proxy = copy.copy(self.records)
        proxy.context = lambda now=None: Context.for_organisation(merged, now)
        self.records = proxy

    def _check(self, row: ReadRow) -> Planned | None:
        ent = BY_KEY[row.entity]
        record_id = self.record_ids.get(row.key)
        stored = self.stored(ent.key).get(record_id) if record_id is not None else None
        values = dict(row.values)
        for key, value in values.items():
            if isinstance(value, Choices):
                had = set((stored or {}).get(key) or [])
                voc = ent.field(key).vocab
                codes = voc.codes if voc is not None else ()
                values[key] = [c for c in codes if value.marks.get(c, c in had)]
        self._restore_cut(row, ent, values, stored)
        check, dropped = _without_pending(ent, values)
        prepared, problems = self.records.prepare(ent.key, check, record_id, current=stored)
        for p in problems:
            if p.field in dropped and p.row is None and p.message in self._blank_messages(ent):
                continue  # "… is required." of a link left out above: it is set when its record is created
            self._problem(row, p.field, p.message, p.row, p.column)
        if problems:
            prepared = None
        title = str(values.get(ent.title) or (stored or {}).get(ent.title) or
                    t("spreadsheets", "row {row}").format(row=row.row))
        planned = Planned(ent.key, row.sheet, row.row, title, record_id, values, [], row.problems, row.key)
        if stored is None:
            return planned
        changed = [k for k in values if k in dropped or prepared is None or
                   not same_as_stored(ent.field(k), prepared.get(k), stored.get(k))]
        if not changed and not row.problems:
            return None
        planned.values = {k: keep_precise(ent.field(k), values[k], stored.get(k)) for k in changed}
        planned.changed = [spec(ent.field(k).label) for k in changed]
        return planned

    def _blank_messages(self, ent: Entity) -> set[str]:
        """What validation says of each of ``ent``'s links left empty ("Activity is required."), in the
        current language: found by validating an empty record, not by matching English words."""
        found = self._blank.get(ent.key)
        if found is None:
            links = {f.key for f in ent.fields if f.kind in (Kind.LINK, Kind.LINKS)}
            found = self._blank[ent.key] = {p.message for p in validate(ent, {}) if p.field in links and p.row is None}
        return found

    def _restore_cut(self, row: ReadRow, ent: Entity, values: dict[str, Any], stored: dict[str, Any] | None) -> None:
        """A text cut at a cell's limit stands for the full text the register holds, if it still starts the same."""
        for key in sorted(row.cut):
            if "." in key:
                continue  # a table cell: the table as a whole is compared below
            text = values.get(key) or ""
            full = (stored or {}).get(key)
            if isinstance(full, str) and full.startswith(cells.uncut(text).rstrip()):
                values[key] = full
            else:
                self._problem(row, key, t("spreadsheets", "this text was cut to fit a cell, and the full text is not "
                                                          "in the register; shorten it or paste the full text"))

    def _cascade(self, planned: list[Planned]) -> None:
        """A row linking to a row that cannot be imported cannot be imported either, and so on down the
        chain: followed link by link from each invalid row (a pass over every row per link was quadratic)."""
        by_key = {p.key: p for p in planned}
        users: dict[str, list[Planned]] = {}
        for p in planned:
            for value in p.values.values():
                for item in value if isinstance(value, list) else [value]:
                    if isinstance(item, Pending) and item.key in by_key:
                        users.setdefault(item.key, []).append(p)
        waiting = [p for p in planned if not p.valid]
        while waiting:
            target = waiting.pop()
            for p in users.get(target.key, ()):
                if p.valid:
                    p.problems.append(RowProblem(p.sheet, p.row, "", t(
                        "spreadsheets", "it links to {record} ({sheet}, row {row}), which cannot be imported").format(
                        record=target.label, sheet=target.sheet, row=target.row)))
                    waiting.append(p)


def _without_pending(ent: Entity, values: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
    """The values to validate now: links to records not yet created are left out (they are checked
    when they are created, in the same transaction)."""
    check: dict[str, Any] = {}
    dropped: set[str] = set()
    for key, value in values.items():
        f = ent.field(key)
        if f.kind is Kind.LINK and isinstance(value, Pending):
            dropped.add(key)
            continue
        if f.kind is Kind.LINKS and any(isinstance(v, Pending) for v in value):
            dropped.add(key)
            value = [v for v in value if not isinstance(v, Pending)]
        check[key] = value
    return check, dropped
