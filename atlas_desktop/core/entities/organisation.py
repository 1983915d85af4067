"""The organisation: the controller's identity and contacts (Art. 30(1)(a)) and its clocks' settings."""

from __future__ import annotations

from ..spec import Entity, Field, Kind

C, R, D, A, S = ("Controller", "Representative (Art. 27)", "Data protection contact",
                 "Supervisory authority", "Dates and deadlines")
Q = "What the law asks of you"

ORGANISATION = Entity(
    key="organisation", label="Organisation", plural="Organisation", table="organisation",
    article="Art. 30(1)(a)", singleton=True, title="name",
    help="Who you are: the record of processing starts with the controller's name and contact details.",
    fields=(
        Field("name", "Organisation name", Kind.TEXT, "Your organisation's legal name.", "Art. 30(1)(a)",
              required=True, section=C, in_table=True),
        Field("address", "Address", Kind.NOTE, "Registered postal address.", "Art. 30(1)(a)", section=C),
        Field("email", "Email", Kind.TEXT, "An email address people and the authority can reach you at.",
              "Art. 30(1)(a)", section=C),
        Field("phone", "Phone", Kind.TEXT, "A phone number for data-protection matters.", "Art. 30(1)(a)",
              section=C),
        Field("country", "Country", Kind.COUNTRY, "Where you are established.", "Art. 3", section=C),
        Field("representative", "EU representative", Kind.TEXT,
              "Only if you are outside the EU but serve people in it: your representative in the EU.",
              "Art. 27, 30(1)(a)", section=R),
        Field("representative_contact", "Representative's contact", Kind.TEXT,
              "Address, email or phone of the representative.", "Art. 30(1)(a)", section=R),
        Field("has_dpo", "We have a Data Protection Officer", Kind.BOOL,
              "Tick only if you appointed a DPO; most small offices need not.", "Art. 37", section=D),
        Field("dpo_name", "DPO", Kind.TEXT, "Name of the Data Protection Officer.", "Art. 30(1)(a), 37(7)",
              section=D),
        Field("dpo_contact", "DPO's contact", Kind.TEXT, "How to reach the DPO.", "Art. 37(7)", section=D),
        Field("responsible_name", "Person responsible for data protection", Kind.TEXT,
              "Without a DPO: who answers for data protection (often the manager).", "Art. 24, 30(1)(a)",
              section=D),
        Field("responsible_contact", "Their contact", Kind.TEXT, "How to reach that person.", "Art. 30(1)(a)",
              section=D),
        Field("employees", "Number of employees", Kind.INT,
              "Head count. Under 250, the record of processing may be optional (Art. 30(5)); Atlas tells you "
              "whether it is.", "Art. 30(5)", minimum=0, section=Q),
        Field("staff_processing", "People who work with personal data on computers", Kind.INT,
              "How many people, as a rule, constantly handle personal data by computer. Some countries make a "
              "DPO compulsory above a number (Germany: 20, \u00a7 38 BDSG).", "Art. 37(4)", minimum=0, section=Q),
        Field("public_body", "We are a public authority or body", Kind.BOOL,
              "A ministry, council, public school or hospital, or another body under public law. Courts acting "
              "as courts are not counted.", "Art. 37(1)(a)", section=Q),
        Field("core_monitoring", "Our main business monitors people on a large scale", Kind.BOOL,
              "Regular and systematic monitoring as a core activity: e.g. tracking apps, behavioural advertising, "
              "a security company's CCTV. Atlas also infers it from your activities (WP243).", "Art. 37(1)(b)",
              section=Q),
        Field("core_special_data", "Our main business handles sensitive data on a large scale", Kind.BOOL,
              "Special-category or criminal data as a core activity: e.g. a clinic, a background-check agency. "
              "Atlas also infers it from your activities (WP243).", "Art. 37(1)(c)", section=Q),
        Field("authority_name", "Supervisory authority", Kind.TEXT,
              "The data protection authority you report to, e.g. ANSPDCP in Romania.", "Art. 51, 55", section=A),
        Field("authority_contact", "Authority's contact", Kind.TEXT,
              "Its breach-notification address or portal.", "Art. 33(1)", section=A),
        Field("authority_reference", "Our reference with the authority", Kind.TEXT,
              "Any registration or case number the authority gave you.", "Art. 31", section=A),
        Field("time_zone", "Time zone", Kind.TIMEZONE,
              "Deadlines and dates are shown in this time zone, e.g. Europe/Bucharest.", "Art. 33(1)",
              required=True, default="UTC", section=S),
        Field("holiday_country", "Public holidays of", Kind.COUNTRY,
              "Deadlines skip this country's public holidays. Until you set it, they skip weekends only.",
              "Art. 12(3)", section=S),
        Field("holiday_region", "Region", Kind.TEXT,
              "Optional region code for regional holidays (e.g. BY for Bavaria).", "Art. 12(3)", section=S),
    ),
)
