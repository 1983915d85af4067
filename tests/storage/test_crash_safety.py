"""kill -9 harness: no acknowledged commit is ever lost, and the register never ends up damaged.

A child process (crash_child.py) unlocks the register and writes records through the real
write path, printing each key only after its commit returned. The parent kills it with
SIGKILL at a random moment, collects every acknowledged key, and every CHECK_EVERY trials
(and at the end) opens the register itself and checks: SQLCipher's page MACs and SQLite's
integrity check pass, the audit chain verifies, and every acknowledged record is there,
byte for byte, with its audit entry.

Child start-up (imports) dominates the run time, so the next child is started while the
current trial runs; it only imports, and waits for "go" before it touches the register.
"""

from __future__ import annotations

import importlib.util
import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from atlas_desktop.storage.register import Register
from conftest import ORG, PASSPHRASE

TRIALS = 200
CHECK_EVERY = 20
SEED = 20240611
MAX_KILL_DELAY_S = 0.150
READY_TIMEOUT_S = 60.0

HERE = Path(__file__).resolve().parent
CHILD = HERE / "crash_child.py"
REPO_ROOT = HERE.parent.parent


def _load_child_module():
    spec = importlib.util.spec_from_file_location("atlas_crash_child", CHILD)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


payload = _load_child_module().payload


def _child_env() -> dict[str, str]:
    env = dict(os.environ)  # keeps ATLAS_KDF_SECONDS=0 and the XDG folders from isolated_home
    env["ATLAS_PASSPHRASE"] = PASSPHRASE
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _read_ready(proc: subprocess.Popen, timeout: float) -> bytes:
    """Read the child's first line (should be b"ready\\n") without blocking forever."""
    fd = proc.stdout.fileno()
    buf = b""
    deadline = time.monotonic() + timeout
    while b"\n" not in buf:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        readable, _, _ = select.select([fd], [], [], remaining)
        if not readable:
            break
        chunk = os.read(fd, 65536)
        if not chunk:  # the child exited
            break
        buf += chunk
    return buf


def _spawn(path: Path, trial: int, env: dict[str, str], stderr_file: Path) -> subprocess.Popen:
    """Start a child; it imports, then waits for "go" before it touches the register."""
    with open(stderr_file, "wb") as err:
        return subprocess.Popen([sys.executable, str(CHILD), str(path), str(trial), str(SEED)],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err,
                                cwd=str(REPO_ROOT), env=env)


