"""Translation hooks for the GUI: literals go through ``self.tr``; texts from the entity specs through ``spec_text``.

The specs live in ``core`` (no Qt), so their labels and help are translated here, at display
time, under one Qt Linguist context ("spec"). English ships first: with no .qm loaded these
calls return the text unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.context import MOVED_PAST, CalendarNote


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def spec_text(text: str) -> str:
    """A label, help text or vocabulary term from ``core``, translated if a translation is loaded."""
    return QCoreApplication.translate("spec", text) if text else text


def calendar_text(note: CalendarNote, moved_past: bool = True) -> str:
    """Which public holidays a due date skipped, translated: "moved past weekends only \u2014 set your country"
    (or the bare note). The words are core's (context.NOTE_TEMPLATES), so every screen says the same."""
    template, args = note.words()
    text = spec_text(template).format(*args)
    return spec_text(MOVED_PAST).format(text) if moved_past else text
