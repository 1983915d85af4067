"""Keep a register's "remember on this computer" wrap key in the OS keyring, safely or not at all.

Only the operating system's own secret stores are trusted (``TRUSTED_STORES``), and every call
has a time limit: a store that hangs on D-Bus must not hang the app.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from atlas_desktop.core.errors import KeyringUnavailable
from atlas_desktop.core.i18n import format_number, t

# keyring is imported where it is used: importing it (entry points, D-Bus backends, jaraco) was a
# twentieth of the app's start-up, and most sessions never touch the keyring.

KEYRING_TIMEOUT_S: float = 3.0
SERVICE: str = "Atlas Desktop"

T = TypeVar("T")


# The only stores trusted with a wrap key: the operating systems' own secret stores, by the
# module and class keyring gives them. An allow-list, not a deny-list: any other backend (a
# plain or "encrypted" file, a third-party plugin, whatever claims a positive priority under a
# new name) is refused. Subclasses count as their store (they inherit its storage; only tests
# override it). Modules are imported lazily: see above.
TRUSTED_STORES: tuple[tuple[str, str, str], ...] = (
    ("keyring.backends.SecretService", "Keyring", "Secret Service"),
    ("keyring.backends.libsecret", "Keyring", "Secret Service (libsecret)"),
    ("keyring.backends.kwallet", "DBusKeyring", "KWallet"),
    ("keyring.backends.macOS", "Keyring", "macOS Keychain"),
    ("keyring.backends.Windows", "WinVaultKeyring", "Windows Credential Locker"),
)
TRUSTED_NAMES: str = "Secret Service, KWallet, macOS Keychain or Windows Credential Locker"


def _trusted_classes() -> list[tuple[type, str]]:
    import importlib

    found = []
    for module, cls, name in TRUSTED_STORES:
        try:
            found.append((getattr(importlib.import_module(module), cls), name))
        except Exception:  # noqa: BLE001 - a store that cannot even load here is simply not trusted
            continue
    return found


def _is_keyrings_alt(backend: Any) -> bool:
    # keyrings.alt is not a dependency, so its backends are recognised by module name only; they are
    # refused by name first, so that even one deriving from a trusted class is not used.
    module = type(backend).__module__ or ""
    return module == "keyrings.alt" or module.startswith("keyrings.alt.")


def _inner(backend: Any) -> list[Any] | None:
    """A chainer's backends, or None for a single backend; [] when a chainer cannot list them."""
    from keyring.backends import chainer

    if not isinstance(backend, chainer.ChainerBackend):
        return None
    try:
        return list(backend.backends)
    except Exception:  # noqa: BLE001
        return []


def store_name(backend: Any) -> str | None:
    """Which trusted store ``backend`` is ("Secret Service", "KWallet"…), or None if it is not one."""
    inner = _inner(backend)
    if inner is not None:
        # Checked before priority: a chainer holding one backend reports priority -1.
        names = [store_name(b) for b in inner]
        if not names or None in names:
            return None
        return ", ".join(dict.fromkeys(n for n in names if n))
    if backend is None or _is_keyrings_alt(backend):
        return None
    name = next((name for cls, name in _trusted_classes() if isinstance(backend, cls)), None)
    if name is None:
        return None
    try:
        # A trusted store that says it cannot work here (no D-Bus, locked out) is not used either.
        return name if float(backend.priority) > 0 else None
    except Exception:  # noqa: BLE001 - priority raises for a backend that cannot work in this environment
        return None


def is_secure_backend(backend: Any) -> bool:
    """True only when ``backend`` is one of the operating system's own secret stores (``TRUSTED_STORES``)."""
    return store_name(backend) is not None


