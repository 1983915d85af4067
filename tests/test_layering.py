"""The headless layers (core, storage, exports, cli) must import no Qt: proven with PySide6 blocked."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = textwrap.dedent("""
    import importlib, importlib.abc, pkgutil, sys

    class BlockQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"):
                raise ImportError(f"Qt is blocked for the headless layers: {name}")
            return None

    sys.meta_path.insert(0, BlockQt())
    import atlas_desktop
    names = ["atlas_desktop.__main__"]
    for sub in ("core", "storage", "exports", "cli"):
        package = importlib.import_module(f"atlas_desktop.{sub}")
        names.append(package.__name__)
        names += [m.name for m in pkgutil.walk_packages(package.__path__, package.__name__ + ".")]
    for name in names:
        if name == "atlas_desktop.__main__":
            importlib.util.find_spec(name)  # importing it would run the CLI
            continue
        importlib.import_module(name)
    leaked = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
    print(len(names), "modules imported;", "leaked:", leaked, names)
    sys.exit(1 if leaked else 0)
""")


def test_headless_layers_import_without_qt():
    result = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    imported = int(result.stdout.split()[0])
    assert imported >= 15, result.stdout  # the walk really found the storage modules
    for module in ("atlas_desktop.cli.opening", "atlas_desktop.cli.records", "atlas_desktop.storage.unlock_flow"):
        assert module in result.stdout, result.stdout  # and the cli package's modules


def test_the_blocker_really_blocks_qt():
    """Guards the test above: with the same blocker, importing Qt must fail."""
    script = SCRIPT.split("import atlas_desktop")[0] + "import PySide6.QtCore\n"
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "Qt is blocked" in result.stderr
