"""The Art. 30 record of processing activities: one section per activity, then the Art. 30(2) part.

The order of each section is the regulation's, letter by letter (30(1)(a)–(g), 30(2)(a)–(d));
every field the declaration holds beyond those follows under "Further information", so a
field added to the activity appears here without touching this module.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from ..core.entities import BY_KEY
from ..core.i18n import spec, t, tn
from .pdf_base import Document, Heading
from .pdf_blocks import (
    Source,
    esc,
    field_rows,
    frame_width,
    kv_table,
    label_cell,
    para,
    title_block,
)
from .pdf_style import STYLES

ACTIVITY = BY_KEY["activity"]
TITLE = "Record of processing activities"  # the English; a report prints title()

Parts = tuple[tuple[str, tuple[str, ...]], ...]


def title() -> str:
    return t("reports", "Record of processing activities")


def controller_part() -> Parts:
    """Art. 30(1): the letters in the regulation's order, and the fields that answer each (in the user's
    language, so made when a report is)."""
    return (
        (t("reports", "Art. 30(1)(a) — Controller and joint controllers"), ("role", "joint_controllers")),
        (t("reports", "Art. 30(1)(b) — Purposes of the processing"),
         ("purposes", "legitimate_interest", "lia_reference")),
        (t("reports", "Art. 30(1)(c) — Categories of data subjects and of personal data"),
         ("subject_categories", "data_categories", "special_categories", "art9_conditions", "criminal_data",
          "criminal_data_authority")),
        (t("reports", "Art. 30(1)(d) — Categories of recipients"),
         ("recipients_internal", "recipients_external", "processors")),
        (t("reports", "Art. 30(1)(e) — Transfers to third countries or international organisations"), ("transfers",)),
        (t("reports", "Art. 30(1)(f) — Time limits for erasure"), ("retention",)),
        (t("reports", "Art. 30(1)(g) — Technical and organisational security measures (Art. 32(1))"),
         ("security_measures", "security_notes")),
    )


def processor_part() -> Parts:
    """Art. 30(2)(a) names the controllers served; (b) what is done for each of them."""
    return (
        (t("reports", "Art. 30(2)(a)–(b) — Controllers we act for, and the processing carried out for each"),
         ("controllers_served",)),
        (t("reports", "Art. 30(2)(c) — Transfers to third countries or international organisations"), ("transfers",)),
        (t("reports", "Art. 30(2)(d) — Technical and organisational security measures (Art. 32(1))"),
         ("security_measures", "security_notes")),
    )
# Shown in the heading line instead of the table.
HEADLINE = ("name", "status", "business_function", "owner", "description")


def _shown(parts: Parts) -> set[str]:
    return {key for _, keys in parts for key in keys} | set(HEADLINE)


def _further(src: Source, record: dict[str, Any], shown: set[str]) -> list[Any]:
    keys = [f.key for f in ACTIVITY.fields if f.key not in shown]
    rows = field_rows(src, ACTIVITY, record, keys, skip_empty=True)
    return [t("reports", "Further information (ICO template and Art. 35 screening)"), *rows] if rows else []


def _section(src: Source, record: dict[str, Any], number: str, parts: Parts, width: float,
             level: int) -> list[Flowable]:
    name = src.text(ACTIVITY, record, "name")
    facts = [f"<b>{esc(spec(ACTIVITY.field(k).label))}:</b> {esc(src.text(ACTIVITY, record, k))}"
             for k in ("status", "business_function", "owner") if record.get(k)]
    rows: list[Any] = []
    for heading, keys in parts:
        rows.append(heading)
        # Rows left empty are left out, but a letter with nothing recorded says so: that is a gap.
        rows += field_rows(src, ACTIVITY, record, keys, skip_empty=True) or [
            [label_cell(spec(ACTIVITY.field(keys[0]).label), ACTIVITY.field(keys[0]).article),
             para(t("reports", "None recorded."))]]
    rows += _further(src, record, _shown(parts))
    out: list[Flowable] = [Heading(f"{number} {esc(name)}", level, key=f"activity-{record['id']}",
                                   toc=f"{number} {name}"),
                           Paragraph(" · ".join(facts), STYLES.note)]
    if record.get("description"):
        out.append(Paragraph(esc(record["description"]), STYLES.body))
    out += kv_table(rows, width, 68 * mm)
    return out


def _processor_identity(src: Source, width: float) -> list[Flowable]:
    org = BY_KEY["organisation"]
    keys = ("name", "address", "email", "phone", "representative", "representative_contact", "dpo_name",
            "dpo_contact", "responsible_name", "responsible_contact")
    rows: list[Any] = [t("reports", "Art. 30(2)(a) — The processor (this organisation), its representative and DPO")]
    rows += field_rows(src, org, src.org, keys, skip_empty=True)
    return [*kv_table(rows, width, 68 * mm), Spacer(1, 6)]


def build(src: Source, record_id: int | None = None) -> Document:
    width = frame_width(True)
    activities = src.list("activity")
    current = [a for a in activities if a.get("status") != "retired"]
    retired = [a for a in activities if a.get("status") == "retired"]
    as_controller = [a for a in current if a.get("role") != "processor"]
    as_processor = [a for a in current if a.get("role") == "processor"]
    # A plural message on the first count, the one whose noun the sentence names.
    summary = tn("reports", "%n current processing activit(y|ies): {controller} as controller or joint "
                            "controller, {processor} as processor for clients; {retired} retired.",
                 len(current)).format(controller=len(as_controller), processor=len(as_processor), retired=len(retired))
    story: list[Flowable] = title_block(
        src, title(), t("reports", "Records of processing activities under Article 30 of the GDPR"), width,
        ((t("reports", "Scope"), summary),
         (t("reports", "Made available to"), t("reports", "The supervisory authority on request (Art. 30(4))"))))
    story.append(Heading(t("reports", "Part 1 — Processing as controller (Art. 30(1))"), 0, key="part1"))
    story.append(Paragraph(esc(t("reports", "The controller's name and contact details, its representative and its "
                                            "data protection contact (Art. 30(1)(a)) are given on the first page.")),
                           STYLES.note))
    for n, record in enumerate(as_controller, 1):
        story += _section(src, record, f"1.{n}", controller_part(), width, 1)
    if not as_controller:
        story.append(para(t("reports", "No processing as controller is recorded."), STYLES.body))
    story.append(Heading(t("reports", "Part 2 — Processing on behalf of other controllers (Art. 30(2))"), 0,
                         key="part2"))
    if as_processor:
        story += _processor_identity(src, width)
        for n, record in enumerate(as_processor, 1):
            story += _section(src, record, f"2.{n}", processor_part(), width, 1)
    else:
        story.append(para(t("reports", "The organisation does not process personal data on behalf of other "
                                       "controllers, so it keeps no Art. 30(2) record."), STYLES.body))
    if retired:
        story.append(Heading(t("reports", "Retired activities (kept for the history)"), 0, key="retired"))
        rows: list[Any] = []
        for record in retired:
            rows.append([label_cell(src.text(ACTIVITY, record, "name")),
                         para(" · ".join(x for x in (src.text(ACTIVITY, record, "business_function"),
                                                     src.text(ACTIVITY, record, "description")) if x))])
        story += kv_table(rows, width, 68 * mm)
    return Document(title(), t("reports", "Art. 30 GDPR record of processing activities"), src.org.get("name") or "",
                    src.generated,
                    (src.anchor.count, src.anchor.head), story, landscape=True,
                    keywords=["GDPR", "Art. 30", "record of processing"])
