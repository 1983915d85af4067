"""Says in plain words why a register did not open: a headline and a detail line for each unlock failure.

The unlock window shows them, and so does every window that asks for a key again (Change passphrase…,
New recovery key…, Restore from backup…), so a wrong passphrase reads the same wherever it was typed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.errors import (
    AtlasError,
    KeyFileDamaged,
    KeyNeeded,
    MalformedRecoveryKey,
    NotARegister,
    RegisterDamaged,
    SchemaTooNew,
    WrongKey,
)
from .dialogs import error_text


def tr(text: str) -> str:
    return QCoreApplication.translate("UnlockDialog", text)  # the unlock window's words, where they began


def explain(exc: BaseException, *, recovery: bool = False) -> tuple[str, str]:
    """A short headline and a detail line for an unlock failure, in plain words."""
    detail = str(exc)
    if isinstance(exc, MalformedRecoveryKey):
        return tr("This recovery key has a typo"), detail
    if isinstance(exc, KeyNeeded):
        return (tr("Enter the recovery key") if recovery else tr("Enter the passphrase")), ""
    if isinstance(exc, WrongKey):
        if recovery:
            return tr("Wrong recovery key"), detail
        return tr("Wrong passphrase"), tr("Check Caps Lock and the keyboard layout, or use the recovery key instead.")
    if isinstance(exc, SchemaTooNew) or (isinstance(exc, NotARegister) and "newer version" in detail):
        # A key file from a newer release arrives as NotARegister; to the user it is the same story.
        return (tr("This register was made by a newer version of Atlas Desktop"),
                tr("Update Atlas Desktop to open it. The register was not changed."))
    if isinstance(exc, KeyFileDamaged):
        return tr("The key file is damaged"), detail
    if isinstance(exc, RegisterDamaged):
        return (tr("This register is damaged"),
                tr("Part of its file can no longer be read. The window that opened says what still reads, and "
                   "restores a backup."))
    if isinstance(exc, NotARegister):
        headline = tr("This file is not an Atlas register")
        return headline, "" if detail.rstrip(".") == headline else detail
    if isinstance(exc, AtlasError):
        return tr("The register could not be opened"), detail
    return tr("The register could not be opened"), error_text(exc)
