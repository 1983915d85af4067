"""Without a display: opens the demo register offscreen and saves screenshots and the demo exports to a folder.

This is what ``make run`` does on a server or in a container, so that nobody meets a Qt
crash and everybody can still see what the app looks like. The demo holds invented data
only, which is why its exports may be written unencrypted here.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
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


def run_showcase(out: Path, make_application: Callable[[], QApplication]) -> int:
    """``make_application`` is the launcher's (passed in: the launcher imports this module, not the reverse)."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from ..storage.demo import create_demo
    from ..storage.settings import Settings
    from .editors import open_editor, open_editors
    from .mainwindow import PAGES, MainWindow
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
    work = Path(tempfile.mkdtemp(prefix="atlas-demo-"))
    try:
        reg, _recovery = create_demo(work / "demo.atlas", now=dt.datetime.now(dt.UTC))
        session = Session(reg, Settings())
        window = MainWindow(session)
        window.resize(1280, 820)
        for key, _label, _entities in PAGES:
            window.show_page(key)
            name = "main-window.png" if key == "dashboard" else f"page-{key}.png"
            _shoot(window, out / name)
            written.append(name)
        written += _review(session, window, out)
        _shoot(window.dashboard, out / "dashboard.png", (1100, 760))
        written.append("dashboard.png")
        for ent in ENTITIES:
            ids = [1] if ent.singleton else sorted(session.records.titles(ent.key))[:1]
            if not ids:
                continue
            editor = open_editor(session, ent.key, ids[0], None)
            name = f"editor-{ent.key}.png"
            _shoot(editor, out / name, (960, 760))
            written.append(name)
            editor.hide()
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
    print(f"Wrote {len(written)} files to {out}:")
    for name in written:
        print(f"  {name}")
    del app
    return 0
