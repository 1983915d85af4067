"""The keys an open register holds are zeroed in place when it is closed or locked."""

from __future__ import annotations

import pytest

from atlas_desktop.storage.register import Register
from conftest import PASSPHRASE

NEW_PASSPHRASE = "quartz-meadow-violin-harbour"


def test_close_zeroes_the_held_key_buffers(new_register, register_path) -> None:
    reg, _ = new_register
    held, audit = reg._key_buffer, reg._audit_key
    assert isinstance(held, bytearray) and len(held) == 32 and any(held)
    assert isinstance(audit, bytearray) and any(audit)
    assert reg.audit.key is audit  # the trail MACs with this very buffer, not a copy
    assert reg.data_key == bytes(held)
    reg.close()
    # The same objects (not replaced by new empty ones): the bytes that held the key are now zeros.
    assert reg._key_buffer is held and held == bytearray(32)
    assert reg._audit_key is audit and audit == bytearray(len(audit))
    assert reg.data_key == b""
    reg.close()  # twice is fine
    with Register.open(register_path, passphrase=PASSPHRASE) as again:  # nothing on disk was touched
        assert again.audit.verify().ok


def test_keys_still_work_until_closed(new_register, register_path) -> None:
    reg, _ = new_register
    reg.set_meta("client", "Ioana")  # an audit entry, MACed with the held audit key
    reg.change_passphrase(NEW_PASSPHRASE)
    key = reg.reissue_recovery_key()
    reg.close()
    with Register.open(register_path, passphrase=NEW_PASSPHRASE) as again:
        assert again.meta("client") == "Ioana"
        assert again.audit.verify().ok
    with Register.open(register_path, recovery_key=key) as again:
        assert again.register_id == reg.register_id


def test_close_wipes_even_when_the_database_close_fails(new_register, monkeypatch) -> None:
    reg, _ = new_register
    held = reg._key_buffer

    def broken_close() -> None:
        raise OSError("disk went away")

    monkeypatch.setattr(reg.db, "close", broken_close)
    with pytest.raises(OSError):
        reg.close()
    assert held == bytearray(32)
    monkeypatch.undo()


def test_the_context_manager_and_create_leave_no_key_behind(tmp_path) -> None:
    reg, _ = Register.create(tmp_path / "r.atlas", PASSPHRASE, "Acme SRL", actor="tester")
    with reg:
        held = reg._key_buffer
        assert any(held)
    assert held == bytearray(32)


def test_locking_the_gui_session_wipes_the_key(new_register) -> None:
    # The GUI's lock goes through Register.close; a QObject needs no QApplication.
    from atlas_desktop.gui.session import Session
    from atlas_desktop.storage.settings import Settings

    reg, _ = new_register
    held = reg._key_buffer
    session = Session(reg, Settings())
    session.lock()
    assert session.is_locked
    assert held == bytearray(32)
