"""Turns what the PostgreSQL server or the network says into one plain sentence the user can act on."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..core.errors import AtlasError, NotAllowed, NotARegister, ServerUnreachable, StorageError, WrongKey

_UNREACHABLE = ("connection refused", "could not connect", "timeout expired", "timed out",
                "could not translate host name", "name or service not known", "no route to host",
                "network is unreachable", "server closed the connection", "connection is lost",
                "the connection is closed", "terminating connection", "connection already closed",
                "consuming input failed", "server conn crashed", "ssl syscall error")


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    todo: list[Any] = [exc]
    while todo:
        current = todo.pop(0)
        if not isinstance(current, BaseException) or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo += [current.__cause__, current.__context__, *current.args]


def sqlstate(exc: BaseException) -> str:
    """The server's SQLSTATE code for ``exc`` (or anything it wraps), or ''."""
    for current in _chain(exc):
        code = getattr(current, "sqlstate", None)
        if code:
            return str(code)
    return ""


def _text(exc: BaseException) -> str:
    for current in _chain(exc):
        if type(current).__module__.startswith("psycopg"):
            return str(current).strip().splitlines()[0] if str(current).strip() else type(current).__name__
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def server_message(exc: BaseException) -> str:
    """The server's own message (e.g. our triggers' plain sentences), without psycopg's decoration."""
    for current in _chain(exc):
        diag = getattr(current, "diag", None)
        primary = getattr(diag, "message_primary", None) if diag is not None else None
        if primary:
            return str(primary)
    return _text(exc)


def is_unreachable(exc: BaseException) -> bool:
    if sqlstate(exc).startswith("08") or sqlstate(exc) in ("57P01", "57P02", "57P03"):
        return True
    text = " ".join(str(c).lower() for c in _chain(exc))
    return any(marker in text for marker in _UNREACHABLE)


def translate(exc: BaseException, doing: str, target: Any = None) -> AtlasError:
    """A plain ``AtlasError`` for a failure of the team register's server while ``doing`` something."""
    if isinstance(exc, AtlasError):
        return exc
    server = getattr(target, "server", "the server")
    user = getattr(target, "user", "") or "you"
    code = sqlstate(exc)
    text = " ".join(str(c).lower() for c in _chain(exc))
    if code == "28P01" or "password authentication failed" in text:
        return WrongKey(f"The server refused the sign-in for {user}: the name or the password is wrong.")
    if code == "28000" or "no pg_hba.conf entry" in text:
        if "ssl off" in text or "no encryption" in text:
            return ServerUnreachable(f"{server} refuses connections without encryption, and this one had none.")
        return WrongKey(f"The server does not let {user} sign in to this database from this computer: ask "
                        "whoever runs the server to allow it (pg_hba.conf).")
    if "is not permitted to log in" in text or "permission denied for database" in text:
        return WrongKey(f"{user} is not (or no longer) a member of the team register on {server}: a manager can "
                        "add you again.")
    if code == "42710" or "is already used on this server" in text:
        return StorageError(server_message(exc))
    if code == "3D000" or ("database" in text and "does not exist" in text):
        return NotARegister(f"There is no database {getattr(target, 'database', '')!r} on {server}: check the "
                            "address, or ask whoever runs the server to create it.")
    if "server does not support ssl" in text:
        return ServerUnreachable(f"{server} does not offer an encrypted (TLS) connection, and Atlas needs one "
                                 "for a server on another computer: ask whoever runs it to turn TLS on.")
    if is_unreachable(exc):
        return ServerUnreachable(f"The team register's server {server} cannot be reached now while {doing} "
                                 f"({_text(exc)}). Nothing was changed. Check the network; meanwhile the app can log "
                                 "a breach into an outbox on this computer and send it when the server is back.")
    if code == "42501":
        said = server_message(exc)
        if said.startswith("permission denied"):
            said = "your role in this register does not allow it"
        return NotAllowed(f"The server refused {doing}: {said.rstrip('.')}. Nothing was changed; a manager can "
                          "give you another role.")
    if code == "40001" or code == "40P01":
        return StorageError(f"{doing[:1].upper()}{doing[1:]} met another person's change at the same moment and "
                            "was not made: try again.")
    return StorageError(f"{doing[:1].upper()}{doing[1:]} failed on the server: {server_message(exc)}.")
