"""The Art. 30 record as a regulator reads it: the UK ICO controller template's columns, the CNIL's model register
in French, and the Art. 30(2) record.

The ICO's documentation template for controllers fixes the order (domain reference): the
columns Art. 30(1) requires first, then the optional ones. We add the activity's name in
front, and the Art. 10 criminal-offence data at the end. Each cell is plain text (lists joined
by "; ", several entries on separate lines), because a regulator reads this sheet, not Atlas;
an activity's full record, for editing and importing again, is on the register sheet.

The CNIL's « Modèle de registre des activités de traitement » (cnil.fr, « Le registre des activités de
traitement »; its basic model for small organisations) opens with the organisation's and its DPO's contact
details and the list of its activities, then has one « fiche de registre » per activity. The CNIL's own published
register gives each fiche the Art. 30(1) elements: the activity, the controller (and joint controller) and DPO,
the purposes, the categories of people and of data, the categories of recipients, transfers outside the EU, where
possible the retention periods and a general description of the security measures. ``CNIL_COLUMNS`` are those
elements, one row per activity, headed in the words of the French text of Art. 30(1) (the model's own field
labels could not be verified); the organisation and its DPO head the sheet. Its words are French whatever the
app's language: vocabulary terms come from the French catalogue (``core.i18n.catalogue("fr")``).

The ICO and Art. 30(2) rows are in the user's language (``core.i18n``): vocabulary terms through ``spec``, the
sheet's own words under the "spreadsheets" context (their headings: ``read_only_views.ico_headings``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..core import i18n, retention, vocab
from ..core.context import country_in_language
from ..core.countries import country_name
from ..core.entities import BY_KEY
from ..core.i18n import spec, t, tn

Record = Mapping[str, Any]
Snapshot = Mapping[str, Sequence[Record]]

CONTROLLER_ROLES = ("controller", "joint_controller")


@dataclass(frozen=True)
class IcoColumn:
    key: str
    heading: str
    required: bool       # Art. 30(1) asks for it; the ICO template lists it first
    phrases: tuple[str, ...]  # how an imported heading is recognised (normalised words)


# In the template's order. ``phrases`` are checked most specific first (see ico_import.MATCH_ORDER).
ICO_COLUMNS: tuple[IcoColumn, ...] = (
    IcoColumn("name", "Processing activity", True, ()),
    IcoColumn("business_function", "Business function", True, ("business function", "department")),
    IcoColumn("purpose", "Purpose of processing", True, ("purpose",)),
    IcoColumn("joint_controller", "Name and contact details of joint controller (if applicable)", True,
              ("joint controller",)),
    IcoColumn("individuals", "Categories of individuals", True,
              ("categories of individuals", "data subjects", "individuals")),
    IcoColumn("personal_data", "Categories of personal data", True, ("categories of personal data",
                                                                    "personal data categories")),
    IcoColumn("recipients", "Categories of recipients", True, ("recipients",)),
    IcoColumn("processor_contract", "Link to contract with processor", True,
              ("contract with processor", "processor contract", "processors")),
    IcoColumn("third_countries", "Names of third countries or international organisations that personal data "
              "are transferred to (if applicable)", True, ("third countries", "third country", "transferred to")),
    IcoColumn("safeguards", "Safeguards for exceptional transfers of personal data to third countries or "
              "international organisations (if applicable)", True, ("safeguards",)),
    IcoColumn("retention", "Retention schedule (if possible)", True, ("retention schedule", "retention period",
                                                                      "retention")),
    IcoColumn("security", "General description of technical and organisational security measures (if possible)",
              True, ("security measures", "technical and organisational", "security")),
    IcoColumn("art6", "Article 6 lawful basis for processing personal data", False,
              ("article 6", "art 6", "lawful basis")),
    IcoColumn("art9", "Article 9 basis for processing special category data", False,
              ("article 9", "art 9", "special category")),
    IcoColumn("legitimate_interests", "Legitimate interests for the processing (if applicable)", False,
              ("legitimate interest",)),
    IcoColumn("lia", "Link to record of legitimate interests assessment (if applicable)", False,
              ("interests assessment", "lia")),
    IcoColumn("rights", "Rights available to individuals", False, ("rights available", "rights")),
    IcoColumn("automated", "Existence of automated decision-making, including profiling (if applicable)", False,
              ("automated decision", "profiling")),
    IcoColumn("source", "The source of the personal data (if applicable)", False, ("source",)),
    IcoColumn("consent_record", "Link to record of consent", False, ("record of consent", "consent")),
    IcoColumn("location", "Location of personal data", False, ("location",)),
    IcoColumn("dpia_required", "Data Protection Impact Assessment required?", False,
              ("impact assessment required", "dpia required")),
    IcoColumn("dpia_progress", "Data Protection Impact Assessment progress", False, ("progress",)),
    IcoColumn("dpia_link", "Link to the Data Protection Impact Assessment", False,
              ("link to the data protection impact assessment", "link to dpia", "link to the dpia")),
    IcoColumn("breach", "Personal data breach?", False, ("breach",)),
    IcoColumn("breach_link", "Link to record of personal data breach", False,
              ("record of personal data breach", "record of the personal data breach", "link to breach")),
    IcoColumn("retention_policy", "Link to retention and erasure policy document", False,
              ("erasure policy", "retention policy", "policy document")),
    IcoColumn("retained_per_policy", "Is personal data retained and erased in accordance with the policy "
              "document?", False, ("in accordance with",)),
    IcoColumn("retention_reasons", "If not, the reasons why", False, ("if not",)),
    IcoColumn("criminal", "Criminal-offence data (Art. 10) and the legal authority for it", False,
              ("criminal",)),
)

ART30_2_COLUMNS: tuple[tuple[str, bool], ...] = (
    ("Processing activity", True),
    ("Controller we act for (Art. 30(2)(a))", True),
    ("Controller's contact, representative or DPO (Art. 30(2)(a))", True),
    ("Categories of processing carried out for them (Art. 30(2)(b))", True),
    ("Processors we use for it", False),
    ("Transfers to third countries (Art. 30(2)(c))", True),
    ("Safeguards for the transfers (Art. 30(2)(c))", True),
    ("Security measures (Art. 30(2)(d))", True),
)


# The CNIL's fiche, in the order of Art. 30(1)(a)-(g), with whether Art. 30(1) always asks for it.
CNIL_COLUMNS: tuple[tuple[str, str, bool], ...] = (
    ("name", "Activité de traitement", True),
    ("joint_controller", "Responsables conjoints du traitement : nom et coordonnées (art. 30(1)(a))", False),
    ("purpose", "Finalité(s) du traitement (art. 30(1)(b))", True),
    ("individuals", "Catégories de personnes concernées (art. 30(1)(c))", True),
    ("personal_data", "Catégories de données à caractère personnel (art. 30(1)(c))", True),
    ("recipients", "Catégories de destinataires, y compris les sous-traitants (art. 30(1)(d))", True),
    ("third_countries", "Transferts vers un pays tiers ou une organisation internationale (art. 30(1)(e))", True),
    ("safeguards", "Garanties appropriées des transferts (art. 30(1)(e))", False),
    ("retention", "Délais prévus pour l'effacement des catégories de données (art. 30(1)(f))", True),
    ("security", "Mesures de sécurité techniques et organisationnelles (art. 30(1)(g))", True),
)
FRENCH = "fr"


def french(english: str) -> str:
    """A vocabulary term in French (the catalogue's "spec" context); the English when it has none."""
    return i18n.catalogue(FRENCH).get(("spec", english), english)


def _french_labels(voc: Any, codes: Any) -> str:
    return "; ".join(french(voc.label_of(c)) for c in codes or [])


def french_country(code: str) -> str:
    from babel import Locale
    return str(Locale.parse(FRENCH).territories.get(str(code).upper()) or country_name(code))


def french_retention(row: Record) -> str:
    """One retention row in French: "Bulletins de paie : 5 ans (point de départ : Fin du contrat) (note)"."""
    parts: list[str] = []
    found = retention.duration(row)
    if found is not None:
        number, unit = found
        word = french(unit)
        # The catalogue has the plural ("ans", "jours"); one year is "1 an" ("mois" is both).
        parts.append(f"{number} {word[:-1] if number == 1 and word.endswith('s') and word != 'mois' else word}")
    trigger = row.get("trigger")
    if trigger:
        label = (french(vocab.RETENTION_TRIGGER.label_of(trigger)).split(":")[0].strip()
                 if trigger in vocab.RETENTION_TRIGGER else str(trigger).strip())
        parts.append(f"(point de départ : {label})")
    if row.get("period"):
        parts.append(f"({row['period']})")
    what = row.get("data_category") or "Données"
    return f"{what} : {' '.join(parts)}" if parts else str(what)


def cnil_heading(org: Record) -> str:
    """The CNIL sheet's first line: the organisation (controller) and its DPO, as the model's page 2 gives them."""
    dpo = " — ".join(x for x in (org.get("dpo_name"), org.get("dpo_contact")) if x) if org.get("has_dpo") else ""
    who = "; ".join(x for x in (org.get("name"), " ".join(str(org.get("address") or "").split()), org.get("email"),
                                org.get("phone")) if x)
    return (f"Registre des activités de traitement de {org.get('name')} — responsable du traitement : {who} ; "
            f"délégué à la protection des données : {dpo or 'aucun désigné'} (RGPD art. 30(1)(a))")


def _labels(voc: Any, codes: Any) -> str:
    """Vocabulary terms in the user's language."""
    return "; ".join(spec(voc.label_of(c)) for c in codes or [])


def _sheet(entity: str) -> str:
    return spec(BY_KEY[entity].plural)


def _linked(record: Record, entity: str) -> str:
    """Where a linked record is in the workbook: "Data leak (Breaches sheet, No. 3)"."""
    return t("spreadsheets", "{title} ({sheet} sheet, No. {number})").format(
        title=record["title"], sheet=_sheet(entity), number=record["id"])


def _lines(items: Sequence[str]) -> str:
    return "\n".join(i for i in items if i)


class Art30:
    """Builds the rows of the two Art. 30 sheets from a snapshot of every register."""

    def __init__(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        self.processors = {p["id"]: p for p in snapshot.get("processor", [])}
        self.by_activity: dict[str, dict[int, list[Record]]] = {}
        for key, field in (("dpia", "activity"), ("breach", "activities"), ("consent", "activity")):
            index: dict[int, list[Record]] = {}
            for rec in snapshot.get(key, []):
                linked = rec.get(field)
                for aid in (linked if isinstance(linked, list) else [linked]):
                    if aid is not None:
                        index.setdefault(aid, []).append(rec)
            self.by_activity[key] = index
        self.retention_policies = [p for p in snapshot.get("policy", [])
                                   if p.get("status") == "approved" and "retention" in str(p.get("title")).lower()]

    def activities(self, roles: Sequence[str]) -> list[Record]:
        return [a for a in self.snapshot.get("activity", []) if a.get("role") in roles]

    # -- the controller record ----------------------------------------------------------------
    def ico_row(self, a: Record) -> dict[str, str]:
        purposes = a.get("purposes") or []
        bases = {tuple(p.get("bases") or []) for p in purposes}
        if len(bases) <= 1:
            art6 = _labels(vocab.LAWFUL_BASIS, next(iter(bases), ()))
        else:
            art6 = _lines([f"{p['purpose']}: {_labels(vocab.LAWFUL_BASIS, p.get('bases') or [])}" for p in purposes])
        data = [spec(vocab.DATA_CATEGORY.label_of(c)) for c in a.get("data_categories") or []]
        data += [t("spreadsheets", "{category} (special category)").format(
            category=spec(vocab.SPECIAL_CATEGORY.label_of(c))) for c in a.get("special_categories") or []]
        dpias = self.by_activity["dpia"].get(a["id"], [])
        breaches = self.by_activity["breach"].get(a["id"], [])
        consents = self.by_activity["consent"].get(a["id"], [])
        automated = []
        if a.get("automated_decisions"):
            automated.append(t("spreadsheets", "Yes: automated decisions with legal or similar effect"))
        if a.get("profiling"):
            automated.append(t("spreadsheets", "Profiling"))
        yes, no = t("spreadsheets", "Yes"), t("spreadsheets", "No")
        status = BY_KEY["dpia"].field("status").vocab
        return {
            "name": a.get("name") or "",
            "business_function": a.get("business_function") or "",
            "purpose": _lines([p.get("purpose") or "" for p in purposes]),
            "joint_controller": a.get("joint_controllers") or "",
            "individuals": _labels(vocab.SUBJECT_CATEGORY, a.get("subject_categories")),
            "personal_data": "; ".join(data),
            "recipients": _lines([t("spreadsheets", "Internal: {recipients}").format(
                                      recipients=_labels(vocab.RECIPIENT_CATEGORY, a["recipients_internal"]))
                                  if a.get("recipients_internal") else "",
                                  t("spreadsheets", "External: {recipients}").format(
                                      recipients=_labels(vocab.RECIPIENT_CATEGORY, a["recipients_external"]))
                                  if a.get("recipients_external") else ""]),
            "processor_contract": _lines([self._processor(pid) for pid in a.get("processors") or []]),
            "third_countries": _lines([country_in_language(x["country"]) + (f" — {x['recipient']}" if x.get("recipient")
                                                                           else "") for x in a.get("transfers") or []]),
            "safeguards": _lines([self._safeguard(x) for x in a.get("transfers") or []]),
            "retention": _lines([retention.describe(r) for r in a.get("retention") or []]),
            "security": _lines([_labels(vocab.SECURITY_MEASURE, a.get("security_measures")),
                                a.get("security_notes") or ""]),
            "art6": art6,
            "art9": _labels(vocab.ART9_CONDITION, a.get("art9_conditions")),
            "legitimate_interests": a.get("legitimate_interest") or "",
            "lia": a.get("lia_reference") or "",
            "rights": _labels(vocab.RIGHT_TYPE, a.get("rights_available")),
            "automated": _lines(["; ".join(automated) if automated else no, a.get("automated_notes") or ""]),
            "source": a.get("source") or "",
            "consent_record": (tn("spreadsheets", "%n consent record(s) ({sheet} sheet)", len(consents)).format(
                sheet=_sheet("consent")) if consents else ""),
            "location": _lines(["; ".join(a.get("locations") or []),
                                t("spreadsheets", "Systems: {systems}").format(systems="; ".join(a["systems"]))
                                if a.get("systems") else ""]),
            "dpia_required": spec(vocab.SCREENING_RESULT.label_of(a["screening_result"]))
            if a.get("screening_result") else "",
            "dpia_progress": _lines([f"{d['title']}: {spec(status.label_of(d['status']))}" if status else d["title"]
                                     for d in dpias]),
            "dpia_link": _lines([_linked(d, "dpia") for d in dpias]),
            "breach": yes if breaches else no,
            "breach_link": _lines([_linked(b, "breach") for b in breaches]),
            "retention_policy": _lines([f"{p['title']}" + (f" — {p['document_reference']}"
                                                           if p.get("document_reference") else "")
                                        for p in self.retention_policies]),
            "retained_per_policy": "",
            "retention_reasons": "",
            "criminal": (yes + (f" — {a['criminal_data_authority']}" if a.get("criminal_data_authority") else "")
                         if a.get("criminal_data") else no),
        }

    def _processor(self, pid: int) -> str:
        """"Name — DPA: reference": the name before " — " (the CNIL sheet and the Art. 30(2) record take it)."""
        p = self.processors.get(pid)
        if p is None:
            return f"#{pid}"
        return p["name"] + " — " + (t("spreadsheets", "DPA: {reference}").format(reference=p["dpa_reference"])
                                    if p.get("dpa_reference") else t("spreadsheets", "no DPA on file"))

    @staticmethod
    def _safeguard(x: Record) -> str:
        mechanism = spec(vocab.TRANSFER_MECHANISM.label_of(x["mechanism"])) if x.get("mechanism") \
            else t("spreadsheets", "no mechanism recorded")
        ref = f" ({x['safeguard_reference']})" if x.get("safeguard_reference") else ""
        return f"{country_in_language(x['country'])}: {mechanism}{ref}"

    # -- the CNIL's model register -----------------------------------------------------------------
    def cnil_row(self, a: Record) -> dict[str, str]:
        """One activity's « fiche de registre », in French (``CNIL_COLUMNS``)."""
        data = [french(vocab.DATA_CATEGORY.label_of(c)) for c in a.get("data_categories") or []]
        data += [f"{french(vocab.SPECIAL_CATEGORY.label_of(c))} (catégorie particulière, art. 9)"
                 for c in a.get("special_categories") or []]
        if a.get("criminal_data"):
            data.append("Données relatives aux condamnations pénales et aux infractions (art. 10)")
        transfers = a.get("transfers") or []
        return {
            "name": a.get("name") or "",
            "joint_controller": a.get("joint_controllers") or "",
            "purpose": _lines([p.get("purpose") or "" for p in a.get("purposes") or []]),
            "individuals": _french_labels(vocab.SUBJECT_CATEGORY, a.get("subject_categories")),
            "personal_data": "; ".join(data),
            "recipients": _lines([
                f"Internes : {_french_labels(vocab.RECIPIENT_CATEGORY, a['recipients_internal'])}"
                if a.get("recipients_internal") else "",
                f"Externes : {_french_labels(vocab.RECIPIENT_CATEGORY, a['recipients_external'])}"
                if a.get("recipients_external") else "",
                "Sous-traitants : " + "; ".join(self._processor(pid).split(" — ")[0]
                                                for pid in a.get("processors") or [])
                if a.get("processors") else ""]),
            "third_countries": _lines([french_country(x["country"]) + (f" — {x['recipient']}" if x.get("recipient")
                                                                       else "") for x in transfers]),
            "safeguards": _lines([f"{french_country(x['country'])} : "
                                  + (french(vocab.TRANSFER_MECHANISM.label_of(x["mechanism"])) if x.get("mechanism")
                                     else "aucun mécanisme renseigné")
                                  + (f" ({x['safeguard_reference']})" if x.get("safeguard_reference") else "")
                                  for x in transfers]),
            "retention": _lines([french_retention(r) for r in a.get("retention") or []]),
            "security": _lines([_french_labels(vocab.SECURITY_MEASURE, a.get("security_measures")),
                                a.get("security_notes") or ""]),
        }

    # -- the processor record -------------------------------------------------------------------
    def processor_rows(self) -> list[list[str]]:
        rows = []
        for a in self.activities(("processor",)):
            transfers = a.get("transfers") or []
            common = [
                _lines([self._processor(pid).split(" — ")[0] for pid in a.get("processors") or []]),
                _lines([country_in_language(x["country"]) + (f" — {x['recipient']}" if x.get("recipient") else "")
                        for x in transfers]),
                _lines([self._safeguard(x) for x in transfers]),
                _lines([_labels(vocab.SECURITY_MEASURE, a.get("security_measures")), a.get("security_notes") or ""]),
            ]
            for c in a.get("controllers_served") or [{}]:
                rows.append([a.get("name") or "", c.get("name") or "", c.get("contact") or "",
                             c.get("processing") or a.get("description") or "", *common])
        return rows
