"""The Help window: the guide shipped under ``resources/help/<language>/``, read offline in a QTextBrowser.

One non-modal window is reused for every request (the Help menu, F1 or the "Help" button of an
editor). Pages are plain HTML named after the register they explain (``activity.html`` for the
``activity`` entity), so F1 maps a register's key straight to its page. A language folder may lack
pages: each missing one is read from English instead. Nothing is fetched from the network: the
browser loads local files only, and a web link opens in the system's browser only when clicked.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import unescape
from pathlib import Path

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..resources import resource_path

FALLBACK_LANGUAGE = "en"
HOME = "index"
CONTEXT = "HelpWindow"
HELP_KEY = "F1"  # the key named in the brief and on every platform's keyboard; also the menu's shortcut

# The contents list in reading order: a heading, then its pages. Each page's title is its own
# <title>, so a translated page names itself in the list.
CONTENTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("HelpWindow", "Getting started"), ("index", "first-steps")),
    (QT_TRANSLATE_NOOP("HelpWindow", "The registers"),
     ("organisation", "activity", "processor", "dpia", "breach", "rights_request", "consent", "person",
      "training", "policy")),
    (QT_TRANSLATE_NOOP("HelpWindow", "Looking after the register"),
     ("dashboard", "review", "backups", "exports", "audit")),
)
PAGES: tuple[str, ...] = tuple(page for _heading, pages in CONTENTS for page in pages)

# The main window's pages that are not one register: the help page each one opens on F1.
MAIN_WINDOW_PAGES = {"dashboard": "dashboard", "reviews": "review", "audit": "audit", "people": HOME}

_TITLE = re.compile(r"<title>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_LOCAL_SCHEMES = ("", "file")
_EXTERNAL_SCHEMES = ("http", "https", "mailto")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def help_dir() -> Path:
    return resource_path("help")


def help_language(language: str | None = None) -> str:
    """The language to show help in: the one given (Settings.language), else the one the window speaks
    (launch.install_translation resolved it from Preferences or the system)."""
    from ..core import i18n
    return language or i18n.language()


def help_file(page: str, language: str = FALLBACK_LANGUAGE) -> Path | None:
    """The file of ``page`` in ``language`` (``pt_BR``, then ``pt``), else in English; None if there is none."""
    folders = [language, language.split("_")[0], FALLBACK_LANGUAGE]
    for folder in dict.fromkeys(f for f in folders if f):
        path = help_dir() / folder / f"{page}.html"
        if path.is_file():
            return path
    return None


def page_title(path: Path) -> str:
    """A page's <title>, as the contents list shows it."""
    match = _TITLE.search(path.read_text("utf-8"))
    return " ".join(unescape(match.group(1)).split()) if match else path.stem


class HelpBrowser(QTextBrowser):
    """A QTextBrowser that reads local files only: no page can make it reach the network."""

    def loadResource(self, kind: int, url: QUrl | str) -> object:  # noqa: N802 (Qt's name)
        if QUrl(url).scheme() not in _LOCAL_SCHEMES:
            return None
        return super().loadResource(kind, url)


