"""The main window: a sidebar of registers, one page per register, and the menus.

It only arranges the pages and routes actions; the pages talk to storage through the
session, and the app controller (gui/app.py) owns locking, opening and closing. Which pages show
depends on the session: a team register's managers also get the People page, and the outbox on
this computer (breaches logged while the server is away) shows only the breaches, under a banner.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.entities import entity
from .dashboard import Dashboard
from .i18n import spec_text
from .screenfit import bounded, fit_window, keep_on_screen, scroll_area
from .session import Session
from .window_settings import window_settings

if TYPE_CHECKING:
    from .auditview import AuditView
    from .registerview import RegisterView
    from .reviews_page import ReviewsPage

# (page key, sidebar label, entity keys shown on the page); labels are translated when shown.
PAGES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("dashboard", QT_TRANSLATE_NOOP("MainWindow", "Dashboard"), ()),
    ("activity", QT_TRANSLATE_NOOP("MainWindow", "Processing activities"), ("activity",)),
    ("processor", QT_TRANSLATE_NOOP("MainWindow", "Processors"), ("processor",)),
    ("dpia", QT_TRANSLATE_NOOP("MainWindow", "DPIAs"), ("dpia",)),
    ("breach", QT_TRANSLATE_NOOP("MainWindow", "Breaches"), ("breach",)),
    ("rights_request", QT_TRANSLATE_NOOP("MainWindow", "Rights requests"), ("rights_request",)),
    ("consent", QT_TRANSLATE_NOOP("MainWindow", "Consents"), ("consent",)),
    ("staff", QT_TRANSLATE_NOOP("MainWindow", "Staff & training"), ("person", "training")),
    ("policy", QT_TRANSLATE_NOOP("MainWindow", "Policies"), ("policy",)),
    ("reviews", QT_TRANSLATE_NOOP("MainWindow", "Annual reviews"), ()),
    ("audit", QT_TRANSLATE_NOOP("MainWindow", "Audit log"), ()),
)
PEOPLE_PAGE = ("people", QT_TRANSLATE_NOOP("MainWindow", "People"), ())  # a team register's managers only

_ICONS = {
    "dashboard": QStyle.SP_ComputerIcon, "activity": QStyle.SP_FileDialogDetailedView,
    "processor": QStyle.SP_DriveNetIcon, "dpia": QStyle.SP_FileDialogContentsView,
    "breach": QStyle.SP_MessageBoxWarning, "rights_request": QStyle.SP_FileDialogInfoView,
    "consent": QStyle.SP_DialogApplyButton, "staff": QStyle.SP_DirHomeIcon,
    "policy": QStyle.SP_FileIcon, "reviews": QStyle.SP_BrowserReload, "audit": QStyle.SP_FileDialogListView,
    "people": QStyle.SP_DirLinkIcon,
}


def pages_for(session: Session) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """The pages this session shows: the outbox keeps breaches only; a team manager also manages people."""
    if session.is_outbox:
        return tuple(p for p in PAGES if p[0] == "breach")
    if session.is_team and session.app_role == "manager":
        return (*PAGES, PEOPLE_PAGE)
    return PAGES


class MainWindow(QMainWindow):
    edit_requested = Signal(str, int)   # entity, id (0 = new)
    report_requested = Signal(str)      # report kind from the Reports menu
    review_requested = Signal(int)      # an annual review's id to show; 0: the one in progress (or start one)
    close_requested = Signal()          # the user closed the window: the controller decides

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("MainWindow")
        self.setMinimumSize(bounded(self, QSize(820, 560)))  # never more than a small or zoomed screen has
        self.views: dict[str, RegisterView] = {}
        self.page_index: dict[str, int] = {}
        self._unbuilt: dict[str, QWidget] = {}  # page key -> the placeholder standing in for it
        self.actions: dict[str, QAction] = {}
        self.pages = pages_for(session)

        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Registers"))
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setSpacing(2)
        self.stack = QStackedWidget()
        self._build_pages()
        self.sidebar.setFrameShape(QListWidget.NoFrame)
        self._sidebar_width = max(self.sidebar.sizeHintForColumn(0) + 24,
                                  self.fontMetrics().horizontalAdvance("M") * 12)
        self.sidebar.setMinimumWidth(self._sidebar_width)
        self.sidebar.currentRowChanged.connect(self._show_row)
        self.sidebar.setCurrentRow(0)

        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.setObjectName("MainSplitter")
        self.splitter.addWidget(self.sidebar)
        # A page that needs more room than a small (or zoomed) screen has scrolls, rather than the window
        # growing past the screen's edge.
        self.pages_area = scroll_area(self.stack)
        self.pages_area.setObjectName("PagesArea")
        self.splitter.addWidget(self.pages_area)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([self._sidebar_width, 10_000])
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.banners = QVBoxLayout()  # notices about the whole register (the outbox, breaches waiting to be sent)
        self.banners.setContentsMargins(6, 6, 6, 0)
        column.addLayout(self.banners)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self.update_title()
        session.changed.connect(lambda _entity: self.update_title())

    # -- pages ------------------------------------------------------------------------------------
    def _build_pages(self) -> None:
        for key, label, entities in self.pages:
            if key == "dashboard":
                page: QWidget = Dashboard(self.session)
                page.edit_requested.connect(self.edit_requested)
                self.dashboard = page
            elif key == "people":
                from .team_people import PeoplePage
                page = self.people_page = PeoplePage(self.session)
            else:
                # Every other page is made when it is first shown: nine tables, their filters and empty
                # states were a fifth of the time to the first painted window, and the audit log and the
                # reviews need modules of their own.
                page = self._unbuilt[key] = QWidget()
            item = QListWidgetItem(self.style().standardIcon(_ICONS[key]), self.tr(label))
            item.setData(Qt.UserRole, key)
            item.setToolTip(spec_text(entity(entities[0]).help) if entities else "")
            self.sidebar.addItem(item)
            self.page_index[key] = self.stack.addWidget(page)

    def _build_page(self, key: str) -> None:
        placeholder = self._unbuilt.pop(key, None)
        if placeholder is None:
            return
        page = self._make_page(key)
        index = self.page_index[key]
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self._size_by_current()

    def _make_page(self, key: str) -> QWidget:
        if key == "audit":
            from .auditview import AuditView
            self._audit_view = AuditView(self.session)
            return self._audit_view
        if key == "reviews":
            from .reviews_page import ReviewsPage
            self._reviews_page = ReviewsPage(self.session)
            self._reviews_page.review_requested.connect(self.review_requested)
            return self._reviews_page
        entities = next(e for k, _label, e in self.pages if k == key)
        if len(entities) == 1:
            return self._view(entities[0])
        tabs = QTabWidget()
        tabs.setDocumentMode(True)
        for key_ in entities:
            tabs.addTab(self._view(key_), spec_text(entity(key_).plural))
        return tabs

    @property
    def audit_view(self) -> AuditView:
        """The audit log's page, made now if it has not been shown yet."""
        self._build_page("audit")
        return self._audit_view

    @property
    def reviews_page(self) -> ReviewsPage:
        """The annual reviews' page, made now if it has not been shown yet."""
        self._build_page("reviews")
        return self._reviews_page

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self._build_page(self.pages[row][0])
        self.stack.setCurrentIndex(row)
        self._size_by_current()

    def _size_by_current(self) -> None:
        # Only the page in sight sets how small the window may get: a hidden page's wide empty state would
        # otherwise make every page scroll sideways on a small screen.
        for index in range(self.stack.count()):
            policy = QSizePolicy.Preferred if index == self.stack.currentIndex() else QSizePolicy.Ignored
            self.stack.widget(index).setSizePolicy(policy, policy)

    def _view(self, key: str) -> RegisterView:
        from .registerview import RegisterView  # with the page: the tables' modules are not needed to paint

        view = RegisterView(self.session, key)
        view.edit_requested.connect(self.edit_requested)
        self.views[key] = view
        return view

    def show_page(self, key: str) -> None:
        if key in self.page_index:  # the outbox has no dashboard or audit page
            self.sidebar.setCurrentRow(self.page_index[key])

    def current_page(self) -> str:
        return self.pages[self.stack.currentIndex()][0]

    def current_view(self) -> RegisterView | None:
        page = self.stack.currentWidget()
        if isinstance(page, QTabWidget):
            page = page.currentWidget()
        return next((view for view in self.views.values() if view is page), None)

    def view_for(self, entity_key: str) -> RegisterView | None:
        """The register's view, made now if its page has not been shown yet."""
        page = next((k for k, _label, entities in self.pages if entity_key in entities), None)
        if page is not None:
            self._build_page(page)
        return self.views.get(entity_key)

    # -- menus --------------------------------------------------------------------------------------
    def add_action(self, menu_title: str, key: str, text: str, slot: Callable[[], object],
                   shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                   icon: QIcon | None = None) -> QAction:
        """Menus are built by the controller, which knows what each action does."""
        menu = self._menu(menu_title)
        action = QAction(text, self)
        if icon is not None:
            action.setIcon(icon)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.actions[key] = action
        return action

    def add_separator(self, menu_title: str) -> None:
        self._menu(menu_title).addSeparator()

    def _menu(self, title: str):  # noqa: ANN202 (QMenu)
        for action in self.menuBar().actions():
            if action.text() == title and action.menu() is not None:
                return action.menu()
        return self.menuBar().addMenu(title)

    # -- state --------------------------------------------------------------------------------------
    def update_title(self) -> None:
        if self.session.is_locked:
            self.setWindowTitle(self.tr("Atlas Desktop — locked"))
            return
        name = self.session.register.meta("org_name") or self.session.path.stem
        self.setWindowTitle(self.tr("{0} — Atlas Desktop").format(name))
        self.status_label.setText(self.where_text())

    def where_text(self) -> str:
        """Which register this is, for the status bar: the file, or who is signed in where."""
        session = self.session
        if session.is_team and session.team_target is not None:
            return self.tr("Signed in as {0} ({1}) · {2}").format(session.register.actor, session.app_role,
                                                                  session.team_target.server)
        if session.is_outbox and session.team_target is not None:
            return self.tr("Outbox on this computer · encrypted · for {0}").format(session.team_target.server)
        return self.tr("Register: {0} · encrypted").format(session.path.name)

    def add_banner(self, banner: QFrame) -> None:
        self.banners.addWidget(banner)

    def restore_state(self) -> None:
        settings = window_settings()
        geometry = settings.value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
            keep_on_screen(self)  # remembered on a bigger monitor, or at a smaller zoom
        else:
            fit_window(self, QSize(1200, 780))
        splitter = settings.value("main/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def save_state(self) -> None:
        settings = window_settings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/splitter", self.splitter.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.save_state()
        event.ignore()
        self.close_requested.emit()

    def nativeEvent(self, event_type: QByteArray | bytes, message: int) -> object:  # noqa: N802
        # Windows announces suspend and session lock to top-level windows; Linux uses D-Bus (gui/idle.py).
        if bytes(event_type) == b"windows_generic_MSG" and self._native_lock is not None:
            import ctypes.wintypes
            msg = ctypes.wintypes.MSG.from_address(int(message))
            from .idle import windows_lock_reason
            reason = windows_lock_reason(msg.message, msg.wParam)
            if reason:
                self._native_lock(reason)
        return super().nativeEvent(event_type, message)

    _native_lock: Callable[[str], None] | None = None

    def set_native_lock_handler(self, handler: Callable[[str], None]) -> None:
        self._native_lock = handler
