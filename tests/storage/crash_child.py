"""Child process for the kill -9 harness (test_crash_safety.py) and the soak (tests/reliability/soak.py).

Usage: python crash_child.py REGISTER_PATH TRIAL SEED [OPERATION]
The passphrase comes from the ATLAS_PASSPHRASE environment variable, never from argv; the
passphrase operation switches between it and ATLAS_NEW_PASSPHRASE, and the child unlocks
with whichever of the two is in force when it starts.

After its imports it waits for "go" on stdin, then unlocks the register, prints "ready"
and writes records through the real write path (``Register.set_meta``: one meta row plus
its audit entry, in one transaction) forever. Each record's key and value size are
printed, and flushed, only after ``set_meta`` has returned, so every complete line the
parent reads is an acknowledged (committed, fsynced) write. The parent kills this process
with SIGKILL at a random moment.

OPERATION (default ``write``) adds, after every record, one of the operations a user runs
on a register, acknowledged as ``op NAME`` once it returned:
``backup`` (a verified backup into BACKUPS, rotating), ``restore`` (a backup of the current
state, then a restore from it, so no acknowledged record may disappear), ``passphrase``
(change the passphrase back and forth), ``xlsx`` (the workbook export into EXPORTS) and
``report`` (the signed Art. 30 PDF into EXPORTS). BACKUPS and EXPORTS are the ``backups``
and ``exports`` folders beside the register.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path
from typing import Any

OPERATIONS = ("write", "backup", "restore", "passphrase", "xlsx", "report")


def payload(key: str, size: int) -> str:
    """The value written for ``key``: deterministic, so the parent can check it byte for byte."""
    unit = f"{key}|"
    return (unit * (size // len(unit) + 1))[:size]


def passphrases() -> list[str]:
    """The passphrases the register may be locked with, the original first."""
    return [p for p in (os.environ["ATLAS_PASSPHRASE"], os.environ.get("ATLAS_NEW_PASSPHRASE")) if p]


def open_register(path: Path, actor: str) -> tuple[Any, str]:
    """Open with whichever passphrase is in force (a killed change may have switched it)."""
    from atlas_desktop.core.errors import WrongKey
    from atlas_desktop.storage.register import Register

    candidates = passphrases()
    for i, passphrase in enumerate(candidates):
        try:
            return Register.open(path, passphrase=passphrase, actor=actor), passphrase
        except WrongKey:
            if i == len(candidates) - 1:
                raise
    raise AssertionError("unreachable")


def _import_operation(operation: str) -> None:
    """Import what the operation needs before "go", so the imports overlap with the previous trial."""
    import atlas_desktop.storage.register
    if operation in ("backup", "restore"):
        import atlas_desktop.storage.restore
    elif operation == "xlsx":
        import atlas_desktop.exports.xlsx_export
        import atlas_desktop.storage.records
    elif operation == "report":
        import atlas_desktop.exports.reports
        import atlas_desktop.storage.records  # noqa: F401


def _operate(operation: str, reg: Any, passphrase: str) -> tuple[Any, str]:
    """Run ``operation`` once; return the (possibly reopened) register and the passphrase in force."""
    folder = reg.path.parent
    if operation == "backup":
        from atlas_desktop.storage.backups import make_backup
        make_backup(reg, backup_dir=folder / "backups", keep=3)
    elif operation == "restore":
        from atlas_desktop.storage.backups import make_backup
        from atlas_desktop.storage.restore import restore_backup
        backup = make_backup(reg, backup_dir=folder / "backups", keep=3)
        path, actor = reg.path, reg.actor
        reg.close()  # a restore replaces the files: nothing may hold them open
        restore_backup(path, backup, passphrase=passphrase, backup_dir=folder / "backups", actor=actor)
        reg, passphrase = open_register(path, actor)
    elif operation == "passphrase":
        others = [p for p in passphrases() if p != passphrase]
        if others:
            reg.change_passphrase(others[0])
            passphrase = others[0]
    elif operation == "xlsx":
        from atlas_desktop.exports.xlsx_export import export_workbook
        from atlas_desktop.storage.records import Records
        export_workbook(Records(reg), folder / "exports" / "register.xlsx")
    elif operation == "report":
        from atlas_desktop.exports.reports import build_report
        from atlas_desktop.storage.records import Records
        build_report(Records(reg), "ropa", folder / "exports" / "ropa.pdf")
    return reg, passphrase


def main() -> int:
    path, trial, seed = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    operation = sys.argv[4] if len(sys.argv) > 4 else "write"
    if operation not in OPERATIONS:
        print(f"unknown operation {operation!r}", file=sys.stderr)
        return 2
    _import_operation(operation)

    # The parent starts the next child while the current one runs, so the imports above
    # overlap with it; nothing touches the register until the parent says "go".
    if sys.stdin.readline().strip() != "go":
        return 0
    reg, passphrase = open_register(path, "crash-child")
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
        if operation != "write":
            reg, passphrase = _operate(operation, reg, passphrase)
            out.write(f"op {operation}\n")
            out.flush()
        i += 1


if __name__ == "__main__":
    sys.exit(main())
