"""What an import would do and what it did: the plan (adds, changes, problems by sheet, row and column) and its report.

The plan is all an import needs to write: ``xlsx_import.plan_import`` builds it from the file
without writing anything, the CLI and the GUI show it, and ``apply_import`` writes it in one
transaction. Links to records the same file adds are ``Pending`` until those records exist.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core import i18n
from ..core.entities import BY_KEY
from ..core.errors import EXIT_PROBLEM, AtlasError
from ..core.i18n import format_number, in_sentence, spec, t, tn


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
        record = record_word(BY_KEY[self.entity].label)
        if self.record_id is None:
            return t("spreadsheets", '{record} "{title}"').format(record=record, title=self.title)
        return t("spreadsheets", '{record} #{number} "{title}"').format(record=record, number=self.record_id,
                                                                      title=self.title)

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
        # {count}, not %n: the counts are grouped (1,234) as the language groups digits.
        return t("spreadsheets", "… and {problems} in {rows}; fix the first ones and import again").format(
            problems=tn("spreadsheets", "{count} more problem(s)", more).format(count=format_number(more)),
            rows=tn("spreadsheets", "{count} row(s)", self.more_rows).format(count=format_number(self.more_rows)))

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
        nothing = t("spreadsheets", "nothing")
        lines = [t("spreadsheets", "{file}: {description}.").format(file=self.path.name, description=self.description)]
        lines.append(t("spreadsheets", "Would add {added}; change {changed}; {unchanged}.").format(
            added=_counts(self.valid_adds) or nothing, changed=_counts(self.valid_changes) or nothing,
            unchanged=tn("spreadsheets", "%n record(s) unchanged", self.unchanged)))
        return lines

    def details(self) -> list[str]:
        # The English lines align their records under each other ("add    …", "change …").
        lines = ["  " + t("spreadsheets", "add    {record}  ({sheet}, row {row})").format(
            record=p.label, sheet=p.sheet, row=p.row) for p in self.valid_adds]
        lines += ["  " + t("spreadsheets", "change {record}: {fields}").format(record=p.label,
                                                                          fields=", ".join(p.changed))
                  for p in self.valid_changes]
        return lines


def _counts(items: list[Planned]) -> str:
    counts: dict[str, int] = {}
    for p in items:
        counts[p.entity] = counts.get(p.entity, 0) + 1
    parts = []
    for key, n in counts.items():
        ent = BY_KEY[key]
        parts.append(t("spreadsheets", "{count} {records}").format(
            count=n, records=record_word(ent.label) if n == 1 else _records_word(ent.plural)))
    return ", ".join(parts)


def record_word(label: str) -> str:
    """An entity's label inside a sentence: lower case in English ("processing activity", "dpia" as always),
    the translated label as ``in_sentence`` gives it elsewhere."""
    return in_sentence(spec(label))


def _records_word(plural: str) -> str:
    """An entity's plural inside a sentence, an English acronym kept ("DPIAs")."""
    if i18n.language() != i18n.ENGLISH:
        return in_sentence(spec(plural))
    return " ".join(w if w[:2].isupper() else w.lower() for w in plural.split())


@dataclass
class ImportResult:
    added: list[tuple[str, int]]
    changed: list[tuple[str, int]]
    skipped: int                          # rows left out because they had problems

    def summary(self) -> str:
        if self.skipped:
            return t("spreadsheets", "Imported: {added} added, {changed} changed; {skipped}.").format(
                added=len(self.added), changed=len(self.changed),
                skipped=tn("spreadsheets", "%n row(s) with problems left out", self.skipped))
        return t("spreadsheets", "Imported: {added} added, {changed} changed.").format(
            added=len(self.added), changed=len(self.changed))
