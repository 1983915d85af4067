"""Follows the system's light or dark scheme and hands out the app's own colours for it, from one table.

Qt gives the palette; Atlas adds a few meanings of its own (overdue, due soon, a gap, done) that
the palette has no role for. Each is a pair here, one colour for a light scheme and one for a dark
scheme; tints and muted text are mixed from the palette's own colours. Every colour handed out for
text is checked against the ground it is drawn on and darkened or lightened towards the palette's
text colour until it reaches WCAG 2.1's AA contrast (1.4.3: 4.5:1), so a system palette with weak
contrast of its own still gives readable text.

When the system switches scheme while Atlas runs (``QStyleHints.colorSchemeChanged``), Qt hands
the new palette down and ``changed`` fires once it has: widgets that keep a colour of their own
(``follow``) work it out again. Where the system asks for dark but its palette stays light (the
offscreen platform, a Linux desktop without a dark Qt theme), Atlas puts in its own dark palette.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

AA_TEXT = 4.5      # WCAG 2.1, 1.4.3: text against its ground
AA_GRAPHIC = 3.0   # WCAG 2.1, 1.4.11: icons, bars and borders that carry meaning

RED, AMBER, BLUE, GREEN = "red", "amber", "blue", "green"
# The app's own hues as (light scheme, dark scheme): overdue and errors, due soon and warnings, gaps and
# information, done. Strong enough as icon fills against both the window and the base colour.
HUES: dict[str, tuple[str, str]] = {RED: ("#c62828", "#ef6f6c"), AMBER: ("#a85d00", "#f5b04c"),
                                    BLUE: ("#1f5fae", "#7fb2f0"), GREEN: ("#2e7d32", "#7cc47f")}
ON_HUE = ("#ffffff", "#1b1b1b")  # a glyph ("!", a tick) drawn on a hue

_R = QPalette.ColorRole
# Atlas's own dark palette, only for a system that asks for dark but keeps a light palette.
DARK_PALETTE: dict[QPalette.ColorRole, str] = {
    _R.Window: "#2d2d2d", _R.WindowText: "#ececec", _R.Base: "#1f1f1f", _R.AlternateBase: "#282828",
    _R.Text: "#ececec", _R.Button: "#383838", _R.ButtonText: "#ececec", _R.BrightText: "#ffffff",
    _R.Light: "#505050", _R.Midlight: "#444444", _R.Mid: "#6a6a6a", _R.Dark: "#1a1a1a", _R.Shadow: "#0d0d0d",
    _R.Highlight: "#2a6db0", _R.HighlightedText: "#ffffff", _R.Link: "#8ab4f8", _R.LinkVisited: "#c58af9",
    _R.ToolTipBase: "#3a3a3a", _R.ToolTipText: "#ececec", _R.PlaceholderText: "#a6a6a6", _R.Accent: "#2a6db0",
}
_DARK_DISABLED = {_R.WindowText: "#808080", _R.Text: "#808080", _R.ButtonText: "#808080",
                  _R.Base: "#262626", _R.Button: "#303030", _R.Highlight: "#4a4a4a", _R.HighlightedText: "#b0b0b0"}


# -- colour arithmetic --------------------------------------------------------------------------------
def mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    """``a`` blended towards ``b``: how tints and muted lines are derived from the palette."""
    t = max(0.0, min(1.0, share_of_b))
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t)


def flat(colour: QColor, ground: QColor) -> QColor:
    """A translucent colour as it shows over ``ground`` (Qt's placeholder text is half transparent)."""
    return mix(ground, colour, colour.alphaF())


def luminance(colour: QColor) -> float:
    """WCAG 2.1's relative luminance."""
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2.1's contrast ratio, 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable(colour: QColor, grounds: Iterable[QColor], ink: QColor, ratio: float = AA_TEXT) -> QColor:
    """``colour``, moved just far enough towards ``ink`` (the palette's text colour) to reach ``ratio``
    against every ground; the ink itself if even that does not (the palette's own contrast is the limit)."""
    grounds = list(grounds)

    def enough(c: QColor) -> bool:
        return all(contrast(c, g) >= ratio for g in grounds)
    if enough(colour):
        return colour

    def towards(share: float) -> QColor:
        return QColor(mix(colour, ink, share).name())  # as it will be drawn: 8 bits a channel

    low, high = 0.0, 1.0
    for _ in range(12):  # a binary search: 1/4096 of the way is finer than one step of a colour channel
        middle = (low + high) / 2
        low, high = (low, middle) if enough(towards(middle)) else (middle, high)
    return towards(high)


# -- the scheme and the app's own colours ---------------------------------------------------------------
def palette_of(palette: QPalette | QWidget | None = None) -> QPalette:
    if isinstance(palette, QPalette):
        return palette
    if palette is not None:
        return palette.palette()
    return QGuiApplication.palette()


def is_dark(palette: QPalette | QWidget | None = None) -> bool:
    """Whether the palette (a widget's, or the application's) is a dark one: its window colour decides."""
    return palette_of(palette).color(_R.Window).lightness() < 128


def pick(pair: tuple[str, str], palette: QPalette | QWidget | None = None) -> QColor:
    """The light or the dark half of a (light, dark) pair, for this palette."""
    return QColor(pair[1] if is_dark(palette) else pair[0])


def hue(name: str, palette: QPalette | QWidget | None = None) -> QColor:
    """One of the app's hues, for icons, stripes and bars (never the only carrier of a meaning)."""
    return pick(HUES[name], palette)


def on_hue(palette: QPalette | QWidget | None = None) -> QColor:
    return pick(ON_HUE, palette)


def hue_text(name: str, palette: QPalette | QWidget | None = None) -> QColor:
    """The hue as text on the window or base colour (a coloured label)."""
    pal = palette_of(palette)
    return QColor(_hue_text(name, *_key(pal)))


def tint(name: str, palette: QPalette | QWidget | None = None) -> QColor:
    """The window colour with a little of the hue in it: the ground of a notice panel."""
    pal = palette_of(palette)
    return mix(pal.color(_R.Window), hue(name, pal), 0.16 if is_dark(pal) else 0.12)


def muted(palette: QPalette | QWidget | None = None) -> QColor:
    """Secondary text: the text colour softened towards the window, but still readable on the window, the
    base colour and every notice tint (help lines sit on all of them)."""
    return QColor(_muted(*_key(palette_of(palette))))


def _key(pal: QPalette) -> tuple[int, int, int]:
    # Worked out on every row a page builds: kept per palette, by the three colours they depend on.
    return pal.color(_R.Window).rgb(), pal.color(_R.Base).rgb(), pal.color(_R.WindowText).rgb()


def _palette(window: int, base: int, ink: int) -> QPalette:
    pal = QPalette()
    pal.setColor(_R.Window, QColor.fromRgb(window))
    pal.setColor(_R.Base, QColor.fromRgb(base))
    pal.setColor(_R.WindowText, QColor.fromRgb(ink))
    return pal


@lru_cache(maxsize=64)
def _hue_text(name: str, window: int, base: int, ink: int) -> str:
    pal = _palette(window, base, ink)
    return readable(hue(name, pal), (pal.color(_R.Window), pal.color(_R.Base)), pal.color(_R.WindowText)).name()


@lru_cache(maxsize=16)
def _muted(window: int, base: int, ink: int) -> str:
    pal = _palette(window, base, ink)
    grounds = (pal.color(_R.Window), pal.color(_R.Base), *(tint(name, pal) for name in HUES))
    return readable(mix(pal.color(_R.Window), pal.color(_R.WindowText), 0.62), grounds, pal.color(_R.WindowText)).name()


def text_roles() -> tuple[tuple[QPalette.ColorRole, QPalette.ColorRole], ...]:
    """(text, ground) pairs of the palette that carry text: what the palette itself must keep readable."""
    return ((_R.WindowText, _R.Window), (_R.Text, _R.Base), (_R.Text, _R.AlternateBase),
            (_R.ButtonText, _R.Button), (_R.HighlightedText, _R.Highlight), (_R.ToolTipText, _R.ToolTipBase),
            (_R.Link, _R.Base), (_R.PlaceholderText, _R.Base))


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in DARK_PALETTE.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


# -- following the system ---------------------------------------------------------------------------------
class Theme(QObject):
    """The application's one follower of the colour scheme; ``changed`` fires after every palette change."""

    changed = Signal()

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self._app = app
        self.requested = Qt.ColorScheme.Unknown  # what force() asked for; Unknown: whatever the system says
        self.own = False                          # Atlas's palette is in place of the system's
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.changed.emit)
        app.styleHints().colorSchemeChanged.connect(self._scheme_changed)
        # Not an event filter on the application: that would see every event of every widget.
        app.paletteChanged.connect(self._later.start)  # once, after Qt has handed it to every widget

    def scheme(self) -> Qt.ColorScheme:
        """The scheme in force: the one forced, else the system's, else the palette's own lightness."""
        wanted = self.requested
        if wanted == Qt.ColorScheme.Unknown:
            wanted = self._app.styleHints().colorScheme()
        if wanted == Qt.ColorScheme.Unknown:
            wanted = Qt.ColorScheme.Dark if is_dark(self._app.palette()) else Qt.ColorScheme.Light
        return wanted

    def sync(self) -> None:
        """Put the system's palette back, then Atlas's own over it only if it does not match the scheme."""
        wanted = self.requested
        if wanted == Qt.ColorScheme.Unknown:
            wanted = self._app.styleHints().colorScheme()
        if self.own:
            self._app.setPalette(QPalette())  # no role set: every role from the system again
            self.own = False
        # Only under Fusion, which draws everything from the palette: a native style (Windows' own, macOS)
        # draws its controls in the system's colours and would not go with a palette put in their place.
        if not isinstance(self._app, QApplication) or self._app.style().name().lower() != "fusion":
            return
        dark = is_dark(self._app.palette())
        if wanted == Qt.ColorScheme.Dark and not dark:
            self._app.setPalette(dark_palette())
            self.own = True
        elif wanted == Qt.ColorScheme.Light and dark:
            self._app.setPalette(self._app.style().standardPalette())
            self.own = True

    def force(self, scheme: Qt.ColorScheme) -> None:
        """Ask for ``scheme`` (Unknown: follow the system again), as a user's choice or the showcase does."""
        self.requested = scheme
        self._app.styleHints().setColorScheme(scheme)
        self.sync()

    @Slot(Qt.ColorScheme)
    def _scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        # Qt updates the palette after saying the scheme changed: look once it has.
        QTimer.singleShot(0, self.sync)


