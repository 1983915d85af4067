"""What a damaged register still holds, and the backup that gets it back: the one account of damage.

Every page of the file carries a MAC, so a changed byte anywhere surfaces as "malformed" or "not a
database" when that page is read: when the register opens, or in any later read. Whoever meets it
calls ``explain`` with the register's path and data key, and gets a ``RegisterDamaged`` that says
what happened, which parts still read in full and which do not, and the exact command that restores
the latest backup that verifies. Nothing here writes anything (the survey reads through a read-only
handle; checking a backup writes only its own temporary copy, in the backup folder).
"""

from __future__ import annotations

import shlex
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from ..core.entities import ENTITIES
from ..core.errors import AtlasError, BackupInvalid, RegisterDamaged
from ..core.i18n import ENGLISH, language, spec, t
from .audit import shown_moment
from .backups import BackupInfo, list_backups, verify_backup
from .connection import connect_readonly


@dataclass(frozen=True)
class Survey:
    """Which parts of the register read in full, by the names a person knows them by."""

    readable: tuple[str, ...]
    unreadable: tuple[str, ...]
    schema_readable: bool = True  # False: not even the list of tables reads, so nothing does

    @property
    def only_lookups(self) -> bool:
        """Every table reads; the damage is in an index (or in pages no table uses)."""
        return self.schema_readable and not self.unreadable


@dataclass(frozen=True)
class BackupChoice:
    """The backup to restore: verified now, or (when checking was impossible) the newest one."""

    info: BackupInfo
    verified: bool
    why_unchecked: str = ""

    @property
    def when(self) -> str:
        return shown_moment(self.info.created_at)


@dataclass
class Damage:
    """Everything ``explain`` found, for the GUI's dialog (the CLI prints the message)."""

    path: Path
    survey: Survey
    backup: BackupChoice | None
    folder: Path


def _lower(words: str) -> str:
    """Lower-case for the middle of a sentence, keeping acronyms (DPIAs) as they are; German nouns keep their
    capital."""
    if language() == "de":
        return words
    return " ".join(w if w[:2].isupper() else w.lower() for w in words.split())


def _parts() -> list[tuple[str, tuple[str, ...]]]:
    """(name, tables) of each part of a register, in the order the app shows them, in the user's language."""
    parts = [(t("storage", "the organisation") if ent.singleton else _lower(_plural(ent.plural)), (ent.table,))
             for ent in ENTITIES]
    return parts + [(t("storage", "attachments"), ("attachment",)),
                    (t("storage", "annual reviews"), ("review", "review_item")),
                    (t("storage", "the audit trail"), ("audit_entry",)),
                    (t("storage", "the register's settings"), ("meta", "schema_version"))]


def _plural(words: str) -> str:
    return words if language() == ENGLISH else spec(words)


