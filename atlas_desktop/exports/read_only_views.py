"""The Art. 30 sheets of an export, views for reading that say so: a note, sheet protection, and a fingerprint.

Atlas makes these sheets from the register and never imports them: a change made there would
be silently lost. So each one opens with a note that says where to make changes instead, is
protected against accidental edits, and has its contents' fingerprint kept in the hidden "Atlas"
sheet, so that an import can tell the user plainly that an edited view was not read.

The ICO and Art. 30(2) views are in the user's language (``core.i18n``, "spreadsheets" context): the ICO
template's headings translated, its column order kept. A view is recognised by its title in any language.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.protection import SheetProtection

from ..core.entities import BY_KEY
from ..core.i18n import t, tn
from . import cells, print_layout, styling
from .art30 import ART30_2_COLUMNS, CONTROLLER_ROLES, ICO_COLUMNS, Art30
from .layouts import all_layouts, view_title_anywhere, view_titles

# A view's rows: the note, the labels over groups of columns, the headings, then the data.
NOTE_ROW, GROUP_ROW, HEADER_ROW, FIRST_ROW = 1, 2, 3, 4
FACT_PREFIX = "fingerprint:"        # the "Atlas" sheet's fact holding a view's fingerprint
NOTE_FILL = PatternFill("solid", fgColor="FFF2CC")
NOTE_FONT = styling.font(bold=True, color="7F6000")
NOTE_WIDTH = 110                    # the note wraps at about this many characters: what a laptop screen shows


def _processor_view(view_title: str) -> bool:
    return view_title.casefold() in view_title_anywhere("art30_2")


def edit_sheets(view_title: str) -> str:
    """Where the facts a view shows are edited, in words naming the sheets (as an export names them)."""
    layouts = all_layouts([BY_KEY["activity"]], "UTC")  # titled as an export titles them
    activities = next(layout.title for layout in layouts if layout.table is None)
    if _processor_view(view_title):
        clients = next(layout.title for layout in layouts if layout.table and layout.table.key == "controllers_served")
        return t("spreadsheets", "the activities on the sheet '{activities}' and their clients on the sheet "
                                 "'{clients}'").format(activities=activities, clients=clients)
    return t("spreadsheets", "the activities on the sheet '{activities}'").format(activities=activities)


def note_text(view_title: str) -> str:
    what = (t("spreadsheets", "the record kept as a processor (Art. 30(2) GDPR)") if _processor_view(view_title)
            else t("spreadsheets", "the record of processing activities (Art. 30(1) GDPR)"))
    return t("spreadsheets", "Read-only view of {what}, made by Atlas from the register. Atlas does not import this "
                             "sheet, so a change made here would be lost: edit {where}, then import the workbook. The "
                             "sheet is protected against accidental changes (no password is needed to lift it).").format(
        what=what, where=edit_sheets(view_title))


def write_note(ws: Any, columns: int) -> None:
    """The note in the view's first row, merged across enough columns to read on a laptop screen and as tall
    as its wrapped text (the row height is worked out when the row is written: ``print_layout``)."""
    cell = ws.cell(NOTE_ROW, 1)
    cells.put(cell, note_text(ws.title))
    cell.font, cell.fill, cell.alignment = NOTE_FONT, NOTE_FILL, styling.WRAP_TOP
    widths = print_layout.widths_of(ws, columns)
    last, wide = 1, widths[0]
    while last < columns and wide < NOTE_WIDTH:
        wide += widths[last]
        last += 1
    if last > 1:
        ws.merge_cells(start_row=NOTE_ROW, start_column=1, end_row=NOTE_ROW, end_column=last)


def protect(ws: Any) -> None:
    """Protect the sheet against accidental edits. No password on purpose: this guards against a slip, not a
    person (the same data is on the editable sheets), and a forgotten password would help nobody. Filtering,
    sorting and resizing stay allowed, for reading."""
    ws.protection = SheetProtection(sheet=True, autoFilter=False, sort=False, formatColumns=False,
                                    formatRows=False, selectLockedCells=False, selectUnlockedCells=False)


def _plain(value: Any) -> str:
    """A cell's value as both sides see it: what was written, and what a spreadsheet program saved."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        value = value.date()
    text = cells.fit(value) if isinstance(value, str) else str(value)
    return " ".join(text.split())  # line endings and trailing spaces may change in another program


