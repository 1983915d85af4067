"""The ``atlas`` command: its parser, and ``main``, which runs one command and turns problems into exit codes.

Each command group is a module of this package (``init``, ``doctor``, ``backup``, ``keys``, ``overview``,
``records``, ``templates``, ``exports``, ``reports``, ``review``, ``team``, ``team_data``); they open the register
through ``opening`` (and ``team_signin``), read secrets through ``terminal`` and print through ``output``, and
never import one another or this module: where one group needs another's command, it is handed in here.

Exit codes: 0 ok, 1 a problem was found, 2 a usage, key or I/O error. Expected errors
print one line on stderr and no traceback (set ATLAS_DEBUG=1 to see one for a bug).

``--language CODE`` (else the settings' language, else the system's) is applied before the parser is even
built, so its help, argparse's own words and errors, and the command's findings, headings and explanations
come out in it (``core.i18n``). ``--json`` output is machine-readable and stays English whatever the
language, like the exit codes.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from .. import __version__
from ..core import i18n
from ..core.i18n import t
from ..core.errors import EXIT_ERROR, EXIT_OK, EXIT_PROBLEM, AtlasError, InvalidRecord
from ..storage import backups
from ..storage.connection import is_damage
from ..storage.settings import Settings
from . import (
    backup,
    doctor,
    exports,
    init,
    keys,
    opening,
    output,
    overview,
    records,
    reports,
    review,
    team,
    team_data,
    team_signin,
    templates,
    terminal,
)
from .terminal import PASSPHRASE_ENV


def cmd_welcome(args: argparse.Namespace, settings: Settings) -> int:
    """No command: what `make run` does until the desktop window exists."""
    if team_signin.is_team(args):
        return doctor.cmd_doctor(args, settings)  # a team register exists already (or the sign-in says why not)
    path = opening.register_path(args)
    if not path.exists():
        print(t("cli", "Atlas Desktop {version}. There is no register at {path} yet.").format(
            version=__version__, path=path))
        if not terminal.interactive():
            print(t("cli", "Create one with:  atlas init --org 'Your office' --country CC --your-name 'Your Name'   "
                    "(see 'atlas init --help')"))
            return EXIT_OK
        print(t("cli", "Let's create it. You will choose a passphrase and receive a recovery key.") + "\n")
        args.org, args.recovery_key_out = None, None
        return init.cmd_init(args, settings)
    with opening.open_register(args, settings) as reg:
        found, verdict, mismatches = doctor.checks(args, reg, settings)  # once: a full pass is costly on a large register
        # Only a sound register is backed up: a damaged one must not push good backups out.
        made = backups.auto_backup(reg, settings) if not found and verdict.ok and not mismatches else None
        if made:
            print(t("cli", "Automatic backup (every {hours} h, last {keep} kept): {name}").format(
                hours=settings.backup_every_hours, keep=settings.backup_keep, name=made.name))
        return EXIT_PROBLEM if doctor.report(reg, settings, found, verdict, mismatches) else EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """The whole ``atlas`` parser, its help in the current language: build it after ``use_language`` (and
    inside ``argparse_words``, for argparse's own headings)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--register", metavar="PATH", default=None,
                        help=t("cli", "the register file, or a team register: {address} or a .atlas-team "
                               "file").format(address=team_signin.ADDRESS))
    common.add_argument("--passphrase-file", metavar="F", help=t("cli", "read the passphrase from F (or set "
                                                                  "{variable})").format(variable=PASSPHRASE_ENV))
    common.add_argument("--recovery-key-file", metavar="F",
                        help=t("cli", "unlock with the recovery key in F instead"))
    team_signin.add_common_options(common)
    # Also after the command (atlas check --language ro); SUPPRESS keeps the one given before it otherwise.
    common.add_argument("--language", metavar="CODE", choices=i18n.AVAILABLE, default=argparse.SUPPRESS,
                        help=argparse.SUPPRESS)

    parser = argparse.ArgumentParser(prog="atlas", description=t("cli", "Atlas Desktop: your office's encrypted "
                                                                        "GDPR register."))
    parser.add_argument("--version", action="version", version=f"atlas {__version__}",
                        help=t("argparse", "show program's version number and exit"))
    parser.add_argument("--register", dest="register_top", metavar="PATH", help=argparse.SUPPRESS)
    parser.add_argument("--language", metavar="CODE", choices=i18n.AVAILABLE, default=None,
                        help=t("cli", "the language of what atlas prints: {codes} (default: the language set in "
                               "Preferences, else the system's); --json stays English").format(
                            codes=", ".join(i18n.AVAILABLE)))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    # In the order `atlas --help` lists them.
    init.add_init(sub, common)
    doctor.add_doctor(sub, common)
    backup.add_commands(sub, common)
    keys.add_commands(sub, common)
    doctor.add_audit(sub, common)
    overview.add_commands(sub, common)
    records.add_commands(sub, common, from_templates=templates.cmd_add_from_templates)
    templates.add_commands(sub)
    records.add_attachment_commands(sub, common)
    exports.add_commands(sub, common)
    reports.add_commands(sub, common)
    review.add_commands(sub, common)
    init.add_whoami(sub, common)
    team.add_parser(sub, common, more=team_data.add_parsers)
    return parser


def use_language(args: argparse.Namespace, settings: Settings) -> str:
    """The run's language: English for ``--json`` (a script's contract must not change with the user's
    settings), else ``--language``, else the settings' language ("" follows the system's)."""
    if getattr(args, "json", False):
        return i18n.use_language(i18n.ENGLISH)
    return i18n.use_language(getattr(args, "language", None) or settings.language)


