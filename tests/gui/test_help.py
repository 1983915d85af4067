"""The help shipped with the app: a page per register, links that resolve, nothing loaded from the network,
the articles each register page must cite, and F1 opening the right page from an editor or the main window."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication

from atlas_desktop.core.entities import ENTITIES
from atlas_desktop.gui import help_window as hw
from atlas_desktop.gui.editors import open_editor
from atlas_desktop.gui.mainwindow import PAGES as MAIN_PAGES
from atlas_desktop.gui.mainwindow import MainWindow
from tests.gui import editor_fixtures as fx
from tests.gui.editor_fixtures import first_id

clock, screenshots, session = fx.clock, fx.screenshots, fx.session  # the shared fixtures

HELP = hw.help_dir()
ENGLISH = sorted((HELP / "en").glob("*.html"))


class Page(HTMLParser):
    """A page's text (entities decoded, no-break spaces as spaces), its references and its anchors."""

    def __init__(self, path: Path) -> None:
        super().__init__(convert_charrefs=True)
        self.refs: list[tuple[str, str, str]] = []  # (tag, attribute, value)
        self.anchors: set[str] = set()
        self.chunks: list[str] = []
        self.feed(path.read_text("utf-8"))
        self.text = " ".join(unescape("".join(self.chunks)).replace("\u00a0", " ").split())

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src", "background", "data", "action") and value is not None:
                self.refs.append((tag, name, value))
            if name in ("id", "name") and value:
                self.anchors.add(value)

    def handle_data(self, data: str) -> None:
        self.chunks.append(data)


@pytest.fixture(autouse=True)
def closed_help():
    yield
    window = hw.help_window()
    if window is not None:
        window.close()
        window.deleteLater()
    hw._window = None


# -- the content ----------------------------------------------------------------------------------
def test_every_register_and_every_contents_entry_has_an_english_page():
    for ent in ENTITIES:  # F1 maps Entity.key straight to help/en/<key>.html
        assert hw.help_file(ent.key) == HELP / "en" / f"{ent.key}.html", ent.key
    for page in hw.PAGES:
        assert hw.help_file(page) is not None, page
    assert {p.stem for p in ENGLISH} == set(hw.PAGES)  # no page left out of the contents
    for key, _label, entities in MAIN_PAGES:  # every page of the main window has its help page
        page = entities[0] if entities else hw.MAIN_WINDOW_PAGES[key]
        assert hw.help_file(page) is not None, key


def test_every_page_has_a_title_and_a_heading():
    for path in ENGLISH:
        html = path.read_text("utf-8")
        assert hw.page_title(path) != path.stem, path.name
        assert "<h1>" in html and 'charset="utf-8"' in html, path.name


def test_every_internal_link_resolves_to_a_shipped_file_and_anchor():
    for path in ENGLISH:
        for tag, attribute, value in Page(path).refs:
            parts = urlsplit(value)
            if parts.scheme in ("http", "https", "mailto"):
                continue  # checked below: only ever a link to click
            assert not parts.scheme and not parts.netloc, f"{path.name}: {value}"
            target = (path.parent / parts.path).resolve() if parts.path else path
            assert target.is_file(), f"{path.name}: {tag} {attribute}={value} is missing"
            assert HELP.resolve() in target.parents, f"{path.name}: {value} points outside atlas_desktop/resources/help"
            if parts.fragment:
                assert parts.fragment in Page(target).anchors, f"{path.name}: no anchor for {value}"


def test_nothing_is_loaded_from_the_network():
    # Images, style sheets and frames load when the page is shown: each must be a local file. A web
    # address is allowed only as a link the user clicks (<a href>), opened by the system's browser.
    for path in [*ENGLISH, HELP / "help.css"]:
        text = path.read_text("utf-8")
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", text), path.name
        if path.suffix == ".html":
            for tag, attribute, value in Page(path).refs:
                remote = urlsplit(value).scheme not in ("",) or value.startswith("//")
                assert not remote or (tag == "a" and attribute == "href"), f"{path.name}: {tag} {value}"


