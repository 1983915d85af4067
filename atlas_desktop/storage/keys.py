"""The register's key file: one random data key, wrapped for each way of unlocking.

The 256-bit data key encrypts the database (as a raw SQLCipher key) and never changes, so
changing the passphrase or reissuing the recovery key rewrites only this small file and
never re-encrypts, or risks, the data. Each wrap is AES-256-GCM with the register id and
the wrap's kind as associated data, so a wrap cannot be moved to another register or slot.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import time
import unicodedata
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..core.errors import MalformedRecoveryKey, NotARegister, WrongKey
from .atomic import atomic_write_bytes

FORMAT = "atlas-register-keys"
FORMAT_VERSION = 1
KEY_BYTES = 32

PASSPHRASE = "passphrase"
RECOVERY = "recovery"
KEYRING = "keyring"

# OWASP's Argon2id floor (m=19 MiB, t=2, p=1). Calibration only ever goes up from here.
MIN_MEMORY_KIB = 19 * 1024
MIN_TIME_COST = 2
START_MEMORY_KIB = 64 * 1024
TARGET_SECONDS = 0.5
MAX_TIME_COST = 64

_RECOVERY_SECRET_BYTES = 32
_RECOVERY_CHECK_BYTES = 3  # 35 bytes = 56 base32 characters = 14 groups of 4, no padding
_B32_CONFUSABLES = str.maketrans({"0": "O", "1": "I", "8": "B"})


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def normalise_passphrase(passphrase: str) -> bytes:
    # NFC so that "é" typed as one or two code points (macOS vs Windows) unlocks alike.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters, stored with the wrap so that unlocking needs no calibration."""

    time_cost: int
    memory_kib: int
    parallelism: int
    salt: bytes

    def derive(self, passphrase: str) -> bytes:
        return hash_secret_raw(
            normalise_passphrase(passphrase), self.salt, time_cost=self.time_cost,
            memory_cost=self.memory_kib, parallelism=self.parallelism, hash_len=KEY_BYTES,
            type=Type.ID,
        )

    def to_json(self) -> dict[str, Any]:
        return {"kdf": "argon2id", "version": 19, "time_cost": self.time_cost,
                "memory_kib": self.memory_kib, "parallelism": self.parallelism,
                "salt": _b64(self.salt)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KdfParams:
        if data.get("kdf") != "argon2id":
            raise NotARegister(f"The key file uses an unknown key derivation ({data.get('kdf')!r}).")
        return cls(int(data["time_cost"]), int(data["memory_kib"]), int(data["parallelism"]),
                   _unb64(data["salt"]))

    @classmethod
    def minimum(cls) -> KdfParams:
        """OWASP's floor, for tests and machines where calibration cannot go higher."""
        return cls(MIN_TIME_COST, MIN_MEMORY_KIB, 1, secrets.token_bytes(16))

    @classmethod
    def calibrate(cls, target_seconds: float | None = None) -> KdfParams:
        """Pick parameters that take about ``target_seconds`` here, never below the floor.

        ``ATLAS_KDF_SECONDS`` overrides the 0.5 s target (tests use it to go faster); the
        OWASP floor still applies, so it can never make the derivation weaker than that.
        """
        target = target_seconds if target_seconds is not None else _target_from_env()
        if target <= 0:
            return cls.minimum()
        salt = secrets.token_bytes(16)
        probe = cls(MIN_TIME_COST, START_MEMORY_KIB, 1, salt)
        elapsed = max(min(_timed(probe) for _ in range(2)), 1e-6)  # the first run pays warm-up
        if elapsed > target:
            # A slow machine: spend less memory first, but never go under the floor.
            memory = max(MIN_MEMORY_KIB, int(START_MEMORY_KIB * target / elapsed))
            return cls(MIN_TIME_COST, memory, 1, salt)
        time_cost = _clamp_time(MIN_TIME_COST * target / elapsed)
        # Cost is not quite linear in t (filling memory is a fixed part), so refine once.
        chosen = cls(time_cost, START_MEMORY_KIB, 1, salt)
        time_cost = _clamp_time(time_cost * target / max(_timed(chosen), 1e-6))
        return cls(time_cost, START_MEMORY_KIB, 1, salt)


def _clamp_time(value: float) -> int:
    return min(MAX_TIME_COST, max(MIN_TIME_COST, round(value)))


def _timed(params: KdfParams) -> float:
    started = time.perf_counter()
    params.derive("calibration")
    return time.perf_counter() - started


def _target_from_env() -> float:
    raw = os.environ.get("ATLAS_KDF_SECONDS")
    try:
        return max(0.0, float(raw)) if raw else TARGET_SECONDS
    except ValueError:
        return TARGET_SECONDS


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
            f"A recovery key has {expected} letters and digits (14 groups of 4); this one has {len(cleaned)}.")
    try:
        raw = base64.b32decode(cleaned)
    except ValueError:
        raise MalformedRecoveryKey("The recovery key contains characters that cannot be in one "
                                   "(only A-Z and 2-7 are used).") from None
    secret, check = raw[:_RECOVERY_SECRET_BYTES], raw[_RECOVERY_SECRET_BYTES:]
    if hashlib.sha256(secret).digest()[:_RECOVERY_CHECK_BYTES] != check:
        raise MalformedRecoveryKey("The recovery key has a typo: its checksum does not match. "
                                   "Check each group against your printed copy.")
    return secret


