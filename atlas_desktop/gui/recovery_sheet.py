"""The recovery sheet: one page with the recovery key, written as a PDF or sent to a printer.

The same document serves both, so what is printed is exactly what the PDF shows. The PDF is
written atomically with owner-only permissions: it holds a key to the register.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QSizeF, QStandardPaths
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QPlainTextEdit, QWidget

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
    """One page: what the key is for, whose register, which file (in full: the sheet may be read
    years later on another computer), the key itself, the date and how to use it."""
    when = when or dt.date.today()
    esc = html.escape
    doc = QTextDocument()
    font = QFont(doc.defaultFont())
    font.setFeature(QFont.Tag("liga"), 0)  # "office" stays six letters when copied out of the PDF
    font.setPointSizeF(11)  # paper: a fixed, readable size whatever the screen's font
    doc.setDefaultFont(font)
    path = str(register_path)
    command = f'atlas passphrase change --register "{path}" --recovery-key-file KEY.txt'
    # Translated here, not inside the f-string below: lupdate does not look into f-strings.
    t = {key: esc(text) for key, text in {
        "title": tr("Atlas Desktop recovery key"), "org": tr("Organisation:"), "file": tr("Register file:"),
        "created": tr("Created:"),
        "what": tr("This key opens the register if the passphrase is forgotten. It is the only way back in: "
                   "Atlas Desktop cannot show it again."),
        "safe": tr("Keep this somewhere safe,"),
        "where": tr("away from the computer (a locked drawer or safe). Anyone who has this key and the "
                    "register file can read the register."),
        "how": tr("How to use it"), "app": tr("In Atlas Desktop:"),
        "app_steps": tr("open the register (“Open a register…” or its name under Recent registers). In the "
                        "unlock window tick “Use the recovery key instead”, type the key and click Unlock. "
                        "Capitals, spaces and dashes do not matter."),
        "new": tr("To choose a new passphrase"),
        "new_app": tr("in Atlas Desktop, once unlocked with this key: File › Security › Change passphrase…, "
                      "and tick “I will type the recovery key instead”."),
        "cli": tr("Or"),
        "cli_steps": tr("(on the command line): type the whole key on one line into a text file, for example "
                        "KEY.txt, and run"),
        "after": tr("then delete KEY.txt. This key keeps working afterwards."),
    }.items()}
    key = "<br>".join(map(esc, key_lines(recovery_key)))
    doc.setHtml(f"""
        <h1>{t["title"]}</h1>
        <p><b>{t["org"]}</b> {esc(org_name)}<br>
        <b>{t["file"]}</b> {esc(path)}<br>
        <b>{t["created"]}</b> {esc(when.isoformat())}</p>
        <p style="font-family: monospace; font-size: 15pt; font-weight: bold;">{key}</p>
        <p>{t["what"]}</p>
        <p><b>{t["safe"]}</b> {t["where"]}</p>
        <h3>{t["how"]}</h3>
        <p><b>{t["app"]}</b> {t["app_steps"]}</p>
        <p><b>{t["new"]}</b> {t["new_app"]}</p>
        <p>{t["cli"]} {t["cli_steps"]}<br>
        <span style="font-family: monospace;">{esc(command)}</span><br>
        {t["after"]}</p>
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


def key_box(name: str, margin: int) -> QPlainTextEdit:
    """Where a screen shows the key: read-only, fixed-width and a quarter larger, as tall as the three lines
    ``key_lines`` makes plus ``margin`` (the screen's own line height)."""
    box = QPlainTextEdit()
    box.setReadOnly(True)
    fixed = QFontDatabase.systemFont(QFontDatabase.FixedFont)
    fixed.setPointSizeF(fixed.pointSizeF() * 1.25)
    box.setFont(fixed)
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * 3 + margin)
    return box


# -- the two ways out of a screen that shows a key: the create wizard's last page and "New recovery key" --
def save_key_pdf(parent: QWidget, org_name: str, register_path: Path, recovery_key: str) -> str | None:
    """Ask where, write the sheet as a PDF (mode 0600); the sentence to show, or None when cancelled."""
    documents = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or str(Path.home())
    suggested = Path(documents) / f"{Path(register_path).stem} recovery key.pdf"
    chosen, _ = QFileDialog.getSaveFileName(parent, tr("Save the recovery key as PDF"), str(suggested),
                                            tr("PDF files (*.pdf)"))
    if not chosen:
        return None
    target = Path(chosen) if Path(chosen).suffix else Path(chosen).with_suffix(".pdf")
    try:
        write_recovery_pdf(target, org_name, register_path, recovery_key)
    except OSError as exc:
        from .dialogs import error_text
        return "⚠ " + error_text(exc)
    return tr("Saved to {0}. Keep a copy away from this computer too (a USB stick in a drawer, "
              "or on paper).").format(str(target))


def print_key(parent: QWidget, org_name: str, register_path: Path, recovery_key: str) -> str | None:
    """Print the sheet after the system's print dialog; the sentence to show, or None when cancelled."""
    printer = QPrinter(QPrinter.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr("Print the recovery key"))
    if dialog.exec() != QDialog.Accepted:
        return None
    print_document(recovery_document(org_name, register_path, recovery_key), printer)
    return tr("Sent to the printer. Keep the sheet somewhere safe.")
