"""What a register's page says about its rows: the count beside the filters, and a register's name in a sentence.

Kept out of ``registerview`` (the page and its actions); the words keep the page's translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ..core.spec import Entity
from .i18n import spec_text


def tr(text: str) -> str:
    return QCoreApplication.translate("RegisterView", text)  # the page's context: the words kept their translations


def in_sentence(label: str) -> str:
    """A register's label as it reads inside a sentence: "processing activities", but "DPIAs"."""
    return " ".join(w if sum(c.isupper() for c in w) > 1 else w.lower() for w in label.split())


def count_text(entity: Entity, shown: int, total: int, *, filtered: bool, complete: bool,
               short_hint: int = 0) -> str:
    """``shown`` of ``total`` records; ``short_hint``: the text typed is shorter than the index's
    ``short_hint`` characters on a big register, so nothing was searched yet."""
    locale = QLocale()
    words = in_sentence(spec_text(entity.plural if total != 1 else entity.label))
    if short_hint:
        return tr("Type at least {0} characters to search {1} {2}").format(
            short_hint, locale.toString(total), words)
    if not filtered or (complete and shown == total):
        return tr("{0} {1}").format(locale.toString(total), words)
    # Until every matching id is read (the next moment), only the first page is known: "100+".
    return tr("{0} of {1} {2}").format(
        locale.toString(shown) + ("" if complete else "+"), locale.toString(total), words)
