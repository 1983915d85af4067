"""The breach editor: the live 72-hour clock (Art. 33(1)), the timeline, and what the risk level means.

The clock and the explanation read the draft directly, so they change as the person types,
and they keep ticking while the register is locked (they need no database).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer

from ...core import clocks
from ..forms.ui_breach import Ui_BreachForm
from . import style
from .rich import RichEditor

TICK_MS = 10_000  # the clock shows minutes; ten seconds keeps it honest without busy redraws
NOTIFIABLE = ("risk", "high")


def _tr(text: str) -> str:
    return QCoreApplication.translate("BreachEditor", text)


def duration(hours: float) -> str:
    """Elapsed time in words: "41 h 12 min", "3 days 4 h"; minutes rounded down."""
    minutes = int(abs(hours) * 60)
    days, rest = divmod(minutes, 24 * 60)
    h, m = divmod(rest, 60)
    if days >= 3:
        return _tr("{0} days {1} h").format(days, h)
    h += days * 24
    return _tr("{0} h {1} min").format(h, m) if h else _tr("{0} min").format(m)


def clock_state(values: Mapping[str, Any], now: dt.datetime, time_zone: str) -> tuple[str, str, str]:
    """(style kind, headline, detail) of the notification clock for a draft breach."""
    aware, notified = values.get("aware_at"), values.get("notified_at")
    decision, risk = values.get("notify_authority") or "undecided", values.get("risk")

    def local(moment: dt.datetime) -> str:
        return moment.astimezone(clocks.zone(time_zone)).strftime("%a %d %b %Y, %H:%M")

    if not isinstance(aware, dt.datetime) or aware.tzinfo is None:
        return (style.INFO, _tr("The 72-hour clock has not started"),
                _tr("It starts when you become aware that personal data was affected: fill in "
                    "\u201cBecame aware at\u201d (Art. 33(1))."))
    deadline = clocks.breach_notification_deadline(aware)
    zone_note = _tr("Times in {0}.").format(time_zone)
    if isinstance(notified, dt.datetime) and notified.tzinfo is not None:
        taken = clocks.hours_left(notified, aware)  # from becoming aware to notifying
        if notified.astimezone(dt.UTC) > deadline.astimezone(dt.UTC):
            return (style.WARNING, _tr("Notified late: {0} after the deadline").format(
                duration(clocks.hours_left(deadline, notified))),
                _tr("The authority was notified on {0}; the deadline was {1}. Record the reasons for the "
                    "delay (Art. 33(1)). {2}").format(local(notified), local(deadline), zone_note))
        return (style.OK, _tr("Notified in time"),
                _tr("The authority was notified on {0}, {1} after you became aware (deadline {2}). {3}").format(
                    local(notified), duration(taken), local(deadline), zone_note))
    if decision == "no" and risk not in NOTIFIABLE:
        return (style.OK, _tr("Notification not required"),
                _tr("You decided the breach is unlikely to result in a risk to people. Keep your reasoning in "
                    "this record (Art. 33(1), 33(5)). The deadline would have been {0}. {1}").format(
                    local(deadline), zone_note))
    left = clocks.hours_left(deadline, now)
    task = _tr("notify the authority") if decision == "yes" or risk in NOTIFIABLE else \
        _tr("assess the risk and decide whether to notify the authority")
    if left <= 0:
        return (style.ERROR, _tr("Overdue: the 72 hours ran out {0} ago").format(duration(left)),
                _tr("The deadline was {0}. {1} now, and give the reasons for the delay (Art. 33(1)). {2}").format(
                    local(deadline), task[:1].upper() + task[1:], zone_note))
    return (style.WARNING if left <= 24 else style.INFO,
            _tr("{0} left to {1}").format(duration(left), task),
            _tr("Deadline: {0}, 72 hours after you became aware (Art. 33(1)). {1}").format(
                local(deadline), zone_note))


def risk_explanation(values: Mapping[str, Any]) -> tuple[str, str]:
    """(style kind, text): why the chosen risk level means notifying the authority and/or the people."""
    risk = values.get("risk")
    weighed = len(values.get("risk_factors") or [])
    lines: list[str] = []
    if risk is None:
        kind = style.INFO
        lines.append(_tr("Choose the risk to people once you have weighed the factors below: the level decides "
                         "who must be told. Unlikely to result in a risk: record it only (Art. 33(5)). A risk: "
                         "notify the authority (Art. 33(1)). A high risk: also tell the people affected "
                         "(Art. 34(1))."))
    elif risk == "none":
        kind = style.OK
        lines.append(_tr("Unlikely to result in a risk to people: you need not notify the authority or the people "
                         "affected, but the breach stays in this register with your reasoning (Art. 33(1), 33(5))."))
    elif risk == "risk":
        kind = style.WARNING
        lines.append(_tr("A risk to people: notify the authority without undue delay and within 72 hours of "
                         "becoming aware (Art. 33(1)). The people affected need not be told, because the risk is "
                         "not high (Art. 34(1))."))
    else:
        kind = style.ERROR
        lines.append(_tr("A high risk to people: notify the authority within 72 hours (Art. 33(1)) and tell the "
                         "people affected without undue delay, in plain language (Art. 34(1)–(2)), unless one "
                         "of the three exemptions of Art. 34(3) applies."))
        if not values.get("subjects_notified_at") and not values.get("art34_exemption"):
            lines.append(_tr("The people affected have not been told yet, and no exemption is recorded."))
    if risk in NOTIFIABLE and values.get("notify_authority") == "no":
        lines.append(_tr("\u201cNotify the authority?\u201d says No, which this level does not allow: choose Yes, "
                         "or review the risk."))
    if risk != "high" and (values.get("special_categories_involved") or values.get("vulnerable_involved")):
        lines.append(_tr("Special-category data, children or vulnerable people weigh towards a high risk "
                         "(EDPB Guidelines 9/2022)."))
    lines.append(_tr("Factors weighed: {0} of 7.").format(weighed))
    return kind, "\n\n".join(lines)


class BreachEditor(RichEditor):
    UI = Ui_BreachForm
    HAS_REPORT = True

    def build_body(self) -> Any:
        body = super().build_body()
        self.ui.riskOutcome.setWordWrap(True)
        self.ui.riskOutcomeIcon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.update_clock)
        self._tick.start()
        return body

    def record_loaded(self, record: Mapping[str, Any]) -> None:
        self._refresh()

    def field_edited(self, key: str) -> None:
        self._refresh()

    def _refresh(self) -> None:
        self.update_clock()
        kind, text = risk_explanation(self.values())
        self.ui.riskOutcome.setText(text)
        self.ui.riskOutcome.setAccessibleDescription(text)
        self.ui.riskOutcomeIcon.setPixmap(style.icon_pixmap(kind, self.ui.riskOutcomeIcon, 1.5))

    def update_clock(self) -> None:
        kind, headline, detail = clock_state(self.values(), self.now(), self.ctx.time_zone)
        self.show_notice("clock", kind, headline, detail)

    def clock_text(self) -> str:
        return f"{self.ui.clockHeadline.text()} — {self.ui.clockDetail.text()}"
