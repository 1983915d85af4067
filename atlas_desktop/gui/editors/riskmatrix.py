"""The DPIA risk matrix: likelihood × severity (1–4 each), every risk plotted before and after its measures.

Cells are tinted by the level ``core.derive.risk_level`` gives them and also carry the level
in words; each risk is a numbered marker (filled: before the measures, hollow: after) with an
arrow between the two. ``summary()`` says the same in sentences for screen readers and the page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...core.derive import risk_level
from .. import theme
from . import style

SCALE = (1, 2, 3, 4)
LIKELIHOOD = {1: "remote", 2: "possible", 3: "likely", 4: "almost certain"}
SEVERITY = {1: "minimal", 2: "significant", 3: "serious", 4: "severe"}
_LEVEL_KIND = {"low": style.OK, "medium": style.WARNING, "high": style.ERROR}


@dataclass(frozen=True)
class PlottedRisk:
    number: int
    name: str
    before: tuple[int, int] | None  # (likelihood, severity)
    after: tuple[int, int] | None


def _point(likelihood: Any, severity: Any) -> tuple[int, int] | None:
    if isinstance(likelihood, int) and isinstance(severity, int) and likelihood in SCALE and severity in SCALE:
        return likelihood, severity
    return None


def plotted(rows: list[dict[str, Any]]) -> list[PlottedRisk]:
    """The risks of a DPIA's table that can be placed on the grid, numbered as in the table."""
    out = []
    for number, row in enumerate(rows, start=1):
        before = _point(row.get("likelihood"), row.get("severity"))
        after = _point(row.get("residual_likelihood"), row.get("residual_severity"))
        if before or after:
            out.append(PlottedRisk(number, str(row.get("source") or ""), before, after))
    return out


