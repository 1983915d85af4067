"""Regenerates resources/translations/atlas_en.ts, the Qt Linguist source that translators start from.

``pyside6-lupdate`` finds the GUI's ``self.tr``/``translate`` calls by itself. The labels,
help texts and vocabulary terms live in ``core`` (no Qt), so they are listed for it in a
temporary file of ``QT_TRANSLATE_NOOP("spec", ...)`` lines, the context ``gui.i18n.spec_text`` uses.
Run: ``make translations`` (or ``python tools/update_translations.py OUT.ts`` to write elsewhere).
"""

from __future__ import annotations

import copy as copy_module
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from atlas_desktop.core import activity_templates, context, review, review_diff, review_figures, vocab  # noqa: E402
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
    # The annual review's own words, shown through spec_text like the declarations.
    texts.extend(review.DECISION_LABELS.values())
    texts.extend(t for r in review.REVIEWED for t in (r.heading, r.retire_help))
    texts.extend(review_diff.CHANGE_LABELS.values())
    texts.append(review_figures.NO_CAUSE)
    texts.extend(context.NOTE_TEMPLATES)  # which holidays a due date skipped (gui.i18n.calendar_text)
    texts.extend(t for tpl in activity_templates.TEMPLATES for t in (tpl.name, tpl.summary))  # the template picker
    return sorted({t for t in texts if t})


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else ROOT / "resources" / "translations" / "atlas_en.ts"
    out.parent.mkdir(parents=True, exist_ok=True)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "atlas_desktop" / "gui").rglob("*.py"))
    noop = ROOT / "build" / "spec_strings.py"  # build/ is ignored by git; a stable path keeps locations stable
    noop.parent.mkdir(exist_ok=True)
    noop.write_text("".join(f"QT_TRANSLATE_NOOP({'spec'!r}, {text!r})\n" for text in spec_strings()), "utf-8")
    subprocess.run([str(lupdate), *sources, str(noop), "-no-obsolete", "-source-language", "en",
                    "-target-language", "en", "-ts", str(out)], check=True, capture_output=bool(args))
    assign_module_contexts(out)
    print(f"wrote {out}")


def module_context(path: Path) -> str | None:
    """The context a module's own ``tr(text)`` helper translates under (``translate("X", ...)`` or CONTEXT)."""
    source = path.read_text("utf-8")
    found = re.search(r'^CONTEXT\s*=\s*"(\w+)"', source, re.M) or \
        re.search(r'^def tr\(text: str\) -> str:\n\s+return QCoreApplication\.translate\("(\w+)"', source, re.M)
    return found.group(1) if found else None


def assign_module_contexts(ts: Path) -> None:
    """lupdate puts a module-level ``tr("...")`` in the empty context; move each to the context it runs under."""
    tree = ET.parse(ts)
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    empty = contexts.get("")
    if empty is None:
        return
    for message in list(empty.iter("message")):
        # lupdate merges the same text written in several modules into one message; each module's words run
        # under that module's context, so every context gets its own copy with its own locations.
        by_context: dict[str, list[ET.Element]] = {}
        for location in message.findall("location"):
            context = module_context((ts.parent / location.get("filename")).resolve())
            if context:
                by_context.setdefault(context, []).append(location)
        if not by_context:
            continue
        empty.remove(message)
        for context, locations in by_context.items():
            if context not in contexts:
                node = ET.SubElement(root, "context")
                ET.SubElement(node, "name").text = context
                contexts[context] = node
            source = message.findtext("source")
            if any(m.findtext("source") == source for m in contexts[context].iter("message")):
                continue  # the context has it already (a class's own self.tr of the same words)
            copy = copy_module.deepcopy(message)
            for location in copy.findall("location"):
                copy.remove(location)
            for index, location in enumerate(locations):
                copy.insert(index, copy_module.deepcopy(location))
            contexts[context].append(copy)
    if not list(empty.iter("message")):
        root.remove(empty)
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
