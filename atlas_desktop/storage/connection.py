"""Low-level SQLCipher access: connections (read-write and read-only), probes, integrity checks, plain errors.

Everything here works on one database file and a data key; it knows nothing of key files,
migrations or the audit trail, so backups can use it on a copy as well as on the register.
It also tells the failures apart: a full disk, a damaged file (``is_damage``) and other I/O errors.
"""

from __future__ import annotations

import contextlib
import errno
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import peewee
from playhouse.sqlcipher_ext import SqlCipherDatabase
from sqlcipher3 import dbapi2 as sqlcipher

from ..core.errors import AtlasError, DiskFull, NotARegister, RegisterDamaged, StorageError
from ..core.i18n import t, tn

SQLITE_HEADER = b"SQLite format 3\x00"

# WAL with synchronous=FULL: every acknowledged commit has been fsynced, so it survives a
# kill -9 or a power cut. temp_store=memory keeps sort/temp tables off the disk entirely.
# cipher_memory_security stays off. On, SQLCipher zeroes every allocation it frees and mlocks its
# memory; on a 10k-record register that made opening 1.6x, saving edits 1.5x and a whole session
# 1.2x slower (benchmarks/memory_security.py, README "How your data is protected"), and once on it
# cannot be turned off for the process. It would protect little: every row read is copied into
# Python strings, dicts and Qt models that no setting wipes. What we can wipe, we do: the data key
# and the audit key are held in bytearrays zeroed by close() (see Register.close).
PRAGMAS = (("journal_mode", "wal"), ("synchronous", "full"), ("temp_store", "memory"),
           ("foreign_keys", 1), ("busy_timeout", 5000), ("cipher_memory_security", "off"))


def raw_key(data_key: bytes) -> str:
    return f"x'{data_key.hex()}'"


_LOW_SPACE_BYTES = 1 << 20


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """``exc`` and every exception it masks (``__cause__`` or ``__context__``), each once."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def is_disk_full(exc: BaseException, folder: Path | None = None) -> bool:
    """True when ``exc`` or anything it masks is SQLITE_FULL or ENOSPC.

    peewee reports a failed COMMIT as "cannot rollback - no transaction is active" and
    keeps the real error in ``__context__``, so the whole chain is searched. SQLite reports
    some out-of-space failures (sizing the -shm, a short write) only as "disk I/O error",
    so that one counts as a full disk when ``folder`` has under 1 MiB free.
    """
    for current in _chain(exc):
        text = str(current).lower()
        if "database or disk is full" in text or "no space left" in text:
            return True
        if isinstance(current, OSError) and current.errno == errno.ENOSPC:
            return True
        if getattr(current, "sqlite_errorcode", None) == 13:  # SQLITE_FULL
            return True
    if folder is not None and any("disk i/o error" in str(e).lower() for e in _chain(exc)):
        try:
            return shutil.disk_usage(folder).free < _LOW_SPACE_BYTES
        except OSError:
            return False
    return False


SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_NOTADB = 10, 11, 26
# What SQLite and SQLCipher say when a page cannot be read back as written. Every page carries a MAC,
# so a changed byte anywhere surfaces as one of these rather than as wrong data.
_DAMAGE_WORDS = ("malformed", "file is not a database", "hmac", "database corruption")


def is_damage(exc: BaseException) -> bool:
    """True when ``exc`` (or anything it masks) says the database file is damaged.

    SQLITE_CORRUPT and SQLITE_NOTADB (also as extended codes), or their words when a wrapper
    (peewee) kept only the text. A full disk and other I/O errors are not damage: the file is
    sound and the same command works once the disk is.
    """
    if isinstance(exc, AtlasError):  # already said in words: a damaged backup is not a damaged register
        return isinstance(exc, RegisterDamaged)
    if is_disk_full(exc):
        return False
    for current in _chain(exc):
        code = getattr(current, "sqlite_errorcode", None)
        if isinstance(code, int) and code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB):
            return True
        if isinstance(current, (sqlcipher.DatabaseError, peewee.DatabaseError)):
            text = str(current).lower()
            if any(word in text for word in _DAMAGE_WORDS):
                return True
    return False


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def damaged(doing: str | None = None) -> RegisterDamaged:
    """The plain error for damage met while ``doing`` something (reading the register, when not said), before
    anyone looked at what still reads.

    ``doing``: a phrase such as ``t("storage", "opening the register")``, in the user's language.
    ``storage.damage.explain`` (which needs the data key) replaces it with the full account where the
    register is known: which parts still read, and the latest verified backup to restore."""
    return RegisterDamaged(t("storage", "The register's file is damaged: part of it can no longer be read, so {doing} "
                                        "failed. Nothing more was changed. Restore your latest verified backup with "
                                        "'atlas restore --from FILE'.").format(
                                            doing=doing or t("storage", "reading the register")))


class DamagedPage(RegisterDamaged, peewee.DatabaseError):
    """A page read through the register's connection failed its check.

    Also a ``peewee.DatabaseError``, so code that tolerates a failed read (the checks that report what
    they could not read) still does, now with a plain sentence instead of SQLite's words."""


