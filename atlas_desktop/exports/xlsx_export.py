"""Writes the whole register as one workbook: a cover, the Art. 30 record, every register, and the findings.

The controller's Art. 30 record is in both templates by default, the UK ICO's and the CNIL's (in French): a user
exports "the register" not knowing which authority will ask (a cross-border office has several, Art. 56), and a
read-only view that an import skips costs nothing. ``views`` leaves one out.

The workbook is for people first (a board, an auditor, the supervisory authority) and for
Atlas second: the register sheets carry hidden field keys and record numbers, so the same
file, edited, can be imported again (``xlsx_import``). It is built in memory (``spool``: not even
openpyxl's per-sheet temp files reach the disk) and written atomically, so a cancelled, failed or
killed export leaves no partial file and no plaintext copy behind.

Its words follow the user's language (``core.i18n``): headings, their comments, sheet titles, dropdown
choices and yes/no cells, the cover and the findings (``xlsx_summary``). The hidden key row, the
"atlas/<entity>" markers, the hidden "Atlas" sheet, dates and numbers never do, so a workbook exported in one
language imports in any other.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from .. import __version__
from ..core import i18n
from ..core.bulk import without_cycle_collection
from ..core.checks import run_checks
from ..core.countries import all_countries, local_name
from ..core.derive import counted_now
from ..core.entities import BY_KEY
from ..core.errors import AtlasError, UsageError
from ..core.i18n import cite, spec, t, tn
from ..core.spec import Kind
from . import cells, styling
from . import read_only_views as read_only
from . import xlsx_summary as summary
from .output import write_export
from .spool import MemoryWorkbook
from .art30 import CNIL_COLUMNS, CONTROLLER_ROLES, Art30, cnil_heading
from .layouts import (
    ART30_VIEWS,
    FIRST_ROW,
    HEADER_ROW,
    KEY_ROW,
    PARENT_KEY,
    VIEW_TITLES,
    SheetLayout,
    all_layouts,
    selected,
    view_titles,
)
from .values import converter, unaccented, yes_no

FORMAT = "atlas-xlsx/1"
Progress = Callable[[int, int, str], None]
Record = dict[str, Any]


class Cancelled(AtlasError):
    """The export was cancelled; nothing was written."""


def export_workbook(records: Any, out: Path, *, only: Sequence[str] | None = None, now: dt.datetime | None = None,
                    progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
                    views: Sequence[str] = ART30_VIEWS) -> Path:
    """Write the workbook for ``records`` (a ``storage.records.Records``) to ``out``; return the path.

    ``only`` limits it to some registers (entity keys, or "findings"); the cover is always there."""
    out = writable(Path(out), records.reg.path)
    with without_cycle_collection():  # a cell and a style reference per value: see core.bulk
        data = build_workbook(records, only=only, now=now, progress=progress, cancelled=cancelled, views=views)
    if cancelled is not None and cancelled():
        raise Cancelled(t("spreadsheets", "Cancelled; nothing was written."))
    write(out, data)
    return out


def writable(out: Path, register: Path) -> Path:
    """``out`` checked before any work: not the register itself, not a folder."""
    out = out.expanduser()
    if out.exists() and out.resolve() == Path(register).resolve():
        raise UsageError(t("spreadsheets", "The export would overwrite the register itself; choose another file."))
    if out.is_dir():
        raise UsageError(t("spreadsheets", "{path} is a folder; give the name of the file to write.").format(path=out))
    return out


def write(out: Path, data: bytes) -> None:
    """Replace ``out`` atomically (a reader sees the old file or the whole new one), with plain errors."""
    write_export(out, data)


def build_workbook(records: Any, *, only: Sequence[str] | None = None, now: dt.datetime | None = None,
                   progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
                   views: Sequence[str] = ART30_VIEWS) -> bytes:
    """The workbook's bytes (nothing is written to disk)."""
    if unknown := sorted(set(views) - set(ART30_VIEWS)):
        first, second = ART30_VIEWS
        raise UsageError(t("spreadsheets", "There is no Art. 30 view called {view}; use {first} or {second}.").format(
            view=repr(unknown[0]), first=first, second=second))
    # The organisation's own sheet goes last: the cover already shows it to a reader.
    entities = sorted(selected(only), key=lambda e: e.singleton)
    keys = {e.key for e in entities}
    with_findings = not only or "findings" in only
    ctx = records.context(now)
    tz = ctx.time_zone
    # Due dates counted past holidays are worked out again under today's calendar, the one the cover names:
    # a stored one dates from the record's last save, perhaps before the country was set.
    snapshot = {key: counted_now(key, sorted(rows, key=lambda r: r["id"]), ctx)
                for key, rows in records.snapshot().items()}
    titles = {key: records.titles(key) for key in BY_KEY}
    layouts = all_layouts(entities, tz)
    steps: list[tuple[str, Callable[[], None]]] = []

    # Write-only: every sheet streams out once complete, into memory (see spool). Sheets keep the order they
    # are made in: the cover first (filled last, when the contents are known), the hidden lists and facts last.
    wb = MemoryWorkbook()
    titles_of_views = view_titles()
    cover = styling.Sheet(wb, titles_of_views["cover"])
    lists = styling.Lists(wb, titles_of_views["lists"])
    contents: list[tuple[str, str]] = []
    art30 = Art30(snapshot)
    fingerprints: dict[str, str] = {}  # of the read-only views, for an import to tell if one was edited

    if "activity" in keys:
        def art30_sheets() -> None:
            if "ico" in views:
                read_only.art30_sheet(wb, art30, contents, fingerprints)
            read_only.art30_2_sheet(wb, art30, snapshot["organisation"][0], contents, fingerprints)
            if "cnil" in views:
                _cnil_sheet(wb, art30, snapshot["organisation"][0], contents, fingerprints)
        steps.append((t("spreadsheets", "Art. 30 record"), art30_sheets))
    def register_step(layout: SheetLayout) -> Callable[[], None]:
        return lambda: _register_sheet(wb, layout, snapshot, titles, tz, lists, contents)

    for layout in layouts:
        steps.append((layout.title, register_step(layout)))
        if layout.entity.key == "training" and layout.table is None and "person" in keys:
            steps.append((titles_of_views["matrix"],
                          lambda: summary.matrix_sheet(wb, snapshot, ctx.today, contents)))
    if with_findings:
        steps.append((titles_of_views["findings"],
                      lambda: summary.findings_sheet(wb, run_checks(snapshot, ctx), tz, contents)))

    try:
        _run_steps(steps, progress, cancelled)
        lists.finish()
        head = records.reg.audit.head()
        summary.cover(cover, snapshot["organisation"][0], ctx, head, contents)
        cover.flush()
        _about(wb, records.reg.register_id, ctx, head, fingerprints)
    except BaseException:
        styling.discard(wb)
        raise
    total = len(steps) + 1
    if progress is not None:
        progress(len(steps), total, t("spreadsheets", "Saving the workbook…"))
    data = wb.to_bytes()
    if progress is not None:
        progress(total, total, t("spreadsheets", "Done"))
    return data


