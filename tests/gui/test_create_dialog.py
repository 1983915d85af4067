"""The create-register wizard end to end: a real register, refused passphrases, the recovery key sheet."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QWizard

from atlas_desktop.gui import create_dialog, create_name, recovery_sheet
from atlas_desktop.gui.create_dialog import LEVEL_COLOURS, CreateRegisterDialog
from atlas_desktop.gui.create_name import file_stem
from atlas_desktop.gui.recovery_sheet import write_recovery_pdf
from atlas_desktop.storage.register import Register
from tests.conftest import ORG, PASSPHRASE


def shoot(qtbot, widget, tmp_path: Path, name: str) -> None:
    folder = Path(os.environ.get("ATLAS_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    qtbot.waitExposed(widget)
    qtbot.wait(20)  # let pending layout requests run before the picture
    assert widget.grab().save(str(folder / f"{name}.png"))


def compact(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    assert len(reader.pages) == 1
    return " ".join(reader.pages[0].extract_text().split())


@pytest.fixture(autouse=True)
def documents(tmp_path, monkeypatch) -> Path:
    """A Documents folder of the test's own: the wizard suggests the register there."""
    folder = tmp_path / "Documents"
    folder.mkdir()
    monkeypatch.setattr(create_name, "documents_dir", lambda: folder)
    return folder


@pytest.fixture
def asked(monkeypatch) -> list[str]:
    """The "leave without the recovery key?" question, answered Close (pytest-qt closes widgets first)."""
    questions: list[str] = []

    def answer(parent, title, text, *args):
        questions.append(title)
        return QMessageBox.Close

    monkeypatch.setattr(create_dialog.QMessageBox, "question", answer)
    return questions


@pytest.fixture
def wizard(qtbot, asked):
    dialog = CreateRegisterDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click(qtbot, wizard: QWizard, which) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.LeftButton)


def fill_name_page(qtbot, wizard: CreateRegisterDialog, path: Path) -> None:
    wizard.name_page.org_edit.setText(ORG)
    wizard.name_page.path_edit.setText(str(path))
    click(qtbot, wizard, QWizard.NextButton)
    if wizard.currentPage() is wizard.org_page:  # step 2, the office and you: a name is all it needs
        wizard.org_page.your_name.setText("Ana Pop")
        click(qtbot, wizard, QWizard.NextButton)


def try_passphrase(qtbot, wizard: CreateRegisterDialog, first: str, second: str | None = None) -> None:
    page = wizard.passphrase_page
    page.passphrase_edit.setText(first)
    page.confirm_edit.setText(first if second is None else second)
    click(qtbot, wizard, QWizard.CommitButton)


def test_the_default_place_is_documents_named_after_the_organisation(qtbot, wizard, documents):
    """Not a hidden data folder: the hint says to keep it where backups reach, and Documents usually is."""
    page = wizard.name_page
    assert Path(page.path_edit.text()) == documents / "register.atlas"
    qtbot.keyClicks(page.org_edit, "Dobrogea Link Logistics SRL")
    assert Path(page.path_edit.text()) == documents / "Dobrogea Link Logistics SRL.atlas"
    (documents / "Dobrogea Link Logistics SRL.atlas").write_bytes(b"taken")
    page.org_edit.clear()
    qtbot.keyClicks(page.org_edit, "Dobrogea Link Logistics SRL")  # taken now: the next free name
    assert Path(page.path_edit.text()) == documents / "Dobrogea Link Logistics SRL 2.atlas"


def test_the_path_stops_following_the_name_once_the_user_edits_it(qtbot, wizard, tmp_path, documents):
    page = wizard.name_page
    page.org_edit.setText("Harbour")
    page.path_edit.selectAll()
    qtbot.keyClicks(page.path_edit, str(tmp_path / "mine.atlas"))
    qtbot.keyClicks(page.org_edit, " Dental")
    assert page.path_edit.text() == str(tmp_path / "mine.atlas")
    page.path_edit.selectAll()
    qtbot.keyClick(page.path_edit, Qt.Key_Delete)  # emptied by hand: the name leads again
    qtbot.keyClicks(page.org_edit, " Ltd")
    assert Path(page.path_edit.text()) == documents / "Harbour Dental Ltd.atlas"


@pytest.mark.parametrize(("name", "stem"), [
    ("Dobrogea Link Logistics SRL", "Dobrogea Link Logistics SRL"),
    ('A/B: "Smith" & Co <UK>?', "A B Smith & Co UK"),
    ("Știință & Zoë S.R.L.", "Știință & Zoë S.R.L"),
    ("  ..hidden  ", "hidden"),
    ("CON", "CON register"),
    ("", "register"),
    ("x" * 300, "x" * 100),
])
def test_file_names_are_safe_on_every_system(name, stem):
    assert file_stem(name) == stem


