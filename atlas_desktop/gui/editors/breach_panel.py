"""The words of the breach editor's live assessment panel, worked out from the draft alone.

``explain(values, derived, time_zone)`` turns ``core.breach_assessment.assess`` into what the
person reads under the risk questions: the severity score and level, the outcome and its
article, how each answer counted (answers not given yet are marked as taken at their worst),
the EDPB rules that moved the outcome, and, when the person chose their own level, how it
differs from the facts. Nothing here touches the register, so it works while it is locked.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication

from ...core.authorities import authority_for
from ...core.breach_assessment import Assessment, assess
from ...core.countries import country_name
from ...core.entities.breach import BREACH
from ..i18n import spec_text
from . import style

# Amber for both duties: the words and the icon say how serious; a page-sized red block would alarm
# more than it informs (red stays for what is overdue).
OUTCOME_KIND = {None: style.INFO, "none": style.OK, "risk": style.WARNING, "high": style.WARNING}


def tr(text: str) -> str:
    return QCoreApplication.translate("BreachEditor", text)


def level_name(level: str | None) -> str:
    """ENISA's band in one or two words (the vocabulary's labels go on to describe the consequences)."""
    return {"low": tr("low"), "medium": tr("medium"), "high": tr("high"),
            "very_high": tr("very high")}.get(level or "", tr("not worked out yet"))


def risk_name(outcome: str | None) -> str:
    return {"none": tr("unlikely to result in a risk"), "risk": tr("a risk to people"),
            "high": tr("a high risk to people")}.get(outcome or "", tr("not decided yet"))


def local_time(moment: dt.datetime, time_zone: str) -> str:
    """A moment as the office reads it, with its zone's abbreviation, e.g. "Thu 13 Mar 2025, 06:00 EET" (day
    and month names in the window's language: QLocale, as the dashboard writes them)."""
    from ..dashboard_sections import local_text
    return local_text(moment, time_zone, "ddd dd MMM yyyy, HH:mm")


def client_of(values: Mapping[str, Any]) -> str:
    return (values.get("controller_name") or "").strip() or tr("the client")


def outcome_text(outcome: str | None) -> str:
    """What the level means for who must be told, with its article."""
    if outcome == "none":
        return tr("Unlikely to result in a risk to people: document the breach here, with your reasoning; "
                   "no notification is needed (Art. 33(5)).")
    if outcome == "risk":
        return tr("A risk to people: notify the authority without undue delay, within 72 hours of becoming "
                   "aware (Art. 33(1)). The people affected need not be told, because the risk is not high.")
    if outcome == "high":
        return tr("A high risk to people: notify the authority within 72 hours (Art. 33(1)) and also tell the "
                   "people affected without undue delay, in plain language (Art. 34(1)), unless an exemption "
                   "of Art. 34(3) applies.")
    return tr("Say what was affected (confidentiality, integrity or availability, under \u201cWhat "
               "happened\u201d) to start the assessment.")


@dataclass(frozen=True)
class Explanation:
    kind: str
    headline: str
    detail: str
    factors_html: str
    assumed: str
    rules_html: str
    override: tuple[str, str, str] | None  # (kind, headline, detail) when the person chose their own level


def _row(label: str, answer: str, source: str, effect: str) -> str:
    return ("<tr>"
            f"<td width='78%' style='padding:3px 8px 3px 0'><b>{label}</b><br>{answer}"
            f"<br><small>{html.escape(source)}</small></td>"
            f"<td width='22%' style='padding:3px 0 3px 8px' align='right'>{effect}</td>"
            "</tr>")


def _factors_html(found: Assessment) -> str:
    """One row per answer: what was asked, the answer as read, and what it did to the score or level."""
    if not found.factors:
        return ""
    rows = []
    for f in found.factors:
        if f.key == "severity":  # the sum of the rows above: shown as the total, in the headline's words
            rows.append(_row(html.escape(tr("Severity score")), html.escape(f.value), f.source,
                             f"<b>{html.escape(level_name(found.level))}</b>"))
            continue
        answer = html.escape(spec_text(f.value))
        label = html.escape(spec_text(f.label))
        if f.assumed:
            label = f"\u26a0\ufe0e {label}"
            answer = f"<i>{answer}</i>"
        rows.append(_row(label, answer, f.source, html.escape(spec_text(f.effect))))
    head = html.escape(tr("How each answer counted"))
    return f"<p><b>{head}</b></p><table width='100%' cellspacing='0'>{''.join(rows)}</table>"


def _assumed_text(found: Assessment) -> str:
    keys = [k for k in found.missing if k != "impact" and BREACH.has(k)]
    if not keys:
        return ""
    names = ", ".join(f"\u201c{spec_text(BREACH.field(k).label)}\u201d" for k in keys)
    return tr("\u26a0\ufe0e Not answered yet: {0}. The worst case is assumed until you answer, so the "
               "level may go down as you do.").format(names)


