"""The rules ``checks.run_checks`` applies, one function per register, each reading a shared ``Run``.

Each rule appends findings through ``Run.add``/``Run.deadline`` with a stable code; the codes
are listed in ``CODES`` so the GUI and the tests can rely on them. The breach rules are in
``checks_breach``, the retention clocks the consent, request and activity rules use in ``checks_retention``.
Every message is a literal template translated under "checks" (``core.i18n``) and filled in afterwards.
"""

from __future__ import annotations

from collections.abc import Callable

from . import countries, retention, vocab
from .checks_base import (
    ART36_DUE_SOON_DAYS,
    DECIDING_ROLES,
    GAP,
    OBJECTION_DUE_SOON_DAYS,
    OVERDUE,
    REQUEST_DUE_SOON_DAYS,
    REVIEW_DUE_SOON_DAYS,
    TRAINING_DUE_SOON_DAYS,
    Record,
    Run,
    filled,
    quoted,
    term,
)
from .checks_breach import CODES as BREACH_CODES
from .checks_breach import breaches
from .checks_retention import ended, expired
from .countries import local_name as country_name  # messages name countries in the user's language
from .i18n import spec, t, tn
from .obligations import consent_needs_parent, digital_consent_age, dpo_duty
from .screening import screen

_FINISHED_REQUEST = frozenset({"answered", "refused", "withdrawn"})


def _review(run: Run, entity: str, rec: Record, due_key: str, article: str, missing: str, **words: str) -> None:
    """A periodic review: overdue, due soon, or never done at all (a gap, there is no date to count from).
    ``missing`` is the translated template of the gap, with {name} and any of ``words``."""
    due = rec.get(due_key)
    if due is None:
        run.add(GAP, entity, rec, missing.format(name=run.name(entity, rec), **words), article,
                f"{entity}-review-missing")
        return
    run.deadline(entity, rec, due, soon_days=REVIEW_DUE_SOON_DAYS, article=article,
                 codes=(f"{entity}-review-overdue", f"{entity}-review-due"),
                 late=t("checks", "{name}: the review was due on {due} ({when}); review it and record the date."),
                 soon=t("checks", "{name}: the review is due on {due} ({when})."))


# -- rights requests (Art. 12(3)) -------------------------------------------------------------
def rights_requests(run: Run) -> None:
    # Translated once: the register is streamed and may hold many thousand requests.
    answered = t("checks", "{name} was answered on {date}, and {activities} keeps {periods}: delete that data, "
                 "then this record, or correct the period.")
    late = t("checks", "{name} ({right}) had to be answered by {due} ({when}; {calendar}): answer it now.")
    soon = t("checks", "{name} ({right}) must be answered by {due} ({when}; {calendar}).")
    rights: dict[str, str] = {}
    for r in run.records_of("rights_request"):
        sent = r.get("response_sent_on")
        if sent is not None:
            expired(run, "rights_request", r, sent, "request_answered", r.get("activities") or (), answered,
                    "retention-request-expired")
        due = r.get("due_on")
        if r.get("status") in _FINISHED_REQUEST or r.get("response_sent_on") or due is None:
            continue
        code = r.get("right") or ""
        right = rights.get(code)
        if right is None:
            right = rights[code] = term(vocab.RIGHT_TYPE.label_of(code))
        run.deadline("rights_request", r, due, soon_days=REQUEST_DUE_SOON_DAYS, article="Art. 12(3)", right=right,
                     codes=("request-overdue", "request-due"), calendar=run.moved_past, late=late, soon=soon)


