"""Hostile workbooks: a DTD is refused wherever it hides in an XML part, and damage is reported, never raised.

Each file starts as a real workbook saved by openpyxl and is then edited with ``zipfile``, the way
an attacker would: a long comment pushes the DOCTYPE past where a quick look would stop, or puts
it across the boundary between two chunks of the scan, or the part is re-encoded as UTF-16.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from atlas_desktop.exports import xlsx_read
from atlas_desktop.exports.xlsx_read import SpreadsheetRefused, Workbook

SHEET = "xl/worksheets/sheet1.xml"
DTD = b'<!DOCTYPE worksheet [<!ENTITY lol "lol">]>'


def _workbook(path: Path, rows: int = 3) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["Name", "Country"])
    for i in range(rows):
        ws.append([f"Processor {i}", "RO"])
    book.save(path)
    return path


def _rewrite(path: Path, member: str, edit: Callable[[bytes], bytes]) -> Path:
    with zipfile.ZipFile(path) as zf:
        parts = {info.filename: zf.read(info) for info in zf.infolist()}
    parts[member] = edit(parts[member])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return path


def _after_declaration(xml: bytes, insert: bytes) -> bytes:
    if not xml.startswith(b"<?xml"):  # openpyxl writes sheets without one; Excel writes it
        xml = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + xml
    end = xml.index(b"?>") + 2
    return xml[:end] + insert + xml[end:]


def _refusal(path: Path) -> str:
    with pytest.raises(SpreadsheetRefused) as refused:
        Workbook(path).close()
    text = str(refused.value)
    assert "Traceback" not in text
    return text


def _dtd_message(path: Path, part: str = SHEET) -> str:
    return (f"{path.name} was refused: the workbook's part {part} declares a DTD (<!DOCTYPE …), which workbooks "
            "never need and Atlas refuses for safety. Open it in your spreadsheet program and save it again as "
            ".xlsx, or ask for a clean copy.")


def test_a_doctype_after_a_5_kb_comment_is_refused_naming_the_part(tmp_path):
    path = _rewrite(_workbook(tmp_path / "comment.xlsx"), SHEET,
                    lambda xml: _after_declaration(xml, b"<!--" + b"x" * 5 * 1024 + b"-->" + DTD))
    assert _refusal(path) == _dtd_message(path)


@pytest.mark.parametrize("into_mark", [1, 4, 8])
def test_a_doctype_split_across_two_chunks_is_still_found(tmp_path, into_mark):
    def edit(xml: bytes) -> bytes:
        start = _after_declaration(xml, b"").index(b"?>") + 2
        # The comment's length puts the boundary ``into_mark`` bytes into "<!DOCTYPE".
        filler = xlsx_read._CHUNK - start - len(b"<!---->") - into_mark
        return _after_declaration(xml, b"<!--" + b"y" * filler + b"-->" + DTD)

    path = _rewrite(_workbook(tmp_path / "split.xlsx"), SHEET, edit)
    with zipfile.ZipFile(path) as zf:
        data = zf.read(SHEET)
    at = data.index(b"<!DOCTYPE")
    assert at < xlsx_read._CHUNK < at + len(b"<!DOCTYPE")
    assert _refusal(path) == _dtd_message(path)


def test_an_entity_declared_deep_in_another_part_is_refused(tmp_path):
    part = "xl/styles.xml"
    path = _rewrite(_workbook(tmp_path / "styles.xlsx"), part,
                    lambda xml: xml + b"<!--" + b"z" * 200_000 + b'--><!ENTITY e "x">')
    assert f"the workbook's part {part} declares XML entities (<!ENTITY …)" in _refusal(path)


def test_a_utf16_part_with_a_doctype_is_refused(tmp_path):
    def edit(xml: bytes) -> bytes:
        text = _after_declaration(xml, DTD).decode("utf-8").replace("UTF-8", "UTF-16").replace("utf-8", "UTF-16")
        return text.encode("utf-16")  # with its byte order mark

    path = _rewrite(_workbook(tmp_path / "utf16.xlsx"), SHEET, edit)
    assert _refusal(path) == _dtd_message(path)


def test_a_part_in_an_encoding_that_could_hide_a_doctype_is_refused(tmp_path):
    # In UTF-7, "<!DOCTYPE" can be written "+ADw-!DOCTYPE": no byte search would find it.
    path = _rewrite(_workbook(tmp_path / "utf7.xlsx"), SHEET,
                    lambda xml: b'<?xml version="1.0" encoding="UTF-7"?>' + xml.removeprefix(
                        xml[: xml.index(b"?>") + 2] if xml.startswith(b"<?xml") else b""))
    assert _refusal(path) == (f"{path.name} was refused: the workbook's part {SHEET} is written in the text encoding "
                              "'utf-7', and workbooks use UTF-8 or UTF-16; Atlas refuses it for safety. Open it in "
                              "your spreadsheet program and save it again as .xlsx.")


def test_a_damaged_compressed_part_is_reported_not_raised(tmp_path):
    path = _workbook(tmp_path / "damaged.xlsx")
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(SHEET)
    data = bytearray(path.read_bytes())
    name_len = int.from_bytes(data[info.header_offset + 26: info.header_offset + 28], "little")
    extra_len = int.from_bytes(data[info.header_offset + 28: info.header_offset + 30], "little")
    start = info.header_offset + 30 + name_len + extra_len
    data[start] = 0xFF  # a deflate block of the reserved type: the stream cannot be unpacked
    path.write_bytes(bytes(data))
    assert _refusal(path).startswith(f"{path.name} is damaged: its part {SHEET} cannot be unpacked (")


def test_a_large_sound_workbook_with_comments_and_pictures_opens(tmp_path):
    # Parts bigger than one chunk, a long comment, and a binary part that happens to hold the bytes of
    # "<!DOCTYPE" (pictures are not XML and are never parsed) are all fine.
    path = _rewrite(_workbook(tmp_path / "sound.xlsx", rows=5_000), SHEET,
                    lambda xml: _after_declaration(xml, b"<!--" + b"c" * 5 * 1024 + b"-->"))
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr("xl/media/image1.png", b"\x89PNG\r\n\x1a\n" + b"<!DOCTYPE" + bytes(100))
    with zipfile.ZipFile(path) as zf:
        assert zf.getinfo(SHEET).file_size > 2 * xlsx_read._CHUNK
    with Workbook(path) as book:
        rows = list(book.rows(book.sheet_names[0]))
    assert len(rows) == 5_001 and rows[-1][1][0].value == "Processor 4999"
