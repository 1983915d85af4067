"""Ready-made processing activities that almost every small office has, to start a register from.

Each template fills an activity's real fields (``core.entities.activity``) with the usual lawful
basis, people, data, recipients, retention and security measures, using vocabulary codes only.
They are starting points, never advice: every record made from one says so in its description,
and retention that national law sets (payroll, accounting) is left in words for the office to
check, instead of one invented number. ``tests/core/test_activity_templates.py`` cites the
source of each template's legal basis.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from .errors import UsageError
from .i18n import t

STARTING_POINT = ("Started from Atlas's \u201c{name}\u201d template: a starting point, not legal advice. Check every "
                  "field against what your office really does, change what differs, then fill in Last reviewed.")

# The measures most small offices take for any data (Art. 32(1)); each template adds its own.
_BASIC_SECURITY = ["access_control", "password_policy", "updates", "backups", "training"]
# Art. 15-18 apply whatever the basis; portability (Art. 20(1)(a)) only with consent or contract,
# the right to object (Art. 21(1)) only with a public task or legitimate interests.
_RIGHTS = ["access", "rectification", "erasure", "restriction"]


def _purpose(text: str, *bases: str) -> dict[str, Any]:
    return {"purpose": text, "bases": list(bases)}


def _keep(data: str, words: str, number: int | None = None, unit: str | None = None,
          trigger: str | None = None) -> dict[str, Any]:
    """One retention row: always with its reason in words; with a number only where one is well founded."""
    return {"data_category": data, "keep_for": number, "unit": unit, "trigger": trigger, "period": words}


# Where national law sets the period, the row says so rather than invent a number.
_NATIONAL = " The period differs between countries: check it, then enter the number here."


@dataclass(frozen=True)
class Template:
    """One ready-made activity: ``key`` names it in the CLI, ``name`` and ``summary`` in the picker."""

    key: str
    name: str
    summary: str
    values: dict[str, Any] = field(repr=False)

    def record(self) -> dict[str, Any]:
        """The activity's field values, a fresh copy each time, saying it is a starting point."""
        values = copy.deepcopy(self.values)
        note = STARTING_POINT.format(name=self.name)
        values["description"] = f"{note}\n\n{values['description']}"
        return {"name": self.name, "role": "controller", "status": "active", **values}


