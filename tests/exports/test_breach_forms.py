"""The authorities' own breach forms, built from a real demo register, signed, and read back with pypdf.

Sources the tests hold the forms to:
- ANSPDCP: the standard form of Decizia ANSPDCP nr. 128/2018 ("Notificare de încălcare a securității datelor cu
  caracter personal", as dataprotection.ro publishes it): Secțiunea 1 items 1–3, the "Informații inițiale" items
  4.1–8, Secțiunea 2 item 9; the rest from the Romanian text of GDPR art. 33 alin. (1), (3), (4) and art. 34.
- CNIL: the online service « Notifier une violation de données personnelles » and the CNIL's page of that name
  (notification initiale / complémentaire, SIREN, the facts to document), with the French text of GDPR art. 33
  and 34 where the service's own wording was not verified.

Each answer is looked for under its own question: between that question's words and the next question's,
in the text as the PDF draws it (a row's question, then its answer).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from atlas_desktop.core import i18n, vocab
from atlas_desktop.exports import report_breach_forms as forms
from atlas_desktop.exports.breach_forms import ANSPDCP, CNIL, Render
from atlas_desktop.exports.reports import REPORT_KINDS, ReportKind, build_report, signed_document
from atlas_desktop.exports.signing import verify_pdf
from atlas_desktop.storage.certificate import load
from atlas_desktop.storage.demo import DEMO_PASSPHRASE, create_demo
from atlas_desktop.storage.records import Records

NOW = dt.datetime(2026, 3, 30, 7, 30, tzinfo=dt.UTC)
RO_GAP = "(neînregistrat — completați înainte de trimitere)"
FR_GAP = "(non renseigné — à compléter avant l'envoi)"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ATLAS_KDF_SECONDS", "0")
        reg, _ = create_demo(tmp_path_factory.mktemp("forms") / "demo.atlas", DEMO_PASSPHRASE, now=NOW)
    yield Records(reg)
    reg.close()


@pytest.fixture(scope="module")
def built(demo, tmp_path_factory):
    """Both forms for every demo breach, through the reports' signing pipeline: {(form key, title): path}."""
    folder = tmp_path_factory.mktemp("signed")
    out = {}
    for key, build in (("anspdcp", forms.build_anspdcp), ("cnil", forms.build_cnil)):
        for breach in demo.list("breach"):
            path = folder / f"{key}-{breach['id']}.pdf"
            path.write_bytes(signed_document(demo, lambda src, b=build, i=breach["id"]: b(src, i), now=NOW))
            out[key, breach["title"]] = path
    return out


def words(text: str) -> str:
    return " ".join(text.split())


def whole(path: Path) -> str:
    return words(" ".join(p.extract_text() or "" for p in PdfReader(path).pages))


def under(text: str, question: str, following: str) -> str:
    """What the PDF shows between ``question`` and ``following`` (the next question)."""
    start = text.index(words(question)) + len(words(question))
    return text[start:text.index(words(following), start)]


def moment(value: dt.datetime) -> str:
    """As the ANSPDCP form asks, (zz/ll/aaaa) (oo:mm), in the demo's zone."""
    return value.astimezone(ZoneInfo("Europe/Bucharest")).strftime("%d/%m/%Y %H:%M")


def by_title(demo, title: str) -> dict:
    return next(b for b in demo.list("breach") if b["title"] == title)


LAPTOP = "Dispatcher's laptop stolen from a company car"
PHISHING = "Phishing: support mailbox accessed"
PHONE = "Driver's phone with Retail Sud's delivery list stolen"


def test_every_form_is_signed_by_the_organisation_and_the_signature_covers_the_file(built, demo):
    cert = load(demo.reg).cert_pem
    for (key, title), path in built.items():
        result = verify_pdf(path, cert)
        assert result.ok and result.signer == demo.organisation()["name"], (key, title)
        assert words(title) in whole(path)


