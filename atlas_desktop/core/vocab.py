"""The GDPR's closed lists (and our suggested open ones), as codes with plain labels and articles.

Codes are stored and never change; labels are what people read and may be reworded.
"""

from __future__ import annotations

from .spec import Term, Vocabulary


def _v(key: str, label: str, *terms: tuple[str, ...], open: bool = False) -> Vocabulary:
    return Vocabulary(key, label, tuple(Term(*t) for t in terms), open=open)


LAWFUL_BASIS = _v(
    "lawful_basis", "Lawful basis (Art. 6(1))",
    ("consent", "Consent", "The person agreed to this specific use.", "Art. 6(1)(a)"),
    ("contract", "Contract", "Needed to perform a contract with the person, or to prepare one at their request.",
     "Art. 6(1)(b)"),
    ("legal_obligation", "Legal obligation", "A law requires you to do it (tax, labour, accounting law…).",
     "Art. 6(1)(c)"),
    ("vital_interests", "Vital interests", "Needed to protect someone's life.", "Art. 6(1)(d)"),
    ("public_task", "Public task", "A task in the public interest or official authority given to you by law.",
     "Art. 6(1)(e)"),
    ("legitimate_interests", "Legitimate interests",
     "Your or a third party's legitimate interest, weighed against the person's rights in a balancing test (LIA).",
     "Art. 6(1)(f)"),
)

ART9_CONDITION = _v(
    "art9_condition", "Condition for special-category data (Art. 9(2))",
    ("explicit_consent", "Explicit consent", "", "Art. 9(2)(a)"),
    ("employment", "Employment, social security and social protection law", "", "Art. 9(2)(b)"),
    ("vital_interests", "Vital interests of someone unable to consent", "", "Art. 9(2)(c)"),
    ("not_for_profit", "Members of a not-for-profit body", "", "Art. 9(2)(d)"),
    ("made_public", "Made manifestly public by the person", "", "Art. 9(2)(e)"),
    ("legal_claims", "Legal claims or courts", "", "Art. 9(2)(f)"),
    ("substantial_public_interest", "Substantial public interest, under law", "", "Art. 9(2)(g)"),
    ("health_care", "Preventive or occupational medicine, health or social care", "", "Art. 9(2)(h)"),
    ("public_health", "Public health", "", "Art. 9(2)(i)"),
    ("archiving_research", "Archiving, research or statistics", "", "Art. 9(2)(j)"),
)

SPECIAL_CATEGORY = _v(
    "special_category", "Special categories of data (Art. 9(1))",
    ("racial_ethnic", "Racial or ethnic origin", "", "Art. 9(1)"),
    ("political", "Political opinions", "", "Art. 9(1)"),
    ("religious", "Religious or philosophical beliefs", "", "Art. 9(1)"),
    ("trade_union", "Trade-union membership", "", "Art. 9(1)"),
    ("genetic", "Genetic data", "", "Art. 9(1)"),
    ("biometric", "Biometric data used to identify someone", "", "Art. 9(1)"),
    ("health", "Health data", "", "Art. 9(1)"),
    ("sex_life", "Sex life or sexual orientation", "", "Art. 9(1)"),
)

SUBJECT_CATEGORY = _v(
    "subject_category", "Categories of data subjects",
    ("employees", "Employees"), ("applicants", "Job applicants"), ("former_staff", "Former staff"),
    ("contractors", "Contractors and freelancers"), ("customers", "Customers"), ("prospects", "Prospects"),
    ("supplier_contacts", "Supplier and partner contacts"), ("website_visitors", "Website visitors"),
    ("subscribers", "Newsletter subscribers"), ("children", "Children"), ("patients", "Patients"),
    ("vulnerable_adults", "Vulnerable adults"), ("visitors", "Visitors to the premises"),
    open=True,
)

DATA_CATEGORY = _v(
    "data_category", "Categories of personal data",
    ("identification", "Identification data (name, date of birth)"),
    ("contact", "Contact details"),
    ("government_id", "ID card or passport numbers"),
    ("financial", "Bank and financial details"),
    ("payment_card", "Payment card data"),
    ("employment", "Employment records (contract, pay, appraisals)"),
    ("education_training", "Education, CVs and training certificates"),
    ("driving_licence", "Driving licence data"),
    ("insurance", "Insurance data"),
    ("online_identifiers", "Online identifiers (IP address, cookies, account IDs)"),
    ("location", "Location data"),
    ("communications", "Content of messages and calls"),
    ("images", "Photos and video (including CCTV)"),
    ("credentials", "Passwords and sign-in details"),
    ("usage", "Usage and behaviour data"),
    open=True,
)

