"""``atlas doctor`` and ``atlas audit``: the register's health (encryption, database, audit trail, records,
backups), the audit trail's hash chain against its anchors, and its entries.

A team register has its own report (``team_report``): no key file or backups of its own to check, but the
audit history imported into it from register files is checked with the rest.

The words are in the user's language, but each line's status (OK, PROBLEM, NOTE, TO FIX; ``audit verify``'s
OK, BROKEN, MISMATCH and its "OK N entries HEAD" line) stays English: scripts look for them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

from dateutil import parser as dateparser
from dateutil import tz

from ..core.errors import EXIT_OK, EXIT_PROBLEM, UsageError
from ..core.i18n import t, tn
from ..storage import backups
from ..storage.audit import Anchor, Verdict
from ..storage.integrity import RecordMismatch, verify_records
from ..storage.register import Register
from ..storage.settings import Settings
from .opening import open_register, reads_only
from .output import entries
from .team_signin import wire

Checks = tuple[list[str], Verdict, list[RecordMismatch]]
_SHOWN = 50  # mismatches named one per line; a mass edit outside Atlas is summed up after these


def _anchors(args: argparse.Namespace, reg: Register, settings: Settings) -> list[Anchor]:
    from ..storage.restore import relevant_anchors

    anchors = relevant_anchors(reg, settings.backup_path)
    for text in getattr(args, "anchor", None) or []:
        count, _, head = text.partition(":")
        if not count.isdigit() or len(head) != 64:
            raise UsageError(t("cli", "--anchor takes COUNT:HEAD (e.g. 12:<64 hex digits>), not {given}.").format(
                given=repr(text)))
        anchors.append(Anchor(int(count), head.lower(), t("cli", "the anchor {anchor}… given on the command "
                                                              "line").format(anchor=f"{count}:{head[:12]}")))
    for path in getattr(args, "against", None) or []:
        info, _ = backups.read_info(Path(path))
        if info.register_id != reg.register_id:
            raise UsageError(t("cli", "{path} is a backup of another register.").format(path=path))
        anchors.append(info.anchor)
    return anchors


def checks(args: argparse.Namespace, reg: Register, settings: Settings) -> Checks:
    """The full checks: page MACs and structure, the audit chain against its anchors, and the records
    against the chain."""
    return reg.integrity_problems(), reg.audit.verify(_anchors(args, reg, settings)), verify_records(reg)


def _trail_lines(reg: Any, mismatches: list[RecordMismatch]) -> list[str]:
    """What the records check and the remembered head found, one problem a line ("" when none)."""
    lines = [m.describe() for m in mismatches[:_SHOWN]]
    if len(mismatches) > _SHOWN:
        lines.append(t("cli", "… and {count} more records differ from the audit trail").format(
            count=len(mismatches) - _SHOWN))
    if reg.trail_memory is not None and not reg.trail_memory.ok:
        lines.append(reg.trail_memory.message)
    return lines


def report(reg: Register, settings: Settings, found: list[str], verdict: Verdict,
           mismatches: list[RecordMismatch]) -> int:
    """Print the health check of an open register; return the number of problems found."""
    from ..storage.key_restore import doctor_lines

    print(t("cli", "Register {path} (schema {schema}, organisation: {organisation})").format(
        path=reg.path, schema=reg.schema_version, organisation=reg.meta("org_name")))
    key_lines = doctor_lines(reg)  # each way in proven against the data key, or named as damaged
    for status, line in key_lines:
        print(f"{status:<7} {line}")
    for line in found:
        print(f"PROBLEM {line}")
    if found and reg.kind == "local":  # damaged pages: what still reads, and the backup that gets it back
        from ..storage import damage
        print(f"TO FIX  {damage.explain(reg.path, reg.data_key, reg.register_id, settings.backup_path).message}")
    if not found:
        print("OK      " + t("cli", "encrypted pages and database structure are intact"))
    if verdict.ok:
        print("OK      " + tn("cli", "audit trail: {entries}, head {head}…, matches %n anchor(s) from backups",
                              verdict.anchors_checked).format(entries=entries(verdict.count), head=verdict.head[:16]))
    else:
        print("PROBLEM " + _trail_problem(verdict))
    trail = _trail_lines(reg, mismatches)
    for line in trail:
        print(f"PROBLEM {line}")
    if not mismatches:
        print("OK      " + t("cli", "records: every record matches its audit trail"))
    kept = [b for b in backups.list_backups(settings.backup_path, reg.register_id) if b.kind == "backup"]
    if kept:
        print("OK      " + t("cli", "last backup {time} UTC; {count} kept in {folder}").format(
            time=kept[-1].created_at[:16].replace("T", " "), count=len(kept), folder=settings.backup_path))
    else:
        print("NOTE    " + t("cli", "no backup in {folder} yet: run 'atlas backup'").format(
            folder=settings.backup_path))
    return len(found) + (0 if verdict.ok else 1) + len(trail) + sum(status == "PROBLEM" for status, _ in key_lines)


def _trail_problem(verdict: Verdict) -> str:
    return t("cli", "audit trail: {problem}").format(problem=verdict.problem)


def segment_problems(reg: Any) -> list[str]:
    """What is wrong with the audit history imported into a team register ([] when sound, or local)."""
    if getattr(reg, "kind", "local") != "team":
        return []
    try:
        from ..storage.team_import import verify_segments
    except ModuleNotFoundError as exc:
        if exc.name != f"{__package__.rpartition('.')[0]}.storage.team_import":
            raise
        return []  # the import work has not landed: nothing can have been imported yet
    return list(verify_segments(reg))


def team_report(reg: Any, settings: Settings, found: list[str], verdict: Verdict,
                mismatches: list[RecordMismatch]) -> int:
    """``atlas doctor`` for a team register; returns the number of problems found."""
    print(t("cli", "Team register {server} (schema {schema}, organisation: {organisation})").format(
        server=reg.target.server, schema=reg.schema_version, organisation=reg.meta("org_name")))
    print("OK      " + t("cli", "signed in as {person} ({role}); connection {connection}").format(
        person=reg.actor, role=reg.app_role(), connection=wire(reg)))
    for line in found:
        print(f"PROBLEM {line}")
    if verdict.ok:
        trail_ok = tn("cli", "audit trail: {entries}, head {head}…, matches %n anchor(s)", verdict.anchors_checked) \
            if verdict.anchors_checked else t("cli", "audit trail: {entries}, head {head}…")
        print("OK      " + trail_ok.format(entries=entries(verdict.count), head=verdict.head[:16]))
    else:
        print("PROBLEM " + _trail_problem(verdict))
    trail = segment_problems(reg) + _trail_lines(reg, mismatches)
    for line in trail:
        print(f"PROBLEM {line}")
    if not mismatches:
        print("OK      " + t("cli", "records: every record matches its audit trail"))
    print("NOTE    " + t("cli", "no key file or backups to check: each person's key is in the register, and the "
                         "server's backups are the business of whoever runs the server"))
    return len(found) + (0 if verdict.ok else 1) + len(trail)


@reads_only
def cmd_doctor(args: argparse.Namespace, settings: Settings) -> int:
    with open_register(args, settings) as reg:
        health = team_report if reg.kind == "team" else report
        return EXIT_PROBLEM if health(reg, settings, *checks(args, reg, settings)) else EXIT_OK


@reads_only
def cmd_audit_verify(args: argparse.Namespace, settings: Settings) -> int:
    with open_register(args, settings) as reg:
        verdict = reg.audit.verify(_anchors(args, reg, settings))
        mismatches = verify_records(reg)
        trail = _trail_lines(reg, mismatches)
        segments = segment_problems(reg)  # a team register's imported history
        if args.accept_trail and verdict.ok and not mismatches and not segments:
            from ..storage.seen_heads import remember_head

            remember_head(reg)  # looked into and accepted: the next open compares with this head
            trail = _trail_lines(reg, mismatches)
            print(t("cli", "This computer now remembers the audit trail as {entries}.").format(
                entries=entries(verdict.count)))
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
        raise UsageError(t("cli", "{flag} takes a date like 2026-11-22 or 2026-11-22T14:30, not {given}.").format(
            flag=flag, given=repr(text))) from None
    if len(text) <= 10:  # a bare date: the whole day, in local time
        parsed = dt.datetime.combine(parsed.date(), dt.time()) + (dt.timedelta(days=1) if end_of_day else dt.timedelta())
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=tz.tzlocal())
    return parsed.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@reads_only
def cmd_audit_log(args: argparse.Namespace, settings: Settings) -> int:
    since = _utc_bound(args.since, "--since", end_of_day=False)
    until = _utc_bound(args.until, "--until", end_of_day=True)
    with open_register(args, settings) as reg:
        found = list(reg.audit.entries(entity=args.entity, record=args.record, since=since, until=until,
                                       limit=args.limit))
    if args.json:
        print(json.dumps([e.__dict__ for e in found], ensure_ascii=False, indent=2))
        return EXIT_OK
    for e in found:
        changes = "; ".join(f"{k}: {_short((e.before or {}).get(k))} → {_short((e.after or {}).get(k))}"
                            for k in e.changed_fields())
        print(f"#{e.seq:<5} {e.at[:19].replace('T', ' ')}Z  {e.actor:<12} {e.action:<7} {e.entity}/{e.record}  {changes}")
    if not found:
        print(t("cli", "No audit entries match."))
    return EXIT_OK


def _short(value: object, width: int = 40) -> str:
    text = "∅" if value is None else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= width else text[: width - 1] + "…"


# -- parser ------------------------------------------------------------------------------------------------
def add_doctor(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """``atlas doctor``."""
    sub.add_parser("doctor", parents=[common], help=t("cli", "check encryption, integrity, audit trail and "
                                                             "backups")).set_defaults(func=cmd_doctor)


def add_audit(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """``atlas audit verify`` and ``atlas audit log``."""
    audit_cmds = sub.add_parser("audit", help=t("cli", "audit trail commands")).add_subparsers(
        dest="action", metavar="ACTION", required=True)
    q = audit_cmds.add_parser("verify", parents=[common], help=t("cli", "check the hash chain and its anchors"))
    q.add_argument("--anchor", action="append", metavar="COUNT:HEAD",
                   help=t("cli", "also check against this anchor (from a report)"))
    q.add_argument("--against", action="append", metavar="BACKUP",
                   help=t("cli", "also check against this backup's anchor"))
    q.add_argument("--accept-trail", action="store_true",
                   help=t("cli", "after a warning you have looked into: remember this trail as the one this "
                          "computer has seen"))
    q.set_defaults(func=cmd_audit_verify)
    q = audit_cmds.add_parser("log", parents=[common], help=t("cli", "list audit entries"))
    q.add_argument("--record", help=t("cli", "only this record id"))
    q.add_argument("--entity", help=t("cli", "only this entity (e.g. register)"))
    q.add_argument("--since", metavar="DATE",
                   help=t("cli", "from this date/time (local time unless it says otherwise)"))
    q.add_argument("--until", metavar="DATE", help=t("cli", "up to and including this date"))
    q.add_argument("--limit", type=int, metavar="N", help=t("cli", "at most N entries"))
    q.add_argument("--json", action="store_true", help=t("cli", "print JSON"))
    q.set_defaults(func=cmd_audit_log)