def test_the_anspdcp_form_has_its_romanian_sections_and_the_breach_under_each_question(built, demo):
    """Decizia ANSPDCP nr. 128/2018: the form's sections and items, answered from the Art. 33(5) record."""
    laptop = by_title(demo, LAPTOP)
    text = whole(built["anspdcp", LAPTOP])
    for heading in ("Notificare de încălcare a securității datelor cu caracter personal",
                    "Secțiunea 1 — Identificarea operatorului",
                    "Informații inițiale privind încălcarea securității datelor cu caracter personal",
                    "Secțiunea 2 — I. Informații suplimentare privind încălcarea securității datelor",
                    "Informații cerute de art. 33 și 34 din RGPD"):
        assert words(heading) in text, heading
    assert "Decizia ANSPDCP nr. 128/2018, pct. 4.1" in text and "RGPD art. 33 alin. (3) lit. (a)" in text
    org = demo.organisation()
    assert org["name"] in under(text, "1. Numele/Denumirea operatorului", "1. CIF/CUI")
    assert RO_GAP in under(text, "1. CIF/CUI", "2. Identitatea")  # Atlas keeps no tax number: the user sees it
    assert words(laptop["contact_point"]) in under(text, "2. Numele și prenumele responsabilului", "2. Adresa")
    # Notified already (Art. 33(4)): this one completes the notification the authority numbered.
    assert f"Completare notificare nr. {laptop['authority_reference']}" in under(text, "3. Este notificare", "4.")
    assert f"de la {moment(laptop['occurred_from'])}" in under(text, "4.1. Data și ora incidentului", "4.2.")
    nature = under(text, "5. Caracterul", "6. Natura")
    for code in laptop["impact"]:
        assert words(i18n.catalogue("ro")["spec", vocab.CIA.label_of(code)]) in nature
    data = under(text, "6. Natura și conținutul", "7. Măsurile")
    assert words(i18n.catalogue("ro")["spec", vocab.DATA_CATEGORY.label_of("government_id")]) in data
    assert words(laptop["measures"])[:50] in under(text, "7. Măsurile tehnice", "8. Utilizarea")
    assert words(laptop["description"])[:50] in under(text, "9. Rezumatul incidentului", "Informații cerute")
    assert "aproximativ 58" in under(text, "Numărul aproximativ al persoanelor vizate", "Numărul aproximativ al înreg")
    assert "aproximativ 410" in under(text, "Numărul aproximativ al înregistrărilor", "Consecințele probabile")
    # Notified after 72 hours: the reasons it gave (Art. 33(1)).
    assert words(laptop["delay_reason"])[:50] in under(text, "Explicația motivată privind întârzierea",
                                                        "Informațiile furnizate în etape")
    phases = under(text, "Informațiile furnizate în etape", "Informarea persoanelor vizate")
    assert all(words(r["summary"])[:30] in phases for r in laptop["followups"])


def test_a_new_breach_is_a_new_notification_and_a_clients_breach_names_the_controller(built, demo):
    text = whole(built["anspdcp", PHISHING])
    assert "Notificare nouă" in under(text, "3. Este notificare", "4.")
    phone = by_title(demo, PHONE)
    text = whole(built["anspdcp", PHONE])
    assert f"în numele clientului {phone['controller_name']}" in text  # the client notifies (Art. 33(2))
    assert words(phone["controller_name"]) in under(text, "8. Utilizarea relevantă", "Secțiunea 2")
    assert RO_GAP in under(whole(built["anspdcp", LAPTOP]), "8. Utilizarea relevantă", "Secțiunea 2")


