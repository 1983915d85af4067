"""Hostile input to the ``atlas`` command: each case must be refused plainly (or made harmless), never
crash, never hang, and never change the register unless the change was meant.

Every case runs on its own copy of a small register (organisation in Europe/Bucharest, one breach),
through ``cli_runner.Worker`` (a time limit and a memory cap), and is counted in a ``tally.Tally``:

- attach_*: ``atlas attach`` of /dev/zero, of a FIFO nobody writes to, of a directory;
- far_future_*: a breach that became known at 9999-12-31 23:59, by --set and by --from-json;
- deep_json: --from-json holding 100,000 nested '[';
- typed_*: a title with an OSC escape (ESC ] 0 ; title BEL) or U+202E, refused or stripped; and
  stored_controls: the same characters written straight into the database (an older client): neither
  ``atlas list`` nor ``atlas show`` may print them raw;
- xlsx_doctype: a workbook whose sheet declares a DOCTYPE after a 5 KB comment (past a naive probe);
- xlsx_20000_invalid: 20,000 invalid rows in the soak (2,000 in `make test`): at most 200 problems printed, then a count of the rest;
- dst_gap / dst_fold: 2026-03-29 03:30 does not exist in Bucharest (the clocks skip an hour), and
  2026-10-25 03:30 happens twice (the offset must be asked for).
"""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

from cli_runner import Outcome, Worker
from tally import Tally, digests, numbers_in

PASSPHRASE = "lantern-orbit-pepper-canal"
ENV = {"ATLAS_PASSPHRASE": PASSPHRASE}
ZONE = "Europe/Bucharest"
RAW_CONTROLS = ("\x1b", "\x07", "\u202e")
OSC_TITLE = "\x1b]0;pwned\x07Laptop stolen"
BIDI_TITLE = "Invoice \u202eexe.fdp"
SHORT_TIMEOUT_S = 20.0  # a refusal takes well under a second; anything near this is a hang
IMPORT_TIMEOUT_S = 300.0  # generous: how long an import takes is not under test, only that it ends
SHOWN_PROBLEMS = 200
# The sheet has 20,000 invalid rows; `make soak`/`soak-damage` run that. `make test` uses 2,000, which
# already gives ten times the 200 problems shown, so the cap and the count are proven at a tenth of the time.
INVALID_ROWS = int(os.environ.get("ATLAS_HOSTILE_IMPORT_ROWS", "2000"))
COUNT_WORDS = ("more", "other", "rest", "not shown", "further", "remaining", "\u2026")


