"""Small shared dialogs: plain error messages, confirmations, and the once-per-session export warning.

A damaged register gets its own window instead of a message box: ``damage_watch`` hands ``show_error`` the
way to offer it (``set_damage_offer``) when it starts watching, so this module, which nearly every window
imports, depends on nothing above it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..core.errors import AtlasError, InvalidRecord

log = logging.getLogger(__name__)

# Shows the damage dialog for ``exc`` and says True when ``exc`` is damage of the open register.
DamageOffer = Callable[[QWidget | None, BaseException], bool]
_damage_offer: DamageOffer | None = None


def set_damage_offer(offer: DamageOffer | None) -> None:
    """What ``show_error`` tries first with an exception (``damage_watch.offer``); None: message boxes only."""
    global _damage_offer
    _damage_offer = offer


def tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


def error_text(exc: BaseException) -> str:
    """The plain message for an error; a bug gets a short apology instead of a traceback."""
    if isinstance(exc, InvalidRecord):
        return "\n".join(str(p) for p in exc.problems) or str(exc)
    if isinstance(exc, AtlasError):
        return str(exc)
    from ..storage.connection import damaged, is_damage
    if is_damage(exc):  # SQLite's words for a damaged page: said plainly, with the way out
        return damaged().message
    if isinstance(exc, OSError):
        return tr("The file could not be written or read: {0}").format(exc.strerror or exc)
    # Only the type goes to the log: a message may quote personal data.
    log.error("unexpected %s", type(exc).__name__, exc_info=False)
    return tr("Something went wrong ({0}). Nothing was lost: the register is unchanged.").format(
        type(exc).__name__)


def show_error(parent: QWidget | None, title: str, exc: BaseException | str) -> None:
    offer = _damage_offer
    if not isinstance(exc, str) and offer is not None and offer(parent, exc):  # a damaged register: its own window
        return
    text = exc if isinstance(exc, str) else error_text(exc)
    QMessageBox.warning(parent, title, text)


def grow_to_fit(dialog: QWidget) -> None:
    """Grow a shown dialog to show a new message in full: wrapped labels do not raise its minimum height."""
    if dialog.isVisible():
        dialog.layout().activate()
        dialog.resize(dialog.width(), max(dialog.height(), dialog.heightForWidth(dialog.width()),
                                          dialog.sizeHint().height()))


def confirm(parent: QWidget | None, title: str, text: str, yes: str) -> bool:
    box = QMessageBox(QMessageBox.Question, title, text, QMessageBox.NoButton, parent)
    ok = box.addButton(yes, QMessageBox.AcceptRole)
    box.addButton(QMessageBox.Cancel)
    box.setDefaultButton(QMessageBox.Cancel)
    box.exec()
    return box.clickedButton() is ok


_warned_unencrypted = False


def warn_unencrypted_export(parent: QWidget | None) -> bool:
    """Once per session, say that an export leaves the encryption behind; False if the user backs out."""
    global _warned_unencrypted
    if _warned_unencrypted:
        return True
    ok = confirm(parent, tr("Unencrypted export"),
                 tr("The file you are about to write is not encrypted. Anyone who can open it can read "
                    "the personal data in it. Keep it somewhere safe and delete it when you no longer need it."),
                 tr("Export anyway"))
    _warned_unencrypted = ok
    return ok
