"""The rules ``checks.run_checks`` applies, one function per register, each reading a shared ``Run``.

Each rule appends findings through ``Run.add``/``Run.deadline`` with a stable code; the codes
are listed in ``CODES`` so the GUI and the tests can rely on them.
"""

from __future__ import annotations

from collections.abc import Callable

from . import clocks, countries, vocab
from .checks import (
    ART36_DUE_SOON_DAYS,
    DECIDING_ROLES,
    DUE_SOON,
    GAP,
    OBJECTION_DUE_SOON_DAYS,
    OVERDUE,
    REQUEST_DUE_SOON_DAYS,
    REVIEW_DUE_SOON_DAYS,
    TRAINING_DUE_SOON_DAYS,
    Record,
    Run,
    filled,
    hours_phrase,
    quoted,
)

_FINISHED_REQUEST = frozenset({"answered", "refused", "withdrawn"})
_NOTIFIABLE_RISK = frozenset({"risk", "high"})


def _review(run: Run, entity: str, rec: Record, due_key: str, article: str, missing: str) -> None:
    """A periodic review: overdue, due soon, or never done at all (a gap, there is no date to count from)."""
    due = rec.get(due_key)
    if due is None:
        run.add(GAP, entity, rec, f"{run.name(entity, rec)} {missing}.", article, f"{entity}-review-missing")
        return
    run.deadline(entity, rec, due, soon_days=REVIEW_DUE_SOON_DAYS, article=article,
                 codes=(f"{entity}-review-overdue", f"{entity}-review-due"),
                 late="{name}: the review was due on {due} ({when}); review it and record the date.",
                 soon="{name}: the review is due on {due} ({when}).")


# -- breaches (Art. 33, 34) -------------------------------------------------------------------
def breaches(run: Run) -> None:
    for b in run.records_of("breach"):
        name, deadline, notified = run.name("breach", b), b.get("notification_deadline"), b.get("notified_at")
        risk, decision = b.get("risk"), b.get("notify_authority") or "undecided"
        # The assessment says notify even if "notify?" was answered no: the risk level wins.
        needed = decision == "yes" or risk in _NOTIFIABLE_RISK
        # Closed breaches stay in: an un-notified notifiable breach does not stop being late by closing it.
        if deadline is not None and notified is None:
            left = clocks.hours_left(deadline, run.ctx.now)
            when, hours = run.local(deadline), hours_phrase(left)
            if needed and left <= 0:
                run.add(OVERDUE, "breach", b, f"{name}: notify the authority now — the 72-hour deadline passed "
                        f"on {when} ({hours} ago); give the reasons for the delay.", "Art. 33(1)",
                        "breach-notification-overdue", deadline)
            elif needed:
                run.add(DUE_SOON, "breach", b, f"{name}: notify the authority by {when} ({hours} left).",
                        "Art. 33(1)", "breach-notification-due", deadline)
            elif decision == "undecided" and risk is None and left <= 0:
                run.add(OVERDUE, "breach", b, f"{name}: decide whether to notify the authority — the 72-hour "
                        f"deadline passed on {when} ({hours} ago).", "Art. 33(1)",
                        "breach-assessment-overdue", deadline)
            elif decision == "undecided" and risk is None:
                run.add(DUE_SOON, "breach", b, f"{name}: assess the risk to people and decide whether to notify "
                        f"the authority: {hours} left (deadline {when}).", "Art. 33(1)",
                        "breach-assessment-due", deadline)
        # Validation refuses this on new saves; registers from before that rule (or imports) may hold it.
        if (notified is not None and deadline is not None and notified > deadline
                and not filled(b.get("delay_reason"))):
            run.add(GAP, "breach", b, f"{name}: the authority was notified on {run.local(notified)}, after the "
                    f"72-hour deadline of {run.local(deadline)}; record the reasons for the delay.",
                    "Art. 33(1)", "breach-delay-reason-missing")
        if risk == "high" and b.get("subjects_notified_at") is None and not b.get("art34_exemption"):
            run.add(GAP, "breach", b, f"{name} is high risk: tell the people affected, or record the "
                    "Art. 34(3) exemption that applies.", "Art. 34(1)", "breach-subjects-not-told")
        linked = b.get("activities") or ()
        problems = [f"activity #{i} is not in the register" for i in linked if i not in run.activities]
        problems += [f'"{run.title("activity", run.activities[i])}" is retired' for i in linked
                     if i in run.retired_activities]
        if filled(b.get("other_processing")):
            problems.append(f'"{str(b["other_processing"]).strip()}" is not in the register')
        if problems:
            run.add(GAP, "breach", b, f"{name} touches processing the register does not cover "
                    f"({'; '.join(problems)}): record that processing in the register and link it.",
                    "Art. 30(1)", "breach-activity-not-in-register")


