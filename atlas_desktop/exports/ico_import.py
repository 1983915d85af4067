"""Reads a record of processing kept by hand in the UK ICO controller template's layout, one activity per row.

Such sheets are written by people, so reading is forgiving where it can be without guessing:
headings are recognised by their key words, "n/a" counts as empty, lists may be separated by
";", "," or line breaks, and a vocabulary entry may be written as its label, its code or its
article ("6(1)(b)"). What cannot be read is reported per cell; nothing is silently dropped,
except the columns Atlas works out itself (DPIA, breach and consent links), which the caller
lists as not imported.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ..core import retention, vocab
from ..core.entities import BY_KEY
from ..core.i18n import t
from ..core.spec import Vocabulary
from . import cells
from .art30 import ICO_COLUMNS
from .values import Ref
from .values import country_in_any_language as country_code  # "Romania", "România", "RO" alike

ACTIVITY = BY_KEY["activity"]
# Checked in this order, so that "Link to record of legitimate interests assessment" is the LIA
# and not the legitimate interest, and "Safeguards for ... third countries" is not the countries.
MATCH_ORDER = ("name", "business_function", "joint_controller", "safeguards", "third_countries",
               "retention_policy", "retained_per_policy", "retention_reasons", "retention", "lia",
               "legitimate_interests", "art6", "art9", "personal_data", "individuals", "recipients",
               "processor_contract", "dpia_required", "dpia_progress", "dpia_link", "breach_link", "breach",
               "consent_record", "rights", "automated", "source", "location", "criminal", "security", "purpose")
NAME_HEADINGS = {"processing activity", "activity", "activity name", "name", "processing activity name",
                 "name of the processing activity"}
NOT_IMPORTED = ("consent_record", "dpia_required", "dpia_progress", "dpia_link", "breach", "breach_link",
                "retention_policy", "retained_per_policy", "retention_reasons")
_BLANKS = {"", "n/a", "na", "none", "-", "–", "—", "not applicable", "nil"}
_BY_KEY = {c.key: c for c in ICO_COLUMNS}


def _retention_row(text: str) -> dict[str, Any]:
    """One line of the ICO "retention schedule" as Atlas's row: "10 years — after the tax year" gives
    keep_for 10, unit years and the trigger its words name. Words that are not fully captured by the
    number and the trigger list stay as the row's note, so nothing the sheet said is lost."""
    period, _, trigger = text.strip().partition(" — ")
    number, unit, rest = retention.parse_period(period)
    said = " ".join(x for x in (trigger.strip(), rest or "") if x) or None
    if said and said.casefold().startswith("from "):
        said = said[5:]  # the way Atlas's own export writes it (retention.describe)
    code = retention.parse_trigger(said)
    if number is None:
        note = period.strip() or None       # "Until they unsubscribe": the words are the period
    elif code in vocab.RETENTION_TRIGGER and code != said:
        note = said                         # mapped to a trigger from the list: keep the sheet's words
    else:
        note = None                         # the number, the unit and the (own) trigger say it all
    return {"keep_for": number, "unit": unit, "trigger": code if number is not None or trigger else None,
            "period": note}

def normalise(text: Any) -> str:
    text = re.sub(r"\([^)]*\)", " ", str(text or "").casefold())  # "(if applicable)"
    text = re.sub(r"[^\w]+", " ", text)
    return " ".join(text.split())


def match_headings(headings: Mapping[int, Any]) -> dict[int, str]:
    """Column number → ICO column key for the headings of one row; unrecognised ones are left out."""
    found: dict[int, str] = {}
    taken: set[str] = set()
    for col, text in sorted(headings.items()):
        norm = normalise(text)
        if not norm:
            continue
        for key in MATCH_ORDER:
            if key in taken:
                continue
            phrases = _BY_KEY[key].phrases
            if (key == "name" and norm in NAME_HEADINGS) or any(normalise(p) in norm for p in phrases if p):
                found[col] = key
                taken.add(key)
                break
    return found


def looks_like_ico(found: Mapping[int, str]) -> bool:
    keys = set(found.values())
    return len(keys) >= 3 and bool(keys & {"purpose", "business_function"})


# -- reading one row --------------------------------------------------------------------------------
def blank(text: str) -> bool:
    return " ".join(text.split()).casefold() in _BLANKS


def _entries(text: str) -> list[str]:
    return [e for e in cells.split_list(text) if not blank(e)]


_ARTICLE = re.compile(r"\d+\s*\(\s*\d+\s*\)(?:\s*\(\s*[a-z]\s*\))?", re.IGNORECASE)


def _article_key(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.casefold().replace("article", "").replace("art.", ""))


