"""Field widgets, one kind at a time: what they show, what they hand back, and how they treat typing."""

from __future__ import annotations

import datetime as dt

import pytest

from atlas_desktop.core import codec, vocab
from atlas_desktop.core.entities import ENTITIES, entity
from atlas_desktop.core.spec import Field, Kind
from atlas_desktop.gui.editors.form import FieldForm, MnemonicPicker, make_widget
from atlas_desktop.gui.editors.table import TableWidget, is_blank_row
from atlas_desktop.gui.editors.widgets import FormContext
from tests.gui import editor_fixtures as fx
from tests.gui.editor_fixtures import MADE

session = fx.session  # the shared fixture

ZONE = "Europe/Bucharest"


def context(session=None) -> FormContext:
    titles = session.records.titles if session is not None else (lambda target: {})
    return FormContext(time_zone=ZONE, titles=titles, now=lambda: MADE)


def widget(qtbot, field: Field, ctx: FormContext | None = None):
    w = make_widget(field, ctx or context())
    qtbot.addWidget(w)
    return w


def test_every_demo_value_survives_its_widget(qtbot, session):
    """Shown then read back unchanged, for every field of every record of every register."""
    ctx = context(session)
    for ent in ENTITIES:
        form = FieldForm(ent.fields, ctx)
        qtbot.addWidget(form)
        for record in session.records.list(ent.key):
            form.set_values(record)
            for key, value in form.values().items():
                field = ent.field(key)
                assert codec.clean(field, value) == codec.clean(field, record[key]), (ent.key, key)


def test_set_value_is_not_an_edit_but_typing_is(qtbot):
    w = widget(qtbot, entity("policy").field("title"))
    with qtbot.assertNotEmitted(w.edited):
        w.set_value("Retention policy")
    w.edit.end(False)
    with qtbot.waitSignal(w.edited):
        qtbot.keyClicks(w.edit, "!")
    assert w.value() == "Retention policy!"


def test_datetime_is_typed_and_shown_on_the_organisations_clock(qtbot):
    w = widget(qtbot, entity("breach").field("aware_at"))
    assert w.zone_label.text() == ZONE
    w.set_value(dt.datetime(2025, 3, 9, 5, 15, tzinfo=dt.UTC))
    assert w.edit.text() == "2025-03-09 07:15"  # UTC+2 in March
    w.edit.setText("2025-07-01 12:00")  # summer time: UTC+3
    assert w.value() == dt.datetime(2025, 7, 1, 9, 0, tzinfo=dt.UTC)
    w.edit.setText("yesterday-ish")
    assert w.value() == "yesterday-ish"  # kept as typed: validation names it beside the field
    w.now_button.click()
    assert w.edit.text() == "2025-03-11 12:00"  # the injected clock, in Bucharest
    w.edit.setText("")
    assert w.value() is None


def test_unchanged_datetime_keeps_its_seconds(qtbot):
    w = widget(qtbot, entity("breach").field("aware_at"))
    stored = dt.datetime(2025, 3, 9, 5, 15, 42, tzinfo=dt.UTC)
    w.set_value(stored)
    assert w.value() == stored  # shown to the minute, but not rounded by being shown


def test_dates_and_the_calendar_button(qtbot):
    w = widget(qtbot, entity("training").field("completed_on"))
    w._picked(dt.date(2025, 2, 28))
    assert w.value() == dt.date(2025, 2, 28) and w.edit.text() == "2025-02-28"
    w.edit.setText("28/02/2025")
    assert w.value() == "28/02/2025"


def test_small_numbers_use_a_spin_box_with_not_set(qtbot):
    likelihood = entity("dpia").field("risks").column("likelihood")
    w = widget(qtbot, likelihood)
    assert w.spin is not None and w.value() is None and w.spin.text() == "not set"
    w.spin.setValue(3)
    assert w.value() == 3
    count = widget(qtbot, entity("breach").field("subjects_count"))
    assert count.spin is None
    count.edit.setText("12,500")
    assert count.value() == 12500
    count.edit.setText("a few")
    assert count.value() == "a few"


def test_choice_offers_labels_and_stores_codes(qtbot):
    w = widget(qtbot, entity("breach").field("cause"))
    assert w.combo.itemText(0) == "— not set —" and w.value() is None
    code = vocab.BREACH_CAUSE.terms[1].code
    w.set_value(code)
    assert w.value() == code and w.combo.currentText() == vocab.BREACH_CAUSE.terms[1].label
    required = widget(qtbot, entity("breach").field("status"))  # required with a default: no blank
    assert required.combo.findData(None) == -1


def test_open_vocabulary_takes_free_text(qtbot):
    w = widget(qtbot, entity("breach").field("discovered_how"))
    w.combo.setEditText("Reported by staff")
    assert w.value() == "staff"
    w.combo.setEditText("A neighbour rang us")
    assert w.value() == "A neighbour rang us"


def test_country_and_time_zone(qtbot):
    country = widget(qtbot, entity("processor").field("country"))
    country.combo.setEditText("Germany")
    assert country.value() == "DE"
    country.set_value("RO")
    assert country.combo.currentText() == "Romania (RO)"
    zone = widget(qtbot, entity("organisation").field("time_zone"))
    zone.set_value("Europe/Berlin")
    assert zone.value() == "Europe/Berlin"


