"""Judges whether a passphrase is strong enough to protect a register.

The empty passphrase matters most: peewee's SQLCipher driver skips ``PRAGMA key`` when
the key is ``''`` and silently writes a *plaintext* database, so this check runs before
any key is derived or any file is touched.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from .errors import WeakPassphrase

MIN_LENGTH = 10
# zxcvbn scores 0..4; below 2 means "guessable within ~10^6 tries" (common words,
# keyboard walks, repeats), which is trivially weak even behind a slow KDF.
MIN_SCORE = 2
# zxcvbn refuses input longer than 72 characters; a prefix that long is plenty to judge.
_SCORED_PREFIX = 72


@dataclass(frozen=True)
class Strength:
    """A passphrase's score (0-4) and plain advice, for the strength meter and refusals."""

    score: int
    acceptable: bool
    problem: str = ""
    suggestions: list[str] = field(default_factory=list)


def _context_words(context: list[str]) -> list[str]:
    """Each context phrase whole, run together, and word by word: "Acme Logistics SRL" also
    yields "acmelogisticssrl", "acme", "logistics" and "srl", so variants of it score as guessable."""
    words: list[str] = []
    for phrase in filter(None, context):
        parts = _tokens(phrase)
        words += [phrase.lower(), "".join(parts)] + parts
    return [w for w in dict.fromkeys(words) if w]


def _tokens(text: str) -> list[str]:
    # Accents folded ("Ștefan" -> "stefan"): typing the name without them is no less guessable.
    folded = "".join(ch for ch in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(ch))
    return "".join(ch if ch.isalnum() else " " for ch in folded).split()


def _only_context(passphrase: str, words: list[str]) -> bool:
    # zxcvbn still rates "Acme SRL Acme SRL 2024" fair; a name plus digits is not a secret.
    tokens = _tokens(passphrase)
    known = set(words)
    return bool(known) and bool(tokens) and all(t in known or t.isdigit() for t in tokens)


def assess(passphrase: str, context: list[str] | None = None) -> Strength:
    """Score ``passphrase``; ``context`` holds words an attacker would try first (org name)."""
    if not passphrase or not passphrase.strip():
        return Strength(0, False, "The passphrase is empty.")
    words = _context_words(context or [])
    from zxcvbn import zxcvbn  # here: its word lists take a twentieth of the app's start-up to load

    result = zxcvbn(passphrase[:_SCORED_PREFIX], user_inputs=words)
    score = int(result["score"])
    feedback = result.get("feedback") or {}
    suggestions = list(feedback.get("suggestions") or [])
    if len(passphrase) < MIN_LENGTH:
        return Strength(score, False, f"The passphrase is shorter than {MIN_LENGTH} characters.", suggestions)
    if _only_context(passphrase, words):
        return Strength(min(score, 1), False, "The passphrase is too easy to guess: it is made only of your "
                        "organisation's name (and numbers), the first thing anyone would try.", suggestions)
    if score < MIN_SCORE:
        warning = (feedback.get("warning") or "").strip()
        reason = warning or "It is easy to guess."
        return Strength(score, False, f"The passphrase is too easy to guess: {reason}", suggestions)
    return Strength(score, True, "", suggestions)


def require_strong(passphrase: str, context: list[str] | None = None) -> None:
    """Raise ``WeakPassphrase`` with the reason and a tip unless ``passphrase`` is acceptable."""
    strength = assess(passphrase, context)
    if strength.acceptable:
        return
    tip = " Tip: use four or more unrelated words, e.g. 'lantern-orbit-pepper-canal'."
    raise WeakPassphrase(strength.problem + tip)
