"""Makes whatever the ``atlas`` command prints safe for a terminal: control characters are shown, not obeyed.

New text with such characters is refused on input (core.limits), but a register written before
that rule, or by an older client of a team register, may still hold a title like
"ESC ]0;… BEL" that would retitle the terminal, or a right-to-left override that makes a line
read backwards. ``install`` wraps standard output and error so that every character core.limits
refuses, except tab and new line, is written as the six visible characters ``\\u001b``. That is
also a JSON escape of the same character, so ``--json`` output stays valid JSON that decodes back
to exactly what is stored (``json.dumps`` escapes C0 itself, but not DEL, C1 or U+202E when
``ensure_ascii=False``).
"""

from __future__ import annotations

import re
import sys
from typing import Any, TextIO

from .core.limits import UNSAFE

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
