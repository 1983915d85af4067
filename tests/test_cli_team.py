"""`atlas team` and every `--register` command on a team register: a real PostgreSQL server, the real CLI.

Issue 17: "`atlas team init --url …` creates the schema and roles; `atlas team add-user NAME --role editor`
and `remove-user`"; the register is chosen "by how the register is opened: a path, or a `postgresql://`
URL (or a small `.atlas-team` connection file)"; "`atlas audit verify` and signed reports work the same on
both back ends".
"""

from __future__ import annotations

import json
import stat
from dataclasses import dataclass
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from conftest import ORG, run_cli

from atlas_desktop.cli.team_signin import TEAM_PASSWORD_ENV
from tests import pg_server

run = run_cli
MANAGER_PW = "lantern-orbit-pepper-canal"
EDITOR_PW = "copper-meadow-lantern-88"
READER_PW = "quiet-harbour-violet-51"
BREACH = ["--set", "title=Laptop left on a train", "--set", "aware_at=2026-12-01 09:30",
          "--set", "description=An unencrypted laptop with payroll files."]


@dataclass
class Office:
    """A team register made with `atlas team init`, with ana (editor) and ion (reader) added by maria."""

    cluster: object
    database: str
    file: Path       # the .atlas-team connection file `init --save` wrote (user: maria)
    secrets: Path    # a folder of password files, one per person

    def url(self, person: str = "maria", password: str | None = None) -> str:
        return self.cluster.url(self.database, user=person, password=password or {
            "maria": MANAGER_PW, "ana": EDITOR_PW, "ion": READER_PW}.get(person, ""))

    def pw_file(self, person: str) -> str:
        return str(self.secrets / person)

    def as_(self, person: str) -> list[str]:
        """Sign in through the connection file, the password from a file."""
        return ["--register", str(self.file), "--user", person, "--password-file", self.pw_file(person)]


def _secret(folder: Path, name: str, value: str) -> Path:
    path = folder / name
    path.write_text(value + "\n")
    return path


@pytest.fixture(autouse=True)
def _no_team_password(monkeypatch):
    monkeypatch.delenv(TEAM_PASSWORD_ENV, raising=False)
    monkeypatch.delenv("ATLAS_NEW_TEAM_PASSWORD", raising=False)


def _init(capsys, cluster, tmp_path: Path, *extra: str) -> tuple[int, str, str, str]:
    database = cluster.new_database()
    code, out, err = run(capsys, "team", "init", "--url", cluster.url(database), "--org", ORG, "--manager", "maria",
                         "--manager-password-file", str(_secret(tmp_path, "maria", MANAGER_PW)), *extra)
    return code, out, err, database


@pytest.fixture
def office(pg_cluster, tmp_path, capsys) -> Office:
    secrets = tmp_path / "secrets"
    secrets.mkdir()
    code, _, err, database = _init(capsys, pg_cluster, secrets, "--save", str(tmp_path / "office.atlas-team"),
                                   "--recovery-key-out", str(tmp_path / "recovery.txt"))
    assert (code, err) == (0, "")
    made = Office(pg_cluster, database, tmp_path / "office.atlas-team", secrets)
    for person, role, password in (("ana", "editor", EDITOR_PW), ("ion", "reader", READER_PW)):
        code, _, err = run(capsys, "team", "add-user", person, "--role", role, *made.as_("maria"),
                           "--new-password-file", str(_secret(secrets, person, password)))
        assert (code, err) == (0, "")
    return made


def _one_plain_line(err: str) -> None:
    assert err.startswith("atlas: ") and err.count("\n") == 1 and "Traceback" not in err


# -- init -------------------------------------------------------------------------------------------------
def test_init_creates_the_register_shows_the_recovery_key_once_and_saves_a_connection_file(pg_cluster, tmp_path,
                                                                                         capsys):
    code, out, err, database = _init(capsys, pg_cluster, tmp_path, "--save", str(tmp_path / "office"))
    assert (code, err) == (0, "")
    assert f"Created the team register for {ORG} on 127.0.0.1:{pg_cluster.port}/{database}" in out
    key_lines = [line.strip() for line in out.splitlines() if line.startswith("    ")]
    assert len(key_lines) == 1 and len(key_lines[0]) > 20  # the key, shown once, on its own line
    saved = json.loads((tmp_path / "office.atlas-team").read_text())  # the suffix is added
    assert saved["user"] == "maria" and saved["database"] == database and "password" not in saved
    assert pg_server.SUPERUSER_PASSWORD not in out + err and MANAGER_PW not in out + err

    code, out, _ = run(capsys, "team", "whoami", "--register", str(tmp_path / "office.atlas-team"),
                       "--password-file", str(tmp_path / "maria"))
    assert code == 0
    assert "Signed in as:    maria" in out and "Role:            manager" in out and f"Organisation:    {ORG}" in out

    # A second init on the same database is refused plainly and changes nothing.
    code, out, err = run(capsys, "team", "init", "--url", pg_cluster.url(database), "--org", "Other", "--manager",
                         "maria", "--manager-password-file", str(tmp_path / "maria"))
    assert code == 2 and out == "" and "already holds a team register" in err
    _one_plain_line(err)