TEMPLATES: tuple[Template, ...] = (
    Template("payroll", "Payroll", "Paying salaries, tax and social-security contributions", {
        "business_function": "Finance / HR",
        "description": "Working out and paying salaries, deducting and paying tax and social-security "
                       "contributions, and filing the returns the law requires. Sick pay needs health data. "
                       "If a payroll provider or an accountant does this for you, record it in the Processors "
                       "register and link it under Processors used (Art. 28).",
        "purposes": [_purpose("Paying salaries under the employment contract", "contract"),
                     _purpose("Deducting and paying tax and social-security contributions and filing the "
                              "returns the law requires", "legal_obligation")],
        "subject_categories": ["employees", "former_staff"],
        "data_categories": ["identification", "contact", "government_id", "financial", "employment"],
        "special_categories": ["health"],
        "art9_conditions": ["employment"],
        "recipients_internal": ["hr", "finance", "management"],
        "recipients_external": ["tax_authority", "social_security", "banks", "auditors", "processors"],
        "retention": [
            _keep("Payroll records, payslips and tax and social-security filings",
                  "As long as your country's tax, social-security and accounting law requires." + _NATIONAL),
            _keep("Sick notes and other health data",
                  "Only as long as needed to pay sick leave and as your country's law requires; kept apart from "
                  "the rest of the file.", trigger="end_of_employment"),
        ],
        "security_measures": [*_BASIC_SECURITY, "encryption", "confidentiality_agreements", "secure_disposal"],
        "systems": ["Payroll software"],
        "rights_available": [*_RIGHTS, "portability"],
    }),
    Template("staff_records", "Staff records", "Personnel files: contracts, working time, absences, training", {
        "business_function": "HR",
        "description": "Keeping each employee's personnel file: the contract, contact details and emergency "
                       "contact, working time, holidays and absences, training and appraisals. National rules "
                       "may add to the GDPR for employment (Art. 88). If the file holds health data (sick "
                       "notes, occupational health), tick Health data and the Art. 9(2)(b) condition.",
        "purposes": [_purpose("Managing the employment under the contract", "contract"),
                     _purpose("Keeping the records labour law requires (working time, holidays, health and "
                              "safety)", "legal_obligation")],
        "subject_categories": ["employees", "former_staff"],
        "data_categories": ["identification", "contact", "government_id", "employment", "education_training"],
        "recipients_internal": ["hr", "management"],
        "recipients_external": ["labour_inspectorate", "social_security", "processors"],
        "retention": [
            _keep("Personnel file",
                  "For the employment, then as long as your country's labour law requires or a claim could "
                  "still be brought." + _NATIONAL,
                  trigger="end_of_employment"),
        ],
        "security_measures": [*_BASIC_SECURITY, "physical", "confidentiality_agreements", "secure_disposal"],
        "systems": ["Personnel files"],
        "rights_available": [*_RIGHTS, "portability"],
    }),
    Template("customers", "Customers and invoicing", "Orders, delivery, invoices, payments and reminders", {
        "business_function": "Sales / Finance",
        "description": "Dealing with customers: quotes, orders, the service itself, invoices, payments and "
                       "reminders. Tax and accounting law require keeping invoices; each country sets for how "
                       "long (VAT Directive 2006/112/EC, Art. 247(1)). If your customers are companies, their "
                       "staff's contact details rest on legitimate interests (Art. 6(1)(f)): add that basis.",
        "purposes": [_purpose("Dealing with customers' orders and contracts: quotes, delivery, support",
                              "contract"),
                     _purpose("Invoicing and keeping the accounting records tax law requires", "legal_obligation")],
        "subject_categories": ["customers"],
        "data_categories": ["identification", "contact", "financial"],
        "recipients_internal": ["finance", "management"],
        "recipients_external": ["tax_authority", "auditors", "banks", "processors"],
        "retention": [
            _keep("Invoices and accounting records",
                  "As long as your country's tax and accounting law requires; the EU VAT Directive leaves it to "
                  "each country (Directive 2006/112/EC, Art. 247(1))." + _NATIONAL),
            _keep("Customer contact details and correspondence",
                  "For the contract, then only as long as a claim could still be brought; your country's law "
                  "sets that limitation period.", trigger="end_of_contract"),
        ],
        "security_measures": [*_BASIC_SECURITY],
        "systems": ["Accounting software", "Email"],
        "rights_available": [*_RIGHTS, "portability"],
    }),
    Template("suppliers", "Suppliers", "Ordering from and paying suppliers; their contact persons", {
        "business_function": "Purchasing / Finance",
        "description": "Ordering from and paying suppliers, and keeping in touch with the people who work for "
                       "them. With a supplier who is a person (a sole trader, a freelancer) you have a contract "
                       "with that person; with a company, you use its staff's work contact details for your "
                       "legitimate interest in running the business relationship.",
        "purposes": [_purpose("Ordering from and paying suppliers who are people (sole traders, freelancers)",
                              "contract"),
                     _purpose("Keeping in touch with the contact persons of supplier companies",
                              "legitimate_interests"),
                     _purpose("Keeping purchase invoices as tax and accounting law require", "legal_obligation")],
        "legitimate_interest": "Running the business relationship with supplier companies through their staff: "
                               "ordering, paying and solving problems. Only work contact details are used, as "
                               "the contact persons would expect.",
        "subject_categories": ["supplier_contacts", "contractors"],
        "data_categories": ["identification", "contact", "financial"],
        "recipients_internal": ["finance", "management"],
        "recipients_external": ["banks", "tax_authority", "auditors"],
        "retention": [
            _keep("Purchase invoices", "As long as your country's tax and accounting law requires." + _NATIONAL),
            _keep("Contact details of suppliers' staff",
                  "While you work with the supplier; update or delete them when the person leaves or the "
                  "relationship ends.", trigger="end_of_contract"),
        ],
        "security_measures": [*_BASIC_SECURITY],
        "systems": ["Accounting software", "Email"],
        "rights_available": [*_RIGHTS, "portability", "objection"],
    }),
    Template("contact_form", "Website contact form", "Answering messages sent through the website or by email", {
        "business_function": "Office / Sales",
        "description": "Answering the messages people send through the website's contact form or by email. Ask "
                       "only for what you need to answer (Art. 5(1)(c)), and do not use the messages for "
                       "marketing without consent. Cookies on the website are a separate activity.",
        "purposes": [_purpose("Answering enquiries that ask for a quote or other steps before a contract",
                              "contract"),
                     _purpose("Answering other questions and messages", "legitimate_interests")],
        "legitimate_interest": "Answering the people who write to us, as they expect when they send a message.",
        "subject_categories": ["website_visitors", "prospects", "customers"],
        "data_categories": ["identification", "contact", "communications"],
        "recipients_internal": ["management"],
        "recipients_external": ["processors"],
        "retention": [
            _keep("Messages and the answers",
                  "A suggestion, not a legal period: keep messages only as long as you may need to follow up "
                  "(Art. 5(1)(e)). One that leads to a contract moves to Customers.", 6, "months", "last_contact"),
        ],
        "security_measures": [*_BASIC_SECURITY, "encryption", "mfa"],
        "systems": ["Website", "Email"],
        "rights_available": [*_RIGHTS, "portability", "objection"],
    }),
    Template("cookies", "Website cookies and analytics", "Non-essential cookies, e.g. visitor statistics", {
        "business_function": "Website / Marketing",
        "description": "Non-essential cookies and similar trackers on the website, e.g. visitor statistics "
                       "(analytics), advertising or embedded videos. Storing or reading them on a visitor's "
                       "device needs the visitor's consent first, through a banner where refusing is as easy "
                       "as accepting (ePrivacy Directive 2002/58/EC, Art. 5(3); GDPR Art. 4(11), 7(3)). "
                       "Cookies strictly necessary for the site to work, such as a shopping basket or the "
                       "consent choice itself, need no consent. If the analytics provider is outside the EEA, "
                       "record the transfer.",
        "purposes": [_purpose("Measuring how visitors use the website with analytics cookies, after they consent",
                              "consent")],
        "subject_categories": ["website_visitors"],
        "data_categories": ["online_identifiers", "usage"],
        "recipients_internal": ["management"],
        "recipients_external": ["processors"],
        "retention": [
            _keep("Analytics cookies on the visitor's device",
                  "A ceiling several data-protection authorities use, e.g. the French CNIL's cookie guidelines "
                  "(2020): at most 13 months, then ask again. Check your own authority's guidance.",
                  13, "months", "collection"),
            _keep("Proof of consent (who agreed, when, to what)",
                  "As long as the cookies it covers are used, and long enough after to show the consent was "
                  "given (Art. 7(1))."),
        ],
        "security_measures": ["access_control", "pseudonymisation", "updates"],
        "systems": ["Website", "Analytics service"],
        "rights_available": [*_RIGHTS, "portability"],
    }),
    Template("cctv", "CCTV", "Cameras protecting the premises", {
        "business_function": "Premises / Security",
        "description": "Cameras that film the premises, e.g. the entrance, to protect people and property and to "
                       "keep evidence of an incident. A legitimate interest supports it only where the danger is "
                       "real, e.g. earlier break-ins, and nothing milder would do (EDPB Guidelines 3/2019, "
                       "section 3.1.1). Put a sign before the filmed area saying who films, why and where to "
                       "learn more (EDPB Guidelines 3/2019, section 7). Film no more of the street than needed, "
                       "and never rest areas or toilets. Filming staff at work is also governed by national "
                       "employment law (Art. 88): if the cameras film your staff, tick Data about vulnerable "
                       "people under DPIA screening; with the monitoring already ticked, a DPIA is then expected "
                       "(WP248 rev.01). If they film a place open to the public, tick Monitors a publicly "
                       "accessible area.",
        "purposes": [_purpose("Protecting the premises, property and people against break-ins, theft and "
                              "vandalism, and keeping evidence of incidents", "legitimate_interests")],
        "legitimate_interest": "Protecting our premises, property and the people in them. Write down the real "
                               "danger (e.g. earlier incidents) in the balancing test (EDPB Guidelines 3/2019, "
                               "section 3.1.1).",
        "subject_categories": ["visitors", "employees", "customers"],
        "data_categories": ["images"],
        "recipients_internal": ["management"],
        "recipients_external": ["courts", "processors"],
        "retention": [
            _keep("Camera footage",
                  "In most cases erased automatically after a few days; beyond 72 hours you must record why "
                  "longer is needed (EDPB Guidelines 3/2019, para. 121). Footage of an incident may be kept "
                  "apart until the incident is dealt with.", 3, "days", "collection"),
        ],
        "security_measures": ["access_control", "password_policy", "logging", "physical", "encryption"],
        "systems": ["CCTV recorder"],
        "wp248_criteria": ["systematic_monitoring"],
        "rights_available": ["access", "erasure", "restriction", "objection"],
    }),
    Template("recruitment", "Recruitment", "Job applications, CVs and interviews; a talent pool", {
        "business_function": "HR",
        "description": "Finding and choosing new staff: job adverts, applications and CVs, interviews and "
                       "references. Ask only for what the decision needs; check criminal records only where a "
                       "law allows it (Art. 10). Keep a CV for later vacancies (a talent pool) only with the "
                       "candidate's consent, which they may withdraw at any time (Art. 7(3)).",
        "purposes": [_purpose("Assessing applications and interviewing candidates, at their request, before a "
                              "possible employment contract", "contract"),
                     _purpose("Keeping candidates' CVs for later vacancies (talent pool), with their consent",
                              "consent")],
        "subject_categories": ["applicants"],
        "data_categories": ["identification", "contact", "education_training", "employment"],
        "recipients_internal": ["hr", "management"],
        "recipients_external": ["processors"],
        "retention": [
            _keep("Applications not taken forward",
                  "After the decision, only as long as a candidate could still challenge it (e.g. for "
                  "discrimination)." + _NATIONAL),
            _keep("Talent pool",
                  "For the time you named when asking for consent, and at once if the candidate withdraws it "
                  "(Art. 7(3))."),
        ],
        "security_measures": [*_BASIC_SECURITY, "confidentiality_agreements", "secure_disposal"],
        "systems": ["Email", "Job platform"],
        "rights_available": [*_RIGHTS, "portability"],
    }),
    Template("newsletter", "Newsletter", "Emailing the newsletter and offers", {
        "business_function": "Marketing",
        "description": "Sending the newsletter and offers by email. People who sign up give consent: keep proof "
                       "of it (Art. 7(1)) and make withdrawing as easy (Art. 7(3)). Your existing customers may "
                       "be emailed about your own similar products or services without asking first, if they "
                       "were offered a free, simple way to refuse when you took their address and in every "
                       "message (the \u201csoft opt-in\u201d, ePrivacy Directive 2002/58/EC, Art. 13(2)); your "
                       "country's rules may be stricter. Anyone may object to direct marketing at any time, and "
                       "then you must stop (Art. 21(2), (3)). If the email service is outside the EEA, record "
                       "the transfer.",
        "purposes": [_purpose("Sending the newsletter to people who signed up", "consent"),
                     _purpose("Emailing existing customers about our own similar products and services (soft "
                              "opt-in, ePrivacy Directive Art. 13(2))", "legitimate_interests")],
        "legitimate_interest": "Direct marketing of our own similar products and services to existing customers "
                               "(Recital 47), within the soft opt-in of ePrivacy Directive 2002/58/EC, Art. 13(2).",
        "subject_categories": ["subscribers", "customers"],
        "data_categories": ["identification", "contact"],
        "recipients_internal": ["management"],
        "recipients_external": ["processors"],
        "retention": [
            _keep("Subscribers' email addresses",
                  "Until they unsubscribe; then keep only the address on a do-not-email list, so they are not "
                  "emailed again.", trigger="consent_withdrawn"),
            _keep("Proof of consent (who signed up, when, how)",
                  "As long as you email them, and long enough after to show the consent was given (Art. 7(1))."),
        ],
        "security_measures": ["access_control", "password_policy", "mfa", "updates"],
        "systems": ["Email service"],
        "rights_available": [*_RIGHTS, "portability", "objection"],
    }),
)

BY_KEY: dict[str, Template] = {tpl.key: tpl for tpl in TEMPLATES}


def template(key: str) -> Template:
    """The template called ``key``; a plain error listing the valid ones otherwise."""
    try:
        return BY_KEY[key.strip().lower()]
    except KeyError:
        raise UsageError(t("errors", "There is no activity template called {key}; use one of: {keys}. "
                                     "'atlas templates' lists them.").format(key=repr(key), keys=", ".join(BY_KEY))
                         ) from None
