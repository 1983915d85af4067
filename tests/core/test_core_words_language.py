"""The words core builds at run time in the user's language (core.i18n): the legal judgements, retention periods,
breach status lines, the annual review's summary and attention reasons, the setup problems, the calendar notes.

Contexts: "judgements" (core/obligations.py, core/screening.py), "retention", "breach" (core/breach_status.py, as
the breach duties'), "review" (review_summary, review_attention, review_figures), "setup" (office_setup); the
vocabulary labels, calendar templates and authority notes are "spec" texts. A small Romanian catalogue written to
tmp_path proves a sentence comes out translated with its values in place (plural forms included: Romanian counts
from 20 take "de", Qt Linguist's Romanian numerus rule); English stays as it was. A catalogue mapping every
template of these modules to itself plus a marker proves each template's placeholders are all filled, statically
for every ``t(...).format(...)`` call and by running the modules over the demo register and records made to use
the templates filled away from their call.
"""

from __future__ import annotations

import ast
import datetime as dt
import string
import zoneinfo
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from atlas_desktop.core import i18n
from atlas_desktop.core import review as rv
from atlas_desktop.core import vocab
from atlas_desktop.core.authorities import authority_for
from atlas_desktop.core.breach_status import breach_state
from atlas_desktop.core.context import CalendarNote, Context
from atlas_desktop.core.derive import derive
from atlas_desktop.core.errors import SetupProblem
from atlas_desktop.core.obligations import dpo_duty, record_duty
from atlas_desktop.core.office_setup import check_country, check_person, check_region
from atlas_desktop.core.retention import _trigger_phrases, describe
from atlas_desktop.core.review_attention import BULK_NOTE, Reason, attention, needs_note_message, shown_note
from atlas_desktop.core.review_diff import ADDED, CHANGED, RETIRED_SINCE, Change
from atlas_desktop.core.review_figures import BreachLine, FindingLine, YearFigures, year_figures
from atlas_desktop.core.review_summary import ReviewData, actions, summary_lines
from atlas_desktop.core.screening import screen
from tests.catalogues import Words, write_catalogue

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "atlas_desktop" / "core"
MODULES = ("obligations", "screening", "retention", "breach_status", "review_summary", "review_attention",
           "review_figures", "office_setup")
CONTEXTS = ("judgements", "retention", "breach", "review", "setup")
UTC = dt.UTC
NOW = dt.datetime(2026, 11, 21, 9, 15, tzinfo=UTC)   # Saturday 21 November 2026, 11:15 in Bucharest
BUCHAREST = zoneinfo.ZoneInfo("Europe/Bucharest")
MARK = "\u27e6ro\u27e7"

@pytest.fixture
def speak(tmp_path, monkeypatch) -> Iterator[Callable[..., None]]:
    """``speak(words, code="ro")``: that language from a catalogue of exactly ``words``; English again afterwards."""
    monkeypatch.setattr(i18n, "catalogue_path", lambda code: tmp_path / f"atlas_{code}.ts")

    def install(words: Words, code: str = "ro") -> None:
        write_catalogue(tmp_path / f"atlas_{code}.ts", words, code)
        i18n.forget()
        i18n.use_language(code)

    yield install
    i18n.use_language("en")
    i18n.forget()


# -- a DPO reason, a screening word, a retention period and a breach status line, translated ---------------------
MONITORING = ("Your activities {names} are core activities that monitor people regularly and systematically on a "
              "large scale: a DPO is required (Art. 37(1)(b)).")
WHAT_COUNTS = ("What counts: a core activity is part of what the office exists to do, not support such as payroll or "
               "IT (WP243 rev.01 § 2.1.2); large scale weighs the number of people, the volume, the duration and the "
               "area (§ 2.1.3); regular and systematic monitoring includes tracking, profiling, CCTV and behavioural "
               "advertising (§ 2.1.4).")
