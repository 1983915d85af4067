"""Builds any report by name, signs it and writes it: the one entry point of the CLI and the GUI.

Every report reads the register once (after making sure it has a signing certificate, so
that the audit anchor printed in the report is the register's final state), is laid out
by ``pdf_base``, signed by ``signing`` and written atomically: a half-written or unsigned
report never appears under the chosen name.

A report is written in the language of the process (``core.i18n.use_language``): its own words, the
specs' labels and terms, and the dates of its running text. The signature's machine-read reason
(``signing.anchor_reason``) keeps its fixed form so that ``atlas verify`` can read the anchor back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core import clocks, i18n
from ..core.bulk import without_cycle_collection
from ..core.entities import BY_KEY
from ..core.errors import UsageError
from ..core.i18n import in_sentence, t
from ..storage.certificate import ensure_certificate
from ..storage.identity import UNNAMED
from ..storage.register import register_files
from . import (
    report_breach,
    report_breach_forms,
    report_dpia,
    report_processors,
    report_registers,
    report_ropa,
)
from .output import write_export
from .pdf_base import Document, Progress, SignatureInfo, render
from .pdf_blocks import Source, country
from .signing import anchor_reason, sign_pdf


@dataclass(frozen=True)
class ReportKind:
    key: str                 # as typed: `atlas report KEY`
    label: str               # as shown in a menu
    entity: str | None       # the register one record of which the report is about, or None
    build: Callable[[Source, int | None], Document]


REPORT_KINDS: dict[str, ReportKind] = {k.key: k for k in (
    ReportKind("ropa", "Record of processing activities (Art. 30)", None, report_ropa.build),
    ReportKind("dpia", "DPIA (Art. 35)", "dpia", report_dpia.build),
    ReportKind("breach", "Breach notification pack (Art. 33–34)", "breach", report_breach.build),
    # The same breach in the regulators' own forms and languages (exports/breach_forms.py cites them).
    ReportKind("breach-anspdcp", "Breach notification: ANSPDCP form (Romania, Art. 33)", "breach",
               report_breach_forms.build_anspdcp),
    ReportKind("breach-cnil", "Breach notification: CNIL form (France, Art. 33)", "breach",
               report_breach_forms.build_cnil),
    ReportKind("breach-register", "Breach register (Art. 33(5))", None, report_registers.build_breaches),
    ReportKind("processors", "Processors and DPAs (Art. 28)", None, report_processors.build),
    ReportKind("training", "Staff training (Art. 32(4))", None, report_registers.build_training),
    ReportKind("rights-requests", "Rights requests (Art. 12–22)", None, report_registers.build_requests),
)}


def report_kind(kind: str) -> ReportKind:
    try:
        return REPORT_KINDS[kind]
    except KeyError:
        raise UsageError(t("reports", "There is no report called {kind}; use one of: {kinds}.").format(
            kind=repr(kind), kinds=", ".join(REPORT_KINDS))) from None


def target_path(out: Path, reg: Any, what: str = "report", example: str = "report.pdf") -> Path:
    """Where an export may be written: a file name in an existing folder, never one of the register's files."""
    out = Path(out).expanduser()
    pack = what == "pack"  # the review pack's; else a report's (whole sentences for each, as translated)
    if out.is_dir():
        raise UsageError((t("reports", "{path} is a folder; give the pack a file name, e.g. {example}.") if pack else
                          t("reports", "{path} is a folder; give the report a file name, e.g. {example}.")).format(
            path=out, example=out / example))
    if not out.parent.is_dir():
        raise UsageError(t("reports", "The folder {path} does not exist.").format(path=out.parent))
    if out.resolve() in {p.resolve() for p in register_files(reg.path)}:
        raise UsageError(t("reports", "That is the register's own file; choose another name for the pack.") if pack
                         else t("reports", "That is the register's own file; choose another name for the report."))
    return out


def build_report(records: Any, kind: str, out: Path, *, record_id: int | None = None,
                 now: dt.datetime | None = None, progress: Progress | None = None) -> Path:
    """Build the ``kind`` report from ``records`` (a storage ``Records``), sign it and write it to ``out``.

    ``progress(done, total, text)`` is told how far the layout is; it may raise to cancel,
    and then nothing is written."""
    spec = report_kind(kind)
    if spec.entity is not None:
        label = BY_KEY[spec.entity].label  # as declared in English; a word inside the sentence elsewhere
        if record_id is None:
            raise UsageError(t("reports", "The {kind} report is about one {record}: give its number with --id "
                               "({command} shows them).").format(
                kind=kind, record=label if i18n.language() == i18n.ENGLISH else in_sentence(i18n.spec(label)),
                command=f"'atlas list {spec.entity}'"))
        records.get(spec.entity, record_id)  # a plain "there is no …" before any work
    out = target_path(out, records.reg)
    write_export(out, report_bytes(records, kind, record_id=record_id, now=now, progress=progress))
    return out


def report_bytes(records: Any, kind: str, *, record_id: int | None = None, now: dt.datetime | None = None,
                 progress: Progress | None = None) -> bytes:
    """The signed PDF of the ``kind`` report, in memory (the review pack zips it without a plaintext file)."""
    spec = report_kind(kind)
    with without_cycle_collection():  # reportlab's flowables: see core.bulk
        return signed_document(records, lambda src: spec.build(src, record_id), now=now, progress=progress)


def made_by(reg: Any) -> str:
    """The person the register names as making this report; "" when nobody is named (no "Unnamed user"
    on a signed page: the organisation's signature stands on its own)."""
    actor = str(getattr(reg, "actor", "") or "").strip()
    return "" if actor in ("", UNNAMED) else actor


def signed_document(records: Any, build: Callable[[Source], Document], *, now: dt.datetime | None = None,
                    progress: Progress | None = None) -> bytes:
    """Lay out the document ``build`` makes from one read of the register, and sign it."""
    now = clocks.ensure_aware(now, "now") if now is not None else dt.datetime.now(dt.UTC)
    if progress is not None:
        progress(0, 0, "Reading the register")
    cert = ensure_certificate(records.reg)
    src = Source.read(records, now)
    document = build(src)
    reason = anchor_reason(document.title, src.anchor.count, src.anchor.head)
    document.keywords.append(f"audit-anchor {src.anchor.count}:{src.anchor.head}")
    signed_at = src.told(dt.datetime.now(dt.UTC))
    rendered = render(document, SignatureInfo(cert.subject, signed_at, document.title, cert.fingerprint,
                                              (src.anchor.count, src.anchor.head), made_by(records.reg)), progress)
    if progress is not None:
        progress(0, 0, "Signing")
    code = src.org.get("country")
    return sign_pdf(rendered.pdf, cert, page=rendered.signature_page, box=rendered.signature_box, reason=reason,
                    location=country(code) if code else None, contact=src.org.get("email"))
