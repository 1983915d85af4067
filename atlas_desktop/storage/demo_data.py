"""The demo register's content: one Romanian company's records, every date counted back from ``now``.

Dobrogea Link Logistics SRL merges the two offices of the domain reference: a logistics
subcontractor of about 30 staff near the Mihail Kogălniceanu air base, which also runs
"Sfatul Expertului", an online marketplace where clients book paid sessions with
independent experts. Only ``demo.populate`` calls this module; it holds data, not logic.

Every date is relative to ``now`` so that the deadlines the demo shows off (a breach inside
its 72 hours, a request due in a few days, an overdue policy) hold on whatever day the demo
is created. Names, numbers and addresses are invented; e-mail domains use ``.example``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from ..core import vocab

Values = dict[str, Any]
Ids = dict[str, int]

ZONE_NAME = "Europe/Bucharest"
ZONE = ZoneInfo(ZONE_NAME)
ORG_NAME = "Dobrogea Link Logistics SRL"
DOMAIN = "dobrogea-link.example"
MANAGER = "Andrei Popescu"
MANAGER_CONTACT = f"andrei.popescu@{DOMAIN}, +40 241 555 0142"

ALL_CLAUSES = ["instructions", "confidentiality", "security", "sub_processors", "data_subject_rights",
               "assist_compliance", "end_of_contract", "audits"]
FY = "End of the financial year"  # a trigger of our own: the accounting law counts from it
ALL_RIGHTS = ["access", "rectification", "erasure", "restriction", "portability", "objection"]


@dataclass(frozen=True)
class Clock:
    """Dates and moments relative to the demo's ``now``, in the organisation's time zone."""

    now: dt.datetime

    @property
    def today(self) -> dt.date:
        return self.now.astimezone(ZONE).date()

    def day(self, offset: int) -> dt.date:
        """The local date ``offset`` days from today (negative: in the past)."""
        return self.today + dt.timedelta(days=offset)

    def at(self, offset: int, clock_time: str) -> dt.datetime:
        """A local wall-clock time ``offset`` days from today; only ever used for past days."""
        hour, minute = (int(part) for part in clock_time.split(":"))
        return dt.datetime.combine(self.day(offset), dt.time(hour, minute), tzinfo=ZONE)

    def hours(self, offset: float) -> dt.datetime:
        """``offset`` real hours from now, to the minute (rounding down keeps past moments past)."""
        moment = (self.now + dt.timedelta(hours=offset)).astimezone(ZONE)
        return moment.replace(second=0, microsecond=0)


def _screening(met: dict[str, str], not_met: dict[str, str]) -> list[Values]:
    """All nine WP248 rows in the vocabulary's order, each met or not with a note."""
    rows = []
    for code in vocab.WP248.codes:
        if code in met:
            rows.append({"criterion": code, "met": True, "note": met[code]})
        else:
            rows.append({"criterion": code, "met": False, "note": not_met.get(code)})
    return rows


# -- the organisation --------------------------------------------------------------------------------
def organisation() -> Values:
    # No DPO (Art. 37 does not require one here) and no Art. 27 representative (established in
    # the EU), so those fields stay empty: the manager is the person responsible.
    return {
        "address": "Str. Ștefan cel Mare nr. 41, etaj 2\n905700 Mihail Kogălniceanu, județul Constanța\nRomania",
        "email": f"protectia.datelor@{DOMAIN}",
        "phone": "+40 241 555 0100",
        "country": "RO",
        "responsible_name": f"{MANAGER} (General Manager)",
        "responsible_contact": MANAGER_CONTACT,
        "authority_name": "ANSPDCP (Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter "
                          "Personal)",
        "authority_contact": "B-dul G-ral. Gheorghe Magheru 28-30, Sector 1, București; anspdcp@dataprotection.ro; "
                             "breach form on www.dataprotection.ro",
        "authority_reference": "Former notification register no. 41287 (before 25 May 2018)",
        "time_zone": ZONE_NAME,
        "holiday_country": "RO",
        "employees": 31, "staff_processing": 12,
    }


# -- processors ----------------------------------------------------------------------------------------
def processors(t: Clock) -> dict[str, Values]:
    return {
        "payroll": {
            "name": "SalarPro Servicii SRL", "service": "Payroll, Revisal and payslips",
            "contact": "dpo@salarpro.example, +40 21 555 0190", "country": "RO", "status": "active",
            "dpa_signed_on": t.day(-610), "dpa_reference": "Contracts/Processors/SalarPro DPA 2024 (signed).pdf",
            "art28_clauses": ALL_CLAUSES,
            "last_security_review": t.day(-150), "review_every_months": 12,
            "subprocessors": [
                {"name": "Danubia Cloud GmbH", "country": "AT", "service": "Hosting of the payroll application"},
            ],
            "subprocessor_changes": [
                {"notice_received": t.day(-240), "change": "Backups moved to Danubia Cloud's Vienna data centre",
                 "objection_deadline": t.day(-210), "decision": "accepted", "obligations_passed_down": True},
            ],
        },
        "paypal": {
            "name": "PayPal (Europe) S.à r.l. et Cie, S.C.A.", "service": "Card and PayPal payments for sessions",
            "contact": "Data protection officer via paypal.com privacy form", "country": "LU", "status": "active",
            "dpa_signed_on": t.day(-720), "dpa_reference": "PayPal merchant agreement and data protection addendum "
                                                           "(accepted online; PDF in Contracts/Processors)",
            "art28_clauses": ALL_CLAUSES,
            # Payment data reaches PayPal, Inc. in the USA; the addendum embeds the SCCs.
            "transfer_mechanism": "scc",
            "transfer_reference": "PayPal data protection addendum, SCC Module 2 annex",
            "last_security_review": t.day(-200), "review_every_months": 12,
            "subprocessors": [
                {"name": "PayPal, Inc.", "country": "US", "service": "Payment processing and fraud prevention"},
            ],
        },
        "postfinance": {
            "name": "PostFinance AG", "service": "Bank transfers and PostFinance Pay for Swiss clients",
            "contact": "datenschutz@postfinance.ch", "country": "CH", "status": "active",
            "dpa_signed_on": t.day(-540), "dpa_reference": "Contracts/Processors/PostFinance e-payment DPA.pdf",
            "art28_clauses": ALL_CLAUSES,
            "transfer_mechanism": "adequacy",
            "transfer_reference": "Commission Decision 2000/518/EC (Switzerland)",
            "last_security_review": t.day(-90), "review_every_months": 12,
        },
        "hosting": {
            "name": "Danubia Cloud GmbH", "service": "Hosting of the Sfatul Expertului platform and backups",
            "contact": "privacy@danubia-cloud.example", "country": "AT", "status": "active",
            "dpa_signed_on": t.day(-800), "dpa_reference": "Contracts/Processors/Danubia Cloud DPA v3.pdf",
            "art28_clauses": ALL_CLAUSES,
            "last_security_review": t.day(-330), "review_every_months": 12,
            "subprocessors": [
                {"name": "Alpen Rechenzentrum AG", "country": "AT", "service": "Data centre (Vienna)"},
                {"name": "Nordlicht Backup GmbH", "country": "DE", "service": "Off-site encrypted backups"},
            ],
            "subprocessor_changes": [
                {"notice_received": t.day(-400), "change": "Nordlicht Backup GmbH added for off-site backups",
                 "objection_deadline": t.day(-370), "decision": "accepted", "obligations_passed_down": True},
                # Still open: the 30-day objection window closes in a few days.
                {"notice_received": t.day(-25), "change": "Second data centre: Pannonia DC Kft. (HU) to replace "
                 "Alpen Rechenzentrum AG", "objection_deadline": t.day(5), "decision": "pending"},
            ],
        },
        "email": {
            "name": "Postaria Mail Ltd", "service": "E-mail, newsletter sending and the support helpdesk",
            "contact": "dpo@postaria.example", "country": "IE", "status": "active",
            "dpa_signed_on": t.day(-900), "dpa_reference": "Contracts/Processors/Postaria terms + DPA (2023).pdf",
            # Their standard terms give no audit right (Art. 28(3)(h)): being renegotiated.
            "art28_clauses": [c for c in ALL_CLAUSES if c != "audits"],
            "transfer_mechanism": "scc",
            "transfer_reference": "Postaria DPA, Annex III (SCC Module 3 with Postaria Inc.)",
            "last_security_review": t.day(-430), "review_every_months": 12,
            "subprocessors": [
                {"name": "Postaria Inc.", "country": "US", "service": "Follow-the-sun helpdesk support"},
                {"name": "Danubia Cloud GmbH", "country": "AT", "service": "Mail storage"},
            ],
        },
        "accounting": {
            # DPA still being negotiated: no signature date and no clauses confirmed yet.
            "name": "Contab Expert Constanța SRL", "service": "Bookkeeping, VAT and annual accounts",
            "contact": "office@contabexpert.example, +40 241 555 0177", "country": "RO", "status": "active",
            "dpa_reference": "Draft DPA sent on e-mail, awaiting their signature",
            "review_every_months": 24,
        },
        "telematics": {
            "name": "FleetSat Telematics SRL", "service": "GPS trackers and the fleet map",
            "contact": "gdpr@fleetsat.example", "country": "RO", "status": "active",
            "dpa_signed_on": t.day(-700), "dpa_reference": "Contracts/Processors/FleetSat DPA.pdf",
            "art28_clauses": ALL_CLAUSES,
            "last_security_review": t.day(-380), "review_every_months": 12,
            "subprocessors": [{"name": "Danubia Cloud GmbH", "country": "AT", "service": "Telemetry storage"}],
        },
        "old_payroll": {
            "name": "PaySlip Online SRL", "service": "Payroll (until replaced by SalarPro)",
            "contact": "contact@payslip-online.example", "country": "RO", "status": "ended",
            "dpa_signed_on": t.day(-1800), "dpa_reference": "Archive/Processors/PaySlip DPA 2019.pdf",
            "art28_clauses": ALL_CLAUSES,
            "last_security_review": t.day(-700), "review_every_months": 12,
        },
    }


