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


def trn(context: str, text: str, n: int) -> str:
    """``text`` for ``n`` things in the right plural form: "%n day(s) left" → "1 day left", "5 days left", and
    in Romanian "5 zile", "20 de zile" (the .qm's plural forms). Call with literals: the extractor lists
    them (tools/update_translations.py); English needs no catalogue (core.i18n.english_forms)."""
    translated = QCoreApplication.translate(context, text, None, n)
    if translated == text.replace("%n", str(n)):  # no translation loaded: English's own two forms
        from ..core.i18n import tn
        return tn(context, text, n)
    return translated


def spec_text(text: str) -> str:
    """A label, help text or vocabulary term from ``core``, translated if a translation is loaded."""
    return QCoreApplication.translate("spec", text) if text else text


def calendar_text(note: CalendarNote, moved_past: bool = True) -> str:
    """Which public holidays a due date skipped, translated: "moved past weekends only \u2014 set your country"
    (or the bare note). The words are core's (context.NOTE_TEMPLATES), so every screen says the same."""
    template, args = note.words()
    text = spec_text(template).format(*args)
    return spec_text(MOVED_PAST).format(text) if moved_past else text
