"""The attachments of a saved record: list, add, open (via a copy the user places), save as, remove.

The files live encrypted inside the register. Nothing is ever written to a temporary file:
"Open" first asks where to put a copy, warns that the copy is not encrypted, and then opens it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import clocks
from ...core.errors import AtlasError
from ...storage.attachments import AttachmentInfo, Attachments
from .. import dialogs
from ..session import Session
from . import style


def file_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


class AttachmentsPanel(QWidget):
    def __init__(self, session: Session, entity: str, record_id: int | None, time_zone: str = "UTC",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.entity = entity
        self.record_id = record_id
        self.time_zone = time_zone
        self._locked = False
        self._infos: list[AttachmentInfo] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.note = style.muted(QLabel(self.tr(
            "Evidence files (a signed contract, a certificate, a screenshot) are kept encrypted inside the "
            "register, at most 25 MB each. Open and Save as write a copy where you choose; that copy is not "
            "encrypted.")))
        self.note.setWordWrap(True)
        column.addWidget(self.note)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Size"), self.tr("Added"),
                                              self.tr("Added by")])
        self.table.setAccessibleName(self.tr("Attached files"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda *_: self.open_selected())
        column.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add file…"))
        self.open_button = QPushButton(self.tr("&Open…"))
        self.save_button = QPushButton(self.tr("Save a cop&y…"))
        self.remove_button = QPushButton(self.tr("&Remove…"))
        for button, slot in ((self.add_button, self.add_files), (self.open_button, self.open_selected),
                             (self.save_button, self.save_selected), (self.remove_button, self.remove_selected)):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.empty = style.muted(QLabel())
        self.empty.setWordWrap(True)
        column.addWidget(self.empty)
        self.refresh()

    # -- state ----------------------------------------------------------------------------------
    def set_record(self, record_id: int | None) -> None:
        self.record_id = record_id
        self.refresh()

    def set_locked(self, locked: bool) -> None:
        self._locked = locked
        if not locked:
            self.refresh()
        self._update_buttons()

    def refresh(self) -> None:
        if self._locked:
            return
        self._infos = []
        if self.record_id:
            try:
                self._infos = Attachments(self.session.register).list(self.entity, self.record_id)
            except AtlasError as exc:
                dialogs.show_error(self, self.tr("Attachments"), exc)
        self.table.setRowCount(len(self._infos))
        for row, info in enumerate(self._infos):
            added = info.added_at
            try:
                added = clocks.local_now(self.time_zone, dt.datetime.fromisoformat(info.added_at)).strftime(
                    "%Y-%m-%d %H:%M %Z")  # with the zone: an attachment may come from another office
            except (ValueError, TypeError):
                pass
            for col, text in enumerate((info.filename, file_size(info.size), added, info.added_by)):
                item = QTableWidgetItem(text)
                if col == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        if not self.record_id:
            self.empty.setText(self.tr("Save the record first; then you can attach files to it."))
        elif not self._infos:
            self.empty.setText(self.tr("No files attached yet."))
        else:
            self.empty.setText("")
        self._update_buttons()

    def _update_buttons(self) -> None:
        usable = bool(self.record_id) and not self._locked
        chosen = usable and self.selected() is not None
        reader = getattr(self.session, "read_only", False)  # a team register's reader: the server refuses
        self.add_button.setEnabled(usable and not reader)
        for button in (self.open_button, self.save_button):
            button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen and not reader)

    def selected(self) -> AttachmentInfo | None:
        row = self.table.currentRow()
        return self._infos[row] if 0 <= row < len(self._infos) and self.table.selectedItems() else None

    def names(self) -> list[str]:
        return [info.filename for info in self._infos]

    # -- actions ----------------------------------------------------------------------------------
    def add_files(self) -> None:
        if not self.record_id or self._locked:
            return
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        for path in paths:
            try:
                Attachments(self.session.register).add_file(self.entity, self.record_id, Path(path))
            except AtlasError as exc:
                dialogs.show_error(self, self.tr("The file was not attached"), exc)
        if paths:
            self.session.notify(self.entity)
            self.refresh()

    def _write_copy(self, info: AttachmentInfo, title: str) -> Path | None:
        if not dialogs.warn_unencrypted_export(self):
            return None
        target, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / info.filename))
        if not target:
            return None
        try:
            return Attachments(self.session.register).save_as(info.id, Path(target))
        except AtlasError as exc:
            dialogs.show_error(self, self.tr("The copy was not written"), exc)
            return None

    def save_selected(self) -> Path | None:
        info = self.selected()
        if info is None or self._locked:
            return None
        return self._write_copy(info, self.tr("Save a copy of {0}").format(info.filename))

    def open_selected(self) -> Path | None:
        """Open = save a copy where the user chooses, then hand it to the system's viewer."""
        info = self.selected()
        if info is None or self._locked:
            return None
        path = self._write_copy(info, self.tr("Where should the copy of {0} go? It is opened from there").format(
            info.filename))
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def remove_selected(self) -> bool:
        info = self.selected()
        if info is None or self._locked:
            return False
        if not dialogs.confirm(self, self.tr("Remove attachment"),
                               self.tr("Remove \u201c{0}\u201d from this record? The removal is recorded in "
                                       "the audit trail; the file cannot be recovered from the register.").format(
                                   info.filename), self.tr("Remove")):
            return False
        try:
            Attachments(self.session.register).remove(info.id)
        except AtlasError as exc:
            dialogs.show_error(self, self.tr("The attachment was not removed"), exc)
            return False
        self.session.notify(self.entity)
        self.refresh()
        return True
