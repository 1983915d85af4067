"""Tests for "remember on this computer": a device key in a (fake, secure) OS keyring."""

from __future__ import annotations

import json

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import null

from atlas_desktop.core.errors import KeyNeeded, KeyringUnavailable, WrongKey
from atlas_desktop.storage.keyring_store import SERVICE, SecureKeyring
from atlas_desktop.storage.keys import KEYRING
from atlas_desktop.storage.register import Register, keys_path
from atlas_desktop.storage.remember import RememberedKeyUnreadable, forget, remember, unlock_remembered
from conftest import PASSPHRASE, run_cli
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


# -- `atlas remember` and opening from a terminal, with the system keyring set to a given backend ------------
@pytest.fixture
def system_keyring(monkeypatch):
    """Sets keyring's default backend (what ``SecureKeyring()`` finds) for one test."""
    import keyring
    import keyring.core

    monkeypatch.setattr(keyring.core, "_keyring_backend", keyring.core._keyring_backend)
    return keyring.set_keyring


@pytest.fixture
def cli_register(new_register, register_path, tmp_path):
    reg, _ = new_register
    reg.close()
    pp = tmp_path / "pp.txt"
    pp.write_text(PASSPHRASE)
    return register_path, pp


@unregistered
class FileVault(KeyringBackend):
    """Not a known store, under a name of its own, with a positive priority: it writes a plain file."""

    priority = 5
    path = None

    def get_password(self, service, username):
        return None

    def set_password(self, service, username, password):
        self.path.write_text(password)

    def delete_password(self, service, username):
        pass


@unregistered
class LockedStore(DictKeyring):
    def get_password(self, service, username):
        raise RuntimeError("the collection is locked")


def test_atlas_remember_refuses_an_unknown_backend(cli_register, system_keyring, capsys, tmp_path) -> None:
    path, pp = cli_register
    vault = FileVault()
    vault.path = tmp_path / "vault.txt"
    system_keyring(vault)
    before = keys_path(path).read_bytes()
    code, out, err = run_cli(capsys, "remember", "--register", str(path), "--passphrase-file", str(pp))
    assert code == 2
    assert "(FileVault) is not one of the secret stores Atlas trusts" in err
    assert not vault.path.exists()
    assert keys_path(path).read_bytes() == before


def test_atlas_remember_says_which_store(cli_register, system_keyring, capsys) -> None:
    path, pp = cli_register
    backend = DictKeyring()
    system_keyring(backend)
    code, out, err = run_cli(capsys, "remember", "--register", str(path), "--passphrase-file", str(pp))
    assert code == 0, err
    assert out == "This computer now remembers the register in the system keyring (Secret Service).\n"
    code, out, err = run_cli(capsys, "doctor", "--register", str(path))  # no passphrase: the keyring opens it
    assert code == 0, err


def test_an_unreadable_remembered_key_is_said_at_open(cli_register, system_keyring, capsys) -> None:
    path, pp = cli_register
    backend = DictKeyring()
    system_keyring(backend)
    assert run_cli(capsys, "remember", "--register", str(path), "--passphrase-file", str(pp))[0] == 0
    backend.store.clear()
    code, _, err = run_cli(capsys, "doctor", "--register", str(path))
    assert code == 2
    assert err.startswith("atlas: This computer remembers the register, but the system keyring gave no key for it")
    assert "No passphrase given: use --passphrase-file" in err and err.count("\n") == 1

    locked = LockedStore()
    locked.store = backend.store
    system_keyring(locked)
    code, _, err = run_cli(capsys, "doctor", "--register", str(path))
    assert code == 2
    assert "its key could not be read from the system keyring: The system keyring reported a problem" in err
    assert "collection is locked" not in err  # only the class name, never the backend's text


def test_an_unreadable_remembered_key_says_why(new_register, register_path, backend, kr) -> None:
    reg, _ = new_register
    remember(reg, kr)
    reg.close()
    backend.store[(SERVICE, reg.register_id)] = "QUFBQQ=="
    with pytest.raises(RememberedKeyUnreadable, match="does not open it"):
        Register.open(register_path, keyring=kr)
    with pytest.raises(RememberedKeyUnreadable, match="could not be read from the system keyring"):
        Register.open(register_path, keyring=SecureKeyring(backend=LockedStore()))
    with Register.open(register_path, passphrase=PASSPHRASE, keyring=kr):  # a passphrase still opens it
        pass
    with pytest.raises(KeyNeeded) as plain:  # nothing remembered: the plain "needed" message
        Register.open(register_path)
    assert not isinstance(plain.value, RememberedKeyUnreadable)


def test_atlas_forget_deletes_the_keyring_entry(cli_register, system_keyring, capsys) -> None:
    path, pp = cli_register
    backend = DictKeyring()
    system_keyring(backend)
    assert run_cli(capsys, "remember", "--register", str(path), "--passphrase-file", str(pp))[0] == 0
    assert backend.store
    code, out, err = run_cli(capsys, "remember", "--forget", "--register", str(path), "--passphrase-file", str(pp))
    assert code == 0 and err == ""
    assert backend.store == {}
    assert KEYRING not in wrap_kinds(path)


def test_atlas_forget_says_when_the_keyring_entry_stays(cli_register, system_keyring, capsys) -> None:
    path, pp = cli_register
    backend = FailingDeleteKeyring()
    system_keyring(backend)
    assert run_cli(capsys, "remember", "--register", str(path), "--passphrase-file", str(pp))[0] == 0
    code, out, err = run_cli(capsys, "remember", "--forget", "--register", str(path), "--passphrase-file", str(pp))
    assert code == 1
    assert "no longer remembers the register" in out
    assert err.startswith("atlas: warning: Its entry in the system keyring could not be removed.")
    assert "dbus went away" not in err  # the backend's own text is never shown
    assert KEYRING not in wrap_kinds(path)
    assert backend.store  # still there, and said so
