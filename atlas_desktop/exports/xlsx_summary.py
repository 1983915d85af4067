"""The workbook's pages for people only, in the user's language: the cover, the training matrix and the findings.

An import never reads these (``xlsx_export`` writes them, ``xlsx_import`` skips sheets with no key row), so
every word on them follows ``core.i18n``: the specs' labels and terms through ``spec``, the rest under the
"spreadsheets" context. Dates stay real dates and the audit anchor stays as ``atlas audit verify`` takes it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import quote_sheetname
from openpyxl.worksheet.hyperlink import Hyperlink

from .. import __version__
from ..core import clocks
from ..core.checks import TRAINING_DUE_SOON_DAYS, Finding
from ..core.context import country_in_language
from ..core.entities import BY_KEY
from ..core.i18n import cite, spec, t, tn
from . import cells, print_layout, styling
from .layouts import FIRST_ROW, HEADER_ROW, view_titles
from .values import yes_no

Record = dict[str, Any]


def severity_words() -> dict[str, str]:
    return {"overdue": t("spreadsheets", "Overdue"), "due soon": t("spreadsheets", "Due soon"),
            "gap": t("spreadsheets", "Gap")}


# -- staff training, findings -------------------------------------------------------------------------------
def matrix_sheet(wb: Workbook, snapshot: Mapping[str, list[Record]], today: dt.date,
                 contents: list[tuple[str, str]]) -> None:
    ws = styling.Sheet(wb, view_titles()["matrix"])
    people = sorted(snapshot["person"], key=lambda p: (p.get("status") != "current", str(p.get("name")).casefold()))
    courses = sorted({training["course"] for training in snapshot["training"]}, key=str.casefold)
    latest: dict[tuple[int, str], dt.date] = {}
    for training in snapshot["training"]:
        key = (training["person"], training["course"])
        if training.get("expires_on") and (key not in latest or training["expires_on"] > latest[key]):
            latest[key] = training["expires_on"]
    styling.title_block(ws, t("spreadsheets", "Training matrix"), t(
        "spreadsheets", "Each cell: when the person's latest training in that course expires. Red: expired; amber: "
        "within {days} days; green: valid (Art. 32(4), 39(1)(b)).").format(days=TRAINING_DUE_SOON_DAYS))
    person = BY_KEY["person"]
    status = person.field("status").vocab
    headings = [t("spreadsheets", "Person"), t("spreadsheets", "Role"), t("spreadsheets", "Status"),
                t("spreadsheets", "Handles special-category data"), *courses]
    header_row = 3
    styling.write_header(ws, header_row, headings)
    yes, no = yes_no()
    rows = [[p.get("name"), p.get("role"), spec(status.label_of(p["status"])) if status else p.get("status"),
             yes if p.get("handles_special_category") else no,
             *[latest.get((p["id"], c)) for c in courses]] for p in people]
    fills = {}
    for r, who in enumerate(people, start=header_row + 1):
        for c, course in enumerate(courses, start=5):
            expires = latest.get((who["id"], course))
            if expires is None:
                continue
            days = (expires - today).days
            fills[r, c] = styling.FILLS["red" if days < 1 else "amber" if days <= TRAINING_DUE_SOON_DAYS else "green"]
    styling.write_table(ws, header_row, header_row + 1, rows, len(headings), fills=fills)
    ws.flush()
    contents.append((ws.title, t("spreadsheets", "Staff × courses with expiry dates: {people}, {courses}").format(
        people=tn("spreadsheets", "%n people", len(people)), courses=tn("spreadsheets", "%n course(s)", len(courses)))))


def findings_sheet(wb: Workbook, findings: list[Finding], tz: str, contents: list[tuple[str, str]]) -> None:
    ws = styling.Sheet(wb, view_titles()["findings"])
    headings = [t("spreadsheets", "Severity"), t("spreadsheets", "Register"), t("spreadsheets", "No."),
                t("spreadsheets", "Record"), t("spreadsheets", "What to do"), t("spreadsheets", "Article"),
                t("spreadsheets", "Due ({zone} time)").format(zone=tz)]
    styling.write_header(ws, HEADER_ROW, headings)
    words = severity_words()
    rows = []
    for f in findings:
        due: Any = f.due
        if isinstance(due, dt.datetime):
            due = cells.excel_time(due, tz)
        elif isinstance(due, dt.date):
            due = cells.excel_date(due)
        rows.append([words.get(f.severity, f.severity.capitalize()),
                     spec(BY_KEY[f.entity].plural) if f.entity in BY_KEY else f.entity,
                     f.record, f.title, f.message, cite(f.article), due])
    fills = {}
    for r, f in enumerate(findings, start=FIRST_ROW):
        fill = {"overdue": "red", "due soon": "amber"}.get(f.severity)
        if fill:
            fills[r, 1] = styling.FILLS[fill]
    if not findings:
        cells.put(ws.cell(FIRST_ROW, 1), t("spreadsheets", "Nothing to do: no deadline is near and no gap was found."))
    styling.write_table(ws, HEADER_ROW, FIRST_ROW, rows, len(headings), fills=fills)
    ws.flush()
    counts = t("spreadsheets", "{overdue} overdue, {soon} due soon, {gaps}").format(
        overdue=sum(f.severity == "overdue" for f in findings), soon=sum(f.severity == "due soon" for f in findings),
        gaps=tn("spreadsheets", "%n gap(s)", sum(f.severity == "gap" for f in findings)))
    contents.append((ws.title, t("spreadsheets", "What `atlas check` found: {counts}").format(counts=counts)))


# -- the cover ---------------------------------------------------------------------------------------------
def local_time(moment: dt.datetime, tz: str) -> str:
    local = moment.astimezone(clocks.zone(tz))
    offset = f"{local:%z}"
    return f"{local:%Y-%m-%d %H:%M} {local.tzname()} ({tz}, UTC{offset[:3]}:{offset[3:]})"


def _joined(*parts: Any) -> str | None:
    return " — ".join(str(x) for x in parts if x) or None


def cover(ws: styling.Sheet, org: Record, ctx: Any, head: Any, contents: list[tuple[str, str]]) -> None:
    tz = ctx.time_zone
    when = local_time(ctx.now, tz)
    styling.title_block(ws, t("spreadsheets", "Records of processing activities — {organisation}").format(
        organisation=org.get("name")), t("spreadsheets", "Exported by Atlas Desktop {version} on {when}.").format(
        version=__version__, when=when))
    representative = _joined(org.get("representative"), org.get("representative_contact")) \
        if org.get("representative") else t("spreadsheets", "None appointed")
    dpo = _joined(str(org.get("dpo_name")), org.get("dpo_contact")) if org.get("has_dpo") \
        else t("spreadsheets", "No DPO appointed")
    rows: list[tuple[str, Any]] = [
        (t("spreadsheets", "Controller (Art. 30(1)(a))"), None),
        (t("spreadsheets", "Name"), org.get("name")), (t("spreadsheets", "Address"), org.get("address")),
        (t("spreadsheets", "Email"), org.get("email")), (t("spreadsheets", "Phone"), org.get("phone")),
        (t("spreadsheets", "Country"), country_in_language(org["country"]) if org.get("country") else None),
        (t("spreadsheets", "Representative in the EU (Art. 27)"), representative),
        (t("spreadsheets", "Data protection officer (Art. 37)"), dpo),
        (t("spreadsheets", "Person responsible for data protection"),
         _joined(org.get("responsible_name"), org.get("responsible_contact"))),
        (t("spreadsheets", "Supervisory authority"),
         _joined(org.get("authority_name"), org.get("authority_contact"), org.get("authority_reference"))),
        ("", None),
        (t("spreadsheets", "This export"), None),
        (t("spreadsheets", "Generated at"), when),
        (t("spreadsheets", "Due dates"), t("spreadsheets", "Deadlines are {calendar} (Art. 12(3)).").format(
            calendar=ctx.calendar.moved_past)),
        (t("spreadsheets", "Dates and times"), t(
            "spreadsheets", "Every time in this workbook is the wall-clock time in {zone}: spreadsheets store no time "
            "zone. A time the clocks repeat (when they go back) is written as text with its UTC offset.").format(
            zone=tz)),
        (t("spreadsheets", "Audit trail entries"), head.count),
        (t("spreadsheets", "Audit-chain head"), head.head),
        (t("spreadsheets", "To check the register later"), f"atlas audit verify --anchor {head.count}:{head.head}"),
        (t("spreadsheets", "Headings"), t(
            "spreadsheets", "Dark red: required by Art. 30(1) (marked *). Grey: worked out by Atlas, not imported. "
            "Hover over a heading for what to enter and the article that asks for it.")),
        (t("spreadsheets", "Not encrypted"), t(
            "spreadsheets", "This file is not encrypted. Keep it somewhere safe and delete it when it is no longer "
            "needed.")),
        ("", None),
        (t("spreadsheets", "Contents"), None),
    ]
    rows.extend(contents)
    first = 4
    for r, (label, value) in enumerate(rows, start=first):
        cells.put(ws.cell(r, 1), label)
        cells.put(ws.cell(r, 2), value)
        ws.cell(r, 2).alignment = styling.WRAP_TOP
        ws.cell(r, 1).alignment = styling.WRAP_TOP
        if value is None and label:
            ws.cell(r, 1).font = styling.SECTION_FONT
        else:
            ws.cell(r, 1).font = styling.BOLD
        if (label, value) in contents:
            cell = ws.cell(r, 1)
            cell.hyperlink = Hyperlink(ref=cell.coordinate, location=f"{quote_sheetname(label)}!A1", display=label)
            cell.font = styling.LINK_FONT
    ws.column_dimensions["A"].width = 38
    ws.column_dimensions["B"].width = 100
    ws.sheet_view.showGridLines = False
    print_layout.set_up(ws, columns=2, last_row=first + len(rows) - 1)
