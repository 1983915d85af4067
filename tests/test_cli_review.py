"""`atlas review`: a whole annual review of the demo register from a terminal, down to a pack checked by hand."""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from conftest import run_cli

from atlas_desktop.exports.review_pack import MANIFEST, PACK_FILES, REVIEW_PDF, ROPA_PDF, WORKBOOK, check_pack
from atlas_desktop.exports.signing import verify_pdf
from atlas_desktop.storage.certificate import all_certificates
from atlas_desktop.storage.demo import DEMO_PASSPHRASE, create_demo
from atlas_desktop.storage.register import Register


run = run_cli


@pytest.fixture
def unlock(tmp_path) -> list[str]:
    reg, _ = create_demo(tmp_path / "demo.atlas")
    reg.close()
    (tmp_path / "pp").write_text(DEMO_PASSPHRASE)
    return ["--register", str(tmp_path / "demo.atlas"), "--passphrase-file", str(tmp_path / "pp")]


def _status(capsys, unlock) -> dict:
    code, out, err = run(capsys, "review", "status", "--json", *unlock)
    assert code == 0, err
    return json.loads(out)


def _unzip(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _text(pdf: bytes) -> str:
    return " ".join((page.extract_text() or "") for page in PdfReader(io.BytesIO(pdf)).pages)


def _confirm_all(capsys, unlock) -> None:
    """--all, then each item it leaves (they need attention) on its own, with a note."""
    run(capsys, "review", "confirm", "--all", *unlock)
    left = [str(i["id"]) for i in _status(capsys, unlock)["items"] if i["decision"] == "open"]
    if left:
        assert run(capsys, "review", "confirm", *left, "--note", "Looked at one by one", *unlock)[0] == 0


def test_confirm_all_leaves_the_items_that_need_attention_and_each_needs_a_note(unlock, capsys):
    assert run(capsys, "review", "start", *unlock)[0] == 0
    total = _status(capsys, unlock)["total"]
    code, out, err = run(capsys, "review", "confirm", "--all", *unlock)
    status = _status(capsys, unlock)
    left = [i for i in status["items"] if i["decision"] == "open"]
    # The demo has overdue reviews, a breach whose Art. 33(1) clock runs and gaps: --all leaves them, says how
    # many and why, and exits 1 (a problem found).
    assert code == 1 and left and status["counts"]["confirmed"] == total - len(left)
    assert f"{len(left)} need your attention" in out and "confirm it with a note" in out
    assert "needs attention: " in out and "Art. 33(1), 34(1)" in out and "Traceback" not in err
    for item in left:
        assert f"[{item['id']:>4}] {item['title']}" in out
    assert all(i["note"] == "Confirmed in bulk with the other remaining items" and i["decided_by"]
               for i in status["items"] if i["decision"] == "confirmed")
    # One by one: refused without a note (exit 2, what to do), kept with the note and who gave it.
    code, _, err = run(capsys, "review", "confirm", str(left[0]["id"]), *unlock)
    assert code == 2 and "needs your attention" in err and "--note" in err and "Traceback" not in err
    code, _, err = run(capsys, "review", "confirm", str(left[0]["id"]), "--note", "  ", *unlock)
    assert code == 2 and "needs your attention" in err
    code, out, _ = run(capsys, "review", "confirm", str(left[0]["id"]), "--note", "Owner checked it today", *unlock)
    assert code == 0 and "Confirmed 1 item as unchanged." in out
    item = next(i for i in _status(capsys, unlock)["items"] if i["id"] == left[0]["id"])
    assert item["decision"] == "confirmed" and item["note"] == "Owner checked it today" and item["decided_by"]
    # The status lists what is left with why.
    code, out, _ = run(capsys, "review", "status", *unlock)
    assert code == 0 and out.count("needs attention: ") >= len(left) - 1


def test_a_full_review_from_start_to_pack(unlock, tmp_path, capsys):
    code, out, err = run(capsys, "review", "start", *unlock)
    assert code == 0, err
    assert "Started Annual review" in out and "Processing activities (Art. 30(1))" in out
    status = _status(capsys, unlock)
    total = status["total"]
    assert status["counts"] == {"open": total, "confirmed": 0, "updated": 0, "retired": 0} and total > 20

    # Closing with items open is refused, says why, and writes nothing.
    pack = tmp_path / "pack.zip"
    code, out, _ = run(capsys, "review", "close", "--out", str(pack), *unlock)
    assert code == 1 and f"{total} items are still open" in out and not pack.exists()

    retired = next(i for i in status["items"] if i["entity"] == "policy")
    assert run(capsys, "review", "retire", str(retired["id"]), "--note", "Merged into the main policy", *unlock)[0] == 0
    edited = next(i for i in status["items"] if i["entity"] == "activity")
    assert run(capsys, "edit", "activity", str(edited["record"]), "--set", "owner=Office manager", *unlock)[0] == 0
    _confirm_all(capsys, unlock)
    code, out, _ = run(capsys, "review", "status", *unlock)
    assert f"{total} of {total} reviewed" in out
    status = _status(capsys, unlock)
    assert status["counts"] == {"open": 0, "confirmed": total - 2, "updated": 1, "retired": 1}

    code, out, err = run(capsys, "review", "close", "--out", str(pack), *unlock)
    assert code == 0, err
    files = _unzip(pack)
    assert set(files) == {*PACK_FILES, MANIFEST}
    listed = {line.split("  ")[1]: line.split("  ")[0]
              for line in files[MANIFEST].decode().splitlines() if line and not line.startswith("#")}
    assert listed == {name: hashlib.sha256(files[name]).hexdigest() for name in PACK_FILES}
    assert check_pack(pack.read_bytes()) == []
    assert files[WORKBOOK].startswith(b"PK")

    # Both PDFs verify against the organisation's certificate.
    with Register.open(Path(unlock[1]), passphrase=DEMO_PASSPHRASE) as reg:
        certs = all_certificates(reg)
    for name in (REVIEW_PDF, ROPA_PDF):
        (tmp_path / name).write_bytes(files[name])
        result = verify_pdf(tmp_path / name, certs)
        assert result.ok and result.covers_whole_file, (name, result.problem)
    text = _text(files[REVIEW_PDF])
    assert "Annual data protection review" in text and "Executive summary" in text
    assert "Sign-off by management" in text and "first review" in text

    # The review is now closed, listed, and its pack can be written again, byte for byte.
    code, out, _ = run(capsys, "review", "list", "--json", *unlock)
    (listed_review,) = json.loads(out)
    assert listed_review["status"] == "closed" and listed_review["pack_sha256"] == hashlib.sha256(
        pack.read_bytes()).hexdigest()
    again = tmp_path / "again.zip"
    assert run(capsys, "review", "pack", "--out", str(again), *unlock)[0] == 0
    assert again.read_bytes() == pack.read_bytes()
    assert _status(capsys, unlock)["in_progress"] is None

    # A second review shows what changed since the first.
    assert run(capsys, "review", "start", *unlock)[0] == 0
    second = _status(capsys, unlock)
    assert second["total"] == total - 1  # the retired policy is not reviewed again
    activity = next(i for i in second["items"] if i["entity"] == "activity")
    assert run(capsys, "edit", "activity", str(activity["record"]), "--set", "description=Now with e-invoicing",
               *unlock)[0] == 0
    code, out, _ = run(capsys, "review", "status", *unlock)
    assert "Changes since the previous review" in out and re.search(rf"Changed: +{re.escape(activity['title'])}", out)
    assert "Description" in out
    _confirm_all(capsys, unlock)
    pack2 = tmp_path / "pack2.zip"
    assert run(capsys, "review", "close", "--out", str(pack2), *unlock)[0] == 0
    text2 = _text(_unzip(pack2)[REVIEW_PDF])
    assert "Changes since the previous review" in text2 and activity["title"] in text2
    assert "first review" not in text2


def test_review_commands_without_a_review_say_what_to_do(unlock, tmp_path, capsys):
    code, out, _ = run(capsys, "review", "status", *unlock)
    assert code == 0 and "No review is in progress" in out
    code, _, err = run(capsys, "review", "confirm", "--all", *unlock)
    assert code == 2 and "No review is in progress" in err and "Traceback" not in err
    code, _, err = run(capsys, "review", "pack", "--out", str(tmp_path / "p.zip"), *unlock)
    assert code == 2 and "no pack" in err


def test_unknown_items_and_double_decisions_are_refused_plainly(unlock, capsys):
    assert run(capsys, "review", "start", *unlock)[0] == 0
    code, _, err = run(capsys, "review", "confirm", "99999", *unlock)
    assert code == 2 and "has no item 99999" in err
    first = _status(capsys, unlock)["items"][0]
    assert run(capsys, "review", "retire", str(first["id"]), *unlock)[0] == 0
    code, _, err = run(capsys, "review", "confirm", str(first["id"]), *unlock)
    assert code == 2 and "already retired" in err
    code, _, err = run(capsys, "review", "confirm", *unlock)
    assert code == 2 and "--all" in err