def test_init_writes_the_recovery_key_to_a_private_file_and_refuses_weak_passwords_first(pg_cluster, tmp_path,
                                                                                       capsys):
    weak = _secret(tmp_path, "weak", "password1234")
    database = pg_cluster.new_database()
    argv = ["team", "init", "--url", pg_cluster.url(database), "--org", ORG, "--manager", "maria"]
    code, out, err = run(capsys, *argv, "--manager-password-file", str(weak))
    assert code == 2 and out == "" and err.startswith("atlas: The password is too easy to guess")
    code, out, err = run(capsys, *argv, "--manager-password-file", str(_secret(tmp_path, "maria", MANAGER_PW)),
                         "--recovery-key-out", str(tmp_path / "key.txt"), "--save", str(tmp_path / "o.atlas-team"))
    assert (code, err) == (0, "")  # the weak attempt left the database empty
    assert stat.S_IMODE((tmp_path / "key.txt").stat().st_mode) == 0o600
    key = (tmp_path / "key.txt").read_text().splitlines()[-1]
    assert key not in out and "written to" in out


def test_init_without_a_new_password_at_a_non_terminal_is_refused(pg_cluster, capsys):
    code, _, err = run(capsys, "team", "init", "--url", pg_cluster.url(pg_cluster.new_database()), "--org", ORG,
                       "--manager", "maria")
    assert code == 2 and "No new password given for maria: use --manager-password-file" in err


# -- records, exports, reports on the team register ---------------------------------------------------------
def test_the_editor_adds_a_breach_and_the_others_read_it_by_address_file_and_environment(office, capsys,
                                                                                          monkeypatch):
    code, out, err = run(capsys, "add", "breach", "--register", office.url("ana"), *BREACH)
    assert (code, err) == (0, "")
    assert out.strip() == 'Saved breach #1 "Laptop left on a train".'

    code, out, _ = run(capsys, "list", "breach", *office.as_("ion"))
    assert code == 0 and "Laptop left on a train" in out and "1 breach." in out
    monkeypatch.setenv(TEAM_PASSWORD_ENV, READER_PW)
    code, out, _ = run(capsys, "show", "breach", "1", "--register", office.url("ion", password=""))
    assert code == 0 and "payroll files" in out and "Assessment" in out
    code, out, _ = run(capsys, "list", "breach", "--json", "--register", str(office.file), "--user", "ion")
    assert code == 0 and json.loads(out)[0]["title"] == "Laptop left on a train"

    code, out, _ = run(capsys, "audit", "log", "--entity", "breach", "--json", "--register", office.url("maria"))
    assert code == 0 and [e["actor"] for e in json.loads(out)] == ["ana"]  # signed in as herself, named so


def test_a_reader_cannot_add_and_is_told_why(office, capsys):
    code, out, err = run(capsys, "add", "breach", *office.as_("ion"), *BREACH)
    assert code == 2 and out == ""
    _one_plain_line(err)
    assert "does not allow" in err and "a manager can give you another role" in err
    code, out, _ = run(capsys, "list", "breach", *office.as_("ion"))
    assert code == 0 and out.strip() == "No breaches yet."