def lenient_code(voc: Vocabulary, text: str) -> str | None:
    """A term for what a person wrote: its label or code, the article it cites ("6(1)(b)"), or the
    one label it names or is part of."""
    code = voc.code_for(text)
    if code is not None:
        return code
    cited = {_article_key(m.group(0)) for m in _ARTICLE.finditer(text)}
    if cited:
        hits = [term.code for term in voc.terms if term.article and _article_key(term.article) in cited]
        if len(hits) == 1:  # several security measures share Art. 32(1)(b): no guess then
            return hits[0]
    norm = re.sub(r"^(the )?rights? (of|to) ", "", normalise(text))  # "Right of access" names "access"
    named = [term.code for term in voc.terms
             if len(norm) >= 4 and (norm in normalise(term.label) or normalise(term.label) in norm)]
    if not named:  # "Bank details" for "Bank and financial details": every word found in one label
        words = set(norm.split())
        named = [term.code for term in voc.terms if len(norm) >= 4 and words <= set(normalise(term.label).split())]
    return named[0] if len(named) == 1 else None


def _codes(voc: Vocabulary, text: str, problems: list[tuple[str, str]], column: str, *,
           free: list[str] | None = None) -> list[str]:
    """Codes for every entry; unknown ones go to ``free`` (open lists) or become a problem."""
    codes: list[str] = []
    for entry in _entries(text):
        pieces = [entry]
        if voc.code_for(entry) is None and "," in entry:
            # "Access, erasure": a list written with commas, unless it is one label that holds commas.
            split = [p.strip() for p in entry.split(",") if p.strip()]
            if all(lenient_code(voc, p) for p in split):
                pieces = split
        for piece in pieces:
            code = lenient_code(voc, piece)
            if code is not None:
                codes.append(code)
            elif free is not None or voc.open:
                (free if free is not None else codes).append(piece)
            else:
                # The English labels: the ones this template is read in (``lenient_code``).
                problems.append((column, t("spreadsheets", "{value} is not one of: {allowed}").format(
                    value=repr(piece), allowed="; ".join(term.label for term in voc.terms))))
    return list(dict.fromkeys(codes))


def _split_lead(entry: str) -> tuple[str, str]:
    """"United States — Postaria Inc." → ("United States", "Postaria Inc.")."""
    for sep in (" — ", " – ", " - ", ": "):
        if sep in entry:
            head, _, tail = entry.partition(sep)
            return head.strip(), tail.strip()
    return entry.strip(), ""


