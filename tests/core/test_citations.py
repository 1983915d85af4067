"""A provision is cited in the style of the GDPR's own language version (core.citations, core.i18n.cite).

Sources for each style: Regulation (EU) 2016/679 as published in the Official Journal (OJ L 119, 4.5.2016) in
Romanian ("articolul 33 alineatul (1)", "litera (a)", "considerentul 85"), French ("article 33, paragraphe 1",
"point a)", "considérant 85") and German ("Artikel 33 Absatz 1", "Buchstabe a", "Erwägungsgrund 85"); Art. 49(1)
second subparagraph is "al doilea paragraf" / "deuxième alinéa" / "Unterabsatz 2" there. The EDPB's own names:
"Comitetul european pentru protecția datelor (CEPD)", "Comité européen de la protection des données (CEPD)",
"Europäischer Datenschutzausschuss (EDSA)" (Art. 68(1) in each version).
"""

from __future__ import annotations

import re

import pytest

from atlas_desktop.core import i18n
from atlas_desktop.core.citations import cite_in
from atlas_desktop.core.entities import ENTITIES
from atlas_desktop.core.spec import Vocabulary
from atlas_desktop.core import vocab


@pytest.mark.parametrize(("declared", "ro", "fr", "de"), [
    # Art. 33(5): the breach register.
    ("Art. 33(5)", "art. 33 alin. (5)", "art. 33, par. 5", "Art. 33 Abs. 5"),
    # Art. 30(1)(a): the controller's name in the record of processing.
    ("Art. 30(1)(a)", "art. 30 alin. (1) lit. (a)", "art. 30, par. 1, point a)", "Art. 30 Abs. 1 Buchst. a"),
    # Art. 28(3)(a)–(h): the contract's terms, a range of points.
    ("Art. 28(3)(a)–(h)", "art. 28 alin. (3) lit. (a)–(h)", "art. 28, par. 3, points a) à h)",
     "Art. 28 Abs. 3 Buchst. a–h"),
    # Art. 12–22: a range of articles.
    ("Art. 12–22", "art. 12–22", "art. 12 à 22", "Art. 12–22"),
    # Art. 33(1)–(2): a range of paragraphs.
    ("Art. 33(1)–(2)", "art. 33 alin. (1)–(2)", "art. 33, par. 1 et 2", "Art. 33 Abs. 1–2"),
    # Bare articles share one abbreviation.
    ("Art. 26, 28, 30", "art. 26, 28, 30", "art. 26, 28 et 30", "Art. 26, 28, 30"),
    # Once one has a paragraph, each keeps its own "art." so 7 is not read as a paragraph of 4.
    ("Art. 4(11), 7(1)", "art. 4 alin. (11), art. 7 alin. (1)", "art. 4, par. 11 et art. 7, par. 1",
     "Art. 4 Abs. 11, Art. 7 Abs. 1"),
    # Art. 49(1) second subparagraph (the compelling legitimate interests derogation).
    ("Art. 49(1), second subparagraph", "art. 49 alin. (1), al doilea paragraf",
     "art. 49, par. 1, deuxième alinéa", "Art. 49 Abs. 1, Unterabs. 2"),
    # EDPB Guidelines 01/2021 on examples regarding personal data breach notification.
    ("Art. 34(3)(a); EDPB Guidelines 01/2021", "art. 34 alin. (3) lit. (a); Ghidurile CEPD 01/2021",
     "art. 34, par. 3, point a); lignes directrices du CEPD 01/2021", "Art. 34 Abs. 3 Buchst. a; EDSA-Leitlinien 01/2021"),
    # Recital 85: the harm a breach can do.
    ("Recital 85", "considerentul 85", "considérant 85", "Erwägungsgrund 85"),
    # § 38(1) BDSG: Germany's own DPO threshold (Art. 37(4)).
    ("Art. 37(4); § 38(1) BDSG", "art. 37 alin. (4); § 38 alin. (1) BDSG", "art. 37, par. 4; § 38, al. 1, BDSG",
     "Art. 37 Abs. 4; § 38 Abs. 1 BDSG"),
    # A UK regulator's form is named, its word for "form" translated; WP248 and ENISA keep their names.
    ("ICO form, EDPB Guidelines 9/2022", "formularul ICO, Ghidurile CEPD 9/2022",
     "formulaire de l'ICO, lignes directrices du CEPD 9/2022", "ICO-Formular, EDSA-Leitlinien 9/2022"),
    ("Art. 35(1), WP248", "art. 35 alin. (1), WP248", "art. 35, par. 1, WP248", "Art. 35 Abs. 1, WP248"),
    ("Art. 33(1); ENISA 2013", "art. 33 alin. (1); ENISA 2013", "art. 33, par. 1; ENISA 2013",
     "Art. 33 Abs. 1; ENISA 2013"),
])
def test_each_language_cites_as_its_version_of_the_gdpr(declared: str, ro: str, fr: str, de: str) -> None:
    assert (cite_in(declared, "ro"), cite_in(declared, "fr"), cite_in(declared, "de")) == (ro, fr, de)
    assert cite_in(declared, "en") == declared


def test_cite_follows_the_process_language() -> None:
    try:
        i18n.use_language("de")
        assert i18n.cite("Art. 33(5)") == "Art. 33 Abs. 5"
        i18n.use_language("en")
        assert i18n.cite("Art. 33(5)") == "Art. 33(5)"
    finally:
        i18n.use_language("en")


def _declared() -> set[str]:
    found: set[str] = set()

    def fields(items) -> None:  # noqa: ANN001
        for f in items:
            found.add(f.article)
            fields(f.fields or ())
    for ent in ENTITIES:
        found.add(ent.article)
        fields(ent.fields)
    for value in vars(vocab).values():
        if isinstance(value, Vocabulary):
            found.update(term.article for term in value.terms)
    return {a for a in found if a}


@pytest.mark.parametrize("code", ["ro", "fr", "de"])
def test_no_declared_citation_is_left_in_english_style(code: str) -> None:
    """Every article the specs declare is rewritten: no "(1)" paragraph marks after an article number in French or
    German, no English "Art." in Romanian or French, no English source names."""
    for article in sorted(_declared()):
        shown = cite_in(article, code)
        assert "Guidelines" not in shown and "Recital" not in shown and "subparagraph" not in shown, (article, shown)
        if code in ("ro", "fr"):
            assert "Art." not in shown, (article, shown)
        if code in ("fr", "de"):
            assert not any(f"{n}(" in shown for n in "0123456789"), (article, shown)


@pytest.mark.parametrize("code", ["ro", "fr", "de"])
def test_the_translated_sentences_cite_as_the_citations_after_them_do(code: str) -> None:
    """A translated sentence that names a provision uses its language's numbering too, not the English "(1)"
    after the article ("art. 33(1)" in a French sentence is "art. 33, par. 1", as ``cite`` writes it)."""
    english_numbering = re.compile(r"\b[Aa]rt\.(?:\s|&nbsp;)?\d+\(\d+\)")
    i18n.forget()
    texts = list(i18n.catalogue(code).values()) + [f for forms in i18n.plural_catalogue(code).values() for f in forms]
    left = [text for text in texts if english_numbering.search(text)]
    if code == "ro":
        left = [text for text in left if "alin." not in text]  # "art. 33 alin. (1)": Romanian numbers so
    assert left == []
