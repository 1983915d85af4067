"""The sheets of a workbook and their columns: one sheet per register and per table field, from the specs.

A register sheet has the record number in column A, then one column per field of the entity's
declaration (computed and reverse-link fields are shown but never read back). A table field
(an activity's purposes, a processor's sub-processors…) gets a sheet of its own with one row per
table row, headed by the record it belongs to. A hidden first row holds the field keys, so an
edited sheet imports again even if its headings are reworded or its columns moved.

Headings, their comments and sheet titles are in the user's language (``core.i18n``: spec labels and help
through ``spec``, the rest under the "spreadsheets" context); the key row and the markers never are, so a
workbook written in one language imports in any other.

The Art. 30 views (in the ICO template's order, and the CNIL's model register) are in ``art30``; they are
read by nobody but people, except that a sheet in the ICO layout kept by hand can be imported as activities.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..core import i18n
from ..core.entities import BY_KEY, ENTITIES
from ..core.errors import UsageError
from ..core.i18n import cite, spec, t
from ..core.spec import Entity, Field, Kind, Term

MARKER = "atlas"            # first cell of the hidden key row: "atlas/<entity>[/<table field>]"
ID_KEY = "id"
PARENT_KEY = "record"       # a table sheet's column naming the record a row belongs to
PARENT_TITLE_KEY = "record_title"
KEY_ROW, HEADER_ROW, FIRST_ROW = 1, 2, 3
MAX_TITLE = 31              # Excel's limit on a sheet name

# CHOICES fields shown as one Yes/No column per term: the eight Art. 28(3) clauses are what an
# auditor ticks off one by one.
EXPANDED = frozenset({("processor", "art28_clauses")})

# The CNIL's model register is titled in French after "Art 30" so that it sits with, and reads as, the other
# read-only Art. 30 views (``read_only_views``). English; ``view_titles`` gives them in the user's language.
VIEW_TITLES = {"cover": "Cover", "art30": "Art 30 record", "art30_2": "Art 30(2) processor record",
               "cnil": "Art 30 \u2013 Registre CNIL", "matrix": "Training matrix", "findings": "Findings",
               "lists": "Lists", "about": "Atlas"}
# The controller's record as each authority's template lays it out: the UK ICO's (English) and the CNIL's
# (French); ``xlsx_export.export_workbook`` writes both unless told otherwise.
ART30_VIEWS = ("ico", "cnil")
_NOT_IN_TITLES = str.maketrans({c: "-" for c in "[]:*?/\\"})  # characters Excel refuses in a sheet name


def view_titles() -> dict[str, str]:
    """``VIEW_TITLES`` in the current language. The CNIL's stays French (it is the CNIL's model) and the hidden
    "Atlas" sheet keeps its name: an import finds it by that name."""
    titles = {"cover": t("spreadsheets", "Cover"), "art30": t("spreadsheets", "Art 30 record"),
              "art30_2": t("spreadsheets", "Art 30(2) processor record"), "cnil": VIEW_TITLES["cnil"],
              "matrix": t("spreadsheets", "Training matrix"), "findings": t("spreadsheets", "Findings"),
              "lists": t("spreadsheets", "Lists"), "about": VIEW_TITLES["about"]}
    # Cut to what Excel accepts, as view_title_anywhere reads them back ("Evidența art. 30(2) a persoanei
    # împuternicite" is longer than a sheet name may be).
    return {key: sheet_title(title) for key, title in titles.items()}


def view_title_anywhere(key: str) -> frozenset[str]:
    """A view's title in every language, casefolded: an import is told what a sheet of any language's export is."""
    english = VIEW_TITLES[key]
    titles = {english} | {i18n.catalogue(code).get(("spreadsheets", english), english) for code in i18n.AVAILABLE}
    return frozenset(sheet_title(title).casefold() for title in titles)


def sheet_title(text: str) -> str:
    """A sheet name Excel accepts: a translation may hold a character Excel refuses there, or be too long."""
    return text.translate(_NOT_IN_TITLES)[:MAX_TITLE]


@dataclass(frozen=True)
class Column:
    key: str                 # field key, ID_KEY, PARENT_KEY, PARENT_TITLE_KEY, or "<field>:<code>"
    heading: str
    field: Field | None = None
    term: Term | None = None  # for an expanded CHOICES column
    read_only: bool = False
    note: str = ""            # shown as the heading's comment

    @property
    def required(self) -> bool:
        return bool(self.field and self.field.required and self.field.editable and self.term is None)


@dataclass(frozen=True)
class SheetLayout:
    title: str
    entity: Entity
    table: Field | None       # the TABLE field, for a table sheet
    columns: tuple[Column, ...]

    @property
    def marker(self) -> str:
        return "/".join([MARKER, self.entity.key] + ([self.table.key] if self.table else []))


def heading(f: Field, time_zone: str | None = None) -> str:
    """A column heading: the label, the zone of a time column, and "*" when required."""
    text = spec(f.label)
    if f.kind is Kind.DATETIME and time_zone:
        text = t("spreadsheets", "{label} ({zone} time)").format(label=text, zone=time_zone)
    if f.required and f.editable:
        text += " *"
    return text


def bare_heading(text: str) -> str:
    """A heading without the marks ``heading`` adds, for matching what a person typed."""
    text = " ".join(str(text).split()).rstrip("*").strip()
    if text.endswith(" time)") and "(" in text:
        text = text[: text.rindex("(")].strip()
    return text.casefold()


def _note(f: Field) -> str:
    parts = [f"{spec(f.help)} ({cite(f.article)})" if f.article else spec(f.help)]  # Field.cite, translated
    if f.computed:
        parts.append(t("spreadsheets", "Worked out by Atlas; changes here are not imported."))
    elif not f.stored:
        parts.append(t("spreadsheets", "Shown for reference; set it on the {record} instead.").format(
            record=_lower(spec(BY_KEY[f.target or ''].label))))
    elif f.vocab is not None and f.kind in (Kind.CHOICES, Kind.TAGS):
        parts.append(t("spreadsheets", "Several entries: separate them with \"; \"."))
    elif f.kind is Kind.LINKS:
        parts.append(t("spreadsheets", "Several records: separate them with \"; \". Keep the (#number)."))
    elif f.kind is Kind.LINK:
        parts.append(t("spreadsheets", "Keep the (#number) of the record."))
    return " ".join(parts)


def _lower(noun: str) -> str:
    """A register's name for the middle of a sentence: lower-case, except in German (nouns keep their capital)."""
    return noun if i18n.language() == "de" else noun.lower()