class Hostile:
    """The base register and the cases run on copies of it."""

    def __init__(self, worker: Worker, work: Path) -> None:
        self.worker, self.work = worker, Path(work)
        base = self.work / "base" / "office.atlas"
        base.parent.mkdir(parents=True, exist_ok=True)
        if not base.exists():
            steps = (
                ("init", "--org", "Acme Logistics SRL", "--recovery-key-out", base.parent / "recovery.txt",
                 "--your-name", "Ana Pop"),
                ("edit", "organisation", "--set", f"time_zone={ZONE}"),
                ("add", "breach", "--set", "title=Laptop stolen from car", "--set", "aware_at=2026-11-02 10:00",
                 "--set", "description=A laptop was taken from a parked car."),
            )
            for step in steps:
                done = worker.cli(*step, "--register", base, env=self.env(base))
                if done.code != 0:
                    raise RuntimeError(f"setting up the hostile-input register failed at {step[0]}: {done.describe()}")
        self.base = base

    def fresh(self, name: str) -> Path:
        folder = self.work / name
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        path = folder / "office.atlas"
        shutil.copy2(self.base, path)
        shutil.copy2(self.base.with_name("office.atlas.keys"), folder / "office.atlas.keys")
        return path

    @staticmethod
    def files(path: Path) -> list[Path]:
        return [path, path.with_name(path.name + ".keys")]

    @staticmethod
    def env(register: Path) -> dict[str, str]:
        """The passphrase, and the case's own settings and data folders: what the computer remembers of one
        case's copy (the audit trail's head) must not meet the next copy, which has the same register id."""
        home = register.parent / "home"
        return {**ENV, "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data")}

    def atlas(self, *argv: str | os.PathLike, register: Path, timeout: float = SHORT_TIMEOUT_S) -> Outcome:
        return self.worker.cli(*argv, "--register", register, env=self.env(register), timeout=timeout)

    def refused(self, tally: Tally, where: str, register: Path, *argv: str | os.PathLike,
                timeout: float = SHORT_TIMEOUT_S, says: Callable[[str], bool] | None = None,
                promise: str = "", plain: bool = True) -> Outcome:
        """Run a command that must be refused: exit code not 0, a plain message ("atlas: …" unless ``plain`` is
        False: an import lists its problems instead), the register as it was."""
        before = digests(self.files(register))
        outcome = self.atlas(*argv, register=register, timeout=timeout)
        tally.unchanged(before, digests(self.files(register)), where)
        if tally.judge(outcome, where):
            if outcome.code == 0:
                tally.add("broken_promises", f"{where}: accepted (exit 0), should be refused: {outcome.describe()}")
            elif plain and not outcome.err.startswith("atlas: "):
                tally.add("broken_promises", f"{where}: refused without a plain 'atlas: …' message: "
                                             f"{outcome.describe()}")
            elif says is not None and not says(outcome.text):
                tally.add("broken_promises", f"{where}: the message does not {promise}: {outcome.describe()}")
        return outcome

    def shown_clean(self, tally: Tally, where: str, register: Path, record: int = 1) -> None:
        """``atlas list breach`` and ``atlas show breach N`` print no raw ESC, BEL or U+202E."""
        for argv in (("list", "breach"), ("show", "breach", str(record)), ("list", "breach", "--json")):
            shown = self.atlas(*argv, register=register)
            here = f"{where}: atlas {' '.join(argv)}"
            if tally.judge(shown, here):
                raw = sorted({f"U+{ord(c):04X}" for c in RAW_CONTROLS if c in shown.text})
                if raw:
                    tally.add("broken_promises", f"{here}: printed {', '.join(raw)} raw")
                elif shown.code != 0:
                    tally.add("broken_promises", f"{here}: could not show the record: {shown.describe()}")


# -- the cases ---------------------------------------------------------------------------------------
def attach_dev_zero(h: Hostile, tally: Tally) -> None:
    reg = h.fresh("attach_dev_zero")
    h.refused(tally, "atlas attach breach 1 /dev/zero", reg, "attach", "breach", "1", "/dev/zero")


def attach_fifo(h: Hostile, tally: Tally) -> None:
    reg = h.fresh("attach_fifo")
    fifo = reg.parent / "evidence.pdf"
    os.mkfifo(fifo)
    h.refused(tally, "atlas attach breach 1 FIFO", reg, "attach", "breach", "1", fifo)


def attach_directory(h: Hostile, tally: Tally) -> None:
    reg = h.fresh("attach_directory")
    folder = reg.parent / "evidence"
    folder.mkdir()
    h.refused(tally, "atlas attach breach 1 DIRECTORY", reg, "attach", "breach", "1", folder)


FAR_FUTURE = "9999-12-31 23:59"


def far_future_set(h: Hostile, tally: Tally) -> None:
    reg = h.fresh("far_future_set")
    h.refused(tally, f"atlas add breach --set aware_at={FAR_FUTURE!r}", reg, "add", "breach",
              "--set", "title=Typo in the year", "--set", f"aware_at={FAR_FUTURE}", "--set", "description=x")
    h.refused(tally, f"atlas edit breach 1 --set aware_at={FAR_FUTURE!r}", reg, "edit", "breach", "1",
              "--set", f"aware_at={FAR_FUTURE}")


