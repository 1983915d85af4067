"""File › Security › New recovery key…: confirm with the passphrase, then show the new key once.

The new key replaces the old one in the key file (``Register.reissue_recovery_key``, as ``atlas recovery-key
reissue`` does); it is shown only in this window, with Save as PDF… and Print… (the create wizard's recovery
sheet, ``recovery_sheet``), and the window closes only once the person says the key is stored.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..storage.register import Register
from .dialogs import grow_to_fit
from .editors import style
from .key_dialogs import _current_secret, _say_problem, _wrapped, prove_secret, tr
from .problem_box import ProblemBox
from .recovery_sheet import key_box, key_lines, print_key, save_key_pdf
from .tasks import Progress, run_task


class NewRecoveryKeyDialog(QDialog):
    """Confirm with the passphrase, issue the key, then show it once with Save as PDF… and Print…."""

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.org_name = register.meta("org_name") or ""
        self.path = Path(register.path)
        self.new_key = ""
        self._busy = False
        self.setWindowTitle(tr("New recovery key"))
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._ask_page())
        self.pages.addWidget(self._key_page())
        layout.addWidget(self.pages, 1)
        self.buttons = QDialogButtonBox()
        self.issue_button = self.buttons.addButton(tr("&Issue a new key"), QDialogButtonBox.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.Cancel)
        self.issue_button.clicked.connect(self.issue)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.issue_button.setDefault(True)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 84)

    def _ask_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(_wrapped(tr(
            "A new recovery key replaces the current one. From then on only the new key opens “{0}” if the "
            "passphrase is forgotten: the old key stops working. Issue a new key when the old one is lost, or "
            "someone else may have seen it.").format(self.path.name)))
        self.current = _current_secret()
        self.current.label.setText(tr("&Passphrase, to confirm:"))
        self.current.use_recovery.setText(tr("Confirm with the current &recovery key instead"))
        self.current.use_recovery.toggled.connect(lambda on: self.current.label.setText(
            tr("&Current recovery key:") if on else tr("&Passphrase, to confirm:")))
        column.addWidget(self.current)
        self.problem = ProblemBox()
        column.addWidget(self.problem)
        self.status = style.muted(_wrapped())
        column.addWidget(self.status)
        column.addStretch(1)
        return page

    def _key_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(tr("Your new recovery key"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        column.addWidget(heading)
        column.addWidget(_wrapped(tr(
            "It is shown only now. Save it as a PDF or print it, and keep it somewhere safe, away from this "
            "computer. The old recovery key no longer opens the register: destroy its copies. (Backups made "
            "before now still open with the old key, so keep them as safe as a key.)")))
        self.key_view = key_box(tr("New recovery key"), self.fontMetrics().height())
        column.addWidget(self.key_view)
        row = QHBoxLayout()
        self.pdf_button = QPushButton(tr("Save as &PDF…"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(tr("P&rint…"))
        self.print_button.clicked.connect(self.print_key)
        for button in (self.pdf_button, self.print_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        self.saved = _wrapped()
        self.saved.setAccessibleName(tr("Where the recovery key was saved"))
        column.addWidget(self.saved)
        column.addStretch(1)
        self.stored_box = QCheckBox(tr("I have &stored the new recovery key somewhere safe"))
        self.stored_box.toggled.connect(lambda on: self.close_button.setEnabled(on))
        column.addWidget(self.stored_box)
        return page

    # -- issuing ------------------------------------------------------------------------------------
    def issue(self) -> None:
        if self._busy or self.new_key:
            return
        self.problem.show_problem("")
        key = self.current.key()
        recovery = self.current.use_recovery.isChecked()
        if key is None:
            self.problem.show_problem(tr("Enter the recovery key") if recovery else tr("Enter the passphrase"),
                                      tr("It proves that you, not just anyone at this computer, are replacing "
                                         "the recovery key."))
            self.current.edit.setFocus()
            grow_to_fit(self)
            return
        register = self.register

        def work(progress: Progress) -> str:
            progress.report(0, 0, tr("Checking the passphrase…"))
            prove_secret(register, key)
            return register.reissue_recovery_key()

        def done(new_key: str) -> None:
            self._set_busy(False)
            self.current.edit.clear()
            self.show_key(new_key)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            _say_problem(self, self.problem, exc, recovery, tr("No new recovery key was issued"))
            self.current.edit.selectAll()
            self.current.edit.setFocus()

        self._set_busy(True, tr("Issuing a new recovery key…"))
        run_task(self, tr("Issuing a new recovery key…"), work, on_done=done, on_error=failed, db=register.db)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.current.setEnabled(not busy)
        self.issue_button.setEnabled(not busy)
        self.status.setText(text)

    def show_key(self, key: str) -> None:
        self.new_key = key
        self.key_view.setPlainText("\n".join(key_lines(key)))
        self.pages.setCurrentIndex(1)
        self.issue_button.hide()
        self.close_button.setText(tr("&Done"))
        self.close_button.setEnabled(False)  # until the key is stored
        self.close_button.clicked.disconnect()
        self.close_button.clicked.connect(self.accept)
        self.stored_box.setFocus()

    # -- the key page's buttons ------------------------------------------------------------------------
    def save_pdf(self) -> None:
        said = save_key_pdf(self, self.org_name, self.path, self.new_key)
        if said is not None:
            self.saved.setText(said)

    def print_key(self) -> None:
        said = print_key(self, self.org_name, self.path, self.new_key)
        if said is not None:
            self.saved.setText(said)

    def reject(self) -> None:
        if self._busy:
            return  # the new key is being written: it finishes first
        if self.new_key and not self.stored_box.isChecked():
            answer = QMessageBox.question(
                self, tr("Close without the new recovery key?"),
                tr("The new recovery key will not be shown again, and the old one no longer works. If you close "
                   "now and forget the passphrase, the register cannot be opened.\n\nClose anyway?"),
                QMessageBox.Close | QMessageBox.Cancel, QMessageBox.Cancel)
            if answer != QMessageBox.Close:
                return
        self._forget_key()
        super().reject()

    def accept(self) -> None:
        self._forget_key()
        super().accept()

    def _forget_key(self) -> None:
        self.new_key = ""
        self.key_view.clear()