class RiskMatrix(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.risks: list[PlottedRisk] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Risk matrix"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.risks = plotted([r for r in rows if isinstance(r, dict)])
        self.setAccessibleDescription(self.summary())
        self.update()

    def _metrics(self) -> tuple[float, float, float]:
        """(cell side, left margin, bottom margin), from the font so that every label fits."""
        small = QFontMetricsF(style.small_font(self))
        side = max(small.horizontalAdvance(self.tr(w)) for w in SEVERITY.values()) + small.height() * 1.5
        side = max(side, small.height() * 5)
        left = max(small.horizontalAdvance(f"4 {self.tr(w)}") for w in LIKELIHOOD.values()) + small.height() * 2.5
        bottom = small.height() * 2.4 + self.fontMetrics().height() * 1.6
        return side, left, bottom

    def sizeHint(self) -> QSize:
        side, left, bottom = self._metrics()
        return QSize(int(left + side * 4 + style.em(self, 14)), int(side * 4 + bottom + 8))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    # -- text -----------------------------------------------------------------------------------------
    def summary(self) -> str:
        if not self.risks:
            return self.tr("No risk has a likelihood and a severity yet, so none is plotted.")
        lines = []
        for risk in self.risks:
            parts = []
            for when, point in ((self.tr("before the measures"), risk.before),
                                (self.tr("after the measures"), risk.after)):
                if point is not None:
                    parts.append(self.tr("{0} × {1} = {2} {3}").format(
                        point[0], point[1], self.tr(risk_level(*point) or ""), when))
            name = f" \u201c{risk.name}\u201d" if risk.name else ""
            lines.append(self.tr("Risk {0}{1}: likelihood × severity {2}.").format(
                risk.number, name, self.tr("; ").join(parts)))
        return "\n".join(lines)

    # -- drawing -------------------------------------------------------------------------------------------
    def _grid(self) -> tuple[QRectF, float]:
        side, left, bottom = self._metrics()
        side = max(10.0, min(side, (self.height() - bottom - 4) / 4, (self.width() - left - 4) / 4))
        return QRectF(left, 4, side * 4, side * 4), side

    def _cell_rect(self, grid: QRectF, side: float, likelihood: int, severity: int) -> QRectF:
        return QRectF(grid.left() + (severity - 1) * side, grid.bottom() - likelihood * side, side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        grid, side = self._grid()
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        small = QFont(style.small_font(self))
        for likelihood in SCALE:
            for severity in SCALE:
                cell = self._cell_rect(grid, side, likelihood, severity)
                level = risk_level(likelihood, severity) or "low"
                painter.fillRect(cell, style.tint(_LEVEL_KIND[level], self))
                painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
                painter.drawRect(cell)
                painter.setFont(small)
                painter.setPen(theme.muted(palette))  # readable on every tint
                painter.drawText(cell.adjusted(4, 2, -4, -2), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                                 self.tr(level))
        painter.setPen(text)
        painter.setFont(small)
        metrics = painter.fontMetrics()
        for value in SCALE:
            row = self._cell_rect(grid, side, value, 1)
            painter.drawText(QRectF(0, row.top(), grid.left() - 6, side),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             f"{value} {self.tr(LIKELIHOOD[value])}")
            col = self._cell_rect(grid, side, 1, value)
            painter.drawText(QRectF(col.left(), grid.bottom() + 2, side, metrics.height() * 2.4),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             f"{value}\n{self.tr(SEVERITY[value])}")
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(QRectF(grid.left(), grid.bottom() + metrics.height() * 2.5, grid.width(),
                                metrics.height() * 1.4), Qt.AlignmentFlag.AlignHCenter, self.tr("Severity →"))
        painter.save()
        painter.translate(metrics.height() * 0.2, grid.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-grid.height() / 2, 0, grid.height(), metrics.height() * 1.4),
                         Qt.AlignmentFlag.AlignHCenter, self.tr("Likelihood →"))
        painter.restore()
        self._draw_risks(painter, grid, side)
        self._draw_legend(painter, grid)
        painter.end()

    def _spots(self, grid: QRectF, side: float) -> dict[tuple[int, str], QPointF]:
        """Where each marker goes: markers sharing a cell are spread over it, not stacked."""
        crowd: dict[tuple[int, int], list[tuple[int, str]]] = {}
        for risk in self.risks:
            for when, point in (("before", risk.before), ("after", risk.after)):
                if point is not None:
                    crowd.setdefault(point, []).append((risk.number, when))
        spots = {}
        for (likelihood, severity), markers in crowd.items():
            cell = self._cell_rect(grid, side, likelihood, severity)
            per_row = 1 if len(markers) == 1 else 2 if len(markers) <= 4 else 3
            rows = (len(markers) + per_row - 1) // per_row
            for index, key in enumerate(markers):
                r, c = divmod(index, per_row)
                # The top fifth of the cell holds its level in words; markers go below it.
                spots[key] = QPointF(cell.left() + cell.width() * (c + 0.5) / per_row,
                                     cell.top() + cell.height() * (0.2 + 0.8 * (r + 0.5) / rows))
        return spots

    def _draw_risks(self, painter: QPainter, grid: QRectF, side: float) -> None:
        spots = self._spots(grid, side)
        radius = max(self.fontMetrics().height() * 0.75, 8.0)
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        paper = self.palette().color(QPalette.ColorRole.Base)
        for risk in self.risks:
            start, end = spots.get((risk.number, "before")), spots.get((risk.number, "after"))
            if start is not None and end is not None and start != end:
                self._arrow(painter, start, end, radius, ink)
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        for (number, when), spot in spots.items():
            rect = QRectF(spot.x() - radius, spot.y() - radius, radius * 2, radius * 2)
            if when == "before":
                painter.setBrush(ink)
                painter.setPen(QPen(ink, 1.5))
                painter.drawEllipse(rect)
                painter.setPen(paper)
            else:
                painter.setBrush(paper)
                painter.setPen(QPen(ink, 2, Qt.PenStyle.SolidLine))
                painter.drawEllipse(rect)
                painter.setPen(ink)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(number))
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _arrow(self, painter: QPainter, start: QPointF, end: QPointF, radius: float, colour: QColor) -> None:
        line = end - start
        length = (line.x() ** 2 + line.y() ** 2) ** 0.5
        if length <= radius * 2:
            return
        unit = QPointF(line.x() / length, line.y() / length)
        a, b = start + unit * radius, end - unit * radius
        painter.setPen(QPen(colour, 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(a, b)
        normal = QPointF(-unit.y(), unit.x())
        head = QPolygonF([b, b - unit * radius * 0.8 + normal * radius * 0.45,
                          b - unit * radius * 0.8 - normal * radius * 0.45])
        painter.setPen(QPen(colour, 1))
        painter.setBrush(colour)
        painter.drawPolygon(head)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _draw_legend(self, painter: QPainter, grid: QRectF) -> None:
        x = grid.right() + 16
        if x + style.em(self, 9) > self.width():
            return  # no room beside the grid: the summary under the matrix says the same
        painter.setFont(style.small_font(self))
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        radius = self.fontMetrics().height() * 0.45
        y = grid.top() + radius
        for filled, text in ((True, self.tr("before the measures")), (False, self.tr("after the measures"))):
            painter.setPen(QPen(ink, 1.5))
            painter.setBrush(ink if filled else self.palette().color(QPalette.ColorRole.Base))
            painter.drawEllipse(QPointF(x + radius, y), radius, radius)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawText(QRectF(x + radius * 3, y - radius * 2, style.em(self, 12), radius * 4),
                             Qt.AlignmentFlag.AlignVCenter, text)
            y += radius * 4
