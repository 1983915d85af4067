"""`atlas init` asks what the deadlines depend on and who you are; `atlas whoami` records your name.

The legal points checked here:
- Art. 12(3) GDPR: a request is answered within one month; the holidays of the organisation's country
  (and region) are skipped, so the organisation record must say which country (holiday_country).
- Art. 33(1) and 55 GDPR: a breach is notified within 72 hours to the competent supervisory authority,
  the one of the country of establishment: proposed from the country (core.authorities).
- Art. 5(2) (accountability) and Art. 30 GDPR: the record and its sign-offs must show who acted, so the
  audit trail names the person, never the operating-system account.
"""

from __future__ import annotations

import getpass
import json
import shlex

import pytest

from atlas_desktop.cli import terminal
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.register import Register
from atlas_desktop.storage.reviews import Reviews

from conftest import ORG, PASSPHRASE, run_cli

run = run_cli


@pytest.fixture(autouse=True)
def passphrase(monkeypatch):
    monkeypatch.setenv("ATLAS_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("ATLAS_USER_NAME", raising=False)


def _init(capsys, path, *extra: str) -> tuple[int, str, str]:
    return run(capsys, "init", "--register", str(path), "--org", ORG, *extra)


def _trail_actors(path) -> set[str]:
    with Register.open(path, passphrase=PASSPHRASE) as reg:
        return {e.actor for e in reg.audit.entries()}


def test_init_with_flags_records_the_country_authority_and_the_person(tmp_path, capsys):
    path = tmp_path / "office.atlas"
    code, out, err = _init(capsys, path, "--country", "RO", "--authority", "ANSPDCP", "--your-name", "Ana Pop",
                           "--your-role", "Office manager")
    assert code == 0, err
    with Register.open(path, passphrase=PASSPHRASE) as reg:
        org = Records(reg).get("organisation", 1)
        # Art. 12(3): Romania's holidays; Art. 33(1)/55: ANSPDCP with its form and phone; the capital's zone.
        assert (org["country"], org["holiday_country"], org["time_zone"]) == ("RO", "RO", "Europe/Bucharest")
        assert org["authority_name"].startswith("ANSPDCP")
        assert "dataprotection.ro" in org["authority_contact"] and "+40 318 059 211" in org["authority_contact"]
        assert "Magheru 28-30" in org["authority_contact"]  # the postal address (core.authorities)
        # No DPO: the person setting up answers for data protection (Art. 24, 30(1)(a)).
        assert org["responsible_name"] == "Ana Pop"
        assert reg.actor == "Ana Pop"
        entries = list(reg.audit.entries())
    # Art. 5(2): every entry of the new register names Ana Pop, none the computer's login.
    assert {e.actor for e in entries} == {"Ana Pop"}
    assert getpass.getuser() not in {e.actor for e in entries}
    assert "Ana Pop (Office manager)" in out and "Romania" in out
    # Naming her as the person responsible is said, with how to change it, not done silently.
    assert "person responsible for data protection" in out and "--set responsible_name=" in out


def test_a_review_started_later_is_signed_by_the_recorded_name(tmp_path, capsys):
    path = tmp_path / "office.atlas"
    assert _init(capsys, path, "--your-name", "Ana Pop")[0] == 0
    code, _, err = run(capsys, "review", "start", "--register", str(path))
    assert code == 0, err
    with Register.open(path, passphrase=PASSPHRASE) as reg:
        review = Reviews(Records(reg)).current()
        assert review is not None and review.started_by == "Ana Pop"
    assert _trail_actors(path) == {"Ana Pop"}


def test_at_a_terminal_each_answer_is_asked_and_a_wrong_one_asked_again(tmp_path, capsys, monkeypatch):
    typed = iter([ORG, "Narnia", "DE", "XX", "BY", "", "", "Ana Pop", "Office manager"])
    prompts: list[str] = []

    def answer(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(typed)

    monkeypatch.setattr(terminal, "interactive", lambda: True)
    monkeypatch.setattr("builtins.input", answer)
    path = tmp_path / "office.atlas"
    code, out, err = run(capsys, "init", "--register", str(path))
    assert code == 0, err
    assert "'Narnia' is not a country" in err and "'XX' is not a region of Germany" in err
    assert "differ by region in Germany" in err  # the regions are listed before the region is asked
    assert any("Your name" in p for p in prompts) and any("Your role" in p for p in prompts)
    with Register.open(path, passphrase=PASSPHRASE) as reg:
        org = Records(reg).get("organisation", 1)
        assert (org["country"], org["holiday_region"], org["time_zone"]) == ("DE", "BY", "Europe/Berlin")
        # Germany names no single authority: Enter kept the entry that says the Land's is competent.
        assert "federal state" in org["authority_name"]
        assert reg.meta("user_role") == "Office manager" and reg.actor == "Ana Pop"


@pytest.mark.parametrize(("flags", "says"), [
    (["--country", "ZZ", "--your-name", "Ana Pop"], "'ZZ' is not a country Atlas knows"),
    (["--country", "RO", "--region", "B", "--your-name", "Ana Pop"], "Romania's public holidays are the same"),
    (["--region", "BY", "--your-name", "Ana Pop"], "--region needs --country"),
    (["--country", "RO"], "--your-name"),
    (["--country", "RO", "--your-name", "   "], "--your-name cannot be empty"),
    (["--your-name", "Ana\x1b[2JPop"], "control character"),
])
def test_refusals_say_which_answer_and_write_nothing(tmp_path, capsys, flags, says):
    code, out, err = _init(capsys, tmp_path / "office.atlas", *flags)
    assert code == 2 and err.startswith("atlas: ") and err.count("\n") == 1 and says in err
    assert list(tmp_path.iterdir()) == []


def test_without_a_terminal_the_country_may_be_left_out_and_the_output_says_how_to_set_it(tmp_path, capsys):
    path = tmp_path / "office.atlas"
    code, out, err = _init(capsys, path, "--your-name", "Ana Pop")
    assert code == 0, err
    with Register.open(path, passphrase=PASSPHRASE) as reg:
        assert not Records(reg).get("organisation", 1).get("country")
    # The command the output gives, run as printed (Romania for CC), makes deadlines skip Romania's public
    # holidays (Art. 12(3)): setting only "country" would leave the holiday calendar ("holiday_country") unset.
    hint = out[out.index("atlas edit organisation"):].splitlines()[0].split(" (e.g.")[0]
    command = shlex.split(hint.replace("CC", "RO").replace("Continent/City", "Europe/Bucharest"))
    code, _, err = run(capsys, *command[1:], "--register", str(path))  # without "atlas"
    assert code == 0, err
    with Register.open(path, passphrase=PASSPHRASE) as reg:
        records = Records(reg)
        assert records.context().calendar.country == "RO"
        assert records.get("organisation", 1)["time_zone"] == "Europe/Bucharest"


def test_an_unnamed_register_is_named_with_whoami_and_its_changes_then_carry_the_name(register_path, capsys,
                                                                                      monkeypatch):
    # A register from before names were asked: nothing recorded, so "Unnamed user", never the login name.
    Register.create(register_path, PASSPHRASE, ORG)[0].close()
    monkeypatch.setattr(terminal, "person_reading", lambda: True)  # a person at the terminal
    code, out, err = run(capsys, "add", "processor", "--register", str(register_path), "--set", "name=Payroll Ltd")
    assert code == 0, err
    assert 'atlas whoami --set-name "Your Name"' in err  # told how to fix it
    code, out, err = run(capsys, "whoami", "--register", str(register_path))
    assert code == 0 and "No name is recorded" in out and err == ""
    code, out, err = run(capsys, "whoami", "--register", str(register_path), "--set-name", "Ana Pop",
                         "--set-role", "Office manager")
    assert code == 0 and "Recorded: Ana Pop (Office manager)" in out and err == ""
    code, out, err = run(capsys, "edit", "processor", "1", "--register", str(register_path),
                         "--set", "name=Payroll Services Ltd")
    assert code == 0 and err == ""
    with Register.open(register_path, passphrase=PASSPHRASE) as reg:
        entries = list(reg.audit.entries())
    by_record = {(e.entity, e.record, e.action): e.actor for e in entries}
    assert by_record[("processor", "1", "create")] == "Unnamed user"
    assert by_record[("processor", "1", "update")] == "Ana Pop"
    assert by_record[("register", "user_name", "create")] == "Ana Pop"
    assert getpass.getuser() not in {e.actor for e in entries}


def test_the_environment_names_the_person_for_one_script(register_path, capsys, monkeypatch):
    Register.create(register_path, PASSPHRASE, ORG)[0].close()
    monkeypatch.setenv("ATLAS_USER_NAME", "Night Script")
    code, _, err = run(capsys, "add", "processor", "--register", str(register_path), "--set", "name=Payroll Ltd")
    assert code == 0 and err == ""
    code, out, _ = run(capsys, "audit", "log", "--register", str(register_path), "--entity", "processor", "--json")
    assert [e["actor"] for e in json.loads(out)] == ["Night Script"]


def test_whoami_refuses_a_role_without_any_name(register_path, capsys):
    Register.create(register_path, PASSPHRASE, ORG)[0].close()
    code, _, err = run(capsys, "whoami", "--register", str(register_path), "--set-role", "Office manager")
    assert code == 2 and "--set-name" in err


@pytest.mark.parametrize("name", ["Night\x1b[2JScript", "x" * 121])
def test_a_name_from_the_environment_is_checked_as_a_typed_one_is(register_path, capsys, monkeypatch, name):
    # Art. 5(2): the trail names a person in a name every listing and PDF can show; ATLAS_USER_NAME is held to the
    # rules of --your-name and 'whoami --set-name', and a refusal says which setting to correct, writing nothing.
    Register.create(register_path, PASSPHRASE, ORG)[0].close()
    before = _trail_actors(register_path)
    monkeypatch.setenv("ATLAS_USER_NAME", name)
    code, _, err = run(capsys, "add", "processor", "--register", str(register_path), "--set", "name=Payroll Ltd")
    assert code == 2 and err.startswith("atlas: The name in ATLAS_USER_NAME ") and err.count("\n") == 1
    assert _trail_actors(register_path) == before
    code, _, err = _init(capsys, register_path.with_name("other.atlas"))
    assert code == 2 and "ATLAS_USER_NAME" in err and not register_path.with_name("other.atlas").exists()
