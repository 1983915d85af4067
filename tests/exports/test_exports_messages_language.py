"""The exports' own messages in the user's language, and countries named in the workbook's language (issue 18).

Import problems keep their shape, translated: "<sheet>, row <row>, column <column>: <reason>" names the sheet, the
row and the column of each cell that cannot be read, in Romanian or German, read from a real workbook (exported,
then edited with openpyxl). A country cell holds the country's name in the workbook's language ("România",
"Roumanie", "Rumänien"), and the real import reads it back, in an English install, as the same code; a CSV file
names countries the same way. The translations are the shipped catalogues (atlas_desktop/resources/translations).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from atlas_desktop.core import i18n
from atlas_desktop.core.entities import BY_KEY
from atlas_desktop.exports.csv_export import export_csv
from atlas_desktop.exports.import_model import ImportHasProblems
from atlas_desktop.exports.layouts import FIRST_ROW, HEADER_ROW, KEY_ROW, view_titles
from atlas_desktop.exports.values import AnyLanguage, country_in_any_language, from_cell
from atlas_desktop.exports.xlsx_export import export_workbook
from atlas_desktop.exports.xlsx_import import SpreadsheetRefused, apply_import, plan_import
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.register import Register

NOW = dt.datetime(2026, 3, 30, 7, 30, tzinfo=dt.UTC)
PASSPHRASE = "lantern-orbit-pepper-canal"
COUNTRIES = ("RO", "CH", "DE", "FR")  # the processors' countries, in this order
NAMES = {
    "ro": ("România", "Elveția", "Germania", "Franța"),
    "fr": ("Roumanie", "Suisse", "Allemagne", "France"),
    "de": ("Rumänien", "Schweiz", "Deutschland", "Frankreich"),
}


@pytest.fixture
def office(new_register) -> tuple[Any, Records]:
    reg, _ = new_register
    records = Records(reg)
    records.save_organisation({"time_zone": "Europe/Bucharest"})
    ids = [records.create("processor", {"name": f"Proc {code}", "country": code}) for code in COUNTRIES]
    records.create("activity", {"name": "Payroll", "business_function": "HR", "processors": ids[:2],
                                "purposes": [{"purpose": "Paying salaries", "bases": ["contract"]}],
                                "transfers": [{"country": "CH", "recipient": "Proc CH", "mechanism": "adequacy"}]})
    return reg, records


@pytest.fixture
def fresh(tmp_path, monkeypatch) -> Records:
    monkeypatch.setenv("ATLAS_KDF_SECONDS", "0")
    reg, _ = Register.create(tmp_path / "fresh.atlas", PASSPHRASE, "Fresh SRL")
    yield Records(reg)
    reg.close()


def sheet_with(book: Any, marker: str) -> Any:
    """A register or table sheet by its hidden marker ("atlas/processor"), whatever its title's language."""
    return next(ws for ws in book.worksheets if ws.cell(KEY_ROW, 1).value == marker)


def column(ws: Any, key: str) -> int:
    return 1 if key == "id" else next(c.column for c in ws[KEY_ROW] if c.value == key)


def label(ws: Any, col: int) -> str:
    """A column as a problem names it: its letter and its heading, e.g. 'E "Țara"'."""
    cell = ws.cell(HEADER_ROW, col)
    return f'{cell.column_letter} "{cell.value}"'


