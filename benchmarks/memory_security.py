"""What ``PRAGMA cipher_memory_security = ON`` would cost: opening a register and a typical session, on vs off.

With it on, SQLCipher zeroes every allocation it frees and locks its memory pages (mlock), so
freed page buffers never hold decrypted data. The setting is process-wide and cannot be turned
back off once on, so each run is a fresh child process, the two modes alternating.

One run: ``Register.open`` (from the unwrapped data key: Argon2id is the same either way and
would only blur the ratio), a full read (``Records.snapshot``, what ``atlas check`` and the
export start with), 20 searches and 20 opened records (the GUI's list and editor), 30 saved edits
(each its own transaction and audit entry), then ``close``.

    .venv/bin/python -m benchmarks.memory_security [--size 10000] [--runs 5]

prints each mode's median seconds and the on/off ratio, and (``--json F``) writes them to F.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

WORDS = ("laptop", "email", "phishing", "lost", "server", "invoice", "backup", "printer", "usb", "cloud")


def _session(path: Path, mode: str) -> dict[str, float]:
    """One run in this process, with cipher_memory_security ``mode``; seconds per phase."""
    from sqlcipher3 import dbapi2 as sqlcipher

    from atlas_desktop.storage import register as register_module
    from atlas_desktop.storage.keys import KeyFile
    from atlas_desktop.storage.records import Records
    from atlas_desktop.storage.register import Register

    from .rawopen import PASSPHRASE

    data_key = KeyFile.load(Path(str(path) + ".keys")).unlock_with_passphrase(PASSPHRASE)
    # Process-wide: set before the first connection (the read-only probe included), and in the pragmas.
    sqlcipher.connect(":memory:").execute(f"PRAGMA cipher_memory_security = {mode.upper()}")
    register_module.PRAGMAS = tuple((k, mode if k == "cipher_memory_security" else v)
                                    for k, v in register_module.PRAGMAS)
    times: dict[str, float] = {}
    started = time.perf_counter()
    reg = Register.open(path, data_key=data_key, actor="bench")
    state = reg.db.execute_sql("PRAGMA cipher_memory_security").fetchone()[0]
    assert str(state) == ("1" if mode == "on" else "0"), state
    times["open"] = time.perf_counter() - started
    records = Records(reg)
    mark = time.perf_counter()
    records.snapshot()
    for word in WORDS * 2:
        for row in records.list("breach", text=word)[:1]:
            records.get("breach", row["id"])
    times["read"] = time.perf_counter() - mark
    mark = time.perf_counter()
    ids = records.ids("training")[:30]
    for record_id in ids:
        record = records.get("training", record_id)
        records.update("training", record_id, {**record, "evidence_reference": f"CERT-{time.time_ns()}"})
    times["write"] = time.perf_counter() - mark
    reg.close()
    times["total"] = time.perf_counter() - started
    return times


def _child(path: Path, mode: str) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-m", "benchmarks.memory_security", "--child", mode, str(path)],
                         check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def measure(path: Path, runs: int) -> dict[str, Any]:
    """Medians per phase for each mode, from alternating child processes, and the on/off ratios."""
    samples: dict[str, list[dict[str, float]]] = {"on": [], "off": []}
    _child(path, "off")  # warm-up: the file in the OS cache, imports compiled
    for i in range(runs):
        for mode in (("on", "off") if i % 2 == 0 else ("off", "on")):
            samples[mode].append(_child(path, mode))
    medians = {mode: {phase: statistics.median(s[phase] for s in runs_) for phase in runs_[0]}
               for mode, runs_ in samples.items()}
    return {"runs": runs, "median_s": medians,
            "ratio_on_over_off": {phase: medians["on"][phase] / medians["off"][phase] for phase in medians["off"]}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000, help="records in the generated register")
    parser.add_argument("--runs", type=int, default=5, help="child processes per mode")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--child", nargs=2, metavar=("MODE", "REGISTER"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(_session(Path(args.child[1]), args.child[0])))
        return 0
    from .generate import ensure_register

    path = ensure_register(args.size)
    result = {"size": args.size, **measure(path, args.runs)}
    for phase, ratio in result["ratio_on_over_off"].items():
        on, off = result["median_s"]["on"][phase], result["median_s"]["off"][phase]
        print(f"{phase:>6}: on {on * 1000:8.1f} ms   off {off * 1000:8.1f} ms   ratio {ratio:5.2f}×")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