# -- activities (Art. 6, 9, 10, 30, 35, 44) ---------------------------------------------------
def activities(run: Run) -> None:
    for a in run.records_of("activity"):
        if a.get("status") == "retired":
            ended(run, a)
            continue  # otherwise retired activities are history: nothing is processed any more
        name = run.name("activity", a)
        _review(run, "activity", a, "next_review_due", "Art. 24(1)",
                t("checks", "{name} has never been reviewed: check the entry and fill in {field}."),
                field=spec("Last reviewed"))
        _transfers(run, a, name)
        if (a.get("role") or "controller") not in DECIDING_ROLES:
            continue
        purposes = a.get("purposes") or []
        if not purposes:
            run.add(GAP, "activity", a, t("checks", "{name} has no purpose: add each purpose with its lawful "
                                          "basis.").format(name=name), "Art. 6(1)", "activity-no-purpose")
        no_basis = [str(p.get("purpose") or t("checks", "(unnamed)")) for p in purposes if not p.get("bases")]
        if no_basis:
            run.add(GAP, "activity", a, t("checks", "{name}: choose a lawful basis for {purposes}.")
                    .format(name=name, purposes=quoted(no_basis)), "Art. 6(1)", "activity-basis-missing")
        if not a.get("retention"):
            run.add(GAP, "activity", a, t("checks", "{name} has no retention period: say how long each kind of data "
                                          "is kept.").format(name=name),
                    "Art. 5(1)(e), 30(1)(f)", "activity-retention-missing")
        words = [str(row.get("data_category") or t("checks", "(unnamed data)")) for row in a.get("retention") or ()
                 if retention.duration(row) is None]
        if words:
            run.add(GAP, "activity", a, t("checks", "{name}: the retention of {data} is given only in words: say it "
                                          "as a number and a unit, counted from an event, so Atlas can check it.")
                    .format(name=name, data=quoted(words)), "Art. 5(1)(e), 30(1)(f)",
                    "activity-retention-not-checkable")
        if a.get("special_categories") and not a.get("art9_conditions"):
            kinds = ", ".join(term(vocab.SPECIAL_CATEGORY.label_of(c)) for c in a["special_categories"])
            run.add(GAP, "activity", a, t("checks", "{name} uses special-category data ({kinds}) without an Art. 9(2) "
                                          "condition: choose the one that allows it.").format(name=name, kinds=kinds),
                    "Art. 9(2)", "activity-art9-condition-missing")
        if a.get("criminal_data") and not filled(a.get("criminal_data_authority")):
            run.add(GAP, "activity", a, t("checks", "{name} uses criminal-offence data: name the law that allows "
                                          "it.").format(name=name), "Art. 10", "activity-art10-authority-missing")
        # Any consent record counts, withdrawn ones too: they still prove how consent is collected.
        if any("consent" in (p.get("bases") or ()) for p in purposes) \
                and a.get("id") not in run.activities_with_consents:
            run.add(GAP, "activity", a, t("checks", "{name} relies on consent but no consent record links to it: "
                                          "record who consented, when and how.").format(name=name),
                    "Art. 7(1)", "activity-consent-records-missing")
        if a.get("id") not in run.activities_with_dpia:
            _screening(run, a, name)


def _screening(run: Run, a: Record, name: str) -> None:
    """The DPIA an activity without one needs (Art. 35(1), (3); WP248 rev.01). A "justified" screening
    (criteria met, the reason no DPIA is needed recorded) needs nothing more."""
    found = screen(a)
    met = len(set(found.criteria))
    if found.result == "mandatory":
        cases = ", ".join(found.mandatory)
        run.add(GAP, "activity", a, t("checks", "{name} is a case where the law always requires a DPIA ({cases}): "
                                      "carry one out before going on; a note on why not cannot replace it.")
                .format(name=name, cases=cases), cases, "activity-dpia-mandatory")
    elif found.result == "required":
        run.add(GAP, "activity", a, tn("checks", "{name} meets %n DPIA screening criteri(on|a) but has no DPIA: "
                                       "carry one out before going on, or record why the risk is not high "
                                       "(WP248 rev.01).", met)
                .format(name=name), "Art. 35(1)", "activity-dpia-missing")
    elif found.result == "consider" and not filled(a.get("screening_note")):
        run.add(GAP, "activity", a, t("checks", "{name} meets one DPIA screening criterion: record why no DPIA is "
                                      "needed, or carry one out.").format(name=name),
                "Art. 35(1), WP248", "activity-screening-note-missing")


