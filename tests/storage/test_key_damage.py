"""A damaged key file: every single-byte flip either still unlocks with the right key (and any damaged
entry is named, never called proven) or says the key file is damaged; never "wrong passphrase", never
a crash. Old key files are upgraded on open, and a key file can be restored alone from a backup."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import secrets
import shutil
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import ORG, PASSPHRASE
from fakes import DictKeyring

from atlas_desktop.core.errors import BackupInvalid, KeyFileDamaged, UsageError, WrongKey
from atlas_desktop.storage.backups import make_backup
from atlas_desktop.storage.key_restore import restore_key_file
from atlas_desktop.storage.keyring_store import SecureKeyring
from atlas_desktop.storage.keys import (
    DAMAGED,
    KEYRING,
    PASSPHRASE as PASSPHRASE_SLOT,
    PROVEN,
    RECOVERY,
    RESTORE_HINT,
    UNPROVEN,
    KdfParams,
    KeyFile,
)
from atlas_desktop.storage.register import Register, keys_path
from atlas_desktop.storage.remember import remember

NAME = "office.atlas.keys"
OTHER_PASSPHRASE = "quartz-meadow-violin-harbour"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "registers"
FIXTURE_PASSPHRASE = "fixture-register-passphrase-1"  # tests/fixtures/make_fixture_registers.py
ENTRY = {PASSPHRASE_SLOT: "passphrase entry", RECOVERY: "recovery-key entry", KEYRING: "remembered-key entry"}


@dataclass
class Made:
    path: Path
    recovery: str
    keyring: SecureKeyring
    device_key: bytes
    data_key: bytes


@pytest.fixture
def made(tmp_path) -> Made:
    """A real register whose key file holds all three wraps. Argon2id at its smallest (t=1, 8 KiB) so
    thousands of unlocks take seconds; the file is otherwise exactly what Atlas writes."""
    path = tmp_path / "office.atlas"
    reg, recovery = Register.create(path, PASSPHRASE, ORG, kdf=KdfParams(1, 8, 1, secrets.token_bytes(16)))
    keyring = SecureKeyring(backend=DictKeyring())
    remember(reg, keyring)
    made = Made(path, recovery, keyring, base64.b64decode(keyring.get(reg.register_id)), reg.data_key)
    reg.close()
    return made


def _unlock(keys: KeyFile, way: str, made: Made) -> bytes:
    return keys.unlock_with_passphrase(PASSPHRASE) if way == PASSPHRASE_SLOT else keys.unlock_with_recovery_key(made.recovery)


def _opens(raw: bytes, kind: str, made: Made) -> bytes | None:
    """What a fresh read of ``raw`` unlocks with ``kind``'s own secret (None: it does not)."""
    keys = KeyFile.from_bytes(raw, NAME, RESTORE_HINT)
    if kind == KEYRING:
        return keys.unlock_with_device_key(made.device_key)
    try:
        return _unlock(keys, kind, made)
    except KeyFileDamaged:
        return None


def _flipped(raw: bytes, at: int, xor: int) -> bytes:
    changed = bytearray(raw)
    changed[at] ^= xor
    return bytes(changed)


def _damage(path: Path, kind: str, field: str) -> None:
    """Change one base64 character in one field of one wrap: still well formed, no longer what was written."""
    text = keys_path(path).read_text()
    value = json.loads(text)["wraps"][kind][field]
    at = text.index(f'"{value}"') + 6
    keys_path(path).write_text(text[:at] + ("A" if text[at] != "A" else "B") + text[at + 1:])


def _open(made: Made, way: str) -> Register:
    key = {"passphrase": PASSPHRASE} if way == PASSPHRASE_SLOT else {"recovery_key": made.recovery}
    return Register.open(made.path, **key)


