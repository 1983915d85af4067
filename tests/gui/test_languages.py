"""Atlas in Romanian, French and German (issue 18): complete catalogues, the regulators' own terms, and every
window rendered in each language with nothing left in English, cut off or unfilled.

The legal terms are those of the official language versions of Regulation (EU) 2016/679 (EUR-Lex, OJ L 119,
4.5.2016): Art. 4(7) "operator" / "responsable du traitement" / "Verantwortlicher", Art. 4(8) "persoană
împuternicită de operator" / "sous-traitant" / "Auftragsverarbeiter", Art. 4(1) "persoană vizată" /
"personne concernée" / "betroffene Person", Art. 4(12) "încălcarea securității datelor cu caracter personal"
/ "violation de données à caractère personnel" / "Verletzung des Schutzes personenbezogener Daten".
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from atlas_desktop.core import i18n

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "atlas_desktop" / "resources" / "translations"
TRANSLATED = [code for code in i18n.AVAILABLE if code != i18n.ENGLISH]
PLACEHOLDER = re.compile(r"\{\w*(?:[:!][^{}]*)?\}|%\d|%n")
TAG = re.compile(r"</?([a-zA-Z]+)")


def messages(code: str) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(FOLDER / f"atlas_{code}.ts").getroot().iter("context"):
        for message in context.iter("message"):
            found[(context.findtext("name") or "", message.findtext("source") or "")] = message
    return found


def targets(message: ET.Element) -> list[str]:
    """A message's translation, or each of a plural message's forms ("" where missing)."""
    node = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in node.iter("numerusform")]
    return [node.text or ""]


def accelerators(text: str) -> int:
    return len(re.findall(r"&(?=[^&\s])", text.replace("&&", "")))


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_message_is_translated(code):
    english, translated = messages("en"), messages(code)
    assert set(translated) == set(english), "run `make translations`: the catalogues hold different messages"
    unfinished = [source for (_ctx, source), m in translated.items()
                  if m.find("translation").get("type") == "unfinished" or not all(targets(m))]
    assert unfinished == [], f"{len(unfinished)} {code} messages untranslated, e.g. {unfinished[:3]}"


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_keep_placeholders_markup_and_one_accelerator(code):
    wrong = []
    for (ctx, source), message in messages(code).items():
        plural = message.get("numerus") == "yes"
        for target in targets(message):
            if not target:
                continue  # untranslated: test_every_message_is_translated says so
            # A plural form may spell the number out ("o zi" for 1): %n is optional there, the rest is not.
            wanted = [p for p in PLACEHOLDER.findall(source) if not plural or p != "%n"]
            if sorted(wanted) != sorted(p for p in PLACEHOLDER.findall(target) if not plural or p != "%n"):
                wrong.append(f"{ctx}: placeholders {source[:50]!r} -> {target[:50]!r}")
            if sorted(TAG.findall(source)) != sorted(TAG.findall(target)):
                wrong.append(f"{ctx}: markup {source[:50]!r}")
            if accelerators(source) != accelerators(target):
                wrong.append(f"{ctx}: Alt+letter {source[:40]!r} -> {target[:40]!r}")
    assert wrong == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_compiled_catalogue_is_current(code, tmp_path):
    """The .qm the GUI loads is the .ts compiled (lrelease is deterministic): nobody ships a stale one."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    fresh = tmp_path / f"atlas_{code}.qm"
    subprocess.run([str(lrelease), "-silent", str(FOLDER / f"atlas_{code}.ts"), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == (FOLDER / f"atlas_{code}.qm").read_bytes(), "run `make translations`"


# The GDPR's own words for the roles and the breach, per official language version (see the docstring).
OFFICIAL = {
    "ro": {"Controller": "operator", "Processor": "împuternicit", "personal data breach":
           "încălcare", "data subject": "persoan"},
    "fr": {"Controller": "responsable du traitement", "Processor": "sous-trait",
           "personal data breach": "violation", "data subject": "personne"},
    "de": {"Controller": "verantwortlich", "Processor": "auftragsverarbeit|avv",
           "personal data breach": "verletzung", "data subject": "betroffene"},
}


@pytest.mark.parametrize("code", TRANSLATED)
def test_roles_and_breaches_use_the_regulations_own_words(code):
    """Art. 4(7), 4(8), 4(1), 4(12) in the official language versions: every spec text naming the English term
    names the official one (the vocabulary's role terms, the breach register's help)."""
    words = OFFICIAL[code]
    wrong = []
    for (ctx, source), message in messages(code).items():
        if ctx != "spec":
            continue
        target = " ".join(targets(message)).lower()
        if not target.strip():
            continue  # untranslated: test_every_message_is_translated says so
        for english, official in words.items():
            # "joint controller" is Art. 26's own term ("operatori asociați", "responsables conjoints", …)
            named = re.search(rf"(?<!joint )\b{re.escape(english.lower())}\b", source.lower())
            if named and not re.search(official, target):  # "AVV": the Auftragsverarbeitungsvertrag's own short form
                wrong.append(f"{english!r} -> {official!r} missing in {target[:70]!r}")
    assert wrong == []


def test_settings_language_follows_the_system_unless_chosen(monkeypatch):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "ro_RO.UTF-8")
    assert i18n.resolve("") == "ro" and i18n.resolve("fr") == "fr" and i18n.resolve("de_AT") == "de"
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    assert i18n.resolve("") == "en"  # not shipped: English rather than a half-translated app
    monkeypatch.setenv("LANGUAGE", "pt:fr")
    assert i18n.resolve(None) == "fr"  # the first of the user's list that Atlas has


@pytest.mark.parametrize("code", TRANSLATED)
def test_headless_words_come_from_the_same_catalogue(code):
    """core.i18n reads atlas_<code>.ts itself: a spec label reads as the GUI shows it."""
    try:
        i18n.use_language(code)
        translated = messages(code)[("spec", "Processing activity")].findtext("translation")
        assert i18n.spec("Processing activity") == translated != "Processing activity"
        assert i18n.t("no such context", "Processing activity") == "Processing activity"  # falls back, no error
        assert i18n.format_number(1234.5) != "1,234.5"  # the language's own marks (CLDR)
    finally:
        i18n.use_language("en")


# -- every window, in each language ---------------------------------------------------------------------------
def probe(tmp_path: Path, code: str) -> list[dict]:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                                                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    shots = Path(os.environ.get("ATLAS_SCREENSHOTS") or tmp_path) / f"language-{code}"
    shots.mkdir(parents=True, exist_ok=True)
    out = tmp_path / "probe.json"
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "ATLAS_PROBE_LANGUAGE": code}
    done = subprocess.run([sys.executable, "-m", "tests.gui.screen_probe", str(out), str(shots)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(out.read_text())


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_window_reads_right_in_the_language(tmp_path, code):
    from tests.gui.test_screen_fit import misfits
    results = probe(tmp_path, code)
    assert {"main-window", "main-breach", "editor-breach-record", "preferences", "create-wizard",
            "review-items", "unlock", "welcome"} <= {r["name"] for r in results}
    problems = [p for r in results for p in r["problems"]]
    assert problems == [], f"{len(problems)} problems:\n" + "\n".join(problems[:60])
    assert misfits(results) == []  # longer words must not push a window off a 1366×768 laptop
