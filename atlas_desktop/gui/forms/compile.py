"""Compiles the Qt Designer forms (forms/*.ui) into the committed ui_*.py modules with pyside6-uic.

Run ``python -m atlas_desktop.gui.forms.compile`` after editing a form (``--check`` only reports
drift). The uic version line is normalised so that regenerating with another Qt release does
not change the committed files; the test suite regenerates them and fails on any other drift.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from ...storage.atomic import atomic_write_bytes

ROOT = Path(__file__).resolve().parents[3]
SOURCES = ROOT / "forms"
TARGET = Path(__file__).resolve().parent
_VERSION_LINE = re.compile(r"^## Created by: Qt User Interface Compiler.*$", re.MULTILINE)
NORMALISED = "## Created by: Qt User Interface Compiler (pyside6-uic); regenerate with make forms"


def uic_command() -> list[str]:
    """pyside6-uic from the running interpreter's environment, else from PATH."""
    beside = Path(sys.executable).with_name("pyside6-uic" + (".exe" if os.name == "nt" else ""))
    if beside.exists():
        return [str(beside)]
    found = shutil.which("pyside6-uic")
    if found:
        return [found]
    raise SystemExit("pyside6-uic was not found; install PySide6 in this environment.")


def normalise(code: str) -> str:
    return _VERSION_LINE.sub(NORMALISED, code)


def compiled(ui: Path) -> str:
    """The Python module uic makes of one .ui file, normalised."""
    result = subprocess.run([*uic_command(), str(ui)], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"pyside6-uic failed on {ui.name}: {result.stderr.strip()}")
    return normalise(result.stdout)


def target_for(ui: Path, out_dir: Path = TARGET) -> Path:
    return out_dir / f"ui_{ui.stem}.py"


def compile_all(out_dir: Path = TARGET, sources: Path = SOURCES) -> list[Path]:
    """Regenerate every form into ``out_dir``; returns the files written."""
    written = []
    for ui in sorted(sources.glob("*.ui")):
        target = target_for(ui, out_dir)
        code = compiled(ui)
        if not target.exists() or target.read_text("utf-8") != code:
            atomic_write_bytes(target, code.encode("utf-8"), mode=0o644)
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report forms whose compiled module drifted")
    args = parser.parse_args(argv)
    if args.check:
        stale = [ui.name for ui in sorted(SOURCES.glob("*.ui"))
                 if not target_for(ui).exists() or target_for(ui).read_text("utf-8") != compiled(ui)]
        for name in stale:
            print(f"{name}: compiled module is out of date; run make forms")
        return 1 if stale else 0
    for path in compile_all():
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
