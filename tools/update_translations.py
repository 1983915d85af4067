"""Regenerates the Qt Linguist catalogues atlas_desktop/resources/translations/atlas_<code>.ts and compiles each to .qm.

``pyside6-lupdate`` finds the GUI's ``self.tr``/``translate`` calls by itself. The labels, help texts and
vocabulary terms live in ``core`` (no Qt), and the checks, reports and CLI mark their words with
``core.i18n.t("context", "literal")``; both are listed for lupdate in a temporary file of
``QT_TRANSLATE_NOOP(context, text)`` lines. ``atlas_en.ts`` is the source translators start from; the
translated catalogues (``ro``, ``fr``, ``de``) keep every translation across runs, also for words whose
context this script assigns after lupdate (module-level ``tr``). Each translated catalogue is compiled to
the ``.qm`` the GUI loads; the headless layers read the ``.ts`` itself (core/i18n.py).
Run: ``make translations`` (or ``python tools/update_translations.py OUT.ts`` to write only English elsewhere).
"""

from __future__ import annotations

import ast
import copy as copy_module
import re
import subprocess
import sys
from functools import cache
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from atlas_desktop.core import (  # noqa: E402
    activity_templates,
    authorities,
    context,
    review,
    review_diff,
    review_figures,
    vocab,
)
from atlas_desktop.core.i18n import AVAILABLE, ENGLISH  # noqa: E402
from atlas_desktop.core.entities import ENTITIES  # noqa: E402
from atlas_desktop.core.spec import Vocabulary  # noqa: E402


def spec_strings() -> list[str]:
    texts: list[str] = []

    def fields(items) -> None:  # noqa: ANN001
        for f in items:
            texts.extend([f.label, f.help])
            fields(f.fields or ())

    for ent in ENTITIES:
        texts.extend([ent.label, ent.plural, ent.help, *ent.sections])  # sections: the editors' page headings
        fields(ent.fields)
    for value in vars(vocab).values():
        if isinstance(value, Vocabulary):
            texts.append(value.label)
            texts.extend(w for t in value.terms for w in (t.label, t.help))  # help: the choices' tooltips
    # The annual review's own words, shown through spec_text like the declarations.
    texts.extend(review.DECISION_LABELS.values())
    texts.extend(t for r in review.REVIEWED for t in (r.heading, r.retire_help))
    texts.extend(review_diff.CHANGE_LABELS.values())
    texts.append(review_figures.NO_CAUSE)
    texts.append(review_figures.NO_RIGHT)
    texts.extend(review_diff.PURPOSE_FIELD_LABELS.values())
    texts.extend(authorities.spec_texts())  # the authorities' notes (breach panel, reports)
    texts.extend(context.NOTE_TEMPLATES)  # which holidays a due date skipped (gui.i18n.calendar_text)
    texts.extend(t for tpl in activity_templates.TEMPLATES for t in (tpl.name, tpl.summary))  # the template picker
    return sorted({t for t in texts if t})


HEADLESS = ("core", "storage", "exports", "cli")  # the layers that translate with core.i18n.t


@cache
def _calls(path: Path) -> list[ast.Call]:
    """The calls in a module, parsed once however many kinds of marker are looked for in it."""
    return [node for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))) if isinstance(node, ast.Call)]


def _literal_calls(names: set[str], layers: tuple[str, ...]) -> list[tuple[str, str]]:
    """(context, text) of every call ``name("context", "literal", …)`` for ``name`` in ``names``, found with ast."""
    found: set[tuple[str, str]] = set()
    for layer in layers:
        for path in sorted((ROOT / "atlas_desktop" / layer).rglob("*.py")):
            for node in _calls(path):
                if len(node.args) < 2:
                    continue
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                ctx, text = node.args[:2]
                if name in names and isinstance(ctx, ast.Constant) and isinstance(text, ast.Constant) \
                        and isinstance(ctx.value, str) and isinstance(text.value, str) and text.value:
                    found.add((ctx.value, text.value))
    return sorted(found)


def headless_strings() -> list[tuple[str, str]]:
    """Every ``t("context", "literal")`` of the headless layers (core.i18n.t)."""
    return _literal_calls({"t"}, HEADLESS)


def plural_strings() -> list[tuple[str, str]]:
    """Every ``tn("context", "literal", n)`` (core.i18n) and ``trn(...)`` (gui.i18n) of the package: listed as
    ``translate(context, text, None, 1)``, the form lupdate makes a plural ("numerus") message of."""
    return _literal_calls({"tn", "trn"}, (*HEADLESS, "gui"))


# Qt's own words on standard buttons, wizards and edit menus. Qt ships qtbase_de/_fr but no Romanian, so
# the catalogue carries them (under Qt's contexts, where QTranslator looks them up) for every language.
QT_OWN = {
    "QPlatformTheme": ("OK", "Save", "Save All", "Open", "&Yes", "Yes to &All", "&No", "N&o to All", "Abort",
                       "Retry", "Ignore", "Close", "Cancel", "Discard", "Help", "Apply", "Reset",
                       "Restore Defaults"),
    "QWizard": ("< &Back", "&Next >", "&Finish", "Cancel", "&Help", "Go Back", "Continue", "Commit", "Done"),
    "QLineEdit": ("&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"),
    "QWidgetTextControl": ("&Undo", "&Redo", "Cu&t", "&Copy", "Copy &Link Location", "&Paste", "Delete",
                           "Select All"),
}


