"""Copies text that may be personal data to the clipboard and clears it again after 30 seconds.

It clears only if the clipboard still holds our value, so something the user copied since
from another program is never wiped. Besides the explicit ``copy_sensitive`` (the Edit →
Copy of table cells), ``watch_app_copies`` catches every other copy made inside the app
(Ctrl+C in an editor's field, a context menu): a clipboard change while our window is
active, or data our process owns, is ours and gets the same 30-second life.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_MS = 30_000


class SensitiveClipboard(QObject):
    def __init__(self, parent: QObject | None = None, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self._value: str | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(clear_after_ms)
        self.timer.timeout.connect(self.clear)

    def copy(self, text: str) -> None:
        self._value = text
        QGuiApplication.clipboard().setText(text)
        self.timer.start()

    def clear(self) -> None:
        """Empty the clipboard if it still holds what we put there."""
        clipboard = QGuiApplication.clipboard()
        value, self._value = self._value, None
        self.timer.stop()
        if value is not None and clipboard.text() == value:
            clipboard.clear()

    def watch(self) -> None:
        QGuiApplication.clipboard().dataChanged.connect(self._changed)

    @staticmethod
    def _is_ours() -> bool:
        clipboard = QGuiApplication.clipboard()
        return clipboard.ownsClipboard() or QGuiApplication.applicationState() == Qt.ApplicationActive

    def _changed(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not text or text == self._value:
            return
        if self._is_ours():
            self._value = text
            self.timer.start()


_instance: SensitiveClipboard | None = None


def _shared() -> SensitiveClipboard:
    global _instance
    if _instance is None:
        _instance = SensitiveClipboard(QGuiApplication.instance())
    return _instance


def copy_sensitive(text: str) -> None:
    """The app's own "Copy" of register data (table cells)."""
    _shared().copy(text)


def watch_app_copies() -> None:
    """Give every copy made inside the app (any widget's Ctrl+C) the same 30-second life."""
    _shared().watch()


def clear_now() -> None:
    """Called on lock: nothing copied from the register stays behind on the clipboard."""
    if _instance is not None:
        _instance.clear()