# -- processing activities ----------------------------------------------------------------------------
def activities(t: Clock, p: Ids) -> dict[str, Values]:
    hr_processing = ["employees", "former_staff"]
    return {
        "hr": {
            "name": "HR administration and payroll", "business_function": "HR", "owner": "Ioana Ștefănescu",
            "description": "Employment contracts, the Revisal staff register, payroll, leave and sick leave, "
                           "medical fitness certificates from occupational medicine, and training records.",
            "purposes": [
                {"purpose": "Paying salaries and contributions", "bases": ["contract", "legal_obligation"]},
                {"purpose": "Keeping the Revisal register and personnel files", "bases": ["legal_obligation"]},
                {"purpose": "Occupational health checks for drivers", "bases": ["legal_obligation"]},
            ],
            "subject_categories": hr_processing + ["Dependants (children) for tax deductions"],
            "data_categories": ["identification", "contact", "government_id", "financial", "employment",
                                "education_training", "driving_licence", "insurance",
                                "Medical fitness certificates"],
            "special_categories": ["health"], "art9_conditions": ["employment", "health_care"],
            "source": "The employee; occupational medicine clinic for fitness certificates",
            "recipients_internal": ["hr", "management", "finance"],
            "recipients_external": ["processors", "tax_authority", "labour_inspectorate", "social_security",
                                    "banks"],
            "processors": [p["payroll"], p["accounting"]],
            "retention": [
                {"data_category": "Payroll statements", "keep_for": 50, "unit": "years", "trigger": FY,
                 "period": "Law 82/1991 on accounting"},
                {"data_category": "Personnel file and contract", "keep_for": 75, "unit": "years",
                 "trigger": "end_of_employment", "period": "Archives nomenclature of the company"},
                {"data_category": "Medical fitness certificates", "keep_for": 5, "unit": "years",
                 "trigger": "end_of_employment"},
            ],
            "security_measures": ["encryption", "access_control", "password_policy", "mfa", "backups",
                                  "physical", "confidentiality_agreements", "training"],
            "security_notes": "Paper personnel files in a locked cabinet in the HR office; only HR holds the key.",
            "systems": ["SalarPro payroll", "Revisal", "HR shared folder"], "locations": ["Office server", "EU cloud"],
            "rights_available": ["access", "rectification", "restriction", "portability"],
            "wp248_criteria": ["vulnerable_subjects"],
            "screening_note": "Only employees (a vulnerable group) are concerned; no monitoring, scoring or new "
                              "technology, so one criterion is met and no DPIA is needed.",
            "last_reviewed": t.day(-120),
        },
        "recruitment": {
            "name": "Recruitment of drivers and office staff", "business_function": "HR",
            "owner": "Ioana Ștefănescu",
            "description": "Job ads, CVs received by e-mail and on the website, interviews and reference checks.",
            "purposes": [
                {"purpose": "Selecting candidates for an open position", "bases": ["contract"]},
                {"purpose": "Keeping CVs in a talent pool for later openings", "bases": ["consent"]},
            ],
            "subject_categories": ["applicants"],
            "data_categories": ["identification", "contact", "education_training", "driving_licence"],
            "source": "The applicant; job boards they applied through",
            "recipients_internal": ["hr", "management"], "recipients_external": ["processors"],
            "processors": [p["email"]],
            "retention": [
                {"data_category": "CVs of unsuccessful applicants", "keep_for": 6, "unit": "months",
                 "trigger": "Position filled"},
                {"data_category": "Talent pool", "keep_for": 2, "unit": "years", "trigger": "collection",
                 "period": "Counted from the applicant's consent; deleted sooner if it is withdrawn"},
            ],
            "security_measures": ["access_control", "password_policy", "training"],
            "systems": ["Postaria Mail", "HR shared folder"], "locations": ["EU cloud", "Office server"],
            "rights_available": ALL_RIGHTS, "last_reviewed": t.day(-200),
        },
        "permits": {
            "name": "Military-base access permits for drivers", "business_function": "Operations",
            "owner": "Bogdan Țurcanu", "role": "joint_controller",
            "description": "Drivers of our partner hauliers and our own drivers are registered with the air base's "
                           "security office for access permits. Partners collect their drivers' consent and send "
                           "the data to us; we file the applications and track permit expiry.",
            "joint_controllers": "Partner hauliers under the joint-controller arrangement of 2024: Trans-Carpatica "
                                 "SRL (Str. Portului 3, Constanța, office@trans-carpatica.example) and Litoral "
                                 "Cargo SRL (Medgidia, dispecerat@litoralcargo.example).",
            "purposes": [
                {"purpose": "Obtaining and renewing base access permits", "bases": ["consent", "contract"]},
            ],
            "subject_categories": ["employees", "Partner hauliers' drivers"],
            "data_categories": ["identification", "government_id", "driving_licence", "images",
                                "Criminal record certificate"],
            "criminal_data": True,
            "criminal_data_authority": "The base's access regulations under Law 333/2003 on guarding objectives, "
                                       "assets and valuables, which require a criminal record certificate",
            "source": "Partner hauliers (the drivers' employers), who collect the drivers' consent",
            "recipients_internal": ["management", "Dispatch"],
            "recipients_external": ["Air base security office (Ministry of National Defence)"],
            "retention": [
                {"data_category": "Permit file", "keep_for": 1, "unit": "years", "trigger": "Permit expiry",
                 "period": "Kept while the permit is valid, then one year for disputes"},
                {"data_category": "Criminal record certificate", "keep_for": 30, "unit": "days",
                 "trigger": "Security office confirms the permit"},
            ],
            "security_measures": ["encryption", "access_control", "physical", "secure_disposal",
                                  "confidentiality_agreements"],
            "systems": ["Permits spreadsheet (encrypted)"], "locations": ["Office server", "Locked cabinet"],
            "rights_available": ALL_RIGHTS,
            "wp248_criteria": ["sensitive_data"],
            "screening_note": "Criminal record data, but a small number of drivers, no monitoring or scoring: "
                              "one criterion, no DPIA.",
            "last_reviewed": t.day(-90), "review_every_months": 6,
        },
        "gps": {
            "name": "Fleet GPS tracking", "business_function": "Operations", "owner": "Bogdan Țurcanu",
            "description": "Trackers in the 22 lorries and vans report position, speed and ignition every 30 s "
                           "during working hours; a private-use switch stops tracking outside them.",
            "purposes": [
                {"purpose": "Planning routes and telling clients arrival times", "bases": ["legitimate_interests"]},
                {"purpose": "Protecting vehicles and cargo against theft", "bases": ["legitimate_interests"]},
                {"purpose": "Tachograph and working-time checks", "bases": ["legal_obligation"]},
            ],
            "legitimate_interest": "Efficient dispatch and the security of vehicles and cargo; balanced by the "
                                   "private-use switch, 90-day retention and no use for performance ranking.",
            "lia_reference": "Policies/LIA - Fleet GPS tracking v2.pdf",
            "subject_categories": ["employees"], "data_categories": ["identification", "location", "usage"],
            "source": "Trackers in the vehicles",
            "recipients_internal": ["management", "Dispatch"], "recipients_external": ["processors", "insurers"],
            "processors": [p["telematics"]],
            "retention": [
                {"data_category": "Positions and trips", "keep_for": 90, "unit": "days", "trigger": "collection"},
                {"data_category": "Monthly mileage totals", "keep_for": 10, "unit": "years", "trigger": FY,
                 "period": "With the fuel records"},
            ],
            "security_measures": ["encryption", "access_control", "mfa", "logging", "training"],
            "systems": ["FleetSat map"], "locations": ["EU cloud"],
            "rights_available": ["access", "rectification", "restriction", "objection"],
            "wp248_criteria": ["systematic_monitoring", "sensitive_data", "vulnerable_subjects"],
            "last_reviewed": t.day(-30),
        },
        "fatigue": {
            "name": "In-cab driver fatigue camera (pilot)", "business_function": "Operations",
            "owner": "Bogdan Țurcanu", "status": "planned",
            "description": "A dashboard camera watches the driver's eyes and head and beeps on signs of "
                           "drowsiness; events with a 10-second clip go to dispatch. Planned for 4 lorries.",
            "purposes": [{"purpose": "Preventing fatigue-related accidents", "bases": ["legitimate_interests"]}],
            "legitimate_interest": "Road safety of drivers and others.",
            "lia_reference": "DPIA/Driver fatigue camera - LIA section",
            "subject_categories": ["employees"],
            "data_categories": ["images", "location", "Eye and head movement signals"],
            "special_categories": ["biometric"], "art9_conditions": ["explicit_consent"],
            "recipients_internal": ["Dispatch", "management"], "recipients_external": ["processors"],
            "processors": [p["telematics"]],
            "retention": [{"data_category": "Fatigue event clips", "keep_for": 30, "unit": "days",
                           "trigger": "collection"}],
            "security_measures": ["encryption", "access_control", "logging"],
            "systems": ["FleetSat Vision (pilot)"], "locations": ["In-vehicle device", "EU cloud"],
            "rights_available": ALL_RIGHTS,
            "wp248_criteria": ["systematic_monitoring", "sensitive_data", "vulnerable_subjects",
                               "innovative_technology", "evaluation_scoring"],
            "last_reviewed": t.day(-70),
        },
        "accounts": {
            "name": "Sfatul Expertului accounts and fraud screening", "business_function": "Marketplace",
            "owner": "Elena Marinescu",
            "description": "Client and expert accounts; experts see only a client's pseudonym. Payments are "
                           "screened by a rules-and-score engine that can suspend an account automatically.",
            "purposes": [
                {"purpose": "Running client and expert accounts", "bases": ["contract"]},
                {"purpose": "Preventing payment fraud", "bases": ["legitimate_interests", "legal_obligation"]},
            ],
            "legitimate_interest": "Stopping stolen cards and chargebacks that would harm experts and clients.",
            "lia_reference": "Policies/LIA - fraud screening.pdf",
            "subject_categories": ["customers", "contractors"],
            "data_categories": ["identification", "contact", "online_identifiers", "usage"],
            "recipients_internal": ["Marketplace support", "it"], "recipients_external": ["processors"],
            "processors": [p["hosting"], p["email"]],
            "transfers": [{"country": "US", "recipient": "Postaria Inc. (helpdesk)", "mechanism": "scc",
                           "safeguard_reference": "Postaria DPA, Annex III"}],
            "retention": [
                {"data_category": "Account data", "keep_for": 0, "unit": "days", "trigger": "account_closed",
                 "period": "Deleted when the account is closed, except billing data"},
                {"data_category": "Fraud scores", "keep_for": 13, "unit": "months", "trigger": "collection"},
            ],
            "security_measures": ["encryption", "pseudonymisation", "access_control", "password_policy", "mfa",
                                  "logging", "updates", "testing"],
            "security_notes": "SSL everywhere; experts see a pseudonym only; passwords hashed with Argon2.",
            "systems": ["Sfatul Expertului platform"], "locations": ["EU cloud"],
            "rights_available": ALL_RIGHTS + ["automated_decision"],
            "automated_decisions": True, "profiling": True, "large_scale": True, "core_activity": True,
            "automated_notes": "A score above 80 (card country mismatch, velocity, device reuse) suspends the "
                               "account at once. A person reviews every suspension within one working day, and "
                               "the client can contest it through support (Art. 22(3)).",
            "wp248_criteria": ["evaluation_scoring", "automated_decision", "prevents_rights"],
            "last_reviewed": t.day(-250),
        },
        "messages": {
            "name": "Client–expert chat and e-mail", "business_function": "Marketplace", "owner": "Elena Marinescu",
            "description": "Messages between clients and experts about a booked session, through the platform's "
                           "chat and relayed e-mail.",
            "purposes": [{"purpose": "Delivering booked expert sessions", "bases": ["contract"]}],
            "subject_categories": ["customers", "contractors"],
            "data_categories": ["communications", "contact", "online_identifiers"],
            "recipients_internal": ["Marketplace support"], "recipients_external": ["processors"],
            "processors": [p["hosting"], p["email"]],
            "retention": [{"data_category": "Chats and relayed e-mails", "keep_for": 12, "unit": "months",
                           "trigger": "collection", "period": "Deleted automatically"}],
            "security_measures": ["encryption", "pseudonymisation", "access_control", "logging"],
            "systems": ["Sfatul Expertului platform", "Postaria Mail"], "locations": ["EU cloud"],
            "rights_available": ALL_RIGHTS, "last_reviewed": t.day(-250),
        },
        "photos": {
            "name": "Photo exchange for sessions", "business_function": "Marketplace", "owner": "Elena Marinescu",
            "description": "Clients upload photos (a damp wall, a car dent, a garden) for the expert to assess.",
            "purposes": [{"purpose": "Letting experts assess the client's problem", "bases": ["contract"]}],
            "subject_categories": ["customers"], "data_categories": ["images", "Photo location metadata"],
            "recipients_internal": ["Marketplace support"], "recipients_external": ["processors"],
            "processors": [p["hosting"]],
            "retention": [{"data_category": "Uploaded photos", "keep_for": 12, "unit": "months",
                           "trigger": "collection", "period": "Deleted automatically"}],
            "security_measures": ["encryption", "pseudonymisation", "access_control"],
            "security_notes": "Location metadata is stripped from photos on upload.",
            "systems": ["Sfatul Expertului platform"], "locations": ["EU cloud"],
            "rights_available": ALL_RIGHTS, "last_reviewed": t.day(-250),
        },
        "billing": {
            "name": "Marketplace billing and payments", "business_function": "Finance", "owner": "Cristina Ionescu",
            "description": "Invoices for sessions, payments through PayPal and PostFinance, payouts to experts.",
            "purposes": [
                {"purpose": "Taking payments and paying experts", "bases": ["contract"]},
                {"purpose": "Keeping invoices for tax", "bases": ["legal_obligation"]},
            ],
            "subject_categories": ["customers", "contractors"],
            "data_categories": ["identification", "contact", "financial", "payment_card"],
            "recipients_internal": ["finance"], "recipients_external": ["processors", "tax_authority", "banks"],
            "processors": [p["paypal"], p["postfinance"], p["accounting"]],
            "transfers": [
                {"country": "US", "recipient": "PayPal, Inc.", "mechanism": "scc",
                 "safeguard_reference": "PayPal data protection addendum, SCC annex"},
                {"country": "CH", "recipient": "PostFinance AG", "mechanism": "adequacy",
                 "safeguard_reference": "Commission Decision 2000/518/EC"},
            ],
            "retention": [{"data_category": "Invoices and payment records", "keep_for": 10, "unit": "years",
                           "trigger": FY, "period": "Kept after the account is closed (Law 82/1991)"}],
            "security_measures": ["encryption", "access_control", "mfa", "backups"],
            "systems": ["Sfatul Expertului platform", "SmartBill invoicing"], "locations": ["EU cloud"],
            "rights_available": ["access", "rectification"], "last_reviewed": t.day(-100),
        },
        "newsletter": {
            "name": "Sfatul Expertului newsletter", "business_function": "Marketing", "owner": "Elena Marinescu",
            "description": "A monthly e-mail with expert tips, opt-in only (double opt-in); never sold.",
            "purposes": [{"purpose": "Sending the monthly newsletter", "bases": ["consent"]}],
            "subject_categories": ["subscribers"], "data_categories": ["contact", "Topics of interest"],
            "recipients_internal": ["Marketing"], "recipients_external": ["processors"],
            "processors": [p["email"]],
            "retention": [
                {"data_category": "Subscriber e-mail", "keep_for": 0, "unit": "days",
                 "trigger": "consent_withdrawn", "period": "Kept until consent is withdrawn"},
                {"data_category": "Proof of consent", "keep_for": 3, "unit": "years", "trigger": "consent_withdrawn"},
            ],
            "security_measures": ["access_control", "password_policy"],
            "systems": ["Postaria Mail"], "locations": ["EU cloud"],
            "rights_available": ["access", "rectification", "erasure", "portability"],
            "last_reviewed": t.day(-160),
        },
        "cctv": {
            "name": "CCTV at the depot", "business_function": "Security", "owner": MANAGER,
            "description": "Six cameras cover the yard gate, loading bays and the warehouse; none in rest areas. "
                           "The gate camera also sees the pavement in front of the gate.",
            "public_area_monitoring": True,
            "purposes": [{"purpose": "Protecting people, vehicles and goods", "bases": ["legitimate_interests"]}],
            "legitimate_interest": "Security of the depot after two cargo thefts in 2023.",
            "lia_reference": "Policies/LIA - CCTV.pdf",
            "subject_categories": ["employees", "visitors", "Partner hauliers' drivers"],
            "data_categories": ["images"], "recipients_internal": ["management"],
            "recipients_external": ["courts", "insurers"],
            "retention": [{"data_category": "Recordings", "keep_for": 30, "unit": "days",
                           "trigger": "collection", "period": "Unless kept for an incident"}],
            "security_measures": ["access_control", "physical", "logging"],
            "systems": ["NVR recorder"], "locations": ["Depot server room"],
            "rights_available": ["access", "erasure", "restriction", "objection"],
            "wp248_criteria": ["systematic_monitoring"],
            "screening_note": "Fixed cameras on our own premises only, signs at the gate, 30 days: one criterion, "
                              "in line with ANSPDCP guidance, so no DPIA.",
            "last_reviewed": t.day(-420),
        },
        "analytics": {
            "name": "Website analytics", "business_function": "Marketing", "owner": "Elena Marinescu",
            "description": "Self-hosted analytics of visits to the marketplace, with consent from the cookie banner.",
            "purposes": [{"purpose": "Measuring visits to improve the site", "bases": ["consent"]}],
            "subject_categories": ["website_visitors"], "data_categories": ["online_identifiers", "usage"],
            "recipients_internal": ["Marketing", "it"], "recipients_external": ["processors"],
            "processors": [p["hosting"]],
            # A heat-map trial sends data to the USA and nobody has checked how yet: a gap to find.
            "transfers": [{"country": "US", "recipient": "Heat-map tool (trial)"}],
            "retention": [{"data_category": "Visit logs", "keep_for": 14, "unit": "months",
                           "trigger": "collection"}],
            "security_measures": ["pseudonymisation", "access_control"],
            "security_notes": "IP addresses are truncated to two bytes before storage.",
            "systems": ["Self-hosted analytics"], "locations": ["EU cloud"],
            "rights_available": ["access", "erasure", "objection"], "last_reviewed": t.day(-250),
        },
        "support": {
            "name": "Marketplace customer support", "business_function": "Marketplace", "owner": "Elena Marinescu",
            "description": "Questions and complaints from clients and experts by e-mail and the help form.",
            "purposes": [{"purpose": "Answering questions and complaints", "bases": ["contract"]}],
            "subject_categories": ["customers", "contractors"], "data_categories": ["contact", "communications"],
            "recipients_internal": ["Marketplace support"], "recipients_external": ["processors"],
            "processors": [p["email"]],
            "transfers": [{"country": "US", "recipient": "Postaria Inc. (helpdesk)", "mechanism": "scc",
                           "safeguard_reference": "Postaria DPA, Annex III"}],
            "retention": [{"data_category": "Support tickets", "keep_for": 24, "unit": "months",
                           "trigger": "Ticket closed"}],
            "security_measures": ["access_control", "mfa", "training"],
            "systems": ["Postaria helpdesk"], "locations": ["EU cloud", "USA (support staff)"],
            "rights_available": ALL_RIGHTS, "last_reviewed": t.day(-250),
        },
        "marketing": {
            "name": "Direct marketing to logistics clients", "business_function": "Sales", "owner": MANAGER,
            "description": "Offers to business contacts who agreed to receive them; never passed to third "
                           "parties for marketing.",
            "purposes": [{"purpose": "Sending offers for transport services", "bases": ["consent"]}],
            "subject_categories": ["prospects", "customers"], "data_categories": ["contact", "identification"],
            "recipients_internal": ["Sales", "management"], "processors": [p["email"]],
            "retention": [{"data_category": "Contact and consent", "keep_for": 3, "unit": "years",
                           "trigger": "last_contact", "period": "Or until consent is withdrawn"}],
            "security_measures": ["access_control", "password_policy"],
            "systems": ["CRM spreadsheet", "Postaria Mail"], "locations": ["Office server"],
            "rights_available": ["access", "rectification", "erasure", "objection"],
            "last_reviewed": t.day(-180),
        },
        "accounting": {
            "name": "Accounting and tax", "business_function": "Finance", "owner": "Cristina Ionescu",
            "description": "Bookkeeping for both businesses: invoices, receipts, expense claims and tax returns.",
            "purposes": [{"purpose": "Keeping the books and filing tax returns", "bases": ["legal_obligation"]}],
            "subject_categories": ["customers", "supplier_contacts", "employees"],
            "data_categories": ["identification", "financial"],
            "recipients_internal": ["finance", "management"],
            "recipients_external": ["processors", "tax_authority", "auditors"],
            "processors": [p["accounting"]],
            "retention": [{"data_category": "Accounting documents", "keep_for": 10, "unit": "years",
                           "trigger": FY, "period": "Law 82/1991 on accounting"}],
            "security_measures": ["access_control", "backups", "physical"],
            "systems": ["SmartBill invoicing", "Accounting shared folder"], "locations": ["Office server"],
            "rights_available": ["access", "rectification"], "last_reviewed": t.day(-100),
        },
        "suppliers": {
            "name": "Supplier and partner contacts", "business_function": "Operations", "owner": "Bogdan Țurcanu",
            "description": "Names, phones and e-mails of contacts at suppliers and partner hauliers.",
            "purposes": [{"purpose": "Running contracts with suppliers and partners",
                          "bases": ["legitimate_interests"]}],
            "legitimate_interest": "Reaching the people we work with at other companies.",
            "lia_reference": "Policies/LIA - business contacts.pdf",
            "subject_categories": ["supplier_contacts"], "data_categories": ["contact", "identification"],
            "recipients_internal": ["Dispatch", "finance"],
            "retention": [{"data_category": "Contact details", "keep_for": 3, "unit": "years",
                           "trigger": "end_of_contract"}],
            "security_measures": ["access_control"], "systems": ["CRM spreadsheet"],
            "locations": ["Office server"], "rights_available": ["access", "rectification", "erasure", "objection"],
            "last_reviewed": t.day(-300),
        },
        "deliveries": {
            "name": "Last-mile deliveries for Retail Sud SA", "business_function": "Operations",
            "owner": "Bogdan Țurcanu", "role": "processor", "core_activity": True,
            "description": "We deliver Retail Sud's online orders: consignee name, address, phone and the "
                           "signature on delivery, exactly as the client instructs.",
            "controllers_served": [
                {"name": "Retail Sud SA", "contact": "Bd. Mamaia 210, Constanța; dpo@retailsud.example (their DPO)",
                 "processing": "Route planning, delivery, proof of delivery and returns"},
            ],
            "subject_categories": ["Consignees (the client's customers)"],
            "data_categories": ["identification", "contact", "Signature on delivery"],
            "source": "Retail Sud SA, through its order export",
            "recipients_internal": ["Dispatch", "Drivers"],
            "retention": [{"data_category": "Delivery data", "keep_for": 90, "unit": "days",
                           "trigger": "Delivery", "period": "Then returned to the client and deleted"}],
            "security_measures": ["encryption", "access_control", "confidentiality_agreements"],
            "systems": ["Driver app", "FleetSat map"], "locations": ["EU cloud", "Drivers' phones"],
            "rights_available": ["access", "rectification"], "last_reviewed": t.day(-60),
        },
        "logbook": {
            "name": "Paper visitor logbook at the old depot", "business_function": "Security",
            "owner": MANAGER, "status": "retired", "ended_on": t.day(-480),
            "description": "Visitors signed a paper book at the old Ovidiu depot; retired when we moved and "
                           "replaced by the gate's badge system.",
            "purposes": [{"purpose": "Knowing who was on site", "bases": ["legitimate_interests"]}],
            "legitimate_interest": "Site safety in case of evacuation.",
            "subject_categories": ["visitors"], "data_categories": ["identification", "Company and time of visit"],
            "recipients_internal": ["management"],
            "retention": [{"data_category": "Logbook pages", "keep_for": 1, "unit": "years",
                           "trigger": "processing_ended", "period": "Shredded when the old depot closed",
                           "erased_on": t.day(-470)}],
            "security_measures": ["physical", "secure_disposal"], "systems": ["Paper logbook"],
            "locations": ["Old depot (closed)"], "rights_available": ["access"],
            "last_reviewed": t.day(-500),
        },
    }