def fingerprint(rows: Iterable[Sequence[Any]]) -> str:
    """A view's contents (headings and data, in order; blank rows and trailing blank cells left out) as a digest."""
    kept = []
    for row in rows:
        plain = [_plain(v) for v in row]
        while plain and not plain[-1]:
            plain.pop()
        if plain:
            kept.append(plain)
    return hashlib.sha256(json.dumps(kept, ensure_ascii=False).encode()).hexdigest()[:32]


def skipped_note(name: str, facts: Mapping[str, str], rows: Iterable[tuple[int, Sequence[Any]]]) -> str:
    """The import's note on a view it did not read: a plain warning if the view was changed since the export
    (its fingerprint differs), which would otherwise be lost without a word. ``rows``: (row number, values)."""
    expected = facts.get(FACT_PREFIX + name)
    if expected is not None and expected != fingerprint(v for n, v in rows if n >= HEADER_ROW):
        return t("spreadsheets", "{sheet}: this sheet was changed, but it is a read-only view that Atlas does not "
                                 "import, so those changes were NOT read. Make them by editing {where}, and import "
                                 "again.").format(sheet=name, where=edit_sheets(name))
    return t("spreadsheets", "{sheet}: a view for reading (not imported).").format(sheet=name)


# -- the sheets -----------------------------------------------------------------------------------------------
def art30_sheet(wb: Any, art30: Art30, contents: list[tuple[str, str]], fingerprints: dict[str, str]) -> None:
    """The record as controller in the ICO template's columns (Art. 30(1))."""
    ws = styling.Sheet(wb, view_titles()["art30"])
    activities = art30.activities(CONTROLLER_ROLES)
    required = sum(1 for c in ICO_COLUMNS if c.required)
    styling.group_row(ws, GROUP_ROW, [
        (1, required, t("spreadsheets", "Required by Art. 30(1) GDPR (* in the ICO template's required part)")),
        (required + 1, len(ICO_COLUMNS), t("spreadsheets", "Optional columns of the ICO template"))])
    words = ico_headings()
    headings = [words[c.key] + (" *" if c.required else "") for c in ICO_COLUMNS]
    styling.write_header(ws, HEADER_ROW, headings, required=[c.required for c in ICO_COLUMNS])
    rows = [[row[c.key] or None for c in ICO_COLUMNS] for row in map(art30.ico_row, activities)]
    _read_only_table(ws, headings, rows, fingerprints)
    contents.append((ws.title, tn("spreadsheets", "The record of processing activities as controller, in the UK ICO "
                                  "template's column order: %n activit(y|ies) (Art. 30(1))", len(rows))))


def art30_2_sheet(wb: Any, art30: Art30, org: Mapping[str, Any], contents: list[tuple[str, str]],
                  fingerprints: dict[str, str]) -> None:
    """The record kept as processor, one row per client and activity (Art. 30(2))."""
    ws = styling.Sheet(wb, view_titles()["art30_2"])
    who = "; ".join(x for x in (org.get("name"), org.get("email"), org.get("phone")) if x)
    styling.group_row(ws, GROUP_ROW, [(1, len(ART30_2_COLUMNS), t(
        "spreadsheets", "Processor: {who}. Our representative and DPO are on the {cover} sheet (Art. 30(2)(a)).").format(
        who=who, cover=view_titles()["cover"]))])
    headings = [h + (" *" if r else "") for h, (_, r) in zip(art30_2_headings(), ART30_2_COLUMNS, strict=True)]
    styling.write_header(ws, HEADER_ROW, headings, required=[r for _, r in ART30_2_COLUMNS])
    rows = art30.processor_rows()
    if not rows:
        cells.put(ws.cell(FIRST_ROW, 1), t("spreadsheets", "No activity is recorded where the office acts as a "
                                                           "processor."))
        ws.cell(FIRST_ROW, 1).font = styling.MUTED
    _read_only_table(ws, headings, rows, fingerprints, empty=[] if rows else
                     [[ws.cell(FIRST_ROW, 1).value]])
    contents.append((ws.title, tn("spreadsheets", "The record kept as processor for clients: %n row(s), one per "
                                                  "client and activity (Art. 30(2))", len(rows))))


