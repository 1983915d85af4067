"""The editor window every record is edited in: save, close, validation shown by field, locking.

An editor keeps its draft in its widgets only. It asks ``session.records`` for everything
at the moment it needs it (never while the register is locked), checks the draft with
``Records.prepare`` as the person types (which problems show, and where: ``validation``), and never
loses an edit: closing with changes asks Save / Discard / Cancel, and a lock keeps the draft while
Save waits for the unlock, as it does when a team register refuses the save (someone saved the record
since it was read; a reader's save).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import codec
from ...core.entities import entity as entity_named
from ...core.errors import AtlasError, EditConflict, InvalidRecord, NotAllowed, Problem
from ...core.spec import Kind
from ...storage.records import ORGANISATION_ID
from .. import dialogs
from ..i18n import spec_text
from ..screenfit import fit_window
from ..session import Session
from . import style
from .attachments import AttachmentsPanel
from .form import Factory, FieldForm, FieldRow
from .sections import SectionNav, generic_body, section_page
from .summary import ProblemSummary, banner, team_banners
from .validation import display, problem_key, to_show
from .widgets import FormContext
from ...core.i18n import cite

VALIDATE_AFTER_MS = 400


class EditorWindow(QWidget):
    """A non-modal window editing one record (``record_id`` None: a new one)."""

    saved = Signal(str, int)
    report_requested = Signal(str, int)
    HAS_REPORT = False

    def __init__(self, session: Session, entity: str, record_id: int | None = None, parent: QWidget | None = None,
                 *, now: Callable[[], dt.datetime] | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.session = session
        self.entity = entity_named(entity)
        self.record_id: int | None = ORGANISATION_ID if self.entity.singleton else (record_id or None)
        self.now = now or (lambda: dt.datetime.now(dt.UTC))
        self.rows: dict[str, FieldRow] = {}
        self.prepared: dict[str, Any] = {}
        self._titles: dict[str, dict[int, str]] = {}
        self._problems: list[Problem] = []
        self._shown: list[Problem] = []
        self._touched: set[str] = set()
        self._initial: set[tuple[Any, ...]] | None = None  # the problems the record had when loaded
        self._show_all = False
        self._locked = session.is_locked
        self._baseline: dict[str, Any] = {}
        self._version: int | None = None  # the stored record's version when it was read (None: new)
        self.is_closed = False
        organisation = session.records.organisation()
        self.ctx = FormContext(time_zone=organisation.get("time_zone") or "UTC", titles=self._titles_of,
                               open_record=self._open_record, now=self.now)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(VALIDATE_AFTER_MS)
        self._timer.timeout.connect(self.validate_now)
        self._build()
        self.load(self._fetch() if self.record_id else {"id": None, **self.entity.blank()})
        session.locked.connect(self._on_locked)
        session.unlocked.connect(self._on_unlocked)
        session.changed.connect(self._on_changed)
        fit_window(self, QSize(900, 700))  # less on a small or zoomed screen: the sections scroll

    # -- building ---------------------------------------------------------------------------------
    def _build(self) -> None:
        column = QVBoxLayout(self)
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.35 if font.pointSizeF() > 0 else 13)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        column.addWidget(self.heading)
        about = style.muted(QLabel(f"{spec_text(self.entity.help)} ({cite(self.entity.article)}) "
                                   + self.tr("Fields marked * are required.")))
        about.setWordWrap(True)
        column.addWidget(about)
        self.lock_banner = banner(style.INFO, self.tr(
            "The register is locked. Your changes are kept in this window; unlock the register to save them."))
        column.addWidget(self.lock_banner)
        self.refused_banner, self.reader_banner = team_banners(self.session.read_only)
        column.addWidget(self.refused_banner)
        column.addWidget(self.reader_banner)
        self.summary = ProblemSummary()
        self.summary.chosen.connect(self._go_to_problem)
        column.addWidget(self.summary)
        body, self.nav = self.build_body()
        column.addWidget(body, 1)
        self.attachments = AttachmentsPanel(self.session, self.entity.key, self.record_id, self.ctx.time_zone)
        self.nav.add_page(self.tr("Attachments"), section_page(self.tr("Attachments"), self.attachments))
        column.addLayout(self._buttons())
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.lock_banner.setVisible(self._locked)

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        # F1 and this button open the register's help page (help/<lang>/<entity key>.html). Imported here:
        # the editors' modules load at start-up, the help window's only when an editor is first opened.
        from ..help_window import install_help
        self.help_button = install_help(self, self.entity.key, self.session.settings.language)
        row.addWidget(self.help_button)
        self.report_button = QPushButton(self.tr("&Report…"))
        self.report_button.setToolTip(self.tr("Make a PDF report of this record (saves it first)"))
        self.report_button.clicked.connect(self.request_report)
        self.report_button.setVisible(self.HAS_REPORT)
        row.addWidget(self.report_button)
        row.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close this window (Esc); asks first if there are unsaved changes"))
        self.close_button.clicked.connect(self.close)
        self.save_close_button = QPushButton(self.tr("Save and &close"))
        self.save_close_button.clicked.connect(self.save_and_close)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save ({0})").format(
            QKeySequence(QKeySequence.StandardKey.Save).toString(QKeySequence.SequenceFormat.NativeText)))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        for button in (self.close_button, self.save_close_button, self.save_button):
            button.setAccessibleName(button.text().replace("&", ""))
            row.addWidget(button)
        self._enable_saving(True)
        return row

    def _enable_saving(self, unlocked: bool) -> None:
        reader = self.session.read_only  # the server refuses a reader's save: Ctrl+S still tries, and says so
        for button in (self.save_button, self.save_close_button):
            button.setEnabled(unlocked and not reader)
            if reader:
                button.setToolTip(self.tr("Readers cannot change this register."))

    def build_body(self) -> tuple[QWidget, SectionNav]:
        """The form's body: the generic one, one page per declared section; rich editors override."""
        return generic_body(self.entity, self.ctx, self.factories(), self.add_form)

    def factories(self) -> Mapping[str, Factory]:
        """Special inputs for some fields (the DPIA's screening); the kind decides the rest."""
        return {}

    def add_form(self, form: FieldForm) -> None:
        self.rows.update(form.rows)
        form.edited.connect(self._edited)

    # -- the draft ---------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The draft: every editable field's value as it stands in the window."""
        return {key: row.widget.value() for key, row in self.rows.items() if row.field.editable}

    def _cleaned(self, values: Mapping[str, Any]) -> dict[str, Any]:
        return {k: codec.clean(self.entity.field(k), v) for k, v in values.items()}

    def has_unsaved_changes(self) -> bool:
        return self._cleaned(self.values()) != self._baseline

    def _fetch(self) -> dict[str, Any]:
        """The stored record, and its version: read first, so a save in between makes a conflict, never a
        silent overwrite of what the other person saved."""
        assert self.record_id is not None
        self._version = self.session.records.version(self.entity.key, self.record_id)
        return self.session.records.get(self.entity.key, self.record_id)

    def load(self, record: Mapping[str, Any]) -> None:
        """Show a stored (or blank) record; what it holds becomes the 'saved' state."""
        for key, row in self.rows.items():
            row.widget.set_value(record.get(key, row.field.empty()))
        self.prepared = dict(record)
        self._baseline = self._cleaned(self.values())
        self._touched.clear()
        self._initial = None
        self._show_all = False
        self._problems = []
        self._display_problems()
        self._update_title()
        self.record_loaded(record)
        if not self._locked:
            self.validate_now()  # computed fields, and the problems the record already had

    def record_loaded(self, record: Mapping[str, Any]) -> None:
        """Hook for rich editors: the record was (re)loaded."""

    def after_prepare(self, record: Mapping[str, Any]) -> None:
        """Hook for rich editors: the draft was checked; ``record`` holds its computed fields."""

    def _update_title(self) -> None:
        label = spec_text(self.entity.label)
        if self.record_id:
            name = self.entity.title_of(self.prepared) if self.prepared.get(self.entity.title) else f"#{self.record_id}"
            title = f"{label}: {name}"
        else:
            title = self.tr("New {0}").format(label.lower() if label.upper() != label else label)
        self.heading.setText(title)
        self.setWindowTitle(title)  # the app name is the main window's; a record window names the record

    def _edited(self, key: str) -> None:
        self._touched.add(key)
        self.field_edited(key)
        if not self._locked:
            self._timer.start()

    def field_edited(self, key: str) -> None:
        """Hook for rich editors: react at once (a verdict, a matrix) before validation runs."""

    # -- validation ----------------------------------------------------------------------------------
    def validate_now(self) -> list[Problem]:
        """Check the draft as a save would; show the problems and the computed fields."""
        self._timer.stop()
        if self._locked:
            return self._problems
        try:
            record, problems = self.session.records.prepare(self.entity.key, self.values(), self.record_id,
                                                            now=self.now())
        except AtlasError as exc:  # e.g. the record was deleted in another window
            record, problems = dict(self.prepared), [Problem("", str(exc))]
        self.prepared = record
        for key, row in self.rows.items():
            if row.field.computed:
                row.widget.set_value(record.get(key))
            elif row.field.kind is Kind.TABLE and hasattr(row.widget, "update_computed"):
                row.widget.update_computed(record.get(key))
        self._problems = problems
        if self._initial is None:
            self._initial = {problem_key(p) for p in problems}
        self._display_problems()
        self.after_prepare(record)
        return problems

    def _display_problems(self) -> None:
        self._shown = to_show(self._problems, self._touched, self._initial or set(), self._show_all)
        display(self._shown, self.rows, self.nav, self.summary)

    def problems(self) -> list[Problem]:
        """The problems currently shown."""
        return list(self._shown)

    def _go_to_problem(self, index: int) -> None:
        if 0 <= index < len(self._shown):
            self.focus_field(self._shown[index].field, self._shown[index].row, self._shown[index].column)

    def focus_field(self, key: str, row: int | None = None, column: str | None = None) -> None:
        field_row = self.rows.get(key)
        if field_row is None:
            return
        self.nav.reveal(field_row.widget)
        if hasattr(field_row.widget, "focus_cell"):
            field_row.widget.focus_cell(row, column)
        else:
            field_row.widget.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)

    # -- saving --------------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save the draft; on a problem show every one of them by its field and save nothing."""
        if self._locked:
            QMessageBox.information(self, self.tr("Register locked"), self.tr(
                "The register is locked. Unlock it to save; your changes are kept in this window."))
            return False
        self._timer.stop()
        self._show_all = True
        values = self.values()
        records = self.session.records
        try:
            if self.record_id:  # the organisation too: save_organisation is this update without a version
                records.update(self.entity.key, self.record_id, values, now=self.now(),
                               expected_version=self._version)
            else:
                self.record_id = records.create(self.entity.key, values, now=self.now())
                self.attachments.set_record(self.record_id)
        except InvalidRecord as exc:
            self._problems = exc.problems
            self._display_problems()
            if self._shown:
                self._go_to_problem(0)
            return False
        except (EditConflict, NotAllowed) as exc:
            # Said in the window, above the draft it concerns; the draft stays as typed.
            self.refused_banner.text_label.setText(str(exc))
            self.refused_banner.show()
            return False
        except AtlasError as exc:
            dialogs.show_error(self, self.tr("Not saved"), exc)
            return False
        assert self.record_id is not None
        self.refused_banner.hide()
        self.load(self._fetch())
        self.session.notify(self.entity.key)
        self.saved.emit(self.entity.key, self.record_id)
        return True

    def discard_and_close(self) -> None:
        """Close without asking, dropping the draft (quitting from the lock screen, after the user agreed)."""
        self._baseline = self._cleaned(self.values())
        self.close()

    def save_and_close(self) -> bool:
        if self.save():
            self.close()
            return True
        return False

    def request_report(self) -> None:
        if (self.has_unsaved_changes() or not self.record_id) and not self.save():
            return
        if self.record_id:
            self.report_requested.emit(self.entity.key, self.record_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.has_unsaved_changes():
            self._closed(event)
            return
        Button = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("\u201c{0}\u201d has changes that are not saved. Save them before closing?").format(
                self.heading.text()),
            Button.Save | Button.Discard | Button.Cancel, Button.Save)
        if answer == Button.Discard or (answer == Button.Save and self.save()):
            self._closed(event)
        else:
            event.ignore()

    def _closed(self, event: QCloseEvent) -> None:
        self.is_closed = True
        self._timer.stop()
        event.accept()

    # -- the register ------------------------------------------------------------------------------------
    def _titles_of(self, target: str) -> dict[int, str]:
        if not self._locked:
            self._titles[target] = self.session.records.titles(target)
        return self._titles.get(target, {})

    def _open_record(self, entity: str, record_id: int) -> None:
        if self._locked:
            return
        from . import open_editor  # the registry lives in the package

        open_editor(self.session, entity, record_id, self.parentWidget())

    def _on_locked(self) -> None:
        self._locked = True
        self._timer.stop()
        self.lock_banner.show()
        self._enable_saving(False)
        self.report_button.setEnabled(False)
        self.attachments.set_locked(True)

    def _on_unlocked(self) -> None:
        self._locked = False
        self.lock_banner.hide()
        self._enable_saving(True)
        self.report_button.setEnabled(True)
        self.reader_banner.setVisible(self.session.read_only)
        self.attachments.set_locked(False)
        for row in self.rows.values():
            row.widget.refresh_links()
        self._timer.start()

    def _on_changed(self, entity: str) -> None:
        if self._locked:
            return
        targets = {row.field.target for row in self.rows.values() if row.field.target}
        targets |= {sub.target for row in self.rows.values() for sub in row.field.fields if sub.target}
        if entity == "" or entity in targets:
            for row in self.rows.values():
                row.widget.refresh_links()
