"""Attaching reads only regular files, and at most the size limit + 1 bytes of them.

A pipe must never hang ``atlas attach``, and /dev/zero (or a file that reports a wrong size)
must never be read until memory runs out. The dangerous cases run the real CLI in a child
process with a timeout and a memory limit, so a regression fails instead of hanging the suite
or exhausting the machine.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from atlas_desktop.core.errors import UsageError
from atlas_desktop.storage.attachments import MAX_BYTES, Attachments
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.register import Register

posix_only = pytest.mark.skipif(os.name != "posix", reason="pipes and /dev/zero are POSIX things")


@pytest.fixture
def reg_path(new_register, register_path) -> Path:
    reg, _ = new_register
    Records(reg).create("processor", {"name": "PayCo"})
    reg.close()
    return register_path


def _limit_memory() -> None:
    import resource

    # A reader that never stops dies at 2 GiB instead of taking the machine with it.
    resource.setrlimit(resource.RLIMIT_AS, (2 * 1024 ** 3, 2 * 1024 ** 3))


def _attach(reg_path: Path, file: Path | str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ATLAS_PASSPHRASE": PASSPHRASE}
    try:
        return subprocess.run([sys.executable, "-m", "atlas_desktop", "attach", "processor", "1", str(file),
                               "--register", str(reg_path)], env=env, capture_output=True, text=True,
                              timeout=120, preexec_fn=_limit_memory)
    except subprocess.TimeoutExpired:
        pytest.fail(f"atlas attach {file} did not finish within two minutes (it hung)")


def _nothing_attached(reg_path: Path) -> None:
    with Register.open(reg_path, passphrase=PASSPHRASE) as reg:
        assert Attachments(reg).list("processor", 1) == []
        assert reg.db.execute_sql("SELECT count(*) FROM attachment").fetchone()[0] == 0


@posix_only
def test_a_fifo_is_refused_at_once_and_never_waited_on(reg_path, tmp_path):
    fifo = tmp_path / "evidence.pdf"
    os.mkfifo(fifo)  # no writer ever opens it: a blocking open or read would wait for ever
    done = _attach(reg_path, fifo)
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip() == (f"atlas: {fifo} is a pipe (FIFO), not a file; nothing was attached. Only a "
                                   "regular file (a document, a scan, a picture) can be attached: choose one instead.")
    _nothing_attached(reg_path)


@posix_only
@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_dev_zero_and_a_link_to_it_are_refused_as_devices(reg_path, tmp_path):
    link = tmp_path / "scan.tiff"
    link.symlink_to("/dev/zero")
    done = _attach(reg_path, "/dev/zero")
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("atlas: /dev/zero is a device, not a file; nothing was attached.")
    done = _attach(reg_path, link)
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith(f"atlas: {link} (a link to /dev/zero) is a device, not a file;")
    assert "Traceback" not in done.stderr
    _nothing_attached(reg_path)


@pytest.mark.skipif(not os.access("/proc/self/pagemap", os.R_OK), reason="needs Linux's /proc/self/pagemap")
def test_a_regular_file_that_lies_about_its_size_is_read_only_to_the_limit(reg_path):
    # A regular file that reports 0 bytes and holds hundreds of gigabytes (8 bytes per page of the
    # address space): only MAX_BYTES + 1 of it may be read, then it is refused.
    assert os.stat("/proc/self/pagemap").st_size == 0
    done = _attach(reg_path, "/proc/self/pagemap")
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip() == (f"atlas: pagemap is too large: it holds more than {MAX_BYTES:,} bytes, though "
                                   "it reported fewer (it may be growing while being read); attachments can be at "
                                   "most 25 MB. Nothing was attached.")
    _nothing_attached(reg_path)


def test_a_folder_is_refused_with_a_plain_message(reg_path, tmp_path):
    folder = tmp_path / "contracts"
    folder.mkdir()
    with Register.open(reg_path, passphrase=PASSPHRASE) as reg:
        with pytest.raises(UsageError) as refused:
            Attachments(reg).add_file("processor", 1, folder)
    assert str(refused.value) == (f"{folder} is a folder, not a file; nothing was attached. Only a regular file "
                                  "(a document, a scan, a picture) can be attached: choose one instead.")
    _nothing_attached(reg_path)


def test_a_sparse_file_one_byte_over_the_limit_is_refused_by_the_cli(reg_path, tmp_path):
    big = tmp_path / "video.mp4"
    with open(big, "wb") as handle:  # sparse: nothing written
        handle.truncate(MAX_BYTES + 1)
    done = _attach(reg_path, big)
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip() == ("atlas: video.mp4 is too large (26,214,401 bytes, 25.0 MB); attachments can be "
                                   "at most 25 MB (26,214,400 bytes).")
    _nothing_attached(reg_path)
