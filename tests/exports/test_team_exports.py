"""Exports, signed reports, checks and the annual review on a team register (PostgreSQL), as on the file.

Issue 17: "`atlas audit verify` and signed reports work the same on both back ends"; "`atlas export`/
`report`/`review` work against either". The team register is filled with the demo's records, so each
output is compared with the same built from a local register holding the same records.
"""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from pypdf import PdfReader

from atlas_desktop.core.checks import run_checks
from atlas_desktop.exports.reports import REPORT_KINDS, build_report
from atlas_desktop.exports.review_pack import check_pack, close_review
from atlas_desktop.exports.signing import verify_pdf
from atlas_desktop.exports.xlsx_export import export_workbook
from atlas_desktop.storage.certificate import load
from atlas_desktop.storage.demo import populate
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.reviews import Reviews

NOW = dt.datetime(2026, 3, 30, 7, 30, tzinfo=dt.UTC)


@pytest.fixture
def filled(team, new_register):
    """The demo's records in a team register and in a local one."""
    local, _ = new_register
    populate(Records(local), NOW)
    reg = team.open()
    populate(Records(reg), NOW)
    yield reg, local
    reg.close()


def test_every_register_holds_the_same_records_on_both(filled):
    reg, local = filled
    team_snapshot, local_snapshot = Records(reg).snapshot(), Records(local).snapshot()
    assert team_snapshot.keys() == local_snapshot.keys()
    for entity in team_snapshot:
        assert team_snapshot[entity] == local_snapshot[entity], entity


def test_checks_find_the_same_gaps_on_both(filled):
    reg, local = filled
    team_records, local_records = Records(reg), Records(local)
    team_findings = run_checks(team_records.snapshot(), team_records.context(NOW))
    local_findings = run_checks(local_records.snapshot(), local_records.context(NOW))
    assert team_findings and [f.message for f in team_findings] == [f.message for f in local_findings]


def test_workbook_from_a_team_register_reads_back(filled, tmp_path):
    reg, _ = filled
    out = export_workbook(Records(reg), tmp_path / "team.xlsx", now=NOW)
    wb = openpyxl.load_workbook(out)
    titles = {r["title"] for r in Records(reg).list("breach")}
    cells = {str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value}
    assert titles <= cells


@pytest.mark.parametrize("kind", sorted(k for k, spec in REPORT_KINDS.items() if spec.entity is None))
def test_signed_reports_verify_with_the_team_certificate(filled, tmp_path, kind):
    reg, _ = filled
    path = build_report(Records(reg), kind, tmp_path / f"{kind}.pdf", now=NOW)
    result = verify_pdf(path, load(reg).cert_pem)
    assert result.ok and result.intact and result.trusted, result.problem
    head = reg.audit.head()
    assert result.audit_anchor == f"{head.count}:{head.head}"
    assert "".join(p.extract_text() or "" for p in PdfReader(path).pages).strip()


def test_breach_report_on_a_team_register_names_the_breach(filled, tmp_path):
    reg, _ = filled
    breach = Records(reg).list("breach")[0]
    path = build_report(Records(reg), "breach", tmp_path / "breach.pdf", record_id=breach["id"], now=NOW)
    text = " ".join(" ".join((p.extract_text() or "") for p in PdfReader(path).pages).split())
    assert breach["title"] in text
    assert verify_pdf(path, load(reg).cert_pem).ok


def test_the_annual_review_runs_and_closes_on_a_team_register(filled, team, pg_cluster):
    reg, _ = filled
    records = Records(reg)
    reviews = Reviews(records)
    review = reviews.start(NOW)
    items = reviews.items(review.id)
    assert items
    reviews.confirm(note="Checked with the team")
    # What needs attention is confirmed one by one, with a note (core.review_attention).
    reviews.confirm([i.id for i in reviews.items(review.id, decision="open")], note="Checked with the team")
    closed = close_review(records, now=NOW)
    assert closed.status == "closed"
    name, data = reviews.pack(closed.id)
    assert name.endswith(".zip") and check_pack(data) == []
    assert reg.audit.verify().ok
    with pg_cluster.admin(team.database) as conn:  # the server keeps the pack sealed, as an attachment
        stored = bytes(conn.execute("SELECT pack FROM review WHERE id = %s", (closed.id,)).fetchone()[0])
    assert not stored.startswith(b"PK") and data[:200] not in stored
    assert Reviews(records).get(closed.id).pack_size == len(data)
