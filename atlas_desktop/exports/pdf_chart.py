"""The DPIA risk matrix as a drawing: likelihood × severity, each risk placed before and after its measures."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors

from ..core.derive import risk_level
from ..core.i18n import t
from .pdf_style import ACCENT, FONT, GREY, LEVEL_FILL, RULE

CELL = 34
AXIS = 62     # room left of the grid for the severity labels
FOOT = 30     # room below the grid for the likelihood labels
TITLE = 16


def likelihood_words() -> tuple[str, ...]:
    return (t("reports", "Remote"), t("reports", "Possible"), t("reports", "Likely"), t("reports", "Almost certain"))


def severity_words() -> tuple[str, ...]:
    return (t("reports", "Minimal"), t("reports", "Significant"), t("reports", "Serious"), t("reports", "Severe"))


def _panel(drawing: Drawing, x0: float, title: str, points: Sequence[tuple[int, int | None, int | None]]) -> None:
    """One 4×4 matrix at ``x0``; ``points`` are (risk number, likelihood, severity)."""
    y0 = FOOT
    drawing.add(String(x0 + AXIS + 2 * CELL, y0 + 4 * CELL + 6, title, fontName=f"{FONT}-Bold", fontSize=8.5,
                       fillColor=ACCENT, textAnchor="middle"))
    for likelihood in range(1, 5):
        for severity in range(1, 5):
            level = risk_level(likelihood, severity) or "low"
            drawing.add(Rect(x0 + AXIS + (likelihood - 1) * CELL, y0 + (severity - 1) * CELL, CELL, CELL,
                             fillColor=LEVEL_FILL[level], strokeColor=colors.white, strokeWidth=1.5))
    for i, word in enumerate(severity_words()):
        drawing.add(String(x0 + AXIS - 4, y0 + i * CELL + CELL / 2 - 3, f"{word} {i + 1}", fontName=FONT,
                           fontSize=6.5, fillColor=GREY, textAnchor="end"))
    for i, word in enumerate(likelihood_words()):
        drawing.add(String(x0 + AXIS + i * CELL + CELL / 2, y0 - 9, f"{i + 1}", fontName=FONT, fontSize=6.5,
                           fillColor=GREY, textAnchor="middle"))
        drawing.add(String(x0 + AXIS + i * CELL + CELL / 2, y0 - 17, word, fontName=FONT, fontSize=5.5,
                           fillColor=GREY, textAnchor="middle"))
    drawing.add(String(x0 + AXIS + 2 * CELL, 2, t("reports", "Likelihood →"), fontName=f"{FONT}-Bold", fontSize=6.5,
                       fillColor=GREY, textAnchor="middle"))
    drawing.add(String(x0 + 2, y0 + 4 * CELL - 8, t("reports", "Severity ↑"), fontName=f"{FONT}-Bold", fontSize=6.5,
                       fillColor=GREY))
    drawing.add(Line(x0 + AXIS, y0, x0 + AXIS + 4 * CELL, y0, strokeColor=RULE))
    cells: dict[tuple[int, int], list[int]] = {}
    for number, seen_likelihood, seen_severity in points:
        if seen_likelihood and seen_severity:
            cells.setdefault((seen_likelihood, seen_severity), []).append(number)
    for (likelihood, severity), numbers in cells.items():
        for k, number in enumerate(numbers[:4]):  # up to four markers fit in a cell
            cx = x0 + AXIS + (likelihood - 1) * CELL + (10 if k % 2 == 0 else 24)
            cy = y0 + (severity - 1) * CELL + (24 if k < 2 else 10)
            drawing.add(Circle(cx, cy, 6.5, fillColor=ACCENT, strokeColor=colors.white, strokeWidth=0.8))
            drawing.add(String(cx, cy - 2.5, str(number), fontName=f"{FONT}-Bold", fontSize=6.5,
                               fillColor=colors.white, textAnchor="middle"))
        if len(numbers) > 4:
            drawing.add(String(x0 + AXIS + likelihood * CELL - 2, y0 + (severity - 1) * CELL + 2,
                               f"+{len(numbers) - 4}", fontName=FONT, fontSize=6, textAnchor="end"))


def risk_matrices(rows: Sequence[dict[str, int | None]]) -> Drawing:
    """Two matrices side by side: each numbered risk before and after its measures.

    A risk without an estimate after the measures stays where it was: unmitigated is not low."""
    width = 2 * (AXIS + 4 * CELL) + 40
    drawing = Drawing(width, FOOT + 4 * CELL + TITLE + 4)
    drawing.initialFontName = FONT  # else the renderer sets (and the PDF lists) Helvetica, never embedded
    before = [(i, r.get("likelihood"), r.get("severity")) for i, r in enumerate(rows, 1)]
    after = [(i, r.get("residual_likelihood") or r.get("likelihood"), r.get("residual_severity") or r.get("severity"))
             for i, r in enumerate(rows, 1)]
    _panel(drawing, 0, t("reports", "Before the measures"), before)
    _panel(drawing, AXIS + 4 * CELL + 40, t("reports", "After the measures"), after)
    return drawing
