"""The rights-request editor and the register table say which public holidays a due date skipped, never
claiming holidays when no country is set.

Sources: GDPR Art. 12(3) (one month from receipt); Regulation (EEC, Euratom) No 1182/71, Art. 3(4) (a period
ending on a public holiday, Saturday or Sunday ends on the next working day); Romania keeps 25 and 26 December
as public holidays (Codul muncii, Art. 139(1)), and 25 December 2026 is a Friday.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import ORG, PASSPHRASE
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QTableView

from atlas_desktop.gui import editors
from atlas_desktop.gui.editors import open_editor
from atlas_desktop.gui.session import Session
from atlas_desktop.gui.tablemodel import RecordTableModel
from atlas_desktop.storage.register import Register
from atlas_desktop.storage.settings import Settings
from tests.gui import editor_fixtures as fx
from tests.gui.editor_fixtures import FakeClock, shoot

screenshots = fx.screenshots  # the shared fixture

NOW = dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC)
WEEKENDS_ONLY = "moved past weekends only \u2014 set your country"
ROMANIA = "moved past weekends and public holidays of Romania"


@pytest.fixture
def office(qapp, tmp_path):
    """A register made before #21: no holiday country, one request received on 25 November 2026."""
    reg, _ = Register.create(tmp_path / "office.atlas", PASSPHRASE, ORG, actor="tester")
    s = Session(reg, Settings(user_name="tester"))
    s.records.save_organisation({"time_zone": "Europe/Bucharest"})
    s.records.create("rights_request", {"requester": "Ana Pop", "right": "access",
                                        "received_on": dt.date(2026, 11, 25)}, now=NOW)
    yield s
    for window in editors.open_editors():
        window.discard_and_close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    s.close()


def test_the_editor_says_weekends_only_until_the_country_is_set(qtbot, office, screenshots):
    window = open_editor(office, "rights_request", 1, now=FakeClock(NOW))
    detail = window.ui.dueDetail.text()
    assert "Due on Fri 25 Dec 2026" in detail and WEEKENDS_ONLY in detail
    assert "public holidays of" not in detail  # no claim of a calendar that was not applied
    assert "choose your country under Organisation \u2192 Dates and deadlines" in detail
    # The fixed explanation under the dates no longer claims public holidays without saying whose.
    assert "public holiday of the country you set" in window.ui.ruleText.text()
    shoot(qtbot, window, screenshots, "rights_request_weekends_only", reveal=window.ui.dueDetail)
    window.resize(1366, 768)
    QApplication.processEvents()
    window.grab().save(str(screenshots / "editor_rights_request_weekends_only_1366.png"))
    window.discard_and_close()

    office.records.save_organisation({"holiday_country": "RO"})
    window = open_editor(office, "rights_request", 1, now=FakeClock(NOW))
    detail = window.ui.dueDetail.text()
    assert "Due on Mon 28 Dec 2026" in detail and ROMANIA in detail and "set your country" not in detail
    assert window.rows["due_on"].widget.value() == dt.date(2026, 12, 28)
    shoot(qtbot, window, screenshots, "rights_request_romania", reveal=window.ui.dueDetail)


def test_the_table_due_column_says_which_calendar_and_shows_dates_counted_with_it(qtbot, office, screenshots):
    model = RecordTableModel(office, "rights_request", now=lambda: NOW)
    model.refresh()
    due = model.column_of("due_on")
    assert model.headerData(due, Qt.Horizontal) == "Due on (weekends only)"
    assert f"The dates shown are {WEEKENDS_ONLY}." in model.headerData(due, Qt.Horizontal, Qt.ToolTipRole)
    assert model.index(0, due).data() == "2026-12-25"
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resizeColumnsToContents()
    view.resize(900, 200)
    view.show()
    qtbot.waitExposed(view)
    view.grab().save(str(screenshots / "table_rights_request_weekends_only.png"))

    # The stored due date (the 25th) predates the country: the table shows Romania's, as its header says.
    office.records.save_organisation({"holiday_country": "RO"})
    model.refresh()
    assert model.headerData(due, Qt.Horizontal) == "Due on"
    assert f"The dates shown are {ROMANIA}." in model.headerData(due, Qt.Horizontal, Qt.ToolTipRole)
    assert model.index(0, due).data() == "2026-12-28"


def test_the_dpia_editor_says_which_holidays_the_authoritys_answer_date_skipped(qtbot, office):
    """Art. 36(2): the authority answers within 8 weeks (14 if extended); the date is moved like every other."""
    window = open_editor(office, "dpia", None, now=FakeClock(NOW))
    help_text = window.rows["consultation_answer_due"].help_label.text()
    assert WEEKENDS_ONLY in help_text and "public holidays of" not in help_text and "Art. 36(2)" in help_text
    window.discard_and_close()
    office.records.save_organisation({"holiday_country": "RO"})
    window = open_editor(office, "dpia", None, now=FakeClock(NOW))
    assert ROMANIA in window.rows["consultation_answer_due"].help_label.text()
