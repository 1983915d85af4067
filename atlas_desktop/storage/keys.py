"""The register's key file: one random data key, wrapped for each way of unlocking.

The 256-bit data key encrypts the database (as a raw SQLCipher key) and never changes, so
changing the passphrase or reissuing the recovery key rewrites only this small file and
never re-encrypts, or risks, the data. Each wrap is AES-256-GCM with the register id and
the wrap's kind as associated data, so a wrap cannot be moved to another register or slot.
How the file is read strictly and sealed against unnoticed damage is in ``key_format``.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import uuid
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..core.errors import KeyFileDamaged, MalformedRecoveryKey, NotARegister, WrongKey
from ..core.i18n import t
from .atomic import atomic_write_bytes
from .kdf import MIN_MEMORY_KIB, MIN_TIME_COST, KdfParams  # noqa: F401 - the floor, long imported from here
from .key_format import (
    CIPHER,
    FORMAT,
    FORMAT_VERSION,
    KEY_BYTES,
    KEYRING,
    KINDS,
    MAX_BYTES,
    PASSPHRASE,
    RECOVERY,
    InvalidWrap,
    Newer,
    Unreadable,
    Wrap,
    b64,
    check_value,
    document,
    read_document,
    read_wrap,
    same_text,
    sealed_wrap,
)

# What proving a wrap (``KeyFile.prove``) can find.
PROVEN = "proven"        # its check value matches the data key, or it has just unlocked the register
UNPROVEN = "unproven"    # made before key files had check values: nothing can prove it without its secret
DAMAGED = "damaged"      # it fails its check value or cannot be read: it may no longer unlock
MISSING = "missing"      # an expected wrap is not in the file at all

# The remedy a key file read from its register's folder names; kept in English as the key to its translation
# (``_remedy_text``), since a KeyFile holds it from the moment it is read.
RESTORE_HINT = ("Restore the key file alone from a backup: atlas restore --from BACKUP --key-file-only "
                "(your data is not affected)")

_RECOVERY_SECRET_BYTES = 32
_RECOVERY_CHECK_BYTES = 3  # 35 bytes = 56 base32 characters = 14 groups of 4, no padding
_B32_CONFUSABLES = str.maketrans({"0": "O", "1": "I", "8": "B"})


def new_data_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_recovery_key() -> tuple[str, bytes]:
    """Return (printable recovery key, its secret). Shown once, never stored in clear."""
    secret = secrets.token_bytes(_RECOVERY_SECRET_BYTES)
    check = hashlib.sha256(secret).digest()[:_RECOVERY_CHECK_BYTES]
    text = base64.b32encode(secret + check).decode("ascii")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4)), secret


def parse_recovery_key(text: str) -> bytes:
    """Return the secret in a typed recovery key, or say plainly what is wrong with it."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_B32_CONFUSABLES)
    expected = (_RECOVERY_SECRET_BYTES + _RECOVERY_CHECK_BYTES) * 8 // 5
    if len(cleaned) != expected:
        raise MalformedRecoveryKey(
            t("storage", "A recovery key has {expected} letters and digits (14 groups of 4); this one has "
                         "{found}.").format(expected=expected, found=len(cleaned)))
    try:
        raw = base64.b32decode(cleaned)
    except ValueError:
        raise MalformedRecoveryKey(t("storage", "The recovery key contains characters that cannot be in one "
                                                "(only A-Z and 2-7 are used).")) from None
    secret, check = raw[:_RECOVERY_SECRET_BYTES], raw[_RECOVERY_SECRET_BYTES:]
    if hashlib.sha256(secret).digest()[:_RECOVERY_CHECK_BYTES] != check:
        raise MalformedRecoveryKey(t("storage", "The recovery key has a typo: its checksum does not match. "
                                                "Check each group against your printed copy."))
    return secret


def _recovery_wrap_key(secret: bytes, salt: bytes) -> bytes:
    # The secret is 256 random bits, so a fast KDF is enough; Argon2 would add nothing.
    return HKDF(hashes.SHA256(), KEY_BYTES, salt, b"atlas recovery wrap v1").derive(secret)


