"""Imports a workbook: our own export (edited or not) or a record kept in the ICO layout, checked whole first.

``plan_import`` reads the file (refusing unsafe ones before parsing, see ``xlsx_read``); its
``import_planner.Planner`` matches each row to a record by its number (only if the file came from
this register) or to a new one, resolves links, and validates every record with the same rules as
the GUI (``Records.prepare``). It writes nothing. ``apply_import`` writes the plan in one
transaction, each save recorded in the audit trail as an "import": every row or none, unless the
caller asks to leave invalid rows out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..core.entities import BY_KEY, ENTITIES
from ..core.errors import InvalidRecord, UsageError
from ..core.i18n import format_number, t, tn
from .import_model import ImportHasProblems, ImportPlan, ImportResult, Pending, record_word
from .import_planner import Planner
from .import_sheets import (
    SheetRead,
    file_time_zone,
    find_ico_header,
    marker_of,
    read_atlas_sheet,
    read_ico_sheet,
)
from .layouts import layout_for_marker, link_order
from .read_only_views import skipped_note
from .values import AnyLanguage
from .xlsx_read import SpreadsheetRefused, Workbook

__all__ = ["ImportHasProblems", "ImportPlan", "ImportResult", "SpreadsheetRefused", "apply_import", "plan_import"]


def plan_import(records: Any, path: Path) -> ImportPlan:
    """What importing ``path`` into ``records`` (a ``storage.records.Records``) would do; writes nothing."""
    path = Path(path).expanduser()
    head = records.reg.audit.head().head
    register_zone = records.context().time_zone
    with Workbook(path) as book:
        zone, facts = file_time_zone(book, register_zone)
        reads: list[SheetRead] = []
        notes: list[str] = []
        words = AnyLanguage()  # an export in any language: its labels and yes/no, read once for the whole file
        for name in book.sheet_names:
            marker = marker_of(book, name)
            layout = layout_for_marker(marker, zone) if marker else None
            if layout is not None:
                reads.append(read_atlas_sheet(book, name, layout, zone, words))
            elif marker is None and book.state(name) == "visible" and not facts:
                found = find_ico_header(book, name)
                if found is not None:
                    reads.append(read_ico_sheet(book, name, *found, _processor_names(records)))
            elif book.state(name) == "visible" and facts:
                # Never read, but looked at: an edited Art. 30 view would otherwise lose its edits without a word.
                notes.append(skipped_note(name, facts, ((n, [c.value for c in row]) for n, row in book.rows(name))))
    if not reads:
        raise SpreadsheetRefused(t("spreadsheets", "{file} holds no sheet Atlas can import: neither an Atlas export "
                                   "nor a sheet with the ICO template's headings (Business function, Purpose of "
                                   "processing, …).").format(file=path.name))
    same = facts.get("register_id") == records.reg.register_id
    if facts:
        source = "atlas"
        description = (t("spreadsheets", "an Atlas export of this register") if same else
                       t("spreadsheets", "an Atlas export of another register (every record in it is new here)"))
        if zone != register_zone:
            description = t("spreadsheets", "{description}; its times are read in {zone}, the zone it was exported "
                            "in").format(description=description, zone=zone)
    else:
        source = "ico"
        sheets = [repr(r.rows[0].sheet) for r in reads if r.rows]
        description = (t("spreadsheets", "a record in the ICO template's layout (sheet {sheets})").format(
            sheets=", ".join(sheets)) if sheets else t("spreadsheets", "a record in the ICO template's layout, with no "
                                                                       "rows"))
    for read in reads:
        notes.extend(read.notes)
    planner = Planner(records, reads, same, source)
    return planner.plan(path, source, description, notes, head)


def _kind(label: str) -> str:
    """The kind of record ``InvalidRecord`` names (storage gives the English label lower-cased) as a word of the
    sentence in the user's language."""
    found = next((ent for ent in ENTITIES if ent.label.lower() == label), None)
    return record_word(found.label) if found is not None else label


def _processor_names(records: Any) -> dict[str, list[int]]:
    names: dict[str, list[int]] = {}
    for pid, title in records.titles("processor").items():
        names.setdefault(title.casefold(), []).append(pid)
    return names


# -- writing -------------------------------------------------------------------------------------------------
def apply_import(records: Any, plan: ImportPlan, *, skip_invalid: bool = False) -> ImportResult:
    """Write the plan in one transaction; nothing at all if anything fails.

    Refused if the plan has problems (unless ``skip_invalid``) or the register changed since the
    plan was made."""
    if plan.problems and not skip_invalid:
        count = plan.problem_count
        # {count}, not %n: the count is grouped (1,234) as the language groups digits.
        raise ImportHasProblems(tn("spreadsheets", "{count} problem(s) found in {file}; nothing was imported.", count)
                                .format(count=format_number(count), file=plan.path.name))
    if records.reg.audit.head().head != plan.audit_head:
        raise UsageError(t("spreadsheets", "The register changed since the file was checked; check the file again "
                           "before importing."))
    adds, changes = plan.valid_adds, plan.valid_changes
    created: dict[str, int] = {p.key: p.record_id for p in changes if p.record_id is not None}
    order = {key: i for i, key in enumerate(link_order())}
    added: list[tuple[str, int]] = []

    def resolve(value: Any) -> Any:
        if isinstance(value, Pending):
            return created[value.key]
        if isinstance(value, list):
            return [resolve(v) for v in value]
        return value

    try:
        with records.reg.transaction(t("spreadsheets", "importing the spreadsheet")):
            first = [p for p in changes if BY_KEY[p.entity].singleton]  # its clocks judge the rest
            for p in first:
                records.update(p.entity, p.record_id, {k: resolve(v) for k, v in p.values.items()}, action="import")
            for p in sorted(adds, key=lambda p: order[p.entity]):
                record_id = records.create(p.entity, {k: resolve(v) for k, v in p.values.items()}, action="import")
                created[p.key] = record_id
                added.append((p.entity, record_id))
            for p in changes:
                if BY_KEY[p.entity].singleton:
                    continue
                records.update(p.entity, p.record_id, {k: resolve(v) for k, v in p.values.items()}, action="import")
    except InvalidRecord as exc:
        # Validated when planned; a record can still fail when its links finally exist. Nothing was kept.
        reasons = "; ".join(pr.message for pr in exc.problems[:5])
        raise ImportHasProblems(t("spreadsheets", "Nothing was imported: a {record} failed its checks on saving "
                                  "({reasons}).").format(record=_kind(exc.label), reasons=reasons)) from None
    return ImportResult(added, [(p.entity, p.record_id) for p in changes if p.record_id is not None],
                        plan.invalid_count)

