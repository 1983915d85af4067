"""Building blocks the report modules share: the register as a report reads it, and records as tables.

Labels and articles come from the entity declarations and values from ``codec.display``,
so a report shows a field exactly as the GUI and the CLI do (vocabulary codes as labels,
times in the organisation's zone, links as the linked records' titles). The report's own words
are in the user's language (``core.i18n``, context "reports"); labels and vocabulary terms go
through ``spec`` where they are shown. Dates in running text (when the report was made) are the
language's own (CLDR); dates in the record's values keep the codec's ISO form, as in the exports.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from ..core import clocks, codec, i18n
from ..core.context import MOVED_PAST, Context
from ..core.countries import local_name as country  # a country named in the user's language
from ..core.entities import BY_KEY
from ..core.i18n import cite, spec, t
from ..core.spec import Entity, Field, Kind
from ..storage.audit import Anchor
from .pdf_base import MARGIN, TocHere, full_height, page_size, register_fonts
from .pdf_rows import Label, plain, rows_flowables
from .pdf_style import (
    ACCENT,
    BAD,
    FONT,
    GREY,
    HEAD_FILL,
    OK,
    RULE,
    STYLES,
    WARN,
)

Record = dict[str, Any]
DASH = "—"
# A tick box left empty. Never "No": a box nobody looked at is stored exactly like one deliberately
# left unticked, and a report must not turn that into a considered answer (the breach report too).
NOT_TICKED = "not ticked"  # the English; a report prints ``not_ticked()``


def not_ticked() -> str:
    return t("reports", "not ticked")


def yes() -> str:
    return t("reports", "Yes")


@dataclass
class Source:
    """One consistent read of the register for one report: records, zone, now and audit anchor."""

    records: Any                      # storage.records.Records
    now: dt.datetime
    anchor: Anchor
    org: Record = field(default_factory=dict)
    context: Context = field(default_factory=Context)
    _titles: dict[str, dict[int, str]] = field(default_factory=dict)

    @classmethod
    def read(cls, records: Any, now: dt.datetime) -> Source:
        register_fonts()  # paragraphs look their fonts up as they are made
        org = records.organisation()
        return cls(records, now, records.reg.audit.head(), org, Context.for_organisation(org, now))

    @property
    def tz(self) -> str:
        return self.context.time_zone

    @property
    def today(self) -> dt.date:
        return self.context.today

    def titles(self, entity: str) -> dict[int, str]:
        if entity not in self._titles:
            self._titles[entity] = self.records.titles(entity)
        return self._titles[entity]

    def list(self, entity: str, **kw: Any) -> list[Record]:
        return self.records.list(entity, **kw)

    def get(self, entity: str, record_id: int) -> Record:
        return self.records.get(entity, record_id)

    def text(self, ent: Entity | str, record: Record, key: str) -> str:
        """A field's value as display text ('' when empty; a tick box "Yes" or "not ticked")."""
        ent = BY_KEY[ent] if isinstance(ent, str) else ent
        f = ent.field(key)
        titles = self.titles(f.target) if f.target else None
        return report_text(f, record.get(key), self.tz, titles)

    def when(self, moment: dt.datetime | None) -> str:
        """A time as a record's value shows it (in tables): the codec's ISO form in the organisation's zone."""
        if moment is None:
            return ""
        return moment.astimezone(clocks.zone(self.tz)).strftime("%Y-%m-%d %H:%M %Z")

    def told(self, moment: dt.datetime | None) -> str:
        """A time in running text: ``when``'s form in English (as reports always printed it), else the
        language's own (CLDR), e.g. "4 déc. 2026, 09:30:00 EET"."""
        if moment is None:
            return ""
        if i18n.language() == i18n.ENGLISH:
            return self.when(moment)
        return i18n.format_datetime(moment, self.tz)

    def day(self, value: dt.date | None, english: str = "%Y-%m-%d") -> str:
        """A date in running text: ``english`` (a strftime pattern) in English, else the language's own."""
        if value is None:
            return ""
        if i18n.language() == i18n.ENGLISH:
            return value.strftime(english)
        return i18n.format_date(value)

    def local_date(self, moment: dt.datetime) -> dt.date:
        return moment.astimezone(clocks.zone(self.tz)).date()

    @property
    def moved_past(self) -> str:
        """Which holidays a due date skipped ("moved past weekends only — set your country"), translated as
        the GUI's ``calendar_text`` does: core's templates are spec texts."""
        template, args = self.context.calendar.words()
        return spec(MOVED_PAST).format(spec(template).format(*args))

    @property
    def generated(self) -> str:
        local = self.now.astimezone(clocks.zone(self.tz))
        offset = local.strftime("%z")
        return f"{self.told(self.now)} (UTC{offset[:3]}:{offset[3:]}, {self.tz})"