# Each register page states what the law asks and cites it. The strings are the citations the page must carry;
# the comments name the source each was checked against.
CITATIONS: dict[str, tuple[str, ...]] = {
    # GDPR Art. 30(1)(a) the controller's contact details; Art. 37(1)(a)-(c) when a DPO is compulsory;
    # Art. 30(5) the under-250 exemption and its three exceptions; Art. 27 the EU representative.
    "organisation": ("Art. 30(1)(a)", "Art. 37(1)(a)–(c)", "Art. 30(5)", "fewer than 250", "Art. 27"),
    # GDPR Art. 30(1)(a)-(g): the seven contents of the record; Art. 6(1) lawful bases; Art. 9(2), 10.
    "activity": ("Art. 30(1)", "(a)", "(b)", "(c)", "(d)", "(e)", "(f)", "(g)", "Art. 6(1)", "Art. 9(2)",
                 "Art. 10", "Art. 30(3), 30(4)"),
    # GDPR Art. 35(1) high risk, 35(3)(a)-(c) always required, 35(7)(a)-(d) contents, Art. 36(1)-(2) prior
    # consultation (8 weeks + 6, extension told within one month); WP248 rev.01 § III.B.a: nine criteria,
    # "in most cases ... two criteria would require a DPIA".
    "dpia": ("Art. 35(1)", "Art. 35(3)", "Art. 35(7)", "Art. 36(1)", "Art. 36(2)", "WP248 rev.01",
             "two or more", "eight weeks", "six weeks", "within one month", "nine criteria"),
    # GDPR Art. 28(1) sufficient guarantees, 28(3)(a)-(h) the eight clauses, 28(2)/(4) sub-processors.
    "processor": ("Art. 28(1)", "Art. 28(3)(a)–(h)", "Art. 28(2), 28(4)", "Art. 33(2)"),
    # GDPR Art. 32(4) people act only on instructions; Art. 39(1)(b) training among the DPO's tasks;
    # Art. 24(1) appropriate organisational measures, reviewed and updated.
    "training": ("Art. 39(1)(b)", "Art. 32(4)", "Art. 24(1)"),
    # GDPR Art. 29 and 32(4): staff process only on instructions.
    "person": ("Art. 29", "Art. 32(4)"),
    # GDPR Art. 33(1) 72 hours and reasons for delay, 33(3)(a)-(d) contents, 33(4) phases, 33(5) record every
    # breach, Art. 34(1)-(3); EDPB Guidelines 9/2022 § II.A.2 (becoming aware); EDPB Guidelines 01/2021
    # Cases 01 (document only), 02 (SA), 03 (SA+DS), 10 (document only), 11 (SA+DS), 13 (document only).
    "breach": ("Art. 33(1)", "72 hours", "Art. 33(3)", "(a)", "(b)", "(c)", "(d)", "Art. 33(4)", "Art. 33(5)",
               "Art. 34(1)", "Art. 34(2)", "Art. 34(3)(a)–(c)", "EDPB Guidelines 9/2022", "Guidelines 01/2021",
               "Case 01", "Case 03", "Case 10", "Case 11"),
    # GDPR Art. 12(3) one month, extension by two further months told within the first month; 12(4) refusal;
    # 12(5) free of charge; 12(6) identity; Art. 15-22 the rights.
    "rights_request": ("Art. 12(3)", "within one month", "two more months", "Art. 12(4)", "Art. 12(5)",
                       "Art. 12(6)", "Art. 15", "Art. 16", "Art. 17", "Art. 18", "Art. 20", "Art. 21", "Art. 22"),
    # GDPR Art. 7(1) proof, 7(2) distinguishable, 7(3) withdrawal, 7(4) freely given; Art. 8(1) 16, not below
    # 13; Art. 8(2) reasonable efforts; Art. 4(11) the definition.
    "consent": ("Art. 7(1)", "Art. 7(2)", "Art. 7(3)", "Art. 7(4)", "Art. 8(1)", "Art. 8(2)", "Art. 4(11)",
                "age of 16", "not below 13"),
    # GDPR Art. 24(2) data protection policies where proportionate; Art. 5(2) accountability.
    "policy": ("Art. 24(2)", "Art. 5(2)", "Art. 24(1)"),
    # GDPR Art. 24(1) review and update; Art. 35(11) DPIA review.
    "review": ("Art. 24(1)", "Art. 5(2)", "Art. 35(11)"),
    # GDPR Art. 32(1)(b)-(c) availability and timely restore.
    "backups": ("Art. 32(1)(b)", "Art. 32(1)(c)"),
    # GDPR Art. 30(4) the record on request; Art. 33(5) the breach record.
    "exports": ("Art. 30(4)", "Art. 33(5)"),
    "dashboard": ("Art. 33(1)", "Art. 12(3)", "Art. 24(1)"),
}


