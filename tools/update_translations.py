"""Regenerates resources/translations/atlas_en.ts, the Qt Linguist source that translators start from.

``pyside6-lupdate`` finds the GUI's ``self.tr``/``translate`` calls by itself. The labels,
help texts and vocabulary terms live in ``core`` (no Qt), so they are listed for it in a
temporary file of ``QT_TRANSLATE_NOOP("spec", ...)`` lines, the context ``gui.i18n.spec_text`` uses.
Run: ``make translations``.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from atlas_desktop.core import vocab  # noqa: E402
from atlas_desktop.core.entities import ENTITIES  # noqa: E402
from atlas_desktop.core.spec import Vocabulary  # noqa: E402


def spec_strings() -> list[str]:
    texts: list[str] = []

    def fields(items) -> None:  # noqa: ANN001
        for f in items:
            texts.extend([f.label, f.help])
            fields(f.fields or ())

    for ent in ENTITIES:
        texts.extend([ent.label, ent.plural, ent.help])
        fields(ent.fields)
    for value in vars(vocab).values():
        if isinstance(value, Vocabulary):
            texts.extend(t.label for t in value.terms)
    return sorted({t for t in texts if t})


def main() -> int:
    out = ROOT / "resources" / "translations" / "atlas_en.ts"
    out.parent.mkdir(parents=True, exist_ok=True)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "atlas_desktop" / "gui").rglob("*.py"))
    with tempfile.TemporaryDirectory() as folder:
        noop = Path(folder) / "spec_strings.py"
        noop.write_text("".join(f"QT_TRANSLATE_NOOP({'spec'!r}, {text!r})\n" for text in spec_strings()),
                        "utf-8")
        subprocess.run([str(lupdate), *sources, str(noop), "-no-obsolete", "-source-language", "en",
                        "-target-language", "en", "-ts", str(out)], check=True)
    print(f"wrote {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
