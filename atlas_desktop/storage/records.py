"""Reads and writes the records of every register, validated and audited in the same transaction.

The only way records reach the database: the GUI, the CLI, imports and the demo all come
through here, so every save is validated whole, its computed fields derived, its links
checked, and the change recorded in the audit trail, or nothing is written at all.
"""

from __future__ import annotations

import builtins
import datetime as dt
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import peewee

from ..core import codec
from ..core.checks import CHECKED_FIELDS
from ..core.context import Context
from ..core.derive import derive
from ..core.entities import BY_KEY, ENTITIES
from ..core.entities import entity as _entity
from ..core.errors import InvalidRecord, NotFound, Problem, UsageError
from ..core.i18n import in_sentence, spec, t
from ..core.spec import Entity, Field, Kind
from ..core.validation import validate
from . import listing, review_hooks, search
from .attachments import Attachments
from .audit import utc_now
from .decode import decoded as _decoded
from .edit_conflict import edit_conflict, in_use
from .models import build_models
from .register_protocol import OpenRegister

Record = dict[str, Any]
ORGANISATION_ID = 1
_CHUNK = 500  # ids per IN (...): well under SQLite's limit on bound parameters


def _noun(ent: Entity) -> str:
    """The record's kind inside a sentence ("processing activity"), in the user's language."""
    return in_sentence(spec(ent.label))


def _not_found(ent: Entity, record_id: int) -> NotFound:
    return NotFound(t("storage", "There is no {record} #{id}.").format(record=_noun(ent), id=record_id))


def _chosen(ent: Entity, fields: Iterable[str] | None) -> tuple[Field, ...]:
    """The stored fields to read: all of them, or those named (in declaration order, as ``decoded`` wants)."""
    wanted = None if fields is None else set(fields)
    return tuple(f for f in ent.stored_fields if wanted is None or f.key in wanted)


