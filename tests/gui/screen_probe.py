"""Opens every top-level window of the app on a virtual screen and reports where each lands and how small it
may get: run in its own process (``python -m tests.gui.screen_probe OUT.json [SHOTS]``) because the screen's
size and scale are fixed when Qt starts (QT_QPA_PLATFORM=offscreen:configfile=..., QT_SCALE_FACTOR).
With ATLAS_PROBE_LANGUAGE=ro (fr, de) the app speaks that language, and each window's result also lists
what is wrong with it in that language (tests/gui/language_check.py)."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
from pathlib import Path

MADE = dt.datetime(2025, 3, 11, 10, 0, tzinfo=dt.UTC)
LANGUAGE = os.environ.get("ATLAS_PROBE_LANGUAGE", "")
_english: set[str] = set()
_plurals: list = []


def _rect(r) -> list[int]:  # noqa: ANN001
    return [r.x(), r.y(), r.width(), r.height()]


def measure(widget, name: str, shots: Path | None) -> dict:  # noqa: ANN001
    """Show the window as the app would and say where its frame is and the smallest size its layout allows."""
    from PySide6.QtWidgets import QApplication

    widget.show()  # as the app shows it: its first size and place are the window's own
    for _ in range(4):
        QApplication.processEvents()
    smallest = widget.minimumSize().expandedTo(widget.minimumSizeHint())
    if widget.layout() is not None:
        smallest = smallest.expandedTo(widget.layout().totalMinimumSize())
    screen = widget.screen()
    if shots is not None:
        widget.grab().save(str(shots / f"{name}.png"))
    found = {"name": name, "frame": _rect(widget.frameGeometry()), "geometry": _rect(widget.geometry()),
             "minimum": [smallest.width(), smallest.height()], "available": _rect(screen.availableGeometry())}
    if LANGUAGE:
        from tests.gui.language_check import problems
        found["problems"] = problems(widget, name, _english, _plurals)
    return found


def main(out: Path, shots: Path | None) -> None:
    home = Path(tempfile.mkdtemp(prefix="atlas-probe-"))
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    os.environ["ATLAS_KDF_SECONDS"] = "0"
    from PySide6.QtWidgets import QApplication

    from atlas_desktop.core.entities import ENTITIES
    from atlas_desktop.gui import editors
    from atlas_desktop.gui.launch import make_application
    from atlas_desktop.gui.mainwindow import MainWindow
    from atlas_desktop.gui.session import Session
    from atlas_desktop.storage.demo import create_demo
    from atlas_desktop.storage.settings import Settings

    app = make_application()
    if LANGUAGE:
        from atlas_desktop.gui.launch import install_translation
        from tests.gui.language_check import english_plurals, english_words
        assert install_translation(app, LANGUAGE) == LANGUAGE
        _english.update(english_words(LANGUAGE))
        _plurals.extend(english_plurals(LANGUAGE))
    results: list[dict] = []
    reg, _ = create_demo(home / "demo.atlas", now=MADE, actor="tester")
    session = Session(reg, Settings(user_name="tester"))
    window = MainWindow(session)
    window.restore_state()
    results.append(measure(window, "main-window", shots))
    for key, _label, _entities in window.pages:
        window.show_page(key)
        QApplication.processEvents()
        results.append(measure(window, f"main-{key}", shots))

    for ent in ENTITIES:
        ids = [1] if ent.singleton else sorted(session.records.titles(ent.key))[:1]
        wanted = [("record", ids[0])] if ids else []
        if not ent.singleton:
            wanted.append(("new", None))
        for kind, record_id in wanted:
            editor = editors.open_editor(session, ent.key, record_id, window, now=lambda: MADE)
            results.append(measure(editor, f"editor-{ent.key}-{kind}", shots))
            editor.discard_and_close()
            QApplication.processEvents()

    from atlas_desktop.gui.review import ReviewWindow
    from atlas_desktop.gui.review.window import CLOSE, FIGURES, ITEMS
    from atlas_desktop.storage.reviews import Reviews
    reviews = Reviews(session.records)
    if reviews.current() is None:
        reviews.start()
    review = ReviewWindow(session, parent=window)
    for step, step_name in ((ITEMS, "items"), (FIGURES, "figures"), (CLOSE, "close")):
        review.go(step)
        results.append(measure(review, f"review-{step_name}", shots))
    review.hide()

    from atlas_desktop.gui.settings_dialog import SettingsDialog
    dialog = SettingsDialog(session.settings, session, window)
    results.append(measure(dialog, "preferences", shots))
    dialog.hide()

    from atlas_desktop.gui.create_dialog import CreateRegisterDialog
    wizard = CreateRegisterDialog(window)
    results.append(measure(wizard, "create-wizard", shots))
    wizard.hide()

    from atlas_desktop.gui.unlock_dialog import UnlockDialog
    for locked in (False, True):
        unlock = UnlockDialog(session.path, window, locked=locked)
        results.append(measure(unlock, f"unlock{'-locked' if locked else ''}", shots))
        unlock.hide()

    from atlas_desktop.gui.welcome import WelcomeWindow
    welcome = WelcomeWindow(Settings(user_name="tester"))
    results.append(measure(welcome, "welcome", shots))
    welcome.hide()

    window.hide()
    session.close()
    out.write_text(json.dumps(results, indent=1))
    del app


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else None)
