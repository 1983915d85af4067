"""What a new register asks about the office, turned into the organisation record's values.

The country decides three things the user would otherwise have to know: which public holidays the
one-month deadline for answering a request skips (Art. 12(3)), which supervisory authority a breach is
notified to within 72 hours (Art. 33(1), 55) and the time zone the deadlines are shown in. The region is
asked only where the ``holidays`` package gives a region holidays of its own. The person's name goes in
the audit trail and on sign-offs (Art. 5(2), 30) and, with no DPO, as the person responsible.

Pure data and lookups: no Qt, no storage. The problems it finds in the answers are said in the user's
language (``core.i18n``, context "setup"), with countries named in it too.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from .authorities import authority_for
from .context import country_in_language
from .countries import EEA, all_countries, country_code
from .errors import SetupProblem
from .i18n import t

# Where the country has several zones and the tz database lists another first, the capital's
# (zone.tab lists e.g. Australia/Lord_Howe first for Australia; Canberra keeps Sydney's time).
_CAPITAL_ZONES = {
    "AU": "Australia/Sydney", "BR": "America/Sao_Paulo", "CA": "America/Toronto", "RU": "Europe/Moscow",
    "UA": "Europe/Kyiv", "UZ": "Asia/Tashkent", "FM": "Pacific/Pohnpei", "KZ": "Asia/Almaty",
    "PS": "Asia/Hebron", "EC": "America/Guayaquil", "US": "America/New_York",
}
MAX_NAME = 120  # a person's name or role: long enough for any real one, short enough for every page


@cache
def _zone_table() -> dict[str, tuple[str, ...]]:
    """Country code -> its IANA zones, in the tz database's order (zone.tab, shipped by tzdata)."""
    try:
        text = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text("utf-8")
    except (ModuleNotFoundError, OSError):
        try:
            text = Path("/usr/share/zoneinfo/zone.tab").read_text("utf-8")
        except OSError:
            return {}
    table: dict[str, list[str]] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if line.startswith("#") or len(parts) < 3:
            continue
        table.setdefault(parts[0], []).append(parts[2])
    return {code: tuple(zones) for code, zones in table.items()}


def country_zones(country: str | None) -> tuple[str, ...]:
    """The IANA time zones of ``country``; () when unknown."""
    return _zone_table().get((country or "").strip().upper(), ())


def country_of_zone(zone: str | None) -> str:
    """The country whose zone ``zone`` is (this computer's, to pre-select the country); "" when none is."""
    return next((code for code, zones in _zone_table().items() if zone and zone in zones), "")


def machine_zone() -> str | None:
    """This computer's IANA zone (None when it cannot be told): it keeps a zone of the country's own."""
    try:
        import tzlocal

        return tzlocal.get_localzone_name()
    except Exception:  # noqa: BLE001 - no zone known here: the country's capital's is proposed
        return None


def proposed_time_zone(country: str | None, machine_zone: str | None = None) -> str:
    """The zone to propose for an office in ``country``: this computer's own when it is one of the
    country's (so Ceuta or the Canaries keep theirs), else the capital's; "UTC" when the country is unknown."""
    zones = country_zones(country)
    if not zones:
        return "UTC"
    if machine_zone and machine_zone in zones:
        return machine_zone
    capital = _CAPITAL_ZONES.get((country or "").strip().upper())
    return capital if capital in zones else zones[0]


def picker_countries() -> list[tuple[str, str]]:
    """(code, name) for a country picker: the EU/EEA, the UK and Switzerland first (where the GDPR or
    its twin applies and Atlas knows the authority), then every other country, each group by name."""
    first = {*EEA, "GB", "CH"}
    countries = all_countries()
    return [c for c in countries if c[0] in first] + [c for c in countries if c[0] not in first]


@cache
def holiday_regions(country: str | None) -> tuple[tuple[str, str], ...]:
    """(code, name) of the regions of ``country`` whose public holidays differ from the national ones'
    (Bavaria, Catalonia, Alsace-Moselle...); () when they are all the same or the country has none in
    the ``holidays`` package, so a picker asks for a region only where the answer changes a deadline."""
    code = (country or "").strip().upper()
    if not code:
        return ()
    import holidays as calendars  # here: importing it costs a tenth of a second at start-up

    subdivisions = calendars.list_supported_countries(include_aliases=False).get(code)
    if not subdivisions:
        return ()
    years = [2025, 2026]  # fixed years: the answer must not change with the day the wizard runs
    national = set(calendars.country_holidays(code, years=years))
    if not any(set(calendars.country_holidays(code, subdiv=s, years=years)) != national for s in subdivisions):
        return ()
    names: dict[str, str] = {}
    for alias, target in getattr(calendars.country_holidays(code), "subdivisions_aliases", {}).items():
        names.setdefault(target, alias)  # the first alias the package gives is the full name
    return tuple((s, names.get(s, s)) for s in subdivisions)


