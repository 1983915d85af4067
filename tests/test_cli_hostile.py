"""The `atlas` command and hostile input: plain refusals for what is typed or passed in, and nothing the
register holds can drive the terminal when printed (atlas_desktop/cli/output.py)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PASSPHRASE, run_cli

from atlas_desktop.cli import output as cli_output
from atlas_desktop.core import limits
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.register import Register

run = run_cli
ROOT = Path(__file__).resolve().parents[1]
# An OSC sequence that retitles the terminal window, and a right-to-left override that reverses what follows.
HOSTILE_TITLE = "Evil\x1b]0;owned\x07 \u202etxt.exe\x9b2J\x7f"


@pytest.fixture
def reg_path(new_register, register_path, monkeypatch) -> Path:
    reg, _ = new_register
    Records(reg).save_organisation({"time_zone": "Europe/Bucharest"})
    reg.close()
    monkeypatch.setenv("ATLAS_PASSPHRASE", PASSPHRASE)
    return register_path


def _stored_hostile_breach(path: Path) -> int:
    """A breach whose title holds control characters, written as a register from before the rule would hold it."""
    with Register.open(path, passphrase=PASSPHRASE) as reg:
        records = Records(reg)
        rid = records.create("breach", {"title": "Placeholder", "description": "D",
                                        "aware_at": records.context().now})
        reg.db.execute_sql('UPDATE "breach" SET "title" = ?, "description" = ? WHERE "id" = ?',
                           (HOSTILE_TITLE, "line one\r\x1b[2Kline two", rid))
    return rid


# -- what is typed or passed in --------------------------------------------------------------------------
def test_a_far_future_awareness_time_is_refused_naming_the_field(reg_path, capsys):
    code, out, err = run(capsys, "add", "breach", "--register", str(reg_path), "--set", "title=T",
                         "--set", "description=D", "--set", "aware_at=9999-12-31 23:59")
    assert (code, out) == (2, "")
    assert err == ("atlas: Became aware at (aware_at): 9999-12-31 is outside the dates Atlas accepts "
                   "(1900–2200).\n")


def test_deeply_nested_json_is_refused_plainly(reg_path, tmp_path, capsys):
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000)
    code, _, err = run(capsys, "add", "breach", "--register", str(reg_path), "--from-json", str(deep))
    assert code == 2
    assert err == f"atlas: Cannot read {deep}: the JSON is nested too deeply (more than 32 levels).\n"
    table = tmp_path / "table.json"  # a table value nested too deep inside an ordinary object
    table.write_text('{"title": "T", "timeline": ' + "[" * 40 + "]" * 40 + "}")
    code, _, err = run(capsys, "add", "breach", "--register", str(reg_path), "--from-json", str(table))
    assert code == 2 and "nested too deeply" in err and "Traceback" not in err


def test_huge_or_binary_json_files_are_refused_plainly(reg_path, tmp_path, capsys):
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:  # a sparse file: no 16 MB written to the test disk
        handle.truncate(limits.MAX_JSON_BYTES + 10)
    code, _, err = run(capsys, "add", "breach", "--register", str(reg_path), "--from-json", str(huge))
    assert code == 2
    assert err == f"atlas: Cannot read {huge}: it is larger than 16 MB, far more than any record holds.\n"
    binary = tmp_path / "photo.json"
    binary.write_bytes(b'{"title": "\xff\xd8\xff"}')
    code, _, err = run(capsys, "add", "breach", "--register", str(reg_path), "--from-json", str(binary))
    assert code == 2 and err == f"atlas: Cannot read {binary}: it is not UTF-8 text (byte 12 cannot be read).\n"
    code, _, err = run(capsys, "add", "breach", "--register", str(reg_path), "--from-json", str(tmp_path / "none"))
    assert code == 2 and err == f"atlas: Cannot read {tmp_path / 'none'}: No such file or directory.\n"


def test_control_characters_are_refused_on_every_cli_way_in(reg_path, tmp_path, capsys):
    values = tmp_path / "values.json"
    values.write_text(json.dumps({"title": HOSTILE_TITLE, "description": "D", "aware_at": "2026-05-04 09:00"}))
    for how in (["--from-json", str(values)], ["--set", f"title={HOSTILE_TITLE}", "--set", "description=D"],
                ["--set", "title=T", "--set", "description=D",
                 "--add", json.dumps({"at": "2026-05-04 09:00", "event": "Bell\u0007"}).join(["timeline=", ""])]):
        code, out, err = run(capsys, "add", "breach", "--register", str(reg_path), *how)
        assert (code, out) == (2, ""), how
        assert "invisible control character, U+00" in err, how
        assert "\x1b" not in err and "\x07" not in err  # the message names the character, never prints it
    with Register.open(reg_path, passphrase=PASSPHRASE) as reg:
        assert Records(reg).list("breach") == []


def test_a_skipped_or_repeated_local_time_is_refused_with_what_to_write(reg_path, capsys):
    code, _, err = run(capsys, "add", "breach", "--register", str(reg_path), "--set", "title=T",
                       "--set", "description=D", "--set", "aware_at=2026-10-25 03:30")
    assert code == 2 and "happened twice in Europe/Bucharest" in err and "03:30+03:00 (summer time" in err
    code, out, err = run(capsys, "add", "breach", "--register", str(reg_path), "--set", "title=T",
                         "--set", "description=D", "--set", "aware_at=2026-10-25 03:30+02:00")
    assert (code, err) == (0, "")
    with Register.open(reg_path, passphrase=PASSPHRASE) as reg:
        assert Records(reg).list("breach")[0]["aware_at"].isoformat() == "2026-10-25T01:30:00+00:00"


# -- what is printed -------------------------------------------------------------------------------------
def test_stored_control_characters_are_printed_as_visible_escapes(reg_path, capsys):
    rid = _stored_hostile_breach(reg_path)
    code, out, err = run(capsys, "list", "breach", "--register", str(reg_path))
    assert (code, err) == (0, "")
    assert "Evil\\u001b]0;owned\\u0007 \\u202etxt.exe" in out  # the list cuts long titles short
    shown, listed = run(capsys, "show", "breach", str(rid), "--register", str(reg_path)), out
    assert shown[0] == 0 and "\\u001b[2Kline two" in shown[1]  # (show splits lines at the CR itself)
    for printed in (listed, shown[1]):
        assert not any(ch in printed for ch in "\x1b\x07\x7f\x9b\u202e\r")


def test_json_output_stays_valid_and_decodes_to_exactly_what_is_stored(reg_path, capsys):
    rid = _stored_hostile_breach(reg_path)
    code, out, _ = run(capsys, "show", "breach", str(rid), "--register", str(reg_path), "--json")
    assert code == 0 and "\u202e" not in out and "\x9b" not in out
    assert json.loads(out)["title"] == HOSTILE_TITLE
    code, out, _ = run(capsys, "list", "breach", "--register", str(reg_path), "--json")
    assert json.loads(out)[0]["description"] == "line one\r\x1b[2Kline two"


def test_the_wrapper_writes_through_and_keeps_the_stream_interface(tmp_path):
    raw = io.BytesIO()
    inner = io.TextIOWrapper(raw, encoding="ascii", errors="backslashreplace", write_through=True)
    safe = cli_output.TerminalSafe(inner)
    assert safe.write("a\x1bb\tc\nü\u202e") == 8  # what print() was given, as for any text stream
    assert raw.getvalue() == b"a\\u001bb\tc\n\\xfc\\u202e"  # escaped first, then the stream's own error rule
    assert safe.buffer is raw and safe.encoding == "ascii" and safe.isatty() is False
    safe.buffer.write(b"\x00bytes")  # binary output goes to the stream's buffer untouched
    assert raw.getvalue().endswith(b"\x00bytes")
    with open(tmp_path / "out.txt", "w", encoding="utf-8") as handle:
        assert cli_output.TerminalSafe(handle).fileno() == handle.fileno()
    safe.close()
    assert safe.closed and inner.closed


def test_main_wraps_the_streams_once(monkeypatch, capsys):
    from atlas_desktop import cli

    assert cli.main(["fields", "breach"]) == 0
    first = sys.stdout
    assert isinstance(first, cli_output.TerminalSafe)
    cli.main(["fields", "breach"])
    assert sys.stdout is first  # not wrapped twice
    capsys.readouterr()


def test_a_reader_that_stops_early_is_not_an_error(reg_path):
    """`atlas show … | head -1`: escaped as in a terminal, and when the reader stops, the rest of the output
    has nowhere to go: exit 0 without a traceback, through the wrapped stream."""
    with Register.open(reg_path, passphrase=PASSPHRASE) as reg:
        records = Records(reg)
        long_note = "\x1bnote " * 8_000  # escaped on the way out: more than a pipe holds
        rid = records.create("breach", {"title": "Big", "description": "D", "aware_at": records.context().now})
        reg.db.execute_sql('UPDATE "breach" SET "title" = ?, "description" = ? WHERE "id" = ?',
                           ("Big\x1b]0;owned\x07", long_note, rid))
    env = {**os.environ, "ATLAS_PASSPHRASE": PASSPHRASE, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "atlas_desktop", "show", "breach", str(rid),
                             "--register", str(reg_path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                            cwd=ROOT)
    first = proc.stdout.readline()
    proc.stdout.close()  # like `head -1`
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 0, err
    assert first == f"Breach #{rid}: Big\\u001b]0;owned\\u0007\n".encode() and err == b""
