"""Counts in the headless layers agree with their number (issue 18): ``core.i18n.tn`` plural messages.

English: "1 hour", "5 hours", "1 day", "5 days" through the real checks and the rights-requests report on a real
register in tmp_path (a request 1 day overdue, one 5 and one 20 days overdue; breach clocks 1 hour past, 1 and 5
hours left). Other languages: a fixture catalogue in tmp_path with plural ("numerus") messages, as lupdate writes
them for ``tn``, proves each count picks its language's form:
- Romanian has three (Qt Linguist's Romanian numerus rule, qttools' numerus.cpp, the same as CLDR's one / few /
  other): 1 takes the first; 0 and 2–19 (also 101–119) the second; 20 and up the third, because in Romanian
  grammar a numeral from 20 on is joined to its noun with "de" ("5 zile", "20 de zile"; DOOM2, GALR).
- French treats 0 and 1 as singular (Qt's French rule n <= 1; CLDR "one": i = 0,1): "0 jour", "1 jour", "2 jours".
Finally every plural message of the modules that count is checked statically: literal arguments, and every
{placeholder} besides %n filled by the ``.format`` after it.
"""

from __future__ import annotations

import ast
import datetime as dt
import io
import string
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from atlas_desktop.core import i18n
from atlas_desktop.core.checks import hours_phrase, run_checks
from atlas_desktop.core.i18n import tn
from atlas_desktop.storage.records import Records
from tests.core.test_checks_language import Words, forget_catalogues, write_catalogue

ROOT = Path(__file__).resolve().parents[2]
UTC = dt.UTC
D = dt.date
# Wednesday 18 November 2026, 12:00 in Bucharest (EET). No Romanian public holiday falls in October or November
# before the 30th, so a request's due date is one month after receipt, moved past weekends only.
NOW = dt.datetime(2026, 11, 18, 10, 0, tzinfo=UTC)
REQUESTS = {  # requester -> received on (due one month later: Tue 17 Nov, Fri 13 Nov, Thu 29 Oct)
    "One Day": D(2026, 10, 17), "Five Days": D(2026, 10, 13), "Twenty Days": D(2026, 9, 29)}
BREACHES = {  # title -> when the organisation became aware (the 72-hour clock of Art. 33(1) runs from there)
    "Late by an hour": NOW - dt.timedelta(hours=73, minutes=30),
    "An hour left": NOW - dt.timedelta(hours=70, minutes=30),
    "Five hours left": NOW - dt.timedelta(hours=67)}
# The modules whose counts are plural messages (tn), as the extractor reads them.
COUNTING = ["core/checks_base.py", "core/checks_rules.py", "core/checks_breach.py", "core/checks_retention.py",
            "core/breach_duties.py", "core/breach_assessment.py", "exports/reports.py", "exports/review_pack.py",
            "cli/overview.py", "cli/assessment.py",
            *(f"exports/{p.name}" for p in sorted((ROOT / "atlas_desktop" / "exports").glob("report_*.py"))
              if p.name != "report_breach_forms.py"),
            *(f"exports/{p.name}" for p in sorted((ROOT / "atlas_desktop" / "exports").glob("pdf_*.py")))]


def breach(title: str, aware_at: dt.datetime) -> dict:
    """A breach the manager judged a risk (so the authority must be notified, Art. 33(1)), not notified yet."""
    return {"title": title, "aware_at": aware_at, "description": "Invoices sent to the wrong client.",
            "consequences": "Names and amounts seen by another client.", "containment": "Asked them to delete it.",
            "impact": ["confidentiality"], "data_categories": ["contact"], "identifiability": "maximum",
            "confidentiality_loss": "exposed", "risk_override": "risk", "override_reason": "Judged by hand.",
            "risk_reasoning": "Another client saw the amounts.", "notify_authority": "yes"}


@pytest.fixture
def office(new_register) -> Records:
    reg, _ = new_register
    records = Records(reg)
    records.save_organisation({"time_zone": "Europe/Bucharest", "holiday_country": "RO",
                               "email": "office@acme.example", "responsible_name": "Maria Ionescu"})
    for requester, received in REQUESTS.items():
        records.create("rights_request", {"requester": requester, "right": "access", "received_on": received},
                       now=NOW)
    for title, aware in BREACHES.items():
        records.create("breach", breach(title, aware), now=NOW)
    return records


@pytest.fixture
def speak(tmp_path, monkeypatch) -> Iterator[Callable[[Words, str], None]]:
    """``speak(words, code)``: that language from a catalogue of exactly ``words``; English again afterwards."""
    monkeypatch.setattr(i18n, "catalogue_path", lambda code: tmp_path / f"atlas_{code}.ts")

    def install(words: Words, code: str) -> None:
        write_catalogue(tmp_path / f"atlas_{code}.ts", words, code)
        forget_catalogues()
        i18n.use_language(code)

    yield install
    i18n.use_language("en")
    forget_catalogues()


CLOCKS = {"request-overdue", "breach-notification-overdue", "breach-notification-due"}


def messages(records: Records) -> dict[str, str]:
    """The message of each request's and breach's deadline finding, by the record's title."""
    found = run_checks(records.snapshot(), records.context(now=NOW))
    return {f.title: f.message for f in found if f.code in CLOCKS}


def report_text(records: Records) -> str:
    from atlas_desktop.exports.reports import report_bytes

    pdf = PdfReader(io.BytesIO(report_bytes(records, "rights-requests", now=NOW)))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in pdf.pages)


