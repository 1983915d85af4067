"""Writes one register as a CSV file: the register sheet's columns, tables as readable text, safe against injection.

UTF-8 with a byte-order mark, so that Excel shows accented and non-Latin names correctly.
Every field goes through ``cells.csv_text``: a value a spreadsheet could run as a formula gets
a leading ``'``. Dates are ISO; times are wall-clock times in the organisation's zone, which
the headings name. Written atomically.

The header is the register sheet's headings (for people: no import reads a CSV), so, like the labels and
yes/no cells, it is in the user's language (``core.i18n``); a table field's cell is ``codec.display``'s text with
its labels, yes/no and countries in that language too (``values.display_text``), as the other cells have them.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any

from ..core.entities import entity as _entity
from ..core.spec import Kind
from . import cells
from .layouts import entity_layouts, heading
from .values import display_text, to_cell, yes_no
from .xlsx_export import writable, write


def export_csv(records: Any, entity: str, out: Path) -> Path:
    """Write register ``entity`` of ``records`` (a ``storage.records.Records``) to ``out``; return the path."""
    ent = _entity(entity)
    out = writable(Path(out), records.reg.path)
    tz = records.context().time_zone
    layout = entity_layouts(ent, tz)[0]
    tables = [f for f in ent.fields if f.kind is Kind.TABLE]
    titles = {f.target: records.titles(f.target) for f in ent.fields if f.target}
    yes, no = yes_no()
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([cells.csv_text(c.heading) for c in layout.columns] +
                    [cells.csv_text(heading(f, tz)) for f in tables])
    for record in sorted(records.list(ent.key), key=lambda r: r["id"]):
        row: list[Any] = []
        for column in layout.columns:
            f = column.field
            if f is None:
                row.append(record["id"])
            elif column.term is not None:
                row.append(yes if column.term.code in (record.get(f.key) or []) else no)
            else:
                row.append(_text(to_cell(f, record.get(f.key), tz, titles.get(f.target or ""))))
        row += [display_text(f, record.get(f.key), tz) for f in tables]
        writer.writerow([cells.csv_text(v) for v in row])
    write(out, buffer.getvalue().encode("utf-8-sig"))
    return out


def _text(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M" if not (value.second or value.microsecond) else "%Y-%m-%d %H:%M:%S")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
