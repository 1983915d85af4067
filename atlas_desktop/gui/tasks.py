"""Runs long work (exports, reports, backups, imports) off the GUI thread behind a progress dialog with Cancel.

The work function gets a ``Progress`` to report to and to ask whether the user cancelled.
It runs in a QThread; its own SQLCipher connection (peewee opens one per thread) is closed
when it ends, so no connection outlives the work.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..core.errors import AtlasError
from .dialogs import show_error


class Cancelled(AtlasError):
    """The user pressed Cancel; the work stopped before writing anything."""


class Progress:
    """Handed to the work function: ``report(done, total, text)`` and ``check()`` (raises Cancelled)."""

    def __init__(self, signal: Any) -> None:
        self._signal = signal
        self._cancel = threading.Event()

    def report(self, done: int, total: int, text: str = "") -> None:
        self._signal.emit(int(done), int(total), text)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled("Cancelled; nothing was written.")

    def cancel(self) -> None:
        self._cancel.set()


class _Worker(QThread):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable[[Progress], Any], db: Any = None) -> None:
        super().__init__()
        self.fn = fn
        self.db = db
        self.progress = Progress(self.progressed)

    def run(self) -> None:
        try:
            result = self.fn(self.progress)
        except BaseException as exc:  # shown to the user by the caller, never lost in a thread
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            if self.db is not None and not self.db.is_closed():
                self.db.close()  # peewee's connection state is per thread: this closes only ours


_running: set[_Worker] = set()  # keeps workers alive until they finish


def run_task(parent: QWidget | None, title: str, fn: Callable[[Progress], Any], *,
             on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None,
             db: Any = None, modal: bool = True, quiet: bool = False) -> _Worker:
    """Start ``fn(progress)`` in a thread behind a progress dialog; call back on the GUI thread.
    ``quiet`` work (a check the user did not ask for) shows no dialog at all, only its outcome."""
    dialog = QProgressDialog(title, QObject.tr("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModal if modal and not quiet else Qt.NonModal)
    # Quick work never flashes a dialog; quiet work never shows one (it still carries the cancel signal).
    dialog.setMinimumDuration(2 ** 31 - 1 if quiet else 300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    worker = _Worker(fn, db)

    def progressed(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if text:
            dialog.setLabelText(text)

    def finish() -> None:
        dialog.reset()
        dialog.close()
        dialog.deleteLater()
        _running.discard(worker)

    def succeeded(result: Any) -> None:
        finish()
        if on_done is not None:
            on_done(result)

    def failed(exc: BaseException) -> None:
        finish()
        if on_error is not None:
            on_error(exc)
        elif not isinstance(exc, Cancelled):
            show_error(parent, title, exc)

    worker.progressed.connect(progressed)
    worker.succeeded.connect(succeeded)
    worker.failed.connect(failed)
    dialog.canceled.connect(worker.progress.cancel)
    _running.add(worker)
    worker.start()
    return worker
