"""Keeping a register's key file sound: prove and repair it once unlocked, say what is damaged, restore it alone.

Opening proves every wrap (``KeyFile.prove``) and rewrites the file only when every way in proves (an
upgrade, or damage confined to the checksum), so damage is repaired or named the day it happens, not
the day the passphrase is forgotten. When the key file is past that, ``restore_key_file`` takes the key file out
of a backup, after proving it unlocks this very register, and keeps the damaged one beside it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import zipfile
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from ..core.errors import BackupInvalid, KeyFileDamaged, NotARegister, UsageError
from ..core.i18n import t
from .atomic import atomic_write_bytes
from .backups import KEYS_MEMBER, ZIP_DAMAGE, read_info, unlock_backup_keys
from .connection import check_header, connect_readonly, probe_key, translate_error
from .keys import DAMAGED, KEYRING, MISSING, PASSPHRASE, PROVEN, RECOVERY, UNPROVEN, KeyFile
from .register_files import keys_path


def _fixes() -> dict[str, str]:
    """The terminal's fix for each damaged entry: a clause that ends "The … entry … is damaged, …"."""
    return {
        PASSPHRASE: t("storage", "so the passphrase may no longer open the register: set a new passphrase now with "
                                 "'atlas passphrase change' (unlocking with the recovery key)"),
        RECOVERY: t("storage", "so your recovery key may no longer open the register: issue a new recovery key now "
                               "with 'atlas recovery-key reissue' (and keep it in place of the old one)"),
        KEYRING: t("storage", "so this computer may no longer open the register without the passphrase: run "
                              "'atlas remember' again"),
    }


def _damaged_sentence(kind: str) -> str:
    return {PASSPHRASE: t("storage", "The passphrase entry of the key file {name} is damaged, {fix}."),
            RECOVERY: t("storage", "The recovery-key entry of the key file {name} is damaged, {fix}."),
            KEYRING: t("storage", "The remembered-key entry of the key file {name} is damaged, {fix}.")}[kind]


def _missing_sentence(kind: str) -> str:
    return {PASSPHRASE: t("storage", "The key file {name} has no passphrase entry (it was damaged or removed), {fix}."),
            RECOVERY: t("storage", "The key file {name} has no recovery-key entry (it was damaged or removed), "
                                   "{fix}."),
            KEYRING: t("storage", "The key file {name} has no remembered-key entry (it was damaged or removed), "
                                  "{fix}.")}[kind]


def damage_sentences(states: dict[str, str], name: str, fixes: dict[str, str] | None = None) -> list[str]:
    """One sentence per damaged or missing entry (``states`` from ``KeyFile.prove``): which one, what it
    means, and what to do now (``fixes``: the app's words for the fix, which name its menus, not commands;
    each a clause in the user's language that follows "… is damaged, ")."""
    fix = fixes or _fixes()
    sentences = []
    for kind, state in states.items():
        if state == DAMAGED:
            sentences.append(_damaged_sentence(kind).format(name=name, fix=fix[kind]))
        elif state == MISSING:
            sentences.append(_missing_sentence(kind).format(name=name, fix=fix[kind]))
    return sentences


def check_key_file(reg: Any) -> str:
    """Upgrade or repair ``reg``'s key file now that its data key is known; return what is still damaged ("" if nothing).

    A wrap that unlocked, or proves against the data key, gets fresh seals; one that does not is kept
    exactly as found (a backup or a later unlock may still need it) and is named in the warning."""
    path = keys_path(reg.path)
    data_key = reg.data_key
    sentences = damage_sentences(reg.keys.prove(data_key), path.name)
    # Rewritten only when every way in proves against the data key (an upgrade, or damage confined to the
    # checksum or a field name): then the new file is provably whole. A file with a damaged entry is left
    # byte for byte as it was — a rewrite would give that damage a fresh checksum, and a backup of the file
    # as found may still be what the user needs — and the entry is named with its fix instead. (So the
    # sentences, none when it is rewritten, are those of the file as read.)
    fixed = None if sentences else reg.keys.repaired(data_key)
    if fixed is not None:
        try:
            # Written only over the very bytes it was read from: a passphrase changed meanwhile by
            # another window or process must not be undone by this repair.
            if reg.keys.source is None or path.read_bytes() == reg.keys.source:
                fixed.save(path)
                reg.keys = fixed
        except OSError:
            pass  # the file as read is whole and unlocks: the upgrade is tried again on the next open
    return " ".join(sentences)


def doctor_lines(reg: Any) -> list[tuple[str, str]]:
    """The doctor's key-file lines as (status, text): which ways in are proven, which are not, which are damaged."""
    name = keys_path(reg.path).name
    states = reg.keys.prove(reg.data_key)
    ways = [_way(kind, state == PROVEN) for kind, state in states.items() if state in (PROVEN, UNPROVEN)]
    lines = [("OK", t("storage", "key file: unlocks with {ways}").format(ways=", ".join(ways)))] if ways else []
    for kind, state in states.items():
        if state == UNPROVEN:
            lines.append(("NOTE", _unproven(kind)))
    lines += [("PROBLEM", t("storage", "key file: {problem}").format(problem=sentence))
              for sentence in damage_sentences(states, name)]
    return lines


def _way(kind: str, proven: bool) -> str:
    """One way in, as it follows "unlocks with" (each in full: its form follows the preposition in German)."""
    if proven:
        return {PASSPHRASE: t("storage", "the passphrase (proven)"),
                RECOVERY: t("storage", "the recovery key (proven)"),
                KEYRING: t("storage", "this computer's remembered key (proven)")}[kind]
    return {PASSPHRASE: t("storage", "the passphrase (cannot be proven)"),
            RECOVERY: t("storage", "the recovery key (cannot be proven)"),
            KEYRING: t("storage", "this computer's remembered key (cannot be proven)")}[kind]


