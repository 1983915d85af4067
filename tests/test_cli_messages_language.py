"""The ``atlas`` command's help, argparse's own words and the command's last-resort lines in the user's language.

The language is chosen before the parser is built (``--language`` read from the words first, else Preferences,
else the system's), so ``--help``, "usage:", argparse's errors and Atlas's own messages all speak it. These run
the real command against the real catalogues (atlas_desktop/resources/translations); ``--json`` and English stay as they were.
"""

from __future__ import annotations

import argparse
import gettext
import os
import subprocess
import sys
from pathlib import Path

import pytest

from atlas_desktop.cli import overview
from atlas_desktop.core import i18n
from atlas_desktop.storage.settings import Settings

from conftest import PASSPHRASE, run_cli

ROOT = Path(__file__).resolve().parents[1]


def flat(text: str) -> str:
    """Help as one line: argparse wraps it at the terminal's width."""
    return " ".join(text.split())


def parse_exit(capsys, *argv: str) -> tuple[int, str, str]:
    """``atlas ARGV`` that argparse ends (help, or its own error): (exit code, stdout, stderr)."""
    from atlas_desktop import cli

    with pytest.raises(SystemExit) as ended:
        cli.main(list(argv))
    out, err = capsys.readouterr()
    return int(ended.value.code or 0), out, err


def test_help_is_in_romanian_when_the_system_speaks_romanian():
    """The installed entry point, in a process of its own, with only the environment saying Romanian."""
    env = {**os.environ, "LANGUAGE": "ro"}
    result = subprocess.run([sys.executable, "-m", "atlas_desktop.cli", "--help"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    said = result.stdout
    assert said.startswith("utilizare: atlas ")
    assert "\nopțiuni:\n" in said
    said = flat(said)
    assert "Atlas Desktop: registrul RGPD criptat al biroului dumneavoastră." in said
    assert "afișează acest mesaj de ajutor și iese" in said and "afișează versiunea programului și iese" in said
    assert "creează un registru nou" in said  # a command's help (init), built in the chosen language
    assert "limba în care afișează atlas: en, ro, fr, de" in said
    assert "usage:" not in said and "show this help message" not in said


def test_a_commands_help_in_german_from_the_option(capsys):
    code, said, _ = parse_exit(capsys, "--language", "de", "backup", "--help")
    assert code == 0
    assert said.startswith("Aufruf: atlas backup ")
    assert "\nOptionen:\n" in said
    said = flat(said)
    assert "diese Hilfe anzeigen und beenden" in said
    assert "nach F schreiben statt in den rotierenden Sicherungsordner" in said
    assert "stattdessen mit dem Wiederherstellungsschlüssel aus F entsperren" in said  # the common options too


def test_the_language_set_in_preferences_is_the_helps_when_none_is_asked(capsys):
    Settings(language="fr").save()
    code, said, _ = parse_exit(capsys, "export", "--help")
    assert code == 0 and said.startswith("utilisation : atlas export ")
    assert "un seul classeur : couverture, registre art. 30, chaque registre, constats" in flat(said)  # xlsx
    # The option still wins over Preferences, also written --language=CODE.
    _, german, _ = parse_exit(capsys, "--language=de", "export", "--help")
    assert german.startswith("Aufruf: atlas export ")


def test_a_usage_error_in_german(capsys, tmp_path):
    taken = tmp_path / "taken.atlas"
    taken.write_bytes(b"")
    code, _, err = run_cli(capsys, "--language", "de", "demo", "--register", str(taken))
    assert code == 2
    assert err == (f"atlas: Unter {taken} gibt es bereits eine Datei; wählen Sie einen anderen Pfad für das "
                   "Demo-Register.\n")
    english_code, _, english = run_cli(capsys, "demo", "--register", str(taken))
    assert english_code == code
    assert english == f"atlas: A file already exists at {taken}; choose another path for the demo register.\n"


def test_argparses_own_errors_in_french(capsys):
    code, _, err = parse_exit(capsys, "--language", "fr", "backup", "--bogus")
    assert code == 2
    # Left over once the command's options are read: the top parser says so, with its usage.
    assert err.startswith("utilisation : atlas [-h] ")
    assert err.endswith("atlas : erreur : arguments non reconnus : --bogus\n")
    _, _, err = parse_exit(capsys, "--language", "fr", "restore")
    assert err.endswith("atlas restore : erreur : les arguments suivants sont obligatoires : --from\n")
    _, _, err = parse_exit(capsys, "--language", "fr", "frobnicate")
    assert "atlas : erreur : argument COMMAND : choix non valide : 'frobnicate' (choisissez parmi 'init', " in err
    _, _, err = parse_exit(capsys, "--language", "fr", "audit", "log", "--limit", "many")
    assert "erreur : argument --limit : valeur int non valide : 'many'\n" in err
    # Which is what English says in its own words, with the same exit code.
    english_code, _, english = parse_exit(capsys, "backup", "--bogus")
    assert english_code == 2
    assert english.startswith("usage: atlas [-h] ") and english.endswith(
        "atlas: error: unrecognized arguments: --bogus\n")
    assert argparse._ is gettext.gettext  # argparse's own lookup is handed back after each run


def test_a_wrong_passphrase_is_said_in_romanian(capsys, new_register, register_path, monkeypatch):
    monkeypatch.setenv("ATLAS_PASSPHRASE", PASSPHRASE + "-not")
    code, _, err = run_cli(capsys, "--language", "ro", "doctor", "--register", str(register_path))
    i18n.use_language("ro")
    romanian = i18n.t("storage", "Wrong passphrase.")  # storage's sentence, as the catalogue has it
    i18n.use_language("en")
    assert romanian != "Wrong passphrase."
    assert (code, err) == (2, f"atlas: {romanian}\n")
    assert run_cli(capsys, "doctor", "--register", str(register_path))[1:] == ("", "atlas: Wrong passphrase.\n")


def test_an_interrupted_command_says_so_in_romanian(capsys, monkeypatch):
    def interrupted(args, settings):  # noqa: ANN001, ANN202 - a command's signature
        raise KeyboardInterrupt

    monkeypatch.setattr(overview, "cmd_fields", interrupted)  # read by the parser when main() builds it
    code, _, err = run_cli(capsys, "--language", "ro", "fields")
    assert (code, err) == (2, "atlas: întrerupt; nu s-a mai modificat nimic.\n")
    assert run_cli(capsys, "fields")[2] == "atlas: interrupted; nothing more was changed.\n"


def test_json_keeps_the_parser_and_its_errors_english(capsys):
    """A script's contract does not change with the user's language: with --json even argparse says English."""
    code, _, err = parse_exit(capsys, "--language", "fr", "audit", "log", "--json", "--limit", "many")
    assert code == 2 and "error: argument --limit: invalid int value: 'many'" in err
    code, _, err = run_cli(capsys, "--language", "fr", "audit", "log", "--json", "--since", "yesterday")
    assert (code, err) == (2, "atlas: --since takes a date like 2026-11-22 or 2026-11-22T14:30, not 'yesterday'.\n")
    assert i18n.language() == "en"
