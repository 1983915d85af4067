"""The unlocked register as the GUI sees it: one object every window asks for records, and that says when they change or lock.

Widgets never keep a ``Records`` or ``Register`` of their own: they ask ``session.records``
at the moment they need it, because locking closes the connection and unlocking opens a new one.
A session is of one of three kinds: a local register file, a team register on a server (signed in as
one person, with a role), or the outbox on this computer that keeps breaches for an unreachable server.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..core.errors import AtlasError
from ..storage.dialect import Target
from ..storage.records import Records
from ..storage.register import Register
from ..storage.settings import Settings

LOCAL, TEAM, OUTBOX = "local", "team", "outbox"


class Locked(AtlasError):
    """Raised when a widget reaches for the register while it is locked."""


class Session(QObject):
    changed = Signal(str)  # an entity key whose records changed; "" means everything
    locked = Signal()
    unlocked = Signal()

    def __init__(self, register: Any, settings: Settings | None = None,
                 parent: QObject | None = None, *, outbox_of: Target | None = None) -> None:
        super().__init__(parent)
        self._register: Any = register
        self._records: Records | None = Records(register)
        self.path: Path = register.path
        self.settings = settings if settings is not None else Settings.load()
        self.kind = OUTBOX if outbox_of is not None else getattr(register, "kind", LOCAL)
        # Where the team register is, without the password: the lock screen signs in to it again.
        team_target = outbox_of if outbox_of is not None else getattr(register, "target", None)
        self.team_target: Target | None = team_target.with_login(password="") if team_target else None
        self.app_role = ""
        self._take(register)

    def _take(self, register: Any) -> None:
        # Only a local register's audit trail takes the name from Preferences: a team register's names the
        # person the server signed in, and the outbox's the same person (it is opened with their sign-in).
        if self.kind == LOCAL:
            from ..storage.identity import actor_for
            register.actor = actor_for(register, self.settings.actor)  # never the computer's login name
        self.app_role = register.app_role() if self.kind == TEAM else ""

    # -- what widgets use -----------------------------------------------------------------------
    @property
    def register(self) -> Register:
        if self._register is None:
            raise Locked("The register is locked.")
        return self._register

    @property
    def records(self) -> Records:
        if self._records is None:
            raise Locked("The register is locked.")
        return self._records

    @property
    def is_locked(self) -> bool:
        return self._register is None

    @property
    def is_team(self) -> bool:
        return self.kind == TEAM

    @property
    def is_outbox(self) -> bool:
        return self.kind == OUTBOX

    @property
    def read_only(self) -> bool:
        """A team register's reader: the server refuses their changes, so the GUI does not offer them."""
        return self.kind == TEAM and self.app_role == "reader"

    def notify(self, entity: str = "") -> None:
        """Tell every view that ``entity``'s records changed (after a save, delete or import)."""
        self.changed.emit(entity)

    # -- locking ------------------------------------------------------------------------------------
    def lock(self) -> None:
        """Close the database connection and forget the key; views hide behind the unlock screen."""
        if self._register is None:
            return
        register, self._register, self._records = self._register, None, None
        register.close()
        self.locked.emit()

    def unlock(self, register: Register) -> None:
        """Take a freshly opened register (the same file) and wake every view."""
        if Path(register.path).resolve() != Path(self.path).resolve():
            raise AtlasError("This is not the register that was locked.")
        self._take(register)  # a manager may have changed this person's role while it was locked
        self._register, self._records = register, Records(register)
        self.unlocked.emit()
        self.changed.emit("")

    def close(self) -> None:
        if self._register is not None:
            self._register.close()
        self._register = self._records = None
