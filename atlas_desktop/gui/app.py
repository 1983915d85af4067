"""The desktop app's controller: opens a register, builds the main window and its menus, and locks and unlocks.

Nothing happens at import time. ``run(argv)`` is the entry point used by ``python -m
atlas_desktop`` with no subcommand.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .. import __version__
from ..core.errors import AtlasError
from ..storage import backups
from ..storage.dialect import Target
from ..storage.keyring_store import SecureKeyring
from ..storage.register import Register
from ..storage.settings import Settings
from . import clipboard
from .dialogs import confirm, show_error
from .first_paint import after_first_paint
from .idle import IdleLock
from .mainwindow import MainWindow
from .session import Session
from .tasks import run_task
from .i18n import trn

BACKUP_CHECK_MS = 60 * 60 * 1000


class AtlasApp(QObject):
    """One register open at a time; the welcome window when none is."""

    def __init__(self, settings: Settings | None = None, *,
                 monotonic: Callable[[], float] = time.monotonic,
                 wall: Callable[[], float] = time.time) -> None:
        super().__init__()
        self.settings = settings if settings is not None else Settings.load()
        self.session: Session | None = None
        self.window: MainWindow | None = None
        self.welcome: QWidget | None = None
        self.unlock_dialog: QWidget | None = None
        self._hidden: list[QWidget] = []
        self.idle = IdleLock(self.settings.auto_lock_minutes, self, monotonic=monotonic, wall=wall)
        self.idle.lock_now.connect(self.lock)
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.backup_if_due)
        clipboard.watch_app_copies()
        from .damage_watch import DamageWatch
        self.damage_watch = DamageWatch(self)  # damage met while a register is open: the damage dialog

    # -- opening ----------------------------------------------------------------------------------
    def start(self, path: Path | str | None = None) -> None:
        """Open ``path`` (asking to unlock it; a team register's file or address asks for the password), else
        the most recent register, else the welcome window."""
        from .recent import recent_registers
        from .team_app import outbox_target, sign_in_dialog
        target = path or next((p for p in recent_registers() if p.exists()), None)
        if target is not None:
            from .unlock_dialog import UnlockDialog
            dialog = sign_in_dialog(target) or UnlockDialog(Path(target), keyring=SecureKeyring())
            if dialog.exec() and dialog.register is not None:
                self.open_register(dialog.register, outbox_of=outbox_target(dialog))
                return
        self.show_welcome()

    def show_welcome(self) -> None:
        from .welcome import WelcomeWindow
        self.welcome = WelcomeWindow(self.settings)
        self.welcome.opened.connect(self._opened_from_welcome)
        self.welcome.outbox_opened.connect(lambda outbox, target: self._opened_from_welcome(outbox, target))
        self.welcome.show()

    def _opened_from_welcome(self, register: Register, outbox_of: Target | None = None) -> None:
        if self.welcome is not None:
            self.welcome.close()
            self.welcome.deleteLater()
            self.welcome = None
        self.open_register(register, outbox_of=outbox_of)

    def open_register(self, register: Register, *, outbox_of: Target | None = None) -> MainWindow:
        """The main window on ``register``; ``outbox_of``: it is the outbox kept for that team register."""
        from .recent import add_recent
        if outbox_of is None:  # the outbox is reached through its team register's sign-in, never from the list
            add_recent(register.path)
        self.session = Session(register, self.settings, outbox_of=outbox_of)
        self.window = MainWindow(self.session)
        self.window.edit_requested.connect(self.edit)
        self.window.review_requested.connect(self.open_review)
        self.window.close_requested.connect(self.quit)
        self.window.set_native_lock_handler(self.idle.system_event)
        self._build_menus(self.window)
        self.window.restore_state()
        self.window.show()
        self._register_windows_session_notifications(self.window)
        self.idle.minutes = self.settings.auto_lock_minutes
        self.idle.start()
        self.backup_timer.start()
        QTimer.singleShot(2000, self.backup_if_due)
        if register.tail_warning:
            show_error(self.window, self.tr("Audit trail"), register.tail_warning)
        from .security_menu import key_warning_text
        key_warning = key_warning_text(register)  # a damaged key-file entry, its fix named by the app's menus
        if key_warning:
            show_error(self.window, self.tr("Key file"), key_warning)
        from .integrity_check import warn_trail_memory
        warn_trail_memory(self.window, register)
        # After the dashboard's own first read: both read the whole register.
        QTimer.singleShot(3000, lambda: self._check_records(register))
        after_first_paint(self.window, self._ask_name_if_missing)  # no name recorded: asked once, once it is seen
        from .team_app import session_opened
        session_opened(self.window, self.session)
        return self.window

    def _ask_name_if_missing(self) -> None:
        from .your_name import ask_name_if_missing  # on first use: most registers have a name recorded
        if self.window is not None:
            ask_name_if_missing(self.window, self.session)

    def _check_records(self, register: Register) -> None:
        from .integrity_check import check_records
        if self.session is not None and not self.session.is_locked and self.session.register is register:
            check_records(self.window, register)

    # -- menus --------------------------------------------------------------------------------------
    def _build_menus(self, w: MainWindow) -> None:
        from .menus import build_menus
        build_menus(self, w)

    def live(self) -> Session:
        """The open session (the menus act on it); only called while one is open."""
        assert self.session is not None
        return self.session

    # -- actions ------------------------------------------------------------------------------------
    def edit(self, entity: str, record_id: int) -> None:
        if self.session is None or self.session.is_locked:
            return
        try:
            from .editors import open_editor  # the editors are made on first use: a fifth of start-up's imports

            editor = open_editor(self.session, entity, record_id or None, self.window)
        except AtlasError as exc:  # e.g. the record was deleted since the dashboard listed it
            show_error(self.window, self.tr("Open record"), exc)
            return
        if not getattr(editor, "_atlas_wired", False):  # open_editor may hand back an editor already open
            from .reports import report_for_record  # a breach asks which form: the pack, ANSPDCP's or CNIL's
            editor.report_requested.connect(lambda ent, rid: report_for_record(editor, self.live(), ent, rid))
            editor._atlas_wired = True

    def open_review(self, review_id: int = 0) -> None:
        """The annual review window: the review in progress (or the offer to start one), or review ``review_id``."""
        if self.session is None or self.session.is_locked:
            return
        from .review import open_review_window
        window = open_review_window(self.session, self.window, review_id or None)
        if not getattr(window, "_atlas_wired", False):  # a window already open is wired already
            window.edit_requested.connect(self.edit)
            window.consents_requested.connect(self.show_consents)
            window._atlas_wired = True

    def show_consents(self, purpose: str) -> None:
        """A consent purpose has no editor: show the consent records given for it."""
        if self.window is None:
            return
        self.window.show_page("consent")
        view = self.window.view_for("consent")
        if view is not None:
            view.filter_edit.setText(purpose)
        self.window.raise_()
        self.window.activateWindow()

    def new_record(self) -> None:
        view = self.window.current_view() if self.window else None
        if view is not None:
            self.edit(view.entity_key, 0)

    def find(self) -> None:
        view = self.window.current_view() if self.window else None
        if view is not None:
            view.focus_filter()

    def copy_selection(self) -> None:
        """Copy the selected cells as tab-separated text; it is wiped from the clipboard after 30 s."""
        focus = QApplication.focusWidget()
        from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QPlainTextEdit, QTextEdit
        if isinstance(focus, QAbstractItemView) and focus.model() is not None:
            indexes = sorted(focus.selectionModel().selectedIndexes(), key=lambda i: (i.row(), i.column()))
            rows: dict[int, list[str]] = {}
            for index in indexes:
                rows.setdefault(index.row(), []).append(str(index.data() or ""))
            text = "\n".join("\t".join(cells) for cells in rows.values())
        elif isinstance(focus, QLineEdit):
            text = focus.selectedText()
        elif isinstance(focus, (QTextEdit, QPlainTextEdit)):
            text = focus.textCursor().selectedText().replace("\u2029", "\n")
        else:
            return
        if text:
            clipboard.copy_sensitive(text)

    def preferences(self) -> None:
        from .settings_dialog import SettingsDialog  # on first use, not before the first paint
        dialog = SettingsDialog(self.settings, self.session, self.window)
        if dialog.exec():
            self.idle.minutes = self.settings.auto_lock_minutes

    def new_register(self) -> None:
        from .create_dialog import CreateRegisterDialog
        dialog = CreateRegisterDialog(self.window)
        if dialog.exec() and dialog.register is not None:
            if self.close_register(show_welcome=False):
                self.open_register(dialog.register)
            else:
                dialog.register.close()

    def open_other(self) -> None:
        from PySide6.QtWidgets import QFileDialog
        from .unlock_dialog import UnlockDialog
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open register"), "",
                                              self.tr("Atlas registers (*.atlas *.atlas-team)"))
        if name:
            from .team_app import sign_in_dialog
            self._switch_to(sign_in_dialog(Path(name), self.window)
                            or UnlockDialog(Path(name), self.window, keyring=SecureKeyring()))

    def open_team(self) -> None:
        """Sign in to a team register: the one this session belongs to, filled in, or any other."""
        from .team_signin import TeamSignInDialog
        self._switch_to(TeamSignInDialog(self.window, target=self.session.team_target if self.session else None))

    def _switch_to(self, dialog) -> None:  # noqa: ANN001 (an unlock or sign-in dialog)
        """Once ``dialog`` opened a register, close this one (each editor asks) and show that one instead."""
        from .team_app import outbox_target
        if dialog.exec() and dialog.register is not None:
            if self.close_register(show_welcome=False):
                self.open_register(dialog.register, outbox_of=outbox_target(dialog))
            else:
                dialog.register.close()

    def backup_now(self) -> None:
        session = self.live()
        if session.kind != "local":  # the action is disabled there; its server (or nobody) keeps backups
            return
        reg, settings = session.register, self.settings

        def work(progress):  # noqa: ANN001, ANN202
            progress.report(0, 0, self.tr("Making an encrypted backup…"))
            return backups.make_backup(reg, backup_dir=settings.backup_path, reason="manual",
                                       keep=settings.backup_keep)

        run_task(self.window, self.tr("Back up now"), work, db=reg.db, on_done=lambda path: QMessageBox.information(
            self.window, self.tr("Backup made"), self.tr("The encrypted backup is saved as\n{0}").format(path)))

    def backup_if_due(self) -> None:
        if self.session is None or self.session.is_locked or self.session.kind != "local":
            return
        reg, settings = self.session.register, self.settings
        try:
            due = backups.backup_due(reg, settings)
        except (OSError, ValueError):
            due = True
        if due:
            run_task(self.window, self.tr("Automatic backup"), lambda _p: backups.auto_backup(reg, settings),
                     db=reg.db, modal=False)

    def verify_audit(self) -> None:
        """The audit page's own check: off the GUI thread, against the backups' anchors too."""
        if self.window is not None:
            self.window.show_page("audit")
            self.window.audit_view.verify()

    def about(self) -> None:
        QMessageBox.about(self.window, self.tr("About Atlas Desktop"),
                          self.tr("Atlas Desktop {0}\nAn offline, encrypted GDPR register for small offices.")
                          .format(__version__))

    # -- locking ------------------------------------------------------------------------------------
    def lock(self, reason: str = "idle") -> None:
        """Close the connection and hide every window behind the unlock screen; editors keep their drafts."""
        if self.session is None or self.session.is_locked:
            return
        self.idle.stop()
        self.backup_timer.stop()
        clipboard.clear_now()
        for modal in QApplication.topLevelWidgets():
            # Open dialogs (file pickers, confirmations) would otherwise float over the lock screen.
            if modal.isVisible() and modal.isModal() and modal is not self.window:
                modal.reject() if hasattr(modal, "reject") else modal.close()
        self._hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        for widget in self._hidden:
            widget.hide()
        self.session.lock()
        if self.window is not None:
            self.window.update_title()
        self._show_unlock()

    def _show_unlock(self) -> None:
        from .team_app import lock_dialog
        from .unlock_dialog import UnlockDialog
        assert self.session is not None
        dialog = lock_dialog(self.session) or UnlockDialog(self.session.path, None, locked=True)
        self.unlock_dialog = dialog
        dialog.accepted.connect(lambda: self._unlocked(dialog))
        dialog.quit_requested.connect(self._quit_from_lock)
        dialog.open()

    def _unlocked(self, dialog) -> None:  # noqa: ANN001
        assert self.session is not None
        try:
            self.session.unlock(dialog.register)
        except Exception as exc:  # a different file: refuse and ask again
            dialog.register.close()
            show_error(None, self.tr("Unlock"), exc)
            self._show_unlock()
            return
        self.unlock_dialog = None
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        if self.window is not None:
            self.window.update_title()
        self.idle.start()
        self.backup_timer.start()

    def _quit_from_lock(self) -> None:
        from .editors import open_editors

        dirty = [e for e in open_editors() if e.has_unsaved_changes()]
        if dirty and not confirm(None, self.tr("Quit"),
                                 trn("AtlasApp", "%n open editor(s) (has|have) unsaved changes. Quitting now "
                                     "discards (it|them).", len(dirty)), self.tr("Quit and discard")):
            self._show_unlock()
            return
        for editor in open_editors():
            editor.discard_and_close()
        self._finish_close()
        QApplication.quit()

    # -- closing ------------------------------------------------------------------------------------
    def close_register(self, show_welcome: bool = True) -> bool:
        """Close every editor (each asks about unsaved changes), then the register. False if the user backs out."""
        if self.session is None:
            return True
        from .editors import open_editors

        for editor in list(open_editors()):
            if not editor.close():
                return False
        self._finish_close()
        if show_welcome:
            self.show_welcome()
        return True

    def _finish_close(self) -> None:
        self.idle.stop()
        self.backup_timer.stop()
        clipboard.clear_now()
        if self.window is not None:
            self.window.save_state()
            self.window.close_requested.disconnect()
            self.window.hide()
            self.window.deleteLater()
            self.window = None
        if self.session is not None:
            self.session.close()
            self.session = None

    def quit(self) -> None:
        if self.close_register(show_welcome=False):
            QApplication.quit()

    @staticmethod
    def _register_windows_session_notifications(window: QWidget) -> None:
        if sys.platform != "win32":
            return
        try:  # WM_WTSSESSION_CHANGE only arrives after this registration
            import ctypes
            ctypes.windll.wtsapi32.WTSRegisterSessionNotification(int(window.winId()), 0)
        except (OSError, AttributeError):
            pass