# -- English: the singular where the count is 1, the plural as before everywhere else ----------------------------
def test_english_counts_agree_in_the_findings(office):
    assert [r["due_on"] for r in office.list("rights_request", order_by="received_on")] == [
        D(2026, 10, 29), D(2026, 11, 13), D(2026, 11, 17)]
    said = messages(office)
    assert "had to be answered by 2026-11-17 (yesterday;" in said["One Day"]
    assert "had to be answered by 2026-11-13 (5 days ago;" in said["Five Days"]
    assert "had to be answered by 2026-10-29 (20 days ago;" in said["Twenty Days"]
    assert said["Late by an hour"].endswith("(1 hour ago); give the reasons for the delay.")
    assert said["An hour left"].endswith("(1 hour left).")
    assert said["Five hours left"].endswith("(5 hours left).")


def test_english_counts_agree_in_the_report(office):
    text = report_text(office)
    assert "Overdue by 1 day" in text and "Overdue by 1 days" not in text
    assert "Overdue by 5 days" in text and "Overdue by 20 days" in text


def test_english_forms_of_the_phrases():
    assert [hours_phrase(h) for h in (1.5, 2, 72, 96)] == ["1 hour", "2 hours", "72 hours", "4 days"]
    assert tn("reports", "Due in %n day(s)", 0) == "Due in 0 days"  # English: 0 is plural
    assert tn("cli", "%n processing activit(y|ies)", 1) == "1 processing activity"
    assert tn("breach", "{count} (person|people) (is|are) affected", 1).format(count="1") == "1 person is affected"


# -- Romanian: three forms ------------------------------------------------------------------------------------------
ROMANIAN = {
    ("checks", "%n day(s) ago"): ("acum %n zi", "acum %n zile", "acum %n de zile"),
    ("reports", "Overdue by %n day(s)"): ("Întârziere de %n zi", "Întârziere de %n zile",
                                          "Întârziere de %n de zile"),
}


def test_romanian_picks_one_few_or_the_form_with_de(speak):
    speak(ROMANIAN, "ro")
    forms = {n: tn("checks", "%n day(s) ago", n) for n in (1, 5, 20, 0, 19, 101, 119, 120)}
    assert forms == {1: "acum 1 zi", 5: "acum 5 zile", 20: "acum 20 de zile", 0: "acum 0 zile", 19: "acum 19 zile",
                     101: "acum 101 zile", 119: "acum 119 zile", 120: "acum 120 de zile"}


def test_romanian_counts_in_real_findings_and_the_report(speak, office):
    speak(ROMANIAN, "ro")
    said = messages(office)  # the sentences have no Romanian yet: English around the Romanian count
    assert "(acum 5 zile;" in said["Five Days"] and "(acum 20 de zile;" in said["Twenty Days"]
    text = report_text(office)
    assert "Întârziere de 1 zi" in text and "Întârziere de 5 zile" in text and "Întârziere de 20 de zile" in text


def test_a_plural_message_not_translated_yet_keeps_the_english_forms(speak):
    speak(ROMANIAN, "ro")
    assert hours_phrase(1.5) == "1 hour" and hours_phrase(20) == "20 hours"  # not English with a Romanian form


# -- French: 0 and 1 are singular -----------------------------------------------------------------------------------
def test_french_zero_and_one_are_singular(speak):
    from atlas_desktop.cli.overview import _count

    speak({("cli", "%n gap(s)"): ("%n lacune", "%n lacunes"), ("checks", "%n hour(s)"): ("%n heure", "%n heures")},
          "fr")
    assert [_count(n, "gap") for n in (0, 1, 2, 20)] == ["0 lacune", "1 lacune", "2 lacunes", "20 lacunes"]
    assert [hours_phrase(h) for h in (1.2, 2, 72)] == ["1 heure", "2 heures", "72 heures"]
    i18n.use_language("en")
    assert [_count(n, "gap") for n in (0, 1, 2)] == ["0 gaps", "1 gap", "2 gaps"]


# -- every plural message: literal, marked, and filled ---------------------------------------------------------------
def plural_calls() -> list[tuple[str, ast.Call, ast.Call | None]]:
    """(module, the tn() call, the ``.format(...)`` call filling it, if any) across the counting modules."""
    found = []
    for module in COUNTING:
        tree = ast.parse((ROOT / "atlas_desktop" / module).read_text("utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tn":
                parent = parents[node]
                filler = parents[parent] if isinstance(parent, ast.Attribute) and parent.attr == "format" else None
                found.append((module, node, filler))  # type: ignore[arg-type]
    return found


def test_every_plural_message_is_literal_and_its_placeholders_are_filled():
    found = plural_calls()
    assert len(found) >= 25
    for module, call, filler in found:
        assert all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in call.args[:2]), module
        text = call.args[1].value  # type: ignore[attr-defined]
        one, other = i18n.english_forms(text)
        assert "%n" in text or one != other, f"{module}: {text!r} shows no count"
        names = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
        if filler is not None:
            assert names <= {k.arg for k in filler.keywords}, f"{module}: {text!r}"
        elif names:  # filled later, from a variable: the consent's age template, filled with the other words
            assert text.startswith("{name}: consent to an online service"), f"{module}: {text!r} is not filled"


def test_no_count_is_left_in_a_singular_only_template():
    """The old twins ("1 hour"/"{n} hours") and counted nouns in t() are gone from the counting modules."""
    leftovers = []
    for module in COUNTING:
        tree = ast.parse((ROOT / "atlas_desktop" / module).read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "t" \
                    and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant):
                text = str(node.args[1].value)
                # ({hours} is a phrase hours_phrase already counted: "26 hours", "1 hour".)
                if any(mark in text for mark in ("{n}", "{days}", "1 hour", "1 day", "1 gap", "1 breach")):
                    leftovers.append(f"{module}: {text}")
    assert leftovers == []
