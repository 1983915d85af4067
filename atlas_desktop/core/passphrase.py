"""Judges whether a passphrase is strong enough to protect a register.

The empty passphrase matters most: peewee's SQLCipher driver skips ``PRAGMA key`` when
the key is ``''`` and silently writes a *plaintext* database, so this check runs before
any key is derived or any file is touched.

The verdict and zxcvbn's advice are in the user's language (``core.i18n``, context "errors").
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from .errors import WeakPassphrase
from .i18n import ENGLISH, language, t

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
    return bool(known) and bool(tokens) and all(w in known or w.isdigit() for w in tokens)


def assess(passphrase: str, context: list[str] | None = None, password: bool = False) -> Strength:
    """Score ``passphrase``; ``context`` holds words an attacker would try first (org name). ``password``: the
    verdict names it a password (a team register's sign-in), judged by the same rules."""
    if not passphrase or not passphrase.strip():
        return Strength(0, False, t("errors", "The password is empty.") if password
                        else t("errors", "The passphrase is empty."))
    words = _context_words(context or [])
    from zxcvbn import zxcvbn  # here: its word lists take a twentieth of the app's start-up to load

    result = zxcvbn(passphrase[:_SCORED_PREFIX], user_inputs=words)
    score = int(result["score"])
    feedback = result.get("feedback") or {}
    suggestions = [_advice(s) for s in feedback.get("suggestions") or []]
    if len(passphrase) < MIN_LENGTH:
        short = (t("errors", "The password is shorter than {length} characters.") if password
                 else t("errors", "The passphrase is shorter than {length} characters."))
        return Strength(score, False, short.format(length=MIN_LENGTH), suggestions)
    if _only_context(passphrase, words):
        only_name = (t("errors", "The password is too easy to guess: it is made only of your organisation's name "
                           "(and numbers), the first thing anyone would try.") if password
                     else t("errors", "The passphrase is too easy to guess: it is made only of your organisation's "
                            "name (and numbers), the first thing anyone would try."))
        return Strength(min(score, 1), False, only_name, suggestions)
    if score < MIN_SCORE:
        warning = (feedback.get("warning") or "").strip()
        reason = _advice(warning) if warning else t("errors", "It is easy to guess.")
        weak = (t("errors", "The password is too easy to guess: {reason}") if password
                else t("errors", "The passphrase is too easy to guess: {reason}"))
        return Strength(score, False, weak.format(reason=reason), suggestions)
    return Strength(score, True, "", suggestions)


def require_strong(passphrase: str, context: list[str] | None = None, password: bool = False) -> None:
    """Raise ``WeakPassphrase`` with the reason and a tip unless ``passphrase`` (or a team ``password``) is
    acceptable."""
    strength = assess(passphrase, context, password)
    if strength.acceptable:
        return
    tip = t("errors", "Tip: use four or more unrelated words, e.g. 'lantern-orbit-pepper-canal'.")
    raise WeakPassphrase(f"{strength.problem} {tip}")


def _advice(text: str) -> str:
    """One of zxcvbn's warnings or suggestions (English, written in its own code) in the user's language;
    a text it adds in a later version stays English until it is listed here."""
    if language() == ENGLISH:
        return text
    return {
        "Straight rows of keys are easy to guess.": t("errors", "Straight rows of keys are easy to guess."),
        "Short keyboard patterns are easy to guess.": t("errors", "Short keyboard patterns are easy to guess."),
        'Repeats like "aaa" are easy to guess.': t("errors", 'Repeats like "aaa" are easy to guess.'),
        'Repeats like "abcabcabc" are only slightly harder to guess than "abc".':
            t("errors", 'Repeats like "abcabcabc" are only slightly harder to guess than "abc".'),
        'Sequences like "abc" or "6543" are easy to guess.':
            t("errors", 'Sequences like "abc" or "6543" are easy to guess.'),
        "Recent years are easy to guess.": t("errors", "Recent years are easy to guess."),
        "Dates are often easy to guess.": t("errors", "Dates are often easy to guess."),
        "This is a top-10 common password.": t("errors", "This is a top-10 common password."),
        "This is a top-100 common password.": t("errors", "This is a top-100 common password."),
        "This is a very common password.": t("errors", "This is a very common password."),
        "This is similar to a commonly used password.": t("errors", "This is similar to a commonly used password."),
        "A word by itself is easy to guess.": t("errors", "A word by itself is easy to guess."),
        "Names and surnames by themselves are easy to guess.":
            t("errors", "Names and surnames by themselves are easy to guess."),
        "Common names and surnames are easy to guess.": t("errors", "Common names and surnames are easy to guess."),
        "Use a few words, avoid common phrases.": t("errors", "Use a few words, avoid common phrases."),
        "No need for symbols, digits, or uppercase letters.":
            t("errors", "No need for symbols, digits, or uppercase letters."),
        "Add another word or two. Uncommon words are better.":
            t("errors", "Add another word or two. Uncommon words are better."),
        "Use a longer keyboard pattern with more turns.": t("errors", "Use a longer keyboard pattern with more turns."),
        "Avoid repeated words and characters.": t("errors", "Avoid repeated words and characters."),
        "Avoid sequences.": t("errors", "Avoid sequences."),
        "Avoid recent years.": t("errors", "Avoid recent years."),
        "Avoid years that are associated with you.": t("errors", "Avoid years that are associated with you."),
        "Avoid dates and years that are associated with you.":
            t("errors", "Avoid dates and years that are associated with you."),
        "Capitalization doesn't help very much.": t("errors", "Capitalization doesn't help very much."),
        "All-uppercase is almost as easy to guess as all-lowercase.":
            t("errors", "All-uppercase is almost as easy to guess as all-lowercase."),
        "Reversed words aren't much harder to guess.": t("errors", "Reversed words aren't much harder to guess."),
        "Predictable substitutions like '@' instead of 'a' don't help very much.":
            t("errors", "Predictable substitutions like '@' instead of 'a' don't help very much."),
    }.get(text, text)
