"""The breach editor's live assessment: the severity and the duty worked out as the facts are answered,
each answer's contribution, answers assumed at their worst, the person's own level (refused without a
reason), and a processor's clock to its client (Art. 33(2))."""

from __future__ import annotations

import datetime as dt

from atlas_desktop.gui.editors import open_editor
from tests.gui import editor_fixtures as fx
from tests.gui.editor_fixtures import MADE, shoot

clock, screenshots, session = fx.clock, fx.screenshots, fx.session  # the shared fixtures


def choose(window, key: str, code) -> None:
    combo = window.rows[key].widget.combo
    combo.setCurrentIndex(combo.findData(code))


def tick(window, key: str, *codes: str) -> None:
    widget = window.rows[key].widget
    if not codes:
        widget.box.setChecked(True)
    elif hasattr(widget, "boxes"):
        for code in codes:
            widget.boxes[code].setChecked(True)
    else:  # tags: as if chosen from the list
        widget.set_value([*widget.value(), *codes])
        widget.edited.emit()


def type_text(window, key: str, text: str) -> None:
    edit = window.rows[key].widget.focus_target()
    if hasattr(edit, "setPlainText"):  # a note
        edit.setPlainText(text)
        return
    edit.selectAll()
    edit.insert(text)


def new_breach(session, **values) -> int:
    base = {"title": "Client list e-mailed to a stranger", "description": "Sent to the wrong address.",
            "aware_at": MADE - dt.timedelta(hours=30), "notify_authority": "undecided"}
    return session.records.create("breach", {**base, **values}, now=MADE)


def test_panel_follows_the_answers(qtbot, session, clock, screenshots):
    window = open_editor(session, "breach", new_breach(session), now=clock)
    assert window.ui.assessHeadline.text() == "Severity not worked out yet"
    assert "Say what was affected" in window.ui.assessDetail.text()

    tick(window, "impact", "confidentiality")
    tick(window, "data_categories", "contact")  # simple data (DPC 1)
    # Not answered yet: identification and who saw it count at their worst, and say so.
    assert window.ui.assessHeadline.text() == "Severity 1.5 of 4+ \u2014 low"
    assert "Not answered yet" in window.ui.assessAssumed.text()
    assert "\u201cHow easily people can be identified\u201d" in window.ui.assessAssumed.text()
    assert "worst case is assumed" in window.ui.assessAssumed.text()
    assert not window.ui.assessAssumed.isHidden()
    assert "below" not in window.assessment_text()  # the panel sits under the questions it explains

    choose(window, "identifiability", "maximum")
    choose(window, "confidentiality_loss", "known_recipients")
    choose(window, "context_adjustment", "more")  # e.g. the list shows they are a clinic's clients
    tick(window, "malicious")
    # DPC 1 + 1 = 2, x 1, + 0.25 + 0.5 = 2.75: medium, a risk; nothing assumed any more.
    assert window.ui.assessHeadline.text() == "Severity 2.75 of 4+ \u2014 medium"
    detail = window.ui.assessDetail.text()
    assert "notify the authority" in detail and "Art. 33(1)" in detail and "72 hours" in detail
    assert window.ui.assessPanel.property("state") == "warning"
    assert window.ui.assessAssumed.isHidden()
    text = window.assessment_text()
    for words in ("Kind of data", "DPC 1", "In this case, the data reveals", "DPC + 1",
                  "How easily people can be identified", "\u00d7 1", "Seen by a known, small number of recipients",
                  "+ 0.25", "Done on purpose", "+ 0.5", "ENISA 2013", "2 \u00d7 1 + 0.75 = 2.75"):
        assert words in text, words
    # The computed fields follow at once, not only after the validation pause.
    assert window.rows["risk_assessed"].widget.value() == "risk"
    assert window.rows["severity_level"].widget.value() == "medium"
    assert window.ui.clockHeadline.text().endswith("left to notify the authority")

    tick(window, "vulnerable_involved")  # children's data in the hands of strangers: high
    assert "also tell the people affected" in window.ui.assessDetail.text()
    assert "Art. 34(1)" in window.ui.assessDetail.text()
    assert window.rows["risk"].widget.value() == "high"

    window.resize(900, 700)
    path = shoot(qtbot, window, screenshots, "breach_assessment", reveal=window.ui.assessPanel)
    assert path.stat().st_size > 0


def test_mitigation_takes_the_risk_away(qtbot, session, clock):
    window = open_editor(session, "breach", new_breach(session), now=clock)
    tick(window, "impact", "confidentiality")
    tick(window, "data_categories", "contact")
    choose(window, "identifiability", "maximum")
    choose(window, "confidentiality_loss", "known_recipients")
    tick(window, "recipient_trusted")
    assert "document the breach here" in window.ui.assessDetail.text()
    assert "Art. 33(5)" in window.ui.assessDetail.text()
    assert window.ui.assessPanel.property("state") == "ok"
    assert "trusted recipient" in window.assessment_text()
    assert window.ui.clockHeadline.text() == "Notification not required"