# -- import problems -----------------------------------------------------------------------------------------
WORDS = {
    "ro": {
        "where": "{sheet}, rândul {row}, coloana {column}: {reason}",
        "row": "{sheet}, rândul {row}: {reason}",
        "formula": "conține o formulă (=1+1); Atlas nu execută niciodată formule: introduceți valoarea în locul ei sau "
                   "copiați-o și lipiți-o ca valoare",
        "number": "'abc' nu este un număr de înregistrare",
        "twice": "Nr. 1 apare și pe rândul {row}; o înregistrare poate fi pe un singur rând",
        "found": "{count} probleme găsite în edited.xlsx; nu s-a importat nimic.",
    },
    "de": {
        "where": "{sheet}, Zeile {row}, Spalte {column}: {reason}",
        "row": "{sheet}, Zeile {row}: {reason}",
        "formula": "enthält eine Formel (=1+1); Atlas führt nie Formeln aus: Geben Sie stattdessen den Wert ein, oder "
                   "kopieren Sie ihn und fügen Sie ihn als Wert ein",
        "number": "'abc' ist keine Eintragsnummer",
        "twice": "Nr. 1 steht auch in Zeile {row}; ein Eintrag kann nur in einer Zeile stehen",
        "found": "{count} Probleme in edited.xlsx gefunden; es wurde nichts importiert.",
    },
}


@pytest.mark.parametrize("code", ["ro", "de"])
def test_import_problems_name_the_sheet_row_and_column_in_the_users_language(office, tmp_path, code):
    reg, records = office
    words = WORDS[code]
    i18n.use_language(code)
    path = export_workbook(records, tmp_path / "register.xlsx", now=NOW)
    book = openpyxl.load_workbook(path)
    ws = sheet_with(book, "atlas/processor")
    service, name = column(ws, "service"), column(ws, "name")
    ws.cell(FIRST_ROW, service).value = "=1+1"                      # a formula: reported, never run
    bad, twice = ws.max_row + 1, ws.max_row + 2
    ws.cell(bad, 1).value = "abc"                                   # not a record number
    ws.cell(bad, name).value = "Proc X"
    ws.cell(twice, 1).value = 1                                     # No. 1 a second time
    ws.cell(twice, name).value = "Proc RO again"
    book.save(edited := tmp_path / "edited.xlsx")
    before = reg.audit.head()

    plan = plan_import(records, edited)
    shown = [str(p) for p in plan.problems]
    number = label(ws, 1)
    assert words["where"].format(sheet=ws.title, row=FIRST_ROW, column=label(ws, service),
                                 reason=words["formula"]) in shown
    assert words["where"].format(sheet=ws.title, row=bad, column=number, reason=words["number"]) in shown
    assert words["row"].format(sheet=ws.title, row=twice, reason=words["twice"].format(row=FIRST_ROW)) in shown
    with pytest.raises(ImportHasProblems) as refused:
        apply_import(records, plan)
    assert str(refused.value) == words["found"].format(count=plan.problem_count)
    assert reg.audit.head() == before


def test_a_file_that_is_not_a_workbook_is_refused_in_german(tmp_path, office):
    _, records = office
    text = tmp_path / "register.xlsx"
    text.write_text("name,country\nProc,RO\n", encoding="utf-8")
    i18n.use_language("de")
    with pytest.raises(SpreadsheetRefused) as refused:
        plan_import(records, text)
    assert str(refused.value) == ("register.xlsx ist keine .xlsx-Arbeitsmappe. Die Datei sieht wie Text aus (eine "
                                  "CSV-Datei?). Speichern Sie die Datei als .xlsx und versuchen Sie es erneut.")


def test_the_plan_and_its_result_read_in_romanian(office, fresh, tmp_path):
    _, records = office
    i18n.use_language("ro")
    path = export_workbook(records, tmp_path / "ro.xlsx", now=NOW)
    plan = plan_import(fresh, path)
    assert plan.problems == []
    first, second = plan.summary()
    assert first == ("ro.xlsx: un export Atlas al altui registru (fiecare înregistrare din el este nouă aici); orele "
                     "sale sunt citite în fusul orar Europe/Bucharest, cel în care a fost exportat.")
    assert second.startswith("De adăugat: ") and "persoane împuternicite (4)" in second
    assert "; de modificat: " in second
    assert any(line.startswith("  adaugă   persoană împuternicită „Proc RO”  (") for line in plan.details())
    result = apply_import(fresh, plan)
    assert result.summary().startswith("Import efectuat — adăugate: 5, modificate: ")


