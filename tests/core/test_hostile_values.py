"""Hostile values: dates far outside any register's life, control characters in text, and JSON that would
exhaust the stack or memory are refused with a plain reason naming the field, on every way in, and a value
already stored that breaks these rules is still read, shown and counted from without a crash."""

from __future__ import annotations

import datetime as dt
import json
import re
from zoneinfo import ZoneInfo

import pytest

from atlas_desktop.core import clocks, codec, limits
from atlas_desktop.core.context import Context
from atlas_desktop.core.derive import derive
from atlas_desktop.core.entities import entity
from atlas_desktop.core.errors import DateOutOfRange, InvalidRecord, Problem
from atlas_desktop.core.validation import validate
from atlas_desktop.exports.values import from_cell
from atlas_desktop.storage.records import Records

BREACH = entity("breach")
AWARE = BREACH.field("aware_at")
TITLE = BREACH.field("title")
DESCRIPTION = BREACH.field("description")
TRAINING_DONE = entity("training").field("completed_on")
ZONE = "Europe/Bucharest"
NOW = dt.datetime(2026, 5, 4, 9, 0, tzinfo=dt.UTC)
CTX = Context(ZONE, now=NOW)
ESC_TITLE = "Evil\x1b]0;owned\x07"


def breach(**values):
    base = {"title": "Laptop stolen", "description": "Left in a car", "aware_at": NOW - dt.timedelta(hours=2),
            "discovered_at": NOW - dt.timedelta(hours=3)}
    return {**BREACH.blank(), **base, **values}


# -- dates: 1900-01-01 ... 2200-12-31 --------------------------------------------------------------------
def test_the_reported_crash_is_a_plain_refusal_on_every_way_in():
    """The finding: aware_at 9999-12-31 23:59 raised OverflowError on the 72-hour deadline."""
    message = "9999-12-31 is outside the dates Atlas accepts (1900–2200)"
    with pytest.raises(DateOutOfRange, match=re.escape(message)):
        codec.parse_text(AWARE, "9999-12-31 23:59", ZONE)  # CLI --set, --from-json, GUI, sheet text
    with pytest.raises(ValueError, match=re.escape(message)):
        from_cell(AWARE, "9999-12-31 23:59", ZONE)  # a spreadsheet cell typed as text
    moment = dt.datetime(9999, 12, 31, 23, 59, tzinfo=ZoneInfo(ZONE))  # a caller handing a datetime
    problems = validate(BREACH, breach(aware_at=moment, discovered_at=None), CTX)
    assert problems == [Problem("aware_at", f"Became aware at: {message}.")]


@pytest.mark.parametrize(("refused", "accepted"), [
    ("1899-12-31", "1900-01-01"), ("2201-01-01", "2200-12-31"), ("0001-01-01", "1900-01-01"),
])
def test_dates_are_range_checked_at_both_ends(refused, accepted):
    with pytest.raises(DateOutOfRange, match=f"{refused} is outside the dates Atlas accepts"):
        codec.parse_text(TRAINING_DONE, refused)
    with pytest.raises(DateOutOfRange):
        codec.parse_text(AWARE, refused + " 12:00", ZONE)
    assert codec.parse_text(TRAINING_DONE, accepted) == dt.date.fromisoformat(accepted)  # the edge itself is in
    assert codec.parse_text(AWARE, accepted + " 12:00", ZONE).date() == dt.date.fromisoformat(accepted)


def test_a_date_in_a_table_row_is_range_checked_and_named_by_row_and_column():
    record = breach(timeline=[{"at": dt.datetime(9999, 1, 1, tzinfo=dt.UTC), "event": "Typo"}])
    assert validate(BREACH, record, CTX) == [
        Problem("timeline", "When: 9999-01-01 is outside the dates Atlas accepts (1900–2200).", 1, "at")]


# Every accepted extreme, on the furthest clocks on Earth (UTC-12 and UTC+14), and the minute beyond it.
EDGES = [dt.datetime(1900, 1, 1, 0, 0, tzinfo=dt.timezone(dt.timedelta(hours=14))),
         dt.datetime(1900, 1, 1, 0, 0, tzinfo=dt.timezone(dt.timedelta(hours=-12))),
         dt.datetime(2200, 12, 31, 23, 59, tzinfo=dt.timezone(dt.timedelta(hours=-12))),
         dt.datetime(2200, 12, 31, 23, 59, tzinfo=dt.timezone(dt.timedelta(hours=14))),
         dt.datetime(2200, 12, 31, 23, 59, tzinfo=ZoneInfo(ZONE))]


