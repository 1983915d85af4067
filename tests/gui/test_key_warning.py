"""The app says at once when the key file's recovery-key entry is damaged (issue 22: "The user finds out the day
the passphrase is forgotten" — the desktop app must tell them the day it happens, as the CLI does)."""

from __future__ import annotations

from atlas_desktop.gui import app as app_module
from atlas_desktop.gui.app import AtlasApp
from atlas_desktop.storage.register import Register, keys_path
from atlas_desktop.storage.settings import Settings
from tests.conftest import ORG, PASSPHRASE
from tests.test_cli_key_damage import _damage_recovery_entry


def test_a_damaged_recovery_entry_is_shown_when_the_register_opens(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "office.atlas"
    reg, _ = Register.create(path, PASSPHRASE, ORG)
    reg.close()
    _damage_recovery_entry(path)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(app_module, "show_error", lambda _parent, title, text: shown.append((title, str(text))))
    controller = AtlasApp(Settings(auto_lock_minutes=5))
    window = controller.open_register(Register.open(path, passphrase=PASSPHRASE))
    qtbot.waitExposed(window)
    try:
        assert [title for title, _ in shown] == ["Key file"]
        assert "recovery-key entry" in shown[0][1] and "damaged" in shown[0][1]
    finally:
        controller._finish_close()