def translate_error(exc: BaseException, doing: str, folder: Path | None = None) -> AtlasError:
    """An expected, plainly worded error for a storage failure while ``doing`` something.

    ``doing`` is a phrase in the user's language (``t("storage", "the backup")``): the sentences here are
    built around it, so it reads as the subject of "… failed"."""
    if is_disk_full(exc, folder):
        return DiskFull(t("storage", "The disk is full, so {doing} failed. Nothing of it was written and everything "
                                     "saved before is intact. Free some space and try again.").format(doing=doing))
    if is_damage(exc):
        return damaged(doing)
    if is_io_error(exc):
        return StorageError(t("storage", "{doing} failed: the disk could not be read or written (an input/output "
                                         "error), so the disk or its connection may be failing. Nothing more was "
                                         "changed. Copy the register and its key file to another disk and try again "
                                         "there.").format(doing=_capital(doing)))
    return StorageError(t("storage", "{doing} failed: {error}.").format(doing=_capital(doing), error=exc))


def is_io_error(exc: BaseException) -> bool:
    """True for SQLITE_IOERR (any extended code) or EIO: the disk failed to read or write, not the file."""
    for current in _chain(exc):
        code = getattr(current, "sqlite_errorcode", None)
        if isinstance(code, int) and code & 0xFF == SQLITE_IOERR:
            return True
        if isinstance(current, OSError) and current.errno == errno.EIO:
            return True
        if isinstance(current, (sqlcipher.DatabaseError, peewee.DatabaseError)) and "disk i/o error" in str(current).lower():
            return True
    return False


def check_header(path: Path) -> None:
    try:
        with open(path, "rb") as handle:
            head = handle.read(16)
    except FileNotFoundError:
        raise NotARegister(t("storage", "There is no register at {path}.").format(path=path)) from None
    except OSError as exc:
        raise StorageError(t("storage", "The register {path} cannot be read: {reason}.").format(
            path=path, reason=exc.strerror)) from None
    if head == SQLITE_HEADER:
        raise NotARegister(t("storage", "{name} is a plain, unencrypted SQLite file, not an Atlas register.").format(
            name=path.name))
    if len(head) < 16:
        raise NotARegister(t("storage", "This file is not an Atlas register: {name} is empty or truncated.").format(
            name=path.name))


_sqlcipher_quiet = False


def quiet_sqlcipher() -> None:
    """Stop SQLCipher printing its own diagnostics to stderr (process-wide, done once).

    We report every failure ourselves in plain words; its raw lines would break the CLI's
    one-line error contract and mean nothing to the user.
    """
    global _sqlcipher_quiet
    if not _sqlcipher_quiet:
        conn = sqlcipher.connect(":memory:")
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
        finally:
            conn.close()
        _sqlcipher_quiet = True


def read_only_uris(path: Path) -> list[str]:
    """The URIs to try, in order, for reading ``path`` without writing anything beside it.

    With no -wal and no -shm, no connection has the file open (SQLite keeps both while one does)
    and no change waits in a log: it is read as ``immutable``, which creates no side files, so it
    works on a full disk and leaves the folder exactly as it was. Otherwise ``mode=ro`` reads the
    -wal too; when that cannot start (on a full disk SQLite cannot size the -shm) and the -wal
    holds nothing, ``immutable`` again.
    """
    path = Path(path)
    base = path.resolve().as_uri()
    wal, shm = (path.with_name(path.name + suffix) for suffix in ("-wal", "-shm"))
    if not wal.exists() and not shm.exists():
        return [f"{base}?immutable=1"]
    uris = [f"{base}?mode=ro"]
    if not wal.exists() or wal.stat().st_size == 0:
        uris.append(f"{base}?immutable=1")
    return uris


def connect_readonly(path: Path, data_key: bytes) -> sqlcipher.Connection:
    """A read-only SQLCipher handle: it can never create, change or journal the file."""
    quiet_sqlcipher()
    conn = sqlcipher.connect(read_only_uris(path)[0], uri=True)
    conn.execute(f"PRAGMA key = \"{raw_key(data_key)}\"")
    return conn


class _Cursor:
    """SQLite's cursor, saying a damaged page met while fetching rows (they are read a page at a time) as damage."""

    __slots__ = ("_cursor",)

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    def fetchone(self) -> Any:
        try:  # once per row in every list: a plain try, not a context manager
            return self._cursor.fetchone()
        except sqlcipher.DatabaseError as exc:
            if not is_damage(exc):
                raise
            raise DamagedPage(damaged().message) from exc

    def fetchall(self) -> Any:
        with _damage_said():
            return self._cursor.fetchall()

    def fetchmany(self, *args: Any) -> Any:
        with _damage_said():
            return self._cursor.fetchmany(*args)

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchone, None)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cursor, name)


@contextlib.contextmanager
def _damage_said() -> Iterator[None]:
    """Raise ``DamagedPage`` for damage met inside; anything else goes on as it was."""
    try:
        yield
    except (sqlcipher.DatabaseError, peewee.DatabaseError) as exc:
        if isinstance(exc, DamagedPage) or not is_damage(exc):
            raise
        raise DamagedPage(damaged().message) from exc


