"""The DPIA editor: WP248 screening with a live verdict, and the risk matrix before and after the measures."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLineEdit, QVBoxLayout, QWidget

from ...core import vocab
from ...core.derive import screening_result
from ...core.errors import AtlasError
from ...core.spec import Field
from ..forms.ui_dpia import Ui_DpiaForm
from ..i18n import calendar_text, spec_text
from . import style
from .form import Factory
from .rich import RichEditor
from .riskmatrix import RiskMatrix
from .widgets import FieldWidget, FormContext
from ...core.i18n import cite

_VERDICT_KIND = {"required": style.WARNING, "consider": style.INFO, "not_required": style.OK}


class ScreeningWidget(FieldWidget):
    """The nine WP248 criteria as check boxes, each with a one-line note (the ``screening`` table)."""

    WIDE = True

    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(field, ctx, parent)
        holder = self._add(QWidget(), 1)
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        self.boxes: dict[str, QCheckBox] = {}
        self.notes: dict[str, QLineEdit] = {}
        note_help = spec_text(field.column("note").help)
        for row, term in enumerate(vocab.WP248.terms):
            box = QCheckBox(spec_text(term.label))
            tip = " ".join(filter(None, (spec_text(term.help), cite(term.article))))
            box.setToolTip(tip)
            box.setAccessibleName(spec_text(term.label))
            box.setAccessibleDescription(tip)
            box.toggled.connect(self._changed)
            note = QLineEdit()
            note.setPlaceholderText(note_help)
            note.setAccessibleName(self.tr("Note on {0}").format(spec_text(term.label)))
            note.textEdited.connect(self._changed)
            grid.addWidget(box, row, 0)
            grid.addWidget(note, row, 1)
            self.boxes[term.code] = box
            self.notes[term.code] = note
        self._order: list[str] = [t.code for t in vocab.WP248.terms]
        self._others: list[dict[str, Any]] = []

    def met(self) -> int:
        return sum(1 for box in self.boxes.values() if box.isChecked())

    def value(self) -> Any:
        rows = [{"criterion": code, "met": self.boxes[code].isChecked(), "note": self.notes[code].text() or None}
                for code in self._order]
        return rows + [dict(r) for r in self._others]

    def _show(self, value: Any) -> None:
        rows = [r for r in (value or []) if isinstance(r, dict)]
        known = {r.get("criterion"): r for r in rows if r.get("criterion") in self.boxes}
        # Keep the stored order, so an untouched record is not "changed" by being shown.
        self._order = [c for c in (r.get("criterion") for r in rows) if c in self.boxes]
        self._order = list(dict.fromkeys(self._order)) + [c for c in self.boxes if c not in self._order]
        self._others = [r for r in rows if r.get("criterion") not in self.boxes]
        for code in self.boxes:
            row = known.get(code, {})
            self.boxes[code].setChecked(bool(row.get("met")))
            self.notes[code].setText(row.get("note") or "")

    def focus_target(self) -> QWidget:
        return self.boxes[vocab.WP248.terms[0].code]

    def describe(self, name: str, description: str) -> None:
        self.focus_target().setAccessibleDescription(f"{name}: {description}")

    def set_read_only(self, read_only: bool) -> None:
        for widget in [*self.boxes.values(), *self.notes.values()]:
            widget.setEnabled(not read_only)


class DpiaEditor(RichEditor):
    UI = Ui_DpiaForm
    HAS_REPORT = True

    def factories(self) -> Mapping[str, Factory]:
        return {"screening": ScreeningWidget}

    def build_body(self) -> Any:
        body = super().build_body()
        self.matrix = RiskMatrix()
        holder = self.ui.matrixHolder
        layout = holder.layout() or QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.matrix)
        self.ui.matrixSummary.setWordWrap(True)
        style.muted(self.ui.screeningIntro)
        return body

    def record_loaded(self, record: Mapping[str, Any]) -> None:
        self._refresh()

    def field_edited(self, key: str) -> None:
        if key in ("screening", "risks"):
            self._refresh()

    def _refresh(self) -> None:
        screening: ScreeningWidget = self.rows["screening"].widget  # type: ignore[assignment]
        met = screening.met()
        result = screening_result(met)
        self.rows["screening_result"].widget.set_value(result)  # at once, not after the validation pause
        self.show_notice("verdict", _VERDICT_KIND[result], spec_text(vocab.SCREENING_RESULT.label_of(result)),
                         self.tr("{0} of the 9 criteria met (Art. 35(1), WP248 rev.01).").format(met))
        rows = self.rows["risks"].widget.value()
        self.matrix.set_rows(rows)
        self.ui.matrixSummary.setText(self.matrix.summary())

    def after_prepare(self, record: Mapping[str, Any]) -> None:
        self.matrix.set_rows(self.rows["risks"].widget.value())
        self.ui.matrixSummary.setText(self.matrix.summary())
        self._answer_due_note()

    def _answer_due_note(self) -> None:
        """The Art. 36(2) answer date says which public holidays it skipped (none until the country is set)."""
        row = self.rows.get("consultation_answer_due")
        try:
            calendar = self.session.records.context(self.now()).calendar
        except AtlasError:
            return  # locked: the note stays as it was
        if row is not None:
            row.help_label.setText(self.tr("8 weeks after sending (14 if extended), {0} (Art. 36(2)).")
                                   .format(calendar_text(calendar)))

    def verdict_text(self) -> str:
        return f"{self.ui.verdictHeadline.text()} — {self.ui.verdictDetail.text()}"
