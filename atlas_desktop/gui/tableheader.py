"""The headings of a register table: each column's label, its help and article as a tooltip, and for dates
moved past public holidays, which ones (none, until the country is set: "weekends only").

Worked out once per column, role and context by ``RecordTableModel.headerData``, which Qt asks for a dozen
roles of every section at each paint.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from ..core.context import Context
from ..core.derive import COUNTED_PAST_HOLIDAYS
from ..core.spec import Entity, Field, Kind
from .i18n import calendar_text, spec_text
from ..core.i18n import cite

DISPLAY, TOOLTIP, ALIGN = int(Qt.DisplayRole), int(Qt.ToolTipRole), int(Qt.TextAlignmentRole)
ROLES = frozenset({DISPLAY, TOOLTIP, ALIGN})
ALIGN_LEFT, ALIGN_RIGHT = int(Qt.AlignLeft | Qt.AlignVCenter), int(Qt.AlignRight | Qt.AlignVCenter)


# The table model's own words before they moved here: same context, same translations.
def tr(text: str) -> str:
    return QCoreApplication.translate("RecordTableModel", text)


def heading(ent: Entity, f: Field | None, ctx: Context | None, role: int) -> Any:
    """``role`` (one of ROLES) of the heading of ``f``'s column, or of the Attention column (``f`` None)."""
    calendar = (ctx.calendar if ctx is not None and f is not None
                and f.key in COUNTED_PAST_HOLIDAYS.get(ent.key, ()) else None)
    if role == DISPLAY:
        if f is None:
            return tr("Attention")
        if calendar is not None and not calendar.applied:
            return tr("{0} (weekends only)").format(spec_text(f.label))
        return spec_text(f.label)
    if role == TOOLTIP:
        if f is None:
            return tr("Overdue or due soon, judged as the dashboard judges it. Sorting by this column "
                      "sorts by the deadline.")
        text = f"{spec_text(f.help)} ({cite(f.article)})" if f.article else spec_text(f.help)
        if calendar is not None:
            text += "\n" + tr("The dates shown are {0}.").format(calendar_text(calendar))
        return text
    return ALIGN_RIGHT if f is not None and f.kind is Kind.INT else ALIGN_LEFT
