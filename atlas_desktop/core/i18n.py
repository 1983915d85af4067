"""The headless layers' words in the user's language: the GUI's own Qt Linguist catalogue, read without Qt.

One catalogue serves every layer: ``resources/translations/atlas_<code>.ts`` is what translators edit
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
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

ENGLISH = "en"
AVAILABLE = ("en", "ro", "fr", "de")  # those with a complete catalogue in resources/translations
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
    path = catalogue_path(code)
    if code == ENGLISH or not path.exists():
        return {}
    words: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") in ("unfinished", "obsolete", "vanished") or not node.text:
                continue
            words[(name, message.findtext("source") or "")] = node.text
    return words


def t(context: str, text: str) -> str:
    """``text`` in the current language; the English itself when no finished translation exists.
    Call it with literal strings so the extractor finds them; format placeholders after translating."""
    if _current == ENGLISH or not text:
        return text
    return catalogue(_current).get((context, text), text)


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

    from .clocks import zone
    local = value.astimezone(zone(time_zone))
    when = f"{babel_date(local, format=style, locale=_locale(code))} {babel_time(local, format='short', locale=_locale(code))}"
    return f"{when} {local.strftime('%Z')}".strip()


def format_number(value: float | int, code: str | None = None) -> str:
    """``1,234.5`` / ``1.234,5`` / ``1 234,5`` (grouping and decimal marks of the language)."""
    from babel.numbers import format_decimal
    return format_decimal(value, locale=_locale(code))
