"""No export leaves (or even writes) a plaintext copy of register data in the system temp folder.

openpyxl's write-only sheets used to stream into ``openpyxl.*`` files in the temp folder: a
killed ``atlas export xlsx`` left them there, and a good export wrote them there first. These
tests run the real CLI in a child process with a private TMPDIR and SIGKILL it mid-export, and
watch the temp folder (``tempfile.tempdir``) during in-process exports, reports and a review pack.
"""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from atlas_desktop.exports.reports import build_report
from atlas_desktop.exports.review_pack import check_pack, close_review
from atlas_desktop.exports.spool import MemoryWorkbook
from atlas_desktop.exports.xlsx_export import Cancelled, build_workbook, export_workbook
from atlas_desktop.storage.demo import create_demo
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.reviews import Reviews
from benchmarks.figures import open_register
from benchmarks.generate import make_register
from benchmarks.rawopen import PASSPHRASE as BENCH_PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
RECORDS = 4_000  # big enough that the export runs for about a second here


def _listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.fixture(scope="module")
def big(tmp_path_factory) -> Path:
    return make_register(tmp_path_factory.mktemp("spill") / "big.atlas", RECORDS)


@pytest.fixture
def demo_records(tmp_path, monkeypatch):
    monkeypatch.setenv("ATLAS_KDF_SECONDS", "0")
    reg, _ = create_demo(tmp_path / "demo.atlas")
    yield Records(reg)
    reg.close()


def _child(register: Path, out: Path, tmpdir: Path, home: Path) -> subprocess.Popen[bytes]:
    secret = home / "passphrase.txt"
    secret.write_text(BENCH_PASSPHRASE, "utf-8")
    env = {**os.environ, "TMPDIR": str(tmpdir), "TEMP": str(tmpdir), "TMP": str(tmpdir),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
           "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "atlas_desktop", "export", "xlsx", "--register", str(register),
                             "--passphrase-file", str(secret), "--out", str(out)],
                            cwd=tmpdir, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_export_killed_midway_leaves_nothing_in_the_temp_folder(big, tmp_path) -> None:
    # A full run first: it must leave nothing, and says how long "midway" is.
    tmpdir, home = tmp_path / "tmp", tmp_path / "home"
    tmpdir.mkdir()
    home.mkdir()
    started = time.monotonic()
    done = _child(big, tmp_path / "full.xlsx", tmpdir, home)
    out, err = done.communicate(timeout=120)
    full = time.monotonic() - started
    assert done.returncode == 0, err.decode()
    assert _listing(tmpdir) == []
    assert openpyxl.load_workbook(tmp_path / "full.xlsx", read_only=True).sheetnames

    child = _child(big, tmp_path / "killed.xlsx", tmpdir, home)
    started = time.monotonic()
    # Killed as soon as anything shows up in the temp folder (openpyxl's spool files did, as the first
    # sheet was written), or else halfway: past start-up and unlock, well before the save.
    while time.monotonic() - started < 0.5 * full and not _listing(tmpdir) and child.poll() is None:
        time.sleep(0.01)
    assert child.poll() is None, "the export finished before it could be killed; use a bigger register"
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert _listing(tmpdir) == []
    assert not (tmp_path / "killed.xlsx").exists()


def test_successful_export_never_writes_to_the_temp_folder(big, tmp_path, monkeypatch) -> None:
    spool = tmp_path / "tmp"
    spool.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spool))
    seen: set[str] = set()

    def progress(done: int, total: int, text: str) -> None:
        seen.update(_listing(spool))  # between every sheet: what has been spooled so far

    with open_register(big) as reg:
        out = export_workbook(Records(reg), tmp_path / "reg.xlsx", progress=progress)
    assert seen == set()
    assert _listing(spool) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reg.xlsx", "tmp"]  # no temp file beside it either
    book = openpyxl.load_workbook(out)
    assert len(book.sheetnames) > 5
    breaches = next(ws for ws in book.worksheets if ws.title.startswith("Breach"))
    assert breaches.max_row > 100


def test_cancelled_export_leaves_nothing(demo_records, tmp_path, monkeypatch) -> None:
    spool = tmp_path / "tmp"
    spool.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spool))
    calls = []

    def cancel_after_three_sheets() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(Cancelled):
        build_workbook(demo_records, cancelled=cancel_after_three_sheets)
    assert _listing(spool) == []


def test_reports_and_review_pack_write_nothing_to_the_temp_folder(demo_records, tmp_path, monkeypatch) -> None:
    spool = tmp_path / "tmp"
    spool.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spool))
    seen: set[str] = set()

    def progress(done: int, total: int, text: str) -> None:
        seen.update(_listing(spool))

    build_report(demo_records, "ropa", tmp_path / "ropa.pdf", progress=progress)
    started = Reviews(demo_records).start()
    Reviews(demo_records).confirm(None)
    Reviews(demo_records).confirm([i.id for i in Reviews(demo_records).items(started.id, decision="open")],
                                  note="Looked at one by one")
    review = close_review(demo_records, progress=progress)
    _name, data = Reviews(demo_records).pack(review.id)
    assert check_pack(data) == []
    assert seen == set()
    assert _listing(spool) == []


def test_memory_workbook_refuses_openpyxl_saver(tmp_path) -> None:
    wb = MemoryWorkbook()
    wb.create_sheet("One").append(["a", 1])
    with pytest.raises(TypeError):
        wb.save(tmp_path / "x.xlsx")
    data = wb.to_bytes()
    assert zipfile.ZipFile(io.BytesIO(data)).testzip() is None
    assert openpyxl.load_workbook(io.BytesIO(data))["One"]["A1"].value == "a"
