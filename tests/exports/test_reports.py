"""Every report kind, built and signed from a real demo register and read back with pypdf.

The expected content is taken from the register itself (every breach title, every
requester…), so the tests prove that the report holds the records, not that it holds
words copied into the test.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from atlas_desktop.core import vocab
from atlas_desktop.core.breach_assessment import assess, duties
from atlas_desktop.core.errors import NotFound, UsageError
from atlas_desktop.exports.reports import REPORT_KINDS, build_report
from atlas_desktop.storage.demo import DEMO_PASSPHRASE, create_demo
from atlas_desktop.storage.records import Records

NOW = dt.datetime(2026, 3, 30, 7, 30, tzinfo=dt.UTC)
GENERATED = "2026-03-30 10:30 EEST (UTC+03:00, Europe/Bucharest)"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """One demo register for the module (a report only reads it)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ATLAS_KDF_SECONDS", "0")
        reg, _ = create_demo(tmp_path_factory.mktemp("demo") / "demo.atlas", DEMO_PASSPHRASE, now=NOW)
    yield Records(reg)
    reg.close()


@pytest.fixture(scope="module")
def built(demo, tmp_path_factory):
    """Each kind built once (DPIA and breach for every record), keyed by (kind, id)."""
    folder = tmp_path_factory.mktemp("reports")
    out = {}
    for kind, spec in REPORT_KINDS.items():
        ids = [r["id"] for r in demo.list(spec.entity)] if spec.entity else [None]
        for record_id in ids:
            path = folder / f"{kind}-{record_id}.pdf"
            build_report(demo, kind, path, record_id=record_id, now=NOW)
            out[(kind, record_id)] = path
    return out


def words(text: str) -> str:
    return " ".join(text.split())


def pages(path: Path) -> list[str]:
    return [words(p.extract_text() or "") for p in PdfReader(path).pages]


def whole(path: Path) -> str:
    return " ".join(pages(path))


def columns(path: Path) -> str:
    """The text of a table-heavy report column by column: pypdf reads a row's cells line by line,
    interleaving them; grouping the drawn text by its x position puts each cell back together."""
    found: dict[tuple[int, int], list[str]] = {}
    for n, page in enumerate(PdfReader(path).pages):
        def visit(text, cm, tm, font, size, n=n):
            if text.strip():
                x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
                found.setdefault((n, round(x / 4)), []).append(text)
        page.extract_text(visitor_text=visit)
    return " | ".join(words(" ".join(parts)) for _, parts in sorted(found.items()))


def test_every_kind_is_built_for_every_record(built, demo):
    assert {k for k, _ in built} == set(REPORT_KINDS)
    assert len([k for k in built if k[0] == "breach"]) == demo.count("breach") == 4
    assert len([k for k in built if k[0] == "dpia"]) == demo.count("dpia") == 2


def test_every_report_has_header_time_pages_anchor_and_metadata(built, demo):
    org = demo.organisation()["name"]
    head = demo.reg.audit.head()
    for (kind, _), path in built.items():
        texts = pages(path)
        total = len(texts)
        for n, text in enumerate(texts, 1):
            assert org in text, (kind, n)
            assert f"Page {n} of {total}" in text, (kind, n)
            assert f"Generated {GENERATED}" in text, (kind, n)
            assert f"Audit trail entry {head.count}, head {head.head[:16]}" in text, (kind, n)
        assert head.head in texts[0].replace(" ", ""), kind  # the full head hash, on the first page
        meta = PdfReader(path).metadata
        assert meta.author == org
        assert meta.title == pdf_title(kind)
        assert meta.subject and ("Art." in meta.subject)
        assert f"audit-anchor {head.count}:{head.head}" in PdfReader(path).trailer["/Info"]["/Keywords"]


