"""Copies text that may be personal data to the clipboard and clears it again after 30 seconds.

It clears only if the clipboard still holds our value, so something the user copied since
from another program is never wiped.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
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
        QGuiApplication.clipboard().setText(text)
        self._value = text
        self.timer.start()

    def clear(self) -> None:
        """Empty the clipboard if it still holds what we put there."""
        clipboard = QGuiApplication.clipboard()
        if self._value is not None and clipboard.text() == self._value:
            clipboard.clear()
        self._value = None
        self.timer.stop()


_instance: SensitiveClipboard | None = None


def copy_sensitive(text: str) -> None:
    """The app-wide entry point: every "Copy" of register data goes through here."""
    global _instance
    if _instance is None:
        _instance = SensitiveClipboard(QGuiApplication.instance())
    _instance.copy(text)


def clear_now() -> None:
    """Called on lock: nothing copied from the register stays behind on the clipboard."""
    if _instance is not None:
        _instance.clear()