RECIPIENT_CATEGORY = _v(
    "recipient_category", "Categories of recipients",
    ("management", "Management"), ("hr", "HR"), ("finance", "Finance and accounting"),
    ("it", "IT support"), ("processors", "Our processors (service providers)"),
    ("tax_authority", "Tax authority"), ("labour_inspectorate", "Labour inspectorate"),
    ("social_security", "Social security and pension bodies"), ("banks", "Banks"),
    ("insurers", "Insurers"), ("auditors", "Auditors and accountants"), ("clients", "Clients"),
    ("courts", "Courts and police, on legal request"),
    open=True,
)

TRANSFER_MECHANISM = _v(
    "transfer_mechanism", "Transfer mechanism (Chapter V)",
    ("adequacy", "Adequacy decision", "The Commission decided the country protects data adequately.", "Art. 45"),
    ("scc", "Standard contractual clauses", "", "Art. 46(2)(c)"),
    ("bcr", "Binding corporate rules", "", "Art. 47"),
    ("code_of_conduct", "Approved code of conduct", "", "Art. 46(2)(e)"),
    ("certification", "Approved certification", "", "Art. 46(2)(f)"),
    ("ad_hoc_clauses", "Clauses authorised by the authority", "", "Art. 46(3)(a)"),
    ("derogation_consent", "Derogation: explicit consent to the transfer", "", "Art. 49(1)(a)"),
    ("derogation_contract", "Derogation: necessary for a contract with the person", "", "Art. 49(1)(b)"),
    ("derogation_contract_interest", "Derogation: contract in the person's interest", "", "Art. 49(1)(c)"),
    ("derogation_public_interest", "Derogation: important public interest", "", "Art. 49(1)(d)"),
    ("derogation_legal_claims", "Derogation: legal claims", "", "Art. 49(1)(e)"),
    ("derogation_vital_interests", "Derogation: vital interests", "", "Art. 49(1)(f)"),
    ("derogation_public_register", "Derogation: public register", "", "Art. 49(1)(g)"),
    ("derogation_compelling", "Derogation: compelling legitimate interests (not repetitive, few people)",
     "Only with suitable safeguards documented and the authority informed.", "Art. 49(1), second subparagraph"),
)

WP248 = _v(
    "wp248", "DPIA screening criteria (EDPB WP248 rev.01)",
    ("evaluation_scoring", "Evaluation or scoring", "Profiling or predicting, e.g. credit scoring, behaviour analysis."),
    ("automated_decision", "Automated decisions with legal or similarly significant effect"),
    ("systematic_monitoring", "Systematic monitoring", "e.g. CCTV, tracking employees' devices or locations."),
    ("sensitive_data", "Sensitive or highly personal data", "Special categories, criminal data, financial or "
     "location data, private messages."),
    ("large_scale", "Data processed on a large scale"),
    ("matching_combining", "Matching or combining datasets", "from different sources, beyond what people expect."),
    ("vulnerable_subjects", "Data about vulnerable people", "Employees, children, patients, the elderly…"),
    ("innovative_technology", "Innovative use or new technology", "e.g. biometrics, AI, connected devices."),
    ("prevents_rights", "Prevents people from exercising a right or using a service or contract"),
)

BREACH_CAUSE = _v(
    "breach_cause", "Cause family (EDPB Guidelines 01/2021)",
    ("ransomware", "Ransomware"),
    ("exfiltration", "Data exfiltration attack (hacking)"),
    ("human_error", "Internal human error or misuse"),
    ("lost_stolen", "Lost or stolen device or paper documents"),
    ("mispostal", "Mispostal (sent to the wrong person)"),
    ("social_engineering", "Social engineering (phishing, impersonation)"),
    ("other", "Other"),
)

RIGHT_TYPE = _v(
    "right_type", "Right exercised (Art. 15–22)",
    ("access", "Access to their data", "", "Art. 15"),
    ("rectification", "Correction (rectification)", "", "Art. 16"),
    ("erasure", "Erasure ('right to be forgotten')", "", "Art. 17"),
    ("restriction", "Restriction of processing", "", "Art. 18"),
    ("portability", "Data portability", "", "Art. 20"),
    ("objection", "Objection", "", "Art. 21"),
    ("automated_decision", "Not to be subject to an automated decision", "", "Art. 22"),
)

