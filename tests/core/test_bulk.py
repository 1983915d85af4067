"""The cycle collector is paused around bulk work and put back as it was, error or not."""

from __future__ import annotations

import gc

import pytest

from atlas_desktop.core.bulk import without_cycle_collection


def test_paused_inside_and_restored_after_even_on_error():
    assert gc.isenabled()
    with without_cycle_collection():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), without_cycle_collection():
        raise ValueError("boom")
    assert gc.isenabled()


def test_left_off_when_the_caller_had_it_off():
    gc.disable()
    try:
        with without_cycle_collection():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_reports_and_the_workbook_are_built_with_it_paused(tmp_path, monkeypatch):
    from atlas_desktop.exports import reports, xlsx_export
    from atlas_desktop.storage.demo import create_demo
    from atlas_desktop.storage.records import Records

    seen: dict[str, bool] = {}
    real_signed, real_build = reports.signed_document, xlsx_export.build_workbook
    monkeypatch.setattr(reports, "signed_document",
                        lambda *a, **k: seen.setdefault("report", gc.isenabled()) or real_signed(*a, **k))
    monkeypatch.setattr(xlsx_export, "build_workbook",
                        lambda *a, **k: seen.setdefault("workbook", gc.isenabled()) or real_build(*a, **k))
    reg, _ = create_demo(tmp_path / "demo.atlas")
    try:
        records = Records(reg)
        assert reports.report_bytes(records, "ropa").startswith(b"%PDF")
        xlsx_export.export_workbook(records, tmp_path / "out.xlsx")
    finally:
        reg.close()
    assert seen == {"report": False, "workbook": False} and gc.isenabled()
    assert (tmp_path / "out.xlsx").stat().st_size > 0