def test_tags_store_codes_for_suggestions_and_keep_free_text(qtbot):
    w = widget(qtbot, entity("activity").field("subject_categories"))
    for text in ("Customers", "Drivers of partner firms", "customers"):
        w.entry.setText(text)
        w.add_button.click()
    assert w.value() == ["customers", "Drivers of partner firms"]  # no repeats
    assert w.list.item(0).text() == "Customers"
    w.list.item(0).setSelected(True)
    w.remove_button.click()
    assert w.value() == ["Drivers of partner firms"]


def test_checklist(qtbot):
    w = widget(qtbot, entity("processor").field("art28_clauses"))
    assert len(w.boxes) == 8 and "(Art. 28(3)(a))" in w.boxes["instructions"].text()
    w.set_value(["audits", "security"])
    w.boxes["instructions"].setChecked(True)
    w.boxes["security"].setChecked(False)
    assert w.value() == ["audits", "instructions"]  # stored order kept, new ticks at the end


def test_links_picker_searches_and_keeps_the_order_of_choice(qtbot, session):
    w = widget(qtbot, entity("breach").field("activities"), context(session))
    titles = session.records.titles("activity")
    ids = sorted(titles)
    w.set_value([ids[1]])
    w.set_choice(ids[0], True)
    assert w.value() == [ids[1], ids[0]]
    assert w.count.text() == "2 selected"
    needle = titles[ids[2]][:6]
    w.search.setText(needle)
    shown = [w.list.item(i).text() for i in range(w.list.count()) if not w.list.item(i).isHidden()]
    assert shown and all(needle.casefold() in t.casefold() for t in shown)
    w.set_choice(ids[1], False)
    assert w.value() == [ids[0]]


def test_link_combo_lists_titles_and_keeps_a_missing_one(qtbot, session):
    w = widget(qtbot, entity("dpia").field("activity"), context(session))
    titles = session.records.titles("activity")
    rid = next(iter(titles))
    w.set_value(rid)
    assert w.combo.currentText() == titles[rid]
    w.set_value(999)
    assert w.value() == 999 and "no longer in the register" in w.combo.currentText()


def test_table_rows_are_edited_in_the_row_form(qtbot):
    field = entity("activity").field("retention")
    w: TableWidget = widget(qtbot, field)
    assert w.value() == [] and w.row_box.isHidden()
    with qtbot.waitSignal(w.edited):
        w.add_row()
    form = w.row_form.rows
    assert [sub.key for sub in field.fields] == ["data_category", "keep_for", "unit", "trigger", "period",
                                                 "erased_on"]
    # A new row starts blank: the number reads "not set" (0 is a real period: deleted at once).
    assert form["keep_for"].widget.value() is None and form["keep_for"].widget.spin.text() == "not set"
    form["data_category"].widget.edit.insert("Payroll records")
    form["keep_for"].widget.spin.setValue(6)
    unit = form["unit"].widget.combo
    unit.setCurrentIndex(unit.findData("years"))
    trigger = form["trigger"].widget.combo
    trigger.setCurrentIndex(trigger.findData("end_of_employment"))
    form["period"].widget.edit.insert("Law 53/2003, the Labour Code")
    assert w.value() == [{"data_category": "Payroll records", "keep_for": 6, "unit": "years",
                          "trigger": "end_of_employment", "period": "Law 53/2003, the Labour Code",
                          "erased_on": None}]
    cells = [w.table.item(0, col).text() for col in range(w.table.columnCount())]
    assert cells == ["Payroll records", "6", "years", "End of employment", "Law 53/2003, the Labour Code", ""]
    # "Counted from" is an open list: an event of the user's own is kept as typed.
    trigger.setEditText("End of the financial year")
    trigger.lineEdit().textEdited.emit("End of the financial year")
    assert w.value()[0]["trigger"] == "End of the financial year"
    assert w.table.item(0, 3).text() == "End of the financial year"
    w.add_row()
    assert len(w.value()) == 2 and is_blank_row(field, w.value()[1])
    w.remove_row()
    assert len(w.value()) == 1


def test_computed_table_columns_skip_blank_rows(qtbot):
    field = entity("dpia").field("risks")
    w: TableWidget = widget(qtbot, field)
    w.set_value([{"source": "A", "likelihood": 4, "severity": 4}, {}, {"source": "B", "likelihood": 1,
                                                                   "severity": 1}])
    w.update_computed([{"level": "high"}, {"level": "low"}])  # what prepare keeps: the blank row is dropped
    assert [row.get("level") for row in w.value()] == ["high", None, "low"]


def test_mnemonics_are_distinct_and_escape_ampersands():
    picker = MnemonicPicker("sc")
    marks = [picker.mark(t) for t in ("Status", "Cause", "Terms & conditions", "Title")]
    assert marks == ["S&tatus", "C&ause", "T&erms && conditions", "T&itle"]


@pytest.mark.parametrize("kind", list(Kind))
def test_every_kind_has_a_widget(qtbot, kind):
    field = next((f for ent in ENTITIES for f in ent.fields if f.kind is kind and f.editable), None)
    assert field is not None, f"no editable {kind} field to try"
    w = widget(qtbot, field)
    w.set_value(field.empty())
    assert codec.clean(field, w.value()) == codec.clean(field, field.empty())