BREACH_RISK = _v(
    "breach_risk", "Risk to people (Art. 33/34)",
    ("none", "Unlikely to result in a risk: document only", "", "Art. 33(1), 33(5)"),
    ("risk", "Risk: notify the authority", "", "Art. 33(1)"),
    ("high", "High risk: notify the authority and the people affected", "", "Art. 34(1)"),
)

RISK_LEVEL = _v(
    "risk_level", "Risk level (likelihood × severity)",
    ("low", "Low"), ("medium", "Medium"), ("high", "High"),
)

CIA = _v(
    "cia", "What was affected",
    ("confidentiality", "Confidentiality: disclosed or accessed without authorisation"),
    ("integrity", "Integrity: altered without authorisation"),
    ("availability", "Availability: lost or destroyed, even temporarily"),
)

ART34_EXEMPTION = _v(
    "art34_exemption", "Exemption from telling the people affected (Art. 34(3))",
    ("unintelligible", "The data were unintelligible to others (e.g. encrypted, key safe)", "", "Art. 34(3)(a)"),
    ("measures_taken", "Later measures mean the high risk is no longer likely", "", "Art. 34(3)(b)"),
    ("disproportionate", "Individual notice is disproportionate: a public communication is used instead", "",
     "Art. 34(3)(c)"),
)

ART28_CLAUSE = _v(
    "art28_clause", "Processor contract clauses (Art. 28(3))",
    ("instructions", "Acts only on our documented instructions, transfers included", "", "Art. 28(3)(a)"),
    ("confidentiality", "Its staff are bound to confidentiality", "", "Art. 28(3)(b)"),
    ("security", "Takes the Art. 32 security measures", "", "Art. 28(3)(c)"),
    ("sub_processors", "Follows the sub-processor rules (authorisation, notice, same obligations)", "",
     "Art. 28(3)(d)"),
    ("data_subject_rights", "Helps us answer data-subject requests", "", "Art. 28(3)(e)"),
    ("assist_compliance", "Helps us with security, breaches, DPIAs and consultation (Art. 32–36)", "",
     "Art. 28(3)(f)"),
    ("end_of_contract", "Deletes or returns all data at the end, as we choose", "", "Art. 28(3)(g)"),
    ("audits", "Gives us information and allows audits", "", "Art. 28(3)(h)"),
)

SECURITY_MEASURE = _v(
    "security_measure", "Security measures (Art. 32)",
    ("encryption", "Encryption (devices, backups, connections)", "", "Art. 32(1)(a)"),
    ("pseudonymisation", "Pseudonymisation", "", "Art. 32(1)(a)"),
    ("access_control", "Access control: only those who need it", "", "Art. 32(1)(b)"),
    ("password_policy", "Password policy", "", "Art. 32(1)(b)"),
    ("mfa", "Two-factor sign-in", "", "Art. 32(1)(b)"),
    ("backups", "Backups and restore tested", "", "Art. 32(1)(c)"),
    ("updates", "Software kept up to date; malware protection", "", "Art. 32(1)(b)"),
    ("logging", "Access logging", "", "Art. 32(1)(b)"),
    ("testing", "Regular testing of the measures", "", "Art. 32(1)(d)"),
    ("physical", "Locked premises and cabinets", "", "Art. 32(1)(b)"),
    ("confidentiality_agreements", "Staff confidentiality agreements", "", "Art. 32(4)"),
    ("training", "Staff training", "", "Art. 32(4)"),
    ("secure_disposal", "Secure disposal of paper and devices", "", "Art. 32(1)(b)"),
)

ROLE = _v(
    "role", "Our role",
    ("controller", "Controller: we decide why and how", "", "Art. 4(7)"),
    ("joint_controller", "Joint controller: we decide together with others", "", "Art. 26"),
    ("processor", "Processor: we act for a client", "", "Art. 28, 30(2)"),
)

YES_NO_UNDECIDED = _v(
    "yes_no_undecided", "Decision",
    ("undecided", "Not decided yet"), ("yes", "Yes"), ("no", "No"),
)

ACTIVITY_STATUS = _v("activity_status", "Status", ("planned", "Planned"), ("active", "Active"), ("retired", "Retired"))
PROCESSOR_STATUS = _v("processor_status", "Status", ("active", "Active"), ("ended", "Contract ended"))
DPIA_STATUS = _v("dpia_status", "Status", ("draft", "Draft"), ("in_review", "Awaiting sign-off"),
                 ("complete", "Signed off"), ("retired", "Retired: the processing assessed has stopped"))
