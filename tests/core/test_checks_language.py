"""The checks' findings and the breach explanations in the user's language (core.i18n, contexts "checks"/"breach").

A small Romanian catalogue written to tmp_path proves a message comes out translated with its values in place
and that an untranslated template stays English. A catalogue mapping every template of the checks and the
breach modules to itself plus a marker proves each template's placeholders are all filled: statically for every
``t(...).format(...)`` call, and by running the checks over the demo register and a register made to trip the
rules whose templates are filled elsewhere (``Run.deadline``, ``quoted``, the retention clocks).
"""

from __future__ import annotations

import ast
import datetime as dt
import string
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from atlas_desktop.core import i18n
from atlas_desktop.core.breach_assessment import assess, duties
from atlas_desktop.core.checks import run_checks
from atlas_desktop.core.clocks import public_holidays
from atlas_desktop.core.context import Context
from tests.catalogues import Words, write_catalogue

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "atlas_desktop" / "core"
MODULES = ("checks_base", "checks_rules", "checks_breach", "checks_retention", "breach_duties", "breach_assessment")
D = dt.date
UTC = dt.UTC
FIXED_NOW = dt.datetime(2026, 11, 21, 9, 15, tzinfo=UTC)  # Saturday 21 November 2026, 11:15 in Bucharest
MARK = "\u27e6ro\u27e7"

def forget_catalogues() -> None:
    """Drop every parsed catalogue (the words, the plural forms and the file read under both)."""
    i18n.forget()


@pytest.fixture
def speak(tmp_path, monkeypatch) -> Iterator[Callable[[Words], None]]:
    """``speak(words)``: Romanian from a catalogue of exactly ``words``; English again afterwards."""
    monkeypatch.setattr(i18n, "catalogue_path", lambda code: tmp_path / f"atlas_{code}.ts")

    def install(words: Words) -> None:
        write_catalogue(tmp_path / "atlas_ro.ts", words)
        forget_catalogues()
        i18n.use_language("ro")

    yield install
    i18n.use_language("en")
    forget_catalogues()


def bucharest(now: dt.datetime = FIXED_NOW) -> Context:
    return Context("Europe/Bucharest", public_holidays("RO"), now)


def plain(**registers: list[dict]) -> dict[str, list[dict]]:
    return {"organisation": [{"id": 1, "name": "Acme", "email": "office@acme.example",
                              "responsible_name": "Maria Ionescu", "time_zone": "Europe/Bucharest",
                              "holiday_country": "RO"}]} | registers


# -- (a) a translated finding, with its values in place; (c) an untranslated one stays English ----------------
ROMANIAN = {
    ("checks", '{kind} "{title}"'): "{kind} \u201e{title}\u201d",
    ("spec", "Processing activity"): "Activitatea de prelucrare",
    ("checks", "{name} has no purpose: add each purpose with its lawful basis."):
        "{name} nu are niciun scop: adăugați fiecare scop cu temeiul său legal.",
    ("checks", "{name}: the review was due on {due} ({when}); review it and record the date."):
        "{name}: revizuirea era datorată la {due} ({when}); revizuiți-o și înregistrați data.",
    ("checks", "%n day(s) ago"): ("acum o zi", "acum %n zile", "acum %n de zile"),  # a plural message (tn)
}


def test_a_finding_comes_out_translated_with_its_values_in_place(speak):
    speak(ROMANIAN)
    activity = {"id": 3, "name": "Salarizare", "role": "controller", "last_reviewed": D(2025, 11, 1),
                "retention": [{"data_category": "State", "keep_for": 6, "unit": "years",
                               "trigger": "end_of_employment"}]}
    found = {f.code: f for f in run_checks(plain(activity=[activity]), bucharest())}
    assert found["activity-no-purpose"].message == ("Activitatea de prelucrare \u201eSalarizare\u201d nu are niciun "
                                                    "scop: adăugați fiecare scop cu temeiul său legal.")
    # The date keeps the ISO form the clocks are tested in; the words around it are Romanian.
    assert found["activity-review-overdue"].message == (
        "Activitatea de prelucrare \u201eSalarizare\u201d: revizuirea era datorată la 2026-11-01 (acum 20 de zile); "
        "revizuiți-o și înregistrați data.")
    # Machine keys stay as they were.
    assert (found["activity-no-purpose"].severity, found["activity-no-purpose"].article) == ("gap", "Art. 6(1)")


def test_an_untranslated_template_falls_back_to_english(speak):
    speak(ROMANIAN)
    activity = {"id": 3, "name": "Salarizare", "purposes": [{"purpose": "Plata salariilor", "bases": []}],
                "last_reviewed": D(2026, 6, 1), "retention": [{"data_category": "State", "keep_for": 6,
                                                               "unit": "years", "trigger": "end_of_employment"}]}
    [finding] = run_checks(plain(activity=[activity]), bucharest())
    # The sentence has no translation yet: English, with the (translated) record name and the values in place.
    assert finding.message == ('Activitatea de prelucrare \u201eSalarizare\u201d: choose a lawful basis for '
                               '"Plata salariilor".')


