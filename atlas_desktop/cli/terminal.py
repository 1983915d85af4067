"""Where the ``atlas`` command gets secrets and answers: files named on the command line, the environment,
or a person typing at a terminal (never echoed).

A script has no terminal: then a missing secret is a usage error naming the flag and the variable that give
it, rather than a prompt nobody answers.
"""

from __future__ import annotations

import argparse
import codecs
import getpass
import os
import sys
from pathlib import Path

from ..core.errors import UsageError, WeakPassphrase
from ..core.i18n import t
from ..core.passphrase import require_strong

PASSPHRASE_ENV = "ATLAS_PASSPHRASE"
NEW_PASSPHRASE_ENV = "ATLAS_NEW_PASSPHRASE"


def secret_name(what: str) -> str:
    """The name of a secret (``what``, also part of a flag's name) in the user's language."""
    names = {"passphrase": t("cli", "passphrase"), "new passphrase": t("cli", "new passphrase"),
             "recovery key": t("cli", "recovery key"), "password": t("cli", "password"),
             "PKCS#12 password": t("cli", "PKCS#12 password")}
    return names.get(what, what)


def read_secret_file(path: str, what: str) -> str:
    """The secret in ``path``, without its line ending or a byte-order mark.

    Windows Notepad saves "UTF-8" with a byte-order mark, and "Unicode" as UTF-16 with one: the
    mark is not part of the secret, and keeping it made a right passphrase read as a wrong one."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise UsageError(t("cli", "Cannot read the {secret} file {path}: {error}.").format(
            secret=secret_name(what), path=path, error=exc.strerror)) from None
    try:
        text = raw.decode("utf-16") if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) \
            else raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # No detail of the bytes: they are (part of) the secret.
        raise UsageError(t("cli", "The {secret} file {path} is not UTF-8 text; save it as UTF-8 and try "
                           "again.").format(secret=secret_name(what), path=path)) from None
    return text.rstrip("\r\n")


def interactive() -> bool:
    """A person can answer: standard input is a terminal."""
    return sys.stdin is not None and sys.stdin.isatty()


def person_reading() -> bool:
    """A person reads the notes: standard error is a terminal (a script's is not, and it would get them on
    every run)."""
    return sys.stderr is not None and sys.stderr.isatty()


def ask(prompt: str, what: str, flag: str | None = None, env: str | None = None) -> str:
    """A secret typed at the terminal; without one, a usage error naming what gives it instead."""
    if not interactive():
        flag = flag or f"--{what.replace(' ', '-')}-file"
        env = env or (PASSPHRASE_ENV if what == "passphrase" else NEW_PASSPHRASE_ENV)
        raise UsageError(t("cli", "No {secret} given: use {flag}, the {env} variable, or a terminal.").format(
            secret=secret_name(what), flag=flag, env=env))
    return getpass.getpass(prompt)


def passphrase(args: argparse.Namespace) -> str | None:
    """The passphrase given before any prompt: ``--passphrase-file``, else ``ATLAS_PASSPHRASE``."""
    if getattr(args, "passphrase_file", None):
        return read_secret_file(args.passphrase_file, "passphrase")
    return os.environ.get(PASSPHRASE_ENV) or None


def recovery_key(args: argparse.Namespace) -> str | None:
    """The recovery key from --recovery-key-file: the file we write has a heading line, so the
    key is the last non-empty line (a file holding only the key works too)."""
    if not getattr(args, "recovery_key_file", None):
        return None
    lines = [line.strip() for line in read_secret_file(args.recovery_key_file, "recovery key").splitlines()]
    lines = [line for line in lines if line]
    return lines[-1] if lines else ""


def new_passphrase(args: argparse.Namespace, file_attr: str, env: str, context: list[str]) -> str:
    """A new passphrase from a file, the environment, or typed twice; weak ones are refused first."""
    if getattr(args, file_attr, None):
        value = read_secret_file(getattr(args, file_attr), "passphrase")
    elif os.environ.get(env):
        value = os.environ[env]
    else:
        return ask_new_passphrase(context, f"--{file_attr.replace('_', '-')}", env)
    require_strong(value, context)
    return value


def ask_new_passphrase(context: list[str], flag: str | None = None, env: str | None = None,
                       tries: int = 5) -> str:
    """At a terminal, ask again (saying why) rather than ending the command on a typo."""
    for _ in range(tries):
        value = ask(t("cli", "New passphrase: "), "new passphrase", flag, env)
        try:
            require_strong(value, context)
        except WeakPassphrase as exc:
            print(f"  {exc.message}", file=sys.stderr)
            continue
        if getpass.getpass(t("cli", "Type it again: ")) == value:
            return value
        print("  " + t("cli", "The two passphrases differ; please try again."), file=sys.stderr)
    raise UsageError(t("cli", "No acceptable passphrase was chosen; nothing was changed."))
