"""The dashboard's three small pictures, drawn with QPainter: breaches per month, training coverage, lawful bases.

PySide6-Essentials has no QtCharts, and three simple pictures do not need it. Each chart
takes its numbers from ``core.dashboard_figures`` and says them in words too: the same
sentence is its accessible description and its tooltip, for people who cannot see the
picture. Colours come from the palette (light or dark), sizes from the font (HiDPI-safe).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QStyle, QStyleOptionFocusRect, QWidget

from ..core.dashboard_figures import (
    CLIENTS_BASIS,
    NO_BASIS,
    BasisCount,
    Coverage,
    MonthCount,
)
from . import theme
from .i18n import spec_text
from .theme import mix
from ..core.i18n import cite

__all__ = ["BasisChart", "BreachesChart", "Chart", "CoverageChart", "mix"]  # mix: where others have taken it from


class Chart(QWidget):
    """A picture with a sentence: subclasses paint, and ``summary()`` says the same in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Reachable by Tab so that a screen reader announces the description.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def summary(self) -> str:
        raise NotImplementedError

    def _refresh_words(self) -> None:
        words = self.summary()
        self.setAccessibleDescription(words)
        self.setToolTip(words)
        self.update()

    # -- shared drawing helpers ----------------------------------------------------------------
    def _em(self) -> float:
        return QFontMetricsF(self.font()).height()

    def _ink(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.WindowText)

    def _muted(self) -> QColor:
        return theme.muted(self.palette())

    def _bar(self) -> QColor:
        # The system's accent, made to stand out from the window by 3:1 (a bar is a graphic, WCAG 1.4.11):
        # some dark palettes pick a highlight that white selected text can sit on, too dark for a bar.
        pal = self.palette()
        return theme.readable(pal.color(QPalette.ColorRole.Highlight), (pal.color(QPalette.ColorRole.Window),),
                              pal.color(QPalette.ColorRole.WindowText), theme.AA_GRAPHIC)

    def _track(self) -> QColor:
        pal = self.palette()
        return mix(pal.color(QPalette.ColorRole.Window), pal.color(QPalette.ColorRole.WindowText), 0.14)

    def _begin(self) -> QPainter:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.hasFocus():
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self)
        return painter


def _month(m: MonthCount, fmt: str) -> str:
    return QLocale().toString(QDate(m.year, m.month, 1), fmt)


class BreachesChart(Chart):
    """Bars, one per month, oldest on the left; each bar with a count is labelled with it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._months: list[MonthCount] = []
        self.setAccessibleName(self.tr("Breaches per month"))
        self._refresh_words()

    def set_months(self, months: Sequence[MonthCount]) -> None:
        self._months = list(months)
        self._refresh_words()

    @property
    def months(self) -> list[MonthCount]:
        return list(self._months)

    def summary(self) -> str:
        if not self._months:
            return self.tr("Breaches per month: no figures yet.")
        span = self.tr("{0} to {1}").format(_month(self._months[0], "MMMM yyyy"),
                                            _month(self._months[-1], "MMMM yyyy"))
        total = sum(m.count for m in self._months)
        if total == 0:
            return self.tr("No breaches were recorded in the last {0} months ({1}).").format(
                len(self._months), span)
        busy = "; ".join(f"{_month(m, 'MMMM yyyy')}: {m.count}" for m in self._months if m.count)
        return self.tr("Breaches per month over the last {0} months ({1}): {2} in total. {3}. "
                       "No breaches in the other months.").format(len(self._months), span, total, busy)

    def sizeHint(self) -> QSize:
        em = self._em()
        return QSize(int(em * 18), int(em * 8))

    def minimumSizeHint(self) -> QSize:
        em = self._em()
        return QSize(int(em * 12), int(em * 6))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = self._begin()
        fm = QFontMetricsF(self.font())
        em = fm.height()
        area = QRectF(self.rect()).adjusted(em * 0.4, em * 0.3, -em * 0.4, -em * 0.2)
        if not self._months:
            return
        n = len(self._months)
        slot = area.width() / n
        # Short month names if they fit under their bar, else their first letter.
        names = [_month(m, "MMM") for m in self._months]
        if max(fm.horizontalAdvance(name) for name in names) >= slot * 0.95:
            names = [name[:1] for name in names]
        labels_h, counts_h = em * 1.2, em * 1.1
        base_y = area.bottom() - labels_h
        top = area.top() + counts_h
        peak = max(1, max(m.count for m in self._months))
        painter.setPen(QPen(self._track(), max(1.0, em / 14)))
        painter.drawLine(QPointF(area.left(), base_y), QPointF(area.right(), base_y))
        for i, m in enumerate(self._months):
            x = area.left() + i * slot
            bar_w = slot * 0.62
            bar_x = x + (slot - bar_w) / 2
            if m.count:
                h = (base_y - top) * m.count / peak
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(self._bar())
                painter.drawRoundedRect(QRectF(bar_x, base_y - h, bar_w, h), em * 0.12, em * 0.12)
                painter.setPen(self._ink())
                painter.drawText(QRectF(x, base_y - h - counts_h, slot, counts_h),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, str(m.count))
            painter.setPen(self._ink() if i == n - 1 else self._muted())
            painter.drawText(QRectF(x, base_y + em * 0.15, slot, labels_h),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, names[i])
        painter.end()


class CoverageChart(Chart):
    """A ring filled to the share of current staff with valid training, the percentage in its middle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._coverage = Coverage(0, 0)
        self.setAccessibleName(self.tr("Training coverage"))
        self._refresh_words()

    def set_coverage(self, coverage: Coverage) -> None:
        self._coverage = coverage
        self._refresh_words()

    @property
    def coverage(self) -> Coverage:
        return self._coverage

    def percent_text(self) -> str:
        percent = self._coverage.percent
        return "—" if percent is None else self.tr("{0}%").format(percent)

    def summary(self) -> str:
        c = self._coverage
        if not c.staff:
            return self.tr("Training coverage: no current staff are recorded, so there is nothing to show.")
        return self.tr("Training coverage: {0} of {1} current staff have valid data-protection training "
                       "({2}); {3} need training.").format(c.trained, c.staff, self.percent_text(),
                                                            c.staff - c.trained)

    def sizeHint(self) -> QSize:
        em = self._em()
        return QSize(int(em * 8), int(em * 7))

    def minimumSizeHint(self) -> QSize:
        em = self._em()
        return QSize(int(em * 5), int(em * 5))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = self._begin()
        em = self._em()
        side = max(em * 2, min(self.width(), self.height()) - em * 0.8)
        ring = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        thickness = max(em * 0.45, side * 0.12)
        ring = ring.adjusted(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2)
        pen = QPen(self._track(), thickness)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.drawEllipse(ring)
        share = self._coverage.share or 0.0
        if share > 0:
            pen.setColor(self._bar())
            painter.setPen(pen)
            # 90° is twelve o'clock; a negative span runs clockwise, as a clock face reads.
            painter.drawArc(ring, 90 * 16, -round(360 * 16 * share))
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 1.0) * (1.6 if side > em * 4 else 1.1))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(self._ink())
        painter.drawText(ring, Qt.AlignmentFlag.AlignCenter, self.percent_text())
        painter.end()


