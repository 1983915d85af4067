"""Turns many rows of a register's table into records at once: the fast path of lists, pages,
snapshots and the checks' chunks (``Records.get`` keeps ``codec.from_db`` for one record)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from ..core import codec
from ..core.spec import Entity, Field, Kind

Record = dict[str, Any]

def decoded(ent: Entity, cursor: Any, rows: Iterable[Any] | None = None,
            fields: tuple[Field, ...] | None = None) -> list[Record]:
    """The records of a cursor over (id, every stored field in declaration order), as ``Records._load``
    makes them, for the many-row reads (lists, pages, snapshots).

    Read straight from the cursor (peewee's row-by-row dicts cost as much as the query itself), and
    only the columns stored in another form are converted: a text, number or single choice is kept
    as SQLite returns it, which is what ``codec.from_db`` gives for those (tests/storage/
    test_records_read.py holds the two ways to the same records). ``rows``: some rows already
    fetched from such a cursor; ``fields``: the columns it reads after the id, if not all of them."""
    fields = ent.stored_fields if fields is None else fields
    keys = ("id", *(f.key for f in fields))
    tables = [(f.key, _table_reader(f)) for f in fields if f.kind is Kind.TABLE]
    lists = [f.key for f in fields if f.is_list and f.kind is not Kind.TABLE]
    converted = [(f.key, codec.scalar_reader(f)) for f in fields if not f.is_list and f.kind in _CONVERTED]
    records = [dict(zip(keys, row, strict=True)) for row in (cursor.fetchall() if rows is None else rows)]
    for record in records:
        for key, read in tables:
            raw = record[key]
            # Most lists are empty; from_db would parse "[]" only to give [].
            record[key] = [] if not raw or raw == "[]" else read(json.loads(raw))
        for key in lists:  # choices, tags, links: the JSON list is the value (from_db copies it)
            raw = record[key]
            record[key] = [] if not raw or raw == "[]" else json.loads(raw)
        for key, convert in converted:
            record[key] = convert(record[key])
    return records


def _table_reader(f: Field) -> Callable[[list[dict[str, Any]]], list[Record]]:
    """What ``codec.from_json`` makes of a table's rows (each row: its declared columns, in order), with the
    same shortcut: a column kept as stored is not converted (a breach's timeline is most of a register)."""
    def convert(sub: Field) -> Callable[[Any], Any] | None:
        if sub.is_list:
            return lambda raw: codec.from_json(sub, raw)
        return codec.scalar_reader(sub) if sub.kind in _CONVERTED else None

    columns = [(sub.key, convert(sub)) for sub in f.fields]

    def read(rows: list[dict[str, Any]]) -> list[Record]:
        return [{key: row.get(key) if conv is None else conv(row.get(key)) for key, conv in columns}
                for row in rows]
    return read


_CONVERTED = frozenset({Kind.DATE, Kind.DATETIME, Kind.BOOL})  # besides lists: stored as text or 0/1
