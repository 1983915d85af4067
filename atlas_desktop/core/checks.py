"""Finds what the register is late with or missing: the one pure function behind `atlas check`.

``run_checks`` reads a snapshot of every register (plain dicts, as ``storage`` hands them
out; ``check_stream`` the same, a chunk at a time) and a ``Context``, and returns
``Finding``s: deadlines passed, deadlines close, and gaps the GDPR asks to be filled. It
touches neither storage nor Qt, so the CLI, the GUI and the tests all get the same answers
from the same data. The rules live in ``checks_rules`` (with ``checks_breach`` and
``checks_retention``); what they share, the finding type, the run's indexes and the ordering,
in ``checks_base``; this module runs them, and is where the rest of the package takes those names.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .bulk import without_cycle_collection
from .checks_base import (
    ART36_DUE_SOON_DAYS,
    CHECKED_FIELDS,
    DECIDING_ROLES,
    DUE_SOON,
    GAP,
    OBJECTION_DUE_SOON_DAYS,
    OVERDUE,
    REQUEST_DUE_SOON_DAYS,
    REVIEW_DUE_SOON_DAYS,
    SEVERITIES,
    STREAMED,
    TRAINING_DUE_SOON_DAYS,
    Finding,
    Observer,
    Record,
    Run,
    Source,
    days_ago,
    days_ahead,
    filled,
    hours_phrase,
    plural,
    quoted,
)
from .checks_rules import RULES
from .context import Context

# checks_base's names, re-exported: the GUI, storage, exports and tests import them from here.
__all__ = ["ART36_DUE_SOON_DAYS", "CHECKED_FIELDS", "DECIDING_ROLES", "DUE_SOON", "GAP", "OBJECTION_DUE_SOON_DAYS",
           "OVERDUE", "REQUEST_DUE_SOON_DAYS", "REVIEW_DUE_SOON_DAYS", "SEVERITIES", "STREAMED",
           "TRAINING_DUE_SOON_DAYS", "Finding", "Observer", "Record", "Run", "Source", "days_ago", "days_ahead",
           "filled", "hours_phrase", "plural", "quoted", "any_overdue", "check_stream", "run_checks"]


def run_checks(snapshot: Mapping[str, Sequence[Mapping[str, Any]]], ctx: Context) -> list[Finding]:
    """Every finding for the register in ``snapshot`` at ``ctx.now``: overdue first, then due soon,
    then gaps; within each, the earliest deadline first, then by register and record."""
    return check_stream(lambda key: (snapshot.get(key) or (),), ctx)


def check_stream(read: Source, ctx: Context, observe: Observer | None = None) -> list[Finding]:
    """``run_checks`` over registers read a chunk at a time (``read(entity)`` yields lists of
    records), so memory stays bounded by the held registers and one chunk. ``observe`` sees every
    derived chunk once, for figures computed in the same pass."""
    with without_cycle_collection():
        run = Run(read, ctx, observe)
        for rule in RULES:
            rule(run)
        return sorted(run.findings, key=run.sort_key)


def any_overdue(findings: Iterable[Finding]) -> bool:
    """Whether anything is overdue: `atlas check` then exits with 1."""
    return any(f.severity == OVERDUE for f in findings)