# -- text --------------------------------------------------------------------------------------------
def esc(text: Any) -> str:
    """Plain text made safe for a Paragraph: markup escaped, line breaks kept."""
    return escape(str(text)).replace("\n", "<br/>")


def para(text: Any, style: Any = None, empty: str = "") -> Paragraph:
    """Plain text (never markup) as a paragraph; ``empty`` stands in for nothing."""
    shown = str(text) if text not in (None, "") else empty
    return plain(shown, (style or STYLES.cell).name)


def markup(text: str, style: Any = None) -> Paragraph:
    return Paragraph(text, style or STYLES.cell)


def label_cell(label: str, article: str = "") -> Flowable:
    """A field's label with the article that asks for it, in small grey type after it."""
    return Label(label, cite(article))


def report_text(f: Field, value: Any, time_zone: str, titles: dict[int, str] | None = None) -> str:
    """A value as a report prints it: as everywhere else, except a tick box ("Yes" or "not ticked"), and
    with vocabulary terms and countries in the user's language."""
    if f.kind is Kind.BOOL:
        return yes() if value else not_ticked()
    return _display(f, value, time_zone, titles)


def _display(f: Field, value: Any, time_zone: str, titles: dict[int, str] | None = None) -> str:
    """``codec.display`` with the words translated; in English exactly ``codec.display``."""
    if i18n.language() == i18n.ENGLISH or value is None or value == []:
        return codec.display(f, value, time_zone, titles)
    kind = f.kind
    if kind in (Kind.CHOICE, Kind.CHOICES, Kind.TAGS) and f.vocab is not None:
        items = value if isinstance(value, list) else [value]
        return "; ".join(spec(f.vocab.label_of(v)) for v in items)
    if kind is Kind.BOOL:
        return t("reports", "Yes") if value else t("reports", "No")
    if kind is Kind.TABLE:
        return "\n".join(" · ".join(_display(sub, row.get(sub.key), time_zone) for sub in f.fields
                                    if row.get(sub.key) not in (None, [], "")) for row in value)
    if kind is Kind.COUNTRY:
        return country(value)
    return codec.display(f, value, time_zone, titles)


def table_rows_text(src: Source, f: Field, rows: Sequence[Record]) -> list[Paragraph]:
    """A TABLE field's rows, one paragraph each: the first column bold, the others labelled."""
    out = []
    for row in rows:
        parts = []
        for i, sub in enumerate(f.fields):
            shown = report_text(sub, row.get(sub.key), src.tz)
            if not shown:
                continue
            parts.append(f"<b>{esc(shown)}</b>" if i == 0 else f'<font color="#5A6570">{esc(spec(sub.label))}:</font> '
                                                               f"{esc(shown)}")
        out.append(Paragraph(" · ".join(parts), STYLES.cell))
    return out


def value_cell(src: Source, ent: Entity, record: Record, key: str, empty: str = DASH) -> Any:
    f = ent.field(key)
    value = record.get(key)
    if f.kind is Kind.TABLE:
        return table_rows_text(src, f, value or []) or para(empty, STYLES.cell)
    return para(src.text(ent, record, key), STYLES.cell, empty)


def is_empty(value: Any) -> bool:
    """Nothing filled in (a tick box is never left out: see ``field_rows``)."""
    return value is None or value == "" or value == []


# -- tables ------------------------------------------------------------------------------------------
def kv_table(rows: Sequence[Any], width: float, label_width: float = 52 * mm) -> list[Flowable]:
    """Label/value rows; a row given as a plain string is the heading of the rows after it.

    Light row flowables rather than a Table: see ``pdf_rows``. ``width`` is the frame's."""
    return rows_flowables(rows, label_width)


def field_rows(src: Source, ent: Entity, record: Record, keys: Iterable[str], *, skip_empty: bool = False,
               cite: bool = True) -> list[list[Any]]:
    """[label, value] rows for the given fields, labelled and cited from the declaration."""
    rows = []
    for key in keys:
        f = ent.field(key)
        # A tick box always has its row: "not ticked" tells the reader the question exists.
        if skip_empty and f.kind is not Kind.BOOL and is_empty(record.get(key)):
            continue
        rows.append([label_cell(spec(f.label), f.article if cite else ""), value_cell(src, ent, record, key)])
    return rows


