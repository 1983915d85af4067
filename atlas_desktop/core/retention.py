"""Retention periods as data: a duration from a trigger (Art. 5(1)(e), 30(1)(f)), and when one runs out.

An activity's retention row says how long one kind of data is kept (``keep_for`` + ``unit``)
and from which event (``trigger``); free text stays in ``period`` as a note. A period written
as text by an older version ("6 years", "after employment ends") is read into that form by
``parse_period``/``parse_trigger``, so a register keeps its meaning when it is upgraded.
``describe`` says a row in the user's language (``core.i18n``, context "retention").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from . import clocks, i18n, vocab
from .i18n import t, tn

Row = Mapping[str, Any]

_UNITS = {"day": "days", "days": "days", "week": "weeks", "weeks": "weeks", "month": "months",
          "months": "months", "year": "years", "years": "years"}
_DURATION = re.compile(r"^\s*(\d{1,4})\s*(days?|weeks?|months?|years?)\b\s*[.,;:]?\s*", re.IGNORECASE)

# Words an older free-text "counted from" used, and the trigger they mean. First match wins.
_TRIGGER_WORDS = (
    ("consent_withdrawn", ("withdraw",)),
    ("request_answered", ("request",)),
    ("end_of_employment", ("employment", "leaving", "left the", "staff leave")),
    ("end_of_contract", ("contract",)),
    ("account_closed", ("account",)),
    ("last_contact", ("last contact", "last visit", "last order", "last activity")),
    ("processing_ended", ("processing ends", "processing ended", "end of the processing")),
    ("collection", ("collect", "creation", "created", "recorded", "received")),
)


def parse_period(text: str | None) -> tuple[int | None, str | None, str | None]:
    """(number, unit, what is left of the text) from a period written in words, e.g. "6 years"
    -> (6, "years", None); text that does not start with a duration is all left over."""
    if not text or not text.strip():
        return None, None, None
    match = _DURATION.match(text)
    if match is None:
        return None, None, text.strip()
    rest = text[match.end():].strip() or None
    return int(match.group(1)), _UNITS[match.group(2).lower()], rest


def parse_trigger(text: str | None) -> str | None:
    """The trigger code a free-text "counted from" names, or the text itself when none fits."""
    if not text or not text.strip():
        return None
    if text.strip() in vocab.RETENTION_TRIGGER:
        return text.strip()
    folded = text.casefold()
    for code, words in _TRIGGER_WORDS:
        if any(w in folded for w in words):
            return code
    return text.strip()


def duration(row: Row) -> tuple[int, str] | None:
    """(number, unit) of a row whose period is given as data; None when it is text only."""
    number, unit = row.get("keep_for"), row.get("unit")
    if isinstance(number, int) and not isinstance(number, bool) and number >= 0 and unit in _UNITS.values():
        return number, unit
    return None


def add_period(start: dt.date, number: int, unit: str) -> dt.date:
    """``start`` plus the period, counted as calendar months and years end (the same date, or the
    month's last day: 31 January + 1 month is 28 or 29 February)."""
    if unit == "days":
        return start + dt.timedelta(days=number)
    if unit == "weeks":
        return start + dt.timedelta(weeks=number)
    return clocks.add_months(start, number * (12 if unit == "years" else 1))


def ends_on(row: Row, start: dt.date) -> dt.date | None:
    """The last day the data may be kept, counted from ``start`` (the day of the row's trigger)."""
    found = duration(row)
    if found is None:
        return None
    try:
        return add_period(start, *found)
    except (OverflowError, ValueError):
        return None  # a period that ends past the calendar's range never runs out


def describe(row: Row) -> str:
    """One line for exports and reports: "Payroll records: 6 years from end of employment (law X)"."""
    found = duration(row)
    parts: list[str] = []
    if found is not None:
        parts.append(_period_words(*found))
    trigger = row.get("trigger")
    if trigger:
        parts.append(_counted_from(trigger))
    note = row.get("period")
    if note:
        parts.append(f"({note})" if parts else str(note))
    what = row.get("data_category") or t("retention", "Data")
    return t("retention", "{category}: {period}").format(category=what, period=" ".join(parts)) if parts \
        else str(what)


def _period_words(number: int, unit: str) -> str:
    """"1 day", "6 years": the number with its unit, in the form the count takes."""
    if unit == "days":
        return tn("retention", "%n day(s)", number)
    if unit == "weeks":
        return tn("retention", "%n week(s)", number)
    if unit == "months":
        return tn("retention", "%n month(s)", number)
    return tn("retention", "%n year(s)", number)


def _counted_from(trigger: str) -> str:
    """"from end of employment": the trigger as the period's end of the sentence. A trigger of the vocabulary
    is one whole phrase per language (its preposition and article differ: "de la", "à compter de", "ab");
    a trigger in the user's own words keeps them, with "from" put before unless they already say how it counts."""
    if trigger in vocab.RETENTION_TRIGGER:
        phrase = _trigger_phrases().get(trigger)
        if phrase is not None:
            return phrase
        label = vocab.RETENTION_TRIGGER.label_of(trigger).split(":")[0]
    else:
        label = str(trigger).strip()
    if label.split(" ", 1)[0].casefold() in _PREPOSITIONS:
        return label
    return t("retention", "from {trigger}").format(trigger=_lower_first(label))


def _trigger_phrases() -> dict[str, str]:
    """Each vocabulary trigger as "from …" in the current language. The English is what the label gives
    ("from " + its part before any colon, first letter lowered); tests/core/test_core_words_language.py keeps
    the two equal when a label changes."""
    return {"collection": t("retention", "from collection"),
            "last_contact": t("retention", "from last contact with the person"),
            "end_of_contract": t("retention", "from end of the contract"),
            "end_of_employment": t("retention", "from end of employment"),
            "account_closed": t("retention", "from closing of the account"),
            "consent_withdrawn": t("retention", "from withdrawal of consent"),
            "request_answered": t("retention", "from answer to a rights request"),
            "processing_ended": t("retention", "from end of the processing")}


# A trigger written in the user's own words that already says how it counts ("after the permit expires").
_PREPOSITIONS = frozenset({"from", "after", "until", "when", "since", "before", "at", "on"})


def _lower_first(text: str) -> str:
    """"End of the contract" -> "end of the contract"; an acronym ("GDPR audit") is left as written, and so is
    German, whose nouns keep their capital."""
    if i18n.language() == "de":
        return text
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def rows_with_trigger(activity: Mapping[str, Any], trigger: str) -> list[Row]:
    """The activity's retention rows counted from ``trigger`` that give a duration."""
    return [r for r in activity.get("retention") or () if r.get("trigger") == trigger and duration(r) is not None]
