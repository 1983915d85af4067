"""The committed ui_*.py modules are exactly what pyside6-uic makes of forms/*.ui (no drift)."""

from __future__ import annotations

from atlas_desktop.gui.forms import compile as forms

FORMS = sorted(forms.SOURCES.glob("*.ui"))


def test_every_rich_form_has_a_source():
    assert [ui.stem for ui in FORMS] == ["breach", "dpia", "rights_request"]


def test_compiled_forms_match_their_sources(tmp_path):
    written = forms.compile_all(tmp_path)
    assert len(written) == len(FORMS)
    for ui in FORMS:
        fresh = forms.target_for(ui, tmp_path).read_text("utf-8")
        committed = forms.target_for(ui).read_text("utf-8")
        assert "Created by: Qt User Interface Compiler version" not in fresh  # normalised
        assert fresh == committed, f"{ui.name} changed: run make forms and commit the result"


def test_normalise_hides_only_the_version_line():
    text = "# x\n## Created by: Qt User Interface Compiler version 6.9.1\n## WARNING! keep\n"
    assert forms.normalise(text) == f"# x\n{forms.NORMALISED}\n## WARNING! keep\n"