# -- every single-byte flip ----------------------------------------------------------------------------
def test_every_single_byte_flip_unlocks_with_the_right_key_or_says_the_key_file_is_damaged(made):
    raw = keys_path(made.path).read_bytes()
    outcomes: Counter[str] = Counter()
    for at in range(len(raw)):
        for xor in (0x01, 0x20, 0xFF):
            flipped = _flipped(raw, at, xor)
            for way in (PASSPHRASE_SLOT, RECOVERY):
                where = f"byte {at} ({chr(raw[at])!r}) ^ {xor:#04x}, unlocking with the {way}"
                try:
                    keys = KeyFile.from_bytes(flipped, NAME, RESTORE_HINT)
                    data_key = _unlock(keys, way, made)
                except KeyFileDamaged as exc:
                    assert "atlas restore --from BACKUP --key-file-only" in exc.message, where
                    outcomes["key file damaged"] += 1
                    continue
                except Exception as exc:  # noqa: BLE001 - WrongKey or any other error is the failure looked for
                    pytest.fail(f"{where}: {type(exc).__name__}: {exc}")
                assert data_key == made.data_key, where
                states = keys.prove(data_key)
                for kind, state in states.items():
                    if state == PROVEN:  # never proven unless it really opens
                        assert _opens(flipped, kind, made) == made.data_key, f"{where}: {kind} called proven"
                fixed = keys.repaired(data_key)
                if fixed is not None:  # the repaired file still opens the same way; what it calls proven opens
                    again = KeyFile.from_bytes(fixed.to_bytes(), NAME)
                    assert _unlock(again, way, made) == made.data_key, where
                    for kind, state in again.prove(data_key).items():
                        if state == PROVEN:
                            assert _opens(fixed.to_bytes(), kind, made) == made.data_key, f"{where}: {kind} after repair"
                outcomes["unlocked, damage named" if set(states.values()) != {PROVEN} else "unlocked"] += 1
    # Each outcome happens: the flips reach the seals, the wraps and the document around them.
    assert outcomes["key file damaged"] and outcomes["unlocked"] and outcomes["unlocked, damage named"], outcomes


def test_every_single_byte_flip_of_the_key_file_on_disk_opens_the_register_or_says_it_is_damaged(made):
    raw = keys_path(made.path).read_bytes()
    outcomes: Counter[str] = Counter()
    for at in range(len(raw)):
        flipped = _flipped(raw, at, 0x01)
        # Both ways at every byte are the test above; through Register.open (which writes), alternate them.
        for way in [(PASSPHRASE_SLOT, RECOVERY)[at % 2]]:
            where = f"byte {at} ({chr(raw[at])!r}) ^ 0x01, opening with the {way}"
            keys_path(made.path).write_bytes(flipped)
            try:
                reg = _open(made, way)
            except KeyFileDamaged:
                outcomes["key file damaged"] += 1
                continue
            except Exception as exc:  # noqa: BLE001
                pytest.fail(f"{where}: {type(exc).__name__}: {exc}")
            with reg:
                assert reg.data_key == made.data_key, where
                bad = [kind for kind, state in reg.keys.prove(reg.data_key).items() if state != PROVEN]
                for kind in bad:
                    assert ENTRY[kind] in reg.key_warning, f"{where}: {kind} not named in {reg.key_warning!r}"
                if not bad:
                    assert reg.key_warning == "", where
            # Whatever the open wrote back still opens the same way.
            assert _unlock(KeyFile.load(keys_path(made.path)), way, made) == made.data_key, where
            outcomes["opened, damage named" if bad else "opened"] += 1
    assert outcomes["key file damaged"] and outcomes["opened"] and outcomes["opened, damage named"], outcomes


