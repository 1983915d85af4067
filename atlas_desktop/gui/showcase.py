"""Without a display: opens the demo register offscreen and saves screenshots and the demo exports to a folder.

This is what ``make run`` does on a server or in a container, so that nobody meets a Qt
crash and everybody can still see what the app looks like. The demo holds invented data
only, which is why its exports may be written unencrypted here.

Besides the light pictures it takes a dark set (``dark-*.png``: the app forced into the dark
scheme) and a 200 % set (``scaled-*.png``). Qt reads ``QT_SCALE_FACTOR`` once, when the
application starts, so the 200 % set is taken by a child process of the same Python, started
first, while the parent takes the others.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.entities import ENTITIES

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


def _shoot(widget, path: Path, size: tuple[int, int] | None = None) -> Path:  # noqa: ANN001
    from PySide6.QtWidgets import QApplication
    if size is not None:
        widget.resize(*size)
    widget.show()
    for _ in range(3):
        QApplication.processEvents()
    widget.grab().save(str(path))
    return path


def _exports(records, out: Path, log: Callable[[str], None]) -> None:  # noqa: ANN001
    """Whatever export and report builders exist in this version; a missing one is skipped, a failing one said."""
    try:
        from ..exports.xlsx_export import export_workbook
    except ImportError:
        export_workbook = None
    if export_workbook is not None:
        try:
            export_workbook(records, out / "demo-register.xlsx")
            log("demo-register.xlsx")
        except Exception as exc:  # noqa: BLE001 — one failing export must not hide the others
            log(f"(the spreadsheet export failed: {exc})")
    try:
        from ..exports.reports import REPORT_KINDS, build_report
    except ImportError:
        return
    for kind, spec in REPORT_KINDS.items():
        record_id = None
        if spec.entity:
            ids = sorted(records.titles(spec.entity))
            if not ids:
                continue
            record_id = ids[0]
        try:
            build_report(records, kind, out / f"demo-{kind}.pdf", record_id=record_id)
            log(f"demo-{kind}.pdf")
        except Exception as exc:  # noqa: BLE001
            log(f"(the {kind} report failed: {exc})")


def _review(session, window, out: Path) -> list[str]:
    """The annual review on the demo: a few records decided, then each step of its window and the reviews page."""
    from ..storage.reviews import Reviews
    from .review import ReviewWindow
    from .review.window import CLOSE, FIGURES, ITEMS

    reviews = Reviews(session.records)
    review = reviews.current() or reviews.start()
    items = reviews.items(review.id)
    flagged = reviews.attention(review.id)  # those are confirmed only one by one, with a note
    reviews.confirm([i.id for i in items if i.is_open and i.id not in flagged][:9])
    session.notify("review")
    review_window = ReviewWindow(session)
    names = []
    for step, name in ((ITEMS, "review-items.png"), (FIGURES, "review-figures.png"), (CLOSE, "review-close.png")):
        review_window.go(step)
        _shoot(review_window, out / name, (1040, 760))
        names.append(name)
    review_window.close()
    window.show_page("reviews")
    _shoot(window, out / "page-reviews-in-progress.png")
    return [*names, "page-reviews-in-progress.png"]


def _light(session, window, out: Path) -> list[str]:  # noqa: ANN001
    """Every page of the main window, the annual review, the dashboard and one editor per register."""
    from .editors import open_editor
    from .mainwindow import PAGES

    names = []
    for key, _label, _entities in PAGES:
        window.show_page(key)
        name = "main-window.png" if key == "dashboard" else f"page-{key}.png"
        _shoot(window, out / name)
        names.append(name)
    names += _review(session, window, out)
    _shoot(window.dashboard, out / "dashboard.png", (1100, 760))
    names.append("dashboard.png")
    for ent in ENTITIES:
        ids = [1] if ent.singleton else sorted(session.records.titles(ent.key))[:1]
        if not ids:
            continue
        editor = open_editor(session, ent.key, ids[0], None)
        name = f"editor-{ent.key}.png"
        _shoot(editor, out / name, (960, 760))
        names.append(name)
        editor.hide()
    return names


def _dark(session, window, out: Path) -> list[str]:  # noqa: ANN001
    """The main window, the dashboard, a register page, editors, the review and the help in the dark scheme."""
    from PySide6.QtCore import Qt

    from . import theme
    from .help_window import HelpWindow
    from .review import ReviewWindow

    theme.force(Qt.ColorScheme.Dark)
    names = []
    for key, name in (("dashboard", "dark-main-window.png"), ("breach", "dark-page-breaches.png"),
                      ("processor", "dark-page-processors.png"), ("reviews", "dark-page-reviews.png")):
        window.show_page(key)
        _shoot(window, out / name)
        names.append(name)
    window.show_page("dashboard")
    _shoot(window.dashboard, out / "dark-dashboard.png", (1100, 760))
    names.append("dark-dashboard.png")
    for key, section in (("breach", ""), ("breach", "Risk assessment"), ("dpia", "Risks and measures"),
                         ("activity", "")):
        name = f"dark-editor-{key}{'-' if section else ''}{section.lower().replace(' ', '-')}.png"
        names += _editor_shot(session, key, section, out / name)
    review_window = ReviewWindow(session)
    _shoot(review_window, out / "dark-review-items.png", (1040, 760))
    names.append("dark-review-items.png")
    review_window.close()
    help_window = HelpWindow()
    help_window.open_page("breach")
    _shoot(help_window, out / "dark-help.png", (1000, 720))
    names.append("dark-help.png")
    help_window.close()
    theme.force(Qt.ColorScheme.Unknown)  # back to the system's (light, offscreen)
    return names


def _scaled(session, window, out: Path) -> list[str]:  # noqa: ANN001
    """In the child started with QT_SCALE_FACTOR=2: the window, the dashboard, a register page and editors."""
    names = []
    for key, name in (("dashboard", "scaled-main-window.png"), ("breach", "scaled-page-breaches.png")):
        window.show_page(key)
        _shoot(window, out / name)
        names.append(name)
    window.show_page("dashboard")
    _shoot(window.dashboard, out / "scaled-dashboard.png", (1100, 760))
    names.append("scaled-dashboard.png")
    for key, section, name in (("breach", "", "scaled-editor-breach.png"),
                               ("breach", "Risk assessment", "scaled-editor-breach-risk-assessment.png"),
                               ("organisation", "", "scaled-editor-organisation.png")):
        names += _editor_shot(session, key, section, out / name)
    return names


def _editor_shot(session, key: str, section: str, path: Path) -> list[str]:  # noqa: ANN001
    """An editor of the register's first ``key`` record, opened at ``section`` (its English title) if given."""
    from .editors import open_editor

    ids = [1] if key == "organisation" else sorted(session.records.titles(key))[:1]
    if not ids:
        return []
    editor = open_editor(session, key, ids[0], None)
    listing = editor.nav.list
    rows = [row for row in range(listing.count()) if listing.item(row).text() == section]
    if rows:
        listing.setCurrentRow(rows[0])
    _shoot(editor, path, (960, 760))
    editor.hide()
    return [path.name]


