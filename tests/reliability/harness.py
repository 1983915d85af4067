"""The parent side of the kill -9 harness, shared by tests/storage/test_crash_safety.py and soak.py.

A child process (tests/storage/crash_child.py) unlocks a register and writes records (and
runs an operation: backup, restore, passphrase change, export) through the real code
paths, printing each acknowledgement only after the call returned. ``run_trial`` kills it
with SIGKILL at a chosen moment and collects what was acknowledged; ``check`` then opens
the register as a user would and says what, if anything, went wrong.

Child start-up (imports) dominates the run time, so callers start the next child while the
current trial runs; it only imports, and waits for "go" before it touches the register.
"""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
CHILD = REPO_ROOT / "tests" / "storage" / "crash_child.py"
READY_TIMEOUT_S = 60.0

if str(CHILD.parent) not in sys.path:  # crash_child's payload() is the single definition of a row's value
    sys.path.insert(0, str(CHILD.parent))
from crash_child import payload


@dataclass
class Trial:
    """What one killed child acknowledged."""

    acked: dict[str, int] = field(default_factory=dict)  # row key -> value size
    operations: int = 0  # acknowledged operations (backups, restores, …)
    problem: str = ""  # "" when the trial ran as planned


@dataclass
class Verdict:
    """What opening the register after a trial found; every list is empty when all is well."""

    lost: list[str] = field(default_factory=list)  # acknowledged rows missing, or stored with another value
    corrupt: list[str] = field(default_factory=list)  # does not open, integrity check, damaged tail
    audit: list[str] = field(default_factory=list)  # the chain, or a backup's anchor, does not verify


def child_env(passphrase: str, new_passphrase: str | None = None, tmpdir: Path | None = None,
              base: dict[str, str] | None = None) -> dict[str, str]:
    """The child's environment: the caller's (ATLAS_KDF_SECONDS, XDG folders) plus the secrets."""
    env = dict(os.environ if base is None else base)
    env["ATLAS_PASSPHRASE"] = passphrase
    if new_passphrase:
        env["ATLAS_NEW_PASSPHRASE"] = new_passphrase
    else:
        env.pop("ATLAS_NEW_PASSPHRASE", None)
    if tmpdir is not None:  # a private temp folder, so anything the child leaves there is its own
        env["TMPDIR"] = str(tmpdir)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def spawn(path: Path, trial: int, seed: int, env: dict[str, str], stderr_file: Path,
          operation: str = "write") -> subprocess.Popen:
    """Start a child; it imports, then waits for "go" before it touches the register."""
    with open(stderr_file, "wb") as err:
        return subprocess.Popen([sys.executable, str(CHILD), str(path), str(trial), str(seed), operation],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err,
                                cwd=str(REPO_ROOT), env=env)


def reap(proc: subprocess.Popen) -> None:
    """Kill (if still running) and close a child's pipes."""
    if proc.poll() is None:
        proc.kill()
        proc.wait()
    for stream in (proc.stdin, proc.stdout):
        if stream is not None and not stream.closed:
            try:
                stream.close()
            except BrokenPipeError:
                pass


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


def run_trial(proc: subprocess.Popen, trial: int, delay: float, stderr_file: Path) -> Trial:
    """Let a spawned child go, and kill -9 it ``delay`` seconds after it is ready."""
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
            reap(proc)
            return Trial(problem=f"trial {trial}: child never became ready (exit {proc.returncode}, "
                                 f"stdout {head[:200]!r}, stderr {stderr_tail()!r})")
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        rest = proc.stdout.read()  # EOF once the child is gone
        proc.wait()
    finally:
        reap(proc)

    lines = (head[len(b"ready\n"):] + rest).split(b"\n")
    lines.pop()  # the part after the last newline: empty, or a partial line (not acknowledged)
    result = Trial()
    for raw in lines:
        text = raw.decode("ascii", errors="replace")
        if text.startswith("op "):
            result.operations += 1
            continue
        key, _, size = text.partition(" ")
        if not key.startswith(f"row-{trial}-") or not size.isdigit():
            result.problem = f"trial {trial}: unexpected output line {raw!r}"
            continue
        result.acked[key] = int(size)
    if proc.returncode != -signal.SIGKILL:
        result.problem = (f"trial {trial}: child ended by itself with {proc.returncode} before the kill: "
                          f"{stderr_tail()!r}")
    return result


def _open(path: Path, passphrases: list[str]):
    from atlas_desktop.core.errors import WrongKey
    from atlas_desktop.storage.register import Register

    for i, passphrase in enumerate(passphrases):
        try:
            return Register.open(path, passphrase=passphrase, actor="checker")
        except WrongKey:
            if i == len(passphrases) - 1:
                raise
    raise AssertionError("no passphrase given")


def check(path: Path, acked: dict[str, int], passphrases: list[str], backups: Path | None = None) -> Verdict:
    """Open the register as a user would (with either passphrase) and check it.

    SQLCipher's page MACs and SQLite's integrity check must pass, the audit chain must
    verify (against every backup's anchor in ``backups`` too, when given), and every
    acknowledged row must be there, byte for byte, with its audit entry.
    """
    verdict = Verdict()
    try:
        reg = _open(path, passphrases)
    except Exception as exc:  # noqa: BLE001 - an unopenable register is exactly what we look for
        verdict.lost = list(acked)
        verdict.corrupt.append(f"the register does not open: {type(exc).__name__}: {exc}")
        return verdict
    try:
        verdict.corrupt.extend(reg.integrity_problems())
        if reg.tail_warning:
            verdict.corrupt.append(f"tail warning on open: {reg.tail_warning}")
        anchors = []
        if backups is not None:
            from atlas_desktop.storage.restore import relevant_anchors
            anchors = relevant_anchors(reg, backups)
        chain = reg.audit.verify(anchors)
        if not chain.ok:
            verdict.audit.append(f"audit chain: {chain.problem} (at entry {chain.broken_at})")
        stored = dict(reg.db.execute_sql("SELECT key, value FROM meta WHERE key LIKE 'row-%'").fetchall())
        audited = {r[0] for r in reg.db.execute_sql(
            "SELECT record FROM audit_entry WHERE entity = 'register' AND record LIKE 'row-%'").fetchall()}
    finally:
        reg.close()
    for key, size in acked.items():
        if key not in stored or key not in audited:
            verdict.lost.append(key)
        elif stored[key] != payload(key, size):
            verdict.lost.append(key)
            verdict.corrupt.append(f"{key}: stored value differs from the acknowledged one")
    return verdict
