"""The create wizard's first step: the organisation's name and where the register file goes.

The file is suggested in the user's Documents folder (the one most likely to be backed up and
easy to find again), named after the organisation, and follows the name as it is typed until
the user picks a place themselves.
"""

from __future__ import annotations

import re
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWizardPage,
)

from ..storage.register import keys_path
from ..storage.settings import data_dir
from .unlock_dialog import quiet

SUFFIX = ".atlas"
# Characters Windows refuses in file names (and "/" everywhere), plus control characters.
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
# Names Windows reserves whatever the extension: "CON.atlas" cannot be created there.
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}
_MAX_STEM = 100  # well inside every file system's 255, leaving room for " 2" and the backups' suffixes


def tr(text: str) -> str:
    return QCoreApplication.translate("CreateRegisterDialog", text)


def reserve(label: QLabel, lines: int) -> None:
    """Keep room for ``lines`` lines of ``label`` even while it is empty (never hide it: a form
    layout gives a hidden row no room, whatever the size policy says).

    A fixed height, not a minimum: with word-wrapped labels a form re-balances its rows whenever
    one changes, and the fields would jump under the pointer as advice or a problem appears.
    """
    label.setProperty("room", label.fontMetrics().lineSpacing() * lines)
    label.setFixedHeight(label.property("room"))


def fit(label: QLabel) -> None:
    """Grow a reserved label past its room only when its text needs it (narrow window, long translation)."""
    needed = label.heightForWidth(label.width()) if label.text() and label.width() > 0 else 0
    label.setFixedHeight(max(label.property("room") or 0, needed))


def error_label(lines: int = 2) -> QLabel:
    """A bold problem line with its room reserved, empty until ``say`` has something to say."""
    label = QLabel()
    label.setWordWrap(True)
    bold = QFont(label.font())
    bold.setBold(True)
    label.setFont(bold)
    label.setAlignment(Qt.AlignTop | Qt.AlignLeft)
    label.setAccessibleName(tr("Problem"))
    reserve(label, lines)
    return label


def say(label: QLabel, text: str) -> None:
    label.setText(("⚠ " + text) if text else "")
    fit(label)


def documents_dir() -> Path:
    """The user's Documents folder, or the home folder on a system without one."""
    folder = Path(platformdirs.user_documents_dir())
    return folder if folder.is_dir() else Path.home()


def file_stem(org_name: str) -> str:
    """A file name (without extension) from the organisation's name, safe on Windows, macOS and Linux."""
    stem = _UNSAFE.sub(" ", org_name)
    stem = " ".join(stem.split())[:_MAX_STEM].rstrip(" .")  # Windows drops trailing dots and spaces
    stem = stem.lstrip(".")  # a leading dot would hide the file on macOS and Linux
    if not stem or stem.split(".")[0].lower() in _RESERVED:
        return "register" if not stem else f"{stem} register"
    return stem


def free_path(folder: Path, stem: str) -> Path:
    """``folder/stem.atlas``, or the first free ``stem N.atlas`` beside it."""
    path, n = folder / f"{stem}{SUFFIX}", 2
    while path.exists() or keys_path(path).exists():
        path, n = folder / f"{stem} {n}{SUFFIX}", n + 1
    return path


class NamePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Your organisation and where to keep the register"))
        self.setSubTitle(tr("Step 1 of 4. The register is one encrypted file on this computer; "
                            "nothing is sent anywhere."))
        self._folder = documents_dir()
        self._chosen = False  # True once the user typed or browsed a path: then it is theirs
        form = QFormLayout(self)
        self.org_edit = QLineEdit()
        self.org_edit.setAccessibleName(tr("Organisation name"))
        self.org_edit.setPlaceholderText(tr("e.g. Harbour Dental Practice Ltd"))
        org_label = QLabel(tr("&Organisation name:"))
        org_label.setBuddy(self.org_edit)
        form.addRow(org_label, self.org_edit)
        self.path_edit = QLineEdit(str(free_path(self._folder, file_stem(""))))
        self.path_edit.setAccessibleName(tr("Register file"))
        browse = QPushButton(tr("&Browse…"))
        browse.setAccessibleName(tr("Choose where to save the register"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        path_label = QLabel(tr("&Save as:"))
        path_label.setBuddy(self.path_edit)
        form.addRow(path_label, row)
        hint = QLabel(tr("Keep it in a folder that is backed up. Atlas never overwrites an existing register."))
        hint.setWordWrap(True)
        quiet(hint)
        form.addRow("", hint)
        self.error = error_label()
        form.addRow(self.error)
        self.org_edit.textChanged.connect(self._follow_name)
        self.path_edit.textEdited.connect(self._path_typed)
        self.path_edit.textChanged.connect(lambda: say(self.error, ""))

    def _follow_name(self) -> None:
        say(self.error, "")
        if not self._chosen:
            self.path_edit.setText(str(free_path(self._folder, file_stem(self.org_name()))))

    def _path_typed(self, text: str) -> None:
        # Emptied by hand: the user gave the choice back, so the name leads again.
        self._chosen = bool(text.strip())

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, tr("Save the register as"), self.path_edit.text(),
                                                tr("Atlas registers (*.atlas)"))
        if chosen:
            self._chosen = True
            self.path_edit.setText(chosen)

    def org_name(self) -> str:
        return self.org_edit.text().strip()

    def register_path(self) -> Path:
        path = Path(self.path_edit.text().strip()).expanduser()
        # "Smith & Co. S.R.L" has a "suffix" too: only .atlas counts as one.
        return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)

    def validatePage(self) -> bool:
        if not self.org_name():
            say(self.error, tr("Enter your organisation's name."))
            return False
        if not self.path_edit.text().strip():
            say(self.error, tr("Choose where to save the register."))
            return False
        path = self.register_path()
        if path.exists() or keys_path(path).exists():
            say(self.error, tr("There is already a file called {0} in that folder. Choose another name or "
                               "folder: Atlas never overwrites a register.").format(path.name))
            return False
        if path.parent == data_dir():
            path.parent.mkdir(parents=True, exist_ok=True)  # our own folder: made on first use
        if not path.parent.is_dir():
            say(self.error, tr("The folder {0} does not exist.").format(str(path.parent)))
            return False
        self.path_edit.setText(str(path))
        return True
