"""How the ``atlas`` command signs in to a team register: which one ``--register`` names, who signs in, and
the password (a file, the address, the environment, or typed at a terminal).

Every command that takes ``--register`` opens a team register when it is given a ``postgresql://`` address or
a ``.atlas-team`` connection file (``opening.open_register`` hands it to ``open_team``); ``check_applies``
refuses, before any prompt, what does not fit the kind of register named.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.errors import UsageError, WrongKey
from ..core.i18n import t
from ..storage.dialect import Target, is_team_target
from ..storage.settings import Settings
from . import terminal
from .output import warn_opened
from .terminal import read_secret_file

if TYPE_CHECKING:
    from ..storage.team import TeamRegister

TEAM_PASSWORD_ENV = "ATLAS_TEAM_PASSWORD"
ADDRESS = "postgresql://NAME@SERVER:5432/DATABASE"
URL_PREFIXES = ("postgresql://", "postgres://")


def _not_for_team(command: str) -> str:
    """What a team register does instead of a local-file command (its keys are in it; its server keeps
    backups); "" for a command that applies to both."""
    reasons = {
        "init": t("cli", "A team register is created with 'atlas team init --url {address} --org NAME --manager "
                  "NAME'."),
        "demo": t("cli", "The demo register is a file on this computer: give --register a file path."),
        "backup": t("cli", "Its server is backed up by whoever runs the server; 'atlas export xlsx' writes a "
                    "readable copy."),
        "restore": t("cli", "Whoever runs its server restores it from the server's backups."),
        "passphrase": t("cli", "It has no passphrase: 'atlas team password' changes your own password."),
        "recovery-key": t("cli", "Its recovery key is made once, by 'atlas team init'; your own way in is your "
                          "password ('atlas team password' changes it)."),
        "remember": t("cli", "Atlas keeps no team password on this computer: give yours with --password-file, the "
                      "{variable} variable, or at the prompt."),
    }
    return reasons.get(command, "").format(address=ADDRESS, variable=TEAM_PASSWORD_ENV)


def chosen(args: argparse.Namespace) -> str | None:
    """What ``--register`` names (before or after the command), as given."""
    return getattr(args, "register", None) or getattr(args, "register_top", None)


def is_team(args: argparse.Namespace) -> bool:
    return is_team_target(chosen(args))


def check_applies(args: argparse.Namespace) -> None:
    """Refuse, before any prompt, a command or option that does not fit the kind of register named."""
    command = getattr(args, "command", None)
    if not (command == "team" or is_team(args)):  # 'atlas team' commands check their target in open_team
        for flag, attr in (("--user", "user"), ("--password-file", "password_file")):
            if getattr(args, attr, None):
                raise UsageError(t("cli", "{flag} is for a team register ({address} or a .atlas-team file); a "
                                   "register file on this computer opens with its passphrase.").format(
                    flag=flag, address=ADDRESS))
        return
    for flag, attr in (("--passphrase-file", "passphrase_file"), ("--recovery-key-file", "recovery_key_file")):
        if getattr(args, attr, None):
            raise UsageError(t("cli", "{flag} is for a register file on this computer: sign in to a team register "
                               "with your password (--password-file, or the {variable} variable).").format(
                flag=flag, variable=TEAM_PASSWORD_ENV))
    reason = _not_for_team(command or "")
    if command == "remember" and getattr(args, "forget", False):
        reason = t("cli", "Atlas keeps no team password on this computer, so there is nothing to forget.")
    if reason:
        raise UsageError(t("cli", "'atlas {command}' does not apply to a team register. {reason}").format(
            command=command, reason=reason))


def target(args: argparse.Namespace) -> tuple[Target, Path | None]:
    """The register to sign in to, with the person's name; the connection file too when one was given."""
    text = chosen(args)
    if not text:
        raise UsageError(t("cli", "Say which team register: --register {address}, or --register "
                           "FILE.atlas-team.").format(address=ADDRESS))
    if not is_team_target(text):
        raise UsageError(t("cli", "{path} is a register file on this computer; this command needs a team register: "
                           "{address} or a .atlas-team file.").format(path=text, address=ADDRESS))
    team_file = None if text.startswith(URL_PREFIXES) else Path(text).expanduser()
    found = Target.parse(team_file or text)
    if getattr(args, "user", None):
        found = found.with_login(user=args.user.strip())
    if not found.user:
        if not terminal.interactive():
            raise UsageError(t("cli", "No sign-in name given: put it in the address ({address}) or use --user "
                               "NAME.").format(address=ADDRESS))
        found = found.with_login(user=input(t("cli", "Your sign-in name: ")).strip())
        if not found.user:
            raise UsageError(t("cli", "The sign-in name cannot be empty."))
    return found, team_file


def given_password(args: argparse.Namespace, target: Target) -> str | None:
    """A file named on the command line first, then the address's own, then the environment."""
    if getattr(args, "password_file", None):
        return read_secret_file(args.password_file, "password")
    return target.password or os.environ.get(TEAM_PASSWORD_ENV) or None


def ask_password(target: Target) -> str:
    prompt = t("cli", "Password for {person} @ {server}: ") if target.user else t("cli", "Password for you @ {server}: ")
    return terminal.ask(prompt.format(person=target.user, server=target.server), "password", "--password-file",
                        TEAM_PASSWORD_ENV)


def open_team(args: argparse.Namespace, settings: Settings) -> TeamRegister:
    """Sign in to the team register ``--register`` names; at a terminal, two retries for a mistyped password."""
    from ..storage.team import TeamRegister

    where, team_file = target(args)
    password = given_password(args, where)
    if password is None:
        for _ in range(2):
            try:
                return warn_opened(TeamRegister.open(where, ask_password(where), team_file=team_file))
            except WrongKey as exc:
                print(f"  {exc.message}", file=sys.stderr)
        password = ask_password(where)
    return warn_opened(TeamRegister.open(where, password, team_file=team_file))


def wire(reg: Any) -> str:
    """Whether the connection to the team register's server is encrypted, in words."""
    try:
        encrypted = bool(reg.db.connection().pgconn.ssl_in_use)
    except Exception:  # noqa: BLE001 - the description is a courtesy; the checks say what matters
        return t("cli", "encryption unknown")
    return t("cli", "encrypted (TLS)") if encrypted else \
        t("cli", "not encrypted (allowed only for a server on this computer)")


def add_common_options(common: argparse.ArgumentParser) -> None:
    """The sign-in options every command that takes ``--register`` accepts for a team register."""
    common.add_argument("--user", metavar="NAME",
                        help=t("cli", "team register: sign in as NAME (default: the address's)"))
    common.add_argument("--password-file", metavar="F",
                        help=t("cli", "team register: read your password from F (or set {variable})").format(
                            variable=TEAM_PASSWORD_ENV))
