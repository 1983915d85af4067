"""Builds an openpyxl workbook entirely in memory: no sheet is ever spooled to the system temp folder.

openpyxl's write-only mode streams each worksheet as plain XML into a ``NamedTemporaryFile`` in
the system temp folder (``openpyxl.worksheet._writer.create_temporary_file``), and its normal
mode does the same when saving. Those files hold the register's personal data unencrypted;
they are removed only when the workbook is saved or at interpreter exit (``atexit``), so a
killed export leaves them behind, and even a good one has written them to a shared, often
unencrypted and never-wiped folder first.

``MemoryWorkbook`` is a write-only ``Workbook`` whose sheets stream into ``io.BytesIO``
buffers instead, and whose ``to_bytes`` zips them without a file (openpyxl's own saver reads
each sheet back by file name). Memory, not a private folder beside the output, because the
export already gathers each sheet's cells in memory (``styling.Sheet``) before streaming it,
so one sheet's XML is small next to what is held anyway, and a killed process leaves nothing
to clean up. Nothing here is Qt.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.writer.excel import ExcelWriter


class MemoryWorksheetWriter(WorksheetWriter):
    """A sheet writer whose stream is a ``BytesIO`` (``WorksheetWriter`` accepts one, and reads it back)."""

    def __init__(self, ws: Any) -> None:
        super().__init__(ws, out=io.BytesIO())

    def cleanup(self) -> None:
        # The base class unlinks its temp file; here the buffer is simply dropped.
        self.close()
        self.out = io.BytesIO()


class MemoryWriteOnlyWorksheet(WriteOnlyWorksheet):
    """A write-only sheet that streams to memory."""

    def _get_writer(self) -> None:
        # Same as the base class, with the memory writer: the base makes a temp file here.
        if self._writer is None:
            self._writer = MemoryWorksheetWriter(self)
            self._writer.write_top()


class _MemoryExcelWriter(ExcelWriter):
    """openpyxl's saver, taking each sheet's XML from memory (the base passes a file name to the zip)."""

    def write_worksheet(self, ws: Any) -> None:
        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        if isinstance(ws, WriteOnlyWorksheet):
            if not ws.closed:
                ws.close()
            writer = ws._writer
            if not isinstance(writer, MemoryWorksheetWriter):
                # A sheet made outside MemoryWorkbook.create_sheet: its XML is already in a temp file.
                raise TypeError("a write-only sheet not made by MemoryWorkbook cannot be saved without a temp file")
        else:
            writer = MemoryWorksheetWriter(ws)
            writer.write()
        ws._rels = writer._rels
        self._archive.writestr(ws.path[1:], writer.read())
        self.manifest.append(ws)
        writer.cleanup()


class MemoryWorkbook(Workbook):
    """A write-only workbook that never touches the disk until its bytes are written by the caller."""

    def __init__(self) -> None:
        super().__init__(write_only=True)

    def create_sheet(self, title: str | None = None, index: int | None = None) -> Any:
        ws = MemoryWriteOnlyWorksheet(parent=self, title=title)
        self._add_sheet(sheet=ws, index=index)
        return ws

    def save(self, filename: Any) -> None:
        # Refused rather than handed to openpyxl's saver, which would spool to the temp folder.
        raise TypeError("MemoryWorkbook is saved with to_bytes(), then written atomically by the caller")

    def to_bytes(self) -> bytes:
        """The .xlsx file's bytes; like openpyxl's ``save``, only once for a write-only workbook."""
        if not self.worksheets:
            self.create_sheet()
        buffer = io.BytesIO()
        # openpyxl stores the modified time as naive UTC.
        self.properties.modified = dt.datetime.now(tz=dt.UTC).replace(tzinfo=None)
        _MemoryExcelWriter(self, ZipFile(buffer, "w", ZIP_DEFLATED, allowZip64=True)).save()
        return buffer.getvalue()