# -- what the user is told ---------------------------------------------------------------------------
def test_a_damaged_recovery_entry_is_named_at_open_and_never_called_a_wrong_recovery_key(made):
    _damage(made.path, RECOVERY, "sealed")
    with Register.open(made.path, passphrase=PASSPHRASE) as reg:
        assert reg.keys.prove(reg.data_key)[RECOVERY] == DAMAGED
        assert "recovery-key entry of the key file office.atlas.keys is damaged" in reg.key_warning
        assert "atlas recovery-key reissue" in reg.key_warning
    with pytest.raises(KeyFileDamaged) as caught:
        Register.open(made.path, recovery_key=made.recovery)
    assert caught.value.message.startswith("The key file office.atlas.keys is damaged, so it cannot unlock")
    assert "atlas restore --from BACKUP --key-file-only" in caught.value.message
    assert "try the passphrase" in caught.value.message and "another register" not in caught.value.message
    # The fix it names works: a new recovery key opens, and nothing is left to warn about.
    with Register.open(made.path, passphrase=PASSPHRASE) as reg:
        fresh = reg.reissue_recovery_key()
    with Register.open(made.path, recovery_key=fresh) as reg:
        assert reg.key_warning == ""
        assert set(reg.keys.prove(reg.data_key).values()) == {PROVEN}


def test_a_damaged_passphrase_entry_is_never_a_wrong_passphrase(made):
    _damage(made.path, PASSPHRASE_SLOT, "nonce")
    with pytest.raises(KeyFileDamaged, match="try the recovery key"):
        Register.open(made.path, passphrase=PASSPHRASE)
    with Register.open(made.path, recovery_key=made.recovery) as reg:
        assert "passphrase entry" in reg.key_warning and "atlas passphrase change" in reg.key_warning
        reg.change_passphrase(OTHER_PASSPHRASE, KdfParams(1, 8, 1, secrets.token_bytes(16)))
    with Register.open(made.path, passphrase=OTHER_PASSPHRASE) as reg:
        assert reg.key_warning == ""


def test_a_wrong_passphrase_is_still_wrong_when_only_another_entry_is_damaged(made):
    _damage(made.path, RECOVERY, "sealed")
    with pytest.raises(WrongKey, match="Wrong passphrase"):
        Register.open(made.path, passphrase=OTHER_PASSPHRASE)


@pytest.mark.parametrize("change", [
    lambda w: w["kdf"].pop("memory_kib"),
    lambda w: w["kdf"].update(memory_kib=1 << 40),
    lambda w: w["kdf"].update(time_cost="2"),
    lambda w: w["kdf"].update(parallelism=0),
    lambda w: w["kdf"].update(salt="!!"),
    lambda w: w.update(kdf=[1, 2]),
    lambda w: w.update(nonce="AAAA"),
    lambda w: w.update(sealed=None),
    lambda w: w.clear(),
], ids=["no memory_kib", "huge memory", "text time_cost", "no lanes", "bad salt", "kdf a list", "short nonce",
        "no sealed key", "empty"])
def test_a_malformed_passphrase_entry_is_damage_not_a_crash(made, change):
    data = json.loads(keys_path(made.path).read_text())
    change(data["wraps"]["passphrase"])
    keys_path(made.path).write_text(json.dumps(data, indent=2, sort_keys=True))
    with pytest.raises(KeyFileDamaged, match="--key-file-only"):
        Register.open(made.path, passphrase=PASSPHRASE)
    with Register.open(made.path, recovery_key=made.recovery) as reg:
        assert "passphrase entry" in reg.key_warning


@pytest.mark.parametrize("raw", [b"", b"{", b"[" * 100_000, b"\xff\xfe" * 10, b'{"format": "atlas-register-keys"}',
                                 b" " * (2 << 20) + b"{}"], ids=["empty", "cut", "deep", "binary", "no wraps", "huge"])
def test_an_unreadable_key_file_says_it_is_damaged_and_how_to_restore_it(made, raw):
    keys_path(made.path).write_bytes(raw)
    with pytest.raises(KeyFileDamaged) as caught:
        Register.open(made.path, passphrase=PASSPHRASE)
    assert "The key file office.atlas.keys is damaged" in caught.value.message
    assert "atlas restore --from BACKUP --key-file-only (your data is not affected)" in caught.value.message


