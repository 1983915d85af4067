"""Writes a provision as the specs declare it ("Art. 30(1)(a)", "Recital 85", "EDPB Guidelines 01/2021") in the
citation style of the GDPR's own language versions.

The specs cite in the English Official Journal's style. A Romanian, French or German reader knows the same
provision by their version's words: the Romanian text says "articolul 30 alineatul (1) litera (a)", the French
"article 30, paragraphe 1, point a)", the German "Artikel 30 Absatz 1 Buchstabe a"; practitioners abbreviate
them as written here ("art. 30 alin. (1) lit. (a)", "art. 30, par. 1, point a)", "Art. 30 Abs. 1 Buchst. a").
The EDPB is the CEPD in Romanian and French and the EDSA in German (its own names in each language).
Only the shapes the specs use are rewritten; anything else is left as declared rather than guessed at.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# One provision: an article, an optional paragraph and point, and an optional range ("12–22", "(1)–(2)",
# "(a)–(h)"). Only a leading digit starts one, so ", second subparagraph" or ", WP248" ends a list.
_REF = r"\d+(?:\(\d+\))?(?:\([a-z]\))?(?:–(?:\(\d+\)|\([a-z]\)|\d+))?"
_ARTICLES = re.compile(rf"\bArt\. ({_REF}(?:, {_REF})*)")
_PARTS = re.compile(r"(?P<num>\d+)(?:\((?P<par>\d+)\))?(?:\((?P<letter>[a-z])\))?"
                    r"(?:–(?:\((?P<par_to>\d+)\)|\((?P<letter_to>[a-z])\)|(?P<num_to>\d+)))?")
_BDSG = re.compile(r"§ (\d+)\((\d+)\) BDSG")


def _join(items: list[str], last: str) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + last + items[-1]


def _list(refs: list[str], prefix: str, write: Callable[[str], str], last: str) -> str:
    """Bare articles share one abbreviation ("art. 26, 28 et 30"); once one has a paragraph or point each gets its
    own, so a number is never read as the previous article's paragraph ("art. 4, par. 11 et art. 7, par. 1")."""
    if all(r.replace("–", "").isdigit() for r in refs):
        return prefix + _join([write(r) for r in refs], last)
    return _join([prefix + write(r) for r in refs], last)


def _romanian_ref(ref: str) -> str:
    m = _PARTS.fullmatch(ref)
    if m is None:
        return ref
    text = m["num"] + (f"–{m['num_to']}" if m["num_to"] else "")
    if m["par"]:
        text += f" alin. ({m['par']})" + (f"–({m['par_to']})" if m["par_to"] else "")
    if m["letter"]:
        text += f" lit. ({m['letter']})" + (f"–({m['letter_to']})" if m["letter_to"] else "")
    return text


def _french_ref(ref: str) -> str:
    m = _PARTS.fullmatch(ref)
    if m is None:
        return ref
    text = m["num"] + (f" à {m['num_to']}" if m["num_to"] else "")
    if m["par"]:
        text += f", par. {m['par']}" + (f" et {m['par_to']}" if m["par_to"] else "")
    if m["letter"]:
        text += (f", points {m['letter']}) à {m['letter_to']})" if m["letter_to"] else f", point {m['letter']})")
    return text


def _german_ref(ref: str) -> str:
    m = _PARTS.fullmatch(ref)
    if m is None:
        return ref
    text = m["num"] + (f"–{m['num_to']}" if m["num_to"] else "")
    if m["par"]:
        text += f" Abs. {m['par']}" + (f"–{m['par_to']}" if m["par_to"] else "")
    if m["letter"]:
        text += f" Buchst. {m['letter']}" + (f"–{m['letter_to']}" if m["letter_to"] else "")
    return text


# The named sources, in each language: the EDPB's guidelines by its own name in that language, the ICO's
# form (a UK regulator's: named, not translated), recitals as the Official Journal numbers them.
_NAMES: dict[str, tuple[tuple[str, str], ...]] = {
    "ro": ((r"EDPB Guidelines", "Ghidurile CEPD"), (r"Recital (\d+)", r"considerentul \1"),
           (r"ICO form", "formularul ICO"), (r"ICO template", "modelul ICO"),
           (r"second subparagraph", "al doilea paragraf"), (_BDSG.pattern, r"§ \1 alin. (\2) BDSG")),
    "fr": ((r"EDPB Guidelines", "lignes directrices du CEPD"), (r"Recital (\d+)", r"considérant \1"),
           (r"ICO form", "formulaire de l'ICO"), (r"ICO template", "modèle de l'ICO"),
           (r"second subparagraph", "deuxième alinéa"), (_BDSG.pattern, r"§ \1, al. \2, BDSG")),
    "de": ((r"EDPB Guidelines", "EDSA-Leitlinien"), (r"Recital (\d+)", r"Erwägungsgrund \1"),
           (r"ICO form", "ICO-Formular"), (r"ICO template", "ICO-Vorlage"),
           (r"second subparagraph", "Unterabs. 2"), (_BDSG.pattern, r"§ \1 Abs. \2 BDSG")),
}
_STYLES: dict[str, tuple[str, Callable[[str], str], str]] = {
    # language: (what an article is abbreviated to, how one provision is written, the last list separator)
    "ro": ("art. ", _romanian_ref, ", "),
    "fr": ("art. ", _french_ref, " et "),
    "de": ("Art. ", _german_ref, ", "),
}


def cite_in(article: str, code: str) -> str:
    """``article`` in language ``code``'s citation style; English (or an unknown language) as declared."""
    style = _STYLES.get(code)
    if style is None or not article:
        return article
    prefix, write, last = style
    text = _ARTICLES.sub(lambda m: _list(m[1].split(", "), prefix, write, last), article)
    for pattern, replacement in _NAMES[code]:
        text = re.sub(pattern, replacement, text)
    if code == "fr":  # "art. 49, par. 1, deuxième alinéa": French sets the subparagraph off with commas already
        text = text.replace(", ,", ",")
    return text
