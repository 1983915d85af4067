"""The `atlas` command end to end, on real registers: outputs, files and exit codes."""

from __future__ import annotations

import getpass
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from atlas_desktop import cli
from atlas_desktop.cli import terminal
from atlas_desktop.storage import backups
from atlas_desktop.storage.register import Register

from conftest import ORG, PASSPHRASE, run_cli

ROOT = Path(__file__).resolve().parents[1]
NEW_PASSPHRASE = "quartz-meadow-violin-harbour"


run = run_cli


@pytest.fixture
def pp_file(tmp_path) -> Path:
    path = tmp_path / "pp.txt"
    path.write_text(PASSPHRASE + "\n")
    return path


@pytest.fixture
def inited(tmp_path, pp_file, capsys) -> Path:
    reg = tmp_path / "office.atlas"
    code, _, err = run(capsys, "init", "--register", str(reg), "--org", ORG, "--passphrase-file", str(pp_file),
                       "--recovery-key-out", str(tmp_path / "recovery.txt"), "--your-name", "Ana Pop")
    assert code == 0, err
    return reg


def test_init_writes_register_and_private_recovery_key(inited, tmp_path):
    key_file = tmp_path / "recovery.txt"
    assert oct(key_file.stat().st_mode & 0o777) == "0o600"
    key = key_file.read_text().splitlines()[1]
    assert re.fullmatch(r"([A-Z2-7]{4}-){13}[A-Z2-7]{4}", key)
    with Register.open(inited, recovery_key=key) as reg:
        assert reg.meta("org_name") == ORG


def test_init_prints_recovery_key_once_when_no_file(tmp_path, pp_file, capsys):
    code, out, _ = run(capsys, "init", "--register", str(tmp_path / "r.atlas"), "--org", ORG,
                       "--passphrase-file", str(pp_file), "--your-name", "Ana Pop")
    assert code == 0
    key = re.search(r"([A-Z2-7]{4}-){13}[A-Z2-7]{4}", out).group(0)
    with Register.open(tmp_path / "r.atlas", recovery_key=key) as reg:
        assert reg.meta("org_name") == ORG


@pytest.mark.parametrize("weak", ["", "   ", "password", "short1"])
def test_init_refuses_weak_passphrase_and_writes_nothing(tmp_path, capsys, weak):
    (tmp_path / "pp").write_text(weak)
    code, out, err = run(capsys, "init", "--register", str(tmp_path / "r.atlas"), "--org", ORG,
                         "--passphrase-file", str(tmp_path / "pp"), "--your-name", "Ana Pop")
    assert code == 2
    assert err.startswith("atlas: ") and err.count("\n") == 1 and "passphrase" in err.lower()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pp"]


def test_init_refuses_existing_register(inited, pp_file, capsys):
    before = inited.read_bytes()
    code, _, err = run(capsys, "init", "--register", str(inited), "--org", "Other", "--passphrase-file", str(pp_file))
    assert code == 2 and "already exists" in err
    assert inited.read_bytes() == before


def test_doctor_reports_ok_and_wrong_passphrase_is_one_line(inited, pp_file, tmp_path, capsys):
    code, out, _ = run(capsys, "doctor", "--register", str(inited), "--passphrase-file", str(pp_file))
    assert code == 0
    assert "PROBLEM" not in out and "intact" in out and "4 entries" in out  # your name, created, organisation, signing certificate
    (tmp_path / "bad").write_text("not-the-passphrase-at-all")
    code, out, err = run(capsys, "doctor", "--register", str(inited), "--passphrase-file", str(tmp_path / "bad"))
    assert code == 2 and err == "atlas: Wrong passphrase.\n"


