"""What the modules built on an open register use of it, as a ``typing.Protocol``.

Records, attachments, the certificate, integrity and the seen heads work on a local register
(``unlocked.UnlockedRegister``, opened by the facade ``register.Register``) and on a team register
(``team.TeamRegister``) alike. Naming this protocol instead of either class keeps them below both: they
never import the facade that composes them, so no import circle can run through it.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Protocol

from .audit import AuditTrail


class OpenRegister(Protocol):
    """An unlocked register: its database, audit trail, settings and seals (local or team)."""

    kind: str  # "local" or "team"
    path: Path
    db: Any  # a peewee database: SqlCipherDatabase, or the team's TeamDatabase
    actor: str  # who the audit trail names for the next change
    audit: AuditTrail
    tail_warning: str
    trail_memory: Any  # seen_heads.TrailMemory once opened
    seal_overhead: int

    @property
    def register_id(self) -> str: ...

    @property
    def data_key(self) -> bytes: ...

    @property
    def schema_version(self) -> int: ...

    def transaction(self, doing: str | None = ...) -> AbstractContextManager[None]: ...

    def meta(self, key: str, default: str | None = None) -> str | None: ...

    def set_meta(self, key: str, value: str) -> None: ...

    def seal(self, data: bytes) -> bytes: ...

    def unseal(self, data: bytes) -> bytes: ...

    def seal_text(self, text: str) -> str: ...

    def unseal_text(self, text: str) -> str: ...

    def integrity_problems(self) -> list[str]: ...

    def checkpoint(self) -> None: ...

