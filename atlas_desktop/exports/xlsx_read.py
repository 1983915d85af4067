"""Opens a workbook someone handed us without trusting it: checked as a zip before any XML is parsed.

A file is refused, with a message saying why, when it is not an .xlsx workbook (an old .xls,
a password-protected workbook, a CSV, an OpenDocument file), when it is damaged or cut short,
when it would unpack to more than ``MAX_UNPACKED`` bytes or is compressed suspiciously well
(a zip bomb), or when any of its XML parts declares a DTD anywhere in it (entity-expansion
attacks; every part is read whole, which also checks its checksum). Only then does
openpyxl see it, in read-only mode, with defusedxml. Formulas are never evaluated: a cell that
holds one is reported to the caller as a formula, not as a value.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl

from ..core.errors import AtlasError
from ..core.i18n import format_number, t

MAX_UNPACKED = 200 * 1024 * 1024   # a register's workbook is a few megabytes
MAX_RATIO = 100                    # real workbook parts compress about 10:1
RATIO_FLOOR = 1024 * 1024          # tiny parts may compress better; they cannot be bombs
MAX_MEMBERS = 10_000
MAX_ROWS = 100_000                 # per sheet
MAX_COLUMNS = 1_000
_CHUNK = 64 * 1024                 # parts are scanned whole, a chunk at a time
# A DTD is refused wherever it hides (after a long comment, across two chunks), in UTF-8 or UTF-16:
# the two encodings a workbook's XML may use (ECMA-376 part 2). ASCII and Latin-1 write these marks as UTF-8 does.
_DTD_MARKS = tuple((mark.encode(enc), mark) for mark in ("<!DOCTYPE", "<!ENTITY")
                   for enc in ("utf-8", "utf-16-le", "utf-16-be"))
_OVERLAP = max(len(b) for b, _ in _DTD_MARKS) - 1
_XML_NAMES = (".xml", ".rels", ".vml")
_SAFE_ENCODINGS = {"utf-8", "utf8", "utf-16", "utf16", "utf-16le", "utf-16be", "us-ascii", "ascii"}
_DECLARED = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']{0,40})["']""")


class SpreadsheetRefused(AtlasError):
    """The file is not a workbook we can read safely; nothing was imported."""


@dataclass(frozen=True)
class Cell:
    value: Any
    formula: bool = False   # the cell holds a formula (its text is in ``value``)
    error: bool = False     # the cell holds an error value such as #REF!


def _mb(size: int) -> str:
    return t("spreadsheets", "{size} MB").format(size=format_number(round(size / 1024 / 1024)))


def check_file(path: Path) -> None:
    """Refuse anything that is not a plain, sound, reasonably sized .xlsx; read nothing but the zip."""
    name = path.name
    try:
        with path.open("rb") as handle:
            magic = handle.read(8)
    except FileNotFoundError:
        raise SpreadsheetRefused(t("spreadsheets", "There is no file {path}.").format(path=path)) from None
    except IsADirectoryError:
        raise SpreadsheetRefused(t("spreadsheets", "{path} is a folder, not a workbook.").format(path=path)) from None
    except OSError as exc:
        raise SpreadsheetRefused(t("spreadsheets", "Cannot read {path}: {error}.").format(
            path=path, error=exc.strerror)) from None
    if magic.startswith(b"\xd0\xcf\x11\xe0"):
        raise SpreadsheetRefused(t("spreadsheets", "{file} is an old-style .xls workbook or a password-protected one. "
                                   "Open it in your spreadsheet program, remove any password and save it as .xlsx.")
                                 .format(file=name))
    if not magic.startswith(b"PK\x03\x04"):
        if magic and all(32 <= b < 127 or b in b"\t\r\n" for b in magic):
            raise SpreadsheetRefused(t("spreadsheets", "{file} is not an .xlsx workbook. It looks like text (a CSV "
                                       "file?). Save it as .xlsx and try again.").format(file=name))
        raise SpreadsheetRefused(t("spreadsheets", "{file} is not an .xlsx workbook. Save it as .xlsx and try again.")
                                 .format(file=name))
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            names = {m.filename for m in members}
            if "xl/workbook.xml" not in names:
                raise SpreadsheetRefused(_not_a_workbook(name, names))
            if len(members) > MAX_MEMBERS:
                raise SpreadsheetRefused(t("spreadsheets", "{file} holds {count} parts, more than a workbook ever "
                                           "needs; it was refused.").format(file=name,
                                                                            count=format_number(len(members))))
            total = sum(m.file_size for m in members)
            if total > MAX_UNPACKED:
                raise SpreadsheetRefused(t("spreadsheets", "{file} would unpack to {size}, more than the {limit} "
                                           "limit; it was refused (it may be a zip bomb).").format(
                    file=name, size=_mb(total), limit=_mb(MAX_UNPACKED)))
            for m in members:
                if m.flag_bits & 0x1:
                    raise SpreadsheetRefused(t("spreadsheets", "{file} is encrypted; remove its password and save it "
                                               "again.").format(file=name))
                if m.file_size > RATIO_FLOOR and m.file_size > MAX_RATIO * max(m.compress_size, 1):
                    raise SpreadsheetRefused(t("spreadsheets", "{file} has a part compressed more than {ratio} to 1 "
                                               "({part}); it was refused (it may be a zip bomb).").format(
                        file=name, ratio=MAX_RATIO, part=m.filename))
            budget = MAX_UNPACKED
            for m in members:
                budget -= _scan_part(archive, m, name, budget)
    except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError) as exc:
        raise SpreadsheetRefused(t("spreadsheets", "{file} is damaged or incomplete (was it cut short?): {error}.")
                                 .format(file=name, error=exc)) from None