class HelpWindow(QWidget):
    """Contents on the left, the page on the right; back, forward, home and find in the page above."""

    def __init__(self, language: str = FALLBACK_LANGUAGE) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.language = language
        self.setObjectName("HelpWindow")
        self.setWindowTitle(tr("Atlas Desktop help"))
        self.setMinimumSize(QSize(640, 420))
        style = self.style()

        self.back_button = self._tool(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack), tr("Back"),
                                      QKeySequence.StandardKey.Back)
        self.forward_button = self._tool(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward),
                                         tr("Forward"), QKeySequence.StandardKey.Forward)
        self.home_button = self._tool(style.standardIcon(QStyle.StandardPixmap.SP_DirHomeIcon), tr("Home"), None)
        self.home_button.setToolTip(tr("Back to the first page of the help"))
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(tr("Find in this page ({0})").format(
            QKeySequence(QKeySequence.StandardKey.Find).toString(QKeySequence.SequenceFormat.NativeText)))
        self.find_edit.setAccessibleName(tr("Find in this page"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.setMinimumWidth(self.find_edit.fontMetrics().horizontalAdvance(
            self.find_edit.placeholderText()) + self.fontMetrics().height() * 3)  # room for the clear button
        self.find_status = QLabel()
        self.find_status.setAccessibleName(tr("Find result"))
        bar = QHBoxLayout()
        for button in (self.back_button, self.forward_button, self.home_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.find_status)
        bar.addWidget(self.find_edit)

        self.contents = QTreeWidget()
        self.contents.setAccessibleName(tr("Help contents"))
        self.contents.setHeaderHidden(True)
        self.contents.setRootIsDecorated(False)
        self.contents.setItemsExpandable(False)  # a short guide: every heading stays open
        self.contents.setUniformRowHeights(True)
        self.contents.setStyleSheet("QTreeView::item { padding: 2px 0px; }")  # a little air between titles
        self.items: dict[str, QTreeWidgetItem] = {}
        self._fill_contents()
        self.browser = HelpBrowser()
        self.browser.setAccessibleName(tr("Help page"))
        self.browser.setOpenLinks(False)  # every link goes through _follow: local pages here, the web outside
        self.browser.setOpenExternalLinks(False)
        font = QFont(self.browser.font())
        if font.pointSizeF() > 0:  # a guide is read at length: a little larger than the form text
            font.setPointSizeF(font.pointSizeF() * 1.15)
        self.browser.setFont(font)
        self.browser.document().setDocumentMargin(14)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        width = (self.contents.sizeHintForColumn(0) + self.contents.indentation()
                 + 2 * self.contents.frameWidth() + 24)
        self.contents.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 8)  # can be dragged narrower
        splitter.setSizes([min(width, 320), 10_000])
        column = QVBoxLayout(self)
        column.addLayout(bar)
        column.addWidget(splitter, 1)

        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button.clicked.connect(self.browser.forward)
        self.home_button.clicked.connect(lambda: self.open_page(HOME))
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.sourceChanged.connect(self._shown)
        self.contents.currentItemChanged.connect(self._chosen)
        self.find_edit.textChanged.connect(lambda _text: self.find(from_start=True))
        self.find_edit.returnPressed.connect(self.find)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_find)
        QShortcut(QKeySequence.StandardKey.FindNext, self, self.find)
        QShortcut(QKeySequence.StandardKey.FindPrevious, self, lambda: self.find(backward=True))
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self.browser.zoomIn(1))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self.browser.zoomOut(1))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        self.resize(1000, 700)

    def _tool(self, icon, text: str, key: QKeySequence.StandardKey | None) -> QToolButton:  # noqa: ANN001
        button = QToolButton()
        button.setIcon(icon)
        button.setText(text)
        button.setAccessibleName(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        if key is not None:
            button.setShortcut(QKeySequence(key))
            shortcut = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{text} ({shortcut})" if shortcut else text)
        return button

    def _fill_contents(self) -> None:
        bold = QFont(self.contents.font())
        bold.setBold(True)
        for heading in CONTENTS:
            title = QTreeWidgetItem(self.contents, [tr(heading[0])])
            title.setFont(0, bold)
            title.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading, not a page: readable, not selectable
            for page in heading[1]:
                path = help_file(page, self.language)
                if path is not None:
                    item = QTreeWidgetItem(title, [page_title(path)])
                    item.setData(0, Qt.ItemDataRole.UserRole, page)
                    self.items[page] = item
        self.contents.expandAll()

    # -- pages ------------------------------------------------------------------------------------
    def open_page(self, page: str, fragment: str = "") -> bool:
        """Show ``page`` (a register's key or a page name); the first page if there is no such page."""
        path = help_file(page, self.language) or help_file(HOME, self.language)
        if path is None:  # a broken installation: say so in the window rather than show nothing
            self.browser.setPlainText(tr("The help pages are missing from this installation of Atlas Desktop. "
                                         "Install it again to get them back."))
            return False
        url = QUrl.fromLocalFile(str(path))
        if fragment:
            url.setFragment(fragment)
        self.browser.setSource(url)
        return path.stem == page

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        # Qt's rich text fixes the link colour from the palette when it reads a page: a switch to dark (or
        # light) while the guide is open reads the page again, or its links stay the old scheme's blue.
        if event.type() == QEvent.Type.PaletteChange:
            self.browser.reload()

    def current_page(self) -> str:
        return Path(self.browser.source().toLocalFile()).stem

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in _EXTERNAL_SCHEMES:
            QDesktopServices.openUrl(url)  # only on a click: the help itself never goes online
            return
        target = self.browser.source().resolved(url)
        if target.scheme() not in _LOCAL_SCHEMES:
            return  # another scheme (javascript:, ftp:…): nothing to open
        self.open_page(Path(target.toLocalFile()).stem, target.fragment())

    def _shown(self, url: QUrl) -> None:
        title = self.browser.documentTitle()
        self.setWindowTitle(tr("{0} — Atlas Desktop help").format(title) if title else tr("Atlas Desktop help"))
        page = Path(url.toLocalFile()).stem  # source() may not name the new page yet while this signal runs
        self.contents.blockSignals(True)
        self.contents.setCurrentItem(self.items.get(page))
        self.contents.blockSignals(False)
        if self.find_edit.text():
            self.find(from_start=True)

    def _chosen(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        page = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if page and page != self.current_page():
            self.open_page(page)

    # -- find in the page ---------------------------------------------------------------------------
    def _focus_find(self) -> None:
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()

    def find(self, from_start: bool = False, backward: bool = False) -> bool:
        """Select the next match of the find box's text (wrapping round); say so when there is none."""
        text = self.find_edit.text()
        cursor = self.browser.textCursor()
        if not text:
            cursor.clearSelection()
            self.browser.setTextCursor(cursor)
            self.find_status.clear()
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        if from_start:
            cursor.movePosition(cursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
        found = self.browser.find(text, flags)
        if not found:  # wrap round to the other end of the page
            cursor.movePosition(cursor.MoveOperation.End if backward else cursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text, flags)
        self.find_status.setText("" if found else tr("Not found in this page"))
        return found


_window: HelpWindow | None = None


def show_help(parent: QWidget | None = None, page: str = HOME, language: str | None = None) -> HelpWindow:
    """Open the help on ``page``, reusing the one help window (made on first use, with no parent, so that
    closing the window it was asked from does not close the help too)."""
    global _window
    language = help_language(language)
    if _window is None or not shiboken6.isValid(_window) or _window.language != language:
        if _window is not None and shiboken6.isValid(_window):
            _window.close()
            _window.deleteLater()
        _window = HelpWindow(language)
        if parent is not None:  # next to the window it was asked from, on that screen
            _window.move(parent.window().frameGeometry().topLeft() + parent.window().rect().center()
                         - _window.rect().center())
    _window.open_page(page)
    _window.show()
    _window.raise_()
    _window.activateWindow()
    return _window


def help_window() -> HelpWindow | None:
    """The help window if it is open (for tests and the lock)."""
    return _window if _window is not None and shiboken6.isValid(_window) else None


def install_help(window: QWidget, page: str | Callable[[], str], language: str | None = None) -> QPushButton:
    """F1 in ``window`` opens its help page; returns a "Help" button that does the same, for its button row."""
    def open_it() -> None:
        show_help(window, page() if callable(page) else page, language)

    QShortcut(QKeySequence(HELP_KEY), window, open_it)
    button = QPushButton(window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxQuestion), tr("Help"))
    button.setToolTip(tr("What the law asks here, in plain words ({0})").format(HELP_KEY))
    button.setAccessibleName(tr("Help"))
    button.setAutoDefault(False)
    button.clicked.connect(open_it)
    return button


def main_window_page(window: QWidget) -> str:
    """The help page for what the main window shows now: the register on screen, else that page's own."""
    view = window.current_view() if hasattr(window, "current_view") else None
    if view is not None:
        return view.entity_key
    key = window.current_page() if hasattr(window, "current_page") else HOME
    return MAIN_WINDOW_PAGES.get(key, key if key in PAGES else HOME)
