"""Judges whether a passphrase is strong enough to protect a register.

The empty passphrase matters most: peewee's SQLCipher driver skips ``PRAGMA key`` when
the key is ``''`` and silently writes a *plaintext* database, so this check runs before
any key is derived or any file is touched.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from zxcvbn import zxcvbn

from .errors import WeakPassphrase

MIN_LENGTH = 10
# zxcvbn scores 0..4; below 2 means "guessable within ~10^6 tries" (common words,
# keyboard walks, repeats), which is trivially weak even behind a slow KDF.
MIN_SCORE = 2
# zxcvbn's cost grows with length; beyond this its verdict no longer changes.
_SCORED_PREFIX = 100


@dataclass(frozen=True)
class Strength:
    """A passphrase's score (0-4) and plain advice, for the strength meter and refusals."""

    score: int
    acceptable: bool
    problem: str = ""
    suggestions: list[str] = field(default_factory=list)


def assess(passphrase: str, context: list[str] | None = None) -> Strength:
    """Score ``passphrase``; ``context`` holds words an attacker would try first (org name)."""
    if not passphrase or not passphrase.strip():
        return Strength(0, False, "The passphrase is empty.")
    words = [w for w in (context or []) if w]
    result = zxcvbn(passphrase[:_SCORED_PREFIX], user_inputs=words)
    score = int(result["score"])
    feedback = result.get("feedback") or {}
    suggestions = list(feedback.get("suggestions") or [])
    if len(passphrase) < MIN_LENGTH:
        return Strength(score, False, f"The passphrase is shorter than {MIN_LENGTH} characters.", suggestions)
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
