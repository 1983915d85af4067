"""The checks and the dashboard read a chunk at a time: the same answers as from a whole snapshot,
whatever the chunk size, with memory bounded by one chunk rather than by the register.

The first tests run on a real demo register (SQLCipher file in tmp_path) at several moments, so
every rule and every figure is compared; the last one generates a large register on the fly.
"""

from __future__ import annotations

import ast
import datetime as dt
import tracemalloc
from collections.abc import Iterator

import pytest

from atlas_desktop.core.checks import CHECKED_FIELDS, STREAMED, check_stream, run_checks
from atlas_desktop.core.clocks import public_holidays
from atlas_desktop.core.context import Context
from atlas_desktop.core.dashboard_figures import (
    activities_by_basis,
    breaches_per_month,
    dashboard_stream,
    training_coverage,
)

UTC = dt.UTC
DEMO_NOW = dt.datetime(2026, 11, 21, 9, 15, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from atlas_desktop.storage.demo import create_demo
    from atlas_desktop.storage.records import Records

    reg, _ = create_demo(tmp_path_factory.mktemp("demo") / "demo.atlas", now=DEMO_NOW)
    yield Records(reg)
    reg.close()


@pytest.mark.parametrize("size", [1, 2, 7, 2_000])
@pytest.mark.parametrize("days_later", [0, 3, 40, 400])
def test_chunked_checks_find_exactly_what_the_snapshot_finds(demo, size, days_later):
    ctx = demo.context(DEMO_NOW + dt.timedelta(days=days_later))
    expected = run_checks(demo.snapshot(), ctx)
    assert expected, "the demo register has findings at every moment: the comparison must compare something"
    assert check_stream(lambda key: demo.chunks(key, size), ctx) == expected


@pytest.mark.parametrize("days_later", [0, 40])
def test_checks_over_the_checked_fields_alone_find_what_the_whole_records_find(demo, days_later):
    ctx = demo.context(DEMO_NOW + dt.timedelta(days=days_later))
    assert check_stream(demo.checked, ctx) == run_checks(demo.snapshot(), ctx)
    breach = next(r for chunk in demo.checked("breach") for r in chunk)
    # The timeline (JSON) is never read for the checks; the texts are, since Art. 33(5) asks that they be filled.
    assert "timeline" not in breach and "followups" not in breach and breach["aware_at"] is not None


def test_every_field_the_checks_name_is_among_the_checked_fields():
    """A rule, a derived field or a dashboard figure that starts reading another field of a streamed
    register would see it missing (None) and judge wrongly: any field name written in those modules
    must be read for the checks. (Names passed around as variables are written somewhere too.)"""
    from pathlib import Path

    from atlas_desktop.core import (
        breach_assessment,
        breach_duties,
        checks,
        checks_base,
        checks_breach,
        checks_retention,
        checks_rules,
        dashboard_figures,
        derive,
        obligations,
        retention,
    )
    from atlas_desktop.core.entities import BY_KEY

    named = {node.value for module in (checks, checks_base, checks_rules, checks_breach, checks_retention,
                                       breach_assessment, breach_duties, obligations, retention, derive,
                                       dashboard_figures)
             for node in ast.walk(ast.parse(Path(module.__file__).read_text(encoding="utf-8")))
             if isinstance(node, ast.Constant) and isinstance(node.value, str)}
    assert set(CHECKED_FIELDS) == set(STREAMED)
    for key in STREAMED:
        ent = BY_KEY[key]
        needed = {f.key for f in ent.stored_fields if f.key in named} | {ent.title}
        assert needed <= set(CHECKED_FIELDS[key]), (key, needed - set(CHECKED_FIELDS[key]))
        assert set(CHECKED_FIELDS[key]) <= {f.key for f in ent.stored_fields}, key


def test_chunks_are_the_registers_records_in_id_order_without_reverse_links(demo):
    for key in ("breach", "training", "activity", "person"):
        whole = demo.list(key, reverse_links=False)
        whole.sort(key=lambda r: r["id"])
        chunks = list(demo.chunks(key, 2))
        assert all(len(c) <= 2 for c in chunks) and len(chunks) >= 2, key
        assert [r for c in chunks for r in c] == whole, key


@pytest.mark.parametrize("days_later", [0, 400])
def test_the_dashboard_read_in_chunks_matches_its_figures_over_the_whole_snapshot(demo, days_later):
    now = DEMO_NOW + dt.timedelta(days=days_later)
    snap, ctx = demo.snapshot(), demo.context(now)
    data = dashboard_stream(lambda key: demo.chunks(key, 1), now)
    assert data.findings == run_checks(snap, ctx)
    assert data.months == breaches_per_month(snap["breach"], ctx)
    assert sum(m.count for m in data.months) == (4 if days_later == 0 else 0)
    assert data.coverage == training_coverage(snap["person"], snap["training"], ctx)
    assert data.bases == activities_by_basis(snap["activity"])
    assert data.organisation == snap["organisation"][0]["name"]


def test_each_streamed_register_is_read_once(demo):
    reads: list[str] = []

    def read(key: str) -> Iterator[list[dict]]:
        reads.append(key)
        return demo.chunks(key, 3)

    dashboard_stream(read, DEMO_NOW)
    assert all(reads.count(key) == 1 for key in STREAMED), reads


def test_memory_is_bounded_by_a_chunk_not_by_the_register():
    now = dt.datetime(2026, 6, 1, 12, tzinfo=UTC)
    aware = now - dt.timedelta(days=30)
    count, size = 20_000, 500

    def breaches() -> Iterator[list[dict]]:
        # Breaches in order (judged not notifiable, linked to nothing): no findings to keep either.
        for start in range(1, count + 1, size):
            yield [{"id": i, "title": f"Breach {i}", "aware_at": aware, "notify_authority": "no",
                    "risk_override": "none", "override_reason": "Judged by hand.", "consequences": "None.",
                    "containment": "Fixed.", "description": f"{i} " + "what happened " * 20, "staff": []}
                   for i in range(start, min(start + size, count + 1))]

    def read(key: str):
        if key == "organisation":
            return [[{"id": 1, "name": "Acme", "email": "a@b.example", "responsible_name": "Ana"}]]
        return breaches() if key == "breach" else [[]]

    seen = 0

    def observe(key: str, chunk) -> None:
        nonlocal seen
        seen += len(chunk) if key == "breach" else 0

    tracemalloc.start()
    try:
        findings = check_stream(read, Context("UTC", public_holidays("RO"), now), observe)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert seen == count and findings == []
    # Held whole, 20,000 such breaches and their derived copies take well over 20 MB.
    assert peak < 5 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB: the breaches were held, not streamed"


def test_the_cycle_collector_is_paused_during_a_run_and_restored_after(demo):
    import gc

    seen: list[bool] = []
    ctx = demo.context(DEMO_NOW)
    assert gc.isenabled()
    check_stream(demo.checked, ctx, lambda key, chunk: seen.append(gc.isenabled()))
    assert seen and not any(seen) and gc.isenabled()
    gc.disable()
    try:
        check_stream(demo.checked, ctx)
        assert not gc.isenabled(), "a run must not turn on a collector its caller turned off"
    finally:
        gc.enable()
    with pytest.raises(RuntimeError):
        check_stream(demo.checked, ctx, lambda key, chunk: (_ for _ in ()).throw(RuntimeError("boom")))
    assert gc.isenabled()
