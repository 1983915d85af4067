"""Compares the records with the audit trail: a change made to the database outside Atlas is named.

The chain proves the *entries* were not edited; this proves the *tables* still say what the
entries say. Every record's state is rebuilt from its entries (a create's after-state is the
whole record, an update's the fields it changed, a delete ends it) and compared with its row:

* a row with no create entry (or one the trail deleted) was "created outside Atlas";
* a record the trail holds but the table lacks was "deleted outside Atlas";
* a row whose values differ from its rebuilt state was "changed outside Atlas".

The same holds for attachments (their metadata and recorded SHA-256, not the bytes) and for the
register settings written by ``Register.set_meta`` (the organisation's name among them).

Migrations that changed data without an entry are replayed on the rebuilt state at the point
of the trail where they ran (``_NORMALISERS``): a marker entry since this version
(``record_upgrade``), the schema's upgrade time before it. Fields a migration added are
expected at their column default until an entry sets them.

Linear: one pass over each register's entries (in the order of their (entity, record) index)
keeps a 16-byte digest per record, then one pass over the rows compares digests; only a record
whose digest differs is rebuilt again and compared field by field (so equivalent forms of a
value, e.g. a JSON null and an empty list, are not reported).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import groupby
from typing import Any

import peewee
from sqlcipher3 import dbapi2 as sqlcipher

from ..core import codec
from ..core.entities import BY_KEY, ENTITIES
from ..core.i18n import ENGLISH, in_sentence, language, spec, t
from ..core.spec import Entity, Kind
from .audit import _utc_text, canonical_json
from .migrations.m0005_judgement import OVERRIDE_REASON, retention_row
from .models import ATTACHMENT_TABLE
from .register_protocol import OpenRegister

CHANGED, CREATED, DELETED = "changed outside Atlas", "created outside Atlas", "deleted outside Atlas"
UNREADABLE = "cannot be read"
SCHEMA_RECORD = "schema"  # the register-level entry written after every upgrade
# Register-level entries that are not a ``set_meta`` value (the signing certificate records only a
# fingerprint, the keys and restores no meta row at all).
_NOT_META = frozenset({"keys", "restore", SCHEMA_RECORD, "signing_certificate"})
_ATTACHMENT_KEYS = ("entity", "record", "filename", "size", "sha256", "note")
_ORGANISATION = "organisation"


@dataclass(frozen=True)
class RecordMismatch:
    """One record whose stored row disagrees with the audit trail."""

    entity: str  # an entity key, "attachment", or "register" for a register setting
    record: str  # the record id (or the setting's name)
    what: str  # CHANGED, CREATED, DELETED or UNREADABLE
    fields: tuple[str, ...] = ()  # for CHANGED: the fields that differ
    detail: str = ""

    def describe(self) -> str:
        """One line for the user: which record, what happened to it, which fields (in the user's language)."""
        where = (t("storage", "register setting {name}").format(name=self.record) if self.entity == "register"
                 else f"{_kind(self.entity)} #{self.record}")
        what = {CHANGED: t("storage", "changed outside Atlas"), CREATED: t("storage", "created outside Atlas"),
                DELETED: t("storage", "deleted outside Atlas"), UNREADABLE: t("storage", "cannot be read")}
        text = f"{where}: {what.get(self.what, self.what)}"
        if self.fields:
            text += f" ({', '.join(_field(self.entity, f) for f in self.fields)})"
        return f"{text}; {self.detail}" if self.detail else text


# English names records and fields by their keys ("breach #2: changed outside Atlas (title)"), as it always has;
# another language by the labels the app shows.
def _kind(entity: str) -> str:
    if language() == ENGLISH:
        return entity
    if entity == ATTACHMENT_TABLE:
        return t("storage", "attachment")
    return in_sentence(spec(BY_KEY[entity].label)) if entity in BY_KEY else entity


def _field(entity: str, key: str) -> str:
    ent = BY_KEY.get(entity)
    if language() == ENGLISH or ent is None or not ent.has(key):
        return key
    return in_sentence(spec(ent.field(key).label))


# -- migrations that changed data without an entry -------------------------------------------------
def _schema_5(entity: str, state: dict[str, Any]) -> None:
    """m0005_judgement's data steps, on a record last recorded before it (a key it added is absent)."""
    if entity == "breach" and "our_role" not in state:
        state["our_role"], state["context_adjustment"] = "controller", "as_usual"
        if state.get("risk") is not None:
            state["risk_override"], state["override_reason"] = state["risk"], OVERRIDE_REASON
    elif entity == "activity" and "large_scale" not in state and isinstance(state.get("retention"), list):
        state["retention"] = [retention_row(r) for r in state["retention"]]


_NORMALISERS: dict[int, Callable[[str, dict[str, Any]], None]] = {5: _schema_5}


def upgraded_at(db: Any) -> str | None:
    """When the register's schema last changed (the time of its newest migration)."""
    try:
        row = db.execute_sql("SELECT updated_at FROM schema_version WHERE id = 1").fetchone()
    except (peewee.PeeweeException, sqlcipher.Error):
        return None
    return row[0] if row else None


def record_upgrade(reg: OpenRegister, old: int, new: int, since: str | None) -> None:
    """Mark in the trail where an upgrade ran, so later checks replay its data changes exactly there."""
    with reg.transaction(t("storage", "recording the upgrade")):
        reg.audit.append(reg.actor, "update", "register", SCHEMA_RECORD, {"schema": old, "since": since},
                         {"schema": new})


Boundaries = list[tuple[int, Callable[[str, dict[str, Any]], None]]]


def _first_after(reg: OpenRegister, since: str | None, end: int) -> int:
    """The first entry written at or after ``since`` (``end`` if none)."""
    row = reg.db.execute_sql("SELECT min(seq) FROM audit_entry WHERE at >= ?",
                             (_utc_text(since),)).fetchone() if since else None
    return int(row[0]) if row and row[0] is not None else end


def _boundaries(reg: OpenRegister) -> tuple[Boundaries, int]:
    """(first seq written after migration v, its normaliser) for each migration that changed data, and the
    first seq written at the current schema (a create from there on records exactly today's fields)."""
    found: dict[int, int] = {}
    since = upgraded_at(reg.db)
    markers = list(reg.audit.entries(entity="register", record=SCHEMA_RECORD))
    for marker in markers:
        before, after = marker.before or {}, marker.after or {}
        for version in range(int(before.get("schema", 0)) + 1, int(after.get("schema", 0)) + 1):
            found.setdefault(version, marker.seq)
    end = reg.audit.count() + 1
    current = markers[-1].seq if markers else _first_after(reg, since, end)
    if markers:
        since = (markers[0].before or {}).get("since")
    for version in _NORMALISERS:
        if version not in found:
            # Before markers existed: the register's one upgrade time covers every earlier migration.
            found[version] = _first_after(reg, since, end)
    return [(found[v], _NORMALISERS[v]) for v in sorted(_NORMALISERS)], current


# -- rebuilding states from the trail ---------------------------------------------------------------
@dataclass
class _Folded:
    state: dict[str, Any] | None  # None: deleted (unless ``text``)
    created: bool  # the state began with a create entry
    text: str | None = None  # instead of ``state``: a lone create's after-state, already canonical JSON


def _parsed(text: str | None) -> Any:
    try:
        return json.loads(text) if text is not None else None
    except ValueError:
        return None


def _folds(reg: OpenRegister, entity: str, boundaries: Boundaries, record: str | None = None,
           current: int | None = None) -> Iterator[tuple[str, _Folded]]:
    """Each record's state rebuilt from its entries, one record at a time (never the whole register).

    ``current``: the first seq at the current schema; a record whose only entry is a create from then on
    comes as its entry's text, unparsed (most records of a large register: half the time of the check)."""
    sql = "SELECT record, seq, before IS NULL, after FROM audit_entry WHERE entity = ?"
    params: tuple = (entity,)
    if record is not None:
        sql, params = sql + " AND record = ?", (entity, record)
    # The (entity, record) index yields this order without sorting: one record's entries in a row.
    cursor = reg.db.execute_sql(sql + " ORDER BY record, seq", params)
    for rec, rows in groupby(cursor, key=lambda row: row[0]):
        group = list(rows)
        if current is not None and len(group) == 1 and group[0][2] and group[0][3] is not None \
                and group[0][1] >= current:
            yield rec, _Folded(None, True, group[0][3])
            continue
        state: dict[str, Any] | None = None
        created, last = False, 0
        for _, seq, no_before, after_text in group:
            for boundary, normalise in boundaries:
                if state is not None and last < boundary <= seq:
                    normalise(entity, state)
            after = _parsed(after_text)
            if after_text is None:
                state, created = None, False
            elif no_before:
                state, created = (dict(after) if isinstance(after, dict) else {}), True
            else:
                state = {} if state is None else state
                if isinstance(after, dict):
                    state.update(after)
            last = seq
        for boundary, normalise in boundaries:
            if state is not None and last < boundary:
                normalise(entity, state)
        yield rec, _Folded(state, created)


# -- the tables --------------------------------------------------------------------------------------
class _Table:
    """How one table's rows read as the values an entry records."""

    def __init__(self, audit_entity: str, table: str, keys: tuple[str, ...], ent: Entity | None = None) -> None:
        self.audit_entity, self.table, self.keys, self.ent = audit_entity, table, keys, ent
        fields = {f.key: f for f in ent.stored_fields} if ent else {}
        self.lists = {k for k in keys if k in fields and fields[k].is_list}
        self.bools = {k for k in keys if k in fields and fields[k].kind is Kind.BOOL}
        self.fields = fields

    def default(self, key: str) -> Any:
        # What a column added by a migration holds until an entry sets it.
        return [] if key in self.lists else (False if key in self.bools else None)

    def from_row(self, row: tuple) -> dict[str, Any]:
        values = dict(zip(self.keys, row[1:], strict=True))
        for key in self.lists:
            raw = values[key]
            try:
                values[key] = json.loads(raw) if raw else []
            except (TypeError, ValueError):
                pass  # a damaged cell stays as text and differs from the recorded value
        for key in self.bools:
            values[key] = bool(values[key])
        return values

    def expected(self, state: dict[str, Any]) -> dict[str, Any]:
        return {k: state[k] if k in state else self.default(k) for k in self.keys}

    def differing(self, state: dict[str, Any], row: dict[str, Any], unknown: frozenset[str] = frozenset()
                  ) -> tuple[str, ...]:
        """The fields whose stored value differs from the recorded one, equivalent forms aside."""
        out = []
        for key in self.keys:
            if key in unknown and key not in state:
                continue
            want, have = state.get(key, self.default(key)), row[key]
            if want == have and type(want) is type(have):
                continue
            field = self.fields.get(key)
            if field is not None:
                try:
                    if codec.to_json(field, codec.from_json(field, want)) == codec.to_json(
                            field, codec.from_json(field, have)):
                        continue
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass  # not a value of this field at all: it differs
            out.append(key)
        return tuple(out)


def _digest_text(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


def _digest(values: dict[str, Any]) -> bytes:
    return _digest_text(canonical_json(values))


def _tables() -> list[_Table]:
    tables = [_Table(e.key, e.table, tuple(f.key for f in e.stored_fields), e) for e in ENTITIES]
    tables.append(_Table(ATTACHMENT_TABLE, ATTACHMENT_TABLE, _ATTACHMENT_KEYS))
    return tables


def _compare(reg: OpenRegister, table: _Table, boundaries: Boundaries, current: int,
             org_name: str | None) -> list[RecordMismatch]:
    expected: dict[int, bytes | None] = {}
    for rec, folded in _folds(reg, table.audit_entity, boundaries, current=current):
        if not rec.isdigit():  # an entry naming no record id cannot match a row
            continue
        if folded.text is not None:
            expected[int(rec)] = _digest_text(folded.text)
        else:
            expected[int(rec)] = None if folded.state is None else (
                _digest(table.expected(folded.state)) if folded.created else b"")  # b"": no create entry
    found: list[RecordMismatch] = []
    suspects: list[tuple[int, dict[str, Any]]] = []
    singleton = table.ent is not None and table.ent.singleton
    columns = ", ".join(f'"{k}"' for k in table.keys)
    cursor = reg.db.execute_sql(f'SELECT "id", {columns} FROM "{table.table}" ORDER BY "id"')
    while rows := cursor.fetchmany(2_000):
        for row in rows:
            values = table.from_row(row)
            digest = expected.pop(row[0], False)
            if singleton:
                suspects.append((row[0], values))  # made by the schema, not by an entry: compared field by field
            elif digest is False or digest == b"":
                found.append(RecordMismatch(table.audit_entity, str(row[0]), CREATED))
            elif digest is None:
                found.append(RecordMismatch(table.audit_entity, str(row[0]), CREATED,
                                            detail=t("storage", "the audit trail records its deletion")))
            elif digest != _digest(values):
                suspects.append((row[0], values))
    for record_id, values in suspects:
        folded = next((f for _, f in _folds(reg, table.audit_entity, boundaries, str(record_id))), None)
        state = dict(folded.state or {}) if folded else {}
        unknown: frozenset[str] = frozenset()
        if singleton:
            # The schema made the organisation (no create entry) with the local time zone and, in
            # registers from schema 1, the name from the register's settings: what the trail says of it.
            unknown = frozenset({"time_zone", "name"} - ({"name"} if org_name is not None else set()))
            state.setdefault("name", org_name)
        fields = table.differing(state, values, unknown)
        if fields:
            found.append(RecordMismatch(table.audit_entity, str(record_id), CHANGED, fields))
    found.extend(RecordMismatch(table.audit_entity, str(rid), DELETED)
                 for rid, digest in sorted(expected.items()) if digest is not None and not singleton)
    if singleton and not suspects:
        found.append(RecordMismatch(table.audit_entity, "1", DELETED))
    return found


def _recorded_settings(reg: OpenRegister) -> dict[str, str | None]:
    """Each register setting written by ``set_meta``, as its last entry left it (None: removed)."""
    recorded: dict[str, str | None] = {}
    for entry in reg.audit.entries(entity="register"):
        if entry.record in _NOT_META:
            continue
        after = entry.after
        if after is None:
            recorded[entry.record] = None
        elif isinstance(after, dict) and set(after) == {entry.record}:
            recorded[entry.record] = after[entry.record]
    return recorded


def verify_records(reg: OpenRegister) -> list[RecordMismatch]:
    """Every record, attachment and register setting that disagrees with the audit trail; [] when all agree.

    What the GUI and ``atlas doctor``/``atlas audit verify`` call. Meaningful only on a chain that
    verifies (``reg.audit.verify()``): entries edited along with the rows would agree with them."""
    try:
        settings = _recorded_settings(reg)
        found = [RecordMismatch("register", key, DELETED if reg.meta(key) is None else CHANGED)
                 for key, value in sorted(settings.items()) if reg.meta(key) != value]
        boundaries, current = _boundaries(reg)
        for table in _tables():
            found.extend(_compare(reg, table, boundaries, current, settings.get("org_name")))
    except (peewee.PeeweeException, sqlcipher.Error) as exc:
        # A damaged page: the integrity check names it; here it means the comparison could not finish.
        return [RecordMismatch("register", "", UNREADABLE, detail=str(exc))]
    return found

