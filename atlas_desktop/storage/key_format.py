"""The key file's on-disk form: strict reading of every field, and the seals that show damage.

Version 2 adds three seals to version 1's layout, each answering its own question:

- the file's ``checksum`` (SHA-256 over every other field): was anything in it changed?
- ``register_digest`` (SHA-256 of the register id) and each wrap's ``digest`` (SHA-256 over its kind
  and fields): was the register id, or *this* wrap, changed? They need no secret, so a failed unlock
  can be told apart: damage to what that unlock used is never reported as a wrong passphrase, and
  damage elsewhere does not turn a mistyped passphrase into "damaged".
- each wrap's ``check`` (HMAC-SHA256 under a key derived from the data key): once the data key is
  known, proves a wrap was made for it and is whole, without that wrap's own secret.

Reading never lets a KeyError or TypeError out: a field unlocking cannot use makes its wrap
unusable (``InvalidWrap``); a document nothing can be read from is ``Unreadable``. A field name hit
by damage is put back when exactly one name is missing and one unknown name is there, because the
seals then say whether that guess was right.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

FORMAT = "atlas-register-keys"
FORMAT_VERSION = 2
CIPHER = "aes-256-gcm"
KEY_BYTES = 32
TAG_BYTES = 16

PASSPHRASE = "passphrase"
RECOVERY = "recovery"
KEYRING = "keyring"
KINDS = (PASSPHRASE, RECOVERY, KEYRING)
KDF_NAMES = {PASSPHRASE: "argon2id", RECOVERY: "hkdf-sha256", KEYRING: "none"}
ARGON2_VERSION = 19

MAX_BYTES = 1 << 20  # a key file is about 2 KB; anything far bigger is not one, and is not parsed
# Sane bounds for Argon2id, so a damaged or hostile file cannot make unlocking hang or exhaust memory:
# at most four times the work calibration can ever choose (64 passes over 64 MiB).
MAX_PARALLELISM = 16
MAX_MEMORY_KIB = 1 << 20
MAX_WORK_KIB = 4 * 64 * 64 * 1024

_TOP_REQUIRED = ("format", "version", "register_id", "wraps")
_WRAP_REQUIRED = ("kdf", "cipher", "nonce", "sealed")
_WRAP_SEALS = ("check", "digest")
_KDF_FIELDS = {PASSPHRASE: ("kdf", "version", "time_cost", "memory_kib", "parallelism", "salt"),
               RECOVERY: ("kdf", "salt"), KEYRING: ("kdf",)}
_CHECK_INFO = b"atlas key-file check v1"


class InvalidWrap(ValueError):
    """A wrap that unlocking cannot use: a field it needs is missing, malformed or out of range."""


class Unreadable(ValueError):
    """Nothing can be read from the document: not JSON, not a key file, or its register id or wraps are gone."""


class Newer(ValueError):
    """The document is a key file of a later format version."""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: Any, sizes: Sequence[int] | range, what: str) -> bytes:
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (AttributeError, UnicodeEncodeError, binascii.Error, ValueError):
        raise InvalidWrap(f"its {what} is not valid base64") from None
    if len(data) not in sizes:
        raise InvalidWrap(f"its {what} has {len(data)} bytes")
    return data


def canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def file_checksum(fields: dict[str, Any]) -> str:
    return hashlib.sha256(canonical(fields)).hexdigest()


def register_digest(register_id: str) -> str:
    return hashlib.sha256(canonical({"format": FORMAT, "register_id": register_id})).hexdigest()


def wrap_digest(kind: str, fields: dict[str, Any]) -> str:
    # Not over the register id (it has its own digest): a wrap copied from another register's file is
    # whole, just not this register's, and fails to unlock as a wrong key does (AES-GCM binds the id).
    return hashlib.sha256(canonical({"format": FORMAT, "kind": kind, "wrap": fields})).hexdigest()


def check_value(data_key: bytes, register_id: str, kind: str, body: dict[str, Any]) -> str:
    # Its own HKDF info: the check key is never the data key, the audit key or a wrap key.
    key = HKDF(hashes.SHA256(), KEY_BYTES, None, _CHECK_INFO).derive(bytes(data_key))
    message = canonical({"format": FORMAT, "register_id": register_id, "kind": kind, "wrap": body})
    return b64(hmac.new(key, message, hashlib.sha256).digest())


def mend(obj: dict[str, Any], required: Sequence[str], optional: Sequence[str] = ()) -> tuple[dict[str, Any], bool]:
    """``obj`` with one damaged field name put back, when exactly one is missing and one is unknown."""
    known = set(required) | set(optional)
    unknown = [name for name in obj if name not in known]
    missing = [name for name in required if name not in obj] or [name for name in optional if name not in obj]
    if len(unknown) != 1 or len(missing) != 1:
        return obj, False
    fixed = {name: value for name, value in obj.items() if name != unknown[0]}
    fixed[missing[0]] = obj[unknown[0]]
    return fixed, True


def _int(obj: dict[str, Any], name: str, low: int, high: int) -> int:
    value = obj.get(name)
    if type(value) is not int or not low <= value <= high:  # bool is an int, and not a valid one here
        raise InvalidWrap(f"its {name} is not a whole number from {low} to {high}")
    return value


def _read_kdf(kind: str, raw: Any) -> tuple[dict[str, Any], bool]:
    if not isinstance(raw, dict):
        raise InvalidWrap("its key derivation is missing")
    obj, irregular = mend(raw, _KDF_FIELDS[kind])
    irregular |= bool(set(obj) - set(_KDF_FIELDS[kind])) or obj.get("kdf") != KDF_NAMES[kind]
    if kind == KEYRING:
        return {"kdf": KDF_NAMES[kind]}, irregular
    salt = b64(unb64(obj.get("salt"), range(8, 65), "salt"))
    if kind == RECOVERY:
        return {"kdf": KDF_NAMES[kind], "salt": salt}, irregular
    irregular |= obj.get("version") != ARGON2_VERSION
    parallelism = _int(obj, "parallelism", 1, MAX_PARALLELISM)
    memory = _int(obj, "memory_kib", 8 * parallelism, MAX_MEMORY_KIB)  # Argon2 needs 8 KiB per lane
    time_cost = _int(obj, "time_cost", 1, max(1, MAX_WORK_KIB // memory))
    return {"kdf": KDF_NAMES[kind], "version": ARGON2_VERSION, "time_cost": time_cost, "memory_kib": memory,
            "parallelism": parallelism, "salt": salt}, irregular


@dataclass(frozen=True)
class Wrap:
    """One wrap, read strictly: what unlocking uses (``body``, canonical) and the seals stored with it."""

    kind: str
    body: dict[str, Any]  # kdf, cipher, nonce, sealed: what the check value covers
    nonce: bytes
    sealed: bytes
    check: str | None     # None when the wrap has none (made before version 2); "" when it is malformed
    digest: str | None    # as stored; None when absent
    irregular: bool       # a name was put back, or a fixed value or an extra field was found

    def fields(self) -> dict[str, Any]:
        """What the digest covers: the body and the check value."""
        return {**self.body, "check": self.check} if self.check is not None else dict(self.body)

    def digest_ok(self) -> bool:
        return self.digest is not None and same_text(self.digest, wrap_digest(self.kind, self.fields()))


def same_text(stored: str, expected: str) -> bool:
    """A constant-time comparison of a stored digest with the expected one. As bytes: compare_digest refuses
    str with non-ASCII characters, and a damaged key file may hold any character where a digest was."""
    return hmac.compare_digest(str(stored).encode("utf-8", "surrogatepass"), expected.encode("utf-8"))


def read_wrap(kind: str, raw: Any) -> Wrap:
    """The wrap ``raw`` of ``kind``, or ``InvalidWrap`` saying which field unlocking cannot use."""
    if not isinstance(raw, dict):
        raise InvalidWrap("it is not a set of fields")
    obj, irregular = mend(raw, _WRAP_REQUIRED, _WRAP_SEALS)
    irregular |= bool(set(obj) - set(_WRAP_REQUIRED) - set(_WRAP_SEALS)) or obj.get("cipher") != CIPHER
    nonce = unb64(obj.get("nonce"), (12,), "nonce")
    sealed = unb64(obj.get("sealed"), (KEY_BYTES + TAG_BYTES,), "sealed key")
    kdf, kdf_irregular = _read_kdf(kind, obj.get("kdf"))
    check: str | None = None
    if "check" in obj:
        try:
            check = b64(unb64(obj["check"], (32,), "check value"))
        except InvalidWrap:
            check, irregular = "", True  # a damaged check proves nothing, but unlocking needs no check
    digest = obj.get("digest")
    if digest is not None and not isinstance(digest, str):
        digest, irregular = "", True
    body = {"kdf": kdf, "cipher": CIPHER, "nonce": b64(nonce), "sealed": b64(sealed)}
    return Wrap(kind, body, nonce, sealed, check, digest, irregular or kdf_irregular)


def sealed_wrap(kind: str, body: dict[str, Any], check: str | None) -> dict[str, Any]:
    """The wrap as written: its body, its check value (when there is one) and a fresh digest."""
    fields = {**body, "check": check} if check is not None else dict(body)
    return {**fields, "digest": wrap_digest(kind, fields)}


@dataclass(frozen=True)
class Document:
    """What was read from a key file."""

    register_id: str
    wraps: dict[str, Any]  # as found; ``read_wrap`` reads each one when it is used
    version: int
    damaged: bool          # the checksum failed, or a field name had to be put back
    register_ok: bool      # the register id is as written (its digest or the checksum says so)


def read_document(raw: bytes) -> Document:
    """The key file in ``raw``: ``Unreadable`` when nothing can be used, ``Newer`` for a later format.

    Damage is not refused here: which wraps are still whole, the digests say when they are used."""
    if len(raw) > MAX_BYTES:
        raise Unreadable("too large")
    try:
        # A damaged byte is often not UTF-8: replaced, it spoils only its own field, not the document.
        data = json.loads(raw.decode("utf-8", errors="replace"))
    except (ValueError, RecursionError):
        raise Unreadable("not JSON") from None
    if not isinstance(data, dict):
        raise Unreadable("not an object")
    data, mended = mend(data, _TOP_REQUIRED, ("checksum", "register_digest"))
    fmt, version, register_id, wraps = (data.get(name) for name in _TOP_REQUIRED)
    checksum = data.get("checksum")
    if not isinstance(register_id, str) or not register_id or not isinstance(wraps, dict):
        raise Unreadable("no register id or wraps")
    sealed = checksum is not None or "register_digest" in data or any(
        isinstance(w, dict) and "digest" in w for w in wraps.values())
    if not sealed:  # version 1 (or not a key file at all): there is no seal to tell damage by
        if fmt != FORMAT or type(version) is not int:
            raise Unreadable("not a key file")
        if version > FORMAT_VERSION:
            raise Newer(str(version))
        if version != 1:
            raise Unreadable("unknown version")
        return Document(register_id, wraps, 1, mended, not mended)
    fields = {"format": fmt, "version": version, "register_id": register_id, "wraps": wraps,
              "register_digest": data.get("register_digest")}
    register_ok = data.get("register_digest") == register_digest(register_id)
    if isinstance(checksum, str):
        if checksum == file_checksum(fields):
            if type(version) is int and version > FORMAT_VERSION:
                raise Newer(str(version))
            if fmt == FORMAT and type(version) is int and version == FORMAT_VERSION:
                return Document(register_id, wraps, FORMAT_VERSION, mended, True)
        for guess in ({"format": FORMAT}, {"version": FORMAT_VERSION}):
            if checksum == file_checksum({**fields, **guess}):  # the checksum names the one field hit
                return Document(register_id, wraps, FORMAT_VERSION, True, True)
    if fmt == FORMAT and type(version) is int and version > FORMAT_VERSION:
        raise Newer(str(version))  # a later format may seal itself another way
    if fmt != FORMAT:
        raise Unreadable("not a key file")
    return Document(register_id, wraps, FORMAT_VERSION, True, register_ok)


def document(register_id: str, wraps: dict[str, Any]) -> bytes:
    """The version-2 file for these wraps, with its seals."""
    fields = {"format": FORMAT, "version": FORMAT_VERSION, "register_id": register_id, "wraps": wraps,
              "register_digest": register_digest(register_id)}
    return json.dumps({**fields, "checksum": file_checksum(fields)}, indent=2, sort_keys=True).encode("utf-8")