def grid(headers: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float],
         fills: Sequence[tuple[int, int, Any]] = ()) -> Table:
    """A table with a repeated header row; cells are text or flowables. ``fills``: (column, row, colour)."""
    head = [Paragraph(esc(h), STYLES.head) for h in headers]
    body = [[c if isinstance(c, (Flowable, list)) else para(c, STYLES.cell) for c in row] for row in rows]
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL), ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    commands += [("BACKGROUND", (c, r + 1), (c, r + 1), colour) for c, r, colour in fills]
    table = Grid([head, *body], colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


class Grid(Table):
    """A table whose rows move whole to the next page; only a row taller than a whole page is split inside."""

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.splitInRow = 0
        parts = super().split(avail_width, avail_height)
        if parts or avail_height < full_height(avail_width) - 1:
            return parts
        self.splitInRow = 1
        return super().split(avail_width, avail_height)


def scaled(fractions: Sequence[float], width: float) -> list[float]:
    total = sum(fractions)
    return [width * f / total for f in fractions]


def entity_grid(src: Source, ent: Entity, records: Sequence[Record], keys: Sequence[str], fractions: Sequence[float],
                width: float) -> Table:
    """A register as a table: the columns' headings from the declaration."""
    headers = [spec(ent.field(k).label) for k in keys]
    rows = [[value_cell(src, ent, r, k, "") for k in keys] for r in records]
    return grid(headers, rows, scaled(fractions, width))


def table_grid(src: Source, f: Field, rows: Sequence[Record], width: float,
               fractions: Sequence[float] | None = None) -> Table:
    """A TABLE field's rows as a grid, its columns labelled from the declaration."""
    cells = [[report_text(sub, row.get(sub.key), src.tz) for sub in f.fields] for row in rows]
    return grid([spec(sub.label) for sub in f.fields], cells, scaled(fractions or [1] * len(f.fields), width))


# -- the title block ------------------------------------------------------------------------------------
_TITLE_SECTIONS = ("Controller", "Representative (Art. 27)", "Data protection contact", "Supervisory authority")


def title_block(src: Source, title: str, subtitle: str, width: float,
                facts: Sequence[tuple[str, str]] = ()) -> list[Flowable]:
    """The first page: title, the organisation as Art. 30(1)(a) names it, and what anchors the report."""
    org_ent = BY_KEY["organisation"]
    keys = [f.key for f in org_ent.fields if f.section in _TITLE_SECTIONS and f.kind is not Kind.BOOL]
    rows: list[Any] = [t("reports", "The organisation (controller)")]
    rows += field_rows(src, org_ent, src.org, keys, skip_empty=True)
    rows.append(t("reports", "This report"))
    count, head = src.anchor.count, src.anchor.head
    for label, value in (*facts, (t("reports", "Generated"), src.generated),
                         (t("reports", "Register state"),
                          t("reports", "Audit trail entry {count}; head hash {head}").format(count=count, head=head))):
        rows.append([label_cell(label), para(value)])
    note = t("reports", "The register's audit trail is a hash chain: the head hash above identifies its exact state "
                        "when this report was made. The report is signed electronically (PAdES) with the "
                        "organisation's certificate; the signature, on the last page, breaks if anything in the "
                        "file is changed.")
    return [Paragraph(esc(title), STYLES.title), Paragraph(esc(subtitle), STYLES.subtitle),
            *kv_table(rows, width), Spacer(1, 6), Paragraph(esc(note), STYLES.note), TocHere()]


def frame_width(is_landscape: bool) -> float:
    return page_size(is_landscape)[0] - 2 * MARGIN


def status_colour(ok: bool | None) -> Any:
    return OK if ok else WARN if ok is None else BAD


__all__ = [
    "DASH",
    "GREY",
    "NOT_TICKED",
    "Source",
    "country",
    "entity_grid",
    "esc",
    "field_rows",
    "frame_width",
    "grid",
    "is_empty",
    "kv_table",
    "label_cell",
    "markup",
    "not_ticked",
    "para",
    "report_text",
    "scaled",
    "status_colour",
    "table_grid",
    "table_rows_text",
    "title_block",
    "value_cell",
    "yes",
]
