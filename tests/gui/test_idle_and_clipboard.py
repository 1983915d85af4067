"""Auto-lock timing with a fake clock, sleep detection, and the self-clearing clipboard."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from atlas_desktop.gui.clipboard import SensitiveClipboard
from atlas_desktop.gui.idle import PBT_APMSUSPEND, WM_POWERBROADCAST, IdleLock, windows_lock_reason


class FakeClock:
    def __init__(self) -> None:
        self.mono = 1000.0
        self.wall = 1_700_000_000.0

    def advance(self, seconds: float, *, slept: float = 0.0) -> None:
        self.mono += seconds
        self.wall += seconds + slept


def make_lock(qtbot, minutes: int = 5) -> tuple[IdleLock, FakeClock, list[str]]:
    clock = FakeClock()
    lock = IdleLock(minutes, monotonic=lambda: clock.mono, wall=lambda: clock.wall)
    fired: list[str] = []
    lock.lock_now.connect(fired.append)
    lock.start()
    return lock, clock, fired


def test_locks_after_the_idle_minutes_and_not_before(qtbot):
    lock, clock, fired = make_lock(qtbot, minutes=5)
    clock.advance(299)
    lock.tick()
    assert fired == []
    clock.advance(2)
    lock.tick()
    assert fired == ["idle"]
    assert not lock.timer.isActive()  # fires once; the controller re-arms after unlocking


def test_input_resets_the_idle_time(qtbot):
    lock, clock, fired = make_lock(qtbot, minutes=5)
    widget = QWidget()
    qtbot.addWidget(widget)
    clock.advance(240)
    event = QMouseEvent(QEvent.MouseButtonPress, QPointF(1, 1), QPointF(1, 1), Qt.LeftButton, Qt.LeftButton,
                        Qt.NoModifier)
    QApplication.sendEvent(widget, event)
    clock.advance(240)
    lock.tick()
    assert fired == []  # 240 s since the click, under five minutes
    clock.advance(61)
    lock.tick()
    assert fired == ["idle"]


def test_zero_minutes_never_locks_on_idle_but_still_on_sleep(qtbot):
    lock, clock, fired = make_lock(qtbot, minutes=0)
    clock.advance(10_000)
    lock.tick()
    assert fired == []
    clock.advance(5, slept=3600)  # the wall clock jumped an hour past the monotonic clock
    lock.tick()
    assert fired == ["sleep"]


def test_system_events_lock_only_when_armed(qtbot):
    lock, _clock, fired = make_lock(qtbot)
    lock.stop()
    lock.system_event("screen locked")
    assert fired == []
    lock.start()
    lock.system_event("screen locked")
    assert fired == ["screen locked"]


def test_windows_messages_map_to_lock_reasons():
    assert windows_lock_reason(WM_POWERBROADCAST, PBT_APMSUSPEND) == "sleep"
    assert windows_lock_reason(0x02B1, 0x7) == "screen locked"
    assert windows_lock_reason(0x02B1, 0x8) is None  # unlock is not a reason to lock


def test_clipboard_is_cleared_after_the_delay_if_it_still_holds_our_value(qtbot):
    board = SensitiveClipboard(clear_after_ms=50)
    board.copy("Ana Popescu, ana@example.ro")
    assert QGuiApplication.clipboard().text() == "Ana Popescu, ana@example.ro"
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=2000)


def test_clipboard_keeps_what_the_user_copied_since(qtbot):
    board = SensitiveClipboard(clear_after_ms=50)
    board.copy("personal data")
    QGuiApplication.clipboard().setText("something else")
    qtbot.wait(150)
    assert not board.timer.isActive()
    assert QGuiApplication.clipboard().text() == "something else"


def test_a_copy_from_any_field_in_the_app_is_cleared_too(qtbot, monkeypatch):
    from PySide6.QtWidgets import QLineEdit
    board = SensitiveClipboard(clear_after_ms=50)
    board.watch()
    monkeypatch.setattr(SensitiveClipboard, "_is_ours", staticmethod(lambda: True))  # our window is active
    field = QLineEdit("ana.popescu@example.ro")
    qtbot.addWidget(field)
    field.selectAll()
    field.copy()
    assert QGuiApplication.clipboard().text() == "ana.popescu@example.ro"
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=2000)


def test_a_copy_made_in_another_program_is_left_alone(qtbot, monkeypatch):
    board = SensitiveClipboard(clear_after_ms=50)
    board.watch()
    monkeypatch.setattr(SensitiveClipboard, "_is_ours", staticmethod(lambda: False))  # another app is active
    QGuiApplication.clipboard().setText("copied in the browser")
    qtbot.wait(150)
    assert QGuiApplication.clipboard().text() == "copied in the browser"
