"""`atlas --language CODE`: what a person reads comes out in that language, what a script reads stays English.

A small Romanian catalogue in tmp_path stands in for atlas_desktop/resources/translations/atlas_ro.ts (the lead writes the
real translations); the demo register gives findings to translate.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from atlas_desktop.core import i18n
from atlas_desktop.storage.demo import DEMO_PASSPHRASE, create_demo
from atlas_desktop.storage.settings import Settings

from conftest import run_cli
from tests.core.test_checks_language import forget_catalogues, write_catalogue

NO_REVIEW = "{name} has no security review recorded: check their guarantees and fill in {field}."
ROMANIAN = {
    ("checks", '{kind} "{title}"'): "{kind} \u201e{title}\u201d",
    ("spec", "Processor"): "Persoana împuternicită",
    ("spec", "Last security review"): "Ultima evaluare de securitate",
    ("checks", NO_REVIEW): "{name} nu are nicio evaluare de securitate înregistrată: verificați garanțiile și "
                           "completați {field}.",
    ("cli", "GAPS"): "LACUNE",
    ("cli", "OVERDUE"): "RESTANTE",
    ("cli", "%n gap(s)"): ("%n lacună", "%n lacune", "%n de lacune"),  # a plural message (tn)
    ("cli", "Duties"): "Obligații",
    ("breach", "Every breach is documented here, notified or not: the facts, the effects and the remedial action."):
        "Fiecare încălcare este documentată aici, notificată sau nu.",
}
PROCESSOR = "Contab Expert Constanța SRL"  # the demo's processor with no security review


@pytest.fixture
def romanian(tmp_path, monkeypatch) -> Iterator[None]:
    monkeypatch.setattr(i18n, "catalogue_path", lambda code: tmp_path / f"atlas_{code}.ts")
    write_catalogue(tmp_path / "atlas_ro.ts", ROMANIAN)
    forget_catalogues()
    yield
    i18n.use_language("en")
    forget_catalogues()


@pytest.fixture
def demo(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "demo.atlas"
    reg, _ = create_demo(path, DEMO_PASSPHRASE, actor="tester")
    reg.close()
    monkeypatch.setenv("ATLAS_PASSPHRASE", DEMO_PASSPHRASE)
    return path


def check(capsys, demo: Path, *options: str) -> tuple[int, str, str]:
    return run_cli(capsys, *options[:2], "check", "--register", str(demo), *options[2:])


def test_check_prints_the_findings_and_headings_in_the_language_asked(romanian, demo, capsys):
    code, out, err = check(capsys, demo, "--language", "ro")
    assert err == ""
    assert (f"Persoana împuternicită \u201e{PROCESSOR}\u201d nu are nicio evaluare de securitate înregistrată: "
            "verificați garanțiile și completați Ultima evaluare de securitate. (art. 28 alin. (1))") in out  # cited as the Romanian GDPR does
    assert "\nLACUNE (" in out and out.startswith("RESTANTE (")
    assert out.rstrip().endswith("lacune.")
    # A template with no Romanian yet stays English (with the record's name translated around it).
    assert "review it and record the date" in out
    assert i18n.language() == "en"  # main() leaves the process as it found it
    english_code, english, _ = check(capsys, demo)
    assert english_code == code  # exit codes do not depend on the language
    assert f'Processor "{PROCESSOR}" has no security review recorded' in english and "GAPS (" in english


def test_language_after_the_command_and_from_the_settings(romanian, demo, capsys):
    _, after, _ = run_cli(capsys, "check", "--register", str(demo), "--language", "ro")
    assert "LACUNE (" in after
    Settings(language="ro").save()
    _, from_settings, _ = check(capsys, demo)
    assert "LACUNE (" in from_settings
    _, asked, _ = check(capsys, demo, "--language", "en")  # the option wins over the settings
    assert "GAPS (" in asked


def test_json_stays_english_and_stable(romanian, demo, capsys):
    code_en, english, _ = check(capsys, demo, "--language", "en", "--json")
    code_ro, romanian_json, _ = check(capsys, demo, "--language", "ro", "--json")
    assert (code_ro, romanian_json) == (code_en, english)
    findings = json.loads(romanian_json)
    assert findings and all(set(f) == {"severity", "entity", "record", "message", "article"} for f in findings)
    assert {f["severity"] for f in findings} <= {"overdue", "due soon", "gap"}
    assert any(f["message"].startswith(f'Processor "{PROCESSOR}" has no security review') for f in findings)


def test_show_breach_explains_in_the_language_asked(romanian, demo, capsys):
    code, out, _ = run_cli(capsys, "--language", "ro", "show", "breach", "1", "--register", str(demo))
    assert code == 0
    assert "\n  Obligații\n" in out
    assert "Fiecare încălcare este documentată aici, notificată sau nu." in out
    assert "Assessment (ENISA 2013" in out  # not translated in this catalogue: English


def test_an_unknown_language_is_a_usage_error(demo, capsys):
    with pytest.raises(SystemExit) as stop:
        check(capsys, demo, "--language", "xx")
    assert stop.value.code == 2
    assert "--language" in capsys.readouterr().err