# -- DPIAs ---------------------------------------------------------------------------------------------
def dpias(t: Clock, a: Ids) -> list[Values]:
    gps = {
        "title": "Fleet GPS tracking DPIA", "activity": a["gps"], "status": "complete",
        "screening": _screening(
            met={"systematic_monitoring": "Drivers' positions are tracked continuously during shifts.",
                 "sensitive_data": "Location data reveals movements and habits.",
                 "vulnerable_subjects": "Employees cannot freely refuse their employer."},
            not_met={"evaluation_scoring": "No ranking of drivers.", "large_scale": "22 vehicles, 26 drivers.",
                     "automated_decision": "No decision is taken by the system."}),
        "description": "Trackers report position, speed and ignition every 30 s during working hours to "
                       "FleetSat's map; dispatch uses it to plan routes and tell clients arrival times.",
        "necessity": "Routes and theft protection cannot work without positions; tracking stops outside working "
                     "hours (private-use switch) and positions are deleted after 90 days.",
        "risks": [
            {"source": "Tracking outside working hours", "impact": "Private life of drivers revealed",
             "likelihood": 3, "severity": 3, "measures": "Private-use switch; tracking tied to shift times",
             "residual_likelihood": 1, "residual_severity": 3},
            {"source": "Positions used to judge drivers' performance", "impact": "Unfair pressure, dismissal",
             "likelihood": 2, "severity": 3, "measures": "Written ban in the GPS policy; access logging",
             "residual_likelihood": 1, "residual_severity": 3},
            {"source": "Unauthorised access to the fleet map", "impact": "Stalking, cargo theft",
             "likelihood": 2, "severity": 3, "measures": "MFA, two named users, FleetSat security review",
             "residual_likelihood": 1, "residual_severity": 3},
        ],
        "advice": "Accept with the private-use switch and 90-day retention; re-assess if tracking is ever used "
                  "for performance. Advice followed.",
        "advice_by": "Av. Irina Vlădescu, external data-protection counsel",
        "subject_views": "Discussed with the drivers' elected representatives; they asked for the private-use "
                         "switch, which was added.",
        "outcome": "proceed_with_measures", "signed_off_by": f"{MANAGER}, General Manager",
        "signed_off_on": t.day(-380), "last_reviewed": t.day(-30),
        # The first version (24/7 tracking) stayed high risk, so ANSPDCP was consulted; its advice
        # (the private-use switch) brought the risk down to what this DPIA now records.
        "consultation_sent_on": t.day(-470), "consultation_answer_on": t.day(-420),
        "consultation_answer": "Tracking outside working hours is not proportionate; provide a way to switch it "
                               "off and limit retention to what dispatch needs.",
    }
    fatigue = {
        "title": "Driver fatigue camera DPIA", "activity": a["fatigue"], "status": "in_review",
        "screening": _screening(
            met={"systematic_monitoring": "The driver's face is filmed for the whole drive.",
                 "sensitive_data": "Eye and head tracking may amount to biometric data.",
                 "vulnerable_subjects": "Employees.",
                 "innovative_technology": "AI-based drowsiness detection.",
                 "evaluation_scoring": "Drivers get a fatigue score per trip."},
            not_met={"automated_decision": "Only a beep and an alert to dispatch; a person decides.",
                     "large_scale": "A pilot with four lorries."}),
        "description": "A camera facing the driver detects drowsiness from eye closure and head position, beeps, "
                       "and sends a 10-second clip and the position to dispatch.",
        "necessity": "Fatigue causes serious accidents; less intrusive means (rest-time rules, tachographs) are "
                     "already in place, and the camera adds the warning at the moment it matters.",
        "risks": [
            {"source": "Continuous filming of the driver's face", "impact": "Feeling constantly watched; chilling "
             "effect", "likelihood": 4, "severity": 3, "measures": "Only event clips leave the cab; no live view",
             "residual_likelihood": 3, "residual_severity": 3},
            {"source": "Fatigue scores used in disciplinary decisions", "impact": "Loss of job on an unreliable "
             "signal", "likelihood": 3, "severity": 4, "measures": "Policy ban; scores visible only to the "
             "safety officer", "residual_likelihood": 2, "residual_severity": 4},
            {"source": "Clips leaked from the vendor's cloud", "impact": "Embarrassment, loss of dignity",
             "likelihood": 2, "severity": 3, "measures": "Encryption, 30-day deletion",
             "residual_likelihood": 1, "residual_severity": 3},
        ],
        "advice": "The residual risk stays high: do not start the pilot before ANSPDCP has answered the prior "
                  "consultation. Explicit consent from employees is doubtful as a condition.",
        "advice_by": "Av. Irina Vlădescu, external data-protection counsel",
        "subject_views": "At the staff meeting 9 of 14 drivers objected to a camera facing them; they would "
                         "accept a steering-based sensor.",
        "outcome": "consult_authority", "signed_off_by": f"{MANAGER}, General Manager",
        "signed_off_on": t.day(-80),
        # Sent over ten weeks ago; ANSPDCP used its six-week extension, so the answer is due in about three weeks.
        "consultation_sent_on": t.day(-75), "consultation_extended": True,
    }
    return [gps, fatigue]