def parse_row(raw: Mapping[str, str], processors: Mapping[str, list[int]]) -> tuple[dict[str, Any],
                                                                                   list[tuple[str, str]]]:
    """The activity's values from one row (ICO column key → cell text) and the (column key, reason)
    of every cell that could not be read. ``processors`` maps a lower-cased processor name to ids."""
    text = {k: ("" if blank(v) else v.strip()) for k, v in raw.items()}
    problems: list[tuple[str, str]] = []
    v: dict[str, Any] = {}

    purposes: list[dict[str, Any]] = [{"purpose": p, "bases": []} for p in _entries(text.get("purpose", ""))]
    art6 = text.get("art6", "")
    if art6:
        per_purpose: dict[int, list[str]] = {}
        for line in [ln for ln in art6.splitlines() if ln.strip()]:
            head, tail = _split_lead(line)
            match = next((p for p in purposes if p["purpose"].casefold() == head.casefold()), None)
            if match is not None and tail:
                per_purpose[id(match)] = _codes(vocab.LAWFUL_BASIS, tail, problems, "art6")
        if per_purpose:
            for p in purposes:
                p["bases"] = per_purpose.get(id(p), [])
        else:
            bases = _codes(vocab.LAWFUL_BASIS, art6, problems, "art6")
            if not purposes:
                problems.append(("art6", t("spreadsheets", "a lawful basis needs a purpose to belong to; fill in the "
                                           "purpose")))
            for p in purposes:
                p["bases"] = list(bases)
    v["purposes"] = purposes

    name = text.get("name") or (purposes[0]["purpose"] if purposes else "") or text.get("business_function", "")
    v["name"] = name[:200]
    for key, field in (("business_function", "business_function"), ("legitimate_interests", "legitimate_interest"),
                       ("lia", "lia_reference"), ("source", "source")):
        if key in text:
            v[field] = text[key] or None
    if "joint_controller" in text:
        v["joint_controllers"] = text["joint_controller"] or None
        v["role"] = "joint_controller" if text["joint_controller"] else "controller"
    if "individuals" in text:
        v["subject_categories"] = _codes(vocab.SUBJECT_CATEGORY, text["individuals"], problems, "individuals")
    if "personal_data" in text:
        special: list[str] = []
        data: list[str] = []
        for entry in _entries(text["personal_data"]):
            bare = re.sub(r"\s*\(special categor(y|ies)\)\s*$", "", entry, flags=re.IGNORECASE)
            code = lenient_code(vocab.SPECIAL_CATEGORY, bare) if (bare != entry or vocab.SPECIAL_CATEGORY.code_for(bare)) \
                else None
            if code:
                special.append(code)
            else:
                data.extend(_codes(vocab.DATA_CATEGORY, entry, problems, "personal_data"))
        v["data_categories"], v["special_categories"] = list(dict.fromkeys(data)), list(dict.fromkeys(special))
    if "recipients" in text:
        internal: list[str] = []
        external: list[str] = []
        for line in [ln for ln in text["recipients"].splitlines() if ln.strip()]:
            head, tail = _split_lead(line)
            target = internal if head.casefold() == "internal" and tail else external
            body = tail if head.casefold() in ("internal", "external") and tail else line
            target.extend(_codes(vocab.RECIPIENT_CATEGORY, body, problems, "recipients"))
        v["recipients_internal"], v["recipients_external"] = internal, external
    if "processor_contract" in text:
        links = []
        for entry in [ln for ln in re.split(r"[\n;]", text["processor_contract"]) if not blank(ln)]:
            head, _ = _split_lead(entry)
            ids = processors.get(head.casefold()) or processors.get(entry.strip().casefold()) or []
            if len(ids) == 1:
                links.append(Ref(ids[0], head))
            else:
                problems.append(("processor_contract", t("spreadsheets", "{name} is not the name of one processor in "
                                                         "the register; add the processor first, or clear the cell")
                                 .format(name=repr(head))))
        v["processors"] = links
    transfers = _transfers(text, problems)
    if transfers is not None:
        v["transfers"] = transfers
    if "retention" in text:
        rows = []
        for entry in [ln for ln in text["retention"].splitlines() if not blank(ln)]:
            head, tail = (entry.split(":", 1) + [""])[:2] if ":" in entry else (
                t("spreadsheets", "All personal data of this activity"), entry)  # the row's data category
            rows.append({"data_category": head.strip(), **_retention_row(tail)})
        v["retention"] = rows
    if "security" in text:
        notes: list[str] = []
        v["security_measures"] = _codes(vocab.SECURITY_MEASURE, text["security"], problems, "security", free=notes)
        v["security_notes"] = "; ".join(notes) or None
    if "art9" in text:
        v["art9_conditions"] = _codes(vocab.ART9_CONDITION, text["art9"], problems, "art9")
    if "rights" in text:
        v["rights_available"] = _codes(vocab.RIGHT_TYPE, text["rights"], problems, "rights")
    if "automated" in text:
        low = text["automated"].casefold()
        v["automated_decisions"] = low.startswith(("yes", "y ", "true")) or (
            "automated decision" in low and not low.startswith("no"))
        v["profiling"] = "profiling" in low and "no profiling" not in low and not low.startswith("no")
        v["automated_notes"] = text["automated"] if low not in ("", "yes", "no") else None
    if "location" in text:
        locations: list[str] = []
        systems: list[str] = []
        for line in [ln for ln in text["location"].splitlines() if ln.strip()]:
            head, tail = _split_lead(line)
            (systems if head.casefold() == "systems" and tail else locations).extend(
                _entries(tail if head.casefold() == "systems" and tail else line))
        v["locations"], v["systems"] = locations, systems
    if "criminal" in text:
        low = text["criminal"].casefold()
        v["criminal_data"] = bool(low) and not low.startswith("no")
        v["criminal_data_authority"] = (_split_lead(text["criminal"])[1] or None) if v["criminal_data"] else None
    return v, problems


def _transfers(text: Mapping[str, str], problems: list[tuple[str, str]]) -> list[dict[str, Any]] | None:
    if "third_countries" not in text and "safeguards" not in text:
        return None
    rows: list[dict[str, Any]] = []
    for entry in [ln for ln in re.split(r"[\n;]", text.get("third_countries", "")) if not blank(ln)]:
        head, tail = _split_lead(entry)
        code = country_code(head)
        if code is None:
            problems.append(("third_countries", t("spreadsheets", "{value} is not a country (international "
                                                  "organisations are not supported yet; name the country)").format(
                value=repr(head))))
            continue
        rows.append({"country": code, "recipient": tail or None, "mechanism": None, "safeguard_reference": None})
    for entry in [ln for ln in text.get("safeguards", "").splitlines() if not blank(ln)]:
        head, tail = _split_lead(entry)
        code = country_code(head) if tail else None
        targets = [r for r in rows if r["country"] == code] if code else rows if len(rows) == 1 else []
        if not targets:
            problems.append(("safeguards", t("spreadsheets", "{entry} does not say which transfer it is for; start it "
                                             "with the country, e.g. \"United States: Standard contractual clauses\"")
                             .format(entry=repr(entry))))
            continue
        body = tail if code else entry
        ref_match = re.search(r"\(([^()]*)\)\s*$", body)
        mechanism_text = body[: ref_match.start()].strip() if ref_match else body
        mechanism = lenient_code(vocab.TRANSFER_MECHANISM, mechanism_text)
        for target in targets:
            target["mechanism"] = mechanism
            target["safeguard_reference"] = (ref_match.group(1) if ref_match and mechanism else
                                             None if mechanism else body)
    return rows
