"""The management summary reports every breach whose clock runs, and the decisions as they were recorded.

Legal basis: Art. 33(1) GDPR, notify the authority within 72 hours of becoming aware unless the
breach is unlikely to result in a risk; Art. 33(5), document every breach, and the reasoning
when it is not notified; Art. 34(1), tell the people affected when the risk is high.
"""

from __future__ import annotations

import datetime as dt

from atlas_desktop.core import review as rv
from atlas_desktop.core.context import Context
from atlas_desktop.core.review_figures import YearFigures, year_figures
from atlas_desktop.core.review_summary import ReviewData, summary_lines

NOW = dt.datetime(2026, 6, 1, 9, 0, tzinfo=dt.UTC)
PERIOD = rv.Period(dt.date(2025, 6, 2), dt.date(2026, 6, 1))


def _breach(n: int, title: str, aware: dt.datetime, **fields) -> dict:
    return {"id": n, "title": title, "status": "open", "aware_at": aware, "description": "What happened",
            "our_role": "controller", "notify_authority": "undecided", "activities": [], "staff": [],
            "impact": ["confidentiality"], **fields}


def _summary(breaches: list[dict]) -> tuple[YearFigures, str]:
    figures = year_figures({"breach": breaches}, Context("UTC", frozenset(), NOW), PERIOD)
    review = rv.Review(1, "Annual review 2026", rv.IN_PROGRESS, NOW, "Maria", PERIOD, 1, "00")
    return figures, "\n".join(summary_lines(ReviewData(review, [], figures, None, None)))


def test_a_breach_from_before_the_period_whose_clock_runs_is_in_the_summary():
    # Became aware 18 months ago and never decided: outside the period, but the Art. 33(1) clock still runs.
    old = _breach(1, "Old USB stick lost", NOW - dt.timedelta(days=540))
    figures, text = _summary([old])
    assert figures.breach_total.breaches == 0                    # not in the period's counts…
    assert [b.title for b in figures.running_breaches] == ["Old USB stick lost"]   # …but listed as running
    assert "1 breach still has a clock running (Art. 33(1), 34(1))" in text
    assert "\u201cOld USB stick lost\u201d (aware 08 Dec 2024 09:00 UTC)" in text
    # Nothing decided by a person: the assessment (worst case assumed for what is unanswered) says notify.
    assert ("to be notified to the authority (the risk assessment says so), not notified yet (the deadline passed "
            "on 11 Dec 2024 09:00 UTC)") in text
    assert "decided" not in text
    # Kept with a closed review's figures, and figures signed before the list existed still open.
    assert YearFigures.from_json(figures.to_json()) == figures
    assert YearFigures.from_json({"period_start": "2025-01-01", "period_end": "2025-12-31"}).running_breaches == []


def test_recorded_decisions_are_reported_as_they_are_not_as_undecided():
    aware = NOW - dt.timedelta(hours=10)
    decided_yes = _breach(1, "Phishing", aware, notify_authority="yes")
    decided_no = _breach(2, "Roster to a partner", aware, notify_authority="no", risk_override="none",
                         override_reason="The partner is bound to confidentiality and deleted it",
                         risk_reasoning="Trusted recipient, deleted unread")
    notified = _breach(3, "Laptop stolen", NOW - dt.timedelta(days=20), notify_authority="yes",
                       notified_at=NOW - dt.timedelta(days=19), subjects_notified_at=NOW - dt.timedelta(days=18))
    figures, text = _summary([decided_yes, decided_no, notified])
    total = figures.breach_total
    assert (total.breaches, total.notified, total.not_needed, total.to_notify, total.undecided) == (3, 1, 1, 1, 0)
    assert "undecided" not in text and "pending" not in text
    assert "1 to be notified but not notified yet" in text
    running = {b.title: b for b in figures.running_breaches}
    # Decided to notify, not sent yet: its Art. 33(1) clock still runs, and the summary says what was decided.
    assert set(running) == {"Phishing"}
    assert running["Phishing"].authority.startswith("decided to notify the authority, not notified yet")
    # The ones settled are described as recorded too (the figures table and the review PDF use these words).
    from atlas_desktop.core.breach_status import breach_state
    from atlas_desktop.core.derive import derive

    ctx = Context("UTC", frozenset(), NOW)
    no = breach_state(derive("breach", decided_no, ctx), NOW, dt.UTC, "no")
    assert no.authority == ("decided not to notify the authority (reason: Trusted recipient, deleted unread)")
    assert not no.running
    done = breach_state(derive("breach", notified, ctx), NOW, dt.UTC, "yes")
    assert done.authority == "notified the authority on 13 May 2026 09:00 UTC, within the 72 hours"
    assert not done.running


def test_a_high_risk_breach_whose_people_are_not_told_keeps_its_art_34_clock_running():
    told_authority = _breach(1, "Health files e-mailed to a stranger", NOW - dt.timedelta(days=3),
                             notify_authority="yes", notified_at=NOW - dt.timedelta(days=2, hours=12),
                             risk_override="high", override_reason="Health data sent to an unknown person")
    figures, text = _summary([told_authority])
    (line,) = figures.running_breaches
    assert line.authority.startswith("notified the authority on") and "not told yet" in line.people
    assert "high risk: the people affected are not told yet" in text
