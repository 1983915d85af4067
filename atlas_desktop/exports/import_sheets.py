"""Reads the rows of a workbook's sheets into field values, cell by cell, noting every cell that cannot be read.

Two kinds of sheet are read: the register and table sheets of an Atlas export (found by the
hidden key row ``layouts`` writes) and a sheet in the ICO controller template's layout (found
by its headings). Nothing here looks at the register: matching rows to records, links and
validation are ``xlsx_import``'s job. An export's headings may be in any language: its columns are
found by the key row, and its labels and yes/no cells read in any language (``values.AnyLanguage``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from openpyxl.utils import get_column_letter

from ..core import clocks
from ..core.i18n import in_sentence, spec, t
from ..core.spec import Kind
from . import cells, ico_import
from .art30 import ICO_COLUMNS
from .import_model import RowProblem
from .layouts import (
    FIRST_ROW,
    HEADER_ROW,
    ID_KEY,
    KEY_ROW,
    MARKER,
    PARENT_KEY,
    Column,
    SheetLayout,
    bare_heading,
)
from .values import YES, AnyLanguage, as_text, from_cell
from .xlsx_read import Cell, Workbook

HEADER_SEARCH_ROWS = 10


@dataclass
class Choices:
    """An expanded checklist read as one Yes/No column per term; terms without a column keep their value."""

    marks: dict[str, bool]


@dataclass
class ReadRow:
    entity: str
    sheet: str
    row: int
    file_id: int | None
    values: dict[str, Any] = field(default_factory=dict)
    columns: dict[str, str] = field(default_factory=dict)      # field key → 'C "Heading"'
    problems: list[RowProblem] = field(default_factory=list)
    cut: set[str] = field(default_factory=set)                # text fields that end with cells.CUT_MARK
    tables: dict[str, list[ReadRow]] = field(default_factory=dict)
    parent: int | None = None                                 # a table row: its record's number

    @property
    def key(self) -> str:
        return f"{self.sheet}!{self.row}"


@dataclass
class SheetRead:
    layout: SheetLayout | None
    rows: list[ReadRow]
    notes: list[str]


def where(col: int, heading: Any) -> str:
    return f'{get_column_letter(col)} "{" ".join(str(heading or "").split())}"'


def _cell_problem(cell: Cell) -> str | None:
    if cell.formula:
        return t("spreadsheets", "holds a formula ({formula}); Atlas never runs formulas: type the value instead, or "
                 "copy and paste it as a value").format(formula=cell.value[:60])
    if cell.error:
        return t("spreadsheets", "holds the error value {error}; type the value instead").format(error=cell.value)
    return None


def _blank(cell: Cell | None) -> bool:
    return cell is None or cell.value is None or (isinstance(cell.value, str) and not cell.value.strip())


# -- Atlas sheets ------------------------------------------------------------------------------------
# Workbooks exported before schema 5 hold a breach's hand-picked level in "risk", which is now worked out
# from the facts. It is read as the user's own assessment, with the reason the register upgrade gives it
# (storage.migrations.m0005_judgement), so a level decided then is never silently dropped.
LEGACY_BREACH_RISK = ("risk", "risk_override", "override_reason", "set before the assessment existed")


def _legacy_column(layout: SheetLayout, keys: list[Cell], by_key: dict[str, Column]) -> Column | None:
    old, new, _reason_key, _reason = LEGACY_BREACH_RISK
    present = {str(c.value) for c in keys if c.value is not None}
    if layout.entity.key != "breach" or layout.table is not None or old not in present or new in present:
        return None
    return by_key.get(new)


def read_atlas_sheet(book: Workbook, name: str, layout: SheetLayout, time_zone: str,
                     words: AnyLanguage | None = None) -> SheetRead:
    """The rows of one register or table sheet of an export; ``words`` (made once per import) reads its labels
    in any language."""
    rows_iter = book.rows(name)
    keys: list[Cell] = []
    headers: list[Cell] = []
    data: list[tuple[int, list[Cell]]] = []
    for number, row in rows_iter:
        if number == KEY_ROW:
            keys = row
        elif number == HEADER_ROW:
            headers = row
        elif number >= FIRST_ROW:
            data.append((number, row))
    by_key = {c.key: c for c in layout.columns}
    by_heading = {bare_heading(c.heading): c for c in layout.columns}
    mapping: dict[int, Column] = {}
    notes: list[str] = []
    legacy = _legacy_column(layout, keys, by_key)
    if legacy is not None:
        # The reason in quotes is the one stored with each level (in English, as the register upgrade stores it).
        notes.append(t("spreadsheets", "{sheet}: this workbook is from before the risk assessment; each breach's "
                       "risk level was read as your own assessment (\u201c{reason}\u201d).").format(
            sheet=name, reason=LEGACY_BREACH_RISK[3]))
    for col in range(1, max(len(keys), len(headers)) + 1):
        key = keys[col - 1].value if col <= len(keys) and col > 1 else (layout.columns[0].key if col == 1 else None)
        heading = headers[col - 1].value if col <= len(headers) else None
        column = by_key.get(str(key)) if key is not None else None
        if legacy is not None and str(key) == LEGACY_BREACH_RISK[0]:
            column = legacy
        if column is None and heading is not None:
            column = by_heading.get(bare_heading(str(heading)))
        if column is None:
            if heading is not None or key is not None:
                notes.append(t("spreadsheets", "{sheet}: column {column} is not a field of {records}; it was not "
                               "read.").format(sheet=name, column=where(col, heading or key),
                                               records=in_sentence(spec(layout.entity.plural))))
            continue
        if column.read_only:
            continue
        mapping[col] = column
    read = SheetRead(layout, [], notes)
    # Each column's 'C "Heading"', worked out once per sheet rather than once per cell.
    labels = {col: where(col, headers[col - 1].value if col <= len(headers) else column.heading)
              for col, column in mapping.items()}
    words = words or AnyLanguage()
    for number, row in data:
        read_row = _atlas_row(name, layout, mapping, labels, number, row, time_zone, words)
        if read_row is not None:
            if legacy is not None and read_row.values.get(legacy.key):
                read_row.values.setdefault(LEGACY_BREACH_RISK[2], LEGACY_BREACH_RISK[3])
            read.rows.append(read_row)
    return read


_YES_WORDS, _NO_WORDS = frozenset({YES.casefold(), "y", "true", "x", "1"}), frozenset({"no", "n", "false", "0"})


def _atlas_row(sheet: str, layout: SheetLayout, mapping: dict[int, Column], labels: dict[int, str], number: int,
               row: list[Cell], time_zone: str, words: AnyLanguage) -> ReadRow | None:
    out = ReadRow(layout.entity.key, sheet, number, None)
    filled = False
    for col, column in mapping.items():
        cell = row[col - 1] if col <= len(row) else None
        label = labels[col]
        if column.field is not None:
            out.columns.setdefault(column.field.key, label)
        if cell is not None and (problem := _cell_problem(cell)):
            out.problems.append(RowProblem(sheet, number, label, problem))
            filled = True
            continue
        if column.key in (ID_KEY, PARENT_KEY):
            if cell is None or _blank(cell):
                continue
            value = cell.value
            number_value = int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) \
                and float(value).is_integer() else None
            if number_value is None and isinstance(value, str) and value.strip().lstrip("#").isdigit():
                number_value = int(value.strip().lstrip("#"))
            if number_value is None or number_value < 1:
                out.problems.append(RowProblem(sheet, number, label, t("spreadsheets", "{value} is not a record "
                                                                         "number").format(value=repr(as_text(value)))))
                continue
            if column.key == ID_KEY:
                out.file_id = number_value
            else:
                out.parent = number_value
            continue
        f = column.field
        assert f is not None
        if column.term is not None:
            text = "" if cell is None or _blank(cell) else " ".join(as_text(cell.value).split()).casefold()
            yes = text in _YES_WORDS or text in words.yes
            if text and not yes and text not in _NO_WORDS and text not in words.no:
                out.problems.append(RowProblem(sheet, number, label, t("spreadsheets", "{value} is not {yes} or {no}")
                                               .format(value=repr(text), yes=t("spreadsheets", "Yes"),
                                                       no=t("spreadsheets", "No"))))
                continue
            marks = out.values.setdefault(f.key, Choices({}))
            marks.marks[column.term.code] = yes
            filled = filled or bool(text)
            continue
        raw = None if cell is None else cell.value
        if isinstance(raw, str) and f.kind in (Kind.TEXT, Kind.NOTE) and cells.was_cut(raw):
            out.cut.add(f.key)
        try:
            value = from_cell(f, raw, time_zone, words=words)
        except ValueError as exc:
            out.problems.append(RowProblem(sheet, number, label, f"{exc}."))
            filled = True
            continue
        out.values[f.key] = value
        filled = filled or not (value is None or value is False or value == [])
    if not filled and out.file_id is None:
        return None  # only read-only cells (or nothing) filled in: not a record
    if layout.table is not None and not filled:
        return None  # a table row with no values is dropped, as a save drops it
    if layout.table is not None and out.parent is None:
        out.problems.append(RowProblem(sheet, number, where(1, layout.columns[0].heading),
                                       t("spreadsheets", "say which record this row belongs to (its No.)")))
    return out


# -- ICO sheets -----------------------------------------------------------------------------------------
def find_ico_header(book: Workbook, name: str) -> tuple[int, dict[int, str]] | None:
    for number, row in book.rows(name):
        if number > HEADER_SEARCH_ROWS:
            break
        found = ico_import.match_headings({i: c.value for i, c in enumerate(row, start=1)
                                           if isinstance(c.value, str)})
        if ico_import.looks_like_ico(found):
            return number, found
    return None


def read_ico_sheet(book: Workbook, name: str, header: int, found: dict[int, str],
                   processors: dict[str, list[int]]) -> SheetRead:
    headings: dict[int, Any] = {}
    read = SheetRead(None, [], [])
    labels = {c.key: c.heading for c in ICO_COLUMNS}
    for number, row in book.rows(name):
        if number == header:
            headings = {i: c.value for i, c in enumerate(row, start=1)}
            for col, value in headings.items():
                if value is not None and col not in found:
                    read.notes.append(t("spreadsheets", "{sheet}: column {column} is not a column of the ICO template; "
                                        "it was not read.").format(sheet=name, column=where(col, value)))
            skipped = [where(c, headings.get(c)) for c, k in found.items() if k in ico_import.NOT_IMPORTED]
            if skipped:
                read.notes.append(t("spreadsheets", "{sheet}: {columns} are worked out by Atlas from the DPIAs, "
                                    "breaches, consents and policies; they were not read.").format(
                    sheet=name, columns=", ".join(skipped)))
            continue
        if number < header:
            continue
        texts: dict[str, str] = {}
        out = ReadRow("activity", name, number, None)
        for col, key in found.items():
            cell = row[col - 1] if col <= len(row) else None
            label = where(col, headings.get(col, labels[key]))
            if cell is not None and (problem := _cell_problem(cell)):
                out.problems.append(RowProblem(name, number, label, problem))
                continue
            if key in ico_import.NOT_IMPORTED:
                continue
            texts[key] = "" if cell is None or _blank(cell) else as_text(cell.value)
        if not any(text.strip() and not ico_import.blank(text) for text in texts.values()) and not out.problems:
            continue
        values, problems = ico_import.parse_row(texts, processors)
        out.values = values
        for key, reason in problems:
            col = next((c for c, k in found.items() if k == key), 0)
            out.problems.append(RowProblem(name, number, where(col, headings.get(col, labels[key])) if col else "",
                                           f"{reason}."))
        for key in values:
            col = next((c for c, k in found.items() if _ico_field(k) and key in _ico_field(k)), 0)
            if col:
                out.columns[key] = where(col, headings.get(col))
        read.rows.append(out)
    return read


_ICO_FIELDS = {
    "name": ("name",), "business_function": ("business_function",), "purpose": ("purposes",),
    "joint_controller": ("joint_controllers", "role"), "individuals": ("subject_categories",),
    "personal_data": ("data_categories", "special_categories"),
    "recipients": ("recipients_internal", "recipients_external"), "processor_contract": ("processors",),
    "third_countries": ("transfers",), "retention": ("retention",), "security": ("security_measures", "security_notes"),
    "art9": ("art9_conditions",), "legitimate_interests": ("legitimate_interest",), "lia": ("lia_reference",),
    "rights": ("rights_available",), "automated": ("automated_decisions", "profiling", "automated_notes"),
    "source": ("source",), "location": ("locations", "systems"), "criminal": ("criminal_data", "criminal_data_authority"),
}


def _ico_field(key: str) -> tuple[str, ...]:
    return _ICO_FIELDS.get(key, ())


def file_time_zone(book: Workbook, fallback: str) -> tuple[str, dict[str, str]]:
    """The zone the file's wall-clock times are in (from its hidden "Atlas" sheet), and that sheet's facts."""
    facts: dict[str, str] = {}
    if "Atlas" in book.sheet_names:
        for _, row in book.rows("Atlas", max_col=2):
            if len(row) == 2 and isinstance(row[0].value, str) and row[1].value is not None:
                facts[row[0].value] = str(row[1].value)
        if not facts.get("format", "").startswith("atlas-xlsx/"):
            facts = {}  # a sheet of someone's own that happens to be called "Atlas"
    zone = facts.get("time_zone") or fallback
    try:
        clocks.zone(zone)
    except ValueError:
        zone = fallback
    return zone, facts


def marker_of(book: Workbook, name: str) -> str | None:
    """The "atlas/<entity>…" mark in a sheet's first cell, if it has one."""
    for number, row in book.rows(name, max_col=1):
        value = row[0].value if row else None
        if number == KEY_ROW and isinstance(value, str) and value.startswith(MARKER + "/"):
            return value
        return None
    return None

