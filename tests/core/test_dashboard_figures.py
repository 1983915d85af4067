"""The dashboard's chart figures: month windows and month ends in the office's zone, training
coverage on the expiry day and with nobody on staff, and lawful bases counted per activity.

The last test reads the figures from a real demo register, so the charts are proved against
the same records the GUI shows.
"""

from __future__ import annotations

import datetime as dt

import pytest

from atlas_desktop.core.context import Context
from atlas_desktop.core.dashboard_figures import (
    CLIENTS_BASIS,
    NO_BASIS,
    Coverage,
    activities_by_basis,
    breaches_per_month,
    dashboard_data,
    training_coverage,
)

UTC = dt.UTC
D = dt.date
BUCHAREST = "Europe/Bucharest"


def ctx_at(now: dt.datetime, zone: str = BUCHAREST) -> Context:
    return Context(time_zone=zone, now=now)


def months_of(figures) -> list[tuple[int, int, int]]:
    return [(m.year, m.month, m.count) for m in figures]


# -- breaches per month --------------------------------------------------------------------------
def test_window_is_the_last_twelve_calendar_months_across_a_year_end():
    figures = breaches_per_month([], ctx_at(dt.datetime(2026, 2, 10, 12, tzinfo=UTC)))
    assert [(m.year, m.month) for m in figures] == \
        [(2025, m) for m in range(3, 13)] + [(2026, 1), (2026, 2)]
    assert all(m.count == 0 for m in figures)
    assert figures[0].first_day == D(2025, 3, 1)


def test_a_breach_late_on_the_last_day_of_a_month_counts_in_the_local_month():
    # 31 January 23:30 UTC is already 1 February 01:30 in Bucharest (EET, UTC+2).
    late_night = {"aware_at": dt.datetime(2026, 1, 31, 23, 30, tzinfo=UTC)}
    ctx = ctx_at(dt.datetime(2026, 3, 1, 10, tzinfo=UTC))
    counts = {(m.year, m.month): m.count for m in breaches_per_month([late_night], ctx)}
    assert counts[(2026, 2)] == 1 and counts[(2026, 1)] == 0
    # The same moment in UTC is still January.
    counts_utc = {(m.year, m.month): m.count for m in breaches_per_month([late_night], ctx_at(ctx.now, "UTC"))}
    assert counts_utc[(2026, 1)] == 1 and counts_utc[(2026, 2)] == 0


def test_the_current_month_is_the_local_one_at_midnight():
    # 31 March 22:30 UTC is 1 April 01:30 in Bucharest (EEST): the window ends with April.
    ctx = ctx_at(dt.datetime(2026, 3, 31, 22, 30, tzinfo=UTC))
    figures = breaches_per_month([{"aware_at": ctx.now}], ctx)
    assert (figures[-1].year, figures[-1].month, figures[-1].count) == (2026, 4, 1)
    assert (figures[0].year, figures[0].month) == (2025, 5)


def test_breaches_outside_the_window_or_without_a_date_are_left_out():
    ctx = ctx_at(dt.datetime(2026, 11, 21, 9, tzinfo=UTC))
    breaches = [
        {"aware_at": dt.datetime(2025, 11, 30, 12, tzinfo=UTC)},       # 13 months back: out
        {"aware_at": dt.datetime(2025, 12, 1, 12, tzinfo=UTC)},        # first month of the window
        {"aware_at": None, "discovered_at": dt.datetime(2026, 6, 3, 8, tzinfo=UTC)},  # falls back
        {"aware_at": None},                                              # nothing to place it by
        {"aware_at": dt.datetime(2026, 11, 20, 9, tzinfo=UTC)},
        {"aware_at": dt.datetime(2026, 11, 21, 8, tzinfo=UTC)},
    ]
    counts = {(m.year, m.month): m.count for m in breaches_per_month(breaches, ctx)}
    assert counts == {**{k: 0 for k in counts}, (2025, 12): 1, (2026, 6): 1, (2026, 11): 2}
    assert sum(counts.values()) == 4


def test_other_window_lengths_and_a_bad_one():
    ctx = ctx_at(dt.datetime(2026, 11, 21, 9, tzinfo=UTC))
    assert months_of(breaches_per_month([], ctx, months=1)) == [(2026, 11, 0)]
    assert len(breaches_per_month([], ctx, months=24)) == 24
    with pytest.raises(ValueError, match="at least one month"):
        breaches_per_month([], ctx, months=0)


# -- training coverage ---------------------------------------------------------------------------
def test_coverage_counts_current_staff_with_a_training_valid_today():
    # 21 November 2026 in Bucharest.
    ctx = ctx_at(dt.datetime(2026, 11, 21, 9, tzinfo=UTC))
    people = [{"id": 1, "status": "current"}, {"id": 2, "status": "current"}, {"id": 3, "status": "current"},
              {"id": 4, "status": "left"}, {"id": 5, "status": None}]
    trainings = [
        {"person": 1, "expires_on": D(2026, 11, 22)},    # valid until tomorrow
        {"person": 2, "expires_on": D(2026, 11, 21)},    # lapses today: no longer counts
        {"person": 2, "expires_on": D(2025, 1, 1)},
        {"person": 4, "expires_on": D(2027, 1, 1)},      # left: not staff any more
        {"person": 5, "completed_on": D(2026, 1, 10), "valid_months": 12},  # no expiry stored yet
    ]
    cov = training_coverage(people, trainings, ctx)
    assert cov == Coverage(trained=2, staff=4)
    assert cov.share == 0.5 and cov.percent == 50


