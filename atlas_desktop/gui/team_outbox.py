"""The outbox in the main window: the banner of an outbox session, and sending the breaches it keeps.

While the team register's server cannot be reached, breaches are logged in the outbox on this computer
(``storage.outbox``). Once the person signs in to that team register again, the main window says how many
are waiting and sends them on request, off the GUI thread; each keeps the time it was logged, so its
72-hour clock is unchanged. An outbox left empty is then removed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from ..core.errors import AtlasError
from .dialogs import error_text, show_error
from .session import Session
from .tasks import run_task
from .i18n import trn

# The banners' look comes from the editors' style (imported where used): the sign-in dialog on the welcome
# screen takes OfflineOffer from here, and the editors package is a fifth of the main window's imports.


def tr(text: str) -> str:
    return QCoreApplication.translate("Outbox", text)


class ActionBanner(QFrame):
    """A tinted notice across the main window, with the one button that acts on it."""

    def __init__(self, kind: str, name: str, button: str, slot: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from .editors import style
        self.setObjectName(name)
        style.tint_panel(self, kind)
        row = QHBoxLayout(self)
        icon = QLabel()
        icon.setPixmap(style.icon_pixmap(kind, self, 1.3))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.button = QPushButton(button)
        self.button.setAccessibleName(button.replace("&", "").rstrip("…"))
        self.button.clicked.connect(slot)
        row.addWidget(icon)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)


class OfflineOffer(QFrame):
    """Shown in the sign-in when the server cannot be reached: log the breach now, in the outbox here."""

    def __init__(self, open_offline: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.StyledPanel)
        col = QVBoxLayout(self)
        text = QLabel(tr("A breach cannot wait for the network: the 72-hour clock runs from when you became "
                         "aware of it. You can log it now in the outbox on this computer (encrypted with your "
                         "password); it is sent to the team register the next time you sign in."))
        text.setWordWrap(True)
        col.addWidget(text)
        row = QHBoxLayout()
        self.button = QPushButton(tr("&Log a breach offline"))
        self.button.setAccessibleName(tr("Log a breach offline"))
        self.button.setToolTip(tr("Open the outbox on this computer: only breaches can be logged there."))
        self.button.setAutoDefault(False)
        self.button.clicked.connect(open_offline)
        row.addWidget(self.button)
        row.addStretch(1)
        col.addLayout(row)
        self.hide()


def outbox_banner(session: Session, sign_in: Callable[[], None]) -> ActionBanner:
    """The notice over an outbox session's window: where these breaches will go, and when."""
    from .editors import style
    server = session.team_target.server if session.team_target is not None else ""
    frame = ActionBanner(style.INFO, "outboxBanner", tr("Sign &in to send them…"), sign_in)
    frame.label.setText(tr("Outbox on this computer: breaches logged here are sent to {0} when it can be "
                           "reached.").format(server))
    frame.button.setToolTip(tr("Sign in to the team register: the breaches waiting here are then offered for "
                               "sending."))
    frame.setAccessibleName(tr("Outbox on this computer"))
    return frame


class PendingBanner(ActionBanner):
    """"N breaches logged offline are waiting: Send now"; hidden once they are sent."""

    def __init__(self, count: int, send: Callable[[], None], parent: QWidget | None = None) -> None:
        from .editors import style
        super().__init__(style.WARNING, "pendingBanner", tr("&Send now"), send, parent)
        self.send_button = self.button
        self.send_button.setAccessibleName(tr("Send the breaches logged offline now"))
        self.send_button.setToolTip(tr("Send them to the team register with the times they were logged, so their "
                                       "72-hour clocks are unchanged."))
        self.set_count(count)

    def set_count(self, count: int) -> None:
        self.label.setText(
            "" if not count else tr("1 breach logged offline on this computer is waiting to be sent to this team "
                                    "register.") if count == 1 else
            trn("Outbox", "%n breach(es) logged offline on this computer (is|are) waiting to be sent to this "
                "team register.", count))


def _team_target(session: Session) -> Any:
    """The signed-in team register's target, with the password the outbox is locked with."""
    return session.register.target


def offer_pending(window: Any, session: Session) -> None:
    """After signing in: if this computer's outbox holds breaches for this register, say so in the window."""
    from ..storage.outbox import has_outbox

    if not session.is_team or not has_outbox(_team_target(session)):
        return
    target = _team_target(session)

    def count(_progress: Any) -> int:
        from ..storage.outbox import open_outbox, pending_count
        outbox = open_outbox(target, target.password, create=False)
        try:
            pending = pending_count(outbox)
        finally:
            outbox.close()
        if not pending:
            _discard(target)
        return pending

    def counted(pending: int) -> None:
        if pending:
            window.pending_banner = PendingBanner(pending, lambda: send_pending(window, session))
            window.add_banner(window.pending_banner)

    def failed(exc: BaseException) -> None:
        from .editors import style
        from .editors.summary import banner
        # Most often: the outbox was locked with the password this person had before changing it.
        window.add_banner(banner(style.WARNING, tr("Breaches logged offline may be waiting on this computer, but "
                                                   "the outbox did not open: {0}").format(exc)))

    run_task(window, tr("Looking for breaches logged offline"), count, on_done=counted, on_error=failed,
             quiet=True)


def send_pending(window: Any, session: Session) -> None:
    """Send every breach waiting in the outbox to the signed-in team register, then say what happened."""
    if session.is_locked:
        return
    team = session.register
    target = _team_target(session)
    pending: PendingBanner | None = getattr(window, "pending_banner", None)
    if pending is not None:
        pending.send_button.setEnabled(False)

    def work(progress: Any) -> Any:
        from ..storage.outbox import open_outbox, push
        progress.report(0, 0, tr("Sending the breaches logged offline…"))
        outbox = open_outbox(target, target.password, create=False)
        try:
            result = push(outbox, team)
        finally:
            outbox.close()
        _discard(target)
        return result

    def done(result: Any) -> None:
        session.notify("breach")
        if pending is not None:
            pending.set_count(result.remaining)
            pending.send_button.setEnabled(bool(result.remaining))
            pending.setVisible(bool(result.remaining))
        text = tr("{0} sent to the team register, with the time it was logged: its 72-hour clock is unchanged.") \
            if len(result.pushed) == 1 else tr("{0} sent to the team register, each with the time it was logged: "
                                               "their 72-hour clocks are unchanged.")
        text = text.format(_breaches(len(result.pushed)))
        if result.remaining:
            text += " " + tr("{0} still waiting in the outbox.").format(_breaches(result.remaining))
        QMessageBox.information(window, tr("Breaches sent"), text)

    def failed(exc: BaseException) -> None:
        if pending is not None:
            pending.send_button.setEnabled(True)
        session.notify("breach")  # those sent before the failure are in the register now
        show_error(window, tr("Not all breaches were sent"), tr("{0} What was not sent is still in the outbox on "
                                                                "this computer: try again later.").format(
            error_text(exc)))

    run_task(window, tr("Sending breaches"), work, on_done=done, on_error=failed, db=team.db)


def _breaches(count: int) -> str:
    return trn("Outbox", "%n breach(es)", count)


def _discard(target: Any) -> None:
    from ..storage.outbox import discard_if_empty
    try:
        discard_if_empty(target)
    except (AtlasError, OSError):
        pass  # an empty outbox left behind holds nothing; the next sign-in tries again
