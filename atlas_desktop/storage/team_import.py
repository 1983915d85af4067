"""Moves a register file from this computer into a new, empty team register (``atlas team import``), and checks
the audit history it brought along (``verify_segments``).

Everything lands in one team transaction, or nothing does: the records with their ids (so links survive), the
attachments sealed with the team key, the closed reviews with their packs, and the file's whole audit trail,
copied unchanged into ``audit_import`` as a numbered segment. The team's own trail then gets one "import" entry
per record and attachment (its state as received, so the records check against the trail as if typed in) and
one entry naming the segment: its entry count, its head MAC and a SHA-256 over its rows. That entry is sealed
in the team's chain, so the imported history cannot be edited, cut or extended on the server unnoticed; its
own MACs are keyed with the file's key, which does not travel, and are not checked again here.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..core import codec
from ..core import review as rv
from ..core.entities import ENTITIES
from ..core.errors import AtlasError, IntegrityProblem, NotAllowed, StorageError, UsageError
from ..core.i18n import in_sentence, spec, t, tn
from ..core.spec import Entity
from . import search, team_schema
from .attachments import Attachments
from .audit import canonical_json
from .dialect import is_team
from .integrity import verify_records
from .models import ATTACHMENT_TABLE, REVIEW_ITEM_TABLE, REVIEW_TABLE, build_models
from .records import ORGANISATION_ID, Records
from .reviews import Reviews
from .team_members import role_label

SEGMENT_RECORD = "import"  # the team entry anchoring a segment: entity "register", record "import"
_TRAIL_COLUMNS = ("seq", "at", "actor", "action", "entity", "record", "before", "after", "mac")
_ATTACHMENT_COLUMNS = ("id", "entity", "record", "filename", "media_type", "size", "sha256", "added_at",
                       "added_by", "note")
_BATCH = 500


@dataclass(frozen=True)
class ImportSummary:
    """What one import brought into the team register."""

    records: dict[str, int]  # entity key -> records copied (the organisation counts as 1: it was updated)
    attachments: int
    reviews: int  # closed reviews, with their items and packs
    audit_entries: int  # entries of the file's trail, kept as ``segment``
    segment: int
    head: str  # the file's audit head MAC, now anchored in the team's trail
    source_register_id: str = ""
    organisation: str = ""
    digest: str = field(default="", repr=False)

    @property
    def total_records(self) -> int:
        return sum(self.records.values())


# -- the import ----------------------------------------------------------------------------------------
def import_register(team: Any, local: Any) -> ImportSummary:
    """Copy the open register file ``local`` into the open, empty team register ``team`` (a manager's act)."""
    _check_can_import(team, local)
    verdict = local.audit.verify()
    if not verdict.ok:
        raise IntegrityProblem(t("team", "The audit trail of {file} is broken ({problem}), so it cannot be carried "
                                 "into the team register. Nothing was imported: run 'atlas doctor' on it, or import "
                                 "your latest sound backup instead.").format(file=local.path.name,
                                                                             problem=verdict.problem))
    mismatches = verify_records(local)
    if len(mismatches) == 1:
        raise IntegrityProblem(t("team", "{file} holds records that disagree with its audit trail ({first}). "
                                 "Nothing was imported: run 'atlas doctor' on it, or import your latest sound backup "
                                 "instead.").format(file=local.path.name, first=mismatches[0].describe()))
    if mismatches:
        raise IntegrityProblem(tn("team", "{file} holds records that disagree with its audit trail ({first} and %n "
                                  "more). Nothing was imported: run 'atlas doctor' on it, or import your latest sound "
                                  "backup instead.", len(mismatches) - 1).format(
            file=local.path.name, first=mismatches[0].describe()))
    in_progress = Reviews(Records(local)).current()
    if in_progress is not None:
        raise UsageError(t("team", "{review} is still in progress in {file}: close it first, then import. Nothing "
                           "was imported.").format(review=in_progress.title, file=local.path.name))
    source = build_models(local.db)
    target = build_models(team.db)
    organisation = local.meta("org_name") or ""
    with team.transaction(t("team", "importing the register")):
        _require_empty(team, target)  # again inside the transaction: someone may have saved meanwhile
        segment = int(team.db.execute_sql(
            f'SELECT COALESCE(MAX(segment), 0) + 1 FROM "{team_schema.IMPORT_TABLE}"').fetchone()[0])
        counts = {"organisation": 1}
        _copy_organisation(team, local)
        for ent in ENTITIES:
            if not ent.singleton:
                counts[ent.key] = _copy_entity(team, ent, source[ent.key], target[ent.key])
        search.reindex(team.db)
        attachments = _copy_attachments(team, local, source[ATTACHMENT_TABLE], target[ATTACHMENT_TABLE])
        reviews = _copy_reviews(source, target, team.seal)
        for table in [e.table for e in ENTITIES] + [ATTACHMENT_TABLE, REVIEW_TABLE, REVIEW_ITEM_TABLE]:
            _advance_sequence(team.db, table, _highest_used(local.db, table))
        entries, head, digest = _copy_trail(team, local, segment)
        if (entries, head) != (verdict.count, verdict.head):
            raise StorageError(t("team", "{file} changed while it was being imported (another window of Atlas may "
                                 "have it open). Nothing was imported: close it there and try again.").format(
                file=local.path.name))
        team.audit.append(team.actor, "import", "register", SEGMENT_RECORD, None, {
            "segment": segment, "source_register_id": local.register_id, "organisation": organisation,
            "entries": entries, "head": head, "segment_sha256": digest, "records": counts,
            "attachments": attachments, "reviews": reviews})
    return ImportSummary(counts, attachments, reviews, entries, segment, head, local.register_id, organisation,
                         digest)


def _check_can_import(team: Any, local: Any) -> None:
    if getattr(team, "kind", "") != "team":
        raise UsageError(t("team", "Registers are imported into a team register: name one with --register "
                           "postgresql://NAME@SERVER/DATABASE or a .atlas-team file."))
    if getattr(local, "kind", "") != "local":
        raise UsageError(t("team", "Only a register file on this computer can be imported into a team register."))
    role = team.app_role()
    if role != "manager":
        raise NotAllowed(t("team", "Only a manager can import a register; you are signed in as {person} "
                           "({role}).").format(person=team.actor, role=role_label(role)))
    if local.schema_version != team.schema_version:
        raise UsageError(t("team", "{file} is at schema {version} and the team register at {team_version}: use the "
                           "same version of Atlas for both (upgrade the team register with 'atlas team upgrade' "
                           "first). Nothing was imported.").format(file=local.path.name, version=local.schema_version,
                                                                   team_version=team.schema_version))
    _require_empty(team, build_models(team.db))


def _require_empty(team: Any, models: dict[str, Any]) -> None:
    held = []
    for ent in ENTITIES:
        if ent.singleton:
            continue
        count = models[ent.key].select().count()
        if count:
            held.append(t("team", "{records}: {count}").format(records=in_sentence(spec(ent.label)), count=count))
    for name, count in ((ATTACHMENT_TABLE, models[ATTACHMENT_TABLE].select().count()),
                        (REVIEW_TABLE, models[REVIEW_TABLE].select().count())):
        if count:
            label = t("team", "attachments") if name == ATTACHMENT_TABLE else t("team", "reviews")
            held.append(t("team", "{records}: {count}").format(records=label, count=count))
    if held:
        raise UsageError(t("team", "This team register already holds records ({held}): import into a new, empty "
                           "team register (made with 'atlas team init'). Nothing was imported.").format(
            held=", ".join(held[:4]) + (", …" if len(held) > 4 else "")))


def _copy_organisation(team: Any, local: Any) -> None:
    """The team's organisation record (made by ``atlas team init``) takes the file's values, through ``Records``
    so the change is validated and in the trail like any edit."""
    ent = next(e for e in ENTITIES if e.singleton)
    mine = Records(local).get(ent.key, ORGANISATION_ID)
    Records(team).update(ent.key, ORGANISATION_ID, {f.key: mine[f.key] for f in ent.editable_fields},
                         action="import")


def _state(ent: Entity, row: dict[str, Any]) -> dict[str, Any]:
    """A stored row as the trail records a record (what ``Records`` writes on a create)."""
    return {f.key: codec.to_json(f, codec.from_db(f, row[f.key])) for f in ent.stored_fields}


def _batches(rows: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= _BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _copy_entity(team: Any, ent: Entity, source: Any, target: Any) -> int:
    """Every row as stored (ids, creation times and versions kept), and one "import" entry per record holding
    its state: the team's trail then accounts for every row, as ``integrity.verify_records`` expects."""
    copied = 0
    for batch in _batches(source.select().order_by(source.id).dicts().iterator()):
        target.insert_many(batch).execute()
        for row in batch:
            team.audit.append(team.actor, "import", ent.key, str(row["id"]), None, _state(ent, row))
        copied += len(batch)
    return copied


def _copy_attachments(team: Any, local: Any, source: Any, target: Any) -> int:
    """Each file read (and checked against its SHA-256) from the file, then sealed with the team key."""
    reader = Attachments(local)
    columns = [getattr(source, name) for name in _ATTACHMENT_COLUMNS]
    rows = list(source.select(*columns).order_by(source.id).dicts())
    for row in rows:
        data = reader.read(row["id"])
        target.insert(**row, data=team.seal(data)).execute()
        team.audit.append(team.actor, "import", ATTACHMENT_TABLE, str(row["id"]), None,
                          {k: row[k] for k in ("entity", "record", "filename", "size", "sha256", "note")})
    return len(rows)


def _copy_reviews(source: dict[str, Any], target: dict[str, Any], seal: Any) -> int:
    """Closed reviews, their items and packs, as they were (their anchors name the file's trail, now a segment)."""
    review, item = source[REVIEW_TABLE], source[REVIEW_ITEM_TABLE]
    closed = [row for row in review.select().where(review.status == rv.CLOSED).order_by(review.id).dicts()]
    for row in closed:
        target[REVIEW_TABLE].insert(**{**row, "pack": seal(bytes(row["pack"])) if row["pack"] is not None else None}
                                    ).execute()
    ids = [row["id"] for row in closed]
    for start in range(0, len(ids), _BATCH):
        rows = list(item.select().where(item.review.in_(ids[start:start + _BATCH])).order_by(item.id).dicts())
        for batch in _batches(rows):
            target[REVIEW_ITEM_TABLE].insert_many(batch).execute()
    return len(closed)


def _highest_used(local_db: Any, table: str) -> int:
    """The highest id the file ever gave in ``table``, deleted ones included (its AUTOINCREMENT counter), so
    the team register never hands out again an id that the imported trail names for another record."""
    row = local_db.execute_sql("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)).fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def _advance_sequence(db: Any, table: str, used: int = 0) -> None:
    """Move the table's id sequence past the ids copied and the file's deleted ones, so the next record saved
    gets a new one. nextval, not setval: a manager may use a sequence but not reset it (``team_schema.rights``)."""
    sequence = db.execute_sql("SELECT pg_get_serial_sequence(?, 'id')", (f'"{table}"',)).fetchone()[0]
    present = db.execute_sql(f'SELECT MAX(id) FROM "{table}"').fetchone()[0]
    top = max(int(present or 0), used)
    if sequence is None or top == 0:
        return
    last, called = db.execute_sql(f"SELECT last_value, is_called FROM {sequence}").fetchone()
    behind = int(top) - (int(last) if called else int(last) - 1)
    if behind > 0:
        db.execute_sql("SELECT COUNT(nextval(?::regclass)) FROM generate_series(1, ?)", (sequence, behind))


def _line(row: Iterable[Any]) -> bytes:
    """One trail row as the segment's digest reads it: canonical JSON of its nine columns, one line."""
    values = list(row)
    return (canonical_json([int(values[0]), *values[1:]]) + "\n").encode("utf-8")


def _copy_trail(team: Any, local: Any, segment: int) -> tuple[int, str, str]:
    """The file's trail, row for row, into ``audit_import``; returns (entries, head MAC, SHA-256 of the rows)."""
    digest = hashlib.sha256()
    count, head = 0, ""
    insert = (f'INSERT INTO "{team_schema.IMPORT_TABLE}" (segment, {", ".join(_TRAIL_COLUMNS)}) '
              "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)")
    cursor = local.db.execute_sql(f"SELECT {', '.join(_TRAIL_COLUMNS)} FROM audit_entry ORDER BY seq")
    while rows := cursor.fetchmany(2_000):
        for row in rows:
            digest.update(_line(row))
        team.db.cursor().executemany(insert, [(segment, *row) for row in rows])
        count, head = int(rows[-1][0]), str(rows[-1][8])
    return count, head, digest.hexdigest()


# -- checking the imported history ------------------------------------------------------------------------
def _segment_facts(db: Any, segment: int) -> tuple[int, str, str]:
    digest = hashlib.sha256()
    count, head = 0, ""
    cursor = db.execute_sql(f'SELECT {", ".join(_TRAIL_COLUMNS)} FROM "{team_schema.IMPORT_TABLE}" '
                            "WHERE segment = ? ORDER BY seq", (segment,))
    while rows := cursor.fetchmany(2_000):
        for row in rows:
            digest.update(_line(row))
        count += len(rows)
        head = str(rows[-1][8])
    return count, head, digest.hexdigest()


def verify_segments(reg: Any) -> list[str]:
    """What is wrong with the audit histories imported into a team register: one plain sentence per problem,
    [] when each segment is exactly what its import entry in the team's trail recorded."""
    if not is_team(reg.db):
        return []
    problems: list[str] = []
    anchored: set[int] = set()
    try:
        for entry in reg.audit.entries(entity="register", record=SEGMENT_RECORD):
            if entry.action != "import":
                continue
            after = entry.after if isinstance(entry.after, dict) else {}
            try:
                segment, entries = int(after["segment"]), int(after["entries"])
                head, recorded = str(after["head"]), str(after["segment_sha256"])
            except (KeyError, TypeError, ValueError):
                problems.append(t("team", "Audit entry {entry} records an import but not which history it brought: it "
                                  "was written outside Atlas.").format(entry=entry.seq))
                continue
            anchored.add(segment)
            count, last, digest = _segment_facts(reg.db, segment)
            problem = _segment_problem(after.get("organisation"), segment, entry.seq, (count, entries),
                                       last != head, digest != recorded)
            if problem:
                problems.append(problem)
        found = [int(r[0]) for r in reg.db.execute_sql(
            f'SELECT DISTINCT segment FROM "{team_schema.IMPORT_TABLE}" ORDER BY segment').fetchall()]
    except AtlasError:
        raise
    except Exception as exc:  # noqa: BLE001 - a server error here is a check that could not finish: say so
        from .team_errors import server_message
        return problems + [t("team", "The imported audit history could not be read ({detail}); run the check again, "
                             "or ask whoever runs the server.").format(detail=server_message(exc))]
    for segment in found:
        if segment not in anchored:
            problems.append(t("team", "Imported audit history segment {segment} is not anchored by any import in the "
                              "team's trail: it was added on the server outside Atlas.").format(segment=segment))
    return problems


def _segment_problem(source: str | None, segment: int, seq: int, counts: tuple[int, int], end_rewritten: bool,
                     changed: bool) -> str:
    """What is wrong with one imported segment (its entries now and as imported), or "" when nothing is."""
    found, imported = counts
    if source:
        where = t("team", "The audit history imported from {source} (segment {segment}, anchored by entry "
                  "{entry})").format(source=source, segment=segment, entry=seq)
    else:
        where = t("team", "The audit history imported from a register file (segment {segment}, anchored by entry "
                  "{entry})").format(segment=segment, entry=seq)
    fix = t("team", "restore the server's backup from before the change, or ask whoever runs the server.")
    if found != imported:
        said = tn("team", "{where} has %n entr(y|ies) where {imported} were imported: entries were removed or added "
                  "on the server; {fix}", found)
        return said.format(where=where, imported=imported, fix=fix)
    if end_rewritten:
        return t("team", "{where} no longer ends with the entry that was imported: its end was rewritten on the "
                 "server; {fix}").format(where=where, fix=fix)
    if changed:
        return t("team", "{where} was changed on the server after the import: its entries no longer match the digest "
                 "the import recorded; {fix}").format(where=where, fix=fix)
    return ""
