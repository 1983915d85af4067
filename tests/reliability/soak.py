"""The kill -9 soak: thousands of trials of the crash harness, across every kind of write.

    python tests/reliability/soak.py --trials 1000      (or: make soak N=1000)

Each trial starts tests/storage/crash_child.py on a register with one operation: plain
writes, backups, restores, passphrase changes, the xlsx export or the signed Art. 30
report (in turn), kills it with SIGKILL at a random moment, then checks, as
test_crash_safety.py does (the same harness), that

- every acknowledged row is there, byte for byte, with its audit entry (rows lost);
- the register opens, passes SQLCipher's page-MAC and SQLite's integrity checks and has
  no damaged audit tail (corrupt registers);
- the audit chain verifies, also against the anchor of every backup made (audit breaks);
- nothing readable was left behind: every trial runs with its own private TMPDIR, and that
  folder and the register's folders are scanned for files other than the register, its
  key and side files, verified backups and finished exports (plaintext files left).

Registers are kept small by starting a fresh one every ``--epoch`` trials (and after any
failure, so one failure is counted once). Prints a one-line summary, writes the figures
as JSON, and exits 1 if anything other than the trial count is not zero.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from harness import REPO_ROOT, check, child_env, reap, run_trial, spawn
from leftovers import Leftover, register_file_names, scan

sys.path.insert(0, str(REPO_ROOT))

OPERATIONS = ("write", "backup", "restore", "passphrase", "xlsx", "report")
# The longest wait before the kill, per operation: a bit more than one row plus one
# operation takes on a busy 2-core machine, so kills land anywhere inside the operation.
MAX_KILL_DELAY_S = {"write": 0.15, "backup": 0.3, "restore": 0.8, "passphrase": 0.2, "xlsx": 0.5, "report": 0.8}
PASSPHRASES = ("lantern-orbit-pepper-canal", "harbour-violet-quartz-meadow")
EXPORT_NAMES = {"register.xlsx", "ropa.pdf"}


@dataclass
class Figures:
    trials: int = 0
    acknowledged_rows: int = 0
    acknowledged_operations: int = 0
    rows_lost: int = 0
    corrupt_registers: int = 0
    audit_breaks: int = 0
    plaintext_files_left: int = 0
    encrypted_files_left: int = 0  # temp copies holding only ciphertext: untidy, not a leak
    errors: int = 0  # a child that failed on its own (an operation raised) or never started
    per_operation: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)
    leftovers: list[str] = field(default_factory=list)

    def bad(self) -> bool:
        return any((self.rows_lost, self.corrupt_registers, self.audit_breaks, self.plaintext_files_left,
                    self.errors))

    def summary(self) -> str:
        ops = ", ".join(f"{k} {v}" for k, v in self.per_operation.items())
        return (f"soak: {self.trials} trials ({ops}); acknowledged rows lost {self.rows_lost} of "
                f"{self.acknowledged_rows}; corrupt registers {self.corrupt_registers}; audit breaks "
                f"{self.audit_breaks}; plaintext files left {self.plaintext_files_left}; errors {self.errors}; "
                f"{self.seconds:.0f} s on {os.cpu_count()} cores")


class Epoch:
    """One register and everything acknowledged on it since it was created."""

    def __init__(self, root: Path, number: int) -> None:
        from atlas_desktop.storage.demo import create_demo

        self.folder = root / f"epoch-{number:04d}"
        self.folder.mkdir(parents=True)
        self.path = self.folder / "office.atlas"
        (self.folder / "backups").mkdir(mode=0o700)
        (self.folder / "exports").mkdir(mode=0o700)
        # The demo register (an invented office, every register filled), so the exports and the
        # report have real work to do while they are killed.
        reg, _recovery = create_demo(self.path, PASSPHRASES[0], actor="soak")
        reg.close()
        self.acked: dict[str, int] = {}
        self.verified_backups: set[str] = set()

    def expected(self, path: Path) -> bool:
        """True for the files that belong beside the register (see leftovers.py)."""
        where = path.parent.name
        if path.parent == self.folder:
            return path.name in register_file_names(self.path)
        if where == "exports" and path.parent.parent == self.folder:
            return path.name in EXPORT_NAMES
        if where == "backups" and path.parent.parent == self.folder and path.name.endswith(".atlasbak"):
            if path.name not in self.verified_backups and self._verifies(path):
                self.verified_backups.add(path.name)
            return path.name in self.verified_backups
        return False

    @staticmethod
    def _verifies(path: Path) -> bool:
        from atlas_desktop.core.errors import AtlasError
        from atlas_desktop.storage.backups import verify_backup

        for passphrase in PASSPHRASES:  # a backup opens with the passphrase in force when it was made
            try:
                verify_backup(path, passphrase=passphrase)
                return True
            except AtlasError:
                continue
        return False

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def _sweep(found: list[Leftover], trial: int, operation: str, figures: Figures, keep: Path) -> None:
    """Count leftovers and clear them away, so the next trial's scan only sees its own.

    Plaintext ones are moved to ``keep`` (for a post-mortem: the work folder is kept when
    anything was found); the others are deleted."""
    for item in found:
        if item.kind == "plaintext":
            figures.plaintext_files_left += 1
            keep.mkdir(exist_ok=True)
            item.path.rename(keep / f"trial-{trial}-{operation}-{item.path.name}")
        else:
            figures.encrypted_files_left += 1
            item.path.unlink(missing_ok=True)
        figures.leftovers.append(f"trial {trial} ({operation}): {item.kind} {item.path.name} ({item.size} bytes)")


def run_soak(trials: int, *, seed: int, operations: tuple[str, ...], epoch_size: int, work: Path,
             minutes: float | None = None, log=print) -> Figures:
    """Run up to ``trials`` trials (fewer if ``minutes`` run out) in ``work``; return the figures."""
    os.environ.setdefault("ATLAS_KDF_SECONDS", "0")  # the OWASP-floor KDF: unlocking is not under test
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")  # never the user's settings or backups
    os.environ["XDG_DATA_HOME"] = str(work / "data")
    figures = Figures(per_operation={op: 0 for op in operations})
    rng = random.Random(seed)
    logs, temps = work / "logs", work / "tmp"
    logs.mkdir(parents=True, exist_ok=True)
    temps.mkdir(exist_ok=True)
    started = time.monotonic()
    deadline = started + minutes * 60 if minutes else None
    epochs = 0
    epoch = Epoch(work, epochs)

    def start(trial: int, on: Epoch):
        tmpdir = temps / f"trial-{trial}"
        tmpdir.mkdir(mode=0o700)
        env = child_env(PASSPHRASES[0], PASSPHRASES[1], tmpdir=tmpdir)
        op = operations[trial % len(operations)]
        return spawn(on.path, trial, seed, env, logs / f"{trial}.txt", op), tmpdir

    upcoming = start(0, epoch)
    try:
        for trial in range(trials):
            (proc, tmpdir), op = upcoming, operations[trial % len(operations)]
            upcoming = None
            last = trial + 1 >= trials or (deadline is not None and time.monotonic() > deadline)
            renew = (trial + 1) % epoch_size == 0
            if not last and not renew:  # the next child imports while this trial runs
                upcoming = start(trial + 1, epoch)
            got = run_trial(proc, trial, rng.uniform(0.0, MAX_KILL_DELAY_S[op]), logs / f"{trial}.txt")
            figures.trials += 1
            figures.per_operation[op] += 1
            figures.acknowledged_rows += len(got.acked)
            figures.acknowledged_operations += got.operations
            epoch.acked.update(got.acked)
            if got.problem:
                figures.errors += 1
                figures.failures.append(got.problem)
            verdict = check(epoch.path, epoch.acked, list(PASSPHRASES), epoch.folder / "backups")
            figures.rows_lost += len(verdict.lost)
            for key in verdict.lost:  # counted once, not again after every later trial
                epoch.acked.pop(key, None)
            figures.corrupt_registers += bool(verdict.corrupt)
            figures.audit_breaks += bool(verdict.audit)
            figures.failures.extend(f"trial {trial} ({op}): {f}" for f in verdict.corrupt + verdict.audit)
            _sweep(scan(tmpdir, lambda _p: False) + scan(epoch.folder, epoch.expected), trial, op, figures,
                   work / "plaintext-left")
            shutil.rmtree(tmpdir, ignore_errors=True)
            if not got.problem:
                (logs / f"{trial}.txt").unlink(missing_ok=True)
            if verdict.corrupt or verdict.audit or renew:
                if upcoming is not None:  # it was started on the register being retired
                    reap(upcoming[0])
                    shutil.rmtree(upcoming[1], ignore_errors=True)
                    upcoming = None
                if verdict.corrupt or verdict.audit:  # kept for a post-mortem
                    epoch.folder.rename(work / f"failed-{epoch.folder.name}")
                else:
                    epoch.remove()
                if not last:
                    epochs += 1
                    epoch = Epoch(work, epochs)
                    upcoming = start(trial + 1, epoch)
            if (trial + 1) % 50 == 0:
                figures.seconds = time.monotonic() - started
                log(f"  {figures.summary()}")
            if last:
                break
    finally:
        if upcoming is not None:
            reap(upcoming[0])
    figures.seconds = time.monotonic() - started
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=120, help="number of kill -9 trials (default 120)")
    parser.add_argument("--seed", type=int, default=20261204)
    parser.add_argument("--operations", default=",".join(OPERATIONS),
                        help=f"comma-separated, run in turn (default: {','.join(OPERATIONS)})")
    parser.add_argument("--epoch", type=int, default=30, help="trials per register before a fresh one (default 30)")
    parser.add_argument("--minutes", type=float, help="stop after this many minutes, whatever --trials says")
    parser.add_argument("--json", type=Path, default=REPO_ROOT / "test-artifacts" / "soak.json",
                        help="also write the figures here (default: test-artifacts/soak.json)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder (failed registers always are)")
    args = parser.parse_args(argv)
    operations = tuple(op.strip() for op in args.operations.split(",") if op.strip())
    unknown = set(operations) - set(OPERATIONS)
    if unknown or not operations:
        parser.error(f"unknown operations {sorted(unknown)}; choose from {', '.join(OPERATIONS)}")
    work = Path(tempfile.mkdtemp(prefix="atlas-soak-"))
    print(f"Soak: {args.trials} kill -9 trials ({', '.join(operations)}), seed {args.seed}, in {work}", flush=True)
    figures = run_soak(args.trials, seed=args.seed, operations=operations, epoch_size=args.epoch, work=work,
                       minutes=args.minutes, log=lambda line: print(line, flush=True))
    for line in figures.failures[:20]:
        print(f"  failure: {line}")
    for line in figures.leftovers[:20]:
        print(f"  left behind: {line}")
    out = args.json
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(asdict(figures), indent=2))
    print(f"Figures written to {out}.")
    if not args.keep and not figures.bad():
        shutil.rmtree(work, ignore_errors=True)
    print(figures.summary(), flush=True)
    return 1 if figures.bad() else 0


if __name__ == "__main__":
    sys.exit(main())