# -- staff and training --------------------------------------------------------------------------------
def people() -> dict[str, Values]:
    def email(first: str, last: str) -> str:
        return f"{first}.{last}@{DOMAIN}"

    return {
        "andrei": {"name": MANAGER, "role": "General Manager; person responsible for data protection",
                   "email": email("andrei", "popescu")},
        "ioana": {"name": "Ioana Ștefănescu", "role": "HR and payroll officer", "email": email("ioana", "stefanescu"),
                  "handles_special_category": True,
                  "notes": "Handles medical fitness certificates; her refresher was postponed twice."},
        "mihai": {"name": "Mihai Dumitrescu", "role": "Dispatcher", "email": email("mihai", "dumitrescu"),
                  "notes": "His laptop was stolen in the breach of last quarter; retrained since."},
        "elena": {"name": "Elena Marinescu", "role": "Marketplace support lead", "email": email("elena", "marinescu")},
        "radu": {"name": "Radu Constantinescu", "role": "IT administrator", "email": email("radu", "constantinescu")},
        "cristina": {"name": "Cristina Ionescu", "role": "Accountant", "email": email("cristina", "ionescu")},
        "bogdan": {"name": "Bogdan Țurcanu", "role": "Fleet coordinator", "email": email("bogdan", "turcanu")},
        "alexandra": {"name": "Alexandra Neagu", "role": "Marketing assistant", "email": email("alexandra", "neagu"),
                      "status": "left", "notes": "Left the company; her accounts were closed on her last day."},
    }


