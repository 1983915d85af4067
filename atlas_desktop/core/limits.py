"""The bounds on what Atlas accepts from outside: which dates, which characters in text, how much JSON.

Kept in one place because every way in (CLI, JSON files, spreadsheets, the GUI) and the terminal
output must draw the same lines: a character refused on input is the one escaped on output.
The reasons are clauses in the user's language (``core.i18n``, context "errors"), without a full stop.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from typing import Any

from .errors import DateOutOfRange
from .i18n import t

# -- dates -----------------------------------------------------------------------------------------
# Nothing a GDPR register records happened before 1900 or is due after 2200; a year such as 9999 is a
# typo, and near Python's last year the 72-hour clock itself cannot be counted (OverflowError).
FIRST_DAY = dt.date(1900, 1, 1)
LAST_DAY = dt.date(2200, 12, 31)


def date_problem(day: dt.date) -> str | None:
    """Why ``day`` (a date, or a time's date on its own clock) is refused, in the user's language (context
    "errors"): a clause without its full stop, which each caller ends or puts after a field's name; None
    when it is accepted. The date stays as typed (ISO): it is the user's own text quoted back."""
    if FIRST_DAY <= day <= LAST_DAY:
        return None
    return t("errors", "{day} is outside the dates Atlas accepts ({first}–{last})").format(
        day=day.isoformat(), first=FIRST_DAY.year, last=LAST_DAY.year)


def check_date(day: dt.date) -> None:
    """Raise DateOutOfRange (a ValueError) for a date outside the accepted years."""
    problem = date_problem(day)
    if problem:
        raise DateOutOfRange(problem)


# -- characters in text ------------------------------------------------------------------------------
# Refused rather than stripped, so that nothing a person typed is silently changed; the message names
# the character so it can be found. What is refused and why:
# * C0 controls and DEL: ESC and its friends drive terminals (retitle a window, hide a line), NUL cuts
#   text short in C libraries. Tab and a new line in notes are ordinary text; ``codec.clean`` turns a
#   tab in a one-line field into a space and a CR or CR LF in a note into a new line.
# * C1 controls (U+0080–U+009F): U+009B is a terminal's "control sequence introducer" by itself.
# * Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder what is shown,
#   so a title can read differently from what is stored ("Trojan Source", CVE-2021-42574). The marks
#   LRM/RLM/ALM stay allowed: they only nudge neutral characters and are used in Arabic and Hebrew.
# * Line and paragraph separators (U+2028, U+2029): line breaks in disguise ("clean" turns them into
#   new lines in notes), and the deprecated format characters U+206A–U+206F and the interlinear
#   annotation marks U+FFF9–U+FFFB, which nobody types and some renderers hide text with.
# * Lone surrogates (U+D800–U+DFFF): not characters at all (a broken "\ud83d" from JSON); they cannot be
#   written as UTF-8, so they would fail later, in the database or the terminal.
_UNSAFE_RANGES = ((0x00, 0x1F), (0x7F, 0x9F), (0x2028, 0x202E), (0x2066, 0x206F), (0xD800, 0xDFFF),
                  (0xFFF9, 0xFFFB))
UNSAFE = re.compile("[" + "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in _UNSAFE_RANGES) + "]")
_NAMES = {0x00: "null", 0x07: "bell", 0x08: "backspace", 0x0A: "new line", 0x0B: "vertical tab", 0x0C: "form feed",
          0x0D: "carriage return", 0x1B: "escape", 0x7F: "delete", 0x9B: "control sequence introducer"}


def describe(char: str) -> str:
    """"U+001B (escape)": how a refused character is named in a message. The name is Unicode's own (English
    in every language, as the standard and any search for the code give it): the code is what finds it."""
    code = ord(char)
    name = _NAMES.get(code) or unicodedata.name(char, "").lower()
    return f"U+{code:04X}" + (f" ({name})" if name else "")


def unsafe_character(text: str, multiline: bool = False) -> tuple[str, int] | None:
    """The first character of ``text`` that cannot be stored, and its 1-based position; None when every
    character is fine. Tabs are always fine; line breaks (LF, and the CR of a CR LF) only where the field
    holds several lines. The caller says it in a whole sentence (core.validation), with ``describe``."""
    for match in UNSAFE.finditer(text):
        char = match.group()
        if char == "\t" or (multiline and char in "\r\n"):
            continue
        return char, match.start() + 1
    return None


def broken_pair(char: str) -> bool:
    """A lone surrogate: half of a character pair, not an invisible control character."""
    return 0xD800 <= ord(char) <= 0xDFFF


# -- JSON ------------------------------------------------------------------------------------------------
# Deeper nesting than a table of rows (three levels) plus some slack is never meant; very deep nesting
# exhausts Python's stack (RecursionError) instead of failing plainly.
MAX_JSON_DEPTH = 32
# One record's values, even with long notes in every field, are far below this; more is a wrong file.
MAX_JSON_BYTES = 16 * 1024 * 1024


# The reasons are clauses without a full stop ("Cannot read {path}: {reason}."), in the user's language
# (context "errors"), built when raised: the language is chosen after this module is imported.
def _too_deep() -> str:
    return t("errors", "the JSON is nested too deeply (more than {levels} levels)").format(levels=MAX_JSON_DEPTH)


def _too_large() -> str:
    return t("errors", "it is larger than {size} MB, far more than any record holds").format(
        size=MAX_JSON_BYTES // (1024 * 1024))


def read_json(data: str | bytes) -> Any:
    """JSON from outside, bounded in size and depth. Raises ValueError with a plain reason; a syntax
    error stays a ``json.JSONDecodeError`` (also a ValueError) so callers can say where it is."""
    if len(data) > MAX_JSON_BYTES:
        raise ValueError(_too_large())
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ValueError(t("errors", "it is not UTF-8 text (byte {position} cannot be read)").format(
                position=exc.start + 1)) from None
    try:
        value = json.loads(data)
    except RecursionError:
        raise ValueError(_too_deep()) from None
    except json.JSONDecodeError:
        raise
    except ValueError:  # Python refuses integers of more than 4,300 digits
        raise ValueError(t("errors", "it holds a number too long to read")) from None
    if depth(value) > MAX_JSON_DEPTH:
        raise ValueError(_too_deep())
    return value


def depth(value: Any) -> int:
    """How many lists and objects deep ``value`` goes (a plain value is 0). Iterative: it must not be
    the thing that runs out of stack."""
    deepest, stack = 0, [(value, 0)]
    while stack:
        node, level = stack.pop()
        if isinstance(node, (list, dict)):
            level += 1
            deepest = max(deepest, level)
            stack.extend((child, level) for child in (node.values() if isinstance(node, dict) else node))
    return deepest