def _run_steps(steps: list[tuple[str, Callable[[], None]]], progress: Progress | None,
               cancelled: Callable[[], bool] | None) -> None:
    total = len(steps) + 1
    for done, (label, step) in enumerate(steps):
        if cancelled is not None and cancelled():
            raise Cancelled(t("spreadsheets", "Cancelled; nothing was written."))
        if progress is not None:
            progress(done, total, t("spreadsheets", "Writing {sheet}…").format(sheet=label))
        step()


# -- the register sheets -----------------------------------------------------------------------------
def _register_sheet(wb: Workbook, layout: SheetLayout, snapshot: Mapping[str, list[Record]],
                    titles: Mapping[str, dict[int, str]], tz: str, lists: styling.Lists,
                    contents: list[tuple[str, str]]) -> None:
    ws = styling.Sheet(wb, layout.title)
    ent = layout.entity
    columns = layout.columns
    for col, column in enumerate(columns, start=1):
        cells.put(ws.cell(KEY_ROW, col), layout.marker if col == 1 else column.key)
    ws.row_dimensions[KEY_ROW].hidden = True
    styling.write_header(ws, HEADER_ROW, [c.heading for c in columns],
                         required=[c.required or c.key == PARENT_KEY for c in columns],
                         read_only=[c.read_only for c in columns], notes=[c.note for c in columns])

    # Column by column: each column's conversion is chosen once (by its field's kind) and run over every row.
    records = snapshot[ent.key]
    if layout.table is None:
        pairs = [(record, record) for record in records]
    else:
        pairs = [(sub, record) for record in records for sub in record.get(layout.table.key) or []]
    by_column = [_column_values(column, pairs, ent, tz, titles) for column in columns]
    rows = list(zip(*by_column, strict=True)) if by_column else []
    last = styling.write_table(ws, HEADER_ROW, FIRST_ROW, rows, len(columns))
    for col, column in enumerate(columns, start=1):
        name = _list_for(column, lists)
        if name is not None and not column.read_only:
            f = column.field
            assert f is not None  # _list_for gives a list only for a field's column
            strict = column.term is not None or f.kind is Kind.BOOL or (
                f.kind is Kind.CHOICE and f.vocab is not None and not f.vocab.open)
            styling.dropdown(ws, col, FIRST_ROW, last, name, strict=strict, title=column.heading)
    ws.flush()
    if layout.table is None:
        what = tn("spreadsheets", "{register}: %n record(s) ({article})", len(snapshot[ent.key])).format(
            register=spec(ent.plural), article=cite(ent.article))
    else:
        what = tn("spreadsheets", "{table} of each {record}: %n row(s)", len(rows)).format(
            table=spec(layout.table.label), record=_lower(spec(ent.label)))
    contents.append((layout.title, what))