# -- consents (Art. 7, 8) ---------------------------------------------------------------------
def consents(run: Run) -> None:
    """Also fills ``run.activities_with_consents`` for the activities rule: the one pass over consents."""
    country = run.organisation.get("country")
    age_limit = digital_consent_age(country)
    where = country_name(country) if country else t("checks", "the EU by default")
    withdrawn_words = t("checks", "{name} was withdrawn on {date}, and {activities} keeps {periods}: delete that "
                        "data, then this record, or correct the period.")
    for c in run.records_of("consent"):
        run.activities_with_consents.add(c.get("activity"))
        a = run.activities.get(c.get("activity"))
        if a is not None and (a.get("role") or "controller") not in DECIDING_ROLES:
            continue  # for a client's processing, the client answers for consent (Art. 28)
        if consent_needs_parent(c, country):
            age = c.get("age")
            # The age is a count of years: a plural message, so a language that names the years agrees them
            # ("14 ani", "1 an").
            template = (tn("checks", "{name}: consent to an online service by someone aged %n, under the age of "
                           "digital consent ({limit} in {where}), with no parent or guardian recorded as giving or "
                           "authorising it: record who did and how it was checked, or stop relying on it.", age)
                        if isinstance(age, int) else
                        t("checks", "{name}: consent to an online service by a child of unknown age, under the age "
                          "of digital consent ({limit} in {where}), with no parent or guardian recorded as giving "
                          "or authorising it: record who did and how it was checked, or stop relying on it."))
            run.add(GAP, "consent", c, template.format(name=run.name("consent", c), limit=age_limit, where=where),
                    "Art. 8(1)", "consent-parental-authorisation-missing")
        withdrawn = c.get("withdrawn_at")
        if withdrawn is not None:
            expired(run, "consent", c, withdrawn, "consent_withdrawn", [c.get("activity")], withdrawn_words,
                    "retention-consent-expired")


def _adequacy_hint(country: str) -> str:
    """Points at the easy answer when the Commission has already found the country adequate (Art. 45)."""
    if country.upper() in countries.ADEQUACY_PARTIAL:
        return t("checks", " (the adequacy decision for {country} covers only some recipients: check this one is "
                 "covered)").format(country=country_name(country))
    if country.upper() in countries.ADEQUACY:
        return t("checks", " ({country} has an adequacy decision: choose it if it applies)").format(
            country=country_name(country))
    return ""


def _transfers(run: Run, a: Record, name: str) -> None:
    # Applies to every role: Chapter V binds processors as much as controllers (Art. 44).
    for row in a.get("transfers") or ():
        country = row.get("country") or ""
        if not row.get("mechanism") and (countries.needs_transfer_mechanism(country) or not country):
            where = country_name(country) if country else t("checks", "a country not named")
            run.add(GAP, "activity", a, t("checks", "{name} transfers data to {where} with no transfer mechanism"
                                          "{hint}: record what makes it lawful.")
                    .format(name=name, where=where, hint=_adequacy_hint(country)), "Art. 44–46",
                    "activity-transfer-mechanism-missing")


# -- processors (Art. 28, 44) -----------------------------------------------------------------
def processors(run: Run) -> None:
    for p in run.records_of("processor"):
        name = run.name("processor", p)
        # The DPA rule is driven by the activities: one still using an ended processor needs it too.
        users = run.processor_users.get(p.get("id"), [])
        used_by = quoted(users)
        if users and not p.get("dpa_signed_on"):
            run.add(GAP, "processor", p, t("checks", "{name} is used by {users} but no signed data processing "
                                           "agreement is recorded: sign one and record the date.")
                    .format(name=name, users=used_by), "Art. 28(3)", "processor-dpa-missing")
        elif users:
            have = set(p.get("art28_clauses") or ())
            lacking = [spec(clause.label) for clause in vocab.ART28_CLAUSE.terms if clause.code not in have]
            if lacking:
                run.add(GAP, "processor", p, t("checks", "{name} (used by {users}): the agreement lacks these clauses "
                                               "— add them and tick them: {clauses}.")
                        .format(name=name, users=used_by, clauses="; ".join(lacking)), "Art. 28(3)(a)–(h)",
                        "processor-dpa-clauses-missing")
        if p.get("status") == "ended":
            continue  # an ended contract needs no reviews, transfers or sub-processor decisions
        _review(run, "processor", p, "next_review_due", "Art. 28(1)",
                t("checks", "{name} has no security review recorded: check their guarantees and fill in {field}."),
                field=spec("Last security review"))
        country = p.get("country")
        if countries.needs_transfer_mechanism(country) and not p.get("transfer_mechanism"):
            run.add(GAP, "processor", p, t("checks", "{name} processes data in {where} with no transfer mechanism"
                                           "{hint}: record what makes it lawful.")
                    .format(name=name, where=country_name(country or ""), hint=_adequacy_hint(country or "")),
                    "Art. 44–46", "processor-transfer-mechanism-missing")
        for change in p.get("subprocessor_changes") or ():
            deadline = change.get("objection_deadline")
            if (change.get("decision") or "pending") == "pending" and deadline is not None:
                run.deadline("processor", p, deadline, soon_days=OBJECTION_DUE_SOON_DAYS, article="Art. 28(2)",
                             change=str(change.get("change") or t("checks", "(not described)")),
                             codes=("subprocessor-objection-overdue", "subprocessor-objection-due"),
                             late=t("checks", '{name}: the deadline to object to the sub-processor change "{change}" '
                                    'passed on {due} ({when}); record your decision.'),
                             soon=t("checks", '{name}: decide whether to object to the sub-processor change '
                                    '"{change}" by {due} ({when}).'))


