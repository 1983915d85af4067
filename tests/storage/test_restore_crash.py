"""A restore killed at any step leaves a register that opens, holds whole data, and checks clean.

Each kill is a real SIGKILL of a child process running a real restore, at a chosen step (the
child replaces one function the restore calls with one that kills the process there). After
it, the register is opened and checked the way a user would: ``atlas doctor`` and ``atlas
audit verify`` must find nothing wrong, and no staging file may be left beside the register or
the backups.
"""

from __future__ import annotations

import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from atlas_desktop.storage import backups, seen_heads
from atlas_desktop.storage.connection import raw_key
from atlas_desktop.storage.register import Register, register_files
from atlas_desktop.storage.settings import Settings
from atlas_desktop.storage.staging import is_staging
from conftest import ORG, PASSPHRASE, run_cli
from reliability.harness import REPO_ROOT, child_env

# argv: register, backup, step. The passphrase comes from the environment; the backup folder is the
# settings' one (as for `atlas restore`), so `atlas doctor` sees the same backups.
CHILD = r"""
import os, signal, sys
from pathlib import Path
from atlas_desktop.storage import backups, restore

target, backup, step = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
keys = target.with_name(target.name + ".keys")

def die(*_args, **_kwargs):
    os.kill(os.getpid(), signal.SIGKILL)

real_rename = restore.durable_rename
def rename(src, dst):
    if step == "before-commit" and Path(dst) == keys:
        die()
    real_rename(src, dst)
    if (step == "after-commit" and Path(dst) == keys) or (step == "after-swap" and Path(dst) == target):
        die()
restore.durable_rename = rename
if step == "checking-backup":  # the backup's database is being checked, copied out of the zip
    backups._check_copy = die
elif step == "checking-copy":  # the copy that will replace the register is being checked
    restore._check_copy = die
restore.restore_backup(target, backup, passphrase=os.environ["ATLAS_PASSPHRASE"], actor="child")
print("restored", flush=True)
"""

SWAP_STEPS = ("before-commit", "after-commit", "after-swap")
STAGING_STEPS = ("checking-backup", "checking-copy")


def killed_restore(target: Path, backup: Path, step: str) -> None:
    child = subprocess.run([sys.executable, "-c", CHILD, str(target), str(backup), step],
                           capture_output=True, cwd=str(REPO_ROOT), env=child_env(PASSPHRASE), timeout=180)
    assert child.returncode == -9, (step, child.returncode, child.stderr.decode(errors="replace")[-2000:])


def meta(path: Path) -> dict[str, str]:
    with Register.open(path, passphrase=PASSPHRASE) as reg:
        return dict(reg.db.execute_sql("SELECT key, value FROM meta").fetchall())


def prepared(folder: Path) -> tuple[Path, Path, dict[str, str], dict[str, str]]:
    """A register, a backup of it in the settings' folder, then later changes; returns the register,
    the backup, and the data as backed up and as it is now."""
    folder.mkdir()
    path = folder / "office.atlas"
    reg, _ = Register.create(path, PASSPHRASE, ORG, actor="tester")
    with reg:
        reg.set_meta("early", "in the backup")
        backup = backups.make_backup(reg)
        for i in range(3):
            reg.set_meta(f"late{i}", "after the backup")
    restored = meta(path)
    restored = {k: v for k, v in restored.items() if not k.startswith("late")}
    return path, backup, restored, meta(path)


def checks_clean(capsys, path: Path, pp: Path) -> None:
    """What a user runs after a crash: both must pass, with no warning."""
    for command in (["doctor"], ["audit", "verify"]):
        code, out, err = run_cli(capsys, *command, "--register", str(path), "--passphrase-file", str(pp))
        assert code == 0 and err == "", (command, out, err)
        assert "removed" not in out and "PROBLEM" not in out and "BROKEN" not in out, (command, out)


def no_staging_left(path: Path) -> None:
    assert sorted(p.name for p in path.parent.iterdir()) == sorted(p.name for p in register_files(path))
    backup_folder = Settings.load().backup_path
    assert [p.name for p in backup_folder.iterdir() if is_staging(p.name) or p.name.startswith(".")] == []


@pytest.fixture
def pp(tmp_path) -> Path:
    f = tmp_path / "pp.txt"
    f.write_text(PASSPHRASE)
    return f


def test_a_restore_killed_around_its_commit_point_checks_clean(tmp_path, pp, capsys) -> None:
    for step in SWAP_STEPS:
        path, backup, backed_up, current = prepared(tmp_path / step)
        killed_restore(path, backup, step)
        # Before the commit point the old register stays; from it on, the restored one is there.
        expected = current if step == "before-commit" else backed_up
        assert meta(path) == expected, step
        checks_clean(capsys, path, pp)
        no_staging_left(path)
        with Register.open(path, passphrase=PASSPHRASE) as reg:
            assert reg.trail_memory.ok, (step, reg.trail_memory.message)
            restores = list(reg.audit.entries(entity="register", record="restore"))
            assert len(restores) == (0 if step == "before-commit" else 1), step
        # The memory of the trail goes on as usual: a later change, and cutting it off, are still seen.
        with Register.open(path, passphrase=PASSPHRASE) as reg:
            reg.set_meta("later", "after the crash")
            count = reg.audit.count()
            key = reg.data_key
        cut_last_entry(path, key, count)
        with Register.open(path, passphrase=PASSPHRASE) as reg:
            assert reg.trail_memory.status == seen_heads.SHORTER, step


def cut_last_entry(path: Path, data_key: bytes, count: int) -> None:
    """Remove the newest entry and its change with the key, as a tool other than Atlas would."""
    conn = sqlcipher.connect(str(path))
    try:
        conn.execute(f'PRAGMA key = "{raw_key(data_key)}"')
        conn.execute("DELETE FROM audit_entry WHERE seq = ?", (count,))
        conn.execute("DELETE FROM meta WHERE key = 'later'")
        conn.commit()
    finally:
        conn.close()


def test_a_restore_killed_while_staging_leaves_the_old_register_and_no_copies(tmp_path, pp, capsys) -> None:
    for step in STAGING_STEPS:
        path, backup, _, current = prepared(tmp_path / step)
        killed_restore(path, backup, step)
        left = [p for p in path.parent.iterdir() if is_staging(p.name)]
        assert left, f"{step}: nothing staged beside the register"
        for leftover in left:  # encrypted copies, and readable by the owner only from their first byte
            assert stat.S_IMODE(leftover.stat().st_mode) == 0o600, (step, leftover.name)
        assert meta(path) == current, step  # and opening swept what the killed restore left
        no_staging_left(path)
        checks_clean(capsys, path, pp)
        # The restore can simply be run again.
        code, out, err = run_cli(capsys, "restore", "--register", str(path), "--from", str(backup),
                                 "--passphrase-file", str(pp))
        assert code == 0, err
        checks_clean(capsys, path, pp)
        no_staging_left(path)
