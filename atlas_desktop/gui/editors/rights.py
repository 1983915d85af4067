"""The rights-request editor: the Art. 12(3) due date with the days left, and the extension rule explained."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from ...core import clocks
from ...core.context import Context
from ...core.errors import AtlasError
from ..forms.ui_rights_request import Ui_RightsRequestForm
from ..i18n import calendar_text, trn
from . import style
from .rich import RichEditor

DUE_SOON_DAYS = 7
FINISHED = ("answered", "refused", "withdrawn")


def _day(day: dt.date) -> str:
    return day.strftime("%a %d %b %Y")


class RightsRequestEditor(RichEditor):
    UI = Ui_RightsRequestForm

    def build_body(self) -> Any:
        body = super().build_body()
        style.muted(self.ui.ruleText)
        self._clock_ctx = Context()  # no holidays, and a note saying so, until the register's is read
        return body

    def record_loaded(self, record: Mapping[str, Any]) -> None:
        self.update_due()  # the clock is read in after_prepare: a load is checked at once when unlocked

    def field_edited(self, key: str) -> None:
        self.update_due()

    def after_prepare(self, record: Mapping[str, Any]) -> None:
        self._read_clock()
        self.update_due()

    def _read_clock(self) -> None:
        """The context prepare derives due_on with: the notice date and the calendar note come from it too."""
        try:
            self._clock_ctx = self.session.records.context(self.now())
        except AtlasError:
            pass  # locked or closed: what is shown stays as it was until the register reads again

    def update_due(self) -> None:
        kind, headline, detail = self.due_state()
        self.show_notice("due", kind, headline, detail)

    def due_state(self) -> tuple[str, str, str]:
        draft = {**self.prepared, **self.values()}
        received, due = draft.get("received_on"), self.prepared.get("due_on")
        if not isinstance(received, dt.date):
            return (style.INFO, self.tr("The one-month clock has not started"),
                    self.tr("It starts on the day the request arrives: fill in \u201cReceived on\u201d (Art. 12(3))."))
        if not isinstance(due, dt.date):
            return style.INFO, self.tr("Working out the due date…"), ""
        extension = ""
        if draft.get("extended"):
            notice_by = clocks.extension_notice_deadline(received, self._clock_ctx.holidays)
            told = draft.get("extension_notified_on")
            extension = (self.tr(" Extended by two months; the person was told on {0}.").format(_day(told))
                         if isinstance(told, dt.date)
                         else self.tr(" Extended by two months: tell the person, with your reasons, by {0}.")
                         .format(_day(notice_by)))
        today = clocks.local_today(self.ctx.time_zone, self.now())
        calendar = self._clock_ctx.calendar
        note = calendar_text(calendar)
        sent = draft.get("response_sent_on")
        if isinstance(sent, dt.date) or draft.get("status") in FINISHED:
            if isinstance(sent, dt.date) and sent > due:
                return (style.WARNING, self.tr("Answered late, on {0}").format(_day(sent)),
                        self.tr("It was due on {0}, {1} (Art. 12(3)).").format(_day(due), note) + extension)
            when = self.tr(" on {0}").format(_day(sent)) if isinstance(sent, dt.date) else ""
            return (style.OK, self.tr("Finished{0}").format(when),
                    self.tr("It was due on {0}, {1} (Art. 12(3)).").format(_day(due), note) + extension)
        left = clocks.days_until(due, today)
        rule = self.tr("Due on {0}: one month from receipt{1}, {2} (Art. 12(3)).").format(
            _day(due), self.tr(", plus two months") if draft.get("extended") else "", note)
        if not calendar.applied:
            rule += self.tr(" To skip public holidays too, choose your country under Organisation \u2192 "
                            "Dates and deadlines.")
        if left < 0:
            return (style.ERROR, trn("RightsRequestEditor", "Overdue by %n day(s): answer it now", -left),
                    rule + extension)
        if left == 0:
            return style.ERROR, self.tr("Due today"), rule + extension
        kind = style.WARNING if left <= DUE_SOON_DAYS else style.INFO
        days = trn("RightsRequestEditor", "%n day(s) left", left)
        return kind, days, rule + extension

    def due_text(self) -> str:
        return f"{self.ui.dueHeadline.text()} — {self.ui.dueDetail.text()}"