def _column_values(column: Any, pairs: Sequence[tuple[Record, Record]], ent: Any, tz: str,
                   titles: Mapping[str, dict[int, str]]) -> list[Any]:
    """One column's cells for each (row source, record) pair: the record, or a table row and its record."""
    f = column.field
    if column.term is not None:
        code, key = column.term.code, f.key
        yes, no = yes_no()
        return [yes if code in (source.get(key) or []) else no for source, _ in pairs]
    if f is None:
        if column.key in ("id", PARENT_KEY):
            return [record["id"] for _, record in pairs]
        return [ent.title_of(record) for _, record in pairs]
    convert, key = converter(f, tz, titles.get(f.target or "")), f.key
    return [convert(source.get(key)) for source, _ in pairs]


def _list_for(column: Any, lists: styling.Lists) -> str | None:
    f = column.field
    if f is None:
        return None
    if column.term is not None or f.kind is Kind.BOOL:
        return lists.name_for("yes_no", list(yes_no()))
    if f.kind is Kind.CHOICE and f.vocab is not None:
        return lists.name_for(f.vocab.key, [spec(term.label) for term in f.vocab.terms])
    if f.kind is Kind.COUNTRY:
        return lists.name_for("countries", country_choices())
    return None


def country_choices() -> list[str]:
    """The countries a country cell offers: their names in the user's language (as its cells hold them), in
    alphabetical order, accents aside ("Égypte" among the E's)."""
    if i18n.language() == i18n.ENGLISH:
        return [name for _, name in all_countries()]
    return sorted((local_name(code) for code, _ in all_countries()), key=lambda name: unaccented(name).casefold())


def _lower(words: str) -> str:
    """Lower-case for the middle of a sentence, keeping acronyms (DPIA) as they are; German keeps its nouns' capitals."""
    if i18n.language() == "de":
        return words
    return " ".join(w if w[:2].isupper() else w.lower() for w in words.split())


def _cnil_sheet(wb: Workbook, art30: Art30, org: Record, contents: list[tuple[str, str]],
                fingerprints: dict[str, str]) -> None:
    """The CNIL's model register (``art30.CNIL_COLUMNS``): the organisation and its DPO above, a fiche per row."""
    ws = styling.Sheet(wb, VIEW_TITLES["cnil"])  # French in every language: the CNIL's model
    styling.group_row(ws, read_only.GROUP_ROW, [(1, len(CNIL_COLUMNS), cnil_heading(org))])
    headings = [h + (" *" if r else "") for _, h, r in CNIL_COLUMNS]
    styling.write_header(ws, read_only.HEADER_ROW, headings, required=[r for _, _, r in CNIL_COLUMNS])
    rows = [[row[k] or None for k, _, _ in CNIL_COLUMNS] for row in map(art30.cnil_row,
                                                                       art30.activities(CONTROLLER_ROLES))]
    read_only._read_only_table(ws, headings, rows, fingerprints)
    contents.append((ws.title, tn("spreadsheets", "The record of processing activities as controller in the CNIL's "
                                  "model register, in French: %n activit(y|ies) (Art. 30(1))", len(rows))))


# -- metadata ---------------------------------------------------------------------------------------
def _about(wb: Workbook, register_id: str, ctx: Any, head: Any, fingerprints: Mapping[str, str]) -> None:
    """Hidden facts an import needs: which register wrote the file, which zone its times are in, and what its
    read-only views held (to tell the user if one was edited, see ``read_only_views``)."""
    ws = styling.Sheet(wb, VIEW_TITLES["about"])
    for r, (key, value) in enumerate((("format", FORMAT), ("register_id", register_id),
                                      ("time_zone", ctx.time_zone), ("generated_at", ctx.now.astimezone(dt.UTC)
                                                                     .isoformat()),
                                      ("audit_count", str(head.count)), ("audit_head", head.head),
                                      ("atlas_version", __version__),
                                      *((read_only.FACT_PREFIX + t, d) for t, d in fingerprints.items())),
                                     start=1):
        cells.put(ws.cell(r, 1), key)
        cells.put(ws.cell(r, 2), value)
    ws.sheet_state = "veryHidden"
    ws.flush()

