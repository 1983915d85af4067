"""Processors: each contract (DPA) against the Art. 28(3) checklist, its sub-processors and its transfers."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, Paragraph, Spacer

from ..core.countries import EEA, needs_transfer_mechanism
from ..core.entities import BY_KEY
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
TITLE = "Processors and their contracts"
# Shown as their own tables below the processor's facts.
OWN_TABLES = ("art28_clauses", "subprocessors", "subprocessor_changes")


def _transfer_note(src: Source, p: dict[str, Any]) -> str:
    country = p.get("country")
    if not country:
        return "Where it processes the data is not recorded."
    name = src.text(PROCESSOR, p, "country")
    if country in EEA:
        return f"Processes the data in {name}, inside the EEA: no transfer under Chapter V."
    if not needs_transfer_mechanism(country):
        return f"Processes the data in {name}, covered by an adequacy decision (Art. 45)."
    mechanism = src.text(PROCESSOR, p, "transfer_mechanism")
    if mechanism:
        return f"Processes the data in {name}, outside the EEA; the transfer relies on: {mechanism}."
    return f"Processes the data in {name}, outside the EEA, and no transfer mechanism is recorded (Art. 44–49)."


def _checklist(p: dict[str, Any], width: float) -> Any:
    present = set(p.get("art28_clauses") or [])
    rows = [[t.article, t.label, "In the contract" if t.code in present else "Missing"] for t in ART28_CLAUSE.terms]
    fills = [(2, i, LEVEL_FILL["low" if t.code in present else "high"]) for i, t in enumerate(ART28_CLAUSE.terms)]
    return grid(["Article", "The processor…", "DPA"], rows, scaled([1, 5, 1.2], width), fills)


def _section(src: Source, p: dict[str, Any], number: int, width: float) -> list[Flowable]:
    keys = [f.key for f in PROCESSOR.fields if f.key not in OWN_TABLES and f.key != "name"]
    out: list[Flowable] = [
        Heading(f"{number}. {esc(p.get('name') or '')}", 1, key=f"processor-{p['id']}", toc=f"{number}. {p.get('name')}"),
        *kv_table(field_rows(src, PROCESSOR, p, keys, skip_empty=True), width),
        Paragraph(esc(_transfer_note(src, p)), STYLES.note),
        Paragraph(f"<b>Art. 28(3) checklist</b> — {len(set(p.get('art28_clauses') or []))} of 8 clauses in the "
                  "contract", STYLES.h3),
        _checklist(p, width)]
    for key in ("subprocessors", "subprocessor_changes"):
        f = PROCESSOR.field(key)
        out.append(Paragraph(f"<b>{esc(f.label)}</b> ({esc(f.article)})", STYLES.h3))
        rows = p.get(key) or []
        if rows:
            out.append(table_grid(src, f, rows, width))
        else:
            out.append(para("None recorded.", STYLES.body))
    return out


def build(src: Source, record_id: int | None = None) -> Document:
    width = frame_width(False)
    processors = src.list("processor", order_by="name")
    active = [p for p in processors if p.get("status") != "ended"]
    ended = [p for p in processors if p.get("status") == "ended"]
    story: list[Flowable] = title_block(src, TITLE, "Processors, data processing agreements (Art. 28(3)), "
                                        "sub-processors and transfers (Chapter V GDPR)", width)
    overview = [[p.get("name") or "", src.text(PROCESSOR, p, "service"), src.text(PROCESSOR, p, "country"),
                 src.text(PROCESSOR, p, "dpa_signed_on") or "No DPA recorded",
                 f"{len(set(p.get('art28_clauses') or []))} of 8", src.text(PROCESSOR, p, "next_review_due")]
                for p in processors]
    fills = [(4, i, LEVEL_FILL["low" if len(set(p.get("art28_clauses") or [])) == 8 else "high"])
             for i, p in enumerate(processors)]
    story += [Heading("Overview", 0, key="overview"),
              grid([PROCESSOR.field("name").label, PROCESSOR.field("service").label, PROCESSOR.field("country").label,
                    PROCESSOR.field("dpa_signed_on").label, "Art. 28(3) clauses", PROCESSOR.field("next_review_due").label],
                   overview, scaled([2, 2.4, 1.1, 1.1, 0.9, 1.1], width), fills)
              if overview else para("No processor is recorded.", STYLES.body)]
    for title, key, group in (("Current processors", "current", active), ("Ended contracts", "ended", ended)):
        if group:
            story.append(Heading(title, 0, key=key))
            for n, p in enumerate(group, 1):
                story += [*_section(src, p, n, width), Spacer(1, 4)]
    return Document(TITLE, "Processors and DPAs (Art. 28 GDPR)", src.org.get("name") or "", src.generated,
                    (src.anchor.count, src.anchor.head), story, keywords=["GDPR", "Art. 28", "processors"])