# -- countries ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("code", ["ro", "fr", "de"])
def test_countries_are_written_in_the_workbooks_language_and_imported_into_english(office, fresh, tmp_path, code):
    _, records = office
    i18n.use_language(code)
    path = export_workbook(records, tmp_path / f"{code}.xlsx", now=NOW)
    book = openpyxl.load_workbook(path)
    processors = sheet_with(book, "atlas/processor")
    country = column(processors, "country")
    cells = [processors.cell(r, country).value for r in range(FIRST_ROW, FIRST_ROW + len(COUNTRIES))]
    assert cells == list(NAMES[code])
    transfers = sheet_with(book, "atlas/activity/transfers")
    assert transfers.cell(FIRST_ROW, column(transfers, "country")).value == NAMES[code][1]
    # The country cells' dropdown offers the names in the same language.
    lists = book[view_titles()["lists"]]
    offered = next([c.value for c in col[1:] if c.value] for col in lists.iter_cols() if col[0].value == "countries")
    assert set(NAMES[code]) <= set(offered) and "Romania" not in offered

    i18n.use_language("en")  # an English install imports the workbook
    plan = plan_import(fresh, path)
    assert plan.problems == []
    apply_import(fresh, plan)
    assert [p["country"] for p in sorted(fresh.list("processor"), key=lambda p: p["id"])] == list(COUNTRIES)
    [payroll] = fresh.list("activity")
    assert [row["country"] for row in payroll["transfers"]] == ["CH"]


def test_a_country_typed_by_hand_is_read_in_any_language_or_as_its_code():
    f = BY_KEY["processor"].field("country")
    words = AnyLanguage()
    for typed in ("RO", "ro", "Romania", "România", "Roumanie", "Rumänien", " romania ", "Romania"):
        assert from_cell(f, typed, "UTC", words=words) == "RO", typed
    # Accents left out, and Romanian's old cedilla letters, name the same country.
    assert country_in_any_language("Elvetia") == country_in_any_language("Elveţia") == "CH"
    assert country_in_any_language("Etats-Unis") == country_in_any_language("Vereinigte Staaten") == "US"
    with pytest.raises(ValueError, match="'Narnia' is not a country"):
        from_cell(f, "Narnia", "UTC", words=words)


def test_the_csv_export_names_countries_in_the_same_language(office, tmp_path):
    _, records = office
    i18n.use_language("fr")
    out = export_csv(records, "processor", tmp_path / "processors.csv")
    header, *rows = csv.reader(io.StringIO(out.read_text("utf-8-sig")))
    country = header.index(i18n.spec("Country"))
    assert [row[country] for row in rows] == list(NAMES["fr"])
    # A table field's cell too: the activity's transfer names Switzerland as the register sheet does.
    activities = export_csv(records, "activity", tmp_path / "activities.csv").read_text("utf-8-sig")
    assert "Suisse · Proc CH · " in activities and "Switzerland" not in activities
    Path(out).unlink()


def test_a_text_cut_in_a_romanian_workbook_is_known_as_cut_by_an_english_import(office, tmp_path):
    """The mark a cell too short for its text ends with is in the workbook's language; an import in any language
    knows it, and keeps the full text the register holds rather than the cut one."""
    _, records = office
    long = "Payroll is run by HR. " * 2_000  # 44,000 characters: more than a cell holds
    records.update("activity", 1, {"description": long})
    i18n.use_language("ro")
    path = export_workbook(records, tmp_path / "ro.xlsx", now=NOW)
    ws = sheet_with(openpyxl.load_workbook(path), "atlas/activity")
    cell = ws.cell(FIRST_ROW, column(ws, "description")).value
    assert cell.endswith(" [… tăiat aici: o celulă conține cel mult 32.767 de caractere; registrul păstrează "
                         "textul complet]")

    i18n.use_language("en")
    plan = plan_import(records, path)
    assert plan.problems == [] and plan.changes == [] and plan.adds == []
