"""One breach, laid out as the supervisory authority's own notification form (``breach_forms``): a signed PDF in
the authority's language, question by question, ready to copy into the authority's online form.

``build_anspdcp`` and ``build_cnil`` have ``report_breach.build``'s signature, so ``reports.build_report``
signs and writes them like any other report. Every answer is worked out here from the record and the
organisation: vocabulary terms come from the catalogue of the form's language (``core.i18n.catalogue``, read
directly: the process's own language is left alone, a report may be built while the GUI shows another), dates
and times are written dd/mm/yyyy hh:mm in the organisation's time zone, as the ANSPDCP form asks. A question the
register cannot answer shows the form's "not recorded — fill in before sending" in the warning colour.

The pages' frame (running footer, signature page) stays in the user's language: it is the organisation's
attestation of the document, not part of the form.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from babel import Locale
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from ..core import clocks, i18n
from ..core.authorities import authority_for
from ..core.entities import BY_KEY
from ..core.spec import Entity, Kind
from .breach_forms import ANSPDCP, CNIL, Form, Question, Render
from .pdf_base import Document, Heading
from .pdf_blocks import Source, esc, frame_width, kv_table, label_cell, markup, para
from .pdf_style import STYLES, WARN

BREACH = BY_KEY["breach"]
ORG = BY_KEY["organisation"]
QUESTION_WIDTH = 82 * mm  # the forms' questions are sentences: a wider label column than the other reports'
SENT = ("initial", "follow_up", "final")  # reports to the authority (a question from it is not one)


@dataclass
class Answers:
    """Works out a form's answers for one breach."""

    src: Source
    form: Form
    record: dict[str, Any]

    # -- values in the form's language ----------------------------------------------------------------------
    def term(self, english: str) -> str:
        """A vocabulary term or label in the form's language; the English when the catalogue lacks it."""
        return i18n.catalogue(self.form.language).get(("spec", english), english)

    def moment(self, value: dt.datetime | None) -> str:
        if value is None:
            return ""
        local = value.astimezone(clocks.zone(self.src.tz))
        return f"{local:%d/%m/%Y %H:%M} {local.tzname()}"

    def number(self, value: int | None) -> str:
        return "" if value is None else i18n.format_number(value, code=self.form.language)

    def _where(self, name: str) -> tuple[Entity, dict[str, Any], str]:
        scope, key = name.split(".", 1)
        return (ORG, self.src.org, key) if scope == "org" else (BREACH, self.record, key)

    def raw(self, name: str) -> Any:
        _, record, key = self._where(name)
        return record.get(key)

    def value(self, name: str) -> str:
        """One field's value as display text in the form's language ("" when empty)."""
        ent, record, key = self._where(name)
        f, value = ent.field(key), record.get(key)
        if f.kind is Kind.BOOL:
            return self.form.words.yes if value else self.form.words.not_ticked
        if value is None or value == "" or value == []:
            return ""
        if f.kind in (Kind.CHOICE, Kind.CHOICES, Kind.TAGS) and f.vocab is not None:
            return "; ".join(self.term(f.vocab.label_of(v)) for v in (value if isinstance(value, list) else [value]))
        if f.kind is Kind.DATETIME:
            return self.moment(value)
        if f.kind is Kind.DATE:
            return f"{value:%d/%m/%Y}"
        if f.kind is Kind.INT:
            return self.number(value)
        if f.kind in (Kind.LINK, Kind.LINKS):
            titles = self.src.titles(f.target or "")
            return "; ".join(titles.get(v, f"#{v}") for v in (value if isinstance(value, list) else [value]))
        if f.kind is Kind.COUNTRY:
            return str(Locale.parse(self.form.language).territories.get(str(value).upper(), value))
        return str(value)

    def values(self, q: Question) -> list[str]:
        return [v for v in (self.value(name) for name in q.fields) if v]

    # -- one answer per way of rendering -------------------------------------------------------------------
    def answer(self, q: Question) -> str:
        return _RENDER[q.render](self, q)

    def _text(self, q: Question) -> str:
        return "\n".join(self.values(q))

    def _moment(self, q: Question) -> str:
        return self.moment(self.raw(q.fields[0]))

    def _period(self, q: Question) -> str:
        start, end = (self.moment(self.raw(name)) for name in q.fields)
        return self.form.words.period.format(start=start, end=end) if start and end else start

    def _count(self, q: Question) -> str:
        found = self.number(self.raw(q.fields[0]))
        return self.form.words.approx.format(n=found) if found else ""

    def _sector(self, q: Question) -> str:
        return self.form.words.public if self.raw(q.fields[0]) else self.form.words.private

    def _report_type(self, q: Question) -> str:
        """A new notification until one was sent (Art. 33(4)); then a follow-up of the authority's number."""
        followups, notified, reference = (self.raw(name) for name in q.fields)
        if not any(r.get("phase") in SENT for r in followups or []) and not notified:
            return self.form.words.new
        return self.form.words.follow_up.format(ref=reference or self.form.words.not_recorded)

    def _contact(self, q: Question) -> str:
        """The breach's own contact point; else the DPO (Art. 37(7)); else the person responsible."""
        point, dpo, dpo_contact, responsible, responsible_contact = (self.raw(name) for name in q.fields)
        if point:
            return str(point)
        for name, contact in ((dpo, dpo_contact), (responsible, responsible_contact)):
            if name:
                return ", ".join(str(x) for x in (name, contact) if x)
        return ""

    def _with_flag(self, q: Question, flag: str) -> str:
        main, box = q.fields
        lines = [self.value(main)] + ([flag] if self.raw(box) else [])
        return "\n".join(x for x in lines if x)

    def _data(self, q: Question) -> str:
        return self._with_flag(q, self.form.words.special)

    def _people(self, q: Question) -> str:
        return self._with_flag(q, self.form.words.vulnerable)

    def _summary(self, q: Question) -> str:
        description, activities = (self.value(name) for name in q.fields)
        lines = [description] + ([self.form.words.activities.format(names=activities)] if activities else [])
        return "\n".join(x for x in lines if x)

    def _others(self, q: Question) -> str:
        role, client, contact = (self.raw(name) for name in q.fields)
        if role != "processor":
            return ""
        return ", ".join(str(x) for x in (client, contact) if x)

    def _delay(self, q: Question) -> str:
        reason = self.value(q.fields[0])
        if reason:
            return reason
        return self.form.words.delay_missing if late(self.record, self.src.now) else self.form.words.no_delay

    def _phases(self, q: Question) -> str:
        rows = sorted(self.raw(q.fields[0]) or [], key=lambda r: r.get("at") or dt.datetime.min.replace(tzinfo=dt.UTC))
        phase = BREACH.field("followups").fields[1].vocab
        assert phase is not None
        return "\n".join(self.form.words.sent.format(when=self.moment(r.get("at")),
                                                     phase=self.term(phase.label_of(r.get("phase") or "")),
                                                     summary=r.get("summary") or "").rstrip(" :")
                         for r in rows)

    def _told(self, q: Question) -> str:
        """When and how the people were told, or the Art. 34(3) exemption and the public communication."""
        w = self.form.words
        at, method, exemption, notes = (self.value(name) for name in q.fields)
        lines = [w.told_at.format(when=at) if at else "", w.method.format(method=method) if method else "",
                 exemption, notes]
        if self.record.get("public_communication_at"):
            lines.append(w.public_at.format(when=self.moment(self.record["public_communication_at"]),
                                            channel=self.record.get("public_communication_channel") or ""))
        return "\n".join(x for x in lines if x)

    def _nothing(self, q: Question) -> str:
        return ""


