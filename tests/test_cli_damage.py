"""`atlas` on a damaged register: every command says so plainly, with what still reads and the exact restore.

Real registers with one page damaged (tests/storage/test_damage_reading.py makes them). No command may
print "unexpected error" or SQLite's own words, and none may write to the damaged files.
"""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from conftest import PASSPHRASE, run_cli
from tests.storage.test_damage_reading import digests, filled, flip_page, root_page  # noqa: F401 (fixture)

RAW = ("unexpected error", "malformed", "not a database", "databaseerror", "sqlite", "hmac", "traceback")


@pytest.fixture
def pp(tmp_path) -> Path:
    path = tmp_path / "pp.txt"
    path.write_text(PASSPHRASE)
    return path


def atlas(capsys, register: Path, pp: Path, *argv: str) -> tuple[int, str, str]:
    return run_cli(capsys, *argv, "--register", str(register), "--passphrase-file", str(pp))


def assert_explained(err: str, backup: Path, register: Path) -> None:
    assert err.startswith("atlas: ") and err.count("\n") == 1, err
    low = err.lower()
    assert not [word for word in RAW if word in low], err
    assert "is damaged" in err and "Cannot be read in full: breaches." in err
    assert backup.name in err and f"atlas restore --from {backup} --register {register}" in err


def test_list_of_a_damaged_register_says_what_reads_and_which_backup_to_restore(filled, pp, capsys):
    path, _, _, made = filled
    flip_page(path, root_page(path, "breach"))
    before = digests(path)
    code, out, err = atlas(capsys, path, pp, "list", "breach")
    assert code == 2 and out == ""
    assert_explained(err, made[-1], path)
    # What still reads, reads.
    code, out, err = atlas(capsys, path, pp, "list", "activity")
    assert code == 0 and "Payroll" in out and err == ""
    assert digests(path) == before


@pytest.mark.parametrize("argv", [
    ("show", "breach", "1"),
    ("check",),
    ("export", "csv", "--entity", "breach", "--out", "{tmp}/breaches.csv"),
    ("export", "xlsx", "--out", "{tmp}/register.xlsx"),
    ("report", "breach-register", "--out", "{tmp}/breaches.pdf"),
], ids=lambda argv: " ".join(argv[:2]))
def test_every_command_that_meets_the_damage_explains_it(filled, pp, capsys, tmp_path, argv):
    path, _, _, made = filled
    flip_page(path, root_page(path, "breach"))
    before = digests(path)
    code, _out, err = atlas(capsys, path, pp, *(a.format(tmp=tmp_path) for a in argv))
    assert code == 2
    assert_explained(err, made[-1], path)
    assert digests(path) == before
    assert not list(tmp_path.glob("breaches.*")) and not (tmp_path / "register.xlsx").exists()


def test_doctor_on_a_damaged_register_speaks_plainly_and_names_the_backup_to_restore(filled, pp, capsys):
    path, _, _, made = filled
    flip_page(path, root_page(path, "breach"))
    code, out, err = atlas(capsys, path, pp, "doctor")
    assert code != 0
    text = (out + err).lower()
    assert "damaged" in text and "restore" in text
    assert not [word for word in RAW if word in text], out + err
    # The way out, as every other command gives it: what reads and the exact command for the latest backup.
    fix = [line for line in (out + err).splitlines() if line.startswith("TO FIX")]
    assert len(fix) == 1 and "Cannot be read in full: breaches." in fix[0], out + err
    assert f"atlas restore --from {made[-1]} --register {path}" in fix[0]


def test_damage_met_while_opening_gives_the_same_message(filled, pp, capsys):
    path, _, _, made = filled
    flip_page(path, root_page(path, "schema_version"))
    code, out, err = atlas(capsys, path, pp, "list", "activity")
    assert code == 2 and out == ""
    assert err.startswith("atlas: ") and err.count("\n") == 1
    assert "is damaged" in err and "Opening the register failed" not in err
    assert not [word for word in RAW if word in err.lower()], err
    assert f"atlas restore --from {made[-1]} --register {path}" in err


def test_the_printed_command_brings_the_register_back(filled, pp, capsys):
    path, _, _, made = filled
    flip_page(path, root_page(path, "breach"))
    _, _, err = atlas(capsys, path, pp, "list", "breach")
    command = err[err.index("atlas restore --from"):].strip()
    argv = shlex.split(command)[1:]
    code, out, err = run_cli(capsys, *argv, "--passphrase-file", str(pp))
    assert code == 0, err
    assert f"Restored {path}" in out
    code, out, err = atlas(capsys, path, pp, "list", "breach")
    assert code == 0 and err == ""
    assert all(f"Laptop {i} stolen" in out for i in range(3))