def asked_language(argv: Sequence[str], settings: Settings) -> str:
    """The language ``use_language`` will choose, read from the words themselves: the parser's help is
    translated as it is built, so the language must be known before there is a parser to read ``--language``
    with. ``--language CODE`` / ``--language=CODE`` (the last one given, as argparse keeps it; an unknown code
    is left to the parser to refuse), ``--json`` (English), else the settings' language. An option may be
    shortened as argparse allows (``--lang ro``)."""
    code: str | None = None
    words = iter(argv)
    for word in words:
        if word == "--":  # what follows is values, not options
            break
        name, equals, value = word.partition("=")
        if _shortens(name, "--json"):
            return i18n.ENGLISH
        if _shortens(name, "--language"):
            value = value if equals else next(words, "")
            code = value if value in i18n.AVAILABLE else code
    return code or settings.language


def _shortens(word: str, option: str) -> bool:
    return len(word) > 2 and option.startswith(word)


# -- argparse's own words ----------------------------------------------------------------------------------
def _argparse_words() -> dict[str, str]:
    """argparse's own words, as Python 3.11's argparse.py spells its gettext msgids, in the current language.

    argparse looks every word of its own up through the module-level ``argparse._`` (gettext) when it needs it:
    headings and ``-h``'s help while the parser is built, errors while it parses. Atlas has no gettext
    catalogue but ``core.i18n``'s, so ``argparse_words`` hands argparse a ``_`` that finds these under the
    context "argparse". Listed: every msgid a user of this parser can meet; left out (they stay English): a
    programmer's mistakes (conflicting options, bad add_argument calls), FileType's and ``nargs=N``'s words
    (``ngettext``; atlas uses neither). A Python with other msgids keeps those in English, nothing breaks.
    The trailing space of "usage: " and new line of the error line stay outside the catalogue's text."""
    return {
        "usage: ": t("argparse", "usage:") + " ",
        "positional arguments": t("argparse", "positional arguments"),
        "options": t("argparse", "options"),
        "show this help message and exit": t("argparse", "show this help message and exit"),
        "%(prog)s: error: %(message)s\n": t("argparse", "%(prog)s: error: %(message)s") + "\n",
        "argument %(argument_name)s: %(message)s": t("argparse", "argument %(argument_name)s: %(message)s"),
        "the following arguments are required: %s": t("argparse", "the following arguments are required: %s"),
        "unrecognized arguments: %s": t("argparse", "unrecognized arguments: %s"),
        "invalid choice: %(value)r (choose from %(choices)s)":
            t("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
        "invalid %(type)s value: %(value)r": t("argparse", "invalid %(type)s value: %(value)r"),
        "expected one argument": t("argparse", "expected one argument"),
        "expected at most one argument": t("argparse", "expected at most one argument"),
        "expected at least one argument": t("argparse", "expected at least one argument"),
        "ambiguous option: %(option)s could match %(matches)s":
            t("argparse", "ambiguous option: %(option)s could match %(matches)s"),
        "ignored explicit argument %r": t("argparse", "ignored explicit argument %r"),
        "not allowed with argument %s": t("argparse", "not allowed with argument %s"),
        "one of the arguments %s is required": t("argparse", "one of the arguments %s is required"),
    }


@contextmanager
def argparse_words() -> Iterator[None]:
    """argparse speaks the current language while the parser is built and parses (its ``_`` restored after:
    the process may use argparse for other things, e.g. the test runner)."""
    english: Callable[[str], str] = argparse._  # type: ignore[attr-defined]
    if i18n.language() == i18n.ENGLISH:
        yield  # its own words as they are
        return
    words = _argparse_words()

    def own(message: str) -> str:
        return words.get(message, message)  # a word not listed stays argparse's English

    argparse._ = own  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = english  # type: ignore[attr-defined]


def main(argv: Sequence[str] | None = None) -> int:
    output.install()  # stored text must not drive the terminal (escape codes, bidi overrides)
    words = list(sys.argv[1:] if argv is None else argv)
    before = i18n.language()  # restored after the run: main() also runs inside other processes (the tests)
    try:
        settings = Settings.load()
        i18n.use_language(asked_language(words, settings))  # before the parser: its help is translated
        with argparse_words():
            args = build_parser().parse_args(words)
        func = getattr(args, "func", cmd_welcome)
        team_signin.check_applies(args)
        use_language(args, settings)  # what the parser read: the same language, now from the parsed options
        return func(args, settings)
    except InvalidRecord as exc:
        output.print_problems(exc)
        return exc.exit_code
    except AtlasError as exc:
        if is_damage(exc):
            exc = opening.explained_damage(exc)
        print(f"atlas: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(t("cli", "atlas: interrupted; nothing more was changed."), file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # The reader (e.g. `| head`) stopped reading: not an error worth a message.
        sys.stderr.close()
        return EXIT_OK
    except OSError as exc:
        if os.environ.get("ATLAS_DEBUG"):
            raise
        # strerror is the system's own words (in its locale's language), not Atlas's to translate.
        print(f"atlas: {exc.strerror or exc}{f': {exc.filename}' if exc.filename else ''}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:
        if is_damage(exc):  # a page read by any command fails its check: say so, and how to get it back
            damage = opening.explained_damage(exc)
            print(f"atlas: {damage.message}", file=sys.stderr)
            return damage.exit_code
        if os.environ.get("ATLAS_DEBUG"):
            raise
        print(t("cli", "atlas: unexpected error ({error}); nothing more was changed. Run again with ATLAS_DEBUG=1 "
                "and report the output.").format(error=f"{type(exc).__name__}: {exc}"), file=sys.stderr)
        return EXIT_ERROR
    finally:
        opening.forget()
        i18n.use_language(before)