def test_export_report_and_verify_work_on_the_team_register(office, tmp_path, capsys):
    assert run(capsys, "add", "breach", *office.as_("ana"), *BREACH)[0] == 0
    code, out, _ = run(capsys, "export", "xlsx", *office.as_("ion"), "--out", str(tmp_path / "r.xlsx"))
    assert code == 0 and (tmp_path / "r.xlsx").read_bytes()[:2] == b"PK"

    pdf = tmp_path / "breach.pdf"
    code, out, err = run(capsys, "report", "breach", "--id", "1", *office.as_("ana"), "--out", str(pdf))
    assert (code, err) == (0, "")
    assert out.startswith(f"Wrote {pdf}, signed by {ORG}")
    signatures = PdfFileReader(pdf.open("rb")).embedded_signatures
    assert len(signatures) == 1 and signatures[0].field_name

    code, out, _ = run(capsys, "verify", str(pdf), *office.as_("ion"))
    assert code == 0 and "Result:             VALID" in out
    anchor = next(line.split(":", 1)[1].strip() for line in out.splitlines() if line.startswith("Audit anchor"))
    code, out, _ = run(capsys, "audit", "verify", *office.as_("ion"), "--anchor", anchor)
    assert code == 0 and out.startswith("OK ")

    pem = tmp_path / "org.pem"
    assert run(capsys, "cert", "export", *office.as_("ion"), "--out", str(pem))[0] == 0
    code, out, _ = run(capsys, "verify", str(pdf), "--cert", str(pem))
    assert code == 0 and "Trusted:            yes" in out


def test_doctor_check_and_audit_verify_on_the_team_register(office, capsys):
    assert run(capsys, "add", "breach", *office.as_("ana"), *BREACH)[0] == 0
    code, out, err = run(capsys, "doctor", *office.as_("maria"))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith(f"Team register 127.0.0.1:{office.cluster.port}/{office.database} (schema ")
    assert lines[1].startswith("OK      signed in as maria (manager); ")
    assert any(line.startswith("OK      audit trail: ") for line in lines)
    assert "OK      records: every record matches its audit trail" in lines
    assert lines[-1].startswith("NOTE    no key file or backups to check")
    assert not any(line.startswith("PROBLEM") for line in lines)

    code, out, _ = run(capsys, "audit", "verify", *office.as_("ion"))
    assert code == 0 and out.startswith("OK ")
    code, out, _ = run(capsys, "check", *office.as_("ion"))
    assert code in (0, 1) and out
    code, out, _ = run(capsys, "--register", office.url("ion"))  # no command: the health check, as for a file
    assert code == 0 and out.startswith("Team register ")


# -- people ----------------------------------------------------------------------------------------------
def test_users_lists_people_roles_and_keys(office, capsys):
    code, out, _ = run(capsys, "team", "users", *office.as_("maria"))
    assert code == 0
    rows = [line.split() for line in out.splitlines()[1:-1]]
    assert rows == [["maria", "manager", "yes", "yes"], ["ana", "editor", "yes", "yes"],
                    ["ion", "reader", "yes", "yes"]]
    assert out.splitlines()[-1] == "3 people."
    # A reader sees who is in and their roles; whether the others hold a key is for managers to see.
    code, out, _ = run(capsys, "team", "users", "--json", *office.as_("ion"))
    people = json.loads(out)
    assert people[1] == {"person": "ana", "app_role": "editor", "can_sign_in": True, "has_key": None}
    assert people[2] == {"person": "ion", "app_role": "reader", "can_sign_in": True, "has_key": True}


def test_only_a_manager_adds_people_and_no_one_removes_themselves(office, capsys):
    code, _, err = run(capsys, "team", "add-user", "eve", "--role", "manager", *office.as_("ana"),
                       "--new-password-file", office.pw_file("ion"))
    assert code == 2 and "Only a manager can add people" in err
    _one_plain_line(err)
    code, _, err = run(capsys, "team", "remove-user", "maria", *office.as_("maria"))
    assert code == 2 and "cannot remove yourself" in err
    code, _, err = run(capsys, "team", "add-user", "eve", "--role", "editor", *office.as_("maria"))
    assert code == 2 and "No password given for eve" in err
    code, _, err = run(capsys, "team", "add-user", "Eve Smith", "--role", "editor", *office.as_("maria"), "--generate")
    assert code == 2 and "cannot be a sign-in name" in err


def test_remove_user_stops_the_person_signing_in(office, capsys):
    code, out, err = run(capsys, "team", "remove-user", "ana", *office.as_("maria"))
    assert (code, err) == (0, "") and out.startswith("Removed ana: they can no longer open")
    code, out, err = run(capsys, "list", "breach", *office.as_("ana"))
    assert code == 2 and out == ""
    _one_plain_line(err)
    assert EDITOR_PW not in err  # (the wording is the server's: "not permitted to log in" or "permission denied")
    code, out, _ = run(capsys, "team", "users", "--json", *office.as_("maria"))
    assert "ana" not in [m["person"] for m in json.loads(out)]
    code, out, _ = run(capsys, "audit", "log", "--entity", "team", *office.as_("maria"))
    assert "maria        delete  team/ana" in out


