"""The offline outbox: breaches logged on this computer while the team register's server cannot be reached,
kept encrypted until they are pushed to it with their original times.

Breaches only (issue 17: the 72-hour clock must not wait for the network); every other record waits for the
server. The outbox is an ordinary register file (SQLCipher, ``Register``), one per team register and person,
in the user data folder (``outbox/``). Its data key is wrapped with the person's team password, so it opens
with what they type to sign in, and it has no recovery key: what it holds is pushed within days and
then removed. Pushing creates each breach in the team register with its original creation time (so its
awareness time and notification deadline are unchanged) and one "import" entry naming where it came from;
that entry is also how a push interrupted between the team's commit and the outbox's delete is recognised,
so a retry never sends a breach twice.
"""

from __future__ import annotations

import contextlib
import json
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from ..core.entities import BY_KEY
from ..core.errors import UsageError, WrongKey
from ..core.i18n import t
from .atomic import atomic_write_bytes, durable_rename
from .attachments import Attachments
from .audit import AUDIT_LOCK
from .dialect import Target
from .records import Records
from .identity import default_actor
from .register import Register
from .register_files import keys_path, register_files, remove_side_files

ENTITY = "breach"
_HINT_KEYS = ("time_zone", "holiday_country", "holiday_region")  # the organisation's clock, nothing personal


@dataclass
class PushResult:
    """What a push sent: (outbox id, team id) per breach, and how many are still waiting."""

    pushed: list[tuple[int, int]] = field(default_factory=list)
    remaining: int = 0


def outbox_dir() -> Path:
    return Path(platformdirs.user_data_dir("atlas-desktop", appauthor=False)) / "outbox"


def _name(target: Target) -> str:
    raw = f"{target.database}@{target.host or 'socket'}-{target.port}-{target.user or 'me'}"
    return "".join(ch if ch.isalnum() or ch in "-_.@" else "_" for ch in raw)


def outbox_path(target: Target) -> Path:
    """Where this computer keeps the outbox of ``target``'s register for ``target.user``."""
    return outbox_dir() / f"{_name(target)}.atlas"


def _hint_path(target: Target) -> Path:
    return outbox_dir() / f"{_name(target)}.zone.json"


def _staging(path: Path) -> Path:
    return path.with_name(f".{path.name}.new")


def has_outbox(target: Target) -> bool:
    return outbox_path(target).exists()


def note_team(team: Any) -> None:
    """Remember the team organisation's time zone and holiday calendar (no personal data) for a new outbox, so
    times typed offline read on the same clock. Called by ``push``; the app may call it after signing in."""
    org = Records(team).organisation()
    hint = {key: org.get(key) for key in _HINT_KEYS if org.get(key)}
    with contextlib.suppress(OSError):  # a courtesy: without it the outbox uses this computer's zone
        _hint_path(team.target).parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        atomic_write_bytes(_hint_path(team.target), json.dumps(hint).encode("utf-8"))


def _hint(target: Target) -> dict[str, str]:
    try:
        data = json.loads(_hint_path(target).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: str(v) for k, v in data.items() if k in _HINT_KEYS and v} if isinstance(data, dict) else {}


def _remove(path: Path) -> None:
    for file in [path, keys_path(path)]:
        file.unlink(missing_ok=True)
    remove_side_files(path)


def _create(path: Path, target: Target, password: str) -> None:
    """Make the outbox at ``path``: staged under another name, and named only once its key opens with
    ``password``, so a crash never leaves an outbox that nothing opens."""
    staging = _staging(path)
    _remove(staging)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    # Register.create insists on a strong passphrase (require_strong). The team password was judged strong
    # when a manager added the person (team_members.add_member), against their name and the organisation's,
    # and is not ours to judge again against the outbox's name: the file is made with a random passphrase,
    # then its key is rewrapped with the team password alone (and the unused recovery wrap dropped).
    actor = target.user or default_actor()
    name = t("team", "Outbox for {server}").format(server=target.server)  # its organisation's name, as shown
    reg, _unused = Register.create(staging, secrets.token_urlsafe(32), name, actor=actor)
    try:
        keys = reg.edited_keys()
        keys.remove("recovery")
        keys.set_passphrase(reg.data_key, password)
        reg.save_keys(keys, t("team", "locking the outbox with your team password"),
                      {"passphrase": "your team password", "recovery_key": "none"})
        hint = _hint(target)
        if hint:
            Records(reg).save_organisation(hint)
    except BaseException:
        reg.close()
        _remove(staging)
        raise
    reg.close()
    # As Register.create: the key file first, the database appearing under its name is the commit point.
    durable_rename(keys_path(staging), keys_path(path))
    durable_rename(staging, path)


