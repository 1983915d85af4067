"""Several people writing to one team register at once: nothing lost, nothing doubled, the trail one chain.

Issue 17: "Concurrency test: several processes append records at once for a while; the audit chain
verifies, nothing is lost, every acknowledged row is there."

Each writer is its own OS process (this file run as a script), signed in as its own editor role, with
its own settings folder (as on its own computer). For a few seconds it creates breaches, edits its own,
and edits one breach all of them share, always with the version it read (``expected_version``), so
concurrent edits of the shared one must be refused (``EditConflict``) rather than lost. After each save
returns (committed) it writes what it saved, one JSON line, to its own file: that is what the server
acknowledged. The parent then reads the register back as its administrator and checks it against those
lines, entry by entry.

    ATLAS_TEAM_WRITERS=8 ATLAS_TEAM_SECONDS=120 .venv/bin/python -m pytest tests/storage/test_team_concurrency.py

runs it longer and wider (defaults: 4 writers, 3 seconds).
"""

from __future__ import annotations

import collections
import datetime as dt
import itertools
import json
import os
import random
import select
import subprocess
import sys
import threading
import time
import traceback
from pathlib import Path

WRITERS = int(os.environ.get("ATLAS_TEAM_WRITERS", "4"))
SECONDS = float(os.environ.get("ATLAS_TEAM_SECONDS", "3"))
URL_VAR = "ATLAS_TEST_TEAM_URL"  # the child's sign-in URL (password included): kept out of its argv
BREACH = {"title": "Laptop left on a train", "description": "An unencrypted laptop with payroll files.",
          "aware_at": dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.UTC)}
SHARED_TITLE = "Shared breach everyone edits"


def _password(person: str) -> str:
    return f"copper-meadow-lantern-{person}-88"


# -- the writer process ---------------------------------------------------------------------------------------
def _child(person: str, acks: Path, seconds: float, shared: int, seed: int) -> int:
    """Sign in, say ready, wait for "go", then write for ``seconds``; every acknowledged save is one line."""
    from atlas_desktop.core.errors import EditConflict
    from atlas_desktop.storage.records import Records
    from atlas_desktop.storage.team import TeamRegister

    rnd = random.Random(seed)
    with TeamRegister.open(os.environ[URL_VAR]) as reg, acks.open("a", encoding="utf-8") as out:
        records = Records(reg)
        mine: list[list[int]] = []  # [id, version] of the breaches this process made (only it edits them)

        def ack(**line: object) -> None:
            out.write(json.dumps(line) + "\n")
            out.flush()

        print("ready", flush=True)
        if sys.stdin.readline().strip() != "go":
            return 2
        deadline = time.monotonic() + seconds
        n = 0
        while time.monotonic() < deadline:
            n += 1
            dice = rnd.random()
            if dice < 0.55 or not mine:
                values = {**BREACH, "title": f"{person} breach {n}", "description": f"{person} wrote it ({n})"}
                rid = records.create("breach", values)
                mine.append([rid, 1])
                ack(op="create", id=rid, title=values["title"], description=values["description"], version=1)
            elif dice < 0.8:
                pick = rnd.choice(mine)
                text = f"{person} changed it ({n})"
                records.update("breach", pick[0], {"description": text}, expected_version=pick[1])
                pick[1] += 1
                ack(op="update", id=pick[0], description=text, version=pick[1])
            else:
                seen = records.version("breach", shared)
                text = f"{person} changed the shared one ({n})"
                try:
                    records.update("breach", shared, {"description": text}, expected_version=seen)
                except EditConflict:
                    ack(op="conflict", id=shared, expected=seen)
                else:
                    ack(op="shared", id=shared, description=text, version=seen + 1)
    return 0


def _child_main(argv: list[str]) -> int:
    person, acks, seconds, shared, seed = argv
    try:
        return _child(person, Path(acks), float(seconds), int(shared), int(seed))
    except BaseException:  # noqa: BLE001 - the parent shows it
        traceback.print_exc()
        return 1


if __name__ == "__main__":
    sys.exit(_child_main(sys.argv[1:]))


# -- the tests (below the child, which needs none of the test machinery) ---------------------------------------
from conftest import TEAM_MANAGER, TEAM_PASSWORD

from atlas_desktop.core.errors import EditConflict
from atlas_desktop.storage import team_members
from atlas_desktop.storage.audit import Anchor
from atlas_desktop.storage.records import Records


def _start_writers(team, tmp_path: Path, people: list[str], shared: int) -> list[tuple[str, subprocess.Popen, Path]]:
    writers = []
    for i, person in enumerate(people):
        home = tmp_path / f"home-{person}"  # each writer as on its own computer: its own settings
        env = {**os.environ, URL_VAR: team.url(person, _password(person)),
               "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data")}
        acks = tmp_path / f"acks-{person}.jsonl"
        argv = [sys.executable, str(Path(__file__).resolve()), person, str(acks), str(SECONDS), str(shared), str(i)]
        with (tmp_path / f"stderr-{person}.txt").open("w") as err:  # a file: a chatty child never blocks on it
            proc = subprocess.Popen(argv, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err,
                                    text=True)
        writers.append((person, proc, acks))
    return writers


