"""The dashboard's clickable rows (one per finding, a live one per breach clock), with their severity icons and words.

Severity is never shown by colour alone: each has its own icon shape (a round "!" for
overdue, a triangle for due soon, a square "i" for a gap, a clock for a running breach
clock) and its own words. Colours are the theme's hues and tints mixed from the palette, so light
and dark schemes both read.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QCoreApplication,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QGridLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QWidget,
)

from ..core.checks import DUE_SOON, GAP, OVERDUE, Finding
from ..core.clocks import BREACH_NOTIFICATION_HOURS
from ..core.entities import BY_KEY
from . import theme
from .i18n import spec_text, trn
from .theme import mix
from ..core.i18n import cite

CLOCK = "clock"   # a breach clock still running: its own icon, above the severity groups
ALL_CLEAR = "ok"

# The rules whose deadline is the 72-hour breach clock: shown live, to the minute.
CLOCK_CODES = frozenset({"breach-notification-due", "breach-notification-overdue",
                         "breach-assessment-due", "breach-assessment-overdue"})
PAGE = 25  # rows shown per group before "Show more": thousands of gaps must not build thousands of widgets
_ASSESSMENT_CODES = frozenset({"breach-assessment-due", "breach-assessment-overdue"})

# Each severity's hue in the theme's table.
_HUES = {OVERDUE: theme.RED, DUE_SOON: theme.AMBER, CLOCK: theme.AMBER, GAP: theme.BLUE, ALL_CLEAR: theme.GREEN}


def tr(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


def severity_colour(palette: QPalette, severity: str) -> QColor:
    return theme.hue(_HUES.get(severity, theme.BLUE), palette)


def severity_word(severity: str) -> str:
    return {OVERDUE: tr("Overdue"), DUE_SOON: tr("Due soon"), GAP: tr("Gap"), CLOCK: tr("Breach clock"),
            ALL_CLEAR: tr("All clear")}.get(severity, severity)


def severity_icon(severity: str, palette: QPalette, size: float, ratio: float = 1.0) -> QIcon:
    """A small icon, drawn at ``size`` logical pixels for a screen of device pixel ratio ``ratio``."""
    pixmap = QPixmap(max(1, round(size * ratio)), max(1, round(size * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour, white = severity_colour(palette, severity), theme.on_hue(palette)
    box = QRectF(size * 0.06, size * 0.06, size * 0.88, size * 0.88)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    if severity == DUE_SOON:
        p.drawPolygon(QPolygonF([QPointF(size / 2, box.top()), QPointF(box.right(), box.bottom()),
                                 QPointF(box.left(), box.bottom())]))
        glyph, glyph_box = "!", QRectF(box.left(), box.top() + size * 0.22, box.width(), box.height() * 0.8)
    elif severity == GAP:
        p.drawRoundedRect(box, size * 0.18, size * 0.18)
        glyph, glyph_box = "i", box
    else:
        p.drawEllipse(box)
        glyph, glyph_box = ("!" if severity == OVERDUE else ""), box
    pen = QPen(white, size * 0.11)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    if severity == CLOCK:  # hands at ten to two
        p.setPen(pen)
        c = box.center()
        p.drawLine(c, QPointF(c.x(), box.top() + size * 0.2))
        p.drawLine(c, QPointF(box.right() - size * 0.22, c.y() + size * 0.08))
    elif severity == ALL_CLEAR:
        p.setPen(pen)
        path = QPainterPath(QPointF(size * 0.3, size * 0.52))
        path.lineTo(size * 0.45, size * 0.67)
        path.lineTo(size * 0.71, size * 0.36)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
    if glyph:
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(1, round(size * 0.62)))
        p.setFont(font)
        p.setPen(white)
        p.drawText(glyph_box, Qt.AlignmentFlag.AlignCenter, glyph)
    p.end()
    return QIcon(pixmap)


def duration_text(seconds: float) -> str:
    """A length of time to the minute, rounded down (never promise a minute that is not there);
    past the 72 hours of the clock itself, days and hours read more easily."""
    minutes = int(max(0.0, seconds) // 60)
    if minutes == 0:
        return tr("less than a minute")
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if minutes >= BREACH_NOTIFICATION_HOURS * 60:
        return trn("Dashboard", "%n day(s) {0} h", days).format(hours) if hours else trn("Dashboard", "%n day(s)", days)
    hours += days * 24
    if hours and mins:
        return tr("{0} h {1} min").format(hours, mins)
    return tr("{0} h").format(hours) if hours else tr("{0} min").format(mins)


def clock_text(finding: Finding, now: dt.datetime) -> tuple[bool, str]:
    """(overdue?, the sentence) for a breach clock at ``now``, e.g.
    "Notify the authority within 41 h 12 min (Art. 33(1))"."""
    assert isinstance(finding.due, dt.datetime)
    left = (finding.due - now).total_seconds()
    assessing = finding.code in _ASSESSMENT_CODES
    if left > 0:
        text = tr("Decide whether to notify the authority within {0} ({1})") if assessing \
            else tr("Notify the authority within {0} ({1})")
        return False, text.format(duration_text(left), cite(finding.article))
    text = tr("Overdue by {0}: decide now whether to notify the authority ({1})") if assessing \
        else tr("Overdue by {0}: notify the authority now and give the reasons for the delay ({1})")
    return True, text.format(duration_text(-left), cite(finding.article))


def days_text(severity: str, days: int) -> str:
    """How far a date deadline is, in the words the right-hand column shows."""
    if days < 0:
        return trn("Dashboard", "%n day(s) overdue", -days)
    if days == 0:
        return tr("due today")
    return trn("Dashboard", "%n day(s) left", days)


class FindingButton(QAbstractButton):
    """One finding: icon, record, what to do and the article; a click (or Enter) opens the record."""

    def __init__(self, finding: Finding, when: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finding = finding
        self.severity = finding.severity
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        em = self.fontMetrics().height()
        grid = QGridLayout(self)
        grid.setContentsMargins(round(em * 0.8), round(em * 0.45), round(em * 0.7), round(em * 0.45))
        grid.setHorizontalSpacing(round(em * 0.6))
        grid.setVerticalSpacing(round(em * 0.15))
        self.icon_label = self._label()
        grid.addWidget(self.icon_label, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        kind = spec_text(BY_KEY[finding.entity].label) if finding.entity in BY_KEY else finding.entity
        self.title_label = self._label(f"<b>{_escape(finding.title)}</b>&nbsp;&nbsp;"
                                       f"<span style='color:{self._muted().name()}'>{_escape(kind)}</span>")
        self.title_label.setTextFormat(Qt.TextFormat.RichText)
        self.title_label.setWordWrap(True)
        grid.addWidget(self.title_label, 0, 1)
        self.when_label = self._label(when)
        bold = QFont(self.font())
        bold.setBold(True)
        self.when_label.setFont(bold)
        grid.addWidget(self.when_label, 0, 2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.message_label = self._label(finding.message)
        self.message_label.setWordWrap(True)
        grid.addWidget(self.message_label, 1, 1)
        self.article_label = self._label(cite(finding.article))
        self._mute(self.article_label)
        grid.addWidget(self.article_label, 1, 2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        self._paint_icon()
        self._describe()

    # -- parts -----------------------------------------------------------------------------------
    def _label(self, text: str = "") -> QLabel:
        label = QLabel(text, self)
        # Clicks and focus belong to the row, not to its pieces.
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _mute(self, label: QLabel) -> None:
        # A palette, not a style sheet: a style sheet per label made each row several times slower to
        # build (a page of rows is built when the dashboard first shows). The dashboard rebuilds its
        # rows when the palette changes, so the colour follows the theme.
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, self._muted())
        label.setPalette(palette)

    def _muted(self) -> QColor:
        return theme.muted(self.palette())

    def _paint_icon(self) -> None:
        size = self.fontMetrics().height() * 1.25
        icon = severity_icon(self.severity, self.palette(), size, self.devicePixelRatioF())
        self.icon_label.setPixmap(icon.pixmap(round(size), round(size)))
        self.icon_label.setAccessibleName(severity_word(self.severity))

    def _describe(self) -> None:
        f = self.finding
        words = [severity_word(self.severity), self.when_label.text(), f.message, cite(f.article)]
        self.setAccessibleName(". ".join(w for w in words if w))
        self.setAccessibleDescription(tr("Press Enter to open the record."))
        self.setToolTip(f"{f.message} ({cite(f.article)})\n{tr('Click to open the record.')}")

    def set_when(self, text: str) -> None:
        if text != self.when_label.text():
            self.when_label.setText(text)
            self._describe()

    # -- behaviour -------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        em = self.fontMetrics().height()
        base = pal.color(QPalette.ColorRole.Base)
        accent = severity_colour(pal, self.severity)
        hot = self.underMouse() or self.isDown()
        fill = mix(base, accent, 0.10 if hot else 0.045)
        edge = accent if self.hasFocus() else mix(base, pal.color(QPalette.ColorRole.Text), 0.16)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        radius = em * 0.3
        p.setPen(QPen(edge, 2 if self.hasFocus() else 1))
        p.setBrush(fill)
        p.drawRoundedRect(rect, radius, radius)
        # The stripe repeats the icon's hue; the icon and words carry the meaning.
        stripe = QPainterPath()
        stripe.addRoundedRect(QRectF(rect.left(), rect.top(), em * 0.28, rect.height()), radius * 0.6, radius * 0.6)
        p.fillPath(stripe, accent)
        p.end()


class ClockButton(FindingButton):
    """A running (or blown) 72-hour breach clock: the countdown to the minute and the share of time used."""

    def __init__(self, finding: Finding, now: dt.datetime, deadline_text: str, parent: QWidget | None = None) -> None:
        super().__init__(finding, "", parent)
        grid = self.layout()
        assert isinstance(grid, QGridLayout)
        # The countdown is what matters: it takes the message's place, the deadline goes below the bar.
        grid.removeWidget(self.message_label)
        grid.removeWidget(self.article_label)
        self.article_label.hide()  # the countdown sentence cites the article
        self.countdown_label = self._label()
        big = QFont(self.font())
        big.setBold(True)
        big.setPointSizeF(max(big.pointSizeF(), 1.0) * 1.25)
        self.countdown_label.setFont(big)
        self.countdown_label.setWordWrap(True)
        grid.addWidget(self.countdown_label, 1, 1, 1, 2)
        self.message_label.setText(deadline_text)
        self._mute(self.message_label)
        grid.addWidget(self.message_label, 3, 1, 1, 2)
        self.bar = QProgressBar(self)
        self.bar.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.bar.setRange(0, BREACH_NOTIFICATION_HOURS * 60)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(max(4, round(self.fontMetrics().height() * 0.45)))
        self.bar.setAccessibleName(tr("Share of the 72 hours used"))
        grid.addWidget(self.bar, 2, 1, 1, 2)
        self.overdue = False
        self.update_clock(now)

    def update_clock(self, now: dt.datetime) -> None:
        overdue, text = clock_text(self.finding, now)
        assert isinstance(self.finding.due, dt.datetime)
        used = BREACH_NOTIFICATION_HOURS * 60 - (self.finding.due - now).total_seconds() / 60
        self.bar.setValue(int(max(0, min(self.bar.maximum(), used))))
        severity = OVERDUE if overdue else CLOCK
        if severity != self.severity:
            self.severity = severity
            self._paint_icon()
            self.update()
        self.overdue = overdue
        if text != self.countdown_label.text():
            self.countdown_label.setText(text)
        self.set_when(tr("Overdue") if overdue else tr("Clock running"))
        self._describe()

    def _describe(self) -> None:
        if not hasattr(self, "countdown_label"):
            return super()._describe()
        f = self.finding
        self.setAccessibleName(". ".join(w for w in (severity_word(CLOCK), f.title, self.countdown_label.text(),
                                                     self.message_label.text()) if w))
        self.setAccessibleDescription(tr("Press Enter to open the breach."))
        self.setToolTip(f"{self.countdown_label.text()}\n{tr('Click to open the breach.')}")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

