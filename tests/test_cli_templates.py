"""`atlas templates` and `atlas add activity --template NAME` on a real register."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PASSPHRASE, run_cli

from atlas_desktop.core.activity_templates import TEMPLATES
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.register import Register


@pytest.fixture
def reg_path(new_register, register_path, monkeypatch) -> Path:
    new_register[0].close()
    monkeypatch.setenv("ATLAS_PASSPHRASE", PASSPHRASE)
    return register_path


def activities(path: Path) -> list[dict]:
    with Register.open(path, passphrase=PASSPHRASE) as reg:
        return Records(reg).list("activity")


def test_templates_lists_every_template_and_shows_one_in_full_without_a_register(capsys):
    code, out, _ = run_cli(capsys, "templates")
    assert code == 0
    for t in TEMPLATES:
        assert f"{t.key}" in out and t.name in out
    assert "starting point" in out and "atlas add activity --template NAME" in out
    code, out, _ = run_cli(capsys, "templates", "cctv")
    assert code == 0
    assert "Template cctv: CCTV" in out and "Legitimate interests" in out and "para. 121" in out
    code, _, err = run_cli(capsys, "templates", "pension")
    assert code == 2 and "atlas: There is no activity template called 'pension'" in err


def test_add_activity_from_several_templates_saves_them_all(reg_path, capsys):
    code, out, err = run_cli(capsys, "add", "activity", "--register", str(reg_path), "--template", "payroll",
                             "--template", "newsletter")
    assert code == 0, err
    assert 'Saved processing activity #1 "Payroll" from a template.' in out
    assert 'Saved processing activity #2 "Newsletter" from a template.' in out
    saved = activities(reg_path)
    assert sorted(a["name"] for a in saved) == ["Newsletter", "Payroll"]
    assert {p["bases"][0] for a in saved for p in a["purposes"]} == {"contract", "legal_obligation", "consent",
                                                                     "legitimate_interests"}


def test_one_template_takes_set_and_add_on_top(reg_path, capsys):
    code, _, err = run_cli(capsys, "add", "activity", "--register", str(reg_path), "--template", "newsletter",
                           "--set", "name=Monthly letter", "--add", "systems=Mailchimp")
    assert code == 0, err
    (saved,) = activities(reg_path)
    assert saved["name"] == "Monthly letter"
    assert saved["systems"] == ["Email service", "Mailchimp"]  # --add appends to the template's list
    assert saved["purposes"][0]["bases"] == ["consent"]


@pytest.mark.parametrize(("argv", "message"), [
    (("add", "breach", "--template", "payroll"), "Templates are for processing activities only"),
    (("add", "activity", "--template", "pension"), "There is no activity template called 'pension'"),
    (("add", "activity", "--template", "payroll", "--template", "cctv", "--set", "name=X"),
     "--set, --add and --from-json change one record: give them with one --template at a time"),
])
def test_a_wrong_template_command_is_one_plain_line_and_saves_nothing(reg_path, capsys, argv, message):
    code, out, err = run_cli(capsys, *argv, "--register", str(reg_path))
    assert code == 2 and err.startswith(f"atlas: {message}") and "Traceback" not in err
    assert activities(reg_path) == []
