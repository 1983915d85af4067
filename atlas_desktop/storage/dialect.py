"""Where the team register's PostgreSQL differs from the local SQLCipher file, and how a team register is named.

The storage code is written once, in SQLite's dialect with ``?`` placeholders; ``TeamDatabase`` runs the
same statements on PostgreSQL (psycopg 3) by turning ``?`` into ``%s``. The few functions SQLite has and
PostgreSQL lacks (``json_each`` over a JSON list, the ``NOCASE`` collation) are created in the team
schema under the same names (``team_schema``), so queries need no second version. What truly differs
(the search index, schema version bookkeeping) asks ``is_team(db)``.
"""

from __future__ import annotations

import ipaddress
import json
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlsplit

import peewee

from ..core.errors import UsageError
from ..core.i18n import t

TEAM_SUFFIX = ".atlas-team"
_PERCENT = re.compile(r"%(?!s)")  # a literal % in a statement with parameters must be doubled for psycopg


class TeamDatabase(peewee.PostgresqlDatabase):
    """peewee's PostgreSQL database (psycopg 3) that also runs statements written with ``?``."""

    dialect = "postgresql"
    serialises_audit = True  # AuditTrail.append takes the trail's advisory lock first

    def __init__(self, database: str, **kwargs: Any) -> None:
        super().__init__(database, prefer_psycopg3=True, **kwargs)

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        if "?" in sql:
            sql = _PERCENT.sub("%%", sql).replace("?", "%s")
        elif not params and "%" in sql:
            sql = sql.replace("%", "%%")  # peewee passes () and psycopg then reads every % as a placeholder
        return super().execute_sql(sql, params)


def is_team(db: Any) -> bool:
    """True for a team register's database (PostgreSQL), False for the local file."""
    return getattr(db, "dialect", "sqlite") == "postgresql"


def _is_local(host: str) -> bool:
    if not host or host.startswith("/") or host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class Target:
    """Where a team register is: server, port, database and the person signing in. Never a password
    in a file: a URL's password is used for this connection only and not written anywhere."""

    host: str
    port: int
    database: str
    user: str
    sslmode: str = ""  # empty: "require" unless the host is this computer
    password: str = ""

    @classmethod
    def parse(cls, text: str | Path) -> Target:
        """A ``postgresql://`` URL, or the path of a ``.atlas-team`` connection file."""
        raw = str(text)
        if raw.startswith(("postgresql://", "postgres://")):
            return cls.from_url(raw)
        return cls.load(Path(raw))

    @classmethod
    def from_url(cls, url: str) -> Target:
        parts = urlsplit(url)
        database = unquote(parts.path.lstrip("/"))
        if not database:
            raise UsageError(t("team", "The team register's address names no database: add /DATABASE to "
                               "{address}.").format(address=_shown(url)))
        try:
            port = parts.port or 5432
        except ValueError:
            raise UsageError(t("team", "The port in {address} is not a number.").format(address=_shown(url))) from None
        query = dict(p.split("=", 1) for p in parts.query.split("&") if "=" in p)
        return cls(unquote(parts.hostname or ""), port, database, unquote(parts.username or ""),
                   query.get("sslmode", ""), unquote(parts.password or ""))

    @classmethod
    def load(cls, path: Path) -> Target:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise UsageError(t("team", "There is no team connection file at {path}.").format(path=path)) from None
        except (OSError, ValueError) as exc:
            raise UsageError(t("team", "{file} is not a team connection file: {reason}.").format(
                file=Path(path).name, reason=exc)) from None
        try:
            return cls(str(data["host"]), int(data.get("port", 5432)), str(data["database"]),
                       str(data.get("user", "")), str(data.get("sslmode", "")))
        except (KeyError, TypeError, ValueError):
            raise UsageError(t("team", "{file} is not a team connection file: it needs host, database and "
                               "user.").format(file=Path(path).name)) from None

    def save(self, path: Path) -> Path:
        """Write a ``.atlas-team`` file (no password) that the app and ``atlas --register`` can open."""
        from .atomic import atomic_write_bytes
        path = Path(path)
        if path.suffix != TEAM_SUFFIX:
            path = path.with_name(path.name + TEAM_SUFFIX)
        body = {"format": "atlas-team", "host": self.host, "port": self.port, "database": self.database,
                "user": self.user}
        if self.sslmode:
            body["sslmode"] = self.sslmode
        atomic_write_bytes(path, (json.dumps(body, indent=2) + "\n").encode("utf-8"))
        return path

    @property
    def local(self) -> bool:
        return _is_local(self.host)

    @property
    def effective_sslmode(self) -> str:
        # TLS is required off this computer: the register's fields cross the network otherwise.
        return self.sslmode or ("prefer" if self.local else "require")

    def with_login(self, user: str | None = None, password: str | None = None) -> Target:
        return replace(self, user=self.user if user is None else user,
                       password=self.password if password is None else password)

    def connect_params(self) -> dict[str, Any]:
        params: dict[str, Any] = {"host": self.host or None, "port": self.port, "user": self.user or None,
                                  "sslmode": self.effective_sslmode, "connect_timeout": 5,
                                  "application_name": "Atlas Desktop"}
        if self.password:
            params["password"] = self.password
        return {k: v for k, v in params.items() if v is not None}

    @property
    def server(self) -> str:
        """The server as shown in the status bar: host:port/database."""
        return f"{self.host or 'local socket'}:{self.port}/{self.database}"

    def url(self) -> str:
        """The address without its password (for messages, settings and recent lists)."""
        user = f"{quote(self.user)}@" if self.user else ""
        return f"postgresql://{user}{self.host}:{self.port}/{quote(self.database)}"


def _shown(url: str) -> str:
    """A URL with any password hidden, for messages."""
    parts = urlsplit(url)
    if parts.password:
        return url.replace(f":{parts.password}@", ":***@")
    return url


def is_team_target(text: str | Path | None) -> bool:
    """True when ``text`` names a team register (a URL or a ``.atlas-team`` file) rather than a local file."""
    raw = str(text or "")
    return raw.startswith(("postgresql://", "postgres://")) or raw.endswith(TEAM_SUFFIX)
