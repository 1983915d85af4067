"""The first screen when no register is open: create one, open one (picker or recent list), sign in to a team
register, or explore the demo.

The recent list keeps file paths only (never names, passphrases or contents) in QSettings: a team register
is kept as its ``.atlas-team`` connection file, so a click on it asks only for the password.
Every way of opening ends in ``opened(Register)``, or ``outbox_opened(Register, Target)`` when a breach is
to be logged offline; the caller builds the main window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import AtlasError, NotARegister, WrongKey
from ..storage.dialect import TEAM_SUFFIX, Target
from ..storage.keyring_store import SecureKeyring
from ..storage.register import Register, keys_path, register_files
from ..storage.settings import Settings
from .create_dialog import CreateRegisterDialog
from .dialogs import error_text
from .recent import add_recent, demo_path, recent_registers, remove_recent
from .screenfit import fit_window, scroll_area
from .tasks import run_task
from .team_signin import TeamSignInDialog
from .unlock_dialog import UnlockDialog, detached, quiet


def tr(text: str) -> str:
    return QCoreApplication.translate("WelcomeWindow", text)


# -- the demo ---------------------------------------------------------------------------------------
def open_demo_register(path: Path | None = None) -> Register:
    """Open the demo register, creating it first if it is missing or unreadable (it holds only invented data)."""
    from ..storage.demo import DEMO_PASSPHRASE, create_demo  # its data is large: read only for the demo

    path = Path(path) if path is not None else demo_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        try:
            return Register.open(path, passphrase=DEMO_PASSPHRASE, actor="demo")
        except (NotARegister, WrongKey):
            pass  # damaged or not ours: a fresh demo replaces it below
    for file in register_files(path) + [keys_path(path)]:
        file.unlink(missing_ok=True)
    register, _recovery = create_demo(path)
    return register


def _recent_text(path: Path) -> str:
    """A register file: its name and folder. A team register's connection file: the register, and who signs
    in to which server (its folder, in Atlas's own data, says nothing)."""
    if not path.exists():
        return f"{tr('{0}  (not found)').format(path.name)}\n{path.parent}"
    if path.suffix == TEAM_SUFFIX:
        try:
            target = Target.load(path)
        except AtlasError:
            return f"{path.name}\n{path.parent}"
        return tr("Team register “{0}”\n{1} @ {2}:{3}").format(target.database, target.user,
                                                               target.host or tr("this computer"), target.port)
    return f"{path.name}\n{path.parent}"


# -- the window -----------------------------------------------------------------------------------------
class WelcomeWindow(QWidget):
    """Three choices and the recent registers; emits ``opened`` with the unlocked register."""

    opened = Signal(object)  # storage.register.Register, or storage.team.TeamRegister
    outbox_opened = Signal(object, object)  # the outbox (a local Register) and the team register's Target

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None, *,
                 keyring: SecureKeyring | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.keyring = keyring if keyring is not None else SecureKeyring()
        self.current_dialog: QDialog | None = None  # the unlock or create dialog on screen, if any
        self._busy = False
        self.setWindowTitle(tr("Welcome to Atlas Desktop"))
        self._build()
        self.refresh_recent()

    def _build(self) -> None:
        content = QWidget()  # scrolls on a small or zoomed screen rather than growing past its edge
        outer = QVBoxLayout(content)
        m = self.fontMetrics().height()
        outer.setContentsMargins(2 * m, 2 * m, 2 * m, 2 * m)
        outer.setSpacing(m)
        title = QLabel(tr("Atlas Desktop"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        title.setAccessibleName(tr("Atlas Desktop"))
        outer.addWidget(title)
        tagline = QLabel(tr("Your organisation's GDPR register, kept encrypted on this computer (nothing is sent "
                            "anywhere), or shared by your office on its own server."))
        tagline.setWordWrap(True)
        quiet(tagline)
        outer.addWidget(tagline)

        columns = QHBoxLayout()
        columns.setSpacing(2 * m)
        outer.addLayout(columns, 1)

        choices = QVBoxLayout()
        self.create_button = self._choice(
            tr("&Create a register"),
            tr("Start a new, empty register for your organisation."), self.create_register)
        self.open_button = self._choice(
            tr("&Open a register…"),
            tr("Choose a register file (.atlas) on this computer or a shared drive."), self.choose_file)
        self.team_button = self._choice(
            tr("Open a &team register…"),
            tr("Sign in to the register your office shares on a server, with your own name and password."),
            self.open_team)
        self.demo_button = self._choice(
            tr("&Explore the demo register"),
            tr("A filled-in example for an invented company. Nothing in it is real, so try anything."),
            self.open_demo)
        for button in (self.create_button, self.open_button, self.team_button, self.demo_button):
            choices.addWidget(button)
        choices.addStretch(1)
        columns.addLayout(choices, 1)

        box = QGroupBox(tr("Recent registers"))
        inner = QVBoxLayout(box)
        self.recent_list = QListWidget()
        self.recent_list.setAccessibleName(tr("Recent registers"))
        self.recent_list.setTextElideMode(Qt.ElideMiddle)  # long folders keep their start and their end
        self.recent_list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.recent_list.setSpacing(self.fontMetrics().height() // 4)
        self.recent_list.itemActivated.connect(lambda item: self.open_path(Path(item.data(Qt.UserRole))))
        self.recent_list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.recent_empty = QLabel(tr("Registers you open appear here."))
        self.recent_empty.setWordWrap(True)
        quiet(self.recent_empty)
        inner.addWidget(self.recent_list, 1)
        inner.addWidget(self.recent_empty)
        row = QHBoxLayout()
        self.open_recent_button = QPushButton(tr("O&pen"))
        self.open_recent_button.setAccessibleName(tr("Open the selected register"))
        self.open_recent_button.clicked.connect(self._open_selected)
        self.remove_button = QPushButton(tr("&Remove from list"))
        self.remove_button.setAccessibleName(tr("Remove the selected register from the list"))
        self.remove_button.setToolTip(tr("Only forgets it here; the file itself is not touched."))
        self.remove_button.clicked.connect(self._remove_selected)
        row.addWidget(self.open_recent_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        inner.addLayout(row)
        columns.addWidget(box, 1)
        QShortcut(QKeySequence.Delete, self.recent_list, self._remove_selected)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("Status"))
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        outer.addWidget(self.status)
        whole = QVBoxLayout(self)
        whole.setContentsMargins(0, 0, 0, 0)
        whole.addWidget(scroll_area(content))
        width = self.fontMetrics().averageCharWidth() * 120
        fit_window(self, QSize(width, max(m * 28, content.heightForWidth(width), content.sizeHint().height())))

    def _choice(self, title: str, description: str, slot: Callable[[], None]) -> QCommandLinkButton:
        button = QCommandLinkButton(title, description)
        button.setAccessibleName(title.replace("&", "").rstrip("…"))
        button.setAccessibleDescription(description)
        button.clicked.connect(slot)
        return button

    # -- the recent list ------------------------------------------------------------------------------
    def refresh_recent(self) -> None:
        self.recent_list.clear()
        missing_colour = self.palette().color(QPalette.Disabled, QPalette.Text)
        for path in recent_registers():
            exists = path.exists()
            item = QListWidgetItem(_recent_text(path))
            item.setData(Qt.UserRole, str(path))
            item.setToolTip(str(path) if exists else tr("{0} is not there any more (moved, renamed or on a "
                                                         "drive that is not connected).").format(str(path)))
            if not exists:
                item.setForeground(missing_colour)
            self.recent_list.addItem(item)
        has_any = self.recent_list.count() > 0
        self.recent_list.setVisible(has_any)
        self.recent_empty.setVisible(not has_any)
        if has_any:
            self.recent_list.setCurrentRow(0)
        self._update_buttons()

    def _selected(self) -> Path | None:
        item = self.recent_list.currentItem()
        return Path(item.data(Qt.UserRole)) if item is not None else None

    def _update_buttons(self) -> None:
        selected = self._selected()
        self.remove_button.setEnabled(selected is not None and not self._busy)
        self.open_recent_button.setEnabled(selected is not None and selected.exists() and not self._busy)

    def _open_selected(self) -> None:
        path = self._selected()
        if path is not None:
            self.open_path(path)

    def _remove_selected(self) -> None:
        path = self._selected()
        if path is not None:
            remove_recent(path)
            self.refresh_recent()

    # -- the three choices -------------------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.status.setText(("⚠ " + text) if text else "")

    def choose_file(self) -> None:
        recent = recent_registers()
        start = str(recent[0].parent) if recent and recent[0].parent.is_dir() else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self, tr("Open a register"), start,
                                              tr("Atlas registers (*.atlas *.atlas-team);;All files (*)"))
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> None:
        """Ask for the key to ``path`` (in a window-modal dialog) and emit ``opened`` once unlocked;
        a ``.atlas-team`` file asks for the password of the team register it names."""
        self._say("")
        if not path.exists():
            self._say(tr("{0} was not found. It may have been moved or renamed, or be on a drive that is not "
                         "connected.").format(str(path)))
            return
        if path.suffix == TEAM_SUFFIX:
            self.open_team(team_file=path)
            return
        dialog = UnlockDialog(path, self, keyring=self.keyring)
        self._show_dialog(dialog, lambda: dialog.register)

    def open_team(self, *, target: Target | None = None, team_file: Path | None = None) -> None:
        """Sign in to a team register (fields filled from ``target`` or ``team_file`` when given)."""
        self._say("")
        dialog = TeamSignInDialog(self, target=target, team_file=team_file)

        def result() -> Register | None:
            if dialog.offline and dialog.register is not None:
                self.outbox_opened.emit(dialog.register, dialog.target)
                return None
            return dialog.register

        self._show_dialog(dialog, result)

    def create_register(self) -> None:
        self._say("")
        dialog = CreateRegisterDialog(self)
        self._show_dialog(dialog, lambda: dialog.register)

    def _show_dialog(self, dialog: QDialog, result: Callable[[], Register | None]) -> None:
        self.current_dialog = dialog

        def finished(code: int) -> None:
            register = result() if code == QDialog.Accepted else None
            self.current_dialog = None
            dialog.deleteLater()
            if register is not None:
                self._opened(register)

        dialog.finished.connect(finished)
        dialog.open()

    def open_demo(self) -> None:
        """Open the demo (creating it the first time) off the GUI thread: key derivation takes a moment."""
        if self._busy:
            return
        self._say("")
        self._set_busy(True)

        def done(register: Register) -> None:
            self._set_busy(False)
            self._opened(register, recent=False)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            self._say(tr("The demo register could not be opened: {0}").format(error_text(exc)))

        run_task(self, tr("Opening the demo register…"), lambda progress: detached(open_demo_register()),
                 on_done=done, on_error=failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (self.create_button, self.open_button, self.team_button, self.demo_button):
            button.setEnabled(not busy)
        self.status.setText(tr("Opening the demo register (invented data)…") if busy else "")
        self._update_buttons()

    def _opened(self, register: Register, *, recent: bool = True) -> None:
        if recent:
            add_recent(register.path)
            self.refresh_recent()
        self.opened.emit(register)

