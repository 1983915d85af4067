"""``atlas team``: create a team register (``init``), manage its people (``add-user``, ``remove-user``,
``users``), change your own password (``password``) and say who you are (``whoami``).

Signing in to a team register, for these and every other command, is ``team_signin``'s; ``team_data`` adds
``import``, ``push`` and ``upgrade``, wired in by the parser.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..core.errors import EXIT_OK, UsageError, WeakPassphrase
from ..core.i18n import t, tn
from ..core.passphrase import require_strong
from ..storage.dialect import Target
from ..storage.settings import Settings
from ..storage.team_members import generated_password  # shared with the app's Add person
from . import terminal
from .team_signin import ADDRESS, TEAM_PASSWORD_ENV, URL_PREFIXES, ask_password, given_password, open_team, wire
from .terminal import read_secret_file

NEW_TEAM_PASSWORD_ENV = "ATLAS_NEW_TEAM_PASSWORD"


# -- new passwords -----------------------------------------------------------------------------------
def _new_password(args: argparse.Namespace, file_attr: str, env: str | None, context: list[str], whose: str) -> str:
    """A new password from a file (or ``env``), or typed twice at a terminal; weak ones are refused first."""
    value = read_secret_file(getattr(args, file_attr), "password") if getattr(args, file_attr, None) \
        else os.environ.get(env or "")
    if value:
        _require_strong(value, context)
        return value
    if not terminal.interactive():
        flag = f"--{file_attr.replace('_', '-')}"
        raise UsageError((t("cli", "No new password given for {person}: use {flag}, the {variable} variable, or a "
                            "terminal.") if env else
                          t("cli", "No new password given for {person}: use {flag}, or a terminal.")).format(
            person=whose, flag=flag, variable=env))
    return _ask_new_password(whose, context)


def _ask_new_password(whose: str, context: list[str], tries: int = 5) -> str:
    import getpass

    for _ in range(tries):
        value = getpass.getpass(t("cli", "New password for {person}: ").format(person=whose))
        try:
            _require_strong(value, context)
        except WeakPassphrase as exc:
            print(f"  {exc.message}", file=sys.stderr)
            continue
        if getpass.getpass(t("cli", "Type it again: ")) == value:
            return value
        print("  " + t("cli", "The two passwords differ; please try again."), file=sys.stderr)
    raise UsageError(t("cli", "No acceptable password was chosen; nothing was changed."))


def _require_strong(value: str, context: list[str]) -> None:
    """``require_strong``, its verdict worded for a password (the same rules as a register's passphrase)."""
    require_strong(value, context, password=True)



# -- atlas team ... --------------------------------------------------------------------------------------
def _show_recovery_key(key: str, out: str | None) -> None:
    from ..storage.atomic import atomic_write_bytes

    why = t("cli", "It is the only way back to the team key (attachments, the signing key, the audit trail's seal) "
            "if every manager's password is lost.")
    if out:
        target = Path(out).expanduser()
        try:
            atomic_write_bytes(target, f"Atlas Desktop team recovery key\n{key}\n".encode("ascii"), mode=0o600)
            print(t("cli", "The team recovery key was written to {path} (readable by you only): print it or move it "
                    "to safe storage. {why}").format(path=target, why=why))
            return
        except OSError as exc:  # the register exists now: the key is shown rather than lost
            print(t("cli", "atlas: warning: cannot write the recovery key to {path} ({error}).").format(
                path=target, error=exc.strerror), file=sys.stderr)
    print(t("cli", "A team recovery key was made. It is shown only this once: write it down or print it, and keep it "
            "away from this computer. {why}").format(why=why) + "\n")
    print(f"    {key}\n")


def cmd_init(args: argparse.Namespace, settings: Settings) -> int:
    from ..storage.team import TeamRegister, connect, connection_file
    from ..storage.team_members import check_name

    if not args.url.startswith(URL_PREFIXES):
        raise UsageError(t("cli", "--url takes the database's address, signed in as its owner: {address}.").format(
            address=ADDRESS))
    org, manager = args.org.strip(), check_name(args.manager)
    if not org:
        raise UsageError(t("cli", "The organisation's name (--org) cannot be empty."))
    for flag, given in (("--recovery-key-out", args.recovery_key_out), ("--save", args.save)):
        if given and Path(given).expanduser().exists():
            raise UsageError(t("cli", "{path} already exists; choose a new file for {flag}.").format(path=given,
                                                                                                  flag=flag))
    admin = Target.from_url(args.url)
    admin = admin.with_login(password=given_password(args, admin) or ask_password(admin))
    connect(admin).close()  # a wrong address or password is said before a new password is chosen
    password = _new_password(args, "manager_password_file", None, [manager, org], manager)
    recovery = TeamRegister.init(admin, org_name=org, manager=manager, manager_password=password)
    mine = admin.with_login(user=manager, password="")
    saved = Path(args.save).expanduser() if args.save else connection_file(mine)
    saved.parent.mkdir(parents=True, exist_ok=True)
    saved = mine.save(saved)
    print(t("cli", "Created the team register for {organisation} on {server}; {person} is its first manager.").format(
        organisation=org, server=admin.server, person=manager))
    _show_recovery_key(recovery, args.recovery_key_out)
    print(t("cli", "Its connection file (no password in it) is {path}.").format(path=saved))
    print(t("cli", "Sign in with --register {address} or --register {path}; add the others with "
            "'atlas team add-user NAME --role editor --register ...'.").format(address=mine.url(), path=saved))
    return EXIT_OK


def _role(role: str) -> str:
    """A role's name (the key --role takes) in the user's language."""
    return {"manager": t("cli", "manager"), "editor": t("cli", "editor"), "reader": t("cli", "reader")}.get(role, role)


def _article(role: str) -> str:
    words = {"manager": t("cli", "a manager"), "editor": t("cli", "an editor"), "reader": t("cli", "a reader")}
    return words.get(role) or (f"an {role}" if role[0] in "aeiou" else f"a {role}")


def cmd_add_user(args: argparse.Namespace, settings: Settings) -> int:
    from ..storage.team_members import add_member, check_name, members

    person = check_name(args.name)
    if args.generate and args.new_password_file:
        raise UsageError(t("cli", "Give either --generate or --new-password-file, not both."))
    password = generated_password() if args.generate else None
    if not password and not args.new_password_file and not terminal.interactive():
        raise UsageError(t("cli", "No password given for {person}: use --new-password-file F, --generate, or a "
                           "terminal.").format(person=person))
    with open_team(args, settings) as reg:
        if password is None:
            password = _new_password(args, "new_password_file", None, [person, reg.meta("org_name") or ""], person)
        before = {m.person: m.app_role for m in members(reg)}.get(person)
        add_member(reg, person, args.role, password)
        theirs = reg.target.with_login(user=person, password="")
    if before:
        print(t("cli", "{person} was already a member ({before}); now {role}, with the new password.").format(
            person=person, before=_role(before), role=_article(args.role)))
    else:
        print(t("cli", "Added {person} to the team register as {role}.").format(person=person,
                                                                                role=_article(args.role)))
    if args.generate:
        print(t("cli", "Their password, shown only this once: {password}").format(password=password))
        print(t("cli", "Give it to them in person, and ask them to choose their own with 'atlas team password'."))
    print(t("cli", "They sign in with --register {address}.").format(address=theirs.url()))
    return EXIT_OK


def cmd_remove_user(args: argparse.Namespace, settings: Settings) -> int:
    from ..storage.team_members import remove_member

    person = args.name.strip()
    with open_team(args, settings) as reg:
        if person == reg.actor:
            raise UsageError(t("cli", "You cannot remove yourself: ask another manager to do it."))
        remove_member(reg, person)
    print(t("cli", "Removed {person}: they can no longer open this team register. What they recorded, and the audit "
            "trail naming them, stay.").format(person=person))
    return EXIT_OK


def _yes_no(flag: bool | None) -> str:
    return "—" if flag is None else t("cli", "yes") if flag else t("cli", "no")


def cmd_users(args: argparse.Namespace, settings: Settings) -> int:
    from ..storage.team_members import members

    with open_team(args, settings) as reg:
        people = members(reg)
        # The server shows a non-manager their own copy of the team key only: the others' are unknown, not absent.
        known = {m.person: m.has_key for m in people if reg.app_role() == "manager" or m.person == reg.actor}
    if args.json:
        print(json.dumps([{**m.__dict__, "has_key": known.get(m.person)} for m in people], ensure_ascii=False,
                         indent=2))
        return EXIT_OK
    rows = [(t("cli", "Person"), t("cli", "Role"), t("cli", "Can sign in"), t("cli", "Has key"))]
    rows += [(m.person, _role(m.app_role), _yes_no(m.can_sign_in), _yes_no(known.get(m.person))) for m in people]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)) + "  " + row[3])
    print(tn("cli", "%n (person|people).", len(people)))
    return EXIT_OK