def _refusal(backend: Any) -> str:
    from keyring.backends import fail, null

    name = type(backend).__name__
    if _is_keyrings_alt(backend):
        said = t("storage", "The system keyring here ({name}) stores secrets in a plain file, so Atlas will not use "
                            "it.")
    elif isinstance(backend, (null.Keyring, fail.Keyring)):
        said = t("storage", "The system keyring here ({name}) is not a real secret store, so Atlas will not use it.")
    elif any(isinstance(backend, cls) for cls, _ in _trusted_classes()):
        said = t("storage", "The system keyring here ({name}) cannot be used on this computer now, so Atlas will not "
                            "use it.")
    else:
        said = t("storage", "The system keyring here ({name}) is not one of the secret stores Atlas trusts "
                            "({trusted}), so Atlas will not use it.")
    return said.format(name=name, trusted=TRUSTED_NAMES)


class SecureKeyring:
    """The OS keyring, used only when it is a real secret store and only with a time limit."""

    def __init__(
        self, backend: Any = None, timeout: float = KEYRING_TIMEOUT_S, service: str = SERVICE
    ) -> None:
        self._backend = backend
        self.timeout = timeout
        self.service = service

    def _secure_backend(self) -> Any:
        # Resolved here, inside the time limit, because discovery can block on D-Bus.
        if self._backend is None:
            import keyring

            self._backend = keyring.get_keyring()
        if store_name(self._backend) is None:
            raise KeyringUnavailable(_refusal(self._backend))
        return self._backend

    def _guarded(self, work: Callable[[Any], T]) -> T:
        # A daemon thread, not an executor: executor threads are joined at exit, so a
        # hung backend would also hang the app when it quits.
        outcome: dict[str, Any] = {}

        def run() -> None:
            try:
                outcome["value"] = work(self._secure_backend())
            except BaseException as exc:  # noqa: BLE001 - handed to the caller below
                outcome["error"] = exc

        thread = threading.Thread(target=run, name="atlas-keyring", daemon=True)
        thread.start()
        thread.join(self.timeout)
        if thread.is_alive():
            raise KeyringUnavailable(
                t("storage", "The system keyring did not answer within {seconds} seconds; enter your passphrase "
                             "instead.").format(seconds=format_number(self.timeout))
            )
        error = outcome.get("error")
        if isinstance(error, KeyringUnavailable):
            raise error
        if error is not None:
            # Only the class name: a backend's own message could echo the secret.
            raise KeyringUnavailable(
                t("storage", "The system keyring reported a problem ({problem}); enter your passphrase "
                             "instead.").format(problem=type(error).__name__)
            ) from None
        return outcome["value"]

    def store_name(self) -> str:
        """The trusted store in use ("Secret Service", "macOS Keychain"…); raises KeyringUnavailable if none."""
        return self._guarded(store_name)

    def is_available(self) -> bool:
        """True if the keyring is a secure store that answers in time; never raises."""
        try:
            self._guarded(lambda backend: None)
        except Exception:
            return False
        return True

    def get(self, account: str) -> str | None:
        """Return the stored secret for ``account``, or None when it is unknown.

        None means "unknown": nothing is stored, or the store is locked and would not
        say. It is not an error, and callers must never take it as a reason to create
        a new key (that would orphan the one already wrapping the register).
        Raises KeyringUnavailable if the keyring is insecure, fails or times out.
        """
        return self._guarded(lambda backend: backend.get_password(self.service, account))

    def set(self, account: str, secret: str) -> None:
        """Store ``secret`` for ``account``; raises KeyringUnavailable if that is unsafe or fails."""
        self._guarded(lambda backend: backend.set_password(self.service, account, secret))

    def delete(self, account: str) -> None:
        """Forget ``account``'s secret; forgetting one that is not there is not an error."""

        def forget(backend: Any) -> None:
            from keyring.errors import PasswordDeleteError

            try:
                backend.delete_password(self.service, account)
            except PasswordDeleteError:
                # Backends raise this both for "not found" and for real failures.
                if backend.get_password(self.service, account) is not None:
                    raise

        self._guarded(forget)
