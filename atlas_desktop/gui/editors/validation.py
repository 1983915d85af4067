"""Which of a draft's problems an editor window shows, and where: by its field, on its section's tab, and
in the summary at the top.

Until the first save, a blank new record is not scolded for what nobody typed yet: the window shows the
problems of fields the person touched, and any problem their edits brought (cross-field rules), never the
ones the record had when it was loaded; after a save attempt it shows every one.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...core.errors import Problem
from ...core.spec import Kind
from ..i18n import spec_text, trn
from .form import FieldRow
from .sections import SectionNav
from .summary import ProblemSummary


# These words were the editor window's own before this module was split from it: same context, same
# translations.
def tr(text: str) -> str:
    return QCoreApplication.translate("EditorWindow", text)


def problem_key(p: Problem) -> tuple[Any, ...]:
    """What tells one problem from another, across checks of the same draft."""
    return p.field, p.row, p.column, p.message


def to_show(problems: list[Problem], touched: Collection[str], initial: Collection[tuple[Any, ...]],
            show_all: bool) -> list[Problem]:
    """The problems the window shows now (see the module's docstring)."""
    return [p for p in problems if show_all or p.field in touched or p.field == ""
            or problem_key(p) not in initial]


def summary_line(p: Problem, rows: Mapping[str, FieldRow]) -> str:
    row = rows.get(p.field)
    if p.row is not None and row is not None:
        return tr("{0}, row {1}: {2}").format(spec_text(row.field.label), p.row, p.message)
    return p.message


def display(shown: list[Problem], rows: Mapping[str, FieldRow], nav: SectionNav, summary: ProblemSummary) -> None:
    """Put each shown problem under its field (a table's in its row), count them on the section tabs, and
    list them all in the summary."""
    by_field: dict[str, list[str]] = {}
    for p in shown:
        text = tr("Row {0}: {1}").format(p.row, p.message) if p.row is not None else p.message
        by_field.setdefault(p.field, []).append(text)
    counts: dict[QWidget, int] = {}
    for key, row in rows.items():
        row.show_problems(by_field.get(key, []))
        if row.field.kind is Kind.TABLE:
            row.widget.show_problems([p for p in shown if p.field == key])
        page = nav.page_containing(row.widget)
        if page is not None and key in by_field:
            counts[page] = counts.get(page, 0) + len(by_field[key])
    nav.mark(counts)
    count = len(shown)
    headline = trn("EditorWindow", "%n problem(s) to fix before this can be saved:", count)
    summary.show_problems(headline, [summary_line(p, rows) for p in shown])