def test_english_is_back_after_the_fixture():
    activity = {"id": 3, "name": "Payroll", "last_reviewed": D(2026, 6, 1),
                "retention": [{"data_category": "Payslips", "keep_for": 6, "unit": "years",
                               "trigger": "end_of_employment"}]}
    [finding] = run_checks(plain(activity=[activity]), bucharest())
    assert finding.message == 'Processing activity "Payroll" has no purpose: add each purpose with its lawful basis.'


def test_breach_explanations_are_translated(speak):
    speak({("breach", "Notify the supervisory authority without undue delay and within 72 hours of becoming "
                      "aware."): "Notificați autoritatea de supraveghere fără întârziere și în 72 de ore.",
           ("breach", "You process this data for {client}: tell them without undue delay. They decide whether to "
                      "notify the authority and the people affected."):
               "Prelucrați aceste date pentru {client}: anunțați-l fără întârziere.",
           ("breach", "the client"): "client",
           ("breach", "Kind of data"): "Tipul datelor"})
    controller = {"risk": "risk", "notification_deadline": FIXED_NOW}
    assert duties(controller)["authority"].explanation == ("Notificați autoritatea de supraveghere fără "
                                                           "întârziere și în 72 de ore.")
    assert duties({"our_role": "processor"})["controller"].explanation == ("Prelucrați aceste date pentru client: "
                                                                           "anunțați-l fără întârziere.")
    found = assess({"impact": ["confidentiality"], "data_categories": ["contact"]})
    assert found.factors[0].label == "Tipul datelor" and found.factors[0].key == "data_context"