def pdf_title(kind: str) -> str:
    return {"ropa": "Record of processing activities", "dpia": "Data protection impact assessment",
            "breach": "Personal data breach: notification and record", "breach-register": "Breach register",
            "processors": "Processors and their contracts", "training": "Staff training",
            "rights-requests": "Rights requests",
            "breach-anspdcp": "Notificare de încălcare a securității datelor cu caracter personal",
            "breach-cnil": "Notification d'une violation de données à caractère personnel"}[kind]


def test_fonts_are_embedded_subsets_of_dejavu(built):
    for (kind, _), path in built.items():
        seen = set()
        for page in PdfReader(path).pages:
            fonts = page["/Resources"].get("/Font", {})
            for ref in fonts.values():
                font = ref.get_object()
                name = str(font["/BaseFont"])
                seen.add(name.split("+")[-1])
                assert re.fullmatch(r"/[A-Z]{6}\+DejaVuSans(-Bold|-Oblique|-BoldOblique)?", name), (kind, name)
                descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
                assert "/FontFile2" in descendant["/FontDescriptor"].get_object(), (kind, name)
        assert seen >= {"DejaVuSans", "DejaVuSans-Bold"}, kind


def test_ropa_holds_every_activity_with_every_art30_letter_and_the_processor_part(built, demo):
    text = whole(built[("ropa", None)])
    for activity in demo.list("activity"):
        assert words(activity["name"]) in text
    for letter in "abcdefg":
        assert f"Art. 30(1)({letter})" in text
    for part in ("Art. 30(2)(a)–(b)", "Art. 30(2)(c)", "Art. 30(2)(d)"):
        assert part in text
    served = [c["name"] for a in demo.list("activity") for c in a["controllers_served"]]
    assert served and all(words(name) in text for name in served)
    assert "Retired activities" in text
    reader = PdfReader(built[("ropa", None)])
    box = reader.pages[0].mediabox
    assert box.width > box.height  # landscape


def test_ropa_contents_lines_point_at_the_pages_their_sections_start_on(built):
    texts = pages(built[("ropa", None)])
    entries = re.findall(r"(\d+\.\d+ [^.]+?) \.*\s?(\d+)(?= \d+\.\d+ | Part | Retired | Signature |$)", texts[1])
    assert len(entries) >= 15
    for heading, page in entries:
        start = words(heading.rstrip("."))
        assert start in texts[int(page) - 1], (heading, page)


def test_dpia_follows_art35_7_with_screening_matrices_advice_and_consultation(built, demo):
    for dpia in demo.list("dpia"):
        text = whole(built[("dpia", dpia["id"])])
        assert words(dpia["title"]) in text
        for part in ("Art. 35(7)(a)", "Art. 35(7)(b)", "Art. 35(7)(c)", "Art. 35(7)(d)", "Art. 35(2)",
                     "Art. 35(9)", "Art. 36", "EDPB WP248"):
            assert part in text, (dpia["id"], part)
        assert "Before the measures" in text and "After the measures" in text
        for risk in dpia["risks"]:
            assert words(risk["source"]) in text
        if dpia.get("advice"):
            assert words(dpia["advice"])[:60] in text
    consulting = [d for d in demo.list("dpia") if d.get("consultation_sent_on")]
    assert consulting
    assert "Answer due" in whole(built[("dpia", consulting[0]["id"])])


def test_breach_pack_is_a_notification_with_timeline_risk_training_and_art34(built, demo):
    for breach in demo.list("breach"):
        text = whole(built[("breach", breach["id"])])
        assert words(breach["title"]) in text
        for part in ("Art. 33(3)(a)", "Art. 33(3)(b)", "Art. 33(3)(c)", "Art. 33(3)(d)", "Report type",
                     "How it was discovered", "Children or vulnerable people affected", "Cyber incident"):
            assert part in text, (breach["id"], part)
        for event in breach["timeline"]:
            assert words(event["event"]) in text
        titles = demo.titles("person")
        for person in breach["staff"]:
            assert titles[person] in text
        if breach["our_role"] == "processor":
            assert f"decides whether and how to tell the people affected" in text
        elif breach["risk"] == "high":
            assert "Draft communication in plain language" in text and "Dear [name]" in text
        elif not breach.get("subjects_notified_at"):
            assert "Not required: the risk to the people affected is not assessed as high" in text
        if breach.get("art34_exemption"):
            assert "Exemption relied on" in text


