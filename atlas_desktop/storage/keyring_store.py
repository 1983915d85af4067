"""Keep a register's "remember on this computer" wrap key in the OS keyring, safely or not at all."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from atlas_desktop.core.errors import KeyringUnavailable

# keyring is imported where it is used: importing it (entry points, D-Bus backends, jaraco) was a
# twentieth of the app's start-up, and most sessions never touch the keyring.

KEYRING_TIMEOUT_S: float = 3.0
SERVICE: str = "Atlas Desktop"

T = TypeVar("T")


def _is_keyrings_alt(backend: Any) -> bool:
    # keyrings.alt is not a dependency, so its backends are recognised by module name only.
    module = type(backend).__module__ or ""
    return module == "keyrings.alt" or module.startswith("keyrings.alt.")


def is_secure_backend(backend: Any) -> bool:
    """True only when ``backend`` keeps secrets in a real secret store."""
    from keyring.backends import chainer, fail, null

    if isinstance(backend, chainer.ChainerBackend):
        # Checked before priority: a chainer holding one backend reports priority -1.
        try:
            inner = list(backend.backends)
        except Exception:
            return False
        return bool(inner) and all(is_secure_backend(b) for b in inner)
    if backend is None or _is_keyrings_alt(backend):
        return False
    if isinstance(backend, (null.Keyring, fail.Keyring)):
        return False
    try:
        # priority may raise for a backend that cannot work in this environment.
        return float(backend.priority) > 0
    except Exception:
        return False


def _refusal(backend: Any) -> str:
    from keyring.backends import fail, null

    name = type(backend).__name__
    if _is_keyrings_alt(backend):
        why = "stores secrets in a plain file"
    elif isinstance(backend, (null.Keyring, fail.Keyring)):
        why = "is not a real secret store"
    else:
        why = "is not known to be a secure secret store"
    return f"The system keyring here ({name}) {why}, so Atlas will not use it."


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
        if not is_secure_backend(self._backend):
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
                f"The system keyring did not answer within {self.timeout:g} seconds; "
                "enter your passphrase instead."
            )
        error = outcome.get("error")
        if isinstance(error, KeyringUnavailable):
            raise error
        if error is not None:
            # Only the class name: a backend's own message could echo the secret.
            raise KeyringUnavailable(
                f"The system keyring reported a problem ({type(error).__name__}); "
                "enter your passphrase instead."
            ) from None
        return outcome["value"]

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
