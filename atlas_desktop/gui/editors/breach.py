"""The breach editor: the live clock (72 hours to the authority, Art. 33(1), or to the client, Art. 33(2)),
the timeline, and the live risk assessment under the risk questions.

The clock and the assessment read the draft directly (``core.derive`` and
``core.breach_assessment``, no database), so they change as the person answers and keep
ticking while the register is locked. The panel's words are made in ``breach_panel``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QTextDocumentFragment

from ...core import clocks, limits
from ...core.breach_assessment import Duty, duties
from ...core.context import Context
from ...core.derive import derive, notify_decision
from ..forms.ui_breach import Ui_BreachForm
from ..i18n import trn
from . import breach_panel, style
from .rich import RichEditor

TICK_MS = 10_000  # the clock shows minutes; ten seconds keeps it honest without busy redraws


def tr(text: str) -> str:
    return QCoreApplication.translate("BreachEditor", text)


def duration(hours: float) -> str:
    """Elapsed time in words: "41 h 12 min", "3 days 4 h"; minutes rounded down."""
    minutes = int(abs(hours) * 60)
    days, rest = divmod(minutes, 24 * 60)
    h, m = divmod(rest, 60)
    if days >= 3:
        return trn("BreachEditor", "%n day(s) {0} h", days).format(h)
    h += days * 24
    return tr("{0} h {1} min").format(h, m) if h else tr("{0} min").format(m)


def derived(values: Mapping[str, Any], now: dt.datetime, time_zone: str) -> dict[str, Any]:
    """The draft with its computed fields (deadlines, assessed and effective risk), as a save would give."""
    return derive("breach", dict(values), Context(time_zone=time_zone, now=now))


def clock_state(values: Mapping[str, Any], now: dt.datetime, time_zone: str) -> tuple[str, str, str]:
    """(style kind, headline, detail) of the notification clock for a draft breach."""
    record = derived(values, now, time_zone)
    owed = duties(record)
    aware = values.get("aware_at")
    zone_note = tr("Times in {0}.").format(time_zone)

    def local(moment: dt.datetime) -> str:
        return breach_panel.local_time(moment, time_zone)

    if "controller" in owed:  # a client's data: our clock is the one to the client (Art. 33(2))
        return _client_clock(owed["controller"], breach_panel.client_of(values), now, zone_note, local)
    if not isinstance(aware, dt.datetime) or aware.tzinfo is None:
        return (style.INFO, tr("The 72-hour clock has not started"),
                tr("It starts when you become aware that personal data was affected: fill in "
                    "\u201cBecame aware at\u201d (Art. 33(1))."))
    if limits.date_problem(aware.date()) is not None:  # stored before dates were range-checked: no clock from it
        return (style.WARNING, tr("The 72-hour clock cannot start"),
                tr("“Became aware at” is outside the dates Atlas accepts (1900–2200): correct it "
                    "(Art. 33(1))."))
    deadline = clocks.breach_notification_deadline(aware)
    notified = values.get("notified_at")
    if isinstance(notified, dt.datetime) and notified.tzinfo is not None:
        taken = clocks.hours_left(notified, aware)  # from becoming aware to notifying
        if notified.astimezone(dt.UTC) > deadline.astimezone(dt.UTC):
            return (style.WARNING, tr("Notified late: {0} after the deadline").format(
                duration(clocks.hours_left(deadline, notified))),
                tr("The authority was notified on {0}; the deadline was {1}. Record the reasons for the "
                    "delay (Art. 33(1)). {2}").format(local(notified), local(deadline), zone_note))
        return (style.OK, tr("Notified in time"),
                tr("The authority was notified on {0}, {1} after you became aware (deadline {2}). {3}").format(
                    local(notified), duration(taken), local(deadline), zone_note))
    authority = owed["authority"]
    decision = values.get("notify_authority") or "undecided"
    if authority.status == "not_required" and decision != "yes":
        mine = bool(values.get("risk_override"))
        return (style.OK, tr("Notification not required"),
                (tr("Your own assessment is that the breach is unlikely to result in a risk to people.")
                 if mine else tr("Your answers show the breach is unlikely to result in a risk to people."))
                + " " + tr("Keep your reasoning in this record (Art. 33(1), 33(5)). The deadline would have "
                            "been {0}. {1}").format(local(deadline), zone_note))
    left = clocks.hours_left(deadline, now)
    task = tr("notify the authority") if authority.status == "due" or decision == "yes" else \
        tr("assess the risk and decide whether to notify the authority")
    if left <= 0:
        return (style.ERROR, tr("Overdue: the 72 hours ran out {0} ago").format(duration(left)),
                tr("The deadline was {0}. {1} now, and give the reasons for the delay (Art. 33(1)). {2}").format(
                    local(deadline), task[:1].upper() + task[1:], zone_note))
    return (style.WARNING if left <= 24 else style.INFO,
            tr("{0} left to {1}").format(duration(left), task),
            tr("Deadline: {0}, 72 hours after you became aware (Art. 33(1)). {1}").format(
                local(deadline), zone_note))


def _client_clock(duty: Duty, client: str, now: dt.datetime, zone_note: str,
                  local: Callable[[dt.datetime], str]) -> tuple[str, str, str]:
    """A processor's clock: telling the client, who decides about the authority and the people (Art. 33(2))."""
    deadline, told = duty.deadline, duty.done_at
    decides = tr("{0} decides whether to notify the authority and the people affected.").format(
        client[:1].upper() + client[1:])
    if deadline is None:
        return (style.INFO, tr("The clock to tell {0} has not started").format(client),
                tr("It starts when you become aware that personal data was affected: fill in \u201cBecame "
                    "aware at\u201d. Then tell {0} without undue delay (Art. 33(2)).").format(client))
    if isinstance(told, dt.datetime):
        if told.astimezone(dt.UTC) > deadline.astimezone(dt.UTC):
            return (style.WARNING, tr("{0} told late: {1} after the deadline").format(
                client[:1].upper() + client[1:], duration(clocks.hours_left(deadline, told))),
                tr("Told on {0}; the deadline was {1} (Art. 33(2)). {2} {3}").format(
                    local(told), local(deadline), decides, zone_note))
        return (style.OK, tr("{0} told in time").format(client[:1].upper() + client[1:]),
                tr("Told on {0}, before the deadline of {1} (Art. 33(2)). {2} {3}").format(
                    local(told), local(deadline), decides, zone_note))
    left = clocks.hours_left(deadline, now)
    if left <= 0:
        return (style.ERROR, tr("Overdue: tell {0} now ({1} late)").format(client, duration(left)),
                tr("You had to tell {0} by {1} (Art. 33(2)); their own 72 hours may be running out. {2} "
                    "{3}").format(client, local(deadline), decides, zone_note))
    return (style.WARNING if left <= 24 else style.INFO,
            tr("Tell {0} by {1} ({2} left)").format(client, local(deadline), duration(left)),
            tr("You process this data for {0}: tell them without undue delay (Art. 33(2)). {1} {2}").format(
                client, decides, zone_note))


