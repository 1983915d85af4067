"""Evidence files kept encrypted inside the register: add, list, read, save as, the 25 MB limit,
audit entries that carry the checksum and never the content, and a backup/restore round trip."""

from __future__ import annotations

import hashlib
import json
import os

import pytest
from conftest import PASSPHRASE

from atlas_desktop.core.errors import NotFound, StorageError, UsageError
from atlas_desktop.storage import backups, restore
from atlas_desktop.storage.attachments import MAX_BYTES, Attachments
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.register import Register

CONTENT = b"%PDF-1.7\nSigned DPA between Acme Logistics SRL and PayCo. Canary-Evidence-8f2c41d9e7\n"
CANARY = b"Canary-Evidence-8f2c41d9e7"
SQLITE_HEADER = b"SQLite format 3\x00"


@pytest.fixture
def reg(new_register) -> Register:
    return new_register[0]


@pytest.fixture
def processor(reg) -> int:
    return Records(reg).create("processor", {"name": "PayCo"})


@pytest.fixture
def files(reg) -> Attachments:
    return Attachments(reg)


def audit_count(reg: Register) -> int:
    return reg.db.execute_sql("SELECT count(*) FROM audit_entry").fetchone()[0]


def attachment_rows(reg: Register) -> int:
    return reg.db.execute_sql("SELECT count(*) FROM attachment").fetchone()[0]


def test_add_list_info_and_read(files, processor):
    first = files.add("processor", processor, CONTENT, "dpa.pdf", note="Signed 2025-04-01")
    second = files.add("processor", processor, b"\x89PNG\r\n", "screenshot.png")
    listed = files.list("processor", processor)
    assert [a.id for a in listed] == [first, second]
    info = listed[0]
    assert (info.entity, info.record, info.filename, info.media_type, info.size, info.note, info.added_by) == (
        "processor", processor, "dpa.pdf", "application/pdf", len(CONTENT), "Signed 2025-04-01", "tester")
    assert info.sha256 == hashlib.sha256(CONTENT).hexdigest()
    assert info.added_at.endswith("Z")
    assert files.info(second).media_type == "image/png"
    assert files.read(first) == CONTENT
    assert files.read(second) == b"\x89PNG\r\n"
    assert files.list("processor", processor + 1) == []
    assert files.list("activity", processor) == []


def test_add_is_audited_with_the_checksum_not_the_content(reg, files, processor):
    aid = files.add("processor", processor, CONTENT, "dpa.pdf")
    entry = list(reg.audit.entries())[-1]
    assert (entry.action, entry.entity, entry.record, entry.before) == ("create", "attachment", str(aid), None)
    assert entry.after == {"entity": "processor", "record": processor, "filename": "dpa.pdf", "size": len(CONTENT),
                           "sha256": hashlib.sha256(CONTENT).hexdigest(), "note": None}


def test_unknown_type_of_file_is_octet_stream(files, processor):
    aid = files.add("processor", processor, b"data", "export.atlasdata")
    assert files.info(aid).media_type == "application/octet-stream"


def test_missing_attachment(files):
    with pytest.raises(NotFound, match=r"^There is no attachment #7\.$"):
        files.info(7)
    with pytest.raises(NotFound, match=r"^There is no attachment #7\.$"):
        files.read(7)
    with pytest.raises(NotFound):
        files.remove(7)


# -- the record it belongs to --------------------------------------------------------------------------------
def test_attaching_to_an_unknown_record_is_refused_and_writes_nothing(reg, files, processor):
    entries, rows = audit_count(reg), attachment_rows(reg)
    with pytest.raises(NotFound, match=r"^There is no processor #99 to attach a file to\.$"):
        files.add("processor", 99, CONTENT, "dpa.pdf")
    with pytest.raises(NotFound, match=r"^There is no breach #1 to attach a file to\.$"):
        files.add("breach", 1, CONTENT, "dpa.pdf")
    with pytest.raises(UsageError, match=r"^There is no register called 'supplier'"):
        files.add("supplier", processor, CONTENT, "dpa.pdf")
    assert audit_count(reg) == entries and attachment_rows(reg) == rows


