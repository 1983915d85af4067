"""Timing and reporting helpers: repeated, interleaved runs of a figure and its floor, and the result rows.

The machine is small and noisy, so no figure is judged by its seconds alone: each is a ratio
to a floor measured in the same run, and the app and its floor are run alternately, so that a
burst of noise lands on both rather than on one.
"""

from __future__ import annotations

import gc
import itertools
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Stats:
    """The samples of one measurement, in seconds."""

    samples: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def min(self) -> float:
        return min(self.samples)

    @property
    def max(self) -> float:
        return max(self.samples)

    @property
    def p95(self) -> float:
        """The nearest-rank 95th percentile (with few samples: the largest but outliers)."""
        ordered = sorted(self.samples)
        rank = max(1, -(-95 * len(ordered) // 100))  # ceil(0.95 n)
        return ordered[rank - 1]


def timed(fn: Callable[[], Any]) -> float:
    gc.collect()  # garbage left by the previous run is not this run's cost
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def paired(app: Callable[[], Any], floor: Callable[[], Any], repeat: int, warmup: int = 1) -> tuple[Stats, Stats]:
    """Run ``app`` and ``floor`` alternately ``repeat`` times each, after ``warmup`` unrecorded runs of each
    (imports, font registration and SQLite's page cache are paid there, not in the figure)."""
    for _ in range(warmup):
        app()
        floor()
    a, f = Stats(), Stats()
    for i in range(repeat):
        # Alternate which goes first, so neither always runs right after the other's garbage.
        first, second = ((app, a), (floor, f)) if i % 2 == 0 else ((floor, f), (app, a))
        first[1].samples.append(timed(first[0]))
        second[1].samples.append(timed(second[0]))
    return a, f


def row(name: str, size: int, app: Stats, floor: Stats, target_ratio: float, **extra: Any) -> dict[str, Any]:
    """One entry of results.json: the app's median against the floor's, and whether it meets its target."""
    ratio = app.median / floor.median if floor.median > 0 else float("inf")
    out: dict[str, Any] = {
        "name": name, "size": size, "median_s": round(app.median, 4), "floor_median_s": round(floor.median, 4),
        "ratio": round(ratio, 2), "target_ratio": target_ratio,
        "min_s": round(app.min, 4), "max_s": round(app.max, 4),
        "floor_min_s": round(floor.min, 4), "floor_max_s": round(floor.max, 4), "runs": len(app.samples),
    }
    out.update(extra)
    out["passed"] = ratio <= target_ratio and all(
        out[key] <= out[f"target_{key}"] for key in ("p95_s", "median_s") if f"target_{key}" in out)
    return out


def memory_row(name: str, size: int, peak_mb: float, target_mb: float, **extra: Any) -> dict[str, Any]:
    return {"name": name, "size": size, "peak_mb": round(peak_mb, 1), "target_mb": target_mb,
            "passed": peak_mb <= target_mb, **extra}


def growth_rows(name: str, medians: dict[int, float], target: float = 11.0,
                floors: dict[int, float] | None = None) -> list[dict[str, Any]]:
    """One entry per tenfold step: the larger size's median against the smaller one's (its "floor").
    ``floors``: the figure's floor medians by size; their own growth is given beside (``floor_growth``),
    to tell the app's growth from that of the work itself."""
    sizes = sorted(medians)
    out = []
    for small, large in itertools.pairwise(sizes):
        growth = medians[large] / medians[small] if medians[small] > 0 else float("inf")
        row = {"name": f"{name} growth {_short(small)}→{_short(large)}", "size": large,
               "median_s": round(medians[large], 4), "floor_median_s": round(medians[small], 4),
               "ratio": round(growth, 2), "target_ratio": target, "passed": growth <= target, "kind": "scaling"}
        if floors and floors.get(small):
            row["floor_growth"] = round(floors[large] / floors[small], 2)
        out.append(row)
    return out


def _short(size: int) -> str:
    return f"{size // 1000}k" if size >= 1000 else str(size)


def table(rows: list[dict[str, Any]]) -> str:
    """A Markdown table of results, as printed at the end of a run and kept in benchmarks/README.md."""
    lines = ["| figure | size | median | min | max | floor median | ratio | target | |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    for r in rows:
        verdict = "informative" if r.get("informative") else "pass" if r["passed"] else "**MISS**"
        if "peak_mb" in r:
            lines.append(f"| {r['name']} | {r['size']:,} | {r['peak_mb']:.0f} MB | | | | | ≤ {r['target_mb']:.0f} MB "
                         f"| {verdict} |")
            continue
        target = f"≤ {r['target_ratio']:g}×"
        for key, label in (("p95_s", "p95"), ("median_s", "median")):
            if f"target_{key}" in r:
                target += f", {label} ≤ {_secs(r[f'target_{key}'])}"
        extra = f" (p95 {_secs(r['p95_s'])})" if "p95_s" in r else ""
        if "floor_growth" in r:
            target += f" (its floor grew {r['floor_growth']:.2f}×)"
        lines.append(f"| {r['name']} | {r['size']:,} | {_secs(r['median_s'])}{extra} | {_secs(r.get('min_s'))} "
                     f"| {_secs(r.get('max_s'))} | {_secs(r['floor_median_s'])} | {r['ratio']:.2f}× | {target} "
                     f"| {verdict} |")
    return "\n".join(lines)


def _secs(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"
