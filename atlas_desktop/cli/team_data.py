"""``atlas team import``, ``atlas team push`` and ``atlas team upgrade``: moving data into a team register.

``import`` copies a register file from this computer into a new, empty team register (``storage.team_import``);
``push`` sends the breaches logged offline in this computer's outbox (``storage.outbox``); ``upgrade`` brings the
team register's schema to this version of Atlas, an encrypted backup first (``storage.team_upgrade``).
"""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path

from ..core.errors import EXIT_OK, UsageError
from ..core.i18n import t, tn
from ..storage.dialect import is_team_target
from ..storage.settings import Settings
from . import terminal
from .opening import open_register
from .team_signin import ADDRESS, add_common_options, ask_password, given_password, open_team
from .team_signin import target as team_target
from .terminal import recovery_key


def cmd_import(args: argparse.Namespace, settings: Settings) -> int:
    from ..storage.team_import import import_register

    source = Path(args.from_).expanduser()
    if is_team_target(str(source)):
        raise UsageError(t("cli", "--from takes a register file on this computer (e.g. office.atlas); the team "
                           "register to import into is given with --register."))
    if not source.exists():
        raise UsageError(t("cli", "There is no register file at {path}.").format(path=source))
    # The file opens as any --register file does (passphrase file, ATLAS_PASSPHRASE, recovery key, keyring or
    # prompt); --register itself names the team register.
    local_args = argparse.Namespace(**{**vars(args), "register": str(source), "register_top": None,
                                       "passphrase_file": args.from_passphrase_file,
                                       "recovery_key_file": args.from_recovery_key_file})
    with open_register(local_args, settings) as local, open_team(args, settings) as team:
        summary = import_register(team, local)
        server = team.target.server
    extras = [tn("cli", "%n attachment(s)", summary.attachments)] + (
        [tn("cli", "%n closed review(s)", summary.reviews)] if summary.reviews else [])
    print(t("cli", "Imported {file} into the team register {server}: {records}, {extras}; its audit trail ({entries}) "
            "is kept as imported segment {segment}, anchored in the team's trail. {file} itself was not "
            "changed.").format(file=source.name, server=server, records=tn("cli", "%n record(s)", summary.total_records),
                               extras=", ".join(extras), entries=tn("cli", "%n entr(y|ies)", summary.audit_entries),
                               segment=summary.segment))
    return EXIT_OK


def cmd_push(args: argparse.Namespace, settings: Settings) -> int:
    from ..storage.outbox import discard_if_empty, has_outbox, open_outbox, push

    with open_team(args, settings) as team:
        target, where = team.target, team.location
        if not has_outbox(target):
            print(t("cli", "There is no outbox on this computer for {where}: nothing to send.").format(where=where))
            return EXIT_OK
        with open_outbox(target, target.password, create=False) as box:
            result = push(box, team)
    gone = result.remaining == 0 and discard_if_empty(target)
    # Plural messages on the breaches sent (the verb agrees with them); those left are a clause of their own, its
    # verb agreeing with their number.
    sent = len(result.pushed)
    if result.remaining:
        said = tn("cli", "Sent %n breach(es) from this computer's outbox to {where}, with their original times; "
                  "{waiting} in the outbox.", sent).format(
            where=where, waiting=tn("cli", "%n breach(es) still wait", result.remaining))
    elif gone:
        said = tn("cli", "Sent %n breach(es) from this computer's outbox to {where}, with their original times; the "
                  "outbox is empty and was removed.", sent).format(where=where)
    else:
        said = tn("cli", "Sent %n breach(es) from this computer's outbox to {where}, with their original times; the "
                  "outbox is empty.", sent).format(where=where)
    print(said)
    return EXIT_OK


