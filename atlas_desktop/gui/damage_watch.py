"""Turns damage met anywhere in the running app into the damage dialog (``damage_dialog``).

While a local register is open, damage can surface in any read: in a task (its error reaches
``dialogs.show_error``, which hands it to ``offer``: the first ``DamageWatch`` installs it there) or on the
GUI thread (a table model's read; the exception reaches ``sys.excepthook``). Either way the register's own
account is made off the GUI thread (what still reads, the latest verified backup) and one dialog shows it.
Damage met while opening is the unlock dialog's own (``UnlockDialog._offer_restore``).
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

from ..core.errors import AtlasError
from ..storage.connection import damaged
from . import dialogs
from .damage_dialog import DamageDialog, is_damage_error, tr
from .tasks import run_task


class DamageWatch(QObject):
    """While a register is open in the app, turns damage met anywhere into the damage dialog.

    Two ways in: ``dialogs.show_error`` hands damage to ``offer`` (tasks' failures and most error paths),
    and an exception escaping to Qt on the GUI thread (a table model's read) reaches ``sys.excepthook``."""

    def __init__(self, app: Any) -> None:  # the AtlasApp (gui.app)
        super().__init__(app)
        self.app = app
        self.dialog: DamageDialog | None = None
        self._checking = False  # finding out what still reads, before the dialog shows
        global _watch, _previous_hook
        _watch = self
        if sys.excepthook is not _hook:  # not twice: every later app (tests make many) reuses the one hook
            _previous_hook = sys.excepthook
            sys.excepthook = _hook
        dialogs.set_damage_offer(offer)

    def _session(self) -> Any:
        session = getattr(self.app, "session", None)
        return session if session is not None and not session.is_locked and session.kind == "local" else None

    def offer(self, parent: QWidget | None, exc: BaseException) -> bool:
        """Show the dialog for ``exc`` when it is damage of the open register; True when it was."""
        session = self._session()
        if session is None or not is_damage_error(exc):
            return False
        if self.dialog is not None or self._checking:  # one at a time: every failing read would add one
            return True
        reg, settings = session.register, self.app.settings
        parent = parent or self.app.window
        if isinstance(exc, AtlasError) and getattr(exc, "damage", None) is not None:
            self._show(exc)
            return True
        path, register_id, folder = reg.path, reg.register_id, settings.backup_path

        def work(_progress: Any) -> AtlasError:
            from ..storage.damage import explain
            return explain(path, reg.data_key, register_id, folder)

        self._checking = True
        run_task(parent, tr("Checking what still reads…"), work, on_done=self._show,
                 on_error=lambda _exc: self._show(damaged()))
        return True

    def _show(self, error: AtlasError) -> None:
        self._checking = False
        session = self._session()
        if session is None:
            self.dialog = None
            return
        path = session.path
        # No parent: restoring closes the register's window first, and a child dialog would go with it.
        self.dialog = DamageDialog(error, path, None, backup_dir=self.app.settings.backup_path,
                                   before_restore=lambda: self.app.close_register(show_welcome=False))
        self.dialog.setWindowModality(Qt.ApplicationModal)
        self.dialog.restored.connect(lambda _path, text: QTimer.singleShot(0, lambda: self._reopen(path, text)))
        self.dialog.finished.connect(self._closed)
        self.dialog.open()

    def _closed(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def _reopen(self, path: Path, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox
        QMessageBox.information(None, tr("Backup restored"), text)
        self.app.start(path)


_watch: DamageWatch | None = None
_previous_hook: Any = None


def _hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if _watch is not None and is_damage_error(exc) and _watch._session() is not None:
        watch = _watch
        QTimer.singleShot(0, lambda: watch.offer(None, exc))  # not inside the paint or read that failed
        return
    _previous_hook(kind, exc, tb)


def offer(parent: QWidget | None, exc: BaseException) -> bool:
    """For ``dialogs.show_error``: the damage dialog instead of a message box, when ``exc`` is damage of the open
    register; False (show the message as usual) otherwise."""
    return _watch is not None and _watch.offer(parent, exc)
