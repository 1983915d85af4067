"""The team register (PostgreSQL) against the local file: the same records, the same reads, as ratios.

Issue 17: "Benchmark in `benchmarks/`: list/filter/report on a 100k team register against the same on the
local file, as ratios." The local register is the cached generated one (``generate.ensure_register``); the
team register is made in a throwaway PostgreSQL cluster (``tests/pg_server.py``, the tests' own) and filled
with a copy of the very same rows, so both hold the same records under the same ids.

Figures (each the team register's median over the local file's, run alternately in this process; the
local register is the "floor" column of the results table):

* **list**: opening the breaches list as the table model does it: the first page of ids (``Records.ids``,
  ``limit=PAGE_SIZE + 1``), the count and the context, the page's rows as shown (``gui.tablerows.RowReader``:
  the rows, the linked titles, the records the Attention column's checks consult), then every id (the
  scroll bar), each run with a new reader, as a newly opened view;
* **filter**: the fourth character typed in the breaches' filter, over 40 four-letter beginnings of words
  found in the breaches (as the GUI figure): the filtered first page of ids, its rows (the reader kept from
  the third character, as the view keeps it) and every matching id; median and p95 over the words. A
  breakdown row gives the part up to the first page (what the view paints before reading the rest);
* **report**: the signed ropa report (``build_report(records, "ropa", …)``), as ``figures.measure_report``.

Filling: the rows are copied, not re-saved one by one (100,000 ``Records.create`` over the network take
the better part of an hour): PostgreSQL's COPY of every column of every register's rows as the local file
holds them, ids included; the search index from ``core.search.search_text`` of each record as
``Records`` would write it; the audit trail with the local file's entries for those records, sealed again
in a valid chain with the team key; the id sequences moved past the copied ids; then ``VACUUM ANALYZE``
(what autovacuum does on a server soon after such a load). The organisation is saved through ``Records``.
None of this is what is timed: the timed operations only read, through the app's own code.

    .venv/bin/python -m benchmarks.team_register            # 100,000 records (the local one made once, cached)
    .venv/bin/python -m benchmarks.team_register --quick    # 10,000
    .venv/bin/python -m benchmarks.team_register --size 1000 --json out.json

``make bench`` runs it as the "team" figure (at the run's largest size).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:  # tests/pg_server.py, and benchmarks as a package when run as a script
    sys.path.insert(0, str(ROOT))

MANAGER = "bench"  # the team register's manager, who signs in for the figures and names the copied entries
MANAGER_PASSWORD = "bench-harbour-lantern-2026-team"
WORDS = 40
TARGETS = {"list": 3.0, "filter": 3.0, "report": 1.5}  # team / local; see benchmarks/README.md


# -- the team register, filled with the local register's rows ------------------------------------------------
def make_team(cluster: Any, local_path: Path, log: Callable[[str], None] = print) -> str:
    """A new team register in ``cluster`` holding a copy of the local register at ``local_path``; returns the
    manager's sign-in URL. Checks the copy: the same counts, and the trail verifies."""
    from atlas_desktop.storage.dialect import Target
    from atlas_desktop.storage.records import Records
    from atlas_desktop.storage.team import TeamRegister

    from .figures import open_register
    from .generate import KDF, ORG

    started = time.perf_counter()
    database = cluster.new_database("atlas_bench")
    TeamRegister.init(Target.from_url(cluster.url(database)), org_name=ORG, manager=MANAGER,
                      manager_password=MANAGER_PASSWORD, kdf=KDF)
    url = cluster.url(database, user=MANAGER, password=MANAGER_PASSWORD)
    with open_register(local_path) as local, TeamRegister.open(url) as team:
        Records(team).save_organisation(Records(local).organisation())  # through the app: cleaned, audited
        with cluster.admin(database) as conn:
            with conn.transaction():
                copied = _copy_records(local, conn)
                _copy_trail(local, team, conn, copied)
            conn.execute("VACUUM ANALYZE")
        _check_copy(local, team)
    log(f"  team register of {sum(copied.values()):,} records filled in {time.perf_counter() - started:.1f} s")
    return url


def _copy_records(local: Any, conn: Any) -> dict[str, int]:
    """COPY every record row (ids, stamps and versions included) and its search text; move the sequences."""
    from atlas_desktop.core.entities import ENTITIES
    from atlas_desktop.core.search import search_text
    from atlas_desktop.storage.records import Records
    from atlas_desktop.storage.search import table_name

    records = Records(local)
    copied: dict[str, int] = {}
    for ent in ENTITIES:
        if ent.singleton:
            continue
        names = [d[0] for d in local.db.execute_sql(f'SELECT * FROM "{ent.table}" LIMIT 0').description]
        team_names = {r[0] for r in conn.execute("SELECT column_name FROM information_schema.columns "
                                                 "WHERE table_name = %s", (ent.table,))}
        if set(names) != team_names:
            raise RuntimeError(f"{ent.table}: the local and team columns differ: {set(names) ^ team_names}")
        columns = ", ".join(f'"{n}"' for n in names)
        count = 0
        with conn.cursor().copy(f'COPY "{ent.table}" ({columns}) FROM STDIN') as copy:
            for row in local.db.execute_sql(f'SELECT {columns} FROM "{ent.table}" ORDER BY id'):
                copy.write_row(row)
                count += 1
        with conn.cursor().copy(f'COPY "{table_name(ent)}" (rowid, text) FROM STDIN') as copy:
            for chunk in records.chunks(ent.key):
                for record in chunk:
                    copy.write_row((record["id"], search_text(ent, record)))
        conn.execute(f"SELECT setval(pg_get_serial_sequence(%s, 'id'), (SELECT COALESCE(MAX(id), 0) + 1 "
                     f'FROM "{ent.table}"), false)', (f'"{ent.table}"',))
        copied[ent.key] = count
    return copied


