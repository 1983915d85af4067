"""What every part of the annual review window shares: decision icons and words, dates, and translated core texts.

A decision is never shown by colour alone: each has its own shape (an empty ring for "not
reviewed yet", a tick for "confirmed unchanged", a pencil stroke for "updated", a bar for
"retired") next to its word. Hues are the dashboard's, so both read alike in light and dark.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from ...core import clocks
from ...core import review as rv
from .. import theme
from ..i18n import spec_text
from ..theme import mix

# The dashboard's hues: green for done, blue for edited.
_HUES = {rv.CONFIRMED: theme.GREEN, rv.UPDATED: theme.BLUE}


def core_text(text: str | None) -> str:
    """A text from ``core.review`` (a heading, a decision, a retirement's meaning): translated under the
    specs' context, as the other texts ``core`` declares."""
    return spec_text(text) if text else ""


def decision_word(decision: str) -> str:
    return core_text(rv.DECISION_LABELS.get(decision, decision))


def decision_icon(decision: str, palette: QPalette, size: float = 16, ratio: float = 1.0) -> QIcon:
    """The decision's own shape, drawn from the palette at ``size`` logical pixels."""
    pixmap = QPixmap(max(1, round(size * ratio)), max(1, round(size * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    text = palette.color(QPalette.ColorRole.WindowText)
    box = QRectF(size * 0.1, size * 0.1, size * 0.8, size * 0.8)
    on = theme.on_hue(palette)
    if decision in _HUES:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(theme.hue(_HUES[decision], palette))
        if decision == rv.CONFIRMED:
            p.drawEllipse(box)
        else:
            p.drawRoundedRect(box, size * 0.16, size * 0.16)
        pen = QPen(on, size * 0.12)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        if decision == rv.CONFIRMED:   # a tick
            path = QPainterPath(QPointF(size * 0.3, size * 0.52))
            path.lineTo(size * 0.45, size * 0.67)
            path.lineTo(size * 0.71, size * 0.36)
            p.drawPath(path)
        else:                          # a pencil stroke with its point
            p.drawLine(QPointF(size * 0.32, size * 0.68), QPointF(size * 0.68, size * 0.32))
            p.drawPoint(QPointF(size * 0.3, size * 0.7))
    elif decision == rv.RETIRED:       # a muted disc with a bar: kept, but out of use
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(mix(text, palette.color(QPalette.ColorRole.Window), 0.45))
        p.drawEllipse(box)
        pen = QPen(on, size * 0.13)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.drawLine(QPointF(size * 0.32, size * 0.5), QPointF(size * 0.68, size * 0.5))
    else:                              # not reviewed yet: an empty ring
        p.setPen(QPen(mix(text, palette.color(QPalette.ColorRole.Window), 0.25), size * 0.1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(box.adjusted(size * 0.05, size * 0.05, -size * 0.05, -size * 0.05))
    p.end()
    return QIcon(pixmap)


def local_time(moment: dt.datetime | None, zone: str) -> str:
    if moment is None:
        return ""
    return moment.astimezone(clocks.zone(zone)).strftime("%d %b %Y %H:%M %Z")  # a time is read with its zone


def local_day(moment: dt.datetime | None, zone: str) -> str:
    if moment is None:
        return ""
    return moment.astimezone(clocks.zone(zone)).strftime("%d %b %Y")


def heading(text: str, parent: QWidget | None = None, scale: float = 1.15) -> QLabel:
    """A bold section heading, a little larger than the text."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(max(font.pointSizeF(), 1.0) * scale)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def paragraph(text: str, parent: QWidget | None = None) -> QLabel:
    """Wrapped, selectable body text."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def muted(label: QLabel) -> QLabel:
    """Secondary text: the palette's text colour, softened (never the only carrier of meaning), readable, and
    worked out again when the scheme changes."""
    def restyle() -> None:
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, theme.muted(QApplication.palette(label)))
        label.setPalette(palette)
    theme.follow(label, restyle)
    return label
