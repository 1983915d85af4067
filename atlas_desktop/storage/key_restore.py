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
from .atomic import atomic_write_bytes
from .backups import KEYS_MEMBER, ZIP_DAMAGE, read_info, unlock_backup_keys
from .connection import check_header, connect_readonly, probe_key, translate_error
from .keys import DAMAGED, KEYRING, LABELS, MISSING, PASSPHRASE, PROVEN, RECOVERY, UNPROVEN, KeyFile
from .register_files import keys_path

_ENTRY = {PASSPHRASE: "passphrase entry", RECOVERY: "recovery-key entry", KEYRING: "remembered-key entry"}
_FIX = {
    PASSPHRASE: "so the passphrase may no longer open the register: set a new passphrase now with "
                "'atlas passphrase change' (unlocking with the recovery key)",
    RECOVERY: "so your recovery key may no longer open the register: issue a new recovery key now with "
              "'atlas recovery-key reissue' (and keep it in place of the old one)",
    KEYRING: "so this computer may no longer open the register without the passphrase: run 'atlas remember' "
             "again",
}


def damage_sentences(states: dict[str, str], name: str, fixes: dict[str, str] | None = None) -> list[str]:
    """One sentence per damaged or missing entry (``states`` from ``KeyFile.prove``): which one, what it
    means, and what to do now (``fixes``: the app's words for the fix, which name its menus, not commands)."""
    fix = fixes or _FIX
    sentences = []
    for kind, state in states.items():
        if state == DAMAGED:
            sentences.append(f"The {_ENTRY[kind]} of the key file {name} is damaged, {fix[kind]}.")
        elif state == MISSING:
            sentences.append(f"The key file {name} has no {_ENTRY[kind]} (it was damaged or removed), {fix[kind]}.")
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
    ways = [f"{LABELS[kind]} ({'proven' if state == PROVEN else 'cannot be proven'})"
            for kind, state in states.items() if state in (PROVEN, UNPROVEN)]
    lines = [("OK", f"key file: unlocks with {', '.join(ways)}")] if ways else []
    for kind, state in states.items():
        if state == UNPROVEN:
            lines.append(("NOTE", f"key file: the {_ENTRY[kind]} was made by an older version of Atlas Desktop, "
                                  "before entries carried a check value, so it cannot be proven without "
                                  f"{LABELS[kind]} itself. {_unproven_fix(kind)}"))
    lines += [("PROBLEM", f"key file: {sentence}") for sentence in damage_sentences(states, name)]
    return lines


def _unproven_fix(kind: str) -> str:
    if kind == RECOVERY:
        return "To be sure it works, issue a new recovery key with 'atlas recovery-key reissue'."
    if kind == PASSPHRASE:
        return "It is proven the next time the register is unlocked with the passphrase."
    return "It is proven the next time this computer opens the register by itself."


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
        raise UsageError(f"{backup.name} is a backup of another register, not of {register_path.name}. "
                         "Nothing was changed.")
    try:
        data_key = unlock_backup_keys(keys, passphrase, recovery_key)
    except KeyFileDamaged:
        raise BackupInvalid(f"The key file inside {backup.name} is damaged too. Nothing was changed; try an "
                            "older backup.") from None
    _prove_it_opens(register_path, backup, data_key, keys.register_id)
    target = keys_path(register_path)
    kept = _keep_old(target)
    try:
        atomic_write_bytes(target, raw, mode=0o600)
    except OSError as exc:
        raise translate_error(exc, "writing the restored key file", target.parent) from None
    return kept


def _backup_key_file(backup: Path) -> tuple[bytes, KeyFile]:
    info, manifest = read_info(backup)
    try:
        with zipfile.ZipFile(backup) as zf:
            raw = zf.read(KEYS_MEMBER)
    except (*ZIP_DAMAGE, KeyError, OSError):
        raise BackupInvalid(f"{backup.name} is damaged: its key file cannot be read. Nothing was changed.") from None
    files = manifest.get("files")
    member = files.get(KEYS_MEMBER) if isinstance(files, dict) else None
    expected = member.get("sha256") if isinstance(member, dict) else None
    if hashlib.sha256(raw).hexdigest() != expected:
        raise BackupInvalid(f"{backup.name} is damaged: its key file does not match the backup's manifest. "
                            "Nothing was changed; try another backup.")
    try:
        keys = KeyFile.from_bytes(raw, backup.name)
    except KeyFileDamaged:
        raise BackupInvalid(f"The key file inside {backup.name} is damaged. Nothing was changed; try another "
                            "backup.") from None
    if keys.register_id != info.register_id:
        raise BackupInvalid(f"{backup.name} is inconsistent: its key file names another register.")
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
        raise UsageError(f"{backup.name} is not a backup of this register: the key it holds does not open "
                         f"{register_path.name}. Nothing was changed.") from None
    try:
        conn = connect_readonly(register_path, data_key)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'register_id'").fetchone()
        finally:
            conn.close()
    except sqlcipher.Error:
        row = None  # the key opens the database: that alone ties the backup to it
    if row is not None and row[0] != register_id:
        raise UsageError(f"{backup.name} is a backup of another register, not of {register_path.name}. "
                         "Nothing was changed.")


def _keep_old(path: Path) -> Path | None:
    """Copy the key file about to be replaced to ``<name>.damaged-<UTC time>`` (0600); None if there is none."""
    try:
        old = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise translate_error(exc, "reading the damaged key file", path.parent) from None
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    kept = path.with_name(f"{path.name}.damaged-{stamp}")
    number = 2
    while kept.exists():
        kept = path.with_name(f"{path.name}.damaged-{stamp}-{number}")
        number += 1
    try:
        atomic_write_bytes(kept, old, mode=0o600)
    except OSError as exc:
        raise translate_error(exc, "keeping the damaged key file", path.parent) from None
    return kept