class BasisChart(Chart):
    """Horizontal bars, one per lawful basis in use, labelled with the vocabulary's words and the count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[BasisCount] = []
        self.setAccessibleName(self.tr("Activities by lawful basis"))
        self._refresh_words()

    def set_bars(self, bars: Sequence[BasisCount]) -> None:
        self._bars = list(bars)
        self.updateGeometry()  # the height follows the number of bars
        self._refresh_words()

    @property
    def bars(self) -> list[BasisCount]:
        return list(self._bars)

    def label(self, bar: BasisCount) -> str:
        if bar.code == CLIENTS_BASIS:
            return self.tr("For a client (their basis)")
        if bar.code == NO_BASIS:
            return self.tr("No basis chosen yet")
        return spec_text(bar.label)

    def summary(self) -> str:
        if not self._bars:
            return self.tr("Activities by lawful basis: no activities in use yet.")
        parts = "; ".join(self.tr("{0} ({1}): {2}").format(self.label(b), cite(b.article), b.count) if b.article
                          else f"{self.label(b)}: {b.count}" for b in self._bars)
        return self.tr("Activities by lawful basis (an activity with several bases counts under each): "
                       "{0}.").format(parts)

    def _row(self) -> float:
        return self._em() * 1.55

    def sizeHint(self) -> QSize:
        em = self._em()
        return QSize(int(em * 18), int(self._row() * max(1, len(self._bars)) + em * 0.6))

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        return QSize(int(self._em() * 12), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = self._begin()
        fm = QFontMetricsF(self.font())
        em, row = fm.height(), self._row()
        area = QRectF(self.rect()).adjusted(em * 0.3, em * 0.3, -em * 0.3, -em * 0.3)
        if not self._bars:
            painter.setPen(self._muted())
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No activities in use yet."))
            painter.end()
            return
        label_w = min(max(fm.horizontalAdvance(self.label(b)) for b in self._bars) + em * 0.6, area.width() * 0.5)
        count_w = fm.horizontalAdvance("0000")
        bar_room = max(em, area.width() - label_w - count_w)
        peak = max(b.count for b in self._bars)
        for i, b in enumerate(self._bars):
            y = area.top() + i * row
            painter.setPen(self._ink())
            text = fm.elidedText(self.label(b), Qt.TextElideMode.ElideRight, label_w - em * 0.6)
            painter.drawText(QRectF(area.left(), y, label_w - em * 0.6, row),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
            w = bar_room * b.count / peak if peak else 0
            bar = QRectF(area.left() + label_w, y + row * 0.2, w, row * 0.6)
            if b.code == NO_BASIS:  # a gap, not a basis: drawn as an empty outline as well as labelled so
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(self._muted(), max(1.0, em / 14), Qt.PenStyle.DashLine))
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(self._bar())
            painter.drawRoundedRect(bar, em * 0.1, em * 0.1)
            painter.setPen(self._ink())
            painter.drawText(QRectF(bar.right() + em * 0.3, y, count_w, row),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(b.count))
        painter.end()
