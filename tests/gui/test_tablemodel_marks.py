"""The Attention marks follow the first paint: a register page being opened (or a new filter or sort) paints its
first rows with an empty Attention cell, never a wrong mark, and the checks' marks fill in on the next turn of
the event loop, exactly as judging them first would have (read with only the fields the checks read); a refresh
while the rows are in sight judges first, so no mark blinks out and back; a model nothing paints judges them a
moment later; the columns make room for a mark wider than its heading, but never override the person's widths.
Dates and times in cells read exactly as ``codec.display`` writes them."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QColor, QFont, QIcon

from atlas_desktop.core import codec
from atlas_desktop.core.entities import BY_KEY, ENTITIES
from atlas_desktop.gui import registertable, tablerows
from atlas_desktop.gui.registerview import RegisterView
from atlas_desktop.gui.session import Session
from atlas_desktop.gui.tablecolumns import content_widths
from atlas_desktop.gui.tablemodel import ATTENTION_ROLE, ID_ROLE, REST_WAIT_MS, RecordTableModel
from atlas_desktop.gui.tablerows import RowReader, has_attention
from atlas_desktop.storage.demo import create_demo
from atlas_desktop.storage.settings import Settings

NOW = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.UTC)  # as tests/gui/test_tablemodel.py: the demo shows both marks
JUDGED = [e.key for e in ENTITIES if has_attention(e)]
ROLES = (Qt.DisplayRole, Qt.DecorationRole, Qt.ToolTipRole, Qt.AccessibleTextRole, Qt.FontRole, ATTENTION_ROLE)


@pytest.fixture
def demo(qapp, tmp_path):
    reg, _ = create_demo(tmp_path / "demo.atlas", now=NOW)
    session = Session(reg, Settings())
    yield session
    session.close()


@pytest.fixture
def store(monkeypatch, tmp_path):
    path = tmp_path / "windows.ini"
    monkeypatch.setattr(registertable, "column_store", lambda: QSettings(str(path), QSettings.IniFormat))
    return path


def _plain(value):
    if isinstance(value, QIcon):
        return ("icon", value.isNull())  # the same style's icon, but not always the same object
    if isinstance(value, QFont):
        return ("font", value.toString())
    if isinstance(value, QColor):
        return ("colour", value.name())
    return value


def marks(model: RecordTableModel) -> list[tuple]:
    """Each row's id, what its Attention cell says in every role, and the tint of its next cell."""
    return [(model.index(row, 0).data(ID_ROLE), *(_plain(model.index(row, 0).data(role)) for role in ROLES),
             _plain(model.index(row, 1).data(Qt.BackgroundRole))) for row in range(model.rowCount())]


def judged_first(session, key: str) -> list[tuple]:
    """The marks as a model that judges every page as it reads it shows them, in the view's order (the title's)."""
    model = RecordTableModel(session, key, now=lambda: NOW)
    model.sort(model.column_of(model.entity.title))
    return marks(model)


def blank(rows: list[tuple]) -> bool:
    """No row says anything in its Attention cell, not even "Nothing due", and none is tinted."""
    return all(tuple(values) == ("", None, None, None, None, None, None) for _, *values in rows)


class FirstPaint(QObject):
    def __init__(self, model: RecordTableModel) -> None:
        super().__init__()
        self.model = model
        self.seen: list[tuple] | None = None

    def eventFilter(self, watched, event) -> bool:
        if self.seen is None and event.type() == QEvent.Paint and self.model.rowCount():
            self.seen = marks(self.model)
        return False


def open_view(qtbot, session, key: str) -> tuple[RegisterView, FirstPaint]:
    view = RegisterView(session, key, now=lambda: NOW)
    qtbot.addWidget(view)
    first = FirstPaint(view.model)
    view.table.viewport().installEventFilter(first)
    view.resize(1200, 600)
    view.show()
    qtbot.waitUntil(lambda: first.seen is not None)
    return view, first


@pytest.mark.parametrize("key", JUDGED)
def test_the_first_paint_has_no_marks_and_they_follow_as_judging_first_gives_them(qtbot, demo, key):
    expected = judged_first(demo, key)
    view, first = open_view(qtbot, demo, key)
    assert [row[0] for row in first.seen] == [row[0] for row in expected]  # the same rows, in the same order
    assert len(expected) == len({row[0] for row in expected}) > 0
    assert blank(first.seen)
    qtbot.waitUntil(lambda: marks(view.model) == expected)


