"""How every ``atlas`` command opens the register it works on: which file, with which key, and what opening
it says.

The order of the ways in, what each failure leads to, read-only on a full disk, the name in the audit trail
and the backup folder are ``storage.unlock_flow``'s, as for the desktop's unlock window; this module adds the
terminal's side: secrets from files and the environment (``terminal``), the remembered key, then up to three
typed tries. A team register is signed in to instead (``team_signin``). Every register opened is noted, so
that damage met in any later read of any command is reported with what still reads and the backup to
restore (``storage.damage``), never as an unexpected error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from ..core.errors import AtlasError, UsageError
from ..core.i18n import t
from ..storage.connection import damaged
from ..storage.identity import NAME_ENV, UNNAMED
from ..storage.keyring_store import SecureKeyring
from ..storage.register import Register
from ..storage.remember import RememberedKeyUnreadable
from ..storage.settings import Settings, default_register_path
from ..storage.unlock_flow import Key, Next, Unlocker, after, command_actor
from . import team_signin, terminal
from .output import warn_opened
from .terminal import PASSPHRASE_ENV

Command = TypeVar("Command", bound=Callable[..., Any])

# The registers this command opened (path, id, a copy of the data key, backup folder); ``forget`` zeroes
# the key copies when the command ends.
_OPENED: list[tuple[Path, str, bytearray, Path]] = []


def reads_only(command: Command) -> Command:
    """Mark a command that only reads the register, exports it or backs it up: on a full disk it opens the
    register read-only, so the user can still move their data elsewhere."""
    command.reads_only = True  # type: ignore[attr-defined]
    return command


def register_path(args: argparse.Namespace) -> Path:
    chosen = getattr(args, "register", None) or getattr(args, "register_top", None)
    return Path(chosen).expanduser() if chosen else default_register_path()


def open_register(args: argparse.Namespace, settings: Settings, *, unnamed_note: bool = True) -> Register:
    """The register ``--register`` names (or the default one), unlocked; a team register signed in to.

    ``unnamed_note``: tell the person at a terminal when changes would be recorded as "Unnamed user"
    (``atlas whoami`` is the one naming them, so it says it itself)."""
    if team_signin.is_team(args):  # a postgresql:// address or a .atlas-team file
        return team_signin.open_team(args, settings)  # type: ignore[return-value]  # offers what Register does
    path = register_path(args)
    recovery = terminal.recovery_key(args)
    given = Key.given(None if recovery else terminal.passphrase(args), recovery)
    rescue = getattr(getattr(args, "func", None), "reads_only", False)
    unlocker = Unlocker(path, settings=settings, actor=command_actor(settings), rescue=rescue)

    def unlock(key: Key) -> Register:
        return _noted(unlocker.open(key), settings, unnamed_note and not rescue)

    if given is not None:
        return unlock(given)
    try:  # a remembered key, if this computer has one; otherwise ask
        reg = unlocker.open_remembered(SecureKeyring())
        if reg is not None:
            return _noted(reg, settings, unnamed_note and not rescue)
    except RememberedKeyUnreadable as exc:
        _say_why_not_remembered(exc)
    for _ in range(2):  # typed at a terminal: two retries before giving up
        typed = terminal.ask(t("cli", "Passphrase for {name}: ").format(name=path.name), "passphrase")
        try:
            return unlock(Key(passphrase=typed))
        except AtlasError as exc:
            if after(exc) is not Next.ASK:
                raise
            print(f"  {exc.message}", file=sys.stderr)
    return unlock(Key(passphrase=terminal.ask(t("cli", "Passphrase for {name}: ").format(name=path.name),
                                              "passphrase")))


def _say_why_not_remembered(exc: RememberedKeyUnreadable) -> None:
    """A remembered key that could not be read is said, before asking for the passphrase or instead of it."""
    if not terminal.interactive():
        raise UsageError(t("cli", "{problem} No passphrase given: use --passphrase-file, the {variable} variable, "
                           "or a terminal.").format(problem=exc.message, variable=PASSPHRASE_ENV))
    print(f"  {exc.message}", file=sys.stderr)


def _noted(reg: Register, settings: Settings, unnamed_note: bool) -> Register:
    """What opening found is said, and the register noted for ``explained_damage``."""
    if unnamed_note and not reg.read_only:
        warn_if_unnamed(reg)
    if reg.read_only:
        print(t("cli", "atlas: note: the disk holding {name} is full, so it was opened read-only: reading it, "
                "exporting it and backing it up to another disk work; changes need free space first.").format(
            name=Path(reg.path).name), file=sys.stderr)
    _OPENED.append((reg.path, reg.register_id, bytearray(reg.data_key), settings.backup_path))
    return warn_opened(reg)


def warn_if_unnamed(reg: Any) -> None:
    """Tell the person at the terminal that changes go in the trail as "Unnamed user", and how to give a name.
    Not a script (its stderr is no terminal): its runs would all carry the note, and it sets ATLAS_USER_NAME."""
    if getattr(reg, "kind", "local") != "local" or reg.actor != UNNAMED or not terminal.person_reading():
        return
    print(t("cli", "atlas: note: no name is recorded for you in this register, so changes are written in the audit "
            "trail as \"{unnamed}\". Record yours once with: atlas whoami --set-name \"Your Name\" (or set "
            "{variable}).").format(unnamed=UNNAMED, variable=NAME_ENV), file=sys.stderr)


def explained_damage(exc: BaseException) -> AtlasError:
    """The full ``RegisterDamaged`` (what still reads, the backup to restore) for damage met on the register
    opened last; the plain one when no register was opened or the account itself cannot be made."""
    from ..storage.damage import explain, explained

    if isinstance(exc, AtlasError) and explained(exc):  # type: ignore[arg-type]
        return exc
    plain = exc if isinstance(exc, AtlasError) else damaged()
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