@pytest.mark.parametrize("page", sorted(CITATIONS))
def test_each_register_page_cites_its_articles(page):
    text = Page(HELP / "en" / f"{page}.html").text
    missing = [c for c in CITATIONS[page] if c not in text]
    assert not missing, f"{page}.html does not cite {missing}"


@pytest.mark.parametrize("entity", [e.key for e in ENTITIES])
def test_each_register_page_says_what_the_law_asks_and_what_atlas_does(entity):
    text = Page(HELP / "en" / f"{entity}.html").text
    assert "What the law asks" in text and "What Atlas does for you" in text
    assert entity in CITATIONS  # and it cites its articles (above)


def test_a_missing_translation_falls_back_to_english(tmp_path, monkeypatch):
    (tmp_path / "en").mkdir()
    (tmp_path / "ro").mkdir()
    for folder, page in (("en", "index"), ("en", "breach"), ("ro", "index")):
        (tmp_path / folder / f"{page}.html").write_text(f"<title>{folder} {page}</title>", "utf-8")
    monkeypatch.setattr(hw, "help_dir", lambda: tmp_path)
    assert hw.help_file("index", "ro") == tmp_path / "ro" / "index.html"
    assert hw.help_file("breach", "ro_RO") == tmp_path / "en" / "breach.html"  # ro lacks it: English
    assert hw.help_file("index", "ro_RO") == tmp_path / "ro" / "index.html"  # the region falls back to ro
    assert hw.help_file("nothing", "ro") is None


