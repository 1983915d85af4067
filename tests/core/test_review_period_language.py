"""The annual review's period is shown with the language's own month names, and recorded the same in every one."""

from __future__ import annotations

import datetime as dt

from atlas_desktop.core import i18n
from atlas_desktop.core.review import Period


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