# -- rights requests (Art. 12(3)) -------------------------------------------------------------
def rights_requests(run: Run) -> None:
    for r in run.records_of("rights_request"):
        due = r.get("due_on")
        if r.get("status") in _FINISHED_REQUEST or r.get("response_sent_on") or due is None:
            continue
        run.deadline("rights_request", r, due, soon_days=REQUEST_DUE_SOON_DAYS, article="Art. 12(3)",
                     right=vocab.RIGHT_TYPE.label_of(r.get("right") or "").lower(),
                     codes=("request-overdue", "request-due"),
                     late="{name} ({right}) had to be answered by {due} ({when}): answer it now.",
                     soon="{name} ({right}) must be answered by {due} ({when}).")


# -- activities (Art. 6, 9, 10, 30, 35, 44) ---------------------------------------------------
def activities(run: Run) -> None:
    for a in run.records_of("activity"):
        if a.get("status") == "retired":
            continue  # retired activities are history: nothing is processed any more
        name = run.name("activity", a)
        _review(run, "activity", a, "next_review_due", "Art. 24(1)",
                "has never been reviewed: check the entry and fill in Last reviewed")
        _transfers(run, a, name)
        if (a.get("role") or "controller") not in DECIDING_ROLES:
            continue
        purposes = a.get("purposes") or []
        if not purposes:
            run.add(GAP, "activity", a, f"{name} has no purpose: add each purpose with its lawful basis.",
                    "Art. 6(1)", "activity-no-purpose")
        no_basis = [str(p.get("purpose") or "(unnamed)") for p in purposes if not p.get("bases")]
        if no_basis:
            run.add(GAP, "activity", a, f"{name}: choose a lawful basis for {quoted(no_basis)}.",
                    "Art. 6(1)", "activity-basis-missing")
        if not a.get("retention"):
            run.add(GAP, "activity", a, f"{name} has no retention period: say how long each kind of data is "
                    "kept.", "Art. 5(1)(e), 30(1)(f)", "activity-retention-missing")
        if a.get("special_categories") and not a.get("art9_conditions"):
            kinds = ", ".join(vocab.SPECIAL_CATEGORY.label_of(c).lower() for c in a["special_categories"])
            run.add(GAP, "activity", a, f"{name} uses special-category data ({kinds}) without an Art. 9(2) "
                    "condition: choose the one that allows it.", "Art. 9(2)", "activity-art9-condition-missing")
        if a.get("criminal_data") and not filled(a.get("criminal_data_authority")):
            run.add(GAP, "activity", a, f"{name} uses criminal-offence data: name the law that allows it.",
                    "Art. 10", "activity-art10-authority-missing")
        # Any consent record counts, withdrawn ones too: they still prove how consent is collected.
        if any("consent" in (p.get("bases") or ()) for p in purposes) \
                and a.get("id") not in run.activities_with_consents:
            run.add(GAP, "activity", a, f"{name} relies on consent but no consent record links to it: record "
                    "who consented, when and how.", "Art. 7(1)", "activity-consent-records-missing")
        met = len(a.get("wp248_criteria") or ())
        if a.get("id") not in run.activities_with_dpia:
            if met >= 2:
                run.add(GAP, "activity", a, f"{name} meets {met} DPIA screening criteria but has no DPIA: "
                        "carry one out before going on.", "Art. 35(1)", "activity-dpia-missing")
            elif met == 1 and not filled(a.get("screening_note")):
                run.add(GAP, "activity", a, f"{name} meets one DPIA screening criterion: record why no DPIA is "
                        "needed, or carry one out.", "Art. 35(1), WP248", "activity-screening-note-missing")


def _adequacy_hint(country: str) -> str:
    """Points at the easy answer when the Commission has already found the country adequate (Art. 45)."""
    name = countries.country_name(country)
    if country.upper() in countries.ADEQUACY_PARTIAL:
        return f" (the adequacy decision for {name} covers only some recipients: check this one is covered)"
    if country.upper() in countries.ADEQUACY:
        return f" ({name} has an adequacy decision: choose it if it applies)"
    return ""


