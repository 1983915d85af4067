"""The supervisory authorities' own breach notification forms, as data: sections, questions, and where each answer
comes from in the register.

The forms are in the authority's language whatever the app's language: they are what the authority reads.
``report_breach_forms`` lays them out as signed PDFs; a question the register cannot answer is printed with
``Form.not_recorded``, so the user sees what to fill in before sending.

**ANSPDCP (Romania).** "Notificare de încălcare a securității datelor cu caracter personal pentru operatorii de
date cu caracter personal", the standard form approved by Decizia nr. 128 din 22 iunie 2018 a președintelui
ANSPDCP (the Decision's number and date as cursdpo.ro quotes them; its Monitorul Oficial reference was not
verified). Verified against the form as dataprotection.ro publishes it (formulare/formularBresaGdpr.do) and two
copies of its printed version: "Secțiunea 1 — Identificarea operatorului", items 1 to 3; the heading "Informații
inițiale privind încălcarea …" and items 4 (4.1, 4.2) to 8; "Secțiunea 2 — I. Informații suplimentare …" and the
beginning of item 9, whose wording is given only as far as it could be read ("inclusiv localizare…"). The form's
items after 9 could not be read: those questions follow the Romanian text of the GDPR instead (art. 33
alin. (1), (3) lit. (a) and (c), (4); art. 34), are printed without a number and cite the article, never a form
item. Item 7 also answers art. 33 alin. (3) lit. (d); item 2 answers lit. (b).

**CNIL (France).** The online service « Notifier une violation de données personnelles »
(notifications.cnil.fr/notifications/violation). Verified from the CNIL's pages (cnil.fr, « Notifier une
violation de données personnelles » and « Quand faut-il notifier une violation de données à la CNIL ? ») and a
published walk-through of the service: the choice between a « notification initiale » and a « notification
complémentaire » (art. 33(4)); the organisation identified by its SIREN number; a person to contact and the legal
representative; the facts the CNIL asks to be documented — the nature of the violation, the categories and
approximate number of people and of records concerned, the likely consequences, the measures taken or planned to
stop it happening again or to limit its consequences — and the reasons for a delay past 72 hours. The service's
own screen-by-screen wording was not available: the questions below use the CNIL's words where they were verified
and the French text of the GDPR (art. 33(1), 33(3)(a)–(d), 33(4), 34) elsewhere.

Neither form has a question for a field Atlas does not keep (the ANSPDCP's CIF/CUI, the CNIL's SIREN and legal
representative): those questions are kept, and always show as not recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Render(Enum):
    """How a question's answer is worked out from its ``fields`` (``report_breach_forms`` does it)."""

    GROUP = "group"            # no answer: the heading of the rows after it (a question with sub-questions)
    TEXT = "text"              # each field's value in the form's language, one per line
    MOMENT = "moment"          # a date and time, dd/mm/yyyy hh:mm in the organisation's time zone
    PERIOD = "period"          # from – until
    COUNT = "count"            # an approximate number
    SECTOR = "sector"          # public or private sector (the organisation's "public authority or body" box)
    REPORT_TYPE = "report"     # a new notification, or a follow-up of the authority's number (Art. 33(4))
    CONTACT = "contact"        # the breach's contact point, else the DPO, else the person responsible
    DATA = "data"              # the data categories, and whether special categories were involved
    PEOPLE = "people"          # the categories of people, and whether children or vulnerable people were
    SUMMARY = "summary"        # what happened, and the processing activities affected
    OTHERS = "others"          # the other controller involved (our client, when we are its processor)
    DELAY = "delay"            # the reasons for a late notification, or that none are needed (yet)
    PHASES = "phases"          # the reports already sent (Art. 33(4))
    TOLD = "told"              # telling the people affected (Art. 34)
    NOTHING = "nothing"        # the register has no field for it: always "not recorded"


@dataclass(frozen=True)
class Question:
    number: str                 # the form's own item number; "" when the question follows the GDPR's text
    text: str                   # in the form's language
    source: str                 # the form item or the article that asks it, printed next to the question
    fields: tuple[str, ...] = ()  # "breach.<key>" or "org.<key>"
    render: Render = Render.TEXT


