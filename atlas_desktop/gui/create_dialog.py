"""Creates a new register in three steps: name and place, passphrase, and the recovery key shown once.

The register is created (Argon2 key derivation, about a second) off the GUI thread when the
passphrase page is committed; from then on there is no way back, only forward to the
recovery key, which the user must confirm having stored before finishing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..core.passphrase import assess
from ..storage.register import Register, keys_path
from ..storage.settings import data_dir, default_register_path
from .dialogs import error_text
from .recovery_sheet import (
    key_lines,
    print_document,
    recovery_document,
    write_recovery_pdf,
)
from .tasks import Progress, run_task
from .unlock_dialog import detached, quiet


def tr(text: str) -> str:
    return QCoreApplication.translate("CreateRegisterDialog", text)


def strength_word(score: int) -> str:
    """zxcvbn's score 0-4 in one word for the meter."""
    return (tr("Weak"), tr("Weak"), tr("Fair"), tr("Good"), tr("Strong"))[max(0, min(score, 4))]


# -- the pages ---------------------------------------------------------------------------------------
def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    bold = QFont(label.font())
    bold.setBold(True)
    label.setFont(bold)
    label.setAccessibleName(tr("Problem"))
    label.setVisible(False)
    return label


def _say(label: QLabel, text: str) -> None:
    label.setText(("⚠ " + text) if text else "")
    label.setVisible(bool(text))


def free_default_path() -> Path:
    """The default register path, or the first free "register-N.atlas" beside it."""
    path = default_register_path()
    n = 2
    while path.exists() or keys_path(path).exists():
        path = default_register_path().with_name(f"register-{n}.atlas")
        n += 1
    return path


class NamePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Your organisation and where to keep the register"))
        self.setSubTitle(tr("Step 1 of 3. The register is one encrypted file on this computer; "
                            "nothing is sent anywhere."))
        form = QFormLayout(self)
        self.org_edit = QLineEdit()
        self.org_edit.setAccessibleName(tr("Organisation name"))
        self.org_edit.setPlaceholderText(tr("e.g. Harbour Dental Practice Ltd"))
        org_label = QLabel(tr("&Organisation name:"))
        org_label.setBuddy(self.org_edit)
        form.addRow(org_label, self.org_edit)
        self.path_edit = QLineEdit(str(free_default_path()))
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
        self.error = _error_label()
        form.addRow(self.error)
        self.org_edit.textChanged.connect(lambda: _say(self.error, ""))
        self.path_edit.textChanged.connect(lambda: _say(self.error, ""))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, tr("Save the register as"), self.path_edit.text(),
                                                tr("Atlas registers (*.atlas)"))
        if chosen:
            self.path_edit.setText(chosen)

    def org_name(self) -> str:
        return self.org_edit.text().strip()

    def register_path(self) -> Path:
        path = Path(self.path_edit.text().strip()).expanduser()
        return path if path.suffix else path.with_suffix(".atlas")

    def validatePage(self) -> bool:
        if not self.org_name():
            _say(self.error, tr("Enter your organisation's name."))
            return False
        if not self.path_edit.text().strip():
            _say(self.error, tr("Choose where to save the register."))
            return False
        path = self.register_path()
        if path.exists() or keys_path(path).exists():
            _say(self.error, tr("There is already a file called {0} in that folder. Choose another name or "
                                "folder: Atlas never overwrites a register.").format(path.name))
            return False
        if path.parent == data_dir():
            path.parent.mkdir(parents=True, exist_ok=True)  # our own folder: made on first use
        if not path.parent.is_dir():
            _say(self.error, tr("The folder {0} does not exist.").format(str(path.parent)))
            return False
        self.path_edit.setText(str(path))
        return True


