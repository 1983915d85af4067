"""Tests for the OS-keyring store behind "remember on this computer"."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import keyring
import keyring.core
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import KeyringLocked

from atlas_desktop.core.errors import KeyringUnavailable
from atlas_desktop.storage.keyring_store import (
    KEYRING_TIMEOUT_S,
    SERVICE,
    TRUSTED_NAMES,
    TRUSTED_STORES,
    SecureKeyring,
    is_secure_backend,
    store_name,
)
from fakes import DictKeyring, unregistered

SECRET = "wrap-key-s3cr3t-value"
ACCOUNT = "register-0f3a"


@unregistered
class PlaintextKeyring(DictKeyring):
    pass


PlaintextKeyring.__module__ = "keyrings.alt.file"


@unregistered
class EncryptedKeyring(DictKeyring):
    pass


EncryptedKeyring.__module__ = "keyrings.alt.file"


@unregistered
class ZeroPriorityKeyring(DictKeyring):
    priority = 0


@unregistered
class LockedKeyring(DictKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked(f"could not unlock {service}/{username}: {SECRET}")


def _chainer(*backends: KeyringBackend) -> chainer.ChainerBackend:
    # ChainerBackend.backends is a setter-less classproperty (it runs discovery), so
    # a subclass with a plain class attribute is the only way to choose its contents.
    cls = unregistered(type("TestChainer", (chainer.ChainerBackend,), {"backends": list(backends)}))
    return cls()


INSECURE = [
    pytest.param(null.Keyring(), id="null"),
    pytest.param(fail.Keyring(), id="fail"),
    pytest.param(PlaintextKeyring(), id="keyrings.alt-plaintext"),
    pytest.param(EncryptedKeyring(), id="keyrings.alt-encrypted"),
    pytest.param(ZeroPriorityKeyring(), id="priority-0"),
]


def test_round_trip_with_secure_backend() -> None:
    backend = DictKeyring()
    store = SecureKeyring(backend)
    assert is_secure_backend(backend)
    assert store.is_available()
    store.set(ACCOUNT, SECRET)
    assert store.get(ACCOUNT) == SECRET
    assert backend.store == {(SERVICE, ACCOUNT): SECRET}


def test_missing_account_is_none() -> None:
    assert SecureKeyring(DictKeyring()).get("nobody") is None


def test_delete_and_delete_missing() -> None:
    store = SecureKeyring(DictKeyring())
    store.set(ACCOUNT, SECRET)
    store.delete(ACCOUNT)
    assert store.get(ACCOUNT) is None
    store.delete(ACCOUNT)


@pytest.mark.parametrize("backend", INSECURE)
def test_insecure_backends_refused(backend: KeyringBackend) -> None:
    store = SecureKeyring(backend)
    assert not is_secure_backend(backend)
    assert not store.is_available()
    with pytest.raises(KeyringUnavailable) as get_error:
        store.get(ACCOUNT)
    with pytest.raises(KeyringUnavailable) as set_error:
        store.set(ACCOUNT, SECRET)
    assert type(backend).__name__ in str(get_error.value)
    assert SECRET not in str(set_error.value)


def test_plaintext_refusal_message() -> None:
    with pytest.raises(KeyringUnavailable) as error:
        SecureKeyring(PlaintextKeyring()).set(ACCOUNT, SECRET)
    assert str(error.value) == (
        "The system keyring here (PlaintextKeyring) stores secrets in a plain file, "
        "so Atlas will not use it."
    )


def test_refused_backend_is_never_written() -> None:
    backend = PlaintextKeyring()
    with pytest.raises(KeyringUnavailable):
        SecureKeyring(backend).set(ACCOUNT, SECRET)
    assert backend.store == {}


def test_chainer_of_secure_backends_is_secure() -> None:
    assert is_secure_backend(_chainer(DictKeyring()))
    assert is_secure_backend(_chainer(DictKeyring(), DictKeyring()))
    assert is_secure_backend(_chainer(_chainer(DictKeyring())))


def test_chainer_with_an_insecure_backend_is_not() -> None:
    assert not is_secure_backend(_chainer(DictKeyring(), PlaintextKeyring()))
    assert not is_secure_backend(_chainer(DictKeyring(), null.Keyring()))
    assert not is_secure_backend(_chainer(_chainer(DictKeyring(), fail.Keyring())))
    assert not is_secure_backend(_chainer())


@pytest.fixture
def release() -> Iterator[threading.Event]:
    event = threading.Event()
    yield event
    event.set()


def test_hanging_backend_times_out(release: threading.Event) -> None:
    @unregistered
    class HangingKeyring(DictKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            release.wait()
            return None

    store = SecureKeyring(HangingKeyring(), timeout=0.3)
    started = time.monotonic()
    with pytest.raises(KeyringUnavailable, match="did not answer within 0.3 seconds"):
        store.get(ACCOUNT)
    assert time.monotonic() - started < 2.0


def test_default_timeout_is_three_seconds() -> None:
    assert KEYRING_TIMEOUT_S == 3.0
    assert SecureKeyring(DictKeyring()).timeout == 3.0


def test_backend_error_becomes_plain_unavailable() -> None:
    with pytest.raises(KeyringUnavailable) as error:
        SecureKeyring(LockedKeyring()).get(ACCOUNT)
    message = str(error.value)
    assert SECRET not in message
    assert ACCOUNT not in message
    assert error.value.__cause__ is None
    assert error.value.__suppress_context__


def test_default_backend_comes_from_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    # Recorded through monkeypatch so the previous backend (even "not chosen yet") returns.
    monkeypatch.setattr(keyring.core, "_keyring_backend", keyring.core._keyring_backend)
    fake = DictKeyring()
    keyring.set_keyring(fake)
    store = SecureKeyring()
    assert store.is_available()
    store.set(ACCOUNT, SECRET)
    assert fake.store[(SERVICE, ACCOUNT)] == SECRET
    assert store.get(ACCOUNT) == SECRET


# -- the allow-list: only the operating system's own secret stores ------------------------------------------
@unregistered
class FileVaultKeyring(KeyringBackend):
    """A third-party backend that claims a high priority and keeps secrets in a plain file."""

    priority = 5

    def __init__(self, path=None) -> None:
        super().__init__()
        self.path = path

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self.path.write_text(f"{service}/{username}={password}")

    def delete_password(self, service: str, username: str) -> None:
        pass


FileVaultKeyring.__module__ = "corp_vault.backend"


def test_an_unknown_backend_with_a_positive_priority_is_refused(tmp_path) -> None:
    backend = FileVaultKeyring(tmp_path / "vault.txt")
    assert float(backend.priority) > 0
    assert not is_secure_backend(backend)
    assert store_name(backend) is None
    with pytest.raises(KeyringUnavailable) as error:
        SecureKeyring(backend).set(ACCOUNT, SECRET)
    assert str(error.value) == (
        "The system keyring here (FileVaultKeyring) is not one of the secret stores Atlas trusts "
        f"({TRUSTED_NAMES}), so Atlas will not use it.")
    assert not (tmp_path / "vault.txt").exists()
    assert not is_secure_backend(_chainer(DictKeyring(), backend))


def test_trusted_stores_are_named() -> None:
    import importlib

    for module, cls, name in TRUSTED_STORES:
        trusted = getattr(importlib.import_module(module), cls)
        # A working instance of each (their real priority needs D-Bus, the Keychain or Windows).
        working = unregistered(type(f"Working{cls}", (trusted,), {"priority": 1}))
        assert store_name(working()) == name
        assert is_secure_backend(working())
    assert store_name(DictKeyring()) == "Secret Service"
    assert SecureKeyring(DictKeyring()).store_name() == "Secret Service"
    assert store_name(_chainer(DictKeyring(), DictKeyring())) == "Secret Service"


def test_a_trusted_store_that_cannot_work_here_is_refused() -> None:
    @unregistered
    class NoDBus(DictKeyring):
        @property
        def priority(self) -> float:  # what SecretService says without D-Bus
            raise RuntimeError("no D-Bus session bus")

    with pytest.raises(KeyringUnavailable, match=r"\(NoDBus\) cannot be used on this computer now"):
        SecureKeyring(NoDBus()).get(ACCOUNT)