def field_columns(ent_or_table: Entity | Field, time_zone: str, entity_key: str) -> list[Column]:
    fields = ent_or_table.fields
    columns: list[Column] = []
    for f in fields:
        if f.kind is Kind.TABLE:
            continue
        if (entity_key, f.key) in EXPANDED and f.vocab is not None:
            for term in f.vocab.terms:
                label = spec(term.label)
                columns.append(Column(f"{f.key}:{term.code}", f"{cite(term.article)}: {label}", f, term,
                                      note=t("spreadsheets", "{term} ({article}). Yes or No.").format(
                                          term=label, article=cite(term.article))))
            continue
        columns.append(Column(f.key, heading(f, time_zone), f, read_only=not f.editable, note=_note(f)))
    return columns


def _table_title(ent: Entity, table: Field, taken: set[str]) -> str:
    plural, label = spec(ent.plural), spec(table.label).translate(_NOT_IN_TITLES)
    # Shortened to the register's head noun: the last word in English and German, the first in Romanian and
    # French ("Activities – Purposes", "Activități – Scopuri").
    head = plural.split()[-1 if i18n.language() in ("en", "de") else 0].capitalize()
    for candidate in (f"{plural} – {label}", f"{head} – {label}", label):
        candidate = candidate.translate(_NOT_IN_TITLES)  # (the plural's characters)
        if len(candidate) <= MAX_TITLE and candidate.casefold() not in taken:
            return candidate
    return f"{label[: MAX_TITLE - 4]} ({len(taken)})"


def entity_layouts(ent: Entity, time_zone: str, taken: set[str] | None = None) -> list[SheetLayout]:
    """The register sheet of ``ent`` and one sheet per table field, in that order."""
    taken = taken if taken is not None else set()
    title = sheet_title(spec(ent.plural))
    taken.add(title.casefold())
    id_heading = t("spreadsheets", "No.") if not ent.singleton else t("spreadsheets", "No. (always 1)")
    sheets = [SheetLayout(title, ent, None, (Column(ID_KEY, id_heading, note=t(
        "spreadsheets", "The record's number in Atlas. Leave it empty for a new record.")),
                                             *field_columns(ent, time_zone, ent.key)))]
    label = spec(ent.label)
    for table in (f for f in ent.fields if f.kind is Kind.TABLE and f.stored):
        table_title = _table_title(ent, table, taken)
        taken.add(table_title.casefold())
        columns = (Column(PARENT_KEY, t("spreadsheets", "{record} No. *").format(record=label), note=t(
                              "spreadsheets", "The number of the {record} (column A of the {sheet} sheet) this row "
                              "belongs to.").format(record=_lower(label), sheet=title)),
                   Column(PARENT_TITLE_KEY, spec(ent.field(ent.title).label), read_only=True,
                          note=t("spreadsheets", "Shown for reference; not imported.")),
                   *field_columns(table, time_zone, ent.key))
        sheets.append(SheetLayout(table_title, ent, table, columns))
    return sheets


def selected(only: Sequence[str] | None) -> list[Entity]:
    """The registers an export includes, in the sidebar's order; a plain error for an unknown name."""
    if not only:
        return list(ENTITIES)
    known = {e.key for e in ENTITIES}
    wanted = set()
    for key in only:
        if key not in known and key != "findings":
            raise UsageError(t("spreadsheets", "There is no register called {name}; use one of: {names}, findings.")
                             .format(name=repr(key), names=", ".join(known)))
        wanted.add(key)
    return [e for e in ENTITIES if e.key in wanted]


def all_layouts(entities: Sequence[Entity], time_zone: str) -> list[SheetLayout]:
    taken = {title.casefold() for title in view_titles().values()}
    layouts: list[SheetLayout] = []
    for ent in entities:
        layouts.extend(entity_layouts(ent, time_zone, taken))
    return layouts


def layout_for_marker(marker: str, time_zone: str) -> SheetLayout | None:
    """The layout a hidden key row names, or None if it names no register of this version."""
    parts = str(marker).split("/")
    if len(parts) not in (2, 3) or parts[0] != MARKER or parts[1] not in BY_KEY:
        return None
    for layout in entity_layouts(BY_KEY[parts[1]], time_zone):
        if (layout.table.key if layout.table else None) == (parts[2] if len(parts) == 3 else None):
            return layout
    return None


def link_order() -> list[str]:
    """Entity keys ordered so that every stored link points to an entity earlier in the list
    (records are created in this order on import)."""
    order: list[str] = []
    visiting: set[str] = set()

    def visit(key: str) -> None:
        if key in order or key in visiting:
            return
        visiting.add(key)
        for f in BY_KEY[key].stored_fields:
            if f.kind in (Kind.LINK, Kind.LINKS) and f.target != key:
                visit(f.target or "")
        visiting.discard(key)
        order.append(key)

    for ent in ENTITIES:
        visit(ent.key)
    return order
