"""One DPIA, laid out as Art. 35(7)(a)–(d), with its WP248 screening, risk matrices, advice, views,
sign-off and any Art. 36 prior consultation."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, Paragraph, Spacer

from ..core.derive import counted_now
from ..core.entities import BY_KEY
from ..core.i18n import spec, t
from .pdf_base import Document, Heading
from .pdf_blocks import (
    Source,
    esc,
    field_rows,
    frame_width,
    grid,
    kv_table,
    label_cell,
    not_ticked,
    para,
    report_text,
    scaled,
    title_block,
    value_cell,
)
from .pdf_chart import risk_matrices
from .pdf_style import LEVEL_FILL, STYLES

DPIA = BY_KEY["dpia"]
ACTIVITY = BY_KEY["activity"]
TITLE = "Data protection impact assessment"  # the English; a report prints title()
NOT_RECORDED = "Not recorded."  # the English; a report prints not_recorded()
# What the assessed activity's record adds to the systematic description (Art. 35(7)(a)).
DESCRIBED = ("purposes", "legitimate_interest", "subject_categories", "data_categories", "special_categories",
             "recipients_external", "processors", "transfers", "retention", "systems")


def title() -> str:
    return t("reports", "Data protection impact assessment")


def not_recorded() -> str:
    return t("reports", "Not recorded.")


def _label(key: str) -> str:
    return spec(DPIA.field(key).label)


def _text(src: Source, record: dict[str, Any], key: str) -> Paragraph:
    return para(src.text(DPIA, record, key), STYLES.body, not_recorded())


def _screening(src: Source, record: dict[str, Any], width: float) -> list[Flowable]:
    table = DPIA.field("screening")
    columns = {c.key: c for c in table.fields}
    # A criterion's box left empty is "not ticked", not "Not met": see pdf_blocks.NOT_TICKED.
    rows = [[report_text(columns["criterion"], r.get("criterion"), src.tz),
             t("reports", "Met") if r.get("met") else not_ticked(), r.get("note") or ""]
            for r in record.get("screening") or []]
    met = sum(1 for r in record.get("screening") or [] if r.get("met"))
    result = t("reports", "<b>{label}:</b> {result} ({met} of 9 criteria met).").format(
        label=esc(_label("screening_result")), result=esc(src.text(DPIA, record, "screening_result")), met=met)
    return [Heading(t("reports", "1. Screening (EDPB WP248 rev.01)"), 0, key="screening"),
            grid([spec(columns["criterion"].label), spec(columns["met"].label), spec(columns["note"].label)], rows,
                 scaled([4, 1, 5], width)),
            Spacer(1, 4), Paragraph(result, STYLES.body)]


def _description(src: Source, record: dict[str, Any], activity: dict[str, Any] | None,
                 width: float) -> list[Flowable]:
    out: list[Flowable] = [Heading(t("reports", "2. Systematic description of the processing — Art. 35(7)(a)"), 0,
                                   key="a"),
                           _text(src, record, "description")]
    if activity is not None:
        rows: list[Any] = [t("reports", "From the record of processing: {name}").format(name=activity.get("name"))]
        rows += field_rows(src, ACTIVITY, activity, DESCRIBED, skip_empty=True)
        out += kv_table(rows, width)
    return out


def _risk_rows(record: dict[str, Any]) -> list[dict[str, Any]]:
    return list(record.get("risks") or [])


def _risks(src: Source, record: dict[str, Any], width: float) -> list[Flowable]:
    risks = _risk_rows(record)
    col = {c.key: c for c in DPIA.field("risks").fields}
    out: list[Flowable] = [Heading(t("reports", "4. Risks to the rights and freedoms of the people concerned — "
                                                "Art. 35(7)(c)"), 0, key="c")]
    if not risks:
        return [*out, para(t("reports", "No risk is recorded."), STYLES.body)]
    rows, fills = [], []
    for i, r in enumerate(risks, 1):
        rows.append([str(i), r.get("source") or "", r.get("impact") or "", str(r.get("likelihood") or ""),
                     str(r.get("severity") or ""), report_text(col["level"], r.get("level"), src.tz)])
        if r.get("level") in LEVEL_FILL:
            fills.append((5, i - 1, LEVEL_FILL[r["level"]]))
    out.append(grid(["#", spec(col["source"].label), spec(col["impact"].label), t("reports", "Likelihood"),
                     t("reports", "Severity"), spec(col["level"].label)],
                    rows, scaled([0.4, 3.2, 3.2, 1.1, 1, 1], width), fills))
    out.append(Paragraph(t("reports", "Likelihood: 1 remote, 2 possible, 3 likely, 4 almost certain. Severity: 1 "
                                      "minimal, 2 significant, 3 serious, 4 severe or permanent. Level: likelihood × "
                                      "severity, up to 3 low, 4–6 medium, 8 and above high."), STYLES.note))
    return out


def _measures(src: Source, record: dict[str, Any], width: float) -> list[Flowable]:
    risks = _risk_rows(record)
    col = {c.key: c for c in DPIA.field("risks").fields}
    out: list[Flowable] = [Heading(t("reports", "5. Measures to address the risks — Art. 35(7)(d)"), 0, key="d")]
    if not risks:
        return [*out, para(t("reports", "No measure is recorded."), STYLES.body)]
    rows, fills = [], []
    for i, r in enumerate(risks, 1):
        level = r.get("residual_level") or r.get("level")
        rows.append([str(i), r.get("source") or "", r.get("measures") or t("reports", "No measure recorded."),
                     str(r.get("residual_likelihood") or ""), str(r.get("residual_severity") or ""),
                     report_text(col["residual_level"], level, src.tz)])
        if level in LEVEL_FILL:
            fills.append((5, i - 1, LEVEL_FILL[level]))
    out.append(grid(["#", spec(col["source"].label), spec(col["measures"].label), t("reports", "Likelihood after"),
                     t("reports", "Severity after"), spec(col["residual_level"].label)], rows,
                    scaled([0.4, 2.6, 3.8, 1.1, 1, 1.1], width), fills))
    residual = t("reports", "<b>{label}:</b> {value}").format(
        label=esc(_label("residual_risk")), value=esc(src.text(DPIA, record, "residual_risk") or not_recorded()))
    out += [Spacer(1, 6), Heading(t("reports", "Risk matrix before and after the measures"), 1, key="matrix"),
            risk_matrices(risks), Paragraph(residual, STYLES.body)]
    return out


def _section(src: Source, record: dict[str, Any], title: str, key: str, keys: tuple[str, ...],
             width: float) -> list[Flowable]:
    rows = [[label_cell(_label(k), DPIA.field(k).article), value_cell(src, DPIA, record, k, not_recorded())]
            for k in keys]
    return [Heading(title, 0, key=key), *kv_table(rows, width)]


def _consultation(src: Source, record: dict[str, Any], width: float) -> list[Flowable]:
    keys = tuple(f.key for f in DPIA.fields if f.section == "Prior consultation (Art. 36)")
    needed = record.get("residual_risk") == "high" or record.get("outcome") == "consult_authority"
    if needed or any(record.get(k) for k in keys):
        [record] = counted_now("dpia", [record], src.context)  # the answer date as the note below counts it
        out = _section(src, record, t("reports", "8. Prior consultation of the supervisory authority — Art. 36"),
                       "art36", keys, width)
        if record.get("consultation_answer_due"):
            out.append(Paragraph(esc(t("reports", "The answer due date is 8 weeks (14 if extended) after sending, "
                                                  "{calendar} (Art. 36(2)).").format(
                calendar=src.moved_past)), STYLES.body))
        if needed and not record.get("consultation_sent_on"):
            out.append(Paragraph(t("reports", "The residual risk is high: the processing may not start before the "
                                              "authority has been consulted (Art. 36(1))."), STYLES.body))
        return out
    return [Heading(t("reports", "8. Prior consultation of the supervisory authority — Art. 36"), 0, key="art36"),
            para(t("reports", "Not required: the risk remaining after the measures is not high (Art. 36(1))."),
                 STYLES.body)]


def build(src: Source, record_id: int | None = None) -> Document:
    assert record_id is not None  # reports.build_report insists on it
    width = frame_width(False)
    record = src.get("dpia", record_id)
    activity = src.get("activity", record["activity"]) if record.get("activity") else None
    facts = [(_label(k), src.text(DPIA, record, k) or not_recorded())
             for k in ("title", "activity", "status", "outcome", "residual_risk", "signed_off_by", "signed_off_on")]
    subtitle = t("reports", "{title} — Article 35 GDPR").format(title=record.get("title"))
    story: list[Flowable] = title_block(src, title(), subtitle, width, facts)
    story += _screening(src, record, width)
    story += _description(src, record, activity, width)
    story += [Heading(t("reports", "3. Necessity and proportionality — Art. 35(7)(b)"), 0, key="b"),
              _text(src, record, "necessity")]
    story += _risks(src, record, width)
    story += _measures(src, record, width)
    story += _section(src, record, t("reports", "6. Advice and views — Art. 35(2) and 35(9)"), "advice",
                      ("advice", "advice_by", "subject_views"), width)
    story += _section(src, record, t("reports", "7. Outcome, sign-off and review — Art. 35(11)"), "outcome",
                      ("outcome", "signed_off_by", "signed_off_on", "last_reviewed", "next_review"), width)
    story += _consultation(src, record, width)
    subject = t("reports", "DPIA (Art. 35 GDPR): {title}").format(title=record.get("title"))
    return Document(title(), subject, src.org.get("name") or "", src.generated,
                    (src.anchor.count, src.anchor.head), story, keywords=["GDPR", "Art. 35", "DPIA"])

