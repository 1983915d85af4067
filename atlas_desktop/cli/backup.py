"""``atlas backup`` and ``atlas restore``: a verified, encrypted copy of the register, and putting one back.

A restore replaces the register only once the backup has verified, and keeps the register it replaces as a
backup first; ``--key-file-only`` takes only the key file from a backup, the data untouched.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core.errors import EXIT_OK
from ..core.i18n import t
from ..storage import backups
from ..storage.settings import Settings
from .opening import open_register, reads_only, register_path
from .output import entries
from .terminal import ask, passphrase, recovery_key


@reads_only
def cmd_backup(args: argparse.Namespace, settings: Settings) -> int:
    with open_register(args, settings) as reg:
        out = Path(args.out).expanduser() if args.out else None
        made = backups.make_backup(reg, out, backup_dir=settings.backup_path, keep=settings.backup_keep)
        head = reg.audit.head()
    print(t("cli", "Backup verified and written to {path} ({entries} in the audit trail, head {head}…).").format(
        path=made, entries=entries(head.count), head=head.head[:16]))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, settings: Settings) -> int:
    from ..storage.restore import restore_backup

    target = register_path(args)
    source = Path(args.from_).expanduser()
    if args.key_file_only:
        return _restore_key_file(args, target, source)
    recovery = recovery_key(args)
    given = None if recovery else (passphrase(args) or ask(
        t("cli", "Passphrase of the backup {name}: ").format(name=source.name), "passphrase"))
    result = restore_backup(target, source, passphrase=given, recovery_key=recovery,
                            backup_dir=settings.backup_path, actor=settings.actor)
    print(t("cli", "Restored {path} from {backup} (verified; {entries} in its audit trail).").format(
        path=target, backup=source.name, entries=entries(result.restored.anchor.count)))
    if result.previous_kept_at:
        print(t("cli", "The register it replaced was kept as {path}.").format(path=result.previous_kept_at))
    return EXIT_OK


def _restore_key_file(args: argparse.Namespace, target: Path, source: Path) -> int:
    from ..storage.key_restore import restore_key_file

    recovery = recovery_key(args)
    given = None if recovery else (passphrase(args) or ask(
        t("cli", "Passphrase in force when the backup {name} was made: ").format(name=source.name), "passphrase"))
    kept = restore_key_file(target, source, passphrase=given, recovery_key=recovery)
    print(t("cli", "Restored the key file of {name} from {backup}; the register's data was not touched.").format(
        name=target.name, backup=source.name))
    if kept:
        print(t("cli", "The key file it replaced was kept as {path}.").format(path=kept))
    print(t("cli", "The register now opens with the passphrase and recovery key that were in force when that backup "
            "was made."))
    return EXIT_OK


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """``atlas backup`` and ``atlas restore``."""
    p = sub.add_parser("backup", parents=[common], help=t("cli", "write a verified encrypted backup"))
    p.add_argument("--out", metavar="F", help=t("cli", "write to F instead of the rotating backup folder"))
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", parents=[common], help=t("cli", "replace the register with a verified backup"))
    p.add_argument("--from", dest="from_", metavar="F", required=True, help=t("cli", "the backup file"))
    p.add_argument("--key-file-only", action="store_true",
                   help=t("cli", "restore only the key file (when it is damaged or missing); the data is not "
                          "touched. Unlock with the passphrase or recovery key in force when the backup was made"))
    p.set_defaults(func=cmd_restore)