def test_breach_pack_shows_the_assessment_factor_by_factor_and_the_duties(built, demo):
    for breach in demo.list("breach"):
        text = whole(built[("breach", breach["id"])])
        found = assess(breach)
        assert f"Severity score ENISA 2013 {found.score:g} — {vocab.SEVERITY_LEVEL.label_of(found.level)}" in text
        assert vocab.BREACH_RISK.label_of(found.outcome) in text
        for factor in found.factors:
            assert words(factor.label) in text and words(factor.effect) in text, (breach["id"], factor.key)
        for rule in found.rules:
            assert words(rule)[:80] in text
        assert "The EDPB rules applied" in text and "Who must be told" in text
        for key, duty in duties(breach).items():
            assert words(duty.explanation)[:60] in text, (breach["id"], key)
        # Every question is listed; none left unanswered reads as "No".
        assert "The answers as recorded" in text and "Unreadable to whoever got it" in text
        if not breach.get("data_context"):
            assert "not answered: worked out from the data involved" in text
        if breach.get("risk_override"):
            assert "Your own assessment" in text and words(breach["override_reason"]) in text
        else:
            assert "Why you disagree" not in text

    by_title = {b["title"]: b for b in demo.list("breach")}
    client = whole(built[("breach", by_title["Driver's phone with Retail Sud's delivery list stolen"]["id"])])
    assert "Telling the client (the controller) — Art. 33(2)" in client and "Retail Sud SA" in client
    assert "Tell the client by" in client and "The client's decision" in client
    assert "We process this data on behalf of Retail Sud SA" in client
    laptop = whole(built[("breach", by_title["Dispatcher's laptop stolen from a company car"]["id"])])
    assert "Public communication instead — Art. 34(3)(c)" in laptop
    assert words(by_title["Dispatcher's laptop stolen from a company car"]["public_communication_channel"]) in laptop
    assert "Replaced by a" in laptop  # the people duty's status (its cell wraps in the duties table)
    assert "Factors weighed" not in laptop


def test_registers_hold_every_record(built, demo):
    text = columns(built[("breach-register", None)])
    assert all(words(b["title"]) in text for b in demo.list("breach"))
    text = whole(built[("processors", None)])
    assert all(words(p["name"]) in text for p in demo.list("processor"))
    assert all(f"Art. 28(3)({x})" in text for x in "abcdefgh")
    text = columns(built[("training", None)])
    assert all(words(p["name"]) in text for p in demo.list("person", status="current"))
    assert all(t["course"].split()[0] in text for t in demo.list("training"))
    text = columns(built[("rights-requests", None)])
    for request in demo.list("rights_request"):
        assert words(request["requester"]) in text and request["due_on"].isoformat() in text


def test_european_letters_render_and_extract(new_register, tmp_path):
    reg, _ = new_register
    records = Records(reg)
    name = "Société Ștefănescu & Größe Øresund ĂÂÎȘȚ æœ"
    records.save_organisation({"name": name, "address": "Kærlighedsvej 1, Łódź"})
    records.create("person", {"name": "Zoë Čapek-Ørsted", "role": "Ärztin"})
    out = build_report(records, "training", tmp_path / "t.pdf", now=NOW)
    text = whole(out)
    for expected in (name, "Kærlighedsvej 1, Łódź", "Zoë Čapek-Ørsted", "Ärztin"):
        assert expected in text


