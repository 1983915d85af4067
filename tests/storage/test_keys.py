"""The key file: Argon2id calibration, recovery-key format, and wraps bound to register and slot."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import time
import unicodedata

import pytest
from conftest import ORG, PASSPHRASE

from atlas_desktop.core.errors import MalformedRecoveryKey, NotARegister, WrongKey
from atlas_desktop.storage.keys import (
    KEYRING,
    MIN_MEMORY_KIB,
    MIN_TIME_COST,
    PASSPHRASE as PASSPHRASE_SLOT,
    KdfParams,
    KeyFile,
    new_data_key,
    new_recovery_key,
    parse_recovery_key,
)
from atlas_desktop.storage.register import Register, keys_path

B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
OTHER_PASSPHRASE = "quartz-meadow-violin-harbour"


def _snapshot(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def _timed_derive(params: KdfParams) -> float:
    best = float("inf")
    for _ in range(2):
        started = time.perf_counter()
        params.derive("timing")
        best = min(best, time.perf_counter() - started)
    return best


# -- Argon2id parameters -----------------------------------------------------------------------

def test_owasp_floor_constants():
    assert MIN_MEMORY_KIB == 19 * 1024
    assert MIN_TIME_COST == 2


def test_calibrate_half_second_is_above_the_floor_and_takes_about_half_a_second():
    params = KdfParams.calibrate(0.5)
    assert params.memory_kib >= 19 * 1024
    assert params.time_cost >= 2
    assert params.parallelism >= 1
    assert len(params.salt) == 16
    elapsed = _timed_derive(params)
    assert 0.15 <= elapsed <= 1.5, f"derivation took {elapsed:.3f}s with {params}"


@pytest.mark.parametrize("target", [0, 0.0, -1])
def test_calibrate_zero_or_less_is_exactly_the_floor(target):
    params = KdfParams.calibrate(target)
    assert (params.time_cost, params.memory_kib, params.parallelism) == (2, 19 * 1024, 1)
    assert len(params.salt) == 16


def test_calibrate_default_follows_env_and_never_goes_below_the_floor(monkeypatch):
    # conftest sets ATLAS_KDF_SECONDS=0: the default is the floor, not weaker.
    params = KdfParams.calibrate()
    assert (params.time_cost, params.memory_kib, params.parallelism) == (2, 19 * 1024, 1)
    monkeypatch.setenv("ATLAS_KDF_SECONDS", "-5")
    params = KdfParams.calibrate()
    assert (params.time_cost, params.memory_kib) == (2, 19 * 1024)


def test_minimum_uses_a_fresh_random_salt_each_time():
    assert KdfParams.minimum().salt != KdfParams.minimum().salt


def test_derive_depends_on_salt_and_passphrase():
    a = KdfParams(2, 19 * 1024, 1, b"\x00" * 16)
    b = KdfParams(2, 19 * 1024, 1, b"\x01" * 16)
    assert len(a.derive("x")) == 32
    assert a.derive("x") == a.derive("x")
    assert a.derive("x") != b.derive("x")
    assert a.derive("x") != a.derive("y")


def test_kdf_params_are_stored_in_the_key_files_passphrase_wrap(new_register, register_path):
    reg, _ = new_register
    on_disk = json.loads(keys_path(register_path).read_bytes())
    kdf = on_disk["wraps"]["passphrase"]["kdf"]
    assert kdf["kdf"] == "argon2id"
    assert kdf["time_cost"] >= 2
    assert kdf["memory_kib"] >= 19 * 1024
    assert kdf["parallelism"] >= 1
    assert len(base64.b64decode(kdf["salt"])) == 16
    # The same dict is what the open register holds, and it round-trips.
    assert reg.keys.wraps["passphrase"]["kdf"] == kdf
    params = KdfParams.from_json(kdf)
    assert KdfParams.from_json(params.to_json()) == params


def test_explicit_kdf_params_are_the_ones_stored(tmp_path):
    chosen = KdfParams(3, 20 * 1024, 1, b"S" * 16)
    reg, _ = Register.create(tmp_path / "k.atlas", PASSPHRASE, ORG, kdf=chosen)
    reg.close()
    stored = KeyFile.load(keys_path(tmp_path / "k.atlas")).wraps["passphrase"]["kdf"]
    assert KdfParams.from_json(stored) == chosen


def test_unknown_kdf_is_refused():
    with pytest.raises(NotARegister, match="unknown key derivation"):
        KdfParams.from_json({"kdf": "pbkdf2", "time_cost": 1, "memory_kib": 1, "parallelism": 1, "salt": ""})


# -- recovery keys -------------------------------------------------------------------------------

def test_recovery_key_format_and_round_trip():
    text, secret = new_recovery_key()
    assert re.fullmatch(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){13}", text), text
    assert len(secret) == 32
    assert parse_recovery_key(text) == secret
    other, other_secret = new_recovery_key()
    assert other != text and other_secret != secret


def _key_with(chars: str) -> tuple[str, bytes]:
    for _ in range(500):
        text, secret = new_recovery_key()
        if all(c in text for c in chars):
            return text, secret
    raise AssertionError(f"no recovery key containing {chars!r} in 500 tries")


@pytest.mark.parametrize("variant", [
    str.lower,
    lambda t: t.replace("-", " "),
    lambda t: t.replace("-", ""),
    lambda t: "  " + t.lower().replace("-", "  ") + "\n",
    lambda t: t.replace("O", "0").replace("I", "1").replace("B", "8"),
    lambda t: t.lower().replace("o", "0").replace("i", "1"),
])
def test_recovery_key_variants_parse_to_the_same_secret(variant):
    text, secret = _key_with("OIB")
    typed = variant(text)
    assert parse_recovery_key(typed) == secret


def _typo(text: str) -> str:
    # Change the first character to another valid base32 character.
    first = text[0]
    replacement = B32[(B32.index(first) + 1) % 32]
    return replacement + text[1:]


def test_recovery_key_typo_is_reported_as_a_checksum_problem():
    text, _ = new_recovery_key()
    with pytest.raises(MalformedRecoveryKey) as caught:
        parse_recovery_key(_typo(text))
    message = str(caught.value)
    assert "typo" in message and "checksum" in message
    assert isinstance(caught.value, WrongKey)


@pytest.mark.parametrize("cut", [1, 4, 56])
def test_recovery_key_with_missing_characters_says_how_many(cut):
    text, _ = new_recovery_key()
    short = text.replace("-", "")[:-cut]
    with pytest.raises(MalformedRecoveryKey, match=rf"has 56 letters and digits .*this one has {56 - cut}"):
        parse_recovery_key(short)


def test_recovery_key_with_an_impossible_character_is_explained():
    text, _ = new_recovery_key()
    bad = "9" + text[1:]
    with pytest.raises(MalformedRecoveryKey, match="A-Z and 2-7"):
        parse_recovery_key(bad)


def test_wrong_but_well_formed_recovery_key_is_wrong_key_not_malformed():
    data_key = new_data_key()
    keys, _ = KeyFile.create(data_key, PASSPHRASE, KdfParams.minimum())
    other_text, _ = new_recovery_key()
    with pytest.raises(WrongKey, match="Wrong recovery key") as caught:
        keys.unlock_with_recovery_key(other_text)
    assert not isinstance(caught.value, MalformedRecoveryKey)


# -- unlocking and binding -------------------------------------------------------------------

def test_key_file_unlocks_with_passphrase_and_recovery_key_only():
    data_key = new_data_key()
    keys, recovery = KeyFile.create(data_key, PASSPHRASE, KdfParams.minimum())
    assert keys.unlock_with_passphrase(PASSPHRASE) == data_key
    assert keys.unlock_with_recovery_key(recovery) == data_key
    with pytest.raises(WrongKey, match="Wrong passphrase"):
        keys.unlock_with_passphrase(OTHER_PASSPHRASE)
    with pytest.raises(WrongKey):
        keys.unlock_with_passphrase("")


def test_key_file_survives_save_and_load(tmp_path):
    data_key = new_data_key()
    keys, recovery = KeyFile.create(data_key, PASSPHRASE, KdfParams.minimum())
    keys.save(tmp_path / "x.keys")
    loaded = KeyFile.load(tmp_path / "x.keys")
    assert loaded.register_id == keys.register_id
    assert loaded.unlock_with_passphrase(PASSPHRASE) == data_key
    assert loaded.unlock_with_recovery_key(recovery) == data_key


def test_passphrase_is_nfc_normalised():
    composed = unicodedata.normalize("NFC", "café-orbit-pepper-canal")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    data_key = new_data_key()
    keys, _ = KeyFile.create(data_key, composed, KdfParams.minimum())
    assert keys.unlock_with_passphrase(decomposed) == data_key


def test_wrap_is_bound_to_its_register_id():
    data_key = new_data_key()
    keys, recovery = KeyFile.create(data_key, PASSPHRASE, KdfParams.minimum())
    moved = KeyFile("00000000-0000-4000-8000-000000000000", json.loads(json.dumps(keys.wraps)))
    with pytest.raises(WrongKey):
        moved.unlock_with_passphrase(PASSPHRASE)
    with pytest.raises(WrongKey):
        moved.unlock_with_recovery_key(recovery)
    assert keys.unlock_with_passphrase(PASSPHRASE) == data_key  # the original still works


def test_wrap_is_bound_to_its_slot():
    # The passphrase wrap moved into the keyring slot must not open, even with the right wrap key.
    data_key = new_data_key()
    params = KdfParams.minimum()
    keys, _ = KeyFile.create(data_key, PASSPHRASE, params)
    wrap_key = params.derive(PASSPHRASE)
    keys.wraps[KEYRING] = dict(keys.wraps[PASSPHRASE_SLOT])
    assert keys.unlock_with_device_key(wrap_key) is None
    # Control: the same wrap key does open the passphrase slot.
    assert keys.unlock_with_passphrase(PASSPHRASE) == data_key


def test_passphrase_wrap_copied_into_another_registers_key_file_does_not_unlock(tmp_path):
    a_dir, b_dir = tmp_path / "a", tmp_path / "b"
    a_dir.mkdir()
    b_dir.mkdir()
    reg_a, _ = Register.create(a_dir / "a.atlas", PASSPHRASE, ORG)
    reg_b, _ = Register.create(b_dir / "b.atlas", OTHER_PASSPHRASE, ORG)
    assert reg_a.register_id != reg_b.register_id
    reg_a.close()
    reg_b.close()

    keys_a = json.loads(keys_path(a_dir / "a.atlas").read_bytes())
    keys_b = json.loads(keys_path(b_dir / "b.atlas").read_bytes())
    keys_b["wraps"]["passphrase"] = keys_a["wraps"]["passphrase"]
    keys_path(b_dir / "b.atlas").write_bytes(json.dumps(keys_b).encode())
    before = _snapshot(b_dir)

    with pytest.raises(WrongKey, match="Wrong passphrase"):
        Register.open(b_dir / "b.atlas", passphrase=PASSPHRASE)
    assert _snapshot(b_dir) == before
    # B's own recovery wrap is untouched; the copied passphrase wrap opens register A only.
    Register.open(a_dir / "a.atlas", passphrase=PASSPHRASE).close()


@pytest.mark.parametrize("raw, match", [
    (b"", "not a valid key file"),
    (b"not json at all", "not a valid key file"),
    (b"[1, 2, 3]", "not a valid key file"),
    (json.dumps({"format": "something-else", "version": 1, "register_id": "x", "wraps": {}}).encode(),
     "not a valid key file"),
    (json.dumps({"format": "atlas-register-keys", "version": 1}).encode(), "not a valid key file"),
    (json.dumps({"format": "atlas-register-keys", "version": 3, "register_id": "x", "wraps": {}}).encode(),
     "newer version"),
])
def test_damaged_or_foreign_key_files_are_not_a_register(raw, match):
    with pytest.raises(NotARegister, match=match):
        KeyFile.from_bytes(raw, "office.atlas.keys")


def test_missing_passphrase_wrap_is_explained():
    keys = KeyFile("rid", {})
    with pytest.raises(NotARegister, match="no passphrase entry"):
        keys.unlock_with_passphrase(PASSPHRASE)
    text, _ = new_recovery_key()
    with pytest.raises(NotARegister, match="no recovery-key entry"):
        keys.unlock_with_recovery_key(text)