def cmd_password(args: argparse.Namespace, settings: Settings) -> int:
    from ..storage.team_members import change_password

    with open_team(args, settings) as reg:
        new = _new_password(args, "new_password_file", NEW_TEAM_PASSWORD_ENV,
                            [reg.actor, reg.meta("org_name") or ""], f"{reg.actor} @ {reg.target.server}")
        if new == reg.target.password:
            raise UsageError(t("cli", "The new password is the one you have now; nothing was changed."))
        change_password(reg, new)
    print(t("cli", "Your password was changed, and your copy of the team key now opens with it. Sign in with the new "
            "password from now on."))
    return EXIT_OK


def cmd_whoami(args: argparse.Namespace, settings: Settings) -> int:
    with open_team(args, settings) as reg:
        facts = [(t("cli", "Signed in as:"), reg.actor), (t("cli", "Role:"), _role(reg.app_role())),
                 (t("cli", "Server:"), reg.target.server), (t("cli", "Connection:"), wire(reg)),
                 (t("cli", "Organisation:"), reg.meta("org_name") or "—"),
                 (t("cli", "Schema:"), str(reg.schema_version)), (t("cli", "Connection file:"), str(reg.path))]
    width = max(17, *(len(label) + 1 for label, _ in facts))  # 17 in English; wider when a label needs it
    for label, value in facts:
        print(f"{label:<{width}}{value}")
    return EXIT_OK