@dataclass(frozen=True)
class Section:
    title: str
    questions: tuple[Question, ...]
    note: str = ""


@dataclass(frozen=True)
class Words:
    """The form-language words the layout needs besides the questions."""

    not_recorded: str
    yes: str
    not_ticked: str
    approx: str                 # "{n}"
    period: str                 # "{start}", "{end}"
    new: str
    follow_up: str              # "{ref}"
    public: str
    private: str
    no_delay: str
    delay_missing: str
    special: str
    vulnerable: str
    activities: str             # "{names}"
    processor: str              # "{client}"
    late: str
    sent: str                   # "{when}", "{phase}", "{summary}"
    told_at: str                # "{when}"
    method: str                 # "{method}"
    public_at: str              # "{when}", "{channel}"
    about: str                  # heading of the first table
    to: str
    breach: str
    generated: str
    register: str
    register_state: str         # "{count}", "{head}"
    intro: str


@dataclass(frozen=True)
class Form:
    key: str                    # the report kind's suffix: breach-<key>
    language: str               # the catalogue the vocabulary terms are translated from (core.i18n)
    country: str                # the authority's country (core.authorities)
    authority: str
    title: str
    subtitle: str
    source: str                 # for the PDF's keywords and the test's citation
    words: Words
    sections: tuple[Section, ...]


_RO_WHEN = "(zz/ll/aaaa) (oo:mm)"
_DEC = "Decizia ANSPDCP nr. 128/2018, pct. "
_RGPD_RO = "RGPD art. 33 alin. "

