"""The decisions of unlocking a register file, shared by the desktop's unlock window and the ``atlas`` command.

The two front ends only gather the secrets (widgets; files, environment and terminal prompts) and say what
happened in their own words. What is tried, in which order, and what each failure leads to is decided here:

- a recovery key given wins over a passphrase given; with neither, the key this computer remembers (the
  system keyring) is tried first, and only then is a passphrase asked for (``Key``, ``Unlocker``);
- a missing or wrong key, or a recovery key with a typo, is asked for again; damage to the register or its
  key file leads to the backups; anything else is said as it is, since asking again would not help (``after``);
- a command that only reads opens the register read-only when its disk is (nearly) full: opening normally
  grows the -wal and -shm, so otherwise nothing would work, not even the backup or export that lets the user
  move their data elsewhere (``Unlocker.open``);
- the name the audit trail records and the backup folder come from Preferences, the name overridden by
  ``ATLAS_USER_NAME`` for a command (``command_actor``, ``Unlocker``);
- "Remember on this computer" is stored or removed only when the choice changed (``remember_change``).
"""

from __future__ import annotations

import enum
import os
import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core.errors import AtlasError, DiskFull, KeyFileDamaged, KeyNeeded, RegisterDamaged, WrongKey
from ..core.i18n import t
from .identity import NAME_ENV
from .keyring_store import SecureKeyring
from .keys import KEYRING, KeyFile
from .register import Register, keys_path
from .remember import RememberedKeyUnreadable, forget, remember
from .settings import Settings

RESCUE_BELOW = 1 << 20  # bytes free beside the register under which a reading command opens it read-only


@dataclass(frozen=True)
class Key:
    """One way in: a recovery key, a passphrase, or (``keyring``) the key this computer remembers."""

    passphrase: str | None = None
    recovery_key: str | None = None
    keyring: SecureKeyring | None = None

    @classmethod
    def given(cls, passphrase: str | None, recovery_key: str | None) -> Key | None:
        """What was given before any prompt; the recovery key wins (it is asked for on purpose). None: nothing."""
        if recovery_key:
            return cls(recovery_key=recovery_key)
        if passphrase:
            return cls(passphrase=passphrase)
        return None

    @classmethod
    def typed(cls, secret: str, *, recovery: bool) -> Key:
        return cls(recovery_key=secret) if recovery else cls(passphrase=secret)

    def arguments(self) -> dict[str, Any]:
        """The keyword arguments of ``Register.open`` for this key."""
        found = {"passphrase": self.passphrase, "recovery_key": self.recovery_key, "keyring": self.keyring}
        return {name: value for name, value in found.items() if value is not None}


class Next(enum.Enum):
    """What a front end does after an unlock failed."""

    ASK = "ask"  # the key was missing or wrong (a typo, Caps Lock): ask for it again
    RESTORE = "restore"  # the register or its key file is damaged: the way back is a backup
    STOP = "stop"  # anything else (not a register, too new, a full disk): say it


def after(exc: BaseException) -> Next:
    """What to do after ``exc`` ended an unlock."""
    if isinstance(exc, WrongKey):  # KeyNeeded and MalformedRecoveryKey too
        return Next.ASK
    if isinstance(exc, (RegisterDamaged, KeyFileDamaged)):
        return Next.RESTORE
    return Next.STOP


def short_of_space(path: Path) -> bool:
    try:
        return shutil.disk_usage(Path(path).parent).free < RESCUE_BELOW
    except OSError:
        return False


def has_remembered_key(path: Path) -> bool:
    """This computer was told to remember the register (its key file holds a keyring wrap)."""
    try:
        return KeyFile.load(keys_path(path)).has(KEYRING)
    except AtlasError:
        return False


def command_actor(settings: Settings, environ: Mapping[str, str] = os.environ) -> str:
    """The name a command writes in the audit trail, when one is given for it: ``ATLAS_USER_NAME``, else
    Preferences' "Your name"; "" leaves the register's own (``storage.identity``). The variable is held to
    the rules a typed name is (``SetupProblem`` naming it): it is written in the trail for good."""
    from ..core.office_setup import check_person  # late: the app's unlock window need not load the authorities

    what = t("storage", "The name in {variable}").format(variable=NAME_ENV)
    return check_person(environ.get(NAME_ENV), what, required=False) or settings.actor


class Unlocker:
    """Opens one register file with one ``Key`` at a time, as the flow decides.

    ``settings`` gives the backup folder (for the backup before a schema upgrade, and for what damage found
    at open names); without it the folder is read from Preferences when needed. ``actor``: the name the
    audit trail records (None: the register's own). ``rescue``: the caller only reads, exports or backs up,
    so a full disk opens the register read-only instead of failing."""

    def __init__(self, path: Path, *, settings: Settings | None = None, actor: str | None = None,
                 rescue: bool = False) -> None:
        self.path = Path(path)
        self.backup_dir = settings.backup_path if settings is not None else None
        self.actor = actor
        self.rescue = rescue

    def open(self, key: Key) -> Register:
        read_only = self.rescue and short_of_space(self.path)
        try:
            return self._open(key, read_only)
        except DiskFull:
            if not self.rescue or read_only:
                raise
            return self._open(key, True)

    def _open(self, key: Key, read_only: bool) -> Register:
        return Register.open(self.path, actor=self.actor, backup_dir=self.backup_dir, read_only=read_only,
                             **key.arguments())

    def open_remembered(self, keyring: SecureKeyring) -> Register | None:
        """The register opened with the key this computer remembers; None when nothing is remembered for it.

        ``RememberedKeyUnreadable`` says why a remembered key could not be had (the front end says so, then
        asks); any other problem (not a register, damage) is raised before anything is asked for."""
        try:
            return self.open(Key(keyring=keyring))
        except RememberedKeyUnreadable:
            raise
        except KeyNeeded:
            return None


def remember_change(wanted: bool, remembered: bool) -> str | None:
    """"remember", "forget", or None when the choice is what the register already has."""
    if wanted and not remembered:
        return "remember"
    if remembered and not wanted:
        return "forget"
    return None


def apply_remember_change(register: Register, change: str | None, keyring: SecureKeyring | None) -> str:
    """Carry out ``remember_change``'s answer on the opened register: "" when done, else the problem in words
    (the register is open all the same)."""
    try:
        if change == "remember":
            assert keyring is not None
            remember(register, keyring)
        elif change == "forget":
            forget(register, keyring)
    except AtlasError as exc:
        return str(exc)
    return ""