# -- (d) every template's placeholders are filled -------------------------------------------------------------
def templates() -> list[tuple[str, str, str, ast.Call, ast.Call | None]]:
    """(module, context, text, the t() call, the ``.format(...)`` call filling it, if that is where it is filled)
    for every t("checks"/"breach", literal) in MODULES."""
    found = []
    for module in MODULES:
        tree = ast.parse((CORE / f"{module}.py").read_text("utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "t":
                context, text = (arg.value for arg in node.args[:2])  # type: ignore[attr-defined]
                if context in ("checks", "breach"):
                    parent = parents[node]
                    filler = parents[parent] if isinstance(parent, ast.Attribute) and parent.attr == "format" else None
                    found.append((module, context, text, node, filler))  # type: ignore[arg-type]
    return found


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_template_is_a_literal_with_named_placeholders():
    found = templates()
    assert len(found) > 100  # the extractor's view: every message of the checks and the breach modules
    for module, _, text, call, _ in found:
        assert all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in call.args[:2]), module
        assert all(name and not name.isdigit() for name in placeholders(text)), f"{module}: {text!r}"


def test_each_directly_formatted_template_gets_all_its_placeholders():
    """``t(...).format(a=..., b=...)``: every {name} of the template is among the keywords given."""
    for module, _, text, _, filler in templates():
        if filler is None:
            continue
        assert not filler.args, f"{module}: {text!r} is filled by position; name its placeholders"
        given = {k.arg for k in filler.keywords}
        assert None not in given, f"{module}: {text!r} is filled from **kwargs; check it by running it"
        assert placeholders(text) <= given, f"{module}: {text!r} misses {placeholders(text) - given}"


def tripping_register() -> dict[str, list[dict]]:
    """Records whose findings use the templates filled away from their t() call: the deadlines (late and soon),
    the reviews never done, the retention clocks, children's consents, the holiday calendar, the breach questions."""
    newsletter = {"id": 10, "name": "Newsletter", "last_reviewed": D(2025, 6, 1),  # review overdue
                  "purposes": [{"purpose": "Newsletter", "bases": ["consent"]}],
                  "retention": [{"data_category": "Email address", "keep_for": 30, "unit": "days",
                                 "trigger": "consent_withdrawn"},
                                {"data_category": "Request letters", "keep_for": 1, "unit": "months",
                                 "trigger": "request_answered"}]}
    soon = {"id": 11, "name": "Payroll", "last_reviewed": D(2025, 12, 1),
            "purposes": [{"purpose": "Pay", "bases": ["contract"]}],
            "retention": [{"data_category": "Payslips", "keep_for": 6, "unit": "years",
                           "trigger": "end_of_employment"}]}
    never = {"id": 12, "name": "CRM"}
    retired = {"id": 13, "name": "Recruitment 2025", "status": "retired", "ended_on": D(2025, 5, 31),
               "retention": [{"data_category": "CVs", "keep_for": 6, "unit": "months", "trigger": "processing_ended"}]}

    def change(deadline: D) -> list[dict]:
        return [{"notice_received": D(2026, 11, 1), "change": "Adds MailCo", "objection_deadline": deadline,
                 "decision": "pending"}]
    processors = [{"id": 20, "name": "PayCo", "country": "DE", "last_security_review": D(2026, 5, 1),
                   "subprocessor_changes": change(D(2026, 11, 15))},
                  {"id": 21, "name": "HostCo", "country": "DE", "last_security_review": D(2026, 5, 1),
                   "subprocessor_changes": change(D(2026, 11, 25))},
                  {"id": 22, "name": "MailCo", "country": "DE"}]
    risks = [{"source": "Profiling", "likelihood": 4, "severity": 3}]
    dpias = [{"id": 30, "title": "Late answer", "activity": 11, "risks": risks, "signed_off_on": D(2026, 5, 1),
              "consultation_sent_on": D(2026, 9, 1)},
             {"id": 31, "title": "Answer soon", "activity": 11, "risks": risks, "signed_off_on": D(2026, 5, 1),
              "consultation_sent_on": D(2026, 10, 1)},
             {"id": 32, "title": "Unsigned", "activity": 11}]
    people = [{"id": 40, "name": "Ion Popescu", "handles_special_category": True},
              {"id": 41, "name": "Ana Pop"}]
    training = [{"id": 50, "person": 40, "course": "GDPR", "completed_on": D(2025, 10, 1), "valid_months": 12},
                {"id": 51, "person": 41, "course": "GDPR", "completed_on": D(2025, 12, 1), "valid_months": 12}]
    requests = [{"id": 60, "requester": "Late", "right": "access", "received_on": D(2026, 10, 1)},
                {"id": 61, "requester": "Soon", "right": "erasure", "received_on": D(2026, 10, 25)},
                {"id": 62, "requester": "Done", "right": "access", "received_on": D(2026, 9, 1), "status": "answered",
                 "response_sent_on": D(2026, 9, 30), "activities": [10]}]
    consents = [{"id": 70, "subject": "a@example.com", "purpose": "Newsletter", "activity": 10,
                 "given_at": dt.datetime(2026, 1, 5, 10, tzinfo=UTC),
                 "withdrawn_at": dt.datetime(2026, 9, 1, tzinfo=UTC)},
                {"id": 71, "subject": "m@example.com", "purpose": "Game", "online_service": True, "age": 14},
                {"id": 72, "subject": "c@example.com", "purpose": "Game", "online_service": True, "is_child": True}]
    breaches = [{"id": 80, "title": "Mailbox", "aware_at": FIXED_NOW - dt.timedelta(hours=10),
                 "impact": ["confidentiality"], "staff": [40]}]
    return {"organisation": [{"id": 1, "name": "Acme", "country": "RO", "time_zone": "Europe/Bucharest",
                              "holiday_country": "QQ", "holiday_region": "ZZ"}],
            "activity": [newsletter, soon, never, retired], "processor": processors, "dpia": dpias,
            "person": people, "training": training, "rights_request": requests, "consent": consents,
            "breach": breaches, "policy": [{"id": 90, "title": "Data protection policy"}]}


def test_every_template_is_filled_when_the_rules_run(speak, tmp_path):
    """Each template translated as itself plus a numbered marker: no placeholder is left in any message, and
    every template filled away from its t() call shows up in some message (so it was filled there)."""
    found = templates()
    numbered = {(context, text): i for i, (_, context, text, _, _) in enumerate(found)}
    speak({key: f"{key[1]}{MARK}{i}\u27e7" for key, i in numbered.items()})

    from atlas_desktop.storage.demo import create_demo
    from atlas_desktop.storage.records import Records

    reg, _ = create_demo(tmp_path / "demo.atlas", "demo-harbour-lantern-2026", actor="tester")
    with reg:
        records = Records(reg)
        demo = run_checks(records.snapshot(), records.context())
        breaches = records.list("breach")
    tripping = tripping_register()
    texts = [f.message for f in demo]
    texts += [f.message for f in run_checks(tripping, Context.for_organisation(tripping["organisation"][0],
                                                                               FIXED_NOW))]
    region_less = tripping | {"organisation": [{"id": 1, "name": "Acme", "holiday_country": "QQ"}]}
    texts += [f.message for f in run_checks(region_less, Context.for_organisation(None, FIXED_NOW))]
    for b in [*breaches, *tripping["breach"], {"our_role": "processor"}, {"risk": "high",
                                                                           "art34_exemption": "unintelligible"}]:
        found_b = assess(b)
        texts += [*found_b.rules, *(f"{f.label} {f.value} {f.effect}" for f in found_b.factors)]
        texts += [d.explanation for d in duties(b).values()]

    assert texts
    for text in texts:
        assert "{" not in text and "}" not in text, text
        assert MARK in text, f"not translated: {text}"
    used = {int(part.split("\u27e7")[0]) for text in texts for part in text.split(MARK)[1:]}
    indirect = [(module, text) for i, (module, _, text, _, filler) in enumerate(found)
                if placeholders(text) and filler is None and i not in used]
    assert indirect == [], f"templates filled away from their t() call that no finding used: {indirect}"
