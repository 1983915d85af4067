"""What an import would do and what it did: the plan (adds, changes, problems by sheet, row and column) and its report.

The plan is all an import needs to write: ``xlsx_import.plan_import`` builds it from the file
without writing anything, the CLI and the GUI show it, and ``apply_import`` writes it in one
transaction. Links to records the same file adds are ``Pending`` until those records exist.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.entities import BY_KEY
from ..core.errors import EXIT_PROBLEM, AtlasError
from ..core.i18n import t


# A file wrong throughout would otherwise list hundreds of thousands of problems: the first ones show
# what to fix, and the rest are counted.
MAX_SHOWN_PROBLEMS = 200


class ImportHasProblems(AtlasError):
    """Some rows cannot be imported, and skipping them was not asked for; nothing was written."""

    exit_code = EXIT_PROBLEM


@dataclass(frozen=True)
class RowProblem:
    sheet: str
    row: int
    column: str     # the column's letter and heading, e.g. 'D "Status"'; "" for the whole row
    reason: str

    def __str__(self) -> str:
        if self.column:
            return t("spreadsheets", "{sheet}, row {row}, column {column}: {reason}").format(
                sheet=self.sheet, row=self.row, column=self.column, reason=self.reason)
        return t("spreadsheets", "{sheet}, row {row}: {reason}").format(sheet=self.sheet, row=self.row,
                                                                         reason=self.reason)


@dataclass(frozen=True)
class Pending:
    """A link to a record that the same import adds (``key`` names its sheet row)."""

    key: str


@dataclass
class Planned:
    """One record the import would add or change."""

    entity: str
    sheet: str
    row: int
    title: str
    record_id: int | None                 # the record to change; None for a new record
    values: dict[str, Any]                # a new record: every value read; a change: the changed ones
    changed: list[str] = field(default_factory=list)   # labels of the changed fields
    problems: list[RowProblem] = field(default_factory=list)
    key: str = ""                         # "<sheet>!<row>", what ``Pending`` points at

    @property
    def label(self) -> str:
        ent = BY_KEY[self.entity]
        number = f" #{self.record_id}" if self.record_id is not None else ""
        return f'{ent.label.lower()}{number} "{self.title}"'

    @property
    def valid(self) -> bool:
        return not self.problems


@dataclass
class ImportPlan:
    path: Path
    source: str                           # "atlas" (our export) or "ico" (the ICO template's layout)
    description: str                      # where the rows come from, in words
    adds: list[Planned]
    changes: list[Planned]
    unchanged: int
    problems: list[RowProblem]            # the first ``MAX_SHOWN_PROBLEMS`` problems, in sheet and row order
    notes: list[str]                      # what was not read and why (views, unknown columns)
    audit_head: str                       # the register's audit head when planned
    problem_count: int                    # every problem found, shown or not
    problem_rows: int                     # the rows they are on
    more_rows: int                        # the rows of the problems not in ``problems``

    @property
    def ok(self) -> bool:
        return not self.problems

    def more_problems(self) -> str | None:
        """The line that stands for the problems not listed, or None when every one is."""
        more = self.problem_count - len(self.problems)
        if more <= 0:
            return None
        return (f"… and {more:,} more problem{'s' if more != 1 else ''} in {self.more_rows:,} "
                f"row{'s' if self.more_rows != 1 else ''}; fix the first ones and import again")

    @property
    def valid_adds(self) -> list[Planned]:
        return [p for p in self.adds if p.valid]

    @property
    def valid_changes(self) -> list[Planned]:
        return [p for p in self.changes if p.valid]

    @property
    def invalid_count(self) -> int:
        return sum(1 for p in self.adds + self.changes if not p.valid)

    def summary(self) -> list[str]:
        """The plan in plain lines, for the CLI and the preview."""
        lines = [f"{self.path.name}: {self.description}."]
        lines.append(f"Would add {_counts(self.valid_adds) or 'nothing'}; change {_counts(self.valid_changes) or 'nothing'}; "
                     f"{self.unchanged} record{'s' if self.unchanged != 1 else ''} unchanged.")
        return lines

    def details(self) -> list[str]:
        lines = [f"  add    {p.label}  ({p.sheet}, row {p.row})" for p in self.valid_adds]
        lines += [f"  change {p.label}: {', '.join(p.changed)}" for p in self.valid_changes]
        return lines


def _counts(items: list[Planned]) -> str:
    counts: dict[str, int] = {}
    for p in items:
        counts[p.entity] = counts.get(p.entity, 0) + 1
    parts = []
    for key, n in counts.items():
        ent = BY_KEY[key]
        parts.append(f"{n} {ent.label.lower() if n == 1 else _lower(ent.plural)}")
    return ", ".join(parts)


def _lower(words: str) -> str:
    return " ".join(w if w[:2].isupper() else w.lower() for w in words.split())


@dataclass
class ImportResult:
    added: list[tuple[str, int]]
    changed: list[tuple[str, int]]
    skipped: int                          # rows left out because they had problems

    def summary(self) -> str:
        text = f"Imported: {len(self.added)} added, {len(self.changed)} changed"
        if self.skipped:
            text += f"; {self.skipped} row{'s' if self.skipped != 1 else ''} with problems left out"
        return text + "."
