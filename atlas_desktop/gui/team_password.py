"""Passwords in a team register: "Change my password…", and the new-password fields a manager fills in for
someone else (typed twice, or made by Atlas and shown once with a Copy button).

The server keeps only a SCRAM verifier made on this computer, and each person's copy of the team key is
wrapped with their password (``storage.team_members``); the work takes a moment, so it runs off the GUI
thread, and a refusal (too weak, the server said no) is said in the dialog with what was typed kept.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import AtlasError, UsageError
from . import clipboard
from .dialogs import error_text, grow_to_fit
from .editors import style
from .passphrase_field import passphrase_row
from .session import Session
from .tasks import run_task


def tr(text: str) -> str:
    return QCoreApplication.translate("TeamPassword", text)


def generated_password() -> str:
    from ..storage.team_members import generated_password as make  # as 'atlas team add-user --generate'
    return make()


def plain(exc: BaseException) -> str:
    """The refusal in plain words (a weak password's verdict already speaks of a password)."""
    return error_text(exc)


class NewPassword(QWidget):
    """A new password typed twice, or (``can_generate``) one made by Atlas, shown once with a Copy button."""

    def __init__(self, *, can_generate: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.typed = QRadioButton(tr("&Type a password"))
        self.made = QRadioButton(tr("&Make one for me"))
        self.made.setToolTip(tr("Five groups of four letters and digits: strong, and easy to pass on by hand."))
        self.typed.setChecked(True)
        if can_generate:
            choice = QHBoxLayout()
            choice.addWidget(self.typed)
            choice.addWidget(self.made)
            choice.addStretch(1)
            column.addLayout(choice)
        form = QFormLayout()
        self.first = QLineEdit()
        self.first.setAccessibleName(tr("New password"))
        self.second = QLineEdit()
        row, self.show_button = passphrase_row(self.first, self.second, texts=(tr("S&how"), tr("&Hide")),
                                               names=(tr("Show the password"),) * 2)  # one name, as it always had
        self.second.setAccessibleName(tr("New password again"))
        self.second.setToolTip(tr("Type it a second time, so a typing mistake cannot lock anyone out."))
        first_label = QLabel(tr("&New password:"))
        first_label.setBuddy(self.first)  # a row holding a layout gets no buddy by itself
        form.addRow(first_label, row)
        form.addRow(tr("&Again:"), self.second)
        self.typed_box = QWidget()
        self.typed_box.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.typed_box)

        self.made_box = QWidget()
        made_row = QHBoxLayout(self.made_box)
        made_row.setContentsMargins(0, 0, 0, 0)
        self.made_edit = QLineEdit()
        self.made_edit.setReadOnly(True)
        self.made_edit.setFont(QFontDatabase.systemFont(QFontDatabase.FixedFont))
        self.made_edit.setAccessibleName(tr("The password made for them"))
        self.copy_button = QPushButton(tr("&Copy"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.setToolTip(tr("Copy it to the clipboard; it is wiped from there after 30 seconds."))
        self.copy_button.clicked.connect(lambda: clipboard.copy_sensitive(self.made_edit.text()))
        made_row.addWidget(self.made_edit, 1)
        made_row.addWidget(self.copy_button)
        self.made_note = style.muted(QLabel(tr("Shown only now: give it to them in person, and ask them to choose "
                                               "their own with File → Change my password…")))
        self.made_note.setWordWrap(True)
        column.addWidget(self.made_box)
        column.addWidget(self.made_note)
        self.made.toggled.connect(self._chosen)
        self._chosen(False)

    def _chosen(self, made: bool) -> None:
        if made and not self.made_edit.text():
            self.made_edit.setText(generated_password())
        self.typed_box.setVisible(not made)
        self.made_box.setVisible(made)
        self.made_note.setVisible(made)

    def is_generated(self) -> bool:
        return self.made.isChecked()

    def password(self) -> str:
        """The new password; ``UsageError`` when the two typed ones differ or are empty."""
        if self.made.isChecked():
            return self.made_edit.text()
        first, second = self.first.text(), self.second.text()
        if not first:
            raise UsageError(tr("Type the new password."))
        if first != second:
            raise UsageError(tr("The two passwords are not the same: type the new one again in both fields."))
        return first

    def focus(self) -> None:
        (self.made_edit if self.made.isChecked() else self.first).setFocus()

    def set_enabled(self, enabled: bool) -> None:
        for widget in (self.typed, self.made, self.typed_box, self.copy_button):
            widget.setEnabled(enabled)


class TaskDialog(QDialog):
    """A dialog whose OK runs storage work off the GUI thread and shows a refusal in its own error line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self._busy = False
        self.error_label = style.coloured(QLabel(), style.ERROR)
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(tr("Problem"))
        self.error_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)

    def say(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        grow_to_fit(self)

    def error_text(self) -> str:
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""

    def run(self, title: str, work: Any, db: Any, done: Any = None) -> None:
        """Run ``work()`` off the GUI thread; accept when it succeeds, say why in the dialog when not."""
        self._busy = True
        self.buttons.setEnabled(False)
        self.say("")

        def succeeded(result: Any) -> None:
            self._busy = False
            self.buttons.setEnabled(True)
            if done is not None:
                done(result)
            super(TaskDialog, self).accept()

        def failed(exc: BaseException) -> None:
            self._busy = False
            self.buttons.setEnabled(True)
            self.say(plain(exc))
            self.refused()

        run_task(self, title, lambda _progress: work(), on_done=succeeded, on_error=failed, db=db)

    def refused(self) -> None:
        """Where the focus goes after a refusal."""

    def reject(self) -> None:
        if not self._busy:
            super().reject()


class ChangePasswordDialog(TaskDialog):
    """File → Change my password… for a team session: the new password, typed twice."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        reg = session.register
        self.setWindowTitle(tr("Change my password"))
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Your new password for {0} as {1}. From now on you sign in with it; your copy of the "
                          "team key is locked with it too. Choose one that is hard to guess: a few unrelated "
                          "words work well.").format(reg.target.server, reg.actor))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.new = NewPassword()
        layout.addWidget(self.new)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.Ok).setText(tr("&Change password"))
        self.new.focus()

    def accept(self) -> None:
        if self._busy or self.session.is_locked:
            return
        reg = self.session.register
        try:
            password = self.new.password()
            if password == reg.target.password:
                raise UsageError(tr("That is the password you have now; nothing was changed."))
        except AtlasError as exc:
            self.say(str(exc))
            self.new.focus()
            return

        def work() -> None:
            from ..storage.team_members import change_password
            change_password(reg, password)
            # New connections (a task's thread, a reconnect) must sign in with the new password from now on.
            reg.db.connect_params["password"] = password

        self.run(tr("Changing your password…"), work, reg.db)

    def refused(self) -> None:
        self.new.first.selectAll()
        self.new.focus()
