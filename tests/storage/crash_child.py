"""Child process for the kill -9 harness in test_crash_safety.py (not a test module).

Usage: python crash_child.py REGISTER_PATH TRIAL SEED
The passphrase comes from the ATLAS_PASSPHRASE environment variable, never from argv.

After its imports it waits for "go" on stdin, then unlocks the register, prints "ready"
and writes records through the real write path (``Register.set_meta``: one meta row plus
its audit entry, in one transaction) forever. Each record's key and value size are
printed, and flushed, only after ``set_meta`` has returned, so every complete line the
parent reads is an acknowledged (committed, fsynced) write. The parent kills this process
with SIGKILL at a random moment.
"""

from __future__ import annotations

import os
import random
import sys


def payload(key: str, size: int) -> str:
    """The value written for ``key``: deterministic, so the parent can check it byte for byte."""
    unit = f"{key}|"
    return (unit * (size // len(unit) + 1))[:size]


def main() -> int:
    path, trial, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    passphrase = os.environ["ATLAS_PASSPHRASE"]

    from atlas_desktop.storage.register import Register

    # The parent starts the next child while the current one runs, so the imports above
    # overlap with it; nothing touches the register until the parent says "go".
    if sys.stdin.readline().strip() != "go":
        return 0
    reg = Register.open(path, passphrase=passphrase, actor="crash-child")
    rng = random.Random(seed * 1_000_003 + trial)
    out = sys.stdout
    out.write("ready\n")
    out.flush()
    i = 0
    while True:
        key = f"row-{trial}-{i}"
        # Mostly small commits, regularly larger than a page (4 KiB) so they spill onto
        # overflow pages; the WAL grows and auto-checkpoints (every 1000 pages) run while
        # we get killed. The value is stored twice (meta row and audit entry).
        roll = rng.random()
        if roll < 0.75:
            size = rng.randint(10, 300)
        elif roll < 0.93:
            size = rng.randint(301, 4000)
        else:
            size = rng.randint(4096, 20_000)
        reg.set_meta(key, payload(key, size))
        # Acknowledge only now that the commit has returned.
        out.write(f"{key} {size}\n")
        out.flush()
        i += 1


if __name__ == "__main__":
    sys.exit(main())