def _unproven(kind: str) -> str:
    """The doctor's note on an entry made before entries carried a check value, and how it gets proven."""
    if kind == RECOVERY:
        return t("storage", "key file: the recovery-key entry was made by an older version of Atlas Desktop, before "
                            "entries carried a check value, so it cannot be proven without the recovery key itself. "
                            "To be sure it works, issue a new recovery key with 'atlas recovery-key reissue'.")
    if kind == PASSPHRASE:
        return t("storage", "key file: the passphrase entry was made by an older version of Atlas Desktop, before "
                            "entries carried a check value, so it cannot be proven without the passphrase itself. "
                            "It is proven the next time the register is unlocked with the passphrase.")
    return t("storage", "key file: the remembered-key entry was made by an older version of Atlas Desktop, before "
                        "entries carried a check value, so it cannot be proven without this computer's remembered "
                        "key itself. It is proven the next time this computer opens the register by itself.")


# -- restoring the key file alone ------------------------------------------------------------------
def restore_key_file(register_path: Path, backup: Path, *, passphrase: str | None = None,
                     recovery_key: str | None = None) -> Path | None:
    """Replace the register's key file with the one in ``backup``; return where the old one was kept.

    The passphrase (or recovery key) is the one in force when the backup was made. Before anything
    is written, the backup's key file must unlock and its data key must open this register's
    database. Returns None when there was no key file to keep."""
    register_path, backup = Path(register_path), Path(backup)
    check_header(register_path)
    raw, keys = _backup_key_file(backup)
    current = _current_register_id(register_path)
    if current is not None and current != keys.register_id:
        raise UsageError(_another_register(backup, register_path))
    try:
        data_key = unlock_backup_keys(keys, passphrase, recovery_key)
    except KeyFileDamaged:
        raise BackupInvalid(t("storage", "The key file inside {name} is damaged too. Nothing was changed; try an "
                                         "older backup.").format(name=backup.name)) from None
    _prove_it_opens(register_path, backup, data_key, keys.register_id)
    target = keys_path(register_path)
    kept = _keep_old(target)
    try:
        atomic_write_bytes(target, raw, mode=0o600)
    except OSError as exc:
        raise translate_error(exc, t("storage", "writing the restored key file"), target.parent) from None
    return kept


def _another_register(backup: Path, register_path: Path) -> str:
    return t("storage", "{backup} is a backup of another register, not of {register}. Nothing was changed.").format(
        backup=backup.name, register=register_path.name)


def _backup_key_file(backup: Path) -> tuple[bytes, KeyFile]:
    info, manifest = read_info(backup)
    try:
        with zipfile.ZipFile(backup) as zf:
            raw = zf.read(KEYS_MEMBER)
    except (*ZIP_DAMAGE, KeyError, OSError):
        raise BackupInvalid(t("storage", "{name} is damaged: its key file cannot be read. Nothing was changed.")
                            .format(name=backup.name)) from None
    files = manifest.get("files")
    member = files.get(KEYS_MEMBER) if isinstance(files, dict) else None
    expected = member.get("sha256") if isinstance(member, dict) else None
    if hashlib.sha256(raw).hexdigest() != expected:
        raise BackupInvalid(t("storage", "{name} is damaged: its key file does not match the backup's manifest. "
                                         "Nothing was changed; try another backup.").format(name=backup.name))
    try:
        keys = KeyFile.from_bytes(raw, backup.name)
    except KeyFileDamaged:
        raise BackupInvalid(t("storage", "The key file inside {name} is damaged. Nothing was changed; try another "
                                         "backup.").format(name=backup.name)) from None
    if keys.register_id != info.register_id:
        raise BackupInvalid(t("storage", "{name} is inconsistent: its key file names another register.").format(
            name=backup.name))
    return raw, keys


def _current_register_id(register_path: Path) -> str | None:
    """The register id in the current key file, when its seals vouch for it (a damaged one may be the damage)."""
    try:
        keys = KeyFile.load(keys_path(register_path))
    except NotARegister:
        return None
    return keys.register_id if keys.version >= 2 and keys.register_ok else None


def _prove_it_opens(register_path: Path, backup: Path, data_key: bytes, register_id: str) -> None:
    try:
        probe_key(register_path, data_key)
    except NotARegister:
        raise UsageError(t("storage", "{backup} is not a backup of this register: the key it holds does not open "
                                      "{register}. Nothing was changed.").format(
            backup=backup.name, register=register_path.name)) from None
    try:
        conn = connect_readonly(register_path, data_key)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'register_id'").fetchone()
        finally:
            conn.close()
    except sqlcipher.Error:
        row = None  # the key opens the database: that alone ties the backup to it
    if row is not None and row[0] != register_id:
        raise UsageError(_another_register(backup, register_path))


def _keep_old(path: Path) -> Path | None:
    """Copy the key file about to be replaced to ``<name>.damaged-<UTC time>`` (0600); None if there is none."""
    try:
        old = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise translate_error(exc, t("storage", "reading the damaged key file"), path.parent) from None
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    kept = path.with_name(f"{path.name}.damaged-{stamp}")
    number = 2
    while kept.exists():
        kept = path.with_name(f"{path.name}.damaged-{stamp}-{number}")
        number += 1
    try:
        atomic_write_bytes(kept, old, mode=0o600)
    except OSError as exc:
        raise translate_error(exc, t("storage", "keeping the damaged key file"), path.parent) from None
    return kept
