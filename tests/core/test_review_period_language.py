"""The annual review's words the register records in one form (its period, the notes it writes itself) are shown in
the user's language."""

from __future__ import annotations

import datetime as dt

from atlas_desktop.core import i18n
from atlas_desktop.core import review as rv
from atlas_desktop.core.review import Period
from atlas_desktop.core.review_attention import BULK_NOTE, shown_note


def test_the_period_reads_in_the_users_language_but_is_recorded_in_one_form() -> None:
    period = Period(dt.date(2026, 2, 5), dt.date(2027, 2, 4))
    try:
        assert period.shown() == period.label() == "05 Feb 2026 – 04 Feb 2027"
        i18n.use_language("fr")
        assert period.shown() == "5 févr. 2026 – 4 févr. 2027"  # CLDR's French abbreviations
        i18n.use_language("de")
        assert period.shown() == "05.02.2026 – 04.02.2027"
        assert period.label() == "05 Feb 2026 – 04 Feb 2027"  # the audit trail's words do not change
    finally:
        i18n.use_language("en")


def _item(decision: str, note: str | None) -> rv.Item:
    return rv.Item(1, 1, "activity", 1, None, "Payroll", decision, "Ana", None, note, {}, None)


def test_the_notes_the_register_writes_itself_are_shown_in_the_users_language() -> None:
    added = _item(rv.UPDATED, "Added during the review")
    again = _item(rv.UPDATED, "Active again")
    bulk = _item(rv.CONFIRMED, BULK_NOTE)
    own = _item(rv.CONFIRMED, "Checked with payroll")
    try:
        assert [shown_note(i) for i in (added, again, bulk, own)] == [
            "Added during the review", "Active again", "In bulk", "Checked with payroll"]
        i18n.use_language("ro")
        assert [shown_note(i) for i in (added, again, bulk, own)] == [
            "Adăugat în timpul revizuirii", "Din nou activ", "În bloc", "Checked with payroll"]  # a person's note as kept
        i18n.use_language("de")
        assert shown_note(_item(rv.RETIRED, "Deleted during the review")) == "Während der Überprüfung gelöscht"
    finally:
        i18n.use_language("en")
