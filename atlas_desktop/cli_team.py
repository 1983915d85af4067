"""The ``atlas`` command and the team register: signing in to it for every command, and ``atlas team``.

Every command that takes ``--register`` opens a team register when it is given a ``postgresql://``
address or a ``.atlas-team`` connection file (``open_team``). ``atlas team`` creates one (``init``),
manages its people (``add-user``, ``remove-user``, ``users``), changes your own password (``password``)
and says who you are (``whoami``); ``cli_team_data`` adds ``import``, ``push`` and ``upgrade``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .core.errors import EXIT_OK, UsageError, WeakPassphrase, WrongKey
from .core.passphrase import require_strong
from .storage.dialect import Target, is_team_target
from .storage.settings import Settings
from .storage.team_members import generated_password  # shared with the app's Add person

if TYPE_CHECKING:
    from .storage.audit import Verdict
    from .storage.integrity import RecordMismatch
    from .storage.team import TeamRegister

TEAM_PASSWORD_ENV = "ATLAS_TEAM_PASSWORD"
NEW_TEAM_PASSWORD_ENV = "ATLAS_NEW_TEAM_PASSWORD"
ADDRESS = "postgresql://NAME@SERVER:5432/DATABASE"
_URL_PREFIXES = ("postgresql://", "postgres://")

# What a team register does instead of the local-file commands (its keys are in it; its server keeps backups).
_NOT_FOR_TEAM = {
    "init": f"A team register is created with 'atlas team init --url {ADDRESS} --org NAME --manager NAME'.",
    "demo": "The demo register is a file on this computer: give --register a file path.",
    "backup": "Its server is backed up by whoever runs the server; 'atlas export xlsx' writes a readable copy.",
    "restore": "Whoever runs its server restores it from the server's backups.",
    "passphrase": "It has no passphrase: 'atlas team password' changes your own password.",
    "recovery-key": "Its recovery key is made once, by 'atlas team init'; your own way in is your password "
                    "('atlas team password' changes it).",
    "remember": "Atlas keeps no team password on this computer: give yours with --password-file, the "
                f"{TEAM_PASSWORD_ENV} variable, or at the prompt.",
}


# -- which register, and signing in -----------------------------------------------------------------
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
                raise UsageError(f"{flag} is for a team register ({ADDRESS} or a .atlas-team file); a register "
                                 "file on this computer opens with its passphrase.")
        return
    for flag, attr in (("--passphrase-file", "passphrase_file"), ("--recovery-key-file", "recovery_key_file")):
        if getattr(args, attr, None):
            raise UsageError(f"{flag} is for a register file on this computer: sign in to a team register with "
                             f"your password (--password-file, or the {TEAM_PASSWORD_ENV} variable).")
    reason = _NOT_FOR_TEAM.get(command or "")
    if command == "remember" and getattr(args, "forget", False):
        reason = "Atlas keeps no team password on this computer, so there is nothing to forget."
    if reason:
        raise UsageError(f"'atlas {command}' does not apply to a team register. {reason}")


def _target(args: argparse.Namespace) -> tuple[Target, Path | None]:
    """The register to sign in to, with the person's name; the connection file too when one was given."""
    from .cli import _interactive

    text = chosen(args)
    if not text:
        raise UsageError(f"Say which team register: --register {ADDRESS}, or --register FILE.atlas-team.")
    if not is_team_target(text):
        raise UsageError(f"{text} is a register file on this computer; this command needs a team register: "
                         f"{ADDRESS} or a .atlas-team file.")
    team_file = None if text.startswith(_URL_PREFIXES) else Path(text).expanduser()
    target = Target.parse(team_file or text)
    if getattr(args, "user", None):
        target = target.with_login(user=args.user.strip())
    if not target.user:
        if not _interactive():
            raise UsageError(f"No sign-in name given: put it in the address ({ADDRESS}) or use --user NAME.")
        target = target.with_login(user=input("Your sign-in name: ").strip())
        if not target.user:
            raise UsageError("The sign-in name cannot be empty.")
    return target, team_file


def _given_password(args: argparse.Namespace, target: Target) -> str | None:
    """A file named on the command line first, then the address's own, then the environment."""
    from .cli import _read_secret_file

    if getattr(args, "password_file", None):
        return _read_secret_file(args.password_file, "password")
    return target.password or os.environ.get(TEAM_PASSWORD_ENV) or None


def _ask_password(target: Target) -> str:
    from .cli import _ask

    return _ask(f"Password for {target.user or 'you'} @ {target.server}: ", "password", "--password-file",
                TEAM_PASSWORD_ENV)


