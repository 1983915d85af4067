"""The setting a record is judged in: the organisation's time zone, its public holidays, and now.

It also says which holiday calendar was applied (``Context.calendar``): every due date counted past
public holidays is shown with that note, so no screen claims holidays that were not skipped.
The note's templates are spec texts (translated by the GUI with spec_text, here with ``core.i18n.spec``);
the country in it is named in the user's language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Container, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from . import clocks, i18n
from .countries import local_name as country_in_language  # the name others import from here

# The words saying which calendar a due date was counted with: the one place they are written, so the
# editor, the dashboard, `atlas`, the reports and the checks all say the same. The GUI translates the
# templates (spec_text) before filling them in; "moved past {note}" is how a due date's note reads.
WEEKENDS_ONLY = "weekends only \u2014 set your country"
HOLIDAYS_OF = "weekends and public holidays of {0}"
HOLIDAYS_OF_REGION = "weekends and public holidays of {0} ({1})"
MOVED_PAST = "moved past {0}"
NOTE_TEMPLATES = (WEEKENDS_ONLY, HOLIDAYS_OF, HOLIDAYS_OF_REGION, MOVED_PAST)


@dataclass(frozen=True)
class CalendarNote:
    """Which holiday calendar a context's due dates were counted with.

    ``country`` is None whenever no holiday was skipped: no country set, or none the holidays
    package knows (a due date then only skips weekends, and must not say otherwise)."""

    country: str | None = None   # ISO code of the calendar applied
    region: str | None = None    # its subdivision code, if one was applied

    @property
    def applied(self) -> bool:
        return self.country is not None

    def words(self) -> tuple[str, tuple[str, ...]]:
        """The template and what fills it in: for the GUI, which translates the template first."""
        if self.country is None:
            return WEEKENDS_ONLY, ()
        name = country_in_language(self.country)
        if self.region:
            return HOLIDAYS_OF_REGION, (name, _region_name(self.country, self.region))
        return HOLIDAYS_OF, (name,)

    @property
    def text(self) -> str:
        """E.g. "weekends and public holidays of Romania", or "weekends only — set your country"."""
        template, args = self.words()
        return i18n.spec(template).format(*args)

    @property
    def moved_past(self) -> str:
        """How a due date's note reads next to it: "moved past weekends only — set your country"."""
        return i18n.spec(MOVED_PAST).format(self.text)


def _region_name(country: str, region: str) -> str:
    """A subdivision's own name (BY -> Bayern), or its code if pycountry does not know it."""
    import pycountry

    found = pycountry.subdivisions.get(code=f"{country}-{region}".upper())
    return str(getattr(found, "name", None) or region)


@dataclass(frozen=True)
class Context:
    time_zone: str = "UTC"
    holidays: Container[dt.date] = field(default_factory=frozenset)
    now: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))

    def __post_init__(self) -> None:
        clocks.ensure_aware(self.now, "now")

    @property
    def today(self) -> dt.date:
        """Today in the organisation's time zone (not the machine's): deadlines are local dates."""
        return clocks.local_today(self.time_zone, self.now)

    def local(self, moment: dt.datetime) -> dt.datetime:
        return moment.astimezone(clocks.zone(self.time_zone))

    @property
    def calendar(self) -> CalendarNote:
        """Which public holidays the due dates of this context skip (makes the calendar if not yet made)."""
        return calendar_of(self.holidays)

    @classmethod
    def for_organisation(cls, organisation: Mapping[str, Any] | None,
                         now: dt.datetime | None = None) -> Context:
        """The context the organisation's settings give; a bad setting falls back to UTC/no holidays."""
        org = organisation or {}
        time_zone = org.get("time_zone") or "UTC"
        try:
            clocks.zone(time_zone)
        except ValueError:
            time_zone = "UTC"  # validation refuses bad zones on save; an old value must not stop checks
        return cls(time_zone, _calendar(org.get("holiday_country"), org.get("holiday_region") or None),
                   now or dt.datetime.now(dt.UTC))


class _Calendar(Container[dt.date]):
    """A country's public holidays, made on the first lookup: many contexts only want the time
    zone (a page showing times), and making the calendar costs a fifth of a second the first time."""

    def __init__(self, country: str | None, region: str | None) -> None:
        self._where = (country, region)
        self._days: Container[dt.date] | None = None

    def __contains__(self, day: object) -> bool:
        return day in self._made()

    def _made(self) -> Container[dt.date]:
        if self._days is None:
            try:
                self._days = clocks.public_holidays(*self._where)
            except ValueError:
                self._days = frozenset()  # validation refuses it on save; the note says none was applied
        return self._days

    def note(self) -> CalendarNote:
        return calendar_of(self._made())

    def __repr__(self) -> str:
        return f"public holidays of {self._where[0] or 'no country'}"


@lru_cache(maxsize=16)
def _calendar(country: str | None, region: str | None) -> Container[dt.date]:
    """One holiday calendar per country and region, kept: every save builds a context, and
    building a calendar costs more than the rest of a save's checks."""
    return _Calendar(country, region)


def calendar_of(holidays: Container[dt.date]) -> CalendarNote:
    """The note for a holiday container: a context's calendar, a holidays-package calendar (which
    knows its country), or a plain set, which names no country and so claims none."""
    if isinstance(holidays, _Calendar):
        return holidays.note()
    country = getattr(holidays, "country", None)
    if isinstance(country, str) and country:
        region = getattr(holidays, "subdiv", None)
        return CalendarNote(country.upper(), region if isinstance(region, str) and region else None)
    return CalendarNote()
