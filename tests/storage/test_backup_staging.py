"""Backups killed midway leave nothing misleading: staging files only, hidden and 0600, swept later.

Each kill is a real SIGKILL of a child process making a real backup of a real register, at a
chosen step (the child replaces one function of ``backups`` with one that kills the process
there). A backup of a register opened read-only is made for real too.
"""

from __future__ import annotations

import hashlib
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from atlas_desktop.storage import backups, restore
from atlas_desktop.storage.backups import DB_MEMBER
from atlas_desktop.storage.connection import SQLITE_HEADER
from atlas_desktop.storage.register import Register, register_files
from atlas_desktop.storage.settings import Settings
from atlas_desktop.storage.staging import is_staging, staging, sweep_stale_staging
from conftest import PASSPHRASE
from reliability.harness import REPO_ROOT, child_env

CANARY = "Canary-Radu-Popescu-IBAN-RO49AAAA1B31007593840000"

# argv: register, step, destination, "dir" or "out". The passphrase comes from the environment.
CHILD = r"""
import os, signal, sys, zipfile
from pathlib import Path
from atlas_desktop.storage import backups
from atlas_desktop.storage.register import Register

path, step, dest, how = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), sys.argv[4]

def die(*_args, **_kwargs):
    os.kill(os.getpid(), signal.SIGKILL)

if step == "zip":  # the database copy is complete; the zip is being written
    zipfile.ZipFile.write = die
elif step == "check":  # the zip is complete and being checked
    backups._check_copy = die
elif step == "pause":  # stop inside the check until the parent says "go"
    real = backups._check_copy
    def paused(*args, **kwargs):
        print("paused", flush=True)
        if sys.stdin.readline().strip() != "go":
            die()
        return real(*args, **kwargs)
    backups._check_copy = paused
reg = Register.open(path, passphrase=os.environ["ATLAS_PASSPHRASE"], actor="child")
if how == "dir":
    made = backups.make_backup(reg, backup_dir=dest, keep=10)
else:
    made = backups.make_backup(reg, out=dest)
reg.close()
print(f"made {made.name}", flush=True)
"""


