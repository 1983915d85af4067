"""Look-and-feel helpers shared by the editors: palette-derived tints, standard icons, small text.

Colours are taken from the system palette (light or dark) and only ever tint: every state
they mark is also said in words and with an icon, so nothing depends on colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QFont, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QStyle, QWidget

WARNING, ERROR, INFO, OK = "warning", "error", "info", "ok"

_ICONS = {
    WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
    OK: QStyle.StandardPixmap.SP_DialogApplyButton,
}

# Hues for the semantic tints; lightness and saturation follow the palette so dark themes work.
_HUES = {WARNING: 45, ERROR: 0, INFO: 210, OK: 120}


def is_dark(widget: QWidget | None = None) -> bool:
    palette = widget.palette() if widget is not None else QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def text_colour(kind: str, widget: QWidget | None = None) -> QColor:
    """A readable foreground for ``kind`` on the window background."""
    return QColor.fromHsl(_HUES[kind], 170, 170 if is_dark(widget) else 90)


def tint(kind: str, widget: QWidget | None = None) -> QColor:
    """A subtle background tint for a panel that reports ``kind``."""
    return QColor.fromHsl(_HUES[kind], 90, 45 if is_dark(widget) else 235)


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
    """Secondary text (help lines): smaller, in the palette's placeholder colour."""
    label.setFont(small_font(label))
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    return label


def coloured(label: QLabel, kind: str) -> QLabel:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, text_colour(kind, label))
    label.setPalette(palette)
    return label


def panel_style(kind: str, widget: QWidget) -> str:
    """A style sheet for a framed notice panel with a semantic tint taken from the palette."""
    border = text_colour(kind, widget).name()
    return (f"background-color: {tint(kind, widget).name()}; border: 1px solid {border}; "
            f"border-radius: 4px;")


def em(widget: QWidget, count: float) -> int:
    """``count`` character widths in the widget's font: sizes that follow the font, not pixels."""
    return int(widget.fontMetrics().horizontalAdvance("M") * count)
