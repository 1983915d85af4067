"""The create wizard's "Your office and you" step, the "Your name" question for an unnamed register, and
Preferences' backup-folder label.

Legal points: Art. 12(3) GDPR (the country's holidays, and the region's where they differ, are skipped
when counting the month for a request); Art. 33(1), 55 (the authority a breach is notified to, that of
the country of establishment); Art. 5(2), 30 (the audit trail and sign-offs name the person).
"""

from __future__ import annotations

import getpass
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QWizard

from atlas_desktop.gui import create_name, create_org
from atlas_desktop.gui.create_dialog import CreateRegisterDialog
from atlas_desktop.gui.session import Session
from atlas_desktop.gui.settings_dialog import SettingsDialog
from atlas_desktop.gui.your_name import YourNameDialog, ask_name_if_missing, needs_name
from atlas_desktop.storage.keyring_store import SecureKeyring
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.register import Register
from atlas_desktop.storage.settings import Settings

from conftest import ORG, PASSPHRASE
from fakes import DictKeyring


def shoot(qtbot, widget, name: str) -> None:
    folder = Path(os.environ["ATLAS_SCREENSHOTS"])
    qtbot.waitExposed(widget)
    qtbot.wait(20)
    assert widget.grab().save(str(folder / f"{name}.png"))


