"""`atlas team import`, `atlas team push` and `atlas team upgrade`: the real CLI against a real PostgreSQL server.

Issue 17: "`atlas team import --from register.atlas` copies a local register ... into the team register";
the outbox "pushes it ... when the server is back"; "migrations ... with a backup first".
"""

from __future__ import annotations

import datetime as dt
import types

import pytest
from conftest import TEAM_PASSWORD, run_cli

from atlas_desktop.cli.team_signin import TEAM_PASSWORD_ENV
from atlas_desktop.storage import migrations
from atlas_desktop.storage.demo import DEMO_PASSPHRASE, create_demo
from atlas_desktop.storage.dialect import Target
from atlas_desktop.storage.outbox import has_outbox, open_outbox
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.team_upgrade import read_backup

run = run_cli
BREACH = {"title": "Laptop stolen from a parked car", "description": "Payroll spreadsheets of 40 people.",
          "aware_at": dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.UTC)}


@pytest.fixture(autouse=True)
def _no_team_password(monkeypatch):
    monkeypatch.delenv(TEAM_PASSWORD_ENV, raising=False)


@pytest.fixture
def office_file(tmp_path):
    reg, _ = create_demo(tmp_path / "office.atlas")
    reg.close()
    secret = tmp_path / "office.pass"
    secret.write_text(DEMO_PASSPHRASE + "\n")
    return tmp_path / "office.atlas", secret


def _password_file(tmp_path, value: str = TEAM_PASSWORD):
    path = tmp_path / "team.pass"
    path.write_text(value + "\n")
    return str(path)


def test_import_then_verify_then_a_change_on_the_server_is_reported(team, office_file, pg_cluster, tmp_path,
                                                                     capsys):
    source, secret = office_file
    manager = ["--register", team.url(password=""), "--password-file", _password_file(tmp_path)]
    code, out, err = run(capsys, "team", "import", "--from", str(source), "--passphrase-file", str(secret), *manager)
    assert (code, err) == (0, "")
    assert out.startswith("Imported office.atlas into the team register") and "imported segment 1" in out

    code, out, err = run(capsys, "audit", "verify", *manager)
    assert (code, err) == (0, "") and out.startswith("OK ")
    code, out, _ = run(capsys, "doctor", *manager)
    assert code == 0 and "PROBLEM" not in out
    code, out, _ = run(capsys, "list", "breach", *manager)
    assert code == 0 and "Phishing: support" in out and "4 breaches." in out

    with pg_cluster.admin(team.database) as conn:  # the schema's owner passes the append-only trigger
        conn.execute("UPDATE audit_import SET after = NULL WHERE segment = 1 AND seq = 5")
    code, out, _ = run(capsys, "audit", "verify", *manager)
    assert code == 1 and "BROKEN" in out and "changed on the server after the import" in out
    code, out, _ = run(capsys, "doctor", *manager)
    assert code == 1 and "segment 1" in out

    # A second import is refused: the team register is no longer empty.
    code, out, err = run(capsys, "team", "import", "--from", str(source), "--passphrase-file", str(secret), *manager)
    assert code == 2 and "new, empty team register" in err and "Traceback" not in err


def test_import_with_the_wrong_passphrase_says_so_and_imports_nothing(team, office_file, tmp_path, capsys):
    source, _ = office_file
    wrong = tmp_path / "wrong.pass"
    wrong.write_text("not-the-passphrase-at-all-77\n")
    code, out, err = run(capsys, "team", "import", "--from", str(source), "--passphrase-file", str(wrong),
                         "--register", team.url())
    assert code == 2 and err.startswith("atlas: ") and "Traceback" not in err and out == ""
    with team.open() as reg:
        assert Records(reg).count("breach") == 0


def test_import_from_a_file_that_is_not_there(team, tmp_path, capsys):
    code, _, err = run(capsys, "team", "import", "--from", str(tmp_path / "missing.atlas"), "--register", team.url())
    assert code == 2 and "There is no register file" in err


def test_push_sends_the_outbox_and_removes_it(team, tmp_path, capsys):
    target = Target.from_url(team.url())
    with open_outbox(target, TEAM_PASSWORD) as box:
        Records(box).create("breach", BREACH)
        Records(box).create("breach", {**BREACH, "title": "Second laptop"})
    manager = ["--register", team.url(password=""), "--password-file", _password_file(tmp_path)]
    code, out, err = run(capsys, "team", "push", *manager)
    assert (code, err) == (0, "")
    assert "Sent 2 breaches" in out and "removed" in out
    assert not has_outbox(target)
    with team.open() as reg:
        assert sorted(b["title"] for b in Records(reg).list("breach")) == ["Laptop stolen from a parked car",
                                                                          "Second laptop"]
    code, out, _ = run(capsys, "team", "push", *manager)
    assert code == 0 and "nothing to send" in out


def _recovery_file(tmp_path, key: str) -> str:
    path = tmp_path / "recovery.txt"
    path.write_text(f"Atlas Desktop team recovery key\n{key}\n")
    return str(path)


def test_upgrade_backs_up_then_migrates(team, tmp_path, capsys, monkeypatch, pg_cluster):
    owner = ["--url", team.admin_url, "--recovery-key-file", _recovery_file(tmp_path, team.recovery),
             "--backup-dir", str(tmp_path / "backups")]
    code, out, err = run(capsys, "team", "upgrade", *owner)
    assert (code, err) == (0, "") and "nothing to upgrade" in out
    assert not (tmp_path / "backups").exists()

    step = types.ModuleType("test_team_cli_step")
    step.VERSION, step.DESCRIPTION = migrations.SCHEMA_VERSION + 1, "a test step"
    step.up = lambda db: db.execute_sql('ALTER TABLE "person" ADD COLUMN "badge" TEXT')
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, step))
    code, out, err = run(capsys, "team", "upgrade", *owner, "--backup-method", "export")
    assert (code, err) == (0, "")
    assert f"to {step.VERSION}" in out and "export of every table" in out
    [backup] = (tmp_path / "backups").iterdir()
    assert str(backup) in out
    assert b'"table": "person"' in read_backup(backup, team.recovery)
    with pg_cluster.admin(team.database) as conn:
        assert conn.execute("SELECT version FROM schema_version").fetchone()[0] == step.VERSION


def test_upgrade_needs_the_recovery_key_and_the_owner(team, tmp_path, capsys):
    code, _, err = run(capsys, "team", "upgrade", "--url", team.admin_url, "--backup-dir", str(tmp_path))
    assert code == 2 and "recovery key is needed" in err
    code, _, err = run(capsys, "team", "upgrade", "--url", team.url(), "--recovery-key-file",
                       _recovery_file(tmp_path, team.recovery), "--backup-dir", str(tmp_path / "b"))
    assert code == 2 and "Only the schema's owner" in err
