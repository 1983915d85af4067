"""Tells the user, after a register opens, when its records or its audit trail disagree with what Atlas
wrote: rows changed outside Atlas (``storage.integrity``) or a trail shorter or different from the one
this computer saw last (``storage.seen_heads``). The records check runs quietly off the GUI thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from .tasks import run_task

SHOWN = 8  # mismatches listed by name; the rest are counted, and `atlas doctor` lists them all


def tr(text: str) -> str:
    return QCoreApplication.translate("IntegrityCheck", text)


def mismatch_text(mismatches: list[Any]) -> str:
    """The warning for records that disagree with the trail, naming the first few by register and record."""
    lines = [m.describe() for m in mismatches[:SHOWN]]
    more = len(mismatches) - SHOWN
    if more > 0:
        lines.append(tr("…and {0} more.").format(more))
    return tr("These records differ from the audit trail: they were changed outside Atlas, or the trail was "
               "cut. Nothing was changed now.\n\n{0}\n\nRun 'atlas doctor' for the full list, and restore a "
               "backup you trust (File › Security › Restore from backup…) if you did not expect this."
               ).format("\n".join(lines))


def warn_trail_memory(parent: QWidget, register: Any) -> bool:
    """Show the remembered-head warning if the trail is shorter or different than last time; True if shown."""
    memory = getattr(register, "trail_memory", None)
    if memory is None or memory.ok:
        return False
    QMessageBox.warning(parent, tr("Audit trail"), memory.message)
    return True


def check_records(parent: QWidget, register: Any) -> Any:
    """Compare every record with the audit trail in the background; warn only if something differs."""
    from ..storage.integrity import verify_records

    def done(mismatches: list[Any]) -> None:
        if mismatches:
            QMessageBox.warning(parent, tr("Records changed outside Atlas"), mismatch_text(mismatches))

    def failed(exc: BaseException) -> None:
        pass  # locked or closed meanwhile: the audit page and `atlas doctor` check again on request

    return run_task(parent, tr("Checking the records against the audit trail"),
                    lambda progress: verify_records(register), on_done=done, on_error=failed,
                    db=register.db, quiet=True)
