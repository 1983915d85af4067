"""`atlas doctor` proves each way into the register and names a damaged key-file entry with its fix;
`atlas restore --key-file-only` puts a damaged key file back from a backup, the data untouched."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from conftest import PASSPHRASE, run_cli

from atlas_desktop.storage.register import Register, keys_path
from tests.test_cli import inited, pp_file  # noqa: F401 (fixtures: a register made by `atlas init`)

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "registers"
FIXTURE_PASSPHRASE = "fixture-register-passphrase-1"  # tests/fixtures/make_fixture_registers.py

run = run_cli


def _damage_recovery_entry(path: Path) -> None:
    text = keys_path(path).read_text()
    sealed = json.loads(text)["wraps"]["recovery"]["sealed"]
    at = text.index(f'"{sealed}"') + 6
    keys_path(path).write_text(text[:at] + ("A" if text[at] != "A" else "B") + text[at + 1:])


def test_doctor_proves_every_way_in(inited, pp_file, capsys):
    code, out, _ = run(capsys, "doctor", "--register", str(inited), "--passphrase-file", str(pp_file))
    assert code == 0, out
    assert "OK      key file: unlocks with the passphrase (proven), the recovery key (proven)\n" in out


def test_doctor_names_a_damaged_recovery_entry_and_the_fix_it_names_works(inited, pp_file, tmp_path, capsys):
    _damage_recovery_entry(inited)
    code, out, err = run(capsys, "doctor", "--register", str(inited), "--passphrase-file", str(pp_file))
    assert code == 1
    assert "atlas: warning: The recovery-key entry of the key file office.atlas.keys is damaged" in err
    assert "OK      key file: unlocks with the passphrase (proven)\n" in out
    problem = next(line for line in out.splitlines() if line.startswith("PROBLEM key file:"))
    assert "recovery-key entry of the key file office.atlas.keys is damaged" in problem
    assert "'atlas recovery-key reissue'" in problem
    code, out, err = run(capsys, "recovery-key", "reissue", "--register", str(inited), "--passphrase-file",
                         str(pp_file), "--recovery-key-out", str(tmp_path / "new-recovery.txt"))
    assert code == 0, err
    code, out, err = run(capsys, "doctor", "--register", str(inited), "--recovery-key-file",
                         str(tmp_path / "new-recovery.txt"))
    assert code == 0, out
    assert "the passphrase (proven), the recovery key (proven)" in out and "warning" not in err


def test_restore_key_file_only_end_to_end(inited, pp_file, tmp_path, capsys):
    backup = tmp_path / "before.atlasbak"
    code, _, err = run(capsys, "backup", "--register", str(inited), "--passphrase-file", str(pp_file), "--out", str(backup))
    assert code == 0, err
    with Register.open(inited, passphrase=PASSPHRASE) as reg:
        reg.set_meta("note", "written after the backup")
    keys_path(inited).write_bytes(b"\0" * 700)  # damaged beyond use

    code, out, err = run(capsys, "doctor", "--register", str(inited), "--passphrase-file", str(pp_file))
    assert code == 2
    assert err.startswith("atlas: The key file office.atlas.keys is damaged")
    assert "atlas restore --from BACKUP --key-file-only" in err
    assert "Wrong passphrase" not in err and "unexpected" not in err

    code, out, err = run(capsys, "restore", "--register", str(inited), "--from", str(backup), "--key-file-only",
                         "--passphrase-file", str(pp_file))
    assert code == 0, err
    assert "Restored the key file of office.atlas from before.atlasbak; the register's data was not touched." in out
    kept = Path(re.search(r"was kept as (\S+)\.\n", out).group(1))
    assert kept.read_bytes() == b"\0" * 700
    assert "in force when that backup was made" in out

    code, out, err = run(capsys, "doctor", "--register", str(inited), "--passphrase-file", str(pp_file))
    assert code == 0, out + err
    with Register.open(inited, passphrase=PASSPHRASE) as reg:
        assert reg.meta("note") == "written after the backup"


def test_restore_key_file_only_with_the_wrong_passphrase_says_which_one_is_needed(inited, tmp_path, pp_file, capsys):
    backup = tmp_path / "before.atlasbak"
    assert run(capsys, "backup", "--register", str(inited), "--passphrase-file", str(pp_file), "--out", str(backup))[0] == 0
    keys_path(inited).write_bytes(b"{}")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("quartz-meadow-violin-harbour\n")
    code, out, err = run(capsys, "restore", "--register", str(inited), "--from", str(backup), "--key-file-only",
                         "--passphrase-file", str(wrong))
    assert code == 2
    assert "in force when it was made" in err
    assert keys_path(inited).read_bytes() == b"{}"  # nothing changed


def test_doctor_upgrades_a_version_1_key_file_and_says_what_cannot_be_proven(tmp_path, capsys):
    fixture = max((p for p in FIXTURES.glob("schema-*.atlas") if json.loads(keys_path(p).read_text())["version"] == 1),
                  key=lambda p: int(re.search(r"\d+", p.name).group(0)))
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    shutil.copyfile(keys_path(fixture), keys_path(path))
    pp = tmp_path / "fixture-pp.txt"
    pp.write_text(FIXTURE_PASSPHRASE)
    code, out, err = run(capsys, "doctor", "--register", str(path), "--passphrase-file", str(pp))
    assert "OK      key file: unlocks with the passphrase (proven), the recovery key (cannot be proven)\n" in out
    note = next(line for line in out.splitlines() if line.startswith("NOTE    key file:"))
    assert "recovery-key entry was made by an older version" in note and "'atlas recovery-key reissue'" in note
    assert "PROBLEM key file" not in out
    assert json.loads(keys_path(path).read_text())["version"] == 2