# -- file names ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("given", "stored"), [
    ("../../x", "x"),
    ("..\\..\\Windows\\evil.exe", "evil.exe"),
    ("/etc/passwd", "passwd"),
    ("  contract final.pdf  ", "contract final.pdf"),
    ("bad\x00name\x1b.pdf", "badname.pdf"),
    ("a" * 300 + ".pdf", "a" * 196 + ".pdf"),
])
def test_file_names_are_reduced_to_a_plain_name(files, processor, given, stored):
    assert files.info(files.add("processor", processor, b"x", given)).filename == stored


@pytest.mark.parametrize("name", ["", "   ", "..", "../..", "folder/..", "\x00\x01"])
def test_a_file_name_is_needed(files, processor, name):
    with pytest.raises(UsageError, match=r"^The attachment needs a file name\.$"):
        files.add("processor", processor, b"x", name)


# -- save as ---------------------------------------------------------------------------------------------------
def test_save_as_into_a_folder_stays_inside_it(files, processor, tmp_path):
    aid = files.add("processor", processor, CONTENT, "../../x")
    out = tmp_path / "export"
    out.mkdir()
    written = files.save_as(aid, out)
    assert written == out / "x"
    assert written.read_bytes() == CONTENT
    assert sorted(p.name for p in out.iterdir()) == ["x"]  # nothing else, no temporary file left
    assert not (tmp_path.parent / "x").exists()


def test_save_as_to_a_file_path_replaces_it_atomically(files, processor, tmp_path):
    aid = files.add("processor", processor, CONTENT, "dpa.pdf")
    out = tmp_path / "export"
    out.mkdir()
    target = out / "copy.pdf"
    target.write_bytes(b"old")
    assert files.save_as(aid, target) == target
    assert target.read_bytes() == CONTENT
    assert sorted(p.name for p in out.iterdir()) == ["copy.pdf"]


def test_save_as_into_a_missing_folder_is_a_storage_error(files, processor, tmp_path):
    aid = files.add("processor", processor, CONTENT, "dpa.pdf")
    with pytest.raises(StorageError, match="^Cannot write "):
        files.save_as(aid, tmp_path / "nowhere" / "dpa.pdf")


def test_add_file_reads_from_disk(files, processor, tmp_path):
    source = tmp_path / "iso-27001.pdf"
    source.write_bytes(CONTENT)
    aid = files.add_file("processor", processor, source, note="certificate")
    assert files.info(aid).filename == "iso-27001.pdf" and files.read(aid) == CONTENT
    with pytest.raises(StorageError, match="^Cannot read .*absent.pdf"):
        files.add_file("processor", processor, tmp_path / "absent.pdf")


# -- the 25 MB limit -------------------------------------------------------------------------------------------
def test_exactly_25_mb_is_accepted(files, processor):
    data = bytes(MAX_BYTES)
    aid = files.add("processor", processor, data, "scan.tiff")
    info = files.info(aid)
    assert info.size == MAX_BYTES == 25 * 1024 * 1024
    assert info.sha256 == hashlib.sha256(data).hexdigest()


def test_one_byte_over_25_mb_is_refused_with_a_clear_message(reg, files, processor):
    entries = audit_count(reg)
    with pytest.raises(UsageError) as info:
        files.add("processor", processor, bytes(MAX_BYTES + 1), "scan.tiff")
    assert str(info.value) == ("scan.tiff is too large (26,214,401 bytes, 25.0 MB); attachments can be at most "
                               "25 MB (26,214,400 bytes).")
    assert attachment_rows(reg) == 0 and audit_count(reg) == entries


def test_a_large_file_on_disk_is_refused_before_reading_it(files, processor, tmp_path):
    big = tmp_path / "video.mp4"
    with open(big, "wb") as handle:  # sparse: no 25 MB written
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(UsageError, match=r"^video\.mp4 is too large \(26,214,401 bytes"):
        files.add_file("processor", processor, big)


