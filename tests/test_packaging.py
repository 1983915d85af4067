"""A wheel of Atlas Desktop carries every data file the app reads (issue 18: the translations "shipped in the
package"), not only an editable checkout or the PyInstaller build.

Builds the real wheel with pip (PEP 517, as any installer would) and compares its contents with the files
committed under atlas_desktop/resources.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_wheel_ships_every_resource_file(tmp_path: Path) -> None:
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(tmp_path), str(ROOT)],
                           capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stderr
    (wheel,) = tmp_path.glob("atlas_desktop-*.whl")
    shipped = {name for name in zipfile.ZipFile(wheel).namelist() if name.startswith("atlas_desktop/resources/")}
    committed = subprocess.run(["git", "ls-files", "atlas_desktop/resources"], cwd=ROOT, capture_output=True,
                               text=True, check=True).stdout.split()
    assert committed and set(committed) <= shipped, sorted(set(committed) - shipped)
    for code in ("ro", "fr", "de"):  # what the GUI and the headless layers load for each language
        assert f"atlas_desktop/resources/translations/atlas_{code}.qm" in shipped
        assert f"atlas_desktop/resources/translations/atlas_{code}.ts" in shipped
        assert f"atlas_desktop/resources/help/{code}/index.html" in shipped
