"""The headless layers' words in the user's language: the GUI's own Qt Linguist catalogue, read without Qt.

One catalogue serves every layer: ``atlas_desktop/resources/translations/atlas_<code>.ts`` is what translators edit
and what ``make translations`` compiles to the ``.qm`` the GUI loads. The checks, the PDF reports and
the CLI read the same ``.ts`` here (XML, parsed once per language), so a finding reads the same on the
dashboard, in ``atlas check`` and in a signed report. Words are marked ``t("context", "literal")``:
``tools/update_translations.py`` finds those calls (with ``ast``) and lists them for lupdate.
Dates and numbers are formatted with Babel's CLDR data, not by hand.

The language is process-wide (``use_language``): one user, one language per run.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import xml.etree.ElementTree as ET
from functools import cache, lru_cache
from pathlib import Path

ENGLISH = "en"
AVAILABLE = ("en", "ro", "fr", "de")  # those with a complete catalogue in atlas_desktop/resources/translations
NAMES = {"en": "English", "ro": "Română", "fr": "Français", "de": "Deutsch"}  # each in its own language

_current = ENGLISH


def system_language(environ: os._Environ[str] | dict[str, str] | None = None) -> str:
    """The first available language the environment asks for (POSIX order: LANGUAGE, LC_ALL, LC_MESSAGES,
    LANG), else English. ``ro_RO.UTF-8`` and ``ro`` both give ``ro``."""
    env = os.environ if environ is None else environ
    wanted: list[str] = []
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name) or ""
        wanted.extend(v for v in value.split(":") if v)
    for value in wanted:
        code = value.split(".")[0].split("@")[0].split("_")[0].split("-")[0].lower()
        if code in ("c", "posix"):
            return ENGLISH
        if code in AVAILABLE:
            return code
    return ENGLISH


def resolve(code: str | None) -> str:
    """The language to use for a setting: an available code as it is, ``""``/None (follow the system) or an
    unknown code as the system's language."""
    if code:
        short = code.replace("-", "_").split("_")[0].lower()
        if short in AVAILABLE:
            return short
    return system_language()


def use_language(code: str | None) -> str:
    """Make ``code`` (resolved as ``resolve`` does) the language of this process's words; returns it."""
    global _current
    _current = resolve(code)
    return _current


def language() -> str:
    return _current


def catalogue_path(code: str) -> Path:
    from ..resources import resource_path  # no Qt: a path helper only
    return resource_path("translations", f"atlas_{code}.ts")


@cache
def catalogue(code: str) -> dict[tuple[str, str], str]:
    """(context, English text) → finished translation, from ``atlas_<code>.ts``; empty for English or when
    the file is missing (every word then stays English rather than failing)."""
    return _read(code)[0]


@cache
def plural_catalogue(code: str) -> dict[tuple[str, str], tuple[str, ...]]:
    """(context, English text with %n) → the translation's plural forms, in Qt's order for the language."""
    return _read(code)[1]


@cache
def _read(code: str) -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], tuple[str, ...]]]:
    path = catalogue_path(code)
    words: dict[tuple[str, str], str] = {}
    plurals: dict[tuple[str, str], tuple[str, ...]] = {}
    if code == ENGLISH or not path.exists():
        return words, plurals
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            key = (name, message.findtext("source") or "")
            if message.get("numerus") == "yes":
                forms = tuple(f.text or "" for f in node.iter("numerusform"))
                if all(forms):
                    plurals[key] = forms
            elif node.text:
                words[key] = node.text
    return words, plurals


def forget() -> None:
    """Read the catalogues again on next use (after ``make translations``, or a test's own catalogue)."""
    for cached in (catalogue, plural_catalogue, _read):
        cached.cache_clear()


def t(context: str, text: str) -> str:
    """``text`` in the current language; the English itself when no finished translation exists.
    Call it with literal strings so the extractor finds them; format placeholders after translating."""
    if _current == ENGLISH or not text:
        return text
    return catalogue(_current).get((context, text), text)


# -- plurals ---------------------------------------------------------------------------------------------
# Which of a message's plural forms a count takes, in the order Qt Linguist lists them for the language
# (Qt's numerus rules, so a headless text agrees with the GUI's compiled catalogue): English and German
# one/other; French treats 0 and 1 as singular; Romanian has a third form for 0 and 2–19 (and 101–119…),
# the counts that take no "de" ("3 zile", but "20 de zile").
_PLURAL_RULES = {
    "en": lambda n: 0 if n == 1 else 1,
    "de": lambda n: 0 if n == 1 else 1,
    "fr": lambda n: 0 if n <= 1 else 1,
    "ro": lambda n: 0 if n == 1 else 1 if n == 0 or 1 <= n % 100 <= 19 else 2,
}
_ENGLISH_PLURAL = re.compile(r"\((e?s)\)|\((\w*)\|(\w*)\)")