ANSPDCP = Form(
    key="anspdcp", language="ro", country="RO", authority="ANSPDCP",
    title="Notificare de încălcare a securității datelor cu caracter personal",
    subtitle="pentru operatorii de date cu caracter personal, în conformitate cu Regulamentul (UE) 2016/679 "
             "(Regulamentul general privind protecția datelor) — formularul tipizat aprobat prin Decizia nr. "
             "128/2018 a președintelui ANSPDCP",
    source="Decizia ANSPDCP nr. 128/2018; RGPD art. 33, 34",
    words=Words(
        not_recorded="(neînregistrat — completați înainte de trimitere)",
        yes="Da", not_ticked="nebifat în registru",
        approx="aproximativ {n}", period="de la {start} până la {end}",
        new="Notificare nouă", follow_up="Completare notificare nr. {ref}",
        public="Sector public", private="Sector privat (organizația nu este marcată în registru ca autoritate "
                                        "sau organism public)",
        no_delay="Nu este cazul: termenul de 72 de ore nu a fost depășit.",
        delay_missing="Termenul de 72 de ore a fost depășit: explicația motivată privind întârzierea "
                      "(art. 33 alin. (1)) nu este înregistrată.",
        special="Sunt implicate categorii speciale de date (art. 9 și 10 RGPD).",
        vulnerable="Sunt afectați copii sau persoane vulnerabile.",
        activities="Activități de prelucrare afectate: {names}",
        processor="Datele sunt prelucrate în numele clientului {client}, care este operatorul: acesta decide "
                  "notificarea autorității de supraveghere (art. 33 alin. (2) RGPD).",
        late="Termenul de 72 de ore a fost depășit; notificarea trebuie să fie însoțită de o explicație motivată "
             "privind întârzierea (art. 33 alin. (1) RGPD).",
        sent="{when} — {phase}: {summary}", told_at="Persoanele vizate au fost informate la {when}.",
        method="Modalitatea: {method}", public_at="Comunicare publică la {when}: {channel}",
        about="Despre acest document", to="Destinatar",
        breach="Încălcarea", generated="Întocmit la",
        register="Starea registrului", register_state="intrarea {count} din jurnalul de audit; hash {head}",
        intro="Acest document reia, în ordinea formularului ANSPDCP, informațiile din registrul operatorului "
              "(Atlas Desktop), pentru completarea formularului de notificare de pe www.dataprotection.ro. "
              "Punctele numerotate urmează formularul; întrebările fără număr urmează textul art. 33 și 34 din "
              "RGPD. Răspunsurile marcate „(neînregistrat — completați înainte de trimitere)” lipsesc din registru."),
    sections=(
        Section("Secțiunea 1 — Identificarea operatorului", (
            Question("1", "Denumirea operatorului: sector privat / sector public", _DEC + "1",
                     ("org.public_body",), Render.SECTOR),
            Question("1", "Numele/Denumirea operatorului", _DEC + "1", ("org.name",)),
            Question("1", "CIF/CUI", _DEC + "1", (), Render.NOTHING),
            Question("2", "Identitatea și datele de contact ale responsabilului cu protecția datelor sau ale unui "
                          "alt punct de contact de unde se pot obține mai multe informații",
                     _DEC + "2; " + _RGPD_RO + "(3) lit. (b)", (), Render.GROUP),
            Question("2", "Numele și prenumele responsabilului", _DEC + "2",
                     ("breach.contact_point", "org.dpo_name", "org.dpo_contact", "org.responsible_name",
                      "org.responsible_contact"), Render.CONTACT),
            Question("2", "Adresa/Sediul", _DEC + "2", ("org.address",)),
            Question("2", "Telefon", _DEC + "2", ("org.phone",)),
            Question("2", "E-mail", _DEC + "2", ("org.email",)),
            Question("3", "Este notificare nouă sau o completare a notificării inițiale?", _DEC + "3; RGPD art. 33 "
                     "alin. (4)", ("breach.followups", "breach.notified_at", "breach.authority_reference"),
                     Render.REPORT_TYPE),
        )),
        Section("Informații inițiale privind încălcarea securității datelor cu caracter personal", (
            Question("4", "Data și ora incidentului (dacă se cunosc; dacă este necesar, se poate face o estimare) "
                          "și ale depistării incidentului", _DEC + "4", (), Render.GROUP),
            Question("4.1", f"Data și ora incidentului {_RO_WHEN}", _DEC + "4.1",
                     ("breach.occurred_from", "breach.occurred_to"), Render.PERIOD),
            Question("4.2", f"Data și ora depistării incidentului {_RO_WHEN}", _DEC + "4.2",
                     ("breach.discovered_at",), Render.MOMENT),
            Question("5", "Caracterul încălcării securității datelor cu caracter personal (de exemplu: "
                          "confidențialitate/integritate/disponibilitate)", _DEC + "5",
                     ("breach.impact", "breach.cause")),
            Question("6", "Natura și conținutul datelor cu caracter personal în cauză", _DEC + "6",
                     ("breach.data_categories", "breach.special_categories_involved"), Render.DATA),
            Question("7", "Măsurile tehnice și organizatorice aplicate (sau care urmează a fi aplicate) de către "
                          "operator", _DEC + "7; " + _RGPD_RO + "(3) lit. (d)",
                     ("breach.containment", "breach.measures")),
            Question("8", "Utilizarea relevantă a altor operatori (dacă este cazul)", _DEC + "8",
                     ("breach.our_role", "breach.controller_name", "breach.controller_contact"), Render.OTHERS),
        ), note="(se vor specifica în completările ulterioare, dacă este cazul)"),
        Section("Secțiunea 2 — I. Informații suplimentare privind încălcarea securității datelor cu caracter "
                "personal", (
                    Question("9", "Rezumatul incidentului care a generat încălcarea securității datelor cu caracter "
                                  "personal (inclusiv localizare…)", _DEC + "9",
                             ("breach.description", "breach.activities"), Render.SUMMARY),
                )),
        Section("Informații cerute de art. 33 și 34 din RGPD", (
            Question("", "Categoriile și numărul aproximativ al persoanelor vizate în cauză",
                     _RGPD_RO + "(3) lit. (a)", ("breach.subject_categories", "breach.vulnerable_involved"),
                     Render.PEOPLE),
            Question("", "Numărul aproximativ al persoanelor vizate", _RGPD_RO + "(3) lit. (a)",
                     ("breach.subjects_count",), Render.COUNT),
            Question("", "Numărul aproximativ al înregistrărilor de date cu caracter personal în cauză",
                     _RGPD_RO + "(3) lit. (a)", ("breach.records_count",), Render.COUNT),
            Question("", "Consecințele probabile ale încălcării securității datelor cu caracter personal",
                     _RGPD_RO + "(3) lit. (c)", ("breach.consequences",)),
            Question("", f"Data și ora la care operatorul a luat cunoștință de încălcare {_RO_WHEN}",
                     _RGPD_RO + "(1)", ("breach.aware_at",), Render.MOMENT),
            Question("", "Termenul de 72 de ore", _RGPD_RO + "(1)", ("breach.notification_deadline",),
                     Render.MOMENT),
            Question("", "Explicația motivată privind întârzierea (dacă notificarea nu are loc în termen de 72 de "
                         "ore)", _RGPD_RO + "(1)", ("breach.delay_reason",), Render.DELAY),
            Question("", "Informațiile furnizate în etape", _RGPD_RO + "(4)", ("breach.followups",), Render.PHASES),
            Question("", "Informarea persoanelor vizate cu privire la încălcarea securității datelor",
                     "RGPD art. 34", ("breach.subjects_notified_at", "breach.subjects_notice_method",
                                      "breach.art34_exemption", "breach.art34_notes"), Render.TOLD),
        ), note="Punctele următoare ale formularului nu au putut fi verificate: întrebările de mai jos urmează "
                "textul oficial al art. 33 și 34 din Regulamentul (UE) 2016/679."),
    ),
)

