"""Look-and-feel helpers shared by the editors: palette-derived tints, standard icons, small text.

Colours come from ``gui.theme`` (the system palette, light or dark, and the app's hues) and only
ever tint: every state they mark is also said in words and with an icon, so nothing depends on
colour alone. Labels and panels coloured here follow a switch of scheme while the app runs.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QFont, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QStyle, QWidget

from .. import theme

WARNING, ERROR, INFO, OK = "warning", "error", "info", "ok"

_ICONS = {
    WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
    OK: QStyle.StandardPixmap.SP_DialogApplyButton,
}

# Each kind's hue in the theme's table (a light and a dark colour each).
_HUES = {WARNING: theme.AMBER, ERROR: theme.RED, INFO: theme.BLUE, OK: theme.GREEN}


def _ground(widget: QWidget | None) -> QPalette:
    # The application's palette for the widget, not the widget's own: a label coloured here has a text
    # colour of its own, which must not feed into the next one worked out for it.
    return QApplication.palette(widget) if widget is not None else QApplication.palette()


def is_dark(widget: QWidget | None = None) -> bool:
    return theme.is_dark(_ground(widget))


def text_colour(kind: str, widget: QWidget | None = None) -> QColor:
    """A readable foreground for ``kind`` on the window background."""
    return theme.hue_text(_HUES[kind], _ground(widget))


def tint(kind: str, widget: QWidget | None = None) -> QColor:
    """A subtle background tint for a panel that reports ``kind``."""
    return theme.tint(_HUES[kind], _ground(widget))


def icon(kind: str) -> QIcon:
    return QApplication.style().standardIcon(_ICONS[kind])


def icon_pixmap(kind: str, widget: QWidget, scale: float = 1.0) -> QPixmap:
    """The icon at the height of the widget's text, so it scales with the font (HiDPI-safe)."""
    side = max(12, int(widget.fontMetrics().height() * scale))
    return icon(kind).pixmap(QSize(side, side), widget.devicePixelRatioF())


def small_font(widget: QWidget) -> QFont:
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
    return font


def muted(label: QLabel) -> QLabel:
    """Secondary text (help lines): smaller, softened, still readable (``theme.muted``)."""
    label.setFont(small_font(label))
    theme.follow(label, lambda: _ink(label, theme.muted(_ground(label))))
    return label


def coloured(label: QLabel, kind: str) -> QLabel:
    theme.follow(label, lambda: _ink(label, text_colour(kind, label)))
    return label


def _ink(label: QLabel, colour: QColor) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)


def panel_style(kind: str, widget: QWidget) -> str:
    """A style sheet for a framed notice panel with a semantic tint taken from the palette."""
    border = text_colour(kind, widget).name()
    return (f"background-color: {tint(kind, widget).name()}; border: 1px solid {border}; "
            f"border-radius: 4px;")


def tint_panel(panel: QFrame | QWidget, kind: str, more: str = "") -> None:
    """Give the named ``panel`` the tinted frame of ``kind`` (plus the style sheet ``more``), now and after
    every change of scheme."""
    theme.follow(panel, lambda: panel.setStyleSheet(
        f"#{panel.objectName()} {{ {panel_style(kind, panel)} }}{more}"))


def em(widget: QWidget, count: float) -> int:
    """``count`` character widths in the widget's font: sizes that follow the font, not pixels."""
    return int(widget.fontMetrics().horizontalAdvance("M") * count)