def far_future_json(h: Hostile, tally: Tally) -> None:
    reg = h.fresh("far_future_json")
    source = reg.parent / "breach.json"
    source.write_text(json.dumps({"title": "Typo in the year", "aware_at": FAR_FUTURE, "description": "x"}))
    h.refused(tally, "atlas add breach --from-json (aware_at 9999-12-31 23:59)", reg, "add", "breach",
              "--from-json", source)


def deep_json(h: Hostile, tally: Tally) -> None:
    reg = h.fresh("deep_json")
    source = reg.parent / "deep.json"
    source.write_text("[" * 100_000)
    h.refused(tally, "atlas add breach --from-json (100,000 nested '[')", reg, "add", "breach", "--from-json", source)
    source.write_text('{"title": ' + "[" * 100_000 + "]" * 100_000 + "}")
    h.refused(tally, "atlas edit breach 1 --from-json (a title 100,000 lists deep)", reg, "edit", "breach", "1",
              "--from-json", source)


def _typed(h: Hostile, tally: Tally, name: str, title: str) -> None:
    reg = h.fresh(name)
    where = f"atlas add breach --set title={title!r}"
    before = digests(h.files(reg))
    added = h.atlas("add", "breach", "--set", f"title={title}", "--set", "aware_at=2026-11-03 09:00",
                    "--set", "description=x", register=reg)
    if not tally.judge(added, where):
        return
    if added.code != 0:  # refused: then nothing may have changed
        tally.unchanged(before, digests(h.files(reg)), where)
        if not added.err.startswith("atlas: "):
            tally.add("broken_promises", f"{where}: refused without a plain message: {added.describe()}")
    else:  # accepted: only with the characters stripped
        stored = h.worker.read_register(reg, passphrase=PASSPHRASE, env=h.env(reg))
        if tally.judge(stored, f"{where}: reading it back"):
            titles = [r["title"] for r in (stored.data or {}).get("breach", {}).get("list", [])]
            if any(c in t for t in titles for c in RAW_CONTROLS):
                tally.add("broken_promises", f"{where}: accepted and stored with the control characters")
    h.shown_clean(tally, where, reg, record=2 if added.code == 0 else 1)


def typed_osc_title(h: Hostile, tally: Tally) -> None:
    _typed(h, tally, "typed_osc_title", OSC_TITLE)


def typed_bidi_title(h: Hostile, tally: Tally) -> None:
    _typed(h, tally, "typed_bidi_title", BIDI_TITLE)


def stored_controls(h: Hostile, tally: Tally) -> None:
    """An older client wrote the characters straight into the database: output must still be clean."""
    from atlas_desktop.storage.register import Register

    reg = h.fresh("stored_controls")
    with Register.open(reg, passphrase=PASSPHRASE, actor="older-client") as opened:
        opened.db.execute_sql("UPDATE breach SET title = ?, description = ? WHERE id = 1",
                              (f"{OSC_TITLE} {BIDI_TITLE}", f"Line one\x1b[2J\x1b]0;owned\x07 {BIDI_TITLE}"))
        title = opened.db.execute_sql("SELECT title FROM breach WHERE id = 1").fetchone()[0]
    if "\x1b" not in title:
        raise RuntimeError("the raw UPDATE did not reach the database")
    h.shown_clean(tally, "a title and description written raw into the database", reg)


def _workbook_with(path: Path, rows: list[list[object]]) -> None:
    """An Atlas-style workbook of breaches (marker and key row, heading row, data rows), written fast."""
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Breaches")
    sheet.append(["atlas/breach", "title", "status", "aware_at", "description"])
    sheet.append(["No.", "Title *", "Status *", f"Became aware at ({ZONE} time) *", "What happened *"])
    for row in rows:
        sheet.append(row)
    facts = book.create_sheet("Atlas")
    for fact in (("format", "atlas-xlsx/1"), ("time_zone", ZONE)):
        facts.append(list(fact))
    book.save(path)