def _line(proc: subprocess.Popen, timeout: float) -> str:
    """The child's next line on standard output, or "" when it ended or said nothing for ``timeout`` seconds."""
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    return proc.stdout.readline() if ready else ""


def _stderr(tmp_path: Path, person: str) -> str:
    return (tmp_path / f"stderr-{person}.txt").read_text(errors="replace")[-5000:]


def _stop(writers) -> None:
    for _, proc, _ in writers:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_writers_in_parallel_lose_nothing_and_keep_one_chain(team, pg_cluster, tmp_path):
    people = [f"writer{i}" for i in range(WRITERS)]
    with team.open() as reg:
        for person in people:
            team_members.add_member(reg, person, "editor", _password(person))
        shared = Records(reg).create("breach", {**BREACH, "title": SHARED_TITLE})
        before = reg.audit.head()  # the trail as it was before anyone started
        assert reg.audit.verify().ok

    writers = _start_writers(team, tmp_path, people, shared)
    try:
        for person, proc, _ in writers:  # every one signed in (Argon2id unlock) before any starts writing
            assert _line(proc, 120).strip() == "ready", f"{person} did not start:\n{_stderr(tmp_path, person)}"
        for _, proc, _ in writers:
            proc.stdin.write("go\n")
            proc.stdin.flush()
        for person, proc, _ in writers:
            proc.communicate(timeout=SECONDS + 120)
            assert proc.returncode == 0, f"{person} failed (exit {proc.returncode}):\n{_stderr(tmp_path, person)}"
    finally:
        _stop(writers)

    acked = {person: [json.loads(line) for line in acks.read_text().splitlines()] for person, _, acks in writers}
    saves = {person: [a for a in lines if a["op"] != "conflict"] for person, lines in acked.items()}
    total = sum(len(s) for s in saves.values())
    assert all(saves.values()), f"a writer saved nothing: {[(p, len(s)) for p, s in saves.items()]}"
    refused = sum(len(lines) - len(saves[person]) for person, lines in acked.items())
    print(f"{total} saves by {WRITERS} writers in {SECONDS:g} s; {refused} edits of the shared breach refused")

    with team.open() as reg:
        records = Records(reg)
        # The chain: whole, one entry per acknowledged save, and still extending the head seen before.
        verdict = reg.audit.verify([Anchor(before.count, before.head, "the head before the run")])
        assert verdict.ok, verdict.problem
        assert verdict.count == before.count + total
        entries = list(reg.audit.entries())[before.count:]
        assert [e.seq for e in entries] == list(range(before.count + 1, before.count + total + 1))

        # Each entry names the process's own role and matches what that process was told was saved.
        by_actor = collections.defaultdict(list)
        for entry in entries:
            assert entry.actor in saves, f"entry {entry.seq} names {entry.actor!r}, who was not writing"
            by_actor[entry.actor].append(entry)
        for person, lines in saves.items():
            mine = by_actor[person]
            assert len(mine) == len(lines), f"{person}: {len(lines)} saves acknowledged, {len(mine)} entries"
            # One process's saves are sequential, so its entries come in the order it was told of them.
            for entry, line in zip(mine, lines, strict=True):
                assert (entry.action, entry.entity, entry.record) == (
                    "create" if line["op"] == "create" else "update", "breach", str(line["id"])), (entry, line)
                assert entry.after["description"] == line["description"]
                if line["op"] == "create":
                    assert entry.after["title"] == line["title"]
        # Concurrency really happened: the writers' entries interleave along the chain.
        switches = sum(a.actor != b.actor for a, b in itertools.pairwise(entries))
        assert switches >= WRITERS, f"only {switches} changes of writer along {len(entries)} entries"

        # Every acknowledged record is there, with the last values acknowledged for it, at that version.
        last: dict[int, dict] = {}
        for lines in saves.values():
            for line in lines:
                if line["id"] not in last or line["version"] > last[line["id"]]["version"]:
                    last[line["id"]] = line
        created = {line["id"] for lines in saves.values() for line in lines if line["op"] == "create"}
        assert len(created) == sum(1 for lines in saves.values() for line in lines if line["op"] == "create")
        stored = {r["id"]: r for r in records.rows("breach", last)}
        versions = dict(reg.db.execute_sql("SELECT id, row_version FROM breach").fetchall())
        for rid, line in last.items():
            assert rid in stored, f"acknowledged breach {rid} is missing"
            assert stored[rid]["description"] == line["description"], (rid, line)
            assert versions[rid] == line["version"], (rid, line)
            if line["op"] == "create":
                assert stored[rid]["title"] == line["title"]
        # Nothing more than was acknowledged: no row whose save its writer did not hear of.
        assert set(records.ids("breach")) == created | {shared}
        assert set(records.ids("breach", text="breach")) >= created  # the search index kept up

        # The shared breach: no two saves won from the same version; each refusal was a real conflict.
        wins = sorted(line["version"] for lines in saves.values() for line in lines if line["op"] == "shared")
        assert wins == list(range(2, len(wins) + 2)), "two saves from the same version both won"
        assert records.version("breach", shared) == 1 + len(wins)

    with pg_cluster.admin(team.database) as conn:  # the server's own view: no fork, no gap, no stray row
        count, distinct, top = conn.execute("SELECT count(*), count(DISTINCT mac), max(seq) FROM audit_entry"
                                            ).fetchone()
        assert count == distinct == top == before.count + total


