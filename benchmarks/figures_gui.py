"""The Qt figures, driven from the benchmark process: each run is a fresh `benchmarks.gui_child` process.

Cold start is timed from just before the child is spawned to the moment it reports its first
paint, so the interpreter's start, every import and the unlock are in it, for the app and for
its floor alike.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from .timing import Stats

ROOT = Path(__file__).resolve().parent.parent


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    # Compiled bytecode, as an installed app has it (pip and PyInstaller install it): a shell or CI that sets
    # PYTHONDONTWRITEBYTECODE would otherwise have every child compile every module of the app it imports,
    # and the cold start would time the compiler. Kept under .cache/ (the first, uncounted run writes it).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(ROOT / "benchmarks" / ".cache" / "pycache")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env


def run_child(mode: str, path: Path, *extra: str, timeout: float = 900) -> dict[str, Any]:
    """Run one child to completion; its last stdout line is its JSON answer."""
    done = subprocess.run([sys.executable, "-m", "benchmarks.gui_child", mode, str(path), *extra], cwd=ROOT,
                          env=child_env(), capture_output=True, text=True, timeout=timeout, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"gui_child {mode} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return json.loads(lines[-1])


def _time_start(mode: str, path: Path) -> float:
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "benchmarks.gui_child", mode, str(path)], cwd=ROOT,
                             env=child_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    line = child.stdout.readline()  # written the moment the window has painted
    took = time.perf_counter() - started
    _, err = child.communicate(timeout=120)
    if not line.startswith("{"):
        raise RuntimeError(f"gui_child {mode} never painted ({child.returncode}):\n{err[-3000:]}")
    return took


def measure_start(path: Path, repeat: int, warmup: int = 1) -> tuple[Stats, Stats]:
    """Cold start of the app and of the floor, alternately (the first of each warms the disk cache)."""
    app, floor = Stats(), Stats()
    for i in range(warmup + repeat):
        order = (("start-app", app), ("start-floor", floor)) if i % 2 == 0 else \
            (("start-floor", floor), ("start-app", app))
        for mode, stats in order:
            took = _time_start(mode, path)
            if i >= warmup:
                stats.samples.append(took)
    return app, floor


def measure_table(path: Path, repeat: int) -> dict[str, Any]:
    """First painted rows and one-keystroke filter changes of the breaches table, with their floors: a bare
    QTableView over the same rows (``*_floor``) and the raw SQL alone (``*_sql``, informative)."""
    found = run_child("table", path, str(repeat))
    for key in ("first", "first_floor", "first_sql", "keys", "keys_floor", "keys_sql"):
        found[key] = Stats(found[key])
    return found


def measure_memory(path: Path, mode: str = "memory") -> dict[str, Any]:
    return run_child(mode, path)
