"""CSV export of one register: readable headings, local times, tables as text, formula triggers quoted."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from atlas_desktop.core.errors import UsageError
from atlas_desktop.exports.cells import from_csv_text
from atlas_desktop.exports.csv_export import export_csv
from atlas_desktop.storage.records import Records

EVIL = '=HYPERLINK("http://evil.example","Click")'


@pytest.fixture
def records(new_register):
    reg, _ = new_register
    records = Records(reg)
    records.save_organisation({"time_zone": "Europe/Bucharest"})
    staff = records.create("person", {"name": "Ioana Ștefănescu"})
    records.create("breach", {
        "title": EVIL, "aware_at": dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC), "description": "数据 – lost",
        "data_categories": ["contact", "Tachograph; cards"], "staff": [staff], "subjects_count": 12,
        "timeline": [{"at": dt.datetime(2026, 1, 5, 8, 5, tzinfo=dt.UTC), "event": "-called the driver"}],
        "contact_point": "'quoted already",
    })
    return records


def _read(path):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_one_register_as_csv_with_headings_labels_and_local_times(records, tmp_path):
    out = export_csv(records, "breach", tmp_path / "breaches.csv")
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads non-Latin text correctly with the BOM
    header, row = _read(out)
    cell = dict(zip(header, row))
    assert header[:3] == ["No.", "Title *", "Status *"]
    assert cell["No."] == "1" and cell["Status *"] == "Open: investigating"
    assert cell["Became aware at (Europe/Bucharest time) *"] == "2026-01-05 10:00"  # 08:00 UTC in winter
    assert cell["Deadline (Europe/Bucharest time)"] == "2026-01-08 10:00"
    assert cell["What happened *"] == "数据 – lost"
    assert cell["Data involved"] == 'Contact details; "Tachograph; cards"'
    assert cell["Staff involved"] == "Ioana Ștefănescu (#1)"
    assert cell["People affected (approx.)"] == "12" and cell["Cyber incident"] == "No"
    assert cell["Timeline"] == "2026-01-05 10:05 EET · -called the driver"


def test_formula_triggers_get_a_leading_quote_that_reading_removes(records, tmp_path):
    header, row = _read(export_csv(records, "breach", tmp_path / "breaches.csv"))
    cell = dict(zip(header, row))
    assert cell["Title *"] == "'" + EVIL
    assert cell["Timeline"].startswith("2026")  # only a field's start matters
    assert cell["Contact point"] == "''quoted already"
    assert from_csv_text(cell["Title *"]) == EVIL
    assert from_csv_text(cell["Contact point"]) == "'quoted already"
    assert not any(value.startswith(("=", "+", "-", "@")) for value in row)


def test_processors_csv_has_the_art28_clause_columns(records, tmp_path):
    records.create("processor", {"name": "PayCo", "art28_clauses": ["instructions", "audits"]})
    header, row = _read(export_csv(records, "processor", tmp_path / "p.csv"))
    marks = [v for h, v in zip(header, row) if h.startswith("Art. 28(3)(")]
    assert marks == ["Yes", "No", "No", "No", "No", "No", "No", "Yes"]


def test_an_unknown_register_or_a_missing_folder_is_a_plain_error(records, tmp_path):
    with pytest.raises(UsageError, match="no register called 'breaches'"):
        export_csv(records, "breaches", tmp_path / "x.csv")
    with pytest.raises(UsageError, match="does not exist"):
        export_csv(records, "breach", tmp_path / "nope" / "x.csv")
