"""What the app controller does differently for a team register and for the outbox on this computer.

Which dialog opens a path or address (the team sign-in for a ``.atlas-team`` file or a ``postgresql://``
address), which lock screen a session gets, which menu actions apply (a team register has no local
backups and no passphrase; a reader changes nothing; the outbox keeps breaches only), and what the
window shows once a session opens (the outbox's banner; breaches waiting to be sent).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..storage.dialect import TEAM_SUFFIX, Target
from .session import Session
from .team_signin import TeamSignInDialog

_URL_PREFIXES = ("postgresql://", "postgres://")

# Actions that mean nothing in the outbox (it holds breaches, and only until they are sent).
_NOT_IN_OUTBOX = ("export", "import", "backup", "from_templates", "organisation", "annual_review", "checks", "verify_audit")


def tr(text: str) -> str:
    return QCoreApplication.translate("TeamApp", text)


def sign_in_dialog(source: Path | str, parent: QWidget | None = None) -> TeamSignInDialog | None:
    """The team sign-in for a connection file or a team register's address, with its fields filled; None
    for a register file on this computer. A password in an address is not used: the person types it."""
    text = str(source)
    if text.startswith(_URL_PREFIXES):
        return TeamSignInDialog(parent, target=Target.from_url(text).with_login(password=""))
    if Path(text).suffix == TEAM_SUFFIX:
        return TeamSignInDialog(parent, team_file=Path(text))
    return None


def outbox_target(dialog: Any) -> Target | None:
    """The team register an opened outbox belongs to, when the dialog opened the outbox."""
    return dialog.target if getattr(dialog, "offline", False) else None


def lock_dialog(session: Session) -> TeamSignInDialog | None:
    """The lock screen of a team or outbox session (the password only); None for a register file."""
    if session.is_team:
        return TeamSignInDialog(None, target=session.team_target, team_file=session.path, locked=True)
    if session.is_outbox:
        return TeamSignInDialog(None, target=session.team_target, locked=True, outbox=True)
    return None


def _disable(window: Any, key: str, why: str) -> None:
    action = window.actions.get(key)
    if action is not None:
        action.setEnabled(False)
        action.setToolTip(why)
        action.setStatusTip(why)


def fit_menus(window: Any, session: Session) -> None:
    """Disable (saying why) or hide the actions that do not apply to this session's register."""
    if session.kind == "local":
        return
    for action in window.menuBar().actions():
        if action.menu() is not None:
            action.menu().setToolTipsVisible(True)  # a disabled action's tooltip says why
    if session.is_team:
        _disable(window, "backup", tr("A team register is backed up by whoever runs its server. Export "
                                      "spreadsheet writes a readable copy here."))
        if session.read_only:
            why = tr("You are signed in as a reader: you can read this register but not change it.")
            for key in ("new_record", "import", "from_templates"):
                _disable(window, key, why)
        return
    for key in _NOT_IN_OUTBOX:
        window.actions[key].setVisible(False)
    for key, action in window.actions.items():
        if key.startswith("report:"):
            action.setVisible(False)
    for action in window.menuBar().actions():
        menu = action.menu()
        if menu is not None and not any(a.isVisible() and not a.isSeparator() for a in menu.actions()):
            action.setVisible(False)  # the Reports menu, emptied


def session_opened(window: Any, session: Session) -> None:
    """The window's notices for a session just opened: the outbox's banner; breaches waiting to be sent."""
    if session.is_outbox:
        from .team_outbox import outbox_banner
        window.add_banner(outbox_banner(session, window.actions["open_team"].trigger))
    elif session.is_team:
        from .team_outbox import offer_pending
        offer_pending(window, session)


def change_password(window: QWidget, session: Session) -> bool:
    """File → Change my password…; True when it was changed."""
    from .team_password import ChangePasswordDialog
    if session.is_locked or not session.is_team:
        return False
    dialog = ChangePasswordDialog(session, window)
    try:
        if not dialog.exec():
            return False
    finally:
        dialog.deleteLater()
    QMessageBox.information(window, tr("Password changed"), tr(
        "Your password was changed, and your copy of the team key now opens with it. Sign in with the new "
        "password from now on."))
    return True
