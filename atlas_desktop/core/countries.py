"""Country codes and names (ISO 3166-1 via pycountry), the EEA, and the EU's adequacy decisions."""

from __future__ import annotations

from functools import cache

# EU 27 + Iceland, Liechtenstein, Norway: no transfer rules apply between them (Art. 44).
EEA = frozenset("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO".split())

# Commission adequacy decisions in force (Art. 45). The US one covers only companies certified
# under the EU-US Data Privacy Framework, and Canada's only commercial organisations, so those
# two still need the user to confirm the mechanism.
ADEQUACY = frozenset("AD AR CA FO GG IL IM JP JE NZ KR CH GB UY US".split())
ADEQUACY_PARTIAL = frozenset({"US", "CA"})


@cache
def _names() -> dict[str, str]:
    import pycountry  # on first use: importing it was a twentieth of the app's start-up

    return {c.alpha_2: getattr(c, "common_name", None) or c.name for c in pycountry.countries}


def is_country(code: str) -> bool:
    return isinstance(code, str) and code.upper() in _names()


def country_name(code: str) -> str:
    """The English short name, e.g. "Romania"; the code itself if it is unknown."""
    return _names().get(code.upper(), code) if isinstance(code, str) else str(code)


def local_name(code: str) -> str:
    """A country's short name in the user's language: CLDR's through Babel outside English ("România",
    "Roumanie", "Rumänien"), else (or where CLDR has none) the English name above."""
    from . import i18n
    if i18n.language() != i18n.ENGLISH and isinstance(code, str) and code:
        from babel import Locale  # only once a country is named in another language

        found = Locale.parse(i18n.language()).territories.get(code.upper())
        if found:
            return str(found)
    return country_name(code)


def country_code(text: str) -> str | None:
    """A code from a code or an English name (as typed in a spreadsheet); None if unknown."""
    text = text.strip()
    if is_country(text):
        return text.upper()
    import pycountry

    try:
        return pycountry.countries.lookup(text).alpha_2
    except LookupError:
        return None


def all_countries() -> list[tuple[str, str]]:
    """(code, name) pairs sorted by name, for pickers."""
    return sorted(_names().items(), key=lambda item: item[1])


def needs_transfer_mechanism(code: str | None) -> bool:
    """Data going there leaves the EEA (Chapter V applies)."""
    return code is not None and code != "" and code.upper() not in EEA
