"""The breach rules of ``checks.run_checks`` (Art. 33, 34): the 72-hour clock, the duties the assessment
gives (``core.breach_assessment``), the client's clock when the office is a processor (Art. 33(2)), the
public communication that replaces individual notices (Art. 34(3)(c)) and the Art. 33(5) documentation.
Messages are literal templates translated under "checks" (``core.i18n``), filled in afterwards."""

from __future__ import annotations

from . import clocks
from .breach_assessment import assess, duties
from .checks_base import DUE_SOON, GAP, OVERDUE, Record, Run, filled, hours_phrase
from .entities.breach import BREACH
from .i18n import spec, t

_NOTIFIABLE_RISK = frozenset({"risk", "high"})


# -- breaches (Art. 33, 34) -------------------------------------------------------------------
def breaches(run: Run) -> None:
    for b in run.records_of("breach"):
        name = run.name("breach", b)
        if (b.get("our_role") or "controller") == "processor":
            _client_clock(run, b, name)  # the client decides on the authority and the people (Art. 33(2))
        else:
            _authority(run, b, name)
            _people(run, b, name)
        _documentation(run, b, name)
        _coverage(run, b, name)


def _authority(run: Run, b: Record, name: str) -> None:
    deadline, notified = b.get("notification_deadline"), b.get("notified_at")
    risk, decision = b.get("risk"), b.get("notify_authority") or "undecided"
    # The assessment says notify even if "notify?" was answered no: the risk level wins.
    needed = decision == "yes" or risk in _NOTIFIABLE_RISK
    # Closed breaches stay in: an un-notified notifiable breach does not stop being late by closing it.
    if deadline is not None and notified is None:
        left = clocks.hours_left(deadline, run.ctx.now)
        when, hours = run.local(deadline), hours_phrase(left)
        if needed and left <= 0:
            run.add(OVERDUE, "breach", b, t("checks", "{name}: notify the authority now — the 72-hour deadline "
                                            "passed on {when} ({hours} ago); give the reasons for the delay.")
                    .format(name=name, when=when, hours=hours), "Art. 33(1)", "breach-notification-overdue", deadline)
        elif needed:
            run.add(DUE_SOON, "breach", b, t("checks", "{name}: notify the authority by {when} ({hours} left).")
                    .format(name=name, when=when, hours=hours), "Art. 33(1)", "breach-notification-due", deadline)
        elif decision == "undecided" and risk is None and left <= 0:
            run.add(OVERDUE, "breach", b, t("checks", "{name}: assess the risk and decide whether to notify the "
                                            "authority — the 72-hour deadline passed on {when} ({hours} ago).")
                    .format(name=name, when=when, hours=hours), "Art. 33(1)", "breach-assessment-overdue", deadline)
        elif decision == "undecided" and risk is None:
            run.add(DUE_SOON, "breach", b, t("checks", "{name}: say what was affected and answer the risk questions, "
                                             "so Atlas can tell whether to notify the authority: {hours} left "
                                             "(deadline {when}).").format(name=name, when=when, hours=hours),
                    "Art. 33(1)", "breach-assessment-due", deadline)
    # Validation refuses this on new saves; registers from before that rule (or imports) may hold it.
    if (notified is not None and deadline is not None and notified > deadline
            and not filled(b.get("delay_reason"))):
        run.add(GAP, "breach", b, t("checks", "{name}: the authority was notified on {notified}, after the 72-hour "
                                    "deadline of {deadline}; record the reasons for the delay.")
                .format(name=name, notified=run.local(notified), deadline=run.local(deadline)),
                "Art. 33(1)", "breach-delay-reason-missing")
    if b.get("risk_override") is None and b.get("status") != "closed":
        missing = assess(b).missing
        if missing and "impact" not in missing:
            mark = t("checks", "\u201c{label}\u201d")
            labels = ", ".join(mark.format(label=spec(BREACH.field(k).label)) for k in missing if BREACH.has(k))
            run.add(GAP, "breach", b, t("checks", "{name}: answer {labels}. Until then Atlas assumes the worst case "
                                        "for each, which may overstate the risk.").format(name=name, labels=labels),
                    "Art. 33(1), 34(1)", "breach-assessment-incomplete")


