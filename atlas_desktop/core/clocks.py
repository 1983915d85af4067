"""Computes the GDPR deadlines (breach, rights requests, Art. 36, reviews) and nothing else.

Two kinds of clock live here, and they must not be mixed up:

* The breach clock (Art. 33(1)) runs in *elapsed* hours, so it is computed on aware
  datetimes via UTC and is immune to daylight-saving changes.
* Every other clock runs in *calendar* days, counted as EU Regulation 1182/71 and the
  ICO count them: a month ends on the same date in the target month (or its last day),
  and a period ending on a weekend or public holiday ends on the next working day.

Date functions take ``datetime.date`` only and refuse ``datetime.datetime`` with
``TypeError``: which calendar day a moment falls on depends on a time zone, so the
caller must pick it (``local_today``) rather than have ``.date()`` guess silently.

A refusal the user can meet (a date at the calendar's edge, an unknown zone or holiday calendar) is a
ValueError in the user's language (``core.i18n``, context "errors"), a clause without its full stop;
the TypeErrors and "has no time zone" are mistakes of the calling code, and stay English.
"""

from __future__ import annotations

import calendar
import datetime as dt
import zoneinfo
from collections.abc import Container

from .i18n import t


BREACH_NOTIFICATION_HOURS = 72
RIGHTS_REQUEST_MONTHS = 1
# Art. 12(3) allows "two further months", i.e. three months counted from receipt.
RIGHTS_REQUEST_EXTENDED_MONTHS = 3
ART36_WEEKS = 8
ART36_EXTENSION_WEEKS = 6
DEFAULT_REVIEW_MONTHS = 12

# No real calendar has a run of non-working days anywhere near this long; hitting it
# means the container claims (nearly) every day, which would otherwise loop forever.
_MAX_ROLL_DAYS = 366
_SATURDAY = 5


def _require_date(day: object, what: str) -> dt.date:
    # datetime is a date subclass, so it must be ruled out explicitly.
    if isinstance(day, dt.datetime) or not isinstance(day, dt.date):
        raise TypeError(f"{what} must be a datetime.date, not {type(day).__name__}")
    return day


def ensure_aware(moment: dt.datetime, what: str = "time") -> dt.datetime:
    """Return ``moment`` unchanged if it carries a time zone; refuse it otherwise."""
    if not isinstance(moment, dt.datetime):
        raise TypeError(f"{what} must be a datetime.datetime, not {type(moment).__name__}")
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{what} has no time zone")
    return moment


def breach_notification_deadline(aware_at: dt.datetime) -> dt.datetime:
    """When the supervisory authority must have been notified, in ``aware_at``'s own zone."""
    ensure_aware(aware_at, "the moment the breach became known")
    # Adding a timedelta to an aware datetime is wall-clock arithmetic within its zone,
    # which is an hour off across a DST change; UTC has no DST.
    try:
        deadline_utc = aware_at.astimezone(dt.UTC) + dt.timedelta(hours=BREACH_NOTIFICATION_HOURS)
        return deadline_utc.astimezone(aware_at.tzinfo)
    except OverflowError:
        raise _beyond_calendar(aware_at.date()) from None


def _beyond_calendar(day: dt.date) -> ValueError:
    # Validation refuses such dates (core.limits); a stored one must still give a plain ValueError,
    # which the callers that derive deadlines expect, rather than an OverflowError.
    return ValueError(t("errors", "no deadline can be counted from {day}: it is at the edge of the calendar").format(
        day=day.isoformat()))


def hours_left(deadline: dt.datetime, now: dt.datetime) -> float:
    """Elapsed hours from ``now`` to ``deadline``; negative once it has passed."""
    ensure_aware(deadline, "deadline")
    ensure_aware(now, "now")
    # Two datetimes sharing a tzinfo subtract by wall clock, ignoring DST; UTC does not.
    elapsed = deadline.astimezone(dt.UTC) - now.astimezone(dt.UTC)
    return elapsed.total_seconds() / 3600


def add_months(day: dt.date, months: int) -> dt.date:
    """The same date ``months`` later, or that month's last day if it has no such date."""
    # Month arithmetic by hand, as dateutil's relativedelta does it: that builds an object per call,
    # which was a tenth of `atlas check` on a big register (a due date per rights request).
    _require_date(day, "day")
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        raise ValueError(t("errors", "{months} months from {day} is out of the calendar's range").format(
            months=months, day=day.isoformat()))
    return dt.date(year, month0 + 1, min(day.day, calendar.monthrange(year, month0 + 1)[1]))


def is_working_day(day: dt.date, holidays: Container[dt.date] = ()) -> bool:
    """Monday to Friday and not in ``holidays``."""
    _require_date(day, "day")
    return day.weekday() < _SATURDAY and day not in holidays


def next_working_day(day: dt.date, holidays: Container[dt.date] = ()) -> dt.date:
    """``day`` itself if it is a working day, else the first working day after it."""
    candidate = _require_date(day, "day")
    for _ in range(_MAX_ROLL_DAYS):
        if is_working_day(candidate, holidays):
            return candidate
        if candidate == dt.date.max:
            raise _beyond_calendar(day)
        candidate += dt.timedelta(days=1)
    raise ValueError(t("errors", "no working day within {days} days of {day}; the holiday calendar looks wrong")
                     .format(days=_MAX_ROLL_DAYS, day=day.isoformat()))


