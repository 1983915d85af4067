"""Processors: each contract (DPA) against the Art. 28(3) checklist, its sub-processors and its transfers."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, Paragraph, Spacer

from ..core.countries import EEA, needs_transfer_mechanism
from ..core.entities import BY_KEY
from ..core.i18n import cite, spec, t
from ..core.vocab import ART28_CLAUSE
from .pdf_base import Document, Heading
from .pdf_blocks import (
    Source,
    esc,
    field_rows,
    frame_width,
    grid,
    kv_table,
    para,
    scaled,
    table_grid,
    title_block,
)
from .pdf_style import LEVEL_FILL, STYLES

PROCESSOR = BY_KEY["processor"]
TITLE = "Processors and their contracts"  # the English; a report prints title()
# Shown as their own tables below the processor's facts.
OWN_TABLES = ("art28_clauses", "subprocessors", "subprocessor_changes")


def title() -> str:
    return t("reports", "Processors and their contracts")


def _transfer_note(src: Source, p: dict[str, Any]) -> str:
    country = p.get("country")
    if not country:
        return t("reports", "Where it processes the data is not recorded.")
    name = src.text(PROCESSOR, p, "country")
    if country in EEA:
        return t("reports", "Processes the data in {country}, inside the EEA: no transfer under Chapter V.").format(
            country=name)
    if not needs_transfer_mechanism(country):
        return t("reports", "Processes the data in {country}, covered by an adequacy decision (Art. 45).").format(
            country=name)
    mechanism = src.text(PROCESSOR, p, "transfer_mechanism")
    if mechanism:
        return t("reports", "Processes the data in {country}, outside the EEA; the transfer relies on: "
                            "{mechanism}.").format(country=name, mechanism=mechanism)
    return t("reports", "Processes the data in {country}, outside the EEA, and no transfer mechanism is recorded "
                        "(Art. 44–49).").format(country=name)


def _checklist(p: dict[str, Any], width: float) -> Any:
    present = set(p.get("art28_clauses") or [])
    rows = [[cite(term.article), spec(term.label),
             t("reports", "In the contract") if term.code in present else t("reports", "Missing")]
            for term in ART28_CLAUSE.terms]
    fills = [(2, i, LEVEL_FILL["low" if term.code in present else "high"])
             for i, term in enumerate(ART28_CLAUSE.terms)]
    return grid([t("reports", "Article"), t("reports", "The processor…"), t("reports", "DPA")], rows,
                scaled([1, 5, 1.2], width), fills)


def _section(src: Source, p: dict[str, Any], number: int, width: float) -> list[Flowable]:
    keys = [f.key for f in PROCESSOR.fields if f.key not in OWN_TABLES and f.key != "name"]
    clauses = t("reports", "<b>Art. 28(3) checklist</b> — {count} of 8 clauses in the contract").format(
        count=len(set(p.get("art28_clauses") or [])))
    out: list[Flowable] = [
        Heading(f"{number}. {esc(p.get('name') or '')}", 1, key=f"processor-{p['id']}", toc=f"{number}. {p.get('name')}"),
        *kv_table(field_rows(src, PROCESSOR, p, keys, skip_empty=True), width),
        Paragraph(esc(_transfer_note(src, p)), STYLES.note),
        Paragraph(clauses, STYLES.h3),
        _checklist(p, width)]
    for key in ("subprocessors", "subprocessor_changes"):
        f = PROCESSOR.field(key)
        out.append(Paragraph(f"<b>{esc(spec(f.label))}</b> ({esc(cite(f.article))})", STYLES.h3))
        rows = p.get(key) or []
        if rows:
            out.append(table_grid(src, f, rows, width))
        else:
            out.append(para(t("reports", "None recorded."), STYLES.body))
    return out


def build(src: Source, record_id: int | None = None) -> Document:
    width = frame_width(False)
    processors = src.list("processor", order_by="name")
    active = [p for p in processors if p.get("status") != "ended"]
    ended = [p for p in processors if p.get("status") == "ended"]
    story: list[Flowable] = title_block(src, title(), t("reports", "Processors, data processing agreements (Art. "
                                                                   "28(3)), sub-processors and transfers (Chapter V "
                                                                   "GDPR)"), width)
    overview = [[p.get("name") or "", src.text(PROCESSOR, p, "service"), src.text(PROCESSOR, p, "country"),
                 src.text(PROCESSOR, p, "dpa_signed_on") or t("reports", "No DPA recorded"),
                 t("reports", "{count} of 8").format(count=len(set(p.get("art28_clauses") or []))),
                 src.text(PROCESSOR, p, "next_review_due")]
                for p in processors]
    fills = [(4, i, LEVEL_FILL["low" if len(set(p.get("art28_clauses") or [])) == 8 else "high"])
             for i, p in enumerate(processors)]
    label = {k: spec(PROCESSOR.field(k).label) for k in ("name", "service", "country", "dpa_signed_on",
                                                          "next_review_due")}
    story += [Heading(t("reports", "Overview"), 0, key="overview"),
              grid([label["name"], label["service"], label["country"], label["dpa_signed_on"],
                    t("reports", "Art. 28(3) clauses"), label["next_review_due"]],
                   overview, scaled([2, 2.4, 1.1, 1.1, 0.9, 1.1], width), fills)
              if overview else para(t("reports", "No processor is recorded."), STYLES.body)]
    for heading, key, group in ((t("reports", "Current processors"), "current", active),
                                (t("reports", "Ended contracts"), "ended", ended)):
        if group:
            story.append(Heading(heading, 0, key=key))
            for n, p in enumerate(group, 1):
                story += [*_section(src, p, n, width), Spacer(1, 4)]
    return Document(title(), t("reports", "Processors and DPAs (Art. 28 GDPR)"), src.org.get("name") or "",
                    src.generated,
                    (src.anchor.count, src.anchor.head), story, keywords=["GDPR", "Art. 28", "processors"])
