"""Closes an annual review and makes its pack: one zip with the signed review, the register and the Art. 30 record.

The pack holds three files and a manifest of their SHA-256 hashes in the ``sha256sum``
format, so anyone can check it with ``sha256sum -c MANIFEST.sha256`` after unzipping:

- ``annual-data-protection-review.pdf``: the signed "Annual data protection review";
- ``record-of-processing-activities.pdf``: the signed Art. 30 record as it stood at the close;
- ``register.xlsx``: the full spreadsheet export.

Everything is built in memory inside the close's transaction (``Reviews.close``), so the
files describe exactly the state the review closed on, and the pack is kept in the register
(encrypted) to be saved again later. Only ``write_pack`` puts it on disk, at the user's request.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import zipfile
from pathlib import Path
from typing import Any

from ..core import clocks
from ..core import review as rv
from ..core.bulk import without_cycle_collection
from ..core.i18n import t
from ..storage.reviews import Reviews
from . import report_review
from .output import write_export
from .pdf_base import Progress
from .reports import report_bytes, signed_document, target_path
from .xlsx_export import build_workbook

REVIEW_PDF = "annual-data-protection-review.pdf"
ROPA_PDF = "record-of-processing-activities.pdf"
WORKBOOK = "register.xlsx"
MANIFEST = "MANIFEST.sha256"
PACK_FILES = (REVIEW_PDF, ROPA_PDF, WORKBOOK)


def review_data(reviews: Reviews, review: rv.Review, now: dt.datetime | None = None) -> report_review.ReviewData:
    previous = reviews.get(review.previous_id) if review.previous_id else reviews.last_closed(before=review.id)
    return report_review.ReviewData(review, reviews.items(review.id), reviews.figures(review, now),
                                    reviews.changes(review), previous)


def pack_name(org: str, review: rv.Review) -> str:
    """A file name for the pack: the organisation and the review, with nothing a file system refuses."""
    name = f"{org} - {review.title}" if org else review.title
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", name).strip(" .") or "review"
    return f"{' '.join(safe.split())}.zip"


def _manifest(files: dict[str, bytes], review: rv.Review, org: str, anchor: str) -> bytes:
    # The comment lines in the user's language; the hash lines are sha256sum's format, never translated.
    closed = (t("reports", "Closed {when} UTC by {person}; period {period}").format(
        when=f"{review.closed_at:%Y-%m-%d %H:%M}", person=review.closed_by, period=review.period.shown())
        if review.closed_at else review.title)
    lines = ["# " + t("reports", "Atlas Desktop review pack: {review}, {organisation}").format(review=review.title,
                                                                                              organisation=org),
             f"# {closed}",
             "# " + t("reports", "Audit trail when the pack was made: {anchor}").format(anchor=anchor),
             "# " + t("reports", "Check with: {command}").format(command=f"sha256sum -c {MANIFEST}")]
    lines += [f"{hashlib.sha256(data).hexdigest()}  {name}" for name, data in files.items()]
    return ("\n".join(lines) + "\n").encode("utf-8")


def build_pack(records: Any, review: rv.Review, *, now: dt.datetime | None = None,
               progress: Progress | None = None) -> tuple[str, bytes]:
    """The pack's file name and bytes, for a review whose close is being written (``Reviews.close``)."""
    now = clocks.ensure_aware(now, "now") if now is not None else dt.datetime.now(dt.UTC)
    data = review_data(Reviews(records), review, now)
    say = progress or (lambda done, total, text: None)
    say(0, 3, "Writing the review")
    with without_cycle_collection():  # see core.bulk
        review_pdf = signed_document(records, lambda src: report_review.build(src, data), now=now)
        say(1, 3, "Writing the record of processing activities")
        ropa_pdf = report_bytes(records, "ropa", now=now)
        say(2, 3, "Writing the spreadsheet")
        workbook = build_workbook(records, now=now)
    files = {REVIEW_PDF: review_pdf, ROPA_PDF: ropa_pdf, WORKBOOK: workbook}
    org = records.organisation().get("name") or ""
    head = records.reg.audit.head()
    buffer = io.BytesIO()
    stamp = now.astimezone(dt.UTC).timetuple()[:6]
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in [*files.items(), (MANIFEST, _manifest(files, review, org, f"{head.count}:{head.head}"))]:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16  # personal data: readable by its owner only once unzipped
            archive.writestr(info, content)
    say(3, 3, "Done")
    return pack_name(org, review), buffer.getvalue()


def close_review(records: Any, *, now: dt.datetime | None = None, progress: Progress | None = None) -> rv.Review:
    """Close the review in progress and keep its pack in the register; nothing changes if any step fails."""
    return Reviews(records).close(lambda review: build_pack(records, review, now=now, progress=progress), now)


def write_pack(records: Any, review_id: int, out: Path) -> Path:
    """Write a closed review's pack (as made at its close) to ``out``, atomically."""
    out = target_path(out, records.reg, "pack", "review.zip")
    _name, data = Reviews(records).pack(review_id)
    write_export(out, data)
    return out


def check_pack(data: bytes) -> list[str]:
    """Problems with a pack's contents against its manifest; [] when every file is there and matches."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        return [t("reports", "This is not a zip file.")]
    with archive:
        names = set(archive.namelist())
        if MANIFEST not in names:
            return [t("reports", "The pack has no {file}.").format(file=MANIFEST)]
        listed = {}
        for line in archive.read(MANIFEST).decode("utf-8").splitlines():
            if line and not line.startswith("#"):
                digest, _, name = line.partition("  ")
                listed[name] = digest
        problems = [t("reports", "{file} is missing from the pack.").format(file=name)
                    for name in PACK_FILES if name not in names]
        problems += [t("reports", "{file} is not in the manifest.").format(file=name)
                     for name in PACK_FILES if name not in listed]
        problems += [t("reports", "{file} does not match its hash in the manifest.").format(file=name)
                     for name, digest in listed.items()
                     if name in names and hashlib.sha256(archive.read(name)).hexdigest() != digest]
    return problems
