"""The hash-chained audit trail: every change to every record, tamper-evident.

Each entry carries a sequence number and an HMAC-SHA256 over the previous entry's MAC
plus the canonical JSON of this entry, keyed with a key derived from the data key. So
editing, deleting or reordering entries breaks the chain at the first affected entry.
Removing entries from the *end* leaves a valid shorter chain; that is caught by comparing
with anchors (entry count and head MAC) kept outside the log: in backups and reports.
"""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import hmac
import json
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

import peewee
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlcipher3 import dbapi2 as sqlcipher

from ..core.i18n import ENGLISH, format_date, format_datetime, language, t, tn

GENESIS = b"\x00" * 32
AUDIT_LOCK = 0x41544C41  # "ATLA": the team register's advisory lock for appending to the trail
ACTIONS = ("create", "update", "delete", "import", "restore", "keys", "review")


def derive_audit_key(data_key: bytes) -> bytes:
    # A separate key, so the MAC key is never the database key itself.
    return HKDF(hashes.SHA256(), 32, None, b"atlas audit chain v1").derive(data_key)


def _json_default(value: Any) -> Any:
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, (decimal.Decimal, uuid.UUID)):
        return str(value)
    if isinstance(value, (bytes, bytearray)):
        return {"sha256": hashlib.sha256(value).hexdigest(), "size": len(value)}
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    raise TypeError(f"cannot record a {type(value).__name__} in the audit trail")


# One encoder for every entry: json.dumps with options builds a new one per call, which was a third of
# the time of verifying a trail.
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_json_default)


def canonical_json(value: Any) -> str:
    """Deterministic JSON: sorted keys, no spaces, UTF-8 kept as is."""
    return _CANONICAL.encode(value)


_AT_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).strftime(_AT_FORMAT)


def shown_moment(at: str) -> str:
    """A stored UTC time (ISO text) in a sentence, to the minute: ``2026-03-30 09:30 UTC`` in English, as it
    always read, and the language's own way otherwise (``30 mars 2026, 09:30 UTC``)."""
    if language() != ENGLISH:
        try:
            return format_datetime(dt.datetime.fromisoformat(at.replace("Z", "+00:00")), "UTC")
        except ValueError:
            pass  # not a time after all: shown as it is stored
    return f"{at[:16].replace('T', ' ')} UTC"


def shown_day(day: dt.date) -> str:
    """A date in a sentence: ISO in English, as it always read; the language's own way otherwise."""
    return day.isoformat() if language() == ENGLISH else format_date(day)


def _utc_text(bound: str | dt.datetime | None) -> str | None:
    """A time bound in exactly the stored form, so that text comparison orders correctly
    (a bare "...:05Z" would sort after "...:05.123456Z"). Naive times are taken as UTC."""
    if bound is None:
        return None
    moment = bound if isinstance(bound, dt.datetime) else dt.datetime.fromisoformat(bound)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).strftime(_AT_FORMAT)


def _same_mac(expected: bytes, stored: object) -> bool:
    # Compared as bytes: compare_digest refuses non-ASCII str, and a damaged row may hold anything.
    return hmac.compare_digest(expected.hex().encode(), str(stored).encode("utf-8", "replace"))


@dataclass(frozen=True)
class Entry:
    seq: int
    at: str
    actor: str
    action: str
    entity: str
    record: str
    before: Any
    after: Any
    mac: str

    def changed_fields(self) -> list[str]:
        return _changed_keys(self.before, self.after)


def _changed_keys(before: Any, after: Any) -> list[str]:
    """The keys whose values differ between two recorded states (a missing state counts as empty)."""
    before = before if isinstance(before, dict) else {}
    after = after if isinstance(after, dict) else {}
    return sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))


class Summary(NamedTuple):
    """An entry without its values or seal: what a listing of the trail shows for each entry."""

    seq: int
    at: str
    actor: str
    action: str
    entity: str
    record: str


@dataclass(frozen=True)
class Anchor:
    """A (count, head) pair recorded outside the log, and where it was recorded."""

    count: int
    head: str
    source: str


@dataclass(frozen=True)
class Verdict:
    ok: bool
    count: int
    head: str
    broken_at: int | None = None
    problem: str = ""
    anchors_checked: int = 0


def _mac(key: bytes, prev: bytes, seq: int, at: str, actor: str, action: str, entity: str,
         record: str, before: str | None, after: str | None) -> bytes:
    body = canonical_json({"seq": seq, "at": at, "actor": actor, "action": action,
                           "entity": entity, "record": record, "before": before, "after": after})
    # hmac.digest: the same HMAC in one call to OpenSSL, without building an HMAC object per entry
    # (verifying a trail of 100,000 entries makes 100,000 of these).
    return hmac.digest(key, prev + body.encode("utf-8"), "sha256")


