"""File ▸ Export spreadsheet… and File ▸ Import spreadsheet…: the workbook export, and an import previewed before it writes.

Both run the headless ``exports`` functions off the GUI thread behind a progress dialog. The
export warns first that the file is not encrypted and writes atomically. The import reads and
checks the whole file first (``plan_import``), shows what would be added and changed and every
row problem, and writes only when the user confirms, all at once or not at all.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.entities import BY_KEY
from . import dialogs, tasks
from .i18n import spec_text, trn
from .session import Locked, Session

if TYPE_CHECKING:
    from ..exports.import_model import ImportPlan, ImportResult, Planned

# The exporters are imported when an action runs, not with the menus: openpyxl takes most of a
# second to import under PySide6's import hook, and the main window is built with the menus.

CONTEXT = "spreadsheets"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _default_path(session: Session) -> Path:
    org = str(session.records.organisation().get("name") or "Register")
    safe = re.sub(r"[^\w .-]+", "", org).strip() or "Register"
    return Path.home() / f"{safe} - register {dt.date.today().isoformat()}.xlsx"


def _cancelled(exc: BaseException) -> bool:
    from ..exports.xlsx_export import Cancelled as ExportCancelled

    return isinstance(exc, (ExportCancelled, tasks.Cancelled))


# -- export --------------------------------------------------------------------------------------------
def export_spreadsheet(parent: QWidget, session: Session) -> None:
    """Ask where, warn that the file is unencrypted, then write the workbook with a progress dialog."""
    try:
        start = _default_path(session)
        records, db = session.records, session.register.db
    except Locked:
        return
    if not dialogs.warn_unencrypted_export(parent):
        return
    name, _ = QFileDialog.getSaveFileName(parent, tr("Export spreadsheet"), str(start),
                                          tr("Excel workbook (*.xlsx)"))
    if not name:
        return
    path = Path(name)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")

    def work(progress: tasks.Progress) -> Path:
        from ..exports.xlsx_export import export_workbook

        return export_workbook(records, path, progress=progress.report, cancelled=lambda: progress.cancelled)

    def done(written: Path) -> None:
        QMessageBox.information(parent, tr("Spreadsheet exported"),
                                tr("The workbook was written to\n{0}\n\nIt is not encrypted: keep it somewhere safe "
                                   "and delete it when you no longer need it.").format(written))

    def failed(exc: BaseException) -> None:
        if not _cancelled(exc):
            dialogs.show_error(parent, tr("The spreadsheet was not exported"), exc)

    tasks.run_task(parent, tr("Exporting the spreadsheet…"), work, on_done=done, on_error=failed, db=db)


# -- import ---------------------------------------------------------------------------------------------
def import_spreadsheet(parent: QWidget, session: Session) -> None:
    """Pick a workbook, check it off the GUI thread, preview it, and import only on confirmation."""
    try:
        records, db = session.records, session.register.db
    except Locked:
        return
    name, _ = QFileDialog.getOpenFileName(parent, tr("Import spreadsheet"), str(Path.home()),
                                          tr("Excel workbook (*.xlsx);;All files (*)"))
    if not name:
        return
    from ..exports.xlsx_import import apply_import, plan_import

    def checked(plan: ImportPlan) -> None:
        preview = ImportPreview(plan, parent)
        preview.exec()
        if preview.choice is None:
            return
        skip = preview.choice == ImportPreview.VALID_ONLY
        tasks.run_task(parent, tr("Importing the spreadsheet…"),
                       lambda _progress: apply_import(records, plan, skip_invalid=skip),
                       on_done=imported, on_error=failed(tr("Nothing was imported")), db=db)

    def imported(result: ImportResult) -> None:
        session.notify("")
        text = tr("{0} added, {1} changed.").format(len(result.added), len(result.changed))
        if result.skipped:
            text += " " + trn("spreadsheets", "%n row(s) with problems (was|were) left out.", result.skipped)
        QMessageBox.information(parent, tr("Spreadsheet imported"),
                                text + "\n" + tr("Each change is recorded in the audit trail as an import."))

    def failed(title: str) -> Any:
        def show(exc: BaseException) -> None:
            if not _cancelled(exc):
                dialogs.show_error(parent, title, exc)
        return show

    tasks.run_task(parent, tr("Checking the spreadsheet…"), lambda _progress: plan_import(records, Path(name)),
                   on_done=checked, on_error=failed(tr("The spreadsheet cannot be imported")), db=db)


def _record(p: Planned) -> str:
    ent = BY_KEY[p.entity]
    number = f" #{p.record_id}" if p.record_id is not None else ""
    return f"{spec_text(ent.label)}{number}: {p.title}"


class ImportPreview(QDialog):
    """What an import would do, and every row problem, before anything is written."""

    ALL, VALID_ONLY = "all", "valid"

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.choice: str | None = None
        self.setWindowTitle(tr("Import preview"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        adds, changes = plan.valid_adds, plan.valid_changes
        summary = tr("{0}: {1}.").format(plan.path.name, plan.description) + "\n" + tr(
            "Records to add: {0}. To change: {1}. Unchanged: {2}.").format(len(adds), len(changes), plan.unchanged)
        if plan.problems:
            summary += "\n" + tr("Rows with problems: {0}. Nothing is imported unless you choose to leave "
                                 "those rows out.").format(plan.problem_rows or len(plan.problems))
        elif not adds and not changes:
            summary += "\n" + tr("Nothing to import: the register already holds what the file says.")
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.tabs = QTabWidget()
        self.changes = self._table([tr("Action"), tr("Record"), tr("Where"), tr("Fields")],
                                   [[tr("Add"), _record(p), tr("{0}, row {1}").format(p.sheet, p.row), ""] for p in adds]
                                   + [[tr("Change"), _record(p), tr("{0}, row {1}").format(p.sheet, p.row),
                                       ", ".join(p.changed)] for p in changes])
        # The plan holds the first problems only; the rest are counted in one last line, as the CLI does.
        more = plan.more_problems()
        self.problems = self._table([tr("Sheet"), tr("Row"), tr("Column"), tr("Problem")],
                                    [[p.sheet, str(p.row), p.column, p.reason] for p in plan.problems]
                                    + ([["…", "", "", more + "."]] if more else []))
        self.tabs.addTab(self.changes, tr("Changes ({0})").format(len(adds) + len(changes)))
        self.tabs.addTab(self.problems, tr("Problems ({0})").format(f"{plan.problem_count:,}"))
        if plan.notes:
            notes = QLabel("\n".join(plan.notes))
            notes.setWordWrap(True)
            notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self.tabs.addTab(notes, tr("Not read ({0})").format(len(plan.notes)))
        if plan.problems:
            self.tabs.setCurrentWidget(self.problems)
        layout.addWidget(self.tabs, 1)

        buttons = QDialogButtonBox()
        self.import_button = QPushButton(tr("Import"))
        self.valid_button = QPushButton(tr("Import valid rows only"))
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.valid_button, QDialogButtonBox.ButtonRole.AcceptRole)
        something = bool(adds or changes)
        self.import_button.setEnabled(plan.ok and something)
        self.valid_button.setVisible(bool(plan.problems))
        self.valid_button.setEnabled(bool(plan.problems) and something)
        self.import_button.clicked.connect(lambda: self._choose(self.ALL))
        self.valid_button.clicked.connect(lambda: self._choose(self.VALID_ONLY))
        self.cancel_button.clicked.connect(self.reject)
        self.cancel_button.setDefault(True)
        layout.addWidget(buttons)

    @staticmethod
    def _table(headings: list[str], rows: list[list[str]]) -> QTableWidget:
        table = QTableWidget(len(rows), len(headings))
        table.setHorizontalHeaderLabels(headings)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.verticalHeader().setVisible(False)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(text))
        table.horizontalHeader().setSectionResizeMode(len(headings) - 1, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnsToContents()
        return table

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
