"""The recovery sheet: one page with the recovery key, written as a PDF or sent to a printer.

The same document serves both, so what is printed is exactly what the PDF shows. The PDF is
written atomically with owner-only permissions: it holds a key to the register.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from ..storage.atomic import atomic_write_bytes


def tr(text: str) -> str:
    return QCoreApplication.translate("RecoverySheet", text)


def key_lines(key: str, per_line: int = 7) -> list[str]:
    """The key in lines of seven groups of four: easy to read aloud and to copy onto paper."""
    groups = key.split("-")
    return ["-".join(groups[i:i + per_line]) for i in range(0, len(groups), per_line)]


# -- the recovery sheet (PDF and paper) ----------------------------------------------------------
def recovery_document(org_name: str, register_path: Path, recovery_key: str,
                      when: dt.date | None = None) -> QTextDocument:
    """One page: what the key is for, whose register, which file, the key itself and the date."""
    when = when or dt.date.today()
    esc = html.escape
    doc = QTextDocument()
    font = QFont(doc.defaultFont())
    font.setFeature(QFont.Tag("liga"), 0)  # "office" stays six letters when copied out of the PDF
    font.setPointSizeF(11)  # paper: a fixed, readable size whatever the screen's font
    doc.setDefaultFont(font)
    doc.setHtml(f"""
        <h1>{esc(tr("Atlas Desktop recovery key"))}</h1>
        <p><b>{esc(tr("Organisation:"))}</b> {esc(org_name)}<br>
        <b>{esc(tr("Register file:"))}</b> {esc(Path(register_path).name)}<br>
        <b>{esc(tr("Created:"))}</b> {esc(when.isoformat())}</p>
        <p style="font-family: monospace; font-size: 15pt; font-weight: bold;">{"<br>".join(map(esc, key_lines(recovery_key)))}</p>
        <p>{esc(tr("This key opens the register if the passphrase is forgotten. It is the only way back in: "
                   "Atlas Desktop cannot show it again."))}</p>
        <p><b>{esc(tr("Keep this somewhere safe,"))}</b> {esc(tr("away from the computer (a locked drawer or "
                 "safe). Anyone who has this key and the register file can read the register."))}</p>
    """)
    return doc


def print_document(doc: QTextDocument, device: QPagedPaintDevice) -> None:
    # Laid out for the device itself (its resolution, its page) it prints at scale 1 and, being
    # paginated already, without the page-number footer Qt adds to a free-flowing document.
    doc.documentLayout().setPaintDevice(device)
    doc.setPageSize(QSizeF(device.pageLayout().paintRectPixels(device.resolution()).size()))
    doc.print_(device)


def recovery_pdf_bytes(org_name: str, register_path: Path, recovery_key: str,
                       when: dt.date | None = None) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.A4))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Millimeter)
    writer.setTitle(tr("Atlas Desktop recovery key"))
    writer.setCreator("Atlas Desktop")
    print_document(recovery_document(org_name, register_path, recovery_key, when), writer)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(buffer.data())


def write_recovery_pdf(target: Path, org_name: str, register_path: Path, recovery_key: str,
                       when: dt.date | None = None) -> None:
    """Write the one-page recovery sheet to ``target`` atomically (owner-only permissions)."""
    atomic_write_bytes(Path(target), recovery_pdf_bytes(org_name, register_path, recovery_key, when), mode=0o600)
