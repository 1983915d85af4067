"""The base of the rich editors: a Qt Designer form whose placeholders receive the generic field rows.

A placeholder is any widget of the form with a ``section`` property (it receives that
section's fields, in declared order) or a ``fields`` property (a comma-separated list of
field keys, or ``*`` for every field no other placeholder took). Every field of the entity
must land in exactly one placeholder, so the declaration still decides what is shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...core.spec import Field
from . import style
from .base import EditorWindow
from .form import FieldForm, MnemonicPicker
from .sections import SectionNav, heading


class RichPage(QWidget):
    """The Designer form, by composition: ``self.ui`` holds its widgets."""

    def __init__(self, ui_class: type, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui_class()
        self.ui.setupUi(self)


class RichEditor(EditorWindow):
    UI: type = object

    def build_body(self) -> tuple[QWidget, SectionNav]:
        self.page = RichPage(self.UI)
        self.ui: Any = self.page.ui
        pages = [self.ui.pages.widget(i) for i in range(self.ui.pages.count())]
        for page in pages:
            layout = page.layout()
            if isinstance(layout, QVBoxLayout):
                layout.insertWidget(0, heading(page.windowTitle()))
                layout.addStretch(1)
        self._fill_placeholders(pages)
        return self.page, SectionNav(self.ui.sectionList, self.ui.pages, self.page)

    def _fill_placeholders(self, pages: list[QWidget]) -> None:
        holders = [w for w in self.page.findChildren(QWidget)
                   if w.property("section") is not None or w.property("fields") is not None]
        placed: list[str] = []
        rest: QWidget | None = None
        chosen: list[tuple[QWidget, list[Field]]] = []
        for holder in holders:
            section, keys = holder.property("section"), holder.property("fields")
            if keys == "*":
                rest = holder
                continue
            fields = (list(self.entity.in_section(section)) if section is not None
                      else [self.entity.field(k.strip()) for k in str(keys).split(",") if k.strip()])
            chosen.append((holder, fields))
            placed += [f.key for f in fields]
        if rest is not None:
            fields = [f for f in self.entity.fields if f.key not in placed]
            chosen.append((rest, fields))
            placed += [f.key for f in fields]
        missing = [f.key for f in self.entity.fields if f.key not in placed]
        twice = sorted({k for k in placed if placed.count(k) > 1})
        if missing or twice:
            raise RuntimeError(f"{self.UI.__name__}: fields not placed {missing}, placed twice {twice}")
        pickers: dict[int, MnemonicPicker] = {}
        for holder, fields in chosen:
            page = next((p for p in pages if p.isAncestorOf(holder)), None)
            picker = pickers.setdefault(id(page), MnemonicPicker())
            form = FieldForm(fields, self.ctx, factories=self.factories(), mnemonics=picker)
            layout = holder.layout() or QVBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(form)
            self.add_form(form)

    # -- notice panels (the clock, the verdict, the due date) ---------------------------------------
    def show_notice(self, prefix: str, kind: str, headline: str, detail: str) -> None:
        """Fill a Designer panel named ``<prefix>Panel`` with an icon, a headline and a detail line."""
        panel = getattr(self.ui, f"{prefix}Panel")
        icon: QLabel = getattr(self.ui, f"{prefix}Icon")
        title: QLabel = getattr(self.ui, f"{prefix}Headline")
        text: QLabel = getattr(self.ui, f"{prefix}Detail")
        icon.setPixmap(style.icon_pixmap(kind, icon, 2.0))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        icon.setAccessibleName({style.ERROR: self.tr("Overdue"), style.WARNING: self.tr("Attention"),
                                style.OK: self.tr("Done"), style.INFO: self.tr("Information")}[kind])
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        title.setText(headline)
        text.setText(detail)
        style.tint_panel(panel, kind)
        panel.setAccessibleDescription(f"{headline} {detail}")
        panel.setProperty("state", kind)