# -- parser ---------------------------------------------------------------------------------------------
def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser,
               more: Callable[[argparse._SubParsersAction, argparse.ArgumentParser], None]) -> None:
    """Register ``atlas team`` and its subcommands on the ``atlas`` parser; ``more`` adds the data-moving ones
    (``team_data.add_parsers``)."""
    team = sub.add_parser("team", help=t("cli", "the shared team register on a PostgreSQL server"),
                          description=t("cli", "The team register: one register on a PostgreSQL server, each person "
                                        "signing in with their own name, password and role. Every other command "
                                        "opens it with --register {address} or --register FILE.atlas-team.").format(
                              address=ADDRESS))
    actions = team.add_subparsers(dest="team_action", metavar="ACTION", required=True)

    p = actions.add_parser("init", help=t("cli", "create a team register in an empty PostgreSQL database"))
    p.add_argument("--url", required=True, metavar="URL",
                   help=t("cli", "the empty database, signed in as its owner or the server's administrator"))
    p.add_argument("--password-file", metavar="F",
                   help=t("cli", "read that sign-in's password from F (or set {variable})").format(
                       variable=TEAM_PASSWORD_ENV))
    p.add_argument("--org", required=True, metavar="NAME", help=t("cli", "the organisation (controller) name"))
    p.add_argument("--manager", required=True, metavar="NAME", help=t("cli", "the first manager's sign-in name"))
    p.add_argument("--manager-password-file", metavar="F",
                   help=t("cli", "read the first manager's new password from F"))
    p.add_argument("--save", metavar="FILE.atlas-team", help=t("cli", "write the connection file (no password) here"))
    p.add_argument("--recovery-key-out", metavar="F", help=t("cli", "write the team recovery key to F (mode 0600)"))
    p.set_defaults(func=cmd_init)

    def person_command(name: str, help_text: str, func: Any) -> argparse.ArgumentParser:
        q = actions.add_parser(name, parents=[common], help=help_text)
        q.add_argument("--url", dest="register", metavar="URL", help=argparse.SUPPRESS)  # as in 'team init'
        q.set_defaults(func=func)
        return q

    p = person_command("add-user", t("cli", "add a person (a manager's act), or change their role and password"),
                       cmd_add_user)
    p.add_argument("name", metavar="NAME", help=t("cli", "their sign-in name, e.g. ana.pop"))
    p.add_argument("--role", required=True, choices=("manager", "editor", "reader"))
    p.add_argument("--new-password-file", metavar="F", help=t("cli", "read their first password from F"))
    p.add_argument("--generate", action="store_true", help=t("cli", "make a strong password and print it once"))
    p = person_command("remove-user", t("cli", "take a person out of the register (a manager's act)"),
                       cmd_remove_user)
    p.add_argument("name", metavar="NAME")
    p = person_command("users", t("cli", "list the people, their roles and whether they can sign in"), cmd_users)
    p.add_argument("--json", action="store_true", help=t("cli", "print JSON"))
    p = person_command("password", t("cli", "change your own password"), cmd_password)
    p.add_argument("--new-password-file", metavar="F",
                   help=t("cli", "read the new password from F (or set {variable})").format(
                       variable=NEW_TEAM_PASSWORD_ENV))
    person_command("whoami", t("cli", "who you are signed in as, your role and the server"), cmd_whoami)
    more(actions, common)