def _people(run: Run, b: Record, name: str) -> None:
    owed = duties(b)
    people, public = owed["people"], owed.get("public_communication")
    if people.status == "due":
        run.add(GAP, "breach", b, t("checks", "{name} is high risk: tell the people affected without undue delay, "
                                    "or record the Art. 34(3) exemption that applies.").format(name=name),
                "Art. 34(1)", "breach-subjects-not-told")
    if public is not None and public.status == "due":
        run.add(GAP, "breach", b, t("checks", "{name} relies on Art. 34(3)(c): make the public communication and "
                                    "record when and where it was published. It replaces the individual notices; "
                                    "it does not remove the duty.").format(name=name),
                "Art. 34(3)(c)", "breach-public-communication-missing")
    exemption = b.get("art34_exemption")
    if exemption == "unintelligible" and not b.get("unintelligible"):
        run.add(GAP, "breach", b, t("checks", "{name} relies on Art. 34(3)(a), but the assessment does not say the "
                                    "data was unreadable to whoever got it (encrypted with the key safe): tick it "
                                    "if true, or tell the people.").format(name=name),
                "Art. 34(3)(a)", "breach-exemption-unsupported")


def _client_clock(run: Run, b: Record, name: str) -> None:
    deadline = b.get("controller_deadline")
    if deadline is None or b.get("controller_told_at") is not None:
        return
    client = str(b.get("controller_name") or t("checks", "the client"))
    left = clocks.hours_left(deadline, run.ctx.now)
    when, hours = run.local(deadline), hours_phrase(left)
    if left <= 0:
        run.add(OVERDUE, "breach", b, t("checks", "{name}: tell {client} now — you process this data for them and "
                                        "the time to tell them ran out on {when} ({hours} ago).")
                .format(name=name, client=client, when=when, hours=hours),
                "Art. 33(2)", "breach-controller-notice-overdue", deadline)
    else:
        run.add(DUE_SOON, "breach", b, t("checks", "{name}: tell {client} without undue delay, by {when} ({hours} "
                                         "left); they decide whether to notify the authority.")
                .format(name=name, client=client, when=when, hours=hours),
                "Art. 33(2)", "breach-controller-notice-due", deadline)


def _documentation(run: Run, b: Record, name: str) -> None:
    """Art. 33(5): every breach is documented, notified or not. While the 72 hours run and the breach is open,
    the record is still being written; after that a missing part is a gap."""
    deadline = b.get("notification_deadline")
    settled = b.get("status") in ("contained", "closed") or (
        deadline is not None and clocks.hours_left(deadline, run.ctx.now) <= 0)
    if not settled:
        return
    missing = []  # translated only when missing: the rule runs over every breach
    if not filled(b.get("description")):
        missing.append(t("checks", "the facts"))
    if not filled(b.get("consequences")):
        missing.append(t("checks", "the effects"))
    if not (filled(b.get("containment")) or filled(b.get("measures"))):
        missing.append(t("checks", "the remedial action"))
    if missing:
        run.add(GAP, "breach", b, t("checks", "{name}: record {missing} — every breach is documented, notified or "
                                    "not.").format(name=name, missing=", ".join(missing)),
                "Art. 33(5)", "breach-documentation-incomplete")
    if (b.get("our_role") or "controller") == "controller" and b.get("risk") == "none" \
            and b.get("notified_at") is None and not (filled(b.get("risk_reasoning"))
                                                      or filled(b.get("override_reason"))):
        run.add(GAP, "breach", b, t("checks", "{name} was not notified as unlikely to result in a risk: write down "
                                    "the reasoning in the record, so you can show it to the authority.")
                .format(name=name), "Art. 33(5)", "breach-reasoning-missing")


def _coverage(run: Run, b: Record, name: str) -> None:
    linked = b.get("activities") or ()
    problems = [t("checks", "activity #{id} is not in the register").format(id=i)
                for i in linked if i not in run.activities]
    problems += [t("checks", '"{title}" is retired').format(title=run.title("activity", run.activities[i]))
                 for i in linked if i in run.retired_activities]
    if filled(b.get("other_processing")):
        problems.append(t("checks", '"{text}" is not in the register').format(text=str(b["other_processing"]).strip()))
    if problems:
        run.add(GAP, "breach", b, t("checks", "{name} touches processing the register does not cover ({problems}): "
                                    "record that processing in the register and link it.")
                .format(name=name, problems="; ".join(problems)), "Art. 30(1)", "breach-activity-not-in-register")


CODES = frozenset({
    "breach-notification-overdue", "breach-notification-due", "breach-assessment-overdue",
    "breach-assessment-due", "breach-assessment-incomplete", "breach-delay-reason-missing",
    "breach-subjects-not-told", "breach-public-communication-missing", "breach-exemption-unsupported",
    "breach-controller-notice-overdue", "breach-controller-notice-due", "breach-documentation-incomplete",
    "breach-reasoning-missing", "breach-activity-not-in-register",
})
