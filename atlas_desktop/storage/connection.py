"""Low-level SQLCipher access: raw keys, read-only probes, integrity checks, plain errors.

Everything here works on one database file and a data key; it knows nothing of key files,
migrations or the audit trail, so backups can use it on a copy as well as on the register.
"""

from __future__ import annotations

import errno
import shutil
from collections.abc import Iterator
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from ..core.errors import AtlasError, DiskFull, NotARegister, StorageError

SQLITE_HEADER = b"SQLite format 3\x00"


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


def translate_error(exc: BaseException, doing: str, folder: Path | None = None) -> AtlasError:
    """An expected, plainly worded error for a storage failure while ``doing`` something."""
    if is_disk_full(exc, folder):
        return DiskFull(f"The disk is full, so {doing} failed. Nothing of it was written and everything "
                        "saved before is intact. Free some space and try again.")
    return StorageError(f"{doing[:1].upper()}{doing[1:]} failed: {exc}.")


def check_header(path: Path) -> None:
    try:
        with open(path, "rb") as handle:
            head = handle.read(16)
    except FileNotFoundError:
        raise NotARegister(f"There is no register at {path}.") from None
    except OSError as exc:
        raise StorageError(f"The register {path} cannot be read: {exc.strerror}.") from None
    if head == SQLITE_HEADER:
        raise NotARegister(f"{path.name} is a plain, unencrypted SQLite file, not an Atlas register.")
    if len(head) < 16:
        raise NotARegister(f"This file is not an Atlas register: {path.name} is empty or truncated.")


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


def connect_readonly(path: Path, data_key: bytes) -> sqlcipher.Connection:
    """A read-only SQLCipher handle: it can never create, change or journal the file."""
    quiet_sqlcipher()
    conn = sqlcipher.connect(f"file:{path}?mode=ro", uri=True)
    conn.execute(f"PRAGMA key = \"{raw_key(data_key)}\"")
    return conn


def probe_key(path: Path, data_key: bytes) -> None:
    """Prove the key opens the database using a read-only handle, so a mismatch writes nothing."""
    try:
        conn = connect_readonly(path, data_key)
    except sqlcipher.Error as exc:
        raise translate_error(exc, "opening the register", path.parent) from None
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        if "not a database" not in str(exc):  # e.g. an I/O error or a full disk: not a key problem
            raise translate_error(exc, "opening the register", path.parent) from None
        raise NotARegister(f"{path.name} does not match its key file: the key file belongs to another "
                           "register, or this file is not an Atlas register.") from None
    finally:
        conn.close()


def integrity_problems(conn: sqlcipher.Connection) -> list[str]:
    """SQLCipher's page-MAC check, then SQLite's structural check, on any open connection.

    Each runs on its own: damage that makes the second one fail outright is still
    reported by the first, page by page, rather than lost in an exception.
    """
    problems: list[str] = []
    try:
        problems += [f"Encrypted page check: {row[0]}" for row in conn.execute("PRAGMA cipher_integrity_check")]
    except sqlcipher.Error as exc:
        problems.append(f"Encrypted page check could not finish: {exc}")
    try:
        problems += [f"Database check: {row[0]}" for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
    except sqlcipher.Error as exc:
        problems.append(f"Database check could not finish: {exc}")
    return problems
