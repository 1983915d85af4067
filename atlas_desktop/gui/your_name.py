"""Asks, once after opening, the name of the person working on a local register that has none recorded.

Registers made before Atlas asked for a name at creation have none: their changes would go in the audit
trail as "Unnamed user". The name and role are recorded inside the register (``storage.identity``), so
the audit trail and sign-offs show a person (Art. 5(2), 30), never the computer's login name.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import AtlasError, SetupProblem
from ..storage.identity import UNNAMED, actor_for, record_user, recorded_user
from .create_name import error_label, say
from .session import LOCAL, Session


class YourNameDialog(QDialog):
    """"Your name — shown in the audit trail and on sign-offs" and the role; saves them in the register."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Your name"))
        intro = QLabel(self.tr("No name is recorded for you in this register yet. Atlas writes it in the audit "
                               "trail next to each change and on sign-offs, so the office can show who did what "
                               "(Art. 5(2), 30). Until you give it, changes are recorded as “{0}”.").format(UNNAMED))
        intro.setWordWrap(True)
        form = QFormLayout()
        self.name_edit = QLineEdit(session.settings.user_name.strip())
        self.name_edit.setPlaceholderText(self.tr("e.g. Ana Popescu"))
        self.name_edit.setAccessibleName(self.tr("Your name, shown in the audit trail and on sign-offs"))
        self.role_edit = QLineEdit()
        self.role_edit.setPlaceholderText(self.tr("e.g. Office manager"))
        self.role_edit.setAccessibleName(self.tr("Your role"))
        form.addRow(self.tr("Your na&me:"), self.name_edit)  # as in the create wizard; Alt+N is "Not now"
        form.addRow(self.tr("Your &role:"), self.role_edit)
        self.error = error_label()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("&Save"), QDialogButtonBox.AcceptRole)
        buttons.addButton(self.tr("Not &now"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.name_edit.textChanged.connect(lambda: say(self.error, ""))
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.sizeHint().height())

    def accept(self) -> None:
        register = self.session.register
        try:
            record_user(register, self.name_edit.text(), self.role_edit.text())
        except SetupProblem as exc:
            say(self.error, exc.message)
            self.name_edit.setFocus()
            return
        except AtlasError as exc:  # a full disk, a read-only register: said plainly, nothing half-saved
            say(self.error, exc.message)
            return
        # Preferences' name for this computer, when set, still wins (identity.actor_for).
        register.actor = actor_for(register, self.session.settings.actor)
        self.session.notify("")
        super().accept()


def needs_name(session: Session | None) -> bool:
    """A local register, open for changes, with no name recorded in it and none set for this computer
    (a computer's name from Preferences names the changes already: asking would only interrupt)."""
    if session is None or session.is_locked or session.kind != LOCAL:
        return False
    register = session.register
    return (not getattr(register, "read_only", False) and not recorded_user(register)[0]
            and not session.settings.actor)


def ask_name_if_missing(parent: QWidget | None, session: Session | None) -> YourNameDialog | None:
    """Ask once (the caller calls this after opening, not after each unlock). The dialog is window-modal
    but not a nested event loop, so a lock or close meanwhile is not held up; None when nothing is asked."""
    if not needs_name(session):
        return None
    dialog = YourNameDialog(session, parent)
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    dialog.open()
    return dialog