# -- remove ----------------------------------------------------------------------------------------------------
def test_remove_is_audited_with_the_checksum_and_never_the_content(reg, files, processor):
    aid = files.add("processor", processor, CONTENT, "dpa.pdf", note="v2")
    files.remove(aid)
    assert files.list("processor", processor) == []
    entry = list(reg.audit.entries())[-1]
    assert (entry.action, entry.entity, entry.record, entry.after) == ("delete", "attachment", str(aid), None)
    assert entry.before == {"entity": "processor", "record": processor, "filename": "dpa.pdf", "size": len(CONTENT),
                            "sha256": hashlib.sha256(CONTENT).hexdigest(), "note": "v2"}
    raw_trail = json.dumps(reg.db.execute_sql("SELECT before, after FROM audit_entry").fetchall())
    assert CANARY.decode() not in raw_trail
    assert reg.audit.verify().ok


def test_remove_all_removes_only_that_records_files(files, processor, reg):
    other = Records(reg).create("processor", {"name": "HostCo"})
    files.add("processor", processor, b"one", "1.pdf")
    files.add("processor", processor, b"two", "2.pdf")
    kept = files.add("processor", other, b"three", "3.pdf")
    files.remove_all("processor", processor)
    assert files.list("processor", processor) == []
    assert [a.id for a in files.list("processor", other)] == [kept]


def test_damaged_content_is_refused_on_read(reg, files, processor):
    aid = files.add("processor", processor, CONTENT, "dpa.pdf")
    reg.db.execute_sql("UPDATE attachment SET data = ? WHERE id = ?", (b"tampered", aid))
    with pytest.raises(StorageError, match=rf"^Attachment #{aid} does not match its recorded checksum\.$"):
        files.read(aid)


# -- encrypted inside the register ------------------------------------------------------------------------------
def test_attachment_content_is_not_in_the_register_file(reg, files, processor, register_path):
    files.add("processor", processor, CONTENT, "dpa.pdf")
    reg.close()
    raw = register_path.read_bytes()
    assert not raw.startswith(SQLITE_HEADER)
    assert CANARY not in raw and b"Signed DPA" not in raw
    assert sorted(os.listdir(register_path.parent)) == ["office.atlas", "office.atlas.keys"]  # nothing beside it
    with Register.open(register_path, passphrase=PASSPHRASE) as again:
        [info] = Attachments(again).list("processor", processor)
        assert Attachments(again).read(info.id) == CONTENT


def test_attachments_survive_a_backup_and_restore(reg, files, processor, register_path, tmp_path):
    aid = files.add("processor", processor, CONTENT, "dpa.pdf")
    folder = tmp_path / "backups"
    backup = backups.make_backup(reg, backup_dir=folder)
    assert CANARY not in backup.read_bytes()
    files.remove(aid)
    reg.close()
    restore.restore_backup(register_path, backup, passphrase=PASSPHRASE, backup_dir=folder)
    with Register.open(register_path, passphrase=PASSPHRASE) as again:
        restored = Attachments(again)
        assert [a.id for a in restored.list("processor", processor)] == [aid]
        assert restored.read(aid) == CONTENT
        assert again.audit.verify().ok


def test_a_very_long_non_ascii_name_is_shortened_in_bytes_and_keeps_its_extension(new_register, tmp_path):
    from atlas_desktop.storage.attachments import MAX_NAME_BYTES, Attachments
    from atlas_desktop.storage.records import Records

    reg, _ = new_register
    rid = Records(reg).create("processor", {"name": "PayCo"})
    store = Attachments(reg)
    attachment = store.add("processor", rid, b"scan", "ș" * 300 + ".pdf")
    name = store.info(attachment).filename
    assert name.endswith(".pdf") and len(name.encode("utf-8")) <= MAX_NAME_BYTES
    saved = store.save_as(attachment, tmp_path)
    assert saved.read_bytes() == b"scan"