CRITERIA = "%n WP248 (criterion|criteria) (is|are) met: a DPIA is required in most cases (WP248 rev.01)."
ROMANIAN: dict[tuple[str, str], str | tuple[str, ...]] = {
    ("judgements", MONITORING): ("Activitățile dumneavoastră {names} sunt activități principale care monitorizează "
                                 "persoane în mod regulat și sistematic, pe scară largă: este obligatoriu un RPD "
                                 "(art. 37 alin. (1) lit. (b))."),
    ("judgements", WHAT_COUNTS): "Ce contează: o activitate principală ține de rostul biroului (WP243 rev.01 § 2.1.2).",
    ("judgements", '"{name}"'): "\u201e{name}\u201d",
    ("judgements", "A Data Protection Officer is required"): "Este obligatoriu un responsabil cu protecția datelor",
    ("judgements", CRITERIA): ("%n criteriu WP248 este îndeplinit: ...", "%n criterii WP248 sunt îndeplinite: o EIPD "
                                                                       "este necesară în cele mai multe cazuri "
                                                                       "(WP248 rev.01).",
                               "%n de criterii WP248 sunt îndeplinite: ..."),
    ("judgements", "Counted from the activity's own fields: {criteria} (WP248 rev.01)."):
        "Deduse din câmpurile activității: {criteria} (WP248 rev.01).",
    ("spec", "Evaluation or scoring"): "Evaluare sau notare",
    ("spec", "Data processed on a large scale"): "Date prelucrate pe scară largă",
    ("retention", "%n year(s)"): ("%n an", "%n ani", "%n de ani"),
    ("retention", "from end of employment"): "de la încetarea contractului de muncă",
    ("breach", "{client} (the controller) told on {when}, who decides on notifying"):
        "{client} (operatorul) informat la {when}, care decide asupra notificării",
    ("breach", "the client"): "clientul",
    ("breach", "decision on notifying the authority pending{deadline}"):
        "decizia privind notificarea autorității este în așteptare{deadline}",
    ("breach", " (deadline {when})"): " (termen: {when})",
}


def test_a_dpo_reason_comes_out_translated_with_the_activities_named(speak):
    speak(ROMANIAN)
    cctv = {"name": "CCTV depozit", "core_activity": True, "large_scale": True, "public_area_monitoring": True}
    found = dpo_duty({"country": "RO"}, [cctv])
    assert found.title == "Este obligatoriu un responsabil cu protecția datelor"
    assert found.reasons[0] == ("Activitățile dumneavoastră \u201eCCTV depozit\u201d sunt activități principale care "
                                "monitorizează persoane în mod regulat și sistematic, pe scară largă: este "
                                "obligatoriu un RPD (art. 37 alin. (1) lit. (b)).")
    # The finding quotes the grounds only: the translated "what counts" is known by its place, not its words.
    assert found.reasons[1].startswith("Ce contează") and found.grounds == found.reasons[:1]
    assert (found.key, found.required, found.article) == ("dpo", True, "Art. 37(1)(b)")   # machine values stay


def test_a_screening_reason_takes_the_plural_form_and_the_translated_criteria(speak):
    speak(ROMANIAN)
    found = screen({"profiling": True, "large_scale": True})
    assert found.reasons == ("Deduse din câmpurile activității: date prelucrate pe scară largă, evaluare sau notare "
                             "(WP248 rev.01).",
                             "2 criterii WP248 sunt îndeplinite: o EIPD este necesară în cele mai multe cazuri "
                             "(WP248 rev.01).")
    assert (found.result, found.criteria) == ("required", ("large_scale", "evaluation_scoring"))


def test_german_keeps_the_capital_of_a_criterion_inside_the_sentence(speak):
    speak({("spec", "Evaluation or scoring"): "Bewertung oder Scoring",
           ("judgements", "Counted from the activity's own fields: {criteria} (WP248 rev.01)."):
               "Aus den Feldern der Tätigkeit gezählt: {criteria} (WP248 rev.01)."}, "de")
    assert screen({"profiling": True}).reasons[0] == ("Aus den Feldern der Tätigkeit gezählt: Bewertung oder Scoring "
                                                      "(WP248 rev.01).")


