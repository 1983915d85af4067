"""Evidence files (a signed DPA, a certificate, a screenshot) kept encrypted inside the register.

Files live in the SQLCipher database itself, never beside it, so a copied register or a
backup carries its evidence and nothing is ever on disk in plaintext. Every addition and
removal is recorded in the audit trail with the file's SHA-256, never its content.
"""

from __future__ import annotations

import builtins
import hashlib
import mimetypes
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from ..core.entities import entity as entity_named
from ..core.errors import NotFound, StorageError, UsageError
from ..core.i18n import format_number, in_sentence, language, spec, t
from .atomic import atomic_write_bytes
from .audit import utc_now
from .models import ATTACHMENT_TABLE, attachment_model, model_for
from .register_protocol import OpenRegister

MAX_BYTES = 25 * 1024 * 1024
MAX_NAME_BYTES = 200  # below the usual 255-byte limit, leaving room for " (2)"-style suffixes


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    entity: str
    record: int
    filename: str
    media_type: str
    size: int
    sha256: str
    added_at: str
    added_by: str
    note: str | None


def _megabytes(size: int) -> str:
    """``size`` in MB with one decimal, in the language's own marks (``25.0`` / ``25,0``)."""
    from babel.numbers import format_decimal
    return format_decimal(size / 1024 / 1024, format="0.0", locale=language())


def _too_big(name: str, size: int | None) -> UsageError:
    # Bytes as well as MB: 25 MB and one byte would otherwise read "25.0 MB; at most 25 MB".
    # ``None``: the file held more than it said (it grew while read, or reports no size), so its size is unknown.
    if size is None:
        return UsageError(t("storage", "{name} is too large: it holds more than {most} bytes, though it reported "
                                       "fewer (it may be growing while being read); attachments can be at most 25 MB. "
                                       "Nothing was attached.").format(name=name, most=format_number(MAX_BYTES)))
    return UsageError(t("storage", "{name} is too large ({size} bytes, {megabytes} MB); attachments can be at most "
                                   "25 MB ({most} bytes).").format(name=name, size=format_number(size),
                                                                   megabytes=_megabytes(size),
                                                                   most=format_number(MAX_BYTES)))


def _not_a_file(path: Path, mode: int) -> UsageError:
    # What the path is, said as the predicate of "{path} is {kind}, not a file".
    kind = (t("storage", "a folder") if stat.S_ISDIR(mode)
            else t("storage", "a device") if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
            else t("storage", "a pipe (FIFO)") if stat.S_ISFIFO(mode)
            else t("storage", "a socket") if stat.S_ISSOCK(mode)
            else t("storage", "not a regular file"))
    shown = (t("storage", "{path} (a link to {target})").format(path=path, target=os.path.realpath(path))
             if os.path.islink(path) else str(path))
    return UsageError(t("storage", "{path} is {kind}, not a file; nothing was attached. Only a regular file (a "
                                   "document, a scan, a picture) can be attached: choose one instead.").format(
        path=shown, kind=kind))


def read_file(path: Path) -> bytes:
    """The bytes of a regular file of at most ``MAX_BYTES``, read without trusting what it says about itself.

    A pipe, a device or a socket could block for ever or never end (/dev/zero), so anything but a
    regular file is refused before it is read; the open is non-blocking so that a pipe swapped in
    after the check cannot hang it either. At most ``MAX_BYTES`` + 1 bytes are read, so a file that
    grows while read, or reports the wrong size, is refused without reading all of it."""
    path = Path(path)
    try:
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode):
            raise _not_a_file(path, mode)
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags)
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):  # replaced between the check and the open
                raise _not_a_file(path, info.st_mode)
            if info.st_size > MAX_BYTES:
                raise _too_big(path.name, info.st_size)
            data = handle.read(MAX_BYTES + 1)
    except IsADirectoryError:
        raise _not_a_file(path, stat.S_IFDIR) from None
    except OSError as exc:
        raise StorageError(t("storage", "Cannot read {path}: {reason}. Nothing was attached.").format(
            path=path, reason=exc.strerror)) from None
    if len(data) > MAX_BYTES:
        raise _too_big(path.name, None)
    return data


def _clean_name(name: str) -> str:
    # Only the last path part, so "save as" can never be steered outside the chosen folder.
    base = Path(name.replace("\\", "/")).name.strip()
    base = "".join(ch for ch in base if ch.isprintable())
    if not base or base in (".", ".."):
        raise UsageError(t("storage", "The attachment needs a file name."))
    if len(base.encode("utf-8")) <= MAX_NAME_BYTES:
        return base
    # Too long for most file systems once saved: shorten the stem, keep the extension.
    suffix = Path(base).suffix if len(Path(base).suffix.encode("utf-8")) <= 20 else ""
    stem = base[: len(base) - len(suffix)] if suffix else base
    budget = MAX_NAME_BYTES - len(suffix.encode("utf-8"))
    return stem.encode("utf-8")[:budget].decode("utf-8", "ignore") + suffix