_COLUMNS = "seq, at, actor, action, entity, record, before, after, mac"
_SUMMARY_COLUMNS = "seq, at, actor, action, entity, record"
_CHUNK = 500  # seqs per IN (...): well under SQLite's limit on bound parameters


class AuditTrail:
    """Appends to and checks the ``audit_entry`` table of one open register database."""

    def __init__(self, db, key: bytes) -> None:
        self.db = db
        self.key = key

    def append(self, actor: str, action: str, entity: str, record: str,
               before: dict[str, Any] | None = None, after: dict[str, Any] | None = None) -> int:
        """Add one entry; call inside the transaction that makes the change it records."""
        if action not in ACTIONS:
            raise ValueError(f"unknown audit action {action!r}")
        if getattr(self.db, "serialises_audit", False):
            # Many writers on a team register: one append at a time, held until the change commits, so
            # two entries never follow the same head (the chain would fork).
            self.db.execute_sql("SELECT pg_advisory_xact_lock(?)", (AUDIT_LOCK,))
        last = self.db.execute_sql("SELECT seq, mac FROM audit_entry ORDER BY seq DESC LIMIT 1").fetchone()
        seq, prev = (int(last[0]) + 1, bytes.fromhex(last[1])) if last else (1, GENESIS)
        at = utc_now()
        before_text = None if before is None else canonical_json(before)
        after_text = None if after is None else canonical_json(after)
        mac = _mac(self.key, prev, seq, at, actor, action, entity, str(record), before_text, after_text)
        self.db.execute_sql(
            f"INSERT INTO audit_entry ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (seq, at, actor, action, entity, str(record), before_text, after_text, mac.hex()))
        return seq

    def head(self) -> Anchor:
        row = self.db.execute_sql("SELECT seq, mac FROM audit_entry ORDER BY seq DESC LIMIT 1").fetchone()
        if not row:
            return Anchor(0, GENESIS.hex(), "register")
        return Anchor(int(row[0]), row[1], "register")

    def tail_intact(self) -> bool:
        """A cheap check for every open: the last entry's MAC matches the one before it."""
        rows = self.db.execute_sql(f"SELECT {_COLUMNS} FROM audit_entry ORDER BY seq DESC LIMIT 2").fetchall()
        if not rows:
            return True
        last = rows[0]
        try:
            prev = bytes.fromhex(rows[1][8]) if len(rows) > 1 else GENESIS
        except (TypeError, ValueError):
            return False  # the entry before the last is damaged
        if len(rows) == 1 and int(last[0]) != 1:
            return False
        return _same_mac(_mac(self.key, prev, *last[:8]), last[8])

    def verify(self, anchors: Iterable[Anchor] = ()) -> Verdict:
        """Walk the whole chain; report the first broken entry, then compare with anchors."""
        try:
            return self._verify(list(anchors))
        except (sqlcipher.Error, peewee.PeeweeException) as exc:
            # A damaged page under the log: a broken chain, reported like any other.
            problem = t("storage", "The audit trail cannot be read: {error}.").format(error=exc)
            return Verdict(False, 0, "", None, problem)

    def _verify(self, anchors: list[Anchor]) -> Verdict:
        prev = GENESIS
        count = 0
        macs: dict[int, str] = {}
        wanted = {a.count for a in anchors}
        cursor = self.db.execute_sql(f"SELECT {_COLUMNS} FROM audit_entry ORDER BY seq")
        for row in cursor:
            seq = int(row[0])
            expected_seq = count + 1
            if seq != expected_seq:
                if seq > expected_seq:
                    # Entry numbers are names, not amounts: never grouped (1,234) in any language.
                    jump = (t("storage", "The log jumps from entry {last} to {next}: entry {missing} is missing "
                                         "(deleted).") if seq == expected_seq + 1
                            else t("storage", "The log jumps from entry {last} to {next}: entries {first} to {end} are "
                                              "missing (deleted)."))
                    return Verdict(False, count, prev.hex(), expected_seq,
                                   jump.format(last=count, next=seq, missing=expected_seq, first=expected_seq,
                                               end=seq - 1))
                return Verdict(False, count, prev.hex(), seq,
                               t("storage", "Entry {seq} appears twice or out of order.").format(seq=seq))
            expected = _mac(self.key, prev, seq, *row[1:8])
            if not _same_mac(expected, row[8]):
                return Verdict(False, count, prev.hex(), seq,
                               t("storage", "Entry {seq} does not match its seal: it was edited, or entries were "
                                            "moved or reordered.").format(seq=seq))
            prev = expected
            count = seq
            if seq in wanted:
                macs[seq] = row[8]
        head = prev.hex()
        for anchor in anchors:
            if anchor.count > count:
                # "%n entries" even for one: the English has always said so; the languages take their forms.
                return Verdict(False, count, head, count + 1,
                               tn("storage", "The log ends at entry {last}, but {source} recorded %n entries: entries "
                                             "were removed from the end.", anchor.count).format(
                                   last=count, source=anchor.source))
            recorded = macs.get(anchor.count, GENESIS.hex() if anchor.count == 0 else None)
            if recorded != anchor.head:
                return Verdict(False, count, head, anchor.count,
                               t("storage", "Entry {seq} differs from the one {source} recorded: the history was "
                                            "rewritten.").format(seq=anchor.count, source=anchor.source))
        return Verdict(True, count, head, anchors_checked=len(anchors))

    def entries(self, entity: str | None = None, record: str | None = None,
                since: str | dt.datetime | None = None, until: str | dt.datetime | None = None,
                limit: int | None = None) -> Iterator[Entry]:
        """Entries oldest first; ``since``/``until`` are ISO UTC bounds (until is exclusive)."""
        clauses, params = [], []
        for column, op, value in (("entity", "=", entity), ("record", "=", record),
                                  ("at", ">=", _utc_text(since)), ("at", "<", _utc_text(until))):
            if value is not None:
                clauses.append(f"{column} {op} ?")
                params.append(value)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        tail = f" LIMIT {int(limit)}" if limit else ""
        cursor = self.db.execute_sql(f"SELECT {_COLUMNS} FROM audit_entry{where} ORDER BY seq{tail}", params)
        for row in cursor:
            yield _entry(row)

    def count(self) -> int:
        """How many entries the trail holds (read from an index: cheap at any size)."""
        return int(self.db.execute_sql("SELECT count(*) FROM audit_entry").fetchone()[0])

    def entry(self, seq: int) -> Entry | None:
        """One whole entry, values and seal included; None if there is no entry ``seq``."""
        row = self.db.execute_sql(f"SELECT {_COLUMNS} FROM audit_entry WHERE seq = ?", (int(seq),)).fetchone()
        return None if row is None else _entry(row)

    def summaries(self, newest: int | None = None) -> list[Summary]:
        """Entries oldest first without their values: every one, or only the ``newest`` few.

        The values are most of an entry's size (a whole record, before and after): 100,000 summaries
        hold about 25 MB, where the audit page holding those entries with their values parsed took
        over 600 MB. Who, what and which register repeat on almost every entry: each is kept once.
        """
        if newest is None:
            cursor = self.db.execute_sql(f"SELECT {_SUMMARY_COLUMNS} FROM audit_entry ORDER BY seq")
        else:
            cursor = self.db.execute_sql(
                f"SELECT {_SUMMARY_COLUMNS} FROM audit_entry ORDER BY seq DESC LIMIT ?", (max(int(newest), 0),))
        words: dict[str, str] = {}
        word = words.setdefault
        found = [Summary(int(seq), at, word(actor, actor), word(action, action), word(entity, entity), record)
                 for seq, at, actor, action, entity, record in cursor]
        if newest is not None:
            found.reverse()
        return found

    def changed_fields(self, seqs: Iterable[int]) -> Iterator[tuple[int, list[str]]]:
        """``(seq, Entry.changed_fields())`` for each of these entries that exists, in ``seq`` order.

        One entry's values are parsed at a time and dropped, so a listing can name the changed
        fields of many entries without holding their values. A value that is not valid JSON (a
        damaged entry) counts as empty here; ``verify`` reports the damage.
        """
        wanted = sorted({int(seq) for seq in seqs})
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start:start + _CHUNK]
            # Read a chunk at a time rather than holding a statement open while the caller works.
            rows = self.db.execute_sql(f"SELECT seq, before, after FROM audit_entry WHERE seq IN "
                                       f"({', '.join('?' * len(chunk))}) ORDER BY seq", chunk).fetchall()
            for seq, before, after in rows:
                yield int(seq), _changed_keys(_parsed(before), _parsed(after))


def _entry(row: tuple) -> Entry:
    """An entry from a row of ``_COLUMNS``, its values parsed."""
    before = json.loads(row[6]) if row[6] is not None else None
    after = json.loads(row[7]) if row[7] is not None else None
    return Entry(int(row[0]), row[1], row[2], row[3], row[4], row[5], before, after, row[8])


def _parsed(text: str | None) -> Any:
    try:
        return json.loads(text) if text is not None else None
    except ValueError:
        return None
