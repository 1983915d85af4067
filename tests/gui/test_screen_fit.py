"""Windows fit the screen they open on, and register tables fit their columns and remember them.

The screen tests open the real main window (every page), every editor (each register, a new record and
a demo record), the annual review, the preferences, the unlock dialogs and the welcome window on a
virtual 1366×768 laptop screen, at 100 % and at 200 % (683×384 to lay out), in a process of their own
(tests/gui/screen_probe.py): Qt fixes the screen when it starts. What each window looks like there is
saved under ATLAS_SCREENSHOTS/fit-1366x768 and fit-200 for a person to look at.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from atlas_desktop.gui import registertable
from atlas_desktop.gui.registerview import RegisterView
from atlas_desktop.gui.screenfit import FRAME_ALLOWANCE
from atlas_desktop.gui.session import Session
from atlas_desktop.storage.demo import create_demo
from atlas_desktop.storage.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
NOW = dt.datetime(2025, 3, 11, 10, 0, tzinfo=dt.UTC)
# Windows known not to fit yet (none: the create wizard was the last, now sized by screenfit.fit_window).
NOT_YET_FITTED: set[str] = set()


def probe(tmp_path: Path, scale: int) -> list[dict]:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                                                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    shots = Path(os.environ.get("ATLAS_SCREENSHOTS") or tmp_path) / ("fit-1366x768" if scale == 1 else "fit-200")
    shots.mkdir(parents=True, exist_ok=True)
    out = tmp_path / "fit.json"
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "QT_SCALE_FACTOR": str(scale)}
    done = subprocess.run([sys.executable, "-m", "tests.gui.screen_probe", str(out), str(shots)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(out.read_text())


def misfits(results: list[dict]) -> list[str]:
    """Each window whose frame leaves the screen's free area, that leaves no room for its title bar, or whose
    layout demands more than the screen has."""
    found = []
    for r in results:
        ax, ay, aw, ah = r["available"]
        fx, fy, fw, fh = r["frame"]
        _gx, _gy, gw, gh = r["geometry"]
        mw, mh = r["minimum"]
        if fx < ax or fy < ay or fx + fw > ax + aw or fy + fh > ay + ah:
            found.append(f"{r['name']}: frame {r['frame']} leaves the screen {r['available']}")
        if gh + FRAME_ALLOWANCE.height() > ah or gw + FRAME_ALLOWANCE.width() > aw:
            found.append(f"{r['name']}: {gw}×{gh} leaves no room for a title bar on {aw}×{ah}")
        if mw + FRAME_ALLOWANCE.width() > aw or mh + FRAME_ALLOWANCE.height() > ah:
            found.append(f"{r['name']}: cannot be made smaller than {mw}×{mh}, more than {aw}×{ah} allows")
    return found


@pytest.mark.parametrize("scale", [1, 2], ids=["1366x768", "200-percent"])
def test_every_window_fits_a_1366x768_laptop(tmp_path, scale):
    results = probe(tmp_path, scale)
    names = {r["name"] for r in results}
    # Everything the probe promises was opened: nothing passes by not being measured.
    assert {"main-window", "main-breach", "main-audit", "editor-breach-record", "editor-breach-new",
            "editor-dpia-record", "editor-organisation-record", "review-items", "review-close", "preferences",
            "unlock", "unlock-locked", "welcome", "create-wizard"} <= names
    assert misfits([r for r in results if r["name"] not in NOT_YET_FITTED]) == []
    main = next(r for r in results if r["name"] == "main-window")
    if scale == 1:  # at 100 % the main window takes a comfortable share of the laptop, not a postage stamp
        assert main["geometry"][2] >= 1100 and main["geometry"][3] >= 640


# -- the register table's columns ---------------------------------------------------------------------------
@pytest.fixture
def store(monkeypatch, tmp_path):
    """Each test its own settings file: Qt keeps the real one's location for the whole process."""
    path = tmp_path / "windows.ini"
    monkeypatch.setattr(registertable, "column_store", lambda: QSettings(str(path), QSettings.IniFormat))
    return path


