"""Inputs that pick one value from a list: a vocabulary term, a country, a time zone, or a linked record."""

from __future__ import annotations

import zoneinfo
from functools import cache
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QSizePolicy, QWidget

from ...core.countries import all_countries, country_code, country_name
from ...core.spec import Field
from ..i18n import spec_text
from .widgets import FieldWidget, FormContext
from ...core.i18n import cite


class _Combo(FieldWidget):
    """A combo box of (label, stored value) pairs, optionally editable with a contains-completer."""

    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None, editable: bool = False) -> None:
        super().__init__(field, ctx, parent)
        self.combo = self._add(QComboBox(), 1)
        self.combo.setEditable(editable)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(20)
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        if editable:
            self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = self.combo.completer()
            line = self.combo.lineEdit()
            assert completer is not None and line is not None  # an editable combo has both
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            line.textEdited.connect(self._changed)
        self.combo.currentIndexChanged.connect(self._changed)

    def _blank(self) -> bool:
        return not self.field.required or self.field.default is None

    def _fill(self, items: list[tuple[str, Any]], blank: bool) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        if blank:
            self.combo.addItem(self.tr("— not set —") if not self.combo.isEditable() else "", None)
        for label, data in items:
            self.combo.addItem(label, data)
        self.combo.blockSignals(False)

    def _select(self, value: Any) -> None:
        index = self.combo.findData(value) if value is not None else (0 if self._blank() else -1)
        if index < 0 and value is not None:
            if self.combo.isEditable():
                self.combo.setCurrentIndex(-1)
                self.combo.setEditText(str(value))
                return
            self.combo.addItem(self._unknown(value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)

    def _unknown(self, value: Any) -> str:
        return str(value)

    def _typed(self) -> Any:
        """The value of free text typed into an editable combo."""
        text = self.combo.currentText().strip()
        return text or None

    def value(self) -> Any:
        if self.combo.isEditable():
            text = self.combo.currentText()
            index = self.combo.findText(text, Qt.MatchFlag.MatchFixedString)
            return self.combo.itemData(index) if index >= 0 and text else self._typed()
        return self.combo.currentData()

    def _show(self, value: Any) -> None:
        self._select(value)

    def focus_target(self) -> QWidget:
        return self.combo


class ChoiceWidget(_Combo):
    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        vocab = field.vocab
        assert vocab is not None
        super().__init__(field, ctx, parent, editable=vocab.open)
        self._fill([(spec_text(t.label), t.code) for t in vocab.terms], self._blank() or vocab.open)
        for index, term in enumerate(vocab.terms, start=self.combo.count() - len(vocab.terms)):
            tip = " ".join(filter(None, (spec_text(term.help), f"({cite(term.article)})" if term.article else "")))
            if tip:
                self.combo.setItemData(index, tip, Qt.ItemDataRole.ToolTipRole)

    def _typed(self) -> Any:
        text = self.combo.currentText().strip()
        if not text:
            return None
        assert self.field.vocab is not None
        return self.field.vocab.code_for(text) or text


@cache
def _zone_names() -> tuple[str, ...]:
    return tuple(sorted(z for z in zoneinfo.available_timezones() if "/" in z or z == "UTC"))


class CountryWidget(_Combo):
    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(field, ctx, parent, editable=True)
        self._fill([(f"{name} ({code})", code) for code, name in all_countries()], True)

    def _typed(self) -> Any:
        text = self.combo.currentText().strip()
        return (country_code(text) or text) if text else None

    def _unknown(self, value: Any) -> str:
        return country_name(str(value))


class TimeZoneWidget(_Combo):
    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(field, ctx, parent, editable=True)
        self._fill([(name, name) for name in _zone_names()], not field.required)


class LinkWidget(_Combo):
    """One record of another register, chosen by its title."""

    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(field, ctx, parent)
        self.refresh_links()

    def _blank(self) -> bool:
        return True  # a new record starts unlinked; "required" is said by validation, not forced

    def refresh_links(self) -> None:
        current = self.combo.currentData() if self.combo.count() else None
        titles = self.ctx.titles(self.field.target or "")
        self._fill(sorted(((title, rid) for rid, title in titles.items()), key=lambda p: p[0].casefold()), True)
        self._quiet = True
        try:
            self._select(current)
        finally:
            self._quiet = False

    def _unknown(self, value: Any) -> str:
        return self.tr("#{0} (no longer in the register)").format(value)