def _transfers(run: Run, a: Record, name: str) -> None:
    # Applies to every role: Chapter V binds processors as much as controllers (Art. 44).
    for row in a.get("transfers") or ():
        country = row.get("country") or ""
        if not row.get("mechanism") and (countries.needs_transfer_mechanism(country) or not country):
            where = countries.country_name(country) if country else "a country not named"
            run.add(GAP, "activity", a, f"{name} transfers data to {where} with no transfer mechanism"
                    f"{_adequacy_hint(country)}: record what makes it lawful.", "Art. 44–46",
                    "activity-transfer-mechanism-missing")


# -- processors (Art. 28, 44) -----------------------------------------------------------------
def processors(run: Run) -> None:
    for p in run.records_of("processor"):
        name = run.name("processor", p)
        # The DPA rule is driven by the activities: one still using an ended processor needs it too.
        users = run.processor_users.get(p.get("id"), [])
        used_by = quoted(users)
        if users and not p.get("dpa_signed_on"):
            run.add(GAP, "processor", p, f"{name} is used by {used_by} but no signed data processing agreement "
                    "is recorded: sign one and record the date.", "Art. 28(3)", "processor-dpa-missing")
        elif users:
            have = set(p.get("art28_clauses") or ())
            lacking = [t.label for t in vocab.ART28_CLAUSE.terms if t.code not in have]
            if lacking:
                run.add(GAP, "processor", p, f"{name} (used by {used_by}): the agreement lacks these clauses — "
                        f"add them and tick them: {'; '.join(lacking)}.", "Art. 28(3)(a)–(h)",
                        "processor-dpa-clauses-missing")
        if p.get("status") == "ended":
            continue  # an ended contract needs no reviews, transfers or sub-processor decisions
        _review(run, "processor", p, "next_review_due", "Art. 28(1)",
                "has no security review recorded: check their guarantees and fill in Last security review")
        country = p.get("country")
        if countries.needs_transfer_mechanism(country) and not p.get("transfer_mechanism"):
            run.add(GAP, "processor", p, f"{name} processes data in {countries.country_name(country or '')} "
                    f"with no transfer mechanism{_adequacy_hint(country or '')}: record what makes it lawful.",
                    "Art. 44–46", "processor-transfer-mechanism-missing")
        for change in p.get("subprocessor_changes") or ():
            deadline = change.get("objection_deadline")
            if (change.get("decision") or "pending") == "pending" and deadline is not None:
                run.deadline("processor", p, deadline, soon_days=OBJECTION_DUE_SOON_DAYS, article="Art. 28(2)",
                             change=str(change.get("change") or "(not described)"),
                             codes=("subprocessor-objection-overdue", "subprocessor-objection-due"),
                             late='{name}: the deadline to object to the sub-processor change "{change}" '
                                  'passed on {due} ({when}); record your decision.',
                             soon='{name}: decide whether to object to the sub-processor change "{change}" '
                                  'by {due} ({when}).')


# -- DPIAs (Art. 35, 36) ----------------------------------------------------------------------
def dpias(run: Run) -> None:
    for d in run.records_of("dpia"):
        if d.get("activity") in run.retired_activities or d.get("status") == "retired":
            continue  # the DPIA of a retired activity is history, like the activity
        name = run.name("dpia", d)
        _review(run, "dpia", d, "next_review", "Art. 35(11)",
                "has not been signed off: finish it and record the sign-off date")
        sent, due = d.get("consultation_sent_on"), d.get("consultation_answer_due")
        if sent and due and not d.get("consultation_answer_on") and not filled(d.get("consultation_answer")):
            # The deadline is the authority's, so passing it is a gap to chase, not an overdue of ours.
            run.deadline("dpia", d, due, soon_days=ART36_DUE_SOON_DAYS, article="Art. 36(2)", late_severity=GAP,
                         codes=("dpia-consultation-follow-up", "dpia-consultation-answer-due"),
                         late="{name}: the authority's answer to the prior consultation was due on {due} "
                              "({when}); follow up with the authority.",
                         soon="{name}: the authority should answer the prior consultation by {due} ({when}).")
        # "Do not proceed" means no processing, so there is nothing to consult the authority about.
        if d.get("residual_risk") == "high" and not sent and d.get("outcome") != "do_not_proceed":
            run.add(GAP, "dpia", d, f"{name} leaves a high risk after the measures: consult the authority "
                    "before processing.", "Art. 36(1)", "dpia-consultation-missing")


