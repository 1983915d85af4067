"""The ``atlas`` command: create, unlock, check, back up and restore a register from a terminal.

The record commands (check, demo, list, show, add, edit…) are in ``cli_records``.

Exit codes: 0 ok, 1 a problem was found, 2 a usage, key or I/O error. Expected errors
print one line on stderr and no traceback (set ATLAS_DEBUG=1 to see one for a bug).
"""

from __future__ import annotations

import argparse
import codecs
import datetime as dt
import getpass
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from dateutil import parser as dateparser
from dateutil import tz

from . import __version__, cli_exports, cli_init, cli_open, cli_output, cli_records, cli_reports, cli_review, cli_team
from .cli_records import add_commands, print_problems
from .core.errors import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_PROBLEM,
    AtlasError,
    InvalidRecord,
    KeyNeeded,
    UsageError,
    WeakPassphrase,
    WrongKey,
)
from .core.passphrase import require_strong
from .storage import backups
from .storage.atomic import atomic_write_bytes
from .storage.audit import Anchor, Verdict
from .storage.connection import is_damage
from .storage.integrity import RecordMismatch, verify_records
from .storage.keyring_store import SecureKeyring
from .storage.register import Register
from .storage.settings import Settings, default_register_path

PASSPHRASE_ENV = "ATLAS_PASSPHRASE"
NEW_PASSPHRASE_ENV = "ATLAS_NEW_PASSPHRASE"


