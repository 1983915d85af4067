"""The workbook in the user's language, and any language's workbook imported (issue 18).

"The spec's labels, help texts, choices … follow the chosen language …; the exports' machine-readable column keys
stay stable so a Romanian workbook imports into an English install." The demo register is exported with the real
pipeline while the language is Romanian (or German), read back with openpyxl, then imported with English as the
language into a fresh register through the path ``atlas import xlsx`` takes (``plan_import``, ``apply_import``).
The translations are the shipped catalogues (atlas_desktop/resources/translations), whose "spec" context holds every label.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from atlas_desktop.core import i18n, vocab
from atlas_desktop.core.entities import BY_KEY, ENTITIES
from atlas_desktop.core.spec import Kind
from atlas_desktop.exports.art30 import ART30_2_COLUMNS, ICO_COLUMNS
from atlas_desktop.exports.layouts import FIRST_ROW, HEADER_ROW, KEY_ROW, VIEW_TITLES, view_titles
from atlas_desktop.exports.read_only_views import art30_2_headings, ico_headings
from atlas_desktop.exports.values import AnyLanguage, from_cell
from atlas_desktop.exports.xlsx_export import export_workbook
from atlas_desktop.exports.xlsx_import import apply_import, plan_import
from atlas_desktop.storage.demo import create_demo
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.register import Register
from atlas_desktop.core.citations import cite_in
from tests.exports.same_values import same_value

NOW = dt.datetime(2026, 3, 30, 7, 30, tzinfo=dt.UTC)
PASSPHRASE = "lantern-orbit-pepper-canal"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("language")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ATLAS_KDF_SECONDS", "0")
        reg, _ = create_demo(folder / "demo.atlas", now=NOW)
    records = Records(reg)
    books = {}
    try:
        for code in ("en", "ro", "de"):
            i18n.use_language(code)
            books[code] = export_workbook(records, folder / f"{code}.xlsx", now=NOW)
    finally:
        i18n.use_language("en")
    yield records, books, folder
    reg.close()


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    monkeypatch.setenv("ATLAS_KDF_SECONDS", "0")
    reg, _ = Register.create(tmp_path / "fresh.atlas", PASSPHRASE, "Fresh SRL")
    yield Records(reg)
    reg.close()


def in_language(code: str, english: str) -> str:
    return i18n.catalogue(code).get(("spec", english), english)


def register_sheets(book: Any) -> dict[str, Any]:
    """The register and table sheets by their hidden marker (language-free), e.g. "atlas/activity/purposes"."""
    return {ws.cell(KEY_ROW, 1).value: ws for ws in book.worksheets
            if isinstance(ws.cell(KEY_ROW, 1).value, str) and ws.cell(KEY_ROW, 1).value.startswith("atlas/")}


def key_rows(book: Any) -> dict[str, list[Any]]:
    return {marker: [c.value for c in ws[KEY_ROW]] for marker, ws in register_sheets(book).items()}


def column(ws: Any, key: str) -> int:
    return next(c.column for c in ws[KEY_ROW] if c.value == key)


# -- export ------------------------------------------------------------------------------------------------------
def test_the_romanian_workbook_has_romanian_headings_and_choices_and_the_english_key_rows(demo):
    _, books, _ = demo
    ro, en = openpyxl.load_workbook(books["ro"]), openpyxl.load_workbook(books["en"])
    assert key_rows(ro) == key_rows(en)  # every register sheet, every column key, in the same order
    # The hidden "Atlas" sheet keeps its facts; a read-only view's fingerprint is filed under that view's own
    # title, which follows the language (import looks it up under the title it finds in the same workbook).
    def facts(book: Any) -> list[str]:
        return [str(c.value).split(":")[0] if str(c.value).startswith("fingerprint:") else c.value
                for c in book["Atlas"]["A"]]
    assert ro["Atlas"].sheet_state == "veryHidden" and facts(ro) == facts(en)
    assert "fingerprint:Evidența art. 30" in [c.value for c in ro["Atlas"]["A"]]

    activity = BY_KEY["activity"]
    sheets = register_sheets(ro)
    ws = sheets["atlas/activity"]
    assert ws.title == in_language("ro", activity.plural) == "Activități de prelucrare"
    name = activity.field("name")
    heading = ws.cell(HEADER_ROW, column(ws, "name"))
    assert heading.value == in_language("ro", name.label) + " *" != name.label + " *"
    assert heading.comment.text.startswith(in_language("ro", name.help))
    assert cite_in(name.article, "ro") in heading.comment.text  # "art. 30 alin. (1)": as the Romanian GDPR cites it

    # A choice cell holds the Romanian label of the stored code; the same row's English cell the English label.
    status = activity.field("status")
    col = column(ws, "status")
    en_ws = register_sheets(en)["atlas/activity"]
    for row in range(FIRST_ROW, ws.max_row + 1):
        english = en_ws.cell(row, col).value
        if english:
            code = status.vocab.code_for(english)
            assert ws.cell(row, col).value == in_language("ro", status.vocab.label_of(code))
    assert ws.cell(FIRST_ROW, col).value == "Activ"

    # A list of several choices (a purpose's lawful bases), each term in Romanian.
    purposes = sheets["atlas/activity/purposes"]
    bases = [purposes.cell(r, column(purposes, "bases")).value for r in range(FIRST_ROW, purposes.max_row + 1)]
    romanian = {in_language("ro", t.label) for t in vocab.LAWFUL_BASIS.terms}
    assert all(part in romanian for cell in bases if cell for part in cell.split("; "))
    assert "Obligație legală" in "; ".join(b for b in bases if b)

    # The dropdowns' choices (the hidden list sheet) are the Romanian labels.
    i18n.use_language("ro")
    lists = ro[view_titles()["lists"]]
    by_key = {c.value: [x.value for x in lists[c.column_letter][1:] if x.value] for c in lists[1]}
    assert by_key[status.vocab.key] == [in_language("ro", t.label) for t in status.vocab.terms]
    assert by_key["yes_no"] == [i18n.t("spreadsheets", "Yes"), i18n.t("spreadsheets", "No")]


def test_yes_no_cells_the_findings_and_the_cover_follow_the_language(demo):
    records, books, _ = demo
    i18n.use_language("ro")
    yes, no = i18n.t("spreadsheets", "Yes"), i18n.t("spreadsheets", "No")
    titles = view_titles()
    book = openpyxl.load_workbook(books["ro"])
    processors = register_sheets(book)["atlas/processor"]
    clauses = [c.column for c in processors[KEY_ROW] if str(c.value).startswith("art28_clauses:")]
    assert clauses and {processors.cell(r, c).value for r in range(FIRST_ROW, processors.max_row + 1)
                        for c in clauses} <= {yes, no}
    term = BY_KEY["processor"].field("art28_clauses").vocab.terms[0]
    assert processors.cell(HEADER_ROW, clauses[0]).value == f"{cite_in(term.article, 'ro')}: {in_language('ro', term.label)}"

    findings = book[titles["findings"]]
    registers = {findings.cell(r, 2).value for r in range(FIRST_ROW, findings.max_row + 1)} - {None}
    assert registers and registers <= {in_language("ro", e.plural) for e in ENTITIES}
    assert "Incidente" in registers or "Activități de prelucrare" in registers

    cover = book[titles["cover"]]
    labels = [cover.cell(r, 1).value for r in range(1, cover.max_row + 1)]
    assert i18n.t("spreadsheets", "Supervisory authority") in labels
    contents = {cover.cell(r, 1).value: cover.cell(r, 2).value for r in range(1, cover.max_row + 1)}
    assert contents["Activități de prelucrare"].startswith("Activități de prelucrare: ")  # the sheet's line
    calendar = records.context(NOW).calendar
    assert calendar.moved_past in "\n".join(str(v) for v in contents.values())  # Romanian already (core.context)

    ico = book[titles["art30"]]
    assert [c.value for c in ico[3]][:2] == [ico_headings()["name"] + " *", ico_headings()["business_function"] + " *"]


def test_english_headings_of_the_views_are_the_templates_own_words():
    """The translated headings are looked up by key: in English they must be the ICO template's own words."""
    i18n.use_language("en")
    assert [ico_headings()[c.key] for c in ICO_COLUMNS] == [c.heading for c in ICO_COLUMNS]
    assert art30_2_headings() == [h for h, _ in ART30_2_COLUMNS]
    assert view_titles() == VIEW_TITLES


