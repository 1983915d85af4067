"""Opens a workbook someone handed us without trusting it: checked as a zip before any XML is parsed.

A file is refused, with a message saying why, when it is not an .xlsx workbook (an old .xls,
a password-protected workbook, a CSV, an OpenDocument file), when it is damaged or cut short,
when it would unpack to more than ``MAX_UNPACKED`` bytes or is compressed suspiciously well
(a zip bomb), or when its XML declares a DTD (entity-expansion attacks). Only then does
openpyxl see it, in read-only mode, with defusedxml. Formulas are never evaluated: a cell that
holds one is reported to the caller as a formula, not as a value.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl

from ..core.errors import AtlasError

MAX_UNPACKED = 200 * 1024 * 1024   # a register's workbook is a few megabytes
MAX_RATIO = 100                    # real workbook parts compress about 10:1
RATIO_FLOOR = 1024 * 1024          # tiny parts may compress better; they cannot be bombs
MAX_MEMBERS = 10_000
MAX_ROWS = 100_000                 # per sheet
MAX_COLUMNS = 1_000
_PROBE = 4096                      # a DTD must come before the first element


class SpreadsheetRefused(AtlasError):
    """The file is not a workbook we can read safely; nothing was imported."""


@dataclass(frozen=True)
class Cell:
    value: Any
    formula: bool = False   # the cell holds a formula (its text is in ``value``)
    error: bool = False     # the cell holds an error value such as #REF!


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:,.0f} MB"


def check_file(path: Path) -> None:
    """Refuse anything that is not a plain, sound, reasonably sized .xlsx; read nothing but the zip."""
    name = path.name
    try:
        with path.open("rb") as handle:
            magic = handle.read(8)
    except FileNotFoundError:
        raise SpreadsheetRefused(f"There is no file {path}.") from None
    except IsADirectoryError:
        raise SpreadsheetRefused(f"{path} is a folder, not a workbook.") from None
    except OSError as exc:
        raise SpreadsheetRefused(f"Cannot read {path}: {exc.strerror}.") from None
    if magic.startswith(b"\xd0\xcf\x11\xe0"):
        raise SpreadsheetRefused(f"{name} is an old-style .xls workbook or a password-protected one. Open it in "
                                 "your spreadsheet program, remove any password and save it as .xlsx.")
    if not magic.startswith(b"PK\x03\x04"):
        hint = " It looks like text (a CSV file?)." if magic and all(32 <= b < 127 or b in b"\t\r\n" for b in magic) \
            else ""
        raise SpreadsheetRefused(f"{name} is not an .xlsx workbook.{hint} Save it as .xlsx and try again.")
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            names = {m.filename for m in members}
            if "xl/workbook.xml" not in names:
                kind = ("an OpenDocument spreadsheet (.ods)" if "content.xml" in names
                        else "a Word document" if "word/document.xml" in names else "a zip archive")
                raise SpreadsheetRefused(f"{name} is {kind}, not an .xlsx workbook. Save it as .xlsx and try again.")
            if len(members) > MAX_MEMBERS:
                raise SpreadsheetRefused(f"{name} holds {len(members):,} parts, more than a workbook ever needs; "
                                         "it was refused.")
            total = sum(m.file_size for m in members)
            if total > MAX_UNPACKED:
                raise SpreadsheetRefused(f"{name} would unpack to {_mb(total)}, more than the {_mb(MAX_UNPACKED)} "
                                         "limit; it was refused (it may be a zip bomb).")
            for m in members:
                if m.flag_bits & 0x1:
                    raise SpreadsheetRefused(f"{name} is encrypted; remove its password and save it again.")
                if m.file_size > RATIO_FLOOR and m.file_size > MAX_RATIO * max(m.compress_size, 1):
                    raise SpreadsheetRefused(f"{name} has a part compressed more than {MAX_RATIO} to 1 "
                                             f"({m.filename}); it was refused (it may be a zip bomb).")
            for m in members:
                if m.filename.endswith((".xml", ".rels")):
                    with archive.open(m) as part:
                        start = part.read(_PROBE)
                    if b"<!DOCTYPE" in start or b"<!ENTITY" in start:
                        raise SpreadsheetRefused(f"{name} declares XML entities ({m.filename}), which workbooks "
                                                 "never need; it was refused.")
            bad = archive.testzip()
            if bad is not None:
                raise SpreadsheetRefused(f"{name} is damaged: its part {bad} fails its checksum.")
    except zipfile.BadZipFile as exc:
        raise SpreadsheetRefused(f"{name} is damaged or incomplete (was it cut short?): {exc}.") from None
    except (EOFError, OSError, NotImplementedError) as exc:
        raise SpreadsheetRefused(f"{name} is damaged or incomplete (was it cut short?): {exc}.") from None


class Workbook:
    """A checked workbook, open read-only. Use as a context manager; rows come as ``Cell``s."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        check_file(self.path)
        try:
            self.wb = openpyxl.load_workbook(self.path, read_only=True, data_only=False, keep_links=False)
        except SpreadsheetRefused:
            raise
        except Exception as exc:  # noqa: BLE001 - any parser failure means a damaged or hostile file
            raise self.unreadable(exc) from None

    def unreadable(self, exc: BaseException) -> SpreadsheetRefused:
        reason = str(exc).strip() or type(exc).__name__
        return SpreadsheetRefused(f"{self.path.name} could not be read as a workbook ({type(exc).__name__}: "
                                  f"{reason[:200]}). Nothing was imported.")

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.wb.close()

    @property
    def sheet_names(self) -> list[str]:
        return list(self.wb.sheetnames)

    def state(self, name: str) -> str:
        return str(self.wb[name].sheet_state)

    def rows(self, name: str, max_col: int = MAX_COLUMNS) -> Iterator[tuple[int, list[Cell]]]:
        """(row number, cells) of one sheet, trailing blank cells trimmed, blank rows skipped."""
        ws = self.wb[name]
        try:
            # A sheet's declared size may be a lie; its width bounds how far openpyxl pads each row.
            width = min(ws.max_column or max_col, max_col)
            for number, row in enumerate(ws.iter_rows(max_col=width), start=1):
                if number > MAX_ROWS:
                    raise SpreadsheetRefused(f"The sheet {name!r} has more than {MAX_ROWS:,} rows; split it.")
                found = [_cell(c) for c in row]
                while found and (found[-1].value is None or found[-1].value == ""):
                    found.pop()
                if found:
                    yield number, found
        except SpreadsheetRefused:
            raise
        except Exception as exc:  # noqa: BLE001 - the sheet's XML is parsed lazily, here
            raise self.unreadable(exc) from None


def _cell(c: Any) -> Cell:
    value = getattr(c, "value", None)
    kind = getattr(c, "data_type", "n")
    if kind == "f":
        return Cell(str(value), formula=True)
    if kind == "e":
        return Cell(str(value), error=True)
    return Cell(value)
