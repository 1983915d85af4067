"""The benchmark registers' fixed passphrase, and opening one with nothing of the app on top.

Kept apart from the rest of benchmarks/ so that the cold-start floor (a fresh process) imports
only the key file's code and SQLCipher, as a bare program would.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from atlas_desktop.storage.connection import raw_key
from atlas_desktop.storage.keys import KeyFile

PASSPHRASE = "bench-harbour-lantern-2026"


def open_raw(path: Path) -> Any:
    """The SQLCipher file opened with the same key derivation the app uses (Argon2id unwrapping the data key)."""
    data_key = KeyFile.load(Path(str(path) + ".keys")).unlock_with_passphrase(PASSPHRASE)
    conn = sqlcipher.connect(str(path))
    conn.execute(f"PRAGMA key = \"{raw_key(data_key)}\"")
    conn.execute("PRAGMA cipher_memory_security = OFF")
    return conn