# -- repair and upgrade on open ------------------------------------------------------------------------
@pytest.mark.parametrize("damage", ["checksum", "check of the entry used", "name of the entry used"])
def test_damage_that_left_the_way_in_whole_is_repaired_on_open(made, damage):
    original = keys_path(made.path).read_bytes()
    text = original.decode()
    if damage == "checksum":
        data = json.loads(text)
        text = text.replace(data["checksum"], "0" * 64)
    elif damage == "name of the entry used":
        text = text.replace('"passphrase": {', '"passphrasf": {')
    keys_path(made.path).write_text(text)
    if damage == "check of the entry used":
        _damage(made.path, PASSPHRASE_SLOT, "check")
    assert keys_path(made.path).read_bytes() != original
    with Register.open(made.path, passphrase=PASSPHRASE) as reg:
        assert reg.key_warning == ""
    assert keys_path(made.path).read_bytes() == original  # put back exactly as it was written
    assert oct(keys_path(made.path).stat().st_mode & 0o777) == "0o600"


def _as_version_1(path: Path) -> None:
    """Rewrite the key file as Atlas wrote it before version 2: the same wraps, no seals."""
    data = json.loads(keys_path(path).read_text())
    wraps = {kind: {k: v for k, v in wrap.items() if k not in ("check", "digest")} for kind, wrap in data["wraps"].items()}
    keys_path(path).write_text(json.dumps({"format": "atlas-register-keys", "version": 1,
                                           "register_id": data["register_id"], "wraps": wraps}, indent=2, sort_keys=True))


def test_a_version_1_key_file_is_upgraded_on_open_and_every_way_in_still_works(made):
    _as_version_1(made.path)
    with Register.open(made.path, passphrase=PASSPHRASE) as reg:
        assert reg.key_warning == ""
        assert reg.keys.prove(reg.data_key) == {PASSPHRASE_SLOT: PROVEN, RECOVERY: UNPROVEN, KEYRING: UNPROVEN}
    data = json.loads(keys_path(made.path).read_text())
    assert data["version"] == 2 and "checksum" in data and "check" in data["wraps"]["passphrase"]
    assert oct(keys_path(made.path).stat().st_mode & 0o777) == "0o600"
    with Register.open(made.path, recovery_key=made.recovery) as reg:  # proven by using it, and sealed so
        assert reg.keys.prove(reg.data_key)[RECOVERY] == PROVEN
    with Register.open(made.path, keyring=made.keyring) as reg:
        assert set(reg.keys.prove(reg.data_key).values()) == {PROVEN}
    settled = keys_path(made.path).read_bytes()
    before = keys_path(made.path).stat().st_mtime_ns
    with Register.open(made.path, passphrase=PASSPHRASE) as reg:  # a sound file is not rewritten
        assert reg.key_warning == ""
    assert keys_path(made.path).read_bytes() == settled and keys_path(made.path).stat().st_mtime_ns == before


def _latest_version_1_fixture() -> Path:
    found = [p for p in FIXTURES.glob("schema-*.atlas") if json.loads(keys_path(p).read_text())["version"] == 1]
    return max(found, key=lambda p: int(re.search(r"\d+", p.name).group(0)))


def test_a_committed_version_1_fixture_upgrades_and_still_opens_with_its_passphrase(tmp_path):
    fixture = _latest_version_1_fixture()
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in FIXTURES.iterdir()}
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    shutil.copyfile(keys_path(fixture), keys_path(path))
    with Register.open(path, passphrase=FIXTURE_PASSPHRASE, backup_dir=tmp_path / "bk") as reg:
        assert reg.keys.prove(reg.data_key) == {PASSPHRASE_SLOT: PROVEN, RECOVERY: UNPROVEN}
    assert json.loads(keys_path(path).read_text())["version"] == 2
    with Register.open(path, passphrase=FIXTURE_PASSPHRASE, backup_dir=tmp_path / "bk") as reg:
        assert reg.key_warning == ""
    assert {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in FIXTURES.iterdir()} == before


