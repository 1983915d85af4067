"""Closing the review and saving its pack: asks where, warns that the zip is unencrypted, works off the GUI thread.

Both go through ``exports.review_pack`` (imported when first used: reportlab and pyHanko load
then, not at start-up): ``close_review`` closes the review and keeps the signed pack inside the
register; ``write_pack`` writes that stored pack to the file the user chose. A closed review's
pack can be saved again at any time, byte for byte the one made at its close.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...core import review as rv
from .. import dialogs, tasks
from ..session import Locked, Session

CONTEXT = "review_packs"
# Progress texts from the headless build, marked here so that they can be translated.
_STEPS = (QT_TRANSLATE_NOOP("review_packs", "Writing the review"),
          QT_TRANSLATE_NOOP("review_packs", "Writing the record of processing activities"),
          QT_TRANSLATE_NOOP("review_packs", "Writing the spreadsheet"), QT_TRANSLATE_NOOP("review_packs", "Done"))


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _ask_path(parent: QWidget, start: Path) -> Path | None:
    """The unencrypted-export warning, then where to save; None if the user backs out of either."""
    if not dialogs.warn_unencrypted_export(parent):
        return None
    name, _ = QFileDialog.getSaveFileName(parent, tr("Save the review pack"), str(start),
                                          tr("Review pack (*.zip)"))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".zip" else path.with_name(path.name + ".zip")


def _saved_text(path: Path) -> str:
    return tr("The review pack was saved as\n{0}\n\nIt holds the signed review, the signed record of processing "
              "activities and the full spreadsheet, with a manifest of their SHA-256 hashes. It is not encrypted: "
              "keep it somewhere safe.").format(path)


def close_and_save(parent: QWidget, session: Session, on_closed: Callable[[], None]) -> None:
    """Close the review in progress, then save its pack where the user chooses.

    The close and the pack are one transaction in storage: a failure leaves the review open, as it was."""
    try:
        records, db = session.records, session.register.db
        review = _current(session)
        org = str(records.organisation().get("name") or "")
    except Locked:
        return
    if review is None:
        return
    from ...exports.review_pack import pack_name
    path = _ask_path(parent, Path.home() / pack_name(org, review))
    if path is None:
        return

    def work(progress: tasks.Progress) -> Path:
        from ...exports.review_pack import close_review, write_pack

        def report(done: int, total: int, text: str) -> None:
            # The close and the pack are one transaction: Cancel here rolls all of it back.
            progress.check()
            progress.report(done, total, tr(text))

        progress.report(0, 0, tr("Closing the review"))
        closed = close_review(records, progress=report)
        return write_pack(records, closed.id, path)

    def done(written: Path) -> None:
        session.notify("")   # every kept record now has its next-review date
        on_closed()
        QMessageBox.information(parent, tr("Review closed"),
                                tr("The review is closed and signed.") + "\n\n" + _saved_text(written))

    def failed(exc: BaseException) -> None:
        session.notify("review")   # the window shows the review as it really stands
        on_closed()
        if not isinstance(exc, tasks.Cancelled):
            dialogs.show_error(parent, tr("The review was not closed"), exc)

    tasks.run_task(parent, tr("Closing the review and signing the pack…"), work, on_done=done, on_error=failed,
                   db=db)


def _current(session: Session) -> rv.Review | None:
    from ...storage.reviews import Reviews
    return Reviews(session.records).current()


def save_pack(parent: QWidget, session: Session, review_id: int) -> None:
    """Write a closed review's stored pack to a file the user chooses."""
    from ...storage.reviews import Reviews
    try:
        records, db = session.records, session.register.db
        review = Reviews(records).get(review_id)
    except Locked:
        return
    if review.is_open or not review.pack_name:
        QMessageBox.information(parent, tr("No pack yet"),
                                tr("{0} is still in progress: its pack is made when it is closed.").format(review.title))
        return
    path = _ask_path(parent, Path.home() / review.pack_name)
    if path is None:
        return

    def work(progress: tasks.Progress) -> Path:
        from ...exports.review_pack import write_pack
        progress.report(0, 0, tr("Saving the review pack"))
        return write_pack(records, review_id, path)

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, tasks.Cancelled):
            dialogs.show_error(parent, tr("The pack was not saved"), exc)

    tasks.run_task(parent, tr("Saving the review pack…"), work,
                   on_done=lambda written: QMessageBox.information(parent, tr("Pack saved"), _saved_text(written)),
                   on_error=failed, db=db)
