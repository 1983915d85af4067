"""Flips bytes in a register, its key file and its backups, runs what a user would run, and counts failures.

    python tests/reliability/damage.py --trials 500 [--seed S]      (or: make soak-damage N=500)

Each trial copies a pristine register (the demo office: every register filled), damages one file at
random offsets (1 to 3 bytes XOR-ed with random masks, anywhere in the file) and then:

- register: every read a user has (``atlas list``, ``show``, ``export csv`` and ``xlsx``, ``doctor``,
  ``audit verify``) and ``Register.open`` + ``Records.list/get`` either give exactly what the pristine
  register gives, or fail (exit code not 0) saying plainly that the register is damaged and how to
  restore it; the damaged files are never written to;
- keyfile: unlocking with the passphrase and, separately, with the recovery key either opens the right
  data or raises KeyFileDamaged (never WrongKey, never anything but an AtlasError); when one way opened,
  ``atlas doctor`` must not call the other way proven unless it really unlocks;
- backup (each part of the zip, not each byte, equally likely to be hit: see ``zip_regions``):
  ``atlas restore --from`` (into a fresh path, or over a copy of the live register) restores
  exactly the records or refuses plainly (BackupInvalid), touching neither the live register nor the
  backup; ``verify_backup`` raises only BackupInvalid.

Counts go into ``tally.Tally`` (see its categories). Every trial's damage is drawn from a generator
seeded with (seed, category, trial), so ``--seed S --trial register:17`` replays one trial exactly.
Exit status 1 when any count is not zero.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))
from cli_runner import REPO_ROOT, Outcome, Worker, worker_env
from tally import Tally, claims_proven, digests, says_damaged

PASSPHRASE = "lantern-orbit-pepper-canal"
CATEGORIES = ("register", "keyfile", "backup")
# The reads of a register; {out} is the trial's export folder. Every one is compared with the pristine run.
READS: tuple[tuple[str, ...], ...] = (
    ("list", "activity"), ("list", "breach"), ("show", "breach", "1"), ("show", "activity", "2"),
    ("export", "csv", "--entity", "activity", "--out", "{out}/activities.csv"),
    ("export", "xlsx", "--out", "{out}/register.xlsx"), ("doctor",), ("audit", "verify"),
)
REFUSALS = ("damaged", "incomplete", "not an atlas backup", "cannot be read", "does not match", "broken",
            "failed its", "invalid")


def flip(path: Path, rng: random.Random, regions: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """XOR 1 to 3 random bytes of ``path`` with random non-zero masks; return (offset, mask) pairs.

    With ``regions`` ([start, end) ranges covering the file) each flip first picks a region, all equally
    likely, then an offset in it, so a small part of the file is hit as often as a large one."""
    data = bytearray(path.read_bytes())
    flips = []
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        start, end = rng.choice(regions) if regions else (0, len(data))
        offset, mask = rng.randrange(start, end), rng.randrange(1, 256)
        data[offset] ^= mask
        flips.append((offset, mask))
    path.write_bytes(bytes(data))
    return flips


def zip_regions(path: Path) -> list[tuple[int, int]]:
    """The parts of a zip file: each member's local header and its data, the central directory, the end record.

    A backup is nearly all encrypted database; flipping uniformly would almost never reach its manifest,
    its key file or the zip's own structure, where the interesting failures are."""
    import zipfile

    raw = path.read_bytes()
    regions = []
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
        directory = zf.start_dir  # where the central directory begins
    for info in infos:
        header = info.header_offset
        data = header + 30 + int.from_bytes(raw[header + 26:header + 28], "little") \
            + int.from_bytes(raw[header + 28:header + 30], "little")
        regions += [(header, data), (data, data + info.compress_size)]
    end = raw.rindex(b"PK\x05\x06")
    regions += [(directory, end), (end, len(raw))]
    return [(a, b) for a, b in regions if b > a]


def _keys(path: Path) -> Path:
    return path.with_name(path.name + ".keys")