def rights_request_due(received_on: dt.date, holidays: Container[dt.date] = (),
                       extended: bool = False) -> dt.date:
    """The Art. 12(3) deadline for answering a data subject's request.

    ``extended`` counts three months from receipt, not two from the first deadline: the
    rolled first deadline (e.g. 31 Oct -> Mon 2 Dec) would otherwise shift the second.
    Whether an extension was validly announced is the caller's to check against
    ``extension_notice_deadline``.
    """
    received_on = _require_date(received_on, "received_on")
    months = RIGHTS_REQUEST_EXTENDED_MONTHS if extended else RIGHTS_REQUEST_MONTHS
    return next_working_day(add_months(received_on, months), holidays)


def extension_notice_deadline(received_on: dt.date, holidays: Container[dt.date] = ()) -> dt.date:
    """Last day to tell the person the deadline is extended: within the first month."""
    return rights_request_due(received_on, holidays, extended=False)


def art36_answer_due(sent_on: dt.date, extended: bool = False,
                     holidays: Container[dt.date] = ()) -> dt.date:
    """When the authority must answer an Art. 36 prior consultation (8 or 8+6 weeks).

    Weekends always roll to Monday, as in every other calendar clock here (Reg. 1182/71
    Art. 3(4)); with a same-weekday rule that only matters for a weekend ``sent_on``.
    """
    sent_on = _require_date(sent_on, "sent_on")
    weeks = ART36_WEEKS + (ART36_EXTENSION_WEEKS if extended else 0)
    try:
        due = sent_on + dt.timedelta(weeks=weeks)
    except OverflowError:
        raise _beyond_calendar(sent_on) from None
    return next_working_day(due, holidays)


def review_due(last: dt.date, months: int = DEFAULT_REVIEW_MONTHS) -> dt.date:
    """When a record reviewed on ``last`` is next due for review."""
    if months < 1:
        raise ValueError(t("errors", "a review interval must be at least one month, not {months}").format(
            months=months))
    return add_months(_require_date(last, "last"), months)


def training_expires(completed_on: dt.date, valid_months: int) -> dt.date:
    """The day a training completed on ``completed_on`` stops counting."""
    if valid_months < 1:
        raise ValueError(t("errors", "training must stay valid for at least one month, not {months}").format(
            months=valid_months))
    return add_months(_require_date(completed_on, "completed_on"), valid_months)


def days_until(due: dt.date, today: dt.date) -> int:
    """Calendar days from ``today`` to ``due``; negative when overdue."""
    return (_require_date(due, "due") - _require_date(today, "today")).days


def public_holidays(country: str | None, subdivision: str | None = None) -> Container[dt.date]:
    """The public holidays of ``country`` (ISO code), for any year; empty if no country.

    The result grows lazily as years are looked up, so it is meant to be kept and
    reused, not rebuilt per lookup.
    """
    code = (country or "").strip().upper()
    if not code:
        return frozenset()
    import holidays as holiday_calendars  # here: importing it costs a tenth of a second at start-up

    subdiv = (subdivision or "").strip() or None
    try:
        return holiday_calendars.country_holidays(code, subdiv=subdiv)
    except NotImplementedError:
        # The library raises NotImplementedError for both; say which input was wrong.
        if code not in holiday_calendars.list_supported_countries():
            problem = t("errors", "there is no public-holiday calendar for country code {code}").format(
                code=repr(code))
        else:
            problem = t("errors", "country {code} has no public-holiday subdivision {region}").format(
                code=repr(code), region=repr(subdiv))
        raise ValueError(problem) from None


def supported_holiday_countries() -> dict[str, list[str]]:
    """Two-letter ISO country code -> its subdivision codes, for a picker.

    Aliases ("UK", three-letter codes) are left out so each country appears once;
    ``public_holidays`` still accepts them.
    """
    import holidays as holiday_calendars

    supported = holiday_calendars.list_supported_countries(include_aliases=False)
    return {code: list(subdivisions) for code, subdivisions in sorted(supported.items())}


def zone(name: str) -> dt.tzinfo:
    """The IANA time zone called ``name`` (e.g. "Europe/Bucharest")."""
    try:
        return zoneinfo.ZoneInfo(name)
    # ZoneInfo raises KeyError subclasses, ValueError or OSError depending on how the
    # name is wrong (unknown, malformed, a directory such as "Europe").
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError, TypeError):
        raise ValueError(t("errors", "{name} is not a known time zone; use a name such as 'Europe/Bucharest'")
                         .format(name=repr(name))) from None


def local_now(tz_name: str, now: dt.datetime | None = None) -> dt.datetime:
    """The current moment (or ``now``, which must be aware) as wall-clock time in ``tz_name``."""
    tz = zone(tz_name)
    if now is None:
        return dt.datetime.now(tz)
    return ensure_aware(now, "now").astimezone(tz)


def local_today(tz_name: str, now: dt.datetime | None = None) -> dt.date:
    """Today's date as seen in ``tz_name``: the day every calendar clock counts from."""
    return local_now(tz_name, now).date()