def test_a_name_with_dots_still_gets_the_atlas_extension(wizard, documents):
    wizard.name_page.path_edit.setText(str(documents / "Smith & Co. S.R.L"))
    assert wizard.name_page.register_path() == documents / "Smith & Co. S.R.L.atlas"


def test_an_existing_file_is_never_overwritten(qtbot, wizard, tmp_path):
    taken = tmp_path / "taken.atlas"
    taken.write_bytes(b"something precious")
    fill_name_page(qtbot, wizard, taken)
    assert wizard.currentPage() is wizard.name_page
    assert "already a file called taken.atlas" in wizard.name_page.error.text()
    assert taken.read_bytes() == b"something precious"


def test_the_organisation_name_is_required(qtbot, wizard, tmp_path):
    wizard.name_page.path_edit.setText(str(tmp_path / "x.atlas"))
    click(qtbot, wizard, QWizard.NextButton)
    assert wizard.currentPage() is wizard.name_page
    assert "organisation's name" in wizard.name_page.error.text()


def test_empty_weak_and_mismatched_passphrases_are_refused(qtbot, wizard, tmp_path):
    path = tmp_path / "office.atlas"
    fill_name_page(qtbot, wizard, path)
    page = wizard.passphrase_page
    assert wizard.currentPage() is page

    try_passphrase(qtbot, wizard, "")
    assert "empty" in page.error.text()
    try_passphrase(qtbot, wizard, "password123")
    assert "shorter than" in page.error.text() or "easy to guess" in page.error.text()
    assert page.meter.text() == "Weak"
    try_passphrase(qtbot, wizard, "Acme Logistics SRL 2024")  # only the organisation's name
    assert "organisation's name" in page.error.text()
    try_passphrase(qtbot, wizard, PASSPHRASE, PASSPHRASE + "x")
    assert "not the same" in page.error.text()
    qtbot.wait(100)
    assert wizard.currentPage() is page and not path.exists()


def test_the_meter_shows_words_and_advice(qtbot, wizard, tmp_path):
    fill_name_page(qtbot, wizard, tmp_path / "office.atlas")
    page = wizard.passphrase_page
    page.passphrase_edit.setText("qwertyuiop")
    assert page.meter.text() == "Weak" and page.advice.isVisibleTo(page)
    page.passphrase_edit.setText(PASSPHRASE)
    assert page.meter.text() in ("Good", "Strong") and page.meter.value() >= 3
    page.confirm_edit.setText(PASSPHRASE)
    assert "match" in page.match.text()
    page.show_button.setChecked(True)
    assert page.passphrase_edit.echoMode() == page.passphrase_edit.EchoMode.Normal


def test_the_meter_is_coloured_and_says_a_word(qtbot, wizard, tmp_path):
    """Red, amber, green, and the word beside it, for anyone who cannot tell the colours apart."""
    fill_name_page(qtbot, wizard, tmp_path / "office.atlas")
    page = wizard.passphrase_page
    assert page.meter_word.text() == "Nothing typed yet"
    page.passphrase_edit.setText("qwertyuiop")
    assert page.meter_word.text() == "Weak" and LEVEL_COLOURS[1] in page.meter.styleSheet()
    assert page.meter.value() >= 1  # a red sliver, not an empty bar
    page.passphrase_edit.setText(PASSPHRASE)
    assert page.meter_word.text() in ("Good", "Strong") and LEVEL_COLOURS[4] in page.meter.styleSheet()
    assert LEVEL_COLOURS[1] != LEVEL_COLOURS[2] != LEVEL_COLOURS[4]


def test_the_form_does_not_move_as_advice_and_problems_appear(qtbot, wizard, tmp_path):
    fill_name_page(qtbot, wizard, tmp_path / "office.atlas")
    page = wizard.passphrase_page
    qtbot.wait(20)

    def places() -> tuple[int, ...]:
        qtbot.wait(10)  # let pending layout requests run
        return page.passphrase_edit.y(), page.meter.y(), page.confirm_edit.y(), page.match.y(), page.status.y()

    first = places()
    for typed, again in (("qwertyuiop12", ""), ("lantern orbit", ""), (PASSPHRASE, PASSPHRASE + "x"),
                         (PASSPHRASE, PASSPHRASE), ("", "")):
        page.passphrase_edit.setText(typed)
        page.confirm_edit.setText(again)
        assert places() == first, typed
    page.passphrase_edit.setText("short")
    click(qtbot, wizard, QWizard.CommitButton)
    assert "Choose a longer one" in page.error.text() and places() == first