def start(register: Path, step: str, dest: Path, how: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", CHILD, str(register), step, str(dest), how],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            cwd=str(REPO_ROOT), env=child_env(PASSPHRASE))


def killed_backup(register: Path, step: str, dest: Path, how: str = "dir") -> None:
    """Run a backup in a child process and let it be killed at ``step``."""
    child = start(register, step, dest, how)
    out, err = child.communicate(timeout=120)
    assert child.returncode == -9, (child.returncode, out, err.decode(errors="replace")[-2000:])


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@pytest.fixture
def filled(new_register, register_path):
    """A closed register holding a canary, and the backup folder of the settings."""
    reg, _ = new_register
    reg.set_meta("canary", CANARY)
    reg.close()
    return register_path, Settings.load().backup_path


@pytest.mark.parametrize("step", ["zip", "check"])
def test_a_killed_backup_leaves_only_hidden_private_staging_that_the_next_backup_sweeps(filled, step) -> None:
    register_path, folder = filled
    killed_backup(register_path, step, folder)
    left = sorted(folder.iterdir())
    assert left, "the kill left nothing: the step was not reached"
    # Nothing under a backup's name: no unverified file can pass for the last backup.
    with Register.open(register_path, passphrase=PASSPHRASE) as reg:
        assert backups.list_backups(folder, reg.register_id) == []
        assert backups.backup_due(reg, Settings(backup_dir=str(folder)))
    for path in left:
        assert path.name.startswith(".") and is_staging(path.name), path.name
        assert mode(path) == 0o600, f"{path.name} is {oct(mode(path))}"
    with Register.open(register_path, passphrase=PASSPHRASE) as reg:
        made = backups.make_backup(reg, backup_dir=folder, keep=10)
    assert sorted(folder.iterdir()) == [made]  # the staging files were swept
    backups.verify_backup(made, passphrase=PASSPHRASE)


def test_a_backup_killed_in_the_registers_folder_is_swept_when_the_register_opens(filled) -> None:
    register_path, _ = filled
    before = sorted(p.name for p in register_path.parent.iterdir())
    killed_backup(register_path, "check", register_path.parent / "manual.atlasbak", how="out")
    assert not (register_path.parent / "manual.atlasbak").exists()  # never there unverified
    assert any(is_staging(p.name) for p in register_path.parent.iterdir())
    Register.open(register_path, passphrase=PASSPHRASE).close()
    assert sorted(p.name for p in register_path.parent.iterdir()) == before


def test_a_killed_backup_never_counts_in_the_rotation(filled) -> None:
    register_path, folder = filled
    with Register.open(register_path, passphrase=PASSPHRASE) as reg:
        first = backups.make_backup(reg, backup_dir=folder, keep=2)
    killed_backup(register_path, "check", folder)
    with Register.open(register_path, passphrase=PASSPHRASE) as reg:
        second = backups.make_backup(reg, backup_dir=folder, keep=2)
        # Kept: the two verified backups. A killed, unverified one counted among the two would
        # have pushed out the first, a good one.
        assert [i.path for i in backups.list_backups(folder, reg.register_id)] == [first, second]
    assert sorted(folder.iterdir()) == [first, second]


def test_a_backup_in_progress_elsewhere_is_not_swept(filled, tmp_path) -> None:
    register_path, folder = filled
    dest = register_path.parent / "manual.atlasbak"
    child = start(register_path, "pause", dest, "out")
    try:
        assert child.stdout.readline() == b"paused\n", child.stderr.read().decode(errors="replace")[-2000:]
        staged = sorted(p for p in register_path.parent.iterdir() if is_staging(p.name))
        assert staged, "the child stages next to its destination"
        with Register.open(register_path, passphrase=PASSPHRASE) as reg:  # sweeps the register's folder
            assert backups.list_backups(register_path.parent, reg.register_id) == []
            other = backups.make_backup(reg, out=register_path.parent / "other.atlasbak")  # and so does this
        assert all(p.exists() for p in staged), "a staging file of a live backup was deleted"
        out, err = child.communicate(b"go\n", timeout=120)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == 0, err.decode(errors="replace")[-2000:]
    assert out == b"made manual.atlasbak\n"
    backups.verify_backup(dest, passphrase=PASSPHRASE)
    backups.verify_backup(other, passphrase=PASSPHRASE)
    assert not [p for p in register_path.parent.iterdir() if is_staging(p.name)]


def test_sweep_removes_only_unlocked_staging_files(tmp_path) -> None:
    folder = tmp_path / "f"
    folder.mkdir()
    stale = [".office-20261204-101010-000000Z.atlasbak.partial-0123456789ab",
             ".office-20261204-101010-000000Z.atlasbak.db.partial-0123456789ab",
             ".office-20261204-101010-000000Z.atlasbak.db.partial-0123456789ab-journal",
             ".office.atlas.restoring.partial-abcdefabcdef",
             ".office.atlas.restoring.partial-abcdefabcdef-wal",
             ".office.atlas.restoring.partial-abcdefabcdef-shm",
             ".office-20261204-101010-000000Z.atlasbak.db.tmp",  # left by versions before staging names
             ".verify.k2j4_x9a.tmp"]
    kept = ["office.atlas", "office.atlas.keys", ".office.atlas.restoring", ".office.atlas.keys.restoring",
            "notes.partial-0123456789ab", ".hidden", "office-20261204.atlasbak", ".x.partial-nothex000000"]
    for name in stale + kept:
        (folder / name).write_bytes(b"x")
    with staging(folder) as stage:  # someone is staging here: nothing is touched
        mine = stage.new_file("office.atlasbak")
        assert mode(mine) == 0o600 and is_staging(mine.name)
        assert sweep_stale_staging(folder) == []
        assert all((folder / name).exists() for name in stale)
    assert not mine.exists()  # not committed: removed when the staging ended
    assert sorted(p.name for p in sweep_stale_staging(folder)) == sorted(stale)
    assert sorted(p.name for p in folder.iterdir()) == sorted(kept)


def _folder_state(folder: Path) -> dict[str, tuple[int, int, str] | None]:
    """Each file's size, time and contents; only the name of SQLite's -shm, which every reader writes to."""
    return {p.name: None if p.name.endswith("-shm") else
            (p.stat().st_size, p.stat().st_mtime_ns, hashlib.sha256(p.read_bytes()).hexdigest())
            for p in sorted(folder.iterdir())}


def test_backup_of_a_register_opened_read_only(new_register, register_path, tmp_path, tmp_path_factory) -> None:
    reg, _ = new_register
    reg.set_meta("canary", CANARY)
    reg.set_meta("last", "written just before the backup")
    reg.close()
    other_disk = tmp_path_factory.mktemp("other-disk")  # outside the register's folder
    with Register.open(register_path, passphrase=PASSPHRASE, read_only=True) as ro:
        assert ro.read_only
        head = ro.audit.head()
        before = _folder_state(register_path.parent)
        out = backups.make_backup(ro, out=other_disk / "rescue.atlasbak")
        rotating = backups.make_backup(ro, backup_dir=other_disk / "backups", keep=3)
        assert _folder_state(register_path.parent) == before  # nothing written beside the register
    assert sorted(other_disk.iterdir()) == [other_disk / "backups", out]
    assert sorted((other_disk / "backups").iterdir()) == [rotating]
    for made in (out, rotating):
        assert mode(made) == 0o600
        info = backups.verify_backup(made, passphrase=PASSPHRASE)
        assert (info.anchor.count, info.anchor.head) == (head.count, head.head)
        with zipfile.ZipFile(made) as zf:
            db = zf.read(DB_MEMBER)
        assert not db.startswith(SQLITE_HEADER) and CANARY.encode() not in made.read_bytes()
    # And it restores to the register as it was.
    target = tmp_path / "restored" / "office.atlas"
    target.parent.mkdir()
    restore.restore_backup(target, out, passphrase=PASSPHRASE, backup_dir=tmp_path / "restored-backups")
    with Register.open(target, passphrase=PASSPHRASE) as back:
        assert back.meta("canary") == CANARY and back.meta("last") == "written just before the backup"
    assert sorted(p.name for p in target.parent.iterdir()) == sorted(p.name for p in register_files(target))
