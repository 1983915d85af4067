"""`make bench`: measures Atlas Desktop on generated registers and writes benchmarks/results.json.

Every figure is a ratio to a floor measured in the same run (see benchmarks/README.md for what
each floor is). ``--quick`` (`make bench QUICK=1`) uses the 1k and 10k registers only; a full
run adds the 100k register and replaces the results table in benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results.json"
README = HERE / "README.md"
START, END = "<!-- results:start -->", "<!-- results:end -->"
SIZES, QUICK_SIZES = (1_000, 10_000, 100_000), (1_000, 10_000)


def _sandbox() -> None:
    """Settings, recent registers, window geometry and backups of the runs go to a throw-away home,
    never to the user's own."""
    home = Path(tempfile.mkdtemp(prefix="atlas-bench-home-"))
    for var, sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                     ("XDG_CACHE_HOME", ".cache")):
        os.environ[var] = str(home / sub)
        (home / sub).mkdir(parents=True, exist_ok=True)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks/run.py", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="the 1k and 10k registers only (under 3 minutes)")
    parser.add_argument("--out", type=Path, default=RESULTS, help="where to write the JSON (default: %(default)s)")
    parser.add_argument("--only", nargs="*", default=None,
                        help="run only these figures: start table memory export report check audit team")
    parser.add_argument("--no-readme", action="store_true", help="a full run leaves benchmarks/README.md alone")
    parser.add_argument("--profile", nargs="*", default=[], metavar="FIGURE",
                        help="profile these in-process figures (export report check audit) with pyinstrument; "
                             "the call tree goes to benchmarks/.cache/profile-FIGURE.txt")
    args = parser.parse_args(argv)
    _sandbox()
    sys.path.insert(0, str(HERE.parent))
    from benchmarks import figures, figures_gui
    from benchmarks.generate import counts, ensure_register
    from benchmarks.timing import growth_rows, memory_row, row, table

    quick = args.quick
    sizes = QUICK_SIZES if quick else SIZES
    largest = sizes[-1]
    wanted = set(args.only) if args.only else None
    began = time.perf_counter()
    paths = {size: ensure_register(size) for size in sizes}
    results: list[dict[str, Any]] = []

    def run(key: str, title: str, measure: Callable[[], list[dict[str, Any]]]) -> None:
        if wanted is not None and key not in wanted:
            return
        print(f"\n== {title}", flush=True)
        started = time.perf_counter()
        rows = _profiled(key, measure) if key in args.profile else measure()
        results.extend(rows)
        print(table(rows))
        print(f"({time.perf_counter() - started:.0f} s)", flush=True)

    def start() -> list[dict[str, Any]]:
        app, floor = figures_gui.measure_start(paths[10_000], repeat=5 if quick else 7)
        return [row("cold start to first painted window", 10_000, app, floor, 2.0)]

    def breaches_table() -> list[dict[str, Any]]:
        found = figures_gui.measure_table(paths[largest], repeat=5 if quick else 10)
        n = found["records"]
        first = row("breaches table: first rows", largest, found["first"], found["first_floor"], 3.0,
                    breaches=n, target_median_s=0.3, sql_floor_median_s=round(found["first_sql"].median, 4))
        keys = row("breaches table: 3→4 character filter", largest, found["keys"], found["keys_floor"], 3.0,
                   breaches=n, p95_s=round(found["keys"].p95, 4), floor_p95_s=round(found["keys_floor"].p95, 4),
                   target_p95_s=0.05, keystrokes=len(found["words"]),
                   sql_floor_median_s=round(found["keys_sql"].median, 4))
        # The figures' first floor was the raw SQL alone: kept beside them, informative (not judged).
        sql = [row(f"{r['name']}, against the raw SQL alone", largest, found[key], found[f"{key}_sql"], 3.0,
                   breaches=n, kind="breakdown", informative=True)
               for r, key in ((first, "first"), (keys, "keys"))]
        return [first, sql[0], keys, sql[1]]

    def peak() -> list[dict[str, Any]]:
        found = figures_gui.measure_memory(paths[largest])
        alone = figures_gui.measure_memory(paths[largest], "memory-table")
        # The first is the figure: the app as a person has it. The second says how much of it the table is.
        return [memory_row("peak RSS, app with the breaches table open", largest, found["peak_mb"], 300.0,
                           breaches=found["total"], findings=found["findings"]),
                memory_row("peak RSS, the breaches table alone", largest, alone["peak_mb"], 300.0,
                           breaches=alone["total"], kind="breakdown")]

    medians: dict[str, dict[int, float]] = {"export": {}, "report": {}, "check": {}}
    floor_medians: dict[str, dict[int, float]] = {"export": {}, "report": {}, "check": {}}

    def sized(key: str, name: str, figure_size: int, target: float,
              measure: Callable[[Path, int, int], tuple[Any, ...]]) -> Callable[[], list[dict[str, Any]]]:
        def go() -> list[dict[str, Any]]:
            out = []
            for size in sizes:
                # The 100k runs are long and the process is warm by then: fewer runs, no warm-up. A full run
                # gives the smaller sizes more runs: their medians are the base of the growth figures.
                repeat, warmup = (2, 0) if size >= 100_000 else (3 if quick else 5, 1)
                app, floor = measure(paths[size], repeat, warmup)[:2]
                medians[key][size] = app.median
                floor_medians[key][size] = floor.median
                extra = {"activities": counts(size)["activity"]} if key == "report" else {}
                r = row(name, size, app, floor, target, **extra)
                if size != figure_size:
                    r["kind"] = "scaling"  # measured for the growth figure; the target is judged at figure_size
                out.append(r)
            return out
        return go

    def audit() -> list[dict[str, Any]]:
        app, floor, entries = figures.measure_audit(paths[largest], repeat=3 if quick else 5)
        return [row("audit verify", largest, app, floor, 3.0, entries=entries)]

    def team() -> list[dict[str, Any]]:
        from benchmarks import team_register  # a throwaway PostgreSQL cluster; skipped, saying why, without one

        return team_register.measure(paths[largest], largest, quick)

    run("start", "Cold start (10k register, unlock included, offscreen, fresh process)", start)
    run("table", f"Breaches table ({largest:,}-record register)", breaches_table)
    run("memory", f"Peak memory ({largest:,}-record register, breaches table open)", peak)
    run("export", "XLSX export", sized("export", "xlsx export", 10_000, 1.3, figures.measure_export))
    run("report", "Signed ropa report", sized("report", "signed ropa report", largest, 1.5, figures.measure_report))
    run("check", "atlas check", sized("check", "atlas check", largest, 5.0, figures.measure_check))
    run("audit", f"audit verify ({largest:,}-record register)", audit)
    run("team", f"Team register (PostgreSQL) against the local file ({largest:,} records)", team)
    for key, name in (("export", "xlsx export"), ("report", "signed ropa report"), ("check", "atlas check")):
        if medians[key]:
            results.extend(growth_rows(name, medians[key], floors=floor_medians[key]))

    judged = [r for r in results if r.get("kind") not in ("scaling", "breakdown") or "growth" in r["name"]]
    # The breakdown rows are shown (they say where a figure's cost is) but are not figures of their own.
    shown = [r for r in results if r in judged or r.get("kind") == "breakdown"]
    print("\n== Summary\n" + table(shown))
    took = time.perf_counter() - began
    print(f"\n{sum(r['passed'] for r in judged)} of {len(judged)} figures meet their targets; {took:.0f} s in all.")
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"wrote {args.out}")
    if not quick and wanted is None and not args.no_readme:
        _update_readme(table(shown), took)
    return 0


def _profiled(key: str, measure: Callable[[], list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Run one figure under pyinstrument (`make bench` installs it) and keep its call tree."""
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.001)
    profiler.start()
    try:
        return measure()
    finally:
        profiler.stop()
        target = HERE / ".cache" / f"profile-{key}.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(profiler.output_text(unicode=True, show_all=False))
        print(f"profile: {target}")


def _update_readme(text: str, took: float) -> None:
    """Replace the table between the results markers of benchmarks/README.md with this run's."""
    if not README.exists():
        return
    content = README.read_text()
    if START not in content or END not in content:
        return
    head, rest = content.split(START, 1)
    _, tail = rest.split(END, 1)
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    when = time.strftime("%Y-%m-%d")
    block = f"{START}\nLatest full run: {when}, {machine}, {took / 60:.0f} minutes.\n\n{text}\n{END}"
    README.write_text(head + block + tail)
    print(f"updated the table in {README}")


if __name__ == "__main__":
    sys.exit(main())