def _read_only_table(ws: styling.Sheet, headings: list[str], rows: list[list[Any]], fingerprints: dict[str, str],
                     empty: list[list[Any]] | None = None) -> None:
    """A view's table under its headings, with the note saying it is read-only above (placed once the widths
    are fitted), the sheet protected, and its contents' fingerprint kept for an import."""
    last = FIRST_ROW - 1 + max(len(rows), len(empty or []))
    styling.finish_table(ws, HEADER_ROW, last, len(headings), rows=rows, first_row=FIRST_ROW)
    # The note is for the screen: paper is never imported, so the print starts at the group labels.
    ws.print_area = f"A{GROUP_ROW}:{get_column_letter(len(headings))}{max(last, HEADER_ROW)}"
    write_note(ws, len(headings))
    protect(ws)
    ws.stream(FIRST_ROW, rows, {})
    ws.flush()
    fingerprints[ws.title] = fingerprint([headings, *(empty or []), *rows])


# -- the views' headings in the user's language ---------------------------------------------------------------
def ico_headings() -> dict[str, str]:
    """``art30.ICO_COLUMNS``' headings in the current language, by key (the ICO template's own words in English)."""
    return {
        "name": t("spreadsheets", "Processing activity"),
        "business_function": t("spreadsheets", "Business function"),
        "purpose": t("spreadsheets", "Purpose of processing"),
        "joint_controller": t("spreadsheets", "Name and contact details of joint controller (if applicable)"),
        "individuals": t("spreadsheets", "Categories of individuals"),
        "personal_data": t("spreadsheets", "Categories of personal data"),
        "recipients": t("spreadsheets", "Categories of recipients"),
        "processor_contract": t("spreadsheets", "Link to contract with processor"),
        "third_countries": t("spreadsheets", "Names of third countries or international organisations that "
                                             "personal data are transferred to (if applicable)"),
        "safeguards": t("spreadsheets", "Safeguards for exceptional transfers of personal data to third countries "
                                        "or international organisations (if applicable)"),
        "retention": t("spreadsheets", "Retention schedule (if possible)"),
        "security": t("spreadsheets", "General description of technical and organisational security measures "
                                      "(if possible)"),
        "art6": t("spreadsheets", "Article 6 lawful basis for processing personal data"),
        "art9": t("spreadsheets", "Article 9 basis for processing special category data"),
        "legitimate_interests": t("spreadsheets", "Legitimate interests for the processing (if applicable)"),
        "lia": t("spreadsheets", "Link to record of legitimate interests assessment (if applicable)"),
        "rights": t("spreadsheets", "Rights available to individuals"),
        "automated": t("spreadsheets", "Existence of automated decision-making, including profiling (if applicable)"),
        "source": t("spreadsheets", "The source of the personal data (if applicable)"),
        "consent_record": t("spreadsheets", "Link to record of consent"),
        "location": t("spreadsheets", "Location of personal data"),
        "dpia_required": t("spreadsheets", "Data Protection Impact Assessment required?"),
        "dpia_progress": t("spreadsheets", "Data Protection Impact Assessment progress"),
        "dpia_link": t("spreadsheets", "Link to the Data Protection Impact Assessment"),
        "breach": t("spreadsheets", "Personal data breach?"),
        "breach_link": t("spreadsheets", "Link to record of personal data breach"),
        "retention_policy": t("spreadsheets", "Link to retention and erasure policy document"),
        "retained_per_policy": t("spreadsheets", "Is personal data retained and erased in accordance with the "
                                                 "policy document?"),
        "retention_reasons": t("spreadsheets", "If not, the reasons why"),
        "criminal": t("spreadsheets", "Criminal-offence data (Art. 10) and the legal authority for it"),
    }


def art30_2_headings() -> list[str]:
    """``art30.ART30_2_COLUMNS``' headings in the current language, in order."""
    return [t("spreadsheets", "Processing activity"), t("spreadsheets", "Controller we act for (Art. 30(2)(a))"),
            t("spreadsheets", "Controller's contact, representative or DPO (Art. 30(2)(a))"),
            t("spreadsheets", "Categories of processing carried out for them (Art. 30(2)(b))"),
            t("spreadsheets", "Processors we use for it"), t("spreadsheets", "Transfers to third countries (Art. 30(2)(c))"),
            t("spreadsheets", "Safeguards for the transfers (Art. 30(2)(c))"),
            t("spreadsheets", "Security measures (Art. 30(2)(d))")]