def _tables(path: Path, data_key: bytes) -> list[str] | None:
    """The tables that hold rows (virtual ones read through theirs), or None when the schema fails."""
    try:
        conn = connect_readonly(path, data_key)
    except sqlcipher.Error:
        return None
    try:
        return [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0")]
    except sqlcipher.Error:
        return None
    finally:
        conn.close()


def _failing(path: Path, data_key: bytes, tables: list[str]) -> set[str]:
    """The tables that do not read in full. After a page fails its check SQLCipher refuses every later
    read on that connection, so each failure gets a fresh one."""
    failed: set[str] = set()
    conn = connect_readonly(path, data_key)
    try:
        for table in tables:
            try:
                for _row in conn.execute(f'SELECT * FROM "{table}"'):  # every row: every page of the table
                    pass
            except sqlcipher.Error:
                failed.add(table)
                conn.close()
                conn = connect_readonly(path, data_key)
    finally:
        conn.close()
    return failed


def survey(path: Path, data_key: bytes) -> Survey:
    """Read every table of ``path`` in full, through a read-only handle; name the parts that fail."""
    path = Path(path)
    tables = _tables(path, data_key)
    if tables is None:
        return Survey((), tuple(name for name, _ in _parts()), schema_readable=False)
    try:
        failed = _failing(path, data_key, tables)
    except sqlcipher.Error:
        return Survey((), tuple(name for name, _ in _parts()), schema_readable=False)
    readable, unreadable = [], []
    known: set[str] = set()
    for name, part_tables in _parts():
        known.update(part_tables)
        (unreadable if failed & set(part_tables) else readable).append(name)
    if failed & {t for t in tables if t.startswith("search_")}:
        unreadable.append(t("storage", "the search index"))
    elif failed - known:
        unreadable.append(t("storage", "other internal tables"))
    return Survey(tuple(readable), tuple(unreadable))


def latest_backup(folder: Path, register_id: str, data_key: bytes) -> BackupChoice | None:
    """The newest backup of this register in ``folder`` that verifies end to end.

    When none could even be checked (say the backup folder's disk is full, so the check's temporary
    copy cannot be written), the newest one, marked unchecked: the restore checks it before use."""
    found = [info for info in list_backups(Path(folder), register_id) if info.kind == "backup"]
    unchecked: BackupChoice | None = None
    for info in reversed(found):
        try:
            return BackupChoice(verify_backup(info.path, data_key), verified=True)
        except BackupInvalid:
            continue  # damaged or incomplete: an older one may be sound
        except (AtlasError, OSError) as exc:
            if unchecked is None:
                reason = exc.message if isinstance(exc, AtlasError) else (exc.strerror or str(exc))
                unchecked = BackupChoice(info, verified=False, why_unchecked=reason)
    return unchecked


def _join(names: Iterable[str]) -> str:
    items = list(names)
    if len(items) == 1:
        return items[0]
    return t("storage", "{items} and {last}").format(items=", ".join(items[:-1]), last=items[-1])


def reads_sentence(found: Survey) -> str:
    """One sentence: what still reads in full, and what does not."""
    if not found.schema_readable:
        return t("storage", "Nothing in it can be read any more.")
    if found.only_lookups:
        return t("storage", "Every part of it still reads in full; the damage is in its lookup structures, so some "
                            "lists, searches or saves fail.")
    if not found.readable:
        return t("storage", "None of it reads in full any more ({parts} all fail).").format(
            parts=_join(found.unreadable))
    return t("storage", "Cannot be read in full: {unreadable}. Still reads in full: {readable}.").format(
        unreadable=_join(found.unreadable), readable=_join(found.readable))


def restore_command(backup: Path | str, register: Path | None) -> str:
    """The exact command that restores ``backup`` over ``register`` (no --register for the default one)."""
    from .settings import default_register_path

    command = f"atlas restore --from {shlex.quote(str(backup))}"
    if register is not None and Path(register).resolve() != default_register_path().resolve():
        command += f" --register {shlex.quote(str(register))}"
    return command


def message(damage: Damage) -> str:
    path = damage.path
    lines = [t("storage", "The register {name} is damaged: part of its file no longer reads back as it was written "
                          "(after a disk or power fault, or a copy made while it was in use). Nothing more was "
                          "changed.").format(name=path.name),
             reads_sentence(damage.survey)]
    choice = damage.backup
    if choice is None:
        lines.append(t("storage", "No backup of it that verifies was found in {folder}. Keep a copy of {name} and "
                                  "{name}.keys somewhere safe, and restore a backup kept elsewhere with: {command}")
                     .format(folder=damage.folder, name=path.name, command=restore_command("FILE", path)))
    elif choice.verified:
        lines.append(t("storage", "To get it back, restore the latest verified backup, {backup} of {time} (the damaged "
                                  "file is kept as a copy first): {command}")
                     .format(backup=choice.info.path.name, time=choice.when,
                             command=restore_command(choice.info.path, path)))
    else:
        lines.append(t("storage", "To get it back, restore the latest backup, {backup} of {time} (it could not be "
                                  "checked now: {reason}; the restore checks it first): {command}")
                     .format(backup=choice.info.path.name, time=choice.when, reason=choice.why_unchecked.rstrip("."),
                             command=restore_command(choice.info.path, path)))
    return " ".join(lines)


def explain(path: Path, data_key: bytes, register_id: str, backup_dir: Path | None = None) -> RegisterDamaged:
    """The full ``RegisterDamaged`` for the register at ``path``: what reads, and the backup to restore.

    ``.backup`` is the backup's path (None when there is none); ``.damage`` holds the details."""
    if backup_dir is None:
        from .settings import Settings

        backup_dir = Settings.load().backup_path
    path = Path(path)
    found = Damage(path, survey(path, data_key), latest_backup(Path(backup_dir), register_id, data_key),
                   Path(backup_dir))
    error = RegisterDamaged(message(found), backup=found.backup.info.path if found.backup else None)
    error.damage = found  # type: ignore[attr-defined]  # the details, for the GUI's dialog
    return error


def explained(error: RegisterDamaged) -> bool:
    """True when ``error`` already carries the full account (from ``explain``)."""
    return getattr(error, "damage", None) is not None
