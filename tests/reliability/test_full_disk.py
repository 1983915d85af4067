"""A register on a full disk: the user can still read it and rescue it to another disk, and an export
whose temp folder is on the full disk works or says the disk is full.

A real 2 MiB tmpfs holds the register and is filled to under 64 KB free; it needs root (or CI) to mount
and is skipped, with the reason, elsewhere. The other file system (a USB stick, in the story) is the
test's temp folder on the ordinary disk. Every command runs in the CLI worker and is counted by
tally.Tally: every category must stay at 0.
"""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest
from cli_runner import Worker, worker_env
from damage import PASSPHRASE, xlsx_values
from tally import Tally, digests

from tests.storage.test_disk_full import small_tmpfs  # noqa: F401 (fixture)

pytestmark = pytest.mark.reliability

ENV = {"ATLAS_PASSPHRASE": PASSPHRASE}
NEARLY_FULL = 64 * 1024
DISK_FULL_WORDS = ("disk is full", "disk full", "no space", "not enough space", "out of space")


@pytest.fixture(scope="module")
def rescue(tmp_path_factory):
    """The CLI worker, and a demo register on the ordinary disk with what its reads give there."""
    from atlas_desktop.storage.demo import create_demo

    work = tmp_path_factory.mktemp("full-disk")
    source = work / "source" / "office.atlas"
    source.parent.mkdir()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ATLAS_KDF_SECONDS", "0")
        reg, _recovery = create_demo(source, PASSPHRASE, actor="reliability")
        reg.close()
    with Worker(worker_env(work), work / "worker.log") as worker:
        listed = worker.cli("list", "breach", "--register", source, env=ENV)
        exported = worker.cli("export", "xlsx", "--out", work / "source.xlsx", "--register", source, env=ENV)
        assert listed.code == 0 and exported.code == 0, (listed.describe(), exported.describe())
        yield worker, source, listed.out, xlsx_values(work / "source.xlsx")


@pytest.fixture
def full_tmpfs(small_tmpfs):
    """The 2 MiB tmpfs of tests/storage/test_disk_full.py (skipped with the reason where none can be mounted);
    the test copies the register onto it, then fills it."""
    return small_tmpfs


def _free(path: Path) -> int:
    stats = os.statvfs(path)
    return stats.f_bavail * stats.f_frsize


def _fill(mount_point: Path) -> None:
    """Write a filler file until the file system refuses more."""
    with open(mount_point / "filler.bin", "wb", buffering=0) as filler:
        for block in (1 << 16, 1 << 12):
            try:
                while True:
                    filler.write(b"\0" * block)
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
    assert _free(mount_point) < NEARLY_FULL


def _place(source: Path, mount_point: Path) -> Path:
    path = mount_point / "office.atlas"
    shutil.copy2(source, path)
    shutil.copy2(source.with_name("office.atlas.keys"), mount_point / "office.atlas.keys")
    return path


def test_a_register_on_a_full_disk_reads_and_is_rescued_to_another_disk(rescue, full_tmpfs, tmp_path):
    worker, source, listed, workbook = rescue
    register = _place(source, full_tmpfs)
    usb = tmp_path / "usb"
    usb.mkdir()
    _fill(full_tmpfs)
    files = [register, register.with_name("office.atlas.keys")]
    before = digests(files)
    tally = Tally(name="full disk")

    def run(where: str, *argv: str | os.PathLike) -> bool:
        outcome = worker.cli(*argv, "--register", register, env=ENV, timeout=60)
        if not tally.judge(outcome, where):
            return False
        if outcome.code != 0:
            tally.add("broken_promises", f"{where}: failed on a full disk: {outcome.describe()}")
            return False
        if where == "atlas list breach" and outcome.out.replace(str(register), str(source)) != listed:
            tally.add("silent_wrong_data", f"{where}: differs from the same register's list on the ordinary disk")
        return True

    run("atlas list breach", "list", "breach")
    if run("atlas export xlsx --out USB", "export", "xlsx", "--out", usb / "register.xlsx"):
        if xlsx_values(usb / "register.xlsx") != workbook:
            tally.add("silent_wrong_data", "atlas export xlsx --out USB: the workbook differs from the one exported "
                                           "on the ordinary disk")
    run("atlas export csv --out USB", "export", "csv", "--entity", "activity", "--out", usb / "activities.csv")
    if run("atlas backup --out USB", "backup", "--out", usb / "rescue.atlasbak"):
        verified = worker.verify_backup(usb / "rescue.atlasbak", passphrase=PASSPHRASE)
        if tally.judge(verified, "the rescued backup") and verified.code != 0:
            tally.add("broken_promises", f"the rescued backup does not verify: {verified.describe()}")
    tally.unchanged(before, digests(files), "reading and rescuing on a full disk")
    assert not tally.bad(), tally.report()


@pytest.mark.parametrize("register_on", ["the full disk", "the ordinary disk"])
def test_an_export_whose_temp_folder_is_on_the_full_disk_works_or_says_the_disk_is_full(rescue, full_tmpfs, tmp_path,
                                                                                        register_on):
    """TMPDIR on the full tmpfs: the export either needs no temp space (and writes the right workbook) or
    fails saying the disk is full, never with lxml's "SerialisationError: IO_ENOSPC" or half a file."""
    worker, source, _listed, workbook = rescue
    register = _place(source, full_tmpfs if register_on == "the full disk" else tmp_path)
    temp = full_tmpfs / "tmp"
    temp.mkdir()
    usb = tmp_path / "usb"
    usb.mkdir()
    _fill(full_tmpfs)
    files = [register, register.with_name("office.atlas.keys")]
    before = digests(files)
    tally = Tally(name=f"full temp folder, register on {register_on}")
    where = f"atlas export xlsx with TMPDIR on the full disk (the register on {register_on})"
    out = usb / "register.xlsx"
    outcome = worker.cli("export", "xlsx", "--out", out, "--register", register,
                         env={**ENV, "TMPDIR": str(temp)}, timeout=60)
    if tally.judge(outcome, where):
        if outcome.code == 0:
            if not out.exists() or xlsx_values(out) != workbook:
                tally.add("silent_wrong_data", f"{where}: exit 0, but the workbook differs from the one exported "
                                               "with room to spare")
        elif not any(words in outcome.err.lower() for words in DISK_FULL_WORDS):
            tally.add("broken_promises", f"{where}: does not say the disk is full: {outcome.describe()}")
        elif out.exists():
            tally.add("files_modified", f"{where}: the failed export left register.xlsx on the other disk")
    tally.unchanged(before, digests(files), where)
    assert not tally.bad(), tally.report()
