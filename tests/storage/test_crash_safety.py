"""kill -9 harness: no acknowledged commit is ever lost, and the register never ends up damaged.

A child process (crash_child.py) unlocks the register and writes records through the real
write path, printing each key only after its commit returned. The parent kills it with
SIGKILL at a random moment, collects every acknowledged key, and every CHECK_EVERY trials
(and at the end) opens the register itself and checks: SQLCipher's page MACs and SQLite's
integrity check pass, the audit chain verifies, and every acknowledged record is there,
byte for byte, with its audit entry.

Child start-up (imports) dominates the run time, so the next child is started while the
current trial runs; it only imports, and waits for "go" before it touches the register.
The harness itself (tests/reliability/harness.py) is shared with the soak, ``make soak``,
which runs the same trials by the thousand and adds backups, restores, passphrase changes
and exports.
"""

from __future__ import annotations

import random
import time

import pytest

from atlas_desktop.storage.register import Register
from conftest import ORG, PASSPHRASE
from reliability.harness import check, child_env, reap, run_trial, spawn

TRIALS = 200
CHECK_EVERY = 20
SEED = 20240611
MAX_KILL_DELAY_S = 0.150


@pytest.mark.slow
def test_kill_9_loses_no_acknowledged_commit(tmp_path, capsys):
    started = time.monotonic()
    path = tmp_path / "register" / "office.atlas"
    path.parent.mkdir()
    reg, _recovery = Register.create(path, PASSPHRASE, ORG, actor="tester")
    reg.close()

    rng = random.Random(SEED)
    env = child_env(PASSPHRASE)
    acked: dict[str, int] = {}
    lost = 0
    failures: list[str] = []
    checks = 0
    check_seconds = 0.0
    errors = tmp_path / "stderr"
    errors.mkdir()
    upcoming = spawn(path, 0, SEED, env, errors / "0.txt")
    try:
        for trial in range(TRIALS):
            current = upcoming
            # Start the next child now: its imports overlap with this trial and the check.
            upcoming = (spawn(path, trial + 1, SEED, env, errors / f"{trial + 1}.txt")
                        if trial + 1 < TRIALS else None)
            delay = rng.uniform(0.0, MAX_KILL_DELAY_S)
            got = run_trial(current, trial, delay, errors / f"{trial}.txt")
            acked.update(got.acked)
            if got.problem:
                failures.append(got.problem)
            if (trial + 1) % CHECK_EVERY == 0 or trial + 1 == TRIALS:
                check_started = time.monotonic()
                verdict = check(path, acked, [PASSPHRASE])  # covers every key acknowledged so far
                check_seconds += time.monotonic() - check_started
                lost = max(lost, len(verdict.lost))
                checks += 1
                failures.extend(f"after trial {trial}: {f}" for f in verdict.corrupt + verdict.audit)
    finally:
        if upcoming is not None:  # only on an error: it never got "go", so it never opened the register
            reap(upcoming)

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


def test_a_restored_register_is_in_wal_mode_before_its_first_write(tmp_path):
    """Found by the soak: a restored copy in rollback-journal mode, killed during its first write,
    left a hot journal that the read-only key probe could not roll back, and the register no
    longer opened. The copy is now switched to WAL before the swap; here the process 'dies'
    right after the swap, before the restore opens the register."""
    from sqlcipher3 import dbapi2 as sqlcipher

    from atlas_desktop.storage import restore
    from atlas_desktop.storage.backups import make_backup
    from atlas_desktop.storage.connection import raw_key

    path = tmp_path / "office.atlas"
    reg, _recovery = Register.create(path, PASSPHRASE, ORG, actor="tester")
    backup = make_backup(reg, backup_dir=tmp_path / "backups", keep=3)
    key = reg.data_key
    reg.close()

    class Killed(BaseException):
        pass

    def killed(*_args, **_kwargs):
        raise Killed

    real_open = restore.Register.open
    calls = []

    def open_until_swapped(*args, **kwargs):  # the first open backs up the current register
        calls.append(args)
        if len(calls) > 1:
            killed()
        return real_open(*args, **kwargs)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(restore.Register, "open", staticmethod(open_until_swapped))
        with pytest.raises(Killed):
            restore.restore_backup(path, backup, passphrase=PASSPHRASE, backup_dir=tmp_path / "backups")
    conn = sqlcipher.connect(f"file:{path}?mode=ro", uri=True)
    conn.execute(f"PRAGMA key = \"{raw_key(key)}\"")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    Register.open(path, passphrase=PASSPHRASE).close()