# -- the window -------------------------------------------------------------------------------------
def test_help_window_follows_links_keeps_history_and_reuses_one_window(qtbot, monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr(hw.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = hw.show_help(None, "index", "en")
    qtbot.waitExposed(window)
    assert window.current_page() == "index"
    assert window.contents.currentItem().data(0, Qt.ItemDataRole.UserRole) == "index"
    window.browser.anchorClicked.emit(QUrl("breach.html"))
    assert window.current_page() == "breach"
    assert "Breaches" in window.windowTitle()
    assert window.contents.currentItem().data(0, Qt.ItemDataRole.UserRole) == "breach"
    assert window.back_button.isEnabled()
    window.back_button.click()
    assert window.current_page() == "index"
    window.browser.anchorClicked.emit(QUrl("https://edpb.europa.eu/"))
    assert [u.toString() for u in opened] == ["https://edpb.europa.eu/"]  # the system's browser, on a click
    assert window.current_page() == "index"
    window.contents.setCurrentItem(window.items["consent"])
    assert window.current_page() == "consent"
    assert hw.show_help(None, "nowhere", "en") is window  # one window; an unknown page shows the first one
    assert window.current_page() == "index"


def test_help_opens_in_the_settings_language_and_fills_its_gaps_with_english(qtbot):
    window = hw.show_help(None, "breach")  # no language given: Settings.language (English by default)
    assert window.language == "en" and window.current_page() == "breach"
    window = hw.show_help(None, "breach", "es")  # no Spanish pages shipped: the English ones, not nothing
    assert window.language == "es" and window.current_page() == "breach"
    assert window.browser.source().toLocalFile() == str(HELP / "en" / "breach.html")
    assert "72 hours" in window.browser.toPlainText()


def test_the_browser_never_loads_a_remote_resource(qtbot):
    window = hw.show_help(None, "index", "en")
    assert window.browser.loadResource(2, QUrl("https://example.com/tracker.png")) is None
    assert window.browser.loadResource(1, QUrl.fromLocalFile(str(HELP / "help.css")))  # local files load


def test_find_in_page_selects_matches_and_says_when_there_is_none(qtbot):
    window = hw.show_help(None, "breach", "en")
    window.find_edit.setText("72 hours")
    assert window.browser.textCursor().selectedText() == "72 hours"
    assert window.find_status.text() == ""
    window.find_edit.setText("no such words anywhere")
    assert not window.browser.textCursor().hasSelection()
    assert window.find_status.text() == "Not found in this page"


def test_help_window_screenshot_is_readable(qtbot, screenshots):
    window = hw.show_help(None, "dpia", "en")
    for size in ((1000, 700), (1366, 740)):
        window.resize(*size)
        qtbot.waitExposed(window)
        QApplication.processEvents()
        window.grab().save(str(screenshots / f"help_dpia_{size[0]}.png"))
        # The contents list shows every title whole, and the page text is at least the form text's size.
        tree = window.contents
        for item in window.items.values():
            assert tree.visualItemRect(item).right() <= tree.viewport().width(), item.text(0)
        assert window.browser.font().pointSizeF() >= QApplication.font().pointSizeF()
        assert window.find_edit.width() >= window.find_edit.fontMetrics().horizontalAdvance(
            window.find_edit.placeholderText())


# -- F1 ---------------------------------------------------------------------------------------------
def _press_f1(qtbot, widget) -> None:
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())
    qtbot.keyClick(widget, Qt.Key.Key_F1)


@pytest.mark.parametrize("entity", [e.key for e in ENTITIES])
def test_f1_in_an_editor_opens_its_register_page(qtbot, session, clock, entity):
    editor = open_editor(session, entity, first_id(session, entity), now=clock)  # the session fixture closes it
    _press_f1(qtbot, editor)
    window = hw.help_window()
    assert window is not None and window.isVisible()
    assert window.current_page() == entity
    assert editor.help_button.toolTip().endswith("(F1)")


def test_the_editors_help_button_opens_the_same_page(qtbot, session, clock):
    editor = open_editor(session, "processor", first_id(session, "processor"), now=clock)
    editor.help_button.click()
    assert hw.help_window().current_page() == "processor"


def test_f1_and_help_in_the_annual_review_open_the_review_page(qtbot, session):
    from atlas_desktop.gui.review.window import ReviewWindow

    review = ReviewWindow(session)
    qtbot.addWidget(review)
    _press_f1(qtbot, review)
    assert hw.help_window().current_page() == "review"
    hw.help_window().open_page("index")
    review.help_button.click()
    assert hw.help_window().current_page() == "review"


def test_the_help_menus_page_follows_the_main_window(qtbot, session):
    window = MainWindow(session)
    qtbot.addWidget(window)
    assert hw.main_window_page(window) == "dashboard"
    window.show_page("breach")
    assert hw.main_window_page(window) == "breach"
    window.show_page("staff")
    tabs = window.stack.currentWidget()
    tabs.setCurrentIndex(1)
    assert hw.main_window_page(window) == "training"
    window.show_page("reviews")
    assert hw.main_window_page(window) == "review"
    window.show_page("audit")
    assert hw.main_window_page(window) == "audit"


# -- start-up stays light ----------------------------------------------------------------------------
_COLD_START = """
import sys, tempfile
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from atlas_desktop.gui.app import AtlasApp
from atlas_desktop.storage.demo import create_demo
from atlas_desktop.storage.settings import Settings
reg, _ = create_demo(Path(tempfile.mkdtemp()) / "demo.atlas")
controller = AtlasApp(Settings())
window = controller.open_register(reg)
app.processEvents()
lazy = ("atlas_desktop.gui.help_window", "atlas_desktop.gui.template_picker", "atlas_desktop.gui.review.item_dialogs")
print(" ".join(m for m in lazy if m in sys.modules) or "none")
print(window.actions["help"].shortcut().toString())
controller._finish_close()
"""


def test_opening_a_register_does_not_load_the_help_the_templates_or_the_review_dialogs():
    """Cold start is a benchmarked figure (benchmarks/figures_gui.py): these load on first use, in a fresh
    interpreter the app's own start-up path leaves them out, while the Help menu still answers to F1."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _COLD_START], capture_output=True, text=True, timeout=300,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    loaded, shortcut = done.stdout.split("\n")[-3:-1]
    assert loaded == "none"
    assert shortcut == hw.HELP_KEY


def test_the_help_menu_opens_the_page_on_screen_and_first_steps(qtbot, new_register):
    from atlas_desktop.gui.app import AtlasApp
    from atlas_desktop.storage.settings import Settings

    reg, _ = new_register
    controller = AtlasApp(Settings(language="en"))
    window = controller.open_register(reg)
    try:
        window.show_page("breach")
        window.actions["help"].trigger()
        assert hw.help_window().current_page() == "breach"
        window.actions["first_steps"].trigger()
        assert hw.help_window().current_page() == "first-steps"
    finally:
        hw.help_window().close()
        controller._finish_close()


# -- the help names the menus as they are ----------------------------------------------------------------
_MENU_TITLES = ("File", "Edit", "Reports", "Tools", "Help")
_MENU_PATH = re.compile(r"\b(?:%s) → [^<]*" % "|".join(_MENU_TITLES))


def _menu_paths(menu, prefix: str) -> set[str]:
    paths: set[str] = set()
    for action in menu.actions():
        if action.isSeparator():
            continue
        path = f"{prefix} → {action.text().replace('&', '').split(chr(9))[0]}"
        paths.add(path)
        if action.menu() is not None:
            paths |= _menu_paths(action.menu(), path)
    return paths


def test_the_help_names_each_menu_entry_exactly_as_the_menus_do(qtbot, new_register):
    """A busy reader looks for the words the help gives: "Edit → Preferences" must be the entry
    "Preferences…", ellipsis included, and a menu path is set in bold like every other."""
    from atlas_desktop.gui.app import AtlasApp
    from atlas_desktop.storage.settings import Settings

    reg, _ = new_register
    controller = AtlasApp(Settings(language="en"))
    window = controller.open_register(reg)
    try:
        real: set[str] = set()
        for action in window.menuBar().actions():
            real |= _menu_paths(action.menu(), action.text().replace("&", ""))
    finally:
        controller._finish_close()
    assert "Edit → Preferences…" in real and "File → Security → Restore from backup…" in real
    wrong: list[str] = []
    for path in ENGLISH:
        html = unescape(path.read_text("utf-8")).replace("\u00a0", " ")
        html = re.sub(r"\s+", " ", html)
        for bold in re.findall(r"<b>(.*?)</b>", html):
            for named in _MENU_PATH.findall(bold):
                if named not in real:
                    wrong.append(f"{path.name}: {named}")
        outside = re.sub(r"<b>.*?</b>", "", html)
        wrong += [f"{path.name}: not in bold: {named}" for named in _MENU_PATH.findall(outside)]
    assert wrong == [], "\n".join(wrong)
