"""Writes an export's bytes (workbook, CSV, signed PDF, review pack) to the file the user chose.

Atomically (a reader sees the old file or the whole new one; a failure leaves nothing half-written)
and with plain errors naming the file or folder: a missing folder, no permission, a full disk. The
bytes are built in memory first (``spool``), so nothing goes through the system temp folder: a full
TMPDIR does not matter, only the folder written to.
"""

from __future__ import annotations

from pathlib import Path

from ..core.errors import DiskFull, UsageError
from ..core.i18n import t
from ..storage.atomic import atomic_write_bytes
from ..storage.connection import is_disk_full


def write_export(out: Path, data: bytes) -> None:
    """Replace ``out`` with ``data`` atomically, or raise an ``AtlasError`` that says what to do."""
    out = Path(out)
    try:
        atomic_write_bytes(out, data)
    except FileNotFoundError:
        raise UsageError(t("spreadsheets", "Cannot write {path}: the folder {folder} does not exist.").format(
            path=out, folder=out.parent)) from None
    except PermissionError:
        raise UsageError(t("spreadsheets", "Cannot write {path}: permission denied.").format(path=out)) from None
    except OSError as exc:
        if is_disk_full(exc):
            raise DiskFull(t("spreadsheets", "The disk is full, so {file} could not be written to {folder}. Nothing "
                             "was written there. Free some space there, or choose a folder on another disk, and try "
                             "again.").format(file=out.name, folder=out.parent)) from None
        raise
