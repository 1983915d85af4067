"""The organisation's signing certificate: made with the register, kept only inside it, audited without its key."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from conftest import ORG
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from atlas_desktop.core.errors import UsageError
from atlas_desktop.storage import certificate
from atlas_desktop.storage.certificate import (
    CERT_KEY,
    PRIVATE_KEY,
    all_certificates,
    ensure_certificate,
    import_pkcs12,
    load,
)
from atlas_desktop.storage.demo import create_demo
from atlas_desktop.storage.register import Register


def _audit_text(reg: Register) -> str:
    return "\n".join(json.dumps([e.before, e.after]) for e in reg.audit.entries())


def test_a_new_register_has_a_self_signed_p256_certificate_in_the_organisations_name(new_register):
    reg, _ = new_register
    stored = load(reg)
    assert stored is not None
    cert = stored.certificate
    assert cert.subject == cert.issuer
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == ORG
    assert cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value == ORG
    key = serialization.load_pem_private_key(stored.key_pem, None)
    assert isinstance(key, ec.EllipticCurvePrivateKey) and key.curve.name == "secp256r1"
    assert key.public_key().public_numbers() == cert.public_key().public_numbers()
    cert.verify_directly_issued_by(cert)  # self-signed: its own signature checks out
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment and not usage.key_cert_sign
    now = dt.datetime.now(dt.UTC)
    assert cert.not_valid_before_utc <= now < cert.not_valid_after_utc
    assert cert.not_valid_after_utc - now > dt.timedelta(days=365 * 9)


def test_the_key_never_reaches_the_audit_trail_but_the_creation_is_audited(new_register):
    reg, _ = new_register
    stored = load(reg)
    entries = [e for e in reg.audit.entries() if e.record == "signing_certificate"]
    assert len(entries) == 1 and entries[0].action == "create" and entries[0].entity == "register"
    assert entries[0].after["fingerprint_sha256"] == stored.fingerprint
    assert entries[0].after["source"] == "self-signed"
    text = _audit_text(reg)
    assert "PRIVATE KEY" not in text and stored.key_pem.decode().splitlines()[1] not in text
    assert reg.audit.verify().ok


def test_the_key_is_stored_only_inside_the_encrypted_database(register_path, new_register):
    reg, _ = new_register
    der_fragment = load(reg).key_pem.decode().splitlines()[1][:32].encode()
    reg.checkpoint()
    for path in register_path.parent.iterdir():
        if path.is_file():
            assert der_fragment not in path.read_bytes(), path.name


def test_an_older_register_gets_one_on_first_use_and_keeps_it(new_register):
    reg, _ = new_register
    with reg.transaction():
        reg.db.execute_sql("DELETE FROM meta WHERE key IN (?, ?)", (CERT_KEY, PRIVATE_KEY))
    assert load(reg) is None and all_certificates(reg) == []
    before = reg.audit.head().count
    made = ensure_certificate(reg)
    assert made.subject == ORG
    assert reg.audit.head().count == before + 1
    again = ensure_certificate(reg)
    assert again == made and reg.audit.head().count == before + 1


def test_the_demo_register_has_one(tmp_path):
    reg, _ = create_demo(tmp_path / "demo.atlas")
    with reg:
        stored = load(reg)
        assert stored is not None and stored.subject == reg.meta("org_name")


def _p12(password: bytes | None, *, key=None, not_after: dt.datetime | None = None,
         without_key: bool = False) -> bytes:
    now = dt.datetime.now(dt.UTC)
    key = key or ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Acme Logistics SRL")])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(7)
            .not_valid_before(now - dt.timedelta(days=400)).not_valid_after(not_after or now + dt.timedelta(days=400))
            .sign(key, hashes.SHA256()))
    encryption = serialization.BestAvailableEncryption(password) if password else serialization.NoEncryption()
    return pkcs12.serialize_key_and_certificates(b"acme", None if without_key else key, cert, None, encryption)


def test_a_pkcs12_import_replaces_the_certificate_and_keeps_the_old_for_checking(new_register):
    reg, _ = new_register
    old = load(reg)
    imported = import_pkcs12(reg, _p12(b"pw", key=rsa.generate_private_key(65537, 2048)), b"pw")
    assert load(reg) == imported and imported.cert_pem != old.cert_pem
    assert [c.fingerprint(hashes.SHA256()) for c in all_certificates(reg)] == [
        imported.certificate.fingerprint(hashes.SHA256()), old.certificate.fingerprint(hashes.SHA256())]
    last = list(reg.audit.entries(record="signing_certificate"))[-1]
    assert last.action == "update" and last.after["source"] == "imported"
    assert last.before == {"fingerprint_sha256": old.fingerprint}
    assert "PRIVATE KEY" not in _audit_text(reg)


@pytest.mark.parametrize(("data", "password", "message"), [
    (lambda: _p12(b"right"), b"wrong", "password is wrong"),
    (lambda: b"not a pkcs12 file", None, "damaged"),
    (lambda: _p12(None, without_key=True), None, "both a certificate and its private key"),
    (lambda: _p12(None, not_after=dt.datetime.now(dt.UTC) - dt.timedelta(days=1)), None, "expired"),
])
def test_a_bad_pkcs12_is_refused_and_changes_nothing(new_register, data, password, message):
    reg, _ = new_register
    before, head = load(reg), reg.audit.head()
    with pytest.raises(UsageError, match=message):
        import_pkcs12(reg, data(), password)
    assert load(reg) == before and reg.audit.head() == head


def test_a_register_without_a_name_cannot_make_one(new_register):
    reg, _ = new_register
    with pytest.raises(UsageError, match="no name"):
        certificate.create_certificate(reg, org_name="  ")
