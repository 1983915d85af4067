"""The errors Atlas Desktop expects and explains to its user, each with a CLI exit code.

Every expected failure is an ``AtlasError``: its message is one plain sentence that a
non-lawyer, non-programmer can act on, and the CLI prints it without a traceback.
"""

from __future__ import annotations

# Exit codes shared by every command: 0 ok, 1 a problem was found, 2 usage/key/I-O error.
EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_ERROR = 2


class AtlasError(Exception):
    """An expected failure with a message meant for the user."""

    exit_code: int = EXIT_ERROR

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UsageError(AtlasError):
    """The command was called in a way that cannot work (missing input, bad flag value)."""


class WeakPassphrase(AtlasError):
    """The passphrase is empty or too easy to guess; it never reaches the database."""


class WrongKey(AtlasError):
    """The passphrase, recovery key or remembered key does not unlock this register."""


class KeyNeeded(WrongKey):
    """No passphrase or recovery key was given, and no remembered key could unlock."""


class MalformedRecoveryKey(WrongKey):
    """The recovery key text has a typo: wrong length, a bad character or a bad checksum."""


class NotARegister(AtlasError):
    """The file is not an Atlas register (or its key file is missing or unreadable)."""


class RegisterExists(AtlasError):
    """Refusing to overwrite a register that is already there."""


class SchemaTooNew(AtlasError):
    """The register was written by a newer Atlas Desktop than this one."""


class MigrationFailed(AtlasError):
    """A schema upgrade failed; the register was left as it was and a backup exists."""


class DiskFull(AtlasError):
    """The disk (or the register's size limit) is full; nothing of the failed change was saved."""


class StorageError(AtlasError):
    """Reading or writing the register failed for a reason other than a full disk."""


class KeyringUnavailable(AtlasError):
    """The OS keyring is missing, insecure, failing or too slow to use."""


class BackupInvalid(AtlasError):
    """A backup file is damaged, incomplete, or not an Atlas backup."""


class IntegrityProblem(AtlasError):
    """A check found damage or tampering (the register, a backup or the audit trail)."""

    exit_code = EXIT_PROBLEM