def _copy_trail(local: Any, team: Any, conn: Any, copied: dict[str, int]) -> None:
    """The local trail's entries for the copied records, sealed again after the team trail's head."""
    from atlas_desktop.storage.audit import _mac

    head = team.audit.head()
    seq, prev = head.count, bytes.fromhex(head.head)
    key = bytes(team.audit.key)
    marks = ", ".join("?" * len(copied))
    rows = local.db.execute_sql(f"SELECT at, action, entity, record, before, after FROM audit_entry WHERE "
                                f"action = 'create' AND entity IN ({marks}) ORDER BY seq", list(copied))
    with conn.cursor().copy("COPY audit_entry (seq, at, actor, action, entity, record, before, after, mac) "
                            "FROM STDIN") as copy:
        for at, action, entity, record, before, after in rows:
            seq += 1
            mac = _mac(key, prev, seq, at, MANAGER, action, entity, record, before, after)
            copy.write_row((seq, at, MANAGER, action, entity, record, before, after, mac.hex()))
            prev = mac
    if seq - head.count != sum(copied.values()):
        raise RuntimeError(f"the local trail has {seq - head.count} creations for {sum(copied.values())} records")


def _check_copy(local: Any, team: Any) -> None:
    from atlas_desktop.core.entities import ENTITIES
    from atlas_desktop.storage.records import Records

    for ent in ENTITIES:
        ours, theirs = Records(team).count(ent.key), Records(local).count(ent.key)
        if ours != theirs:
            raise RuntimeError(f"{ent.key}: {ours} records in the team register, {theirs} in the local one")
    verdict = team.audit.verify()
    if not verdict.ok:
        raise RuntimeError(f"the team register's trail does not verify: {verdict.problem}")


# -- what is timed -------------------------------------------------------------------------------------------
def _reader(records: Any, key: str = "breach") -> Any:
    from atlas_desktop.core.entities import entity
    from atlas_desktop.gui.tablerows import RowReader

    ent = entity(key)
    return RowReader(SimpleNamespace(records=records), ent, ent.list_columns)


def open_list(records: Any, key: str = "breach") -> int:
    """What a newly opened register view reads (gui/tablemodel.py ``_reload``, the first page, ``read_rest``)."""
    from atlas_desktop.gui.tablemodel import PAGE_SIZE

    first = records.ids(key, limit=PAGE_SIZE + 1)
    records.count(key)
    ctx = records.context(dt.datetime.now(dt.UTC))
    _reader(records, key).read(first[:PAGE_SIZE], ctx)
    return len(records.ids(key)) if len(first) > PAGE_SIZE else len(first)


def filter_keystroke(records: Any, reader: Any, ctx: Any, word: str, key: str = "breach", *,
                     collect: bool = True) -> tuple[float, float]:
    """The view's reload for the filter ``word``: the first page of matching ids and its rows (what is painted),
    then every matching id (read right after the paint). Returns (seconds to the first page, in all)."""
    from atlas_desktop.gui.tablemodel import PAGE_SIZE

    if collect:
        gc.collect()  # as timing.timed: the previous run's garbage is not this one's cost
    started = time.perf_counter()
    first = records.ids(key, text=word, limit=PAGE_SIZE + 1)
    reader.read(first[:PAGE_SIZE], ctx)
    painted = time.perf_counter() - started
    if len(first) > PAGE_SIZE:
        records.ids(key, text=word)
    return painted, time.perf_counter() - started


def words(records: Any) -> list[str]:
    """Four-letter beginnings of words found in the breaches' text (as the GUI's filter figure)."""
    from .gui_child import _words
    return _words(records)[:WORDS]


def measure(local_path: Path, size: int, quick: bool, log: Callable[[str], None] = print,
            cluster: Any = None, light: bool = False) -> list[dict[str, Any]]:
    """The three figures at ``size`` records: results.json rows (the team register's against the local's).
    ``cluster``: a running one (the tests'), else one is started and stopped here. ``light``: one run of each,
    three words (tests/test_benchmarks.py: the rows, not the timings)."""
    from tests import pg_server

    reason = pg_server.unavailable_reason()
    if reason and cluster is None:
        log(f"skipped: no PostgreSQL cluster can be started here ({reason})")
        return []
    own = cluster is None
    cluster = cluster or pg_server.start()
    try:
        url = make_team(cluster, local_path, log)
        return _measure(local_path, url, size, quick, log, light)
    finally:
        if own:
            cluster.stop()


