"""The annual review in the GUI (Tools → Annual review…): ``open_review_window`` opens or raises its window.

One window per review, as editors are one per record: asking again brings the open one
forward. ``None`` means "the review in progress", which the window offers to start when
there is none.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QWidget

from ..session import Session
from .window import ReviewWindow

__all__ = ["ReviewWindow", "open_review_window", "review_windows"]

_open: list[ReviewWindow] = []


def review_windows() -> list[ReviewWindow]:
    """Every review window still open, oldest first."""
    _open[:] = [w for w in _open if shiboken6.isValid(w) and not w.is_closed]
    return list(_open)


def open_review_window(session: Session, parent: QWidget | None = None,
                       review_id: int | None = None) -> ReviewWindow:
    """Show the window of ``review_id`` (None: the review in progress, or the offer to start one)."""
    for window in review_windows():
        shown = window.review
        same = window.wanted == review_id or (shown is not None and (
            shown.is_open if review_id is None else shown.id == review_id))
        if window.session is session and same:
            break
    else:
        window = ReviewWindow(session, review_id, parent)
        _open.append(window)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