def _not_a_workbook(name: str, parts: set[str]) -> str:
    """What a zip that is not a workbook is, when it can tell."""
    if "content.xml" in parts:
        return t("spreadsheets", "{file} is an OpenDocument spreadsheet (.ods), not an .xlsx workbook. Save it as "
                 ".xlsx and try again.").format(file=name)
    if "word/document.xml" in parts:
        return t("spreadsheets", "{file} is a Word document, not an .xlsx workbook. Save it as .xlsx and try again.")\
            .format(file=name)
    return t("spreadsheets", "{file} is a zip archive, not an .xlsx workbook. Save it as .xlsx and try again.")\
        .format(file=name)


def _looks_like_xml(head: bytes) -> bool:
    return head.lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n\x00").startswith(b"<")


def _declared_encoding(head: bytes) -> str | None:
    """The encoding an XML declaration names; UTF-16 text is read as such (its BOM or its zero bytes tell)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head[:2] in (b"<\x00", b"\x00<"):
        codec = "utf-16" if head.startswith((b"\xff\xfe", b"\xfe\xff")) else \
            "utf-16-le" if head[:2] == b"<\x00" else "utf-16-be"
        head = head[:400].decode(codec, "replace").encode("ascii", "replace")
    found = _DECLARED.match(head.removeprefix(b"\xef\xbb\xbf"))
    return found.group(1).decode("ascii", "replace").strip().lower() if found else None


def _scan_part(archive: zipfile.ZipFile, member: zipfile.ZipInfo, name: str, budget: int) -> int:
    """Read one part to its end, which checks its checksum, and refuse it if it is XML that declares a
    DTD or uses an encoding in which one could hide. Returns the bytes read; ``budget`` bounds them."""
    part_name = member.filename
    is_xml = part_name.lower().endswith(_XML_NAMES)
    read, tail = 0, b""
    try:
        with archive.open(member) as part:
            while chunk := part.read(_CHUNK):
                if read == 0:
                    # Judged by content too: a part's name does not decide whether openpyxl parses it.
                    is_xml = is_xml or _looks_like_xml(chunk)
                    encoding = _declared_encoding(chunk) if is_xml else None
                    if encoding is not None and encoding not in _SAFE_ENCODINGS:
                        raise SpreadsheetRefused(t(
                            "spreadsheets", "{file} was refused: the workbook's part {part} is written in the text "
                            "encoding {encoding}, and workbooks use UTF-8 or UTF-16; Atlas refuses it for safety. Open "
                            "it in your spreadsheet program and save it again as .xlsx.").format(
                            file=name, part=part_name, encoding=repr(encoding)))
                read += len(chunk)
                if read > budget:
                    raise SpreadsheetRefused(t("spreadsheets", "{file} unpacks to more than the {limit} limit (at "
                                               "{part}); it was refused (it may be a zip bomb).").format(
                        file=name, limit=_mb(MAX_UNPACKED), part=part_name))
                if not is_xml:
                    continue
                window = tail + chunk
                for mark, text in _DTD_MARKS:
                    if mark in window:
                        raise SpreadsheetRefused(_declares(name, part_name, text))
                tail = window[-_OVERLAP:]
    except zipfile.BadZipFile as exc:
        if "CRC" in str(exc):
            raise SpreadsheetRefused(t("spreadsheets", "{file} is damaged: its part {part} fails its checksum. "
                                       "Nothing was imported.").format(file=name, part=part_name)) from None
        raise SpreadsheetRefused(_cannot_unpack(name, part_name, exc)) from None
    except zlib.error as exc:
        raise SpreadsheetRefused(_cannot_unpack(name, part_name, exc)) from None
    return read


def _cannot_unpack(name: str, part_name: str, exc: BaseException) -> str:
    return t("spreadsheets", "{file} is damaged: its part {part} cannot be unpacked ({error}). Nothing was "
             "imported.").format(file=name, part=part_name, error=exc)


def _declares(name: str, part_name: str, mark: str) -> str:
    """The refusal of a part that declares a DTD (``<!DOCTYPE``) or entities (``<!ENTITY``)."""
    if mark == "<!DOCTYPE":
        return t("spreadsheets", "{file} was refused: the workbook's part {part} declares a DTD ({mark} …), which "
                 "workbooks never need and Atlas refuses for safety. Open it in your spreadsheet program and save it "
                 "again as .xlsx, or ask for a clean copy.").format(file=name, part=part_name, mark=mark)
    return t("spreadsheets", "{file} was refused: the workbook's part {part} declares XML entities ({mark} …), which "
             "workbooks never need and Atlas refuses for safety. Open it in your spreadsheet program and save it "
             "again as .xlsx, or ask for a clean copy.").format(file=name, part=part_name, mark=mark)


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
        return SpreadsheetRefused(t("spreadsheets", "{file} could not be read as a workbook ({error}). Nothing was "
                                    "imported.").format(file=self.path.name,
                                                        error=f"{type(exc).__name__}: {reason[:200]}"))

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
                    raise SpreadsheetRefused(t("spreadsheets", "The sheet {sheet} has more than {count} rows; split "
                                               "it.").format(sheet=repr(name), count=format_number(MAX_ROWS)))
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
