"""Section navigation for editors: a list of a record's sections beside the page it shows.

The same navigation serves the generic forms (built here from ``Entity.sections``) and the
rich Designer forms (whose pages are adopted as they are), so every editor reads the same.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.spec import Entity, Field
from ..i18n import spec_text
from ..screenfit import scroll_area
from . import style
from .form import Factory, FieldForm, MnemonicPicker
from .widgets import FormContext


def scrolled(page: QWidget) -> QScrollArea:
    """``page`` in a scroll area: long sections never get cut off. It scrolls sideways only when the window is
    narrower than the form (a small screen at 200 %): a hidden edge would hide a field or a checkbox."""
    return scroll_area(page)


class SectionNav(QObject):
    """Keeps a list of section titles and a stack of (scrollable) pages in step."""

    def __init__(self, listing: QListWidget, stack: QStackedWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.list = listing
        self.stack = stack
        self.titles: dict[QWidget, str] = {}
        listing.setAccessibleName(self.tr("Sections"))
        listing.setWordWrap(True)
        listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        listing.setTextElideMode(Qt.TextElideMode.ElideNone)
        listing.setSpacing(2)
        side = listing.fontMetrics().height()
        listing.setIconSize(QSize(side, side))
        listing.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        listing.currentRowChanged.connect(self._show)
        # Pages that came from a Designer form: wrap each in a scroll area, keep its order and title.
        existing = [w for w in (stack.widget(i) for i in range(stack.count())) if w is not None]
        for page in existing:
            stack.removeWidget(page)
        for page in existing:
            self.add_page(page.windowTitle(), page)

    def add_page(self, title: str, page: QWidget) -> QWidget:
        area = scrolled(page)
        page.setProperty("area", area)
        self.stack.addWidget(area)
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
        self.list.addItem(item)
        self.titles[page] = title
        self._fit()
        if self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        return page

    def _fit(self) -> None:
        """As wide as the longest title (with room for a problem icon), within 10 to 17 letters."""
        metrics = self.list.fontMetrics()
        longest = max((metrics.horizontalAdvance(t) for t in self.titles.values()), default=0)
        icon = metrics.height() + 8
        width = longest + icon + 2 * self.list.frameWidth() + 16
        self.list.setFixedWidth(max(style.em(self.list, 10), min(width, style.em(self.list, 19))))

    def _show(self, row: int) -> None:
        if 0 <= row < self.stack.count():
            self.stack.setCurrentIndex(row)

    def pages(self) -> list[QWidget]:
        return list(self.titles)

    def page_containing(self, widget: QWidget) -> QWidget | None:
        for page in self.titles:
            if page is widget or page.isAncestorOf(widget):
                return page
        return None

    def reveal(self, widget: QWidget) -> None:
        """Switch to the page holding ``widget`` and scroll it into view."""
        page = self.page_containing(widget)
        if page is None:
            return
        index = self.stack.indexOf(page.property("area"))
        self.list.setCurrentRow(index)
        area = page.property("area")
        if isinstance(area, QScrollArea):
            area.ensureWidgetVisible(widget, 20, 40)

    def mark(self, counts: Mapping[QWidget, int]) -> None:
        """Show on each section how many problems it holds (an icon and words, not just colour)."""
        for row, page in enumerate(self.titles):
            item = self.list.item(row)
            count = counts.get(page, 0)
            title = self.titles[page]
            if count:
                text = self.tr("{0} ({1} to fix)").format(title, count)
                item.setIcon(style.icon(style.ERROR))
            else:
                text = title
                item.setIcon(QIcon())
            item.setText(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)


def heading(title: str) -> QLabel:
    """A section's heading: bold and a little larger, relative to the system font."""
    label = QLabel(title)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15 if font.pointSizeF() > 0 else 11)
    label.setFont(font)
    label.setAccessibleName(title)
    return label


def section_page(title: str, form: QWidget) -> QWidget:
    """A page: the section's heading over its form."""
    page = QWidget()
    page.setWindowTitle(title)
    column = QVBoxLayout(page)
    column.addWidget(heading(title))
    column.addWidget(form)
    column.addStretch(1)
    return page


def generic_body(entity: Entity, ctx: FormContext, factories: Mapping[str, Factory],
                 on_form: Callable[[FieldForm], None]) -> tuple[QWidget, SectionNav]:
    """The form every register without a rich page gets: one page per declared section."""
    body = QWidget()
    row = QHBoxLayout(body)
    row.setContentsMargins(0, 0, 0, 0)
    listing = QListWidget()
    stack = QStackedWidget()
    row.addWidget(listing)
    row.addWidget(stack, 1)
    nav = SectionNav(listing, stack, body)
    for section in entity.sections:
        fields: list[Field] = list(entity.in_section(section))
        title = spec_text(section) if section else QCoreApplication.translate("editors", "Details")
        form = FieldForm(fields, ctx, factories=factories, mnemonics=MnemonicPicker())
        on_form(form)
        nav.add_page(title, section_page(title, form))
    return body, nav
