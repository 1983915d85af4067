"""Decides when the app must lock: after the set idle time, on system sleep and on screen lock.

Idle time is measured from the last keyboard or mouse input anywhere in the app, with an
injectable monotonic clock so tests need not wait. Sleep is detected portably by comparing
the wall clock with the monotonic clock between ticks (the monotonic clock stops during
suspend on Linux and macOS). Screen lock and sleep also arrive from the desktop where Qt
exposes them: freedesktop's ScreenSaver and logind signals over D-Bus, and Windows' power
and session messages (handled by the main window's nativeEvent).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import SLOT, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

_INPUT_EVENTS = frozenset({
    QEvent.KeyPress, QEvent.MouseButtonPress, QEvent.MouseMove, QEvent.Wheel,
    QEvent.TouchBegin, QEvent.TabletPress, QEvent.Shortcut,
})
TICK_MS = 5_000
SLEEP_GAP_S = 30.0  # wall time jumping this much past the monotonic clock means the machine slept


class IdleLock(QObject):
    """Emits ``lock_now(reason)`` when the app should lock. ``minutes <= 0`` turns idle locking off."""

    lock_now = Signal(str)

    def __init__(self, minutes: int, parent: QObject | None = None, *,
                 monotonic: Callable[[], float] = time.monotonic,
                 wall: Callable[[], float] = time.time) -> None:
        super().__init__(parent)
        self.minutes = minutes
        self._monotonic = monotonic
        self._wall = wall
        self._last_input = monotonic()
        self._last_tick = (monotonic(), wall())
        self._armed = False
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._connect_desktop_signals()

    # -- arming -------------------------------------------------------------------------------------
    def start(self) -> None:
        """Arm after an unlock: the idle time counts from now."""
        self._armed = True
        self.touch()
        self._last_tick = (self._monotonic(), self._wall())
        self.timer.start()

    def stop(self) -> None:
        self._armed = False
        self.timer.stop()

    def touch(self) -> None:
        self._last_input = self._monotonic()

    def idle_seconds(self) -> float:
        return self._monotonic() - self._last_input

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in _INPUT_EVENTS:
            self._last_input = self._monotonic()
        return False

    # -- deciding -----------------------------------------------------------------------------------
    def tick(self) -> None:
        if not self._armed:
            return
        mono, wall = self._monotonic(), self._wall()
        last_mono, last_wall = self._last_tick
        self._last_tick = (mono, wall)
        if (wall - last_wall) - (mono - last_mono) > SLEEP_GAP_S:
            self._fire("sleep")
            return
        if self.minutes > 0 and self.idle_seconds() >= self.minutes * 60:
            self._fire("idle")

    def system_event(self, reason: str) -> None:
        """Called for a screen lock or a suspend reported by the desktop."""
        if self._armed:
            self._fire(reason)

    def _fire(self, reason: str) -> None:
        self.stop()
        self.lock_now.emit(reason)

    # -- desktop signals (Linux) ------------------------------------------------------------------
    def _connect_desktop_signals(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # not every platform build ships QtDBus
            return
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for service, path in (("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
                                  ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver")):
                session.connect(service, path, service, "ActiveChanged", self, SLOT("_screen_saver(bool)"))
        system = QDBusConnection.systemBus()
        if system.isConnected():
            system.connect("org.freedesktop.login1", "/org/freedesktop/login1",
                           "org.freedesktop.login1.Manager", "PrepareForSleep", self, SLOT("_prepare_for_sleep(bool)"))

    @Slot(bool)
    def _screen_saver(self, active: bool) -> None:
        if active:
            self.system_event("screen locked")

    @Slot(bool)
    def _prepare_for_sleep(self, going: bool) -> None:
        if going:
            self.system_event("sleep")


# Windows: the main window forwards these from nativeEvent.
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7


def windows_lock_reason(message: int, wparam: int) -> str | None:
    if message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND:
        return "sleep"
    if message == WM_WTSSESSION_CHANGE and wparam == WTS_SESSION_LOCK:
        return "screen locked"
    return None
