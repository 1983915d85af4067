"""Reports ▸ … and the DPIA and breach "Report" buttons: a signed PDF, built off the GUI thread.

The flow: warn once that the file is not encrypted, ask where to save it (for a DPIA or a
breach report opened from the menu, first which record), build and sign it behind a
progress dialog with Cancel, then offer to open it in the system's PDF viewer. The work is
the headless ``exports.reports.build_report``, the same the ``atlas report`` command runs.

A breach has three reports: the notification pack, and the ANSPDCP's and the CNIL's own forms
(``exports.breach_forms``). The menu lists them side by side; a breach's "Report" button
(``report_for_record``) asks which, proposing the form of the organisation's country.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from ..core.entities import BY_KEY
from . import dialogs, tasks
from .i18n import spec_text
from .session import Locked, Session

CONTEXT = "reports"

# (kind, menu label, the register whose record the report is about or None), in the menu's order.
# QT_TRANSLATE_NOOP only marks a label for Qt Linguist; it is translated where it is shown (menu_label).
REPORT_MENU: list[tuple[str, str, str | None]] = [
    ("ropa", str(QT_TRANSLATE_NOOP("reports", "Record of processing activities (Art. 30)…")), None),
    ("dpia", str(QT_TRANSLATE_NOOP("reports", "DPIA (Art. 35)…")), "dpia"),
    ("breach", str(QT_TRANSLATE_NOOP("reports", "Breach notification pack (Art. 33–34)…")), "breach"),
    ("breach-anspdcp", str(QT_TRANSLATE_NOOP("reports", "Breach notification: ANSPDCP form (Romania)…")), "breach"),
    ("breach-cnil", str(QT_TRANSLATE_NOOP("reports", "Breach notification: CNIL form (France)…")), "breach"),
    ("breach-register", str(QT_TRANSLATE_NOOP("reports", "Breach register (Art. 33(5))…")), None),
    ("processors", str(QT_TRANSLATE_NOOP("reports", "Processors and DPAs (Art. 28)…")), None),
    ("training", str(QT_TRANSLATE_NOOP("reports", "Staff training (Art. 32(4))…")), None),
    ("rights-requests", str(QT_TRANSLATE_NOOP("reports", "Rights requests (Art. 12–22)…")), None),
]
_BY_KIND = {kind: (label, entity) for kind, label, entity in REPORT_MENU}
# Progress texts from the headless build, marked here so that they can be translated.
_STEPS = (str(QT_TRANSLATE_NOOP("reports", "Reading the register")), str(QT_TRANSLATE_NOOP("reports", "Laying out the pages")),
          str(QT_TRANSLATE_NOOP("reports", "Signing")))


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def menu_label(kind: str) -> str:
    return tr(_BY_KIND[kind][0])


def _default_path(session: Session, kind: str, record_id: int | None) -> Path:
    org = str(session.records.organisation().get("name") or "Register")
    name = f"{org} - {menu_label(kind).rstrip('…')}" + (f" #{record_id}" if record_id is not None else "")
    safe = re.sub(r"[^\w .()#-]+", "", name).strip() or "Report"
    return Path.home() / f"{safe} {dt.date.today().isoformat()}.pdf"


def _pick_record(parent: QWidget, session: Session, entity: str) -> int | None:
    """Which DPIA or breach: the user picks one by title; None if there is none or they back out."""
    ent = BY_KEY[entity]
    titles = session.records.titles(entity)
    if not titles:
        QMessageBox.information(parent, tr("Nothing to report on"),
                                tr("There are no {0} yet.").format(spec_text(ent.plural)))
        return None
    ids = sorted(titles, reverse=True)  # the newest first: usually the one wanted
    items = [f"#{rid}  {titles[rid]}" for rid in ids]
    chosen, ok = QInputDialog.getItem(parent, menu_label(_kind_for(entity)).rstrip("…"),
                                      tr("Which {0}?").format(spec_text(ent.label)), items, 0, False)
    if not ok or chosen not in items:
        return None
    return ids[items.index(chosen)]


def _kind_for(entity: str) -> str:
    return next(kind for kind, (_, e) in _BY_KIND.items() if e == entity)


# The authority's own form for an organisation established in its country (Art. 55); elsewhere the pack.
_FORM_OF_COUNTRY = {"RO": "breach-anspdcp", "FR": "breach-cnil"}


def report_kinds(entity: str) -> list[str]:
    """The reports about one record of ``entity``, in the menu's order (a breach has three)."""
    return [kind for kind, (_, e) in _BY_KIND.items() if e == entity]


def report_for_record(parent: QWidget, session: Session, entity: str, record_id: int) -> None:
    """An editor's "Report" button: the record's report, after asking which one where there are several."""
    kinds = report_kinds(entity)
    if len(kinds) > 1:
        try:
            country = str(session.records.organisation().get("country") or "").upper()
        except Locked:
            return
        preferred = _FORM_OF_COUNTRY.get(country, kinds[0])
        items = [menu_label(kind).rstrip("…") for kind in kinds]
        chosen, ok = QInputDialog.getItem(parent, tr("Which report?"), tr("Report on this record:"), items,
                                          kinds.index(preferred) if preferred in kinds else 0, False)
        if not ok or chosen not in items:
            return
        kinds = [kinds[items.index(chosen)]]
    make_report(parent, session, kinds[0], record_id)


def make_report(parent: QWidget, session: Session, kind: str, record_id: int | None = None) -> None:
    """Build and sign the ``kind`` report (about ``record_id`` for a DPIA or breach), asking the user what it needs."""
    entity = _BY_KIND[kind][1]
    try:
        records, db = session.records, session.register.db
        if entity is not None and record_id is None:
            record_id = _pick_record(parent, session, entity)
            if record_id is None:
                return
        start = _default_path(session, kind, record_id)
    except Locked:
        return
    if not dialogs.warn_unencrypted_export(parent):
        return
    name, _ = QFileDialog.getSaveFileName(parent, tr("Save the signed report"), str(start), tr("PDF (*.pdf)"))
    if not name:
        return
    path = Path(name)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")

    def work(progress: tasks.Progress) -> Path:
        # reportlab and pyHanko load on the first report, not at start-up.
        from ..exports.reports import build_report

        def report(done: int, total: int, text: str) -> None:
            progress.check()  # Cancel stops the layout; nothing is written
            progress.report(done, total, tr(text))

        return build_report(records, kind, path, record_id=record_id, progress=report)

    def done(written: Path) -> None:
        answer = QMessageBox.question(
            parent, tr("Report signed"),
            tr("The signed report was written to\n{0}\n\nIt is not encrypted: keep it somewhere safe. "
               "Open it now?").format(written),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close, QMessageBox.StandardButton.Open)
        if answer == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, tasks.Cancelled):
            dialogs.show_error(parent, tr("The report was not written"), exc)

    tasks.run_task(parent, tr("Building and signing the report…"), work, on_done=done, on_error=failed, db=db)