def cmd_upgrade(args: argparse.Namespace, settings: Settings) -> int:
    from ..storage import migrations
    from ..storage.team_upgrade import upgrade

    target, _ = team_target(args)
    recovery = recovery_key(argparse.Namespace(recovery_key_file=args.team_recovery_key_file))
    if not recovery:
        if not terminal.interactive():
            raise UsageError(t("cli", "The team recovery key is needed to upgrade (it unlocks the key of the backup "
                               "made first): use --recovery-key-file F, the file 'atlas team init' wrote, or a "
                               "terminal."))
        recovery = getpass.getpass(t("cli", "Team recovery key: "))
    password = given_password(args, target) or ask_password(target)
    backup_dir = Path(args.backup_dir).expanduser() if args.backup_dir else settings.backup_path / "team"
    # The chain read now (not bound at import), so the whole list in force is the one applied.
    result = upgrade(target.with_login(password=password), recovery, backup_dir, migrations.MIGRATIONS,
                     method=args.backup_method)
    if result.backup is None:
        print(t("cli", "The team register {server} is already at schema {version}: nothing to upgrade.").format(
            server=target.server, version=result.new_version))
        return EXIT_OK
    what = t("cli", "pg_dump archive") if result.backup_kind == "pg_dump" else t("cli", "export of every table")
    print(t("cli", "Upgraded the team register {server} from schema {old} to {new}. An encrypted backup ({what}; the "
            "team recovery key opens it) was made first: {path}.").format(
        server=target.server, old=result.old_version, new=result.new_version, what=what, path=result.backup))
    return EXIT_OK


def _team_options(parser: argparse.ArgumentParser, url_help: str = argparse.SUPPRESS) -> None:
    """Which team register and how to sign in, as every ``atlas team`` command takes them."""
    parser.add_argument("--register", metavar="PATH", default=None,
                        help=t("cli", "the team register: {address} or a .atlas-team file").format(address=ADDRESS))
    parser.add_argument("--url", dest="register", metavar="URL", help=url_help)  # as in 'team init'
    add_common_options(parser)


def add_parsers(team_commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the data-moving subcommands to ``atlas team``.

    They take the team register's sign-in options but not the rest of ``common``: its passphrase and
    recovery-key options unlock the register being opened and are refused for a team register
    (``team_signin.check_applies``), so ``import`` and ``upgrade`` take their own secrets (the file's
    passphrase, the team's recovery key) under their own names."""
    p = team_commands.add_parser("import", help=t("cli", "copy a register file into a new, empty team register "
                                                         "(a manager's act)"))
    _team_options(p)
    p.add_argument("--from", dest="from_", required=True, metavar="PATH",
                   help=t("cli", "the register file to copy; it is left as it is"))
    p.add_argument("--passphrase-file", dest="from_passphrase_file", metavar="F",
                   help=t("cli", "read that file's passphrase from F (or set {variable})").format(
                       variable="ATLAS_PASSPHRASE"))
    p.add_argument("--recovery-key-file", dest="from_recovery_key_file", metavar="F",
                   help=t("cli", "unlock that file with its recovery key in F instead"))
    p.set_defaults(func=cmd_import)

    p = team_commands.add_parser("push", help=t("cli", "send the breaches logged on this computer while the server "
                                                       "was unreachable"))
    _team_options(p)
    p.set_defaults(func=cmd_push)

    p = team_commands.add_parser("upgrade", help=t("cli", "bring the team register's schema to this version (its "
                                                          "owner's act; an encrypted backup is made first)"))
    _team_options(p, t("cli", "the team register, signed in as the schema's owner (who ran 'atlas team init')"))
    p.add_argument("--recovery-key-file", dest="team_recovery_key_file", metavar="F",
                   help=t("cli", "the team recovery key (the file 'atlas team init --recovery-key-out' wrote)"))
    p.add_argument("--backup-dir", metavar="DIR",
                   help=t("cli", "where the backup goes (default: the backup folder's team/)"))
    p.add_argument("--backup-method", choices=("auto", "pg_dump", "export"), default="auto",
                   help=t("cli", "pg_dump's archive, or the app's own export of every table (auto: pg_dump when "
                                 "installed)"))
    p.set_defaults(func=cmd_upgrade)
