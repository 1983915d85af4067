"""'Remember on this computer': a per-register device key kept in the OS keyring.

The keyring holds a random device key; the key file holds the data key wrapped by it. A
``None`` from the keyring means "unknown" (not stored, or the store is locked): we then
ask for the passphrase. It is never a reason to make a new key, which would silently
orphan the wrap that the other copy of the key file still relies on.
"""

from __future__ import annotations

import base64
import binascii
import secrets

from ..core.errors import KeyringUnavailable
from .keyring_store import SecureKeyring
from .keys import KEYRING, KeyFile


def unlock_remembered(keys: KeyFile, keyring: SecureKeyring) -> bytes | None:
    """The data key from the keyring, or None when it is unknown, unavailable or stale."""
    if not keys.has(KEYRING):
        return None
    try:
        stored = keyring.get(keys.register_id)
    except KeyringUnavailable:
        return None
    if stored is None:
        return None
    try:
        device_key = base64.b64decode(stored, validate=True)
    except (binascii.Error, ValueError):
        return None
    return keys.unlock_with_device_key(device_key)


def remember(register, keyring: SecureKeyring) -> None:
    """Store a new device key in the keyring and its wrap in the key file.

    The key is read back before the wrap is written: a keyring that accepts a write but
    answers ``None`` afterwards would otherwise leave a wrap that nothing can open.
    """
    device_key = secrets.token_bytes(32)
    encoded = base64.b64encode(device_key).decode("ascii")
    keyring.set(register.register_id, encoded)
    if keyring.get(register.register_id) != encoded:
        raise KeyringUnavailable("The system keyring did not keep the key, so this computer will not "
                                 "remember the register. Use the passphrase.")
    keys = register.edited_keys()
    keys.set_device_wrap(register.data_key, device_key)
    register.save_keys(keys, "remembering the register on this computer", {"remember_on_this_computer": True})


def forget(register, keyring: SecureKeyring | None) -> None:
    """Remove the wrap first (so the register no longer opens without a passphrase), then the keyring entry."""
    if register.keys.has(KEYRING):
        keys = register.edited_keys()
        keys.remove(KEYRING)
        register.save_keys(keys, "forgetting the register on this computer", {"remember_on_this_computer": False})
    if keyring is not None:
        try:
            keyring.delete(register.register_id)
        except KeyringUnavailable:
            pass  # the wrap is gone, so a stale entry can no longer open anything