# -- restoring the key file alone --------------------------------------------------------------------------
@pytest.fixture
def backed_up(made, tmp_path) -> Path:
    with Register.open(made.path, passphrase=PASSPHRASE) as reg:
        return make_backup(reg, tmp_path / "before.atlasbak")


def _snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def test_restore_key_file_puts_the_key_file_back_and_keeps_the_damaged_one(made, backed_up):
    with Register.open(made.path, passphrase=PASSPHRASE) as reg:
        reg.set_meta("note", "written after the backup")
    damaged = b'{"format": "atlas-register-keys", "version": 2, "regis'
    keys_path(made.path).write_bytes(damaged)
    database = hashlib.sha256(made.path.read_bytes()).hexdigest()
    kept = restore_key_file(made.path, backed_up, passphrase=PASSPHRASE)
    assert kept.read_bytes() == damaged
    assert re.fullmatch(r"office\.atlas\.keys\.damaged-\d{8}T\d{6}Z", kept.name)
    assert oct(kept.stat().st_mode & 0o777) == "0o600"
    assert oct(keys_path(made.path).stat().st_mode & 0o777) == "0o600"
    assert hashlib.sha256(made.path.read_bytes()).hexdigest() == database  # the data was not touched
    with Register.open(made.path, recovery_key=made.recovery) as reg:
        assert reg.data_key == made.data_key and reg.key_warning == ""
        assert reg.meta("note") == "written after the backup"


def test_restore_key_file_refuses_a_wrong_passphrase_another_register_and_a_damaged_backup(made, backed_up, tmp_path):
    keys_path(made.path).write_bytes(b"\0" * 600)
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    other, _ = Register.create(other_dir / "other.atlas", PASSPHRASE, ORG)
    with other:
        other_backup = make_backup(other, tmp_path / "other.atlasbak")
    raw = backed_up.read_bytes()
    member = raw.index(b'"checksum"')  # inside the key file stored in the backup
    broken = tmp_path / "broken.atlasbak"
    broken.write_bytes(_flipped(raw, member + 20, 0x01))
    before = _snapshot(made.path.parent)
    with pytest.raises(WrongKey, match="in force when it was made"):
        restore_key_file(made.path, backed_up, passphrase=OTHER_PASSPHRASE)
    with pytest.raises(UsageError, match="not a backup of this register"):
        restore_key_file(made.path, other_backup, passphrase=PASSPHRASE)
    with pytest.raises(BackupInvalid, match="damaged"):
        restore_key_file(made.path, broken, passphrase=PASSPHRASE)
    assert _snapshot(made.path.parent) == before  # nothing changed, nothing kept
    assert not [p for p in os.listdir(made.path.parent) if ".damaged-" in p]


@pytest.mark.parametrize("field", ["digest", "check"])
def test_a_non_ascii_character_where_a_digest_was_is_damage_not_a_crash(made, field):
    """Found by `make soak-damage` (seed 400118648, keyfile trials 69 and 85): a flipped byte turned a digest
    into text with a non-ASCII character, and comparing it raised TypeError. It is damage, named as such."""
    text = keys_path(made.path).read_text()
    data = json.loads(text)
    value = data["wraps"][RECOVERY][field]
    keys_path(made.path).write_text(text.replace(value, "\u00e9" + value[1:], 1), encoding="utf-8")
    with Register.open(made.path, passphrase=PASSPHRASE) as reg:
        assert reg.data_key == made.data_key
        if field == "check":  # the value that proves the recovery wrap is gone: named, with its fix
            assert ENTRY[RECOVERY] in reg.key_warning
        else:  # only the digest was hit; the check value still proves the wrap, so the file was rewritten whole
            assert reg.key_warning == ""
            assert not KeyFile.load(keys_path(made.path)).damaged
    try:
        with Register.open(made.path, recovery_key=made.recovery) as reg:
            assert reg.data_key == made.data_key
    except KeyFileDamaged as exc:
        assert field == "check" and "damaged" in str(exc)