def test_edpb_rule_that_moved_the_outcome_is_shown(qtbot, session, clock):
    window = open_editor(session, "breach", new_breach(session), now=clock)
    tick(window, "impact", "availability")
    tick(window, "data_categories", "contact")
    choose(window, "identifiability", "maximum")
    choose(window, "availability_loss", "temporary")
    # ENISA alone says low (1 x 1 + 0.25); data out of reach without a working backup is a risk (EDPB).
    assert window.ui.assessHeadline.text() == "Severity 1.25 of 4+ — low"
    assert "notify the authority" in window.ui.assessDetail.text()
    rules = window.ui.assessRules.text()
    assert not window.ui.assessRules.isHidden()
    assert "What moved the outcome" in rules and "not restored quickly from a backup" in rules
    assert "EDPB Guidelines 01/2021, Case 02" in rules
    # The factor says what the floor means for the person filling in the form, not only its level.
    assert "raises it to a risk: notify the authority" in window.assessment_text()


def test_own_level_needs_a_reason_and_is_refused_without_one(qtbot, session, clock, screenshots):
    rid = new_breach(session)
    window = open_editor(session, "breach", rid, now=clock)
    tick(window, "impact", "confidentiality")
    tick(window, "data_categories", "contact")
    choose(window, "identifiability", "maximum")
    choose(window, "confidentiality_loss", "known_recipients")
    assert window.ui.overridePanel.isHidden()

    choose(window, "risk_override", "high")
    assert not window.ui.overridePanel.isHidden()
    assert window.ui.overrideHeadline.text() == \
        "Your own assessment: a high risk to people (the facts give: unlikely to result in a risk)"
    assert "Write why you disagree" in window.ui.overrideDetail.text()
    assert "cannot be saved" in window.ui.overrideDetail.text()
    assert window.ui.overridePanel.property("state") == "warning"
    assert window.rows["risk"].widget.value() == "high"  # the person's level decides who must be told
    assert window.ui.clockHeadline.text().endswith("left to notify the authority")
    shoot(qtbot, window, screenshots, "breach_override", reveal=window.rows["override_reason"].widget)

    assert not window.save()
    problem = next(p for p in window.problems() if p.field == "override_reason")
    assert "Art. 33(5)" in problem.message
    assert not window.rows["override_reason"].problem.isHidden()
    assert session.records.get("breach", rid)["risk_override"] is None  # nothing was saved

    type_text(window, "override_reason", "The list is of our own nurses, who are clients too.")
    assert "Write why you disagree" not in window.ui.overrideDetail.text()
    choose(window, "notify_authority", "yes")
    assert window.save()
    stored = session.records.get("breach", rid)
    assert stored["risk_override"] == "high" and stored["risk"] == "high" and stored["risk_assessed"] == "none"


def test_processor_breach_shows_the_client_clock(qtbot, session, clock, screenshots):
    rid = new_breach(session, aware_at=MADE - dt.timedelta(hours=3))
    window = open_editor(session, "breach", rid, now=clock)
    assert "Your own data" in window.ui.clientHeadline.text()
    choose(window, "our_role", "processor")
    type_text(window, "controller_name", "Medica Clinic")
    # 24 hours from becoming aware (07:00 UTC), in Bucharest time; 20 h 55 min left: amber.
    headline = window.ui.clockHeadline.text()
    assert headline == "Tell Medica Clinic by Wed 12 Mar 2025, 09:00 EET (20 h 55 min left)"
    assert "Art. 33(2)" in window.ui.clockDetail.text()
    assert "Medica Clinic decides whether to notify the authority" in window.ui.clockDetail.text()
    assert window.ui.clockPanel.property("state") == "warning"
    assert window.ui.clientHeadline.text() == "Medica Clinic decides about the authority and the people affected"
    # The assessment still shows, but the decision is the client's.
    tick(window, "impact", "availability")
    assert "Medica Clinic's" in window.ui.assessDetail.text() and "Art. 33(2)" in window.ui.assessDetail.text()
    assert "Tell Medica Clinic by Wed 12 Mar 2025, 09:00 EET" in window.ui.assessDetail.text()

    window.rows["controller_notice_hours"].widget.spin.setValue(48)  # the contract allows longer
    assert window.ui.clockHeadline.text().startswith("Tell Medica Clinic by Thu 13 Mar 2025, 09:00 EET")
    assert window.ui.clockPanel.property("state") == "info"
    clock.advance(hours=50)
    window.update_clock()
    assert window.ui.clockHeadline.text().startswith("Overdue: tell Medica Clinic now")
    assert window.ui.clockPanel.property("state") == "error"
    clock.advance(hours=-50)
    type_text(window, "controller_told_at", "2025-03-11 12:00")
    assert window.ui.clockHeadline.text() == "Medica Clinic told in time"
    assert window.ui.clockPanel.property("state") == "ok"
    type_text(window, "controller_told_at", "")
    shoot(qtbot, window, screenshots, "breach_client", reveal=window.ui.clientPanel)
    assert window.save()
    assert session.records.get("breach", rid)["controller_deadline"] is not None