def open_team(args: argparse.Namespace, settings: Settings) -> TeamRegister:
    """Sign in to the team register ``--register`` names; at a terminal, two retries for a mistyped password."""
    from .cli import _opened
    from .storage.team import TeamRegister

    target, team_file = _target(args)
    password = _given_password(args, target)
    if password is None:
        for _ in range(2):
            try:
                return _opened(TeamRegister.open(target, _ask_password(target), team_file=team_file))
            except WrongKey as exc:
                print(f"  {exc.message}", file=sys.stderr)
        password = _ask_password(target)
    return _opened(TeamRegister.open(target, password, team_file=team_file))


# -- new passwords -----------------------------------------------------------------------------------
def _new_password(args: argparse.Namespace, file_attr: str, env: str | None, context: list[str], whose: str) -> str:
    """A new password from a file (or ``env``), or typed twice at a terminal; weak ones are refused first."""
    from .cli import _interactive, _read_secret_file

    value = _read_secret_file(getattr(args, file_attr), "password") if getattr(args, file_attr, None) \
        else os.environ.get(env or "")
    if value:
        _require_strong(value, context)
        return value
    if not _interactive():
        flag = f"--{file_attr.replace('_', '-')}"
        raise UsageError(f"No new password given for {whose}: use {flag}" + (f", the {env} variable" if env else "")
                         + ", or a terminal.")
    return _ask_new_password(whose, context)


def _ask_new_password(whose: str, context: list[str], tries: int = 5) -> str:
    import getpass

    for _ in range(tries):
        value = getpass.getpass(f"New password for {whose}: ")
        try:
            _require_strong(value, context)
        except WeakPassphrase as exc:
            print(f"  {exc.message}", file=sys.stderr)
            continue
        if getpass.getpass("Type it again: ") == value:
            return value
        print("  The two passwords differ; please try again.", file=sys.stderr)
    raise UsageError("No acceptable password was chosen; nothing was changed.")


def _require_strong(value: str, context: list[str]) -> None:
    """``require_strong``, its advice worded for a password (the same rules as a register's passphrase)."""
    try:
        require_strong(value, context)
    except WeakPassphrase as exc:
        raise WeakPassphrase(exc.message.replace("passphrase", "password")) from None



# -- checks (doctor, audit verify) ------------------------------------------------------------------------
def segment_problems(reg: Any) -> list[str]:
    """What is wrong with the audit history imported into a team register ([] when sound, or local)."""
    if getattr(reg, "kind", "local") != "team":
        return []
    try:
        from .storage.team_import import verify_segments
    except ModuleNotFoundError as exc:
        if exc.name != f"{__package__}.storage.team_import":
            raise
        return []  # the import work has not landed: nothing can have been imported yet
    return list(verify_segments(reg))


def _wire(reg: TeamRegister) -> str:
    try:
        encrypted = bool(reg.db.connection().pgconn.ssl_in_use)
    except Exception:  # noqa: BLE001 - the description is a courtesy; the checks below say what matters
        return "encryption unknown"
    return "encrypted (TLS)" if encrypted else "not encrypted (allowed only for a server on this computer)"


def team_report(reg: TeamRegister, settings: Settings, found: list[str], verdict: Verdict,
                mismatches: list[RecordMismatch]) -> int:
    """``atlas doctor`` for a team register; returns the number of problems found."""
    from .cli import _entries, _trail_lines

    print(f"Team register {reg.target.server} (schema {reg.schema_version}, organisation: {reg.meta('org_name')})")
    print(f"OK      signed in as {reg.actor} ({reg.app_role()}); connection {_wire(reg)}")
    for line in found:
        print(f"PROBLEM {line}")
    if verdict.ok:
        anchors = f", matches {verdict.anchors_checked} anchor(s)" if verdict.anchors_checked else ""
        print(f"OK      audit trail: {_entries(verdict.count)}, head {verdict.head[:16]}…{anchors}")
    else:
        print(f"PROBLEM audit trail: {verdict.problem}")
    trail = segment_problems(reg) + _trail_lines(reg, mismatches)
    for line in trail:
        print(f"PROBLEM {line}")
    if not mismatches:
        print("OK      records: every record matches its audit trail")
    print("NOTE    no key file or backups to check: each person's key is in the register, and the server's "
          "backups are the business of whoever runs the server")
    return len(found) + (0 if verdict.ok else 1) + len(trail)