class BreachEditor(RichEditor):
    UI = Ui_BreachForm
    HAS_REPORT = True

    def build_body(self) -> Any:
        body = super().build_body()
        style.muted(self.ui.riskIntro)
        for label in (self.ui.assessFactors, self.ui.assessRules, self.ui.assessAssumed):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.update_clock)
        self._tick.start()
        self._org: Mapping[str, Any] = {}
        self._notify_follows = True
        return body

    def record_loaded(self, record: Mapping[str, Any]) -> None:
        if not self._locked:
            self._org = self.session.records.organisation()
        # "Notify the authority?" follows the assessment until the person chooses: a stored answer that is
        # what the stored risk gives was Atlas's, so it may move with the answers (Art. 33(1)).
        stored = record.get("notify_authority") or "undecided"
        self._notify_follows = stored in ("undecided", notify_decision(None, record.get("risk"), record.get("our_role")))
        self._refresh(loading=True)

    def field_edited(self, key: str) -> None:
        if key == "notify_authority":
            self._notify_follows = False  # the person's own answer: kept whatever the assessment says
        self._refresh()

    def _refresh(self, loading: bool = False) -> None:
        values = self.values()
        if self._notify_follows and not values.get("notified_at"):
            values["notify_authority"] = "undecided"  # let the rule give it afresh from the current risk
        record = derived(values, self.now(), self.ctx.time_zone)
        # The computed levels follow the answers at once, not after the validation pause.
        for key in ("severity_level", "risk_assessed", "risk", "controller_deadline"):
            self.rows[key].widget.set_value(record.get(key))
        self._follow_notify(record.get("notify_authority"), loading)
        self.update_clock()
        self.show_notice("authority", *breach_panel.authority_notice(self._org, values))
        self._show_client()
        self._show_assessment(values, record)

    def _follow_notify(self, decision: str | None, loading: bool) -> None:
        """Show the decision the assessment gives while the person has not chosen one."""
        row = self.rows["notify_authority"]
        if not self._notify_follows or decision is None or row.widget.value() == decision:
            return
        row.widget.set_value(decision)
        if loading:
            # Any save, and every check, derives this same value from the stored record: opening an old
            # record must not look like an unsaved change.
            self._baseline["notify_authority"] = decision

    def _show_assessment(self, values: Mapping[str, Any], record: Mapping[str, Any]) -> None:
        found = breach_panel.explain(values, record, self.ctx.time_zone)
        self.show_notice("assess", found.kind, found.headline, found.detail)
        for label, text in ((self.ui.assessFactors, found.factors_html), (self.ui.assessAssumed, found.assumed),
                            (self.ui.assessRules, found.rules_html)):
            label.setText(text)
            label.setVisible(bool(text))
        style.coloured(self.ui.assessAssumed, style.WARNING)
        # Screen readers get the table and the rules as plain text too.
        self.ui.assessPanel.setAccessibleDescription(" ".join(filter(None, (
            found.headline, found.detail, _plain(found.factors_html),
            found.assumed, _plain(found.rules_html)))))
        self.ui.overridePanel.setVisible(found.override is not None)
        if found.override is not None:
            self.show_notice("override", *found.override)

    def _is_processor(self) -> bool:
        return (self.values().get("our_role") or "controller") == "processor"

    def _show_client(self) -> None:
        """What this page asks of the person; the clock above already says by when."""
        if self._is_processor():
            client = breach_panel.client_of(self.values())
            self.show_notice("client", style.INFO, self.tr("{0} decides about the authority and the people "
                                                           "affected").format(client[:1].upper() + client[1:]),
                             self.tr("Your part is to tell them without undue delay, with what you know so far; "
                                     "the clock at the top counts down to your deadline. Record below when you "
                                     "told them (Art. 33(2))."))
        else:
            self.show_notice("client", style.INFO, self.tr("Your own data: nothing to do on this page"),
                             self.tr("Fill this page in only when the data belonged to a client you process it "
                                     "for. The client then notifies the authority, and you must tell the client "
                                     "without undue delay (Art. 33(2))."))

    def update_clock(self) -> None:
        self.show_notice("clock", *clock_state(self.values(), self.now(), self.ctx.time_zone))

    def clock_text(self) -> str:
        return f"{self.ui.clockHeadline.text()} — {self.ui.clockDetail.text()}"

    def assessment_text(self) -> str:
        """Everything the assessment panel says, as plain text (for tests and screen readers)."""
        return self.ui.assessPanel.accessibleDescription()


def _plain(rich: str) -> str:
    return QTextDocumentFragment.fromHtml(rich).toPlainText() if rich else ""