def xlsx_doctype(h: Hostile, tally: Tally) -> None:
    reg = h.fresh("xlsx_doctype")
    plain, hostile = reg.parent / "plain.xlsx", reg.parent / "hostile.xlsx"
    _workbook_with(plain, [[None, "Phishing", "open", "2026-11-04 10:00", "x"]])
    part = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(hostile, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == part:
                declaration, _, body = data.partition(b"?>")
                data = (declaration + b"?><!-- " + b"padding " * 640 + b"-->"
                        + b'<!DOCTYPE worksheet [<!ENTITY boom "boom">]>' + body)
            dst.writestr(item.filename, data)
    h.refused(tally, "atlas import xlsx (a DOCTYPE after a 5 KB comment)", reg, "import", "xlsx", "--in", hostile,
              says=lambda text: part in text, promise=f"name the part {part}")


def xlsx_20000_invalid(h: Hostile, tally: Tally) -> None:
    reg = h.fresh("xlsx_20000_invalid")
    book = reg.parent / "invalid.xlsx"
    # Each row misses its title and nothing else: one problem a row, so "the rest" is about 19,800 either way
    # it is counted (problems or rows).
    _workbook_with(book, [[None, None, "open", "2026-11-04 10:00", f"Row {i}"] for i in range(INVALID_ROWS)])
    where = f"atlas import xlsx ({INVALID_ROWS:,} rows, each with one problem)"
    outcome = h.refused(tally, where, reg, "import", "xlsx", "--in", book, timeout=IMPORT_TIMEOUT_S, plain=False)
    if outcome.code is None:
        return
    lines = [line for line in outcome.err.splitlines() if line.strip()]
    rest = INVALID_ROWS - SHOWN_PROBLEMS
    if len(lines) > SHOWN_PROBLEMS + 10:
        tally.add("broken_promises", f"{where}: printed {len(lines):,} lines of problems (at most "
                                     f"{SHOWN_PROBLEMS} problems, then a count of the rest)")
    counted = [line for line in lines[-12:] if any(w in line.lower() for w in COUNT_WORDS)]
    if not any(rest - 200 <= n <= INVALID_ROWS for line in counted for n in numbers_in(line)):
        tally.add("broken_promises", f"{where}: no count of the problems not shown (about {rest:,}) at the end")


def dst_gap(h: Hostile, tally: Tally) -> None:
    reg = h.fresh("dst_gap")
    words = ("skipped", "does not exist", "doesn't exist", "never happened", "no such time", "forward",
             "summer time", "daylight")
    h.refused(tally, "atlas edit breach 1 --set aware_at='2026-03-29 03:30' (Bucharest)", reg, "edit", "breach",
              "1", "--set", "aware_at=2026-03-29 03:30",
              says=lambda text: "03:30" in text and any(w in text.lower() for w in words),
              promise="say that 03:30 was skipped when the clocks went forward")


def dst_fold(h: Hostile, tally: Tally) -> None:
    reg = h.fresh("dst_fold")
    h.refused(tally, "atlas edit breach 1 --set aware_at='2026-10-25 03:30' (Bucharest)", reg, "edit", "breach",
              "1", "--set", "aware_at=2026-10-25 03:30",
              says=lambda text: "offset" in text.lower() or ("+02:00" in text and "+03:00" in text),
              promise="ask for the offset (+03:00 or +02:00) of the twice-happening 03:30")


CASES: dict[str, Callable[[Hostile, Tally], None]] = {f.__name__: f for f in (
    attach_dev_zero, attach_fifo, attach_directory, far_future_set, far_future_json, deep_json, typed_osc_title,
    typed_bidi_title, stored_controls, xlsx_doctype, xlsx_20000_invalid, dst_gap, dst_fold)}


def run_case(name: str, hostile: Hostile) -> Tally:
    tally = Tally(name=name, trials=1)
    CASES[name](hostile, tally)
    return tally


def run_all(worker: Worker, work: Path) -> Tally:
    """Every case once (the soak's hostile part); one tally for them all."""
    hostile = Hostile(worker, work)
    total = Tally(name="hostile")
    for name in CASES:
        total.merge(run_case(name, hostile))
    return total