class Records:
    """The records of one open register."""

    def __init__(self, reg: OpenRegister) -> None:
        self.reg = reg
        self.models = build_models(reg.db)

    # -- context -------------------------------------------------------------------------------
    def context(self, now: dt.datetime | None = None) -> Context:
        return Context.for_organisation(self.organisation(), now)

    # -- reading -------------------------------------------------------------------------------
    def _load(self, ent: Entity, row: Mapping[str, Any]) -> Record:
        record: Record = {"id": row["id"]}
        for f in ent.stored_fields:
            record[f.key] = codec.from_db(f, row.get(f.key))
        return record

    def _fill_reverse(self, ent: Entity, records: list[Record]) -> None:
        for f in ent.fields:
            if f.reverse is None or not records:
                continue
            back = BY_KEY[f.target or ""].field(f.reverse)
            model = self.models[f.target or ""]
            links: dict[int, list[int]] = {r["id"]: [] for r in records}
            query = model.select(model.id, getattr(model, back.key)).order_by(model.id).tuples()
            for other_id, raw in query:
                targets = json.loads(raw) if back.kind is Kind.LINKS else [raw]
                for target in targets:
                    if target in links:
                        links[target].append(other_id)
            for r in records:
                r[f.key] = links[r["id"]]

    def get(self, entity: str, record_id: int) -> Record:
        ent = _entity(entity)
        model = self.models[ent.key]
        row = model.select().where(model.id == record_id).dicts().first()
        if row is None:
            raise _not_found(ent, record_id)
        record = self._load(ent, row)
        self._fill_reverse(ent, [record])
        return record

    def exists(self, entity: str, record_id: int) -> bool:
        model = self.models[_entity(entity).key]
        return model.select(model.id).where(model.id == record_id).exists()

    def _query(self, ent: Entity, status: str | None, text: str | None, *columns: Any, whole: bool = False) -> Any:
        model = self.models[ent.key]
        query = model.select(*columns)
        for condition in listing.where(ent, model, status, text, whole=whole):
            query = query.where(condition)
        return query

    def _ordered(self, ent: Entity, query: Any, order_by: str | None, descending: bool, whole: bool = False) -> Any:
        return query.order_by(*listing.order(ent, self.models[ent.key], self.models, order_by, descending,
                                             whole=whole))

    def list(self, entity: str, *, status: str | None = None, text: str | None = None,
             order_by: str | None = None, descending: bool = False, limit: int | None = None,
             offset: int = 0, reverse_links: bool = True) -> builtins.list[Record]:
        """Records of one register, filtered by status and by text found in any text field or in the
        label of any choice; sorted as ``storage.listing`` explains (case ignored, blanks last)."""
        ent = _entity(entity)
        model = self.models[ent.key]
        columns = [model.id, *(getattr(model, f.key) for f in ent.stored_fields)]
        query = self._ordered(ent, self._query(ent, status, text, *columns), order_by, descending)
        if limit is not None or offset:
            query = query.limit(limit).offset(offset)  # no limit: SQLite's LIMIT -1 keeps the offset
        records = _decoded(ent, self.reg.db.execute_sql(*query.sql()))
        if reverse_links:
            self._fill_reverse(ent, records)
        return records

    def ids(self, entity: str, *, status: str | None = None, text: str | None = None,
            order_by: str | None = None, descending: bool = False, limit: int | None = None,
            offset: int = 0) -> builtins.list[int]:
        """The ids ``list`` would return, in its order, without reading the records: a list view
        keeps these and reads only the rows it shows (``rows``). ``limit``/``offset``: one stretch
        of them (a view's first page, before it reads the rest)."""
        ent = _entity(entity)
        model = self.models[ent.key]
        # "whole" keeps SQLite off the rows themselves where an index can answer.
        query = self._ordered(ent, self._query(ent, status, text, model.id, whole=True), order_by, descending,
                              whole=True)
        if limit is not None or offset:
            query = query.limit(limit).offset(offset)
        sql, params = query.sql()
        # Straight from the cursor: peewee's row-by-row iteration costs more than the query itself
        # on a register of 100,000 rows.
        return [rid for (rid,) in self.reg.db.execute_sql(sql, params).fetchall()]

    def rows(self, entity: str, ids: Iterable[int], *, reverse_links: bool = False,
             fields: Iterable[str] | None = None) -> builtins.list[Record]:
        """The records with these ids, in the order given; ids that no longer exist are left out.
        Reverse links are skipped unless asked for: they cost a scan of the other register.
        ``fields``: only these (and the id), as ``chunks``."""
        ent = _entity(entity)
        model = self.models[ent.key]
        wanted = builtins.list(dict.fromkeys(ids))
        chosen = _chosen(ent, fields)
        columns = [model.id, *(getattr(model, f.key) for f in chosen)]
        found: dict[int, Record] = {}
        for start in range(0, len(wanted), _CHUNK):
            query = model.select(*columns).where(model.id.in_(wanted[start:start + _CHUNK]))
            found.update((r["id"], r) for r in _decoded(ent, self.reg.db.execute_sql(*query.sql()), None, chosen))
        records = [found[i] for i in wanted if i in found]
        if reverse_links:
            self._fill_reverse(ent, records)
        return records

    def linking(self, entity: str, field: str, ids: Iterable[int]) -> builtins.list[Record]:
        """Records of ``entity`` whose link ``field`` names one of ``ids`` (the trainings of some
        people, the breaches they were involved in), without reverse links."""
        ent = _entity(entity)
        f = ent.field(field)
        if f.kind not in (Kind.LINK, Kind.LINKS) or not f.stored:
            raise UsageError(t("storage", "{record}: {field} is not a stored link.").format(
                record=spec(ent.label), field=field))
        model = self.models[ent.key]
        column = getattr(model, field)
        wanted = builtins.list(dict.fromkeys(ids))
        found: dict[int, Record] = {}
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start:start + _CHUNK]
            if f.kind is Kind.LINK:
                condition = column.in_(chunk)
            else:  # a JSON list of ids: any of its values among the wanted
                condition = peewee.SQL(f'EXISTS (SELECT 1 FROM json_each("{field}") WHERE value IN '
                                       f'({", ".join("?" * len(chunk))}))', chunk)
            found.update((row["id"], self._load(ent, row)) for row in model.select().where(condition).dicts())
        return [found[i] for i in sorted(found)]

    def count(self, entity: str, *, status: str | None = None, text: str | None = None) -> int:
        return self._query(_entity(entity), status, text, whole=True).count()

    def titles(self, entity: str, ids: Iterable[int] | None = None) -> dict[int, str]:
        """Record id to title, for showing links: every record's, or only those of ``ids``."""
        ent = _entity(entity)
        model = self.models[ent.key]
        query = model.select(model.id, getattr(model, ent.title))
        if ids is None:
            pairs = builtins.list(query.tuples())
        else:
            wanted = builtins.list(dict.fromkeys(ids))
            pairs = [pair for start in range(0, len(wanted), _CHUNK)
                     for pair in query.where(model.id.in_(wanted[start:start + _CHUNK])).tuples()]
        untitled = t("storage", "{record} {id}")  # what shows for a record whose title is empty
        return {rid: (str(title) if title else untitled.format(record=spec(ent.label), id=rid)) for rid, title in pairs}

    def chunks(self, entity: str, size: int = 2_000, fields: Iterable[str] | None = None
               ) -> Iterator[builtins.list[Record]]:
        """Every record of one register, in id order, ``size`` at a time and without reverse links,
        so a register of 100,000 records is never held whole. ``fields``: only these (and the id)."""
        ent = _entity(entity)
        model = self.models[ent.key]
        columns = _chosen(ent, fields)
        query = model.select(model.id, *(getattr(model, f.key) for f in columns)).order_by(model.id)
        cursor = self.reg.db.execute_sql(*query.sql())
        while rows := cursor.fetchmany(size):
            yield _decoded(ent, cursor, rows, columns)

    def checked(self, entity: str) -> Iterator[builtins.list[Record]]:
        """What ``core.checks.check_stream`` reads of a register: of the registers it streams, only the
        fields the checks and the dashboard look at (a breach's timeline and long texts are most of
        its size), in chunks."""
        return self.chunks(entity, fields=CHECKED_FIELDS.get(entity))

    def snapshot(self) -> dict[str, builtins.list[Record]]:
        """Every record of every register: what the checks, exports and reports read."""
        return {ent.key: self.list(ent.key) for ent in ENTITIES}

    def organisation(self) -> Record:
        return self.get("organisation", ORGANISATION_ID)

    # -- preparing and checking a save ----------------------------------------------------------
    def prepare(self, entity: str, values: Mapping[str, Any], record_id: int | None = None,
                now: dt.datetime | None = None, current: Record | None = None
                ) -> tuple[Record, builtins.list[Problem]]:
        """The record a save would write (merged, cleaned, derived) and every problem with it.

        The GUI calls this as the user types, so the messages are the ones a save would give.
        ``current`` is the stored record ``record_id`` when the caller has just read it."""
        ent = _entity(entity)
        if current is None:
            current = self.get(ent.key, record_id) if record_id is not None else {"id": None, **ent.blank()}
        base = current
        merged: Record = {k: v for k, v in base.items() if k == "id" or ent.field(k).stored}
        for key, value in values.items():
            if key == "id":
                continue
            if ent.has(key):
                f = ent.field(key)
                if f.editable:
                    merged[key] = codec.clean(f, value)
                # Computed and reverse fields are never written from outside: ignoring them lets a
                # caller hand back a record it read, edited.
            else:
                merged[key] = value  # validation names it as unknown
        ctx = self.context(now)
        problems = validate(ent, merged, ctx)
        if not problems:
            problems = self._link_problems(ent, merged)
        return derive(ent.key, merged, ctx), problems

    def _link_problems(self, ent: Entity, record: Record) -> builtins.list[Problem]:
        problems = []
        for f in (f for f in ent.stored_fields if f.kind in (Kind.LINK, Kind.LINKS)):
            wanted = record.get(f.key)
            ids = [i for i in ([wanted] if f.kind is Kind.LINK else list(wanted or [])) if i is not None]
            if not ids:
                continue
            model = self.models[f.target or ""]
            found = {i for (i,) in model.select(model.id).where(model.id.in_(ids)).tuples()}
            target = BY_KEY[f.target or ""]
            for missing in [i for i in ids if i not in found]:
                problems.append(Problem(f.key, t("storage", "{field}: there is no {record} #{id}.").format(
                    field=spec(f.label), record=_noun(target), id=missing)))
        return problems

    def _row(self, ent: Entity, record: Record) -> dict[str, Any]:
        return {f.key: codec.to_db(f, record.get(f.key)) for f in ent.stored_fields}

    @staticmethod
    def _json(ent: Entity, record: Record, keys: Iterable[str] | None = None) -> dict[str, Any]:
        chosen = keys if keys is not None else [f.key for f in ent.stored_fields]
        return {k: codec.to_json(ent.field(k), record.get(k)) for k in chosen}

    # -- writing -----------------------------------------------------------------------------------
    def create(self, entity: str, values: Mapping[str, Any], *, action: str = "create",
               now: dt.datetime | None = None, created_at: str | None = None) -> int:
        """Validate and save a new record; return its id. Raises InvalidRecord listing every problem.

        ``created_at``: the record's original creation time (ISO UTC, as ``utc_now`` writes it), for a
        record moved here from elsewhere (a breach logged offline in the outbox); default now."""
        ent = _entity(entity)
        if ent.singleton:
            raise UsageError(t("storage", "There is only one {record}; edit it instead.").format(record=_noun(ent)))
        with self.reg.transaction(t("storage", "saving the {record}").format(record=_noun(ent))):
            record, problems = self.prepare(ent.key, values, now=now)
            if problems:
                raise InvalidRecord(ent.label.lower(), problems)
            stamp = created_at or utc_now()
            model = self.models[ent.key]
            record_id = int(model.insert(created_at=stamp, updated_at=stamp, **self._row(ent, record)).execute())
            search.put(self.reg.db, ent, record_id, record)
            self.reg.audit.append(self.reg.actor, action, ent.key, str(record_id), None, self._json(ent, record))
            review_hooks.note_saved(self.reg, ent.key, record_id, record, True, action)
        return record_id

    def update(self, entity: str, record_id: int, values: Mapping[str, Any], *, action: str = "update",
               now: dt.datetime | None = None, expected_version: int | None = None) -> Record:
        """Change some fields of a record (the rest stay); returns the saved record.

        ``expected_version``: the record's ``version`` when the caller read it (an editor that stays
        open); if someone saved it since, nothing is written and ``EditConflict`` says who changed what."""
        ent = _entity(entity)
        with self.reg.transaction(t("storage", "saving the {record}").format(record=_noun(ent))):
            before = self.get(ent.key, record_id)
            version = self.version(ent.key, record_id)
            if expected_version is not None and version != expected_version:
                raise edit_conflict(self.reg, ent, record_id, expected_version, version)
            record, problems = self.prepare(ent.key, values, record_id, now=now, current=before)
            if problems:
                raise InvalidRecord(ent.label.lower(), problems)
            new_row = self._row(ent, record)
            old_row = self._row(ent, before)
            changed = [k for k in new_row if new_row[k] != old_row[k]]
            if changed:
                model = self.models[ent.key]
                saved = model.update(updated_at=utc_now(), row_version=model.row_version + 1,
                                     **{k: new_row[k] for k in changed}) \
                    .where((model.id == record_id) & (model.row_version == version)).execute()
                if not saved:  # another session saved it between our read and this write
                    raise edit_conflict(self.reg, ent, record_id, version, self.version(ent.key, record_id))
                search.put(self.reg.db, ent, record_id, record)
                self.reg.audit.append(self.reg.actor, action, ent.key, str(record_id),
                                      self._json(ent, before, changed), self._json(ent, record, changed))
                review_hooks.note_saved(self.reg, ent.key, record_id, record, False, action)
                if (ent.key == "organisation" and "name" in changed and record.get("name")
                        and self.reg.meta("org_name") != record["name"]):
                    # The key file and backups read the name from meta: keep it the same.
                    self.reg.set_meta("org_name", record["name"])
        return self.get(ent.key, record_id)

    def version(self, entity: str, record_id: int) -> int:
        """The record's version: 1 when created, one more at every save (see ``update``)."""
        ent = _entity(entity)
        model = self.models[ent.key]
        row = model.select(model.row_version).where(model.id == record_id).tuples().first()
        if row is None:
            raise _not_found(ent, record_id)
        return int(row[0])

    def save_organisation(self, values: Mapping[str, Any]) -> Record:
        return self.update("organisation", ORGANISATION_ID, values)

    def linked_from(self, entity: str, record_id: int) -> builtins.list[tuple[str, int, str]]:
        """(entity, id, title) of every record whose links point at this one."""
        ent = _entity(entity)
        found = []
        for other in ENTITIES:
            model = self.models[other.key]
            for f in other.stored_fields:
                if f.target != ent.key or f.kind not in (Kind.LINK, Kind.LINKS):
                    continue
                column = getattr(model, f.key)
                if f.kind is Kind.LINK:
                    condition = column == record_id
                else:
                    condition = model.id.in_(peewee.SQL(
                        f'(SELECT o.id FROM "{other.table}" AS o, json_each(o."{f.key}") AS j WHERE j.value = ?)',
                        [record_id]))
                for rid, title in model.select(model.id, getattr(model, other.title)).where(condition).tuples():
                    found.append((other.key, rid, str(title or rid)))
        return found

    def delete(self, entity: str, record_id: int) -> None:
        """Delete a record and its attachments; refused while other records link to it."""
        ent = _entity(entity)
        if ent.singleton:
            raise UsageError(t("storage", "The {record} cannot be deleted.").format(record=_noun(ent)))
        with self.reg.transaction(t("storage", "deleting the {record}").format(record=_noun(ent))):
            before = self.get(ent.key, record_id)
            users = self.linked_from(ent.key, record_id)
            if users:
                raise in_use(ent, ent.title_of(before), users)
            Attachments(self.reg).remove_all(ent.key, record_id)
            model = self.models[ent.key]
            model.delete().where(model.id == record_id).execute()
            search.forget(self.reg.db, ent, record_id)
            self.reg.audit.append(self.reg.actor, "delete", ent.key, str(record_id), self._json(ent, before), None)
            review_hooks.note_deleted(self.reg, ent.key, record_id)

    def duplicate(self, entity: str, record_id: int) -> int:
        """A copy of a record as a new one, titled "(copy)"; attachments are not copied."""
        ent = _entity(entity)
        source = self.get(ent.key, record_id)
        values = {f.key: source[f.key] for f in ent.editable_fields}
        if ent.field(ent.title).kind is Kind.TEXT and values.get(ent.title):
            values[ent.title] = t("storage", "{title} (copy)").format(title=values[ent.title])
        return self.create(ent.key, values)