def _measure(local_path: Path, url: str, size: int, quick: bool, log: Callable[[str], None],
             light: bool = False) -> list[dict[str, Any]]:
    from atlas_desktop.exports.reports import build_report
    from atlas_desktop.storage.records import Records
    from atlas_desktop.storage.team import TeamRegister

    from .figures import SCRATCH, open_register
    from .generate import counts
    from .timing import Stats, paired, row

    big = size >= 100_000
    compared = {"compared_with": "the same on the local file (floor columns)"}
    rows: list[dict[str, Any]] = []
    with open_register(local_path) as local_reg, TeamRegister.open(url) as team_reg:
        team, local = Records(team_reg), Records(local_reg)
        breaches = local.count("breach")

        # -- list --------------------------------------------------------------------------------------------
        if open_list(team) != open_list(local):
            raise RuntimeError("the breaches list differs between the team and the local register")
        app, floor = paired(lambda: open_list(team), lambda: open_list(local),
                            repeat=1 if light else 5 if quick else 10, warmup=0 if light else 1)
        rows.append(row("team register: breaches list opened", size, app, floor, TARGETS["list"],
                        breaches=breaches, **compared))
        log(f"  list: team {app.median * 1000:.0f} ms, local {floor.median * 1000:.0f} ms")

        # -- filter ------------------------------------------------------------------------------------------
        typed = words(local)[:3 if light else WORDS]
        for word in typed:  # the same work on both, or the ratio means nothing
            if set(team.ids("breach", text=word)) != set(local.ids("breach", text=word)):
                raise RuntimeError(f"the filter {word!r} finds other breaches in the team register")
        now = dt.datetime.now(dt.UTC)
        sides = [(team, _reader(team), team.context(now), Stats(), Stats()),
                 (local, _reader(local), local.context(now), Stats(), Stats())]
        for side in sides:  # warm-up: the first keystroke of each (imports, caches), not counted
            filter_keystroke(side[0], side[1], side[2], typed[0])
        for i, word in enumerate(typed):
            for records, reader, ctx, *_ in sides:  # the third character, typed before: not timed
                filter_keystroke(records, reader, ctx, word[:3], collect=False)
            for records, reader, ctx, whole, painted in (sides if i % 2 == 0 else sides[::-1]):
                first, total = filter_keystroke(records, reader, ctx, word)
                painted.samples.append(first)
                whole.samples.append(total)
        (app, app_first), (floor, floor_first) = sides[0][3:], sides[1][3:]
        rows.append(row("team register: breaches 3→4 character filter", size, app, floor, TARGETS["filter"],
                        breaches=breaches, p95_s=round(app.p95, 4), floor_p95_s=round(floor.p95, 4),
                        keystrokes=len(typed), **compared))
        rows.append(row("team register: the filter's first page (of the above)", size, app_first, floor_first,
                        TARGETS["filter"], breaches=breaches, p95_s=round(app_first.p95, 4),
                        floor_p95_s=round(floor_first.p95, 4), keystrokes=len(typed), kind="breakdown", **compared))
        log(f"  filter: team {app.median * 1000:.0f} ms (p95 {app.p95 * 1000:.0f}; first page "
            f"{app_first.median * 1000:.0f}), local {floor.median * 1000:.0f} ms (p95 {floor.p95 * 1000:.0f}; "
            f"first page {floor_first.median * 1000:.0f})")

        # -- report ------------------------------------------------------------------------------------------
        out_team = SCRATCH / f"atlas-bench-{os.getpid()}-team.pdf"
        out_local = SCRATCH / f"atlas-bench-{os.getpid()}-local.pdf"
        # A warm-up of each even at 100k (the other figures skip it there): nothing before has laid out a PDF.
        repeat, warmup = (1, 0) if light else (2 if big else 3 if quick else 5, 1)
        try:
            app, floor = paired(lambda: build_report(team, "ropa", out_team),
                                lambda: build_report(local, "ropa", out_local), repeat, warmup)
        finally:
            out_team.unlink(missing_ok=True)
            out_local.unlink(missing_ok=True)
        rows.append(row("team register: signed ropa report", size, app, floor, TARGETS["report"],
                        activities=counts(size)["activity"], **compared))
        log(f"  report: team {app.median:.2f} s, local {floor.median:.2f} s")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks/team_register.py", description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, help="records in each register (default 100,000; --quick 10,000)")
    parser.add_argument("--quick", action="store_true", help="10,000 records")
    parser.add_argument("--json", type=Path, help="also write the rows to this file")
    args = parser.parse_args(argv)
    from benchmarks.run import _sandbox

    _sandbox()
    from benchmarks.generate import ensure_register
    from benchmarks.timing import table

    size = args.size or (10_000 if args.quick else 100_000)
    rows = measure(ensure_register(size), size, args.quick or size < 100_000)
    if rows:
        print(table(rows))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n")
    return 0 if rows else 1


if __name__ == "__main__":
    from benchmarks.team_register import main as _main  # as a package, for the relative imports above

    sys.exit(_main())
