"""The guide in Romanian, French and German (issue 18): every page of the English guide exists in each language
with the same links and anchors, opens in the language the window speaks, and names each menu entry exactly
as the translated menus do."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from atlas_desktop.core import i18n
from atlas_desktop.gui import help_window as hw
from atlas_desktop.resources import resource_path
from tests.gui.test_help import _menu_paths

HELP = hw.help_dir()
TRANSLATED = [code for code in i18n.AVAILABLE if code != i18n.ENGLISH]


class Shape(HTMLParser):
    """The page's skeleton: each tag with its id, link and class (the words between them are the language's)."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple] = []
        self.lang = ""

    def handle_starttag(self, tag, attrs):  # noqa: ANN001
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang", "")
        else:
            self.tags.append((tag, a.get("id"), a.get("href"), a.get("class")))


def shape(path: Path) -> Shape:
    parsed = Shape()
    parsed.feed(path.read_text("utf-8"))
    return parsed


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_page_is_translated_with_the_same_links_and_anchors(code):
    english = sorted(p.name for p in (HELP / "en").glob("*.html"))
    assert sorted(p.name for p in (HELP / code).glob("*.html")) == english
    for name in english:
        page = shape(HELP / code / name)
        assert page.lang == code, name
        assert page.tags == shape(HELP / "en" / name).tags, f"{code}/{name} differs from en/{name}"


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_pages_are_in_the_language_not_english(code):
    """A page left in English under the language's folder would pass the shape test: its words must differ."""
    for path in (HELP / code).glob("*.html"):
        text = re.sub(r"<[^>]+>", " ", path.read_text("utf-8"))
        english = re.sub(r"<[^>]+>", " ", (HELP / "en" / path.name).read_text("utf-8"))
        common = set(text.split()) & set(english.split())
        assert len(common) < 0.35 * len(set(english.split())), f"{code}/{path.name} reads mostly English"


@pytest.mark.parametrize("code", TRANSLATED)
def test_help_opens_in_the_language_the_window_speaks(qtbot, code):
    try:
        i18n.use_language(code)
        window = hw.show_help(None, "breach")  # no language given: the one the window speaks
        assert window.language == code
        assert window.browser.source().toLocalFile() == str(HELP / code / "breach.html")
        assert "72" in window.browser.toPlainText()
        window.close()
    finally:
        i18n.use_language("en")


@pytest.fixture
def speaking(qapp, request):
    """The application speaking ``request.param`` (its catalogue installed as launch does), English after."""
    translator = QTranslator(qapp)
    assert translator.load(f"atlas_{request.param}", str(resource_path("translations")))
    QCoreApplication.installTranslator(translator)
    yield request.param
    QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("speaking", TRANSLATED, indirect=True)
def test_the_help_names_each_menu_entry_exactly_as_the_translated_menus_do(qtbot, new_register, speaking):
    from atlas_desktop.gui.app import AtlasApp
    from atlas_desktop.storage.settings import Settings

    reg, _ = new_register
    controller = AtlasApp(Settings(language=speaking))
    window = controller.open_register(reg)
    try:
        real: set[str] = set()
        titles = []
        for action in window.menuBar().actions():
            title = action.text().replace("&", "")
            titles.append(title)
            real |= _menu_paths(action.menu(), title)
    finally:
        controller._finish_close()
    menu_path = re.compile(r"\b(?:%s) → [^<]*" % "|".join(map(re.escape, titles)))
    wrong: list[str] = []
    for path in sorted((HELP / speaking).glob("*.html")):
        html = re.sub(r"\s+", " ", unescape(path.read_text("utf-8")).replace("\u00a0", " "))
        for bold in re.findall(r"<b>(.*?)</b>", html):
            wrong += [f"{path.name}: {named}" for named in menu_path.findall(bold) if named not in real]
    assert wrong == [], "\n".join(wrong) + "\n\nthe menus:\n" + "\n".join(sorted(real))


@pytest.mark.parametrize("code", ["ro", "fr", "de"])
def test_the_help_cites_provisions_in_its_languages_numbering(code: str) -> None:
    """"art. 33, par. 1" in French, "Art. 33 Abs. 1" in German, "art. 33 alin. (1)" in Romanian, as the app's own
    citations (core.citations) write them: never the English "33(1)" after an article."""
    english = re.compile(r"\b[Aa]rt\.\s*\d+\(\d+\)")
    left = [(page.name, m.group(0)) for page in sorted(resource_path("help", code).glob("*.html"))
            for m in english.finditer(unescape(page.read_text("utf-8")))]
    assert left == []