def plural_index(n: int, code: str | None = None) -> int:
    return _PLURAL_RULES.get(code or _current, _PLURAL_RULES["en"])(abs(n))


def english_forms(text: str) -> tuple[str, str]:
    """The English singular and plural of a source with %n: "(s)"/"(es)" or "(y|ies)" marks the ending:
    ``"%n day(s) left"`` → ``("%n day left", "%n days left")``."""
    def one(m: re.Match[str]) -> str:
        return "" if m.group(1) else m.group(2)

    def other(m: re.Match[str]) -> str:
        return m.group(1) or m.group(3)
    return _ENGLISH_PLURAL.sub(one, text), _ENGLISH_PLURAL.sub(other, text)


def tn(context: str, text: str, n: int) -> str:
    """``text`` (with %n and an English plural mark, see english_forms) for ``n`` things, in the current
    language's right plural form, %n replaced by the number. Fill other placeholders after."""
    translated = plural_catalogue(_current).get((context, text)) if _current != ENGLISH else None
    if translated:
        form = translated[min(plural_index(n), len(translated) - 1)]
    else:  # English, or not translated yet: the English forms rather than a wrong language's
        form = english_forms(text)[_PLURAL_RULES[ENGLISH](abs(n))]
    return form.replace("%n", str(n))


def in_sentence(label: str) -> str:
    """A (translated) label inside a sentence: lower case in English (as Atlas's sentences always read it), the
    first letter lowered elsewhere, except in German, whose nouns keep their capital; an acronym stays."""
    if _current == ENGLISH:
        return label.lower()
    if _current == "de" or label[1:2].isupper():
        return label
    return label[:1].lower() + label[1:]


def cite(article: str) -> str:
    """A provision as declared in the specs ("Art. 33(5)", "Recital 85", "EDPB Guidelines 01/2021") in the
    current language's citation style ("art. 33 alin. (5)", "Art. 33 Abs. 5", "art. 33, par. 5")."""
    from .citations import cite_in
    return cite_in(article, _current)


def spec(text: str) -> str:
    """A label, help text or vocabulary term of the entity specs (the GUI's ``spec_text``)."""
    return t("spec", text)


# -- dates and numbers (Babel) ---------------------------------------------------------------------------
def _locale(code: str | None) -> str:
    return code or _current


def format_date(value: dt.date, style: str = "medium", code: str | None = None) -> str:
    """``4 Dec 2026`` / ``4 déc. 2026`` / ``04.12.2026``: the language's own way (CLDR)."""
    from babel.dates import format_date as babel_date
    return babel_date(value, format=style, locale=_locale(code))


def format_datetime(value: dt.datetime, time_zone: str = "UTC", style: str = "medium",
                    code: str | None = None) -> str:
    """An aware time shown in ``time_zone``: the language's date (``style``), hours and minutes (a report
    never needs seconds) and the zone's abbreviation, e.g. ``30 mars 2026, 09:30 CEST``."""
    from babel.dates import format_date as babel_date
    from babel.dates import format_time as babel_time
    from zoneinfo import ZoneInfo  # not clocks.zone: clocks words its errors with t() from here

    local = value.astimezone(ZoneInfo(time_zone))
    day = babel_date(local, format=style, locale=_locale(code))
    when = f"{day} {babel_time(local, format='short', locale=_locale(code))}"
    return f"{when} {local.strftime('%Z')}".strip()


def format_number(value: float | int, code: str | None = None) -> str:
    """``1,234.5`` / ``1.234,5`` / ``1 234,5`` (grouping and decimal marks of the language)."""
    return _formatted(value, type(value) is float, _locale(code))


@lru_cache(maxsize=4096)
def _formatted(value: float | int, is_float: bool, locale: str) -> str:
    # Remembered: the same few numbers (scores, counts, limits) are written again for every record a check or
    # an export goes through, and Babel parses its locale data on every call. ``is_float``: 1 and 1.0 are one key.
    from babel.numbers import format_decimal
    return format_decimal(value, locale=locale)
