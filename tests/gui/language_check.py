"""What is wrong with a window shown in another language: words left in English, text cut off in its widget,
placeholders left unfilled, and two Alt+letter keys on one letter (each translator picks the letters anew).

Used by the screen probe (tests/gui/screen_probe.py) when ATLAS_PROBE_LANGUAGE is set; pure reads of the
widgets a person can see now."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from tests.gui.mnemonics import clashes

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{\w*\}|%\d|%n\b")
# A sentence of ours assembled at run time (not a catalogue text as a whole): an article cited in English
# words. Quoted register data (titles, names: the demo is English) is left out first.
QUOTED = re.compile(r"[„“”\"«‘'][^„“”\"«»‘']*[“”\"»’']")
ENGLISH_SENTENCE = re.compile(r"\b(?:the|you|your|and|of|with|must)\b.*\bArt\. ?\d|\bArt\. ?\d.*\b(?:the|you|your)\b")


def plain(text: str) -> str:
    """The words as a person reads them: no accelerator '&', no trailing colon or ellipsis, no markup."""
    text = re.sub(r"<[^>]+>", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip(":…").strip()


def english_words(language: str) -> set[str]:
    """The English texts that ``language`` says differently: seeing one of them on screen means a string was not
    translated (not wrapped in tr, or translated under the wrong context). Texts the language writes the same
    way ("OK", "Atlas Desktop", "DPIA" in some languages) are left out."""
    path = ROOT / "atlas_desktop" / "resources" / "translations" / f"atlas_{language}.ts"
    differs: set[str] = set()
    same: set[str] = set()  # "Register" is German too: a context translating a text to itself clears it
    for message in ET.parse(path).getroot().iter("message"):
        source, target = plain(message.findtext("source") or ""), plain(message.findtext("translation") or "")
        if len(source) > 2:
            (differs if source != target else same).add(source)
        same.add(target)  # a word the language itself uses ("Note" is Romanian for notes) is no sign of English
    return differs - same


def english_plurals(language: str) -> list[re.Pattern[str]]:
    """The English forms of every plural message ("%n day(s) left" → "\\d+ days? left"): a count shown in
    English words when the language has its own forms."""
    from atlas_desktop.core.i18n import english_forms
    path = ROOT / "atlas_desktop" / "resources" / "translations" / f"atlas_{language}.ts"
    found = []
    for message in ET.parse(path).getroot().iter("message"):
        if message.get("numerus") == "yes":
            for form in english_forms(plain(message.findtext("source") or "")):
                pattern = re.escape(form).replace("%n", r"\d+")
                pattern = re.sub(r"\\\{\w*\\\}", ".*", pattern)  # other placeholders: anything
                found.append(re.compile(pattern))
    return found


def _texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel):
        return [widget.text()]
    if isinstance(widget, QAbstractButton):
        return [widget.text(), widget.toolTip()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QLineEdit):
        return [widget.placeholderText()]
    if isinstance(widget, QTabWidget):
        return [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
        from PySide6.QtCore import Qt
        model = widget.model()
        return [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())]
    return []


def _cut_off(widget: QWidget) -> bool:
    """The widget is narrower than its text needs (Qt would clip or elide it)."""
    if isinstance(widget, QLabel):
        if widget.wordWrap() or not widget.text() or widget.pixmap() is not None and not widget.pixmap().isNull():
            return False
        return widget.width() + 1 < widget.sizeHint().width()
    if isinstance(widget, QAbstractButton) and widget.text():
        return widget.width() + 1 < widget.sizeHint().width()
    if isinstance(widget, QGroupBox) and widget.title():
        return widget.width() < widget.fontMetrics().horizontalAdvance(widget.title()) + 16
    return False


def problems(window: QWidget, name: str, english: set[str], plurals: list[re.Pattern[str]] = ()) -> list[str]:
    found = []
    widgets = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        if widget is not window and not widget.isVisibleTo(window):
            continue
        kind = type(widget).__name__
        texts = _texts(widget) + ([window.windowTitle()] if widget is window else [])
        for text in texts:
            if not text:
                continue
            if plain(text) in english or any(p.fullmatch(plain(text)) for p in plurals) \
                    or ENGLISH_SENTENCE.search(QUOTED.sub("", plain(text))):
                where = type(widget.parent()).__name__ if widget.parent() is not None else "-"
                found.append(f"{name}: {kind} (in {where}) still in English: {plain(text)[:80]!r}")
            if PLACEHOLDER.search(text):
                found.append(f"{name}: {kind} shows a placeholder: {text[:80]!r}")
        if _cut_off(widget):
            found.append(f"{name}: {kind} cut off ({widget.width()} < {widget.sizeHint().width()} px): "
                         f"{plain(_texts(widget)[0])[:60]!r}")
    found += [f"{name}: Alt+{letter} on {texts}" for letter, texts in clashes(window).items()]
    return found
