"""A full disk: the register can still be read, exported and backed up to another disk, and is left untouched.

Opening normally grows the -wal and -shm, so on a full disk every command used to fail, even the backup
that would let the user move their data. The commands that only read open the register read-only, which
writes nothing beside it. Exports build in memory (nothing in TMPDIR) and say "disk full" with the folder
when the folder they write to is full. On a real 2 MiB tmpfs (tests/storage/test_disk_full.py), skipped
with a reason where one cannot be mounted.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from atlas_desktop.core.errors import DiskFull
from atlas_desktop.exports.xlsx_export import export_workbook
from atlas_desktop.storage import backups
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.register import Register
from conftest import ORG, PASSPHRASE, run_cli
from tests.storage.test_disk_full import _fill_leaving, _free_bytes, small_tmpfs  # noqa: F401 (fixture)

NOTE = "opened read-only"


def folder_state(folder: Path) -> dict[str, str]:
    """Every file beside the register but the filler, with its content's hash."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())
            if p.is_file() and p.name != "filler.bin"}


@pytest.fixture
def full_disk_register(small_tmpfs, tmp_path, monkeypatch) -> tuple[Path, Path]:
    """A closed register on a tmpfs filled to the last byte, TMPDIR on that same full tmpfs; (register,
    passphrase file on the other disk)."""
    path = small_tmpfs / "office.atlas"
    reg, _ = Register.create(path, PASSPHRASE, ORG, actor="tester")
    with reg:
        records = Records(reg)
        records.create("person", {"name": "Ana Ionescu"})
        records.create("activity", {"name": "Payroll", "purposes": [{"purpose": "Pay staff", "bases": ["contract"]}]})
    _fill_leaving(small_tmpfs, 0)
    assert _free_bytes(small_tmpfs) < 64 * 1024
    monkeypatch.setenv("TMPDIR", str(small_tmpfs))
    import tempfile
    monkeypatch.setattr(tempfile, "tempdir", None)  # read TMPDIR again
    pp = tmp_path / "pp.txt"
    pp.write_text(PASSPHRASE)
    return path, pp


def test_list_export_and_backup_to_another_disk_work_on_a_full_disk(full_disk_register, tmp_path, capsys):
    path, pp = full_disk_register
    before = folder_state(path.parent)
    out = tmp_path / "rescue"
    out.mkdir()

    def atlas(*argv: str) -> tuple[int, str, str]:
        return run_cli(capsys, *argv, "--register", str(path), "--passphrase-file", str(pp))

    code, listed, err = atlas("list", "person")
    assert code == 0 and "Ana Ionescu" in listed, err
    assert NOTE in err and "full" in err
    code, _, err = atlas("export", "xlsx", "--out", str(out / "register.xlsx"))
    assert code == 0, err
    assert (out / "register.xlsx").stat().st_size > 0
    code, _, err = atlas("export", "csv", "--entity", "activity", "--out", str(out / "activities.csv"))
    assert code == 0 and "Payroll" in (out / "activities.csv").read_text("utf-8-sig"), err
    code, said, err = atlas("backup", "--out", str(out / "office.atlasbak"))
    assert code == 0, err
    assert "verified" in said
    info = backups.verify_backup(out / "office.atlasbak", passphrase=PASSPHRASE)
    assert info.anchor.count >= 3
    # Not a byte changed beside the register, and no -wal or -shm appeared.
    assert folder_state(path.parent) == before

    # A command that changes the register is not opened read-only: it says the disk is full.
    code, _, err = atlas("add", "person", "--set", "name=Dan Pop")
    assert code == 2 and "disk is full" in err.lower() and NOTE not in err


def test_read_only_open_on_a_full_disk_reads_and_writes_nothing(full_disk_register):
    path, _ = full_disk_register
    before = folder_state(path.parent)
    with Register.open(path, passphrase=PASSPHRASE, read_only=True) as reg:
        assert [r["name"] for r in Records(reg).list("person")] == ["Ana Ionescu"]
        assert reg.integrity_problems() == []
    assert folder_state(path.parent) == before


def test_an_export_into_a_full_folder_says_disk_full_with_the_folder(full_disk_register, tmp_path, capsys):
    path, pp = full_disk_register
    target = path.parent / "register.xlsx"  # the full tmpfs, which is TMPDIR too
    code, _, err = run_cli(capsys, "export", "xlsx", "--out", str(target), "--register", str(path),
                           "--passphrase-file", str(pp))
    assert code == 2
    said = err.splitlines()[-1]  # after the note that the register was opened read-only
    assert said.startswith("atlas: The disk is full") and str(path.parent) in said, err
    assert "ENOSPC" not in err and "Errno" not in err and "No space left" not in err
    assert not target.exists() and not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]
    # The same from the storage layer (the GUI's export runs this): DiskFull, nothing left behind.
    with Register.open(path, passphrase=PASSPHRASE, read_only=True) as reg:
        with pytest.raises(DiskFull) as caught:
            export_workbook(Records(reg), target)
    assert str(path.parent) in str(caught.value)
    assert not target.exists()