# -- import ------------------------------------------------------------------------------------------------------


def assert_same_registers(src: Records, dst: Records, *, except_: tuple[str, int, str] | None = None) -> None:
    ids: dict[str, dict[int, int]] = {}
    pairs = {}
    for ent in ENTITIES:
        before = sorted(src.list(ent.key), key=lambda r: r["id"])
        after = sorted(dst.list(ent.key), key=lambda r: r["id"])
        assert len(before) == len(after), ent.key
        ids[ent.key] = {a["id"]: b["id"] for a, b in zip(before, after)}
        pairs[ent.key] = list(zip(before, after))
    for ent in ENTITIES:
        for a, b in pairs[ent.key]:
            for f in ent.editable_fields:
                if except_ == (ent.key, a["id"], f.key):
                    continue
                assert same_value(f, a[f.key], b[f.key], ids), (ent.key, a["id"], f.key, a[f.key], b[f.key])


def test_a_romanian_workbook_imports_into_an_english_install_record_for_record(demo, fresh):
    records, books, _ = demo
    i18n.use_language("en")
    plan = plan_import(fresh, books["ro"])  # as `atlas import xlsx` does
    assert plan.problems == []
    apply_import(fresh, plan)
    assert_same_registers(records, fresh)


def test_a_german_workbook_with_a_changed_choice_imports_the_change(demo, fresh, tmp_path):
    records, books, _ = demo
    activity = BY_KEY["activity"]
    status = activity.field("status").vocab
    book = openpyxl.load_workbook(books["de"])
    ws = register_sheets(book)["atlas/activity"]
    col, row = column(ws, "status"), FIRST_ROW
    number = ws.cell(row, 1).value  # column A: the record number (its key cell holds the sheet's marker)
    stored = records.get("activity", number)["status"]
    other = next(t for t in status.terms if t.code != stored)
    assert ws.cell(row, col).value == in_language("de", status.label_of(stored))
    ws.cell(row, col).value = in_language("de", other.label)  # as a German user picks it from the dropdown
    assert ws.cell(row, col).value != other.label
    path = tmp_path / "changed.xlsx"
    book.save(path)

    i18n.use_language("en")
    plan = plan_import(fresh, path)
    assert plan.problems == []
    apply_import(fresh, plan)
    assert_same_registers(records, fresh, except_=("activity", number, "status"))
    by_name = {r["name"]: r for r in fresh.list("activity")}
    assert by_name[records.get("activity", number)["name"]]["status"] == other.code


