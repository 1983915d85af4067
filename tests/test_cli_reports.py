"""`atlas report`, `atlas verify` and `atlas cert`: real reports from a real demo register, checked offline."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import stat
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from conftest import run_cli

from atlas_desktop import cli
from atlas_desktop.cli import reports as cli_reports
from atlas_desktop.exports.reports import REPORT_KINDS
from atlas_desktop.storage.certificate import load
from atlas_desktop.storage.demo import DEMO_PASSPHRASE, create_demo
from atlas_desktop.storage.register import Register


run = run_cli


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[Path, Path]:
    """A demo register (closed) and a file holding its passphrase."""
    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ATLAS_KDF_SECONDS", "0")
        reg, _ = create_demo(folder / "demo.atlas")
    reg.close()
    secret = folder / "pp"
    secret.write_text(DEMO_PASSPHRASE)
    return folder / "demo.atlas", secret


@pytest.fixture
def unlock(demo) -> list[str]:
    path, secret = demo
    return ["--register", str(path), "--passphrase-file", str(secret)]


@pytest.fixture(scope="module")
def ropa(demo, tmp_path_factory) -> Path:
    path, secret = demo
    out = tmp_path_factory.mktemp("out") / "ropa.pdf"
    assert cli.main(["report", "ropa", "--register", str(path), "--passphrase-file", str(secret),
                     "--out", str(out)]) == 0
    return out


def test_the_parser_knows_every_report_kind():
    assert cli_reports.KINDS == tuple(REPORT_KINDS)


def test_report_writes_a_signed_pdf_and_says_so(ropa, demo, capsys):
    assert ropa.read_bytes().startswith(b"%PDF")
    with Register.open(demo[0], passphrase=DEMO_PASSPHRASE) as reg:
        subject = load(reg).subject
        assert subject == reg.meta("org_name")
    code, out, _ = run(capsys, "verify", str(ropa), "--register", str(demo[0]), "--passphrase-file", str(demo[1]))
    assert code == 0
    assert f"Signer:             {subject}" in out


@pytest.mark.parametrize("kind", ["dpia", "breach"])
def test_a_record_report_needs_an_id_before_anything_is_unlocked(kind, tmp_path, demo, capsys):
    code, out, err = run(capsys, "report", kind, "--register", str(demo[0]), "--out", str(tmp_path / "x.pdf"))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "--id" in err and f"atlas list {kind}" in err
    assert not (tmp_path / "x.pdf").exists()


def test_report_id_errors_are_one_line(tmp_path, unlock, capsys):
    code, _, err = run(capsys, "report", "training", *unlock, "--id", "3", "--out", str(tmp_path / "x.pdf"))
    assert code == 2 and "--id goes with dpia and breach only" in err
    code, _, err = run(capsys, "report", "breach", *unlock, "--id", "99", "--out", str(tmp_path / "x.pdf"))
    assert (code, err) == (2, "atlas: There is no breach #99.\n")
    code, _, err = run(capsys, "report", "dpia", *unlock, "--id", "1", "--out", str(tmp_path / "no" / "x.pdf"))
    assert code == 2 and "does not exist" in err
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("kind", ["breach", "breach-anspdcp", "breach-cnil", "dpia", "rights-requests"])
def test_every_kind_from_the_command_line_verifies(kind, tmp_path, unlock, capsys):
    extra = ["--id", "1"] if REPORT_KINDS[kind].entity else []
    out_file = tmp_path / f"{kind}.pdf"
    code, out, err = run(capsys, "report", kind, *unlock, *extra, "--out", str(out_file))
    assert (code, err) == (0, "")
    assert out.startswith(f"Wrote {out_file}, signed by ")
    code, out, _ = run(capsys, "verify", str(out_file), *unlock)
    assert code == 0 and "Result:             VALID" in out


def test_verify_prints_every_fact_and_exits_0_for_a_valid_report(ropa, unlock, capsys):
    code, out, _ = run(capsys, "verify", str(ropa), *unlock)
    assert code == 0
    lines = dict(line.split(":", 1) for line in out.splitlines() if line and not line.startswith(" "))
    assert lines["Intact"].strip().startswith("yes")
    assert lines["Trusted"].strip().startswith("yes")
    assert lines["Covers whole file"].strip().startswith("yes")
    assert lines["Signing time"].strip()[:4].isdigit()
    count, head = lines["Audit anchor"].strip().split(":")
    assert int(count) > 0 and len(head) == 64
    code, out, _ = run(capsys, "audit", "verify", *unlock, "--anchor", f"{count}:{head}")
    assert code == 0


def test_cert_export_then_verify_with_the_certificate_file(ropa, unlock, tmp_path, capsys):
    pem = tmp_path / "org.pem"
    code, out, _ = run(capsys, "cert", "export", *unlock, "--out", str(pem))
    assert code == 0 and "SHA-256 fingerprint:" in out
    cert = x509.load_pem_x509_certificate(pem.read_bytes())
    assert stat.S_IMODE(pem.stat().st_mode) == 0o644
    assert cert.fingerprint(hashes.SHA256()).hex(":").upper() in out
    code, out, _ = run(capsys, "verify", str(ropa), "--cert", str(pem))
    assert code == 0 and "Trusted:            yes" in out
    code, _, err = run(capsys, "verify", str(ropa), "--cert", str(pem), *unlock)
    assert code == 2 and "not both" in err


def test_verify_exits_1_for_a_changed_byte_an_appended_update_or_a_foreign_certificate(ropa, unlock, tmp_path,
                                                                                        capsys):
    data = ropa.read_bytes()
    changed = tmp_path / "changed.pdf"
    at = len(data) // 3
    changed.write_bytes(data[:at] + bytes([data[at] ^ 0x20]) + data[at + 1:])
    code, out, _ = run(capsys, "verify", str(changed), *unlock)
    assert code == 1 and "NOT VALID" in out and "Intact:             NO" in out

    appended = tmp_path / "appended.pdf"
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    info = writer.trailer["/Info"]
    info[generic.NameObject("/Author")] = generic.TextStringObject("Somebody else")
    writer.update_container(info)
    buffer = io.BytesIO()
    writer.write(buffer)
    appended.write_bytes(buffer.getvalue())
    code, out, _ = run(capsys, "verify", str(appended), *unlock)
    assert code == 1 and "Covers whole file:  NO" in out and "Intact:             yes" in out

    foreign = tmp_path / "foreign.pem"
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Someone Else")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(1).not_valid_before(now).not_valid_after(now + dt.timedelta(days=9))
            .sign(key, hashes.SHA256()))
    foreign.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    code, out, _ = run(capsys, "verify", str(ropa), "--cert", str(foreign))
    assert code == 1 and "Trusted:            NO" in out and "Intact:             yes" in out


def test_verify_usage_errors_exit_2(tmp_path, capsys):
    code, _, err = run(capsys, "verify", str(tmp_path / "missing.pdf"), "--cert", str(tmp_path / "c.pem"))
    assert code == 2 and "There is no file" in err
    (tmp_path / "r.pdf").write_bytes(b"%PDF-1.7\n")
    code, _, err = run(capsys, "verify", str(tmp_path / "r.pdf"), "--cert", str(tmp_path / "c.pem"))
    assert code == 2 and "Cannot read the certificate" in err


def test_cert_import_signs_new_reports_with_the_imported_certificate(demo, tmp_path, capsys):
    # A copy of the demo, so the module's other tests keep the self-signed certificate.
    path = tmp_path / "copy.atlas"
    shutil.copy(demo[0], path)
    shutil.copy(Path(str(demo[0]) + ".keys"), Path(str(path) + ".keys"))
    unlock = ["--register", str(path), "--passphrase-file", str(demo[1])]
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Dobrogea Link (CA-issued)")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(5).not_valid_before(now).not_valid_after(now + dt.timedelta(days=99))
            .sign(key, hashes.SHA256()))
    p12 = tmp_path / "org.p12"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(b"org", key, cert, None,
                                                          serialization.BestAvailableEncryption(b"pfx-pass")))
    wrong = tmp_path / "wrong"
    wrong.write_text("nope\n")
    code, _, err = run(capsys, "cert", "import", *unlock, "--p12", str(p12), "--p12-password-file", str(wrong))
    assert code == 2 and err.count("\n") == 1 and "password is wrong" in err
    right = tmp_path / "right"
    right.write_text("pfx-pass\n")
    code, out, _ = run(capsys, "cert", "import", *unlock, "--p12", str(p12), "--p12-password-file", str(right))
    assert code == 0 and "Dobrogea Link (CA-issued)" in out
    report = tmp_path / "t.pdf"
    assert run(capsys, "report", "training", *unlock, "--out", str(report))[0] == 0
    code, out, _ = run(capsys, "verify", str(report), *unlock)
    assert code == 0 and "Signer:             Dobrogea Link (CA-issued)" in out


def test_verify_of_an_unsigned_pdf_says_so_in_one_sentence(unlock, tmp_path, capsys):
    from reportlab.pdfgen.canvas import Canvas

    plain = tmp_path / "plain.pdf"
    canvas = Canvas(str(plain))
    canvas.drawString(72, 720, "Not signed")
    canvas.save()
    code, out, _ = run(capsys, "verify", str(plain), *unlock)
    # The reason is a sentence of its own: the line ends with its one full stop, not two.
    assert code == 1 and "NOT VALID: The file has no signature.\n" in out