def test_a_retention_period_is_described_in_words_of_the_language(speak):
    speak(ROMANIAN)
    row = {"data_category": "State de plată", "keep_for": 6, "unit": "years", "trigger": "end_of_employment",
           "period": "Codul muncii"}
    # No translation of "{category}: {period}": the English template, with Romanian words in it.
    assert describe(row) == "State de plată: 6 ani de la încetarea contractului de muncă (Codul muncii)"
    assert describe(row | {"keep_for": 1}) == "State de plată: 1 an de la încetarea contractului de muncă (Codul muncii)"
    assert describe(row | {"keep_for": 50, "period": None}) == ("State de plată: 50 de ani de la încetarea "
                                                                "contractului de muncă")
    # Not translated yet: English rather than nothing.
    assert describe({"keep_for": 3, "unit": "months", "trigger": "account_closed"}) == (
        "Data: 3 months from closing of the account")


def test_a_breach_status_line_is_translated_with_its_date_in_the_language(speak):
    speak(ROMANIAN)
    client_told = {"id": 4, "title": "Email greșit", "our_role": "processor", "aware_at": NOW - dt.timedelta(hours=5),
                   "controller_told_at": NOW - dt.timedelta(hours=2)}
    state = breach_state(client_told, NOW, BUCHAREST)
    told = i18n.format_date(dt.date(2026, 11, 21))          # Babel's (CLDR) Romanian date: "21 nov. 2026"
    assert "nov." in told
    assert state.authority == f"clientul (operatorul) informat la {told} 09:15 EET, care decide asupra notificării"
    assert state.aware == f"{told} 06:15 EET" and not state.running
    pending = {"id": 5, "title": "Laptop", "aware_at": NOW - dt.timedelta(hours=5),
               "notification_deadline": NOW + dt.timedelta(hours=67)}
    words, running = breach_state(pending, NOW, BUCHAREST).authority, breach_state(pending, NOW, BUCHAREST).running
    assert running and words == ("decizia privind notificarea autorității este în așteptare (termen: "
                                 f"{i18n.format_date(dt.date(2026, 11, 24))} 06:15 EET)")


def test_the_calendar_note_and_an_authoritys_note_follow_the_language(speak):
    de = authority_for("DE")
    speak({("spec", "weekends and public holidays of {0}"): "weekenduri și sărbătorile legale din {0}",
           ("spec", "moved past {0}"): "ținând cont de {0}",
           ("spec", de.note): "În Germania este competentă autoritatea landului."})
    assert CalendarNote("RO").moved_past == "ținând cont de weekenduri și sărbătorile legale din România"
    assert de.note_text == "În Germania este competentă autoritatea landului."
    assert "BfDI" in de.note                                       # the data itself stays as written


def test_english_is_unchanged():
    """The English of these sentences, as the signed reports and earlier tests always had them."""
    assert i18n.language() == "en"
    cctv = {"name": "CCTV", "core_activity": True, "large_scale": True, "public_area_monitoring": True}
    found = dpo_duty({}, [cctv])
    assert found.reasons[0] == ('Your activities "CCTV" are core activities that monitor people regularly and '
                                "systematically on a large scale: a DPO is required (Art. 37(1)(b)).")
    assert found.grounds == tuple(r for r in found.reasons if not r.startswith("What counts"))
    assert record_duty({"employees": 12}, [{"name": "Payroll"}, {"name": "CRM"}]).reasons[1] == (
        '"Payroll", "CRM" are not occasional: routine processing, like payroll or a customer file, needs the record '
        "(Art. 30(5)).")
    assert screen({"profiling": True, "large_scale": True}).reasons[0] == (
        "Counted from the activity's own fields: data processed on a large scale, evaluation or scoring "
        "(WP248 rev.01).")
    assert describe({"data_category": "Payslips", "keep_for": 1, "unit": "years", "trigger": "end_of_employment",
                     "period": "law X"}) == "Payslips: 1 year from end of employment (law X)"
    assert describe({"keep_for": 2, "unit": "weeks", "trigger": "Permit expiry"}) == "Data: 2 weeks from permit expiry"
    client = {"id": 4, "our_role": "processor", "controller_deadline": NOW + dt.timedelta(hours=20)}
    assert breach_state(client, NOW, BUCHAREST).authority == ("the client (the controller) not told yet "
                                                             "(deadline 22 Nov 2026 07:15 EET)")
    assert breach_state(client, NOW, BUCHAREST).title == "Breach 4"
    assert CalendarNote("RO").moved_past == "moved past weekends and public holidays of Romania"