# The child joins the launcher's application to this module's shots itself, so that neither module imports
# the other both ways.
_SCALED_CHILD = ("import sys; from pathlib import Path; from atlas_desktop.gui.launch import make_application; "
                 "from atlas_desktop.gui.showcase import run_showcase; "
                 "sys.exit(run_showcase(Path(sys.argv[1]), make_application, scaled=True))")


def _start_scaled(out: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, "-c", _SCALED_CHILD, str(out)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _finish_scaled(child: subprocess.Popen[str]) -> list[str]:
    try:
        stdout, stderr = child.communicate(timeout=600)
    except subprocess.TimeoutExpired:
        child.kill()
        stdout, stderr = child.communicate()
    if child.returncode != 0:
        print(f"(the 200 % screenshots failed: {stderr.strip()[-400:]})", file=sys.stderr)
        return []
    return [line.strip() for line in stdout.splitlines() if line.startswith("  ")]


def run_showcase(out: Path, make_application: Callable[[], QApplication], scaled: bool = False) -> int:
    """``make_application`` is the launcher's (passed in: the launcher imports this module, not the reverse).
    ``scaled``: only the 200 % set (the child process); else everything, the 200 % set by a child."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from ..storage.demo import create_demo
    from ..storage.settings import Settings
    from .editors import open_editors
    from .mainwindow import MainWindow
    from .session import Session

    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def quiet(kind: QtMsgType, _context: object, message: str) -> None:
        # The offscreen platform warns that it cannot raise or resize real windows: true, and noise here.
        if "This plugin does not support" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    app = make_application()
    out = Path(out).expanduser().resolve()
    out.mkdir(parents=True, exist_ok=True)
    written: list[str] = []
    child = None if scaled else _start_scaled(out)  # its own process and register, alongside this one
    work = Path(tempfile.mkdtemp(prefix="atlas-demo-"))
    try:
        reg, _recovery = create_demo(work / "demo.atlas", now=dt.datetime.now(dt.UTC))
        session = Session(reg, Settings())
        window = MainWindow(session)
        window.resize(1280, 820)
        if scaled:
            written += _scaled(session, window, out)
        else:
            written += _light(session, window, out)
            written += _dark(session, window, out)
            _exports(session.records, out, written.append)
        for editor in open_editors():
            editor.deleteLater()
        window.hide()
        session.close()
    except Exception as exc:  # said plainly; the folder keeps whatever was written before
        print(f"The showcase stopped: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(work, ignore_errors=True)  # the demo register itself is not kept
        if child is not None:
            written += _finish_scaled(child)
    print(f"Wrote {len(written)} files to {out}:")
    for name in written:
        print(f"  {name}")
    del app
    return 0
