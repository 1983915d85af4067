"""The ``atlas`` command: its parser, and ``main``, which runs one command and turns problems into exit codes.

Each command group is a module of this package (``init``, ``doctor``, ``backup``, ``keys``, ``overview``,
``records``, ``templates``, ``exports``, ``reports``, ``review``, ``team``, ``team_data``); they open the register
through ``opening`` (and ``team_signin``), read secrets through ``terminal`` and print through ``output``, and
never import one another or this module: where one group needs another's command, it is handed in here.

Exit codes: 0 ok, 1 a problem was found, 2 a usage, key or I/O error. Expected errors
print one line on stderr and no traceback (set ATLAS_DEBUG=1 to see one for a bug).

``--language CODE`` (else the settings' language, else the system's) is applied before the command runs,
so the findings, headings and explanations a person reads come out in it (``core.i18n``). ``--json``
output is machine-readable and stays English whatever the language, like the exit codes.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from .. import __version__
from ..core import i18n
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
        print(f"Atlas Desktop {__version__}. There is no register at {path} yet.")
        if not terminal.interactive():
            print("Create one with:  atlas init --org 'Your office' --country CC --your-name 'Your Name'   "
                  "(see 'atlas init --help')")
            return EXIT_OK
        print("Let's create it. You will choose a passphrase and receive a recovery key.\n")
        args.org, args.recovery_key_out = None, None
        return init.cmd_init(args, settings)
    with opening.open_register(args, settings) as reg:
        found, verdict, mismatches = doctor.checks(args, reg, settings)  # once: a full pass is costly on a large register
        # Only a sound register is backed up: a damaged one must not push good backups out.
        made = backups.auto_backup(reg, settings) if not found and verdict.ok and not mismatches else None
        if made:
            print(f"Automatic backup (every {settings.backup_every_hours} h, last {settings.backup_keep} kept): {made.name}")
        return EXIT_PROBLEM if doctor.report(reg, settings, found, verdict, mismatches) else EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--register", metavar="PATH", default=None,
                        help=f"the register file, or a team register: {team_signin.ADDRESS} or a .atlas-team file")
    common.add_argument("--passphrase-file", metavar="F", help=f"read the passphrase from F (or set {PASSPHRASE_ENV})")
    common.add_argument("--recovery-key-file", metavar="F", help="unlock with the recovery key in F instead")
    team_signin.add_common_options(common)
    # Also after the command (atlas check --language ro); SUPPRESS keeps the one given before it otherwise.
    common.add_argument("--language", metavar="CODE", choices=i18n.AVAILABLE, default=argparse.SUPPRESS,
                        help=argparse.SUPPRESS)

    parser = argparse.ArgumentParser(prog="atlas", description="Atlas Desktop: your office's encrypted GDPR register.")
    parser.add_argument("--version", action="version", version=f"atlas {__version__}")
    parser.add_argument("--register", dest="register_top", metavar="PATH", help=argparse.SUPPRESS)
    parser.add_argument("--language", metavar="CODE", choices=i18n.AVAILABLE, default=None,
                        help=f"the language of what atlas prints: {', '.join(i18n.AVAILABLE)} (default: the "
                             "language set in Preferences, else the system's); --json stays English")
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


def main(argv: Sequence[str] | None = None) -> int:
    output.install()  # stored text must not drive the terminal (escape codes, bidi overrides)
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    func = getattr(args, "func", cmd_welcome)
    before = i18n.language()  # restored after the run: main() also runs inside other processes (the tests)
    try:
        team_signin.check_applies(args)
        settings = Settings.load()
        use_language(args, settings)
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
        print("atlas: interrupted; nothing more was changed.", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # The reader (e.g. `| head`) stopped reading: not an error worth a message.
        sys.stderr.close()
        return EXIT_OK
    except OSError as exc:
        if os.environ.get("ATLAS_DEBUG"):
            raise
        print(f"atlas: {exc.strerror or exc}{f': {exc.filename}' if exc.filename else ''}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:
        if is_damage(exc):  # a page read by any command fails its check: say so, and how to get it back
            damage = opening.explained_damage(exc)
            print(f"atlas: {damage.message}", file=sys.stderr)
            return damage.exit_code
        if os.environ.get("ATLAS_DEBUG"):
            raise
        print(f"atlas: unexpected error ({type(exc).__name__}: {exc}); nothing more was changed. "
              "Run again with ATLAS_DEBUG=1 and report the output.", file=sys.stderr)
        return EXIT_ERROR
    finally:
        opening.forget()
        i18n.use_language(before)
