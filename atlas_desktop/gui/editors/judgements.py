"""What the law asks, worked out where the facts are typed: the organisation's DPO and Art. 30(5)
record duties, and the reasons behind an activity's DPIA screening.

Both editors are the generic form with one or two notice panels added under the questions
they answer. The judgements come from ``core`` (``obligations``, ``screening``); the
activities the organisation's duties depend on come from ``session.records`` when the window
opens and whenever another window saves an activity, never while the register is locked.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...core import vocab
from ...core.screening import screen
from ..i18n import spec_text
from . import style
from .base import EditorWindow
from .sections import SectionNav
from ...core.i18n import cite

_SCREENING_KIND = {"mandatory": style.WARNING, "required": style.WARNING, "justified": style.INFO,
                   "consider": style.INFO, "not_required": style.OK}


class NoticePanel(QFrame):
    """A tinted panel: the question asked (small), the answer (bold), and the reasons, with an icon."""

    def __init__(self, name: str, question: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self)
        self.icon = QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.icon)
        column = QVBoxLayout()
        self.question = style.muted(QLabel(question))
        self.question.setVisible(bool(question))
        self.headline = QLabel()
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.detail = QLabel()
        for label in (self.question, self.headline, self.detail):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            column.addWidget(label)
        row.addLayout(column, 1)
        self.setAccessibleName(question or name)

    def show_state(self, kind: str, headline: str, reasons: Sequence[str]) -> None:
        self.icon.setPixmap(style.icon_pixmap(kind, self.icon, 2.0))
        self.icon.setAccessibleName({style.ERROR: self.tr("Overdue"), style.WARNING: self.tr("Attention"),
                                     style.OK: self.tr("Done"), style.INFO: self.tr("Information")}[kind])
        self.headline.setText(headline)
        detail = "\n".join(f"\u2022 {r}" for r in reasons) if len(reasons) > 1 else "".join(reasons)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        style.tint_panel(self, kind)
        self.setProperty("state", kind)
        self.setAccessibleDescription(" ".join(filter(None, (self.question.text(), headline, detail))))

    def text(self) -> str:
        return self.accessibleDescription()


def _add_to_section(nav: SectionNav, title: str, widgets: Sequence[QWidget], *, on_top: bool = False) -> None:
    """Put ``widgets`` on the page of section ``title``: under its heading, or under its fields."""
    page = next(p for p, t in nav.titles.items() if t == title)
    layout = page.layout()
    assert isinstance(layout, QVBoxLayout)  # sections.section_page: heading, form, stretch
    for offset, widget in enumerate(widgets):
        layout.insertWidget(1 + offset if on_top else layout.count() - 1, widget)


def _kind(required: bool | None) -> str:
    return style.INFO if required is None else style.WARNING if required else style.OK


class OrganisationEditor(EditorWindow):
    """The organisation, with "Do you need a DPO?" and "Must you keep a record?" worked out live."""

    SECTION = "What the law asks of you"
    # The answers that can change the outcomes; contact details and clocks cannot.
    RELEVANT = frozenset({"country", "has_dpo", "employees", "staff_processing", "public_body", "core_monitoring",
                          "core_special_data"})

    def build_body(self) -> tuple[QWidget, SectionNav]:
        body, nav = super().build_body()
        self.dpo_panel = NoticePanel("dpoPanel", self.tr("Do you need a DPO? (Art. 37)"))
        self.record_panel = NoticePanel("recordPanel", self.tr("Must you keep a record of processing? (Art. 30(5))"))
        _add_to_section(nav, spec_text(self.SECTION), [self.dpo_panel, self.record_panel])
        self._activities: list[dict[str, Any]] | None = None
        return body, nav

    def record_loaded(self, record: Mapping[str, Any]) -> None:
        self.refresh_judgements()

    def field_edited(self, key: str) -> None:
        if key in self.RELEVANT:
            self.refresh_judgements()

    def _on_changed(self, entity: str) -> None:
        super()._on_changed(entity)
        if entity in ("", "activity"):
            self._activities = None  # another window saved an activity: read them again
            self.refresh_judgements()

    def _on_unlocked(self) -> None:
        super()._on_unlocked()
        if self._activities is None:
            self.refresh_judgements()

    def activities(self) -> list[dict[str, Any]]:
        """The register's activities, read once per change (never while locked: the last ones read stay)."""
        if self._activities is None and not self._locked:
            self._activities = [r for chunk in self.session.records.chunks("activity") for r in chunk]
        return self._activities or []

    def refresh_judgements(self) -> None:
        from ...core import obligations  # imported here: the editor registry must not need it to load

        org = {**self.prepared, **self.values()}
        activities = self.activities()
        dpo, record = obligations.dpo_duty(org, activities), obligations.record_duty(org, activities)
        # Amber only for something still to do: a DPO required but none recorded. The record of
        # processing, when required, is the one being kept here.
        dpo_kind = (style.OK if org.get("has_dpo") else style.WARNING) if dpo.required else _kind(dpo.required)
        record_kind = style.INFO if record.required else _kind(record.required)
        for panel, found, kind in ((self.dpo_panel, dpo, dpo_kind), (self.record_panel, record, record_kind)):
            reasons = [spec_text(r) for r in found.reasons]
            title = spec_text(found.title)
            if found.article and not any(cite(found.article) in r or found.article in r for r in reasons):
                title = f"{title} ({cite(found.article)})"
            if found is dpo and dpo.required and org.get("has_dpo"):
                reasons.append(self.tr("You have one: their details go under \u201cData protection contact\u201d."))
            panel.show_state(kind, title, reasons)


class ActivityEditor(EditorWindow):
    """An activity, with the reasons of its DPIA screening (Art. 35(3), WP248) worked out live."""

    SECTION = "DPIA screening"
    RELEVANT = frozenset({"wp248_criteria", "screening_note", "special_categories", "criminal_data", "large_scale",
                          "public_area_monitoring", "automated_decisions", "profiling"})

    def build_body(self) -> tuple[QWidget, SectionNav]:
        body, nav = super().build_body()
        self.screening_panel = NoticePanel("screeningPanel", self.tr("Is a DPIA needed? (Art. 35)"))
        # On top: the result often comes from answers on other pages (large scale, special data).
        _add_to_section(nav, spec_text(self.SECTION), [self.screening_panel], on_top=True)
        return body, nav

    def record_loaded(self, record: Mapping[str, Any]) -> None:
        self.refresh_screening()

    def field_edited(self, key: str) -> None:
        if key in self.RELEVANT:
            self.refresh_screening()

    def refresh_screening(self) -> None:
        found = screen(self.values())
        self.rows["screening_result"].widget.set_value(found.result)  # at once, not after the validation pause
        reasons = [spec_text(r) for r in found.reasons] or [
            self.tr("No Art. 35(3) case and no WP248 criterion is met (WP248 rev.01).")]
        self.screening_panel.show_state(_SCREENING_KIND.get(found.result, style.INFO),
                                        spec_text(vocab.SCREENING_RESULT.label_of(found.result)), reasons)
