"""A full disk: the write fails with a plain DiskFull, nothing of it is kept, nothing before is lost.

The tmpfs tests fill a real 2 MiB tmpfs, where the test may mount one (root, or CI) and
are skipped elsewhere. The max_page_count tests, which always run, get the same SQLITE_FULL
from SQLite by capping ``PRAGMA max_page_count``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from atlas_desktop.core.errors import AtlasError, DiskFull
from atlas_desktop.storage.register import Register
from conftest import ORG, PASSPHRASE

SQLITE_DEFAULT_MAX_PAGE_COUNT = 0xFFFFFFFE


def _commit_rows(reg: Register, prefix: str, count: int, size: int) -> dict[str, str]:
    rows = {}
    for i in range(count):
        key = f"{prefix}-{i}"
        value = f"{key}:" + chr(ord("a") + i % 26) * size
        reg.set_meta(key, value)
        rows[key] = value
    return rows


def _fill_until_full(reg: Register, size: int, limit: int) -> tuple[dict[str, str], str, DiskFull]:
    """Write ``size``-character values until one fails; return (committed, failed key, error)."""
    committed: dict[str, str] = {}
    for i in range(limit):
        key = f"fill-{i}"
        value = f"{key}:" + "z" * size
        try:
            reg.set_meta(key, value)
        except DiskFull as exc:
            return committed, key, exc
        # Anything else (a raw peewee/sqlcipher error, StorageError) propagates and fails the test.
        committed[key] = value
    pytest.fail(f"{limit} writes of {size} characters never filled the disk")


def _audit_entries_for(reg: Register, key: str) -> int:
    return reg.db.execute_sql("SELECT count(*) FROM audit_entry WHERE record = ?", (key,)).fetchone()[0]


def _assert_failed_write_left_nothing(reg: Register, key: str) -> None:
    assert reg.meta(key) is None, f"the failed write of {key} left its row behind"
    assert _audit_entries_for(reg, key) == 0, f"the failed write of {key} left an audit entry"


def _assert_message(exc: DiskFull) -> None:
    assert type(exc) is DiskFull
    message = str(exc)
    assert "disk is full" in message.lower()
    # A sentence for the user, not a traceback or a raw driver error.
    assert "Traceback" not in message and "OperationalError" not in message
    assert "\n" not in message


def _assert_register_holds(path: Path, committed: dict[str, str], failed_keys: list[str],
                           audit_count: int, audit_head: str) -> None:
    """Reopen as a user would: everything committed is there, the failed write is not."""
    reg = Register.open(path, passphrase=PASSPHRASE, actor="tester")
    try:
        assert reg.tail_warning == ""
        assert reg.integrity_problems() == []
        verdict = reg.audit.verify()
        assert verdict.ok, verdict.problem
        # The chain ends exactly where it ended before the failed write.
        assert (verdict.count, verdict.head) == (audit_count, audit_head)
        missing = [k for k, v in committed.items() if reg.meta(k) != v]
        assert missing == [], f"committed rows lost or changed: {missing}"
        for key in committed:
            assert _audit_entries_for(reg, key) == 1
        for key in failed_keys:
            _assert_failed_write_left_nothing(reg, key)
    finally:
        reg.close()


# -- A: a real, small tmpfs ------------------------------------------------------------------

@pytest.fixture
def small_tmpfs(tmp_path) -> Path:
    mount_point = tmp_path / "tmpfs"
    mount_point.mkdir()
    if shutil.which("mount") is None or shutil.which("umount") is None:
        pytest.skip("no mount/umount here; the max_page_count tests cover SQLITE_FULL")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(mount_point)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip() or done.returncode}); "
                    "the max_page_count tests cover SQLITE_FULL")
    try:
        stats = os.statvfs(mount_point)
        assert stats.f_blocks * stats.f_frsize <= 4 * 1024 * 1024, "the mount is not the small tmpfs"
        yield mount_point
    finally:
        done = subprocess.run(["umount", str(mount_point)], capture_output=True, text=True)
        if done.returncode != 0:  # still busy (a handle a failing test left open): detach it
            subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


def _free_bytes(path: Path) -> int:
    stats = os.statvfs(path)
    return stats.f_bavail * stats.f_frsize


def test_full_tmpfs_raises_disk_full_and_keeps_everything_committed(small_tmpfs):
    path = small_tmpfs / "office.atlas"
    # Reserve a little space now, to free later for "free some space and try again".
    filler = small_tmpfs / "filler.bin"
    filler.write_bytes(b"\0" * (256 * 1024))

    reg, _recovery = Register.create(path, PASSPHRASE, ORG, actor="tester")
    try:
        committed = _commit_rows(reg, "before", 12, 800)
        filled, failed_key, exc = _fill_until_full(reg, 40_000, limit=200)
        committed.update(filled)
        _assert_message(exc)
        # Each fill write needs ~80 KiB (the value is in the row and in its audit entry).
        assert _free_bytes(small_tmpfs) < 128 * 1024, "the write failed, yet the disk is not full"
        # Same session: the failed write is gone, everything before it still reads back.
        _assert_failed_write_left_nothing(reg, failed_key)
        assert all(reg.meta(k) == v for k, v in committed.items())
        head = reg.audit.head()
    finally:
        reg.close()

    # Reopened while the disk is STILL full (the filler is still there): opening must not
    # need free space. Close could not checkpoint the WAL into the main file, so the WAL
    # (and -shm) stay behind and the data is read from them.
    assert _free_bytes(small_tmpfs) < 128 * 1024
    _assert_register_holds(path, committed, [failed_key], head.count, head.head)

    # "Free some space and try again": the same write now succeeds and is durable.
    filler.unlink()
    retry_value = f"{failed_key}:retried"
    with Register.open(path, passphrase=PASSPHRASE, actor="tester") as reg:
        reg.set_meta(failed_key, retry_value)
    with Register.open(path, passphrase=PASSPHRASE, actor="tester") as reg:
        assert reg.meta(failed_key) == retry_value
        assert all(reg.meta(k) == v for k, v in committed.items())
        assert reg.integrity_problems() == []
        assert reg.audit.verify().ok


def _fill_leaving(mount_point: Path, leave: int) -> Path:
    """Fill the tmpfs with a filler file so that about ``leave`` bytes stay free."""
    filler = mount_point / "filler.bin"
    size = max(0, _free_bytes(mount_point) - leave) // 4096 * 4096
    try:
        with open(filler, "wb") as handle:
            handle.write(b"\0" * size)
    except OSError:  # the last block did not fit: full is what we want anyway
        pass
    return filler


def _create_closed_register(path: Path) -> dict[str, str]:
    reg, _recovery = Register.create(path, PASSPHRASE, ORG, actor="tester")
    try:
        return _commit_rows(reg, "before", 10, 500)
    finally:
        reg.close()  # a clean close: checkpointed, no -wal or -shm left


def test_opening_a_cleanly_closed_register_on_a_full_disk_says_disk_full(small_tmpfs):
    path = small_tmpfs / "office.atlas"
    committed = _create_closed_register(path)
    _fill_leaving(small_tmpfs, 0)
    try:
        reg = Register.open(path, passphrase=PASSPHRASE, actor="tester")
    except DiskFull as exc:  # acceptable: it cannot even set up its shared-memory file
        _assert_message(exc)
    else:  # better still: it opens, read-only work is possible
        with reg:
            assert all(reg.meta(k) == v for k, v in committed.items())


def test_a_failed_open_on_a_full_disk_damages_nothing(small_tmpfs):
    """Whatever opening on a full disk says, once space is freed everything is there."""
    path = small_tmpfs / "office.atlas"
    committed = _create_closed_register(path)
    filler = _fill_leaving(small_tmpfs, 0)
    try:  # a full disk may refuse the open (DiskFull); either way nothing may be damaged
        Register.open(path, passphrase=PASSPHRASE, actor="tester").close()
    except AtlasError:
        pass
    filler.unlink()
    with Register.open(path, passphrase=PASSPHRASE, actor="tester") as reg:
        assert reg.tail_warning == ""
        assert all(reg.meta(k) == v for k, v in committed.items())
        assert reg.integrity_problems() == []
        assert reg.audit.verify().ok


def test_creating_a_register_on_a_full_disk_says_disk_full(small_tmpfs):
    path = small_tmpfs / "office.atlas"
    # About 52 KiB free: the connection opens (and sets up -wal/-shm), then schema 1 hits
    # SQLITE_FULL. (With less than ~36 KiB free SQLite fails earlier, with a bare
    # SQLITE_IOERR from sizing the -shm, which _disk_full does not recognise either.)
    _fill_leaving(small_tmpfs, 52 * 1024)
    with pytest.raises(DiskFull) as caught:
        Register.create(path, PASSPHRASE, ORG, actor="tester")
    _assert_message(caught.value)
    assert not path.exists()


# -- B: PRAGMA max_page_count, always available -------------------------------------------

def _cap_pages(reg: Register, extra: int) -> int:
    pages = reg.db.execute_sql("PRAGMA page_count").fetchone()[0]
    cap = reg.db.execute_sql(f"PRAGMA max_page_count = {pages + extra}").fetchone()[0]
    assert cap == pages + extra
    return cap


def test_max_page_count_raises_disk_full_and_keeps_everything_committed(register_path):
    reg, _recovery = Register.create(register_path, PASSPHRASE, ORG, actor="tester")
    try:
        committed = _commit_rows(reg, "before", 20, 1500)
        _cap_pages(reg, extra=12)
        filled, failed_key, exc = _fill_until_full(reg, 3000, limit=100)
        committed.update(filled)
        assert filled, "the cap left no room at all; the test should fill it gradually"
        _assert_message(exc)
        _assert_failed_write_left_nothing(reg, failed_key)
        assert all(reg.meta(k) == v for k, v in committed.items())
        assert reg.integrity_problems() == []
        head = reg.audit.head()

        # The connection is still usable once space is back (max_page_count is per
        # connection, so "freeing space" here means lifting the cap).
        reg.db.execute_sql(f"PRAGMA max_page_count = {SQLITE_DEFAULT_MAX_PAGE_COUNT}")
        assert not reg.db.in_transaction()
    finally:
        reg.close()

    _assert_register_holds(register_path, committed, [failed_key], head.count, head.head)

    with Register.open(register_path, passphrase=PASSPHRASE, actor="tester") as reg:
        reg.set_meta(failed_key, "retried")
    with Register.open(register_path, passphrase=PASSPHRASE, actor="tester") as reg:
        assert reg.meta(failed_key) == "retried"
        assert reg.audit.verify().ok


def test_disk_full_inside_a_larger_transaction_keeps_none_of_it(register_path):
    """Several writes in one transaction; the last hits the cap, so none of them is kept."""
    reg, _recovery = Register.create(register_path, PASSPHRASE, ORG, actor="tester")
    try:
        committed = _commit_rows(reg, "before", 10, 1000)
        head = reg.audit.head()
        _cap_pages(reg, extra=10)
        attempted = []
        with pytest.raises(DiskFull) as caught:
            with reg.transaction("importing the batch"):
                for i in range(100):
                    key = f"batch-{i}"
                    attempted.append(key)
                    reg.set_meta(key, f"{key}:" + "q" * 3000)
        _assert_message(caught.value)
        assert len(attempted) > 1, "the first write already failed; nothing was batched"
        for key in attempted:
            _assert_failed_write_left_nothing(reg, key)
        assert reg.audit.head() == head
        assert not reg.db.in_transaction()
    finally:
        reg.close()

    _assert_register_holds(register_path, committed, attempted, head.count, head.head)