def check_country(text: str) -> str:
    """The ISO code for a country given as a code or an English name; ``SetupProblem`` if unknown."""
    found = country_code(text or "")
    if not found or len(found) != 2:
        raise SetupProblem(t("setup", "{text} is not a country Atlas knows. Give its two-letter code (e.g. RO for "
                                      "Romania, DE for Germany, GB for the United Kingdom).")
                           .format(text=repr((text or "").strip())))
    return found


def check_region(country: str, region: str) -> str:
    """The region code as the holidays package spells it; ``SetupProblem`` naming the valid ones if not."""
    region = (region or "").strip()
    if not region:
        return ""
    regions = holiday_regions(country)
    for code, name in regions:
        if region.upper() == code.upper() or region.casefold() == name.casefold():
            return code
    if not regions:
        raise SetupProblem(t("setup", "{country}'s public holidays are the same everywhere, so no region is needed; "
                                      "leave out {region}.").format(country=country_in_language(country),
                                                                    region=repr(region)))
    raise SetupProblem(t("setup", "{region} is not a region of {country} with its own public holidays. Use one of: "
                                  "{regions}.").format(region=repr(region), country=country_in_language(country),
                                                        regions=", ".join(code for code, _ in regions)))


def check_person(text: str | None, what: str | None = None, *, required: bool = True) -> str:
    """A person's name or role on one line, spaces tidied; ``SetupProblem`` when empty (and required),
    too long, or holding control characters (they would break the audit listing and the PDFs). ``what``
    names the answer in the message (already in the user's language); "Your name" by default."""
    what = what or t("setup", "Your name")
    value = " ".join((text or "").split())
    if required and not value:
        raise SetupProblem(t("setup", "{what} cannot be empty: it is written in the audit trail and on "
                                      "sign-offs.").format(what=what))
    if len(value) > MAX_NAME:
        raise SetupProblem(t("setup", "{what} is {length} characters long; use at most {most}.")
                           .format(what=what, length=len(value), most=MAX_NAME))
    if any(ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 for ch in value):
        raise SetupProblem(t("setup", "{what} contains a control character; type it again as plain text.")
                           .format(what=what))
    return value


@dataclass(frozen=True)
class AuthorityDetails:
    """The supervisory authority as the user confirmed it: its name and the ways to reach it."""
    name: str = ""
    address: str = ""
    web: str = ""
    phone: str = ""
    email: str = ""

    @property
    def contact(self) -> str:
        """One line for the organisation's ``authority_contact`` field: address, web form, phone, email."""
        return " \u00b7 ".join(" ".join(x.split()) for x in (self.address, self.web, self.phone, self.email)
                               if x.strip())


def proposed_authority(country: str | None) -> AuthorityDetails:
    """The country's authority from ``core.authorities``, or empty details when it is not listed."""
    found = authority_for(country)
    if found is None:
        return AuthorityDetails()
    return AuthorityDetails(found.display, found.address, found.breach_url, found.phone, found.email)


def organisation_values(country: str = "", region: str = "", authority: AuthorityDetails | None = None,
                        your_name: str = "", machine_zone: str | None = None,
                        current: Mapping[str, object] | None = None) -> dict[str, str]:
    """The organisation record's values from the setup answers (only the ones given).

    The holidays follow the country (Art. 12(3)); the time zone is proposed from it; with no DPO
    recorded, the person setting up is the one responsible for data protection (Art. 24)."""
    values: dict[str, str] = {}
    if country:
        values.update(country=country, holiday_country=country,
                      time_zone=proposed_time_zone(country, machine_zone))
        if region:
            values["holiday_region"] = region
    if authority is not None and authority.name.strip():
        values["authority_name"] = " ".join(authority.name.split())
        if authority.contact:
            values["authority_contact"] = authority.contact
    current = current or {}
    if your_name and not current.get("has_dpo") and not str(current.get("responsible_name") or "").strip():
        values["responsible_name"] = your_name
    return values
