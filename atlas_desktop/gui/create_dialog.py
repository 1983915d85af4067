"""Creates a new register in four steps: name and place, the office and you, passphrase, the recovery key shown once.

The register is created (Argon2 key derivation, about a second) off the GUI thread when the
passphrase page is committed; from then on there is no way back, only forward to the
recovery key, which the user must confirm having stored before finishing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..core.passphrase import assess
from ..storage.register import Register
from .create_name import NamePage, error_label, fit, reserve, say
from .create_org import OrgPage
from . import theme
from .dialogs import error_text
from .passphrase_field import reveal_button
from .recovery_sheet import key_box, key_lines, print_key, save_key_pdf
from .screenfit import fit_window
from .tasks import Progress, run_task
from .unlock_dialog import detached


def tr(text: str) -> str:
    return QCoreApplication.translate("CreateRegisterDialog", text)


def strength_word(score: int) -> str:
    """zxcvbn's score 0-4 in one word for the meter."""
    return (tr("Weak"), tr("Weak"), tr("Fair"), tr("Good"), tr("Strong"))[max(0, min(score, 4))]


# Red, amber, green by strength (the word beside the bar says it too, for anyone who cannot tell
# them apart): the theme's hues, each with a light and a dark scheme's colour.
LEVEL_HUES = (theme.RED, theme.RED, theme.AMBER, theme.GREEN, theme.GREEN)
LEVEL_COLOURS = tuple(theme.HUES[hue][0] for hue in LEVEL_HUES)  # in the light scheme


def meter_style(level: int) -> str:
    """The strength bar's style sheet for ``level`` 0-4: the chunk takes the level's colour."""
    colour = theme.hue(LEVEL_HUES[max(0, min(level, 4))]).name()
    return ("QProgressBar { border: 1px solid palette(mid); border-radius: 3px; background: palette(base); }"
            f"QProgressBar::chunk {{ background-color: {colour}; border-radius: 2px; }}")


def set_meter(bar: QProgressBar, level: int) -> None:
    """Colour the strength bar for ``level``, now and after a change of scheme."""
    theme.follow(bar, lambda: bar.setStyleSheet(meter_style(level)))


# -- the pages ---------------------------------------------------------------------------------------
class PassphrasePage(QWizardPage):
    def __init__(self, wizard: CreateRegisterDialog) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(tr("Choose a passphrase"))
        self.setSubTitle(tr("Step 3 of 4. The passphrase opens the register every day."))
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
        self.show_button = reveal_button(tr("Sh&ow"))
        self.show_button.toggled.connect(self._toggle_shown)
        row = QHBoxLayout()
        row.addWidget(self.passphrase_edit, 1)
        row.addWidget(self.show_button)
        first = QLabel(tr("&Passphrase:"))
        first.setBuddy(self.passphrase_edit)
        form.addRow(first, row)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)  # the word sits beside it, readable on any colour
        self.meter.setFixedHeight(self.fontMetrics().height() * 2 // 3)
        self.meter.setAccessibleName(tr("Passphrase strength"))
        self.meter_word = QLabel()
        bold = QFont(self.meter_word.font())
        bold.setBold(True)
        self.meter_word.setFont(bold)
        # As wide as the longest word, so the bar does not stretch and shrink while typing.
        self.meter_word.setMinimumWidth(max(self.meter_word.fontMetrics().horizontalAdvance(w) for w in (
            tr("Nothing typed yet"), *(strength_word(n) for n in range(5)))))
        meter_row = QHBoxLayout()
        meter_row.addWidget(self.meter, 1)
        meter_row.addWidget(self.meter_word)
        form.addRow(tr("Strength:"), meter_row)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.advice.setAccessibleName(tr("Advice on the passphrase"))
        reserve(self.advice, 3)  # the problem and two tips: the Again field stays put as one types
        form.addRow("", self.advice)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.Password)
        self.confirm_edit.setAccessibleName(tr("Passphrase again"))
        again = QLabel(tr("&Again:"))
        again.setBuddy(self.confirm_edit)
        form.addRow(again, self.confirm_edit)
        self.match = QLabel()
        reserve(self.match, 1)
        self.match.setAccessibleName(tr("Whether the passphrases match"))
        form.addRow("", self.match)
        self.error = error_label()
        form.addRow(self.error)
        self.status = QLabel()
        reserve(self.status, 1)
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
        say(self.error, "")
        text = self.passphrase_edit.text()
        strength = assess(text, self._context())
        word = strength_word(strength.score) if text else tr("Nothing typed yet")
        if text and not strength.acceptable:
            word = tr("Weak")  # too short or only the organisation's name: weak, whatever zxcvbn's score
        # Anything typed shows at least a red sliver: an empty bar would read as "nothing typed".
        level = (strength.score if strength.acceptable else 1) if text else 0
        self.meter.setValue(level)
        self.meter.setFormat(word)
        set_meter(self.meter, level)
        self.meter.setAccessibleDescription(word)
        self.meter_word.setText(word)
        self.meter_word.setEnabled(bool(text))  # "Nothing typed yet" greyed, the verdicts in full
        lines = [strength.problem] if text and strength.problem else []
        lines += [tr(s) for s in strength.suggestions] if text else []
        self.advice.setText("\n".join(lines))
        fit(self.advice)
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
            say(self.error, strength.problem + " " + tr("Choose a longer one: four or more unrelated words."))
            return False
        if self.confirm_edit.text() != text:
            say(self.error, tr("The two passphrases are not the same. Type it again in both fields."))
            return False
        self._create(text)
        return False  # the wizard moves on when the register exists

    def _create(self, passphrase: str) -> None:
        path, org = self._wizard.name_page.register_path(), self._wizard.name_page.org_name()
        user, organisation = self._wizard.org_page.user(), self._wizard.org_page.organisation()

        def work(progress: Progress) -> tuple[Register, str]:
            register, recovery = Register.create(path, passphrase, org, user=user, organisation=organisation)
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
            say(self.error, error_text(exc))

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
        self.setSubTitle(tr("Step 4 of 4. The register is created; this key is shown only now."))
        col = QVBoxLayout(self)
        intro = QLabel(tr("If the passphrase is ever forgotten, this key is the only way to open the register. "
                          "Save it as a PDF or print it, and keep it somewhere safe, away from this computer."))
        intro.setWordWrap(True)
        col.addWidget(intro)
        self.key_view = key_box(tr("Recovery key"), self.fontMetrics().height())
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
        said = save_key_pdf(self, *self._sheet_args())
        if said is not None:
            self.saved.setText(said)

    def print_key(self) -> None:
        said = print_key(self, *self._sheet_args())
        if said is not None:
            self.saved.setText(said)


class CreateRegisterDialog(QWizard):
    """The four-step creation wizard; after ``accept()`` the new, open register is in ``.register``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register: Register | None = None
        self.recovery_key = ""
        self.setWindowTitle(tr("Create a register"))
        self.setWizardStyle(QWizard.ModernStyle)
        self.setOption(QWizard.NoBackButtonOnLastPage, True)
        self.name_page = NamePage()
        self.org_page = OrgPage()
        self.passphrase_page = PassphrasePage(self)
        self.recovery_page = RecoveryPage(self)
        for page in (self.name_page, self.org_page, self.passphrase_page, self.recovery_page):
            self.addPage(page)
        self.setButtonText(QWizard.FinishButton, tr("&Open the register"))
        metrics = self.fontMetrics()
        # The office page needs 38 lines; a small or 200 % screen gets what it can hold (screenfit).
        fit_window(self, QSize(metrics.averageCharWidth() * 110, metrics.height() * 38))

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
