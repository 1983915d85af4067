"""Finds files a killed operation left behind, and tells plaintext register data from encrypted bytes.

After each soak trial the trial's private temp folder and the register's folders are
scanned. Expected files are the register, its key file and SQLite side files, verified
backups, and the finished exports the user asked for (written atomically, so a file under
its final name is complete). Anything else is a leftover; ``classify`` says whether it holds
data in the clear (a SQLite file, a PDF, a workbook or its XML parts, text) or only
encrypted bytes (a SQLCipher copy, a half-written backup, a key file of wrapped keys).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
ZIP_LOCAL = b"PK\x03\x04"
JOURNAL_MAGIC = b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7"  # SQLite's rollback journal
JOURNAL_HEADER = 512  # the header fills the first sector; page images (as the database holds them) follow
# Random-looking bytes (ciphertext) score close to 8 bits a byte; XML, JSON and text stay
# well below 6. Compressed plaintext (a deflated workbook part) also scores high, which is
# why zip files are judged by their first member's name rather than by this number.
ENCRYPTED_BITS_PER_BYTE = 7.5
SAMPLE = 1 << 20
BLOCK = 512  # the smallest unit a file is written in


@dataclass(frozen=True)
class Leftover:
    path: Path
    kind: str  # "plaintext", "encrypted" or "empty" (no data at all, or a journal's bare header)
    size: int


def _entropy(data: bytes) -> float:
    counts = Counter(data)
    total = len(data)
    return -sum(n / total * math.log2(n / total) for n in counts.values())


def _first_zip_member(data: bytes) -> bytes:
    name_length = int.from_bytes(data[26:28], "little")
    return data[30:30 + name_length]


def classify(path: Path) -> str:
    """"plaintext" when ``path`` holds readable data, "encrypted" when only ciphertext, "empty" when no data."""
    with open(path, "rb") as handle:
        data = handle.read(SAMPLE)
    if not data:
        return "empty"
    if data.startswith((SQLITE_HEADER, b"%PDF")):
        return "plaintext"
    if data.startswith(JOURNAL_MAGIC) or Path(path).name.endswith("-journal"):
        # A rollback journal (SQLite zeroes the magic number once it is done with one): its
        # header holds counts and a nonce, no data; the pages after it are copies of database
        # pages, ciphertext when the database is a SQLCipher one.
        pages = data[JOURNAL_HEADER:]
        if not pages.strip(b"\0"):
            return "empty"
        return "encrypted" if _entropy(pages) >= ENCRYPTED_BITS_PER_BYTE else "plaintext"
    if data.startswith(ZIP_LOCAL):
        # Atlas backups (and raw pre-restore copies) begin with their manifest (no personal
        # data) followed by encrypted members; any other zip here is a workbook or a pack.
        return "encrypted" if _first_zip_member(data) == b"manifest.json" else "plaintext"
    if data.lstrip().startswith(b"{"):
        try:
            parsed = json.loads(data)
        except ValueError:
            parsed = None  # not JSON after all: one ciphertext in 256 starts with "{"; judged below
        if isinstance(parsed, dict) and "wraps" in parsed:  # a key file: the data key wrapped, nothing readable
            return "encrypted"
        if parsed is not None:
            return "plaintext"
    # A half-written copy has holes (pages not written yet read as zeros): judge the written part.
    written = b"".join(block for block in (data[i:i + BLOCK] for i in range(0, len(data), BLOCK)) if block.strip(b"\0"))
    if not written:
        return "empty"
    return "encrypted" if _entropy(written) >= ENCRYPTED_BITS_PER_BYTE else "plaintext"


def scan(folder: Path, expected: Callable[[Path], bool]) -> list[Leftover]:
    """Every file under ``folder`` (recursively) that ``expected`` does not accept."""
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink() and not expected(path):
            found.append(Leftover(path, classify(path), path.stat().st_size))
    return found


def register_file_names(register: Path) -> set[str]:
    """The names the register itself may use beside it."""
    name = register.name
    return {name, f"{name}.keys", f"{name}-wal", f"{name}-shm", f"{name}-journal"}
