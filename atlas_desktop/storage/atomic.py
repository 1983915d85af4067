"""Writes files atomically: a temp file in the same folder, fsync, rename, fsync the folder.

A reader (or a crash) sees either the old file or the complete new one, never a torn one. On
Linux the temp file is anonymous while it is written (O_TMPFILE) and gets a name only for the
instant before the rename, so a process killed mid-write leaves nothing behind: an export is
plaintext by request, but a half-written copy beside it that nobody removes is not.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


def fsync_dir(folder: Path) -> None:
    """Make a rename or unlink in ``folder`` durable (POSIX; a no-op where unsupported)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # Some filesystems (and Windows) cannot fsync a directory.
    finally:
        os.close(fd)


def _anonymous(folder: Path, mode: int) -> int | None:
    """A nameless file in ``folder`` (Linux O_TMPFILE), or None where the system or filesystem lacks it."""
    flag = getattr(os, "O_TMPFILE", None)
    if flag is None or not os.path.isdir("/proc/self/fd"):
        return None  # linking it into the folder later goes through /proc
    try:
        return os.open(folder, flag | os.O_WRONLY, mode)
    except OSError:
        return None  # e.g. a filesystem that does not support it: use a named temp file


def _link_anonymous(fd: int, name: Path) -> None:
    # CPython calls plain link() unless a directory fd is given, and link() does not follow /proc's
    # magic link (EXDEV); linkat with AT_SYMLINK_FOLLOW, reached through src_dir_fd, does.
    proc = os.open("/proc", os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.link(f"self/fd/{fd}", name, src_dir_fd=proc, follow_symlinks=True)
    finally:
        os.close(proc)


@contextlib.contextmanager
def atomic_writer(path: Path, mode: int = 0o600) -> Iterator[BinaryIO]:
    """Yield a binary file that replaces ``path`` only if the ``with`` block succeeds."""
    path = Path(path)
    folder = path.parent
    fd = _anonymous(folder, mode)
    tmp: Path | None = None
    try:
        if fd is None:
            fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
            tmp = Path(tmp_name)
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
            if tmp is None:
                # Named only now, for the rename: a kill before this line leaves nothing at all.
                tmp = folder / f".{path.name}.{secrets.token_hex(6)}.tmp"
                _link_anonymous(handle.fileno(), tmp)
        os.replace(tmp, path)
    except BaseException:
        if tmp is not None:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
        raise
    fsync_dir(folder)


def atomic_write_bytes(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace ``path`` with ``data`` atomically and durably."""
    with atomic_writer(path, mode) as handle:
        handle.write(data)


def durable_rename(src: Path, dst: Path) -> None:
    """Rename ``src`` over ``dst`` and make the change survive a power cut."""
    os.replace(src, dst)
    fsync_dir(Path(dst).parent)
