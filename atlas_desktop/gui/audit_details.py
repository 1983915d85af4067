"""The details of one audit entry: each changed field's value before and after, shown only on request.

Values in the audit trail may be personal data, so the audit log lists only field names;
this dialog is what a person opens, deliberately, to see the values of one entry.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import clocks, codec
from ..core.entities import BY_KEY
from ..core.spec import Kind
from ..storage.audit import Entry
from .i18n import spec_text


def tr(text: str) -> str:
    return QCoreApplication.translate("AuditView", text)


def register_label(entity: str) -> str:
    """How the log names a register: its plural; the register file's own settings and keys otherwise."""
    if entity in BY_KEY:
        return spec_text(BY_KEY[entity].plural)
    return {"register": tr("Register settings"), "review": tr("Annual reviews")}.get(entity, entity)


def action_label(action: str) -> str:
    return {"create": tr("Created"), "update": tr("Changed"), "delete": tr("Deleted"), "import": tr("Imported"),
            "restore": tr("Restored"), "keys": tr("Keys changed"), "review": tr("Reviewed")}.get(action, action)


def _review_field(key: str) -> str:
    """What the annual review's own audit entries record (storage/reviews.py), in words."""
    return {"title": tr("Title"), "period": tr("Period"), "items": tr("Items"), "audit_head": tr("Audit trail head"),
            "decision": tr("Decision"), "note": tr("Note"), "status": tr("Status"), "pack": tr("Pack"),
            "pack_sha256": tr("Pack SHA-256"), "open": tr("Not reviewed yet"), "confirmed": tr("Confirmed unchanged"),
            "updated": tr("Updated"), "retired": tr("Retired")}.get(key, key)


def field_label(entity: str, key: str) -> str:
    ent = BY_KEY.get(entity)
    if ent is not None and ent.has(key):
        return spec_text(ent.field(key).label)
    return _review_field(key) if entity == "review" else key


def value_text(entity: str, key: str, raw: Any, zone: str) -> str:
    """A value as recorded, read back the way the register shows it (labels, local times)."""
    if raw is None or raw == []:
        return ""
    ent = BY_KEY.get(entity)
    if ent is not None and ent.has(key):
        f = ent.field(key)
        try:
            value = codec.from_json(f, raw)
            if f.vocab is not None and f.kind in (Kind.CHOICE, Kind.CHOICES, Kind.TAGS):
                items = value if isinstance(value, list) else [value]
                return "; ".join(spec_text(f.vocab.label_of(str(v))) for v in items)
            return codec.display(f, value, zone)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass  # recorded by an older version in another shape: show it as it was recorded
    return raw if isinstance(raw, str) else json.dumps(raw, ensure_ascii=False)


class AuditDetailsDialog(QDialog):
    def __init__(self, entry: Entry, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Audit entry {0}").format(entry.seq))
        try:
            moment = dt.datetime.fromisoformat(entry.at)
            when = moment.astimezone(clocks.zone(zone)).strftime("%Y-%m-%d %H:%M:%S %Z")
        except ValueError:
            when = entry.at
        summary = QLabel(tr("Entry {0}: {1} — {2} #{3}, by {4} on {5}.").format(
            entry.seq, action_label(entry.action), register_label(entry.entity), entry.record, entry.actor, when))
        summary.setWordWrap(True)
        summary.setTextInteractionFlags(Qt.TextSelectableByMouse)
        warning = QLabel(tr("These values may be personal data. Close this window when you are done."))
        warning.setWordWrap(True)

        before = entry.before if isinstance(entry.before, dict) else {}
        after = entry.after if isinstance(entry.after, dict) else {}
        keys = entry.changed_fields() if before and after else sorted(set(before) | set(after))
        self.table = QTableWidget(len(keys), 3)
        self.table.setHorizontalHeaderLabels([tr("Field"), tr("Before"), tr("After")])
        self.table.setAccessibleName(tr("Values before and after the change"))
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        for row, key in enumerate(keys):
            cells = (field_label(entry.entity, key), value_text(entry.entity, key, before.get(key), zone),
                     value_text(entry.entity, key, after.get(key), zone))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        self.table.resizeRowsToContents()

        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(warning)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 60, self.fontMetrics().height() * 24)
