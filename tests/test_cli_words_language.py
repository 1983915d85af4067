"""The ``atlas`` command's own sentences (confirmations, warnings, prompts' errors, counts) in the user's language.

A small French catalogue in tmp_path stands in for atlas_desktop/resources/translations/atlas_fr.ts (the lead writes the real
translations). What scripts read stays put: exit codes, ``--json``, and ``atlas verify``'s VALID token and
column; English output is what it always was.
"""

from __future__ import annotations

import ast
import json
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

from atlas_desktop.cli import output
from atlas_desktop.core import i18n
from atlas_desktop.storage.demo import DEMO_PASSPHRASE, create_demo

from conftest import run_cli
from tests.core.test_checks_language import forget_catalogues, write_catalogue

UNENCRYPTED = "Wrote {path}. It is not encrypted: keep it somewhere safe, and delete it when done."
FRENCH = {
    ("cli", "Wrote {path}, signed by {signer} (certificate SHA-256 {fingerprint}…)."):
        "{path} écrit, signé par {signer} (certificat SHA-256 {fingerprint}…).",
    ("cli", "It holds personal data and is not encrypted: share it only with those who need it."):
        "Il contient des données personnelles et n'est pas chiffré : ne le partagez qu'avec ceux qui en ont besoin.",
    ("cli", UNENCRYPTED): "{path} écrit. Il n'est pas chiffré : gardez-le en lieu sûr et supprimez-le après usage.",
    ("cli", "Wrote {count} {records} to {path}. It is not encrypted: keep it somewhere safe, and delete it when "
            "done."): "{count} {records} écrits dans {path}. Il n'est pas chiffré : gardez-le en lieu sûr.",
    ("spec", "Processors"): "Sous-traitants",
    ("cli", "%n entr(y|ies)"): ("%n entrée", "%n entrées"),
    ("cli", "Backup verified and written to {path} ({entries} in the audit trail, head {head}…)."):
        "Sauvegarde vérifiée et écrite dans {path} ({entries} dans la piste d'audit, tête {head}…).",
    ("cli", "The {kind} report is about one record: give its number with --id ('atlas list {entity}' shows "
            "them)."): "Le rapport {kind} porte sur un seul enregistrement : donnez son numéro avec --id.",
    ("cli", "Covers whole file:"): "Couvre tout le fichier :",
    ("cli", "Result:"): "Résultat :",
    ("cli", "yes — {why}"): "oui — {why}",
    ("cli", "the signed content is unchanged"): "le contenu signé est inchangé",
}
FINGERPRINT = "certificate SHA-256 "


@pytest.fixture
def french(tmp_path, monkeypatch) -> Iterator[None]:
    monkeypatch.setattr(i18n, "catalogue_path", lambda code: tmp_path / f"atlas_{code}.ts")
    write_catalogue(tmp_path / "atlas_fr.ts", FRENCH, code="fr")
    forget_catalogues()
    yield
    i18n.use_language("en")
    forget_catalogues()


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ATLAS_KDF_SECONDS", "0")
        reg, _ = create_demo(folder / "demo.atlas")
    reg.close()
    return folder / "demo.atlas"


@pytest.fixture
def unlock(demo, monkeypatch) -> list[str]:
    monkeypatch.setenv("ATLAS_PASSPHRASE", DEMO_PASSPHRASE)
    return ["--register", str(demo)]


def test_report_says_where_it_wrote_who_signed_and_the_warning_in_french(french, unlock, tmp_path, capsys):
    out = tmp_path / "ropa.pdf"
    code, said, err = run_cli(capsys, "--language", "fr", "report", "ropa", *unlock, "--out", str(out))
    assert (code, err) == (0, "")
    first, warning = said.splitlines()
    assert first.startswith(f"{out} écrit, signé par ") and "(certificat SHA-256 " in first
    assert warning == ("Il contient des données personnelles et n'est pas chiffré : ne le partagez qu'avec ceux "
                       "qui en ont besoin.")
    english_out = tmp_path / "ropa-en.pdf"
    _, english, _ = run_cli(capsys, "report", "ropa", *unlock, "--out", str(english_out))
    assert english.startswith(f"Wrote {english_out}, signed by ") and FINGERPRINT in english
    assert english.endswith("\nIt holds personal data and is not encrypted: share it only with those who need it.\n")


