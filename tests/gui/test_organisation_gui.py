"""The organisation's duties worked out where its facts are typed (a DPO, Art. 37; the record of
processing, Art. 30(5)), and an activity's DPIA screening reasons (Art. 35(3), WP248)."""

from __future__ import annotations

from atlas_desktop.core import obligations
from atlas_desktop.gui.editors import open_editor
from atlas_desktop.gui.editors.judgements import ActivityEditor, OrganisationEditor
from tests.gui import editor_fixtures as fx
from tests.gui.editor_fixtures import first_id, shoot

clock, screenshots, session = fx.clock, fx.screenshots, fx.session  # the shared fixtures



def expected(session, judge, **changes):
    org = {**session.records.organisation(), **changes}
    activities = [r for chunk in session.records.chunks("activity") for r in chunk]
    return judge(org, activities)


def test_organisation_shows_both_duties_and_follows_the_answers(qtbot, session, clock, screenshots):
    window = open_editor(session, "organisation", None, now=clock)
    assert isinstance(window, OrganisationEditor)
    for panel, question, judge in ((window.dpo_panel, "Do you need a DPO? (Art. 37)", obligations.dpo_duty),
                                   (window.record_panel, "Must you keep a record of processing? (Art. 30(5))",
                                    obligations.record_duty)):
        found = expected(session, judge)
        assert panel.question.text() == question
        assert panel.headline.text().startswith(found.title)
        assert panel.property("state") in ("info", "ok", "warning")
        for reason in found.reasons:
            assert reason in panel.detail.text()
        assert found.article in panel.text()
    # The panels sit on the page of the questions they answer.
    assert window.nav.page_containing(window.dpo_panel) is window.nav.page_containing(
        window.rows["public_body"].widget)

    window.rows["public_body"].widget.box.setChecked(True)
    found = expected(session, obligations.dpo_duty, public_body=True)
    assert window.dpo_panel.headline.text().startswith(found.title) and found.required is True
    # Amber while no DPO is recorded; calm once one is.
    window.rows["has_dpo"].widget.box.setChecked(False)
    assert window.dpo_panel.property("state") == "warning"
    window.rows["has_dpo"].widget.box.setChecked(True)
    assert window.dpo_panel.property("state") == "ok"

    edit = window.rows["employees"].widget.focus_target()
    edit.selectAll()
    edit.insert("400")
    edit.textEdited.emit("400")
    found = expected(session, obligations.record_duty, employees=400)
    assert window.record_panel.headline.text().startswith(found.title) and found.required is True
    assert window.record_panel.property("state") == "info"  # required, and kept here
    shoot(qtbot, window, screenshots, "organisation_duties", reveal=window.record_panel)


def test_organisation_rereads_activities_when_one_is_saved(qtbot, session, clock):
    window = open_editor(session, "organisation", None, now=clock)
    count = len(window.activities())
    session.records.create("activity", {"name": "Patient files", "special_categories": ["health"],
                                        "large_scale": True, "core_activity": True})
    session.notify("activity")
    assert len(window.activities()) == count + 1
    found = expected(session, obligations.dpo_duty)
    assert window.dpo_panel.headline.text().startswith(found.title)


def test_activity_shows_the_screening_reasons(qtbot, session, clock, screenshots):
    window = open_editor(session, "activity", first_id(session, "activity"), now=clock)
    assert isinstance(window, ActivityEditor)
    window.rows["wp248_criteria"].widget.set_value([])
    window.rows["special_categories"].widget.boxes["health"].setChecked(True)
    window.rows["large_scale"].widget.box.setChecked(True)
    panel = window.screening_panel
    assert panel.headline.text().startswith("DPIA required by law")
    assert "Art. 35(3)(b)" in panel.detail.text()
    assert panel.property("state") == "warning"
    assert window.rows["screening_result"].widget.value() == "mandatory"
    assert window.nav.page_containing(panel) is window.nav.page_containing(window.rows["wp248_criteria"].widget)
    shoot(qtbot, window, screenshots, "activity_screening", reveal=panel)
