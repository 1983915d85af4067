"""What the ``atlas`` command prints besides each command's own lines: warnings after opening, invalid
records, a record's fields, the recovery key, all of it safe for a terminal.

Control characters are shown, not obeyed. New text with such characters is refused on input (core.limits),
but a register written before that rule, or by an older client of a team register, may still hold a title
like "ESC ]0;… BEL" that would retitle the terminal, or a right-to-left override that makes a line read
backwards. ``install`` wraps standard output and error so that every character core.limits refuses, except
tab and new line, is written as the six visible characters ``\\u001b``. That is also a JSON escape of the
same character, so ``--json`` output stays valid JSON that decodes back to exactly what is stored
(``json.dumps`` escapes C0 itself, but not DEL, C1 or U+202E when ``ensure_ascii=False``).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any, TextIO

from ..core import i18n
from ..core.errors import UsageError
from ..core.i18n import spec, t, tn
from ..core.limits import UNSAFE
from ..storage.atomic import atomic_write_bytes

_LEFT_ALONE = "\t\n"


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    return char if char in _LEFT_ALONE else f"\\u{ord(char):04x}"


def escape(text: str) -> str:
    """``text`` with every unsafe character but tab and new line written as ``\\uXXXX``."""
    return UNSAFE.sub(_visible, text)


class TerminalSafe:
    """A text stream that escapes what it is given and writes it straight through to ``inner``.

    It keeps no buffer of its own, so the order of output, ``flush``, and the errors ``inner`` raises
    (BrokenPipeError when a reader such as ``head`` stops, encoding errors by ``inner``'s own
    ``errors`` setting) are what they were. Everything else (``buffer`` for bytes, ``fileno``,
    ``isatty``, ``encoding``, ``close``, ``closed``) is ``inner``'s own."""

    def __init__(self, inner: TextIO) -> None:
        self._inner = inner

    def write(self, text: str) -> int:
        self._inner.write(escape(text))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        self._inner.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def install() -> None:
    """Wrap ``sys.stdout`` and ``sys.stderr`` (once; calling again changes nothing)."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is not None and not isinstance(stream, TerminalSafe):
            setattr(sys, name, TerminalSafe(stream))


def entries(count: int) -> str:
    return tn("cli", "%n entr(y|ies)", count)


def noun(label: str) -> str:
    """An entity's label or plural (as declared in the specs) inside a sentence, in the user's language: lower
    case as English, French and Romanian write a common noun, but German keeps its nouns' capital, and a word
    in capitals (an acronym such as DPIA) stays as it is outside English, whose output stays as it always was."""
    text = spec(label)
    if i18n.language() == i18n.ENGLISH:
        return text.lower()
    if i18n.language() == "de":
        return text
    return " ".join(w if w[:2].isupper() else w.lower() for w in text.split())


def record_noun(lowered: str) -> str:
    """``noun`` for the lower-case English label storage puts in its errors (``InvalidRecord.label``)."""
    from ..core.entities import ENTITIES

    found = next((e for e in ENTITIES if e.label.lower() == lowered), None)
    return noun(found.label) if found else lowered


def warn_opened(reg: Any) -> Any:
    """Say what opening found that the user should know (a damaged key-file entry, a damaged last trail entry,
    a trail that differs from the one this computer saw); returns ``reg``."""
    if getattr(reg, "key_warning", ""):  # set on a writable open of a local register (key_restore)
        warn(reg.key_warning)
    if reg.tail_warning:
        warn(reg.tail_warning)
    if reg.trail_memory is not None and not reg.trail_memory.ok:
        warn(reg.trail_memory.message)
    return reg


def warn(message: str) -> None:
    """One warning line on standard error (the message itself is the caller's)."""
    print(t("cli", "atlas: warning: {message}").format(message=message), file=sys.stderr)


def print_problems(exc: Any) -> None:
    """An invalid record: one line per problem, so a long list stays readable."""
    print(t("cli", "atlas: The {record} was not saved:").format(record=record_noun(exc.label)), file=sys.stderr)
    for problem in exc.problems:
        print(f"  {problem.where()}: {problem.message}", file=sys.stderr)


def print_field(label: str, text: str, width: int) -> None:
    """One field of a record shown in full: its label, then its text, further lines aligned under the first."""
    lines = text.splitlines() or ["—"]
    print(f"  {label:<{width}}  {lines[0]}")
    for line in lines[1:]:
        print(f"  {'':<{width}}  {line}")


def write_recovery_key(key: str, out: str | None, heading: str) -> None:
    """Write the new recovery key to ``out`` (mode 0600, never over a file), or show it once."""
    if out:
        target = Path(out).expanduser()
        if target.exists():
            raise UsageError(t("cli", "{path} already exists; choose a new file for the recovery key.").format(
                path=target))
        try:
            atomic_write_bytes(target, f"Atlas Desktop recovery key\n{key}\n".encode("ascii"), mode=0o600)
        except OSError as exc:
            raise UsageError(t("cli", "Cannot write the recovery key to {path}: {error}.").format(
                path=target, error=exc.strerror)) from None
        print(t("cli", "{heading} It was written to {path} (readable by you only). Print it or move it to safe "
                "storage: it is the only way in if the passphrase is forgotten.").format(heading=heading, path=target))
        return
    print(t("cli", "{heading} It is shown only this once: write it down or print it, and keep it away from this "
            "computer. It is the only way in if the passphrase is forgotten.").format(heading=heading) + "\n")
    print(f"    {key}\n")