def test_the_cnil_form_has_its_french_sections_and_the_breach_under_each_question(built, demo):
    """The CNIL's notification service and GDPR art. 33(3)(a)–(d), 33(4), 34, in French."""
    laptop = by_title(demo, LAPTOP)
    text = whole(built["cnil", LAPTOP])
    for heading in ("Notification d'une violation de données à caractère personnel", "Type de notification",
                    "L'organisme", "Personne à contacter", "Nature de la violation", "Données et personnes concernées",
                    "Conséquences probables", "Mesures prises ou envisagées", "Information des personnes concernées",
                    "Délais"):
        assert words(heading) in text, heading
    assert f"Notification complémentaire (notification n° {laptop['authority_reference']})" in text
    assert FR_GAP in under(text, "Numéro SIREN", "Adresse")
    assert FR_GAP in under(text, "Représentant légal", "Personne à contacter")
    assert words(laptop["contact_point"]) in under(text, "Nom et coordonnées du délégué", "Téléphone")
    assert words(laptop["description"])[:50] in under(text, "Description de la violation", "Date et heure")
    assert "environ 58" in under(text, "Nombre approximatif de personnes concernées", "Catégories de données")
    people = under(text, "Catégories de personnes concernées", "Nombre approximatif de personnes")
    assert all(words(i18n.catalogue("fr")["spec", vocab.SUBJECT_CATEGORY.label_of(c)]) in people
               for c in laptop["subject_categories"] if c in vocab.SUBJECT_CATEGORY)
    assert "environ 410" in under(text, "Nombre approximatif d'enregistrements", "Conséquences probables")
    assert words(laptop["consequences"])[:50] in under(text, "Conséquences probables de la violation", "Risque")
    assert words(laptop["delay_reason"])[:50] in under(text, "Motifs du retard", "Informations déjà communiquées")
    assert "Notification initiale" in whole(built["cnil", PHISHING])


def test_the_form_keeps_the_authoritys_language_whatever_the_apps(demo, tmp_path):
    i18n.use_language("de")
    laptop = by_title(demo, LAPTOP)
    path = tmp_path / "anspdcp.pdf"
    path.write_bytes(signed_document(demo, lambda src: forms.build_anspdcp(src, laptop["id"]), now=NOW))
    text = whole(path)
    assert "Secțiunea 1 — Identificarea operatorului" in text
    assert words(i18n.catalogue("ro")["spec", vocab.CIA.label_of("confidentiality")]) in text
    assert i18n.language() == "de"  # the process's language is left as it was


def test_a_question_the_register_cannot_answer_is_shown_with_the_gap_to_fill(new_register, tmp_path, monkeypatch):
    """Registered as a report kind, a bare breach goes through ``build_report`` (checked, signed, written)."""
    records = Records(new_register[0])
    records.save_organisation({"time_zone": "Europe/Paris"})
    rid = records.create("breach", {"title": "USB key lost", "description": "Lost on the train",
                                    "aware_at": dt.datetime(2026, 3, 20, 9, tzinfo=dt.UTC)})
    monkeypatch.setitem(REPORT_KINDS, "breach-cnil", ReportKind("breach-cnil", "CNIL form", "breach",
                                                                forms.build_cnil))
    path = build_report(records, "breach-cnil", tmp_path / "cnil.pdf", record_id=rid, now=NOW)
    assert verify_pdf(path, load(records.reg).cert_pem).ok
    text = whole(path)
    asked = [q for s in CNIL.sections for q in s.questions if q.render is not Render.GROUP]
    # Six answers (initial notification, name, description, becoming aware, deadline, the delay owed); every
    # other question shows the gap, and the introduction names it once.
    assert text.count(FR_GAP) == len(asked) - 6 + 1
    assert FR_GAP in under(text, "Date et heure de la découverte", "Date et heure de la prise")
    assert "20/03/2026 10:00" in under(text, "Date et heure de la prise de connaissance", "Nature de la violation")
    # Ten days past the 72 hours and no reasons recorded: the form says they are owed (Art. 33(1)).
    assert "Le délai de 72 heures est dépassé" in text


def test_every_question_cites_its_form_item_or_article():
    for form in (ANSPDCP, CNIL):
        for section in form.sections:
            for q in section.questions:
                assert q.source and ("Decizia" in q.source or "RGPD" in q.source or "CNIL" in q.source), q.text
                # A number is the form's own item: only the ANSPDCP's verified items carry one.
                assert not q.number or (form is ANSPDCP and "Decizia ANSPDCP nr. 128/2018" in q.source), q.text