def test_an_unknown_label_is_still_refused_with_its_sheet_row_and_column(demo, fresh, tmp_path):
    _, books, _ = demo
    book = openpyxl.load_workbook(books["de"])
    ws = register_sheets(book)["atlas/activity"]
    col = column(ws, "status")
    ws.cell(FIRST_ROW + 1, col).value = "Vielleicht"
    path = tmp_path / "wrong.xlsx"
    book.save(path)

    i18n.use_language("en")
    plan = plan_import(fresh, path)
    [problem] = [p for p in plan.problems if "Vielleicht" in p.reason]
    assert (problem.sheet, problem.row) == (ws.title, FIRST_ROW + 1)
    assert problem.column.startswith(f"{ws.cell(HEADER_ROW, col).column_letter} ")
    assert "is not one of: " in problem.reason and "Active" in problem.reason
    assert f"{ws.title}, row {FIRST_ROW + 1}, column " in str(problem)


def test_labels_and_yes_no_read_in_every_language_whatever_the_current_one():
    activity = BY_KEY["activity"]
    role, bases = activity.field("role"), activity.field("purposes").column("bases")
    words = AnyLanguage()
    for code in ("en", "ro", "fr", "de"):
        for term in role.vocab.terms:
            assert from_cell(role, in_language(code, term.label), "UTC", words=words) == term.code, (code, term)
        text = "; ".join(in_language(code, t.label) for t in vocab.LAWFUL_BASIS.terms[:3])
        assert from_cell(bases, text, "UTC", words=words) == [t.code for t in vocab.LAWFUL_BASIS.terms[:3]]
    flag = activity.field("profiling")
    assert flag.kind is Kind.BOOL
    for yes, no in (("Yes", "No"), ("Da", "Nu"), ("Oui", "Non"), ("Ja", "Nein")):
        assert from_cell(flag, yes, "UTC", words=words) is True
        assert from_cell(flag, no, "UTC", words=words) is False
    with pytest.raises(ValueError, match="is not one of"):
        from_cell(role, "Vielleicht", "UTC", words=words)


def test_an_error_names_the_allowed_labels_in_the_current_language():
    role = BY_KEY["activity"].field("role")
    i18n.use_language("ro")
    with pytest.raises(ValueError) as raised:
        from_cell(role, "Vielleicht", "UTC", words=AnyLanguage())
    assert in_language("ro", role.vocab.terms[0].label) in str(raised.value)


def test_csv_header_is_the_register_sheets_headings(demo, tmp_path):
    """CSV is written for people (no import reads it): its header is the register sheet's headings, so it follows
    the language as they do; its values too."""
    from atlas_desktop.exports.csv_export import export_csv

    records, _, _ = demo
    i18n.use_language("ro")
    out = export_csv(records, "activity", tmp_path / "ro.csv")
    header = out.read_text("utf-8-sig").splitlines()[0]
    assert header.startswith(i18n.t("spreadsheets", "No.") + ",")
    assert in_language("ro", BY_KEY["activity"].field("name").label) + " *" in header
    Path(out).unlink()
