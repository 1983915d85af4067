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

from ..core.errors import KeyNeeded, KeyringUnavailable
from ..core.i18n import t
from .keyring_store import SecureKeyring
from .keys import KEYRING, KeyFile


class RememberedKeyUnreadable(KeyNeeded):
    """This computer remembers the register, but the key could not be had from the keyring: says why."""


def remembered_key(keys: KeyFile, keyring: SecureKeyring) -> bytes:
    """The data key from the keyring; raises RememberedKeyUnreadable saying why not (never a secret)."""
    try:
        stored = keyring.get(keys.register_id)
    except KeyringUnavailable as exc:
        raise RememberedKeyUnreadable(t("storage", "This computer remembers the register, but its key could not be "
                                                   "read from the system keyring: {reason}").format(
            reason=exc.message)) from None
    if stored is None:
        raise RememberedKeyUnreadable(t("storage", "This computer remembers the register, but the system keyring gave "
                                                   "no key for it (the keyring may be locked, or the entry was "
                                                   "removed); enter the passphrase."))
    try:
        device_key = base64.b64decode(stored, validate=True)
    except (binascii.Error, ValueError):
        device_key = None
    data_key = keys.unlock_with_device_key(device_key) if device_key is not None else None
    if data_key is None:
        raise RememberedKeyUnreadable(t("storage", "This computer remembers the register, but the key in the system "
                                                   "keyring does not open it (it was replaced or damaged); enter the "
                                                   "passphrase."))
    return data_key


def unlock_remembered(keys: KeyFile, keyring: SecureKeyring) -> bytes | None:
    """The data key from the keyring, or None when it is unknown, unavailable or stale."""
    if not keys.has(KEYRING):
        return None
    try:
        return remembered_key(keys, keyring)
    except RememberedKeyUnreadable:
        return None


def remember(register, keyring: SecureKeyring) -> None:
    """Store a new device key in the keyring and its wrap in the key file.

    The key is read back before the wrap is written: a keyring that accepts a write but
    answers ``None`` afterwards would otherwise leave a wrap that nothing can open.
    """
    device_key = secrets.token_bytes(32)
    encoded = base64.b64encode(device_key).decode("ascii")
    keyring.set(register.register_id, encoded)
    if keyring.get(register.register_id) != encoded:
        raise KeyringUnavailable(t("storage", "The system keyring did not keep the key, so this computer will not "
                                              "remember the register. Use the passphrase."))
    keys = register.edited_keys()
    keys.set_device_wrap(register.data_key, device_key)
    register.save_keys(keys, t("storage", "remembering the register on this computer"),
                       {"remember_on_this_computer": True})


def forget(register, keyring: SecureKeyring | None) -> str | None:
    """Remove the wrap first (so the register no longer opens without a passphrase), then the keyring entry.

    Returns None when both are gone, or a sentence saying the keyring entry could not be removed:
    the wrap is gone, so the stale entry opens nothing, but the user should know it is still there."""
    if register.keys.has(KEYRING):
        keys = register.edited_keys()
        keys.remove(KEYRING)
        register.save_keys(keys, t("storage", "forgetting the register on this computer"),
                           {"remember_on_this_computer": False})
    if keyring is None:
        return None
    try:
        keyring.delete(register.register_id)
    except KeyringUnavailable as exc:
        return t("storage", "Its entry in the system keyring could not be removed. {reason} The entry opens nothing "
                            "now; you can delete it by hand: service \"{service}\", account \"{account}\".").format(
            reason=exc.message, service=keyring.service, account=register.register_id)
    return None
