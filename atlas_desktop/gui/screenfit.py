"""Keeping windows on the screen they open on: sensible first sizes, frames inside the screen, and a tool bar
that folds onto two lines rather than widening its window.

A 1366×768 laptop at 100 % gives a window about 1366×700 once the taskbar and title bar are
counted; at 200 % the same laptop has 683×384 to offer. So a window's first size is a share of
its screen's free area (never more than the window asks for), its frame is placed inside that
area, and no layout may demand more than the screen has: long content scrolls instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QLayout, QScrollArea, QWidget

# Room for what Qt only learns once a window is shown: the title bar and the frame's edges (a Windows 11 title
# bar is 31 px at 100 %, GNOME's 37 px; the frame's sides a few pixels).
FRAME_ALLOWANCE = QSize(16, 40)
SHARE = 0.92  # a new window takes at most this share of the screen's free area in each direction


def available(widget: QWidget) -> QRect:
    """The free area (without taskbars and docks) of the screen ``widget`` opens on: its parent's, else its own."""
    parent = widget.parentWidget()
    screen = (parent.window().screen() if parent is not None else None) or widget.screen() \
        or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def room(widget: QWidget) -> QSize:
    """The largest size (inside the frame) a window may take on its screen and still show its title bar."""
    area = available(widget).size()
    return QSize(max(1, min(round(area.width() * SHARE), area.width() - FRAME_ALLOWANCE.width())),
                 max(1, min(round(area.height() * SHARE), area.height() - FRAME_ALLOWANCE.height())))


def bounded(widget: QWidget, wanted: QSize) -> QSize:
    """``wanted`` made no bigger than the screen has room for (a minimum size above it could never be met)."""
    return wanted.boundedTo(room(widget))


def fit_window(widget: QWidget, preferred: QSize) -> None:
    """Give a new window its preferred size, or as much as its screen has room for, and place it inside the
    screen: over its parent window if it has one, else in the middle of the screen."""
    widget.resize(bounded(widget, preferred))
    place(widget)


def place(widget: QWidget) -> None:
    """Move the window so that its frame (as far as it is known) lies inside its screen's free area."""
    area = available(widget)
    size = widget.frameGeometry().size().expandedTo(widget.size() + QSize(0, FRAME_ALLOWANCE.height()))
    parent = widget.parentWidget()
    centre = parent.window().frameGeometry().center() if parent is not None else area.center()
    top_left = QPoint(centre.x() - size.width() // 2, centre.y() - size.height() // 2)
    x = max(area.left(), min(top_left.x(), area.right() + 1 - size.width()))
    y = max(area.top(), min(top_left.y(), area.bottom() + 1 - size.height()))
    widget.move(x, y)


def scroll_area(content: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area that resizes it: content taller or wider than a small (or zoomed)
    screen scrolls, rather than its window growing past the screen's edge."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area


def on_screen(widget: QWidget) -> bool:
    """Whether the window's frame lies wholly inside its screen's free area."""
    return available(widget).contains(widget.frameGeometry())


def keep_on_screen(widget: QWidget) -> None:
    """Shrink a window that is larger than its screen has room for (a geometry remembered from a bigger
    monitor), then move it inside the screen."""
    if widget.isMaximized() or widget.isFullScreen():
        return
    fits = bounded(widget, widget.size())
    if fits != widget.size():
        widget.resize(fits)
    if not on_screen(widget):
        place(widget)


class FoldingBar(QWidget):
    """Two groups of controls side by side when the width allows, the second under the first when not:
    a page's tool bar never makes its window wider than a small or zoomed screen."""

    def __init__(self, first: QLayout, second: QLayout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first, self.second = QWidget(), QWidget()
        for holder, layout in ((self.first, first), (self.second, second)):
            layout.setContentsMargins(0, 0, 0, 0)
            holder.setLayout(layout)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(self.fontMetrics().horizontalAdvance("M"))
        self.box.addWidget(self.first)
        self.box.addWidget(self.second, 1)
        self.first.installEventFilter(self)
        self.second.installEventFilter(self)

    @property
    def folded(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.TopToBottom

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        # Folded is the narrowest it can be: the wider of the two groups; as tall as it is laid out now.
        first, second = self.first.minimumSizeHint(), self.second.minimumSizeHint()
        return QSize(max(first.width(), second.width()), self.box.minimumSize().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fold(event.size().width())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # A group grew after the last resize (a count said in longer words, a translated label): decide again,
        # or its end is cut off while the bar keeps the old side-by-side layout.
        if event.type() == QEvent.Type.LayoutRequest and watched in (self.first, self.second):
            self._fold(self.width())
        return super().eventFilter(watched, event)

    def _fold(self, width: int) -> None:
        side_by_side = (self.first.sizeHint().width() + self.box.spacing()
                        + self.second.minimumSizeHint().width()) <= width
        wanted = QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        if self.box.direction() != wanted:
            self.box.setDirection(wanted)
            self.updateGeometry()
