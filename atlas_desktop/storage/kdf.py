"""Argon2id parameters for the passphrase wrap: chosen by calibration on this computer, never below OWASP's floor.

The parameters are stored with the wrap (``KdfParams.to_json``), so unlocking never calibrates.
"""

from __future__ import annotations

import base64
import os
import secrets
import time
import unicodedata
from dataclasses import dataclass
from typing import Any

from argon2.low_level import Type, hash_secret_raw

from ..core.errors import KeyFileDamaged, NotARegister
from ..core.i18n import t
from .key_format import ARGON2_VERSION, KEY_BYTES, b64

# OWASP's Argon2id floor (m=19 MiB, t=2, p=1). Calibration only ever goes up from here.
MIN_MEMORY_KIB = 19 * 1024
MIN_TIME_COST = 2
START_MEMORY_KIB = 64 * 1024
TARGET_SECONDS = 0.5
MAX_TIME_COST = 64  # key_format.MAX_WORK_KIB allows four times START_MEMORY_KIB * MAX_TIME_COST when reading


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
        return {"kdf": "argon2id", "version": ARGON2_VERSION, "time_cost": self.time_cost,
                "memory_kib": self.memory_kib, "parallelism": self.parallelism,
                "salt": b64(self.salt)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KdfParams:
        if data.get("kdf") != "argon2id":
            raise NotARegister(t("storage", "The key file uses an unknown key derivation ({kdf}).").format(
                kdf=repr(data.get("kdf"))))
        try:
            return cls(int(data["time_cost"]), int(data["memory_kib"]), int(data["parallelism"]),
                       base64.b64decode(data["salt"].encode("ascii"), validate=True))
        except (KeyError, TypeError, ValueError, AttributeError):
            raise KeyFileDamaged(t("storage", "The key file's passphrase entry is damaged: its key derivation cannot "
                                              "be read.")) from None

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
