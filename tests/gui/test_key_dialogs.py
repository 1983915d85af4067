"""File › Security in the app: changing the passphrase, a new recovery key, exporting the signing certificate.

Each runs against a real SQLCipher register in tmp_path and is checked by opening the register again
with the old and the new secrets (``Register.open``), not by looking at the dialog alone.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from atlas_desktop.core.errors import UsageError, WrongKey
from atlas_desktop.gui import certificate_export, security_menu
from atlas_desktop.gui.app import AtlasApp
from atlas_desktop.gui.key_dialogs import ChangePassphraseDialog
from atlas_desktop.gui.recovery_key_dialog import NewRecoveryKeyDialog
from atlas_desktop.storage.certificate import load
from atlas_desktop.storage.register import Register, keys_path
from atlas_desktop.storage.settings import Settings
from tests.conftest import PASSPHRASE

WAIT_MS = 30_000
NEW = "harbour-violet-thimble-quarry"


def shoot(qtbot, widget, name: str, size: tuple[int, int] | None = None) -> None:
    widget.show()
    qtbot.waitExposed(widget)
    if size:
        widget.resize(*size)
    QApplication.processEvents()
    assert widget.grab().save(str(Path(os.environ["ATLAS_SCREENSHOTS"]) / f"{name}.png"))
    # Nothing cut off: the window is at least as tall as its layout needs.
    assert widget.height() >= widget.layout().minimumSize().height()


def test_change_passphrase_old_refused_new_opens_recovery_key_still_opens(qtbot, new_register, register_path):
    reg, recovery = new_register
    dialog = ChangePassphraseDialog(reg)
    qtbot.addWidget(dialog)
    dialog.current.edit.setText(PASSPHRASE)
    dialog.new_edit.setText(NEW)
    dialog.again_edit.setText(NEW)
    assert dialog.match.text().startswith("✓")
    assert dialog.meter.word.text() in ("Good", "Strong")
    shoot(qtbot, dialog, "key-change-passphrase")
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog.ok_button.click()
    assert "recovery key is unchanged and still works" in dialog.result_text
    with pytest.raises(WrongKey):
        Register.open(register_path, passphrase=PASSPHRASE)
    Register.open(register_path, passphrase=NEW).close()
    Register.open(register_path, recovery_key=recovery).close()
    # The change is in the audit trail, without the secret (as 'atlas passphrase change' records it).
    keys_entries = [e.after for e in reg.audit.entries(entity="register", record="keys")]
    assert keys_entries[-1]["passphrase"] == "changed" and NEW not in str(keys_entries)


def test_change_passphrase_confirmed_with_the_recovery_key(qtbot, new_register, register_path):
    """The one who forgot the passphrase unlocked with the recovery key: it proves them here too."""
    reg, recovery = new_register
    dialog = ChangePassphraseDialog(reg)
    qtbot.addWidget(dialog)
    dialog.current.use_recovery.setChecked(True)
    assert dialog.current.label.text() == "Recovery &key:"
    dialog.current.edit.setText(recovery)
    dialog.new_edit.setText(NEW)
    dialog.again_edit.setText(NEW)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog.ok_button.click()
    Register.open(register_path, passphrase=NEW).close()


@pytest.mark.parametrize("current, new, again, said", [
    ("", NEW, NEW, "Enter the current passphrase"),
    (PASSPHRASE, "short", "short", "Choose a stronger new passphrase"),
    (PASSPHRASE, "Acme Logistics SRL 2024", "Acme Logistics SRL 2024", "Choose a stronger new passphrase"),
    (PASSPHRASE, NEW, NEW + "x", "The two new passphrases are not the same"),
    ("not-the-passphrase-at-all", NEW, NEW, "Wrong passphrase"),
])
def test_change_passphrase_refusals_leave_the_key_file_as_it_was(qtbot, new_register, register_path,
                                                                  current, new, again, said):
    """Refused as the CLI refuses (core.passphrase.require_strong: empty, short, only the organisation's
    name), a mismatch or a wrong current passphrase; the key file is not rewritten."""
    reg, _ = new_register
    before = keys_path(register_path).read_bytes()
    dialog = ChangePassphraseDialog(reg)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.current.edit.setText(current)
    dialog.new_edit.setText(new)
    dialog.again_edit.setText(again)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.problem.text().startswith(said) and not dialog._busy, timeout=WAIT_MS)
    if said == "Wrong passphrase":
        shoot(qtbot, dialog, "key-change-passphrase-wrong")
    assert dialog.isVisible() and dialog.result_text == ""
    assert keys_path(register_path).read_bytes() == before


def test_new_recovery_key_old_refused_new_opens_and_shown_once(qtbot, new_register, register_path, monkeypatch,
                                                               tmp_path):
    reg, old = new_register
    dialog = NewRecoveryKeyDialog(reg)
    qtbot.addWidget(dialog)
    shoot(qtbot, dialog, "key-new-recovery-ask")
    dialog.current.edit.setText(PASSPHRASE)
    dialog.issue_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=WAIT_MS)
    new_key = dialog.new_key
    assert dialog.key_view.toPlainText().replace("\n", "-") == new_key
    assert not dialog.close_button.isEnabled()  # not before the key is stored
    shoot(qtbot, dialog, "key-new-recovery-shown")
    pdf = tmp_path / "key.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
    dialog.pdf_button.click()
    assert pdf.read_bytes().startswith(b"%PDF") and (pdf.stat().st_mode & 0o777) == 0o600
    assert str(pdf) in dialog.saved.text()
    dialog.stored_box.setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        dialog.close_button.click()
    assert dialog.new_key == "" and dialog.key_view.toPlainText() == ""  # not kept once closed
    with pytest.raises(WrongKey):
        Register.open(register_path, recovery_key=old)
    Register.open(register_path, recovery_key=new_key).close()
    Register.open(register_path, passphrase=PASSPHRASE).close()  # the passphrase is unchanged


def test_new_recovery_key_wrong_passphrase_changes_nothing(qtbot, new_register, register_path):
    reg, old = new_register
    before = keys_path(register_path).read_bytes()
    dialog = NewRecoveryKeyDialog(reg)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.issue_button.click()
    assert dialog.problem.text().startswith("Enter the passphrase")
    dialog.current.edit.setText("not-the-passphrase-at-all")
    dialog.issue_button.click()
    qtbot.waitUntil(lambda: dialog.problem.text().startswith("Wrong passphrase"), timeout=WAIT_MS)
    assert dialog.pages.currentIndex() == 0 and keys_path(register_path).read_bytes() == before
    Register.open(register_path, recovery_key=old).close()


@pytest.mark.parametrize("name, loader", [
    ("office.pem", x509.load_pem_x509_certificate),
    ("office.cer", x509.load_der_x509_certificate),
])
def test_export_certificate_loads_and_matches_the_registers(qtbot, new_register, tmp_path, monkeypatch,
                                                            name, loader):
    reg, _ = new_register
    target = tmp_path / "out" / name
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    assert certificate_export.export_certificate(None, reg) == target
    cert = loader(target.read_bytes())
    own = load(reg).certificate
    assert cert == own
    assert cert.public_bytes(serialization.Encoding.DER) == own.public_bytes(serialization.Encoding.DER)
    assert (target.stat().st_mode & 0o777) == 0o644  # public: others read it
    assert [p.name for p in target.parent.iterdir()] == [name]  # written atomically: no temp file left
    text = shown[0]
    assert "Acrobat" in text and load(reg).fingerprint in text and "no secret" in text


@pytest.mark.parametrize("own", ["office.atlas", "office.atlas.keys"])
def test_export_certificate_refuses_the_registers_own_file(new_register, register_path, own):
    reg, _ = new_register
    target = register_path.parent / own
    before = target.read_bytes()
    with pytest.raises(UsageError, match="register's own file"):
        certificate_export.write_certificate(reg, target)
    assert target.read_bytes() == before


def test_security_menu_local_has_all_four_and_key_warning_names_the_menu(qtbot, new_register, register_path):
    reg, _ = new_register
    controller = AtlasApp(Settings(auto_lock_minutes=5))
    window = controller.open_register(Register.open(register_path, passphrase=PASSPHRASE))
    try:
        menu = security_menu.add_security_menu(window, controller, controller.tr("&File"))
        texts = [a.text() for a in menu.actions() if not a.isSeparator()]
        assert texts == ["Change &passphrase…", "New &recovery key…", "Restore from &backup…",
                         "Export signing &certificate…"]
        assert all(window.actions[k].isEnabled() and window.actions[k].isVisible()
                   for k in ("change_passphrase", "new_recovery_key", "restore_backup", "export_certificate"))
    finally:
        controller._finish_close()


def test_key_warning_names_the_menu_entry_not_the_command(tmp_path):
    from tests.test_cli_key_damage import _damage_recovery_entry
    path = tmp_path / "office.atlas"
    reg, _ = Register.create(path, PASSPHRASE, "Acme Logistics SRL")
    reg.close()
    _damage_recovery_entry(path)
    with Register.open(path, passphrase=PASSPHRASE) as reg:
        assert "atlas recovery-key reissue" in reg.key_warning  # the terminal's words
        text = security_menu.key_warning_text(reg)
    assert "recovery-key entry" in text and "damaged" in text
    assert "File › Security › New recovery key…" in text and "atlas " not in text


class _Window:
    """What add_security_menu uses of the main window: its menus by title and its actions by key."""

    def __init__(self) -> None:
        from PySide6.QtWidgets import QMainWindow
        self.main, self.actions = QMainWindow(), {}

    def _menu(self, title: str):
        return self.main.menuBar().addMenu(title)


class _Session:
    def __init__(self, kind: str) -> None:
        self.kind, self.is_team, self.is_outbox, self.is_locked = kind, kind == "team", kind == "outbox", False


class _App:
    def __init__(self, kind: str) -> None:
        self.session = _Session(kind)


def test_security_menu_for_a_team_register_and_the_outbox(qtbot):
    """A team register: no passphrase or recovery key of its own here (each person has "Change my password…"),
    and its server keeps the backups, so restoring is disabled saying why; the certificate still exports.
    The outbox (breaches only) gets no Security menu at all."""
    window = _Window()
    menu = security_menu.add_security_menu(window, _App("team"), "&File")
    assert not window.actions["change_passphrase"].isVisible() and not window.actions["new_recovery_key"].isVisible()
    assert not window.actions["restore_backup"].isEnabled()
    assert "server" in window.actions["restore_backup"].toolTip()
    assert window.actions["export_certificate"].isEnabled() and menu.toolTipsVisible()
    outbox = _Window()
    assert security_menu.add_security_menu(outbox, _App("outbox"), "&File") is None and outbox.actions == {}