def _reap(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.kill()
        proc.wait()
    for stream in (proc.stdin, proc.stdout):
        if stream is not None and not stream.closed:
            try:
                stream.close()
            except BrokenPipeError:
                pass


def _run_trial(proc: subprocess.Popen, trial: int, delay: float, stderr_file: Path
               ) -> tuple[dict[str, int], str]:
    """Let a spawned child go, and kill -9 it ``delay`` seconds after it is ready.

    Returns (acknowledged {key: size}, problem); problem is "" when the trial ran as planned.
    """
    def stderr_tail() -> str:
        return stderr_file.read_text(errors="replace")[-2000:]

    try:
        try:
            proc.stdin.write(b"go\n")
            proc.stdin.close()
        except BrokenPipeError:
            pass  # it already died; reported below
        head = _read_ready(proc, READY_TIMEOUT_S)
        if not head.startswith(b"ready\n"):
            _reap(proc)
            return {}, (f"trial {trial}: child never became ready (exit {proc.returncode}, "
                        f"stdout {head[:200]!r}, stderr {stderr_tail()!r})")
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        rest = proc.stdout.read()  # EOF once the child is gone
        proc.wait()
    finally:
        _reap(proc)

    data = head[len(b"ready\n"):] + rest
    lines = data.split(b"\n")
    lines.pop()  # the part after the last newline: empty, or a partial line (not acknowledged)
    acked: dict[str, int] = {}
    problem = ""
    for raw in lines:
        key, _, size = raw.decode("ascii", errors="replace").partition(" ")
        if not key.startswith(f"row-{trial}-") or not size.isdigit():
            problem = f"trial {trial}: unexpected output line {raw!r}"
            continue
        acked[key] = int(size)
    if proc.returncode != -signal.SIGKILL:
        problem = (f"trial {trial}: child ended by itself with {proc.returncode} before the kill: "
                   f"{stderr_tail()!r}")
    return acked, problem


def _check(path: Path, acked: dict[str, int]) -> tuple[int, list[str]]:
    """Open the register as a user would; return (lost acknowledged rows, integrity failures)."""
    try:
        reg = Register.open(path, passphrase=PASSPHRASE, actor="checker")
    except Exception as exc:  # noqa: BLE001 - an unopenable register is exactly what we look for
        return len(acked), [f"the register does not open: {type(exc).__name__}: {exc}"]
    failures: list[str] = []
    try:
        failures.extend(reg.integrity_problems())
        verdict = reg.audit.verify()
        if not verdict.ok:
            failures.append(f"audit chain: {verdict.problem} (at entry {verdict.broken_at})")
        if reg.tail_warning:
            failures.append(f"tail warning on open: {reg.tail_warning}")
        stored = dict(reg.db.execute_sql("SELECT key, value FROM meta WHERE key LIKE 'row-%'").fetchall())
        audited = {r[0] for r in reg.db.execute_sql(
            "SELECT record FROM audit_entry WHERE entity = 'register' AND record LIKE 'row-%'").fetchall()}
    finally:
        reg.close()
    lost = 0
    for key, size in acked.items():
        if key not in stored or key not in audited:
            lost += 1
        elif stored[key] != payload(key, size):
            lost += 1
            failures.append(f"{key}: stored value differs from the acknowledged one")
    return lost, failures


@pytest.mark.slow
def test_kill_9_loses_no_acknowledged_commit(tmp_path, capsys):
    started = time.monotonic()
    path = tmp_path / "register" / "office.atlas"
    path.parent.mkdir()
    reg, _recovery = Register.create(path, PASSPHRASE, ORG, actor="tester")
    reg.close()

    rng = random.Random(SEED)
    env = _child_env()
    acked: dict[str, int] = {}
    lost = 0
    failures: list[str] = []
    checks = 0
    check_seconds = 0.0
    errors = tmp_path / "stderr"
    errors.mkdir()
    upcoming = _spawn(path, 0, env, errors / "0.txt")
    try:
        for trial in range(TRIALS):
            current = upcoming
            # Start the next child now: its imports overlap with this trial and the check.
            upcoming = _spawn(path, trial + 1, env, errors / f"{trial + 1}.txt") if trial + 1 < TRIALS else None
            delay = rng.uniform(0.0, MAX_KILL_DELAY_S)
            got, problem = _run_trial(current, trial, delay, errors / f"{trial}.txt")
            acked.update(got)
            if problem:
                failures.append(problem)
            if (trial + 1) % CHECK_EVERY == 0 or trial + 1 == TRIALS:
                check_started = time.monotonic()
                lost_now, found = _check(path, acked)  # covers every key acknowledged so far
                check_seconds += time.monotonic() - check_started
                lost = max(lost, lost_now)
                checks += 1
                failures.extend(f"after trial {trial}: {f}" for f in found)
    finally:
        if upcoming is not None:  # only on an error: it never got "go", so it never opened the register
            _reap(upcoming)

    elapsed = time.monotonic() - started
    size_mb = sum(p.stat().st_size for p in path.parent.glob("office.atlas*")) / 1e6
    with capsys.disabled():  # the figures belong in every test log, not only with -s
        print(f"\ncrash-safety: {TRIALS} trials, {len(acked)} acknowledged commits, {lost} lost, "
              f"{len(failures)} integrity failures, seed={SEED}; "
              f"{elapsed:.1f} s in all, {check_seconds:.1f} s of it in {checks} checks; "
              f"register {size_mb:.1f} MB")
        for failure in failures[:20]:
            print(f"  failure: {failure}")
    assert len(acked) > TRIALS, "too few acknowledged commits: the harness did not exercise anything"
    assert lost == 0, f"{lost} acknowledged commits were lost"
    assert failures == [], failures[:20]
