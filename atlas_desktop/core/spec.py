"""The building blocks every entity is declared with: field kinds, fields, vocabularies, entities.

An entity is declared once, as data (``core.entities``). The storage models, the GUI's
tables and forms, the spreadsheet columns, the report labels and the CLI all read the
same declaration, so a field added there appears everywhere at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    TEXT = "text"          # one line
    NOTE = "note"          # several lines
    INT = "int"
    BOOL = "bool"
    DATE = "date"
    DATETIME = "datetime"  # always time-zone aware; stored in UTC
    CHOICE = "choice"      # one term of a vocabulary
    CHOICES = "choices"    # several terms of a vocabulary (a checklist)
    TAGS = "tags"          # several entries: the vocabulary's terms are suggestions, free text is fine
    COUNTRY = "country"    # ISO 3166-1 alpha-2 code
    TIMEZONE = "timezone"  # IANA name, e.g. Europe/Bucharest
    LINK = "link"          # one record of another entity
    LINKS = "links"        # several records of another entity
    TABLE = "table"        # a list of sub-records, each with its own fields


LIST_KINDS = frozenset({Kind.CHOICES, Kind.TAGS, Kind.LINKS, Kind.TABLE})


@dataclass(frozen=True)
class Term:
    """One value of a vocabulary: a stable code (stored) and a plain label (shown)."""

    code: str
    label: str
    help: str = ""
    article: str = ""


@dataclass(frozen=True)
class Vocabulary:
    key: str
    label: str
    terms: tuple[Term, ...]
    open: bool = False  # free entries are allowed besides the terms

    def __post_init__(self) -> None:
        codes = [t.code for t in self.terms]
        if len(set(codes)) != len(codes):
            raise ValueError(f"vocabulary {self.key} repeats a code")

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(t.code for t in self.terms)

    def term(self, code: str) -> Term | None:
        return next((t for t in self.terms if t.code == code), None)

    def label_of(self, code: str) -> str:
        term = self.term(code)
        return term.label if term else code

    def code_for(self, text: str) -> str | None:
        """The code for a code or a label typed by a person (case and spacing ignored)."""
        wanted = " ".join(text.split()).casefold()
        for term in self.terms:
            if wanted in (term.code.casefold(), term.label.casefold()):
                return term.code
        return None

    def __contains__(self, code: object) -> bool:
        return any(t.code == code for t in self.terms)


@dataclass(frozen=True)
class Field:
    """One field of an entity (or one column of a TABLE field).

    ``help`` says in plain words what to enter; ``article`` names the provision that asks
    for it, so that every form and export can cite it.
    """

    key: str
    label: str
    kind: Kind
    help: str
    article: str = ""
    required: bool = False
    vocab: Vocabulary | None = None
    target: str | None = None            # entity key, for LINK and LINKS
    fields: tuple[Field, ...] = ()       # the columns of a TABLE
    minimum: int | None = None
    maximum: int | None = None
    default: Any = None
    section: str = ""                    # the group it is shown in on a form
    in_table: bool = False               # a column of the entity's list view
    computed: bool = False               # derived on save (core.derive); read-only in editors
    reverse: str | None = None           # LINKS not stored here: records of ``target`` whose field
                                         # ``reverse`` links to this one

    def __post_init__(self) -> None:
        if self.kind in (Kind.CHOICE, Kind.CHOICES) and self.vocab is None:
            raise ValueError(f"field {self.key} needs a vocabulary")
        if self.kind in (Kind.LINK, Kind.LINKS) and not self.target:
            raise ValueError(f"field {self.key} needs a target entity")
        if self.kind is Kind.TABLE and not self.fields:
            raise ValueError(f"field {self.key} needs columns")

    @property
    def stored(self) -> bool:
        return self.reverse is None

    @property
    def editable(self) -> bool:
        return self.stored and not self.computed

    @property
    def is_list(self) -> bool:
        return self.kind in LIST_KINDS

    def column(self, key: str) -> Field:
        for sub in self.fields:
            if sub.key == key:
                return sub
        raise KeyError(f"{self.key} has no column {key}")

    def empty(self) -> Any:
        """The value of a field nobody filled in."""
        if self.default is not None:
            return list(self.default) if isinstance(self.default, (list, tuple)) else self.default
        if self.is_list:
            return []
        if self.kind is Kind.BOOL:
            return False
        return None

    def cite(self) -> str:
        """Help text with its article, as shown next to the field."""
        return f"{self.help} ({self.article})" if self.article else self.help


@dataclass(frozen=True)
class Entity:
    """One register: what a record of it holds and how it is titled and filtered."""

    key: str            # stable identifier used in the CLI, audit trail and exports
    label: str          # "Breach"
    plural: str         # "Breaches"
    table: str          # the storage table
    article: str        # the provision that asks for this register
    help: str
    fields: tuple[Field, ...]
    title: str          # the field that names a record
    status: str | None = None  # the field the status filter uses
    singleton: bool = False    # exactly one record (the organisation)

    def __post_init__(self) -> None:
        keys = [f.key for f in self.fields]
        if len(set(keys)) != len(keys):
            raise ValueError(f"entity {self.key} repeats a field key")
        for required in (self.title, self.status):
            if required is not None and required not in keys:
                raise ValueError(f"entity {self.key} has no field {required}")

    def field(self, key: str) -> Field:
        for f in self.fields:
            if f.key == key:
                return f
        raise KeyError(f"{self.label} has no field {key!r}")

    def has(self, key: str) -> bool:
        return any(f.key == key for f in self.fields)

    @property
    def stored_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.stored)

    @property
    def editable_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.editable)

    @property
    def list_columns(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.in_table)

    @property
    def sections(self) -> tuple[str, ...]:
        """The form's groups, in the order their first field is declared."""
        return tuple(dict.fromkeys(f.section for f in self.fields))

    def in_section(self, section: str) -> Iterator[Field]:
        return (f for f in self.fields if f.section == section)

    def blank(self) -> dict[str, Any]:
        """A new record with every stored field at its empty value."""
        return {f.key: f.empty() for f in self.stored_fields}

    def title_of(self, record: dict[str, Any]) -> str:
        value = record.get(self.title)
        return str(value) if value not in (None, "") else f"{self.label} {record.get('id', '(new)')}"