def test_the_demo_has_marks_to_wait_for(demo):
    flagged = [key for key in JUDGED if not blank(judged_first(demo, key))]
    assert "breach" in flagged and len(flagged) >= 3  # so the test above compares marks, not blanks


def test_a_change_while_the_rows_are_shown_judges_before_painting(qtbot, demo):
    expected = judged_first(demo, "breach")
    view, _ = open_view(qtbot, demo, "breach")
    qtbot.waitUntil(lambda: marks(view.model) == expected)
    demo.notify("person")  # another register changed: the view reads its rows again at once...
    assert marks(view.model) == expected  # ...with their marks: none blinks out and back
    view.refresh()
    assert marks(view.model) == expected


def test_rows_already_judged_keep_their_marks_through_a_new_filter(qtbot, demo):
    expected = {row[0]: row for row in judged_first(demo, "breach")}
    view, _ = open_view(qtbot, demo, "breach")
    qtbot.waitUntil(lambda: view.model.index(0, 0).data(Qt.AccessibleTextRole) is not None)
    view.filter_edit.setText("phishing")
    view._apply_filters()
    shown = marks(view.model)
    assert len(shown) == 1 and shown == [expected[shown[0][0]]]


def test_a_model_nothing_paints_judges_its_first_rows_a_moment_later(qtbot, demo):
    expected = judged_first(demo, "breach")
    model = RecordTableModel(demo, "breach", now=lambda: NOW)
    model.marks_later = True
    model.sort(model.column_of("title"))  # as the view reads it
    texts = [text for text, _ in model.cached_cells(0)]  # read as the columns are fitted: no paint asked for it
    assert texts == [""] * len(expected)
    qtbot.waitUntil(lambda: [text for text, _ in model.cached_cells(0)] == [row[1] for row in expected],
                    timeout=REST_WAIT_MS * 5)
    assert marks(model) == expected


def test_a_mark_wider_than_its_heading_widens_the_fitted_column(qtbot, demo, store, monkeypatch):
    words = tablerows.severity_text
    monkeypatch.setattr(tablerows, "severity_text", lambda s: words(s) + " (a long translation)" if s else "")
    view, first = open_view(qtbot, demo, "breach")
    header = view.table.horizontalHeader()
    qtbot.waitUntil(lambda: view.table.sized)
    qtbot.waitUntil(lambda: not blank(marks(view.model)))
    qtbot.waitUntil(lambda: header.sectionSize(0) >= content_widths(view.table)[0] > header.sectionSizeHint(0))
    qtbot.wait(SAVE_WAIT)
    assert QSettings(str(store), QSettings.IniFormat).value("columns/breach") is None  # fitting keeps nothing


SAVE_WAIT = registertable.SAVE_DELAY_MS + 100


def test_the_persons_widths_stand_when_the_marks_arrive(qtbot, demo, store, monkeypatch):
    words = tablerows.severity_text
    monkeypatch.setattr(tablerows, "severity_text", lambda s: words(s) + " (a long translation)" if s else "")
    kept = {"order": [], "widths": {registertable.ATTENTION_KEY: 40}}
    QSettings(str(store), QSettings.IniFormat).setValue("columns/breach", json.dumps(kept))
    view, _ = open_view(qtbot, demo, "breach")
    qtbot.waitUntil(lambda: view.table.sized and not blank(marks(view.model)))
    qtbot.wait(20)
    assert view.table.horizontalHeader().sectionSize(0) == 40


@pytest.mark.parametrize("zone", ["Europe/Bucharest", "America/New_York", "Asia/Kolkata", "UTC"])
def test_dates_and_times_read_as_codec_displays_them(demo, zone):
    ent = BY_KEY["breach"]
    field = ent.field("aware_at")
    reader = RowReader(demo, ent, ent.list_columns)
    moments = [dt.datetime(2026, 3, 29, 0, 30, tzinfo=dt.UTC) + dt.timedelta(minutes=17 * i) for i in range(200)]
    moments += [dt.datetime(2026, 10, 25, 0, 0, tzinfo=dt.UTC) + dt.timedelta(minutes=13 * i) for i in range(200)]
    moments += [dt.datetime(1, 1, 1, 5, tzinfo=dt.UTC), dt.datetime(999, 5, 1, tzinfo=dt.UTC),
                dt.datetime(9999, 12, 31, 23, 59, tzinfo=dt.UTC), dt.datetime(2026, 1, 1, 12)]
    for moment in moments:
        assert reader._cell(field, moment, zone, {}) == codec.display(field, moment, zone), moment