# -- atlas team ... --------------------------------------------------------------------------------------
def _show_recovery_key(key: str, out: str | None) -> None:
    from .storage.atomic import atomic_write_bytes

    why = ("It is the only way back to the team key (attachments, the signing key, the audit trail's seal) "
           "if every manager's password is lost.")
    if out:
        target = Path(out).expanduser()
        try:
            atomic_write_bytes(target, f"Atlas Desktop team recovery key\n{key}\n".encode("ascii"), mode=0o600)
            print(f"The team recovery key was written to {target} (readable by you only): print it or move it "
                  f"to safe storage. {why}")
            return
        except OSError as exc:  # the register exists now: the key is shown rather than lost
            print(f"atlas: warning: cannot write the recovery key to {target} ({exc.strerror}).", file=sys.stderr)
    print(f"A team recovery key was made. It is shown only this once: write it down or print it, and keep it "
          f"away from this computer. {why}\n")
    print(f"    {key}\n")


def cmd_init(args: argparse.Namespace, settings: Settings) -> int:
    from .storage.team import TeamRegister, connect, connection_file
    from .storage.team_members import check_name

    if not args.url.startswith(_URL_PREFIXES):
        raise UsageError(f"--url takes the database's address, signed in as its owner: {ADDRESS}.")
    org, manager = args.org.strip(), check_name(args.manager)
    if not org:
        raise UsageError("The organisation's name (--org) cannot be empty.")
    for flag, given in (("--recovery-key-out", args.recovery_key_out), ("--save", args.save)):
        if given and Path(given).expanduser().exists():
            raise UsageError(f"{given} already exists; choose a new file for {flag}.")
    admin = Target.from_url(args.url)
    admin = admin.with_login(password=_given_password(args, admin) or _ask_password(admin))
    connect(admin).close()  # a wrong address or password is said before a new password is chosen
    password = _new_password(args, "manager_password_file", None, [manager, org], manager)
    recovery = TeamRegister.init(admin, org_name=org, manager=manager, manager_password=password)
    mine = admin.with_login(user=manager, password="")
    saved = Path(args.save).expanduser() if args.save else connection_file(mine)
    saved.parent.mkdir(parents=True, exist_ok=True)
    saved = mine.save(saved)
    print(f"Created the team register for {org} on {admin.server}; {manager} is its first manager.")
    _show_recovery_key(recovery, args.recovery_key_out)
    print(f"Its connection file (no password in it) is {saved}.")
    print(f"Sign in with --register {mine.url()} or --register {saved}; add the others with "
          "'atlas team add-user NAME --role editor --register ...'.")
    return EXIT_OK


def _article(role: str) -> str:
    return f"an {role}" if role[0] in "aeiou" else f"a {role}"


def cmd_add_user(args: argparse.Namespace, settings: Settings) -> int:
    from .cli import _interactive
    from .storage.team_members import add_member, check_name, members

    person = check_name(args.name)
    if args.generate and args.new_password_file:
        raise UsageError("Give either --generate or --new-password-file, not both.")
    password = generated_password() if args.generate else None
    if not password and not args.new_password_file and not _interactive():
        raise UsageError(f"No password given for {person}: use --new-password-file F, --generate, or a terminal.")
    with open_team(args, settings) as reg:
        if password is None:
            password = _new_password(args, "new_password_file", None, [person, reg.meta("org_name") or ""], person)
        before = {m.person: m.app_role for m in members(reg)}.get(person)
        add_member(reg, person, args.role, password)
        theirs = reg.target.with_login(user=person, password="")
    if before:
        print(f"{person} was already a member ({before}); now {_article(args.role)}, with the new password.")
    else:
        print(f"Added {person} to the team register as {_article(args.role)}.")
    if args.generate:
        print(f"Their password, shown only this once: {password}")
        print("Give it to them in person, and ask them to choose their own with 'atlas team password'.")
    print(f"They sign in with --register {theirs.url()}.")
    return EXIT_OK


def cmd_remove_user(args: argparse.Namespace, settings: Settings) -> int:
    from .storage.team_members import remove_member

    person = args.name.strip()
    with open_team(args, settings) as reg:
        if person == reg.actor:
            raise UsageError("You cannot remove yourself: ask another manager to do it.")
        remove_member(reg, person)
    print(f"Removed {person}: they can no longer open this team register. What they recorded, and the audit "
          "trail naming them, stay.")
    return EXIT_OK


def _yes_no(flag: bool | None) -> str:
    return "—" if flag is None else "yes" if flag else "no"


def cmd_users(args: argparse.Namespace, settings: Settings) -> int:
    from .storage.team_members import members

    with open_team(args, settings) as reg:
        people = members(reg)
        # The server shows a non-manager their own copy of the team key only: the others' are unknown, not absent.
        known = {m.person: m.has_key for m in people if reg.app_role() == "manager" or m.person == reg.actor}
    if args.json:
        print(json.dumps([{**m.__dict__, "has_key": known.get(m.person)} for m in people], ensure_ascii=False,
                         indent=2))
        return EXIT_OK
    rows = [("Person", "Role", "Can sign in", "Has key")]
    rows += [(m.person, m.app_role, _yes_no(m.can_sign_in), _yes_no(known.get(m.person))) for m in people]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)) + "  " + row[3])
    print(f"{len(people)} {'person' if len(people) == 1 else 'people'}.")
    return EXIT_OK