def test_the_trigger_phrases_say_what_the_vocabulary_labels_say():
    """Each trigger's "from …" phrase is a whole literal (so it translates as one); in English it must still be
    what the vocabulary label gives: "from" and the label before any colon, first letter lowered."""
    phrases = _trigger_phrases()
    assert set(phrases) == set(vocab.RETENTION_TRIGGER.codes)
    for code, phrase in phrases.items():
        label = vocab.RETENTION_TRIGGER.label_of(code).split(":")[0]
        assert phrase == f"from {label[:1].lower() + label[1:]}", code


# -- every template's placeholders are filled ---------------------------------------------------------------------
def templates() -> list[tuple[str, str, str, bool, ast.Call, ast.Call | None]]:
    """(module, context, text, plural, the t()/tn() call, the ``.format(...)`` call filling it, if that is where it
    is filled) for every t/tn call of MODULES in CONTEXTS."""
    found = []
    for module in MODULES:
        tree = ast.parse((CORE / f"{module}.py").read_text("utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("t", "tn"):
                context, text = (arg.value for arg in node.args[:2])  # type: ignore[attr-defined]
                if context in CONTEXTS:
                    parent = parents[node]
                    filler = parents[parent] if isinstance(parent, ast.Attribute) and parent.attr == "format" else None
                    found.append((module, context, text, node.func.id == "tn", node, filler))  # type: ignore[arg-type]
    return found


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_template_is_a_literal_with_named_placeholders():
    found = templates()
    assert len(found) > 80
    assert {module for module, *_ in found} == set(MODULES)
    for module, _, text, plural, call, _ in found:
        assert all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in call.args[:2]), module
        assert all(name and not name.isdigit() for name in placeholders(text)), f"{module}: {text!r}"
        # %n is replaced by tn only; a plural template may leave the count out (a verb that agrees with it).
        assert plural or "%n" not in text, f"{module}: {text!r}: a count in %n needs tn"


def test_each_directly_formatted_template_gets_all_its_placeholders():
    for module, _, text, _, _, filler in templates():
        if filler is None:
            continue
        assert not filler.args, f"{module}: {text!r} is filled by position; name its placeholders"
        given = {k.arg for k in filler.keywords}
        assert None not in given, f"{module}: {text!r} is filled from **kwargs; check it by running it"
        assert placeholders(text) <= given, f"{module}: {text!r} misses {placeholders(text) - given}"


def marker_catalogue(found: list) -> dict[tuple[str, str], str | tuple[str, ...]]:
    """Each template as itself plus a numbered marker; a plural one in its three Romanian forms (the English
    singular for one, the English plural for the other two)."""
    words: dict[tuple[str, str], str | tuple[str, ...]] = {}
    for i, (_, context, text, plural, _, _) in enumerate(found):
        mark = f"{MARK}{i}\u27e7"
        if plural:
            one, other = i18n.english_forms(text)
            words[(context, text)] = (one + mark, other + mark, other + mark)
        else:
            words[(context, text)] = text + mark
    return words


def obligation_cases() -> tuple[list[dict], list[dict]]:
    """Organisations and activities that between them give every DPO and record-of-processing answer."""
    orgs = [{}, {"public_body": True, "core_monitoring": True, "core_special_data": True}, {"country": "DE"},
            {"country": "DE", "staff_processing": 25}, {"country": "DE", "staff_processing": 5},
            {"employees": 1}, {"employees": 12}, {"employees": 300}]
    activities = [{"name": "CCTV", "core_activity": True, "large_scale": True, "public_area_monitoring": True},
                  {"name": "Clinic", "core_activity": True, "large_scale": True, "special_categories": ["health"]},
                  {"name": "", "occasional": True, "criminal_data": True},
                  {"name": "Score", "profiling": True, "automated_decisions": True, "occasional": True},
                  {"name": "Two", "wp248_criteria": ["matching_combining", "vulnerable_subjects"], "occasional": True},
                  {"name": "Justified", "wp248_criteria": ["matching_combining", "vulnerable_subjects"],
                   "screening_note": "Low risk: internal only", "occasional": True},
                  {"name": "One", "wp248_criteria": ["innovative_technology"], "occasional": True},
                  {"name": "Event", "occasional": True}]
    return orgs, activities


def breach_cases() -> list[tuple[dict, str | None]]:
    """Breach records (and the stored "notify the authority?" before deriving) reaching every status line."""
    def ago(hours: float) -> dt.datetime:
        return NOW - dt.timedelta(hours=hours)
    base = {"aware_at": ago(30), "description": "What happened", "impact": ["confidentiality"]}
    cases: list[tuple[dict, str | None]] = []
    for i, extra in enumerate([
            {"our_role": "processor"}, {"our_role": "processor", "controller_told_at": ago(2)},
            {"title": "", "notified_at": ago(29)}, {"notified_at": ago(1), "aware_at": ago(100)},
            {"notify_authority": "no", "risk_reasoning": "Encrypted, key safe"}, {"notify_authority": "no"},
            {"notify_authority": "yes"}, {"aware_at": ago(100)},
            {"risk_override": "high", "override_reason": "Health data", "subjects_notified_at": ago(1)},
            {"risk_override": "high", "override_reason": "Health data", "art34_exemption": "unintelligible"},
            {"risk_override": "high", "override_reason": "Many people", "art34_exemption": "disproportionate"},
            {"risk_override": "high", "override_reason": "Many people", "art34_exemption": "disproportionate",
             "public_communication_at": ago(1)},
            {"risk_override": "high", "override_reason": "Health data"},
            {"risk_override": "low", "override_reason": "Few people"}]):
        record = {"id": 100 + i, "title": f"Breach case {i}", **base, **extra}
        for recorded in (None, record.get("notify_authority") or "undecided", "undecided"):
            cases.append((record, recorded))
    return cases


def summary_texts(figures: YearFigures, items: list[rv.Item]) -> list[str]:
    review = rv.Review(2, "Annual review 2026", rv.IN_PROGRESS, NOW, "Maria", rv.Period(NOW.date(), NOW.date()), 1,
                       "00")
    earlier = rv.Review(1, "Annual review 2025", rv.CLOSED, NOW, "Maria", rv.Period(NOW.date(), NOW.date()), 1, "00")
    changes = [Change(ADDED, "activity", "CRM"), Change(CHANGED, "policy", "Passwords", ("Title",)),
               Change(RETIRED_SINCE, "processor", "OldCo")]
    texts: list[str] = []
    quoted = {f.message for f in figures.findings}     # the checks' messages: translated by their own tests
    for data in (ReviewData(review, items, figures, None, None), ReviewData(review, items, figures, changes, earlier),
                 ReviewData(review, items, figures, changes, None)):
        texts += summary_lines(data) + [x for x in actions(data) if x not in quoted]
    return texts


def test_every_template_is_filled_when_the_modules_run(speak, tmp_path):
    """Each template translated as itself plus a numbered marker: no placeholder is left in any text, every text
    is translated, and every template shows up in some text (so it was filled where it is used)."""
    found = templates()
    speak(marker_catalogue(found))

    from atlas_desktop.storage.demo import create_demo
    from atlas_desktop.storage.records import Records

    reg, _ = create_demo(tmp_path / "demo.atlas", "demo-harbour-lantern-2026", actor="tester")
    with reg:
        records = Records(reg)
        snapshot = records.snapshot()
        ctx = records.context()
    texts: list[str] = []

    # The judgements, over the demo's own organisation and activities and the made-up cases.
    orgs, activities = obligation_cases()
    demo_org = (snapshot.get("organisation") or [{}])[0]
    for org in [demo_org, *orgs]:
        for acts in ([], *([a] for a in activities), activities, list(snapshot.get("activity") or ())):
            for judgement in (dpo_duty(org, acts), record_duty(org, acts)):
                texts += [judgement.title, *judgement.reasons]
    texts += [r for a in [*activities, *(snapshot.get("activity") or ())] for r in screen(a).reasons]

    # Retention periods in words: the demo's rows and rows of every unit, count and kind of trigger.
    rows = [r for a in snapshot.get("activity") or () for r in a.get("retention") or ()]
    rows += [{"keep_for": n, "unit": unit, "trigger": trigger}
             for n in (1, 5) for unit in ("days", "weeks", "months", "years")
             for trigger in (*vocab.RETENTION_TRIGGER.codes, "after the permit expires", "Permit expiry")]
    texts += [describe(r) for r in rows] + [describe({"period": "as the law says"})]

    # Breach status lines: the demo's breaches and the cases above, derived as the summaries derive them.
    bucharest = Context("Europe/Bucharest", frozenset(), NOW)
    zone = BUCHAREST
    for record, recorded in [*((b, b.get("notify_authority")) for b in snapshot.get("breach") or ()),
                             *breach_cases()]:
        state = breach_state(derive("breach", dict(record), bucharest), NOW, zone, recorded)
        texts += [x for x in (state.authority, state.people) if x]
        if not record.get("title"):
            texts.append(state.title)       # "Breach {id}": the record's own title is the user's words
    # Not derived, so not assessed: nothing yet decides whether the people affected are told.
    texts.append(breach_state({"id": 200, "title": "Not assessed"}, NOW, zone).people)

    # The review: the demo's figures, and figures with every count and clause the summary can say.
    period = rv.Period(dt.date(2025, 11, 22), NOW.date())
    demo_figures = year_figures(snapshot, ctx, period)
    snapshot_more = {"breach": [b for b, _ in breach_cases()],
                     "person": [{"id": 7, "name": ""}, {"id": 8, "name": "Ana Pop"}],
                     "rights_request": [{"id": 1, "requester": "A", "right": "access", "received_on": dt.date(2026, 9, 1)},
                                        {"id": 2, "requester": "B", "right": "access", "received_on": dt.date(2026, 9, 1),
                                         "response_sent_on": dt.date(2026, 11, 20)}]}
    more_figures = year_figures(snapshot_more, bucharest, period)
    assert more_figures.untrained and more_figures.running_breaches and more_figures.breach_total.late
    many_running = YearFigures(period.start, period.end, more_figures.breaches, staff=8, trained=0,
                               training_percent=0, untrained=[f"P{i}" for i in range(8)],
                               findings=[FindingLine("overdue", "Late", "Art. 5(2)")] * 7,
                               running_breaches=[BreachLine("X", "", "pending", "")] * 7)
    nothing = YearFigures(period.start, period.end)
    items = [rv.Item(i, 2, "activity", i, None, f"Item {i}", decision, None, None, None, {}, None)
             for i, decision in enumerate((rv.OPEN, rv.CONFIRMED, rv.UPDATED, rv.RETIRED), start=1)]
    for figures in (demo_figures, more_figures, many_running, nothing):
        texts += summary_texts(figures, items)

    # Attention reasons and the refusal to confirm without a note.
    touched = [dict(b, activities=[1]) for b, _ in breach_cases()]
    derived = [derive("breach", b, bucharest) for b in touched]
    reasons = attention(items, [], derived, {}, NOW, "Europe/Bucharest")
    texts += [r.text for found_reasons in reasons.values() for r in found_reasons]
    one = Reason("gap", "Something is missing.", "Art. 30(1)")
    texts += [needs_note_message(items[0], (one,)), needs_note_message(items[0], (one, one, one))]
    # The notes the register writes itself, as the review window and the signed pack show them.
    texts += [shown_note(rv.Item(9, 2, "activity", 9, None, "Item 9", decision, None, None, note, {}, None))
              for decision, note in ((rv.UPDATED, "Added during the review"), (rv.UPDATED, "Active again"),
                                     (rv.RETIRED, "Deleted during the review"), (rv.CONFIRMED, BULK_NOTE))]

    # The setup problems.
    for problem in (lambda: check_country("Narnia"), lambda: check_region("RO", "B"),
                    lambda: check_region("DE", "QQ"), lambda: check_person(""), lambda: check_person("x" * 200),
                    lambda: check_person("a\x01b", "Your role")):
        with pytest.raises(SetupProblem) as caught:
            problem()
        texts.append(str(caught.value))

    assert texts
    for text in texts:
        assert "{" not in text and "}" not in text, text
        assert MARK in text, f"not translated: {text}"
    used = {int(part.split("\u27e7")[0]) for text in texts for part in text.split(MARK)[1:]}
    unused = [(module, text) for i, (module, _, text, _, _, _) in enumerate(found) if i not in used]
    assert unused == [], f"templates no run used (so not shown filled): {unused}"