def _save_from(team, person: str, password: str, bid: int, version: int, barrier: threading.Barrier,
               results: dict) -> None:
    """Sign in as ``person`` in this thread, wait for the other, then save from ``version``."""
    try:
        with team.open(person, password) as reg:  # its own connection, opened in its own thread
            barrier.wait(timeout=30)
            try:
                Records(reg).update("breach", bid, {"description": _text(person, version)},
                                    expected_version=version)
            except EditConflict as exc:
                results[person] = exc
            else:
                results[person] = "saved"
    except BaseException as exc:  # noqa: BLE001 - reported by the test
        results[person] = exc


def _text(person: str, version: int) -> str:
    return f"{person}'s version, made from version {version}"  # always a change, never the text already there


def test_two_saves_from_the_same_version_let_exactly_one_win(team):
    people = {TEAM_MANAGER: TEAM_PASSWORD, "ioana": _password("ioana")}
    with team.open() as reg:
        team_members.add_member(reg, "ioana", "editor", people["ioana"])
        bid = Records(reg).create("breach", BREACH)
    for round_ in range(8):
        with team.open() as reg:
            version = Records(reg).version("breach", bid)
        barrier, results = threading.Barrier(2), {}
        threads = [threading.Thread(target=_save_from, args=(team, person, password, bid, version, barrier, results))
                   for person, password in people.items()]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        outcomes = sorted("saved" if r == "saved" else type(r).__name__ for r in results.values())
        assert outcomes == ["EditConflict", "saved"], f"round {round_}: {results}"
        winner = next(p for p, r in results.items() if r == "saved")
        loser = next(p for p, r in results.items() if r != "saved")
        assert winner in str(results[loser])  # the refusal names who saved it
        with team.open() as reg:
            assert Records(reg).version("breach", bid) == version + 1
            assert Records(reg).get("breach", bid)["description"] == _text(winner, version)
            updates = [e for e in reg.audit.entries(entity="breach", record=str(bid)) if e.action == "update"]
            assert len(updates) == round_ + 1 and updates[-1].actor == winner
            assert reg.audit.verify().ok


def test_a_save_waiting_on_anothers_open_transaction_is_refused_when_it_commits(team, pg_cluster):
    """The narrow case: both read the same version, the second reaches its write while the first has written
    but not yet committed. The server holds the second on the row's lock; once the first commits, the second's
    conditional write finds a newer version and is refused, naming who saved."""
    with team.open() as reg:
        team_members.add_member(reg, "ioana", "editor", _password("ioana"))
        bid = Records(reg).create("breach", BREACH)
    results: dict = {}
    barrier = threading.Barrier(2)
    with team.open() as maria:
        version = Records(maria).version("breach", bid)
        with maria.transaction("holding the save open"):
            Records(maria).update("breach", bid, {"description": _text("maria", version)},
                                  expected_version=version)
            ioana = threading.Thread(target=_save_from,
                                     args=(team, "ioana", _password("ioana"), bid, version, barrier, results))
            ioana.start()
            barrier.wait(timeout=30)
            with pg_cluster.admin(team.database) as conn:  # wait until ioana's write is held by maria's lock
                deadline = time.monotonic() + 20
                while not conn.execute("SELECT count(*) FROM pg_stat_activity WHERE usename = 'ioana' AND "
                                       "datname = %s AND wait_event_type = 'Lock'", (team.database,)).fetchone()[0]:
                    assert ioana.is_alive(), f"ioana's save did not wait for maria's: {results}"
                    assert time.monotonic() < deadline, "ioana's save never reached the locked row"
                    time.sleep(0.02)
        ioana.join(timeout=30)
    assert isinstance(results.get("ioana"), EditConflict), results
    assert "maria" in str(results["ioana"])
    with team.open() as reg:
        assert Records(reg).get("breach", bid)["description"] == _text("maria", version)
        assert Records(reg).version("breach", bid) == version + 1
        assert reg.audit.verify().ok
