"""File › Security › Change passphrase…, and what it shares with New recovery key… (``recovery_key_dialog``).

Both ask first for the passphrase in force (or the recovery key), so a computer left unlocked is not
enough to lock its owner out. Key derivation (Argon2, about a second each time) runs off the GUI thread.
The data is never re-encrypted: only the data key's wraps in the key file change
(``Register.change_passphrase``, ``Register.reissue_recovery_key``), exactly as ``atlas passphrase change``
and ``atlas recovery-key reissue`` do, with the same strength rules (``core.passphrase``).
"""

from __future__ import annotations

import hmac
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import KeyFileDamaged, MalformedRecoveryKey, WrongKey
from ..core.passphrase import assess
from ..storage.register import Register
from .create_dialog import set_meter, strength_word
from .dialogs import error_text, grow_to_fit
from .editors import style
from .problem_box import ProblemBox
from .restoring import BackupSecret
from .tasks import Cancelled, Progress, run_task
from .passphrase_field import passphrase_row
from .unlock_problems import explain


def tr(text: str) -> str:
    return QCoreApplication.translate("KeyDialogs", text)


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _current_secret() -> BackupSecret:
    field = BackupSecret(label=tr("&Current passphrase:"), name=tr("Current passphrase"))
    field.use_recovery.setText(tr("I will type the &recovery key instead (the passphrase is forgotten)"))
    field.use_recovery.setAccessibleName(tr("Use the recovery key instead"))
    field.use_recovery.toggled.connect(lambda on: field.label.setText(
        tr("Recovery &key:") if on else tr("&Current passphrase:")))  # Alt+R: the check box
    return field


def prove_secret(register: Register, key: dict[str, str]) -> None:
    """Raise ``WrongKey`` unless ``key`` (passphrase= or recovery_key=) opens this register's key file.

    Proved on a copy of the key file, so the register's own (and what it says it was unlocked with) is
    untouched. Off the GUI thread: a passphrase costs one Argon2 derivation."""
    keys, data_key = register.edited_keys(), register.data_key
    if "recovery_key" in key:
        found = keys.unlock_with_recovery_key(key["recovery_key"])
    else:
        found = keys.unlock_with_passphrase(key["passphrase"])
    if not hmac.compare_digest(found, data_key):  # a key file swapped since the register was opened
        raise WrongKey("That does not open this register.")


def _say_problem(dialog: QWidget, problem: ProblemBox, exc: BaseException, recovery: bool, headline: str) -> None:
    """A wrong or damaged key in the unlock dialog's words; anything else (a full disk) under ``headline``."""
    if isinstance(exc, Cancelled):
        return
    if isinstance(exc, (WrongKey, MalformedRecoveryKey, KeyFileDamaged)):
        headline, detail = explain(exc, recovery=recovery)
    else:
        detail = error_text(exc)
    problem.show_problem(headline, detail)
    grow_to_fit(dialog)


class StrengthMeter(QWidget):
    """The create wizard's meter (bar, word, advice) for a new passphrase typed in ``edit``."""

    def __init__(self, edit: QLineEdit, context: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit, self.context = edit, context
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)  # the word beside it says it, readable on any colour
        self.bar.setFixedHeight(self.fontMetrics().height() * 2 // 3)
        self.bar.setAccessibleName(tr("Strength of the new passphrase"))
        self.word = QLabel()
        bold = QFont(self.word.font())
        bold.setBold(True)
        self.word.setFont(bold)
        self.word.setMinimumWidth(max(self.word.fontMetrics().horizontalAdvance(w) for w in (
            tr("Nothing typed yet"), *(strength_word(n) for n in range(5)))))
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.word)
        column.addLayout(row)
        self.advice = style.muted(_wrapped())
        self.advice.setAccessibleName(tr("Advice on the new passphrase"))
        # Room for the problem and two tips, so the fields below stay put while typing.
        self.advice.setMinimumHeight(self.advice.fontMetrics().lineSpacing() * 3)
        self.advice.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        column.addWidget(self.advice)
        edit.textChanged.connect(self.update_meter)
        self.update_meter()

    def update_meter(self) -> None:
        text = self.edit.text()
        strength = assess(text, self.context)
        word = (strength_word(strength.score) if strength.acceptable else tr("Weak")) if text else \
            tr("Nothing typed yet")
        level = (strength.score if strength.acceptable else 1) if text else 0
        self.bar.setValue(level)
        set_meter(self.bar, level)
        self.bar.setAccessibleDescription(word)
        self.word.setText(word)
        self.word.setEnabled(bool(text))
        lines = ([strength.problem] if strength.problem else []) + list(strength.suggestions) if text else []
        self.advice.setText("\n".join(lines))