def trainings(t: Clock, s: Ids) -> list[Values]:
    basics, provider = "GDPR essentials for staff", "Academia Datelor (online course)"
    return [
        {"person": s["andrei"], "course": "GDPR for managers: accountability and breaches",
         "provider": "Av. Irina Vlădescu", "completed_on": t.day(-120), "valid_months": 12,
         "evidence_reference": "Certificate AD-2291"},
        # Expired: she handles health data, so the checks flag it.
        {"person": s["ioana"], "course": basics, "provider": provider, "completed_on": t.day(-420),
         "valid_months": 12, "evidence_reference": "Certificate AD-1187"},
        {"person": s["mihai"], "course": basics, "provider": provider, "completed_on": t.day(-500),
         "valid_months": 12, "evidence_reference": "Certificate AD-0954"},
        {"person": s["mihai"], "course": "Refresher after the laptop theft: devices and travel",
         "provider": "Radu Constantinescu (in-house)", "completed_on": t.day(-60), "valid_months": 12,
         "evidence_reference": "Attendance sheet, HR folder"},
        {"person": s["elena"], "course": basics, "provider": provider, "completed_on": t.day(-300),
         "valid_months": 12, "evidence_reference": "Certificate AD-1840"},
        # Expires within a fortnight: "due soon".
        {"person": s["radu"], "course": "Security for IT administrators", "provider": "CERT-RO webinar series",
         "completed_on": t.day(-355), "valid_months": 12, "evidence_reference": "Webinar attendance e-mail"},
        {"person": s["cristina"], "course": basics, "provider": provider, "completed_on": t.day(-200),
         "valid_months": 24, "evidence_reference": "Certificate AD-2050"},
        {"person": s["bogdan"], "course": basics, "provider": provider, "completed_on": t.day(-400),
         "valid_months": 12, "evidence_reference": "Certificate AD-1201"},
        {"person": s["alexandra"], "course": "E-mail marketing and consent", "provider": provider,
         "completed_on": t.day(-600), "valid_months": 12, "evidence_reference": "Certificate AD-0702"},
    ]


