"""Builds the WHERE and ORDER BY of the list views: the status filter, the text filter and the sort orders.

Kept apart from ``records`` so that every way of listing (``Records.list``, ``ids``, ``count``)
filters and sorts the same way; the text filter itself is answered by the search index
(``search``). Sorting follows what a person expects to read, not the stored form:

- text ignores case (``COLLATE NOCASE``; SQLite folds ASCII letters only);
- a choice sorts in its vocabulary's order (open before closed, low before high), not by code;
- a link sorts by the linked record's title;
- empty values come last in both directions, so a sort never opens on a screen of blanks.
"""

from __future__ import annotations

from typing import Any

import peewee

from ..core.entities import BY_KEY
from ..core.search import TEXT_KINDS  # searched as typed, as the index holds them
from ..core.spec import Entity, Field, Kind
from . import search
from .dialect import is_team

_NOCASE_KINDS = frozenset({Kind.TEXT, Kind.NOTE, Kind.TIMEZONE, Kind.COUNTRY, Kind.TAGS})


def like_pattern(text: str) -> str:
    """``%text%`` with LIKE's wildcards escaped, so "100%" and "Ion_Pop" are taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _vocab_matches(field: Field, needle: str) -> list[str]:
    """The codes of ``field``'s vocabulary whose label (as shown) contains ``needle``."""
    if field.vocab is None:
        return []
    wanted = needle.casefold()
    return [t.code for t in field.vocab.terms if wanted in t.label.casefold()]


def scan_condition(ent: Entity, needle: str, team: bool = False) -> Any:
    """``needle`` in any text field's column, or a choice or tag whose label holds it: read from every
    row. Only for text too short for the search index's trigrams. ``team``: PostgreSQL's LIKE heeds
    case, where SQLite's does not; ILIKE is its equivalent."""
    pattern = like_pattern(needle)
    like = "ILIKE" if team else "LIKE"
    parts: list[str] = []
    params: list[Any] = []
    for f in ent.stored_fields:
        if f.kind in TEXT_KINDS:
            # One table in the query, so bare column names are unambiguous.
            parts.append(f'"{f.key}" {like} ? ESCAPE \'\\\'')
            params.append(pattern)
        if f.kind is Kind.CHOICE:
            codes = _vocab_matches(f, needle)
            if codes:
                parts.append(f'"{f.key}" IN ({", ".join("?" * len(codes))})')
                params.extend(codes)
        elif f.kind in (Kind.CHOICES, Kind.TAGS):
            # Lists are JSON text: a code is found as its quoted JSON string.
            for code in _vocab_matches(f, needle):
                parts.append(f'"{f.key}" LIKE ? ESCAPE \'\\\'')
                params.append(like_pattern(f'"{code}"'))
    if not parts:
        return peewee.SQL("1 = 0")  # false in both dialects (PostgreSQL's WHERE refuses a bare 0)
    return peewee.SQL(f"({' OR '.join(parts)})", params)


def text_condition(ent: Entity, model: Any, text: str, *, whole: bool = False) -> Any | None:
    """Records with ``text`` in any text field, or in the label of any choice or tag they hold (case
    ignored): answered by the register's search index (``storage.search``) from three characters on.

    ``whole``: every matching id will be read (``Records.ids``, ``count``), so the register's rows are
    kept out of it: seeking each match's row decrypts a page per record, while scanning a small
    index of the register and keeping the ids the search found reads a fraction of that."""
    needle = text.strip()
    if not needle:
        return None
    team = is_team(model._meta.database)
    found = search.condition(ent, needle, whole=whole, team=team)
    return found if found is not None else scan_condition(ent, needle, team)


def where(ent: Entity, model: Any, status: str | None, text: str | None, *, whole: bool = False) -> list[Any]:
    """The conditions of a listing: the status filter and the text filter (``whole``: see text_condition)."""
    conditions = []
    if status is not None and ent.status is not None:
        conditions.append(getattr(model, ent.status) == status)
    if text:
        condition = text_condition(ent, model, text, whole=whole)
        if condition is not None:
            conditions.append(condition)
    return conditions


def _sort_value(ent: Entity, model: Any, models: dict[str, Any], f: Field) -> Any:
    column = getattr(model, f.key)
    if f.kind is Kind.CHOICE and f.vocab is not None:
        # Unknown codes (an open vocabulary's free entries) after the known ones, then by text.
        return peewee.Case(column, [(code, i) for i, code in enumerate(f.vocab.codes)], len(f.vocab.codes))
    if f.kind is Kind.LINK and f.target:
        target = models[f.target]
        title = getattr(target, BY_KEY[f.target].title)
        sub = target.select(title).where(target.id == column)
        return peewee.NodeList((sub, peewee.SQL("COLLATE NOCASE")))
    if f.kind in _NOCASE_KINDS:
        return column.collate("NOCASE")
    return column


def order(ent: Entity, model: Any, models: dict[str, Any], order_by: str | None,
          descending: bool, *, whole: bool = False) -> list[Any]:
    """ORDER BY terms: blanks last, then the field as a person reads it, then the id (stable pages).

    ``whole``: every id is read, so sorting ids is cheaper than walking the rows in id order ("+id"
    lets SQLite take them from its smallest index)."""
    if not order_by or not ent.has(order_by) or not ent.field(order_by).stored:
        if whole:
            return [peewee.SQL('+"id" DESC' if descending else '+"id"')]
        return [model.id.desc() if descending else model.id.asc()]
    f = ent.field(order_by)
    column = getattr(model, f.key)
    blank = (column == "[]") if f.is_list else column.is_null()
    value = _sort_value(ent, model, models, f)
    terms: list[Any] = [blank.asc()]
    if f.kind is Kind.CHOICE:
        terms.append(value.desc() if descending else value.asc())
        value = column.collate("NOCASE")  # free entries of an open vocabulary, alphabetically
    terms.append(value.desc() if descending else value.asc())
    return [*terms, model.id.asc()]