def open_outbox(target: Target, password: str, *, create: bool = True) -> Register:
    """The outbox of ``target``'s register on this computer, open; made first when missing (``create``)."""
    if not password:
        raise WrongKey(t("team", "Your password for the team register is needed to open the outbox on this "
                         "computer."))
    path = outbox_path(target)
    _remove(_staging(path))  # an outbox whose making was interrupted holds nothing yet
    if not path.exists():
        if not create:
            raise UsageError(t("team", "There is no outbox on this computer for {server}: nothing is "
                               "waiting.").format(server=target.server))
        _create(path, target, password)
    try:
        return Register.open(path, passphrase=password, actor=target.user or default_actor(),
                             backup_dir=path.parent / "backups")
    except WrongKey:
        raise WrongKey(t("team", "This password does not open the outbox on this computer: the outbox was locked "
                         "with the password you typed when you logged the breach. Use that one; if you changed your "
                         "password since, sign in with the old one to open the outbox.")) from None


def pending_count(outbox: Register) -> int:
    """How many breaches wait in the outbox."""
    return Records(outbox).count(ENTITY)


def _logged(outbox: Register, outbox_id: int) -> tuple[str, str]:
    """(who, when) logged breach ``outbox_id`` in the outbox: its row's creation time, its create entry's actor."""
    model = Records(outbox).models[ENTITY]
    created_at = model.select(model.created_at).where(model.id == outbox_id).scalar()
    creates = [e for e in outbox.audit.entries(entity=ENTITY, record=str(outbox_id)) if e.action == "create"]
    return (creates[-1].actor if creates else outbox.actor), str(created_at)


def _already_pushed(team: Any, source: str, outbox_id: int, logged_at: str) -> int | None:
    """The team id of this outbox breach if a push already created it (an earlier push stopped before the
    outbox forgot it). The outbox's ids can be reused once deleted, so its creation time is compared too."""
    rows = team.db.execute_sql("SELECT record, after FROM audit_entry WHERE action = 'import' AND entity = ? "
                               "AND after LIKE ?", (ENTITY, f"%{source}%")).fetchall()
    for record, after in rows:
        try:
            said = json.loads(after)
        except (TypeError, ValueError):
            continue
        if (said.get("from") == "outbox" and said.get("outbox_register_id") == source
                and said.get("outbox_id") == outbox_id and said.get("logged_at") == logged_at):
            return int(record)
    return None


def _send(outbox: Register, team: Any, outbox_id: int) -> int:
    """Create one outbox breach in the team register (one team transaction); returns its team id."""
    ent = BY_KEY[ENTITY]
    source = outbox.register_id
    logged_by, logged_at = _logged(outbox, outbox_id)
    record = Records(outbox).get(ENTITY, outbox_id)
    files = Attachments(outbox)
    with team.transaction(t("team", "sending a breach from the outbox")):
        # One push at a time (this window and, say, 'atlas team push'): the check and the create are atomic.
        team.db.execute_sql("SELECT pg_advisory_xact_lock(?)", (AUDIT_LOCK,))
        found = _already_pushed(team, source, outbox_id, logged_at)
        if found is not None:
            return found
        team_id = Records(team).create(ENTITY, {f.key: record[f.key] for f in ent.editable_fields},
                                       created_at=logged_at)
        for info in files.list(ENTITY, outbox_id):
            Attachments(team).add(ENTITY, team_id, files.read(info.id), info.filename, info.note)
        # "before" is not empty: an entry without one reads as a record's creation (integrity.verify_records).
        team.audit.append(team.actor, "import", ENTITY, str(team_id), {"outbox_id": outbox_id},
                          {"from": "outbox", "logged_by": logged_by, "logged_at": logged_at,
                           "outbox_register_id": source, "outbox_id": outbox_id})
    return team_id


def _forget(outbox: Register, outbox_id: int) -> None:
    """Delete a pushed breach from the outbox (and its attachments); the outbox's trail records it."""
    records = Records(outbox)
    if records.exists(ENTITY, outbox_id):
        records.delete(ENTITY, outbox_id)


def push(outbox: Register, team: Any) -> PushResult:
    """Send every breach in the outbox to the team register, oldest first, each in its own team transaction,
    then delete it from the outbox. A failure stops the push with the rest still in the outbox."""
    with contextlib.suppress(Exception):  # only a hint for the next outbox; never a reason not to push
        note_team(team)
    result = PushResult()
    for outbox_id in sorted(Records(outbox).ids(ENTITY)):
        team_id = _send(outbox, team, outbox_id)
        _forget(outbox, outbox_id)
        result.pushed.append((outbox_id, team_id))
    result.remaining = pending_count(outbox)
    return result


def discard_if_empty(target: Target) -> bool:
    """Remove the outbox's files if it holds no breach (call it once the outbox is closed). Opening it takes
    ``target.password`` (a signed-in team register's ``target`` has it); without one it is left as it is."""
    path = outbox_path(target)
    if not path.exists() or not target.password:
        return False
    try:
        outbox = open_outbox(target, target.password, create=False)
    except (WrongKey, UsageError):
        return False
    try:
        empty = pending_count(outbox) == 0
    finally:
        outbox.close()
    if empty:
        for file in register_files(path):
            file.unlink(missing_ok=True)
    return empty
