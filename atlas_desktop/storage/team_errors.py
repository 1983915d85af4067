"""Turns what the PostgreSQL server or the network says into one plain sentence the user can act on."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..core.errors import AtlasError, NotAllowed, NotARegister, ServerUnreachable, StorageError, WrongKey
from ..core.i18n import t

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


def _capitalised(text: str) -> str:
    """A sentence whose translation may begin with the ``doing`` placeholder: its first letter raised."""
    return text[:1].upper() + text[1:]


def own_words(said: str) -> str:
    """The server's message in the user's language when it is one of our own triggers' sentences
    (``team_schema``: fixed in English in the schema, so translated here as they arrive); else as said."""
    known = {
        "The audit trail can only grow: its entries cannot be changed or deleted.":
            t("team", "The audit trail can only grow: its entries cannot be changed or deleted."),
        "Only a manager of this register can add or remove people.":
            t("team", "Only a manager of this register can add or remove people."),
        "The role must be manager, editor or reader.": t("team", "The role must be manager, editor or reader."),
        "A server administrator cannot be added as a person: choose another name.":
            t("team", "A server administrator cannot be added as a person: choose another name."),
        "This is the last manager: add another manager first.":
            t("team", "This is the last manager: add another manager first."),
    }
    if said in known:
        return known[said]
    used = _NAME_USED.fullmatch(said)
    if used:
        return t("team", "The name {person} is already used on this server (by another register or program): type "
                 "that person's current password, or choose another sign-in name.").format(person=used["person"])
    return said


_NAME_USED = re.compile(r"The name (?P<person>.+) is already used on this server \(by another register or program\): "
                        r"type that person's current password, or choose another sign-in name\.")


def translate(exc: BaseException, doing: str, target: Any = None) -> AtlasError:
    """A plain ``AtlasError`` for a failure of the team register's server while ``doing`` something.

    ``doing`` is already in the user's language: a noun phrase naming the operation ("saving the breach"),
    which the sentences below use as a subject or object, never inflected."""
    if isinstance(exc, AtlasError):
        return exc
    server = getattr(target, "server", None) or t("team", "the server")
    user = getattr(target, "user", "") or ""
    code = sqlstate(exc)
    text = " ".join(str(c).lower() for c in _chain(exc))
    if code == "28P01" or "password authentication failed" in text:
        if not user:
            return WrongKey(t("team", "The server refused the sign-in for you: the name or the password is wrong."))
        return WrongKey(t("team", "The server refused the sign-in for {person}: the name or the password is "
                          "wrong.").format(person=user))
    if code == "28000" or "no pg_hba.conf entry" in text:
        if "ssl off" in text or "no encryption" in text:
            return ServerUnreachable(t("team", "{server} refuses connections without encryption, and this one had "
                                       "none.").format(server=server))
        if not user:
            return WrongKey(t("team", "The server does not let you sign in to this database from this computer: "
                              "ask whoever runs the server to allow it (pg_hba.conf)."))
        return WrongKey(t("team", "The server does not let {person} sign in to this database from this computer: "
                          "ask whoever runs the server to allow it (pg_hba.conf).").format(person=user))
    if "is not permitted to log in" in text or "permission denied for database" in text:
        if not user:
            return WrongKey(t("team", "You are not (or no longer) a member of the team register on {server}: a "
                              "manager can add you again.").format(server=server))
        return WrongKey(t("team", "{person} is not (or no longer) a member of the team register on {server}: a "
                          "manager can add you again.").format(person=user, server=server))
    if code == "42710" or "is already used on this server" in text:
        return StorageError(own_words(server_message(exc)))
    if code == "3D000" or ("database" in text and "does not exist" in text):
        return NotARegister(t("team", "There is no database {database} on {server}: check the address, or ask "
                              "whoever runs the server to create it.").format(
            database=repr(getattr(target, "database", "")), server=server))
    if "server does not support ssl" in text:
        return ServerUnreachable(t("team", "{server} does not offer an encrypted (TLS) connection, and Atlas needs "
                                   "one for a server on another computer: ask whoever runs it to turn TLS "
                                   "on.").format(server=server))
    if is_unreachable(exc):
        return ServerUnreachable(t("team", "The team register's server {server} cannot be reached now while {doing} "
                                   "({detail}). Nothing was changed. Check the network; meanwhile the app can log a "
                                   "breach into an outbox on this computer and send it when the server is "
                                   "back.").format(server=server, doing=doing, detail=_text(exc)))
    if code == "42501":
        said = server_message(exc)
        if said.startswith("permission denied"):
            said = t("team", "your role in this register does not allow it")
        else:
            said = own_words(said)
        return NotAllowed(_capitalised(t("team", "The server refused {doing}: {reason}. Nothing was changed; a "
                                         "manager can give you another role.").format(
            doing=doing, reason=said.rstrip("."))))
    if code == "40001" or code == "40P01":
        return StorageError(_capitalised(t("team", "{doing} met another person's change at the same moment and "
                                           "was not made: try again.").format(doing=doing)))
    # rstrip: our triggers' sentences end with their own full stop (it was doubled before).
    return StorageError(_capitalised(t("team", "{doing} failed on the server: {reason}.").format(
        doing=doing, reason=own_words(server_message(exc)).rstrip("."))))
