"""The Qt binding must not leak or drop references on ordinary calls: PySide6 6.12.0 on Python 3.11 drops one
reference to None per call of a method returning nothing, and a long session then aborts the app
("Fatal Python error: none_dealloc"). pyproject.toml excludes that release; this proves the installed one is sound."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget

CALLS = 20_000  # far below None's reference count, so a leaking binding is measured here, not crashed


def test_void_qt_calls_keep_none_referenced(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        widget.setToolTip("x")
    lost = before - sys.getrefcount(None)
    assert lost < CALLS // 100, f"{lost} references to None lost over {CALLS} calls: a broken PySide6 release"