_RENDER: dict[Render, Callable[[Answers, Question], str]] = {
    Render.GROUP: Answers._nothing, Render.TEXT: Answers._text, Render.MOMENT: Answers._moment,
    Render.PERIOD: Answers._period, Render.COUNT: Answers._count, Render.SECTOR: Answers._sector,
    Render.REPORT_TYPE: Answers._report_type, Render.CONTACT: Answers._contact, Render.DATA: Answers._data,
    Render.PEOPLE: Answers._people, Render.SUMMARY: Answers._summary, Render.OTHERS: Answers._others,
    Render.DELAY: Answers._delay, Render.PHASES: Answers._phases, Render.TOLD: Answers._told,
    Render.NOTHING: Answers._nothing,
}


def late(record: dict[str, Any], now: dt.datetime) -> bool:
    """Past the 72 hours of Art. 33(1): notified after the deadline, or not notified and the deadline gone."""
    deadline = record.get("notification_deadline")
    return deadline is not None and (record.get("notified_at") or now) > deadline


def _gap(text: str) -> Paragraph:
    return markup(f'<font color="#{WARN.hexval()[2:]}">{esc(text)}</font>')


def _question_label(q: Question) -> str:
    return f"{q.number}. {q.text}" if q.number else q.text


def _section_rows(answers: Answers, questions: tuple[Question, ...]) -> list[Any]:
    rows: list[Any] = []
    for q in questions:
        if q.render is Render.GROUP:
            rows.append(f"{_question_label(q)} — {q.source}")
            continue
        found = answers.answer(q)
        rows.append([label_cell(_question_label(q), q.source),
                     para(found) if found else _gap(answers.form.words.not_recorded)])
    return rows