DPIA_OUTCOME = _v(
    "dpia_outcome", "Outcome",
    ("proceed", "Proceed: risks acceptable"),
    ("proceed_with_measures", "Proceed once the listed measures are in place"),
    ("consult_authority", "Consult the authority first (residual risk high)", "", "Art. 36(1)"),
    ("do_not_proceed", "Do not proceed"),
)
SCREENING_RESULT = _v(
    "screening_result", "Screening result (WP248)",
    ("mandatory", "DPIA required by law: one of the cases of Art. 35(3)", "", "Art. 35(3)"),
    ("required", "DPIA required: two or more criteria met"),
    ("justified", "No DPIA: two or more criteria met, but the reason a DPIA is not needed is recorded",
     "WP248 rev.01 names such cases, e.g. a single doctor's patient files (Recital 91).", "WP248 rev.01"),
    ("consider", "Consider a DPIA: one criterion met; record why not"),
    ("not_required", "No DPIA needed: no criterion met"),
)
BREACH_STATUS = _v("breach_status", "Status", ("open", "Open: investigating"), ("contained", "Contained"),
                   ("closed", "Closed"))
REPORT_PHASE = _v("report_phase", "Report", ("initial", "Initial report"), ("follow_up", "Follow-up"),
                  ("final", "Final report"), ("authority_question", "Question from the authority"))
DISCOVERY = _v(
    "discovery", "How it was discovered",
    ("staff", "Reported by staff"), ("customer", "Reported by a customer or the person affected"),
    ("processor", "Reported by our processor"), ("system_alert", "Security alert or monitoring"),
    ("third_party", "Told by a third party, the media or the police"), ("audit", "Found in an audit"),
    open=True,
)
NOTICE_METHOD = _v(
    "notice_method", "How people were told",
    ("email", "Email"), ("letter", "Letter"), ("phone", "Phone"), ("in_person", "In person"),
    ("public", "Public communication"), open=True,
)
REQUEST_STATUS = _v(
    "request_status", "Status",
    ("received", "Received"), ("verifying", "Verifying identity"), ("in_progress", "In progress"),
    ("answered", "Answered"), ("refused", "Refused"), ("withdrawn", "Withdrawn by the person"),
)
REQUEST_OUTCOME = _v(
    "request_outcome", "Outcome",
    ("fulfilled", "Done as asked"), ("partly", "Partly done"), ("no_data", "We hold no data on them"),
    ("refused_unfounded", "Refused: manifestly unfounded or excessive", "", "Art. 12(5)"),
    ("refused_identity", "Refused: identity could not be verified", "", "Art. 12(6)"),
    ("refused_exemption", "Refused: an exemption applies", "", "Art. 23"),
)
CONSENT_METHOD = _v(
    "consent_method", "How consent was given",
    ("web_form", "Tick box on a web form"), ("paper_form", "Signed paper form"), ("email", "Email"),
    ("app", "In the app"), ("via_employer", "Collected through the person's employer"), open=True,
)
STAFF_STATUS = _v("staff_status", "Status", ("current", "Current staff"), ("left", "Left"))
POLICY_STATUS = _v("policy_status", "Status", ("draft", "Draft"), ("approved", "Approved"),
                   ("retired", "Retired"))
SUBPROCESSOR_DECISION = _v(
    "subprocessor_decision", "Our decision",
    ("pending", "Not decided yet"), ("accepted", "Accepted"), ("objected", "Objected"),
)