def _recovery_wrap_key(secret: bytes, salt: bytes) -> bytes:
    # The secret is 256 random bits, so a fast KDF is enough; Argon2 would add nothing.
    return HKDF(hashes.SHA256(), KEY_BYTES, salt, b"atlas recovery wrap v1").derive(secret)


class KeyFile:
    """The wraps of one register's data key, read from and written to ``<register>.keys``."""

    def __init__(self, register_id: str, wraps: dict[str, dict[str, Any]]) -> None:
        self.register_id = register_id
        self.wraps = wraps

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
            raw = path.read_bytes()
        except FileNotFoundError:
            raise NotARegister(f"This file is not an Atlas register: its key file {path.name} is missing.") from None
        except OSError as exc:
            raise NotARegister(f"The key file {path.name} cannot be read: {exc.strerror}.") from None
        return cls.from_bytes(raw, path.name)

    @classmethod
    def from_bytes(cls, raw: bytes, name: str = "the key file") -> KeyFile:
        try:
            data = json.loads(raw)
            if data.get("format") != FORMAT:
                raise ValueError("format")
            if int(data.get("version", 0)) > FORMAT_VERSION:
                raise NotARegister("This register's key file was made by a newer version of Atlas Desktop.")
            return cls(str(data["register_id"]), dict(data["wraps"]))
        except NotARegister:
            raise
        except (ValueError, KeyError, TypeError, AttributeError):
            raise NotARegister(f"This file is not an Atlas register: {name} is not a valid key file.") from None

    def to_bytes(self) -> bytes:
        data = {"format": FORMAT, "version": FORMAT_VERSION, "register_id": self.register_id,
                "wraps": self.wraps}
        return json.dumps(data, indent=2, sort_keys=True).encode("utf-8")

    def save(self, path: Path) -> None:
        atomic_write_bytes(Path(path), self.to_bytes(), mode=0o600)

    # -- wrapping ------------------------------------------------------------------------
    def _aad(self, kind: str) -> bytes:
        return f"{FORMAT}/{FORMAT_VERSION}/{self.register_id}/{kind}".encode()

    def _wrap(self, kind: str, wrap_key: bytes, data_key: bytes, extra: dict[str, Any]) -> None:
        nonce = secrets.token_bytes(12)
        sealed = AESGCM(wrap_key).encrypt(nonce, data_key, self._aad(kind))
        self.wraps[kind] = {**extra, "cipher": "aes-256-gcm", "nonce": _b64(nonce), "sealed": _b64(sealed)}

    def _unwrap(self, kind: str, wrap_key: bytes) -> bytes | None:
        wrap = self.wraps[kind]
        try:
            return AESGCM(wrap_key).decrypt(_unb64(wrap["nonce"]), _unb64(wrap["sealed"]), self._aad(kind))
        except (InvalidTag, KeyError, ValueError):
            return None

    def has(self, kind: str) -> bool:
        return kind in self.wraps

    def set_passphrase(self, data_key: bytes, passphrase: str, kdf: KdfParams | None = None) -> None:
        params = kdf or KdfParams.calibrate()
        self._wrap(PASSPHRASE, params.derive(passphrase), data_key, {"kdf": params.to_json()})

    def reissue_recovery(self, data_key: bytes) -> str:
        text, secret = new_recovery_key()
        salt = secrets.token_bytes(16)
        self._wrap(RECOVERY, _recovery_wrap_key(secret, salt), data_key,
                   {"kdf": {"kdf": "hkdf-sha256", "salt": _b64(salt)}})
        return text

    def set_device_wrap(self, data_key: bytes, device_key: bytes) -> None:
        self._wrap(KEYRING, device_key, data_key, {"kdf": {"kdf": "none"}})

    def remove(self, kind: str) -> None:
        self.wraps.pop(kind, None)

    # -- unlocking -----------------------------------------------------------------------
    def unlock_with_passphrase(self, passphrase: str) -> bytes:
        if not passphrase:
            raise WrongKey("Wrong passphrase.")
        if PASSPHRASE not in self.wraps:
            raise NotARegister("This register's key file has no passphrase entry.")
        params = KdfParams.from_json(self.wraps[PASSPHRASE]["kdf"])
        key = self._unwrap(PASSPHRASE, params.derive(passphrase))
        if key is None:
            raise WrongKey("Wrong passphrase.")
        return key

    def unlock_with_recovery_key(self, text: str) -> bytes:
        secret = parse_recovery_key(text)
        if RECOVERY not in self.wraps:
            raise NotARegister("This register's key file has no recovery-key entry.")
        salt = _unb64(self.wraps[RECOVERY]["kdf"]["salt"])
        key = self._unwrap(RECOVERY, _recovery_wrap_key(secret, salt))
        if key is None:
            raise WrongKey("Wrong recovery key: it is well formed but belongs to another register "
                           "or to an earlier, replaced recovery key.")
        return key

    def unlock_with_device_key(self, device_key: bytes) -> bytes | None:
        """The data key, or None when the remembered key no longer matches (never an error)."""
        if KEYRING not in self.wraps:
            return None
        return self._unwrap(KEYRING, device_key)