# -- DPIAs (Art. 35, 36) ----------------------------------------------------------------------
def dpias(run: Run) -> None:
    for d in run.records_of("dpia"):
        if d.get("activity") in run.retired_activities or d.get("status") == "retired":
            continue  # the DPIA of a retired activity is history, like the activity
        name = run.name("dpia", d)
        _review(run, "dpia", d, "next_review", "Art. 35(11)",
                t("checks", "{name} has not been signed off: finish it and record the sign-off date."))
        sent, due = d.get("consultation_sent_on"), d.get("consultation_answer_due")
        if sent and due and not d.get("consultation_answer_on") and not filled(d.get("consultation_answer")):
            # The deadline is the authority's, so passing it is a gap to chase, not an overdue of ours.
            run.deadline("dpia", d, due, soon_days=ART36_DUE_SOON_DAYS, article="Art. 36(2)", late_severity=GAP,
                         codes=("dpia-consultation-follow-up", "dpia-consultation-answer-due"),
                         calendar=run.moved_past,
                         late=t("checks", "{name}: the authority's answer to the prior consultation was due on {due} "
                                "({when}; {calendar}); follow up with the authority."),
                         soon=t("checks", "{name}: the authority should answer the prior consultation by {due} "
                                "({when}; {calendar})."))
        # "Do not proceed" means no processing, so there is nothing to consult the authority about.
        if d.get("residual_risk") == "high" and not sent and d.get("outcome") != "do_not_proceed":
            run.add(GAP, "dpia", d, t("checks", "{name} leaves a high risk after the measures: consult the authority "
                                      "before processing.").format(name=name),
                    "Art. 36(1)", "dpia-consultation-missing")


# -- staff and training (Art. 32(4)) ----------------------------------------------------------
def staff(run: Run) -> None:
    for person in run.records_of("person"):
        if person.get("status") == "left":
            continue  # someone who left cannot be trained; the breach record keeps what happened
        pid, who = person.get("id"), run.title("person", person)
        reasons = _reasons(run, person, pid)
        why = t("checks", " — {who} {reasons}").format(who=who, reasons=reasons) if reasons else ""
        expires = run.training_expires.get(pid)
        if expires is None and reasons:
            run.add(GAP, "person", person, t("checks", "{who} has no valid data-protection training but {reasons}: "
                                             "train them and record it.").format(who=who, reasons=reasons),
                    "Art. 32(4)", "staff-training-required")
        elif expires is None:
            # Everyone who handles personal data should be trained (Art. 32(4), 39(1)(b)); a gap, not a
            # deadline, since no date was ever set.
            run.add(GAP, "person", person, t("checks", "No data-protection training is recorded for {who}: train "
                                             "them and record it.").format(who=who), "Art. 32(4)", "training-missing")
        else:
            run.deadline("person", person, expires, soon_days=TRAINING_DUE_SOON_DAYS, article="Art. 32(4)",
                         lapses_on_due=True,
                         who=who, why=why,
                         codes=("training-expired", "training-expiring"),
                         late=t("checks", "{who}'s data-protection training expired on {due} ({when}){why}: book a "
                                "refresher and record it."),
                         soon=t("checks", "{who}'s data-protection training expires on {due} ({when}){why}: book a "
                                "refresher."))


def _reasons(run: Run, person: Record, pid: int | None) -> str:
    """Why training matters more for this person: one whole phrase per case, so a translation can order it."""
    special = bool(person.get("handles_special_category"))
    if pid not in run.breaches_of_person:
        return t("checks", "handles special-category data") if special else ""
    titles = run.breaches_of_person[pid]
    breaches = quoted(titles)
    if special:
        return tn("checks", "handles special-category data and was involved in breach(es) {breaches}",
                  len(titles)).format(breaches=breaches)
    return tn("checks", "was involved in breach(es) {breaches}", len(titles)).format(breaches=breaches)


