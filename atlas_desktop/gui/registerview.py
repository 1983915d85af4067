"""One register's page: its table with a text and a status filter, and New, Edit, Duplicate and Delete.

The view never queries: the table model asks ``session.records`` for ids and pages, and the
actions call ``Records.delete``/``duplicate`` then ``session.notify``. Opening a record is
the main window's job: the view only emits ``edit_requested(entity, id)`` (0 = a new record).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import AtlasError
from .dialogs import confirm, show_error
from .i18n import spec_text
from .register_count import count_text, in_sentence
from .register_empty import EmptyRegister
from .registertable import RegisterTable
from .screenfit import FoldingBar
from .tablecolumns import marks_need_room
from .tablemodel import RecordTableModel

FILTER_DELAY_MS = 150


MIN_INDEXED = 3              # the trigram search index answers from three characters
SHORT_SEARCH_LIMIT = 5_000   # below this many records, one or two characters still search at once


class RegisterView(QWidget):
    edit_requested = Signal(str, int)  # entity key, record id (0 = a new record)

    def __init__(self, session, entity_key: str, parent: QWidget | None = None, *,
                 now: Callable[[], dt.datetime] | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = RecordTableModel(session, entity_key, self, now=now)
        self.entity = self.model.entity
        self.entity_key = self.entity.key
        self._stale = False
        self._keep: int | None = None   # the record selected before the model was reset
        self._near: int | None = None   # after a delete: select the row that took its place
        self._filtering = False         # the reset under way is a filter change
        self._keep_later: int | None = None  # the kept record, looked for once every match is read
        self._seen = -1                 # the last row in sight before the model was reset
        self.setObjectName(f"RegisterView_{self.entity_key}")
        self.setAccessibleName(spec_text(self.entity.plural))

        self._build_actions()
        self._build_filters()
        self._build_table()
        self._build_empty_state()

        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.stack, 1)

        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(FILTER_DELAY_MS)
        self.filter_timer.timeout.connect(self._apply_filters)
        self.filter_edit.textChanged.connect(self.filter_timer.start)

        session.changed.connect(self._changed)
        session.locked.connect(self._locked)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._after_reset)
        self.model.counted.connect(self._after_count)  # every matching id read after the first page
        # The first rows of the page being opened, a filter or a sort are painted before their marks (which may
        # need a wider Attention column than the one fitted without them).
        self.model.marks_later = True
        self.model.marked.connect(self._after_marks)
        # The main window makes a view for every register at start and shows one: each reads the register
        # (sorted by the title) when it is first shown, not before the window can paint.
        self.model.deferred = self._stale = True
        self.table.setSortingEnabled(True)

    # -- building -----------------------------------------------------------------------------------
    def _action(self, text: str, icon: tuple[str, QStyle.StandardPixmap], slot: Callable[[], None], tip: str,
                shortcut: QKeySequence | None = None) -> QAction:
        # The desktop's icon theme where there is one; Qt's own icons otherwise.
        action = QAction(QIcon.fromTheme(icon[0], self.style().standardIcon(icon[1])), text, self)
        action.setToolTip(tip)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        label = in_sentence(spec_text(self.entity.label))
        # New (Ctrl+N) and Find (Ctrl+F) belong to the main window's menus: the same shortcut here
        # would make both ambiguous. Delete and Duplicate are the view's own.
        self.new_action = self._action(self.tr("&New"), ("document-new", QStyle.SP_FileIcon), self.new_record,
                                       self.tr("Add a new {0} (Ctrl+N)").format(label))
        self.edit_action = self._action(self.tr("Ed&it"), ("document-open", QStyle.SP_DialogOpenButton),
                                        self.edit_current,
                                        self.tr("Open the selected {0} (Enter or double-click)").format(label))
        self.duplicate_action = self._action(self.tr("D&uplicate"), ("edit-copy", QStyle.SP_FileDialogContentsView),
                                             self.duplicate_current,
                                             self.tr("Copy the selected {0} as a new one (Ctrl+D)").format(label),
                                             QKeySequence("Ctrl+D"))
        self.delete_action = self._action(self.tr("De&lete"), ("edit-delete", QStyle.SP_TrashIcon), self.delete_current,
                                          self.tr("Delete the selected {0} (Delete)").format(label),
                                          QKeySequence(QKeySequence.Delete))
        self.addAction(self.duplicate_action)
        # Enter opens the selected record; only while the table has the focus (Enter elsewhere is the
        # filter's or a button's).
        self.open_action = QAction(self)
        self.open_action.setShortcuts([QKeySequence(Qt.Key_Return), QKeySequence(Qt.Key_Enter)])
        self.open_action.setShortcutContext(Qt.WidgetShortcut)
        self.open_action.triggered.connect(self.edit_current)
        self.buttons: list[QToolButton] = []
        for action in (self.new_action, self.edit_action, self.duplicate_action, self.delete_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            button.setAccessibleName(action.text().replace("&", ""))
            self.buttons.append(button)
        if self.entity.singleton:
            for action in (self.new_action, self.duplicate_action, self.delete_action):
                action.setVisible(False)

    def _build_filters(self) -> None:
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter {0}").format(in_sentence(spec_text(self.entity.plural))))
        self.filter_edit.setToolTip(self.tr("Show only records containing this text (Ctrl+F)"))
        self.filter_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 12)
        self.filter_edit.installEventFilter(self)

        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("All"), None)
        status_label = QLabel()
        if self.entity.status is not None:
            f = self.entity.field(self.entity.status)
            for term in f.vocab.terms if f.vocab else ():
                self.status_combo.addItem(spec_text(term.label), term.code)
            status_label.setText(self.tr("&{0}:").format(spec_text(f.label)))
            status_label.setBuddy(self.status_combo)
            self.status_combo.setAccessibleName(self.tr("Show {0}").format(spec_text(f.label).lower()))
            self.status_combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        else:
            self.status_combo.setVisible(False)
            status_label.setVisible(False)
        self.status_combo.currentIndexChanged.connect(lambda _i: self._apply_filters())

        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of records shown"))
        self.count_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        buttons, filters = QHBoxLayout(), QHBoxLayout()
        for button in self.buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)
        filters.addWidget(self.filter_edit, 1)
        filters.addWidget(status_label)
        filters.addWidget(self.status_combo)
        filters.addSpacing(self.fontMetrics().horizontalAdvance("M"))
        filters.addWidget(self.count_label)
        self.bar = FoldingBar(buttons, filters)  # the filters go under the buttons on a narrow (or zoomed) screen

    def _build_table(self) -> None:
        table = self.table = RegisterTable(self.model)
        table.setAccessibleName(spec_text(self.entity.plural))
        table.addAction(self.delete_action)
        table.addAction(self.open_action)
        table.doubleClicked.connect(lambda index: self._edit_row(index.row()))
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())

    def _build_empty_state(self) -> None:
        self.empty = EmptyRegister(spec_text(self.entity.help), in_sentence(spec_text(self.entity.plural)),
                                   spec_text(self.entity.label))
        self.empty_button = self.empty.button
        self.empty_button.clicked.connect(self.new_record)
        if self.entity_key == "activity":  # the usual activities to tick (gui/template_picker.py); then show them
            self.empty.offer_templates(self.session).added.connect(
                lambda ids: self._clear_filters_to_show(ids[0]) or self.select_id(ids[0]))

    # -- public -------------------------------------------------------------------------------------
    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.model.id_at(index.row())

    def select_id(self, record_id: int) -> bool:
        """Select and show the row of ``record_id``; False if the filters hide it."""
        row = self.model.row_of(record_id)
        if row < 0:
            return False
        self._select_row(row)
        return True

    def refresh(self, *, in_sight: bool = True) -> None:
        """Read the register again, keeping the selected record selected if it is still shown. ``in_sight``: the
        rows are on the screen (not when a hidden view is shown), so the marks are judged before the new rows
        are painted, rather than blink out and back."""
        self._stale = False
        self.model.refresh(in_sight=in_sight)

    def new_record(self) -> None:
        if not self.entity.singleton:
            self.edit_requested.emit(self.entity_key, 0)

    def edit_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.edit_requested.emit(self.entity_key, record_id)

    def duplicate_current(self) -> None:
        record_id = self.current_id()
        if record_id is None or self.entity.singleton:
            return
        try:
            copy = self.session.records.duplicate(self.entity_key, record_id)
        except AtlasError as exc:
            show_error(self, self.tr("Could not duplicate"), exc)
            return
        self.session.notify(self.entity_key)
        self._clear_filters_to_show(copy)
        self.select_id(copy)

    def delete_current(self) -> None:
        record_id = self.current_id()
        if record_id is None or self.entity.singleton:
            return
        label = spec_text(self.entity.label)
        try:
            title = self.session.records.titles(self.entity_key, [record_id]).get(record_id)
        except AtlasError as exc:
            show_error(self, self.tr("Could not delete"), exc)
            return
        if title is None:  # deleted elsewhere meanwhile
            self.refresh()
            return
        text = self.tr('Delete the {0} "{1}"?\n\nIts attachments are deleted too. The audit trail keeps a record '
                       "of the deletion.").format(in_sentence(label), title)
        if not confirm(self, self.tr("Delete {0}").format(in_sentence(label)), text, self.tr("Delete")):
            return
        try:
            self.session.records.delete(self.entity_key, record_id)
        except AtlasError as exc:
            show_error(self, self.tr("Could not delete"), exc)
            return
        self._near = self.table.currentIndex().row()
        self.session.notify(self.entity_key)

    # -- internals ------------------------------------------------------------------------------------
    def _select_row(self, row: int) -> None:
        index = self.model.index(row, max(self.table.currentIndex().column(), 0))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        self.table.scrollTo(index)

    def _edit_row(self, row: int) -> None:
        record_id = self.model.id_at(row)
        if record_id is not None:
            self.edit_requested.emit(self.entity_key, record_id)

    def _apply_filters(self) -> None:
        self.filter_timer.stop()
        text = self.filter_edit.text().strip()
        # The search index needs 3 characters; shorter text means reading every row, which a big
        # register cannot do between keystrokes. Small registers search from the first letter.
        self._short_hint = 0 < len(text) < MIN_INDEXED and self.model.total > SHORT_SEARCH_LIMIT
        self._filtering = True
        try:
            self.model.set_filter("" if self._short_hint else text, self.status_combo.currentData())
        finally:
            self._filtering = False

    def _remember_selection(self) -> None:
        current = self.current_id()
        self._keep = current if current is not None else self._keep_later
        self._seen = self.table.rowAt(self.table.viewport().height() - 1)  # the last row in sight

    def _after_reset(self) -> None:
        keep, near, self._keep, self._near, self._keep_later = self._keep, self._near, None, None, None
        if self._filtering:
            self.table.scrollToTop()  # a new filter's matches are shown from the first
            if keep is not None and self.model.row_of(keep, read_rest=False) < 0 and not self.model.complete:
                # Reading every match now to find out whether the kept record is among them (mostly not,
                # while typing) would cost a keystroke what reading the first page first saves.
                keep, self._keep_later = None, keep
        elif max(self._seen, -1 if near is None else near) >= self.model.rowCount():
            # After a refresh or a sort the view stays where it was (or on the row that took a deleted one's
            # place): past the first page, it needs the rest before it paints.
            self.model.read_rest()
        rows = self.model.rowCount()
        if rows:
            if not (keep is not None and self.select_id(keep)) and near is not None:
                self._select_row(min(max(near, 0), rows - 1))  # the row below a deleted one
            if not self.table.sized and self.isVisible():
                QTimer.singleShot(0, self.table.fit_columns)
        self._update_count()
        self._update_actions()

    def _after_count(self) -> None:
        keep, self._keep_later = self._keep_later, None
        if keep is not None and self.current_id() is None:
            self.select_id(keep)
        self._update_count()

    def _after_marks(self) -> None:
        if self.table.sized and marks_need_room(self.table):
            self.table.sized = False  # fitted again, as the first time (the person's own widths are kept)
            self.table.fit_columns()

    def _clear_filters_to_show(self, record_id: int) -> None:
        if self.model.row_of(record_id) >= 0:
            return
        self.filter_edit.blockSignals(True)
        self.filter_edit.clear()
        self.filter_edit.blockSignals(False)
        self.status_combo.blockSignals(True)
        self.status_combo.setCurrentIndex(0)
        self.status_combo.blockSignals(False)
        self._apply_filters()

    def _update_count(self) -> None:
        total = self.model.total
        hint = MIN_INDEXED if getattr(self, "_short_hint", False) else 0
        self.count_label.setText(count_text(self.entity, self.model.rowCount(), total, filtered=self.model.filtered,
                                            complete=self.model.complete, short_hint=hint))
        self.stack.setCurrentWidget(self.empty if total == 0 else self.table)
        self.filter_edit.setEnabled(total > 0 or bool(self.filter_edit.text()))
        self.status_combo.setEnabled(total > 0 or self.status_combo.currentIndex() > 0)

    def _update_actions(self) -> None:
        has = self.current_id() is not None
        reader = self.session.read_only  # a team register's reader: the server would refuse the change
        for action in (self.edit_action, self.open_action):
            action.setEnabled(has)
        for action in (self.duplicate_action, self.delete_action):
            action.setEnabled(has and not reader)
        self.new_action.setEnabled(not reader)
        self.empty_button.setEnabled(not reader)

    def _changed(self, entity_key: str) -> None:
        # Any register may change what this one shows (a linked record's title, a person's trainings),
        # so every change counts; a hidden view waits until it is shown.
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _locked(self) -> None:
        self.model.clear()
        self._stale = True
        self._update_count()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh(in_sight=False)
        if not self.table.sized:
            QTimer.singleShot(0, self.table.fit_columns)  # once the layout has given the table its width

    def eventFilter(self, watched, event) -> bool:
        if watched is self.filter_edit and event.type() == QEvent.KeyPress:
            if event.key() == Qt.Key_Escape and self.filter_edit.text():
                self.filter_edit.clear()
                return True
            if event.key() in (Qt.Key_Down, Qt.Key_Return, Qt.Key_Enter) and self.model.rowCount():
                self._apply_filters()  # don't wait for the pause: the user wants the results now
                self.table.setFocus(Qt.OtherFocusReason)
                if self.current_id() is None:
                    self._select_row(0)
                return True
        return super().eventFilter(watched, event)