def cmd_password(args: argparse.Namespace, settings: Settings) -> int:
    from .storage.team_members import change_password

    with open_team(args, settings) as reg:
        new = _new_password(args, "new_password_file", NEW_TEAM_PASSWORD_ENV,
                            [reg.actor, reg.meta("org_name") or ""], f"{reg.actor} @ {reg.target.server}")
        if new == reg.target.password:
            raise UsageError("The new password is the one you have now; nothing was changed.")
        change_password(reg, new)
    print("Your password was changed, and your copy of the team key now opens with it. Sign in with the new "
          "password from now on.")
    return EXIT_OK


def cmd_whoami(args: argparse.Namespace, settings: Settings) -> int:
    with open_team(args, settings) as reg:
        facts = [("Signed in as", reg.actor), ("Role", reg.app_role()), ("Server", reg.target.server),
                 ("Connection", _wire(reg)), ("Organisation", reg.meta("org_name") or "—"),
                 ("Schema", str(reg.schema_version)), ("Connection file", str(reg.path))]
    for label, value in facts:
        print(f"{label + ':':<17}{value}")
    return EXIT_OK


# -- parser ---------------------------------------------------------------------------------------------
def add_common_options(common: argparse.ArgumentParser) -> None:
    """The sign-in options every command that takes ``--register`` accepts for a team register."""
    common.add_argument("--user", metavar="NAME", help="team register: sign in as NAME (default: the address's)")
    common.add_argument("--password-file", metavar="F",
                        help=f"team register: read your password from F (or set {TEAM_PASSWORD_ENV})")


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register ``atlas team`` and its subcommands on the ``atlas`` parser."""
    from . import cli_team_data

    team = sub.add_parser("team", help="the shared team register on a PostgreSQL server",
                          description="The team register: one register on a PostgreSQL server, each person "
                                      "signing in with their own name, password and role. Every other command "
                                      f"opens it with --register {ADDRESS} or --register FILE.atlas-team.")
    actions = team.add_subparsers(dest="team_action", metavar="ACTION", required=True)

    p = actions.add_parser("init", help="create a team register in an empty PostgreSQL database")
    p.add_argument("--url", required=True, metavar="URL",
                   help="the empty database, signed in as its owner or the server's administrator")
    p.add_argument("--password-file", metavar="F",
                   help=f"read that sign-in's password from F (or set {TEAM_PASSWORD_ENV})")
    p.add_argument("--org", required=True, metavar="NAME", help="the organisation (controller) name")
    p.add_argument("--manager", required=True, metavar="NAME", help="the first manager's sign-in name")
    p.add_argument("--manager-password-file", metavar="F", help="read the first manager's new password from F")
    p.add_argument("--save", metavar="FILE.atlas-team", help="write the connection file (no password) here")
    p.add_argument("--recovery-key-out", metavar="F", help="write the team recovery key to F (mode 0600)")
    p.set_defaults(func=cmd_init)

    def person_command(name: str, help_text: str, func: Any) -> argparse.ArgumentParser:
        q = actions.add_parser(name, parents=[common], help=help_text)
        q.add_argument("--url", dest="register", metavar="URL", help=argparse.SUPPRESS)  # as in 'team init'
        q.set_defaults(func=func)
        return q

    p = person_command("add-user", "add a person (a manager's act), or change their role and password", cmd_add_user)
    p.add_argument("name", metavar="NAME", help="their sign-in name, e.g. ana.pop")
    p.add_argument("--role", required=True, choices=("manager", "editor", "reader"))
    p.add_argument("--new-password-file", metavar="F", help="read their first password from F")
    p.add_argument("--generate", action="store_true", help="make a strong password and print it once")
    p = person_command("remove-user", "take a person out of the register (a manager's act)", cmd_remove_user)
    p.add_argument("name", metavar="NAME")
    p = person_command("users", "list the people, their roles and whether they can sign in", cmd_users)
    p.add_argument("--json", action="store_true", help="print JSON")
    p = person_command("password", "change your own password", cmd_password)
    p.add_argument("--new-password-file", metavar="F",
                   help=f"read the new password from F (or set {NEW_TEAM_PASSWORD_ENV})")
    person_command("whoami", "who you are signed in as, your role and the server", cmd_whoami)
    cli_team_data.add_parsers(actions, common)
