"""Reads the demo register's content from ``atlas_desktop/resources/demo/*.json`` and turns it into record values for ``now``.

The content is data (one JSON file per register, described in ``atlas_desktop/resources/demo/README.md``):
Dobrogea Link Logistics SRL, a Romanian logistics subcontractor that also runs an online
marketplace of expert sessions. Only ``demo.populate`` (and the benchmarks' generator) call this
module; it holds no content of its own.

Every date in the files is relative to ``now`` so that the deadlines the demo shows off (a
breach inside its 72 hours, a request due in a few days, an overdue policy) hold on whatever day
the demo is created. JSON has no dates or links, so the files write them as one-key objects
that this module converts:

- ``{"$days": -610}``: the local date 610 days before today;
- ``{"$days_at": [-77, "16:20"]}``: 16:20 local time, 77 days ago (only ever used for past days);
- ``{"$hours": -31}``: the moment 31 hours before ``now``, to the minute;
- ``{"$processor": "payroll"}``, ``{"$activity": "hr"}``, ``{"$person": "mihai"}``: the id of
  the record written under that key (the keys of ``processor.json``, ``activity.json`` and
  ``person.json``).

A ``"//"`` key in any object is a comment for whoever edits the file and is dropped here.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from ..resources import resource_path

Values = dict[str, Any]
Ids = dict[str, int]

COMMENT = "//"
LINKS = ("$processor", "$activity", "$person")


@functools.cache
def _document(name: str) -> Any:
    """The parsed ``atlas_desktop/resources/demo/<name>.json``, read once; callers get converted copies, never this."""
    return json.loads(resource_path("demo", f"{name}.json").read_text("utf-8"))


_ABOUT = _document("organisation")
ORG_NAME: str = _ABOUT["name"]
MANAGER: str = _ABOUT["manager"]
ZONE_NAME: str = _ABOUT["record"]["time_zone"]
ZONE = ZoneInfo(ZONE_NAME)


@dataclass(frozen=True)
class Clock:
    """Dates and moments relative to the demo's ``now``, in the organisation's time zone."""

    now: dt.datetime

    @property
    def today(self) -> dt.date:
        return self.now.astimezone(ZONE).date()

    def day(self, offset: int) -> dt.date:
        """The local date ``offset`` days from today (negative: in the past)."""
        return self.today + dt.timedelta(days=offset)

    def at(self, offset: int, clock_time: str) -> dt.datetime:
        """A local wall-clock time ``offset`` days from today; only ever used for past days."""
        hour, minute = (int(part) for part in clock_time.split(":"))
        return dt.datetime.combine(self.day(offset), dt.time(hour, minute), tzinfo=ZONE)

    def hours(self, offset: float) -> dt.datetime:
        """``offset`` real hours from now, to the minute (rounding down keeps past moments past)."""
        moment = (self.now + dt.timedelta(hours=offset)).astimezone(ZONE)
        return moment.replace(second=0, microsecond=0)


class _Convert:
    """Turns one file's JSON into record values: markers become dates, moments and ids; comments go."""

    def __init__(self, name: str, clock: Clock | None, links: dict[str, Ids]) -> None:
        self.name, self.clock, self.links = name, clock, links

    def value(self, value: Any) -> Any:
        if isinstance(value, list):
            return [self.value(item) for item in value]
        if not isinstance(value, dict):
            return value
        markers = [key for key in value if key.startswith("$")]
        if not markers:
            return {key: self.value(item) for key, item in value.items() if key != COMMENT}
        if len(value) != 1:
            raise ValueError(f"demo/{self.name}.json: a marker object has one key only, not {sorted(value)}")
        return self.marker(markers[0], value[markers[0]])

    def marker(self, key: str, arg: Any) -> Any:
        if key in LINKS:
            if key not in self.links:
                raise ValueError(f"demo/{self.name}.json cannot link with {key}")
            return self.links[key][arg]
        if self.clock is None:
            raise ValueError(f"demo/{self.name}.json has no dates, but holds {key}")
        if key == "$days":
            return self.clock.day(arg)
        if key == "$days_at":
            offset, clock_time = arg
            return self.clock.at(offset, clock_time)
        if key == "$hours":
            return self.clock.hours(arg)
        raise ValueError(f"demo/{self.name}.json: unknown marker {key}")


def _records(name: str, clock: Clock | None = None, *, processor: Ids | None = None,
             activity: Ids | None = None, person: Ids | None = None) -> Any:
    links = {f"${kind}": ids for kind, ids in
             (("processor", processor), ("activity", activity), ("person", person)) if ids is not None}
    return _Convert(name, clock, links).value(_document(name)["records"])


def organisation() -> Values:
    return _Convert("organisation", None, {}).value(_ABOUT["record"])


def processors(t: Clock) -> dict[str, Values]:
    return _records("processor", t)


def activities(t: Clock, p: Ids) -> dict[str, Values]:
    return _records("activity", t, processor=p)


def people() -> dict[str, Values]:
    return _records("person")


def dpias(t: Clock, a: Ids) -> list[Values]:
    return _records("dpia", t, activity=a)


def trainings(t: Clock, s: Ids) -> list[Values]:
    return _records("training", t, person=s)


def breaches(t: Clock, a: Ids, s: Ids) -> list[Values]:
    return _records("breach", t, activity=a, person=s)


def rights_requests(t: Clock, a: Ids) -> list[Values]:
    return _records("rights_request", t, activity=a)


def consents(t: Clock, a: Ids) -> list[Values]:
    return _records("consent", t, activity=a)


def policies(t: Clock) -> list[Values]:
    return _records("policy", t)
