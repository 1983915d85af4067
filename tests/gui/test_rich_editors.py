"""The rich pages: the breach clock (its assessment panel is in test_breach_assessment_gui), the DPIA
screening verdict and risk matrix, the rights request's due date and extension, all against a real
demo register and a fake clock."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QImage

from atlas_desktop.gui.editors import open_editor
from atlas_desktop.gui.editors.riskmatrix import plotted
from tests.gui import editor_fixtures as fx
from tests.gui.editor_fixtures import MADE, first_id, shoot

clock, screenshots, session = fx.clock, fx.screenshots, fx.session  # the shared fixtures


def choose(window, key: str, code) -> None:
    combo = window.rows[key].widget.combo
    combo.setCurrentIndex(combo.findData(code))


def type_text(window, key: str, text: str) -> None:
    edit = window.rows[key].widget.focus_target()
    edit.selectAll()
    edit.insert(text)


def new_breach(session, **values) -> int:
    base = {"title": "Laptop stolen", "description": "Stolen from a car.",
            "aware_at": MADE - dt.timedelta(hours=30), "notify_authority": "yes"}
    return session.records.create("breach", {**base, **values}, now=MADE)


# -- breach ----------------------------------------------------------------------------------------
def test_breach_clock_counts_down_in_the_organisations_zone(qtbot, session, clock, screenshots):
    assert session.records.organisation()["time_zone"] == "Europe/Bucharest"
    window = open_editor(session, "breach", new_breach(session), now=clock)
    assert window._tick.isActive()  # it ticks on its own
    assert window.ui.clockHeadline.text() == "41 h 55 min left to notify the authority"
    assert "Thu 13 Mar 2025, 06:00 EET" in window.ui.clockDetail.text()  # 04:00 UTC is 06:00 in Bucharest
    assert "Europe/Bucharest" in window.ui.clockDetail.text()
    shoot(qtbot, window, screenshots, "breach_clock")
    clock.advance(hours=50)
    window.update_clock()
    assert window.ui.clockHeadline.text() == "Overdue: the 72 hours ran out 8 h 5 min ago"
    assert "give the reasons for the delay" in window.ui.clockDetail.text()
    # Not colour alone: the state is named on the icon and in the panel's description.
    assert window.ui.clockPanel.property("state") == "error"
    assert window.ui.clockIcon.accessibleName() == "Overdue"
    assert "Overdue" in window.ui.clockPanel.accessibleDescription()


def test_breach_clock_follows_the_draft(qtbot, session, clock):
    window = open_editor(session, "breach", new_breach(session, notify_authority="undecided"), now=clock)
    assert "left to assess the risk and decide" in window.ui.clockHeadline.text()
    type_text(window, "notified_at", "2025-03-10 09:00")  # Bucharest time, before the deadline
    assert window.ui.clockHeadline.text() == "Notified in time"
    assert "Mon 10 Mar 2025, 09:00 EET" in window.ui.clockDetail.text()
    type_text(window, "notified_at", "")
    # The facts decide now: a mispostal deleted by a trusted recipient is unlikely to result in a risk.
    window.rows["impact"].widget.boxes["confidentiality"].setChecked(True)
    assert window.ui.clockHeadline.text().endswith("left to notify the authority")  # worst case until answered
    window.rows["recipient_trusted"].widget.box.setChecked(True)
    assert window.ui.clockHeadline.text() == "Notification not required"
    assert "Your answers show" in window.ui.clockDetail.text()
    type_text(window, "aware_at", "")
    assert window.ui.clockHeadline.text() == "The 72-hour clock has not started"


def test_breach_clock_turns_amber_with_a_day_left(qtbot, session, clock):
    window = open_editor(session, "breach", new_breach(session), now=clock)
    assert window.ui.clockPanel.property("state") == "info"  # 41 h left
    clock.advance(hours=20)
    window.update_clock()
    assert window.ui.clockHeadline.text() == "21 h 55 min left to notify the authority"
    assert window.ui.clockPanel.property("state") == "warning"


def test_breach_timeline_rows_are_saved(qtbot, session, clock):
    rid = new_breach(session)
    window = open_editor(session, "breach", rid, now=clock)
    table = window.rows["timeline"].widget
    table.add_row()
    form = table.row_form.rows
    form["at"].widget.focus_target().insert("2025-03-09 07:15")
    form["event"].widget.focus_target().insert("Police report filed")
    assert table.table.item(0, 1).text() == "Police report filed"
    assert window.save()
    timeline = session.records.get("breach", rid)["timeline"]
    assert [row["event"] for row in timeline] == ["Police report filed"]
    assert timeline[0]["at"] == dt.datetime(2025, 3, 9, 5, 15, tzinfo=dt.UTC)


def test_report_button_saves_then_asks_for_the_report(qtbot, session, clock):
    rid = new_breach(session)
    window = open_editor(session, "breach", rid, now=clock)
    type_text(window, "contact_point", "Office manager")
    with qtbot.waitSignal(window.report_requested) as asked:
        window.report_button.click()
    assert asked.args == ["breach", rid]
    assert session.records.get("breach", rid)["contact_point"] == "Office manager"
    rights = open_editor(session, "rights_request", first_id(session, "rights_request"), now=clock)
    assert rights.report_button.isHidden()


# -- DPIA ------------------------------------------------------------------------------------------
def test_dpia_screening_verdict_is_live(qtbot, session, clock, screenshots):
    window = open_editor(session, "dpia", 0, now=clock)
    screening = window.rows["screening"].widget
    assert window.ui.verdictHeadline.text().startswith("No DPIA needed")
    screening.boxes["evaluation_scoring"].setChecked(True)
    assert window.ui.verdictHeadline.text().startswith("Consider a DPIA")
    screening.boxes["systematic_monitoring"].setChecked(True)
    assert window.ui.verdictHeadline.text() == "DPIA required: two or more criteria met"
    assert "2 of the 9 criteria" in window.ui.verdictDetail.text()
    met = [row["criterion"] for row in window.values()["screening"] if row["met"]]
    assert met == ["evaluation_scoring", "systematic_monitoring"]
    shoot(qtbot, window, screenshots, "dpia_screening", reveal=window.ui.verdictPanel)


def test_risk_matrix_plots_each_risk_before_and_after(qtbot, session, clock, screenshots):
    rid = first_id(session, "dpia")
    window = open_editor(session, "dpia", rid, now=clock)
    risks = session.records.get("dpia", rid)["risks"]
    matrix = window.matrix
    assert [(r.before, r.after) for r in matrix.risks] == [
        ((row["likelihood"], row["severity"]),
         (row["residual_likelihood"], row["residual_severity"]) if row["residual_likelihood"] else None)
        for row in risks]
    assert f"Risk 1 \u201c{risks[0]['source']}\u201d" in window.ui.matrixSummary.text()
    assert matrix.accessibleDescription() == matrix.summary()
    shoot(qtbot, window, screenshots, "dpia_matrix", reveal=window.ui.matrixSummary)
    before = matrix.grab().toImage()
    table = window.rows["risks"].widget
    table.select_row(0)
    table.row_form.rows["likelihood"].widget.spin.setValue(1 if risks[0]["likelihood"] != 1 else 4)
    assert matrix.risks[0].before[0] != risks[0]["likelihood"]
    after = matrix.grab().toImage()
    assert after.convertToFormat(QImage.Format.Format_RGB32) != before.convertToFormat(QImage.Format.Format_RGB32)


def test_plotted_skips_risks_without_both_scores():
    rows = [{"source": "A", "likelihood": 2, "severity": 3}, {"source": "B", "likelihood": None, "severity": 4},
            {"source": "C", "likelihood": 4, "severity": 4, "residual_likelihood": 1, "residual_severity": 2}]
    assert [(r.number, r.before, r.after) for r in plotted(rows)] == [(1, (2, 3), None), (3, (4, 4), (1, 2))]


# -- rights request --------------------------------------------------------------------------------------
def test_rights_request_due_date_days_left_and_extension(qtbot, session, clock, screenshots):
    rid = session.records.create("rights_request", {"requester": "Ion Pop", "right": "access",
                                                    "received_on": dt.date(2025, 3, 3)}, now=MADE)
    window = open_editor(session, "rights_request", rid, now=clock)
    assert window.ui.dueHeadline.text() == "23 days left"
    assert "Due on Thu 03 Apr 2025" in window.ui.dueDetail.text() and "Art. 12(3)" in window.ui.dueDetail.text()
    window.rows["extended"].widget.box.setChecked(True)
    window.validate_now()
    assert window.rows["due_on"].widget.value() == dt.date(2025, 6, 3)
    assert "tell the person, with your reasons, by Thu 03 Apr 2025" in window.ui.dueDetail.text()
    assert {p.field for p in window.problems()} == {"extension_notified_on", "extension_reason"}
    shoot(qtbot, window, screenshots, "rights_request_extension", reveal=window.ui.ruleText)
    window.rows["extended"].widget.box.setChecked(False)
    window.validate_now()
    clock.advance(days=30)
    window.update_due()
    assert window.ui.dueHeadline.text() == "Overdue by 7 days: answer it now"
    assert window.ui.duePanel.property("state") == "error"