# -- breaches ------------------------------------------------------------------------------------------
def breaches(t: Clock, a: Ids, s: Ids) -> list[Values]:
    contact_point = f"{MANAGER}, General Manager, {MANAGER_CONTACT}"
    # (1) Open and inside its 72 hours: became aware about 20 hours ago, not notified yet.
    phishing = {
        "title": "Phishing: support mailbox accessed", "status": "open",
        "occurred_from": t.hours(-31), "occurred_to": t.hours(-27), "discovered_at": t.hours(-26),
        "aware_at": t.hours(-20), "discovered_how": "system_alert",
        "description": "A support agent entered her password on a fake 'mailbox full' page. The attacker signed "
                       "in from abroad for about four hours, read tickets, changed the reply address of two "
                       "of them and added a forwarding rule that sent 46 incoming e-mails to his own address.",
        "cause": "social_engineering", "cyber_incident": True, "impact": ["confidentiality", "integrity"],
        "data_categories": ["contact", "communications", "images"], "subjects_count": 340, "records_count": 1250,
        "subject_categories": ["customers", "contractors"],
        "consequences": "Convincing phishing to clients using their real questions; photos of homes seen.",
        "activities": [a["support"], a["messages"]],
        "other_processing": "Expert onboarding spreadsheet kept as a mailbox attachment",
        "staff": [s["elena"]],
        # The facts put ENISA's score exactly on the edge of "high" (2 x 1 + 1 = 3); the manager's own
        # level, with its reason, shows how a judgement that differs from the assessment is recorded.
        "identifiability": "maximum", "confidentiality_loss": "unknown_recipients", "integrity_loss": "corrected",
        "malicious": True, "exfiltration": "confirmed",
        "risk_override": "risk",
        "override_reason": "The score sits on the lower edge of the high band (3.0). The tickets hold contact "
                           "details and ordinary questions about sessions: no payment, ID or health data, no "
                           "passwords. The forwarding rule ran for four hours and the two changed addresses "
                           "were put right before any reply went out. We judge a risk, not a high risk, and will "
                           "tell the clients individually if phishing that uses their tickets is reported.",
        "risk_reasoning": "Contact details and message content of a few hundred people were read; no payment "
                          "data. A risk, not high: notify ANSPDCP, keep assessing whether to tell clients.",
        "containment": "Password reset, all sessions revoked, forwarding rule removed, MFA enforced for support.",
        "measures": "Phishing-resistant MFA for all mailboxes; warning banner for external mail.",
        "contact_point": contact_point, "notify_authority": "yes",
        "timeline": [
            {"at": t.hours(-26), "event": "Alert: sign-in to the support mailbox from an unknown country"},
            {"at": t.hours(-24), "event": "Radu reset the password and revoked sessions"},
            {"at": t.hours(-20), "event": "Log review confirmed tickets were opened: breach of personal data"},
        ],
    }
    # (2) Notified late, with reasons, in phases; high risk, people told, 34(3)(c) for part of them.
    aware = t.at(-82, "10:15")
    laptop = {
        "title": "Dispatcher's laptop stolen from a company car", "status": "closed",
        "occurred_from": t.at(-83, "19:30"), "occurred_to": t.at(-83, "21:10"),
        "discovered_at": t.at(-83, "21:15"), "aware_at": aware, "discovered_how": "staff",
        "description": "The dispatcher's laptop was stolen from a parked car in Constanța. Its disk was not yet "
                       "encrypted and held a copy of the HR folder and permit applications.",
        "cause": "lost_stolen", "impact": ["confidentiality", "availability"],
        "data_categories": ["identification", "government_id", "financial", "driving_licence",
                            "education_training", "Medical fitness certificates", "Criminal record certificate"],
        "special_categories_involved": True, "subjects_count": 58, "records_count": 410,
        "subject_categories": ["employees", "former_staff", "applicants", "children"],
        "vulnerable_involved": True,
        "consequences": "Identity theft with ID card copies and CNPs; disclosure of health and criminal record "
                        "data; employees' children's data (tax deductions) exposed.",
        "activities": [a["hr"], a["recruitment"], a["permits"]], "staff": [s["mihai"], s["ioana"]],
        "data_context": "sensitive", "identifiability": "maximum", "confidentiality_loss": "unknown_recipients",
        "availability_loss": "restored", "backup_restored": True, "malicious": True,
        "risk_reasoning": "Unencrypted ID copies, health and criminal data, and children's data: high risk.",
        "containment": "Police report; remote wipe requested (device never came online); passwords reset.",
        "measures": "Full-disk encryption on all laptops (done in 3 weeks); HR data no longer copied locally.",
        "contact_point": contact_point, "notify_authority": "yes",
        "notified_at": t.at(-77, "16:20"), "authority_reference": "ANSPDCP breach notification no. 18345",
        "delay_reason": "What the laptop held was only established four days after we became aware, once the IT "
                        "contractor restored its last backup, and the notification wrongly waited for that. We now notify within "
                        "72 hours and send the details later (Art. 33(4)).",
        "followups": [
            {"at": t.at(-77, "16:20"), "phase": "initial", "summary": "Theft, categories, first estimate of people"},
            {"at": t.at(-70, "11:00"), "phase": "follow_up", "summary": "Exact list: 58 people, 410 records"},
            {"at": t.at(-66, "09:30"), "phase": "authority_question",
             "summary": "ANSPDCP asked when encryption would be complete"},
            {"at": t.at(-55, "14:00"), "phase": "final", "summary": "Encryption rolled out; case closed"},
        ],
        "subjects_notified_at": t.at(-76, "12:00"), "subjects_notice_method": "email",
        "art34_exemption": "disproportionate",
        "art34_notes": "Staff and drivers were told by e-mail and in person. For 12 former applicants with no "
                       "working contact, a notice was posted on the website and at the depot gate.",
        "public_communication_at": t.at(-75, "10:00"),
        "public_communication_channel": "A notice on the home page of dobrogea-link.example for 60 days and "
                                        "one at the depot gate",
        "timeline": [
            {"at": t.at(-83, "21:15"), "event": "Mihai reported the theft to the manager and to the police"},
            {"at": aware, "event": "Confirmed the laptop held a copy of the HR folder"},
            {"at": t.at(-78, "17:00"), "event": "Backup restored: list of files and people established"},
            {"at": t.at(-77, "16:20"), "event": "ANSPDCP notified (initial report)"},
            {"at": t.at(-76, "12:00"), "event": "People affected told by e-mail and in person"},
            {"at": t.at(-55, "14:00"), "event": "Final report sent; breach closed"},
        ],
    }
    # (3) Not notifiable: a trusted recipient deleted it at once (EDPB 01/2021, mispostal cases).
    roster = {
        "title": "Shift roster e-mailed to the wrong partner dispatcher", "status": "closed",
        "occurred_from": t.at(-35, "08:05"), "occurred_to": t.at(-35, "08:05"),
        "discovered_at": t.at(-35, "08:40"), "aware_at": t.at(-35, "08:50"), "discovered_how": "third_party",
        "description": "The weekly roster with 12 drivers' names and work phone numbers went to Litoral Cargo's "
                       "dispatcher instead of ours.",
        "cause": "mispostal", "impact": ["confidentiality"], "data_categories": ["identification", "contact"],
        "subjects_count": 12, "records_count": 12, "subject_categories": ["employees"],
        "consequences": "None expected: work numbers only, known to the recipient already.",
        "activities": [a["hr"]], "staff": [s["bogdan"]],
        "data_context": "simple", "identifiability": "maximum", "confidentiality_loss": "known_recipients",
        "recipient_trusted": True,
        "risk_reasoning": "A trusted partner under contract received work contacts it already had and confirmed "
                          "deletion in writing within the hour: unlikely to result in a risk.",
        "containment": "Recipient asked to delete; deletion confirmed by e-mail at 09:35.",
        "measures": "Autocomplete of external addresses turned off for the roster mailbox.",
        "contact_point": contact_point, "notify_authority": "no",
        "timeline": [
            {"at": t.at(-35, "08:40"), "event": "Litoral Cargo's dispatcher phoned to say he got our roster"},
            {"at": t.at(-35, "09:35"), "event": "Written confirmation of deletion received"},
        ],
    }
    # (4) As a processor (Art. 33(2)): the client decides on notifying; we told them within the contract's hours.
    phone_aware = t.at(-12, "18:40")
    phone = {
        "title": "Driver's phone with Retail Sud's delivery list stolen", "status": "closed", "our_role": "processor",
        "occurred_from": t.at(-12, "16:30"), "discovered_at": t.at(-12, "16:45"), "aware_at": phone_aware,
        "discovered_how": "staff",
        "description": "A driver's company phone was taken from the cab during a delivery in Năvodari. The driver "
                       "app on it held the afternoon's 38 deliveries for Retail Sud: names, addresses and phone "
                       "numbers of its customers.",
        "cause": "lost_stolen", "impact": ["confidentiality"], "data_categories": ["identification", "contact"],
        "subjects_count": 38, "records_count": 38, "subject_categories": ["Consignees (the client's customers)"],
        "consequences": "None expected: the phone is encrypted and locked, and was wiped remotely.",
        "activities": [a["deliveries"]], "staff": [s["mihai"]],
        "identifiability": "maximum", "confidentiality_loss": "unknown_recipients", "malicious": True,
        "unintelligible": True,
        "risk_reasoning": "The phone is encrypted (Android file-based encryption), locked with a PIN and was wiped "
                          "remotely 40 minutes after the theft: the data is unreadable to the thief.",
        "containment": "Remote wipe confirmed by the device console at 17:25; the driver app's session revoked.",
        "measures": "Drivers reminded to lock the cab at every stop.",
        "contact_point": contact_point,
        "controller_name": "Retail Sud SA",
        "controller_contact": "dpo@retailsud.example (their DPO)",
        "controller_notice_hours": 12, "controller_told_at": t.at(-12, "20:05"),
        "timeline": [
            {"at": t.at(-12, "16:45"), "event": "The driver reported the phone stolen to dispatch"},
            {"at": t.at(-12, "17:25"), "event": "Remote wipe confirmed"},
            {"at": t.at(-12, "20:05"), "event": "Retail Sud's DPO told by e-mail, with the list of deliveries"},
        ],
    }
    return [phishing, laptop, roster, phone]