def _risky(window) -> None:
    tick(window, "impact", "confidentiality")
    tick(window, "data_categories", "contact")
    choose(window, "identifiability", "maximum")
    choose(window, "confidentiality_loss", "known_recipients")
    choose(window, "context_adjustment", "more")
    tick(window, "malicious")


def test_notify_decision_follows_the_assessment_until_chosen(qtbot, session, clock, screenshots):
    rid = new_breach(session)
    window = open_editor(session, "breach", rid, now=clock)
    notify = window.rows["notify_authority"].widget
    assert notify.value() == "undecided"  # nothing says what was affected yet
    _risky(window)
    assert window.rows["risk"].widget.value() == "risk" and notify.value() == "yes"
    choose(window, "risk_override", "none")  # the person's own level moves it too
    assert notify.value() == "no"
    choose(window, "risk_override", None)
    assert notify.value() == "yes"
    assert window.save()
    assert session.records.get("breach", rid)["notify_authority"] == "yes"

    choose(window, "notify_authority", "no")  # the person's own answer is kept, and validation refuses it
    choose(window, "context_adjustment", "as_usual")
    assert notify.value() == "no"
    assert not window.save()
    assert any(p.field == "notify_authority" and "Art. 33(1)" in p.message for p in window.problems())


def test_a_stored_decision_that_followed_the_assessment_keeps_following(qtbot, session, clock):
    rid = new_breach(session, impact=["confidentiality"], data_categories=["contact"], identifiability="maximum",
                     confidentiality_loss="known_recipients", context_adjustment="more", malicious=True)
    assert session.records.get("breach", rid)["notify_authority"] == "yes"  # derived on save
    window = open_editor(session, "breach", rid, now=clock)
    assert window.rows["notify_authority"].widget.value() == "yes" and not window.has_unsaved_changes()
    tick(window, "recipient_trusted")  # the recipients deleted it: no risk any more
    assert window.rows["risk"].widget.value() == "none"
    assert window.rows["notify_authority"].widget.value() == "no"


def test_notify_page_names_the_authority_from_the_country(qtbot, session, clock, screenshots):
    org = session.records.organisation()
    session.records.save_organisation({**org, "authority_name": None, "authority_contact": None})
    window = open_editor(session, "breach", new_breach(session), now=clock)
    assert window.ui.authorityHeadline.text().startswith("Notify: ANSPDCP \u2014 Autoritatea Națională")
    detail = window.ui.authorityDetail.text()
    assert "the breach form on dataprotection.ro" in detail and "+40 318 059 211" in detail and "Romania" in detail
    assert "Art. 55" in detail
    shoot(qtbot, window, screenshots, "breach_authority", reveal=window.ui.authorityPanel)

    session.records.save_organisation({**org, "authority_name": "ANSPDCP"})
    named = open_editor(session, "breach", new_breach(session, title="Second"), now=clock)
    assert named.ui.authorityHeadline.text() == "Notify: ANSPDCP"
    assert "organisation's page" in named.ui.authorityDetail.text()


def test_clock_turns_amber_at_24_hours_and_red_when_overdue(qtbot, session, clock):
    aware = clock.now - dt.timedelta(hours=47, minutes=59)  # 24 h 1 min left
    window = open_editor(session, "breach", new_breach(session, aware_at=aware), now=clock)
    _risky(window)
    assert window.ui.clockPanel.property("state") == "info"
    clock.advance(minutes=1)  # exactly 24 hours left
    window.update_clock()
    assert window.ui.clockPanel.property("state") == "warning"
    assert window.ui.clockHeadline.text() == "24 h 0 min left to notify the authority"
    clock.advance(hours=24, minutes=1)
    window.update_clock()
    assert window.ui.clockPanel.property("state") == "error"
    assert window.ui.clockHeadline.text().startswith("Overdue: the 72 hours ran out 1 min ago")


def test_window_title_names_the_record_without_the_app(qtbot, session, clock):
    window = open_editor(session, "breach", new_breach(session), now=clock)
    assert window.windowTitle() == "Breach: Client list e-mailed to a stranger"
    assert "Atlas" not in window.windowTitle()


def test_a_time_stored_before_the_date_range_check_opens_without_a_clock_and_says_why(qtbot, session, clock):
    """Issue 22: "aware_at = 9999-12-31 23:59 crashes on the 72-hour deadline". Such a time can only come from a
    register written before dates were range-checked; the editor opens and says to correct it."""
    rid = new_breach(session)
    session.records.reg.db.execute_sql("UPDATE breach SET aware_at = '9999-12-31T23:59:00+00:00' WHERE id = ?",
                                       (rid,))
    window = open_editor(session, "breach", rid, now=clock)
    window.update_clock()
    assert window.ui.clockHeadline.text() == "The 72-hour clock cannot start"
    assert window.ui.clockPanel.property("state") == "warning"
