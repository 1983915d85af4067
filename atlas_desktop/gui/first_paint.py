"""Runs work that can wait until a window has been seen: once it has first painted (or a moment later at most).

``QTimer.singleShot(0, …)`` right after ``show()`` runs before the window's first paint (posted calls come
before the window system's expose), so work "after opening" scheduled that way held up the first sight of it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

LATEST_MS = 1000  # a window that never paints (minimised, hidden) must not put the work off for ever


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, slot: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._slot: Callable[[], None] | None = slot
        widget.installEventFilter(self)
        QTimer.singleShot(LATEST_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and self._slot is not None:
            QTimer.singleShot(0, self, self._run)  # the paint itself first: its rows are on screen after it
        return False

    def _run(self) -> None:
        slot, self._slot = self._slot, None
        if slot is None:
            return
        self._widget.removeEventFilter(self)
        self.deleteLater()
        slot()


def after_first_paint(widget: QWidget, slot: Callable[[], None]) -> None:
    """Call ``slot`` once, on the event loop's turn after ``widget`` first paints (at most ``LATEST_MS`` later)."""
    _FirstPaint(widget, slot)