# -- input ------------------------------------------------------------------------------------
def _read_secret_file(path: str, what: str) -> str:
    """The secret in ``path``, without its line ending or a byte-order mark.

    Windows Notepad saves "UTF-8" with a byte-order mark, and "Unicode" as UTF-16 with one: the
    mark is not part of the secret, and keeping it made a right passphrase read as a wrong one."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise UsageError(f"Cannot read the {what} file {path}: {exc.strerror}.") from None
    try:
        text = raw.decode("utf-16") if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) \
            else raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # No detail of the bytes: they are (part of) the secret.
        raise UsageError(f"The {what} file {path} is not UTF-8 text; save it as UTF-8 and try again.") from None
    return text.rstrip("\r\n")


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _ask(prompt: str, what: str, flag: str | None = None, env: str | None = None) -> str:
    if not _interactive():
        flag = flag or f"--{what.replace(' ', '-')}-file"
        env = env or (PASSPHRASE_ENV if what == "passphrase" else NEW_PASSPHRASE_ENV)
        raise UsageError(f"No {what} given: use {flag}, the {env} variable, or a terminal.")
    return getpass.getpass(prompt)


def _passphrase(args: argparse.Namespace) -> str | None:
    if getattr(args, "passphrase_file", None):
        return _read_secret_file(args.passphrase_file, "passphrase")
    return os.environ.get(PASSPHRASE_ENV) or None


def _new_passphrase(args: argparse.Namespace, file_attr: str, env: str, context: list[str]) -> str:
    """A new passphrase from a file, the environment, or typed twice; weak ones are refused first."""
    if getattr(args, file_attr, None):
        value = _read_secret_file(getattr(args, file_attr), "passphrase")
    elif os.environ.get(env):
        value = os.environ[env]
    else:
        return _ask_new_passphrase(context, f"--{file_attr.replace('_', '-')}", env)
    require_strong(value, context)
    return value


def _ask_new_passphrase(context: list[str], flag: str | None = None, env: str | None = None,
                        tries: int = 5) -> str:
    """At a terminal, ask again (saying why) rather than ending the command on a typo."""
    for _ in range(tries):
        value = _ask("New passphrase: ", "new passphrase", flag, env)
        try:
            require_strong(value, context)
        except WeakPassphrase as exc:
            print(f"  {exc.message}", file=sys.stderr)
            continue
        if getpass.getpass("Type it again: ") == value:
            return value
        print("  The two passphrases differ; please try again.", file=sys.stderr)
    raise UsageError("No acceptable passphrase was chosen; nothing was changed.")


def _recovery_key(args: argparse.Namespace) -> str | None:
    """The recovery key from --recovery-key-file: the file we write has a heading line, so the
    key is the last non-empty line (a file holding only the key works too)."""
    if not getattr(args, "recovery_key_file", None):
        return None
    lines = [line.strip() for line in _read_secret_file(args.recovery_key_file, "recovery key").splitlines()]
    lines = [line for line in lines if line]
    return lines[-1] if lines else ""


def _register_path(args: argparse.Namespace) -> Path:
    chosen = getattr(args, "register", None) or getattr(args, "register_top", None)
    return Path(chosen).expanduser() if chosen else default_register_path()


def _open(args: argparse.Namespace, settings: Settings) -> Register:
    if cli_team.is_team(args):  # a postgresql:// address or a .atlas-team file
        return cli_team.open_team(args, settings)  # type: ignore[return-value]  # offers what Register does
    path = _register_path(args)
    recovery = _recovery_key(args)
    passphrase = None if recovery else _passphrase(args)
    unlock = cli_open.unlocker(path, settings, rescue=getattr(args, "func", None) in _READS_ONLY)
    if not recovery and not passphrase:
        try:  # a remembered key, if this computer has one; otherwise ask
            return _opened(unlock(keyring=SecureKeyring()))
        except KeyNeeded as exc:
            _say_why_not_remembered(exc)
        for _ in range(2):  # typed at a terminal: two retries before giving up
            passphrase = _ask(f"Passphrase for {path.name}: ", "passphrase")
            try:
                return _opened(unlock(passphrase=passphrase))
            except WrongKey as exc:
                print(f"  {exc.message}", file=sys.stderr)
        passphrase = _ask(f"Passphrase for {path.name}: ", "passphrase")
    return _opened(unlock(passphrase=passphrase, recovery_key=recovery))


def _say_why_not_remembered(exc: KeyNeeded) -> None:
    """A remembered key that could not be read is said, before asking for the passphrase or instead of it."""
    from .storage.remember import RememberedKeyUnreadable

    if not isinstance(exc, RememberedKeyUnreadable):
        return  # nothing is remembered here: just ask
    if not _interactive():
        raise UsageError(f"{exc.message} No passphrase given: use --passphrase-file, the {PASSPHRASE_ENV} "
                         "variable, or a terminal.")
    print(f"  {exc.message}", file=sys.stderr)


def _opened(reg: Register) -> Register:
    if getattr(reg, "key_warning", ""):  # set on a writable open of a local register (key_restore)
        print(f"atlas: warning: {reg.key_warning}", file=sys.stderr)
    if reg.tail_warning:
        print(f"atlas: warning: {reg.tail_warning}", file=sys.stderr)
    if reg.trail_memory is not None and not reg.trail_memory.ok:
        print(f"atlas: warning: {reg.trail_memory.message}", file=sys.stderr)
    return reg


def _write_recovery_key(key: str, out: str | None, heading: str) -> None:
    if out:
        target = Path(out).expanduser()
        if target.exists():
            raise UsageError(f"{target} already exists; choose a new file for the recovery key.")
        try:
            atomic_write_bytes(target, f"Atlas Desktop recovery key\n{key}\n".encode("ascii"), mode=0o600)
        except OSError as exc:
            raise UsageError(f"Cannot write the recovery key to {target}: {exc.strerror}.") from None
        print(f"{heading} It was written to {target} (readable by you only). Print it or move it to safe "
              "storage: it is the only way in if the passphrase is forgotten.")
        return
    print(f"{heading} It is shown only this once: write it down or print it, and keep it away from this "
          "computer. It is the only way in if the passphrase is forgotten.\n")
    print(f"    {key}\n")


# -- commands ---------------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace, settings: Settings) -> int:
    return cli_init.cmd_init(args, settings)  # with the country, authority and your name: cli_init


def _anchors(args: argparse.Namespace, reg: Register, settings: Settings) -> list[Anchor]:
    from .storage.restore import relevant_anchors

    anchors = relevant_anchors(reg, settings.backup_path)
    for text in getattr(args, "anchor", None) or []:
        count, _, head = text.partition(":")
        if not count.isdigit() or len(head) != 64:
            raise UsageError(f"--anchor takes COUNT:HEAD (e.g. 12:<64 hex digits>), not {text!r}.")
        anchors.append(Anchor(int(count), head.lower(), f"the anchor {count}:{head[:12]}… given on the command line"))
    for path in getattr(args, "against", None) or []:
        info, _ = backups.read_info(Path(path))
        if info.register_id != reg.register_id:
            raise UsageError(f"{path} is a backup of another register.")
        anchors.append(info.anchor)
    return anchors


Checks = tuple[list[str], Verdict, list[RecordMismatch]]
_SHOWN = 50  # mismatches named one per line; a mass edit outside Atlas is summed up after these


def _checks(args: argparse.Namespace, reg: Register, settings: Settings) -> Checks:
    """The full checks: page MACs and structure, the audit chain against its anchors, and the records
    against the chain."""
    return reg.integrity_problems(), reg.audit.verify(_anchors(args, reg, settings)), verify_records(reg)


def _trail_lines(reg: Register, mismatches: list[RecordMismatch]) -> list[str]:
    """What the records check and the remembered head found, one problem a line ("" when none)."""
    lines = [m.describe() for m in mismatches[:_SHOWN]]
    if len(mismatches) > _SHOWN:
        lines.append(f"… and {len(mismatches) - _SHOWN} more records differ from the audit trail")
    if reg.trail_memory is not None and not reg.trail_memory.ok:
        lines.append(reg.trail_memory.message)
    return lines


def _report(reg: Register, settings: Settings, found: list[str], verdict: Verdict,
            mismatches: list[RecordMismatch]) -> int:
    """Print the health check of an open register; return the number of problems found."""
    from .storage.key_restore import doctor_lines

    print(f"Register {reg.path} (schema {reg.schema_version}, organisation: {reg.meta('org_name')})")
    key_lines = doctor_lines(reg)  # each way in proven against the data key, or named as damaged
    for status, line in key_lines:
        print(f"{status:<7} {line}")
    for line in found:
        print(f"PROBLEM {line}")
    if found and reg.kind == "local":  # damaged pages: what still reads, and the backup that gets it back
        from .storage import damage
        print(f"TO FIX  {damage.explain(reg.path, reg.data_key, reg.register_id, settings.backup_path).message}")
    if not found:
        print("OK      encrypted pages and database structure are intact")
    if verdict.ok:
        print(f"OK      audit trail: {_entries(verdict.count)}, head {verdict.head[:16]}…, "
              f"matches {verdict.anchors_checked} anchor(s) from backups")
    else:
        print(f"PROBLEM audit trail: {verdict.problem}")
    trail = _trail_lines(reg, mismatches)
    for line in trail:
        print(f"PROBLEM {line}")
    if not mismatches:
        print("OK      records: every record matches its audit trail")
    kept = [b for b in backups.list_backups(settings.backup_path, reg.register_id) if b.kind == "backup"]
    if kept:
        print(f"OK      last backup {kept[-1].created_at[:16].replace('T', ' ')} UTC; {len(kept)} kept in "
              f"{settings.backup_path}")
    else:
        print(f"NOTE    no backup in {settings.backup_path} yet: run 'atlas backup'")
    return len(found) + (0 if verdict.ok else 1) + len(trail) + sum(status == "PROBLEM" for status, _ in key_lines)


def cmd_doctor(args: argparse.Namespace, settings: Settings) -> int:
    with _open(args, settings) as reg:
        report = cli_team.team_report if reg.kind == "team" else _report
        return EXIT_PROBLEM if report(reg, settings, *_checks(args, reg, settings)) else EXIT_OK


def cmd_backup(args: argparse.Namespace, settings: Settings) -> int:
    with _open(args, settings) as reg:
        out = Path(args.out).expanduser() if args.out else None
        made = backups.make_backup(reg, out, backup_dir=settings.backup_path, keep=settings.backup_keep)
        head = reg.audit.head()
    print(f"Backup verified and written to {made} ({_entries(head.count)} in the audit trail, head {head.head[:16]}…).")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, settings: Settings) -> int:
    from .storage.restore import restore_backup

    target = _register_path(args)
    source = Path(args.from_).expanduser()
    if args.key_file_only:
        return _restore_key_file(args, target, source)
    recovery = _recovery_key(args)
    passphrase = None if recovery else (_passphrase(args) or _ask(f"Passphrase of the backup {source.name}: ", "passphrase"))
    result = restore_backup(target, source, passphrase=passphrase, recovery_key=recovery,
                            backup_dir=settings.backup_path, actor=settings.actor)
    print(f"Restored {target} from {source.name} (verified; {_entries(result.restored.anchor.count)} in its audit trail).")
    if result.previous_kept_at:
        print(f"The register it replaced was kept as {result.previous_kept_at}.")
    return EXIT_OK


def _restore_key_file(args: argparse.Namespace, target: Path, source: Path) -> int:
    from .storage.key_restore import restore_key_file

    recovery = _recovery_key(args)
    passphrase = None if recovery else (_passphrase(args) or _ask(
        f"Passphrase in force when the backup {source.name} was made: ", "passphrase"))
    kept = restore_key_file(target, source, passphrase=passphrase, recovery_key=recovery)
    print(f"Restored the key file of {target.name} from {source.name}; the register's data was not touched.")
    if kept:
        print(f"The key file it replaced was kept as {kept}.")
    print("The register now opens with the passphrase and recovery key that were in force when that backup was made.")
    return EXIT_OK


def cmd_passphrase_change(args: argparse.Namespace, settings: Settings) -> int:
    with _open(args, settings) as reg:
        new = _new_passphrase(args, "new_passphrase_file", NEW_PASSPHRASE_ENV, [reg.meta("org_name") or ""])
        reg.change_passphrase(new)
    print("The passphrase was changed. The recovery key is unchanged and still works.")
    return EXIT_OK


def cmd_recovery_reissue(args: argparse.Namespace, settings: Settings) -> int:
    with _open(args, settings) as reg:
        key = reg.reissue_recovery_key()
    _write_recovery_key(key, args.recovery_key_out, "A new recovery key was issued; the old one no longer works.")
    return EXIT_OK


def cmd_remember(args: argparse.Namespace, settings: Settings) -> int:
    from .storage.remember import forget, remember

    keyring = SecureKeyring()
    with _open(args, settings) as reg:
        if args.forget:
            problem = forget(reg, keyring)
            print("This computer no longer remembers the register; the passphrase is needed to open it.")
            if problem:  # the register is forgotten all the same; exit 1 so that a script notices
                print(f"atlas: warning: {problem}", file=sys.stderr)
                return EXIT_PROBLEM
        else:
            remember(reg, keyring)
            print(f"This computer now remembers the register in the system keyring ({keyring.store_name()}).")
    return EXIT_OK


def cmd_audit_verify(args: argparse.Namespace, settings: Settings) -> int:
    with _open(args, settings) as reg:
        verdict = reg.audit.verify(_anchors(args, reg, settings))
        mismatches = verify_records(reg)
        trail = _trail_lines(reg, mismatches)
        segments = cli_team.segment_problems(reg)  # a team register's imported history
        if args.accept_trail and verdict.ok and not mismatches and not segments:
            from .storage.seen_heads import remember_head

            remember_head(reg)  # looked into and accepted: the next open compares with this head
            trail = _trail_lines(reg, mismatches)
            print(f"This computer now remembers the audit trail as {_entries(verdict.count)}.")
    if verdict.ok:
        print(f"OK {verdict.count} entries {verdict.head}")
    else:
        print(f"BROKEN at entry {verdict.broken_at}: {verdict.problem}")
    for line in trail:
        print(f"MISMATCH {line}")
    for line in segments:
        print(f"BROKEN {line}")
    return EXIT_OK if verdict.ok and not trail and not segments else EXIT_PROBLEM


def _utc_bound(text: str | None, flag: str, end_of_day: bool) -> str | None:
    if not text:
        return None
    try:
        parsed = dateparser.isoparse(text)
    except ValueError:
        raise UsageError(f"{flag} takes a date like 2026-11-22 or 2026-11-22T14:30, not {text!r}.") from None
    if len(text) <= 10:  # a bare date: the whole day, in local time
        parsed = dt.datetime.combine(parsed.date(), dt.time()) + (dt.timedelta(days=1) if end_of_day else dt.timedelta())
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=tz.tzlocal())
    return parsed.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def cmd_audit_log(args: argparse.Namespace, settings: Settings) -> int:
    since = _utc_bound(args.since, "--since", end_of_day=False)
    until = _utc_bound(args.until, "--until", end_of_day=True)
    with _open(args, settings) as reg:
        entries = list(reg.audit.entries(entity=args.entity, record=args.record, since=since, until=until,
                                         limit=args.limit))
    if args.json:
        print(json.dumps([e.__dict__ for e in entries], ensure_ascii=False, indent=2))
        return EXIT_OK
    for e in entries:
        changes = "; ".join(f"{k}: {_short((e.before or {}).get(k))} → {_short((e.after or {}).get(k))}"
                            for k in e.changed_fields())
        print(f"#{e.seq:<5} {e.at[:19].replace('T', ' ')}Z  {e.actor:<12} {e.action:<7} {e.entity}/{e.record}  {changes}")
    if not entries:
        print("No audit entries match.")
    return EXIT_OK


def _entries(count: int) -> str:
    return f"{count} entry" if count == 1 else f"{count} entries"


def _short(value: object, width: int = 40) -> str:
    text = "∅" if value is None else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= width else text[: width - 1] + "…"


def cmd_welcome(args: argparse.Namespace, settings: Settings) -> int:
    """No command: what `make run` does until the desktop window exists."""
    if cli_team.is_team(args):
        return cmd_doctor(args, settings)  # a team register exists already (or the sign-in says why not)
    path = _register_path(args)
    if not path.exists():
        print(f"Atlas Desktop {__version__}. There is no register at {path} yet.")
        if not _interactive():
            print("Create one with:  atlas init --org 'Your office' --country CC --your-name 'Your Name'   "
                  "(see 'atlas init --help')")
            return EXIT_OK
        print("Let's create it. You will choose a passphrase and receive a recovery key.\n")
        args.org, args.recovery_key_out = None, None
        return cmd_init(args, settings)
    with _open(args, settings) as reg:
        found, verdict, mismatches = _checks(args, reg, settings)  # once: a full pass is costly on a large register
        # Only a sound register is backed up: a damaged one must not push good backups out.
        made = backups.auto_backup(reg, settings) if not found and verdict.ok and not mismatches else None
        if made:
            print(f"Automatic backup (every {settings.backup_every_hours} h, last {settings.backup_keep} kept): {made.name}")
        return EXIT_PROBLEM if _report(reg, settings, found, verdict, mismatches) else EXIT_OK


# The commands that only read the register, export it or back it up: on a full disk they open it read-only.
_READS_ONLY = frozenset({
    cmd_doctor, cmd_backup, cmd_audit_verify, cmd_audit_log,
    cli_records.cmd_check, cli_records.cmd_list, cli_records.cmd_show,
    cli_exports.cmd_export_xlsx, cli_exports.cmd_export_csv,
    cli_reports.cmd_report, cli_reports.cmd_verify, cli_review.cmd_list, cli_review.cmd_pack,
})


# -- parser -----------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--register", metavar="PATH", default=None,
                        help=f"the register file, or a team register: {cli_team.ADDRESS} or a .atlas-team file")
    common.add_argument("--passphrase-file", metavar="F", help=f"read the passphrase from F (or set {PASSPHRASE_ENV})")
    common.add_argument("--recovery-key-file", metavar="F", help="unlock with the recovery key in F instead")
    cli_team.add_common_options(common)

    parser = argparse.ArgumentParser(prog="atlas", description="Atlas Desktop: your office's encrypted GDPR register.")
    parser.add_argument("--version", action="version", version=f"atlas {__version__}")
    parser.add_argument("--register", dest="register_top", metavar="PATH", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", parents=[common], help="create a new register")
    p.add_argument("--org", metavar="NAME", help="the organisation (controller) name")
    p.add_argument("--recovery-key-out", metavar="F", help="write the recovery key to F (mode 0600) instead of printing it")
    cli_init.add_init_options(p)
    p.set_defaults(func=cmd_init)
    sub.add_parser("doctor", parents=[common], help="check encryption, integrity, audit trail and backups").set_defaults(func=cmd_doctor)
    p = sub.add_parser("backup", parents=[common], help="write a verified encrypted backup")
    p.add_argument("--out", metavar="F", help="write to F instead of the rotating backup folder")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", parents=[common], help="replace the register with a verified backup")
    p.add_argument("--from", dest="from_", metavar="F", required=True, help="the backup file")
    p.add_argument("--key-file-only", action="store_true",
                   help="restore only the key file (when it is damaged or missing); the data is not touched. "
                        "Unlock with the passphrase or recovery key in force when the backup was made")
    p.set_defaults(func=cmd_restore)

    pass_cmds = sub.add_parser("passphrase", help="passphrase commands").add_subparsers(dest="action", metavar="ACTION", required=True)
    q = pass_cmds.add_parser("change", parents=[common], help="change the passphrase (the data is not re-encrypted)")
    q.add_argument("--new-passphrase-file", metavar="F", help=f"read the new passphrase from F (or set {NEW_PASSPHRASE_ENV})")
    q.set_defaults(func=cmd_passphrase_change)
    recovery_cmds = sub.add_parser("recovery-key", help="recovery key commands").add_subparsers(dest="action", metavar="ACTION", required=True)
    q = recovery_cmds.add_parser("reissue", parents=[common], help="issue a new recovery key; the old one stops working")
    q.add_argument("--recovery-key-out", metavar="F", help="write the new key to F (mode 0600)")
    q.set_defaults(func=cmd_recovery_reissue)
    p = sub.add_parser("remember", parents=[common], help="remember the register in this computer's keyring")
    p.add_argument("--forget", action="store_true", help="stop remembering it")
    p.set_defaults(func=cmd_remember)

    audit_cmds = sub.add_parser("audit", help="audit trail commands").add_subparsers(dest="action", metavar="ACTION", required=True)
    q = audit_cmds.add_parser("verify", parents=[common], help="check the hash chain and its anchors")
    q.add_argument("--anchor", action="append", metavar="COUNT:HEAD", help="also check against this anchor (from a report)")
    q.add_argument("--against", action="append", metavar="BACKUP", help="also check against this backup's anchor")
    q.add_argument("--accept-trail", action="store_true",
                   help="after a warning you have looked into: remember this trail as the one this computer has seen")
    q.set_defaults(func=cmd_audit_verify)
    q = audit_cmds.add_parser("log", parents=[common], help="list audit entries")
    q.add_argument("--record", help="only this record id")
    q.add_argument("--entity", help="only this entity (e.g. register)")
    q.add_argument("--since", metavar="DATE", help="from this date/time (local time unless it says otherwise)")
    q.add_argument("--until", metavar="DATE", help="up to and including this date")
    q.add_argument("--limit", type=int, metavar="N", help="at most N entries")
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(func=cmd_audit_log)
    add_commands(sub, common)
    cli_exports.add_commands(sub, common)
    cli_reports.add_commands(sub, common)
    cli_review.add_commands(sub, common)
    cli_init.add_commands(sub, common)
    cli_team.add_parser(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    cli_output.install()  # stored text must not drive the terminal (escape codes, bidi overrides)
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    func = getattr(args, "func", cmd_welcome)
    try:
        cli_team.check_applies(args)
        return func(args, Settings.load())
    except InvalidRecord as exc:
        print_problems(exc)
        return exc.exit_code
    except AtlasError as exc:
        if is_damage(exc):
            exc = cli_open.explained_damage(exc)
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
            damage = cli_open.explained_damage(exc)
            print(f"atlas: {damage.message}", file=sys.stderr)
            return damage.exit_code
        if os.environ.get("ATLAS_DEBUG"):
            raise
        print(f"atlas: unexpected error ({type(exc).__name__}: {exc}); nothing more was changed. "
              "Run again with ATLAS_DEBUG=1 and report the output.", file=sys.stderr)
        return EXIT_ERROR
    finally:
        cli_open.forget()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
