"""Unlocks one register file: passphrase, recovery key or the key remembered on this computer.

Also the lock screen (``locked=True``). Key derivation takes about a second, so every
unlock runs off the GUI thread; failures are explained inside the dialog in plain words
(``unlock_problems``). What is tried, in which order, and what a failure leads to are decided by
``storage.unlock_flow``, as for the ``atlas`` command: this window keeps only its widgets.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import KeyNeeded
from ..storage.keyring_store import SecureKeyring
from ..storage.register import Register
from ..storage.unlock_flow import (
    Key,
    Next,
    Unlocker,
    after,
    apply_remember_change,
    has_remembered_key,
    remember_change,
)
from . import theme
from .dialogs import show_error
from .passphrase_field import passphrase_row, reveal_button
from .tasks import Cancelled, Progress, run_task
from .unlock_problems import explain

# Other windows still take these from here (reveal_button and explain have their own modules now).
__all__ = ["UnlockDialog", "detached", "explain", "open_register_interactively", "quiet", "reveal_button"]


def tr(text: str) -> str:
    return QCoreApplication.translate("UnlockDialog", text)


def detached(register: Register) -> Register:
    """Close the worker thread's own connection; the GUI thread opens its own on first use.

    peewee keeps one connection per thread, so a register opened in a task would otherwise
    leave that thread's connection (and the key in it) open after the task ended.
    """
    if not register.db.is_closed():
        register.db.close()
    return register


def quiet(label: QLabel) -> None:
    """Secondary text: the theme's muted colour, readable, following a switch of light and dark schemes."""
    def restyle() -> None:
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, theme.muted(QApplication.palette(label)))
        label.setPalette(palette)
    theme.follow(label, restyle)


