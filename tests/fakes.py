"""In-memory stand-ins shared by tests: a secure keyring backend kept out of keyring's discovery.

Atlas trusts only the operating system's own secret stores, by class (``keyring_store.TRUSTED_STORES``):
the fake is a Secret Service backend whose storage is a dict, so it passes that check as the real
store would on a Linux desktop, without D-Bus.
"""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.backends import SecretService
from keyring.errors import PasswordDeleteError


def unregistered(cls: type[KeyringBackend]) -> type[KeyringBackend]:
    # Every KeyringBackend subclass joins keyring's global discovery list; keep test
    # backends out of it so they cannot leak into keyring.get_keyring() elsewhere.
    KeyringBackend._classes.discard(cls)
    return cls


@unregistered
class DictKeyring(SecretService.Keyring):
    """A Secret Service backend (priority 1) that stores secrets in a dict."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.store:
            raise PasswordDeleteError("No such password!")
        del self.store[(service, username)]
