"""The whole window: every page opens on the demo, idle locking hides everything and keeps drafts, copy is
wiped from the clipboard, and the self-test and no-display showcase run as real processes."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QTabWidget

from atlas_desktop.gui import launch
from atlas_desktop.gui.app import AtlasApp
from atlas_desktop.gui.editors import open_editors
from atlas_desktop.gui.mainwindow import PAGES
from atlas_desktop.gui.registerview import RegisterView
from atlas_desktop.storage.demo import DEMO_PASSPHRASE, create_demo
from atlas_desktop.storage.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
MADE = dt.datetime(2026, 11, 22, 10, 0, tzinfo=dt.UTC)


class FakeClock:
    def __init__(self) -> None:
        self.mono, self.wall = 500.0, 1_790_000_000.0

    def advance(self, seconds: float) -> None:
        self.mono += seconds
        self.wall += seconds


@pytest.fixture
def app_on_demo(qtbot, tmp_path):
    reg, _ = create_demo(tmp_path / "demo.atlas", now=MADE, actor="tester")
    clock = FakeClock()
    controller = AtlasApp(Settings(auto_lock_minutes=5), monotonic=lambda: clock.mono, wall=lambda: clock.wall)
    window = controller.open_register(reg)
    qtbot.waitExposed(window)
    yield controller, clock
    # Not handed to qtbot: closing the window asks the controller to quit, and an editor with a
    # draft would ask Save/Discard in a modal box. Drafts are discarded first, then the register closed.
    for editor in open_editors():
        editor.discard_and_close()
    if controller.unlock_dialog is not None:
        controller.unlock_dialog.deleteLater()
    controller._finish_close()


def test_every_page_opens_on_the_demo_register(app_on_demo, tmp_path):
    controller, _ = app_on_demo
    window = controller.window
    shots = Path(os.environ.get("ATLAS_SCREENSHOTS", tmp_path))
    for key, _label, entities in PAGES:
        window.show_page(key)
        QApplication.processEvents()
        assert window.current_page() == key
        page = window.stack.currentWidget()
        assert page.isVisible()
        if entities:
            views = [page] if isinstance(page, RegisterView) else \
                [page.widget(i) for i in range(page.count())] if isinstance(page, QTabWidget) else []
            assert [v.entity_key for v in views] == list(entities)
            for view in views:
                if isinstance(page, QTabWidget):
                    page.setCurrentWidget(view)
                assert view.model.rowCount() > 0, key  # the demo has records in every register
        window.grab().save(str(shots / f"window-{key}.png"))


def test_register_pages_are_made_when_first_shown(app_on_demo):
    window = app_on_demo[0].window
    assert window.views == {}, "the main window made register views before any was shown"
    window.show_page("staff")
    QApplication.processEvents()
    assert set(window.views) == {"person", "training"} and window.current_page() == "staff"
    assert isinstance(window.stack.currentWidget(), QTabWidget)
    # Asking for a view makes its page without showing it; the page shown stays the same.
    consent = window.view_for("consent")
    assert consent is not None and consent.entity_key == "consent" and window.current_page() == "staff"
    assert window.stack.indexOf(consent) == window.page_index["consent"]
    assert window.view_for("consent") is consent
    window.show_page("consent")
    QApplication.processEvents()
    assert window.current_view() is consent and consent.model.rowCount() > 0


def test_menus_use_the_standard_shortcuts(app_on_demo):
    controller, _ = app_on_demo
    actions = controller.window.actions
    assert actions["new_record"].shortcut() == QKeySequence(QKeySequence.New)
    assert actions["open_register"].shortcut() == QKeySequence(QKeySequence.Open)
    assert actions["find"].shortcut() == QKeySequence(QKeySequence.Find)
    assert actions["quit"].shortcut() == QKeySequence(QKeySequence.Quit)
    assert actions["preferences"].shortcut() == QKeySequence(QKeySequence.Preferences)
    assert {"export", "import", "report:ropa", "report:breach", "lock"} <= set(actions)


def test_idle_lock_hides_everything_keeps_the_draft_and_unlocks(app_on_demo, qtbot):
    controller, clock = app_on_demo
    window = controller.window
    activity_id = min(controller.session.records.titles("activity"))
    controller.edit("activity", activity_id)
    editor = open_editors()[-1]
    qtbot.waitExposed(editor)
    draft_name = "Payroll (edited before the lock)"
    editor.rows["name"].widget.set_value(draft_name)
    assert editor.has_unsaved_changes()

    clock.advance(299)
    controller.idle.tick()
    assert not controller.session.is_locked
    clock.advance(2)
    controller.idle.tick()

    assert controller.session.is_locked
    assert not window.isVisible() and not editor.isVisible()
    dialog = controller.unlock_dialog
    assert dialog is not None and dialog.isVisible() and dialog.locked

    dialog.passphrase_edit.setText(DEMO_PASSPHRASE)
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: not controller.session.is_locked, timeout=10_000)
    assert window.isVisible() and editor.isVisible()
    assert editor.has_unsaved_changes() and editor.values()["name"] == draft_name
    assert controller.idle.timer.isActive()  # re-armed


def test_copy_of_table_cells_goes_through_the_self_clearing_clipboard(app_on_demo, qtbot, monkeypatch):
    controller, _ = app_on_demo
    copied: list[str] = []
    monkeypatch.setattr("atlas_desktop.gui.clipboard.copy_sensitive", copied.append)
    controller.window.show_page("activity")
    view = controller.window.current_view()
    table = view.table
    table.setFocus()
    table.selectRow(0)
    monkeypatch.setattr(QApplication, "focusWidget", staticmethod(lambda: table))
    controller.copy_selection()
    assert copied and copied[0].split("\t")[0] == str(table.model().index(0, 0).data() or "")


def test_has_display_reads_the_environment(monkeypatch):
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert not launch.has_display()
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert launch.has_display()


def _env_without_display(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               ATLAS_KDF_SECONDS="0")
    return env


def test_self_test_runs_in_a_fresh_process(tmp_path):
    result = subprocess.run([sys.executable, "-m", "atlas_desktop", "--self-test"], cwd=ROOT,
                            env=_env_without_display(tmp_path), capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Self-test passed" in result.stdout


def test_without_a_display_the_app_says_so_and_writes_the_showcase(tmp_path):
    result = subprocess.run([sys.executable, "-m", "atlas_desktop"], cwd=ROOT, env=_env_without_display(tmp_path),
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No display found" in result.stdout
    folder = tmp_path / "data" / "atlas-desktop" / "showcase"
    assert str(folder) in result.stdout
    names = {p.name for p in folder.iterdir()}
    assert {"main-window.png", "dashboard.png", "editor-breach.png", "editor-activity.png"} <= names
    assert "demo-register.xlsx" in names and "demo-ropa.pdf" in names
    assert (folder / "dashboard.png").stat().st_size > 10_000  # a real picture, not an empty grab