def test_a_generated_password_is_shown_once_and_signs_in(office, capsys):
    code, out, err = run(capsys, "team", "add-user", "eve", "--role", "editor", *office.as_("maria"), "--generate")
    assert (code, err) == (0, "")
    assert "Added eve to the team register as an editor." in out
    password = next(line.rsplit(" ", 1)[1] for line in out.splitlines() if line.startswith("Their password"))
    assert len(password) == 24 and out.count(password) == 1
    assert f"--register postgresql://eve@127.0.0.1:{office.cluster.port}/{office.database}" in out
    code, out, _ = run(capsys, "team", "whoami", "--register", office.url("eve", password))
    assert code == 0 and "Role:            editor" in out


def test_password_change_rewraps_the_key_and_the_old_password_stops_working(office, tmp_path, capsys):
    new = _secret(tmp_path, "new", "amber-falcon-rivers-204")
    code, out, err = run(capsys, "team", "password", *office.as_("ana"), "--new-password-file", str(new))
    assert (code, err) == (0, "") and "Your password was changed" in out
    code, _, err = run(capsys, "list", "breach", *office.as_("ana"))
    assert code == 2 and "the name or the password is wrong" in err
    code, _, _ = run(capsys, "add", "breach", "--register", str(office.file), "--user", "ana", "--password-file",
                     str(new), *BREACH)
    assert code == 0
    code, _, err = run(capsys, "team", "password", *office.as_("ion"), "--new-password-file", office.pw_file("ion"))
    assert code == 2 and "the one you have now" in err
    # Sign-ins belong to the whole server, which the other tests share: ana gets her password back.
    code, _, err = run(capsys, "team", "password", "--register", str(office.file), "--user", "ana",
                       "--password-file", str(new), "--new-password-file", office.pw_file("ana"))
    assert (code, err) == (0, "")


# -- errors: plain, one line, no secret ------------------------------------------------------------------
def test_a_wrong_password_is_one_plain_line_without_the_password(office, capsys):
    code, out, err = run(capsys, "list", "breach", "--register", office.url("ana", "wrong-password-here-1"))
    assert code == 2 and out == ""
    _one_plain_line(err)
    assert "the name or the password is wrong" in err and "wrong-password-here-1" not in err


def test_an_unreachable_server_is_said_plainly(capsys):
    port = pg_server._free_port()  # nothing listens there
    code, out, err = run(capsys, "list", "breach", "--register", f"postgresql://ana:{EDITOR_PW}@127.0.0.1:{port}/x")
    assert code == 2 and out == ""
    _one_plain_line(err)
    assert "cannot be reached" in err and EDITOR_PW not in err


def test_no_password_and_no_name_at_a_non_terminal_are_refused_plainly(office, capsys):
    code, _, err = run(capsys, "list", "breach", "--register", str(office.file), "--user", "ana")
    assert (code, err) == (2, f"atlas: No password given: use --password-file, the {TEAM_PASSWORD_ENV} variable, "
                              "or a terminal.\n")
    code, _, err = run(capsys, "list", "breach", "--register", f"postgresql://127.0.0.1/{office.database}")
    assert code == 2 and "No sign-in name given" in err and "--user NAME" in err
    code, _, err = run(capsys, "team", "users", "--password-file", office.pw_file("ana"))
    assert code == 2 and "Say which team register" in err


@pytest.mark.parametrize("argv, says", [
    (["backup"], "backed up by whoever runs the server"),
    (["restore", "--from", "x.atlas-backup"], "restores it from the server's backups"),
    (["passphrase", "change"], "'atlas team password' changes your own password"),
    (["recovery-key", "reissue"], "'atlas team init'"),
    (["remember"], "Atlas keeps no team password on this computer"),
    (["remember", "--forget"], "nothing to forget"),
    (["init", "--org", "X"], "atlas team init --url"),
    (["demo"], "file on this computer"),
])
def test_local_file_commands_say_they_do_not_apply_before_signing_in(argv, says, capsys):
    port = pg_server._free_port()  # not reached: the refusal comes first
    code, out, err = run(capsys, *argv, "--register", f"postgresql://ana:{EDITOR_PW}@127.0.0.1:{port}/x")
    assert code == 2 and out == ""
    _one_plain_line(err)
    assert f"'atlas {argv[0]}' does not apply to a team register." in err and says in err