def test_a_long_value_splits_across_pages_and_nothing_is_lost(new_register, tmp_path):
    reg, _ = new_register
    records = Records(reg)
    sentences = [f"Sentence number {i} describes the processing in detail." for i in range(400)]
    records.create("activity", {"name": "Very long activity", "description": " ".join(sentences),
                                "security_notes": "\n".join(sentences[:120]),
                                "purposes": [{"purpose": f"Purpose {i}", "bases": ["contract"]} for i in range(60)]})
    out = build_report(records, "ropa", tmp_path / "long.pdf", now=NOW)
    text = whole(out)
    assert "Sentence number 399 describes" in text and "Sentence number 119 describes" in text
    assert "Purpose 59" in text
    assert "(continued)" in text


def test_a_report_about_one_record_needs_an_existing_id(demo, tmp_path):
    with pytest.raises(UsageError, match="--id"):
        build_report(demo, "dpia", tmp_path / "x.pdf")
    with pytest.raises(NotFound):
        build_report(demo, "breach", tmp_path / "x.pdf", record_id=999)
    with pytest.raises(UsageError, match="no report called"):
        build_report(demo, "nonsense", tmp_path / "x.pdf")
    assert not list(tmp_path.iterdir())


def test_never_written_over_the_register_or_into_a_missing_folder(demo, tmp_path):
    before = demo.reg.path.read_bytes()[:4096]
    with pytest.raises(UsageError, match="register's own file"):
        build_report(demo, "training", demo.reg.path)
    assert demo.reg.path.read_bytes()[:4096] == before
    with pytest.raises(UsageError, match="does not exist"):
        build_report(demo, "training", tmp_path / "missing" / "x.pdf")


def test_progress_is_reported_and_cancelling_leaves_the_old_file(demo, tmp_path):
    seen = []
    out = build_report(demo, "processors", tmp_path / "p.pdf", now=NOW, progress=lambda *a: seen.append(a))
    assert any(total > 0 and done == total for done, total, _ in seen)
    assert any(text == "Signing" for _, _, text in seen)
    old = out.read_bytes()

    class Stop(Exception):
        pass

    def cancel(done, total, text):
        if done >= 3:
            raise Stop

    with pytest.raises(Stop):
        build_report(demo, "ropa", out, now=NOW, progress=cancel)
    assert out.read_bytes() == old
    assert [p.name for p in tmp_path.iterdir()] == ["p.pdf"]


def test_contents_are_only_for_long_reports(built):
    assert "Contents" in pages(built[("ropa", None)])[1]
    assert not any("Contents" in t for t in pages(built[("training", None)]))


def test_breach_pack_to_line_falls_back_to_the_countrys_authority():
    from atlas_desktop.exports.report_breach import _addressee

    own = {"authority_name": "ANSPDCP", "authority_contact": "anspdcp@dataprotection.ro", "country": "RO"}
    assert _addressee(own) == "ANSPDCP — anspdcp@dataprotection.ro"
    by_country = _addressee({"country": "RO"})
    assert by_country.startswith("ANSPDCP — Autoritatea Națională de Supraveghere")
    assert "dataprotection.ro" in by_country and "+40 318 059 211" in by_country
    assert "organisation's country (Romania), Art. 55" in by_country
    assert "Land" in _addressee({"country": "DE"})
    assert "not recorded" in _addressee({"country": "US"}) and "not recorded" in _addressee({})


def test_the_signature_page_tells_an_outsider_how_to_check_it_in_a_pdf_reader(built, demo):
    """An authority has a PDF reader, not Atlas: the page says what the reader shows and which fingerprint
    the (self-issued) certificate must have; no command-line tool is asked of them."""
    from atlas_desktop.storage.certificate import load

    fingerprint = load(demo.reg).fingerprint
    for (kind, _), path in built.items():
        last = pages(path)[-1]
        assert "Adobe Acrobat Reader" in last, kind
        assert "document has not been modified since this signature was applied" in last, kind
        assert "issued its signing certificate itself" in last, kind
        assert demo.organisation()["name"] in last
        # Printed in full, in lines of 16 bytes, as well as in the box.
        assert last.replace(" ", "").count(fingerprint.replace(" ", "")) >= 1, kind
        assert fingerprint[:47] in last and fingerprint[48:] in last, kind
        assert "atlas verify" not in last and "--cert" not in last, kind