class RegisterDatabase(SqlCipherDatabase):
    """The register's connection: every statement and every row fetched says a damaged page as ``DamagedPage``."""

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        with _damage_said():
            return _Cursor(super().execute_sql(sql, params))


def connect_register(path: Path, data_key: bytes, read_only: bool = False) -> SqlCipherDatabase:
    """The register's peewee connection: WAL and fsync on every commit, or read-only (``read_only_uris``)."""
    quiet_sqlcipher()
    if not read_only:
        db = RegisterDatabase(str(path), passphrase=raw_key(data_key), pragmas=list(PRAGMAS))
        try:
            db.connect()
        except (peewee.PeeweeException, sqlcipher.Error) as exc:
            raise translate_error(exc, t("storage", "opening the register"), Path(path).parent) from None
        return db
    pragmas = [(k, v) for k, v in PRAGMAS if k not in ("journal_mode", "synchronous")]
    pragmas.append(("query_only", 1))
    failure: BaseException | None = None
    for uri in read_only_uris(path):
        db = RegisterDatabase(uri, uri=True, passphrase=raw_key(data_key), pragmas=pragmas)
        try:
            db.connect()
            db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
            return db
        except (peewee.PeeweeException, sqlcipher.Error) as exc:
            failure = exc
            with contextlib.suppress(Exception):
                db.close()
    assert failure is not None
    raise translate_error(failure, t("storage", "opening the register read-only"), Path(path).parent) from None


def probe_key(path: Path, data_key: bytes) -> None:
    """Prove the key opens the database using a read-only handle, so a mismatch writes nothing.

    A first page that fails its check reads exactly like a wrong key ("not a database"); the
    other pages tell them apart: with the right key they pass, with a wrong one none does."""
    quiet_sqlcipher()
    failure: BaseException | None = None
    for uri in read_only_uris(path):
        try:
            conn = sqlcipher.connect(uri, uri=True)
        except sqlcipher.Error as exc:
            failure = exc
            continue
        try:
            conn.execute(f"PRAGMA key = \"{raw_key(data_key)}\"")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return
        except sqlcipher.DatabaseError as exc:
            if "not a database" not in str(exc):  # e.g. an I/O error or a full disk: not a key problem
                failure = exc
                continue
            if _other_pages_verify(conn, path):
                raise damaged(t("storage", "opening the register")) from None
            raise NotARegister(t("storage", "{name} does not match its key file: the key file belongs to another "
                                            "register, or this file is not an Atlas register.").format(
                name=path.name)) from None
        finally:
            conn.close()
    assert failure is not None
    raise translate_error(failure, t("storage", "opening the register"), path.parent) from None


def _other_pages_verify(conn: sqlcipher.Connection, path: Path) -> bool:
    """True when some page of ``path`` passes its MAC with the key ``conn`` holds."""
    try:
        failed = sum(1 for _ in conn.execute("PRAGMA cipher_integrity_check"))
        page_size = conn.execute("PRAGMA cipher_page_size").fetchone()[0]
        pages = path.stat().st_size // int(page_size)
    except (sqlcipher.Error, OSError, TypeError, ValueError):
        return False
    return 1 < pages and failed < pages


def integrity_problems(conn: sqlcipher.Connection) -> list[str]:
    """SQLCipher's page-MAC check, then SQLite's structural check, on any open connection.

    Each runs on its own: damage that makes the second one fail outright is still
    reported by the first, page by page, rather than lost in an exception.
    """
    problems: list[str] = []
    try:
        rows = [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
        pages = [m.group(1) for m in map(_FAILED_PAGE.search, rows) if m]
        if pages:
            shown = ", ".join(pages[:10])
            if len(pages) > 10:
                shown = tn("storage", "{items} and %n more", len(pages) - 10).format(items=shown)
            problems.append(
                t("storage", "Encrypted page check: the file is damaged: pages {pages} no longer match their checksum. "
                             "Restore a backup to get the register back.").format(pages=shown) if len(pages) > 1
                else t("storage", "Encrypted page check: the file is damaged: page {page} no longer matches its "
                                  "checksum. Restore a backup to get the register back.").format(page=shown))
        problems += [t("storage", "Encrypted page check: {result}").format(result=row)
                     for row in rows if not _FAILED_PAGE.search(row)]
    except sqlcipher.Error as exc:
        problems.append(t("storage", "Encrypted page check could not finish: {reason}").format(reason=_plain(exc)))
    try:
        problems += [t("storage", "Database check: {result}").format(result=row[0])
                     for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
    except sqlcipher.Error as exc:
        problems.append(t("storage", "Database check could not finish: {reason}").format(reason=_plain(exc)))
    return problems


_FAILED_PAGE = re.compile(r"HMAC verification failed for page (\d+)", re.IGNORECASE)


def _plain(exc: BaseException) -> str:
    if is_damage(exc):
        return t("storage", "the file is damaged where it looked. Restore a backup to get the register back.")
    return f"{exc}."
