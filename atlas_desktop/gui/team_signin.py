"""Signs in to a team register: server, port, database, name and password, or a ``.atlas-team`` file.

Also the team session's lock screen (``locked=True``: the password only), and the way into the outbox
on this computer when the server cannot be reached, so a breach can be logged without waiting for the
network. Signing in crosses the network and unwraps the team key, so it runs off the GUI thread
(``team_opening``); every failure is explained inside the dialog, with the password field keeping the
focus and nothing lost.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import AtlasError, ServerUnreachable
from ..storage.dialect import TEAM_SUFFIX, Target
from .dialogs import grow_to_fit
from .passphrase_field import passphrase_row
from .problem_box import ProblemBox
from .tasks import Cancelled, Progress, run_task
from .team_opening import explain, open_outbox, open_team
from .team_outbox import OfflineOffer
from .unlock_dialog import detached, quiet

DEFAULT_PORT = 5432


def tr(text: str) -> str:
    return QCoreApplication.translate("TeamSignInDialog", text)


class TeamSignInDialog(QDialog):
    """Sign in to a team register; after ``accept()`` the opened register is in ``.register``.

    ``.offline`` is True when the person chose to log breaches offline: ``.register`` is then the outbox
    on this computer (a local register) and ``.target`` says which team register it belongs to."""

    Quit = 2  # the lock screen's Quit
    quit_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, target: Target | None = None,
                 team_file: Path | None = None, locked: bool = False, outbox: bool = False) -> None:
        super().__init__(parent)
        self.locked = locked
        self.outbox_lock = locked and outbox  # the lock screen of an outbox session
        self.team_file = Path(team_file) if team_file is not None else None
        self.register: Any = None
        self.offline = False
        self.target: Target | None = None
        self._busy = False
        self._sslmode = ""  # kept from the connection file: the fields do not show it
        self._build()
        if target is None and self.team_file is not None:
            try:
                target = Target.load(self.team_file)
            except AtlasError as exc:
                self._show_error(tr("This connection file cannot be used"), str(exc))
        if target is not None:
            self._fill(target)
        self._set_busy(False)
        self._focus_first_empty()

    # -- building -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.setWindowTitle(tr("Atlas Desktop is locked") if self.locked else tr("Open a team register"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        m = self.fontMetrics().height()
        layout.setSpacing(m // 2)

        heading = QLabel(tr("Atlas Desktop is locked") if self.locked else tr("Sign in to a team register"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        heading.setAccessibleName(tr("Heading"))
        layout.addWidget(heading)
        if self.outbox_lock:
            intro = tr("The outbox on this computer was locked to keep it private. Enter your team password "
                       "to carry on where you left off.")
        elif self.locked:
            intro = tr("The team register was locked to keep it private. Enter your password to sign in again "
                       "and carry on where you left off; open windows keep what you typed.")
        else:
            intro = tr("A team register is shared by your office on a server. Each person signs in with their "
                       "own name and password, which a manager of the register gave them.")
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.where.setAccessibleName(tr("Team register"))
        quiet(self.where)
        layout.addWidget(self.where)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.host_edit = self._line(tr("Server"), tr("The server's name or address, e.g. server.office.lan or "
                                                     "192.168.1.20. Whoever runs the server can tell you."))
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.port_spin.setAccessibleName(tr("Port"))
        self.port_spin.setToolTip(tr("The server's port. PostgreSQL uses 5432 unless it was set up otherwise."))
        self.database_edit = self._line(tr("Database"), tr("The name of the team register's database on the "
                                                           "server, e.g. office."))
        self.user_edit = self._line(tr("Your name"), tr("Your sign-in name for this register, e.g. maria.pop. "
                                                        "Every change you make is recorded under it."))
        self.server_rows = [(tr("&Server:"), self.host_edit), (tr("P&ort:"), self.port_spin),
                            (tr("&Database:"), self.database_edit), (tr("Your &name:"), self.user_edit)]
        for label, field in self.server_rows:
            form.addRow(label, field)
            if isinstance(field, QLineEdit):
                field.textEdited.connect(self._connection_edited)
        self.port_spin.valueChanged.connect(self._connection_edited)

        self.password_edit = self._line(tr("Password"), tr("Your own password for this team register. It is "
                                                           "never kept on this computer."))
        row, self.show_button = passphrase_row(self.password_edit, texts=(tr("&Show"), tr("&Hide")),
                                               names=(tr("Show the password"), tr("Hide the password")))
        password_label = QLabel(tr("&Password:"))
        password_label.setBuddy(self.password_edit)  # a row holding a layout gets no buddy by itself
        form.addRow(password_label, row)
        self.form = form
        layout.addLayout(form)

        self.file_button = QPushButton(tr("Open a &connection file…"))
        self.file_button.setAccessibleName(tr("Open a connection file"))
        self.file_button.setToolTip(tr("A .atlas-team file a manager gave you fills in the server, database and "
                                       "your name. It never holds a password."))
        self.file_button.setAutoDefault(False)
        self.file_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_button)
        file_row.addStretch(1)
        layout.addLayout(file_row)
        for _label, field in self.server_rows:
            field.setVisible(not self.locked)
            form.labelForField(field).setVisible(not self.locked)
        self.file_button.setVisible(not self.locked)

        self.problem = ProblemBox()
        layout.addWidget(self.problem)
        self.offline_box = OfflineOffer(self.open_offline)
        self.offline_button = self.offline_box.button
        layout.addWidget(self.offline_box)
        self.status = QLabel()
        self.status.setAccessibleName(tr("Status"))
        layout.addWidget(self.status)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox()
        self.sign_in_button = QPushButton(tr("&Unlock") if self.locked else tr("Sign &in"))
        self.sign_in_button.setAccessibleName(self.sign_in_button.text().replace("&", ""))
        self.buttons.addButton(self.sign_in_button, QDialogButtonBox.AcceptRole)
        self.sign_in_button.clicked.connect(self.sign_in)
        if self.locked:
            quit_button = self.buttons.addButton(tr("&Quit"), QDialogButtonBox.DestructiveRole)
            quit_button.setAccessibleName(tr("Quit Atlas Desktop"))
            quit_button.clicked.connect(self._quit)
        else:
            cancel = self.buttons.addButton(QDialogButtonBox.Cancel)
            cancel.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.sign_in_button.setDefault(True)  # only once inside the dialog (see UnlockDialog)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 76)

    def _line(self, name: str, help_text: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setToolTip(help_text)
        return edit

    # -- state ------------------------------------------------------------------------------------
    def _fill(self, target: Target) -> None:
        self.host_edit.setText(target.host)
        self.port_spin.blockSignals(True)
        self.port_spin.setValue(target.port or DEFAULT_PORT)
        self.port_spin.blockSignals(False)
        self.database_edit.setText(target.database)
        self.user_edit.setText(target.user)
        self._sslmode = target.sslmode
        self._update_where()

    def _connection_edited(self, *_: object) -> None:
        # The file no longer describes what is typed: signing in keeps a file of its own for the recent list.
        self.team_file = None
        self._sslmode = ""
        self._update_where()
        self.offline_box.setVisible(False)

    def _update_where(self) -> None:
        target = self.current_target()
        if self.locked and target is not None:
            text = tr("Outbox for {0}, signed in as {1}") if self.outbox_lock else tr("{1} @ {0}")
            self.where.setText(text.format(target.server, target.user))
        elif self.team_file is not None:
            self.where.setText(tr("Connection file: {0}").format(str(self.team_file)))
        else:
            self.where.setText("")
        self.where.setVisible(bool(self.where.text()))

    def current_target(self) -> Target | None:
        """What the fields describe (no password), or None while a field is still empty."""
        host, database = self.host_edit.text().strip(), self.database_edit.text().strip()
        user = self.user_edit.text().strip()
        if not (host and database and user):
            return None
        return Target(host, self.port_spin.value(), database, user, self._sslmode)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._busy and not self.error_text():
            self._focus_first_empty()  # a filled-in dialog (a connection file, the lock) starts at the password

    def _focus_first_empty(self) -> None:
        for _label, field in self.server_rows:
            if isinstance(field, QLineEdit) and field.isVisibleTo(self) and not field.text().strip():
                field.setFocus()
                return
        self.password_edit.setFocus()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        for widget in (self.host_edit, self.port_spin, self.database_edit, self.user_edit, self.password_edit,
                       self.show_button, self.file_button, self.offline_button, self.sign_in_button):
            widget.setEnabled(not busy)
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _show_error(self, headline: str, detail: str) -> None:
        self.problem.show_problem(headline, detail)
        grow_to_fit(self)


    def error_text(self) -> str:
        """The problem shown in the dialog now (headline and detail), '' when none."""
        return self.problem.text()

    # -- the connection file --------------------------------------------------------------------------
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, tr("Open a connection file"), str(Path.home()),
                                              tr("Team connection files (*{0});;All files (*)").format(TEAM_SUFFIX))
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        try:
            target = Target.load(path)
        except AtlasError as exc:
            self._show_error(tr("This connection file cannot be used"), str(exc))
            return
        self._show_error("", "")
        self._fill(target)
        self.team_file = path
        self._update_where()
        self._focus_first_empty()

    # -- signing in ---------------------------------------------------------------------------------
    def _ready(self) -> tuple[Target, str] | None:
        """The target and password, or None after saying in the dialog what is missing."""
        target = self.current_target()
        password = self.password_edit.text()
        if target is None:
            missing = next(name for name, field in ((tr("the server"), self.host_edit),
                                                    (tr("the database"), self.database_edit),
                                                    (tr("your name"), self.user_edit))
                           if not field.text().strip())
            self._show_error(tr("Type {0}").format(missing), tr("Ask whoever manages the team register if you do "
                                                                "not know it, or open the connection file they "
                                                                "gave you."))
            self._focus_first_empty()
            return None
        if not password:
            self._show_error(tr("Type your password"), "")
            self.password_edit.setFocus()
            return None
        return target, password

    def sign_in(self) -> None:
        """Sign in with what was typed, off the GUI thread (the network, then the key derivation)."""
        if self._busy:
            return
        ready = self._ready()
        if ready is None:
            return
        target, password = ready
        team_file = self.team_file  # read now: the work runs on another thread
        if self.outbox_lock:
            self._run(lambda: open_outbox(target, password, create=False), target, tr("Opening the outbox…"),
                      offline=True)
            return
        self._run(lambda: open_team(target, password, team_file), target,
                  tr("Signing in to {0}…").format(target.server), offline=False)

    def open_offline(self) -> None:
        """Open (or make) the outbox on this computer for the team register typed above."""
        if self._busy:
            return
        ready = self._ready()
        if ready is None:
            return
        target, password = ready
        self._run(lambda: open_outbox(target, password, create=True), target,
                  tr("Opening the outbox on this computer…"), offline=True)

    def _run(self, opener: Any, target: Target, text: str, *, offline: bool) -> None:
        def work(progress: Progress) -> Any:
            register = opener()
            if progress.cancelled:
                register.close()
                raise Cancelled("Cancelled.")
            return detached(register)

        def done(register: Any) -> None:
            self._set_busy(False)
            self.register, self.offline, self.target = register, offline, target
            self.password_edit.clear()
            self.accept()

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            if isinstance(exc, Cancelled):
                self.password_edit.setFocus()
                return
            self._show_error(*explain(exc))
            if self.locked and isinstance(exc, ServerUnreachable):
                self.problem.detail.setText(tr("{0} Your windows keep what you typed: try again when the "
                                               "network is back.").format(str(exc)))
            self.offline_box.setVisible(isinstance(exc, ServerUnreachable) and not self.locked)
            grow_to_fit(self)
            self.password_edit.selectAll()
            self.password_edit.setFocus()

        self._show_error("", "")
        self.offline_box.setVisible(False)
        self._set_busy(True, text)
        run_task(self, text, work, on_done=done, on_error=failed)

    def _quit(self) -> None:
        self.quit_requested.emit()
        self.done(self.Quit)

    def reject(self) -> None:
        # The lock screen cannot be dismissed (Esc, the close button): only unlock or quit.
        if self.locked or self._busy:
            return
        super().reject()