def xlsx_values(path: Path) -> str:
    """Every cell of the workbook but the export's own time stamps, as one comparable text."""
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    try:
        parts = []
        for sheet in book.worksheets:
            for row in sheet.iter_rows(values_only=True):
                text = repr(row)
                if sheet.title in ("Cover", "Atlas") and any(mark in text for mark in (
                        "Exported by", "Generated at", "generated_at")):
                    continue
                parts.append(f"{sheet.title}|{text}")
        return "\n".join(parts)
    finally:
        book.close()


class Damage:
    """The pristine register and the trials run against copies of it."""

    def __init__(self, work: Path, seed: int, worker: Worker | None = None) -> None:
        from atlas_desktop.storage.demo import create_demo

        self.work, self.seed = Path(work), seed
        self.work.mkdir(parents=True, exist_ok=True)
        self.worker = worker or Worker(worker_env(self.work), self.work / "worker.log")
        self.pristine = self.work / "pristine" / "office.atlas"
        self.pristine.parent.mkdir()
        reg, recovery = create_demo(self.pristine, PASSPHRASE, actor="reliability")
        reg.close()
        self.recovery = recovery
        self.recovery_file = self.work / "recovery.txt"
        self.recovery_file.write_text(f"Atlas Desktop recovery key\n{recovery}\n")
        self.backup = self.work / "pristine.atlasbak"
        self.pristine_home = self.work / "pristine-home"
        self.trial_dir = self.work / "trial"
        made = self.worker.cli("backup", "--out", self.backup, "--register", self.pristine,
                               env=self.env(self.pristine_home))
        if made.code != 0:
            raise RuntimeError(f"the pristine backup failed: {made.describe()}")
        data = self.worker.read_register(self.pristine, passphrase=PASSPHRASE, env=self.env(self.pristine_home))
        if data.code != 0:
            raise RuntimeError(f"the pristine register does not read: {data.describe()}")
        self.data = data.data
        self._baselines: dict[tuple[str, ...], tuple[str, str]] = {}

    def close(self) -> None:
        self.worker.close()

    @staticmethod
    def env(home: Path) -> dict[str, str]:
        """The passphrase, and settings and data folders of the trial's own: what a computer remembers of a
        register (the audit trail's head it saw last, backups kept before a restore) must not carry over
        from one trial's copy to the next, which shares its register id but not its history."""
        return {"ATLAS_PASSPHRASE": PASSPHRASE, "XDG_CONFIG_HOME": str(home / "config"),
                "XDG_DATA_HOME": str(home / "data")}

    @property
    def home(self) -> Path:
        return self.trial_dir / "home"

    # -- what the pristine register gives ------------------------------------------------------
    def _observe(self, argv: tuple[str, ...], register: Path, out: Path, home: Path,
                 outcome: Outcome) -> tuple[str, str]:
        """The comparable part of a read: its output with paths made neutral, and its file's content."""
        text = outcome.out.replace(str(register), "<REGISTER>").replace(str(out), "<OUT>").replace(str(home), "<HOME>")
        content = ""
        if "--out" in argv:
            written = Path(argv[argv.index("--out") + 1].format(out=out))
            if written.suffix == ".xlsx":
                content = xlsx_values(written) if written.exists() else "<missing>"
            else:
                content = written.read_text(errors="replace") if written.exists() else "<missing>"
        return text, content

    def _run_read(self, argv: tuple[str, ...], register: Path, out: Path, home: Path) -> Outcome:
        out.mkdir(parents=True, exist_ok=True)
        for stale in out.iterdir():
            stale.unlink()
        args = [a.format(out=out) for a in argv]
        return self.worker.cli(*args, "--register", register, env=self.env(home))

    def baseline(self, argv: tuple[str, ...], fresh: bool = False) -> tuple[str, str]:
        if fresh or argv not in self._baselines:
            out = self.work / "pristine-out"
            before = digests([self.pristine, _keys(self.pristine)])
            outcome = self._run_read(argv, self.pristine, out, self.pristine_home)
            if outcome.code != 0 or digests([self.pristine, _keys(self.pristine)]) != before:
                raise RuntimeError(f"`atlas {' '.join(argv)}` fails on the pristine register: {outcome.describe()}")
            self._baselines[argv] = self._observe(argv, self.pristine, out, self.pristine_home, outcome)
        return self._baselines[argv]

    def _same_as_pristine(self, argv: tuple[str, ...], seen: tuple[str, str]) -> bool:
        # A second look at the pristine register when they differ: the clock may have moved on
        # (a deadline's "in 2 days" becomes "in 1 day") since the first one.
        return seen == self.baseline(argv) or seen == self.baseline(argv, fresh=True)

    def _fresh_copy(self) -> Path:
        shutil.rmtree(self.trial_dir, ignore_errors=True)
        (self.trial_dir / "restored").mkdir(parents=True)
        live = self.trial_dir / "office.atlas"
        shutil.copy2(self.pristine, live)
        shutil.copy2(_keys(self.pristine), _keys(live))
        return live

    # -- the trials ------------------------------------------------------------------------------
    def rng(self, category: str, trial: int) -> random.Random:
        return random.Random(f"{self.seed}:{category}:{trial}")

    def run(self, category: str, trials: int, *, first: int = 0, deadline: float | None = None) -> Tally:
        tally = Tally(name=category)
        trial_fn: Callable[[int, Tally], None] = getattr(self, f"{category}_trial")
        for trial in range(first, first + trials):
            if deadline is not None and time.monotonic() > deadline:
                break
            trial_fn(trial, tally)
            tally.trials += 1
        return tally

    def _check_data(self, outcome: Outcome, tally: Tally, where: str) -> None:
        if outcome.code == 0 and outcome.data != self.data:
            differ = [k for k in self.data if (outcome.data or {}).get(k) != self.data[k]]
            tally.add("silent_wrong_data", f"{where}: opened, but the records of {', '.join(differ)} differ")

    def register_trial(self, trial: int, tally: Tally) -> None:
        live = self._fresh_copy()
        flips = flip(live, self.rng("register", trial))
        files = [live, _keys(live)]
        tag = f"register trial {trial} (flips {flips})"
        out = self.trial_dir / "out"
        for argv in READS:
            where = f"{tag}: atlas {' '.join(argv)}"
            before = digests(files)
            outcome = self._run_read(argv, live, out, self.home)
            tally.unchanged(before, digests(files), where)
            if not tally.judge(outcome, where):
                continue
            if outcome.code == 0:
                if not self._same_as_pristine(argv, self._observe(argv, live, out, self.home, outcome)):
                    tally.add("silent_wrong_data", f"{where}: exit 0 with output that differs from the pristine "
                                                   f"register's")
            elif not says_damaged(outcome):
                tally.add("broken_promises", f"{where}: failed without saying the register is damaged and how "
                                             f"to restore it: {outcome.describe()}")
        where = f"{tag}: Register.open + Records.list/get"
        before = digests(files)
        outcome = self.worker.read_register(live, passphrase=PASSPHRASE, env=self.env(self.home))
        tally.unchanged(before, digests(files), where)
        if tally.judge(outcome, where):
            self._check_data(outcome, tally, where)
            if outcome.error and not says_damaged(outcome):
                tally.add("broken_promises", f"{where}: {outcome.describe()} (not RegisterDamaged's message)")

    def keyfile_trial(self, trial: int, tally: Tally) -> None:
        live = self._fresh_copy()
        flips = flip(_keys(live), self.rng("keyfile", trial))
        files = [live, _keys(live)]
        tag = f"keyfile trial {trial} (flips {flips})"
        ways = {"passphrase": {"passphrase": PASSPHRASE}, "recovery key": {"recovery_key": self.recovery}}
        opened = {}
        for way, secret in ways.items():
            where = f"{tag}: Register.open with the {way}"
            before = digests(files)
            outcome = self.worker.read_register(live, **secret, env=self.env(self.home))
            self._key_file_unchanged_or_whole(before, files, tally, where)
            opened[way] = outcome.code == 0
            if not tally.judge(outcome, where):
                continue
            self._check_data(outcome, tally, where)
            if outcome.error and not outcome.raised("KeyFileDamaged"):
                tally.add("broken_promises", f"{where}: {outcome.describe()} (a damaged key file must raise "
                                             "KeyFileDamaged)")
        with_recovery = {k: v for k, v in self.env(self.home).items() if k != "ATLAS_PASSPHRASE"}
        flags = {"passphrase": ([], self.env(self.home)),
                 "recovery key": (["--recovery-key-file", str(self.recovery_file)], with_recovery)}
        for way, other in (("passphrase", "recovery key"), ("recovery key", "passphrase")):
            if not opened[way]:
                continue
            where = f"{tag}: atlas doctor unlocked with the {way}"
            extra, env = flags[way]
            before = digests(files)
            outcome = self.worker.cli("doctor", "--register", live, *extra, env=env)
            tally.unchanged(before, digests(files), where)
            if not tally.judge(outcome, where):
                continue
            if claims_proven(outcome.out, other):
                check = self.worker.read_register(live, **ways[other], env=self.env(self.home))
                if check.code != 0:
                    tally.add("broken_promises", f"{where}: says the {other} is proven, but it does not unlock: "
                                                 f"{check.describe()}")

    def _key_file_unchanged_or_whole(self, before: dict, files: list[Path], tally: Tally, where: str) -> None:
        """Opening may rewrite a key file only into a whole one: the register itself never changes, and a
        rewritten key file must load as undamaged and open with both the passphrase and the recovery key
        (a repair of damage confined to the checksum). Anything else is a file modified that should not be."""
        after = digests(files)
        if after == before:
            return
        if after[str(files[0])] == before[str(files[0])]:
            from atlas_desktop.storage.keys import KeyFile
            try:
                whole = not KeyFile.load(files[1]).damaged
            except Exception:  # noqa: BLE001 - any failure to load means the rewrite was not whole
                whole = False
            opens = all(self.worker.read_register(files[0], **secret, env=self.env(self.home)).code == 0
                        for secret in ({"passphrase": PASSPHRASE}, {"recovery_key": self.recovery}))
            if whole and opens:
                return
        tally.unchanged(before, after, where)

    def backup_trial(self, trial: int, tally: Tally) -> None:
        rng = self.rng("backup", trial)
        live = self._fresh_copy()
        damaged = self.trial_dir / "copy.atlasbak"
        shutil.copy2(self.backup, damaged)
        flips = flip(damaged, rng, zip_regions(damaged))
        over_live = rng.random() < 0.5
        target = live if over_live else self.trial_dir / "restored" / "office.atlas"
        tag = f"backup trial {trial} (flips {flips}, restored {'over the live register' if over_live else 'afresh'})"
        files = [live, _keys(live), damaged]
        where = f"{tag}: verify_backup"
        outcome = self.worker.verify_backup(damaged, passphrase=PASSPHRASE, env=self.env(self.home))
        if tally.judge(outcome, where) and outcome.error and not outcome.raised("BackupInvalid"):
            tally.add("broken_promises", f"{where}: {outcome.describe()} (a damaged backup must raise BackupInvalid)")
        where = f"{tag}: atlas restore --from"
        before = digests(files)
        outcome = self.worker.cli("restore", "--from", damaged, "--register", target, env=self.env(self.home))
        after = digests(files)
        if outcome.code == 0:  # the live register was replaced on purpose; the backup must still be as it was
            tally.unchanged({str(damaged): before[str(damaged)]}, after, where)
        else:
            tally.unchanged(before, after, where)
            if not over_live and (target.exists() or _keys(target).exists()):
                tally.add("files_modified", f"{where}: the refused restore left files at the target")
        if not tally.judge(outcome, where):
            return
        if outcome.code != 0:
            low = outcome.text.lower()
            if "backup" not in low and damaged.name not in outcome.text or not any(r in low for r in REFUSALS) \
                    or "wrong passphrase" in low:
                tally.add("broken_promises", f"{where}: refused without saying the backup is damaged: "
                                             f"{outcome.describe()}")
            return
        where = f"{tag}: the restored register"
        restored = self.worker.read_register(target, passphrase=PASSPHRASE, env=self.env(self.home))
        if tally.judge(restored, where):
            if restored.code != 0:
                tally.add("broken_promises", f"{where}: restore said it worked, but it does not open: "
                                             f"{restored.describe()}")
            self._check_data(restored, tally, where)
        doctor = self.worker.cli("doctor", "--register", target, env=self.env(self.home))
        if tally.judge(doctor, f"{where}: atlas doctor") and doctor.code != 0:
            tally.add("broken_promises", f"{where}: restore said it worked, but doctor finds problems: "
                                         f"{doctor.describe()}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=120, help="trials per category (default 120)")
    parser.add_argument("--seed", type=int, help="replay a run (default: a new random seed, printed)")
    parser.add_argument("--categories", default=",".join(CATEGORIES + ("hostile",)),
                        help="comma-separated, from: register, keyfile, backup, hostile (the hostile inputs, once)")
    parser.add_argument("--trial", metavar="CATEGORY:N", help="run only this one trial (with --seed)")
    parser.add_argument("--minutes", type=float, help="stop each category after its share of these minutes")
    parser.add_argument("--json", type=Path, default=REPO_ROOT / "test-artifacts" / "damage.json",
                        help="also write the figures here (default: test-artifacts/damage.json)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1 << 31)
    chosen = [c.strip() for c in args.categories.split(",") if c.strip()]
    unknown = set(chosen) - set(CATEGORIES) - {"hostile"}
    if unknown:
        parser.error(f"unknown categories {sorted(unknown)}")
    plan = [(c, 0, args.trials) for c in chosen]
    if args.trial:
        category, _, number = args.trial.partition(":")
        if category not in CATEGORIES or not number.isdigit():
            parser.error("--trial takes CATEGORY:N, e.g. register:17")
        plan = [(category, int(number), 1)]
    os.environ["ATLAS_KDF_SECONDS"] = "0"  # the pristine register is made here, in this process
    work = Path(tempfile.mkdtemp(prefix="atlas-damage-"))
    os.environ["XDG_CONFIG_HOME"], os.environ["XDG_DATA_HOME"] = str(work / "config"), str(work / "data")
    trials = ", ".join(c if c == "hostile" else f"{c} {n} (from trial {first})" if first else f"{c} {n}"
                       for c, first, n in plan)
    print(f"Damage soak: seed {seed}; trials: {trials}; in {work}", flush=True)
    total = Tally(name="total")
    parts = []
    started = time.monotonic()
    engine = Damage(work / "engine", seed)
    try:
        for category, first, count in plan:
            deadline = time.monotonic() + args.minutes * 60 / len(plan) if args.minutes else None
            if category == "hostile":
                from hostile import run_all

                part = run_all(engine.worker, work / "hostile")
            else:
                part = engine.run(category, count, first=first, deadline=deadline)
            print(part.report(), flush=True)
            parts.append(part)
            total.merge(part)
    finally:
        engine.close()
    seconds = time.monotonic() - started
    out = args.json
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"seed": seed, "seconds": round(seconds, 1), "total": total.as_json(),
                               "categories": [p.as_json() for p in parts]}, indent=2))
    print(f"Figures written to {out}.")
    if not args.keep and not total.bad():
        shutil.rmtree(work, ignore_errors=True)
    print(f"{total.summary()}; {seconds:.0f} s; seed {seed}"
          + (f" (replay: python tests/reliability/damage.py --seed {seed} --trials {args.trials}, or one trial "
             f"with --seed {seed} --trial CATEGORY:N)" if total.bad() else ""), flush=True)
    return 1 if total.bad() else 0


if __name__ == "__main__":
    sys.exit(main())
