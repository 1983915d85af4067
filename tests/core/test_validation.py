"""Validation: every problem of a record at once, by field (and table row/column), in plain words.

Each rule has a case that finds the problem and one that doesn't. All times are fixed
(``NOW``), so "in the future" never depends on when the tests run.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from atlas_desktop.core import clocks, vocab
from atlas_desktop.core.context import Context
from atlas_desktop.core.entities import BY_KEY, ENTITIES
from atlas_desktop.core.errors import InvalidRecord, Problem
from atlas_desktop.core.validation import FUTURE_TOLERANCE, MAX_NOTE, MAX_TEXT, validate

UTC = dt.UTC
BUCHAREST = ZoneInfo("Europe/Bucharest")
NOW = dt.datetime(2026, 12, 15, 12, 0, tzinfo=UTC)
CTX = Context("UTC", frozenset(), NOW)
RO_CTX = Context("Europe/Bucharest", clocks.public_holidays("RO"), NOW)
D = dt.date


def at(*parts: int, tz: dt.tzinfo = UTC) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=tz)


# A valid record of every register, with only what is required (plus the declared defaults).
MINIMAL = {
    "organisation": {"name": "Acme Logistics SRL", "time_zone": "Europe/Bucharest"},
    "activity": {"name": "Payroll"},
    "processor": {"name": "PayCo"},
    "dpia": {"title": "Dispatch tracking DPIA", "activity": 1},
    "breach": {"title": "Laptop stolen", "aware_at": at(2026, 12, 1, 9, 0), "description": "Left in a car."},
    "rights_request": {"requester": "Ana Pop", "right": "access", "received_on": D(2026, 12, 1)},
    "consent": {"subject": "ana@example.ro", "purpose": "Newsletter", "given_at": at(2026, 11, 3, 8, 15)},
    "person": {"name": "Ion Ionescu"},
    "training": {"person": 1, "course": "GDPR basics", "completed_on": D(2026, 6, 1)},
    "policy": {"title": "Data protection policy"},
}


def record(entity: str, **values) -> dict:
    """A full record as a save would validate it: every stored field, the minimal values, then ``values``."""
    return {**BY_KEY[entity].blank(), **MINIMAL[entity], **values}


def check(entity: str, ctx: Context = CTX, **values) -> list[Problem]:
    return validate(entity, record(entity, **values), ctx)


def P(field: str, message: str, row: int | None = None, column: str | None = None) -> Problem:
    return Problem(field, message, row, column)


# -- required fields -------------------------------------------------------------------------------------
@pytest.mark.parametrize("entity", [e.key for e in ENTITIES])
def test_minimal_record_of_every_register_is_valid(entity):
    assert check(entity) == []


def test_every_missing_required_field_is_reported_at_once_with_its_key():
    problems = validate("breach", BY_KEY["breach"].blank(), CTX)
    assert problems == [
        P("title", "Title is required."),
        P("aware_at", "Became aware at is required."),
        P("description", "What happened is required."),
    ]


def test_required_text_given_as_empty_string_or_required_choice_as_none_is_missing():
    problems = check("rights_request", requester="", right=None, received_on=None)
    assert problems == [
        P("requester", "Requester is required."),
        P("right", "Request is required."),
        P("received_on", "Received on is required."),
    ]


def test_field_problems_of_different_kinds_are_all_reported_together():
    problems = check("breach", title=None, subjects_count=-3, impact=["confidentiality", "secrecy"],
                     status="unknown")
    assert [p.field for p in problems] == ["title", "status", "impact", "subjects_count"]
    assert problems[0] == P("title", "Title is required.")
    assert problems[3] == P("subjects_count", "People affected (approx.) cannot be negative.")


def test_required_with_a_default_is_filled_by_blank():
    # status, role and review_every_months are required but have defaults: a blank record is fine there.
    assert check("activity") == []
    assert check("activity", status=None) == [P("status", "Status is required.")]


# -- type problems, by kind ------------------------------------------------------------------------------
TYPE_CASES = [
    # (entity, field, bad value, message) ... and a good value for the same field below
    ("activity", "name", 5, "Name must be text."),
    ("activity", "name", "Pay\nroll", "Name must be a single line."),
    ("activity", "name", "x" * (MAX_TEXT + 1), "Name is too long (1,001 characters; at most 1,000)."),
    ("activity", "description", "x" * (MAX_NOTE + 1), "Description is too long (50,001 characters; at most 50,000)."),
    ("activity", "review_every_months", "12", "Review every (months) must be a whole number."),
    ("activity", "review_every_months", True, "Review every (months) must be a whole number."),
    ("activity", "review_every_months", 12.0, "Review every (months) must be a whole number."),
    ("activity", "review_every_months", 0, "Review every (months) must be at least 1."),
    ("activity", "review_every_months", 61, "Review every (months) must be at most 60."),
    ("breach", "subjects_count", -1, "People affected (approx.) cannot be negative."),
    ("breach", "records_count", -500, "Records affected (approx.) cannot be negative."),
    ("breach", "records_count", 2 ** 63, "Records affected (approx.) is too large a number."),  # SQLite's limit
    ("activity", "review_every_months", -(2 ** 63) - 1, "Review every (months) is too large a number."),
    ("activity", "criminal_data", "yes", "Criminal-offence data must be yes or no."),
    ("activity", "criminal_data", 1, "Criminal-offence data must be yes or no."),
    ("activity", "last_reviewed", "2026-01-05", "Last reviewed must be a date (YYYY-MM-DD)."),
    ("activity", "last_reviewed", dt.datetime(2026, 1, 5, 10, 0, tzinfo=UTC),
     "Last reviewed must be a date (YYYY-MM-DD)."),
    ("breach", "occurred_from", dt.datetime(2026, 12, 1, 8, 0), "Happened from needs a time zone."),
    ("breach", "aware_at", dt.datetime(2026, 12, 1, 8, 0), "Became aware at needs a time zone."),
    ("breach", "occurred_from", D(2026, 12, 1), "Happened from must be a date and time."),
    ("breach", "occurred_from", "2026-12-01T08:00Z", "Happened from must be a date and time."),
    ("breach", "status", "maybe", "Status 'maybe' is not one of the choices (open, contained, closed)."),
    ("breach", "status", "Open", "Status 'Open' is not one of the choices (open, contained, closed)."),
    ("breach", "cause", 3, "Cause must be one of the listed choices."),
    ("breach", "discovered_how", ["staff"], "How it was discovered must be one of the listed choices."),
    ("breach", "impact", ["confidentiality", "secrecy"],
     "What was affected 'secrecy' is not one of the choices (confidentiality, integrity, availability)."),
    ("breach", "impact", "confidentiality", "What was affected must be a list of entries."),
    ("breach", "data_categories", ["contact", 7], "Data involved must be a list of entries."),
    ("breach", "data_categories", ["x" * (MAX_TEXT + 1)], "Data involved has an entry longer than 1,000 characters."),
    ("processor", "country", "XX", "Country 'XX' is not a country code (two letters, e.g. RO, DE, CH)."),
    ("processor", "country", "Romania", "Country 'Romania' is not a country code (two letters, e.g. RO, DE, CH)."),
    ("processor", "country", 40, "Country '40' is not a country code (two letters, e.g. RO, DE, CH)."),
    ("organisation", "time_zone", "Mars/Olympus_Mons",
     "Time zone 'Mars/Olympus_Mons' is not a time zone (e.g. Europe/Bucharest)."),
    ("organisation", "time_zone", "Europe", "Time zone 'Europe' is not a time zone (e.g. Europe/Bucharest)."),
    ("organisation", "time_zone", "../../etc/passwd",
     "Time zone '../../etc/passwd' is not a time zone (e.g. Europe/Bucharest)."),
    ("dpia", "activity", "1", "Activity must point to a record."),
    ("dpia", "activity", 0, "Activity must point to a record."),
    ("dpia", "activity", True, "Activity must point to a record."),
    ("dpia", "activity", 2 ** 63, "Activity must point to a record."),
    ("breach", "activities", [1, "2"], "Activities affected must be a list of records."),
    ("breach", "activities", [0], "Activities affected must be a list of records."),
    ("breach", "activities", [True], "Activities affected must be a list of records."),
    ("breach", "activities", [1, 2 ** 63], "Activities affected must be a list of records."),
    ("breach", "activities", 1, "Activities affected must be a list of records."),
    ("activity", "purposes", "Paying salaries", "Purposes must be a list of rows."),
    ("activity", "purposes", ["Paying salaries"], "Purposes must be a list of rows."),
]

GOOD_VALUES = [
    ("activity", "name", "Payroll (HR) – România"),
    ("activity", "name", "x" * MAX_TEXT),
    ("activity", "description", "Line one\nline two\r\n" + "x" * (MAX_NOTE - 21)),
    ("activity", "review_every_months", 1),
    ("activity", "review_every_months", 60),
    ("breach", "subjects_count", 0),
    ("breach", "records_count", 10_000_000),
    ("breach", "records_count", 2 ** 63 - 1),
    ("activity", "criminal_data", True),
    ("activity", "last_reviewed", D(2026, 1, 5)),
    ("breach", "occurred_from", at(2026, 12, 1, 8, 0, tz=BUCHAREST)),
    ("breach", "status", "contained"),
    ("breach", "discovered_how", "A neighbour rang us"),  # open vocabulary: free entries are fine
    ("breach", "impact", ["confidentiality", "availability"]),
    ("breach", "data_categories", ["contact", "Loyalty card numbers"]),  # TAGS: terms or free text
    ("processor", "country", "CH"),
    ("processor", "country", "ro"),  # the code check ignores case (clean upper-cases it on save)
    ("organisation", "time_zone", "America/Argentina/Buenos_Aires"),
    ("dpia", "activity", 7),
    ("breach", "activities", [1, 2, 3]),
    ("activity", "purposes", [{"purpose": "Paying salaries", "bases": ["contract", "legal_obligation"]}]),
]


@pytest.mark.parametrize(("entity", "key", "value", "message"), TYPE_CASES,
                         ids=[f"{e}.{k}-{i}" for i, (e, k, _, _) in enumerate(TYPE_CASES)])
def test_a_value_of_the_wrong_type_is_refused_with_a_plain_message(entity, key, value, message):
    assert check(entity, **{key: value}) == [P(key, message)]


@pytest.mark.parametrize(("entity", "key", "value"), GOOD_VALUES,
                         ids=[f"{e}.{k}-{i}" for i, (e, k, _) in enumerate(GOOD_VALUES)])
def test_a_value_of_the_right_type_is_accepted(entity, key, value):
    assert check(entity, **{key: value}) == []


def test_every_closed_vocabulary_code_is_accepted_and_a_label_is_not():
    for code in vocab.BREACH_CAUSE.codes:
        assert check("breach", cause=code) == []
    label = vocab.BREACH_CAUSE.label_of("ransomware")
    assert [p.field for p in check("breach", cause=label)] == ["cause"]


def test_unknown_field_key_is_named():
    assert check("activity", colour="red") == [P("colour", "Processing activity has no field 'colour'.")]
    assert check("activity", id=12) == []  # the record's id is not a field, and not a problem


def test_computed_and_reverse_fields_are_not_judged():
    # derive fills them in on save; a stale or odd value there is not the user's problem.
    assert check("training", expires_on="whenever") == []
    assert check("activity", dpias="n/a") == []


# -- tables: 1-based rows and the column key ---------------------------------------------------------------
def test_table_problems_name_the_row_and_column():
    purposes = [
        {"purpose": "Paying salaries", "bases": ["contract"]},
        {"purpose": None, "bases": ["bogus"]},
        {"purpose": "Tax returns", "bases": ["legal_obligation"], "colour": "red"},
    ]
    codes = ", ".join(vocab.LAWFUL_BASIS.codes)
    assert check("activity", purposes=purposes) == [
        P("purposes", "Purpose is required.", 2, "purpose"),
        P("purposes", f"Lawful basis 'bogus' is not one of the choices ({codes}).", 2, "bases"),
        P("purposes", "Purposes has no column 'colour'.", 3, "colour"),
    ]


def test_table_problem_where_and_json():
    problem = check("activity", retention=[{"data_category": "Payroll records", "keep_for": 6}])[0]
    assert problem.row == 1 and problem.column == "unit"
    assert problem.where() == "retention row 1 unit"
    assert problem.to_json() == {"field": "retention", "row": 1, "column": "unit",
                                 "message": "Unit is required with a number: days, weeks, months or years."}


@pytest.mark.parametrize(("row", "column"), [
    ({"data_category": "CVs", "unit": "months"}, "keep_for"),
    ({"data_category": "CVs"}, "keep_for"),
])
def test_a_retention_row_says_how_long(row, column):
    """Art. 30(1)(f): "where possible, the envisaged time limits for erasure": a number and a unit, or words."""
    assert [(p.row, p.column) for p in check("activity", retention=[row])] == [(1, column)]
    assert check("activity", retention=[{"data_category": "CVs", "period": "Until the permit expires"}]) == []
    assert check("activity", retention=[{"data_category": "CVs", "keep_for": 6, "unit": "months"}]) == []


@pytest.mark.parametrize(("likelihood", "severity", "expected"), [
    (1, 4, []),
    (4, 1, []),
    (5, 2, [P("risks", "Likelihood (1–4) must be at most 4.", 1, "likelihood")]),
    (0, 2, [P("risks", "Likelihood (1–4) must be at least 1.", 1, "likelihood")]),
    (2, 0, [P("risks", "Severity (1–4) must be at least 1.", 1, "severity")]),
    (5, 9, [P("risks", "Likelihood (1–4) must be at most 4.", 1, "likelihood"),
            P("risks", "Severity (1–4) must be at most 4.", 1, "severity")]),
    ("3", 2, [P("risks", "Likelihood (1–4) must be a whole number.", 1, "likelihood")]),
    (None, 2, [P("risks", "Likelihood (1–4) is required.", 1, "likelihood")]),
])
def test_dpia_likelihood_and_severity_are_1_to_4(likelihood, severity, expected):
    risks = [{"source": "Unauthorised access", "likelihood": likelihood, "severity": severity}]
    assert check("dpia", risks=risks) == expected


def test_dpia_residual_values_are_1_to_4_too():
    risks = [{"source": "s", "likelihood": 2, "severity": 2, "residual_likelihood": 0, "residual_severity": 5}]
    assert check("dpia", risks=risks) == [
        P("risks", "Likelihood after measures must be at least 1.", 1, "residual_likelihood"),
        P("risks", "Severity after measures must be at most 4.", 1, "residual_severity"),
    ]


def test_table_datetime_cells_need_a_zone():
    followups = [{"at": dt.datetime(2026, 12, 2, 9, 0), "phase": "initial"},
                 {"at": at(2026, 12, 3, 9, 0), "phase": "final"}]
    assert check("breach", followups=followups) == [P("followups", "Sent at needs a time zone.", 1, "at")]


def test_table_rows_must_be_mappings():
    assert check("breach", timeline=[{"at": at(2026, 12, 1, 9, 0), "event": "Reported"}, "later"]) == [
        P("timeline", "Timeline must be a list of rows."),
    ]


def test_invalid_record_message_lists_every_problem_with_table_positions():
    problems = check("activity", name=None, purposes=[{"purpose": None}])
    err = InvalidRecord("processing activity", problems)
    assert err.problems == problems
    assert str(err) == ("The processing activity was not saved. Name is required. "
                        "purposes row 1 purpose: Purpose is required.")


# -- cross-field rules: breach ------------------------------------------------------------------------------
BREACH_TIMES = {
    "occurred_from": at(2026, 12, 1, 6, 0),
    "occurred_to": at(2026, 12, 1, 7, 30),
    "discovered_at": at(2026, 12, 1, 8, 0),
    "aware_at": at(2026, 12, 1, 9, 0),
}


def test_breach_in_order_passes():
    full = dict(BREACH_TIMES, risk_override="high", override_reason="Judged by hand.", notify_authority="yes", notified_at=at(2026, 12, 3, 18, 0),
                subjects_notified_at=at(2026, 12, 4, 9, 0), subjects_notice_method="email",
                subjects_count=40, records_count=120)
    assert check("breach", **full) == []


@pytest.mark.parametrize(("changes", "expected"), [
    ({"occurred_to": at(2026, 12, 1, 5, 59)},
     P("occurred_to", "Happened until cannot be before happened from.")),
    ({"discovered_at": at(2026, 12, 1, 5, 0)},
     P("discovered_at", "Discovered at cannot be before happened from.")),
    ({"aware_at": at(2026, 12, 1, 7, 59)},
     P("aware_at", "Became aware at cannot be before discovered at.")),
    ({"notified_at": at(2026, 12, 1, 7, 0)},
     P("notified_at", "Notified at cannot be before discovered at.")),
])
def test_breach_times_out_of_order(changes, expected):
    assert check("breach", **{**BREACH_TIMES, **changes}) == [expected]


def test_breach_order_compares_instants_not_wall_clocks():
    # 10:00 in Bucharest (08:00 UTC) is before 09:00 UTC, although 10 > 9 on the wall clock.
    assert check("breach", discovered_at=at(2026, 12, 1, 10, 0, tz=BUCHAREST), aware_at=at(2026, 12, 1, 9, 0)) == []
    assert check("breach", discovered_at=at(2026, 12, 1, 12, 0, tz=BUCHAREST), aware_at=at(2026, 12, 1, 9, 0)) == [
        P("aware_at", "Became aware at cannot be before discovered at.")]


def test_breach_order_is_right_across_the_autumn_dst_fold():
    # 25 Oct 2026, Bucharest: 03:00-04:00 happens twice. 03:45 EEST (fold 0) is 00:45 UTC,
    # 03:30 EET (fold 1) is 01:30 UTC: becoming aware 45 minutes before discovery is out of order,
    # although the wall clocks (which Python compares within one zone) say 03:45 > 03:30.
    discovered = dt.datetime(2026, 10, 25, 3, 30, fold=1, tzinfo=BUCHAREST)
    aware = dt.datetime(2026, 10, 25, 3, 45, fold=0, tzinfo=BUCHAREST)
    assert check("breach", discovered_at=discovered, aware_at=aware) == [
        P("aware_at", "Became aware at cannot be before discovered at.")]
    assert check("breach", discovered_at=aware, aware_at=discovered) == []


def test_late_notification_is_found_across_the_autumn_dst_fold():
    # Aware 22 Oct 03:30 EEST (00:30 UTC): the deadline is 25 Oct 00:30 UTC, 03:30 EEST (fold 0).
    # Notified at 03:15 EET (fold 1, 01:15 UTC): 45 minutes late, though 03:15 reads before 03:30.
    aware = dt.datetime(2026, 10, 22, 3, 30, tzinfo=BUCHAREST)
    notified = dt.datetime(2026, 10, 25, 3, 15, fold=1, tzinfo=BUCHAREST)
    assert check("breach", aware_at=aware, notified_at=notified) == [LATE]
    assert check("breach", aware_at=aware, notified_at=notified.replace(fold=0)) == []  # 00:15 UTC: in time


def test_future_is_judged_by_instant_whatever_the_zone_of_now():
    now = dt.datetime(2026, 10, 25, 3, 15, fold=1, tzinfo=BUCHAREST)  # 01:15 UTC
    ctx = Context("Europe/Bucharest", frozenset(), now)
    aware = dt.datetime(2026, 10, 25, 3, 45, fold=1, tzinfo=BUCHAREST)  # 01:45 UTC: 30 minutes ahead
    assert check("breach", ctx, aware_at=aware) == [P("aware_at", "Became aware at is in the future.")]
    assert check("breach", ctx, aware_at=aware.replace(fold=0)) == []  # 00:45 UTC: in the past


def test_breach_equal_times_are_in_order():
    moment = at(2026, 12, 1, 9, 0)
    assert check("breach", occurred_from=moment, occurred_to=moment, discovered_at=moment, aware_at=moment) == []


@pytest.mark.parametrize("key", ["occurred_from", "occurred_to", "discovered_at", "aware_at", "notified_at",
                                 "subjects_notified_at"])
def test_breach_times_in_the_future_are_refused(key):
    label = BY_KEY["breach"].field(key).label
    later = NOW + FUTURE_TOLERANCE + dt.timedelta(minutes=1)
    problems = check("breach", **{key: later})  # it may also be out of order; the future is named
    assert P(key, f"{label} is in the future.") in problems
    assert P(key, f"{label} is in the future.") not in check("breach", **{key: NOW})


def test_breach_time_a_few_minutes_ahead_is_tolerated():
    # A clock a few minutes fast must not make "just now" a time in the future.
    assert check("breach", aware_at=NOW + FUTURE_TOLERANCE - dt.timedelta(seconds=1)) == []
    assert check("breach", aware_at=NOW + FUTURE_TOLERANCE + dt.timedelta(seconds=1)) == [
        P("aware_at", "Became aware at is in the future.")]


@pytest.mark.parametrize("risk", ["risk", "high"])
def test_breach_with_a_risk_cannot_be_left_unnotified(risk):
    assert check("breach", risk_override=risk, override_reason="Judged by hand.", notify_authority="no") == [P(
        "notify_authority", "A breach likely to result in a risk must be notified to the authority (Art. 33(1)); "
                            "choose Yes, or review the risk.")]


@pytest.mark.parametrize(("risk", "notify"), [("none", "no"), ("risk", "yes"), ("high", "yes"),
                                               ("high", "undecided"), (None, "no")])
def test_breach_notification_choice_consistent_with_risk(risk, notify):
    own = {"risk_override": risk, "override_reason": "Judged by hand."} if risk else {}
    assert check("breach", notify_authority=notify, **own) == []


LATE = P("delay_reason", "Reasons for the delay is required when notifying more than 72 hours after becoming "
                         "aware (Art. 33(1)).")


def test_late_notification_needs_reasons_for_the_delay():
    aware = at(2026, 12, 1, 9, 0)
    assert check("breach", aware_at=aware, notified_at=aware + dt.timedelta(hours=72, minutes=1)) == [LATE]


def test_late_notification_with_reasons_passes():
    aware = at(2026, 12, 1, 9, 0)
    assert check("breach", aware_at=aware, notified_at=aware + dt.timedelta(hours=80),
                 delay_reason="The forensic report came on day 3.") == []


def test_notification_at_exactly_72_hours_is_in_time():
    aware = at(2026, 12, 1, 9, 0)
    assert check("breach", aware_at=aware, notified_at=aware + dt.timedelta(hours=72)) == []


def test_late_notification_counts_real_hours_across_dst():
    # Aware on Friday 27 March 2026 10:00 EET; clocks go forward on Sunday: the deadline is 11:00 EEST.
    aware = at(2026, 3, 27, 10, 0, tz=BUCHAREST)
    ctx = Context("Europe/Bucharest", frozenset(), at(2026, 4, 10, 0, 0))
    assert check("breach", ctx, aware_at=aware, notified_at=at(2026, 3, 30, 10, 59, tz=BUCHAREST)) == []
    assert check("breach", ctx, aware_at=aware, notified_at=at(2026, 3, 30, 11, 0, tz=BUCHAREST)) == []
    assert check("breach", ctx, aware_at=aware, notified_at=at(2026, 3, 30, 11, 1, tz=BUCHAREST)) == [LATE]


# -- cross-field rules: rights request ----------------------------------------------------------------------
def rights(ctx: Context = RO_CTX, **values) -> list[Problem]:
    return check("rights_request", ctx, **values)


EXTENDED = {"received_on": D(2026, 10, 31), "extended": True, "extension_reason": "Twelve years of records."}


def test_extension_notice_on_the_last_day_of_the_first_month_passes():
    # Received Sat 31 Oct 2026: a month later is Mon 30 Nov (St Andrew), then 1 Dec (National Day),
    # both Romanian public holidays, so the first month ends on Wed 2 Dec.
    assert clocks.extension_notice_deadline(D(2026, 10, 31), RO_CTX.holidays) == D(2026, 12, 2)
    assert rights(**EXTENDED, extension_notified_on=D(2026, 12, 2)) == []


def test_extension_notice_after_the_first_month_is_refused():
    assert rights(**EXTENDED, extension_notified_on=D(2026, 12, 3)) == [P(
        "extension_notified_on",
        "The extension is allowed only if the person is told within the first month, by 2026-12-02 "
        "(moved past weekends and public holidays of Romania; Art. 12(3)).")]


def test_extension_notice_deadline_depends_on_the_holidays_in_context():
    no_holidays = Context("Europe/Bucharest", frozenset(), NOW)
    assert rights(no_holidays, **EXTENDED, extension_notified_on=D(2026, 11, 30)) == []
    assert rights(no_holidays, **EXTENDED, extension_notified_on=D(2026, 12, 1)) == [P(
        "extension_notified_on",
        "The extension is allowed only if the person is told within the first month, by 2026-11-30 "
        "(moved past weekends only \u2014 set your country; Art. 12(3)).")]


def test_extension_needs_the_notice_date_and_a_reason():
    assert rights(received_on=D(2026, 10, 31), extended=True) == [
        P("extension_notified_on", "Person told of the extension on is required to extend the deadline (Art. 12(3))."),
        P("extension_reason", "Reason for the extension is required to extend the deadline (Art. 12(3))."),
    ]


def test_extension_notice_cannot_precede_receipt():
    assert rights(**EXTENDED, extension_notified_on=D(2026, 10, 30)) == [
        P("extension_notified_on", "Person told of the extension on cannot be before received on.")]


def test_answered_request_needs_the_response_date():
    assert rights(status="answered", outcome="fulfilled") == [
        P("response_sent_on", "Answer sent on is required once the request is answered or refused.")]
    assert rights(status="answered", outcome="fulfilled", response_sent_on=D(2026, 12, 10)) == []


REFUSAL = P("refusal_reason", "Reason for refusing is required when refusing: tell them why and that they may "
                              "complain (Art. 12(4)).")


def test_refused_request_needs_a_reason():
    assert rights(status="refused", response_sent_on=D(2026, 12, 10)) == [REFUSAL]
    assert rights(status="refused", response_sent_on=D(2026, 12, 10), refusal_reason="Identity unproven.") == []


@pytest.mark.parametrize("outcome", ["refused_unfounded", "refused_identity", "refused_exemption"])
def test_a_refusing_outcome_needs_a_reason_whatever_the_status(outcome):
    values = {"status": "answered", "response_sent_on": D(2026, 12, 10), "outcome": outcome}
    assert rights(**values) == [REFUSAL]
    assert rights(**values, refusal_reason="Manifestly excessive: the tenth identical request.") == []


def test_request_dates_before_receipt_are_refused():
    assert rights(identity_verified_on=D(2026, 11, 30)) == [
        P("identity_verified_on", "Identity verified on cannot be before received on.")]
    assert rights(identity_verified_on=D(2026, 12, 1), response_sent_on=D(2026, 12, 1)) == []


def test_request_received_in_the_future_is_refused_by_the_organisations_calendar():
    # 23:30 UTC on 31 December is already 1 January in Bucharest.
    now = at(2026, 12, 31, 23, 30)
    bucharest = Context("Europe/Bucharest", frozenset(), now)
    utc = Context("UTC", frozenset(), now)
    assert rights(bucharest, received_on=D(2027, 1, 1)) == []
    assert rights(utc, received_on=D(2027, 1, 1)) == [P("received_on", "Received on is in the future.")]


# -- cross-field rules: the other registers -----------------------------------------------------------------
def test_consent_withdrawn_before_given_is_refused():
    given = at(2026, 11, 3, 8, 15)
    assert check("consent", given_at=given, withdrawn_at=given - dt.timedelta(seconds=1)) == [
        P("withdrawn_at", "Withdrawn at cannot be before given at.")]
    assert check("consent", given_at=given, withdrawn_at=given) == []
    assert check("consent", given_at=given, withdrawn_at=at(2026, 12, 1, 0, 0)) == []


def test_consent_given_in_the_future_is_refused():
    assert check("consent", given_at=at(2027, 1, 1, 0, 0)) == [P("given_at", "Given at is in the future.")]


def test_approved_policy_needs_the_approval_date():
    assert check("policy", status="approved") == [
        P("approved_on", "Approved on is required for an approved policy (Art. 24(2)).")]
    assert check("policy", status="approved", approved_on=D(2026, 3, 1)) == []
    assert check("policy", status="draft") == []


def test_policy_review_before_approval_is_refused():
    assert check("policy", approved_on=D(2026, 3, 1), last_reviewed_on=D(2026, 2, 28)) == [
        P("last_reviewed_on", "Last reviewed on cannot be before approved on.")]
    assert check("policy", approved_on=D(2026, 3, 1), last_reviewed_on=D(2026, 3, 1)) == []


def test_dpia_residual_values_come_in_pairs():
    risk = {"source": "Location data leaks", "likelihood": 3, "severity": 3}
    message = "Give both the likelihood and the severity after the measures."
    assert check("dpia", risks=[{**risk, "residual_likelihood": 2}]) == [P("risks", message, 1, "residual_severity")]
    assert check("dpia", risks=[risk, {**risk, "residual_severity": 2}]) == [
        P("risks", message, 2, "residual_likelihood")]
    assert check("dpia", risks=[{**risk, "residual_likelihood": 2, "residual_severity": 1}]) == []
    assert check("dpia", risks=[risk]) == []


def test_dpia_sign_off_date_needs_who_signed():
    assert check("dpia", signed_off_on=D(2026, 12, 1)) == [
        P("signed_off_by", "Signed off by is required with a sign-off date.")]
    assert check("dpia", signed_off_on=D(2026, 12, 1), signed_off_by="Maria Popescu") == []
    assert check("dpia", signed_off_on=D(2026, 12, 16), signed_off_by="Maria Popescu") == [
        P("signed_off_on", "Signed off on is in the future.")]


def test_dpia_screening_criterion_listed_twice():
    screening = [{"criterion": "large_scale", "met": True}, {"criterion": "sensitive_data", "met": False},
                 {"criterion": "large_scale", "met": False}]
    assert check("dpia", screening=screening) == [P("screening", "This criterion is listed twice.", 3, "criterion")]
    assert check("dpia", screening=screening[:2]) == []


def test_dpia_consultation_answer_needs_a_sending_date_before_it():
    assert check("dpia", consultation_answer_on=D(2026, 12, 1)) == [
        P("consultation_sent_on", "Consultation sent on is required when an answer was received.")]
    assert check("dpia", consultation_sent_on=D(2026, 12, 2), consultation_answer_on=D(2026, 12, 1)) == [
        P("consultation_answer_on", "Answer received on cannot be before consultation sent on.")]
    assert check("dpia", consultation_sent_on=D(2026, 10, 2), consultation_answer_on=D(2026, 12, 1)) == []


def test_joint_controller_needs_the_joint_controllers():
    assert check("activity", role="joint_controller") == [
        P("joint_controllers", "Joint controllers is required for a joint controller (Art. 26).")]
    assert check("activity", role="joint_controller", joint_controllers="Acme Transport SRL, Cluj") == []


def test_processor_role_needs_the_controllers_served():
    assert check("activity", role="processor") == [
        P("controllers_served", "Controllers we act for is required when you act as processor (Art. 30(2)(a)).")]
    assert check("activity", role="processor", controllers_served=[{"name": "Client SRL"}]) == []
    assert check("activity", role="controller") == []


def test_organisation_with_a_dpo_needs_the_dpos_name():
    assert check("organisation", has_dpo=True) == [P("dpo_name", "DPO is required when you have a DPO (Art. 37(7)).")]
    assert check("organisation", has_dpo=True, dpo_name="Elena Marin") == []
    assert check("organisation", has_dpo=False) == []


def test_organisation_holiday_calendar_must_exist():
    assert check("organisation", holiday_country="RO") == []
    assert check("organisation", holiday_country="DE", holiday_region="BY") == []
    assert check("organisation", holiday_country="AQ") == []  # the holidays package covers every ISO country
    assert check("organisation", holiday_country="XX") == [
        P("holiday_country", "Public holidays of 'XX' is not a country code (two letters, e.g. RO, DE, CH).")]
    assert check("organisation", holiday_country="RO", holiday_region="XX") == [
        P("holiday_region", "Country 'RO' has no public-holiday subdivision 'XX'.")]


def test_subprocessor_objection_deadline_cannot_precede_the_notice():
    change = {"notice_received": D(2026, 11, 2), "change": "Adds MailCo (IE)"}
    assert check("processor", subprocessor_changes=[{**change, "objection_deadline": D(2026, 11, 1)}]) == [
        P("subprocessor_changes", "Object by cannot be before the notice was received.", 1, "objection_deadline")]
    assert check("processor", subprocessor_changes=[{**change, "objection_deadline": D(2026, 11, 2)}]) == []
    assert check("processor", subprocessor_changes=[{**change, "objection_deadline": D(2026, 12, 2)}]) == []


def test_processor_dates_in_the_future_are_refused():
    assert check("processor", dpa_signed_on=D(2026, 12, 16)) == [P("dpa_signed_on", "DPA signed on is in the future.")]
    assert check("processor", dpa_signed_on=D(2026, 12, 15)) == []


def test_training_completed_in_the_future_is_refused():
    assert check("training", completed_on=D(2026, 12, 16)) == [P("completed_on", "Completed on is in the future.")]
    assert check("training", completed_on=D(2026, 12, 15)) == []


def test_validate_takes_the_entity_or_its_key_and_defaults_to_now():
    assert validate(BY_KEY["person"], record("person")) == validate("person", record("person")) == []
    # With no context, "now" is the real clock: a year 2199 date is always in the future (and still
    # within the years Atlas accepts, core.limits).
    assert validate("training", record("training", completed_on=D(2199, 1, 1))) == [
        P("completed_on", "Completed on is in the future.")]
