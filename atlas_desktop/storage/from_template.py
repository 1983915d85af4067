"""Adds processing activities made from templates (core.activity_templates) to a register: all of them, or none."""

from __future__ import annotations

from collections.abc import Iterable

from ..core.activity_templates import template
from ..core.errors import UsageError
from ..core.i18n import t
from .records import Records


def add_from_templates(records: Records, keys: Iterable[str]) -> list[int]:
    """Save one new activity per template named in ``keys`` (each once, in the order given) and return their ids.

    Each is saved as the editor saves a record (``Records.create``: the same validation, one audit entry
    each), inside one transaction: if any cannot be saved, none is, so the register never holds half a choice."""
    chosen = [template(key) for key in dict.fromkeys(keys)]  # an unknown name stops it before anything is written
    if not chosen:
        raise UsageError(t("storage", "Choose at least one template."))
    with records.reg.transaction(t("storage", "adding the activities from templates")):
        return [records.create("activity", chosen_one.record()) for chosen_one in chosen]
