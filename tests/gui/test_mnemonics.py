"""No two Alt+letter keys on one letter in the issue-21 windows: with two, Alt+letter only moves the focus
between them and never presses the button, so a person working from the keyboard is stuck."""

from __future__ import annotations

import pytest
from conftest import ORG
from PySide6.QtWidgets import QApplication

from atlas_desktop.gui import create_name
from atlas_desktop.gui.create_dialog import CreateRegisterDialog
from atlas_desktop.gui.key_dialogs import ChangePassphraseDialog
from atlas_desktop.gui.recovery_key_dialog import NewRecoveryKeyDialog
from atlas_desktop.gui.restore_dialog import RestoreDialog
from atlas_desktop.gui.review import ReviewWindow
from atlas_desktop.gui.review.window import ITEMS
from atlas_desktop.gui.session import Session
from atlas_desktop.gui.template_picker import TemplateDialog
from atlas_desktop.gui.your_name import YourNameDialog
from atlas_desktop.storage.reviews import Reviews
from atlas_desktop.storage.settings import Settings
from tests.gui.mnemonics import clashes, mnemonic


@pytest.fixture
def session(qapp, new_register):
    reg, _ = new_register
    s = Session(reg, Settings())
    yield s
    s.close()


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    QApplication.processEvents()
    return widget


def test_the_helper_reads_qts_mnemonics():
    assert mnemonic("Your na&me:") == "m" and mnemonic("Save && close") == "" and mnemonic("&&A &b") == "b"


def test_the_wizards_office_page_and_its_buttons(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(create_name, "documents_dir", lambda: tmp_path)
    wizard = shown(qtbot, CreateRegisterDialog())
    wizard.name_page.org_edit.setText(ORG)
    wizard.name_page.path_edit.setText(str(tmp_path / "office.atlas"))
    wizard.next()
    assert wizard.currentPage() is wizard.org_page
    assert clashes(wizard) == {}  # "Your &name" beside the wizard's "&Next >" was one


def test_your_name(qtbot, session):
    assert clashes(shown(qtbot, YourNameDialog(session))) == {}  # "Your &name" and "Not &now" were one


def test_change_passphrase_in_each_state(qtbot, session):
    dialog = shown(qtbot, ChangePassphraseDialog(session.register))
    assert clashes(dialog) == {}  # "&Current passphrase" / "&Change passphrase", and two "&Show"
    dialog.new_show.setChecked(True)
    assert clashes(dialog) == {}
    dialog.new_show.setChecked(False)
    dialog.current.use_recovery.setChecked(True)
    assert clashes(dialog) == {}  # "&Recovery key:" beside "the &recovery key instead"
    dialog.current.show_button.setChecked(True)
    assert clashes(dialog) == {}


def test_new_recovery_key_on_both_pages(qtbot, session):
    dialog = shown(qtbot, NewRecoveryKeyDialog(session.register))
    assert clashes(dialog) == {}
    dialog.current.use_recovery.setChecked(True)
    assert clashes(dialog) == {}
    dialog.pages.setCurrentIndex(1)
    assert clashes(dialog) == {}


def test_restore_with_a_backup_chosen(qtbot, session, tmp_path):
    dialog = shown(qtbot, RestoreDialog(session.register, tmp_path))
    dialog.restore_button.setEnabled(True)  # as once a backup that passed its check is chosen
    assert clashes(dialog) == {}  # "&Restore…" and "This is the &recovery key" were one


def test_template_dialog(qtbot, session):
    assert clashes(shown(qtbot, TemplateDialog(session))) == {}


def test_the_reviews_items_step_with_an_item_chosen(qtbot, session):
    Reviews(session.records).start()
    window = shown(qtbot, ReviewWindow(session))
    window.go(ITEMS)
    items = window.items_step
    if items.items:
        items.select_ids(list(items.items)[:1])
    QApplication.processEvents()
    assert clashes(window) == {}  # "Show only the items &not reviewed yet" beside "&Next >"
