"""The setting a record is judged in: the organisation's time zone, its public holidays, and now."""

from __future__ import annotations

import datetime as dt
from collections.abc import Container, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from . import clocks


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
        if self._days is None:
            try:
                self._days = clocks.public_holidays(*self._where)
            except ValueError:
                self._days = frozenset()
        return day in self._days

    def __repr__(self) -> str:
        return f"public holidays of {self._where[0] or 'no country'}"


@lru_cache(maxsize=16)
def _calendar(country: str | None, region: str | None) -> Container[dt.date]:
    """One holiday calendar per country and region, kept: every save builds a context, and
    building a calendar costs more than the rest of a save's checks."""
    return _Calendar(country, region)
