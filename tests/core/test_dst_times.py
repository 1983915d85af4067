"""Local times the clocks skipped or repeated are refused with what to write instead, never moved silently.

The organisation's zone in these tests is Europe/Bucharest (EET, UTC+2; EEST, UTC+3 in summer). EU summer
time starts on the last Sunday of March and ends on the last Sunday of October, at 01:00 UTC both times
(Directive 2000/84/EC, Art. 2 and 3): in Bucharest the clocks go from 03:00 to 04:00 on 29 March 2026, and
from 04:00 back to 03:00 on 25 October 2026. A time typed without an offset is read on that wall clock
(codec.parse_text), so 03:30 on 29 March never happened and 03:30 on 25 October happened twice.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest

from atlas_desktop.core import codec
from atlas_desktop.core.entities import entity
from atlas_desktop.core.errors import LocalTimeUnclear
from atlas_desktop.exports.values import from_cell

AWARE = entity("breach").field("aware_at")
TIMELINE = entity("breach").field("timeline")
ZONE = "Europe/Bucharest"
UTC = dt.UTC


def test_a_skipped_time_is_refused_with_the_change_and_what_to_write():
    with pytest.raises(LocalTimeUnclear) as info:
        codec.parse_text(AWARE, "2026-03-29 03:30", ZONE)
    assert str(info.value) == ("2026-03-29 03:30 did not exist in Europe/Bucharest (clocks went forward from 03:00 "
                               "to 04:00); write the time after the change, or add the offset, e.g. +03:00")
    # The same wall-clock time on an ordinary day, in a zone without summer time, or with an offset, is fine.
    assert codec.parse_text(AWARE, "2026-03-28 03:30", ZONE) == dt.datetime(2026, 3, 28, 1, 30, tzinfo=UTC)
    assert codec.parse_text(AWARE, "2026-03-29 03:30", "UTC") == dt.datetime(2026, 3, 29, 3, 30, tzinfo=UTC)
    assert codec.parse_text(AWARE, "2026-03-29T03:30:00Z", ZONE) == dt.datetime(2026, 3, 29, 3, 30, tzinfo=UTC)


def test_a_repeated_time_is_refused_asking_for_one_of_its_two_offsets():
    with pytest.raises(LocalTimeUnclear) as info:
        codec.parse_text(AWARE, "2026-10-25 03:30", ZONE)
    assert str(info.value) == ("2026-10-25 03:30 happened twice in Europe/Bucharest (clocks went back from 04:00 to "
                               "03:00); write 2026-10-25 03:30+03:00 (summer time, the first) or +02:00 "
                               "(winter time, the second)")
    # Either choice the message offers is accepted as the moment it names.
    first = codec.parse_text(AWARE, "2026-10-25 03:30+03:00", ZONE)
    second = codec.parse_text(AWARE, "2026-10-25 03:30+02:00", ZONE)
    assert first.astimezone(UTC) == dt.datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    assert second.astimezone(UTC) == dt.datetime(2026, 10, 25, 1, 30, tzinfo=UTC)


@pytest.mark.parametrize("day", [dt.date(2026, 3, 29), dt.date(2026, 10, 25)])
def test_every_minute_of_a_change_day_is_either_read_as_itself_or_refused(day):
    """Exactly the 60 minutes from 03:00 are refused on each change day; every other minute reads back as the
    wall-clock time typed, at one offset (what is saved is what was typed)."""
    zone = ZoneInfo(ZONE)
    refused = []
    for minute in range(24 * 60):
        typed = dt.datetime.combine(day, dt.time(minute // 60, minute % 60))
        try:
            moment = codec.parse_text(AWARE, typed.strftime("%Y-%m-%d %H:%M"), ZONE)
        except LocalTimeUnclear:
            refused.append(typed.time())
            continue
        back = moment.astimezone(UTC).astimezone(zone)
        assert back.replace(tzinfo=None) == typed and back.utcoffset() == moment.utcoffset(), typed
    assert refused == [dt.time(3, m) for m in range(60)]


@pytest.mark.parametrize(("zone", "text", "message"), [
    # US: second Sunday of March at 02:00 and first Sunday of November at 02:00 (Energy Policy Act of 2005, s. 110).
    ("America/New_York", "2026-03-08 02:30", "clocks went forward from 02:00 to 03:00); write the time after the "
                                             "change, or add the offset, e.g. -04:00"),
    ("America/New_York", "2026-11-01 01:30", "write 2026-11-01 01:30-04:00 (summer time, the first) or -05:00 "
                                             "(winter time, the second)"),
    # Lord Howe Island moves its clocks by half an hour (tz database, Australia/Lord_Howe).
    ("Australia/Lord_Howe", "2026-10-04 02:15", "clocks went forward from 02:00 to 02:30"),
    ("Australia/Lord_Howe", "2026-04-05 01:45", "clocks went back from 02:00 to 01:30"),
])
def test_other_zones_name_their_own_change(zone, text, message):
    with pytest.raises(LocalTimeUnclear, match=re.escape(message)):
        codec.parse_text(AWARE, text, zone)


def test_table_cells_and_spreadsheet_text_are_read_the_same_way():
    with pytest.raises(ValueError, match="happened twice in Europe/Bucharest"):
        codec.parse_text(TIMELINE, '[{"at": "2026-10-25 03:15", "event": "Alarm"}]', ZONE)
    with pytest.raises(ValueError, match="did not exist in Europe/Bucharest"):
        from_cell(AWARE, "2026-03-29T03:15", ZONE)  # a time typed into a spreadsheet cell as text
