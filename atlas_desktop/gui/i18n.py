"""Translation hooks for the GUI: literals go through ``self.tr``; texts from the entity specs through ``spec_text``.

The specs live in ``core`` (no Qt), so their labels and help are translated here, at display
time, under one Qt Linguist context ("spec"). English ships first: with no .qm loaded these
calls return the text unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def spec_text(text: str) -> str:
    """A label, help text or vocabulary term from ``core``, translated if a translation is loaded."""
    return QCoreApplication.translate("spec", text) if text else text
