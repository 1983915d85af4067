"""``atlas passphrase change``, ``atlas recovery-key reissue`` and ``atlas remember``: the ways into a register.

The data is never re-encrypted: only the data key's wraps in the key file change, exactly as the app's
File › Security menu does, with the same strength rules (``core.passphrase``).
"""

from __future__ import annotations

import argparse

from ..core.errors import EXIT_OK, EXIT_PROBLEM
from ..core.i18n import t
from ..storage.keyring_store import SecureKeyring
from ..storage.settings import Settings
from .opening import open_register
from .output import warn, write_recovery_key
from .terminal import NEW_PASSPHRASE_ENV, new_passphrase


def cmd_passphrase_change(args: argparse.Namespace, settings: Settings) -> int:
    with open_register(args, settings) as reg:
        new = new_passphrase(args, "new_passphrase_file", NEW_PASSPHRASE_ENV, [reg.meta("org_name") or ""])
        reg.change_passphrase(new)
    print(t("cli", "The passphrase was changed. The recovery key is unchanged and still works."))
    return EXIT_OK


def cmd_recovery_reissue(args: argparse.Namespace, settings: Settings) -> int:
    with open_register(args, settings) as reg:
        key = reg.reissue_recovery_key()
    write_recovery_key(key, args.recovery_key_out,
                       t("cli", "A new recovery key was issued; the old one no longer works."))
    return EXIT_OK


def cmd_remember(args: argparse.Namespace, settings: Settings) -> int:
    from ..storage.remember import forget, remember

    keyring = SecureKeyring()
    with open_register(args, settings) as reg:
        if args.forget:
            problem = forget(reg, keyring)
            print(t("cli", "This computer no longer remembers the register; the passphrase is needed to open it."))
            if problem:  # the register is forgotten all the same; exit 1 so that a script notices
                warn(problem)
                return EXIT_PROBLEM
        else:
            remember(reg, keyring)
            print(t("cli", "This computer now remembers the register in the system keyring ({keyring}).").format(
                keyring=keyring.store_name()))
    return EXIT_OK


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """``atlas passphrase``, ``atlas recovery-key`` and ``atlas remember``."""
    pass_cmds = sub.add_parser("passphrase", help=t("cli", "passphrase commands")).add_subparsers(
        dest="action", metavar="ACTION", required=True)
    q = pass_cmds.add_parser("change", parents=[common],
                             help=t("cli", "change the passphrase (the data is not re-encrypted)"))
    q.add_argument("--new-passphrase-file", metavar="F",
                   help=t("cli", "read the new passphrase from F (or set {variable})").format(
                       variable=NEW_PASSPHRASE_ENV))
    q.set_defaults(func=cmd_passphrase_change)
    recovery_cmds = sub.add_parser("recovery-key", help=t("cli", "recovery key commands")).add_subparsers(
        dest="action", metavar="ACTION", required=True)
    q = recovery_cmds.add_parser("reissue", parents=[common],
                                 help=t("cli", "issue a new recovery key; the old one stops working"))
    q.add_argument("--recovery-key-out", metavar="F", help=t("cli", "write the new key to F (mode 0600)"))
    q.set_defaults(func=cmd_recovery_reissue)
    p = sub.add_parser("remember", parents=[common],
                       help=t("cli", "remember the register in this computer's keyring"))
    p.add_argument("--forget", action="store_true", help=t("cli", "stop remembering it"))
    p.set_defaults(func=cmd_remember)
