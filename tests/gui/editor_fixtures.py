"""Shared fixtures for the editor tests: a demo register made at a fixed moment, a session on it,
a fake clock for the editors, and the screenshot folder (ATLAS_SCREENSHOTS, else tmp_path)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from atlas_desktop.gui import editors
from atlas_desktop.gui.session import Session
from atlas_desktop.storage.demo import DEMO_PASSPHRASE, create_demo
from atlas_desktop.storage.register import Register
from atlas_desktop.storage.settings import Settings

# A Tuesday in spring, outside any daylight-saving change, in the demo's Europe/Bucharest (UTC+2).
MADE = dt.datetime(2025, 3, 11, 10, 0, tzinfo=dt.UTC)


class FakeClock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def screenshots(tmp_path) -> Path:
    folder = Path(os.environ.get("ATLAS_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(MADE + dt.timedelta(minutes=5))


@pytest.fixture
def session(tmp_path):
    reg, _ = create_demo(tmp_path / "demo.atlas", now=MADE, actor="tester")
    s = Session(reg, Settings(user_name="tester"))
    yield s
    for window in editors.open_editors():
        window.discard_and_close()  # nothing to ask about when the test ends
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    s.close()


def reopen(session: Session) -> Register:
    """The register the session locked, opened again as the unlock screen would."""
    return Register.open(session.path, passphrase=DEMO_PASSPHRASE, actor="tester")


def shoot(qtbot, window, folder: Path, name: str, reveal=None) -> Path:
    """Show the window at its default size (scrolled to ``reveal``) and save what it looks like."""
    window.resize(900, 700)
    window.show()
    qtbot.waitExposed(window)
    for _ in range(3):  # let the scroll areas settle their layouts
        QApplication.processEvents()
    if reveal is not None:
        window.nav.reveal(reveal)
        QApplication.processEvents()
    path = folder / f"editor_{name}.png"
    window.grab().save(str(path))
    return path


def first_id(session: Session, entity: str) -> int:
    return session.records.list(entity, limit=1)[0]["id"]
