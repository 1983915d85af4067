"""Counts what went wrong in the damage and hostile-input trials, one category per kind of failure.

The categories (every one must stay at 0):

- silent wrong data: a read returned something other than what was written, without an error;
- crashes: the process died, a traceback was printed, or an exception other than an AtlasError escaped;
- unexpected errors: "unexpected error", or a raw driver message ("database disk image is malformed",
  "SerialisationError", …) printed without a plain explanation beside it;
- hangs: no answer within the time limit;
- files modified: the register, its key file or a backup changed on disk when nothing should have been
  written (or a refused operation left a file behind);
- broken promises: the operation failed safely but not in the way the contract says it must (a damaged
  key file reported as a wrong passphrase, a refusal without the plain message, control characters
  shown raw, more than 200 import problems printed, …).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from cli_runner import Outcome

CATEGORIES = ("silent_wrong_data", "crashes", "unexpected_errors", "hangs", "files_modified", "broken_promises")
SHOWN_PER_CATEGORY = 8  # failures kept for the report; the counts go on

# What a driver or library says; a user needs these turned into a sentence about their register.
RAW_PHRASES = (
    "unexpected error", "database disk image is malformed", "file is not a database", "malformed",
    "hmac check", "pgno", "sqlite_", "sqlcipher", "operationalerror", "databaseerror", "integrityerror",
    "serialisationerror", "io_enospc", "[errno", "badzipfile", "error -3 while decompressing", "invalidtag",
    "recursionerror", "maximum recursion depth", "memoryerror", "jsondecodeerror", "unicodedecodeerror",
    "overflowerror", "keyerror", "valueerror", "typeerror", "attributeerror",
)
TRACEBACK = "traceback (most recent call last)"


def explained(line: str) -> bool:
    """A raw phrase is tolerated inside a plain explanation: it says the file is damaged and what to do."""
    low = line.lower()
    return "damaged" in low and ("restore" in low or "backup" in low) and "unexpected error" not in low


def raw_lines(text: str) -> list[str]:
    """The lines that carry a raw driver message (or "unexpected error") without the plain explanation."""
    found = []
    for line in text.splitlines():
        low = line.lower()
        if any(phrase in low for phrase in RAW_PHRASES) and not explained(line):
            found.append(line.strip())
    return found


def digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return None


def digests(paths: list[Path]) -> dict[str, str | None]:
    return {str(p): digest(p) for p in paths}


@dataclass
class Tally:
    """The counts of one run (or one category of it) and the first few failures of each kind."""

    name: str = ""
    trials: int = 0
    checks: int = 0  # operations judged
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CATEGORIES, 0))
    failures: dict[str, list[str]] = field(default_factory=lambda: {c: [] for c in CATEGORIES})

    def add(self, category: str, detail: str) -> None:
        self.counts[category] += 1
        if len(self.failures[category]) < SHOWN_PER_CATEGORY:
            self.failures[category].append(detail)

    def judge(self, outcome: Outcome, where: str) -> bool:
        """Count a hang, a crash or a raw message; True when none of them happened (the caller goes on
        to check the data or the message)."""
        self.checks += 1
        if outcome.hung:
            self.add("hangs", f"{where}: {outcome.describe()}")
            return False
        if outcome.died:
            self.add("crashes", f"{where}: {outcome.describe()}")
            return False
        if outcome.error and "AtlasError" not in outcome.error["types"]:
            self.add("crashes", f"{where}: {outcome.describe()}")
            return False
        if TRACEBACK in outcome.text.lower():
            self.add("crashes", f"{where}: printed a traceback: {outcome.describe()}")
            return False
        message = outcome.error["message"] if outcome.error else ""
        raw = raw_lines(f"{outcome.text}\n{message}")
        if raw:
            self.add("unexpected_errors", f"{where}: {' | '.join(raw[:2])[:400]}")
            return False
        return True

    def unchanged(self, before: dict[str, str | None], after: dict[str, str | None], where: str) -> bool:
        changed = [Path(p).name for p in before if before[p] != after.get(p)]
        if changed:
            self.add("files_modified", f"{where}: {', '.join(changed)} changed on disk")
            return False
        return True

    def merge(self, other: Tally) -> None:
        self.trials += other.trials
        self.checks += other.checks
        for category in CATEGORIES:
            self.counts[category] += other.counts[category]
            room = SHOWN_PER_CATEGORY - len(self.failures[category])
            self.failures[category].extend(other.failures[category][:max(room, 0)])

    def bad(self) -> bool:
        return any(self.counts.values())

    def summary(self) -> str:
        figures = "; ".join(f"{c.replace('_', ' ')} {self.counts[c]}" for c in CATEGORIES)
        return f"{self.name or 'total'}: {self.trials} trials, {self.checks} checks; {figures}"

    def report(self, replay: str = "") -> str:
        lines = [self.summary()]
        for category in CATEGORIES:
            for detail in self.failures[category]:
                lines.append(f"  {category}: {detail}")
        if replay and self.bad():
            lines.append(f"  replay: {replay}")
        return "\n".join(lines)

    def as_json(self) -> dict[str, object]:
        return {"name": self.name, "trials": self.trials, "checks": self.checks, "counts": dict(self.counts),
                "failures": {c: list(v) for c, v in self.failures.items()}}


_NUMBER = re.compile(r"\d[\d,.\u202f\u00a0 ]*\d|\d")


def numbers_in(line: str) -> list[int]:
    """The whole numbers written in a line, thousands separators allowed (19,800 / 19 800 / 19.800)."""
    found = []
    for match in _NUMBER.finditer(line):
        digits = re.sub(r"\D", "", match.group(0))
        if digits:
            found.append(int(digits))
    return found


def says_damaged(outcome: Outcome) -> bool:
    """The plain message for a damaged register: it says so, and says to restore (a backup)."""
    text = f"{outcome.text}\n{outcome.error['message'] if outcome.error else ''}".lower()
    return "damaged" in text and ("restore" in text or "backup" in text)


def claims_proven(doctor_out: str, way: str) -> bool:
    """True when doctor's OK lines say ``way`` ("passphrase" or "recovery key") unlocks, or is proven."""
    for line in doctor_out.splitlines():
        if not line.startswith("OK"):
            continue
        for clause in re.split(r"[;.]\s", line.lower()):  # "unlocks with the passphrase (proven), the recovery key"
            for item in clause.split(","):
                if way not in item or re.search(r"\b(not|un)\s*(yet\s+)?(proven|tried|tested|checked)", item):
                    continue
                if "unlocks with" in clause or "proven" in item or "works" in item:
                    return True
    return False