def _addressee(form: Form) -> str:
    found = authority_for(form.country)
    if found is None:  # pragma: no cover - both forms' countries are in core.authorities
        return form.authority
    return "\n".join(x for x in (found.title, found.address, found.contact) if x)


def build_form(src: Source, form: Form, record_id: int) -> Document:
    """The ``form`` filled in from breach ``record_id``, as a document to sign."""
    record = src.get("breach", record_id)
    answers = Answers(src, form, record)
    w, width = form.words, frame_width(False)
    generated = i18n.format_datetime(src.now, src.tz, code=form.language)
    about: list[Any] = [w.about,
                        [label_cell(w.to), para(_addressee(form))],
                        [label_cell(w.breach), para(f"{record.get('title')} (#{record_id})")],
                        [label_cell(w.generated), para(f"{generated} ({src.tz})")],
                        [label_cell(w.register), para(w.register_state.format(count=src.anchor.count,
                                                                              head=src.anchor.head))]]
    story: list[Flowable] = [Paragraph(esc(form.title), STYLES.title), Paragraph(esc(form.subtitle), STYLES.subtitle),
                             *kv_table(about, width), Spacer(1, 4), Paragraph(esc(w.intro), STYLES.note)]
    if record.get("our_role") == "processor":
        client = record.get("controller_name") or w.not_recorded
        story.append(Paragraph(f"<b>{esc(w.processor.format(client=client))}</b>", STYLES.body))
    if late(record, src.now) and not record.get("delay_reason"):
        story.append(Paragraph(f"<b>{esc(w.late)}</b>", STYLES.body))
    for n, section in enumerate(form.sections, 1):
        story.append(Heading(esc(section.title), 0, key=f"{form.key}-{n}"))
        if section.note:
            story.append(Paragraph(esc(section.note), STYLES.note))
        story += kv_table(_section_rows(answers, section.questions), width, QUESTION_WIDTH)
    return Document(form.title, f"{form.title} ({form.authority}, Art. 33 GDPR): {record.get('title')}",
                    src.org.get("name") or "", src.generated, (src.anchor.count, src.anchor.head), story,
                    keywords=["GDPR", "Art. 33", "Art. 34", form.authority, "breach notification"])


def build_anspdcp(src: Source, record_id: int | None = None) -> Document:
    """The ANSPDCP's notification form (Decizia nr. 128/2018), in Romanian."""
    assert record_id is not None  # reports.build_report insists on it
    return build_form(src, ANSPDCP, record_id)


def build_cnil(src: Source, record_id: int | None = None) -> Document:
    """The CNIL's online notification, question by question, in French."""
    assert record_id is not None  # reports.build_report insists on it
    return build_form(src, CNIL, record_id)