@pytest.fixture
def wizard(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(create_name, "documents_dir", lambda: tmp_path)
    monkeypatch.setattr(create_org, "machine_zone", lambda: "Europe/Bucharest")  # a computer in Romania
    dialog = CreateRegisterDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_page.org_edit.setText(ORG)
    dialog.name_page.path_edit.setText(str(tmp_path / "office.atlas"))
    dialog.next()
    assert dialog.currentPage() is dialog.org_page
    return dialog


def choose(page, code: str) -> None:
    page.country.setCurrentIndex(page.country.findData(code))


def test_the_country_proposes_the_authority_and_the_region_shows_only_where_holidays_differ(qtbot, wizard):
    page = wizard.org_page
    assert page.country_code() == "RO"  # proposed from this computer's time zone
    assert page.authority_name.text().startswith("ANSPDCP")  # Art. 55: Romania's authority
    assert "Magheru" in page.authority_address.text() and page.authority_phone.text() == "+40 318 059 211"
    form: QFormLayout = page._form
    assert not form.isRowVisible(page.region)  # Romania's holidays are national (Art. 12(3))
    choose(page, "DE")
    assert form.isRowVisible(page.region) and page.region.findData("BY") > 0  # Bavaria's differ
    assert "federal state" in page.authority_name.text()
    page.your_name.setText("Ana Pop")
    shoot(qtbot, wizard, "create-2-office-germany")
    page.authority_name.setText("BayLDA")  # typed by the user: a new country no longer replaces it
    page.authority_name.textEdited.emit("BayLDA")
    choose(page, "AT")
    assert page.authority_name.text() == "BayLDA" and not form.isRowVisible(page.region)


def test_a_name_is_required_and_a_country_must_come_from_the_list(qtbot, wizard):
    page = wizard.org_page
    wizard.next()
    assert wizard.currentPage() is page and "cannot be empty" in page.error.text()
    page.your_name.setText("Ana Pop")
    page.country.setEditText("Narnia")
    wizard.next()
    assert wizard.currentPage() is page and "from the list" in page.error.text()
    page.country.setEditText("")  # left empty: allowed, set later in Organisation details
    wizard.next()
    assert wizard.currentPage() is wizard.passphrase_page


def test_the_wizard_creates_the_register_with_the_office_and_the_person(qtbot, wizard, tmp_path, monkeypatch):
    monkeypatch.setattr(getpass, "getuser", lambda: "root")
    page = wizard.org_page
    choose(page, "DE")
    page.region.setCurrentIndex(page.region.findData("BY"))
    page.your_name.setText("Ana Pop")
    page.your_role.setText("Office manager")
    shoot(qtbot, wizard, "create-2-office")
    wizard.next()
    wizard.passphrase_page.passphrase_edit.setText(PASSPHRASE)
    wizard.passphrase_page.confirm_edit.setText(PASSPHRASE)
    qtbot.mouseClick(wizard.button(QWizard.CommitButton), Qt.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=20000)
    wizard.register.close()
    wizard.register = None
    with Register.open(tmp_path / "office.atlas", passphrase=PASSPHRASE) as reg:
        org = Records(reg).get("organisation", 1)
        assert (org["country"], org["holiday_country"], org["holiday_region"]) == ("DE", "DE", "BY")
        assert org["time_zone"] == "Europe/Berlin" and org["responsible_name"] == "Ana Pop"
        assert "federal state" in org["authority_name"]
        assert reg.actor == "Ana Pop" and reg.meta("user_role") == "Office manager"
        assert {e.actor for e in reg.audit.entries()} == {"Ana Pop"}  # never "root"


def test_an_unnamed_register_is_asked_once_for_the_name(qtbot, register_path, monkeypatch):
    reg, _ = Register.create(register_path, PASSPHRASE, ORG)  # made before names were asked
    session = Session(reg, Settings())
    assert reg.actor == "Unnamed user" and needs_name(session)
    dialog = YourNameDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    shoot(qtbot, dialog, "your-name")
    dialog.accept()  # empty: refused, said plainly
    assert dialog.isVisible() and "cannot be empty" in dialog.error.text()
    dialog.name_edit.setText("Ana Pop")
    dialog.role_edit.setText("Office manager")
    dialog.accept()
    assert reg.actor == "Ana Pop" and not needs_name(session)
    assert ask_name_if_missing(None, session) is None  # named now: not asked again
    Records(reg).create("processor", {"name": "Payroll Ltd"})
    assert list(reg.audit.entries(entity="processor"))[-1].actor == "Ana Pop"
    session.close()


def test_the_backup_folder_label_shows_no_ampersand_and_leads_to_the_field(qtbot, new_register):
    reg, _ = new_register
    settings = Settings()
    dialog = SettingsDialog(settings, Session(reg, settings), keyring=SecureKeyring(DictKeyring()))
    qtbot.addWidget(dialog)
    label = dialog.backup_label
    assert label.buddy() is dialog.backup_dir  # Alt+B reaches the field
    # With a buddy the '&' marks the mnemonic and is not drawn: as wide as the text without it.
    assert label.sizeHint().width() == type(label)("Backup folder:").sizeHint().width()
    assert dialog.user_name.placeholderText() == "Unnamed user"  # never the login name


def test_the_app_asks_an_unnamed_registers_name_once_without_holding_up_the_window(qtbot, register_path):
    """Opening a register with no name recorded asks for it (window-modal, no nested event loop, so the app
    can still lock or close); a name set for this computer in Preferences already names the changes."""
    from atlas_desktop.gui.app import AtlasApp
    from atlas_desktop.gui.your_name import YourNameDialog

    def opened(settings: Settings) -> tuple[AtlasApp, list[YourNameDialog]]:
        reg = Register.open(register_path, passphrase=PASSPHRASE)
        controller = AtlasApp(settings)
        window = controller.open_register(reg)
        qtbot.waitExposed(window)
        qtbot.wait(50)  # the question is asked once the window is up
        return controller, [d for d in window.findChildren(YourNameDialog) if d.isVisible()]

    Register.create(register_path, PASSPHRASE, ORG)[0].close()  # made before names were asked
    controller, asked = opened(Settings())
    assert len(asked) == 1 and asked[0].windowModality() == Qt.WindowModal
    asked[0].name_edit.setText("Ana Pop")
    asked[0].accept()
    assert controller.session.register.actor == "Ana Pop"
    controller._finish_close()
    controller, asked = opened(Settings())  # recorded now: not asked again
    assert asked == [] and controller.session.register.actor == "Ana Pop"
    controller._finish_close()


def test_a_name_set_for_this_computer_is_not_asked_again(qtbot, register_path):
    from atlas_desktop.gui.app import AtlasApp
    from atlas_desktop.gui.your_name import YourNameDialog

    Register.create(register_path, PASSPHRASE, ORG)[0].close()
    controller = AtlasApp(Settings(user_name="Ion Ionescu"))
    window = controller.open_register(Register.open(register_path, passphrase=PASSPHRASE))
    qtbot.waitExposed(window)
    qtbot.wait(50)
    assert not [d for d in window.findChildren(YourNameDialog) if d.isVisible()]
    assert controller.session.register.actor == "Ion Ionescu"
    controller._finish_close()
