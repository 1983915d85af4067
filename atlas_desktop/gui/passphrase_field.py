"""The passphrase (or password) field with its Show/Hide button, as every window that asks for a secret has it.

The unlock window, the restore windows, Change passphrase… and the team's new-password fields share it, so the
button behaves the same everywhere: hidden by default, never the dialog's default button, and its text (and
the name a screen reader reads) saying what a click does next.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton


def tr(text: str) -> str:
    return QCoreApplication.translate("UnlockDialog", text)  # the unlock window's words, where they began


def reveal_button(text: str) -> QPushButton:
    """The checkable Show/Hide button beside a passphrase field. Not auto-default: once clicked it
    would become the dialog's default, and Enter in the field would show the passphrase."""
    button = QPushButton(text)
    button.setCheckable(True)
    button.setAutoDefault(False)
    button.setDefault(False)
    button.setAccessibleName(tr("Show the passphrase"))
    return button


def passphrase_row(edit: QLineEdit, *also: QLineEdit, texts: tuple[str, str] | None = None,
                   names: tuple[str, str] | None = None) -> tuple[QHBoxLayout, QPushButton]:
    """``edit`` hidden as a passphrase, beside its Show/Hide button; the button shows or hides ``also`` (the
    same secret typed again) with it.

    ``texts``: the button's (show, hide) texts, where the default's Alt+letter clashes with the window's;
    ``names``: what a screen reader calls it in each state (default: show/hide the passphrase)."""
    show_text, hide_text = texts or (tr("&Show"), tr("&Hide"))
    show_name, hide_name = names or (tr("Show the passphrase"), tr("Hide the passphrase"))
    fields = (edit, *also)
    for field in fields:
        field.setEchoMode(QLineEdit.Password)
    button = reveal_button(show_text)
    button.setAccessibleName(show_name)

    def toggled(shown: bool) -> None:
        for field in fields:
            field.setEchoMode(QLineEdit.Normal if shown else QLineEdit.Password)
        button.setText(hide_text if shown else show_text)
        button.setAccessibleName(hide_name if shown else show_name)

    button.toggled.connect(toggled)
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row, button
