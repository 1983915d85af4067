"""The figures measured inside the benchmark process: the XLSX export, the signed ropa report, `atlas check`
and `audit verify`, each with its floor, and the raw timings the scaling rows are made from.

Each ``measure_*`` returns (app, floor) ``Stats``; the floors do the least work that gives the
same output (the same cell values, the same table, every row read, the same bytes hashed),
so a ratio near 1 means the app adds little on top of what any program would have to do.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import tempfile
from pathlib import Path
from typing import Any

from atlas_desktop.core.entities import BY_KEY, ENTITIES
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.register import Register

from .rawopen import PASSPHRASE, open_raw
from .timing import Stats, paired

SCRATCH = Path(tempfile.gettempdir())


def open_register(path: Path) -> Register:
    return Register.open(path, passphrase=PASSPHRASE, actor="bench")


# -- XLSX export -----------------------------------------------------------------------------------------
def measure_export(path: Path, repeat: int, warmup: int = 1) -> tuple[Stats, Stats]:
    """``export_workbook`` of the whole register against openpyxl write_only writing the same cell values.

    The floor is a value floor: it writes every value the export wrote (the same types; dates with openpyxl's
    default format), but no style and no cell where the export wrote an empty bordered one (about one cell in
    nine at 10k), nor the headings' comments, the dropdowns and the widths."""
    from openpyxl import Workbook, load_workbook

    from atlas_desktop.exports.xlsx_export import export_workbook

    out = SCRATCH / f"atlas-bench-{os.getpid()}.xlsx"
    floor_out = SCRATCH / f"atlas-bench-{os.getpid()}-floor.xlsx"
    with open_register(path) as reg:
        records = Records(reg)
        export_workbook(records, out)
        # The floor writes exactly what the app wrote: every sheet's values, read back from its file.
        book = load_workbook(out, read_only=True)
        sheets = [(ws.title, [list(r) for r in ws.iter_rows(values_only=True)]) for ws in book.worksheets]
        book.close()

        def floor() -> None:
            wb = Workbook(write_only=True)
            for title, rows in sheets:
                ws = wb.create_sheet(title)
                for values in rows:
                    ws.append(values)
            wb.save(floor_out)

        try:
            return paired(lambda: export_workbook(records, out), floor, repeat, warmup)
        finally:
            out.unlink(missing_ok=True)
            floor_out.unlink(missing_ok=True)


# -- the signed ropa report --------------------------------------------------------------------------------
def measure_report(path: Path, repeat: int, warmup: int = 1) -> tuple[Stats, Stats]:
    """``build_report(records, "ropa", ...)`` against bare reportlab laying out the same label/value table
    of every activity (same font), plus one pyHanko signature."""
    from atlas_desktop.exports.reports import build_report

    out = SCRATCH / f"atlas-bench-{os.getpid()}.pdf"
    with open_register(path) as reg:
        records = Records(reg)
        floor = _report_floor(records)
        try:
            return paired(lambda: build_report(records, "ropa", out), floor, repeat, warmup)
        finally:
            out.unlink(missing_ok=True)


def _report_floor(records: Records) -> Any:
    import datetime as dt
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    from atlas_desktop.exports.pdf_blocks import Source
    from atlas_desktop.exports.pdf_style import STYLES
    from atlas_desktop.exports.signing import sign_pdf
    from atlas_desktop.storage.certificate import ensure_certificate

    activity = BY_KEY["activity"]
    src = Source.read(records, dt.datetime.now(dt.UTC))  # registers the same fonts the report uses
    cert = ensure_certificate(records.reg)
    # The same text the report shows, made before the clock starts: label and value of every field.
    sections = []
    for record in records.list("activity"):
        rows = [(f.label, src.text(activity, record, f.key)) for f in activity.fields]
        sections.append((src.text(activity, record, "name"), [(k, v) for k, v in rows if v]))
    width = landscape(A4)[0] - 36 * mm

    def floor() -> None:
        story: list[Any] = []
        for name, rows in sections:
            story.append(Paragraph(escape(name), STYLES.h2))
            cells = [[Paragraph(escape(k), STYLES.label), Paragraph(escape(v).replace("\n", "<br/>"), STYLES.cell)]
                     for k, v in rows]
            story.append(Table(cells, colWidths=[68 * mm, width - 68 * mm], repeatRows=0, splitByRow=1))
        buffer = io.BytesIO()
        doc = SimpleDocTemplate(buffer, pagesize=landscape(A4))
        doc.build(story)
        pages = doc.page  # the signature goes on the last page
        sign_pdf(buffer.getvalue(), cert, page=pages - 1, box=(40, 40, 300, 100), reason="benchmark floor")

    return floor


# -- atlas check ------------------------------------------------------------------------------------------
def measure_check(path: Path, repeat: int, warmup: int = 1) -> tuple[Stats, Stats]:
    """`atlas check --json` run in this process (unlock included) against the same unlock plus one SELECT
    of every row of every register."""
    from atlas_desktop import cli

    args = ["check", "--json", "--register", str(path)]

    def app() -> None:
        with contextlib.redirect_stdout(io.StringIO()):
            code = cli.main(args)
        if code not in (0, 1):  # 1: something is overdue, which the generated register has
            raise RuntimeError(f"atlas check failed with exit code {code}")

    def floor() -> None:
        conn = open_raw(path)
        try:
            for ent in ENTITIES:
                conn.execute(f'SELECT * FROM "{ent.table}"').fetchall()
        finally:
            conn.close()

    before = os.environ.get("ATLAS_PASSPHRASE")
    os.environ["ATLAS_PASSPHRASE"] = PASSPHRASE  # how a script gives `atlas` the passphrase
    try:
        return paired(app, floor, repeat, warmup)
    finally:
        if before is None:
            del os.environ["ATLAS_PASSPHRASE"]
        else:
            os.environ["ATLAS_PASSPHRASE"] = before


# -- audit verify ----------------------------------------------------------------------------------------
def measure_audit(path: Path, repeat: int, warmup: int = 1) -> tuple[Stats, Stats, int]:
    """``AuditTrail.verify`` (what `atlas audit verify` runs once the register is open) against reading the
    same rows and hashing the same bytes with SHA-256, chained. Returns the entry count too."""
    with open_register(path) as reg:
        db = reg.db
        sql = "SELECT seq, at, actor, action, entity, record, before, after, mac FROM audit_entry ORDER BY seq"

        def floor() -> None:
            prev = b"\x00" * 32
            for row in db.execute_sql(sql):
                prev = hashlib.sha256(prev + "\x1f".join(str(v) for v in row[:8]).encode()).digest()

        verdict = reg.audit.verify()
        if not verdict.ok:
            raise RuntimeError(f"the benchmark register's audit trail is broken: {verdict.problem}")
        app_stats, floor_stats = paired(lambda: reg.audit.verify(), floor, repeat, warmup)
        return app_stats, floor_stats, verdict.count
