"""The context's holiday calendar is made on its first lookup, and then judges like the real one."""

from __future__ import annotations

import datetime as dt

from atlas_desktop.core import clocks, context
from atlas_desktop.core.context import Context


def test_the_calendar_is_made_on_the_first_lookup_only(monkeypatch):
    made: list[tuple[object, ...]] = []
    real = clocks.public_holidays

    def counting(*args: object) -> object:
        made.append(args)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(clocks, "public_holidays", counting)
    context._calendar.cache_clear()
    ctx = Context.for_organisation({"time_zone": "Europe/Bucharest", "holiday_country": "RO"},
                                   dt.datetime(2026, 11, 2, 9, tzinfo=dt.UTC))
    assert ctx.today == dt.date(2026, 11, 2) and made == [], "a context for its zone alone made the calendar"
    # Received 1 November: one month ends on 1 December, Romania's national day, so the 2nd.
    assert clocks.rights_request_due(dt.date(2026, 11, 1), ctx.holidays) == dt.date(2026, 12, 2)
    assert dt.date(2026, 12, 25) in ctx.holidays and dt.date(2026, 12, 23) not in ctx.holidays
    assert made == [("RO", None)]
    context._calendar.cache_clear()


def test_an_unknown_country_gives_no_holidays_rather_than_an_error():
    context._calendar.cache_clear()
    ctx = Context.for_organisation({"holiday_country": "QQ"})
    assert dt.date(2026, 12, 25) not in ctx.holidays
    context._calendar.cache_clear()