class KeyFile:
    """The wraps of one register's data key, read from and written to ``<register>.keys``.

    ``wraps`` holds each wrap as found in the file; ``key_format`` reads it strictly when it is
    used. A damaged file is not refused at once: each wrap's digest says whether that wrap is
    still whole, so a wrap that is can still unlock, and the damage is then named and repaired.
    """

    def __init__(self, register_id: str, wraps: dict[str, Any], *, version: int = FORMAT_VERSION,
                 damaged: bool = False, register_ok: bool = True, name: str = "",
                 remedy: str = "", source: bytes | None = None, subject: str = "") -> None:
        self.register_id = register_id
        self.wraps = wraps
        self.version = version    # as read; every file written is FORMAT_VERSION
        self.damaged = damaged    # the file's own checksum failed, or a field name had to be put back
        self.register_ok = register_ok  # the register id is as written (all wraps are bound to it)
        self.name = name          # the key file's or backup's file name ("" when it came from elsewhere)
        self.subject = subject    # or how its holder names it, in the user's language ("your key in the team register")
        self.remedy = remedy      # what to do when it is too damaged to unlock
        self.source = source      # the bytes it was read from, to tell whether a repair changes anything
        self.unlocked_with: str | None = None  # the wrap that opened (AES-GCM authenticated it) this session

    # -- creation and persistence -------------------------------------------------------
    @classmethod
    def create(cls, data_key: bytes, passphrase: str, kdf: KdfParams | None = None) -> tuple[KeyFile, str]:
        """A new key file for ``data_key``; returns it and the printable recovery key."""
        keys = cls(str(uuid.uuid4()), {})
        keys.set_passphrase(data_key, passphrase, kdf)
        recovery = keys.reissue_recovery(data_key)
        return keys, recovery

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        path = Path(path)
        try:
            with path.open("rb") as handle:
                raw = handle.read(MAX_BYTES + 1)  # never more: a huge file is not a key file
        except FileNotFoundError:
            raise NotARegister(t("storage", "This file is not an Atlas register: its key file {name} is missing.")
                               .format(name=path.name)) from None
        except OSError as exc:
            raise NotARegister(t("storage", "The key file {name} cannot be read: {reason}.").format(
                name=path.name, reason=exc.strerror)) from None
        return cls.from_bytes(raw, path.name, RESTORE_HINT)

    @classmethod
    def from_bytes(cls, raw: bytes, name: str = "", remedy: str = "", subject: str = "") -> KeyFile:
        try:
            doc = read_document(raw)
        except Newer:
            raise NotARegister(t("storage", "This register's key file was made by a newer version of Atlas "
                                            "Desktop.")) from None
        except Unreadable:
            raise KeyFileDamaged(t("storage", "{subject} is damaged or is not a valid key file, so it cannot unlock "
                                              "the register.").format(subject=_subject(name, subject))
                                 + " " + _remedy_text(remedy, name) + ".") from None
        return cls(doc.register_id, doc.wraps, version=doc.version, damaged=doc.damaged,
                   register_ok=doc.register_ok, name=name, remedy=remedy, source=bytes(raw), subject=subject)

    def to_bytes(self) -> bytes:
        wraps = {}
        for name, raw in self.wraps.items():
            wrap = self._read_quietly(name, raw) if name in KINDS else None
            if wrap is not None and wrap.digest is None and wrap.check is None:
                # A wrap from a version-1 file: sealed now, so any later change to it shows.
                raw = sealed_wrap(name, wrap.body, None)
            wraps[name] = raw
        return document(self.register_id, wraps)

    def save(self, path: Path) -> None:
        atomic_write_bytes(Path(path), self.to_bytes(), mode=0o600)

    # -- wrapping ------------------------------------------------------------------------
    def _aad(self, kind: str) -> bytes:
        # Still "/1/": the associated data is part of every wrap made so far, and a format change must not orphan them.
        return f"{FORMAT}/1/{self.register_id}/{kind}".encode()

    def _wrap(self, kind: str, wrap_key: bytes, data_key: bytes, kdf: dict[str, Any]) -> None:
        nonce = secrets.token_bytes(12)
        sealed = AESGCM(wrap_key).encrypt(nonce, data_key, self._aad(kind))
        body = {"kdf": kdf, "cipher": CIPHER, "nonce": b64(nonce), "sealed": b64(sealed)}
        self.wraps[kind] = sealed_wrap(kind, body, check_value(data_key, self.register_id, kind, body))

    def _unwrap(self, wrap: Wrap, wrap_key: bytes) -> bytes | None:
        try:
            return AESGCM(wrap_key).decrypt(wrap.nonce, wrap.sealed, self._aad(wrap.kind))
        except (InvalidTag, ValueError):  # ValueError: a wrap key of the wrong length (a damaged keyring entry)
            return None

    def _entry(self, kind: str) -> Any:
        """The wrap of ``kind`` as found: under its name, or under a damaged name its digest vouches for."""
        if kind in self.wraps:
            return self.wraps[kind]
        for name, raw in self.wraps.items():
            wrap = None if name in KINDS else self._read_quietly(kind, raw)
            if wrap is not None and wrap.digest_ok():
                return raw
        return None

    def _read(self, kind: str) -> Wrap | None:
        raw = self._entry(kind)
        return None if raw is None else read_wrap(kind, raw)

    @staticmethod
    def _read_quietly(kind: str, raw: Any) -> Wrap | None:
        try:
            return read_wrap(kind, raw)
        except InvalidWrap:
            return None

    def _suspect(self, wrap: Wrap) -> bool:
        """True when the wrap (or the register id it is bound to) may have changed since it was written."""
        if not self.register_ok:
            return True
        if wrap.digest is None:
            # Version 1 had no digests: only a name put back or a stray value shows damage there.
            return self.version >= 2 or self.damaged or wrap.irregular
        return not wrap.digest_ok()

    def _usable(self, kind: str) -> Wrap:
        """The wrap of ``kind`` (the passphrase's or the recovery key's) to unlock with, or why there is none."""
        try:
            wrap = self._read(kind)
        except InvalidWrap:
            raise self._damaged_error(kind) from None
        if wrap is None:
            if self.damaged:  # its name may be what the damage hit
                raise self._damaged_error(kind)
            raise NotARegister(t("storage", "This register's key file has no passphrase entry.") if kind == PASSPHRASE
                               else t("storage", "This register's key file has no recovery-key entry."))
        return wrap

    def _damaged_error(self, kind: str) -> KeyFileDamaged:
        other = RECOVERY if kind == PASSPHRASE else PASSPHRASE
        raw = self._entry(other)
        wrap = None if raw is None else self._read_quietly(other, raw)
        subject = _subject(self.name, self.subject)
        # Whole sentences for each way in: the way is an object whose form changes with the sentence (German).
        cannot = {PASSPHRASE: t("storage", "{subject} is damaged, so it cannot unlock the register with the "
                                           "passphrase."),
                  RECOVERY: t("storage", "{subject} is damaged, so it cannot unlock the register with the recovery "
                                         "key."),
                  KEYRING: t("storage", "{subject} is damaged, so it cannot unlock the register with this "
                                        "computer's remembered key.")}[kind].format(subject=subject)
        remedy = _remedy_text(self.remedy, self.name)
        if wrap is not None and not self._suspect(wrap):
            remedy = (t("storage", "{remedy}, or try the recovery key") if other == RECOVERY
                      else t("storage", "{remedy}, or try the passphrase")).format(remedy=remedy)
        return KeyFileDamaged(f"{cannot} {remedy}.")

    def has(self, kind: str) -> bool:
        return self._entry(kind) is not None

    def set_passphrase(self, data_key: bytes, passphrase: str, kdf: KdfParams | None = None) -> None:
        params = kdf or KdfParams.calibrate()
        self._wrap(PASSPHRASE, params.derive(passphrase), data_key, params.to_json())

    def reissue_recovery(self, data_key: bytes) -> str:
        text, secret = new_recovery_key()
        salt = secrets.token_bytes(16)
        self._wrap(RECOVERY, _recovery_wrap_key(secret, salt), data_key, {"kdf": "hkdf-sha256", "salt": b64(salt)})
        return text

    def set_device_wrap(self, data_key: bytes, device_key: bytes) -> None:
        self._wrap(KEYRING, device_key, data_key, {"kdf": "none"})

    def remove(self, kind: str) -> None:
        self.wraps.pop(kind, None)

    # -- unlocking -----------------------------------------------------------------------
    def unlock_with_passphrase(self, passphrase: str) -> bytes:
        if not passphrase:
            raise WrongKey(t("storage", "Wrong passphrase."))
        wrap = self._usable(PASSPHRASE)
        key = self._unwrap(wrap, KdfParams.from_json(wrap.body["kdf"]).derive(passphrase))
        if key is None:
            if self._suspect(wrap):
                raise self._damaged_error(PASSPHRASE)
            raise WrongKey(t("storage", "Wrong passphrase."))
        self.unlocked_with = PASSPHRASE
        return key

    def unlock_with_recovery_key(self, text: str) -> bytes:
        secret = parse_recovery_key(text)
        wrap = self._usable(RECOVERY)
        key = self._unwrap(wrap, _recovery_wrap_key(secret, base64.b64decode(wrap.body["kdf"]["salt"])))
        if key is None:
            if self._suspect(wrap):
                raise self._damaged_error(RECOVERY)
            raise WrongKey(t("storage", "Wrong recovery key: it is well formed but belongs to another register "
                                        "or to an earlier, replaced recovery key."))
        self.unlocked_with = RECOVERY
        return key

    def unlock_with_device_key(self, device_key: bytes) -> bytes | None:
        """The data key, or None when the remembered key no longer matches (never an error)."""
        raw = self._entry(KEYRING)
        wrap = None if raw is None else self._read_quietly(KEYRING, raw)
        key = None if wrap is None else self._unwrap(wrap, device_key)
        if key is not None:
            self.unlocked_with = KEYRING
        return key

    # -- proving and repairing -------------------------------------------------------------
    def _state(self, wrap: Wrap, data_key: bytes) -> str:
        if wrap.kind == self.unlocked_with:
            return PROVEN
        if wrap.check is None:  # made before version 2: nothing to prove it with
            return DAMAGED if wrap.digest is not None and not wrap.digest_ok() else UNPROVEN
        expected = check_value(data_key, self.register_id, wrap.kind, wrap.body)
        return PROVEN if same_text(wrap.check, expected) else DAMAGED

    def prove(self, data_key: bytes, expected: tuple[str, ...] = (PASSPHRASE, RECOVERY)) -> dict[str, str]:
        """Each wrap's state, once the data key is known: PROVEN, UNPROVEN, DAMAGED, or MISSING (if expected)."""
        states = {}
        for kind in KINDS:
            raw = self._entry(kind)
            if raw is None:
                if kind in expected:
                    states[kind] = MISSING
                continue
            wrap = self._read_quietly(kind, raw)
            states[kind] = DAMAGED if wrap is None else self._state(wrap, data_key)
        return states

    def repaired(self, data_key: bytes) -> KeyFile | None:
        """This key file upgraded to the current version with every seal that can be proven renewed, or
        None when writing it would change nothing. A wrap that does not prove is kept exactly as found."""
        wraps: dict[str, Any] = {}
        for name, raw in self.wraps.items():
            kind = name if name in KINDS else next((k for k in KINDS if k not in self.wraps
                                                    and self._entry(k) is raw), None)
            wrap = None if kind is None else self._read_quietly(kind, raw)
            state = DAMAGED if wrap is None else self._state(wrap, data_key)
            if wrap is None or state == DAMAGED:
                wraps[name] = raw
                continue
            check = check_value(data_key, self.register_id, wrap.kind, wrap.body) if state == PROVEN else None
            wraps[wrap.kind] = sealed_wrap(wrap.kind, wrap.body, check)
        fresh = KeyFile(self.register_id, wraps, name=self.name, remedy=self.remedy, subject=self.subject)
        fresh.unlocked_with = self.unlocked_with
        fresh.source = fresh.to_bytes()
        return None if fresh.source == (self.source if self.source is not None else self.to_bytes()) else fresh


def _remedy(name: str) -> str:
    if name.endswith(".atlasbak"):
        return t("storage", "Use another backup")
    return t("storage", "Restore it from a backup")


def _remedy_text(remedy: str, name: str) -> str:
    """What to do about a key file too damaged to unlock, in the user's language (no final full stop)."""
    if remedy == RESTORE_HINT:
        return t("storage", "Restore the key file alone from a backup: atlas restore --from BACKUP --key-file-only "
                            "(your data is not affected)")
    return remedy or _remedy(name)


def _subject(name: str, subject: str = "") -> str:
    """The key file as the subject of a sentence: as its holder names it (``subject``, already in the user's
    language), by its own file name, inside a backup's, or plainly "the key file"."""
    if subject or not name:
        phrase = subject or t("storage", "the key file")
        return phrase[:1].upper() + phrase[1:]
    if name.endswith(".keys"):
        return t("storage", "The key file {name}").format(name=name)
    return t("storage", "The key file in {name}").format(name=name)
