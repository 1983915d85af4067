"""The dashboard on a real (demo) register: what it lists, the live breach clock under a fake
clock, clicks that open records, the charts' numbers, locking, and the all-clear state.

Screenshots go to ``ATLAS_SCREENSHOTS`` (default: the test's tmp_path) for review.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from atlas_desktop.core.checks import DUE_SOON, GAP, OVERDUE, run_checks
from atlas_desktop.core.dashboard_figures import Coverage, activities_by_basis
from atlas_desktop.gui import dashboard as dashboard_module
from atlas_desktop.gui import editors
from atlas_desktop.gui.dashboard import PAGE, Dashboard
from atlas_desktop.gui.dashboard_sections import first_steps_done
from atlas_desktop.gui.dashboard_items import (
    FindingButton,
    clock_text,
    days_text,
    duration_text,
)
from atlas_desktop.gui.session import Session
from atlas_desktop.storage.demo import DEMO_PASSPHRASE, create_demo
from atlas_desktop.storage.register import Register
from atlas_desktop.storage.settings import Settings
from tests.conftest import ORG, PASSPHRASE

UTC = dt.UTC
# The demo is made at this moment (Saturday 21 November 2026, 11:15 in Bucharest): its phishing
# breach became known 20 hours earlier, so its 72-hour deadline is Monday 23 November 13:15 UTC.
MADE = dt.datetime(2026, 11, 21, 9, 15, tzinfo=UTC)
DEADLINE = dt.datetime(2026, 11, 23, 13, 15, tzinfo=UTC)


class FakeClock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def screenshots(tmp_path) -> Path:
    folder = Path(os.environ.get("ATLAS_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def session(tmp_path):
    reg, _ = create_demo(tmp_path / "demo.atlas", now=MADE)
    s = Session(reg, Settings())
    yield s
    s.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(MADE + dt.timedelta(minutes=5))


@pytest.fixture
def dash(qtbot, session, clock) -> Dashboard:
    d = Dashboard(session, now=clock)
    qtbot.addWidget(d)
    d.resize(1200, 800)
    d.show()
    qtbot.waitExposed(d)
    return d


def rows(d: Dashboard, severity: str) -> list[FindingButton]:
    return [b for b in d.sections[severity].buttons() if isinstance(b, FindingButton)]


def row(d: Dashboard, severity: str, title: str, code: str | None = None) -> FindingButton:
    found = [b for b in rows(d, severity) if b.finding.title == title and (code is None or b.finding.code == code)]
    assert len(found) == 1, [(b.finding.title, b.finding.code) for b in rows(d, severity)]
    return found[0]


def record_id(session: Session, entity: str, text: str) -> int:
    (rec,) = session.records.list(entity, text=text)
    return int(rec["id"])


# -- what it lists ------------------------------------------------------------------------------
def test_demo_lists_the_live_breach_clock_and_what_is_overdue_due_and_missing(dash, session, clock):
    # The running breach clock comes first, apart from the groups.
    (clock_row,) = dash.clock_buttons
    assert clock_row.finding.title == "Phishing: support mailbox accessed"
    assert clock_row.finding.code == "breach-notification-due" and clock_row.finding.due == DEADLINE
    assert not clock_row.overdue and clock_row.when_label.text() == "Clock running"

    overdue = {b.finding.title for b in rows(dash, OVERDUE)}
    assert {"Ioana Ștefănescu", "Bogdan Țurcanu", "Incident and breach response procedure"} <= overdue
    ioana = row(dash, OVERDUE, "Ioana Ștefănescu")
    assert ioana.finding.code == "training-expired" and ioana.when_label.text() == "55 days overdue"

    # Florin's rectification request came in 28 days ago: due Tuesday 24 November, 3 days left.
    florin = row(dash, DUE_SOON, "Florin Stănescu (Trans-Carpatica driver)")
    assert florin.finding.code == "request-due" and florin.when_label.text() == "3 days left"
    assert florin.article_label.text() == "Art. 12(3)"
    assert row(dash, DUE_SOON, "Radu Constantinescu").finding.code == "training-expiring"

    no_dpa = row(dash, GAP, "Contab Expert Constanța SRL", "processor-dpa-missing")
    assert no_dpa.article_label.text() == "Art. 28(3)" and no_dpa.when_label.text() == ""
    assert "Art. 28(3)" in no_dpa.accessibleName() and "Gap" in no_dpa.accessibleName()

    # Exactly what `atlas check` finds at the same moment: nothing lost, nothing twice.
    records = session.records
    expected = run_checks(records.snapshot(), records.context(clock.now))
    shown = [b.finding for b in dash.clock_buttons] + [b.finding for s in (OVERDUE, DUE_SOON, GAP)
                                                       for b in rows(dash, s)]
    assert sorted(shown, key=repr) == sorted(expected, key=repr)
    for severity, section in dash.sections.items():
        assert section.header.text().endswith(f"({len(rows(dash, severity))})")
    assert dash.chips[OVERDUE].text() == f"{len(rows(dash, OVERDUE))} overdue"
    assert dash.chips["clock"].text() == "1 breach clock running"
    assert dash.all_clear.isHidden()


# -- the live clock -------------------------------------------------------------------------------
def test_countdown_follows_the_clock_and_turns_overdue(qtbot, dash, clock):
    (running,) = dash.clock_buttons
    assert running.countdown_label.text() == "Notify the authority within 51 h 55 min (Art. 33(1))"
    assert dash.clock_timer.isActive() and dash.clock_timer.interval() == 1000

    clock.now += dt.timedelta(hours=2, minutes=30)
    qtbot.waitUntil(lambda: running.countdown_label.text()
                    == "Notify the authority within 49 h 25 min (Art. 33(1))", timeout=5000)

    # Three hours past the deadline the row says so in words, and the checks are asked again.
    clock.now = DEADLINE + dt.timedelta(hours=3, seconds=20)
    qtbot.waitUntil(lambda: dash.clock_buttons and dash.clock_buttons[0].finding.severity == OVERDUE,
                    timeout=5000)
    (late,) = dash.clock_buttons
    assert late.finding.code == "breach-notification-overdue"
    assert late.countdown_label.text() == \
        "Overdue by 3 h: notify the authority now and give the reasons for the delay (Art. 33(1))"
    assert late.when_label.text() == "Overdue" and "Overdue" in late.accessibleName()
    assert dash.chips["clock"].text() == "1 breach deadline passed"


def test_clock_and_deadline_words():
    assert duration_text(0) == "less than a minute"
    assert duration_text(59) == "less than a minute"
    assert duration_text(41 * 3600 + 12 * 60 + 59) == "41 h 12 min"
    assert duration_text(3 * 3600 + 30) == "3 h"
    assert duration_text(12 * 60) == "12 min"
    assert duration_text(80 * 3600) == "3 days 8 h"
    assert days_text(OVERDUE, -1) == "1 day overdue"
    assert days_text(DUE_SOON, 0) == "due today"
    assert days_text(DUE_SOON, 1) == "1 day left"
    from atlas_desktop.core.checks import Finding
    undecided = Finding(DUE_SOON, "breach", 1, "Lost USB stick", "…", "Art. 33(1)", "breach-assessment-due",
                        DEADLINE)
    assert clock_text(undecided, DEADLINE - dt.timedelta(minutes=30)) == \
        (False, "Decide whether to notify the authority within 30 min (Art. 33(1))")
    assert clock_text(undecided, DEADLINE) == \
        (True, "Overdue by less than a minute: decide now whether to notify the authority (Art. 33(1))")


# -- opening records --------------------------------------------------------------------------------
def test_clicking_or_pressing_enter_opens_the_record(qtbot, dash, session):
    florin = row(dash, DUE_SOON, "Florin Stănescu (Trans-Carpatica driver)")
    with qtbot.waitSignal(dash.edit_requested) as blocker:
        qtbot.mouseClick(florin, Qt.MouseButton.LeftButton)
    assert blocker.args == ["rights_request", record_id(session, "rights_request", "Florin")]

    no_dpa = row(dash, GAP, "Contab Expert Constanța SRL", "processor-dpa-missing")
    no_dpa.setFocus()
    with qtbot.waitSignal(dash.edit_requested) as blocker:
        qtbot.keyClick(no_dpa, Qt.Key.Key_Return)
    assert blocker.args == ["processor", record_id(session, "processor", "Contab Expert")]

    with qtbot.waitSignal(dash.edit_requested) as blocker:
        qtbot.mouseClick(dash.clock_buttons[0], Qt.MouseButton.LeftButton)
    assert blocker.args == ["breach", record_id(session, "breach", "Phishing")]


# -- the charts -------------------------------------------------------------------------------------
def test_charts_show_the_demo_numbers_in_pictures_and_words(dash, session):
    months = dash.breaches_chart.months
    assert len(months) == 12 and (months[-1].year, months[-1].month) == (2026, 11)
    # Phishing and the driver's phone (November, 12 days before the 21st), roster (October),
    # laptop (August, 82 days before 21 November).
    assert {(m.month, m.count) for m in months if m.count} == {(8, 1), (10, 1), (11, 2)}
    assert "4 in total" in dash.breaches_chart.accessibleDescription()
    assert "November 2026: 2" in dash.breaches_chart.toolTip()
    assert "August 2026: 1" in dash.breaches_chart.toolTip()

    assert dash.coverage_chart.coverage == Coverage(trained=5, staff=7)
    assert dash.coverage_chart.percent_text() == "71%"
    assert "5 of 7 current staff" in dash.coverage_chart.accessibleDescription()
    assert dash.chart_captions[dash.coverage_chart].text() == "5 of 7 current staff have valid training"

    bars = dash.basis_chart.bars
    assert bars == activities_by_basis(session.records.list("activity"))
    assert bars[0].label == "Contract" and bars[0].count == max(b.count for b in bars)
    assert f"Contract (Art. 6(1)(b)): {bars[0].count}" in dash.basis_chart.accessibleDescription()
    for chart in (dash.breaches_chart, dash.coverage_chart, dash.basis_chart):
        assert chart.accessibleName() and chart.toolTip() == chart.accessibleDescription()


# -- refresh, lock and unlock -------------------------------------------------------------------------
def test_a_new_breach_appears_when_the_session_says_breaches_changed(dash, session, clock):
    session.records.create("breach", {
        "title": "USB stick lost at the depot", "aware_at": clock.now - dt.timedelta(hours=1),
        "description": "A USB stick with the delivery list was lost."}, now=clock.now)
    assert len(dash.clock_buttons) == 1  # nothing re-read until told
    session.notify("breach")
    titles = [b.finding.title for b in dash.clock_buttons]
    assert titles == ["Phishing: support mailbox accessed", "USB stick lost at the depot"]
    assert dash.clock_buttons[1].countdown_label.text() == \
        "Decide whether to notify the authority within 71 h (Art. 33(1))"


def test_a_hidden_dashboard_refreshes_when_shown_again(dash, session, clock):
    dash.hide()
    session.records.create("breach", {"title": "Fax to the wrong number", "aware_at": clock.now,
                                      "description": "A payslip was faxed to a wrong number."}, now=clock.now)
    session.notify("breach")
    assert len(dash.clock_buttons) == 1
    dash.show()
    assert len(dash.clock_buttons) == 2


def test_lock_stops_the_clock_and_clears_the_page_unlock_brings_both_back(qtbot, dash, session, clock):
    session.lock()
    assert not dash.clock_timer.isActive()
    assert dash.findings == [] and dash.clock_buttons == []
    assert all(s.isHidden() for s in dash.sections.values())
    assert dash.breaches_chart.months == [] and dash.basis_chart.bars == []
    # Time passing and change notices while locked never reach for the closed register.
    clock.now += dt.timedelta(hours=1)
    dash._tick()
    session.notify("")
    assert dash.findings == []

    session.unlock(Register.open(session.path, passphrase=DEMO_PASSPHRASE))
    assert dash.clock_timer.isActive()
    assert len(dash.clock_buttons) == 1 and rows(dash, OVERDUE)


def test_a_big_register_is_read_off_the_gui_thread(qtbot, session, clock, monkeypatch):
    monkeypatch.setattr(dashboard_module, "SYNC_LIMIT", 0)
    d = Dashboard(session, now=clock)
    qtbot.addWidget(d)
    assert d.findings == []  # not yet: the worker is reading
    # The worker starts once the dashboard has painted, not while the window is being made or shown.
    assert d._task is None
    d.show()
    assert d._task is None
    qtbot.waitUntil(lambda: d._task is not None or bool(d.findings), timeout=900)  # before first_paint's latest
    qtbot.waitUntil(lambda: len(d.clock_buttons) == 1, timeout=10000)
    assert rows(d, OVERDUE) and d.coverage_chart.coverage == Coverage(5, 7)


# -- a fresh register: all clear, paging ---------------------------------------------------------------
@pytest.fixture
def fresh(tmp_path):
    reg, _ = Register.create(tmp_path / "office.atlas", PASSPHRASE, ORG, actor="tester")
    s = Session(reg, Settings())
    s.records.save_organisation({"email": "office@acme.example", "responsible_name": "Maria Ionescu",
                                 "holiday_country": "RO"})
    yield s
    s.close()


def test_a_register_with_nothing_to_do_is_all_clear(qtbot, fresh, screenshots, monkeypatch):
    d = Dashboard(fresh, now=FakeClock(MADE))
    qtbot.addWidget(d)
    d.resize(1200, 800)
    d.show()
    qtbot.waitExposed(d)
    assert d.findings == []
    assert not d.all_clear.isVisible()  # its first steps come first (see below)
    monkeypatch.setattr(dashboard_module, "first_steps_done", lambda org, counts: {"all": True})
    d.refresh()
    assert d.getting_started.isHidden() and d.all_clear.isVisible()
    assert all(not s.isVisible() for s in d.sections.values()) and not d.clock_section.isVisible()
    assert not any(chip.isVisible() for chip in d.chips.values())
    assert "No breaches were recorded" in d.breaches_chart.accessibleDescription()
    assert d.coverage_chart.percent_text() == "—"
    d.grab().save(str(screenshots / "dashboard_all_clear.png"))

    # An organisation-wide finding opens the organisation's one record.
    fresh.records.save_organisation({"email": None})
    fresh.notify("organisation")
    (gap,) = rows(d, GAP)
    with qtbot.waitSignal(d.edit_requested) as blocker:
        qtbot.mouseClick(gap, Qt.MouseButton.LeftButton)
    assert blocker.args == ["organisation", 1]


def test_long_groups_show_a_page_at_a_time(qtbot, fresh):
    with fresh.register.transaction("staff"):
        for i in range(PAGE + 5):
            fresh.records.create("person", {"name": f"Person {i:02d}"})
    d = Dashboard(fresh, now=FakeClock(MADE))
    qtbot.addWidget(d)
    gaps = d.sections[GAP]
    assert len(gaps.buttons()) == PAGE and gaps.header.text().endswith(f"({PAGE + 5})")
    assert gaps.more.isVisibleTo(d) and gaps.more.text() == "Show 5 more (of 5 left)"
    gaps.more.click()
    assert len(gaps.buttons()) == PAGE + 5 and not gaps.more.isVisibleTo(d)


# -- screenshots -------------------------------------------------------------------------------------
@pytest.mark.parametrize(("width", "height"), [(1200, 800), (900, 600)])
def test_screenshots(qtbot, dash, screenshots, width, height):
    dash.resize(width, height)
    qtbot.waitUntil(lambda: dash.width() == width)
    path = screenshots / f"dashboard_{width}x{height}.png"
    assert dash.grab().save(str(path))
    assert path.stat().st_size > 0
    whole = screenshots / f"dashboard_{width}x{height}_full_page.png"
    assert dash.scroll_area.widget().grab().save(str(whole))


def test_a_dark_palette_redraws_rows_and_charts_from_it(qtbot, dash, screenshots):
    from PySide6.QtGui import QColor, QPalette

    from atlas_desktop.gui.dashboard_items import severity_colour

    dark = QPalette(dash.palette())
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e6e6e6"),
                         (QPalette.ColorRole.Base, "#1f1f1f"), (QPalette.ColorRole.Text, "#e6e6e6"),
                         (QPalette.ColorRole.Button, "#353535"), (QPalette.ColorRole.ButtonText, "#e6e6e6"),
                         (QPalette.ColorRole.Highlight, "#3d8fd6")):
        dark.setColor(role, QColor(colour))
    before = rows(dash, OVERDUE)[0]
    light_red = severity_colour(before.palette(), OVERDUE)
    dash.setPalette(dark)
    qtbot.waitUntil(lambda: rows(dash, OVERDUE)[0] is not before)
    after = rows(dash, OVERDUE)[0]
    assert after is not before and after.finding == before.finding
    assert severity_colour(after.palette(), OVERDUE) != light_red
    assert after.isVisible()
    assert dash.basis_chart._bar() == QColor("#3d8fd6")
    dash.grab().save(str(screenshots / "dashboard_1200x800_dark.png"))


def test_breach_clock_names_the_authority_to_notify(qtbot, dash, session):
    (clock_row,) = dash.clock_buttons
    assert "Notify: ANSPDCP" in clock_row.message_label.text()  # the one on the organisation's page
    org = session.records.organisation()
    session.records.save_organisation({**org, "authority_name": None})
    dash.refresh()
    (clock_row,) = dash.clock_buttons
    # Not named on the organisation's page: the country's authority (Romania), in full.
    assert "Notify: ANSPDCP \u2014 Autoritatea Națională de Supraveghere" in clock_row.message_label.text()
    assert "EET" in clock_row.message_label.text() or "EEST" in clock_row.message_label.text()


def test_a_new_register_shows_its_first_steps_until_done(qtbot, fresh, screenshots):
    d = Dashboard(fresh, now=FakeClock(MADE))
    qtbot.addWidget(d)
    d.resize(1200, 800)
    d.show()
    qtbot.waitExposed(d)
    steps = d.getting_started
    assert steps.isVisible() and not d.all_clear.isVisible()  # an empty register is not "all clear"
    marks = {k: m.accessibleName() for k, m in steps.marks.items()}
    assert marks == dict.fromkeys(("organisation", "activity", "processor", "training"), "To do")
    text = " ".join(label.text() for label in steps.findChildren(QLabel))
    for article in ("Art. 30(1)(a)", "Art. 30(1)", "Art. 28(1)", "Art. 29, 32(4)"):
        assert article in text
    d.grab().save(str(screenshots / "dashboard_getting_started.png"))

    with qtbot.waitSignal(d.edit_requested) as blocker:
        qtbot.mouseClick(steps.buttons["organisation"], Qt.MouseButton.LeftButton)
    assert blocker.args == ["organisation", 1]
    qtbot.mouseClick(steps.buttons["activity"], Qt.MouseButton.LeftButton)
    (window,) = editors.open_editors()
    assert window.entity.key == "activity" and window.record_id is None
    window.discard_and_close()

    fresh.records.save_organisation({"country": "RO"})  # name, country and email: ticked off
    fresh.records.create("activity", {"name": "Payroll"}, now=MADE)
    fresh.notify("activity")
    assert steps.marks["organisation"].accessibleName() == "Done"
    assert steps.marks["activity"].accessibleName() == "Done" and steps.isVisible()
    steps.show_progress(first_steps_done({"name": "A", "country": "RO", "email": "a@b"},
                                         {"activity": 1, "processor": 1, "training": 1}))
    assert steps.isHidden()  # all done: the list goes away