_CNIL = "CNIL, téléservice de notification"
_RGPD_FR = "RGPD art. 33"

CNIL = Form(
    key="cnil", language="fr", country="FR", authority="CNIL",
    title="Notification d'une violation de données à caractère personnel",
    subtitle="à la CNIL, au titre de l'article 33 du RGPD — préparée pour le téléservice « Notifier une violation "
             "de données personnelles » (notifications.cnil.fr)",
    source="CNIL, « Notifier une violation de données personnelles »; RGPD art. 33, 34",
    words=Words(
        not_recorded="(non renseigné — à compléter avant l'envoi)",
        yes="Oui", not_ticked="non coché dans le registre",
        approx="environ {n}", period="du {start} au {end}",
        new="Notification initiale", follow_up="Notification complémentaire (notification n° {ref})",
        public="Secteur public", private="Secteur privé",
        no_delay="Sans objet : le délai de 72 heures n'est pas dépassé.",
        delay_missing="Le délai de 72 heures est dépassé : les motifs du retard (art. 33(1)) ne sont pas "
                      "renseignés.",
        special="Des catégories particulières de données sont concernées (art. 9 et 10 du RGPD).",
        vulnerable="Des enfants ou des personnes vulnérables sont concernés.",
        activities="Traitements concernés : {names}",
        processor="Les données sont traitées pour le compte du client {client}, responsable du traitement : c'est "
                  "lui qui décide de la notification à l'autorité de contrôle (art. 33(2) du RGPD).",
        late="Le délai de 72 heures est dépassé : la notification doit être accompagnée des motifs du retard "
             "(art. 33(1) du RGPD).",
        sent="{when} — {phase} : {summary}", told_at="Personnes concernées informées le {when}.",
        method="Moyen : {method}", public_at="Communication publique le {when} : {channel}",
        about="À propos de ce document", to="Destinataire",
        breach="Violation", generated="Établi le",
        register="État du registre", register_state="entrée {count} du journal d'audit ; empreinte {head}",
        intro="Ce document reprend les informations du registre du responsable du traitement (Atlas Desktop), dans "
              "l'ordre des informations que la CNIL demande, pour remplir le téléservice de notification de "
              "violations. Les rubriques suivent les pages de la CNIL et le texte des articles 33 et 34 du RGPD. "
              "Les réponses « (non renseigné — à compléter avant l'envoi) » manquent au registre."),
    sections=(
        Section("Type de notification", (
            Question("", "Notification initiale ou notification complémentaire", _CNIL + "; " + _RGPD_FR + "(4)",
                     ("breach.followups", "breach.notified_at", "breach.authority_reference"),
                     Render.REPORT_TYPE),
        )),
        Section("L'organisme", (
            Question("", "Nom ou raison sociale", "RGPD art. 30(1)(a)", ("org.name",)),
            Question("", "Numéro SIREN", _CNIL, (), Render.NOTHING),
            Question("", "Adresse", "RGPD art. 30(1)(a)", ("org.address",)),
            Question("", "Représentant légal", _CNIL, (), Render.NOTHING),
        )),
        Section("Personne à contacter", (
            Question("", "Nom et coordonnées du délégué à la protection des données ou d'un autre point de contact "
                         "auprès duquel des informations supplémentaires peuvent être obtenues",
                     _RGPD_FR + "(3)(b)", ("breach.contact_point", "org.dpo_name", "org.dpo_contact",
                                           "org.responsible_name", "org.responsible_contact"), Render.CONTACT),
            Question("", "Téléphone", _CNIL, ("org.phone",)),
            Question("", "Adresse électronique", _CNIL, ("org.email",)),
        )),
        Section("Nature de la violation", (
            Question("", "Description de la violation", _RGPD_FR + "(3)(a)",
                     ("breach.description", "breach.activities"), Render.SUMMARY),
            Question("", "Date et heure de la violation", _RGPD_FR + "(3)(a)",
                     ("breach.occurred_from", "breach.occurred_to"), Render.PERIOD),
            Question("", "Date et heure de la découverte de la violation", _RGPD_FR + "(3)(a)",
                     ("breach.discovered_at",), Render.MOMENT),
            Question("", "Date et heure de la prise de connaissance de la violation", _RGPD_FR + "(1)",
                     ("breach.aware_at",), Render.MOMENT),
            Question("", "Nature de la violation : perte de confidentialité, d'intégrité ou de disponibilité",
                     "CNIL; " + _RGPD_FR + "(3)(a)", ("breach.impact", "breach.cause")),
        )),
        Section("Données et personnes concernées", (
            Question("", "Catégories de personnes concernées", "CNIL; " + _RGPD_FR + "(3)(a)",
                     ("breach.subject_categories", "breach.vulnerable_involved"), Render.PEOPLE),
            Question("", "Nombre approximatif de personnes concernées", "CNIL; " + _RGPD_FR + "(3)(a)",
                     ("breach.subjects_count",), Render.COUNT),
            Question("", "Catégories de données à caractère personnel concernées", "CNIL; " + _RGPD_FR + "(3)(a)",
                     ("breach.data_categories", "breach.special_categories_involved"), Render.DATA),
            Question("", "Nombre approximatif d'enregistrements de données à caractère personnel concernés",
                     "CNIL; " + _RGPD_FR + "(3)(a)", ("breach.records_count",), Render.COUNT),
        )),
        Section("Conséquences probables", (
            Question("", "Conséquences probables de la violation pour les personnes concernées",
                     "CNIL; " + _RGPD_FR + "(3)(c)", ("breach.consequences",)),
            Question("", "Risque pour les droits et libertés des personnes", "RGPD art. 33(1), 34(1)",
                     ("breach.risk",)),
        )),
        Section("Mesures prises ou envisagées", (
            Question("", "Mesures prises pour remédier à la violation", _RGPD_FR + "(3)(d)",
                     ("breach.containment",)),
            Question("", "Mesures prises ou envisagées pour éviter que l'incident se reproduise ou atténuer les "
                         "éventuelles conséquences négatives", "CNIL; " + _RGPD_FR + "(3)(d)", ("breach.measures",)),
        )),
        Section("Information des personnes concernées", (
            Question("", "Communication de la violation aux personnes concernées", "RGPD art. 34",
                     ("breach.subjects_notified_at", "breach.subjects_notice_method", "breach.art34_exemption",
                      "breach.art34_notes"), Render.TOLD),
        )),
        Section("Délais", (
            Question("", "Échéance des 72 heures", _RGPD_FR + "(1)", ("breach.notification_deadline",),
                     Render.MOMENT),
            Question("", "Motifs du retard (notification après 72 heures)", "CNIL; " + _RGPD_FR + "(1)",
                     ("breach.delay_reason",), Render.DELAY),
            Question("", "Informations déjà communiquées (notification en plusieurs temps)", _RGPD_FR + "(4)",
                     ("breach.followups",), Render.PHASES),
        )),
    ),
)

FORMS: dict[str, Form] = {f.key: f for f in (ANSPDCP, CNIL)}
