"""The errors Atlas Desktop expects and explains to its user, each with a CLI exit code.

Every expected failure is an ``AtlasError``: its message is one plain sentence that a
non-lawyer, non-programmer can act on, and the CLI prints it without a traceback. The message is in
the user's language when it is raised (``core.i18n``); so are a record's problems (context "problems").
"""

from __future__ import annotations

from collections.abc import Callable

from .i18n import ENGLISH, language, t

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


class KeyFileDamaged(NotARegister):
    """The key file is there but damaged (its checksum or a wrap's check value fails, or it cannot be parsed).

    Never reported as a wrong passphrase: the message says to restore the key file from a backup."""


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


class RegisterDamaged(IntegrityProblem):
    """The register's database is damaged (a page fails its check or cannot be read).

    The message says what still reads and how to restore the latest verified backup;
    ``backup`` is that backup's path when one was found, so the GUI can offer to restore it."""

    exit_code = EXIT_ERROR

    def __init__(self, message: str, backup: object = None) -> None:
        super().__init__(message)
        self.backup = backup


class ReadOnlyRegister(AtlasError):
    """A change was asked of a register opened read-only (a rescue on a full disk)."""


class Problem:
    """One thing wrong with a record: which field (and row and column of a table), and why."""

    __slots__ = ("field", "message", "row", "column")

    def __init__(self, field: str, message: str, row: int | None = None, column: str | None = None) -> None:
        self.field = field
        self.message = message
        self.row = row          # 1-based row of a TABLE field
        self.column = column    # the column of that row

    def where(self) -> str:
        """Where the problem is, as the user reads it: the field's key (what `--set` takes), and for a table
        "retention row 2 unit", with "row" in the user's language (context "problems")."""
        if self.row is None:
            return self.field
        if self.column:
            return t("problems", "{field} row {row} {column}").format(field=self.field, row=self.row,
                                                                      column=self.column)
        return t("problems", "{field} row {row}").format(field=self.field, row=self.row)

    def to_json(self) -> dict[str, object]:
        """Machine keys (``--json``) and the user's message, already in their language."""
        return {"field": self.field, "row": self.row, "column": self.column, "message": self.message}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Problem) and self.to_json() == other.to_json()

    def __repr__(self) -> str:
        return f"Problem({self.where()}: {self.message})"


class InvalidRecord(AtlasError):
    """A record failed validation; nothing of it was saved. ``problems`` lists every reason."""

    def __init__(self, label: str, problems: list[Problem]) -> None:
        self.label = label
        self.problems = list(problems)
        reasons = " ".join(p.message if p.row is None else
                           t("problems", "{where}: {message}").format(where=p.where(), message=p.message)
                           for p in self.problems)
        super().__init__(t("problems", "The {label} was not saved. {reasons}").format(
            label=_record_label(label), reasons=reasons))


def _record_label(label: str) -> str:
    """The kind of record inside the sentence. Storage names it by the entity's English label lower-cased
    ("activity"): in another language the entities' own words for it (see ``name_record_kinds``)."""
    return label if language() == ENGLISH else _record_words(label)


def _as_given(label: str) -> str:
    return label


# core.entities imports this module, so it hands over how to word a kind of record rather than being imported
# here (that would be an import circle).
_record_words: Callable[[str], str] = _as_given


def name_record_kinds(words: Callable[[str], str]) -> None:
    """How ``InvalidRecord`` words the kind of record storage names in English (core.entities calls this)."""
    global _record_words
    _record_words = words


class NotFound(AtlasError):
    """No record with that id in that register."""


class InUse(AtlasError):
    """The record is linked from other records and cannot be deleted without losing those links."""


class EditConflict(AtlasError):
    """Someone else saved the record while it was being edited; this save was refused, the draft kept."""


class ServerUnreachable(AtlasError):
    """The team register's server cannot be reached now (network, server down); the outbox can take breaches."""


class NotAllowed(AtlasError):
    """The team register's server refused the change: the signed-in person's role does not allow it."""


class DateOutOfRange(ValueError):
    """A date or time outside the years Atlas accepts (core.limits: 1900–2200), such as a mistyped 9999.

    A ValueError like every other value that cannot be read, so each way in reports it as it does those."""


class LocalTimeUnclear(ValueError):
    """A wall-clock time that a daylight-saving change skipped or repeated in the organisation's zone:
    which moment is meant must be said (with an offset); the message says how."""


class SetupProblem(UsageError):
    """An answer given while setting up a register (or recording who works on it) that cannot be used: an
    unknown country code, a region the country does not have, an empty name. The message names the answer
    and says what to give instead."""


class NeedsNote(UsageError):
    """An annual-review item that needs attention was confirmed without a note (each interface says how to give one)."""