def test_exports_warn_in_french_with_the_register_named_in_french(french, unlock, tmp_path, capsys):
    book = tmp_path / "register.xlsx"
    code, said, _ = run_cli(capsys, "--language", "fr", "export", "xlsx", *unlock, "--out", str(book))
    assert code == 0
    assert said == f"{book} écrit. Il n'est pas chiffré : gardez-le en lieu sûr et supprimez-le après usage.\n"
    table = tmp_path / "processors.csv"
    code, said, _ = run_cli(capsys, "--language", "fr", "export", "csv", *unlock, "--entity", "processor",
                            "--out", str(table))
    assert code == 0 and f" sous-traitants écrits dans {table}. Il n'est pas chiffré" in said
    _, english, _ = run_cli(capsys, "export", "xlsx", *unlock, "--out", str(book))
    assert english == f"Wrote {book}. It is not encrypted: keep it somewhere safe, and delete it when done.\n"


def test_a_count_takes_the_languages_plural_form(french, unlock, tmp_path, capsys):
    code, said, _ = run_cli(capsys, "--language", "fr", "backup", *unlock, "--out", str(tmp_path / "b.atlas-backup"))
    assert code == 0 and said.startswith("Sauvegarde vérifiée et écrite dans ")
    assert " entrées dans la piste d'audit, tête " in said
    i18n.use_language("fr")
    # Qt's French rule: 0 and 1 take the singular.
    assert [output.entries(n) for n in (0, 1, 2)] == ["0 entrée", "1 entrée", "2 entrées"]
    i18n.use_language("en")
    assert [output.entries(n) for n in (0, 1, 2)] == ["0 entries", "1 entry", "2 entries"]


def test_a_usage_error_is_said_in_french_with_the_same_exit_code(french, unlock, tmp_path, capsys):
    args = ("report", "dpia", *unlock, "--out", str(tmp_path / "d.pdf"))
    code, _, err = run_cli(capsys, "--language", "fr", *args)
    assert (code, err) == (2, "atlas: Le rapport dpia porte sur un seul enregistrement : donnez son numéro avec "
                              "--id.\n")
    english_code, _, english = run_cli(capsys, *args)
    assert english_code == code
    assert english == ("atlas: The dpia report is about one record: give its number with --id ('atlas list dpia' "
                       "shows them).\n")


def test_verify_keeps_its_column_and_the_valid_token(french, unlock, tmp_path, capsys):
    report = tmp_path / "ropa.pdf"
    assert run_cli(capsys, "report", "ropa", *unlock, "--out", str(report))[0] == 0
    code, said, _ = run_cli(capsys, "--language", "fr", "verify", str(report), *unlock)
    lines = said.splitlines()
    assert code == 0 and "Couvre tout le fichier :  oui — " in said
    # The longest label sets the column: every value starts two characters after it.
    column = len("Couvre tout le fichier :") + 2
    assert all(len(line) > column and line[column - 2:column] == "  " and line[column] != " "
               for line in lines[:8] if not line.startswith("Couvre"))
    assert "Résultat :" + " " * (column - len("Résultat :")) + "VALID" in lines
    assert "Intact:" + " " * (column - len("Intact:")) + "oui — le contenu signé est inchangé" in lines
    _, english, _ = run_cli(capsys, "verify", str(report), *unlock)
    assert "Result:             VALID\n" in english and "Intact:             yes — " in english


def test_json_stays_english(french, unlock, capsys):
    _, french_json, _ = run_cli(capsys, "--language", "fr", "list", "processor", *unlock, "--json")
    _, english_json, _ = run_cli(capsys, "list", "processor", *unlock, "--json")
    assert french_json == english_json and json.loads(french_json)


CLI = Path(__file__).resolve().parents[1] / "atlas_desktop" / "cli"
OWN = ("backup", "doctor", "exports", "init", "keys", "opening", "output", "records", "reports", "review", "team",
       "team_data", "team_signin", "templates", "terminal", "values")


def test_every_template_formatted_on_the_spot_gets_exactly_its_placeholders():
    """``t("cli", …).format(…)``: a name missing would raise KeyError in one language only, once a translator
    used it; a name too many means a value the English leaves out."""
    checked = 0
    for name in OWN:
        tree = ast.parse((CLI / f"{name}.py").read_text("utf-8"))
        for node in ast.walk(tree):
            call = node.func.value if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr == "format" else None
            if isinstance(call, ast.Call) and getattr(call.func, "id", "") in ("t", "tn") \
                    and isinstance(call.args[1], ast.Constant):
                wanted = {f for _, f, _, _ in string.Formatter().parse(call.args[1].value) if f}
                assert {k.arg for k in node.keywords} == wanted, f"{name}.py:{node.lineno}"
                checked += 1
    assert checked > 100
