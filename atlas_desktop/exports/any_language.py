"""Reads words a spreadsheet cell holds in any of the app's languages: vocabulary labels, "Yes"/"No" and country
names in English, Romanian, French or German, back to their codes, so a workbook exported in one language imports
into an install set to another.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from ..core import i18n
from ..core.countries import country_code, is_country
from ..core.spec import Vocabulary

YES, NO = "Yes", "No"  # in English; ``values.yes_no`` gives the current language's


def plain(text: str) -> str:
    return " ".join(text.split()).casefold()


def unaccented(text: str) -> str:
    """The text without its accents: "Elvetia" typed for "Elveția", a cedilla "ş" for the comma-below "ș"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@cache
def _country_index(current: str) -> dict[str, str]:
    """Every country's name in each of the app's languages (CLDR's, through Babel) → its code; where two
    languages give one name to different countries, the current language's meaning wins. Names typed without
    their accents are found too, after every exact name."""
    from babel import Locale  # only once a cell names a country other than by its code or English name

    order = [current, *(code for code in i18n.AVAILABLE if code != current)]
    names = [(code.upper(), plain(name)) for language in order
             for code, name in Locale.parse(language).territories.items() if is_country(code)]
    index: dict[str, str] = {}
    for code, name in names:
        index.setdefault(name, code)
    for code, name in names:
        index.setdefault(unaccented(name), code)
    return index


def country_in_any_language(text: str) -> str | None:
    """The code for a country written as its two-letter code or its name in any of the app's languages
    ("RO", "Romania", "România", "Roumanie", "Rumänien"; case, spacing and accents ignored), or None."""
    code = country_code(text)  # a code, or a name pycountry knows (English, official, three-letter)
    if code is not None:
        return code
    typed = plain(text)
    index = _country_index(i18n.language())
    return index.get(typed) or index.get(unaccented(typed))


class AnyLanguage:
    """What a cell written in any of the app's languages means: a vocabulary label or "Yes"/"No" in English,
    Romanian, French or German, read back as its code. Made once per import (``xlsx_import.plan_import``): the
    catalogues are read once, and each vocabulary's labels are gathered the first time a cell needs them.
    Where two languages give one word to different terms, the current language's meaning wins."""

    def __init__(self) -> None:
        current = i18n.language()
        order = [current, *(code for code in i18n.AVAILABLE if code != current)]
        self._catalogues = [i18n.catalogue(code) for code in order if code != i18n.ENGLISH]
        self.yes = self._words(YES)
        self.no = self._words(NO) - self.yes
        self._labels: dict[int, tuple[Vocabulary, dict[str, str]]] = {}

    def _words(self, english: str) -> frozenset[str]:
        found = {english} | {c.get((context, english), "") for c in self._catalogues
                             for context in ("spreadsheets", "spec")}
        return frozenset(plain(w) for w in found if w)

    def code_for(self, voc: Vocabulary, text: str) -> str | None:
        """The code for a code or a label in any language (case and spacing ignored), or None."""
        code = voc.code_for(text)
        if code is not None or not self._catalogues:
            return code
        found = self._labels.get(id(voc))
        if found is None:
            labels: dict[str, str] = {}
            for catalogue in self._catalogues:
                for term in voc.terms:
                    translated = catalogue.get(("spec", term.label))
                    if translated:
                        labels.setdefault(plain(translated), term.code)
            found = self._labels[id(voc)] = (voc, labels)
        return found[1].get(plain(text))

    def yes_or_no(self, text: str) -> bool | None:
        word = plain(text)
        return True if word in self.yes else False if word in self.no else None
