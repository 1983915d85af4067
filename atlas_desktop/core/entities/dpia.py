"""The DPIA: WP248 screening, the Art. 35(7) assessment, its sign-off and any Art. 36 consultation."""

from __future__ import annotations

from .. import vocab
from ..spec import Entity, Field, Kind

G, S, A, R, V, O, C = ("General", "Screening (WP248)", "Assessment", "Risks and measures",
                       "Advice and views", "Outcome", "Prior consultation (Art. 36)")

SCREENING_COLUMNS = (
    Field("criterion", "Criterion", Kind.CHOICE, "One of the nine WP248 criteria.", "WP248 rev.01",
          vocab=vocab.WP248, required=True),
    Field("met", "Met", Kind.BOOL, "Whether the processing meets it.", "WP248 rev.01"),
    Field("note", "Note", Kind.TEXT, "Why, in a sentence.", "WP248 rev.01"),
)

RISK_COLUMNS = (
    Field("source", "Risk", Kind.TEXT, "What could go wrong, e.g. Unauthorised access to chats.",
          "Art. 35(7)(c)", required=True),
    Field("impact", "Impact on people", Kind.TEXT, "What it would mean for the people concerned.",
          "Art. 35(7)(c)"),
    Field("likelihood", "Likelihood (1–4)", Kind.INT, "1 remote, 2 possible, 3 likely, 4 almost certain.",
          "Art. 35(7)(c)", required=True, minimum=1, maximum=4),
    Field("severity", "Severity (1–4)", Kind.INT, "1 minimal, 2 significant, 3 serious, 4 severe or permanent.",
          "Art. 35(7)(c)", required=True, minimum=1, maximum=4),
    Field("level", "Level", Kind.CHOICE, "Likelihood × severity.", "Art. 35(7)(c)", vocab=vocab.RISK_LEVEL,
          computed=True),
    Field("measures", "Measures", Kind.TEXT, "What reduces the risk.", "Art. 35(7)(d)"),
    Field("residual_likelihood", "Likelihood after measures", Kind.INT, "1–4, with the measures in place.",
          "Art. 35(7)(d)", minimum=1, maximum=4),
    Field("residual_severity", "Severity after measures", Kind.INT, "1–4, with the measures in place.",
          "Art. 35(7)(d)", minimum=1, maximum=4),
    Field("residual_level", "Level after measures", Kind.CHOICE, "The residual risk.", "Art. 36(1)",
          vocab=vocab.RISK_LEVEL, computed=True),
)

DPIA = Entity(
    key="dpia", label="DPIA", plural="DPIAs", table="dpia", article="Art. 35", title="title", status="status",
    help="A data protection impact assessment for processing likely to result in a high risk.",
    fields=(
        Field("title", "Title", Kind.TEXT, "e.g. Chat moderation DPIA.", "Art. 35", required=True, section=G,
              in_table=True),
        Field("activity", "Activity", Kind.LINK, "The processing activity assessed.", "Art. 35(1)",
              target="activity", required=True, section=G, in_table=True),
        Field("status", "Status", Kind.CHOICE, "Where the assessment stands.", "Art. 35", vocab=vocab.DPIA_STATUS,
              required=True, default="draft", section=G, in_table=True),
        Field("screening", "Screening", Kind.TABLE, "Each WP248 criterion, met or not, with a note.",
              "Art. 35(1), WP248", fields=SCREENING_COLUMNS, section=S,
              default=tuple({"criterion": t.code, "met": False, "note": None} for t in vocab.WP248.terms)),
        Field("screening_result", "Screening result", Kind.CHOICE, "Two or more criteria: DPIA required.",
              "WP248 rev.01", vocab=vocab.SCREENING_RESULT, computed=True, section=S),
        Field("description", "Description of the processing", Kind.NOTE,
              "The operations, the purposes and any legitimate interest, systematically.", "Art. 35(7)(a)",
              section=A),
        Field("necessity", "Necessity and proportionality", Kind.NOTE,
              "Why the processing is needed and no more data than necessary is used.", "Art. 35(7)(b)",
              section=A),
        Field("risks", "Risks", Kind.TABLE, "Each risk to people, before and after the measures.",
              "Art. 35(7)(c)–(d)", fields=RISK_COLUMNS, section=R),
        Field("residual_risk", "Highest risk after measures", Kind.CHOICE,
              "High means the authority must be consulted before processing.", "Art. 36(1)",
              vocab=vocab.RISK_LEVEL, computed=True, section=R, in_table=True),
        Field("advice", "Advice of the DPO or person responsible", Kind.NOTE,
              "What they advised, and whether it was followed.", "Art. 35(2)", section=V),
        Field("advice_by", "Advice given by", Kind.TEXT, "The name of the DPO or person responsible.", "Art. 35(2)", section=V),
        Field("subject_views", "Views of the people concerned", Kind.NOTE,
              "What you asked them or their representatives, and what they said.", "Art. 35(9)", section=V),
        Field("outcome", "Outcome", Kind.CHOICE, "The decision the assessment leads to.", "Art. 35, 36",
              vocab=vocab.DPIA_OUTCOME, section=O),
        Field("signed_off_by", "Signed off by", Kind.TEXT, "The manager who accepts the outcome.", "Art. 24",
              section=O),
        Field("signed_off_on", "Signed off on", Kind.DATE, "The day management accepted the outcome.", "Art. 24", section=O),
        Field("last_reviewed", "Last reviewed", Kind.DATE, "When it was last re-checked.", "Art. 35(11)",
              section=O),
        Field("next_review", "Next review", Kind.DATE, "Last review (or sign-off) plus 12 months.",
              "Art. 35(11)", computed=True, section=O, in_table=True),
        Field("consultation_sent_on", "Consultation sent on", Kind.DATE,
              "When you sent the DPIA to the authority.", "Art. 36(1)", section=C),
        Field("consultation_extended", "Authority extended its deadline", Kind.BOOL,
              "The authority may take 6 more weeks for complex cases; it must tell you so, with its reasons, "
              "within one month of receiving your request.",
              "Art. 36(2)", section=C),
        Field("consultation_answer_due", "Answer due", Kind.DATE,
              "8 weeks after sending (14 if extended), moved past weekends and the public holidays of the "
              "country you set (Organisation \u2192 Dates and deadlines).",
              "Art. 36(2)", computed=True, section=C),
        Field("consultation_answer_on", "Answer received on", Kind.DATE, "When the authority answered.",
              "Art. 36(2)", section=C),
        Field("consultation_answer", "Authority's answer", Kind.NOTE, "Its written advice.", "Art. 36(2)",
              section=C),
    ),
)