@pytest.mark.parametrize("moment", EDGES, ids=str)
def test_validation_draws_the_line_and_no_deadline_raises_inside_it(moment):
    beyond = moment + (dt.timedelta(minutes=1) if moment.year == 2200 else -dt.timedelta(minutes=1))
    far = Context(ZONE, now=dt.datetime(2201, 1, 2, tzinfo=dt.UTC))  # so that nothing is "in the future"
    assert [p.field for p in validate(BREACH, breach(aware_at=beyond, discovered_at=None), far)] == ["aware_at"]
    assert clocks.breach_notification_deadline(moment) - moment == dt.timedelta(hours=72)
    for role in ("controller", "processor"):
        record = breach(aware_at=moment, discovered_at=moment, our_role=role, controller_name="Client SRL",
                        controller_notice_hours=72)
        later = Context(ZONE, now=moment + dt.timedelta(days=1))  # not "in the future" either
        assert not [p for p in validate(BREACH, record, later) if p.field == "aware_at"]
        derived = derive("breach", record, CTX)
        assert derived["notification_deadline"] == moment + dt.timedelta(hours=72)
    day = moment.date()
    assert clocks.rights_request_due(day, extended=True) > day
    assert clocks.art36_answer_due(day, extended=True) > day


def test_a_deadline_beyond_the_calendar_is_a_plain_value_error_not_an_overflow():
    with pytest.raises(ValueError, match="no deadline can be counted from 9999-12-31"):
        clocks.breach_notification_deadline(dt.datetime(9999, 12, 31, 23, 59, tzinfo=dt.UTC))
    with pytest.raises(ValueError, match="edge of the calendar"):
        clocks.art36_answer_due(dt.date(9999, 12, 1))
    last = dt.date(9999, 12, 31)  # a Friday: only a holiday on it makes the roll run off the calendar
    with pytest.raises(ValueError, match="edge of the calendar"):
        clocks.next_working_day(last, {last})


def test_saving_an_out_of_range_time_is_refused_with_every_problem_and_nothing_crashes(new_register):
    reg, _ = new_register
    records = Records(reg)
    last = dt.datetime(9999, 12, 31, 23, 59, tzinfo=dt.UTC)
    with pytest.raises(InvalidRecord) as info:
        # A processor's breach also counts the client's deadline (Art. 33(2)); both used to overflow.
        records.create("breach", {"title": "T", "description": "D", "aware_at": last, "our_role": "processor",
                                  "controller_name": "Client SRL", "controller_notice_hours": 10 ** 12})
    assert [p.field for p in info.value.problems] == ["aware_at", "controller_notice_hours"]
    assert "outside the dates Atlas accepts" in info.value.problems[0].message
    assert records.list("breach") == []


def test_a_time_already_stored_out_of_range_is_read_shown_checked_and_named_on_the_next_save(new_register):
    """A register written before the range rule (or by an older client of a team register) may hold one."""
    from atlas_desktop.core.checks import check_stream

    reg, _ = new_register
    records = Records(reg)
    records.save_organisation({"time_zone": ZONE})
    rid = records.create("breach", {"title": "T", "description": "D", "aware_at": NOW, "our_role": "processor",
                                    "controller_name": "Client SRL"})
    rights = records.create("rights_request", {"requester": "Ana", "right": "access", "received_on": NOW.date()})
    reg.db.execute_sql("UPDATE breach SET aware_at = '9999-12-31T23:59:00+00:00', "
                       "discovered_at = '0001-01-01T00:00:00+05:00' WHERE id = ?", (rid,))
    reg.db.execute_sql("UPDATE rights_request SET received_on = '9999-12-31' WHERE id = ?", (rights,))

    stored = records.get("breach", rid)
    assert stored["aware_at"] == dt.datetime(9999, 12, 31, 23, 59, tzinfo=dt.UTC)
    assert stored["discovered_at"] == dt.datetime(1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=5)))
    # Bucharest is ahead of UTC: the local time would be in year 10000, so it is shown as stored.
    assert codec.display(AWARE, stored["aware_at"], ZONE) == "9999-12-31 23:59+00:00"
    assert records.list("breach")[0]["id"] == rid
    check_stream(records.checked, records.context())  # every deadline is derived here: no OverflowError
    _, problems = records.prepare("breach", {}, rid)  # what the editor does on opening the record
    assert {p.field for p in problems} == {"aware_at", "discovered_at"}
    _, problems = records.prepare("rights_request", {}, rights)
    assert problems == [Problem("received_on", "Received on: 9999-12-31 is outside the dates Atlas accepts "
                                               "(1900–2200).")]


