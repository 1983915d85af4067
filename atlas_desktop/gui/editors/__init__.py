"""Record editors: ``open_editor`` opens (or brings forward) the window that edits one record.

Breaches, DPIAs and rights requests get rich pages built on Qt Designer forms; the organisation
and activities get the generic form with live judgements added (``judgements``); every other
register gets the generic form built from its declaration. One window per record: asking
for a record that is already open raises that window instead of opening a second one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import shiboken6
from PySide6.QtWidgets import QWidget

from ...core.entities import entity as entity_named
from ...storage.records import ORGANISATION_ID
from ..session import Session
from .base import EditorWindow

__all__ = ["EditorWindow", "editor_class", "open_editor", "open_editors"]

_open: list[EditorWindow] = []


def editor_class(entity: str) -> type[EditorWindow]:
    """The window class for a register: a rich page where one exists, the generic form otherwise."""
    from .breach import BreachEditor
    from .dpia import DpiaEditor
    from .judgements import ActivityEditor, OrganisationEditor
    from .rights import RightsRequestEditor

    rich: dict[str, type[EditorWindow]] = {"breach": BreachEditor, "dpia": DpiaEditor,
                                           "rights_request": RightsRequestEditor,
                                           "organisation": OrganisationEditor, "activity": ActivityEditor}
    return rich.get(entity_named(entity).key, EditorWindow)


def open_editors() -> list[EditorWindow]:
    """Every editor window still open, oldest first."""
    _open[:] = [w for w in _open if shiboken6.isValid(w) and not w.is_closed]
    return list(_open)


def open_editor(session: Session, entity: str, record_id: int | None, parent: QWidget | None = None, *,
                now: Callable[[], dt.datetime] | None = None) -> EditorWindow:
    """Show the editor of ``record_id`` (None or 0: a new record), reusing an open one for the same record."""
    ent = entity_named(entity)
    wanted = ORGANISATION_ID if ent.singleton else (record_id or None)
    if wanted is not None:
        for window in open_editors():
            if window.session is session and window.entity.key == ent.key and window.record_id == wanted:
                window.show()
                window.raise_()
                window.activateWindow()
                return window
    window = editor_class(ent.key)(session, ent.key, wanted, parent, now=now)
    _open.append(window)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