class Attachments:
    def __init__(self, reg: OpenRegister) -> None:
        self.reg = reg
        self.model = attachment_model(reg.db)

    def _info(self, row: dict) -> AttachmentInfo:
        return AttachmentInfo(**{k: row[k] for k in AttachmentInfo.__dataclass_fields__})

    def _target_exists(self, entity: str, record: int) -> None:
        # Asked of the record's table directly, not of ``Records``: records builds on attachments (a deleted
        # record takes its files with it), so attachments must not build on records.
        ent = entity_named(entity)
        model = model_for(ent, self.reg.db)
        if not model.select(model.id).where(model.id == record).exists():
            raise NotFound(t("storage", "There is no {record} #{id} to attach a file to.").format(
                record=in_sentence(spec(ent.label)), id=record))

    def add(self, entity: str, record: int, data: bytes, filename: str, note: str | None = None) -> int:
        """Store ``data`` as an attachment of the record; refuses files over 25 MB."""
        name = _clean_name(filename)
        if len(data) > MAX_BYTES:
            raise _too_big(name, len(data))
        digest = hashlib.sha256(data).hexdigest()
        media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        with self.reg.transaction(t("storage", "attaching {name}").format(name=name)):
            self._target_exists(entity, record)
            attachment_id = int(self.model.insert(
                entity=entity, record=record, filename=name, media_type=media_type, size=len(data),
                sha256=digest, added_at=utc_now(), added_by=self.reg.actor, note=note,
                data=self.reg.seal(data)).execute())
            self.reg.audit.append(self.reg.actor, "create", ATTACHMENT_TABLE, str(attachment_id), None,
                                  {"entity": entity, "record": record, "filename": name, "size": len(data),
                                   "sha256": digest, "note": note})
        return attachment_id

    def add_file(self, entity: str, record: int, path: Path, note: str | None = None) -> int:
        """Attach a regular file from disk (the CLI's ``attach`` and the GUI's "Attach files" both come here)."""
        path = Path(path)
        return self.add(entity, record, read_file(path), path.name, note)

    def list(self, entity: str, record: int) -> builtins.list[AttachmentInfo]:
        m = self.model
        fields = [getattr(m, k) for k in AttachmentInfo.__dataclass_fields__]
        rows = m.select(*fields).where((m.entity == entity) & (m.record == record)).order_by(m.id).dicts()
        return [self._info(row) for row in rows]

    def info(self, attachment_id: int) -> AttachmentInfo:
        m = self.model
        fields = [getattr(m, k) for k in AttachmentInfo.__dataclass_fields__]
        row = m.select(*fields).where(m.id == attachment_id).dicts().first()
        if row is None:
            raise NotFound(t("storage", "There is no attachment #{id}.").format(id=attachment_id))
        return self._info(row)

    def read(self, attachment_id: int) -> bytes:
        m = self.model
        row = m.select(m.data, m.sha256).where(m.id == attachment_id).tuples().first()
        if row is None:
            raise NotFound(t("storage", "There is no attachment #{id}.").format(id=attachment_id))
        data = self.reg.unseal(bytes(row[0]))
        if hashlib.sha256(data).hexdigest() != row[1]:
            raise StorageError(t("storage", "Attachment #{id} does not match its recorded checksum.").format(
                id=attachment_id))
        return data

    def save_as(self, attachment_id: int, path: Path) -> Path:
        """Write the file out (an explicit export: the one time its content leaves the register)."""
        path = Path(path)
        if path.is_dir():
            path = path / self.info(attachment_id).filename
        try:
            atomic_write_bytes(path, self.read(attachment_id))
        except OSError as exc:
            raise StorageError(t("storage", "Cannot write {path}: {reason}.").format(path=path, reason=exc.strerror)
                               ) from None
        return path

    def remove(self, attachment_id: int) -> None:
        info = self.info(attachment_id)
        with self.reg.transaction(t("storage", "removing {name}").format(name=info.filename)):
            self.model.delete().where(self.model.id == attachment_id).execute()
            self.reg.audit.append(self.reg.actor, "delete", ATTACHMENT_TABLE, str(attachment_id),
                                  {"entity": info.entity, "record": info.record, "filename": info.filename,
                                   "size": info.size, "sha256": info.sha256, "note": info.note}, None)

    def remove_all(self, entity: str, record: int) -> None:
        """Remove a record's attachments (when the record is deleted); call inside its transaction."""
        for info in self.list(entity, record):
            self.remove(info.id)
