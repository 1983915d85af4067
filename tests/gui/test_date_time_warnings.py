"""The date-time input warns beside the field about a time the clocks skipped or repeated (or a date out of
range), never saves it as another moment, and shows a time in a repeated hour with the offset it was saved at.

The organisation's zone is Europe/Bucharest: EU summer time ends on the last Sunday of October at 01:00 UTC
(Directive 2000/84/EC, Art. 3), so there 03:00–03:59 on 25 October 2026 happens twice (EEST then EET), and
it starts on the last Sunday of March (Art. 2), so 03:00–03:59 on 29 March 2026 never happens.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication

from atlas_desktop.core import codec
from atlas_desktop.core.entities import entity
from atlas_desktop.gui.editors.form import FieldForm, make_widget
from atlas_desktop.gui.editors.widgets import FormContext
from tests.gui import editor_fixtures as fx
from tests.gui.editor_fixtures import first_id

clock, screenshots, session = fx.clock, fx.screenshots, fx.session  # the shared fixtures

ZONE = "Europe/Bucharest"
UTC = dt.UTC
BREACH = entity("breach")
# 03:30 EEST, the first time round of the repeated hour.
IN_REPEATED_HOUR = dt.datetime(2026, 10, 25, 0, 30, tzinfo=UTC)


def widget(qtbot, key: str, now: dt.datetime = IN_REPEATED_HOUR, ent=BREACH):
    w = make_widget(ent.field(key), FormContext(time_zone=ZONE, now=lambda: now))
    qtbot.addWidget(w)
    w.show()
    return w


def test_a_skipped_time_is_warned_about_and_not_saved_as_another_moment(qtbot):
    w = widget(qtbot, "aware_at")
    qtbot.keyClicks(w.edit, "2026-03-29 03:30")
    assert w.warning.isVisible()
    assert w.warning.text() == ("⚠ 2026-03-29 03:30 did not exist in Europe/Bucharest (clocks went forward from "
                                "03:00 to 04:00); write the time after the change, or add the offset, e.g. +03:00.")
    assert w.value() == "2026-03-29 03:30"  # handed on as typed: a save is refused, nothing is moved by an hour
    w.edit.setText("2026-03-29 04:30")
    assert not w.warning.isVisible() and w.value() == dt.datetime(2026, 3, 29, 1, 30, tzinfo=UTC)


def test_a_repeated_time_asks_for_the_offset_and_takes_either(qtbot):
    w = widget(qtbot, "aware_at")
    w.edit.setText("2026-10-25 03:30")
    assert w.warning.isVisible() and "happened twice" in w.warning.text()
    assert "03:30+03:00 (summer time, the first) or +02:00 (winter time, the second)" in w.warning.text()
    assert w.value() == "2026-10-25 03:30"
    w.edit.setText("2026-10-25 03:30+02:00")
    assert not w.warning.isVisible() and w.value() == dt.datetime(2026, 10, 25, 1, 30, tzinfo=UTC)


def test_what_is_shown_in_a_repeated_hour_is_the_moment_saved(qtbot):
    w = widget(qtbot, "aware_at")
    w.now_button.click()  # at 03:30 EEST: "03:30" alone would be refused, or read as either moment
    assert w.edit.text() == "2026-10-25 03:30+03:00" and w.value() == IN_REPEATED_HOUR
    second = IN_REPEATED_HOUR + dt.timedelta(hours=1)  # 03:30 EET, the second time round
    w.set_value(second)
    assert w.edit.text() == "2026-10-25 03:30+02:00" and not w.warning.isVisible()
    assert codec.parse_text(w.field, w.edit.text(), ZONE) == second  # the text reads back as the same instant
    w.set_value(dt.datetime(2026, 10, 25, 2, 30, tzinfo=UTC))  # 04:30 EET: one moment only, no offset needed
    assert w.edit.text() == "2026-10-25 04:30"


def test_a_date_out_of_range_is_warned_about(qtbot):
    w = widget(qtbot, "completed_on", ent=entity("training"))
    w.edit.setText("9999-12-31")
    assert w.warning.text() == "⚠ 9999-12-31 is outside the dates Atlas accepts (1900–2200)."
    assert w.value() == "9999-12-31"
    t = widget(qtbot, "aware_at")
    t.set_value(dt.datetime(9999, 12, 31, 23, 59, tzinfo=UTC))  # stored before the rule: shown, not a crash
    assert t.edit.text() == "9999-12-31 23:59+00:00" and t.warning.isVisible()


def test_the_editor_refuses_to_save_a_repeated_time_and_shows_why(qtbot, session, clock, screenshots):
    from atlas_desktop.gui.editors import open_editor

    rid = first_id(session, "breach")
    before = session.records.get("breach", rid)["aware_at"]
    window = open_editor(session, "breach", rid, now=clock)
    aware = window.rows["aware_at"].widget
    aware.edit.selectAll()
    aware.edit.insert("2025-10-26 03:30")  # the demo's year: summer time ended that Sunday
    assert not aware.warning.isHidden() and "happened twice" in aware.warning.text()  # (window not shown yet)
    assert not window.save()
    assert "aware_at" in {p.field for p in window.problems()}
    assert session.records.get("breach", rid)["aware_at"] == before  # nothing saved
    fx.shoot(qtbot, window, screenshots, "breach_repeated_hour", reveal=aware)


def test_screenshot_of_the_warnings(qtbot, screenshots):
    form = FieldForm(tuple(BREACH.field(k) for k in ("discovered_at", "aware_at", "notified_at")),
                     FormContext(time_zone=ZONE, now=lambda: IN_REPEATED_HOUR))
    qtbot.addWidget(form)
    form.resize(900, 320)
    form.show()
    form.rows["discovered_at"].widget.edit.setText("2026-03-29 03:30")
    form.rows["aware_at"].widget.edit.setText("2026-10-25 03:30")
    form.rows["notified_at"].widget.now_button.click()
    QApplication.processEvents()
    assert [form.rows[k].widget.warning.isVisible() for k in ("discovered_at", "aware_at", "notified_at")] == [
        True, True, False]
    assert form.grab().save(str(screenshots / "date_time_dst_warnings.png"))