@pytest.fixture
def demo(qapp, tmp_path):
    reg, _ = create_demo(tmp_path / "demo.atlas", now=NOW)
    session = Session(reg, Settings())
    yield session
    session.close()


def shown(qtbot, session, key: str, width: int = 1200) -> RegisterView:
    view = RegisterView(session, key, now=lambda: NOW)
    qtbot.addWidget(view)
    view.resize(width, 600)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.table.sized)
    return view


def test_a_column_width_the_person_sets_is_there_next_time(qtbot, demo, store):
    view = shown(qtbot, demo, "breach")
    header = view.table.horizontalHeader()
    status = view.model.column_of("status")
    wanted = header.sectionSize(status) + 37
    header.resizeSection(status, wanted)  # what dragging the column's edge does
    view.close()

    again = shown(qtbot, demo, "breach")
    assert again.table.horizontalHeader().sectionSize(status) == wanted
    # Kept per register: the processors' table is fitted as before.
    processors = shown(qtbot, demo, "processor")
    fitted = processors.table.horizontalHeader().sectionSize(processors.model.column_of("status"))
    assert QSettings(str(store), QSettings.IniFormat).value("columns/processor") is None
    assert fitted != wanted or fitted < 37  # not the breach table's width carried over


def test_a_moved_column_keeps_its_place(qtbot, demo, store):
    view = shown(qtbot, demo, "breach")
    header = view.table.horizontalHeader()
    cause = view.model.column_of("cause")
    header.moveSection(header.visualIndex(cause), 0)
    view.close()
    again = shown(qtbot, demo, "breach")
    assert again.table.horizontalHeader().visualIndex(cause) == 0


def test_fitting_the_columns_keeps_nothing(qtbot, demo, store):
    """Only the person's own changes are kept: a fitted table stays fitted to its contents next time."""
    view = shown(qtbot, demo, "breach")
    view.resize(700, 600)  # the last column follows the window; nothing to keep
    qtbot.wait(10)
    assert QSettings(str(store), QSettings.IniFormat).value("columns/breach") is None


def test_unreadable_kept_widths_are_ignored(qtbot, demo, store):
    QSettings(str(store), QSettings.IniFormat).setValue("columns/breach", "{not json")
    view = shown(qtbot, demo, "breach")
    header = view.table.horizontalHeader()
    assert all(header.sectionSize(c) >= header.sectionSizeHint(c) for c in range(header.count() - 1))


@pytest.mark.parametrize("width", [1200, 700])
@pytest.mark.parametrize("key", ["breach", "activity", "processor", "person", "consent", "rights_request"])
def test_default_widths_show_every_heading_and_every_date_whole(qtbot, demo, store, key, width):
    """At the default size and on a narrow window: no heading is cut, and no date loses its time or zone
    (a deadline read without its time zone misleads); only long free text is shortened, with "…"."""
    view = shown(qtbot, demo, key, width)
    table, header, model = view.table, view.table.horizontalHeader(), view.model
    from atlas_desktop.gui.tablecolumns import content_widths, cuttable
    contents = content_widths(table)
    for column in range(header.count() - 1):  # the last one stretches to the window's edge
        assert header.sectionSize(column) >= header.sectionSizeHint(column), model.headerData(column, Qt.Horizontal)
        if not cuttable(table, column):
            assert header.sectionSize(column) >= contents[column], model.headerData(column, Qt.Horizontal)


def test_the_tool_bar_folds_on_a_narrow_screen_rather_than_widening_the_window(qtbot, demo, store):
    view = shown(qtbot, demo, "breach")
    assert not view.bar.folded
    view.resize(440, 400)  # a page beside the sidebar on a 1366×768 laptop at 200 %
    qtbot.waitUntil(lambda: view.bar.folded)
    assert view.minimumSizeHint().width() <= 440
    for widget in (*view.buttons, view.filter_edit, view.status_combo, view.count_label):
        corner = widget.mapTo(view, widget.rect().bottomRight())
        assert corner.x() <= view.width(), widget  # every control whole, inside the page