# -- change the passphrase ----------------------------------------------------------------------------------
class ChangePassphraseDialog(QDialog):
    """Current passphrase (or recovery key), the new one twice with the strength meter; ``result_text`` once done."""

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.result_text = ""
        self._busy = False
        self.setWindowTitle(tr("Change the passphrase"))
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped(tr(
            "The passphrase opens “{0}” every day. Changing it does not touch the data (it is not re-encrypted), "
            "and the recovery key keeps working.").format(register.path.name)))
        self.current = _current_secret()
        layout.addWidget(self.current)
        form = QFormLayout()
        self.new_edit = QLineEdit()
        self.new_edit.setAccessibleName(tr("New passphrase"))
        self.again_edit = QLineEdit()
        # Alt+S is the current passphrase's Show; this one shows the new passphrase and its second typing.
        row, self.new_show = passphrase_row(self.new_edit, self.again_edit, texts=(tr("Sho&w"), tr("Hi&de")))
        new_label = QLabel(tr("&New passphrase:"))
        new_label.setBuddy(self.new_edit)
        form.addRow(new_label, row)
        self.meter = StrengthMeter(self.new_edit, [register.meta("org_name") or ""])
        form.addRow(tr("Strength:"), self.meter)
        self.again_edit.setAccessibleName(tr("New passphrase again"))
        again = QLabel(tr("&Again:"))
        again.setBuddy(self.again_edit)
        form.addRow(again, self.again_edit)
        self.match = _wrapped()
        self.match.setMinimumHeight(self.match.fontMetrics().lineSpacing())
        form.addRow("", self.match)
        layout.addLayout(form)
        layout.addWidget(style.muted(_wrapped(tr(
            "Backups made before the change still open with the passphrase that was in use when they were "
            "made."))))
        self.problem = ProblemBox()
        layout.addWidget(self.problem)
        self.status = style.muted(_wrapped())
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.ok_button = self.buttons.addButton(tr("Change &passphrase"), QDialogButtonBox.AcceptRole)  # as in the menu
        self.buttons.accepted.connect(self.change)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.ok_button.setDefault(True)
        self.new_edit.textChanged.connect(self._update_match)
        self.again_edit.textChanged.connect(self._update_match)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)

    def _update_match(self) -> None:
        again, new = self.again_edit.text(), self.new_edit.text()
        self.match.setText("" if not again else tr("✓ The two passphrases match.") if again == new
                           else tr("✗ The two passphrases are not the same yet."))

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        for widget in (self.current, self.new_edit, self.new_show, self.again_edit, self.ok_button):
            widget.setEnabled(not busy)
        self.status.setText(text)

    def change(self) -> None:
        """Check everything typed, then prove the current secret and rewrap off the GUI thread."""
        if self._busy:
            return
        self.problem.show_problem("")
        key, new = self.current.key(), self.new_edit.text()
        recovery = self.current.use_recovery.isChecked()
        strength = assess(new, self.meter.context)
        if key is None:
            self._refuse(self.current.edit, tr("Enter the recovery key") if recovery else
                         tr("Enter the current passphrase"),
                         tr("It proves that you, not just anyone at this computer, are changing it."))
        elif not strength.acceptable:
            self._refuse(self.new_edit, tr("Choose a stronger new passphrase"),
                         strength.problem + " " + tr("Four or more unrelated words are strong and easy to "
                                                     "remember, e.g. “lantern-orbit-pepper-canal”."))
        elif self.again_edit.text() != new:
            self._refuse(self.again_edit, tr("The two new passphrases are not the same"),
                         tr("Type the new passphrase again in both fields."))
        elif key.get("passphrase") == new:
            self._refuse(self.new_edit, tr("The new passphrase is the current one"),
                         tr("Choose a passphrase you have not used for this register."))
        else:
            self._run(key, new, recovery)

    def _refuse(self, field: QLineEdit, headline: str, detail: str) -> None:
        self.problem.show_problem(headline, detail)
        field.setFocus()
        grow_to_fit(self)

    def _run(self, key: dict[str, str], new: str, recovery: bool) -> None:
        register = self.register

        def work(progress: Progress) -> None:
            progress.report(0, 0, tr("Checking the current passphrase…"))
            prove_secret(register, key)
            progress.report(0, 0, tr("Changing the passphrase…"))
            register.change_passphrase(new)

        def done(_result: Any) -> None:
            self._set_busy(False)
            self.result_text = tr(
                "The passphrase of “{0}” was changed: use the new one from the next unlock. The recovery key is "
                "unchanged and still works. Backups made before now open with the old passphrase."
            ).format(register.path.name)
            self.accept()

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            _say_problem(self, self.problem, exc, recovery, tr("The passphrase could not be changed"))
            self.current.edit.selectAll()
            self.current.edit.setFocus()

        self._set_busy(True, tr("Changing the passphrase… (this takes a few seconds)"))
        run_task(self, tr("Changing the passphrase…"), work, on_done=done, on_error=failed, db=register.db)

    def accept(self) -> None:
        for edit in (self.current.edit, self.new_edit, self.again_edit):
            edit.clear()
        super().accept()

    def reject(self) -> None:
        if not self._busy:  # a change under way finishes first
            super().reject()