def bool_fields(entity: str) -> list:
    from atlas_desktop.core.entities import BY_KEY
    from atlas_desktop.core.spec import Kind
    return [f for f in BY_KEY[entity].fields if f.kind is Kind.BOOL]


def test_a_tick_box_prints_yes_or_not_ticked_never_no(built, demo):
    """Unticked and never looked at are the same in storage: a report must not turn them into a considered "No"."""
    ropa = whole(built[("ropa", None)])
    for f in bool_fields("activity"):
        label = f"{f.label} {f.article}"
        assert f"{label} No" not in ropa, f.key
        assert f"{label} not ticked" in ropa or f"{label} Yes" in ropa, f.key  # always listed, even when unticked
    assert "Criminal-offence data Art. 10 not ticked" in ropa
    for (kind, _), path in built.items():
        text = whole(path)
        for entity in ("activity", "breach", "dpia", "person", "processor"):
            for f in bool_fields(entity):
                assert f"{f.label} {f.article} No".strip() not in text, (kind, f.key)
        assert "Not met" not in text, kind  # the DPIA screening's criteria are tick boxes too
    training = columns(built[("training", None)])
    assert "not ticked" in training and "| No |" not in training


def test_a_tick_box_inside_a_table_prints_not_ticked(new_register, tmp_path):
    """A sub-processor change whose "same obligations passed down" box was left empty does not read "No"."""
    records = Records(new_register[0])
    records.create("processor", {"name": "CloudCo", "subprocessor_changes": [
        {"notice_received": dt.date(2026, 1, 5), "change": "BackupCo added", "obligations_passed_down": False},
        {"notice_received": dt.date(2026, 2, 9), "change": "MailCo added", "obligations_passed_down": True}]})
    path = tmp_path / "processors.pdf"
    build_report(records, "processors", path, now=NOW)
    text = columns(path)
    assert "not ticked" in text and "Yes" in text
    assert "| No |" not in text


def test_the_signature_box_names_the_person_never_a_login_name(new_register, tmp_path, monkeypatch):
    """Issue 21: signed reports show the person's name (Art. 5(2) accountability), never the computer's
    login name; with no name recorded the organisation's signature stands alone (no "Unnamed user")."""
    import getpass

    monkeypatch.setattr(getpass, "getuser", lambda: "root")
    reg, _ = new_register
    records = Records(reg)
    reg.actor = "Ana Pop"
    text = whole(build_report(records, "training", tmp_path / "named.pdf", now=NOW))
    assert "made by Ana Pop" in text and "root" not in text
    reg.actor = "Unnamed user"
    text = whole(build_report(records, "training", tmp_path / "unnamed.pdf", now=NOW))
    assert "made by" not in text and "Unnamed user" not in text and "root" not in text


def test_a_report_leaves_no_laid_out_page_or_paragraph_to_the_cycle_collector(demo):
    """The layout frees each paragraph once drawn and each page once written: nothing of it waits in a
    reference cycle (reports are built with the collector paused, and a cycle kept every paragraph of a
    1,000-activity report alive to the end)."""
    import gc

    from reportlab.platypus import Flowable

    from atlas_desktop.exports.pdf_canvas import ReportCanvas
    from atlas_desktop.exports.reports import report_bytes

    gc.collect()
    was = gc.get_debug()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        report_bytes(demo, "ropa", now=NOW)
        gc.collect()
        kept = [type(o).__name__ for o in gc.garbage if isinstance(o, (Flowable, ReportCanvas))
                or type(o).__name__ in ("PDFTextObject", "ParaFrag")]
    finally:
        gc.set_debug(was)
        gc.garbage.clear()
    assert kept == []
