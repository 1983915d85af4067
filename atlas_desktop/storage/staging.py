"""Staging files for backups and restores: hidden, 0600 from the first byte, swept once nobody uses them.

A backup or a restore writes each copy under a staging name (``.office-….atlasbak.partial-<random>``)
and gives it its final name only once it is complete and verified, so a file under a final name is
always a whole one. A process killed midway leaves its staging files behind (encrypted, but often
the size of the register); the next backup, and the next open of a register, remove them.

What keeps a sweep from deleting the files of a backup another process is making right now: every
process staging in a folder holds a shared advisory lock (``flock``) on the folder for as long as
it stages, and a sweep runs only when it gets the exclusive lock at once. The lock is on the
folder, not on each file, because SQLite holds POSIX locks on the copies it writes: a second
descriptor on such a file, closed, would drop SQLite's locks, and on BSD/macOS a ``flock`` on the
file itself would block them. Where folders cannot be locked (Windows), only staging files last
changed before this process started are swept; Windows does not delete a file another process has
open.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import time
from collections.abc import Iterator
from pathlib import Path

from .atomic import durable_rename, fsync_dir
from .register_files import SIDE_SUFFIXES  # what SQLite writes beside a database it opens

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

PARTIAL = ".partial-"
_NAME = re.compile(rf"^\..+\.partial-[0-9a-f]{{12}}(?P<side>{'|'.join(SIDE_SUFFIXES)})?$")
# Left by versions before staging names: the backup's database copy and the check's extracted copy.
_OLD_NAME = re.compile(r"^(?:\..+\.atlasbak\.db\.tmp|\.verify\.[A-Za-z0-9_]{8}\.tmp)(?:-journal)?$")
_STARTED = time.time()


def is_staging(name: str) -> bool:
    """True for the name of a staging file (or a SQLite side file of one)."""
    return bool(_NAME.match(name) or _OLD_NAME.match(name))


def final_name(name: str) -> str:
    """The name a staging file will have once committed (any other name is returned as it is)."""
    match = _NAME.match(name)
    return name[1:name.rindex(PARTIAL)] if match and not match["side"] else name


def _lock_folder(folder: Path, exclusive: bool) -> int | None:
    """An fd holding the folder's staging lock; None where folders cannot be locked.

    Raises BlockingIOError when ``exclusive`` and someone is staging in the folder now."""
    if fcntl is None:
        return None
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(fd, (fcntl.LOCK_EX | fcntl.LOCK_NB) if exclusive else fcntl.LOCK_SH)
    except OSError as exc:
        os.close(fd)
        if exclusive and exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN):
            raise BlockingIOError(exc.errno, "staging in progress") from None
        return None  # a filesystem without locks (some network shares)
    return fd


def _remove(path: Path) -> list[Path]:
    """Remove a staging file and SQLite's side files of it; return what was there to remove."""
    removed = []
    for victim in [path.with_name(path.name + s) for s in SIDE_SUFFIXES] + [path]:
        try:
            os.unlink(victim)
        except OSError:
            continue  # not there (or not removable: left for the next sweep)
        removed.append(victim)
    return removed


def sweep_stale_staging(folder: Path) -> list[Path]:
    """Remove the staging files a killed backup or restore left in ``folder``; return those removed.

    Never raises: a folder that cannot be read or cleaned is left as it is."""
    folder = Path(folder)
    try:
        names = [n for n in os.listdir(folder) if is_staging(n)]
    except OSError:
        return []
    if not names:
        return []
    try:
        lock = _lock_folder(folder, exclusive=True)
    except BlockingIOError:
        return []  # another backup or restore is staging here now: its files are not stale
    removed = []
    try:
        for name in names:
            path = folder / name
            if lock is None:
                try:
                    if path.stat().st_mtime >= _STARTED:
                        continue  # possibly another process's, still in use
                except OSError:
                    continue
            removed += _remove(path)
        if removed:
            fsync_dir(folder)
    finally:
        if lock is not None:
            os.close(lock)
    return removed


class Stage:
    """The staging files one operation makes in one folder (see ``staging``)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self._made: list[Path] = []

    def new_file(self, name: str) -> Path:
        """Create the empty file ``.{name}.partial-<random>``, mode 0600 from the start, and return it.

        Writing it again later (``open(path, "wb")``, or SQLite) keeps that mode."""
        while True:
            path = self.folder / f".{name}{PARTIAL}{secrets.token_hex(6)}"
            try:
                fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o600)
            except FileExistsError:
                continue
            os.close(fd)
            self._made.append(path)
            return path

    def discard(self, path: Path) -> None:
        """Remove one staging file (and SQLite's side files of it) now."""
        _remove(path)
        with contextlib.suppress(ValueError):
            self._made.remove(path)

    def commit(self, path: Path, final: Path) -> None:
        """Give a complete staging file its final name, durably (the file was fsynced by its writer)."""
        durable_rename(path, final)
        self._made.remove(path)

    def discard_all(self) -> None:
        for path in list(self._made):
            self.discard(path)


@contextlib.contextmanager
def staging(folder: Path) -> Iterator[Stage]:
    """Stage files in ``folder`` under its shared lock; whatever was not committed is removed at the end."""
    lock = _lock_folder(Path(folder), exclusive=False)
    stage = Stage(Path(folder))
    try:
        yield stage
    finally:
        try:
            stage.discard_all()
        finally:
            if lock is not None:
                os.close(lock)


def fsync_file(path: Path) -> None:
    """Make a file's written bytes durable (before it is renamed to its final name).

    Only for a file nothing else has open: closing a second descriptor drops SQLite's POSIX locks."""
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
