"""Signed PDF reports in the user's language (issue 18): the report's own words, the specs' labels and the
dates of its running text follow ``core.i18n``; the register's data and the values' ISO dates do not.

Each test builds a real report from a real register with the real pipeline (layout, signing) and reads it
back with pypdf. The translations come from a small Qt Linguist catalogue written here, so the tests
prove the mechanism, not the shipped translations.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from conftest import ORG
from pypdf import PdfReader

from atlas_desktop.core import i18n
from atlas_desktop.exports.reports import build_report
from atlas_desktop.exports.signing import verify_pdf
from atlas_desktop.storage.certificate import load
from atlas_desktop.storage.records import Records

NOW = dt.datetime(2026, 3, 30, 7, 30, tzinfo=dt.UTC)  # 09:30 CEST in Paris

# A few of the report templates, and two spec labels, in each language. Between them the translations hold
# every letter the brief names (ș ț ă î â é è ç ä ö ü ß), so reading them back proves the fonts show them.
CATALOGUES = {
    "fr": {
        ("reports", "Staff training"): "Formation du personnel à la protection des données",
        ("reports", "Summary"): "Synthèse",
        ("reports", "Generated"): "Généré le",
        ("reports", "Page {page} of {pages}"): "Page {page} sur {pages}",
        ("reports", "Training log"): "Registre des formations reçues",
        ("reports", "Current staff"): "Personnel en poste",
        ("reports", "Signature"): "Signature électronique",
        ("spec", "Course"): "Intitulé de la formation",
    },
    "ro": {
        ("reports", "Staff training"): "Instruirea personalului în protecția datelor",
        ("reports", "Summary"): "Sinteză",
        ("reports", "Generated"): "Întocmit",
        ("reports", "Page {page} of {pages}"): "Pagina {page} din {pages}",
        ("reports", "Training log"): "Registrul instruirilor și al certificatelor",
        ("reports", "With valid training today"): "Cu instruire valabilă până astăzi",
        ("reports", "Signature"): "Semnătură",
        ("reports", "Digitally signed (PAdES)"): "Semnat digital (PAdES)",
        ("reports", "Signer:"): "Semnatar:",
    },
    "de": {
        ("reports", "Staff training"): "Datenschutzschulung der Beschäftigten",
        ("reports", "Training log"): "Schulungsnachweise – Übersicht",
        ("reports", "Register state"): "Stand des Verzeichnisses gemäß Protokoll",
        ("reports", "Handling special-category data without valid training"):
            "Besondere Kategorien ohne gültige Schulung (zugehörige Personen)",
        ("reports", "Page {page} of {pages}"): "Seite {page} von {pages}",
    },
}
LETTERS = "șțăîâéèçäöüßȘȚĂÎÂÉÈÇÄÖÜ"


def write_catalogue(path: Path, code: str, words: dict[tuple[str, str], str]) -> None:
    """A minimal ``atlas_<code>.ts`` as Qt Linguist writes it: finished translations by context."""
    contexts: dict[str, list[str]] = {}
    for (context, source), translation in words.items():
        contexts.setdefault(context, []).append(
            f"<message><source>{escape(source)}</source><translation>{escape(translation)}</translation></message>")
    body = "".join(f"<context><name>{name}</name>{''.join(messages)}</context>" for name, messages in contexts.items())
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="{code}">{body}</TS>',
                    "utf-8")


@pytest.fixture
def catalogues(tmp_path, monkeypatch):
    """The fixture catalogues in place of the shipped ones; English again afterwards, whatever happens."""
    folder = tmp_path / "translations"
    folder.mkdir()
    for code, words in CATALOGUES.items():
        write_catalogue(folder / f"atlas_{code}.ts", code, words)
    monkeypatch.setattr(i18n, "catalogue_path", lambda code: folder / f"atlas_{code}.ts")
    i18n.forget()
    yield folder
    i18n.use_language("en")
    i18n.forget()


@pytest.fixture
def records(new_register):
    """A small register: an office in Paris, two people and their training."""
    reg, _ = new_register
    reg.actor = "Ana Pop"
    recs = Records(reg)
    recs.save_organisation({"time_zone": "Europe/Paris", "country": "FR", "email": "dpo@acme.example"})
    ana = recs.create("person", {"name": "Ana Pop", "role": "Dispatcher"})
    recs.create("person", {"name": "Jürgen Weiß", "role": "Fahrer", "handles_special_category": True})
    recs.create("training", {"person": ana, "course": "GDPR basics for dispatch", "completed_on": dt.date(2026, 1, 15),
                             "valid_months": 12})
    return recs


def text_of(path: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


def test_a_french_report_has_french_words_and_dates_and_still_the_register_data(catalogues, records, tmp_path):
    i18n.use_language("fr")
    path = build_report(records, "training", tmp_path / "fr.pdf", now=NOW)
    text = text_of(path)
    pages = len(PdfReader(path).pages)
    for words in ("Formation du personnel à la protection des données", "Synthèse",
                  "Registre des formations reçues", "Personnel en poste", "Signature électronique",
                  "Intitulé de la formation", f"Page 1 sur {pages}"):
        assert words in text, words
    # "When the report was made" is running text: the language's own date (CLDR), in the office's zone.
    assert "Généré le 30 mars 2026" in text and "(UTC+02:00, Europe/Paris)" in text
    assert "2026-03-30 09:30" not in text
    # The register's data, as recorded; a record's dates keep the codec's ISO form (as in the exports).
    for data in ("Ana Pop", "Dispatcher", "Jürgen Weiß", "GDPR basics for dispatch", "2026-01-15", "2027-01-15", ORG):
        assert data in text, data
    assert "Staff training" not in text and "Page 1 of" not in text
    assert PdfReader(path).trailer["/Root"]["/Lang"] == "fr"


def test_english_is_unchanged_with_a_translation_installed(catalogues, records, tmp_path):
    i18n.use_language("fr")
    i18n.use_language("en")
    path = build_report(records, "training", tmp_path / "en.pdf", now=NOW)
    text = text_of(path)
    assert "Staff training" in text and "Summary" in text and "Training log" in text
    assert "Generated 2026-03-30 09:30 CEST (UTC+02:00, Europe/Paris)" in text and "Page 1 of" in text
    assert "Synthèse" not in text and "sur" not in text.split()
    assert PdfReader(path).trailer["/Root"]["/Lang"] == "en"


def test_a_signed_romanian_report_still_verifies(catalogues, records, tmp_path):
    i18n.use_language("ro")
    path = build_report(records, "training", tmp_path / "ro.pdf", now=NOW)
    result = verify_pdf(path, load(records.reg).cert_pem)
    assert result.ok and result.intact and result.trusted and result.covers_whole_file, result.problem
    head = records.reg.audit.head()
    assert result.audit_anchor == f"{head.count}:{head.head}"  # the machine-read reason survives translation
    text = text_of(path)
    for words in ("Instruirea personalului în protecția datelor", "Sinteză", "Întocmit", "Semnătură",
                  "Registrul instruirilor și al certificatelor", "Cu instruire valabilă până astăzi",
                  "Semnat digital (PAdES)", f"Semnatar: {ORG}, made by Ana Pop"):
        assert words in text, words
    assert "Întocmit 30 mar. 2026" in text  # Romanian CLDR date


@pytest.mark.parametrize("code", ["fr", "ro", "de"])
def test_the_embedded_dejavu_fonts_have_and_show_every_letter(catalogues, records, tmp_path, code):
    """The translated words come back out of the PDF letter for letter, in DejaVu subsets embedded in it,
    and DejaVu has a glyph (not the missing-glyph box) for every letter of the three languages."""
    from reportlab.pdfbase import pdfmetrics

    from atlas_desktop.exports.pdf_base import register_fonts
    from atlas_desktop.exports.pdf_style import FONT

    i18n.use_language(code)
    path = build_report(records, "training", tmp_path / f"{code}.pdf", now=NOW)
    text = text_of(path)
    for (context, _), words in CATALOGUES[code].items():
        if context == "reports" and "{" not in words:
            assert words in text, words
    for page in PdfReader(path).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            assert "DejaVuSans" in str(font["/BaseFont"])
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object()
    register_fonts()
    for style in ("", "-Bold"):
        glyphs = pdfmetrics.getFont(FONT + style).face.charToGlyph
        assert [c for c in LETTERS if ord(c) not in glyphs] == [], style
    shown = set("".join(CATALOGUES["fr"].values()) + "".join(CATALOGUES["ro"].values())
                + "".join(CATALOGUES["de"].values()))
    assert set("șțăîâéèçäöüß") <= shown  # the fixture translations do hold every letter named


def test_a_spreadsheet_prints_its_page_footer_in_the_same_words(catalogues):
    from openpyxl import Workbook

    from atlas_desktop.exports.print_layout import set_up

    i18n.use_language("fr")
    sheet = Workbook().active
    set_up(sheet, columns=3, last_row=10, header_row=1)
    assert sheet.oddFooter.center.text == "Page &P sur &N"
    i18n.use_language("en")
    set_up(sheet, columns=3, last_row=10, header_row=1)
    assert sheet.oddFooter.center.text == "Page &P of &N"