# -- staff and training (Art. 32(4)) ----------------------------------------------------------
def staff(run: Run) -> None:
    for person in run.records_of("person"):
        if person.get("status") == "left":
            continue  # someone who left cannot be trained; the breach record keeps what happened
        pid, who = person.get("id"), run.title("person", person)
        reasons = (["handles special-category data"] if person.get("handles_special_category") else []) + \
                  ([f"was involved in breach {quoted(run.breaches_of_person[pid])}"]
                   if pid in run.breaches_of_person else [])
        why = f" — {who} {' and '.join(reasons)}" if reasons else ""
        expires = run.training_expires.get(pid)
        if expires is None and reasons:
            run.add(GAP, "person", person, f"{who} has no valid data-protection training but "
                    f"{' and '.join(reasons)}: train them and record it.", "Art. 32(4)", "staff-training-required")
        elif expires is None:
            # Everyone who handles personal data should be trained (Art. 32(4), 39(1)(b)); a gap, not a
            # deadline, since no date was ever set.
            run.add(GAP, "person", person, f"No data-protection training is recorded for {who}: train them "
                    "and record it.", "Art. 32(4)", "training-missing")
        else:
            run.deadline("person", person, expires, soon_days=TRAINING_DUE_SOON_DAYS, article="Art. 32(4)",
                         lapses_on_due=True,
                         who=who, why=why,
                         codes=("training-expired", "training-expiring"),
                         late="{who}'s data-protection training expired on {due} ({when}){why}: book a "
                              "refresher and record it.",
                         soon="{who}'s data-protection training expires on {due} ({when}){why}: book a refresher.")


# -- policies (Art. 24) and the organisation (Art. 30(1)(a)) ----------------------------------
def policies(run: Run) -> None:
    for p in run.records_of("policy"):
        if p.get("status") != "retired":  # a retired policy no longer applies, so it needs no review
            _review(run, "policy", p, "next_review_due", "Art. 24(1)",
                    "has not been approved: have management approve it and record the date")


def organisation(run: Run) -> None:
    org = run.organisation
    name = run.name("organisation", org) if filled(org.get("name")) else "The organisation"
    if not any(filled(org.get(k)) for k in ("email", "phone", "address")):
        run.add(GAP, "organisation", org, f"{name} has no contact details: add an email, phone or address.",
                "Art. 30(1)(a)", "organisation-contact-missing")
    if not ((org.get("has_dpo") and filled(org.get("dpo_name"))) or filled(org.get("responsible_name"))):
        run.add(GAP, "organisation", org, f"{name} names nobody for data protection: name the DPO or the person "
                "responsible.", "Art. 30(1)(a)", "organisation-responsible-missing")


RULES: tuple[Callable[[Run], None], ...] = (breaches, rights_requests, activities, processors, dpias, staff,
                                            policies, organisation)

CODES = frozenset({
    "breach-notification-overdue", "breach-notification-due", "breach-assessment-overdue",
    "breach-assessment-due", "breach-delay-reason-missing", "breach-subjects-not-told",
    "breach-activity-not-in-register", "request-overdue", "request-due",
    "activity-review-overdue", "activity-review-due", "activity-review-missing", "activity-no-purpose",
    "activity-basis-missing", "activity-retention-missing", "activity-art9-condition-missing",
    "activity-art10-authority-missing", "activity-consent-records-missing", "activity-dpia-missing",
    "activity-screening-note-missing", "activity-transfer-mechanism-missing",
    "processor-dpa-missing", "processor-dpa-clauses-missing", "processor-review-overdue", "processor-review-due",
    "processor-review-missing", "processor-transfer-mechanism-missing", "subprocessor-objection-overdue",
    "subprocessor-objection-due", "dpia-review-overdue", "dpia-review-due", "dpia-review-missing",
    "dpia-consultation-follow-up", "dpia-consultation-answer-due", "dpia-consultation-missing",
    "staff-training-required", "training-missing", "training-expired", "training-expiring",
    "policy-review-overdue", "policy-review-due", "policy-review-missing",
    "organisation-contact-missing", "organisation-responsible-missing",
})
