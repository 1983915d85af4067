"""The keyboard mnemonics (Alt+letter) a window offers now: its visible buttons, check boxes and labelled
fields. Two on one letter only move the focus between them, so a dialog's must all differ."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else ""


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Each letter used, with the texts using it, among the widgets of ``window`` a person can see now."""
    used: dict[str, list[str]] = defaultdict(list)
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not widget.isEnabled() and not isinstance(widget, QLabel):
            continue
        if isinstance(widget, QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        if letter := mnemonic(text):
            used[letter].append(text)
    return dict(used)


def clashes(window: QWidget) -> dict[str, list[str]]:
    return {letter: texts for letter, texts in mnemonics(window).items() if len(texts) > 1}
