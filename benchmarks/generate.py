"""Makes (and caches) the benchmark registers: N valid records spread over the entities, with their audit trail.

A register of 100,000 records written one ``Records.create`` at a time takes minutes (each save
re-reads the organisation, checks its links and appends one audit entry after a SELECT of the
last). Here every record still goes through the app's own code: the demo's records as
templates, ``Records.prepare`` (cleaning, validation, derived fields) once per template, the
pure ``core.validation.validate`` on every generated record, ``Records._row`` and
``core.search.search_text`` for what is stored, and ``storage.audit``'s own MAC for a valid
chain of one entry per record. Only the inserts are batched, in one transaction.

Registers are cached under ``benchmarks/.cache/``, keyed by this file, the demo data and the
schema version: a change to any of them makes a new register on the next run.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from atlas_desktop.core.entities import BY_KEY
from atlas_desktop.core.search import search_text
from atlas_desktop.core.spec import Entity, Kind
from atlas_desktop.core.validation import validate
from atlas_desktop.resources import resource_path
from atlas_desktop.storage import demo_data as data
from atlas_desktop.storage.audit import _mac, canonical_json, utc_now
from atlas_desktop.storage.keys import MIN_MEMORY_KIB, MIN_TIME_COST, KdfParams
from atlas_desktop.storage.migrations import SCHEMA_VERSION
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.register import Register, register_files
from atlas_desktop.storage.search import table_name

from .rawopen import PASSPHRASE

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
ORG = data.ORG_NAME
# Fixed key derivation (OWASP's Argon2id floor, fixed salt), so every run unlocks with the same work;
# the app would calibrate to ~0.5 s, which would only hide the app's own start-up cost in the ratio.
KDF = KdfParams(MIN_TIME_COST, MIN_MEMORY_KIB, 1, b"atlas-bench-salt")
# Share of each register per 1,000 records, in the order their links need. 100k records give
# 1,000 activities (the ropa figure) and 40,000 breaches (the table figure).
WEIGHTS: tuple[tuple[str, int], ...] = (
    ("processor", 10), ("activity", 10), ("person", 50), ("dpia", 10), ("training", 100),
    ("breach", 400), ("rights_request", 200), ("consent", 170), ("policy", 50),
)
# Fields of these registers keep the template's value: a suffixed course would make the training
# matrix one column per training instead of one per course.
NO_SUFFIX = frozenset({"training"})
BATCH = 2_000
ACTOR = "bench"


def counts(size: int) -> dict[str, int]:
    """How many records of each register a register of ``size`` records holds (they add up to ``size``)."""
    total = sum(w for _, w in WEIGHTS)
    out = {key: size * w // total for key, w in WEIGHTS}
    out["breach"] += size - sum(out.values())
    return out


def cache_key() -> str:
    """Changes when the generator, the demo data it copies, the passphrase or the schema changes."""
    digest = hashlib.sha256(f"schema-{SCHEMA_VERSION}".encode())
    # The demo's content is the JSON under atlas_desktop/resources/demo/; demo_data.py only reads it.
    demo_files = sorted(resource_path("demo").glob("*.json"))
    for source in (Path(__file__), Path(data.__file__), *demo_files, HERE / "rawopen.py"):
        digest.update(source.read_bytes())
    return digest.hexdigest()[:12]


def register_path(size: int) -> Path:
    return CACHE / f"register-{size}-{cache_key()}.atlas"


def ensure_register(size: int, log: Any = print) -> Path:
    """The cached register of ``size`` records, made first if missing or stale."""
    path = register_path(size)
    if path.exists() and Path(str(path) + ".keys").exists():
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    for old in CACHE.glob(f"register-{size}-*"):  # a stale key: another generator or schema
        old.unlink()
    for leftover in register_files(path):
        leftover.unlink()
    log(f"generating a register of {size:,} records (cached in {CACHE.name}/ for the next runs)…")
    started = dt.datetime.now(dt.UTC)
    make_register(path, size, started)
    took = (dt.datetime.now(dt.UTC) - started).total_seconds()
    log(f"  {size:,} records in {took:.1f} s")
    return path


def make_register(path: Path, size: int, now: dt.datetime | None = None) -> Path:
    """A new register at ``path`` holding ``size`` generated records and their audit trail, checked whole."""
    now = now or dt.datetime.now(dt.UTC)
    reg, _ = Register.create(path, PASSPHRASE, ORG, kdf=KDF, actor=ACTOR)
    try:
        with reg:
            fill(reg, size, now)
            verdict = reg.audit.verify()
            if not verdict.ok:
                raise RuntimeError(f"the generated audit trail does not verify: {verdict.problem}")
    except BaseException:
        for file in register_files(path):
            file.unlink()
        raise
    return path


def _templates(key: str, now: dt.datetime, ids: dict[str, list[int]]) -> list[dict[str, Any]]:
    """The demo's records of register ``key``, their links pointing at records already written."""
    t = data.Clock(now)

    def named(target: str, names: list[str]) -> dict[str, int]:
        pool = ids.get(target) or [0]  # 0: no such record; only when the generated count is 0
        return {name: pool[i % len(pool)] for i, name in enumerate(names)}

    processors = named("processor", list(data.processors(t)))
    if key == "processor":
        return list(data.processors(t).values())
    if key == "activity":
        return list(data.activities(t, processors).values())
    if key == "person":
        return list(data.people().values())
    if key == "policy":
        return data.policies(t)
    activities = named("activity", list(data.activities(t, processors)))
    staff = named("person", list(data.people()))
    made = {"dpia": lambda: data.dpias(t, activities), "rights_request": lambda: data.rights_requests(t, activities),
            "consent": lambda: data.consents(t, activities), "training": lambda: data.trainings(t, staff),
            "breach": lambda: data.breaches(t, activities, staff)}
    return made[key]()


