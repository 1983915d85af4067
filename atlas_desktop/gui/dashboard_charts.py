"""The dashboard's three charts with their captions: made once, filled from the dashboard's figures, emptied on lock,
and set in a column beside the list or in a row under it.

Kept out of ``dashboard`` (what needs action); the captions keep the dashboard's translation context.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QBoxLayout, QGroupBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..core.dashboard_figures import Coverage, DashboardData
from .charts import BasisChart, BreachesChart, Chart, CoverageChart
from .i18n import trn


def tr(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)  # the dashboard's context: the captions kept their words


@dataclass
class Charts:
    layout: QBoxLayout
    breaches: BreachesChart
    coverage: CoverageChart
    basis: BasisChart
    captions: dict[Chart, QLabel]


def build_charts(parent: QWidget, spacing: int) -> Charts:
    breaches, coverage, basis = BreachesChart(), CoverageChart(), BasisChart()
    layout = QBoxLayout(QBoxLayout.Direction.TopToBottom)
    layout.setSpacing(spacing)
    captions: dict[Chart, QLabel] = {}
    for chart in (breaches, coverage, basis):
        box = QGroupBox(chart.accessibleName(), parent)
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        inner = QVBoxLayout(box)
        inner.addWidget(chart)
        caption = QLabel(box)
        caption.setWordWrap(True)
        caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        inner.addWidget(caption)
        captions[chart] = caption
        layout.addWidget(box)
    layout.addStretch(1)  # the last item: its stretch is swapped with the boxes' (see arrange_charts)
    return Charts(layout, breaches, coverage, basis, captions)


def show_charts(charts: Charts, data: DashboardData) -> None:
    charts.breaches.set_months(data.months)
    charts.coverage.set_coverage(data.coverage)
    charts.basis.set_bars(data.bases)
    total = sum(m.count for m in data.months)
    c = data.coverage
    captions = {
        charts.breaches: (tr("No breaches in the last 12 months") if not total else
                          tr("1 breach in the last 12 months") if total == 1 else
                          trn("Dashboard", "%n breach(es) in the last 12 months", total)),
        charts.coverage: (tr("No current staff recorded") if not c.staff else
                          tr("{0} of {1} current staff have valid training").format(c.trained, c.staff)),
        charts.basis: tr("Activities in use, by Art. 6(1) basis") if data.bases else "",
    }
    for chart, text in captions.items():
        charts.captions[chart].setText(text)


def clear_charts(charts: Charts) -> None:
    """Nothing from the register stays in the charts behind the unlock dialog."""
    charts.breaches.set_months([])
    charts.coverage.set_coverage(Coverage(0, 0))
    charts.basis.set_bars([])
    for caption in charts.captions.values():
        caption.clear()


def arrange_charts(charts: Charts, wide: bool) -> None:
    """In a column (``wide``: beside the list) the charts keep their height and the space is left below; in a
    row they share the width, the bases chart (the longest labels) getting the most."""
    layout = charts.layout
    layout.setDirection(QBoxLayout.Direction.TopToBottom if wide else QBoxLayout.Direction.LeftToRight)
    last = layout.count() - 1
    for i in range(last):
        layout.setStretch(i, 0 if wide else (2 if i == last - 1 else 1))
    layout.setStretch(last, 1 if wide else 0)