# -- rights requests and consents ----------------------------------------------------------------------
def rights_requests(t: Clock, a: Ids) -> list[Values]:
    return [
        {"requester": "Maria Georgescu", "contact": "maria.georgescu@mail.example", "right": "access",
         "received_on": t.day(-70), "identity_verified_on": t.day(-69), "status": "answered",
         "response_sent_on": t.day(-52), "outcome": "fulfilled",
         "activities": [a["accounts"], a["messages"], a["billing"]],
         "notes": "Answered within the month, free of charge: csv and txt (xml offered) through a secure download."},
        # Extended within the first month, with reasons; the three-month deadline is still ahead.
        {"requester": "Cosmin Rădulescu (former expert)", "contact": "cosmin.radulescu@mail.example",
         "right": "erasure", "received_on": t.day(-40), "identity_verified_on": t.day(-38), "extended": True,
         "extension_notified_on": t.day(-20),
         "extension_reason": "His data sit in chats with 230 clients; billing data must be kept for 10 years and "
                             "other clients' messages must be separated before deleting.",
         "status": "in_progress", "activities": [a["accounts"], a["messages"], a["photos"], a["billing"]]},
        {"requester": "Daniel Ilie (former driver)", "contact": "Letter to Str. Mircea cel Bătrân 7, Constanța",
         "right": "objection", "received_on": t.day(-120), "identity_verified_on": t.day(-118),
         "status": "refused", "response_sent_on": t.day(-100), "outcome": "refused_exemption",
         "refusal_reason": "His trip history is needed to defend the fuel-card claim before the Constanța court "
                           "(Art. 21(1), legal claims). He was told he may complain to ANSPDCP or go to court.",
         "activities": [a["gps"]]},
        # Open and due within days.
        {"requester": "Florin Stănescu (Trans-Carpatica driver)", "contact": "+40 722 555 318",
         "right": "rectification", "received_on": t.day(-28), "status": "verifying",
         "activities": [a["permits"]],
         "notes": "Says his name is spelled 'Stanescu' on the permit; asked his employer to confirm identity."},
        {"requester": "Irina Cazacu", "contact": "irina.cazacu@mail.example", "right": "automated_decision",
         "received_on": t.day(-15), "identity_verified_on": t.day(-15), "status": "answered",
         "response_sent_on": t.day(-13), "outcome": "fulfilled", "activities": [a["accounts"]],
         "notes": "Account suspended by fraud screening; reviewed by a person and reinstated."},
    ]


