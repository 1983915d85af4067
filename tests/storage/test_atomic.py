"""Tests for atomic, durable file writes."""

from __future__ import annotations

import os
import stat

import pytest

from atlas_desktop.storage import atomic
from atlas_desktop.storage.atomic import atomic_write_bytes, atomic_writer, durable_rename


def _nameless_temps(folder) -> bool:
    fd = atomic._anonymous(folder, 0o600)
    if fd is None:
        return False
    os.close(fd)
    return True


def test_a_writer_killed_mid_write_leaves_nothing_beside_the_file(tmp_path) -> None:
    """Issue 20 (plaintext spill): an export killed while its atomic write runs must not leave a partial
    copy beside the destination that nobody removes."""
    import signal
    import subprocess
    import sys

    if not _nameless_temps(tmp_path):
        pytest.skip("this system or filesystem has no O_TMPFILE: the named temp file is the fallback")
    target = tmp_path / "register.xlsx"
    target.write_bytes(b"the previous export")
    child = subprocess.Popen([sys.executable, "-c", (
        "import sys, time\n"
        "from atlas_desktop.storage.atomic import atomic_writer\n"
        f"with atomic_writer(__import__('pathlib').Path({str(target)!r})) as h:\n"
        "    h.write(b'Ana Pop, CNP 2790315400123' * 1000); h.flush()\n"
        "    print('writing', flush=True); time.sleep(60)\n")], stdout=subprocess.PIPE)
    assert child.stdout.readline().strip() == b"writing"
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["register.xlsx"]
    assert target.read_bytes() == b"the previous export"


def names(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_write_creates_file_with_private_mode(tmp_path) -> None:
    target = tmp_path / "settings.json"
    atomic_write_bytes(target, b"first")
    assert target.read_bytes() == b"first"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert names(tmp_path) == ["settings.json"]


def test_write_replaces_content_and_mode(tmp_path) -> None:
    target = tmp_path / "office.atlas.keys"
    target.write_bytes(b"old content that is longer than the new one")
    os.chmod(target, 0o644)
    old_inode = target.stat().st_ino
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.stat().st_ino != old_inode  # replaced by rename, not rewritten in place
    assert names(tmp_path) == ["office.atlas.keys"]


def test_write_honours_an_explicit_mode(tmp_path) -> None:
    target = tmp_path / "export.csv"
    atomic_write_bytes(target, b"a,b\n", mode=0o640)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_empty_and_large_content(tmp_path) -> None:
    target = tmp_path / "f.bin"
    atomic_write_bytes(target, b"")
    assert target.read_bytes() == b""
    big = os.urandom(3 * 1024 * 1024 + 7)
    atomic_write_bytes(target, big)
    assert target.read_bytes() == big
    assert names(tmp_path) == ["f.bin"]


def test_writer_streams_to_a_temp_file_until_done(tmp_path) -> None:
    target = tmp_path / "backup.atlasbak"
    target.write_bytes(b"original")
    with atomic_writer(target) as handle:
        handle.write(b"part one, ")
        # Until the block ends, readers still see the old file and the new bytes are elsewhere: in a
        # nameless file where the system has O_TMPFILE (a kill then leaves nothing), else a hidden temp file.
        assert target.read_bytes() == b"original"
        temps = [n for n in names(tmp_path) if n != "backup.atlasbak"]
        if not _nameless_temps(tmp_path):
            assert len(temps) == 1 and temps[0].startswith(".backup.atlasbak.") and temps[0].endswith(".tmp")
            assert stat.S_IMODE((tmp_path / temps[0]).stat().st_mode) == 0o600
        else:
            assert temps == []
            assert stat.S_IMODE(os.fstat(handle.fileno()).st_mode) == 0o600
        handle.write(b"part two")
    assert target.read_bytes() == b"part one, part two"
    assert names(tmp_path) == ["backup.atlasbak"]


class Boom(Exception):
    pass


def test_failure_inside_writer_keeps_original(tmp_path) -> None:
    target = tmp_path / "office.atlas.keys"
    target.write_bytes(b"original")
    os.chmod(target, 0o644)
    with pytest.raises(Boom):
        with atomic_writer(target) as handle:
            handle.write(b"half-written")
            raise Boom()
    assert target.read_bytes() == b"original"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert names(tmp_path) == ["office.atlas.keys"]


def test_failure_inside_writer_creates_nothing(tmp_path) -> None:
    target = tmp_path / "new.json"
    with pytest.raises(KeyboardInterrupt):  # BaseException too
        with atomic_writer(target) as handle:
            handle.write(b"x")
            raise KeyboardInterrupt()
    assert names(tmp_path) == []


def test_writer_into_missing_folder_fails_cleanly(tmp_path) -> None:
    with pytest.raises(FileNotFoundError):
        atomic_write_bytes(tmp_path / "missing" / "f", b"x")
    assert names(tmp_path) == []


def test_durable_rename_replaces_target(tmp_path) -> None:
    src, dst = tmp_path / "a", tmp_path / "b"
    src.write_bytes(b"new")
    dst.write_bytes(b"old")
    durable_rename(src, dst)
    assert dst.read_bytes() == b"new"
    assert names(tmp_path) == ["b"]
