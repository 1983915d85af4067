"""How a register table marks a row the checks flag: the Attention column's icon, and the overdue row's tint.

Asked for on every paint of every flagged row (``RecordTableModel.data``), so both are cheap: the icon is
kept per style, and the tint is a blend worked out from the palette's own base colour.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from ..core.checks import OVERDUE
from . import theme

_ICONS: dict[tuple[int, str], QIcon] = {}


def attention_icon(severity: str) -> QIcon | None:
    """The warning icon for an overdue row, the information icon for one due soon."""
    if not isinstance(QApplication.instance(), QApplication):
        return None  # no widgets application, no style to draw icons with; the word still says it
    # Kept per style: asking the style for its icon on every paint of every flagged row was a millisecond
    # of a filter keystroke.
    style = QApplication.style()
    key = (id(style), severity)
    icon = _ICONS.get(key)
    if icon is None:
        icon = _ICONS[key] = style.standardIcon(QStyle.SP_MessageBoxWarning if severity == OVERDUE
                                                else QStyle.SP_MessageBoxInformation)
    return icon


def overdue_tint() -> QColor:
    """The palette's base colour with a little of the theme's red in it: the row's text stays readable
    (tests/gui/test_theme.py measures it) in light and dark schemes."""
    palette = QGuiApplication.palette()
    base = palette.color(QPalette.ColorRole.Base)
    return theme.mix(base, theme.hue(theme.RED, palette), 0.16 if theme.is_dark(palette) else 0.10)
