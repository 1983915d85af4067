"""The unlocked register as the GUI sees it: one object every window asks for records, and that says when they change or lock.

Widgets never keep a ``Records`` or ``Register`` of their own: they ask ``session.records``
at the moment they need it, because locking closes the connection and unlocking opens a new one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..core.errors import AtlasError
from ..storage.records import Records
from ..storage.register import Register
from ..storage.settings import Settings


class Locked(AtlasError):
    """Raised when a widget reaches for the register while it is locked."""


class Session(QObject):
    changed = Signal(str)  # an entity key whose records changed; "" means everything
    locked = Signal()
    unlocked = Signal()

    def __init__(self, register: Register, settings: Settings | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._register: Register | None = register
        self._records: Records | None = Records(register)
        self.path: Path = register.path
        self.settings = settings if settings is not None else Settings.load()
        register.actor = self.settings.actor

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
        register.actor = self.settings.actor
        self._register, self._records = register, Records(register)
        self.unlocked.emit()
        self.changed.emit("")

    def close(self) -> None:
        if self._register is not None:
            self._register.close()
        self._register = self._records = None
