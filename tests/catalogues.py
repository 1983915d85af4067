"""A Qt Linguist catalogue written for a test: a language from exactly the words the test gives it."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path

Words = Mapping[tuple[str, str], "str | tuple[str, ...]"]


def write_catalogue(path: Path, words: Words, code: str = "ro") -> None:
    """A Qt Linguist .ts with a finished translation for each (context, source); a tuple of forms makes a plural
    ("numerus") message, as lupdate writes one for ``tn``."""
    root = ET.Element("TS", version="2.1", language=code)
    by_context: dict[str, ET.Element] = {}
    for (context, source), translation in words.items():
        ctx = by_context.get(context)
        if ctx is None:
            ctx = by_context[context] = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = context
        message = ET.SubElement(ctx, "message")
        ET.SubElement(message, "source").text = source
        node = ET.SubElement(message, "translation")
        if isinstance(translation, tuple):
            message.set("numerus", "yes")
            for form in translation:
                ET.SubElement(node, "numerusform").text = form
        else:
            node.text = translation
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
