"""The review pack: what it holds, its manifest, and the file name it suggests."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pytest

from atlas_desktop.core import review as rv
from atlas_desktop.core.errors import UsageError
from atlas_desktop.exports.review_pack import MANIFEST, REVIEW_PDF, check_pack, close_review, pack_name, write_pack
from atlas_desktop.storage.demo import create_demo
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.reviews import Reviews


@pytest.fixture(scope="module")
def closed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pack")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ATLAS_KDF_SECONDS", "0")
        reg, _ = create_demo(folder / "demo.atlas")
    reg.actor = "Maria Popescu"
    records = Records(reg)
    started = Reviews(records).start()
    Reviews(records).confirm(None)
    Reviews(records).confirm([i.id for i in Reviews(records).items(started.id, decision=rv.OPEN)],
                             note="Owner checked; date set next week")
    review = close_review(records, now=dt.datetime(2026, 11, 22, 9, tzinfo=dt.UTC))
    yield records, review, folder
    reg.close()


def _rezip(data: bytes, change: dict[str, bytes | None]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            content = change.get(name, src.read(name))
            if content is not None:
                dst.writestr(name, content)
    return out.getvalue()


def test_the_manifest_catches_a_changed_or_missing_file(closed):
    records, review, _ = closed
    _name, data = Reviews(records).pack(review.id)
    assert check_pack(data) == []
    assert check_pack(_rezip(data, {REVIEW_PDF: b"%PDF-1.7 forged"})) == [
        f"{REVIEW_PDF} does not match its hash in the manifest."]
    assert f"{REVIEW_PDF} is missing from the pack." in check_pack(_rezip(data, {REVIEW_PDF: None}))
    assert check_pack(_rezip(data, {MANIFEST: None})) == [f"The pack has no {MANIFEST}."]
    assert check_pack(b"not a zip") == ["This is not a zip file."]


def test_the_manifest_names_the_review_and_the_audit_state(closed):
    records, review, _ = closed
    _name, data = Reviews(records).pack(review.id)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        manifest = archive.read(MANIFEST).decode()
    assert manifest.startswith(f"# Atlas Desktop review pack: {review.title}, ")
    assert "# Audit trail when the pack was made: " in manifest


def test_write_pack_refuses_folders_and_the_register_itself(closed):
    records, review, folder = closed
    with pytest.raises(UsageError, match="is a folder"):
        write_pack(records, review.id, folder)
    with pytest.raises(UsageError, match="register's own file"):
        write_pack(records, review.id, records.reg.path)
    with pytest.raises(UsageError, match="does not exist"):
        write_pack(records, review.id, folder / "missing" / "p.zip")


def test_pack_names_are_safe_file_names():
    review = rv.Review(1, "Annual review 2026", rv.CLOSED, dt.datetime(2026, 1, 1, tzinfo=dt.UTC), "me",
                       rv.Period(dt.date(2025, 1, 1), dt.date(2026, 1, 1)), 1, "00")
    assert pack_name('Acme/Co: "North"', review) == "Acme Co North - Annual review 2026.zip"
    assert pack_name("", review) == "Annual review 2026.zip"


def test_the_signed_review_says_who_confirmed_what_with_their_note(closed):
    """The pack records the decisions: by whom, on which day, the note of an item confirmed one by one, and
    "In bulk" for those confirmed together; and the breach whose Art. 33(1) clock still ran at the close."""
    from pypdf import PdfReader

    records, review, _ = closed
    _name, data = Reviews(records).pack(review.id)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        pdf = PdfReader(io.BytesIO(archive.read(REVIEW_PDF)))
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in pdf.pages)
    items = Reviews(records).items(review.id)
    one_by_one = [i for i in items if i.note == "Owner checked; date set next week"]
    in_bulk = [i for i in items if i.note and i.note.startswith("Confirmed in bulk")]
    assert one_by_one and in_bulk and all(i.decided_by == "Maria Popescu" for i in items)
    assert "Maria Popescu" in text and "Owner checked; date set next week" in text
    assert text.count("In bulk") >= len(in_bulk)
    assert "Breaches with a clock still running (Art. 33(1), 34(1))" in text
    assert "Phishing: support mailbox accessed" in text and "still undecided" not in text
