"""The Art. 34 part of a breach report: a plain-language draft to the people affected, or the exemption relied on.

Art. 34(2) asks for clear and plain language and at least the contact point, the likely
consequences and the measures (Art. 33(3)(b)–(d)); the draft is made from exactly those
fields of the breach record, so what the people are told matches what the authority is told.
The letter is in the user's language (context "reports"), its dates the language's own.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..core.entities import BY_KEY
from ..core.i18n import spec, t
from .pdf_base import Heading
from .pdf_blocks import Source, esc, field_rows, kv_table, label_cell, para
from .pdf_style import ACCENT, FONT, LABEL_FILL, STYLES

BREACH = BY_KEY["breach"]


def _sentence(text: str | None, fallback: str) -> str:
    text = " ".join((text or "").split())
    if not text:
        return fallback
    return text if text.endswith((".", "!", "?")) else text + "."


def _letter(src: Source, record: dict[str, Any]) -> list[Paragraph]:
    org = src.org
    name = org.get("name") or t("reports", "our organisation")
    data = src.text(BREACH, record, "data_categories")
    when = src.day(src.local_date(record["occurred_from"])) if record.get("occurred_from") else None
    found = src.day(src.local_date(record["aware_at"])) if record.get("aware_at") else None
    contact = record.get("contact_point") or "; ".join(
        x for x in (org.get("dpo_name") or org.get("responsible_name"), org.get("email"), org.get("phone")) if x)
    signer = org.get("dpo_name") or org.get("responsible_name") or ""
    authority = org.get("authority_name") or t("reports", "the data protection supervisory authority")
    timing = ""
    if when or found:
        timing = " " + " ".join(x for x in (t("reports", "It happened on {date}.").format(date=when) if when else "",
                                            t("reports", "We became aware of it on {date}.").format(date=found)
                                            if found else "") if x)
    done = " ".join(_sentence(record.get(k), "") for k in ("containment", "measures")).strip()
    parts = [
        ("", t("reports", "Dear [name],")),
        ("", t("reports", "We are writing to tell you about an incident at {organisation} that involves your personal "
                          "information, and what we are doing about it.").format(organisation=name)),
        (t("reports", "What happened"),
         _sentence(record.get("description"), t("reports", "We are still establishing what happened.")) + timing),
        (t("reports", "What information was involved"),
         _sentence(data, t("reports", "We are still establishing which information was involved."))),
        (t("reports", "What this could mean for you"),
         _sentence(record.get("consequences"), t("reports", "We are still assessing the possible consequences for "
                                                            "you."))),
        (t("reports", "What we have done"),
         done or t("reports", "We have taken steps to contain the incident and are reviewing how to prevent it "
                              "happening again.")),
        (t("reports", "What you can do"),
         t("reports", "Be careful with unexpected e-mails, calls or messages that mention this incident or ask for "
                      "personal details, passwords or payments, and tell us if you notice anything unusual. You may "
                      "also want to change passwords you used with us.")),
        (t("reports", "Who to contact"),
         _sentence(contact, t("reports", "Contact us using the details on our website.")) + " "
         + t("reports", "You also have the right to complain to {authority}.").format(authority=authority)),
        ("", t("reports", "Yours sincerely,")),
        ("", ", ".join(x for x in (signer, name) if x)),
    ]
    subject = t("reports", "Subject: {subject}").format(
        subject=t("reports", "A personal data breach that affects your information"))
    out = [Paragraph(f"<b>{esc(subject)}</b>", STYLES.letter)]
    for heading, text in parts:
        lead = t("reports", "<b>{heading}.</b> ").format(heading=esc(heading)) if heading else ""
        out.append(Paragraph(lead + esc(text), STYLES.letter))
    return out


def _boxed(flowables: list[Paragraph], width: float) -> Table:
    table = Table([[flowables]], colWidths=[width], splitInRow=1)
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, ACCENT), ("FONTNAME", (0, 0), (-1, -1), FONT), ("BACKGROUND", (0, 0), (-1, -1), LABEL_FILL),
                               ("LEFTPADDING", (0, 0), (-1, -1), 14), ("RIGHTPADDING", (0, 0), (-1, -1), 14),
                               ("TOPPADDING", (0, 0), (-1, -1), 10), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return table


def _public(src: Source, record: dict[str, Any], width: float) -> list[Flowable]:
    """Art. 34(3)(c): the public communication replaces the individual notices; it does not remove the duty."""
    rows: list[Any] = [t("reports", "Public communication instead — Art. 34(3)(c)"),
                       *field_rows(src, BREACH, record, ("public_communication_at", "public_communication_channel"),
                                   skip_empty=True)]
    if not record.get("public_communication_at"):
        rows.append([label_cell(spec(BREACH.field("public_communication_at").label), "Art. 34(3)(c)"),
                     para(t("reports", "Not made yet: the public communication is still due. It replaces the "
                                       "individual notices; it does not remove the duty to inform the people "
                                       "affected."))])
    return [Spacer(1, 4), KeepTogether(kv_table(rows, width))]


def communication(src: Source, record: dict[str, Any], width: float) -> list[Flowable]:
    """Part 5: the draft when the risk is high (or people were told), and any exemption with its reasons."""
    out: list[Flowable] = [Heading(t("reports", "5. Communication to the people affected — Art. 34"), 0, key="art34")]
    if (record.get("our_role") or "controller") == "processor":
        client = record.get("controller_name") or t("reports", "the client")
        return [*out, para(t("reports", "The data is {client}'s: as the controller, {client} decides whether and how "
                                        "to tell the people affected (Art. 34). We give them what they need to do it "
                                        "(Art. 28(3)(f)).").format(client=client), STYLES.body)]
    high = record.get("risk") == "high"
    exemption = record.get("art34_exemption")
    told = field_rows(src, BREACH, record, ("subjects_notified_at", "subjects_notice_method"), skip_empty=True)
    if high or told:
        status = (t("reports", "The people affected were told as recorded below.") if told else
                  t("reports", "The risk is high: the people affected must be told without undue delay (Art. 34(1)), "
                               "unless an exemption of Art. 34(3) applies."))
        out += [Paragraph(esc(status), STYLES.body), *kv_table(told, width)] if told else \
            [Paragraph(esc(status), STYLES.body)]
        out += [Spacer(1, 4), Heading(t("reports", "Draft communication in plain language — Art. 34(2)"), 1,
                                      key="draft"),
                Paragraph(t("reports", "Made from the breach record above; check it and fill in the name before "
                                       "sending. With the exemption of Art. 34(3)(c), the same text serves as the "
                                       "public communication."), STYLES.note),
                _boxed(_letter(src, record), width)]
    if exemption:
        rows = [t("reports", "Exemption relied on — Art. 34(3)"),
                *field_rows(src, BREACH, record, ("art34_exemption", "art34_notes"), skip_empty=True)]
        out += [Spacer(1, 6), KeepTogether(kv_table(rows, width))]
        if exemption == "disproportionate":
            out += _public(src, record, width)
    elif not high and not told:
        level = src.text(BREACH, record, "risk") or t("reports", "not assessed yet")
        out.append(para(t("reports", "Not required: the risk to the people affected is not assessed as high "
                                     "({level}), so Art. 34(1) does not apply.").format(level=level), STYLES.body))
        if record.get("art34_notes"):
            out += kv_table(field_rows(src, BREACH, record, ("art34_notes",)), width)
    return out