def _rules_html(found: Assessment) -> str:
    if not found.rules or found.outcome is None:
        return ""
    items = "".join(f"<li>{html.escape(spec_text(rule))}</li>" for rule in found.rules)
    head = html.escape(tr("What moved the outcome (EDPB)"))
    return f"<p><b>{head}</b></p><ul style='margin-left:-20px'>{items}</ul>"


def _override(values: Mapping[str, Any], found: Assessment) -> tuple[str, str, str] | None:
    chosen = values.get("risk_override")
    if not chosen:
        return None
    headline = (tr("Your own assessment: {0} (the facts give: {1})").format(risk_name(chosen),
                                                                              risk_name(found.outcome))
                if found.outcome else tr("Your own assessment: {0}").format(risk_name(chosen)))
    reason = (values.get("override_reason") or "").strip()
    if not reason:
        return (style.WARNING, headline,
                tr("Write why you disagree in \u201cWhy you disagree\u201d below: the record cannot be saved "
                    "without it (Art. 33(5)). Your level decides who must be told. {0}").format(
                    outcome_text(chosen)))
    return (style.INFO, headline,
            tr("Your level decides who must be told, and your reason is kept with the record. {0}").format(
                outcome_text(chosen)))


def explain(values: Mapping[str, Any], derived: Mapping[str, Any], time_zone: str) -> Explanation:
    """The panel for the draft ``values``; ``derived`` holds its computed fields (``core.derive``)."""
    found = assess(values)
    if found.outcome is None:
        headline = tr("Severity not worked out yet")
    else:
        headline = tr("Severity {0} of 4+ \u2014 {1}").format(f"{found.score:g}", level_name(found.level))
    if (values.get("our_role") or "controller") == "processor":
        client = client_of(values)
        deadline = derived.get("controller_deadline")
        by = (tr("Tell {0} by {1} ({2}).").format(client, local_time(deadline, time_zone), time_zone)
              if isinstance(deadline, dt.datetime) else
              tr("Tell {0} without undue delay; fill in \u201cBecame aware at\u201d to see by when.").format(client))
        detail = tr("The data is {0}'s: as the controller, they decide whether to notify the authority and the "
                     "people affected. {1} Pass this assessment on to them (Art. 33(2)).").format(client, by)
        kind = style.WARNING if found.outcome is not None else style.INFO
    else:
        # What the facts give; the person's own level, if any, is shown just below (``override``).
        detail = outcome_text(found.outcome)
        kind = OUTCOME_KIND[found.outcome]
        if found.outcome is not None:
            detail = tr("From your answers above. {0}").format(detail)
    return Explanation(kind, headline, detail, _factors_html(found), _assumed_text(found), _rules_html(found),
                       _override(values, found) if found.outcome is not None or values.get("risk_override")
                       else None)


def _text(text: str) -> str:
    """Plain words for a rich-text label: markup escaped, apostrophes left as they are."""
    return html.escape(text, quote=False)


def authority_notice(org: Mapping[str, Any], values: Mapping[str, Any]) -> tuple[str, str, str]:
    """(kind, headline, rich detail) of the "who to notify" panel on the notification page.

    The organisation's own authority (its page) wins; else the one its country gives
    (``core.authorities``), with the breach form's link and the phone where they are known."""
    if (values.get("our_role") or "controller") == "processor":
        client = client_of(values)
        return (style.INFO, tr("{0} notifies its own authority").format(client[:1].upper() + client[1:]),
                _text(tr("The data is the client's: the client, as controller, decides whether to notify its "
                                "supervisory authority (Art. 33(2)). Your part is to tell the client.")))
    own = (org.get("authority_name") or "").strip()
    if own:
        contact = (org.get("authority_contact") or "").strip()
        detail = tr("As recorded on the organisation's page (Art. 55).")
        return (style.INFO, tr("Notify: {0}").format(own),
                _text(f"{contact} \u2014 {detail}" if contact else detail))
    found = authority_for(org.get("country"))
    if found is None:
        return (style.WARNING, tr("Which authority? Not known yet"),
                _text(tr("Fill in your country, or the supervisory authority itself, on the organisation's "
                                "page: Atlas then names the authority to notify (Art. 55).")))
    parts = []
    if found.breach_url:
        link = html.escape(found.breach_url, quote=True)
        site = urlsplit(found.breach_url).netloc.removeprefix("www.")
        words = _text(tr("the breach form on {0}").format(site))
        parts.append(tr("Notify online: {0}").format(f"<a href='{link}'>{words}</a>"))
    if found.phone:
        parts.append(_text(tr("Phone: {0}").format(found.phone)))
    if found.email:
        parts.append(_text(tr("Email: {0}").format(found.email)))
    if not found.breach_url:
        parts.append(_text(tr("Atlas could not confirm the authority's breach form: look for it on the "
                                     "authority's website.")))
    if found.note:
        parts.append(_text(spec_text(found.note)))
    parts.append(_text(tr("Worked out from your country ({0}); to use another authority, name it on the "
                                 "organisation's page (Art. 55).").format(country_name(found.country))))
    return (style.INFO, tr("Notify: {0}").format(found.display), "<br>".join(parts))