def noop_file() -> Path:
    noop = ROOT / "build" / "spec_strings.py"  # build/ is ignored by git; a stable path keeps locations stable
    noop.parent.mkdir(exist_ok=True)
    lines = [f"QT_TRANSLATE_NOOP({'spec'!r}, {text!r})\n" for text in spec_strings()]
    lines += [f"QT_TRANSLATE_NOOP({ctx!r}, {text!r})\n" for ctx, text in headless_strings()]
    lines += [f"QT_TRANSLATE_NOOP({ctx!r}, {text!r})\n" for ctx, texts in QT_OWN.items() for text in texts]
    lines += [f"QCoreApplication.translate({ctx!r}, {text!r}, None, 1)\n" for ctx, text in plural_strings()]
    noop.write_text("".join(lines), "utf-8")
    return noop


Memory = tuple[dict[tuple[str, str], "str | tuple[str, ...]"], dict[str, "str | tuple[str, ...]"]]


def translations(ts: Path) -> Memory:
    """The finished translations of ``ts`` (a text, or a plural message's forms): by (context, source), and by
    source alone (a fallback for a word that moved context)."""
    by_context: dict[tuple[str, str], str | tuple[str, ...]] = {}
    by_source: dict[str, str | tuple[str, ...]] = {}
    if not ts.exists():
        return by_context, by_source
    for node in ET.parse(ts).getroot().iter("context"):
        name = node.findtext("name") or ""
        for message in node.iter("message"):
            done = message.find("translation")
            if done is None or done.get("type"):
                continue
            if message.get("numerus") == "yes":
                known: str | tuple[str, ...] = tuple(f.text or "" for f in done.iter("numerusform"))
                if not all(known):
                    continue
            elif done.text:
                known = done.text
            else:
                continue
            source = message.findtext("source") or ""
            by_context[(name, source)] = known
            by_source.setdefault(source, known)
    return by_context, by_source


def fill(ts: Path, memory: Memory) -> int:
    """Give every unfinished message of ``ts`` the translation it had before lupdate ran; returns how many
    messages are still unfinished."""
    by_context, by_source = memory
    tree = ET.parse(ts)
    left = 0
    for node in tree.getroot().iter("context"):
        name = node.findtext("name") or ""
        for message in node.iter("message"):
            target = message.find("translation")
            if target is None or target.get("type") != "unfinished":
                continue
            source = message.findtext("source") or ""
            plural = message.get("numerus") == "yes"
            known = next((k for k in (by_context.get((name, source)), by_source.get(source))
                          if k and isinstance(k, tuple) == plural), None)
            if known is None:
                left += 1
                continue
            if plural:
                for form in list(target):
                    target.remove(form)
                for text in known:
                    ET.SubElement(target, "numerusform").text = text
            else:
                target.text = known
            del target.attrib["type"]
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return left


def update(ts: Path, language: str, sources: list[str], quiet: bool) -> int:
    memory = translations(ts)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), *sources, "-no-obsolete", "-source-language", ENGLISH,
                    "-target-language", language, "-ts", str(ts)], check=True, capture_output=quiet)
    assign_module_contexts(ts)
    return fill(ts, memory) if language != ENGLISH else 0


def compile_qm(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    # The Designer forms are read from their .ui sources: lupdate's Python parser skips the u"…" literals
    # pyside6-uic writes into gui/forms/ui_*.py, so those generated files would give nothing.
    gui = ROOT / "atlas_desktop" / "gui"
    sources = sorted(str(p) for p in gui.rglob("*.py") if p.parent != gui / "forms")
    sources += sorted(str(p) for p in (ROOT / "forms").glob("*.ui")) + [str(noop_file())]
    if args:  # English only, written elsewhere (the up-to-date test compares it with the committed one)
        out = Path(args[0])
        out.parent.mkdir(parents=True, exist_ok=True)
        update(out, ENGLISH, sources, quiet=True)
        return 0
    folder = ROOT / "atlas_desktop" / "resources" / "translations"
    for language in AVAILABLE:
        ts = folder / f"atlas_{language}.ts"
        left = update(ts, language, sources, quiet=False)
        if language != ENGLISH:
            compile_qm(ts)
            print(f"{ts.name}: {left} message(s) still to translate")
    return 0


def module_context(path: Path) -> str | None:
    """The context a module's ``tr(text)`` helper translates under (``translate("X", ...)`` or CONTEXT), also
    when the module imports that helper from a sibling (``from .key_dialogs import tr``)."""
    source = path.read_text("utf-8")
    found = re.search(r'^CONTEXT\s*=\s*"(\w+)"', source, re.M) or \
        re.search(r'^def tr\(text: str\) -> str:\n\s+return QCoreApplication\.translate\("(\w+)"', source, re.M)
    if found:
        return found.group(1)
    borrowed = re.search(r'^from \.(\w+) import [^\n]*\btr\b', source, re.M)
    sibling = path.with_name(f"{borrowed.group(1)}.py") if borrowed else None
    return module_context(sibling) if sibling and sibling.exists() else None


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


if __name__ == "__main__":
    sys.exit(main())