class UnlockDialog(QDialog):
    """Ask for the key to ``path``; after ``accept()`` the opened register is in ``.register``."""

    Quit = 2  # the dialog's result when the lock screen's Quit was pressed
    quit_requested = Signal()

    def __init__(self, path: Path, parent: QWidget | None = None, *, keyring: SecureKeyring | None = None,
                 locked: bool = False) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.locked = locked
        self.keyring = keyring
        self.register: Register | None = None
        self.remember_problem = ""  # set when the register opened but the keyring refused to remember it
        self._busy = False
        self._keyring_ok = False
        self._build()
        self._set_mode(False)
        self._show_error("", "")
        if keyring is not None and not locked:
            # The keyring can take seconds to answer (D-Bus): asked off the GUI thread.
            self._set_busy(True, tr("Checking whether this computer remembers this register…"))
            QTimer.singleShot(0, self._probe_keyring)

    # -- building -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.setWindowTitle(tr("Atlas Desktop is locked") if self.locked else tr("Unlock register"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(self.fontMetrics().height() // 2)

        heading = QLabel(tr("Atlas Desktop is locked") if self.locked else tr("Unlock “{0}”").format(self.path.name))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        heading.setAccessibleName(tr("Heading"))
        layout.addWidget(heading)
        if self.locked:
            intro = tr("The register “{0}” was locked to keep it private. Enter the passphrase to carry on "
                       "where you left off.").format(self.path.name)
        else:
            intro = tr("This register is encrypted. Enter its passphrase to open it.")
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        where = QLabel(tr("File: {0}").format(str(self.path)))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextSelectableByMouse)
        quiet(where)
        where.setAccessibleName(tr("Register file"))
        layout.addWidget(where)

        self.stack = QStackedWidget()
        self.stack.addWidget(self._passphrase_page())
        self.stack.addWidget(self._recovery_page())
        layout.addWidget(self.stack)

        self.use_recovery = QCheckBox(tr("Use the &recovery key instead"))
        self.use_recovery.setAccessibleName(tr("Use the recovery key instead"))
        self.use_recovery.toggled.connect(self._set_mode)
        layout.addWidget(self.use_recovery)

        self.remember_box = QCheckBox(tr("Re&member on this computer"))
        self.remember_box.setAccessibleName(tr("Remember on this computer"))
        self.remember_box.setToolTip(tr("Keep a key in this computer's secure keyring, so this register opens "
                                        "without the passphrase for your user account here. Untick to forget it."))
        self.remember_box.setVisible(False)
        layout.addWidget(self.remember_box)

        self.error_box = QWidget()
        row = QHBoxLayout(self.error_box)
        row.setContentsMargins(0, 0, 0, 0)
        icon = QLabel()
        size = self.fontMetrics().height() * 2
        icon.setPixmap(self.style().standardIcon(QStyle.SP_MessageBoxWarning).pixmap(size, size))
        icon.setAlignment(Qt.AlignTop)
        row.addWidget(icon)
        texts = QVBoxLayout()
        self.error_label = QLabel()
        bold = QFont(self.error_label.font())
        bold.setBold(True)
        self.error_label.setFont(bold)
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(tr("Problem"))
        self.error_detail = QLabel()
        self.error_detail.setWordWrap(True)
        self.error_detail.setAccessibleName(tr("Problem details"))
        texts.addWidget(self.error_label)
        texts.addWidget(self.error_detail)
        row.addLayout(texts, 1)
        layout.addWidget(self.error_box)

        self.status = QLabel()
        self.status.setAccessibleName(tr("Status"))
        layout.addWidget(self.status)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox()
        self.unlock_button = QPushButton(tr("&Unlock"))
        self.unlock_button.setAccessibleName(tr("Unlock"))
        self.buttons.addButton(self.unlock_button, QDialogButtonBox.AcceptRole)
        if self.locked:
            self.quit_button = self.buttons.addButton(tr("&Quit"), QDialogButtonBox.DestructiveRole)
            self.quit_button.setAccessibleName(tr("Quit Atlas Desktop"))
            self.quit_button.clicked.connect(self._quit)
        else:
            cancel = self.buttons.addButton(QDialogButtonBox.Cancel)
            cancel.setAccessibleName(tr("Cancel"))
            cancel.clicked.connect(self.reject)
        self.unlock_button.clicked.connect(self.unlock)
        layout.addWidget(self.buttons)
        # Only now, inside the dialog: made default before it had its dialog parent, the dialog
        # never learned it and Enter went to whichever auto-default button had had the focus.
        self.unlock_button.setDefault(True)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)

    def _passphrase_page(self) -> QWidget:
        page = QWidget()
        col = QVBoxLayout(page)
        col.setContentsMargins(0, 0, 0, 0)
        label = QLabel(tr("&Passphrase:"))
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setAccessibleName(tr("Passphrase"))
        label.setBuddy(self.passphrase_edit)
        row, self.show_button = passphrase_row(self.passphrase_edit)
        col.addWidget(label)
        col.addLayout(row)
        return page

    def _recovery_page(self) -> QWidget:
        page = QWidget()
        col = QVBoxLayout(page)
        col.setContentsMargins(0, 0, 0, 0)
        label = QLabel(tr("Recovery &key (the 14 groups of 4 on your printed copy):"))
        label.setWordWrap(True)
        self.recovery_edit = QLineEdit()
        self.recovery_edit.setFont(QFontDatabase.systemFont(QFontDatabase.FixedFont))
        self.recovery_edit.setPlaceholderText("XXXX-XXXX-XXXX-…")
        self.recovery_edit.setAccessibleName(tr("Recovery key"))
        label.setBuddy(self.recovery_edit)
        col.addWidget(label)
        col.addWidget(self.recovery_edit)
        return page

    # -- state ------------------------------------------------------------------------------------
    def _set_mode(self, recovery: bool) -> None:
        self.stack.setCurrentIndex(1 if recovery else 0)
        if not self.locked:
            self.intro.setText(tr("Enter the recovery key you saved when the register was created.") if recovery
                               else tr("This register is encrypted. Enter its passphrase to open it."))
        self._show_error("", "")
        (self.recovery_edit if recovery else self.passphrase_edit).setFocus()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        for widget in (self.stack, self.use_recovery, self.remember_box, self.unlock_button):
            widget.setEnabled(not busy)
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _show_error(self, headline: str, detail: str) -> None:
        self.error_label.setText(headline)
        self.error_detail.setText(detail)
        self.error_detail.setVisible(bool(detail))
        self.error_box.setVisible(bool(headline))

    def error_text(self) -> str:
        """The problem shown in the dialog now (headline and detail), '' when none."""
        return " ".join(t for t in (self.error_label.text(), self.error_detail.text()) if t) \
            if self.error_box.isVisibleTo(self) else ""

    # -- the remembered key ---------------------------------------------------------------------------
    def _probe_keyring(self) -> None:
        keyring, path = self.keyring, self.path

        def work(progress: Progress) -> tuple[bool, Register | None]:
            assert keyring is not None
            if not keyring.is_available():
                return False, None
            if not has_remembered_key(path):
                return True, None
            try:
                register = Unlocker(path).open_remembered(keyring)
            except Exception as exc:
                if after(exc) is Next.ASK:
                    return True, None  # remembered but stale or unreadable: ask for the passphrase
                raise
            return True, detached(register) if register is not None else None

        def done(result: tuple[bool, Register | None]) -> None:
            self._keyring_ok, register = result
            self.remember_box.setVisible(self._keyring_ok)
            self.remember_box.setChecked(self._keyring_ok and has_remembered_key(path))
            self._set_busy(False)
            if register is not None:
                self._finish(register)
            else:
                self.passphrase_edit.setFocus()

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            self._show_error(*explain(exc))
            self._offer_restore(exc)

        run_task(self, tr("Unlocking the register…"), work, on_done=done, on_error=failed)

    # -- unlocking --------------------------------------------------------------------------------
    def unlock(self) -> None:
        """Open the register with what was typed, off the GUI thread."""
        if self._busy:
            return
        recovery = self.use_recovery.isChecked()
        secret = (self.recovery_edit if recovery else self.passphrase_edit).text()
        if not secret.strip():
            self._show_error(*explain(KeyNeeded(""), recovery=recovery))
            return
        path, keyring = self.path, self.keyring
        change: str | None = None
        if self._keyring_ok and not self.locked:
            change = remember_change(self.remember_box.isChecked(), has_remembered_key(path))

        def work(progress: Progress) -> tuple[Register, str]:
            register = Unlocker(path).open(Key.typed(secret, recovery=recovery))
            problem = apply_remember_change(register, change, keyring)
            if progress.cancelled:
                register.close()
                raise Cancelled("Cancelled.")
            return detached(register), problem

        def done(result: tuple[Register, str]) -> None:
            register, self.remember_problem = result
            self._set_busy(False)
            if self.remember_problem:
                show_error(self, tr("Remember on this computer"),
                           tr("The register is open, but this computer could not remember it: {0}").format(
                               self.remember_problem))
            self._finish(register)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            if isinstance(exc, Cancelled):
                return
            self._show_error(*explain(exc, recovery=recovery))
            field = self.recovery_edit if recovery else self.passphrase_edit
            field.selectAll()
            field.setFocus()
            self._offer_restore(exc)

        self._show_error("", "")
        self._set_busy(True, tr("Unlocking…"))
        run_task(self, tr("Unlocking the register…"), work, on_done=done, on_error=failed)

    def _offer_restore(self, exc: BaseException) -> None:
        """Opening met damage: the damage window over this one, with the way back (``damage_dialog``)."""
        if after(exc) is not Next.RESTORE:
            return
        from .damage_dialog import DamageDialog
        self.damage_dialog = DamageDialog(exc, self.path, self)
        self.damage_dialog.restored.connect(self._restored)
        self.damage_dialog.finished.connect(self.damage_dialog.deleteLater)
        self.damage_dialog.open()

    def _restored(self, _path: Path, text: str) -> None:
        """Something was restored: say so, and unlock again with what was typed."""
        self._show_error("", "")
        self.status.setText(text)
        self.status.setVisible(True)
        typed = (self.recovery_edit if self.use_recovery.isChecked() else self.passphrase_edit).text()
        if typed.strip():
            QTimer.singleShot(0, self.unlock)

    def _finish(self, register: Register) -> None:
        self.register = register
        self.passphrase_edit.clear()
        self.recovery_edit.clear()
        self.accept()

    def _quit(self) -> None:
        self.quit_requested.emit()
        self.done(self.Quit)

    def reject(self) -> None:
        # The lock screen cannot be dismissed (Esc, the window's close button): only unlock or quit.
        if self.locked or self._busy:
            return
        super().reject()


def open_register_interactively(parent: QWidget | None, path: Path, *,
                                keyring: SecureKeyring | None = None) -> Register | None:
    """Ask for the key to ``path`` and return the opened register, or None if the user gave up."""
    dialog = UnlockDialog(path, parent, keyring=keyring)
    try:
        if dialog.exec() == QDialog.Accepted:
            return dialog.register
        return None
    finally:
        dialog.deleteLater()