def consents(t: Clock, a: Ids) -> list[Values]:
    web = "Privacy notice v4.2 (newsletter box)"
    return [
        {"subject": "ana.vasilescu@mail.example", "purpose": "Monthly newsletter", "activity": a["newsletter"],
         "given_at": t.at(-300, "21:14"), "method": "web_form", "evidence_reference": "Double opt-in log #88412",
         "information_version": web, "online_service": True},
        {"subject": "george.matei@mail.example", "purpose": "Monthly newsletter", "activity": a["newsletter"],
         "given_at": t.at(-210, "07:48"), "method": "web_form", "evidence_reference": "Double opt-in log #90233",
         "information_version": web, "withdrawn_at": t.at(-12, "18:02")},
        {"subject": "Florin Stănescu (Trans-Carpatica)", "purpose": "Registration for the air-base access permit",
         "activity": a["permits"], "given_at": t.at(-150, "10:00"), "method": "via_employer",
         "evidence_reference": "Signed form sent by Trans-Carpatica, Permits folder 2025/17",
         "information_version": "Permit privacy notice v2 (RO)"},
        {"subject": "Vasile Oprea (Litoral Cargo)", "purpose": "Registration for the air-base access permit",
         "activity": a["permits"], "given_at": t.at(-95, "13:30"), "method": "via_employer",
         "evidence_reference": "Signed form sent by Litoral Cargo, Permits folder 2025/22",
         "information_version": "Permit privacy notice v2 (RO)"},
        {"subject": "Roxana Pavel, Agro Dobrogea SA", "purpose": "Offers for transport services",
         "activity": a["marketing"], "given_at": t.at(-400, "11:20"), "method": "paper_form",
         "evidence_reference": "Trade-fair form, Sales folder", "information_version": "Marketing notice v1"},
        {"subject": "Lucian Barbu (applicant)", "purpose": "Keeping my CV for later openings",
         "activity": a["recruitment"], "given_at": t.at(-180, "15:05"), "method": "email",
         "evidence_reference": "E-mail of the applicant, HR mailbox", "information_version": "Recruitment notice v3"},
        # Art. 8: below Romania's age of digital consent (16), a parent authorised the newsletter sign-up.
        {"subject": "matei.dumitru@mail.example", "purpose": "Monthly newsletter", "activity": a["newsletter"],
         "given_at": t.at(-60, "17:40"), "method": "web_form", "evidence_reference": "Double opt-in log #93120",
         "information_version": web, "online_service": True, "age": 15,
         "parental_consent_by": "Carmen Dumitru (mother)",
         "parental_check": "Confirmation e-mail to the parent's address, answered on the same day"},
        {"subject": "Child of a driver (family day photo)", "purpose": "A photo in the staff newsletter",
         "activity": a["hr"], "given_at": t.at(-45, "12:00"), "method": "paper_form",
         "evidence_reference": "Signed family-day form, HR folder", "information_version": "Family day notice v1",
         "is_child": True, "parental_consent_by": "The driver, as the child's father",
         "parental_check": "Signed in person at the HR office"},
    ]


# -- policies ------------------------------------------------------------------------------------------
def policies(t: Clock) -> list[Values]:
    approver = f"{MANAGER}, General Manager"
    return [
        {"title": "Data protection policy", "version": "3.1", "owner": MANAGER, "status": "approved",
         "approved_by": approver, "approved_on": t.day(-400), "last_reviewed_on": t.day(-40),
         "review_cycle_months": 12, "document_reference": "Policies/Data protection policy v3.1.pdf"},
        {"title": "Retention and deletion schedule", "version": "2.0", "owner": "Ioana Ștefănescu",
         "status": "approved", "approved_by": approver, "approved_on": t.day(-300), "review_cycle_months": 12,
         "document_reference": "Policies/Retention schedule v2.0.xlsx"},
        # Overdue for review: last looked at more than a year ago.
        {"title": "Incident and breach response procedure", "version": "1.2", "owner": "Radu Constantinescu",
         "status": "approved", "approved_by": approver, "approved_on": t.day(-560),
         "last_reviewed_on": t.day(-390), "review_cycle_months": 12,
         "document_reference": "Policies/Breach response v1.2.docx"},
        {"title": "Information security and acceptable use", "version": "1.0", "owner": "Radu Constantinescu",
         "status": "approved", "approved_by": approver, "approved_on": t.day(-200), "review_cycle_months": 24,
         "document_reference": "Policies/IT security v1.0.pdf"},
        {"title": "CCTV policy", "version": "0.9", "owner": MANAGER, "status": "draft",
         "document_reference": "Policies/Drafts/CCTV policy v0.9.docx"},
        {"title": "Paper records policy (old depot)", "version": "1.0", "owner": MANAGER, "status": "retired",
         "approved_by": approver, "approved_on": t.day(-1500), "last_reviewed_on": t.day(-520),
         "document_reference": "Archive/Policies/Paper records v1.0.pdf"},
    ]
