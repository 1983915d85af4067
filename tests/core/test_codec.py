"""The codec: typed text in (CLI --set, spreadsheet cells), display text out, JSON and database columns
both ways, and the tidying a save does before validation."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest

from atlas_desktop.core import codec, vocab
from atlas_desktop.core.entities import BY_KEY
from atlas_desktop.core.spec import Field, Kind

UTC = dt.UTC
BUCHAREST = ZoneInfo("Europe/Bucharest")
LONDON = ZoneInfo("Europe/London")

ACTIVITY, BREACH, DPIA, PROCESSOR = (BY_KEY[k] for k in ("activity", "breach", "dpia", "processor"))
ORGANISATION, REQUEST, TRAINING = BY_KEY["organisation"], BY_KEY["rights_request"], BY_KEY["training"]

NAME = ACTIVITY.field("name")                        # TEXT
DESCRIPTION = ACTIVITY.field("description")          # NOTE
COUNT = BREACH.field("subjects_count")               # INT
CYBER = BREACH.field("cyber_incident")               # BOOL
REVIEWED = ACTIVITY.field("last_reviewed")           # DATE
AWARE = BREACH.field("aware_at")                     # DATETIME
STATUS = BREACH.field("status")                      # CHOICE, closed vocabulary
DISCOVERED_HOW = BREACH.field("discovered_how")      # CHOICE, open vocabulary
SPECIAL = ACTIVITY.field("special_categories")       # CHOICES
SUBJECTS = ACTIVITY.field("subject_categories")      # TAGS with (open) suggestions
SYSTEMS = ACTIVITY.field("systems")                  # TAGS, no vocabulary
COUNTRY = PROCESSOR.field("country")                 # COUNTRY
TIME_ZONE = ORGANISATION.field("time_zone")          # TIMEZONE
TRAINEE = TRAINING.field("person")                   # LINK
ACTIVITIES = BREACH.field("activities")              # LINKS
PURPOSES = ACTIVITY.field("purposes")                # TABLE (TEXT + CHOICES)
TIMELINE = BREACH.field("timeline")                  # TABLE (DATETIME + TEXT)
RISKS = DPIA.field("risks")                          # TABLE (INTs, computed CHOICEs)
SUBPROCESSORS = PROCESSOR.field("subprocessors")     # TABLE (TEXT + COUNTRY)


# -- parse_text: one case per kind --------------------------------------------------------------------------
@pytest.mark.parametrize(("field", "text", "expected"), [
    (NAME, "  Payroll  ", "Payroll"),
    (DESCRIPTION, "Pay staff monthly.", "Pay staff monthly."),
    (COUNT, "1200", 1200),
    (COUNT, "0", 0),
    (CYBER, "yes", True), (CYBER, "Y", True), (CYBER, "TRUE", True), (CYBER, "1", True), (CYBER, "x", True),
    (CYBER, "da", True), (CYBER, "no", False), (CYBER, "N", False), (CYBER, "false", False), (CYBER, "0", False),
    (CYBER, "nu", False),
    (REVIEWED, "2026-01-31", dt.date(2026, 1, 31)),
    (TRAINEE, "3", 3), (TRAINEE, "#3", 3),
    (TIME_ZONE, "Europe/Bucharest", "Europe/Bucharest"),
])
def test_parse_text_scalars(field, text, expected):
    value = codec.parse_text(field, text)
    assert value == expected
    assert type(value) is type(expected)


@pytest.mark.parametrize("text", ["open", "OPEN", "Open", "Open: investigating", "open: INVESTIGATING",
                                  "  Open:   investigating  "])
def test_parse_text_choice_takes_codes_and_labels_in_any_case(text):
    assert codec.parse_text(STATUS, text) == "open"


def test_parse_text_closed_choice_refuses_other_text_listing_the_codes():
    with pytest.raises(ValueError, match=r"^'ongoing' is not one of: open, contained, closed$"):
        codec.parse_text(STATUS, "ongoing")


def test_parse_text_open_choice_keeps_free_text_and_maps_known_terms():
    assert codec.parse_text(DISCOVERED_HOW, "A neighbour rang us") == "A neighbour rang us"
    assert codec.parse_text(DISCOVERED_HOW, "reported by staff") == "staff"
    assert codec.parse_text(DISCOVERED_HOW, "AUDIT") == "audit"


def test_parse_text_choices_split_on_semicolons_with_labels_and_codes():
    assert codec.parse_text(SPECIAL, "Health data; genetic ;;  TRADE-UNION MEMBERSHIP ") == [
        "health", "genetic", "trade_union"]
    assert codec.parse_text(SPECIAL, "") == []
    with pytest.raises(ValueError, match=r"^'aliens' is not one of: racial_ethnic, "):
        codec.parse_text(SPECIAL, "health; aliens")


def test_parse_text_tags_map_known_terms_to_codes_and_keep_free_entries():
    # "Employees" is the label of the suggestion "employees": stored as its code, so the checks
    # (and the display, which shows labels) treat a typed label and a picked term alike.
    assert codec.parse_text(SUBJECTS, "Employees; children; Tenants") == ["employees", "children", "Tenants"]
    assert codec.parse_text(SYSTEMS, "Payroll app; EU cloud") == ["Payroll app", "EU cloud"]


def test_parse_text_links_split_on_semicolons():
    assert codec.parse_text(ACTIVITIES, "1; #4;7") == [1, 4, 7]
    with pytest.raises(ValueError, match=r"^'Payroll' is not a whole number$"):
        codec.parse_text(ACTIVITIES, "1; Payroll")


def test_parse_text_country_takes_codes_and_english_names():
    assert codec.parse_text(COUNTRY, "ro") == "RO"
    assert codec.parse_text(COUNTRY, "Romania") == "RO"
    assert codec.parse_text(COUNTRY, "switzerland") == "CH"
    with pytest.raises(ValueError, match=r"^'Narnia' is not a country"):
        codec.parse_text(COUNTRY, "Narnia")


def test_parse_text_naive_time_is_read_in_the_given_zone():
    summer = codec.parse_text(AWARE, "2026-07-01 10:00", "Europe/Bucharest")
    assert summer == dt.datetime(2026, 7, 1, 7, 0, tzinfo=UTC)  # EEST, UTC+3
    winter = codec.parse_text(AWARE, "2026-01-15T10:00", "Europe/Bucharest")
    assert winter == dt.datetime(2026, 1, 15, 8, 0, tzinfo=UTC)  # EET, UTC+2
    assert codec.parse_text(AWARE, "2026-01-15 10:00") == dt.datetime(2026, 1, 15, 10, 0, tzinfo=UTC)
    assert winter.utcoffset() == dt.timedelta(hours=2)


def test_parse_text_time_with_an_offset_keeps_it():
    moment = codec.parse_text(AWARE, "2026-07-01T10:00+01:00", "Europe/Bucharest")
    assert moment == dt.datetime(2026, 7, 1, 9, 0, tzinfo=UTC)
    assert codec.parse_text(AWARE, "2026-07-01T10:00Z", "Europe/Bucharest") == dt.datetime(2026, 7, 1, 10, 0,
                                                                                         tzinfo=UTC)


@pytest.mark.parametrize("field", [NAME, COUNT, REVIEWED, AWARE, DISCOVERED_HOW, TRAINEE, COUNTRY])
def test_parse_text_blank_is_nothing(field):
    assert codec.parse_text(field, "   ") is None


def test_parse_text_blank_gives_the_declared_default():
    assert codec.parse_text(STATUS, "") == "open"
    assert codec.parse_text(ACTIVITY.field("review_every_months"), " ") == 12


def test_parse_text_blank_bool_and_lists_are_their_empty_values():
    assert codec.parse_text(CYBER, "") is False
    assert codec.parse_text(SUBJECTS, " ") == []
    assert codec.parse_text(PURPOSES, "") == []


@pytest.mark.parametrize(("field", "text", "message"), [
    (COUNT, "twelve", "'twelve' is not a whole number"),
    (COUNT, "1.5", "'1.5' is not a whole number"),
    (CYBER, "maybe", "'maybe' is not yes or no"),
    (REVIEWED, "31/12/2026", "'31/12/2026' is not a date; write it as YYYY-MM-DD"),
    (REVIEWED, "2026-02-30", "'2026-02-30' is not a date; write it as YYYY-MM-DD"),
    (AWARE, "yesterday", "'yesterday' is not a date and time; write it as YYYY-MM-DD HH:MM"),
    (AWARE, "2026-13-01 10:00", "'2026-13-01 10:00' is not a date and time; write it as YYYY-MM-DD HH:MM"),
    (TRAINEE, "Ion", "'Ion' is not a whole number"),
])
def test_parse_text_bad_values_raise_a_plain_value_error(field, text, message):
    with pytest.raises(ValueError) as info:
        codec.parse_text(field, text)
    assert str(info.value) == message


# -- parse_text: TABLE fields take JSON ----------------------------------------------------------------------
def test_parse_text_table_json_reads_cells_like_typed_text():
    text = json.dumps([{"purpose": "Paying salaries", "bases": "Contract; legal obligation"},
                       {"purpose": "Pensions", "bases": ["Legal obligation", "consent"]}])
    assert codec.parse_text(PURPOSES, text) == [
        {"purpose": "Paying salaries", "bases": ["contract", "legal_obligation"]},
        {"purpose": "Pensions", "bases": ["legal_obligation", "consent"]},
    ]


def test_parse_text_table_numbers_pass_and_missing_columns_are_none():
    rows = codec.parse_text(RISKS, '[{"source": "Leak", "likelihood": 3, "severity": "2"}]')
    assert rows == [{"source": "Leak", "impact": None, "likelihood": 3, "severity": 2, "level": None,
                     "measures": None, "residual_likelihood": None, "residual_severity": None,
                     "residual_level": None}]


def test_parse_text_table_naive_cell_time_is_read_in_the_zone():
    rows = codec.parse_text(TIMELINE, '[{"at": "2026-07-01 10:00", "event": "Laptop missing"}]', "Europe/Bucharest")
    assert rows == [{"at": dt.datetime(2026, 7, 1, 7, 0, tzinfo=UTC), "event": "Laptop missing"}]


@pytest.mark.parametrize(("text", "message"), [
    ('[{"purpose": "Pay", "colour": "red"}]', "unknown column 'colour'; the columns are bases, purpose"),
    ('{"purpose": "Pay"}', 'expected a JSON list of rows, like [{"column": "value"}]'),
    ('["Pay"]', 'expected a JSON list of rows, like [{"column": "value"}]'),
    ('[{"purpose": "Pay"', "expected a JSON list of rows (Expecting ',' delimiter)"),
    ('[{"purpose": "Pay", "bases": "contract; nonsense"}]',
     f"'nonsense' is not one of: {', '.join(vocab.LAWFUL_BASIS.codes)}"),
])
def test_parse_text_table_errors(text, message):
    with pytest.raises(ValueError) as info:
        codec.parse_text(PURPOSES, text)
    assert str(info.value) == message


# -- display -----------------------------------------------------------------------------------------------
def test_display_labels_for_codes():
    assert codec.display(STATUS, "contained") == "Contained"
    assert codec.display(SPECIAL, ["health", "genetic"]) == "Health data; Genetic data"
    assert codec.display(SUBJECTS, ["employees", "Tenants"]) == "Employees; Tenants"
    assert codec.display(DISCOVERED_HOW, "A neighbour rang us") == "A neighbour rang us"


def test_display_local_time_in_the_zone():
    moment = dt.datetime(2026, 7, 1, 7, 0, tzinfo=UTC)
    assert codec.display(AWARE, moment, "Europe/Bucharest") == "2026-07-01 10:00 EEST"
    assert codec.display(AWARE, moment, "Europe/London") == "2026-07-01 08:00 BST"
    assert codec.display(AWARE, moment) == "2026-07-01 07:00 UTC"
    assert codec.display(AWARE, dt.datetime(2026, 1, 15, 8, 0, tzinfo=UTC), "Europe/Bucharest") == "2026-01-15 10:00 EET"


def test_display_scalars_and_blanks():
    assert codec.display(CYBER, True) == "Yes"
    assert codec.display(CYBER, False) == "No"
    assert codec.display(COUNT, 0) == "0"
    assert codec.display(REVIEWED, dt.date(2026, 1, 5)) == "2026-01-05"
    assert codec.display(NAME, None) == ""
    assert codec.display(SYSTEMS, []) == ""
    assert codec.display(SYSTEMS, ["Payroll app", "EU cloud"]) == "Payroll app; EU cloud"
    assert codec.display(TIME_ZONE, "Europe/Bucharest") == "Europe/Bucharest"


def test_display_countries_by_name():
    assert codec.display(COUNTRY, "RO") == "Romania"
    assert codec.display(COUNTRY, "CH") == "Switzerland"
    assert codec.display(SUBPROCESSORS, [{"name": "MailCo", "country": "IE", "service": None},
                                         {"name": "HostCo", "country": "DE", "service": "Hosting"}]) == \
        "MailCo · Ireland\nHostCo · Germany · Hosting"


def test_display_links_by_title_or_number():
    titles = {1: "Payroll", 2: "Newsletter"}
    assert codec.display(ACTIVITIES, [1, 2, 9], titles=titles) == "Payroll; Newsletter; #9"
    assert codec.display(TRAINEE, 2, titles=titles) == "Newsletter"
    assert codec.display(TRAINEE, 5) == "#5"


def test_display_table_rows_one_per_line_with_labels_and_local_times():
    rows = [{"source": "Leak", "impact": None, "likelihood": 2, "severity": 3, "level": "medium"}]
    assert codec.display(RISKS, rows) == "Leak · 2 · 3 · Medium"
    timeline = [{"at": dt.datetime(2026, 7, 1, 7, 0, tzinfo=UTC), "event": "Reported"}]
    assert codec.display(TIMELINE, timeline, "Europe/Bucharest") == "2026-07-01 10:00 EEST · Reported"


# -- database columns and JSON -------------------------------------------------------------------------------
ROUND_TRIPS = [
    (NAME, "Plată salarii – „Ţară”", "Plată salarii – „Ţară”"),
    (DESCRIPTION, "one\ntwo", "one\ntwo"),
    (COUNT, 0, 0),
    (COUNT, 1200, 1200),
    (CYBER, True, 1),
    (CYBER, False, 0),
    (REVIEWED, dt.date(2026, 2, 28), "2026-02-28"),
    (AWARE, dt.datetime(2026, 7, 1, 10, 0, tzinfo=BUCHAREST), "2026-07-01T07:00:00+00:00"),
    (AWARE, dt.datetime(2026, 7, 1, 10, 0, 0, 250, tzinfo=UTC), "2026-07-01T10:00:00.000250+00:00"),
    (STATUS, "open", "open"),
    (COUNTRY, "RO", "RO"),
    (TIME_ZONE, "Europe/Bucharest", "Europe/Bucharest"),
    (TRAINEE, 4, 4),
    (SPECIAL, ["health", "genetic"], '["health","genetic"]'),
    (SUBJECTS, ["employees", "Chiriași"], '["employees","Chiriași"]'),
    (ACTIVITIES, [3, 1], "[3,1]"),
    (SPECIAL, [], "[]"),
    (TIMELINE, [{"at": dt.datetime(2026, 7, 1, 10, 0, tzinfo=BUCHAREST), "event": "Reported"}],
     '[{"at":"2026-07-01T07:00:00+00:00","event":"Reported"}]'),
    (PURPOSES, [{"purpose": "Pay", "bases": ["contract"]}], '[{"purpose":"Pay","bases":["contract"]}]'),
]


@pytest.mark.parametrize(("field", "value", "column"), ROUND_TRIPS,
                         ids=[f"{f.key}-{i}" for i, (f, _, _) in enumerate(ROUND_TRIPS)])
def test_to_db_and_back(field, value, column):
    assert codec.to_db(field, value) == column
    back = codec.from_db(field, column)
    assert back == value  # datetimes compare as instants
    assert type(back) is type(value)


def test_times_come_back_from_the_database_in_utc():
    back = codec.from_db(AWARE, codec.to_db(AWARE, dt.datetime(2026, 7, 1, 10, 0, tzinfo=BUCHAREST)))
    assert back.tzinfo is UTC and back.hour == 7
    rows = codec.from_db(TIMELINE, codec.to_db(TIMELINE, [{"at": dt.datetime(2026, 1, 1, 9, 0, tzinfo=LONDON),
                                                          "event": "x"}]))
    assert rows[0]["at"].tzinfo is UTC


def test_empty_columns_read_as_empty_values():
    assert codec.to_db(NAME, None) is None and codec.from_db(NAME, None) is None
    assert codec.to_db(AWARE, None) is None and codec.from_db(AWARE, None) is None
    assert codec.to_db(SPECIAL, None) == "[]"
    assert codec.from_db(SPECIAL, None) == [] and codec.from_db(SPECIAL, "") == []
    assert codec.from_db(CYBER, None) is False
    assert codec.from_db(TIMELINE, "[]") == []


def test_table_column_round_trip_fills_missing_cells():
    raw = '[{"purpose": "Pay"}]'
    assert codec.from_db(PURPOSES, raw) == [{"purpose": "Pay", "bases": []}]
    assert codec.from_db(DPIA.field("screening"), '[{"criterion": "large_scale"}]') == [
        {"criterion": "large_scale", "met": False, "note": None}]


def test_json_round_trip():
    moment = dt.datetime(2026, 3, 29, 3, 30, tzinfo=LONDON)  # BST since 01:00 that morning
    assert codec.to_json(AWARE, moment) == "2026-03-29T02:30:00+00:00"
    assert codec.from_json(AWARE, codec.to_json(AWARE, moment)) == moment
    assert codec.to_json(REVIEWED, dt.date(2028, 2, 29)) == "2028-02-29"
    assert codec.from_json(REVIEWED, "2028-02-29") == dt.date(2028, 2, 29)
    assert codec.from_json(SPECIAL, None) == [] and codec.from_json(NAME, None) is None


# -- clean ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("field", "value", "expected"), [
    (NAME, "  Payroll ", "Payroll"),
    (NAME, "   ", None),
    (NAME, "", None),
    (DESCRIPTION, "\n  text \n", "text"),
    (STATUS, " open ", "open"),
    (COUNTRY, " ro ", "RO"),
    (TIME_ZONE, " Europe/Bucharest", "Europe/Bucharest"),
    (NAME, 5, 5),  # never guesses a type: validation judges it
    (COUNT, "12", "12"),
    (CYBER, None, False),
    (CYBER, True, True),
    (SUBJECTS, None, []),
    (SUBJECTS, ["employees", "  Tenants   of  block A ", "employees", "", "   ", None, "Tenants of block A"],
     ["employees", "Tenants of block A"]),
    (ACTIVITIES, [3, 1, 3, None], [3, 1]),
    (SPECIAL, "health", "health"),
])
def test_clean_tidies_without_guessing(field, value, expected):
    assert codec.clean(field, value) == expected


def test_clean_table_drops_blank_rows_and_fills_columns():
    rows = [
        {"purpose": "  Paying salaries ", "bases": ["contract", "contract"]},
        {"purpose": "   ", "bases": []},
        {},
        {"purpose": None, "bases": None},
    ]
    assert codec.clean(PURPOSES, rows) == [{"purpose": "Paying salaries", "bases": ["contract"]}]
    assert codec.clean(PURPOSES, None) == []


def test_clean_table_row_with_only_computed_cells_is_blank():
    assert codec.clean(RISKS, [{"level": "high", "residual_level": "low"}]) == []


def test_clean_table_keeps_a_row_whose_only_value_is_zero():
    # 0 is a value someone typed (and validation then says it is out of range), not a blank cell.
    cleaned = codec.clean(RISKS, [{"likelihood": 0}])
    assert len(cleaned) == 1 and cleaned[0]["likelihood"] == 0


def test_clean_table_keeps_unknown_columns_for_validation_to_name():
    # A mistyped column must be reported, not silently dropped with its value.
    cleaned = codec.clean(PURPOSES, [{"purpse": "Paying salaries"}])
    assert cleaned == [{"purpose": None, "bases": [], "purpse": "Paying salaries"}]


def test_clean_table_leaves_non_rows_for_validation():
    assert codec.clean(PURPOSES, ["Pay"]) == ["Pay"]
    assert codec.clean(PURPOSES, "Pay") == "Pay"


def test_element_field_of_a_list_is_a_single_value_field():
    single = codec._element(SPECIAL)
    assert isinstance(single, Field) and single.kind is Kind.CHOICE and single.vocab is vocab.SPECIAL_CATEGORY
    assert codec._element(ACTIVITIES).kind is Kind.LINK


@pytest.mark.parametrize(("kind", "raws"), [
    (Kind.DATE, [None, "2026-02-28", "2028-02-29"]),
    (Kind.DATETIME, [None, "2026-03-29T00:30:00+00:00", "2026-10-25T03:30:00+03:00", "2026-07-01T12:00:00Z"]),
    (Kind.BOOL, [None, 0, 1]),
])
def test_scalar_reader_reads_as_from_json_does(kind, raws):
    field = Field("x", "X", kind, "help")
    read = codec.scalar_reader(field)
    for raw in raws:
        got, expected = read(raw), codec.from_json(field, raw)
        assert got == expected and type(got) is type(expected), raw
        if isinstance(got, dt.datetime):
            assert got.utcoffset() == dt.timedelta(0)


def test_scalar_reader_refuses_other_kinds():
    for field in (Field("t", "T", Kind.TEXT, "help"),
                  Field("d", "D", Kind.TABLE, "help", fields=(Field("a", "A", Kind.DATE, "help"),))):
        with pytest.raises(ValueError):
            codec.scalar_reader(field)