# -- the breach assessment (ENISA 2013 severity method; EDPB Guidelines 9/2022 and 01/2021) ----------
BREACH_ROLE = _v(
    "breach_role", "Whose data it was",
    ("controller", "Ours: we decide why and how the data is used (controller)", "", "Art. 33(1)"),
    ("processor", "A client's: we process it on their behalf (processor)", "", "Art. 33(2)"),
)
DATA_CONTEXT = _v(
    "data_context", "Kind of data (ENISA: data processing context)",
    ("simple", "Simple data: names, contact details, education, family, work history",
     "Scores 1 on the ENISA scale.", "ENISA 2013"),
    ("behavioural", "Behavioural data: location, traffic, habits, preferences",
     "Scores 2 on the ENISA scale.", "ENISA 2013"),
    ("financial", "Financial data: income, transactions, bank or card details, ID documents",
     "Scores 3 on the ENISA scale.", "ENISA 2013"),
    ("sensitive", "Sensitive data: health, other special categories (Art. 9) or criminal data (Art. 10)",
     "Scores 4 on the ENISA scale.", "ENISA 2013"),
)
CONTEXT_ADJUSTMENT = _v(
    "context_adjustment", "In this case, the data reveals",
    ("less", "Less than usual: e.g. it was already public, or too little to learn anything",
     "Lowers the kind of data by one step.", "ENISA 2013"),
    ("as_usual", "What such data usually reveals", "", "ENISA 2013"),
    ("more", "More than usual: e.g. a list of patients' names, or signs of money trouble",
     "Raises the kind of data by one step.", "ENISA 2013"),
)
IDENTIFIABILITY = _v(
    "identifiability", "How easily people can be identified",
    ("negligible", "Hardly: it would take a great deal of effort to know who they are", "× 0.25", "ENISA 2013"),
    ("limited", "With some effort: e.g. a common first name, no other detail", "× 0.5", "ENISA 2013"),
    ("significant", "Fairly easily: e.g. a name with a town, or an account number", "× 0.75", "ENISA 2013"),
    ("maximum", "Directly: e.g. a full name with an address, an ID number or a photo", "× 1", "ENISA 2013"),
)
CONFIDENTIALITY_LOSS = _v(
    "confidentiality_loss", "Could others see the data?",
    ("none", "No: nobody outside could see it (e.g. ransomware, exfiltration ruled out)", "+ 0", "ENISA 2013"),
    ("exposed", "Exposed, with no sign that anyone saw or used it", "+ 0", "ENISA 2013"),
    ("known_recipients", "Seen by a known, small number of recipients", "+ 0.25", "ENISA 2013"),
    ("unknown_recipients", "Seen or taken by unknown people, or published", "+ 0.5", "ENISA 2013"),
)
INTEGRITY_LOSS = _v(
    "integrity_loss", "Was the data changed?",
    ("none", "No", "+ 0", "ENISA 2013"),
    ("corrected", "Changed, but put right with no sign that the wrong data was used", "+ 0", "ENISA 2013"),
    ("misused_recoverable", "Changed and possibly used wrongly; the correct data can be restored", "+ 0.25",
     "ENISA 2013"),
    ("misused_lost", "Changed and possibly used wrongly; the correct data cannot be restored", "+ 0.5",
     "ENISA 2013"),
)
AVAILABILITY_LOSS = _v(
    "availability_loss", "Was the data lost or out of reach?",
    ("none", "No", "+ 0", "ENISA 2013"),
    ("restored", "Briefly, then restored without difficulty (e.g. from a backup)", "+ 0", "ENISA 2013"),
    ("temporary", "For a while: restored only after days or with real effort", "+ 0.25", "ENISA 2013"),
    ("permanent", "For good: some of it cannot be recovered", "+ 0.5", "ENISA 2013"),
)
EXFILTRATION = _v(
    "exfiltration", "Was data copied out (exfiltrated)?",
    ("ruled_out", "Ruled out, e.g. by logs or a forensic analysis", "", "EDPB Guidelines 01/2021"),
    ("unknown", "Cannot be ruled out", "", "EDPB Guidelines 01/2021"),
    ("confirmed", "Yes: copied out, offered for sale or published", "", "EDPB Guidelines 01/2021"),
)
SEVERITY_LEVEL = _v(
    "severity_level", "Severity (ENISA)",
    ("low", "Low: at most a few inconveniences"),
    ("medium", "Medium: significant inconveniences, overcome with some difficulty"),
    ("high", "High: significant consequences, overcome with serious difficulty"),
    ("very_high", "Very high: significant or even irreversible consequences"),
)

# -- retention as data (Art. 5(1)(e), 30(1)(f)) ---------------------------------------------------
RETENTION_UNIT = _v(
    "retention_unit", "Unit",
    ("days", "days"), ("weeks", "weeks"), ("months", "months"), ("years", "years"),
)
RETENTION_TRIGGER = _v(
    "retention_trigger", "Counted from",
    ("collection", "Collection: when the data was collected"),
    ("last_contact", "Last contact with the person"),
    ("end_of_contract", "End of the contract"),
    ("end_of_employment", "End of employment"),
    ("account_closed", "Closing of the account"),
    ("consent_withdrawn", "Withdrawal of consent", "Atlas checks the consent records of this activity.", "Art. 7(3)"),
    ("request_answered", "Answer to a rights request", "Atlas checks the rights requests of this activity.",
     "Art. 12(3)"),
    ("processing_ended", "End of the processing",
     "Atlas checks it once the activity is retired with the date it ended.", "Art. 5(1)(e)"),
    open=True,
)

ALL: tuple[Vocabulary, ...] = tuple(v for v in globals().values() if isinstance(v, Vocabulary))
BY_KEY = {v.key: v for v in ALL}
