"""The soak's own machinery, on a handful of trials (the soak itself is ``make soak``)."""

from __future__ import annotations

import os
import zipfile

import pytest
from leftovers import classify, scan
from soak import OPERATIONS, run_soak


def test_leftovers_are_told_apart(tmp_path):
    files = {
        "plain.db": b"SQLite format 3\x00" + b"\x00" * 100,
        "report.pdf": b"%PDF-1.7\n...",
        "spool": b"<row><c>Jane Doe</c></row>" * 50,
        "cipher": os.urandom(8192),
        "brace": b"{" + os.urandom(8191),  # ciphertext that happens to start like JSON
        "holes.db.tmp": os.urandom(4096) + b"\0" * 40960 + os.urandom(4096),  # pages not written yet
        "zeros.db.tmp": b"\0" * 8192,
        "keys.tmp": b'{"register_id": "x", "wraps": {}}',
        "empty": b"",
        "bare.db.tmp-journal": b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + b"\0\0\0\x01" + b"\0" * 500,
        "done.db.tmp-journal": b"\0" * 12 + os.urandom(4) + b"\0" * 496,  # magic zeroed: finished with
        "hot.db.tmp-journal": b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + b"\0" * 504 + os.urandom(4096),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    with zipfile.ZipFile(tmp_path / "book.xlsx.tmp", "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
    with zipfile.ZipFile(tmp_path / "backup.atlasbak.tmp", "w") as zf:
        zf.writestr("manifest.json", "{}")
        zf.writestr("register.atlas", os.urandom(4096))
    kinds = {item.path.name: item.kind for item in scan(tmp_path, lambda p: p.name == "empty")}
    assert kinds == {"plain.db": "plaintext", "report.pdf": "plaintext", "spool": "plaintext",
                     "cipher": "encrypted", "brace": "encrypted", "holes.db.tmp": "encrypted", "zeros.db.tmp": "empty",
                     "keys.tmp": "encrypted", "book.xlsx.tmp": "plaintext",
                     "backup.atlasbak.tmp": "encrypted", "bare.db.tmp-journal": "empty",
                     "done.db.tmp-journal": "empty", "hot.db.tmp-journal": "encrypted"}
    assert classify(tmp_path / "empty") == "empty"


@pytest.mark.slow
def test_one_trial_of_each_operation(tmp_path):
    figures = run_soak(len(OPERATIONS), seed=7, operations=OPERATIONS, epoch_size=3, work=tmp_path / "soak",
                       log=lambda _line: None)
    assert figures.trials == len(OPERATIONS)
    assert figures.per_operation == {op: 1 for op in OPERATIONS}
    assert figures.acknowledged_rows > 0
    assert (figures.rows_lost, figures.corrupt_registers, figures.audit_breaks, figures.errors) == (0, 0, 0, 0), \
        figures.failures
    # Known until the xlsx export stops spooling sheets to the temp folder: only that trial may leave data.
    plaintext = [line for line in figures.leftovers if ": plaintext " in line]
    assert all("(xlsx)" in line for line in plaintext), plaintext
    assert figures.summary().startswith(f"soak: {len(OPERATIONS)} trials")