# -- policies (Art. 24) and the organisation (Art. 30(1)(a)) ----------------------------------
def policies(run: Run) -> None:
    for p in run.records_of("policy"):
        if p.get("status") != "retired":  # a retired policy no longer applies, so it needs no review
            _review(run, "policy", p, "next_review_due", "Art. 24(1)",
                    t("checks", "{name} has not been approved: have management approve it and record the date."))


def organisation(run: Run) -> None:
    org = run.organisation
    name = run.name("organisation", org) if filled(org.get("name")) else t("checks", "The organisation")
    if not any(filled(org.get(k)) for k in ("email", "phone", "address")):
        run.add(GAP, "organisation", org, t("checks", "{name} has no contact details: add an email, phone or "
                                            "address.").format(name=name),
                "Art. 30(1)(a)", "organisation-contact-missing")
    has_dpo = bool(org.get("has_dpo")) and filled(org.get("dpo_name"))
    duty = dpo_duty(org, run.records["activity"])
    if duty.required and not has_dpo:
        # A duty in force since the processing began, not a form left blank: overdue.
        # The grounds only; the "what counts" explanations stay in the judgement the organisation page shows.
        grounds = " ".join(duty.grounds)
        run.add(OVERDUE, "organisation", org, t("checks", "{name} must designate a Data Protection Officer and "
                                                "names none: {grounds} Appoint one, then tick DPO and record their "
                                                "name and contact.").format(name=name, grounds=grounds),
                duty.article, "organisation-dpo-required")
    if not (has_dpo or filled(org.get("responsible_name"))):
        run.add(GAP, "organisation", org, t("checks", "{name} names nobody for data protection: name the DPO or the "
                                            "person responsible.").format(name=name),
                "Art. 30(1)(a)", "organisation-responsible-missing")
    _holiday_calendar(run, org)


def _holiday_calendar(run: Run, org: Record) -> None:
    """Art. 12(3), Reg. 1182/71 Art. 3(4): deadlines skip public holidays only of a country Atlas knows. Judged on
    the calendar applied, so an old register's unknown country is reported too; nothing is changed for it."""
    if run.ctx.calendar.applied:
        return
    given = str(org.get("holiday_country") or "").strip()
    # The field and the page it is on, in the words the organisation's editor shows.
    field, place = spec("Public holidays of"), f"{spec('Organisation')} \u2192 {spec('Dates and deadlines')}"
    if given:
        region = str(org.get("holiday_region") or "").strip()
        which = (t("checks", '"{country}" with the region "{region}"') if region
                 else t("checks", '"{country}"')).format(country=given, region=region)
        message = t("checks", "Atlas has no public-holiday calendar for {which}, so deadlines skip weekends only: "
                    "choose your country (and region) again in \u201c{field}\u201d, under {place}.").format(
            which=which, field=field, place=place)
    else:
        country = str(org.get("country") or "").strip()
        hint = t("checks", " (yours is {country})").format(country=country_name(country)) if country else ""
        message = t("checks", "Set your country so deadlines skip its public holidays: until you do, the deadline "
                    "for answering a request skips weekends only and may fall on a holiday. Choose it{hint} in "
                    "\u201c{field}\u201d, under {place}.").format(hint=hint, field=field, place=place)
    run.add(GAP, "organisation", org, message, "Art. 12(3)", "organisation-holiday-country-missing")


# consents before activities: it fills the index the consent-basis rule reads.
RULES: tuple[Callable[[Run], None], ...] = (breaches, rights_requests, consents, activities, processors, dpias,
                                            staff, policies, organisation)

CODES = BREACH_CODES | frozenset({
    "request-overdue", "request-due",
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
    "organisation-contact-missing", "organisation-responsible-missing", "organisation-holiday-country-missing",
    # the judgements: DPO (Art. 37), DPIA cases (Art. 35(3)), children's consent (Art. 8), retention clocks
    "organisation-dpo-required", "activity-dpia-mandatory", "consent-parental-authorisation-missing",
    "retention-consent-expired", "retention-request-expired", "retention-category-expired",
    "activity-retention-not-checkable",
})
