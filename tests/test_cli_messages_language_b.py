"""The record, review, team sign-in and template commands of ``atlas`` speak the user's language.

Real commands on real registers in tmp_path, in the language chosen by ``LANGUAGE`` (the system's) or by
``--language``; the words are the shipped catalogues' (atlas_desktop/resources/translations). Counts take the language's plural
form; the help texts are translated when the parser is built; English output stays what it always was.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import PASSPHRASE, run_cli

from atlas_desktop import cli
from atlas_desktop.cli import records
from atlas_desktop.core import i18n
from atlas_desktop.core.entities import BY_KEY
from atlas_desktop.storage.demo import DEMO_PASSPHRASE, create_demo

ADDRESS = "postgresql://NAME@SERVER:5432/DATABASE"


@pytest.fixture
def reg_path(new_register, register_path, monkeypatch) -> Path:
    new_register[0].close()
    monkeypatch.setenv("ATLAS_PASSPHRASE", PASSPHRASE)
    return register_path


@pytest.fixture
def demo(tmp_path, monkeypatch) -> list[str]:
    reg, _ = create_demo(tmp_path / "demo.atlas", DEMO_PASSPHRASE, actor="tester")
    reg.close()
    monkeypatch.setenv("ATLAS_PASSPHRASE", DEMO_PASSPHRASE)
    return ["--register", str(tmp_path / "demo.atlas")]


# -- atlas add / list in Romanian (the system's language) ---------------------------------------------------
def test_a_bad_value_for_atlas_add_is_said_in_romanian(reg_path, monkeypatch, capsys):
    monkeypatch.setenv("LANGUAGE", "ro")
    r = ["--register", str(reg_path)]
    code, out, err = run_cli(capsys, "add", "breach", *r, "--set", "nonsense=1")
    assert (code, out) == (2, "")
    assert err == "atlas: Incident de securitate nu are câmpul 'nonsense'; consultați „atlas fields breach”.\n"
    code, _, err = run_cli(capsys, "add", "breach", *r, "--set", "title=Laptop furat", "--add", "title=x")
    assert code == 2
    assert err == ("atlas: --add funcționează pentru câmpurile de tip listă; title conține o singură valoare, "
                   "folosiți --set.\n")
    code, _, err = run_cli(capsys, "add", "breach", *r, "--set", "aware_at=ieri")
    assert code == 2 and err.startswith("atlas: Luare la cunoștință la (aware_at): ")

    code, out, err = run_cli(capsys, "add", "breach", *r, "--set", "title=Laptop furat", "--set",
                             "aware_at=2026-10-23 09:00", "--set", "description=Uitat în tren", "--set",
                             "cause=lost_stolen")
    assert (code, err) == (0, "") and out.endswith(" #1 „Laptop furat” a fost salvat.\n")
    code, out, _ = run_cli(capsys, "list", "breach", *r)
    assert code == 0 and out.endswith("\n1 incident de securitate.\n")  # the one-form of a plural message
    monkeypatch.setenv("LANGUAGE", "en")
    code, out, _ = run_cli(capsys, "list", "breach", *r)
    assert code == 0 and out.endswith("\n1 breach.\n")


def test_the_line_under_a_list_takes_each_languages_plural_form():
    breach, dpia, person = BY_KEY["breach"], BY_KEY["dpia"], BY_KEY["person"]
    i18n.use_language("ro")  # 1; 0 and 2-19; 20 and more take "de"
    assert [records._counted(breach, n) for n in (1, 3, 20)] == [
        "1 incident de securitate.", "3 incidente de securitate.", "20 de incidente de securitate."]
    i18n.use_language("fr")
    assert [records._counted(dpia, n) for n in (1, 2)] == ["1 AIPD.", "2 AIPD."]
    i18n.use_language("de")
    assert [records._counted(person, n) for n in (1, 2)] == ["1 Person.", "2 Mitarbeitende."]
    i18n.use_language("en")  # "DPIA" keeps its capitals (it read "2 dpias." before)
    assert [records._counted(e, n) for e in (breach, dpia, person, BY_KEY["consent"]) for n in (1, 2)] == [
        "1 breach.", "2 breaches.", "1 DPIA.", "2 DPIAs.", "1 person.", "2 staff.", "1 consent record.",
        "2 consents."]


# -- atlas review in French ------------------------------------------------------------------------------
def test_review_confirm_all_says_what_it_left_in_french_with_its_count(demo, capsys):
    assert run_cli(capsys, "--language", "fr", "review", "start", *demo)[0] == 0
    code, out, err = run_cli(capsys, "--language", "fr", "review", "confirm", "--all", *demo)
    status = json.loads(run_cli(capsys, "review", "status", "--json", *demo)[1])
    left = [i for i in status["items"] if i["decision"] == "open"]
    confirmed = status["counts"]["confirmed"]
    assert code == 1 and len(left) > 1 and confirmed > 1 and "Traceback" not in err
    assert out.startswith(f"{confirmed} éléments confirmés comme inchangés. {confirmed} sur {status['total']} "
                          "revus : ")
    assert (f"\n{len(left)} éléments demandent votre attention : ils n'ont donc pas été confirmés avec les "
            "autres.") in out
    assert out.count("à traiter : ") >= len(left)

    code, out, _ = run_cli(capsys, "--language", "fr", "review", "confirm", str(left[0]["id"]), "--note",
                           "Vérifié par le responsable", *demo)
    assert code == 0 and out.startswith("1 élément confirmé comme inchangé. ")  # French: 0 and 1 are singular
    code, out, _ = run_cli(capsys, "review", "confirm", str(left[1]["id"]), "--note", "Checked", *demo)
    assert code == 0 and out.startswith("Confirmed 1 item as unchanged. ")


def test_a_review_that_cannot_close_says_how_many_items_are_open_in_french(demo, tmp_path, capsys):
    assert run_cli(capsys, "review", "start", *demo)[0] == 0
    total = json.loads(run_cli(capsys, "review", "status", "--json", *demo)[1])["total"]
    pack = tmp_path / "pack.zip"
    code, out, _ = run_cli(capsys, "--language", "fr", "review", "close", "--out", str(pack), *demo)
    assert code == 1 and not pack.exists()
    assert f" ne peut pas encore être clôturée : {total} éléments restent ouverts.\n" in out


# -- team sign-in in German ------------------------------------------------------------------------------
def test_a_team_sign_in_usage_error_is_said_in_german(reg_path, capsys):
    code, out, err = run_cli(capsys, "--language", "de", "team", "users", "--register", str(reg_path))
    assert (code, out) == (2, "")
    assert err == (f"atlas: {reg_path} ist eine Registerdatei auf diesem Computer; dieser Befehl benötigt ein "
                   f"Teamregister: {ADDRESS} oder eine .atlas-team-Datei.\n")
    code, _, err = run_cli(capsys, "--language", "de", "team", "whoami")
    assert code == 2
    assert err == f"atlas: Geben Sie an, welches Teamregister: --register {ADDRESS} oder --register FILE.atlas-team.\n"
    _, _, english = run_cli(capsys, "team", "whoami")
    assert english == f"atlas: Say which team register: --register {ADDRESS}, or --register FILE.atlas-team.\n"


# -- atlas templates in Romanian -------------------------------------------------------------------------
def test_atlas_templates_in_romanian(monkeypatch, capsys):
    monkeypatch.setenv("LANGUAGE", "ro")
    code, out, _ = run_cli(capsys, "templates")
    assert code == 0
    assert "payroll" in out and "  Salarizare: Plata salariilor, a impozitelor și a contribuțiilor sociale\n" in out
    assert out.endswith("\nFiecare este un punct de plecare de ajustat. „atlas templates NAME” afișează unul; "
                        "„atlas add activity --template NAME” îl adaugă în registru.\n")
    code, out, _ = run_cli(capsys, "templates", "payroll")
    assert code == 0 and out.startswith("Șablonul payroll: Salarizare\n")


# -- help texts ------------------------------------------------------------------------------------------
def _help(parser, *path: str) -> str:
    for name in path:
        parser = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction").choices[name]
    return " ".join(parser.format_help().split())  # argparse wraps lines to the terminal's width


def test_the_help_texts_are_in_the_language_chosen_before_the_parser_is_built():
    i18n.use_language("de")
    parser = cli.build_parser()
    assert "Vorgefertigte Verarbeitungstätigkeiten, die die meisten kleinen Büros haben" in _help(parser, "templates")
    assert "die Überprüfung abschließen und das signierte Paket schreiben" in _help(parser, "review")
    assert "Exit-Code 1, wenn einer übrig bleibt" in _help(parser, "review", "confirm")
    assert "Teamregister: als NAME anmelden" in _help(parser, "team", "users")
    i18n.use_language("ro")
    assert "Scrie un raport PDF al registrului, semnat cu certificatul organizației (PAdES). Tipuri: ropa: " \
           "evidența conform art. 30;" in _help(cli.build_parser(), "report")
    i18n.use_language("en")
    assert "show this template in full" in _help(cli.build_parser(), "templates")