def test_options_for_the_other_kind_of_register_are_refused(tmp_path, capsys):
    code, _, err = run(capsys, "list", "breach", "--register", "postgresql://ana@127.0.0.1:1/x", "--passphrase-file",
                       str(_secret(tmp_path, "p", "x")))
    assert code == 2 and "--passphrase-file is for a register file on this computer" in err
    code, _, err = run(capsys, "list", "breach", "--register", str(tmp_path / "office.atlas"), "--user", "ana")
    assert code == 2 and "--user is for a team register" in err
    code, _, err = run(capsys, "team", "users", "--register", str(tmp_path / "office.atlas"))
    assert code == 2 and "this command needs a team register" in err


# -- at a terminal ------------------------------------------------------------------------------------------
def _terminal(monkeypatch, *typed: str) -> list[str]:
    """Pretend stdin is a terminal where ``typed`` are typed, in turn, at the hidden prompts (returns the prompts)."""
    from atlas_desktop.cli import terminal

    answers, prompts = list(typed), []
    monkeypatch.setattr(terminal, "interactive", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": prompts.append(prompt) or answers.pop(0))
    return prompts


def test_at_a_terminal_a_mistyped_password_is_asked_again(office, capsys, monkeypatch):
    prompts = _terminal(monkeypatch, "not-her-password-at-all", EDITOR_PW)
    code, out, err = run(capsys, "list", "breach", "--register", str(office.file), "--user", "ana")
    assert (code, out.strip()) == (0, "No breaches yet.")
    assert prompts == [f"Password for ana @ 127.0.0.1:{office.cluster.port}/{office.database}: "] * 2
    assert err.count("the name or the password is wrong") == 1 and "not-her-password" not in err


def test_at_a_terminal_the_sign_in_name_is_asked_for(office, capsys, monkeypatch):
    _terminal(monkeypatch, READER_PW)
    monkeypatch.setattr("builtins.input", lambda prompt="": "ion")
    code, out, _ = run(capsys, "team", "whoami", "--register", f"postgresql://127.0.0.1:{office.cluster.port}/"
                       f"{office.database}")
    assert code == 0 and "Signed in as:    ion" in out


def test_init_at_a_terminal_asks_for_the_managers_password_twice_and_refuses_a_weak_one(pg_cluster, tmp_path,
                                                                                       capsys, monkeypatch):
    prompts = _terminal(monkeypatch, "password1234", MANAGER_PW, "typo-" + MANAGER_PW, MANAGER_PW, MANAGER_PW,
                        MANAGER_PW)
    code, out, err = run(capsys, "team", "init", "--url", pg_cluster.url(pg_cluster.new_database()), "--org", ORG,
                         "--manager", "maria", "--save", str(tmp_path / "o.atlas-team"))
    assert code == 0 and "maria is its first manager" in out
    assert prompts == ["New password for maria: ", "New password for maria: ", "Type it again: ",
                       "New password for maria: ", "Type it again: "]
    assert "The password is too easy to guess" in err and "The two passwords differ" in err
    code, out, _ = run(capsys, "team", "whoami", "--register", str(tmp_path / "o.atlas-team"))
    assert code == 0 and "Role:            manager" in out  # signed in with the password typed at the prompt


# -- imported history -------------------------------------------------------------------------------------
def test_audit_verify_and_doctor_report_problems_in_imported_history(office, capsys, monkeypatch):
    import sys
    import types

    fake = types.ModuleType("atlas_desktop.storage.team_import")
    fake.verify_segments = lambda reg: ["the history imported from office.atlas does not end where its seal says"]
    monkeypatch.setitem(sys.modules, "atlas_desktop.storage.team_import", fake)
    code, out, _ = run(capsys, "audit", "verify", *office.as_("ion"))
    assert code == 1
    assert "BROKEN the history imported from office.atlas does not end where its seal says" in out.splitlines()
    code, out, _ = run(capsys, "doctor", *office.as_("ion"))
    assert code == 1 and "PROBLEM the history imported from office.atlas does not end where its seal says" in out


def test_a_recovery_key_file_that_cannot_be_written_is_shown_instead_of_lost(pg_cluster, tmp_path, capsys):
    code, out, err, _ = _init(capsys, pg_cluster, tmp_path, "--recovery-key-out", str(tmp_path / "no" / "key.txt"))
    assert code == 0 and "cannot write the recovery key" in err
    assert "It is shown only this once" in out and len([ln for ln in out.splitlines() if ln.startswith("    ")]) == 1
