"""The audit-trail head this computer last saw for each register, and the check made on every open.

A valid chain cut short at its end, or rewritten and sealed again by someone holding the key,
verifies on its own; backups catch it only while they exist. So the app also keeps, outside the
register (``settings.load_seen_heads``), the entry count and head MAC it saw last, and each open
checks that the trail still *extends* that one: the same head, or more entries after it.

Only a trail that extends the remembered one replaces it, so a warning stays until the trail is
restored from a backup or a person accepts it (``remember_head``, ``atlas audit verify --accept-trail``).

A restore rewinds the trail on purpose. Before its commit point it writes down, in a file of its
own beside the remembered heads (``expect_restored_head``), the head the restored register will
have; a trail that extends that one is accepted as well, and becomes the remembered head. So a
restore killed just after its commit point does not leave a warning of entries removed, and one
killed before it leaves the old register, which still extends the old head, without one.
"""

from __future__ import annotations

import contextlib
import hashlib
from dataclasses import dataclass, replace
from pathlib import Path

import peewee
from sqlcipher3 import dbapi2 as sqlcipher

from ..core.i18n import t, tn
from .atomic import fsync_dir
from .audit import GENESIS, Anchor
from .register_protocol import OpenRegister
from .settings import load_seen_heads, save_seen_head, seen_heads_path

FIRST, SAME, LONGER, SHORTER, DIFFERENT, UNKNOWN = "first", "same", "longer", "shorter", "different", "unknown"


@dataclass(frozen=True)
class TrailMemory:
    """How the trail found on open compares with the one this computer saw last."""

    status: str  # FIRST, SAME, LONGER (all fine), SHORTER, DIFFERENT (warnings) or UNKNOWN
    count: int
    head: str
    seen_count: int | None = None
    seen_head: str | None = None
    restored: bool = False  # compared with the head a restore made here expected, not the one seen last

    @property
    def ok(self) -> bool:
        # UNKNOWN (the trail or the settings file could not be read) is not a warning of its own:
        # doctor and verify report an unreadable trail.
        return self.status in (FIRST, SAME, LONGER, UNKNOWN)

    @property
    def message(self) -> str:
        """One plain sentence for a warning; "" when all is well."""
        if self.status == SHORTER:
            return tn("team", "The audit trail has %n entr(y|ies), but this computer saw {seen} the last time it was "
                      "open: entries were removed from its end. Run 'atlas doctor'; restore a backup if the register "
                      "was not restored on purpose.", self.count).format(seen=self.seen_count)
        if self.status == DIFFERENT:
            return t("team", "The audit trail differs from the one this computer saw the last time (entry {entry} was "
                     "{head}…): its history was rewritten, or an older copy of the register was put in place. Run "
                     "'atlas doctor'.").format(entry=self.seen_count, head=str(self.seen_head)[:12])
        return ""


def _expected_path(register_id: str, path: Path | None) -> Path:
    """Where a restore writes down the head it expects, one file per register (the id hashed: a key
    file's id is not trusted to be a safe file name)."""
    heads = path or seen_heads_path()
    digest = hashlib.sha256(register_id.encode("utf-8")).hexdigest()[:16]
    return heads.with_name(f"{heads.stem}-restoring-{digest}{heads.suffix}")


def expect_restored_head(register_id: str, count: int, head: str, path: Path | None = None) -> None:
    """Before a restore's commit point: the head the restored register will have (raises OSError)."""
    save_seen_head(register_id, count, head, _expected_path(register_id, path))


def forget_restored_head(register_id: str, path: Path | None = None) -> None:
    """Drop a restore's expectation: the restore was refused, or the trail on open settled the question."""
    expected = _expected_path(register_id, path)
    with contextlib.suppress(FileNotFoundError):
        expected.unlink()
        fsync_dir(expected.parent)


def _compare(reg: OpenRegister, head: Anchor, seen_count: int, seen_head: str) -> TrailMemory:
    if seen_count > head.count:
        return TrailMemory(SHORTER, head.count, head.head, seen_count, seen_head)
    if seen_count == 0:
        at = GENESIS.hex()
    else:
        try:
            row = reg.db.execute_sql("SELECT mac FROM audit_entry WHERE seq = ?", (seen_count,)).fetchone()
        except (peewee.PeeweeException, sqlcipher.Error):
            return TrailMemory(UNKNOWN, head.count, head.head, seen_count, seen_head)
        at = row[0] if row else None
    if at != seen_head:
        return TrailMemory(DIFFERENT, head.count, head.head, seen_count, seen_head)
    return TrailMemory(SAME if seen_count == head.count else LONGER, head.count, head.head, seen_count, seen_head)


def check_seen_head(reg: OpenRegister, path: Path | None = None) -> TrailMemory:
    """Compare the register's trail with the head remembered for it (nothing is written)."""
    try:
        head = reg.audit.head()
    except (peewee.PeeweeException, sqlcipher.Error):
        return TrailMemory(UNKNOWN, 0, "")
    seen = load_seen_heads(path).get(reg.register_id)
    if seen is None:
        return TrailMemory(FIRST, head.count, head.head)
    state = _compare(reg, head, *seen)
    if state.status in (SHORTER, DIFFERENT):
        # Explained if this computer began a restore that put in place the trail found now.
        expected = load_seen_heads(_expected_path(reg.register_id, path)).get(reg.register_id)
        if expected is not None:
            restored = _compare(reg, head, *expected)
            if restored.status in (SAME, LONGER):
                return replace(restored, restored=True)
    return state


def note_head(reg: OpenRegister, path: Path | None = None) -> TrailMemory:
    """Check, and remember the head when the trail extends the one seen before (on open and close).

    Never raises for the settings file: an unwritable config folder must not stop a register opening."""
    state = check_seen_head(reg, path)
    try:
        if state.status in (FIRST, LONGER) or state.restored:
            save_seen_head(reg.register_id, state.count, state.head, path)
        if state.status in (FIRST, SAME, LONGER):
            # The restore's expectation is settled: met (its head is remembered now), or the
            # restore never reached its commit point (the trail still extends the old head).
            forget_restored_head(reg.register_id, path)
    except OSError:
        pass  # the check still ran; the next open compares with the older head, which it extends
    return state


def remember_head(reg: OpenRegister, path: Path | None = None) -> TrailMemory:
    """Remember the register's current head whatever was seen before: after a restore, or when a person
    has looked into a warning and accepts the trail as it is now. Returns the new (SAME) state."""
    head = reg.audit.head()
    save_seen_head(reg.register_id, head.count, head.head, path)
    forget_restored_head(reg.register_id, path)
    state = TrailMemory(SAME, head.count, head.head, head.count, head.head)
    reg.trail_memory = state
    return state
