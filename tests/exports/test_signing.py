"""Signed reports: a valid one verifies; one changed byte, an appended update or a foreign certificate fail.

Every case signs a real report from a real register and checks it with pyHanko, trusting
only the certificate given (no system roots, no network).
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from conftest import ORG
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pypdf import PdfReader

from atlas_desktop.core.errors import UsageError
from atlas_desktop.exports.reports import build_report
from atlas_desktop.exports.signing import FIELD, load_certificate, verify_pdf
from atlas_desktop.storage.certificate import (
    all_certificates,
    ensure_certificate,
    import_pkcs12,
    load,
)
from atlas_desktop.storage.records import Records

NOW = dt.datetime(2026, 3, 30, 7, 30, tzinfo=dt.UTC)


@pytest.fixture
def signed(new_register, tmp_path) -> tuple[Path, object]:
    reg, _ = new_register
    records = Records(reg)
    records.save_organisation({"time_zone": "Europe/Bucharest", "email": "dpo@acme.example"})
    records.create("person", {"name": "Ana Pop", "role": "Dispatcher"})
    return build_report(records, "training", tmp_path / "training.pdf", now=NOW), reg


def _cert(reg) -> bytes:
    return load(reg).cert_pem


def _signed_ranges(path: Path) -> list[tuple[int, int]]:
    sig = PdfFileReader(io.BytesIO(path.read_bytes())).embedded_signatures[0]
    start1, length1, start2, length2 = (int(x) for x in sig.sig_object["/ByteRange"])
    return [(start1, start1 + length1), (start2, start2 + length2)]


def test_a_fresh_report_verifies_with_the_register_certificate(signed):
    path, reg = signed
    result = verify_pdf(path, _cert(reg))
    assert result.ok and result.intact and result.trusted and result.covers_whole_file
    assert result.signer == ORG
    head = reg.audit.head()
    assert result.audit_anchor == f"{head.count}:{head.head}"
    assert abs((result.signing_time - dt.datetime.now(dt.UTC)).total_seconds()) < 600
    assert result.problem == ""


def test_the_signature_is_pades_with_a_visible_box_over_the_drawn_one(signed):
    path, reg = signed
    sig = PdfFileReader(io.BytesIO(path.read_bytes())).embedded_signatures[0]
    assert sig.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    assert sig.field_name == FIELD
    reader = PdfReader(path)
    last = reader.pages[-1]
    widgets = [a.get_object() for a in last.get("/Annots", []) if a.get_object().get("/FT") == "/Sig"]
    assert len(widgets) == 1
    x1, y1, x2, y2 = (float(v) for v in widgets[0]["/Rect"])
    assert x2 - x1 > 200 and y2 - y1 > 40  # visible, not a zero-size field
    text = " ".join(last.extract_text().split())
    assert "Digitally signed (PAdES)" in text and f"Signer: {ORG}" in text and "Reason: Staff training" in text
    assert load(reg).fingerprint[:20] in text


@pytest.mark.parametrize("where", [0.1, 0.5, 0.9])
def test_one_changed_byte_anywhere_signed_fails(signed, tmp_path, where):
    path, reg = signed
    data = bytearray(path.read_bytes())
    (a1, b1), (a2, b2) = _signed_ranges(path)
    covered = list(range(a1 + 20, b1)) + list(range(a2, b2))
    offset = covered[int(len(covered) * where)]
    data[offset] ^= 0x01
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    result = verify_pdf(tampered, _cert(reg))
    assert not result.ok
    assert not result.intact
    assert result.problem


def test_a_changed_content_stream_byte_is_not_intact_but_still_readable(signed, tmp_path):
    path, reg = signed
    data = path.read_bytes()
    at = data.index(b"stream\n", 2000) + 40  # inside a compressed page or font stream
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1:])
    result = verify_pdf(tampered, _cert(reg))
    assert (result.intact, result.ok) == (False, False)
    assert result.signer == ORG  # the file still parses: it is the digest that fails
    assert "changed" in result.problem


def test_an_incremental_update_after_signing_fails(signed, tmp_path):
    path, reg = signed
    writer = IncrementalPdfFileWriter(io.BytesIO(path.read_bytes()))
    info = writer.trailer["/Info"]
    info[generic.NameObject("/Title")] = generic.TextStringObject("Edited after signing")
    writer.update_container(info)
    out = io.BytesIO()
    writer.write(out)
    updated = tmp_path / "updated.pdf"
    updated.write_bytes(out.getvalue())
    assert updated.read_bytes().startswith(path.read_bytes())  # the signed bytes are all still there
    result = verify_pdf(updated, _cert(reg))
    assert result.intact and result.trusted
    assert not result.covers_whole_file and not result.ok
    assert "added after signing" in result.problem


def test_a_foreign_certificate_is_untrusted(signed, tmp_path, register_path):
    from atlas_desktop.storage.certificate import _self_signed

    path, _ = signed
    other = _self_signed(ec.generate_private_key(ec.SECP256R1()), ORG, "RO", dt.datetime.now(dt.UTC))
    result = verify_pdf(path, other.public_bytes(serialization.Encoding.PEM))
    assert result.intact and not result.trusted and not result.ok
    assert "not the one given" in result.problem


def test_not_a_pdf_or_not_signed_is_a_failed_check_and_a_bad_certificate_a_usage_error(signed, tmp_path):
    _, reg = signed
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.7\nthis is not really a PDF\n")
    assert not verify_pdf(junk, _cert(reg)).ok
    plain = tmp_path / "plain.pdf"
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(plain))
    canvas.drawString(100, 700, "unsigned")
    canvas.save()
    result = verify_pdf(plain, _cert(reg))
    assert not result.ok and "no signature" in result.problem
    with pytest.raises(UsageError, match="certificate"):
        load_certificate(b"not a certificate")
    with pytest.raises(UsageError, match="Cannot read"):
        verify_pdf(tmp_path / "missing.pdf", _cert(reg))


def _ca_issued_p12(password: bytes) -> tuple[bytes, x509.Certificate]:
    """A PKCS#12 like a certificate authority's: an RSA key, a leaf issued by a CA, and the CA."""
    now = dt.datetime.now(dt.UTC)
    ca_key = rsa.generate_private_key(65537, 3072)
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test Qualified CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(1).not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=900))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = rsa.generate_private_key(65537, 3072)
    leaf = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Acme Logistics SRL (qualified)")]))
            .issuer_name(ca_name).public_key(key.public_key()).serial_number(2)
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=365))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(ca_key, hashes.SHA256()))
    data = pkcs12.serialize_key_and_certificates(b"acme", key, leaf, [ca],
                                                 serialization.BestAvailableEncryption(password))
    return data, leaf


def test_an_imported_certificate_signs_and_older_reports_still_verify_against_the_register(signed, tmp_path):
    old_report, reg = signed
    old_cert = ensure_certificate(reg).certificate
    data, leaf = _ca_issued_p12(b"s3cret")
    import_pkcs12(reg, data, b"s3cret")
    new_report = build_report(Records(reg), "training", tmp_path / "new.pdf", now=NOW)
    result = verify_pdf(new_report, leaf)
    assert result.ok and result.signer == "Acme Logistics SRL (qualified)"
    assert not verify_pdf(new_report, old_cert).trusted
    trusted = all_certificates(reg)
    assert [c.fingerprint(hashes.SHA256()) for c in trusted] == [leaf.fingerprint(hashes.SHA256()),
                                                                 old_cert.fingerprint(hashes.SHA256())]
    assert verify_pdf(old_report, trusted).ok and verify_pdf(new_report, trusted).ok