def test_the_expiry_day_is_judged_in_the_office_zone():
    # 20 November 22:30 UTC is already 21 November in Bucharest: a training expiring on the 21st lapsed there.
    now = dt.datetime(2026, 11, 20, 22, 30, tzinfo=UTC)
    people, trainings = [{"id": 1}], [{"person": 1, "expires_on": D(2026, 11, 21)}]
    assert training_coverage(people, trainings, ctx_at(now)).trained == 0
    assert training_coverage(people, trainings, ctx_at(now, "UTC")).trained == 1


def test_no_staff_means_no_share_rather_than_zero_percent():
    cov = training_coverage([{"id": 1, "status": "left"}], [], ctx_at(dt.datetime(2026, 1, 1, tzinfo=UTC)))
    assert cov == Coverage(0, 0)
    assert cov.share is None and cov.percent is None


@pytest.mark.parametrize(("trained", "staff", "percent"), [
    (6, 7, 85), (199, 200, 99), (200, 200, 100), (1, 300, 1), (0, 5, 0)])
def test_percent_never_rounds_up_to_everyone_nor_down_to_nobody(trained, staff, percent):
    assert Coverage(trained, staff).percent == percent


# -- activities by lawful basis -------------------------------------------------------------------
def test_each_activity_counts_once_per_basis_and_retired_ones_not_at_all():
    activities = [
        {"purposes": [{"bases": ["contract", "legal_obligation"]}, {"bases": ["contract"]}]},
        {"purposes": [{"bases": ["legitimate_interests"]}], "role": "joint_controller"},
        {"purposes": [{"bases": ["contract"]}], "status": "active"},
        {"purposes": [{"bases": ["consent"]}], "status": "retired"},
        {"purposes": [{"bases": []}], "role": "controller"},
        {"purposes": [], "role": "processor"},
        {"role": "processor", "purposes": [{"bases": ["consent"]}]},   # the client's basis, not ours
    ]
    bars = [(b.code, b.count) for b in activities_by_basis(activities)]
    # Most used first; ties keep the vocabulary's order (b before c before f).
    assert bars == [("contract", 2), ("legal_obligation", 1), ("legitimate_interests", 1),
                    (CLIENTS_BASIS, 2), (NO_BASIS, 1)]
    first = activities_by_basis(activities)[0]
    assert (first.label, first.article) == ("Contract", "Art. 6(1)(b)")


def test_no_activities_no_bars():
    assert activities_by_basis([]) == []


# -- everything at once ------------------------------------------------------------------------------
def test_dashboard_data_judges_in_the_organisations_zone_and_matches_the_checks():
    from atlas_desktop.core.checks import run_checks

    now = dt.datetime(2026, 1, 31, 23, 30, tzinfo=UTC)   # already 1 February in Bucharest
    snapshot = {"organisation": [{"name": "Acme", "time_zone": BUCHAREST}],
                "breach": [{"id": 1, "title": "Lost phone", "aware_at": now, "status": "open"}],
                "person": [{"id": 1, "name": "Ana", "status": "current"}], "training": [],
                "activity": [{"id": 1, "name": "Payroll", "purposes": [{"bases": ["contract"]}]}]}
    data = dashboard_data(snapshot, now)
    assert data.organisation == "Acme" and data.ctx.time_zone == BUCHAREST and data.ctx.today == D(2026, 2, 1)
    assert data.findings == run_checks(snapshot, data.ctx)
    assert "breach-assessment-due" in {f.code for f in data.findings}
    assert (data.months[-1].month, data.months[-1].count) == (2, 1)
    assert data.coverage == Coverage(0, 1)
    assert [(b.code, b.count) for b in data.bases] == [("contract", 1)]
    # An empty register still gives a full, empty picture.
    empty = dashboard_data({}, now)
    assert empty.ctx.time_zone == "UTC" and empty.coverage == Coverage(0, 0) and empty.bases == []
    assert len(empty.months) == 12 and empty.months[-1].month == 1


# -- on the demo register --------------------------------------------------------------------------
def test_figures_from_the_demo_register(tmp_path):
    from atlas_desktop.storage.demo import create_demo
    from atlas_desktop.storage.records import Records

    now = dt.datetime(2026, 11, 21, 9, 15, tzinfo=UTC)
    reg, _ = create_demo(tmp_path / "demo.atlas", now=now)
    try:
        records = Records(reg)
        snap, ctx = records.snapshot(), records.context(now)
    finally:
        reg.close()
    months = breaches_per_month(snap["breach"], ctx)
    # Phishing (20 h ago) and the client's delivery phone this month, roster (35 days ago), laptop (82 days ago).
    assert sum(m.count for m in months) == 4
    assert (months[-1].month, months[-1].count) == (11, 2)
    # Seven current staff; Ioana's and Bogdan's training expired, Radu's still runs.
    assert training_coverage(snap["person"], snap["training"], ctx) == Coverage(trained=5, staff=7)
    bars = {b.code: b.count for b in activities_by_basis(snap["activity"])}
    in_use = [a for a in snap["activity"] if a.get("status") != "retired"]
    assert bars[CLIENTS_BASIS] == sum(1 for a in in_use if a.get("role") == "processor")
    assert bars["contract"] == sum(1 for a in in_use if a.get("role") != "processor"
                                   and any("contract" in p["bases"] for p in a["purposes"]))
    assert NO_BASIS not in bars
