"""Choosing ready-made processing activities to add (core.activity_templates): a checkable list, on the empty
activities page and in the "From template…" dialog, that saves the ticked ones through storage.from_template."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.activity_templates import TEMPLATES
from ..core.errors import AtlasError
from ..storage.from_template import add_from_templates
from .dialogs import show_error
from .i18n import spec_text, trn

KEY_ROLE = Qt.UserRole


def tr(text: str) -> str:
    return QCoreApplication.translate("TemplatePicker", text)


def add_button_text(count: int) -> str:
    if count == 0:
        return tr("Add the ticked activities")
    return trn("TemplatePicker", "Add %n activit(y|ies)", count)


class TemplateList(QTreeWidget):
    """One row per template: a box to tick, its name and what it covers. ``existing``: names already in the
    register, marked so nobody adds the same activity twice by mistake."""

    def __init__(self, existing: set[str] = frozenset(), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Activity templates"))
        self.setColumnCount(2)
        self.setHeaderLabels([tr("Activity"), tr("What it covers")])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        taken = {e.casefold() for e in existing}
        for t in TEMPLATES:
            summary = spec_text(t.summary)
            if t.name.casefold() in taken:
                summary = tr("{0} (already in the register)").format(summary)
            item = QTreeWidgetItem([spec_text(t.name), summary])
            item.setData(0, KEY_ROLE, t.key)
            item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsUserCheckable)
            item.setCheckState(0, Qt.Unchecked)
            item.setToolTip(1, summary)
            item.setSizeHint(1, QSize(0, self.fontMetrics().height() * 3 // 2))  # room to aim at the box
            self.addTopLevelItem(item)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        # As wide as its longest name and summary: nothing in it is cut off.
        metrics = self.fontMetrics()
        summaries = max(metrics.horizontalAdvance(item.text(1)) for item in self.items())
        names = max(self.sizeHintForColumn(0), header.sectionSizeHint(0))
        self.setMinimumWidth(names + summaries + 2 * self.frameWidth() + 2 * metrics.horizontalAdvance("M"))
        # Every row in sight: nine short rows are easier to tick than a list that scrolls.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        rows = self.sizeHintForRow(0) * self.topLevelItemCount()
        self.setFixedHeight(rows + header.sizeHint().height() + 2 * self.frameWidth() + 2)
        self.itemActivated.connect(self._toggle)  # Enter on a row ticks it, as Space does

    def _toggle(self, item: QTreeWidgetItem) -> None:
        item.setCheckState(0, Qt.Unchecked if item.checkState(0) == Qt.Checked else Qt.Checked)

    def items(self) -> list[QTreeWidgetItem]:
        return [self.topLevelItem(i) for i in range(self.topLevelItemCount())]

    def checked_keys(self) -> list[str]:
        return [item.data(0, KEY_ROLE) for item in self.items() if item.checkState(0) == Qt.Checked]

    def set_checked(self, keys: list[str]) -> None:
        for item in self.items():
            item.setCheckState(0, Qt.Checked if item.data(0, KEY_ROLE) in keys else Qt.Unchecked)


def show_count(button: QPushButton, templates: TemplateList, session) -> None:
    """The Add button says how many are ticked, and adds nothing for a reader or when none is ticked."""
    count = len(templates.checked_keys())
    button.setText(add_button_text(count))
    button.setEnabled(count > 0 and not session.read_only)


def add_chosen(parent: QWidget, session, keys: list[str]) -> list[int]:
    """Save the activities of ``keys`` (all or none) and tell every view; [] after saying plainly why not."""
    try:
        ids = add_from_templates(session.records, keys)
    except AtlasError as exc:
        show_error(parent, tr("Could not add the activities"), exc)
        return []
    session.notify("activity")
    return ids


class TemplatePicker(QWidget):
    """The list with its Add button, as the empty activities page shows it. ``added`` gives the new ids."""

    added = Signal(list)

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        heading = QLabel(tr("Start from a template"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.list = TemplateList()
        heading.setBuddy(self.list)
        self.add_button = QPushButton(add_button_text(0))
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self.add)
        self.list.itemChanged.connect(lambda *_: show_count(self.add_button, self.list, self.session))
        self.buttons = QHBoxLayout()  # the page puts its "Start from scratch" button beside this one
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.add_button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.list)
        layout.addLayout(self.buttons)

    def add(self) -> None:
        ids = add_chosen(self, self.session, self.list.checked_keys())
        if ids:
            self.list.set_checked([])
            self.added.emit(ids)


class TemplateDialog(QDialog):
    """Activities > From template…: the same list at any time, with the names already recorded marked."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ids: list[int] = []
        self.setWindowTitle(tr("Add activities from templates"))
        try:
            existing = set(session.records.titles("activity").values())
        except AtlasError:
            existing = set()
        intro = QLabel(tr("Tick the activities your office does. Each is added filled in with the usual lawful "
                          "basis, data, recipients and retention: a starting point to check and adjust to your "
                          "office, not legal advice."))
        intro.setWordWrap(True)
        self.list = TemplateList(existing)
        self.box = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.add_button = self.box.addButton(add_button_text(0), QDialogButtonBox.AcceptRole)
        self.add_button.setEnabled(False)
        self.box.accepted.connect(self._add)
        self.box.rejected.connect(self.reject)
        self.list.itemChanged.connect(lambda *_: show_count(self.add_button, self.list, self.session))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(self.box)

    def _add(self) -> None:
        self.ids = add_chosen(self, self.session, self.list.checked_keys())
        if self.ids:
            self.accept()


def open_from_templates(window, session) -> list[int]:
    """Edit > New activities from templates…: the dialog; then the activities page with the first one added
    selected. ``window``: the main window. Returns the ids added ([] when cancelled)."""
    dialog = TemplateDialog(session, window)
    dialog.exec()
    if dialog.ids:
        window.show_page("activity")
        view = window.view_for("activity")
        if view is not None:
            view.select_id(dialog.ids[0])
    dialog.deleteLater()
    return dialog.ids
