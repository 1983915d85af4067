"""How the ``atlas`` command opens a local register: read-only on a full disk, and damage met later explained.

A command that only reads, exports or backs up opens the register read-only when its disk is
(nearly) full: opening normally grows the -wal and -shm, so on a full disk nothing would work,
not even the backup or export that lets the user move their data elsewhere. Every register opened
is noted, so that damage met in any later read of any command is reported with what still reads and
the backup to restore (``storage.damage``), never as an unexpected error.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

from .core.errors import AtlasError, DiskFull
from .storage.connection import damaged
from .storage.register import Register
from .storage.settings import Settings

RESCUE_BELOW = 1 << 20  # bytes free beside the register under which a reading command opens it read-only

# The registers this command opened (path, id, a copy of the data key, backup folder); ``forget`` zeroes
# the key copies when the command ends.
_OPENED: list[tuple[Path, str, bytearray, Path]] = []


def short_of_space(path: Path) -> bool:
    try:
        return shutil.disk_usage(Path(path).parent).free < RESCUE_BELOW
    except OSError:
        return False


def command_actor(settings: Settings) -> str:
    """The name this command writes in the audit trail, when one is given for it: ``ATLAS_USER_NAME``, else
    Preferences' "Your name"; "" leaves the register's own (``storage.identity``). The variable is held to
    the rules a typed name is (``SetupProblem`` naming it): it is written in the trail for good."""
    from .core.office_setup import check_person
    from .storage.identity import NAME_ENV

    return check_person(os.environ.get(NAME_ENV), f"The name in {NAME_ENV}", required=False) or settings.actor


def unlocker(path: Path, settings: Settings, *, rescue: bool) -> Callable[..., Register]:
    """``Register.open(path, **key)`` for this command; ``rescue``: it only reads, so a full disk opens it read-only."""

    def unlock(**key: object) -> Register:
        read_only = rescue and short_of_space(path)
        actor = command_actor(settings)
        try:
            reg = Register.open(path, actor=actor, backup_dir=settings.backup_path, read_only=read_only,
                                **key)  # type: ignore[arg-type]
        except DiskFull:
            if not rescue or read_only:
                raise
            reg = Register.open(path, actor=actor, backup_dir=settings.backup_path, read_only=True,
                                **key)  # type: ignore[arg-type]
        if not rescue and not reg.read_only:
            from .cli_init import warn_if_unnamed
            warn_if_unnamed(reg)
        if reg.read_only:
            print(f"atlas: note: the disk holding {Path(path).name} is full, so it was opened read-only: reading "
                  "it, exporting it and backing it up to another disk work; changes need free space first.",
                  file=sys.stderr)
        _OPENED.append((reg.path, reg.register_id, bytearray(reg.data_key), settings.backup_path))
        return reg

    return unlock


def explained_damage(exc: BaseException) -> AtlasError:
    """The full ``RegisterDamaged`` (what still reads, the backup to restore) for damage met on the register
    opened last; the plain one when no register was opened or the account itself cannot be made."""
    from .storage.damage import explain, explained

    if isinstance(exc, AtlasError) and explained(exc):  # type: ignore[arg-type]
        return exc
    plain = exc if isinstance(exc, AtlasError) else damaged("reading the register")
    if not _OPENED:
        return plain
    path, register_id, key, folder = _OPENED[-1]
    try:
        return explain(path, bytes(key), register_id, folder)
    except (AtlasError, OSError):
        return plain


def forget() -> None:
    """Zero the key copies kept for ``explained_damage``: the command is over."""
    for _path, _id, key, _folder in _OPENED:
        key[:] = bytes(len(key))
    _OPENED.clear()
