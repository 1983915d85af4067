"""The Qt Linguist source is current: every wrapped GUI string and every spec text is in atlas_en.ts."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "atlas_desktop" / "resources" / "translations" / "atlas_en.ts"


def messages(ts: Path) -> set[tuple[str, str]]:
    tree = ET.parse(ts)
    return {(ctx.findtext("name"), msg.findtext("source"))
            for ctx in tree.getroot().iter("context") for msg in ctx.iter("message")}


def test_translation_source_is_up_to_date(tmp_path):
    fresh = tmp_path / "atlas_en.ts"
    subprocess.run([sys.executable, str(ROOT / "tools" / "update_translations.py"), str(fresh)], check=True,
                   cwd=ROOT, timeout=300, capture_output=True)
    missing = messages(fresh) - messages(COMMITTED)
    assert not missing, f"run `make translations`: {len(missing)} new strings, e.g. {sorted(missing)[:3]}"


def test_spec_texts_and_gui_strings_are_both_extracted():
    found = messages(COMMITTED)
    contexts = {ctx for ctx, _ in found}
    assert {"spec", "MainWindow", "UnlockDialog"} <= contexts
    assert ("spec", "Processing activity") in found
    assert ("MainWindow", "Audit log") in found
