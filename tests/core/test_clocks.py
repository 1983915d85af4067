"""The GDPR clocks: month ends, weekends, real public holidays, DST, and the refusals."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from atlas_desktop.core.clocks import (
    BREACH_NOTIFICATION_HOURS,
    add_months,
    art36_answer_due,
    breach_notification_deadline,
    days_until,
    ensure_aware,
    extension_notice_deadline,
    hours_left,
    is_working_day,
    local_now,
    local_today,
    next_working_day,
    public_holidays,
    review_due,
    rights_request_due,
    supported_holiday_countries,
    training_expires,
    zone,
)

D = dt.date
BUCHAREST = ZoneInfo("Europe/Bucharest")
LONDON = ZoneInfo("Europe/London")
RO = public_holidays("RO")
GB = public_holidays("GB")
DE = public_holidays("DE")


# --- add_months: same date next month, else that month's last day -----------------------

@pytest.mark.parametrize(("start", "months", "expected"), [
    (D(2026, 1, 31), 1, D(2026, 2, 28)),
    (D(2028, 1, 31), 1, D(2028, 2, 29)),   # leap year
    (D(2026, 1, 30), 1, D(2026, 2, 28)),
    (D(2026, 1, 29), 1, D(2026, 2, 28)),
    (D(2026, 1, 28), 1, D(2026, 2, 28)),
    (D(2026, 3, 31), 1, D(2026, 4, 30)),
    (D(2026, 8, 31), 1, D(2026, 9, 30)),
    (D(2028, 2, 29), 1, D(2028, 3, 29)),   # same date, not "last day of March"
    (D(2026, 12, 31), 1, D(2027, 1, 31)),  # year boundary
    (D(2026, 11, 30), 3, D(2027, 2, 28)),
    (D(2026, 3, 31), -1, D(2026, 2, 28)),
])
def test_add_months_clamps_to_month_end(start, months, expected):
    assert add_months(start, months) == expected


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2200, 12, 31)), st.integers(-240, 240))
def test_add_months_agrees_with_dateutils_relativedelta(start, months):
    from dateutil.relativedelta import relativedelta

    assert add_months(start, months) == start + relativedelta(months=months)


# --- working days ------------------------------------------------------------------------

def test_is_working_day_weekdays_weekends_and_holidays():
    assert is_working_day(D(2026, 3, 6)) is True             # Friday
    assert is_working_day(D(2026, 3, 7)) is False            # Saturday
    assert is_working_day(D(2026, 3, 8)) is False            # Sunday
    assert is_working_day(D(2026, 12, 1)) is True            # no calendar: an ordinary Tuesday
    assert is_working_day(D(2026, 12, 1), RO) is False       # Romanian National Day
    assert is_working_day(D(2026, 12, 1), {D(2026, 12, 1)}) is False  # any container works


def test_next_working_day_keeps_a_working_day_and_rolls_a_weekend():
    assert next_working_day(D(2026, 3, 4)) == D(2026, 3, 4)
    assert next_working_day(D(2026, 3, 7)) == D(2026, 3, 9)
    assert next_working_day(D(2026, 3, 8)) == D(2026, 3, 9)


def test_next_working_day_chains_over_orthodox_easter():
    # Good Friday 10 Apr, Easter Sunday 12 Apr and Easter Monday 13 Apr 2026 in Romania.
    assert D(2026, 4, 13) in RO
    assert next_working_day(D(2026, 4, 10), RO) == D(2026, 4, 14)
    assert next_working_day(D(2026, 4, 10)) == D(2026, 4, 10)


def test_next_working_day_refuses_a_calendar_with_no_working_days():
    class Everything:
        def __contains__(self, item: object) -> bool:
            return True

    with pytest.raises(ValueError, match="no working day"):
        next_working_day(D(2026, 3, 2), Everything())


# --- rights requests (Art. 12(3)) --------------------------------------------------------

@pytest.mark.parametrize(("received", "expected"), [
    (D(2026, 1, 31), D(2026, 3, 2)),   # 28 Feb 2026 is a Saturday
    (D(2028, 1, 31), D(2028, 2, 29)),  # leap year, a Tuesday
    (D(2026, 3, 31), D(2026, 4, 30)),  # Thursday
    (D(2027, 1, 30), D(2027, 3, 1)),   # 28 Feb 2027 is a Sunday
    (D(2026, 2, 7), D(2026, 3, 9)),    # 7 Mar is a Saturday
    (D(2026, 2, 8), D(2026, 3, 9)),    # 8 Mar is a Sunday
    (D(2026, 2, 4), D(2026, 3, 4)),    # a plain Wednesday stays put
])
def test_rights_request_due_without_holidays(received, expected):
    assert rights_request_due(received) == expected


@pytest.mark.parametrize(("received", "expected"), [
    (D(2026, 11, 1), D(2026, 12, 2)),    # 1 Dec National Day (Tue)
    (D(2025, 12, 2), D(2026, 1, 5)),     # 2 Jan holiday (Fri), then the weekend
    (D(2025, 12, 1), D(2026, 1, 5)),     # 1 and 2 Jan, then the weekend
    (D(2025, 12, 6), D(2026, 1, 8)),     # Epiphany 6 Jan and St John 7 Jan
    (D(2024, 12, 24), D(2025, 1, 27)),   # Union Day 24 Jan 2025 (Fri), then the weekend
    (D(2026, 3, 13), D(2026, 4, 14)),    # Orthodox Easter Monday 13 Apr 2026
    (D(2026, 3, 10), D(2026, 4, 14)),    # Good Friday, weekend, Easter Monday: five days
    (D(2025, 10, 30), D(2025, 12, 2)),   # St Andrew (Sun 30 Nov) then National Day (Mon)
])
def test_rights_request_due_rolls_over_romanian_holidays(received, expected):
    assert rights_request_due(received, RO) == expected


def test_union_day_is_a_romanian_holiday():
    assert D(2026, 1, 24) in RO and D(2026, 1, 1) in RO and D(2026, 1, 2) in RO


def test_rights_request_due_uk_and_germany_differ_over_christmas_2026():
    received = D(2026, 11, 25)  # due Fri 25 Dec; Boxing Day is a Saturday
    assert rights_request_due(received) == D(2026, 12, 25)
    # England substitutes Mon 28 Dec for Boxing Day; Germany has no substitute days.
    assert rights_request_due(received, GB) == D(2026, 12, 29)
    assert rights_request_due(received, DE) == D(2026, 12, 28)


def test_rights_request_due_over_german_easter():
    # Good Friday 3 Apr, weekend, Easter Monday 6 Apr 2026.
    assert rights_request_due(D(2026, 3, 3), DE) == D(2026, 4, 7)


@pytest.mark.parametrize(("received", "expected"), [
    (D(2024, 10, 31), D(2025, 1, 31)),   # Friday
    (D(2026, 10, 31), D(2027, 2, 1)),    # 31 Jan 2027 is a Sunday
    (D(2026, 11, 30), D(2027, 3, 1)),    # 28 Feb 2027 is a Sunday
    (D(2027, 11, 30), D(2028, 2, 29)),   # leap year
    (D(2025, 11, 30), D(2026, 3, 2)),    # 28 Feb 2026 is a Saturday
])
def test_extended_due_counts_three_months_from_receipt(received, expected):
    assert rights_request_due(received, RO, extended=True) == expected


def test_extended_due_is_not_two_months_after_the_first_deadline():
    received = D(2024, 10, 31)
    first = rights_request_due(received, RO)
    assert first == D(2024, 12, 2)  # 30 Nov St Andrew (Sat), 1 Dec National Day (Sun)
    assert add_months(first, 2) == D(2025, 2, 2)
    assert rights_request_due(received, RO, extended=True) == D(2025, 1, 31)


def test_extension_notice_deadline_is_the_unextended_due_date():
    assert extension_notice_deadline(D(2026, 1, 31)) == D(2026, 3, 2)
    assert extension_notice_deadline(D(2025, 10, 30), RO) == D(2025, 12, 2)
    assert extension_notice_deadline(D(2025, 10, 30)) == D(2025, 12, 1)


# --- the 72-hour breach clock ------------------------------------------------------------

@pytest.mark.parametrize(("tz", "aware_at", "expected"), [
    # Autumn: clocks go back on Sun 25 Oct 2026, so 72 h ends an hour earlier by the clock.
    (BUCHAREST, dt.datetime(2026, 10, 23, 9), dt.datetime(2026, 10, 26, 8)),
    (LONDON, dt.datetime(2026, 10, 23, 9), dt.datetime(2026, 10, 26, 8)),
    # Spring: clocks go forward on Sun 29 Mar 2026, so it ends an hour later by the clock.
    (BUCHAREST, dt.datetime(2026, 3, 27, 9), dt.datetime(2026, 3, 30, 10)),
    (LONDON, dt.datetime(2026, 3, 27, 9), dt.datetime(2026, 3, 30, 10)),
    # No DST change in between: plain three days.
    (BUCHAREST, dt.datetime(2026, 6, 10, 14, 30), dt.datetime(2026, 6, 13, 14, 30)),
])
def test_breach_deadline_is_72_elapsed_hours_across_dst(tz, aware_at, expected):
    deadline = breach_notification_deadline(aware_at.replace(tzinfo=tz))
    assert deadline.tzinfo is tz
    assert deadline.replace(tzinfo=None) == expected


def test_breach_deadline_in_utc_offsets():
    at = dt.datetime(2026, 10, 23, 6, tzinfo=dt.UTC)
    assert breach_notification_deadline(at) == dt.datetime(2026, 10, 26, 6, tzinfo=dt.UTC)
    plus2 = dt.timezone(dt.timedelta(hours=2))
    deadline = breach_notification_deadline(dt.datetime(2026, 1, 1, 23, 59, tzinfo=plus2))
    assert deadline.tzinfo is plus2
    assert deadline.replace(tzinfo=None) == dt.datetime(2026, 1, 4, 23, 59)


def test_breach_deadline_refuses_naive_time():
    with pytest.raises(ValueError, match="has no time zone"):
        breach_notification_deadline(dt.datetime(2026, 10, 23, 9))


def test_ensure_aware():
    at = dt.datetime(2026, 1, 1, tzinfo=BUCHAREST)
    assert ensure_aware(at) is at
    with pytest.raises(ValueError, match=r"^time has no time zone$"):
        ensure_aware(dt.datetime(2026, 1, 1))
    with pytest.raises(ValueError, match=r"^received at has no time zone$"):
        ensure_aware(dt.datetime(2026, 1, 1), "received at")
    with pytest.raises(TypeError):
        ensure_aware(D(2026, 1, 1))  # type: ignore[arg-type]


def test_hours_left_counts_elapsed_hours_even_within_one_zone():
    aware_at = dt.datetime(2026, 10, 23, 9, tzinfo=BUCHAREST)
    deadline = breach_notification_deadline(aware_at)
    # Same tzinfo on both: naive wall-clock subtraction would say 71.
    assert hours_left(deadline, aware_at) == 72.0
    assert hours_left(deadline, aware_at + dt.timedelta(hours=10, minutes=30)) == 61.5
    assert hours_left(deadline, dt.datetime(2026, 10, 26, 7, tzinfo=dt.UTC)) == -1.0
    with pytest.raises(ValueError, match="now has no time zone"):
        hours_left(deadline, dt.datetime(2026, 10, 24))
    with pytest.raises(ValueError, match="deadline has no time zone"):
        hours_left(dt.datetime(2026, 10, 24), aware_at)


ZONES = [ZoneInfo(name) for name in
         ("Europe/Bucharest", "Europe/London", "America/New_York", "Australia/Lord_Howe", "UTC")]


@settings(max_examples=300, deadline=None)
@given(st.datetimes(min_value=dt.datetime(1980, 1, 1), max_value=dt.datetime(2100, 1, 1),
                    timezones=st.sampled_from([*ZONES, dt.timezone(dt.timedelta(hours=-5))])))
def test_breach_deadline_is_always_exactly_72_hours_in_utc(aware_at):
    deadline = breach_notification_deadline(aware_at)
    assert deadline.tzinfo is aware_at.tzinfo
    assert deadline.astimezone(dt.UTC) - aware_at.astimezone(dt.UTC) == dt.timedelta(hours=72)
    assert hours_left(deadline, aware_at) == BREACH_NOTIFICATION_HOURS


# --- property: rights deadlines ----------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(received=st.dates(min_value=D(2000, 1, 1), max_value=D(2099, 12, 31)),
       calendar=st.sampled_from([(), RO, GB, DE]), extended=st.booleans())
def test_rights_due_is_a_working_day_shortly_after_the_month_date(received, calendar, extended):
    due = rights_request_due(received, calendar, extended=extended)
    nominal = add_months(received, 3 if extended else 1)
    assert is_working_day(due, calendar)
    assert nominal <= due <= nominal + dt.timedelta(days=7)
    # Nothing between the nominal date and the due date was a working day.
    assert all(not is_working_day(nominal + dt.timedelta(days=n), calendar)
               for n in range((due - nominal).days))


# --- Art. 36 prior consultation ----------------------------------------------------------

def test_art36_eight_and_fourteen_weeks():
    assert art36_answer_due(D(2026, 3, 2)) == D(2026, 4, 27)
    assert art36_answer_due(D(2026, 3, 2), extended=True) == D(2026, 6, 8)


def test_art36_rolls_over_holidays_when_a_calendar_is_given():
    # 1 Jun 2026 is Children's Day and Whit Monday in Romania.
    assert art36_answer_due(D(2026, 4, 6)) == D(2026, 6, 1)
    assert art36_answer_due(D(2026, 4, 6), holidays=RO) == D(2026, 6, 2)
    assert art36_answer_due(D(2026, 2, 23), extended=True, holidays=RO) == D(2026, 6, 2)


def test_art36_sent_on_a_weekend_rolls_to_the_next_working_day():
    assert art36_answer_due(D(2026, 3, 7)) == D(2026, 5, 4)            # Sat 2 May -> Mon
    assert art36_answer_due(D(2026, 3, 7), holidays=GB) == D(2026, 5, 5)  # Mon 4 May is May Day


# --- reviews and training ----------------------------------------------------------------

def test_review_due():
    assert review_due(D(2024, 2, 29)) == D(2025, 2, 28)
    assert review_due(D(2025, 3, 15)) == D(2026, 3, 15)
    assert review_due(D(2025, 8, 31), 6) == D(2026, 2, 28)
    assert review_due(D(2024, 2, 29), 48) == D(2028, 2, 29)
    with pytest.raises(ValueError, match="at least one month"):
        review_due(D(2025, 1, 1), 0)


def test_training_expires():
    assert training_expires(D(2024, 2, 29), 12) == D(2025, 2, 28)
    assert training_expires(D(2025, 5, 31), 1) == D(2025, 6, 30)
    assert training_expires(D(2025, 1, 15), 24) == D(2027, 1, 15)
    for bad in (0, -1):
        with pytest.raises(ValueError, match="at least one month"):
            training_expires(D(2025, 1, 15), bad)


def test_days_until():
    assert days_until(D(2026, 3, 2), D(2026, 2, 28)) == 2
    assert days_until(D(2026, 3, 2), D(2026, 3, 2)) == 0
    assert days_until(D(2026, 3, 2), D(2026, 3, 5)) == -3
    assert days_until(D(2027, 1, 1), D(2026, 1, 1)) == 365


# --- datetimes where dates are expected are refused, everywhere --------------------------

MOMENT = dt.datetime(2026, 1, 31, 23, 30, tzinfo=BUCHAREST)


@pytest.mark.parametrize("call", [
    lambda: add_months(MOMENT, 1),
    lambda: is_working_day(MOMENT),
    lambda: next_working_day(MOMENT),
    lambda: rights_request_due(MOMENT),
    lambda: extension_notice_deadline(MOMENT),
    lambda: art36_answer_due(MOMENT),
    lambda: review_due(MOMENT),
    lambda: training_expires(MOMENT, 12),
    lambda: days_until(MOMENT, D(2026, 1, 1)),
    lambda: days_until(D(2026, 1, 1), MOMENT),
    lambda: rights_request_due("2026-01-31"),
])
def test_datetimes_and_strings_are_refused_where_a_date_is_expected(call):
    with pytest.raises(TypeError, match=r"must be a datetime\.date"):
        call()


# --- holiday calendars -------------------------------------------------------------------

@pytest.mark.parametrize("country", [None, "", "  "])
def test_no_country_means_no_holidays(country):
    calendar = public_holidays(country)
    assert isinstance(calendar, frozenset) and len(calendar) == 0
    assert D(2026, 12, 25) not in calendar


def test_public_holidays_any_year_and_lower_case_code():
    ro = public_holidays("ro")
    assert D(2026, 12, 1) in ro and D(2035, 12, 1) in ro and D(2026, 12, 2) not in ro


def test_public_holidays_subdivision():
    # Epiphany is a holiday in Bavaria, not nationwide.
    assert D(2026, 1, 6) in public_holidays("DE", "BY")
    assert D(2026, 1, 6) not in DE


def test_unsupported_country_or_subdivision_is_a_plain_value_error():
    with pytest.raises(ValueError, match="country code 'XX'"):
        public_holidays("XX")
    with pytest.raises(ValueError, match="'DE' has no public-holiday subdivision 'ZZ'"):
        public_holidays("DE", "ZZ")


def test_supported_holiday_countries():
    supported = supported_holiday_countries()
    assert "RO" in supported and "DE" in supported
    assert "ENG" in supported["GB"] and "BY" in supported["DE"]
    assert all(len(code) == 2 for code in supported)
    assert "UK" not in supported and "ROU" not in supported
    supported["DE"].clear()  # the caller gets its own copy
    assert "BY" in supported_holiday_countries()["DE"]


# --- time zones --------------------------------------------------------------------------

def test_zone():
    assert zone("Europe/Bucharest") == BUCHAREST


@pytest.mark.parametrize("name", ["Nope/Zone", "", "Europe", "../etc/passwd", "europe/bucharest"])
def test_unknown_zone_is_a_plain_value_error(name):
    with pytest.raises(ValueError, match="is not a known time zone"):
        zone(name)


def test_local_now_and_today():
    at = dt.datetime(2026, 6, 30, 22, 30, tzinfo=dt.UTC)
    assert local_now("Europe/Bucharest", at) == at
    assert local_now("Europe/Bucharest", at).replace(tzinfo=None) == dt.datetime(2026, 7, 1, 1, 30)
    assert local_today("Europe/Bucharest", at) == D(2026, 7, 1)
    assert local_today("Europe/London", at) == D(2026, 6, 30)
    with pytest.raises(ValueError, match="has no time zone"):
        local_now("Europe/Bucharest", dt.datetime(2026, 6, 30, 22, 30))
    with pytest.raises(ValueError, match="not a known time zone"):
        local_today("Mars/Olympus")
    current = local_now("Europe/Bucharest")
    assert current.tzinfo is BUCHAREST
    assert abs((current - dt.datetime.now(dt.UTC)).total_seconds()) < 60