# -- control characters in text --------------------------------------------------------------------------
@pytest.mark.parametrize(("key", "value", "message"), [
    ("title", ESC_TITLE, "Title contains an invisible control character, U+001B (escape), at character 5; "
                         "remove it."),
    ("description", "Line one\nring\x07", "What happened contains an invisible control character, U+0007 (bell), "
                                          "at character 14; remove it."),
    ("title", "csi\x9b31m", "Title contains an invisible control character, U+009B (control sequence "
                            "introducer), at character 4; remove it."),
    ("title", "invoice \u202efdp.exe", "Title contains an invisible control character, U+202E (right-to-left "
                                       "override), at character 9; remove it."),
    ("title", "a\u2066b", "Title contains an invisible control character, U+2066 (left-to-right isolate), at "
                          "character 2; remove it."),
    ("title", "del\x7f", "Title contains an invisible control character, U+007F (delete), at character 4; "
                         "remove it."),
    ("title", "broken \ud83d", "Title contains half of a broken character pair, U+D83D, at character 8; remove it."),
    ("discovered_how", "own\x1bwords", "How it was discovered contains an invisible control character, U+001B "
                                         "(escape), at character 4; remove it."),  # an open choice: free text
])
def test_control_characters_are_refused_naming_field_and_character(key, value, message):
    record = breach(**{key: codec.clean(BREACH.field(key), value)})
    assert [p for p in validate(BREACH, record, CTX) if p.field == key] == [Problem(key, message)]


def test_control_characters_are_refused_in_list_entries_and_table_cells():
    activity = entity("activity")
    record = {**activity.blank(), "name": "Payroll", "subject_categories": ["staff", "bad\x1b[2J"],
              "retention": [{"data_category": "Pay\u202eslips", "period": "6 years"}]}
    problems = validate(activity, record, Context(ZONE, now=NOW))
    assert Problem("subject_categories", "People concerned: entry 2 contains an invisible control character, "
                                         "U+001B (escape), at character 4; remove it.") in problems
    cell = [p for p in problems if p.field == "retention"]
    assert [(p.row, p.column) for p in cell] == [(1, "data_category")] and "U+202E" in cell[0].message


def test_ordinary_text_passes_and_only_layout_is_tidied():
    """Tabs, new lines in notes, accents, emoji joined with ZWJ and Hebrew with its marks are ordinary text."""
    record = breach(title=codec.clean(TITLE, "Laptop\tstolen"),
                    description=codec.clean(DESCRIPTION, "Line one\r\nline two\rthree\u2028four\tend"),
                    discovered_how="Colegă: «Șterge» 👩\u200d💻 \u05e9\u05dc\u05d5\u05dd\u200f")
    assert record["title"] == "Laptop stolen"  # a tab in a one-line field is a space
    assert record["description"] == "Line one\nline two\nthree\nfour\tend"
    assert validate(BREACH, record, CTX) == []


def test_a_register_refuses_control_characters_whatever_the_way_in(new_register):
    reg, _ = new_register
    records = Records(reg)
    with pytest.raises(InvalidRecord) as info:
        records.create("breach", {"title": ESC_TITLE, "description": "D", "aware_at": NOW})
    assert [p.field for p in info.value.problems] == ["title"] and "U+001B" in str(info.value)
    assert records.list("breach") == []


# -- JSON --------------------------------------------------------------------------------------------------
def test_json_deeper_than_the_limit_is_refused_plainly_not_with_recursion_error():
    with pytest.raises(ValueError, match=r"^the JSON is nested too deeply \(more than 32 levels\)$"):
        limits.read_json("[" * 100_000)  # json.loads alone raises RecursionError here
    assert limits.depth(limits.read_json("[" * 32 + "]" * 32)) == 32
    with pytest.raises(ValueError, match="nested too deeply"):
        limits.read_json("[" * 33 + "]" * 33)
    with pytest.raises(ValueError, match="nested too deeply"):
        limits.read_json(json.dumps({"a": [{"b": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}]}))
    table = BREACH.field("timeline")
    with pytest.raises(ValueError, match=r"expected a JSON list of rows \(the JSON is nested too deeply"):
        codec.parse_text(table, "[" * 100_000, ZONE)  # --set timeline=[[[[…


def test_json_too_large_or_not_text_is_refused_plainly():
    timeline = BREACH.field("timeline")
    with pytest.raises(ValueError, match=r"expected a JSON list of rows \(it holds a number too long to read\)"):
        codec.parse_text(timeline, '[{"event": ' + "1" * 5_000 + "}]", ZONE)  # not Python's own message
    with pytest.raises(ValueError, match="larger than 16 MB"):
        limits.read_json(b" " * (limits.MAX_JSON_BYTES + 1))
    with pytest.raises(ValueError, match=r"not UTF-8 text \(byte 2 cannot be read\)"):
        limits.read_json(b"{\xff}")
    with pytest.raises(ValueError, match="a number too long to read"):
        limits.read_json("1" * 5_000)
    assert limits.read_json("\ufeff{}".encode()) == {}  # a byte-order mark from a Windows editor is fine
    with pytest.raises(json.JSONDecodeError):  # kept as is, so the message can say where
        limits.read_json("{")