class PassphrasePage(QWizardPage):
    def __init__(self, wizard: CreateRegisterDialog) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(tr("Choose a passphrase"))
        self.setSubTitle(tr("Step 2 of 3. The passphrase opens the register every day."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.CommitButton, tr("&Create register"))
        form = QFormLayout(self)
        intro = QLabel(tr("Four or more unrelated words are strong and easy to remember, e.g. "
                          "“lantern-orbit-pepper-canal”. Without the passphrase or the recovery key nobody "
                          "can open the register, not even the makers of Atlas Desktop."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.Password)
        self.passphrase_edit.setAccessibleName(tr("Passphrase"))
        self.show_button = QPushButton(tr("Sh&ow"))
        self.show_button.setCheckable(True)
        self.show_button.setAccessibleName(tr("Show the passphrase"))
        self.show_button.toggled.connect(self._toggle_shown)
        row = QHBoxLayout()
        row.addWidget(self.passphrase_edit, 1)
        row.addWidget(self.show_button)
        first = QLabel(tr("&Passphrase:"))
        first.setBuddy(self.passphrase_edit)
        form.addRow(first, row)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(True)
        self.meter.setAccessibleName(tr("Passphrase strength"))
        form.addRow(tr("Strength:"), self.meter)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setAccessibleName(tr("Advice on the passphrase"))
        form.addRow("", self.advice)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.Password)
        self.confirm_edit.setAccessibleName(tr("Passphrase again"))
        again = QLabel(tr("&Again:"))
        again.setBuddy(self.confirm_edit)
        form.addRow(again, self.confirm_edit)
        self.match = QLabel()
        self.match.setAccessibleName(tr("Whether the passphrases match"))
        form.addRow("", self.match)
        self.error = _error_label()
        form.addRow(self.error)
        self.status = QLabel()
        form.addRow(self.status)
        self.passphrase_edit.textChanged.connect(self._update)
        self.confirm_edit.textChanged.connect(self._update)
        self._busy = False
        self._update()

    def _toggle_shown(self, shown: bool) -> None:
        mode = QLineEdit.Normal if shown else QLineEdit.Password
        self.passphrase_edit.setEchoMode(mode)
        self.confirm_edit.setEchoMode(mode)
        self.show_button.setText(tr("&Hide") if shown else tr("Sh&ow"))
        self.show_button.setAccessibleName(tr("Hide the passphrase") if shown else tr("Show the passphrase"))

    def _context(self) -> list[str]:
        return [self._wizard.name_page.org_name()]

    def _update(self) -> None:
        _say(self.error, "")
        text = self.passphrase_edit.text()
        strength = assess(text, self._context())
        word = strength_word(strength.score) if text else tr("Nothing typed yet")
        if text and not strength.acceptable:
            word = tr("Weak")  # too short or only the organisation's name: weak, whatever zxcvbn's score
        self.meter.setValue(strength.score if strength.acceptable else min(strength.score, 1) if text else 0)
        self.meter.setFormat(word)
        self.meter.setAccessibleDescription(word)
        lines = [strength.problem] if text and strength.problem else []
        lines += [tr(s) for s in strength.suggestions] if text else []
        self.advice.setText("\n".join(lines))
        self.advice.setVisible(bool(lines))
        confirm = self.confirm_edit.text()
        if not confirm:
            self.match.setText("")
        elif confirm == text:
            self.match.setText(tr("✓ The two passphrases match."))
        else:
            self.match.setText(tr("✗ The two passphrases are not the same yet."))

    def validatePage(self) -> bool:
        if self._wizard.register is not None:
            return True
        if self._busy:
            return False
        text = self.passphrase_edit.text()
        strength = assess(text, self._context())
        if not strength.acceptable:
            _say(self.error, strength.problem + " " + tr("Choose a longer one: four or more unrelated words."))
            return False
        if self.confirm_edit.text() != text:
            _say(self.error, tr("The two passphrases are not the same. Type it again in both fields."))
            return False
        self._create(text)
        return False  # the wizard moves on when the register exists

    def _create(self, passphrase: str) -> None:
        path, org = self._wizard.name_page.register_path(), self._wizard.name_page.org_name()

        def work(progress: Progress) -> tuple[Register, str]:
            register, recovery = Register.create(path, passphrase, org)
            return detached(register), recovery

        def done(result: tuple[Register, str]) -> None:
            self._set_busy(False)
            self._wizard.register, self._wizard.recovery_key = result
            self.passphrase_edit.clear()
            self.confirm_edit.clear()
            self._wizard.recovery_page.show_key(self._wizard.recovery_key)
            self._wizard.next()

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            _say(self.error, error_text(exc))

        self._set_busy(True)
        run_task(self._wizard, tr("Creating the register…"), work, on_done=done, on_error=failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.passphrase_edit, self.confirm_edit, self.show_button):
            widget.setEnabled(not busy)
        self.status.setText(tr("Creating the encrypted register…") if busy else "")
        self._wizard.button(QWizard.CommitButton).setEnabled(not busy)
        self._wizard.button(QWizard.BackButton).setEnabled(not busy)


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: CreateRegisterDialog) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(tr("Your recovery key"))
        self.setSubTitle(tr("Step 3 of 3. The register is created; this key is shown only now."))
        col = QVBoxLayout(self)
        intro = QLabel(tr("If the passphrase is ever forgotten, this key is the only way to open the register. "
                          "Save it as a PDF or print it, and keep it somewhere safe, away from this computer."))
        intro.setWordWrap(True)
        col.addWidget(intro)
        self.key_view = QPlainTextEdit()
        self.key_view.setReadOnly(True)
        fixed = QFontDatabase.systemFont(QFontDatabase.FixedFont)
        fixed.setPointSizeF(fixed.pointSizeF() * 1.25)
        self.key_view.setFont(fixed)
        self.key_view.setAccessibleName(tr("Recovery key"))
        self.key_view.setTabChangesFocus(True)
        lines = 3
        self.key_view.setFixedHeight(self.key_view.fontMetrics().lineSpacing() * lines
                                     + self.fontMetrics().height())
        col.addWidget(self.key_view)
        row = QHBoxLayout()
        self.pdf_button = QPushButton(tr("Save as &PDF…"))
        self.pdf_button.setAccessibleName(tr("Save the recovery key as a PDF"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(tr("P&rint…"))
        self.print_button.setAccessibleName(tr("Print the recovery key"))
        self.print_button.clicked.connect(self.print_key)
        row.addWidget(self.pdf_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        col.addLayout(row)
        self.saved = QLabel()
        self.saved.setWordWrap(True)
        self.saved.setAccessibleName(tr("Where the recovery key was saved"))
        col.addWidget(self.saved)
        col.addStretch(1)
        self.stored_box = QCheckBox(tr("I have &stored the recovery key somewhere safe"))
        self.stored_box.setAccessibleName(tr("I have stored the recovery key somewhere safe"))
        self.stored_box.toggled.connect(self.completeChanged)
        col.addWidget(self.stored_box)

    def show_key(self, key: str) -> None:
        self.key_view.setPlainText("\n".join(key_lines(key)))

    def isComplete(self) -> bool:
        return self.stored_box.isChecked()

    def _sheet_args(self) -> tuple[str, Path, str]:
        w = self._wizard
        return w.name_page.org_name(), w.name_page.register_path(), w.recovery_key

    def save_pdf(self) -> None:
        documents = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or str(Path.home())
        suggested = Path(documents) / f"{self._wizard.name_page.register_path().stem} recovery key.pdf"
        chosen, _ = QFileDialog.getSaveFileName(self, tr("Save the recovery key as PDF"), str(suggested),
                                                tr("PDF files (*.pdf)"))
        if not chosen:
            return
        target = Path(chosen) if Path(chosen).suffix else Path(chosen).with_suffix(".pdf")
        try:
            write_recovery_pdf(target, *self._sheet_args())
        except OSError as exc:
            self.saved.setText("⚠ " + error_text(exc))
            return
        self.saved.setText(tr("Saved to {0}. Keep a copy away from this computer too (a USB stick in a "
                              "drawer, or on paper).").format(str(target)))

    def print_key(self) -> None:
        printer = QPrinter(QPrinter.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(tr("Print the recovery key"))
        if dialog.exec() != QDialog.Accepted:
            return
        print_document(recovery_document(*self._sheet_args()), printer)
        self.saved.setText(tr("Sent to the printer. Keep the sheet somewhere safe."))


class CreateRegisterDialog(QWizard):
    """The three-step creation wizard; after ``accept()`` the new, open register is in ``.register``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register: Register | None = None
        self.recovery_key = ""
        self.setWindowTitle(tr("Create a register"))
        self.setWizardStyle(QWizard.ModernStyle)
        self.setOption(QWizard.NoBackButtonOnLastPage, True)
        self.name_page = NamePage()
        self.passphrase_page = PassphrasePage(self)
        self.recovery_page = RecoveryPage(self)
        for page in (self.name_page, self.passphrase_page, self.recovery_page):
            self.addPage(page)
        self.setButtonText(QWizard.FinishButton, tr("&Open the register"))
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 110, metrics.height() * 32)

    def accept(self) -> None:
        self.recovery_key = ""
        self.recovery_page.key_view.clear()
        super().accept()

    def reject(self) -> None:
        if self.register is not None:
            # Created already: leaving now means the recovery key is never seen again.
            answer = QMessageBox.question(
                self, tr("Leave without the recovery key?"),
                tr("The register has been created, but its recovery key will not be shown again. "
                   "If you close now and forget the passphrase, the register cannot be opened.\n\n"
                   "Close anyway?"),
                QMessageBox.Close | QMessageBox.Cancel, QMessageBox.Cancel)
            if answer != QMessageBox.Close:
                return
            self.register.close()
            self.register = None
            self.recovery_key = ""
        elif self.passphrase_page._busy:
            return  # the register is being written: it finishes first
        super().reject()