def _relinked(ent: Entity, record: dict[str, Any], ids: dict[str, list[int]], rnd: random.Random) -> None:
    """Point the record's links at random records of their targets (already written)."""
    for f in ent.stored_fields:
        if f.kind not in (Kind.LINK, Kind.LINKS) or not f.target or not record.get(f.key):
            continue
        pool = ids[f.target]
        if f.kind is Kind.LINK:
            record[f.key] = rnd.choice(pool)
        else:
            record[f.key] = sorted(set(rnd.sample(pool, min(len(record[f.key]), len(pool)))))


def fill(reg: Register, size: int, now: dt.datetime) -> None:
    """Write ``size`` records, spread as ``counts`` says, in one transaction."""
    records = Records(reg)
    rnd = random.Random(size)
    with reg.transaction("generating the benchmark register"):
        records.save_organisation(data.organisation())
        ctx = records.context(now)
        ids: dict[str, list[int]] = {}
        chain = _Chain(reg)
        for key, count in counts(size).items():
            ent = BY_KEY[key]
            templates = _templates(key, now, ids)
            if not count or not templates:
                ids[key] = []
                continue
            # The app's own save preparation, once per template: cleaned, validated, derived.
            prepared = []
            for values in templates:
                record, problems = records.prepare(key, values, now=now)
                if problems:
                    raise RuntimeError(f"demo template for {key} is invalid: {problems}")
                prepared.append(record)
            ids[key] = _write(reg, records, ent, prepared, count, ids, ctx, rnd, chain)
        chain.flush()


def _generated(ent: Entity, prepared: list[dict[str, Any]], count: int, ids: dict[str, list[int]], ctx: Any,
               rnd: random.Random) -> Iterator[dict[str, Any]]:
    title = ent.field(ent.title)
    for n in range(count):
        record = copy.deepcopy(prepared[n % len(prepared)])
        if ent.key not in NO_SUFFIX and title.kind is Kind.TEXT and record.get(ent.title):
            record[ent.title] = f"{record[ent.title]} #{n + 1}"
        _relinked(ent, record, ids, rnd)
        problems = validate(ent, record, ctx)
        if problems:
            raise RuntimeError(f"generated {ent.key} #{n + 1} is invalid: {problems}")
        yield record


def _write(reg: Register, records: Records, ent: Entity, prepared: list[dict[str, Any]], count: int,
           ids: dict[str, list[int]], ctx: Any, rnd: random.Random, chain: _Chain) -> list[int]:
    db = reg.db
    first = (db.execute_sql(f'SELECT COALESCE(MAX(id), 0) FROM "{ent.table}"').fetchone()[0] or 0) + 1
    columns = [f.key for f in ent.stored_fields]
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" * (len(columns) + 3))
    insert = f'INSERT INTO "{ent.table}" (id, created_at, updated_at, {names}) VALUES ({marks})'
    index = f'INSERT INTO "{table_name(ent)}" (rowid, text) VALUES (?, ?)'
    rows: list[tuple[Any, ...]] = []
    texts: list[tuple[int, str]] = []
    written: list[int] = []
    for offset, record in enumerate(_generated(ent, prepared, count, ids, ctx, rnd)):
        rid = first + offset
        stamp = utc_now()
        stored = records._row(ent, record)
        rows.append((rid, stamp, stamp, *(stored[c] for c in columns)))
        texts.append((rid, search_text(ent, record)))
        chain.add("create", ent.key, str(rid), None, records._json(ent, record))
        written.append(rid)
        if len(rows) >= BATCH:
            _flush(db, insert, rows, index, texts)
    _flush(db, insert, rows, index, texts)
    return written


def _flush(db: Any, insert: str, rows: list[tuple[Any, ...]], index: str, texts: list[tuple[int, str]]) -> None:
    if rows:
        db.cursor().executemany(insert, rows)
        db.cursor().executemany(index, texts)
    rows.clear()
    texts.clear()


class _Chain:
    """Appends audit entries as ``AuditTrail.append`` would, keeping the previous MAC in memory
    instead of reading it back after every insert."""

    SQL = ("INSERT INTO audit_entry (seq, at, actor, action, entity, record, before, after, mac) "
           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")

    def __init__(self, reg: Register) -> None:
        self.reg = reg
        head = reg.audit.head()
        self.seq, self.prev = head.count, bytes.fromhex(head.head)
        self.pending: list[tuple[Any, ...]] = []

    def add(self, action: str, entity: str, record: str, before: Any, after: Any) -> None:
        self.seq += 1
        at = utc_now()
        before_text = None if before is None else canonical_json(before)
        after_text = None if after is None else canonical_json(after)
        mac = _mac(self.reg.audit.key, self.prev, self.seq, at, ACTOR, action, entity, record, before_text,
                   after_text)
        self.pending.append((self.seq, at, ACTOR, action, entity, record, before_text, after_text, mac.hex()))
        self.prev = mac
        if len(self.pending) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            self.reg.db.cursor().executemany(self.SQL, self.pending)
            self.pending.clear()
