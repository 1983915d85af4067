"""The People page of a team register (its managers only): who can sign in with which role, adding people,
changing a role and removing someone.

Each act is one call to ``storage.team_members``, off the GUI thread (the server, and the key wrapped with
the new password); every refusal (a weak password, a name the server already uses, not a manager any
more) is said in plain words where it happened.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import AtlasError
from .dialogs import confirm, show_error
from .editors import style
from .session import Session
from .tasks import run_task
from .team_password import NewPassword, TaskDialog

# What each role may do, as the combo box and the table say it.
ROLES = {
    "manager": (QT_TRANSLATE_NOOP("People", "Manager"),
                QT_TRANSLATE_NOOP("People", "adds and removes people, and changes records")),
    "editor": (QT_TRANSLATE_NOOP("People", "Editor"), QT_TRANSLATE_NOOP("People", "adds and changes records")),
    "reader": (QT_TRANSLATE_NOOP("People", "Reader"), QT_TRANSLATE_NOOP("People", "reads the register only")),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("People", text)


def role_name(role: str) -> str:
    return tr(ROLES[role][0]) if role in ROLES else role


def _yes_no(flag: bool | None) -> str:
    return "—" if flag is None else tr("Yes") if flag else tr("No")


class PersonDialog(TaskDialog):
    """Add a person (name, role, first password), or change someone's role (``person`` given)."""

    def __init__(self, session: Session, person: str = "", role: str = "editor",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.changing = bool(person)
        self.setWindowTitle(tr("Change {0}'s role").format(person) if self.changing else tr("Add a person"))
        layout = QVBoxLayout(self)
        intro = QLabel(tr("The new role applies at once. Their copy of the team key is made again, so they also "
                          "get a new password: give it to them in person.") if self.changing
                       else tr("They sign in with this name and password, and get their own copy of the team key. "
                               "Every change they make is recorded under their name."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name_edit = QLineEdit(person)
        self.name_edit.setReadOnly(self.changing)
        self.name_edit.setAccessibleName(tr("Sign-in name"))
        self.name_edit.setPlaceholderText(tr("e.g. ana.pop"))
        self.name_edit.setToolTip(tr("2 to 41 lower-case letters, digits, '.', '-' or '_', starting with a "
                                     "letter."))
        form.addRow(tr("Sign-in &name:"), self.name_edit)
        self.role_box = QComboBox()
        self.role_box.setAccessibleName(tr("Role"))
        for key, (label, what) in ROLES.items():
            self.role_box.addItem(f"{tr(label)} — {tr(what)}", key)
        self.role_box.setCurrentIndex(max(0, self.role_box.findData(role)))
        form.addRow(tr("&Role:"), self.role_box)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("Their password:") if not self.changing else tr("Their new password:")))
        self.password = NewPassword(can_generate=True)
        layout.addWidget(self.password)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(tr("&Change role") if self.changing
                                                                    else tr("&Add person"))
        (self.password.first if self.changing else self.name_edit).setFocus()

    def accept(self) -> None:
        if self._busy or self.session.is_locked:
            return
        reg = self.session.register
        person, role = self.name_edit.text().strip(), self.role_box.currentData()
        try:
            if not person:
                raise AtlasError(tr("Type their sign-in name."))
            password = self.password.password()
        except AtlasError as exc:
            self.say(str(exc))
            return

        def work() -> None:
            from ..storage.team_members import add_member
            add_member(reg, person, role, password)

        doing = tr("Changing {0}'s role…") if self.changing else tr("Adding {0}…")
        self.run(doing.format(person), work, reg.db)

    def refused(self) -> None:
        if not self.password.is_generated():
            self.password.focus()


class PeoplePage(QWidget):
    """The members of the team register, and a manager's three acts on them."""

    COLUMNS = (QT_TRANSLATE_NOOP("People", "Name"), QT_TRANSLATE_NOOP("People", "Role"),
               QT_TRANSLATE_NOOP("People", "Can sign in"), QT_TRANSLATE_NOOP("People", "Has key"))

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.people: list = []
        layout = QVBoxLayout(self)
        heading = QLabel(tr("People"))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3 if font.pointSizeF() > 0 else 13)
        heading.setFont(font)
        layout.addWidget(heading)
        intro = style.muted(QLabel(tr(
            "Who can sign in to this team register, and what each may do: managers add and remove people and change "
            "records, editors add and change records, readers only read. \u201cCan sign in\u201d: the server lets "
            "them in. \u201cHas key\u201d: they hold their copy of the team key, without which they cannot open "
            "the register.")))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in self.COLUMNS])
        self.table.setAccessibleName(tr("People in this team register"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for col in range(1, len(self.COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda *_: self.change_role())
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(tr("&Add person…"))
        self.add_button.setToolTip(tr("Let someone sign in: their name, role and first password."))
        self.role_button = QPushButton(tr("Change &role…"))
        self.role_button.setToolTip(tr("Give the selected person another role (and a new password)."))
        self.remove_button = QPushButton(tr("Re&move…"))
        self.remove_button.setToolTip(tr("The selected person can no longer sign in; what they recorded stays."))
        for button, slot in ((self.add_button, self.add_person), (self.role_button, self.change_role),
                             (self.remove_button, self.remove_person)):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = style.muted(QLabel())
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        session.unlocked.connect(self.refresh)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.refresh()  # someone else may have added or removed people since

    # -- the list -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.session.is_locked:
            return
        from ..storage.team_members import members
        chosen = self.selected()
        try:
            self.people = members(self.session.register)
        except AtlasError as exc:
            self.status.setText(str(exc))
            return
        self.table.setRowCount(len(self.people))
        for r, m in enumerate(self.people):
            me = m.person == self.session.register.actor
            cells = (m.person + (tr(" (you)") if me else ""), role_name(m.app_role), _yes_no(m.can_sign_in),
                     _yes_no(m.has_key))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, m.person)
                self.table.setItem(r, c, item)
            if m.person == chosen:
                self.table.selectRow(r)
        count = len(self.people)
        self.status.setText(tr("1 person.") if count == 1 else tr("{0} people.").format(count))
        self._update_buttons()

    def selected(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.UserRole) if items else None

    def select(self, person: str) -> None:
        for r, m in enumerate(self.people):
            if m.person == person:
                self.table.selectRow(r)

    def _update_buttons(self) -> None:
        person = self.selected()
        me = not self.session.is_locked and person == self.session.register.actor
        self.role_button.setEnabled(person is not None and not me)
        self.remove_button.setEnabled(person is not None and not me)
        why = tr("You cannot change your own role or remove yourself: ask another manager.") if me else ""
        self.role_button.setToolTip(why or tr("Give the selected person another role (and a new password)."))
        self.remove_button.setToolTip(why or tr("The selected person can no longer sign in; what they recorded "
                                                "stays."))

    # -- the three acts -------------------------------------------------------------------------------
    def add_person(self) -> PersonDialog:
        dialog = PersonDialog(self.session, parent=self)
        self._open(dialog)
        return dialog

    def change_role(self) -> PersonDialog | None:
        person = self.selected()
        if person is None or self.session.is_locked or person == self.session.register.actor:
            return None
        role = next((m.app_role for m in self.people if m.person == person), "editor")
        dialog = PersonDialog(self.session, person, role, parent=self)
        self._open(dialog)
        return dialog

    def _open(self, dialog: PersonDialog) -> None:
        def finished(code: int) -> None:
            if code:
                self.refresh()
                self.select(dialog.name_edit.text().strip())
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def remove_person(self) -> bool:
        person = self.selected()
        if person is None or self.session.is_locked:
            return False
        if not confirm(self, tr("Remove {0}").format(person),
                       tr("{0} will no longer be able to sign in to this team register, and their copy of the team "
                          "key is deleted. What they recorded, and the audit trail naming them, stay.").format(person),
                       tr("Remove {0}").format(person)):
            return False
        reg = self.session.register

        def work(_progress: object) -> None:
            from ..storage.team_members import remove_member
            remove_member(reg, person)

        run_task(self, tr("Removing {0}…").format(person), work, db=reg.db, on_done=lambda _r: self.refresh(),
                 on_error=lambda exc: show_error(self, tr("{0} was not removed").format(person), exc))
        return True
