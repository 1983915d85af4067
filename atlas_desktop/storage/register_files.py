"""The files that make up one register on disk, and finishing a restore a crash interrupted.

A register is ``office.atlas`` and ``office.atlas.keys``, with SQLite's -wal/-shm beside it while
it is open. Only paths and renames here: nothing opens the database.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from .atomic import durable_rename

SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def keys_path(path: Path) -> Path:
    return Path(path).with_name(Path(path).name + ".keys")


def register_files(path: Path) -> list[Path]:
    """Every file that belongs to the register at ``path`` and exists now."""
    path = Path(path)
    candidates = [path, keys_path(path)] + [path.with_name(path.name + s) for s in SIDE_SUFFIXES]
    return [p for p in candidates if p.exists()]


def staged_restore_paths(path: Path) -> tuple[Path, Path]:
    """Where a restore stages the new database and key file before swapping them in."""
    path = Path(path)
    return path.with_name(f".{path.name}.restoring"), path.with_name(f".{path.name}.keys.restoring")


def finish_interrupted_restore(path: Path) -> None:
    """Complete or undo a restore that a crash interrupted.

    A restore renames the staged key file first (the commit point), then the database.
    A staged key file still present means the swap never started: drop the staged pair.
    Only a staged database left means the swap started: finish it.
    """
    staged_db, staged_keys = staged_restore_paths(path)
    if staged_keys.exists():
        staged_keys.unlink()
        staged_db.unlink(missing_ok=True)
    elif staged_db.exists():
        remove_side_files(path)
        durable_rename(staged_db, Path(path))


def remove_side_files(path: Path) -> None:
    for suffix in SIDE_SUFFIXES:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(Path(path).with_name(Path(path).name + suffix))


def remove_with_side_files(path: Path) -> None:
    Path(path).unlink(missing_ok=True)
    remove_side_files(path)
