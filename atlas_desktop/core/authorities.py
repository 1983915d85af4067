"""The data protection supervisory authority of each EU/EEA country, the UK and Switzerland.

Used when the organisation's page does not name its authority: the breach editor, the dashboard's
breach clock and the notification pack then say who to notify (Art. 33(1): "the supervisory
authority competent in accordance with Article 55"), from the organisation's country.

Every link, phone number and postal address below was checked against the authority's own page (or, where noted,
a page quoting it); each entry's ``source`` names that page. A value that could not be
confirmed is left empty rather than guessed: the person then finds it on the authority's site.
``phone`` is the number the authority gives for contact (for the ICO, its breach helpline).
``email`` is filled only where the authority itself takes breach notifications by email.

Germany has no single authority for companies: the Land's authority is competent where the
organisation is established, and the Federal Commissioner (BfDI) only for federal public bodies
and for telecommunications and postal services. That entry says so in words instead of picking one.

The notes, and the German entry's name (a description, since it names no one authority), are English here
and spec texts like the entities' labels: ``note_text`` and ``title`` give them in the user's language
(``core.i18n.spec``; the GUI's ``spec_text``), and ``spec_texts`` lists them for the catalogue.
Names, addresses and sources are not translated.

Pure data and lookups: no Qt, no storage.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .i18n import spec


@dataclass(frozen=True)
class Authority:
    country: str    # ISO 3166-1 alpha-2
    short: str      # the acronym the authority uses, e.g. "ANSPDCP"; empty when it has none
    name: str       # the official name, in the country's language
    english: str    # the name in English, for the reader who does not speak it
    breach_url: str = ""   # the page (or form) for notifying a personal data breach; "" if unconfirmed
    phone: str = ""
    email: str = ""
    note: str = ""          # what the reader must know before notifying (e.g. Germany's Länder)
    source: str = ""        # where the link and phone were checked
    address: str = ""       # the postal address the authority gives on its own site; "" if unconfirmed

    @property
    def title(self) -> str:
        """"ANSPDCP — Autoritatea Națională de Supraveghere ..." or just the name when there is no acronym."""
        # An entry without an English name describes the authority in English words (Germany's): translated.
        name = self.name if self.english else spec(self.name)
        if self.short and self.short != self.name:
            return f"{self.short} \u2014 {name}"
        return name

    @property
    def display(self) -> str:
        """The title with the English name when it differs: what the person reads."""
        if self.english and self.english not in (self.name, self.short):
            return f"{self.title} ({self.english})"
        return self.title

    @property
    def note_text(self) -> str:
        """The note in the user's language (empty when there is none)."""
        return spec(self.note) if self.note else ""

    @property
    def contact(self) -> str:
        """The confirmed ways to reach the authority, joined for one line; empty if none is known."""
        return " \u00b7 ".join(x for x in (self.breach_url, self.phone, self.email) if x)


# Germany: who is competent depends on the Land and the sector (BDSG § 9, § 40; TKG; PostG § 42(3)).
GERMANY_NOTE = ("In Germany the data protection authority of the federal state (Land) where your organisation "
                "is established is competent. The Federal Commissioner (BfDI) is competent only for federal "
                "public bodies and for telecommunications and postal service providers.")