def test_creating_a_register_shows_the_key_once_and_finishes_only_when_stored(qtbot, wizard, tmp_path, monkeypatch):
    path = tmp_path / "office.atlas"
    shoot(qtbot, wizard, tmp_path, "create-1-name")
    wizard.name_page.org_edit.setText(ORG)
    wizard.name_page.path_edit.setText(str(tmp_path / "office"))  # the extension is added
    click(qtbot, wizard, QWizard.NextButton)
    wizard.org_page.your_name.setText("Ana Pop")
    click(qtbot, wizard, QWizard.NextButton)
    shoot(qtbot, wizard, tmp_path, "create-2-passphrase-empty")
    wizard.passphrase_page.passphrase_edit.setText("qwertyuiop12")
    shoot(qtbot, wizard, tmp_path, "create-2-passphrase-weak")
    try_passphrase(qtbot, wizard, PASSPHRASE)
    shoot(qtbot, wizard, tmp_path, "create-2-passphrase")  # while the register is being written
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=20000)
    assert path.exists()

    key = wizard.recovery_key
    page = wizard.recovery_page
    assert page.key_view.toPlainText().replace("\n", "-") == key
    finish = wizard.button(QWizard.FinishButton)
    assert not finish.isEnabled()
    assert not wizard.button(QWizard.BackButton).isVisible()  # no way back to create it twice

    pdf = tmp_path / "sheet.pdf"
    monkeypatch.setattr(recovery_sheet.QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
    qtbot.mouseClick(page.pdf_button, Qt.LeftButton)
    text = pdf_text(pdf)
    assert compact(key) in compact(text) and ORG in text and "safe" in text
    assert compact(str(path)) in compact(text)  # the full location: read years later, elsewhere
    assert "Use the recovery key instead" in text and "--recovery-key-file" in text
    assert str(pdf) in page.saved.text()
    shoot(qtbot, wizard, tmp_path, "create-3-recovery-key")

    page.stored_box.setChecked(True)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.LeftButton)
    assert wizard.result() == QDialog.Accepted
    assert wizard.register.meta("org_name") == ORG
    assert wizard.recovery_key == "" and page.key_view.toPlainText() == ""  # not kept on screen
    wizard.register.close()
    wizard.register = None

    with Register.open(path, recovery_key=key) as reopened:  # the key shown really opens it
        assert reopened.meta("org_name") == ORG


def test_print_sends_the_sheet_to_the_chosen_printer(qtbot, wizard, tmp_path, monkeypatch):
    printed = tmp_path / "printed.pdf"

    class FakePrintDialog:
        """Stands in for the system print dialog: 'chooses' a PDF printer and accepts."""

        def __init__(self, printer: QPrinter, parent=None) -> None:
            self.printer = printer

        def setWindowTitle(self, title: str) -> None:
            pass

        def exec(self) -> int:
            self.printer.setOutputFormat(QPrinter.PdfFormat)
            self.printer.setOutputFileName(str(printed))
            return QDialog.Accepted

    monkeypatch.setattr(recovery_sheet, "QPrintDialog", FakePrintDialog)
    fill_name_page(qtbot, wizard, tmp_path / "office.atlas")
    try_passphrase(qtbot, wizard, PASSPHRASE)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=20000)
    qtbot.mouseClick(wizard.recovery_page.print_button, Qt.LeftButton)
    assert compact(wizard.recovery_key) in compact(pdf_text(printed))


def test_the_recovery_sheet_keeps_non_ascii_names(tmp_path):
    target = tmp_path / "key.pdf"
    write_recovery_pdf(target, "Știință & Zoë SRL", tmp_path / "registru.atlas", "ABCD-EFGH-2345-6723")
    text = pdf_text(target)
    assert "Știință & Zoë SRL" in text and "ABCD-EFGH-2345-6723" in text
    assert compact(str(tmp_path / "registru.atlas")) in compact(text)
    assert target.stat().st_mode & 0o077 == 0  # owner-only, like every file holding a secret


def test_leaving_after_creation_warns_that_the_key_is_gone(qtbot, wizard, asked, tmp_path):
    fill_name_page(qtbot, wizard, tmp_path / "office.atlas")
    try_passphrase(qtbot, wizard, PASSPHRASE)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=20000)
    register = wizard.register
    wizard.reject()
    assert asked == ["Leave without the recovery key?"]
    assert wizard.result() == QDialog.Rejected and wizard.register is None
    assert register.db.is_closed()


def test_enter_in_the_passphrase_field_never_toggles_show(qtbot, wizard, tmp_path):
    """Show is never the default button: after a click on it, Enter still goes to the wizard, not to Show."""
    fill_name_page(qtbot, wizard, tmp_path / "office.atlas")
    page = wizard.passphrase_page
    assert not page.show_button.autoDefault() and not page.show_button.isDefault()
    qtbot.mouseClick(page.show_button, Qt.LeftButton)
    qtbot.mouseClick(page.show_button, Qt.LeftButton)  # shown, hidden again; it had the focus
    page.passphrase_edit.setFocus()
    qtbot.keyClicks(page.passphrase_edit, "short")
    qtbot.keyClick(page.passphrase_edit, Qt.Key_Return)
    assert page.passphrase_edit.echoMode() == page.passphrase_edit.EchoMode.Password
    assert not page.show_button.isChecked()
    assert "Choose a longer one" in page.error.text()  # Enter pressed Create, which refused it
