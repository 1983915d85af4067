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
from dataclasses import dataclass

# One provision: an article, an optional paragraph and point, and an optional range ("12–22", "(1)–(2)",
# "(a)–(h)"). Only a leading digit starts one, so ", second subparagraph" or ", WP248" ends a list.
_REF = r"\d+(?:\(\d+\))?(?:\([a-z]\))?(?:–(?:\(\d+\)|\([a-z]\)|\d+))?"
_ARTICLES = re.compile(rf"\bArt\. ({_REF}(?:, {_REF})*)")
_PARTS = re.compile(r"(?P<num>\d+)(?:\((?P<par>\d+)\))?(?:\((?P<letter>[a-z])\))?"
                    r"(?:–(?:\((?P<par_to>\d+)\)|\((?P<letter_to>[a-z])\)|(?P<num_to>\d+)))?")
_BDSG = re.compile(r"§ (\d+)\((\d+)\) BDSG")


def _join(items: list[str], last: str) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + last + items[-1]


def _list(refs: list[str], style: "_Style") -> str:
    """Bare articles share one abbreviation ("art. 26, 28 et 30"); once one has a paragraph or point each gets its
    own, so a number is never read as the previous article's paragraph ("art. 4, par. 11 et art. 7, par. 1")."""
    if all(r.replace("–", "").isdigit() for r in refs):
        return style.prefix + _join([_written(r, style) for r in refs], style.last)
    return _join([style.prefix + _written(r, style) for r in refs], style.last)


@dataclass(frozen=True)
class _Style:
    """How one language writes a provision and its parts ({a}–{b}: a range)."""
    prefix: str       # what "Art." is abbreviated to
    last: str         # the separator before a list's last article
    articles: str     # "12–22"
    paragraph: str    # " alin. ({n})"
    paragraphs: str   # " alin. ({a})–({b})"
    point: str        # " lit. ({n})"
    points: str       # " lit. ({a})–({b})"


_STYLES = {
    "ro": _Style("art. ", ", ", "{a}–{b}", " alin. ({n})", " alin. ({a})–({b})", " lit. ({n})", " lit. ({a})–({b})"),
    "fr": _Style("art. ", " et ", "{a} à {b}", ", par. {n}", ", par. {a} et {b}", ", point {n})",
                 ", points {a}) à {b})"),
    "de": _Style("Art. ", ", ", "{a}–{b}", " Abs. {n}", " Abs. {a}–{b}", " Buchst. {n}", " Buchst. {a}–{b}"),
}


def _written(ref: str, style: _Style) -> str:
    """One provision ("30(1)(a)", "12–22", "28(3)(a)–(h)") in ``style``; another shape as it is."""
    m = _PARTS.fullmatch(ref)
    if m is None:
        return ref
    text = style.articles.format(a=m["num"], b=m["num_to"]) if m["num_to"] else m["num"]
    if m["par"]:
        text += (style.paragraphs.format(a=m["par"], b=m["par_to"]) if m["par_to"]
                 else style.paragraph.format(n=m["par"]))
    if m["letter"]:
        text += (style.points.format(a=m["letter"], b=m["letter_to"]) if m["letter_to"]
                 else style.point.format(n=m["letter"]))
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
def cite_in(article: str, code: str) -> str:
    """``article`` in language ``code``'s citation style; English (or an unknown language) as declared."""
    style = _STYLES.get(code)
    if style is None or not article:
        return article
    text = _ARTICLES.sub(lambda m: _list(m[1].split(", "), style), article)
    for pattern, replacement in _NAMES[code]:
        text = re.sub(pattern, replacement, text)
    if code == "fr":  # "art. 49, par. 1, deuxième alinéa": French sets the subparagraph off with commas already
        text = text.replace(", ,", ",")
    return text