_ENTRIES = (
    Authority("AT", "DSB", "Österreichische Datenschutzbehörde", "Austrian Data Protection Authority",
              "https://dsb.gv.at/eingabe-an-die-dsb/-meldung-data-breach", phone="+43 1 52 152-0",
              email="dsb@dsb.gv.at", address="Barichgasse 40-42, 1030 Vienna, Austria",
              source="dsb.gv.at, \u201cData Breach Meldung\u201d; phone and address: data-protection-authority.gv.at, "
                     "\u201cPrivacy policy\u201d"),
    Authority("BE", "APD/GBA", "Autorité de protection des données / Gegevensbeschermingsautoriteit",
              "Belgian Data Protection Authority",
              "https://www.dataprotectionauthority.be/data-breach-notification-form",
              note="Notifications go through the authority's electronic form and portal; emailed forms are "
                   "not processed.",
              address="Rue de la Presse 35, 1000 Brussels, Belgium",
              source="dataprotectionauthority.be, \u201cData breach notification form\u201d; address: "
                     "dataprotectionauthority.be, \u201cPrivacy statement\u201d"),
    Authority("BG", "CPDP", "Комисия за защита на личните данни", "Commission for Personal Data Protection",
              "https://cpdp.bg/en/submission-of-notifications-33",
              note="The notification must be in Bulgarian.",
              address="2 Prof. Tsvetan Lazarov Blvd., Sofia 1592, Bulgaria",
              source="cpdp.bg, \u201cNotification of a personal data breach ... under Art. 33\u201d; address: cpdp.bg, "
                     "\u201cPrivacy notice\u201d and \u201cLodging complaints and alerts\u201d"),
    Authority("HR", "AZOP", "Agencija za zaštitu osobnih podataka", "Croatian Personal Data Protection Agency",
              address="Selska cesta 136, 10 000 Zagreb, Croatia",
              source="azop.hr (breach page not confirmed); address: azop.hr, "
                     "\u201cZahtjev za utvrđivanje povrede prava\u201d"),
    Authority("CY", "", "Γραφείο Επιτρόπου Προστασίας Δεδομένων Προσωπικού Χαρακτήρα",
              "Office of the Commissioner for Personal Data Protection",
              "http://www.dataprotection.gov.cy/dataprotection/dataprotection.nsf/page2e_en/page2e_en?opendocument",
              source="dataprotection.gov.cy, \u201cNotification of data breaches\u201d"),
    Authority("CZ", "ÚOOÚ", "Úřad pro ochranu osobních údajů", "Office for Personal Data Protection",
              phone="+420 234 665 111", address="Pplk. Sochora 27, 170 00 Praha 7, Czech Republic",
              source="uoou.cz (GDPR breach form link not confirmed); phone and address: uoou.gov.cz, "
                     "\u201cInformace o zpracování osobních údajů\u201d"),
    Authority("DK", "", "Datatilsynet", "Danish Data Protection Agency",
              "https://www.datatilsynet.dk/sikkerhedsbrud/anmeld-sikkerhedsbrud",
              note="Notify through Virk.dk; without a Danish business login, by email to dt@datatilsynet.dk.",
              phone="+45 33 19 32 00", address="Carl Jacobsens Vej 35, 2500 Valby, Denmark",
              source="datatilsynet.dk, \u201cAnmeld brud på persondatasikkerheden\u201d and "
                     "\u201cReport a breach\u201d; address: datatilsynet.dk, \u201cNår du skriver til os\u201d; "
                     "phone: datatilsynet.dk, \u201cContact\u201d"),
    Authority("EE", "AKI", "Andmekaitse Inspektsioon", "Estonian Data Protection Inspectorate",
              "https://www.aki.ee/et/teenused-poordumisvormid/esita-rikkumisteade", phone="+372 6274135",
              email="info@aki.ee", address="Tatari 39, Tallinn, 10134, Estonia",
              source="aki.ee, \u201cEsita rikkumisteade\u201d; phone and address: aki.ee, \u201cPrivacy policy\u201d"),
    Authority("FI", "", "Tietosuojavaltuutetun toimisto", "Office of the Data Protection Ombudsman",
              "https://tietosuoja.fi/ilmoitus-tietoturvaloukkauksesta",
              phone="+358 29 566 6700", address="PL 800, 00531 Helsinki, Finland",
              source="tietosuoja.fi, \u201cIlmoitus tietoturvaloukkauksesta\u201d; phone and address: tietosuoja.fi, "
                     "\u201cContact information\u201d (\u201cYhteystiedot\u201d)"),
    Authority("FR", "CNIL", "Commission nationale de l'informatique et des libertés",
              "French Data Protection Authority",
              "https://www.cnil.fr/fr/notifier-une-violation-de-donnees-personnelles",
              source="cnil.fr, \u201cNotifier une violation de données personnelles\u201d"),
    Authority("DE", "", "The data protection authority of the German federal state (Land) you are established in",
              "", note=GERMANY_NOTE,
              source="Bundesnetzagentur, \u201cDatenschutzverletzungen melden\u201d (telecoms: BfDI only); "
                     "PostG § 42(3) (postal services: BfDI)"),
    Authority("GR", "HDPA", "Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα", "Hellenic Data Protection Authority",
              "https://www.dpa.gr/en/Organisations/Data_Breach_notification/Submission",
              note="Controllers established in Greece notify through the authority's portal (taxisnet login).",
              source="dpa.gr, \u201cSubmission of a data breach notification to the HDPA\u201d"),
    Authority("HU", "NAIH", "Nemzeti Adatvédelmi és Információszabadság Hatóság",
              "Hungarian National Authority for Data Protection and Freedom of Information",
              "https://naih.hu/adatvedelmi-incidensbejelento-rendszer",
              address="1363 Budapest, Pf. 9., Hungary",
              source="naih.hu, \u201cAdatvédelmi incidensbejelentő rendszer\u201d; address: naih.hu, "
                     "\u201cTájékoztatás a személyes ügyfélfogadás rendjéről\u201d (its levelezési cím)"),
    Authority("IE", "DPC", "Data Protection Commission", "Data Protection Commission",
              "https://forms.dataprotection.ie/report-a-breach-of-personal-data",
              address="21 Fitzwilliam Square South, Dublin 2, D02 RD28, Ireland",
              source="activemind.legal, \u201cNotification of data breaches to the Irish supervisory authorities\u201d "
                     "(quoting the DPC's form); address: dataprotection.ie, \u201cData Protection Statement\u201d"),
    Authority("IT", "Garante", "Garante per la protezione dei dati personali", "Italian Data Protection Authority",
              email="protocollo@pec.gpdp.it",
              note="Send the Garante's notification model by certified email (PEC) with the subject "
                   "\u201cNOTIFICA VIOLAZIONE DATI PERSONALI\u201d, signed digitally or by hand.",
              source="Garante, Provvedimento n. 157 of 30 July 2019, as summarised by studio-oppini.it"),
    Authority("LV", "DVI", "Datu valsts inspekcija", "Data State Inspectorate",
              "https://pazinojums.dvi.gov.lv/", phone="+371 67223131",
              address="Elijas iela 17, Rīga, LV-1050, Latvia",
              source="pazinojums.dvi.gov.lv; dvi.gov.lv, \u201cViegli lasīt\u201d (phone; address: the same page and "
                     "\u201cIesniegumu paraugi\u201d)"),
    Authority("LT", "VDAI", "Valstybinė duomenų apsaugos inspekcija", "State Data Protection Inspectorate",
              "https://www.ada.lt/go.php/lit/Pranesimas-apie-duomenu-saugumo-pazeidima-bdar/4/1",
              phone="+370 5 271 2804", email="ada@ada.lt",
              address="L. Sapiegos g. 17, 10312 Vilnius, Lithuania",
              source="ada.lt, \u201cPranešimas apie duomenų saugumo pažeidimą (BDAR)\u201d; address: vdai.lrv.lt, "
                     "\u201cPrivatumo politika\u201d"),
    Authority("LU", "CNPD", "Commission nationale pour la protection des données",
              "National Data Protection Commission",
              "https://cnpd.public.lu/en/professionnels/obligations/violation-de-donnees/violation-donnees-rgpd.html",
              phone="+352 26 10 60-1", address="15, Boulevard du Jazz, L-4370 Belvaux, Luxembourg",
              source="cnpd.public.lu, data breach page and contact details; address: cnpd.public.lu, "
                     "\u201cData protection\u201d"),
    Authority("MT", "IDPC", "Information and Data Protection Commissioner", "Information and Data Protection Commissioner",
              "https://idpc.org.mt/report-a-breach/",
              address="Floor 2, Airways House, High Street, Sliema, SLM 1549, Malta",
              source="idpc.org.mt, \u201cNotify a Personal Data Breach\u201d; address: idpc.org.mt, "
                     "\u201cData Protection Notice\u201d"),
    Authority("NL", "AP", "Autoriteit Persoonsgegevens", "Dutch Data Protection Authority",
              address="PO Box 93374, 2509 AJ The Hague, Netherlands",
              source="autoriteitpersoonsgegevens.nl (breach form link not confirmed); address: "
                     "autoriteitpersoonsgegevens.nl, \u201cDissatisfied with the AP\u201d"),
    Authority("PL", "UODO", "Prezes Urzędu Ochrony Danych Osobowych",
              "President of the Personal Data Protection Office",
              note="Notifications are made electronically through biznes.gov.pl or ePUAP, or by post.",
              source="uodo.gov.pl (archive), \u201cW jaki sposób powiadomić Prezesa UODO o naruszeniu?\u201d"),
    Authority("PT", "CNPD", "Comissão Nacional de Proteção de Dados", "National Data Protection Commission",
              source="cnpd.pt (breach form link not confirmed)"),
    Authority("RO", "ANSPDCP", "Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal",
              "National Supervisory Authority for Personal Data Processing",
              "https://www.dataprotection.ro/formulare/formularBresaGdpr.do?action=view_action&newFormular=true",
              phone="+40 318 059 211",
              address="B-dul G-ral. Gheorghe Magheru 28-30, Sector 1, Bucharest, Romania",
              source="dataprotection.ro, breach notification form (header); address: dataprotection.ro, "
                     "\u201cInformation notice on the processing of personal data\u201d"),
    Authority("SK", "ÚOOÚ SR", "Úrad na ochranu osobných údajov Slovenskej republiky",
              "Office for Personal Data Protection of the Slovak Republic",
              "https://dataprotection.gov.sk/sk/prevadzkovatelia/oznamenie-poruseni-ochrany-osobnych-udajov/",
              phone="+421 2 32 31 32 14", email="statny.dozor@pdp.gov.sk",
              address="Hraničná 12, 820 07 Bratislava, Slovak Republic",
              source="dataprotection.gov.sk; slovensko.sk agenda page (phone, email); address: "
                     "dataprotection.gov.sk, \u201cWebsite Data Protection Notice\u201d"),
    Authority("SI", "IP", "Informacijski pooblaščenec", "Information Commissioner",
              source="ip-rs.si (breach form link not confirmed)"),
    Authority("ES", "AEPD", "Agencia Española de Protección de Datos", "Spanish Data Protection Agency",
              "https://aepd.es/derechos-y-deberes/cumple-tus-deberes/medidas-de-cumplimiento/"
              "brechas-de-datos-personales-notificacion",
              source="aepd.es, \u201cNotificación de brechas de datos personales a la Autoridad de Control\u201d"),
    Authority("SE", "IMY", "Integritetsskyddsmyndigheten", "Swedish Authority for Privacy Protection",
              "https://e-tjanster.imy.se/en/report", address="Box 8114, 104 20 Stockholm, Sweden",
              source="e-tjanster.imy.se, \u201cReport a personal data breach\u201d; address: imy.se, "
                     "\u201cHow we process personal data\u201d and \u201cOur e-services are closed\u201d"),
    Authority("IS", "", "Persónuvernd", "Icelandic Data Protection Authority",
              "https://island.is/en/report-a-security-breach", phone="+354 510 9600",
              email="oryggisbrestur@personuvernd.is",
              address="Laugavegur 166, 4. hæð, 105 Reykjavík, Iceland",
              source="island.is, \u201cReport a security breach\u201d; personuvernd.is, "
                     "\u201cTilkynna öryggisbrest\u201d; address: island.is, Persónuvernd, "
                     "\u201cHver má vinna með persónuupplýsingar\u201d"),
    Authority("LI", "DSS", "Datenschutzstelle Fürstentum Liechtenstein", "Data Protection Authority of Liechtenstein",
              phone="+423 236 60 90", address="Kirchstrasse 8, Postfach 684, FL-9490 Vaduz, Liechtenstein",
              source="datenschutzstelle.li, privacy notice (contact details; address: the same page, "
                     "\u201cDatenschutzerklärung\u201d)"),
    Authority("NO", "", "Datatilsynet", "Norwegian Data Protection Authority",
              "https://www.datatilsynet.no/rettigheter-og-plikter/virksomhetenes-plikter/avvikshandtering/"
              "meld-avvik-til-datatilsynet/",
              note="Notify through Altinn; you need the Altinn role to submit for your organisation.",
              address="PO Box 458 Sentrum, 0105 Oslo, Norway",
              source="datatilsynet.no, \u201cMelde avvik til Datatilsynet\u201d; address: datatilsynet.no, "
                     "\u201cHow to complain to the Norwegian Data Protection Authority\u201d"),
    Authority("GB", "ICO", "Information Commissioner's Office", "Information Commissioner's Office",
              "https://ico.org.uk/for-organisations/report-a-breach/personal-data-breach/", phone="0303 123 1113",
              note="The ICO's helpline (Monday to Friday, 9am to 5pm) records the breach by phone; outside those "
                   "hours, report online.",
              source="ico.org.uk, \u201cPersonal data breach\u201d (UK GDPR Art. 33)"),
    Authority("CH", "FDPIC", "Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter (EDÖB)",
              "Federal Data Protection and Information Commissioner",
              "https://www.edoeb.admin.ch/edoeb/en/home/meldeportale/databreach.html",
              note="Under the Swiss FADP (Art. 24) a breach is reported only when it is likely to result in a "
                   "high risk, as soon as possible; the GDPR's 72 hours apply where the GDPR applies to you.",
              source="edoeb.admin.ch, \u201cDataBreach\u201d"),
)

AUTHORITIES: dict[str, Authority] = {a.country: a for a in _ENTRIES}


def spec_texts() -> list[str]:
    """The entries' own English sentences, translated as spec texts: every note, and each name that is a
    description (an entry without an English name)."""
    return [x for a in _ENTRIES for x in (a.note, "" if a.english else a.name) if x]


def authority_for(country: str | None) -> Authority | None:
    """The supervisory authority for an organisation established in ``country``; None if not listed."""
    if not isinstance(country, str) or not country.strip():
        return None
    return AUTHORITIES.get(country.strip().upper())


def authority_line(org: Mapping[str, Any] | None) -> str:
    """Who to notify, in one line: the organisation's own authority if it named one, else the country's.

    Empty when neither is known (no authority named and no country, or a country outside the table)."""
    org = org or {}
    own = str(org.get("authority_name") or "").strip()
    if own:
        return own
    found = authority_for(org.get("country"))
    return found.display if found is not None else ""
