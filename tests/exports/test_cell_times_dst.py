"""Date cells in a workbook at a daylight-saving change: flagged, never moved by an hour (issue 22: "Nonexistent
and ambiguous local times (the hour skipped or repeated at a DST change) are flagged to the user, not silently
moved").

EU summer time (Directive 2000/84/EC, Art. 2 and 3): clocks go forward at 01:00 UTC on the last Sunday of March
and back at 01:00 UTC on the last Sunday of October. In Europe/Bucharest (UTC+2/+3) that skips 03:00-03:59 on
2026-03-29 and repeats it on 2026-10-25.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from atlas_desktop.exports import cells

ZONE = "Europe/Bucharest"


def test_a_date_cell_in_the_skipped_hour_is_refused_with_the_change_named():
    with pytest.raises(ValueError, match=r"2026-03-29 03:30 did not exist in Europe/Bucharest .*03:00 to 04:00"):
        cells.read_time(dt.datetime(2026, 3, 29, 3, 30), ZONE)


def test_a_date_cell_in_the_repeated_hour_asks_for_the_offset():
    with pytest.raises(ValueError, match=r"happened twice.*\+03:00.*\+02:00"):
        cells.read_time(dt.datetime(2026, 10, 25, 3, 30), ZONE)


def test_an_ordinary_date_cell_reads_on_the_organisations_clock():
    read = cells.read_time(dt.datetime(2026, 10, 25, 4, 30), ZONE)
    assert read == dt.datetime(2026, 10, 25, 2, 30, tzinfo=dt.UTC)


@pytest.mark.parametrize("utc", [dt.datetime(2026, 10, 25, 0, 30, tzinfo=dt.UTC),   # 03:30 summer time, first
                                 dt.datetime(2026, 10, 25, 1, 30, tzinfo=dt.UTC)])  # 03:30 winter time, second
def test_either_03_30_of_the_repeated_hour_is_written_with_its_offset_and_reads_back_exact(utc):
    written = cells.excel_time(utc, ZONE)
    assert isinstance(written, str) and written.startswith("2026-10-25 03:30:00+0")
    assert dt.datetime.fromisoformat(written) == utc
    assert dt.datetime.fromisoformat(written).astimezone(ZoneInfo(ZONE)).hour == 3


@pytest.mark.parametrize("utc", [dt.datetime(2026, 3, 29, 0, 59, 59, 999700, tzinfo=dt.UTC),   # 02:59:59.9997 local
                                 dt.datetime(2026, 10, 24, 23, 59, 59, 999700, tzinfo=dt.UTC)])  # 02:59:59.9997, summer
def test_a_time_a_millisecond_from_the_change_is_written_with_its_offset(utc):
    """A workbook keeps milliseconds: 02:59:59.9997 (the last instant before 04:00 summer time) would read back
    as 03:00, a time that never was in Bucharest in March and that happened twice in October, so it goes out
    with its offset (found by the workbook round-trip property on 2000-03-26 in Europe/Berlin)."""
    written = cells.excel_time(utc, ZONE)
    assert isinstance(written, str), written
    assert dt.datetime.fromisoformat(written) == utc


def test_an_ordinary_time_with_microseconds_stays_a_date_cell():
    moment = dt.datetime(2026, 3, 29, 2, 30, 0, 999700, tzinfo=dt.UTC)  # 05:30 summer time: far from the change
    assert cells.excel_time(moment, ZONE) == dt.datetime(2026, 3, 29, 5, 30, 0, 999700)
