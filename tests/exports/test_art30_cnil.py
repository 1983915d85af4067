"""The CNIL's model register in the exported workbook, beside the ICO's, read back with openpyxl.

Source: the CNIL's « Modèle de registre des activités de traitement » (cnil.fr, « Le registre des activités de
traitement »): the organisation and its DPO first, then one « fiche » per activity with the elements of
GDPR Art. 30(1)(a)–(g), headed here in the words of the Regulation's French text. The ICO sheet (the UK ICO's
controller documentation template) must be exactly as it was, and the workbook must still import (the CNIL sheet
is a read-only view the import skips and watches, as the ICO one).
"""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from atlas_desktop.core import i18n, vocab
from atlas_desktop.core.errors import UsageError
from atlas_desktop.exports import read_only_views as views
from atlas_desktop.exports.art30 import CNIL_COLUMNS, CONTROLLER_ROLES, french_retention
from atlas_desktop.exports.layouts import VIEW_TITLES
from atlas_desktop.exports.xlsx_export import export_workbook
from atlas_desktop.exports.xlsx_import import plan_import
from atlas_desktop.storage.demo import create_demo
from atlas_desktop.storage.records import Records

NOW = dt.datetime(2026, 3, 30, 7, 30, tzinfo=dt.UTC)
CNIL = VIEW_TITLES["cnil"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cnil")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ATLAS_KDF_SECONDS", "0")
        reg, _ = create_demo(folder / "demo.atlas", now=NOW)
    records = Records(reg)
    both = export_workbook(records, folder / "both.xlsx", now=NOW)
    ico_only = export_workbook(records, folder / "ico.xlsx", now=NOW, views=("ico",))
    yield records, both, ico_only
    reg.close()


def _rows(ws, first: int) -> list[tuple]:
    return [r for r in ws.iter_rows(min_row=first, values_only=True) if any(v is not None for v in r)]


def french(english: str) -> str:
    return i18n.catalogue("fr")["spec", english]


def test_the_cnil_sheet_has_the_french_fiche_headings_and_one_row_per_activity(demo):
    records, both, _ = demo
    book = openpyxl.load_workbook(both)
    assert book.sheetnames[:4] == ["Cover", "Art 30 record", "Art 30(2) processor record", CNIL]
    ws = book[CNIL]
    headings = [c.value for c in ws[views.HEADER_ROW]][:len(CNIL_COLUMNS)]
    assert headings[0] == "Activité de traitement *"
    for letter in "abcdefg":
        assert any(f"(art. 30(1)({letter}))" in h for h in headings), letter
    assert "Finalité(s) du traitement (art. 30(1)(b)) *" in headings
    assert "Mesures de sécurité techniques et organisationnelles (art. 30(1)(g)) *" in headings
    # Page 2 of the model: the organisation (controller) and its DPO, above the fiches.
    org = records.organisation()
    top = ws.cell(views.GROUP_ROW, 1).value
    assert top.startswith(f"Registre des activités de traitement de {org['name']}")
    assert org["email"] in top and "délégué à la protection des données : aucun désigné" in top
    controller = [a for a in records.list("activity") if a["role"] in CONTROLLER_ROLES]
    data = _rows(ws, views.FIRST_ROW)
    assert [r[0] for r in data] == [a["name"] for a in sorted(controller, key=lambda a: a["id"])]


def test_the_fiches_are_in_french_from_the_activities(demo):
    records, both, _ = demo
    ws = openpyxl.load_workbook(both)[CNIL]
    column = {key: n for n, (key, _, _) in enumerate(CNIL_COLUMNS)}
    by_name = {r[0]: r for r in _rows(ws, views.FIRST_ROW)}
    for a in records.list("activity"):
        if a["role"] not in CONTROLLER_ROLES:
            continue
        row = by_name[a["name"]]
        for code in a["subject_categories"]:
            if code in vocab.SUBJECT_CATEGORY:
                assert french(vocab.SUBJECT_CATEGORY.label_of(code)) in row[column["individuals"]]
        for code in a["data_categories"]:
            if code in vocab.DATA_CATEGORY:
                assert french(vocab.DATA_CATEGORY.label_of(code)) in row[column["personal_data"]]
        for code in a["security_measures"]:
            assert french(vocab.SECURITY_MEASURE.label_of(code)) in row[column["security"]]
        for purpose in a["purposes"]:
            assert purpose["purpose"] in row[column["purpose"]]
        if a["processors"]:
            assert "Sous-traitants : " in row[column["recipients"]]
        assert bool(row[column["third_countries"]]) == bool(a["transfers"])
    assert french_retention({"data_category": "Bulletins de paie", "keep_for": 1, "unit": "years",
                             "trigger": "end_of_contract"}) == "Bulletins de paie : 1 année (point de départ : " \
                                                              "Fin du contrat)"


def test_the_ico_sheet_is_unchanged_and_each_view_can_be_left_out(demo, tmp_path):
    records, both, ico_only = demo
    with_cnil, without = openpyxl.load_workbook(both), openpyxl.load_workbook(ico_only)
    assert CNIL not in without.sheetnames
    ico = VIEW_TITLES["art30"]
    assert list(with_cnil[ico].iter_rows(values_only=True)) == list(without[ico].iter_rows(values_only=True))
    assert with_cnil[ico].cell(views.HEADER_ROW, 2).value == "Business function *"
    only_cnil = openpyxl.load_workbook(export_workbook(records, tmp_path / "cnil.xlsx", now=NOW, views=("cnil",)))
    assert ico not in only_cnil.sheetnames and CNIL in only_cnil.sheetnames
    with pytest.raises(UsageError, match="no Art. 30 view called 'dpc'"):
        export_workbook(records, tmp_path / "x.xlsx", now=NOW, views=("dpc",))


def test_the_cnil_sheet_is_a_protected_view_the_import_skips_and_watches(demo, tmp_path):
    records, both, _ = demo
    book = openpyxl.load_workbook(both)
    ws = book[CNIL]
    assert ws.protection.sheet and not ws.protection.password
    assert ws.cell(views.NOTE_ROW, 1).value.startswith("Read-only view")
    facts = {r[0]: r[1] for r in book["Atlas"].iter_rows(values_only=True)}
    assert views.FACT_PREFIX + CNIL in facts
    # The export imports back untouched (nothing to do), the view noted as not read.
    plan = plan_import(records, both)
    assert (plan.adds, plan.changes) == ([], [])
    assert f"{CNIL}: a view for reading (not imported)." in plan.notes
    ws.cell(views.FIRST_ROW, 3).value = "Modifié sur la vue"
    book.save(tmp_path / "edited.xlsx")
    plan = plan_import(records, tmp_path / "edited.xlsx")
    assert (plan.adds, plan.changes) == ([], [])
    warning = next(n for n in plan.notes if n.startswith(f"{CNIL}:"))
    assert "was changed" in warning and "NOT read" in warning
