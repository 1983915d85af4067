"""The benchmark helpers (benchmarks/), on a tiny generated register: no timing is judged here.

`make bench` is the only place that times anything; these tests keep its parts working: the
generated register is valid (opens, every record passes validation, the audit trail verifies),
the figures run, and results.json rows have the keys the issue fixes.
"""

from __future__ import annotations

import json

import pytest

from atlas_desktop.core.entities import ENTITIES
from atlas_desktop.storage.records import Records
from benchmarks import figures, timing
from benchmarks.generate import counts, make_register

KEYS = {"name", "size", "median_s", "floor_median_s", "ratio", "target_ratio"}


def test_sizes_are_spread_over_the_registers_and_add_up():
    for size in (1_000, 10_000, 100_000, 123):
        spread = counts(size)
        assert sum(spread.values()) == size
    assert counts(100_000)["activity"] == 1_000  # the ropa figure's 1,000 activities
    assert counts(100_000)["breach"] == 40_000


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    return make_register(tmp_path_factory.mktemp("bench") / "tiny.atlas", 300)


def test_the_generated_register_is_valid_and_complete(tiny):
    with figures.open_register(tiny) as reg:
        records = Records(reg)
        spread = counts(300)
        for ent in ENTITIES:
            if ent.key != "organisation":
                assert records.count(ent.key) == spread[ent.key]
        verdict = reg.audit.verify()
        assert verdict.ok and verdict.count >= 300  # one entry per record, after those of the creation
        assert reg.integrity_problems() == []
        assert records.list("breach", text="laptop")  # the search index was filled too


def test_figures_give_results_json_rows(tiny):
    rows = []
    app, floor = figures.measure_check(tiny, repeat=1, warmup=0)
    rows.append(timing.row("atlas check", 300, app, floor, 5.0))
    app, floor, entries = figures.measure_audit(tiny, repeat=1, warmup=0)
    rows.append(timing.row("audit verify", 300, app, floor, 3.0, entries=entries))
    rows.append(timing.memory_row("peak RSS", 300, 123.4, 300.0))
    rows += timing.growth_rows("atlas check", {1_000: 0.1, 10_000: 0.9})
    back = json.loads(json.dumps(rows))
    for r in back:
        assert KEYS <= r.keys() or {"name", "size", "peak_mb", "target_mb"} <= r.keys()
        assert isinstance(r["passed"], bool)
    assert back[-1]["ratio"] == 9.0 and back[-1]["name"] == "atlas check growth 1k→10k"
    assert "| atlas check |" in timing.table(back)


def test_stats():
    stats = timing.Stats([0.3, 0.1, 0.2, 0.5, 0.4])
    assert (stats.median, stats.min, stats.max, stats.p95) == (0.3, 0.1, 0.5, 0.5)


def test_the_team_register_benchmark_copies_the_register_and_gives_rows(tiny, pg_cluster):
    """benchmarks/team_register.py: the team register it fills holds the local one's records, found by the same
    filters, with a trail that verifies; its figures give results.json rows (a team/local ratio each)."""
    from atlas_desktop.storage.team import TeamRegister
    from benchmarks import team_register

    url = team_register.make_team(pg_cluster, tiny, log=lambda _: None)
    with figures.open_register(tiny) as local_reg, TeamRegister.open(url) as team_reg:
        local, team = Records(local_reg), Records(team_reg)
        for ent in ENTITIES:
            assert sorted(team.ids(ent.key)) == sorted(local.ids(ent.key))
        some = local.list("breach", limit=5)
        assert [team.get("breach", r["id"]) for r in some] == [local.get("breach", r["id"]) for r in some]
        words = team_register.words(local)
        assert words and all(set(team.ids("breach", text=w)) == set(local.ids("breach", text=w)) for w in words)
        assert team_reg.audit.verify().ok and team_reg.audit.count() >= 300
        assert team_register.open_list(team) == team_register.open_list(local) == counts(300)["breach"]
    rows = team_register.measure(tiny, 300, quick=True, log=lambda _: None, cluster=pg_cluster, light=True)
    assert [r["name"] for r in rows if r.get("kind") != "breakdown"] == [
        "team register: breaches list opened", "team register: breaches 3→4 character filter",
        "team register: signed ropa report"]
    for r in json.loads(json.dumps(rows)):
        assert KEYS <= r.keys() and isinstance(r["passed"], bool)


def test_the_table_figures_have_a_bare_table_floor_and_the_sql_one(tiny):
    """The breaches table child (a fresh Qt process) gives the app's times, the bare QTableView floor's and the
    raw SQL's, for the first rows and for each keystroke."""
    from benchmarks import figures_gui

    found = figures_gui.measure_table(tiny, repeat=1)
    for key in ("first", "keys"):
        assert found[key].samples and len(found[f"{key}_floor"].samples) == len(found[key].samples)
        assert len(found[f"{key}_sql"].samples) == len(found[key].samples)
        # The bare table reads the same page by the same SQL, then paints it: never less than the SQL alone.
        assert found[f"{key}_floor"].median >= found[f"{key}_sql"].median


def test_the_cold_start_children_paint(tiny):
    """The app's start-up path (``launch.prepare``, the controller, the unlock, the main window) and its floor
    both reach a first paint."""
    from benchmarks import figures_gui

    app, floor = figures_gui.measure_start(tiny, repeat=1, warmup=0)
    assert app.samples and floor.samples