def test_doctor_finds_a_damaged_page(inited, pp_file, capsys, monkeypatch):
    monkeypatch.setenv("ATLAS_PASSPHRASE", PASSPHRASE)
    with Register.open(inited, passphrase=PASSPHRASE) as reg:
        for i in range(40):
            reg.set_meta(f"filler-{i}", "x" * 3000)
    size = inited.stat().st_size
    assert size > 40_000
    with open(inited, "r+b") as handle:  # a byte in the middle of a data page, not page 1
        handle.seek(size // 2)
        byte = handle.read(1)
        handle.seek(size // 2)
        handle.write(bytes([byte[0] ^ 0xFF]))
    code, out, _ = run(capsys, "doctor", "--register", str(inited))
    assert code == 1
    assert "PROBLEM" in out


def test_register_flag_also_before_the_command(inited, capsys, monkeypatch):
    monkeypatch.setenv("ATLAS_PASSPHRASE", PASSPHRASE)
    code, out, _ = run(capsys, "--register", str(inited), "audit", "verify")
    assert code == 0 and re.fullmatch(r"OK 4 entries [0-9a-f]{64}\n", out)


def test_audit_verify_ok_then_broken_after_edit(inited, capsys, monkeypatch):
    monkeypatch.setenv("ATLAS_PASSPHRASE", PASSPHRASE)
    with Register.open(inited, passphrase=PASSPHRASE) as reg:
        for i in range(5):
            reg.set_meta(f"k{i}", f"v{i}")
        head = reg.audit.head()
    code, out, _ = run(capsys, "audit", "verify", "--register", str(inited))
    assert code == 0 and out == f"OK {head.count} entries {head.head}\n"
    with Register.open(inited, passphrase=PASSPHRASE) as reg:
        reg.db.execute_sql("UPDATE audit_entry SET after = '{\"k2\":\"forged\"}' WHERE seq = 4")
    code, out, _ = run(capsys, "audit", "verify", "--register", str(inited))
    assert code == 1 and out.startswith("BROKEN at entry 4:")


def test_audit_verify_detects_truncation_against_backup_anchor(inited, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ATLAS_PASSPHRASE", PASSPHRASE)
    with Register.open(inited, passphrase=PASSPHRASE) as reg:
        for i in range(6):
            reg.set_meta(f"k{i}", "v")
    code, out, _ = run(capsys, "backup", "--register", str(inited))  # into the rotating folder
    assert code == 0 and "verified" in out
    with Register.open(inited, passphrase=PASSPHRASE) as reg:
        reg.db.execute_sql("DELETE FROM audit_entry WHERE seq > 4")
        assert reg.audit.verify().ok  # the chain alone cannot see a cut tail...
    code, out, _ = run(capsys, "audit", "verify", "--register", str(inited))
    assert code == 1 and "removed from the end" in out  # ...the backup's anchor can


def test_audit_verify_with_explicit_anchor_and_bad_anchor_syntax(inited, capsys, monkeypatch):
    monkeypatch.setenv("ATLAS_PASSPHRASE", PASSPHRASE)
    with Register.open(inited, passphrase=PASSPHRASE) as reg:
        reg.set_meta("a", "1")
        head = reg.audit.head()
        reg.set_meta("b", "2")
    code, out, _ = run(capsys, "audit", "verify", "--register", str(inited), "--anchor", f"{head.count}:{head.head}")
    assert code == 0
    code, out, _ = run(capsys, "audit", "verify", "--register", str(inited), "--anchor", f"{head.count}:{'0' * 64}")
    assert code == 1 and "rewritten" in out
    code, _, err = run(capsys, "audit", "verify", "--register", str(inited), "--anchor", "nonsense")
    assert code == 2 and "COUNT:HEAD" in err


def test_audit_log_filters_and_json(inited, capsys, monkeypatch):
    monkeypatch.setenv("ATLAS_PASSPHRASE", PASSPHRASE)
    with Register.open(inited, passphrase=PASSPHRASE, actor="maria") as reg:
        reg.set_meta("dpo_contact", "ana@example.ro")
        reg.set_meta("dpo_contact", "ion@example.ro")
        reg.set_meta("other", "x")
    code, out, _ = run(capsys, "audit", "log", "--register", str(inited), "--record", "dpo_contact")
    lines = out.strip().splitlines()
    assert code == 0 and len(lines) == 2
    assert "maria" in lines[1] and '"ana@example.ro" → "ion@example.ro"' in lines[1]
    code, out, _ = run(capsys, "audit", "log", "--register", str(inited), "--json", "--record", "dpo_contact")
    data = json.loads(out)
    assert [e["action"] for e in data] == ["create", "update"]
    assert data[1]["before"] == {"dpo_contact": "ana@example.ro"} and data[1]["at"].endswith("Z")
    code, out, _ = run(capsys, "audit", "log", "--register", str(inited), "--since", "2099-01-01")
    assert code == 0 and "No audit entries match" in out
    code, out, _ = run(capsys, "audit", "log", "--register", str(inited), "--until", "2000-01-01", "--json")
    assert json.loads(out) == []
    code, _, err = run(capsys, "audit", "log", "--register", str(inited), "--since", "yesterday-ish")
    assert code == 2 and "--since" in err


def test_backup_out_and_restore_round_trip(inited, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ATLAS_PASSPHRASE", PASSPHRASE)
    with Register.open(inited, passphrase=PASSPHRASE) as reg:
        reg.set_meta("purpose", "payroll")
    out_file = tmp_path / "copy.atlasbak"
    code, _, err = run(capsys, "backup", "--register", str(inited), "--out", str(out_file))
    assert code == 0, err
    assert not out_file.read_bytes().startswith(b"SQLite format 3\x00")
    with Register.open(inited, passphrase=PASSPHRASE) as reg:
        reg.set_meta("purpose", "marketing")
    code, out, err = run(capsys, "restore", "--register", str(inited), "--from", str(out_file))
    assert code == 0, err
    assert "kept as" in out
    with Register.open(inited, passphrase=PASSPHRASE) as reg:
        assert reg.meta("purpose") == "payroll"
    code, _, err = run(capsys, "restore", "--register", str(inited), "--from", str(tmp_path / "recovery.txt"))
    assert code == 2 and "not an Atlas backup" in err


def test_passphrase_change_and_recovery_reissue(inited, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ATLAS_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("ATLAS_NEW_PASSPHRASE", NEW_PASSPHRASE)
    code, out, err = run(capsys, "passphrase", "change", "--register", str(inited))
    assert code == 0, err
    code, _, err = run(capsys, "doctor", "--register", str(inited))
    assert code == 2 and "Wrong passphrase" in err
    monkeypatch.setenv("ATLAS_PASSPHRASE", NEW_PASSPHRASE)
    old_key_file = tmp_path / "recovery.txt"
    code, _, err = run(capsys, "recovery-key", "reissue", "--register", str(inited),
                       "--recovery-key-out", str(tmp_path / "recovery2.txt"))
    assert code == 0, err
    monkeypatch.delenv("ATLAS_PASSPHRASE")
    code, _, err = run(capsys, "doctor", "--register", str(inited), "--recovery-key-file", str(old_key_file))
    assert code == 2 and "Wrong recovery key" in err
    code, out, err = run(capsys, "doctor", "--register", str(inited), "--recovery-key-file", str(tmp_path / "recovery2.txt"))
    assert code == 0, err
    code, _, err = run(capsys, "recovery-key", "reissue", "--register", str(inited),
                       "--recovery-key-file", str(tmp_path / "recovery2.txt"),
                       "--recovery-key-out", str(tmp_path / "recovery2.txt"))
    assert code == 2 and "already exists" in err


def test_missing_passphrase_without_terminal_is_a_usage_error(inited, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", open(os.devnull))
    code, _, err = run(capsys, "doctor", "--register", str(inited))
    assert code == 2 and "No passphrase given" in err


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(["restore"])
    assert exc.value.code == 2


def test_not_a_register(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ATLAS_PASSPHRASE", PASSPHRASE)
    (tmp_path / "notes.atlas").write_bytes(os.urandom(4096))
    code, _, err = run(capsys, "doctor", "--register", str(tmp_path / "notes.atlas"))
    assert code == 2 and "not an Atlas register" in err and "Traceback" not in err


def _subprocess_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(ATLAS_PASSPHRASE=PASSPHRASE, ATLAS_KDF_SECONDS="0", PYTHONPATH=str(ROOT),
               XDG_CONFIG_HOME=str(tmp_path / "cfg"), XDG_DATA_HOME=str(tmp_path / "data"))
    return env


def test_python_dash_m_and_default_register_location(tmp_path):
    env = _subprocess_env(tmp_path)
    init = subprocess.run([sys.executable, "-m", "atlas_desktop", "init", "--org", ORG, "--your-name", "Ana Pop"],
                          env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert init.returncode == 0, init.stderr
    default = tmp_path / "data" / "atlas-desktop" / "register.atlas"
    assert default.exists() and Path(str(default) + ".keys").exists()
    verify = subprocess.run([sys.executable, "-m", "atlas_desktop", "audit", "verify"],
                            env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    # your name, the organisation's name and record, the signing certificate
    assert verify.returncode == 0 and re.fullmatch(r"OK 4 entries [0-9a-f]{64}\n", verify.stdout)
    bad = subprocess.run([sys.executable, "-m", "atlas_desktop", "doctor"], env={**env, "ATLAS_PASSPHRASE": "nope-nope-nope"},
                         cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and bad.stderr == "atlas: Wrong passphrase.\n"


def test_console_script_is_installed(tmp_path):
    script = Path(sys.executable).parent / "atlas"
    assert script.exists(), "the `atlas` console script is missing: is the package installed (make test does it)?"
    result = subprocess.run([str(script), "--version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.startswith("atlas ")


def test_backup_folder_rotation_via_cli(inited, capsys, monkeypatch, isolated_home):
    from atlas_desktop.storage.settings import Settings

    folder = isolated_home / "bk"
    Settings(backup_dir=str(folder), backup_keep=2).save()
    monkeypatch.setenv("ATLAS_PASSPHRASE", PASSPHRASE)
    for _ in range(4):
        assert run(capsys, "backup", "--register", str(inited))[0] == 0
    with Register.open(inited, passphrase=PASSPHRASE) as reg:
        assert len(backups.list_backups(folder, reg.register_id)) == 2


def _terminal(monkeypatch, typed: list[str], lines: list[str] = ()) -> None:
    """Pretend a person is at a terminal typing these passphrases (getpass) and lines (input)."""
    secrets_typed, lines_typed = iter(typed), iter(lines)
    monkeypatch.setattr(terminal, "interactive", lambda: True)
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(secrets_typed))
    monkeypatch.setattr("builtins.input", lambda prompt="": next(lines_typed))


def test_interactive_init_asks_again_after_weak_or_mismatched_passphrase(tmp_path, capsys, monkeypatch):
    # The organisation, then no country, no authority, a name and no role (cli.init asks them).
    _terminal(monkeypatch, ["password", PASSPHRASE, "typo-typo-typo", PASSPHRASE, PASSPHRASE], [ORG, "", "", "Ana Pop", ""])
    code, out, err = run(capsys, "init", "--register", str(tmp_path / "r.atlas"))
    assert code == 0, err
    assert "shorter than 10" in err  # the reason for refusing 'password' is shown, then it asks again
    assert "differ" in err
    with Register.open(tmp_path / "r.atlas", passphrase=PASSPHRASE) as reg:
        assert reg.meta("org_name") == ORG


def test_interactive_unlock_allows_three_tries(inited, capsys, monkeypatch):
    _terminal(monkeypatch, ["wrong-one-here", "wrong-two-here", PASSPHRASE])
    code, out, err = run(capsys, "doctor", "--register", str(inited))
    assert code == 0 and err.count("Wrong passphrase") == 2
    _terminal(monkeypatch, ["wrong-one-here", "wrong-two-here", "wrong-three-here", PASSPHRASE])
    code, out, err = run(capsys, "doctor", "--register", str(inited))
    assert code == 2 and err.count("Wrong passphrase") == 3


def test_starting_the_app_backs_up_when_due_and_not_again(inited, capsys, monkeypatch, isolated_home):
    from atlas_desktop.storage.settings import Settings

    folder = isolated_home / "auto"
    Settings(backup_dir=str(folder), backup_every_hours=24).save()
    monkeypatch.setenv("ATLAS_PASSPHRASE", PASSPHRASE)
    code, out, _ = run(capsys, "--register", str(inited))
    assert code == 0 and "Automatic backup" in out and "1 kept" in out
    code, out, _ = run(capsys, "--register", str(inited))
    assert code == 0 and "Automatic backup" not in out
    assert len(list(folder.glob("*.atlasbak"))) == 1


def test_starting_the_app_does_not_back_up_a_damaged_trail(inited, capsys, monkeypatch, isolated_home):
    from atlas_desktop.storage.settings import Settings

    folder = isolated_home / "auto"
    Settings(backup_dir=str(folder)).save()
    monkeypatch.setenv("ATLAS_PASSPHRASE", PASSPHRASE)
    with Register.open(inited, passphrase=PASSPHRASE) as reg:
        reg.set_meta("a", "1")
        reg.db.execute_sql("UPDATE audit_entry SET actor = 'mallory' WHERE seq = 1")
    code, out, _ = run(capsys, "--register", str(inited))
    assert code == 1 and "PROBLEM audit trail" in out
    assert not list(folder.glob("*.atlasbak"))


# -- secret files saved by Windows Notepad (UTF-8 with a byte-order mark, or "Unicode": UTF-16) ----------------
@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_passphrase_file_with_a_byte_order_mark_unlocks(inited, tmp_path, capsys, encoding):
    notepad = tmp_path / "notepad.txt"
    notepad.write_bytes((PASSPHRASE + "\r\n").encode(encoding))
    assert notepad.read_bytes()[:2] in (b"\xef\xbb", b"\xff\xfe", b"\xfe\xff")
    code, out, err = run(capsys, "doctor", "--register", str(inited), "--passphrase-file", str(notepad))
    assert code == 0, err
    assert "intact" in out


def test_recovery_and_new_passphrase_files_with_a_byte_order_mark(inited, tmp_path, pp_file, capsys):
    recovery = tmp_path / "recovery-bom.txt"
    recovery.write_bytes((tmp_path / "recovery.txt").read_text().replace("\n", "\r\n").encode("utf-8-sig"))
    code, _, err = run(capsys, "doctor", "--register", str(inited), "--recovery-key-file", str(recovery))
    assert code == 0, err
    new = tmp_path / "new-bom.txt"
    new.write_bytes((NEW_PASSPHRASE + "\r\n").encode("utf-8-sig"))
    code, _, err = run(capsys, "passphrase", "change", "--register", str(inited), "--passphrase-file", str(pp_file),
                       "--new-passphrase-file", str(new))
    assert code == 0, err
    with Register.open(inited, passphrase=NEW_PASSPHRASE) as reg:  # the mark did not become part of it
        assert reg.meta("org_name") == ORG


def test_passphrase_file_that_is_not_text_is_a_plain_message(inited, tmp_path, capsys):
    binary = tmp_path / "pp.bin"
    binary.write_bytes(b"\xc3\x28secret\xff")
    code, _, err = run(capsys, "doctor", "--register", str(inited), "--passphrase-file", str(binary))
    assert code == 2
    assert err == f"atlas: The passphrase file {binary} is not UTF-8 text; save it as UTF-8 and try again.\n"


def test_doctor_counts_the_backups_anchors_in_words(inited, pp_file, capsys):
    """"matches 1 anchor", not "1 anchor(s)"; in Romanian the count's own form ("1 ancoră")."""
    assert run(capsys, "backup", "--register", str(inited), "--passphrase-file", str(pp_file))[0] == 0
    code, out, _ = run(capsys, "doctor", "--register", str(inited), "--passphrase-file", str(pp_file))
    assert code == 0 and ", matches 1 anchor" in out and "anchor(s)" not in out
    code, out, _ = run(capsys, "--language", "ro", "doctor", "--register", str(inited), "--passphrase-file",
                       str(pp_file))
    assert code == 0 and "corespunde cu 1 ancoră" in out
