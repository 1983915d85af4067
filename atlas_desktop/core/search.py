"""The searchable text of a record: what the list views' text filter looks in, as one string.

The filter finds a record when the text typed appears in any text, note or tag it holds, or
in the label (as shown) of any choice it holds. Storage keeps this string in a search index
beside each register, so building it lives in one pure function that the index, its rebuild
and the schema migration all share.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import Any

from .spec import Entity, Field, Kind

# Typed by a person and searched as typed; a tag also matches through its vocabulary's label.
TEXT_KINDS = frozenset({Kind.TEXT, Kind.NOTE, Kind.TAGS})
LABEL_KINDS = frozenset({Kind.CHOICE, Kind.CHOICES, Kind.TAGS})
# Between values: a one-line filter can never type it, so a match never spans two values.
SEPARATOR = "\n"


def fold(text: str) -> str:
    """The form both the index and the typed text are compared in: case ignored (Unicode, not only ASCII)."""
    return text.casefold()


def searched(ent: Entity) -> tuple[Field, ...]:
    """The fields of ``ent`` the text filter looks in."""
    return tuple(f for f in ent.stored_fields if f.kind in TEXT_KINDS or f.kind in LABEL_KINDS)


def _values(field: Field, value: Any) -> Iterable[str]:
    items = value if isinstance(value, (list, tuple)) else [value]
    for item in items:
        if item is None or item == "":
            continue
        text = str(item)
        if field.kind in TEXT_KINDS:
            yield text
        if field.kind in LABEL_KINDS and field.vocab is not None:
            label = field.vocab.label_of(text)
            # A choice shows its label, never its code; a free entry of an open vocabulary is its own label.
            if field.kind is not Kind.TAGS or label != text:
                yield label


def search_text(ent: Entity, record: Mapping[str, Any]) -> str:
    """The folded searchable text of ``record`` (a record of ``ent``, values as ``Records`` reads them)."""
    parts = [part for f in searched(ent) for part in _values(f, record.get(f.key))]
    return fold(SEPARATOR.join(parts))


def fingerprint(entities: Iterable[Entity]) -> str:
    """Changes whenever what ``search_text`` would give can change: the searched fields or a label.

    An index built under another fingerprint (an app whose labels differ) is rebuilt."""
    digest = hashlib.sha256(b"search-text-1")
    for ent in entities:
        digest.update(f"\0{ent.key}".encode())
        for f in searched(ent):
            digest.update(f"\1{f.key}\2{f.kind}".encode())
            if f.vocab is not None and f.kind in LABEL_KINDS:
                for term in f.vocab.terms:
                    digest.update(f"\3{term.code}\4{term.label}".encode())
    return digest.hexdigest()[:16]