def theme() -> Theme | None:
    """The application's theme follower, made on first use (None before there is an application)."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return None
    found = app.findChild(Theme, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return found if found is not None else Theme(app)


def setup(app: QGuiApplication) -> Theme:
    """Follow the system's scheme from now on (the launcher calls this once)."""
    follower = theme()
    assert follower is not None and follower.parent() is app
    follower.sync()
    return follower


def force(scheme: Qt.ColorScheme) -> None:
    follower = theme()
    if follower is not None:
        follower.force(scheme)


class _Follower(QObject):
    """A child of the widget, so it goes with it: reapplies the widget's own colours after a palette change."""

    def __init__(self, widget: QWidget, restyle: Callable[[], None]) -> None:
        super().__init__(widget)
        self.setObjectName("themeFollower")
        self.restyle = restyle
        follower = theme()
        if follower is not None:
            follower.changed.connect(self.apply)

    @Slot()
    def apply(self) -> None:
        self.restyle()


def follow(widget: QWidget, restyle: Callable[[], None], now: bool = True) -> None:
    """Apply ``restyle`` now (unless not ``now``) and after every change of scheme, for as long as ``widget``
    lives; calling it again for the same widget replaces the earlier one."""
    found = widget.findChild(_Follower, "themeFollower", Qt.FindChildOption.FindDirectChildrenOnly)
    if found is None:
        _Follower(widget, restyle)
    else:
        found.restyle = restyle
    if now:
        restyle()
