"""Tests for "remember on this computer": a device key in a (fake, secure) OS keyring."""

from __future__ import annotations

import json

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import null

from atlas_desktop.core.errors import KeyringUnavailable, WrongKey
from atlas_desktop.storage.keyring_store import SERVICE, SecureKeyring
from atlas_desktop.storage.keys import KEYRING
from atlas_desktop.storage.register import Register, keys_path
from atlas_desktop.storage.remember import forget, remember, unlock_remembered
from conftest import PASSPHRASE
from fakes import DictKeyring, unregistered


@unregistered
class ForgetfulKeyring(DictKeyring):
    """Accepts a write, then answers None (a locked or broken store)."""

    def get_password(self, service: str, username: str) -> str | None:
        return None


@unregistered
class FailingDeleteKeyring(DictKeyring):
    def delete_password(self, service: str, username: str) -> None:
        raise RuntimeError("dbus went away")


def wrap_kinds(path) -> set[str]:
    return set(json.loads(keys_path(path).read_bytes())["wraps"])


@pytest.fixture
def backend() -> DictKeyring:
    return DictKeyring()


@pytest.fixture
def kr(backend) -> SecureKeyring:
    return SecureKeyring(backend=backend)


def test_fake_backend_is_not_globally_registered() -> None:
    assert DictKeyring not in KeyringBackend._classes
    assert ForgetfulKeyring not in KeyringBackend._classes


def test_remembered_register_opens_without_passphrase(new_register, register_path, kr, backend) -> None:
    reg, _ = new_register
    reg.set_meta("client", "Ioana")
    remember(reg, kr)
    assert reg.keys.has(KEYRING)
    assert KEYRING in wrap_kinds(register_path)
    assert list(backend.store) == [(SERVICE, reg.register_id)]
    assert reg.audit.verify().ok
    last = list(reg.audit.entries())[-1]
    assert last.action == "keys" and last.after == {"remember_on_this_computer": True}
    assert backend.store[(SERVICE, reg.register_id)] not in keys_path(register_path).read_text()
    reg.close()
    with Register.open(register_path, keyring=kr) as again:
        assert again.meta("client") == "Ioana"
        assert again.data_key == unlock_remembered(again.keys, kr)


def test_without_keyring_a_passphrase_is_still_needed(new_register, register_path, kr) -> None:
    reg, _ = new_register
    remember(reg, kr)
    reg.close()
    with pytest.raises(WrongKey):
        Register.open(register_path)
    with pytest.raises(WrongKey):
        Register.open(register_path, keyring=SecureKeyring(backend=DictKeyring()))  # another computer


def test_forget_removes_wrap_and_keyring_entry(new_register, register_path, kr, backend) -> None:
    reg, _ = new_register
    remember(reg, kr)
    forget(reg, kr)
    assert not reg.keys.has(KEYRING)
    assert KEYRING not in wrap_kinds(register_path)
    assert backend.store == {}
    last = list(reg.audit.entries())[-1]
    assert last.after == {"remember_on_this_computer": False}
    reg.close()
    with pytest.raises(WrongKey):
        Register.open(register_path, keyring=kr)
    with Register.open(register_path, passphrase=PASSPHRASE) as again:
        assert again.audit.verify().ok


def test_forget_still_removes_wrap_when_keyring_fails(new_register, register_path) -> None:
    backend = FailingDeleteKeyring()
    kr = SecureKeyring(backend=backend)
    reg, _ = new_register
    remember(reg, kr)
    forget(reg, kr)
    assert KEYRING not in wrap_kinds(register_path)
    reg.close()
    assert backend.store  # the stale entry is still there...
    with pytest.raises(WrongKey):
        Register.open(register_path, keyring=kr)  # ...but opens nothing


def test_entry_deleted_behind_our_back_asks_for_passphrase(new_register, register_path, kr, backend) -> None:
    reg, _ = new_register
    remember(reg, kr)
    reg.close()
    backend.store.clear()
    key_file = keys_path(register_path).read_bytes()
    with pytest.raises(WrongKey) as error:
        Register.open(register_path, keyring=kr)
    assert "passphrase" in str(error.value).lower()
    assert keys_path(register_path).read_bytes() == key_file
    assert backend.store == {}  # no new device key was made either
    # Opening with the passphrase (keyring still offered) does not replace the wrap.
    with Register.open(register_path, passphrase=PASSPHRASE, keyring=kr) as again:
        assert again.keys.has(KEYRING)
    assert keys_path(register_path).read_bytes() == key_file
    assert backend.store == {}


def test_stale_or_garbled_keyring_entry_asks_for_passphrase(new_register, register_path, kr, backend) -> None:
    reg, _ = new_register
    remember(reg, kr)
    account = (SERVICE, reg.register_id)
    reg.close()
    key_file = keys_path(register_path).read_bytes()
    for value in ("not base64 at all!", "QUFBQQ==", "A" * 43 + "="):
        backend.store[account] = value
        with pytest.raises(WrongKey):
            Register.open(register_path, keyring=kr)
    assert keys_path(register_path).read_bytes() == key_file


def test_keyring_that_forgets_is_refused_and_no_wrap_written(new_register, register_path) -> None:
    reg, _ = new_register
    before = keys_path(register_path).read_bytes()
    entries = reg.audit.head().count
    with pytest.raises(KeyringUnavailable):
        remember(reg, SecureKeyring(backend=ForgetfulKeyring()))
    assert not reg.keys.has(KEYRING)
    assert keys_path(register_path).read_bytes() == before
    assert reg.audit.head().count == entries


def test_null_keyring_is_refused(new_register, register_path) -> None:
    reg, _ = new_register
    before = keys_path(register_path).read_bytes()
    with pytest.raises(KeyringUnavailable):
        remember(reg, SecureKeyring(backend=null.Keyring()))
    assert not reg.keys.has(KEYRING)
    assert keys_path(register_path).read_bytes() == before


def test_remember_again_replaces_the_device_key(new_register, register_path, kr, backend) -> None:
    reg, _ = new_register
    remember(reg, kr)
    first = backend.store[(SERVICE, reg.register_id)]
    remember(reg, kr)
    assert backend.store[(SERVICE, reg.register_id)] != first
    reg.close()
    with Register.open(register_path, keyring=kr) as again:
        assert again.register_id == reg.register_id


def test_keyring_wrap_cannot_open_another_register(new_register, register_path, kr, backend, tmp_path) -> None:
    reg, _ = new_register
    remember(reg, kr)
    reg.close()
    other, _ = Register.create(tmp_path / "other.atlas", PASSPHRASE, "Other SRL", actor="tester")
    other_id = other.register_id
    other.close()
    # Point the other register's keyring entry at this register's device key, and copy the wrap over.
    backend.store[(SERVICE, other_id)] = backend.store[(SERVICE, reg.register_id)]
    mine = json.loads(keys_path(register_path).read_bytes())
    theirs = json.loads(keys_path(tmp_path / "other.atlas").read_bytes())
    theirs["wraps"][KEYRING] = mine["wraps"][KEYRING]
    keys_path(tmp_path / "other.atlas").write_text(json.dumps(theirs))
    with pytest.raises(WrongKey):
        Register.open(tmp_path / "other.atlas", keyring=kr)
