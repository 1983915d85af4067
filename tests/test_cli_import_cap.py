"""A workbook wrong throughout: the first 200 problems are listed, the rest counted, and nothing is saved.

The real ``atlas import xlsx`` runs on a real register with a workbook exported from it and then
spoiled row after row; the GUI's preview shows the same first problems and the same count.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from conftest import PASSPHRASE, run_cli

from atlas_desktop.exports.import_model import MAX_SHOWN_PROBLEMS
from atlas_desktop.exports.layouts import HEADER_ROW
from atlas_desktop.exports.xlsx_export import export_workbook
from atlas_desktop.exports.xlsx_import import ImportHasProblems, apply_import, plan_import
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.register import Register

ROWS = 25
# Per row: a country that does not exist, an unknown status, a review period of 0 months and "maybe"
# in each of the eight Art. 28(3) Yes/No columns: eleven problems, so 275 in all.
PER_ROW = 11


@pytest.fixture
def spoiled(new_register, register_path, tmp_path, monkeypatch) -> tuple[Path, Path]:
    reg, _ = new_register
    records = Records(reg)
    records.create("processor", {"name": "PayCo", "country": "RO"})
    path = export_workbook(records, tmp_path / "register.xlsx")
    reg.close()
    book = openpyxl.load_workbook(path)
    ws = book["Processors"]
    columns = {str(c.value).rstrip(" *"): c.column for c in ws[HEADER_ROW] if c.value}
    first = ws.max_row + 1
    for i in range(ROWS):
        row = first + i
        ws.cell(row, columns["Name"]).value = f"Processor {i}"
        ws.cell(row, columns["Country"]).value = "Narnia"
        ws.cell(row, columns["Status"]).value = "Paused"
        ws.cell(row, columns["Review every (months)"]).value = 0
        for heading, col in columns.items():
            if heading.startswith("Art. 28(3)"):
                ws.cell(row, col).value = "maybe"
    book.save(path)
    monkeypatch.setenv("ATLAS_PASSPHRASE", PASSPHRASE)
    return register_path, path


def _state(register_path: Path) -> tuple[str, int]:
    with Register.open(register_path, passphrase=PASSPHRASE) as reg:
        return reg.audit.head().head, Records(reg).count("processor")


def test_the_plan_keeps_the_first_200_problems_and_counts_the_rest(spoiled):
    register_path, path = spoiled
    before = _state(register_path)
    with Register.open(register_path, passphrase=PASSPHRASE) as reg:
        records = Records(reg)
        plan = plan_import(records, path)
        assert len(plan.problems) == MAX_SHOWN_PROBLEMS == 200
        assert (plan.problem_count, plan.problem_rows) == (ROWS * PER_ROW, ROWS)
        # 200 problems fill 18 rows and two of row 19's: 75 more, on rows 19 to 25.
        assert plan.more_rows == 7
        assert plan.more_problems() == "… and 75 more problems in 7 rows; fix the first ones and import again"
        assert [p.row for p in plan.problems] == sorted(p.row for p in plan.problems)
        assert plan.invalid_count == ROWS  # every row is still judged, not only the first ones
        with pytest.raises(ImportHasProblems, match=r"^275 problems found in register\.xlsx; nothing was imported\.$"):
            apply_import(records, plan)
    assert _state(register_path) == before


def test_the_cli_prints_200_problems_then_one_line_for_the_rest_and_saves_nothing(spoiled, capsys):
    register_path, path = spoiled
    before = _state(register_path)
    code, _, err = run_cli(capsys, "import", "xlsx", "--register", str(register_path), "--in", str(path))
    assert code == 1
    lines = err.splitlines()
    start = lines.index("275 problems in 25 rows:")
    listed = lines[start + 1: start + 1 + MAX_SHOWN_PROBLEMS]
    assert all(line.startswith("  Processors, row ") for line in listed)
    assert lines[start + 1 + MAX_SHOWN_PROBLEMS] == ("  … and 75 more problems in 7 rows; fix the first ones and "
                                                     "import again.")
    assert sum(1 for line in lines if line.startswith("  Processors, row ")) == MAX_SHOWN_PROBLEMS
    assert "Nothing was imported." in err
    assert _state(register_path) == before


def test_the_gui_preview_lists_the_same_first_problems_and_the_count(spoiled, qtbot):
    from atlas_desktop.gui.spreadsheets import ImportPreview

    register_path, path = spoiled
    with Register.open(register_path, passphrase=PASSPHRASE) as reg:
        plan = plan_import(Records(reg), path)
    preview = ImportPreview(plan)
    qtbot.addWidget(preview)
    table = preview.problems
    assert table.rowCount() == MAX_SHOWN_PROBLEMS + 1
    assert table.item(MAX_SHOWN_PROBLEMS, 3).text() == ("… and 75 more problems in 7 rows; fix the first ones and "
                                                        "import again.")
    assert preview.tabs.tabText(preview.tabs.indexOf(table)) == "Problems (275)"
    assert "Rows with problems: 25." in preview.summary.text()
    assert not preview.import_button.isEnabled()
