"""The organisation's signing certificate and key, kept inside the encrypted register.

By default a self-signed ECDSA P-256 certificate in the organisation's name, made when the
register is created (or on first use, for registers made before reports existed). A
PKCS#12 file from a certificate authority may replace it. The private key is stored as
unencrypted PKCS#8 PEM in the ``meta`` table: it never leaves the SQLCipher database, and
the audit trail records only the certificate's fingerprint, never the key.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from ..core.errors import UsageError
from ..core.i18n import t
from .audit import shown_day
from .register_protocol import OpenRegister

CERT_KEY = "signing_cert_pem"
PRIVATE_KEY = "signing_key_pem"
CHAIN_KEY = "signing_chain_pem"  # intermediate certificates from an imported PKCS#12, if any
HISTORY_KEY = "signing_cert_history_pem"  # certificates replaced by an import: older reports still verify
VALID_YEARS = 10

_KEY_TYPES = (ec.EllipticCurvePrivateKey, rsa.RSAPrivateKey, ed25519.Ed25519PrivateKey, ed448.Ed448PrivateKey)


@dataclass(frozen=True)
class OrgCertificate:
    """The signing certificate (PEM), its private key (PKCS#8 PEM) and any chain (PEM)."""

    cert_pem: bytes
    key_pem: bytes
    chain_pem: bytes = b""

    @property
    def certificate(self) -> x509.Certificate:
        return x509.load_pem_x509_certificate(self.cert_pem)

    @property
    def chain(self) -> list[x509.Certificate]:
        return x509.load_pem_x509_certificates(self.chain_pem) if self.chain_pem.strip() else []

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.certificate)

    @property
    def subject(self) -> str:
        return subject_name(self.certificate)


def fingerprint(cert: x509.Certificate) -> str:
    """SHA-256 fingerprint as colon-separated hex, the way certificate viewers show it."""
    return cert.fingerprint(hashes.SHA256()).hex(":").upper()


def subject_name(cert: x509.Certificate) -> str:
    """The common name (or the whole subject when it has none): who signed."""
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else cert.subject.rfc4514_string()


def load(reg: OpenRegister) -> OrgCertificate | None:
    """The register's certificate, or None when it has none yet."""
    cert, key = reg.meta(CERT_KEY), reg.meta(PRIVATE_KEY)
    if not cert or not key:
        return None
    return OrgCertificate(cert.encode("ascii"), reg.unseal_text(key).encode("ascii"),
                          (reg.meta(CHAIN_KEY) or "").encode("ascii"))


def all_certificates(reg: OpenRegister) -> list[x509.Certificate]:
    """The current certificate and every one it replaced, newest first: what checks a report against the register."""
    current = load(reg)
    found = [current.certificate] if current else []
    history = reg.meta(HISTORY_KEY) or ""
    if history.strip():
        found += reversed(x509.load_pem_x509_certificates(history.encode("ascii")))
    return found


def ensure_certificate(reg: OpenRegister, now: dt.datetime | None = None) -> OrgCertificate:
    """The register's certificate, made now if the register predates signed reports."""
    found = load(reg)
    if found is not None:
        return found
    return create_certificate(reg, now=now)


def create_certificate(reg: OpenRegister, org_name: str | None = None, now: dt.datetime | None = None,
                       country: str | None = None) -> OrgCertificate:
    """Make a self-signed ECDSA P-256 certificate in the organisation's name and store it."""
    name = (org_name or reg.meta("org_name") or "").strip()
    if not name:
        raise UsageError(t("storage", "The organisation has no name yet; name it before making its signing "
                                      "certificate."))
    if country is None:
        row = reg.db.execute_sql("SELECT country FROM organisation WHERE id = 1").fetchone()
        country = row[0] if row else None
    key = ec.generate_private_key(ec.SECP256R1())
    cert = _self_signed(key, name, country, now or dt.datetime.now(dt.UTC))
    stored = OrgCertificate(cert.public_bytes(serialization.Encoding.PEM), _pkcs8(key))
    _store(reg, stored, "self-signed")
    return stored


def _self_signed(key: ec.EllipticCurvePrivateKey, name: str, country: str | None,
                 now: dt.datetime) -> x509.Certificate:
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, name[:64]),
                  x509.NameAttribute(NameOID.ORGANIZATION_NAME, name[:64])]
    if country and len(country) == 2 and country.isalpha():
        attributes.append(x509.NameAttribute(NameOID.COUNTRY_NAME, country.upper()))
    subject = x509.Name(attributes)
    public = key.public_key()
    return (x509.CertificateBuilder()
            .subject_name(subject).issuer_name(subject).public_key(public)
            .serial_number(x509.random_serial_number())
            # A few minutes back: a verifier whose clock runs slightly behind still accepts it.
            .not_valid_before(now - dt.timedelta(minutes=10))
            .not_valid_after(now + dt.timedelta(days=365 * VALID_YEARS))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            # Document signing: digital signature plus non-repudiation (content commitment), which
            # PDF validators look for on a signer's certificate.
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                         crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
            .sign(key, hashes.SHA256()))


def import_pkcs12(reg: OpenRegister, data: bytes, password: bytes | None = None) -> OrgCertificate:
    """Replace the certificate with the one (and its key) in a PKCS#12 file."""
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, password)
    except ValueError:
        raise UsageError(t("storage", "The PKCS#12 file could not be opened: the password is wrong or the file is "
                                      "damaged.")) from None
    if cert is None or key is None:
        raise UsageError(t("storage", "The PKCS#12 file must hold both a certificate and its private key."))
    if not isinstance(key, _KEY_TYPES):
        raise UsageError(t("storage", "The PKCS#12 key is of a kind PDF signatures cannot use; use an RSA or ECDSA "
                                      "key."))
    if cert.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo) \
            != key.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo):
        raise UsageError(t("storage", "The PKCS#12 file's private key does not belong to its certificate."))
    now = dt.datetime.now(dt.UTC)
    if cert.not_valid_after_utc < now:
        raise UsageError(t("storage", "The certificate in the PKCS#12 file expired on {date}.").format(
            date=shown_day(cert.not_valid_after_utc.date())))
    chain = b"".join(c.public_bytes(serialization.Encoding.PEM) for c in extra or [])
    stored = OrgCertificate(cert.public_bytes(serialization.Encoding.PEM), _pkcs8(key), chain)
    _store(reg, stored, "imported")
    return stored


def _pkcs8(key: object) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,  # type: ignore[attr-defined]
                             serialization.NoEncryption())


def _store(reg: OpenRegister, stored: OrgCertificate, source: str) -> None:
    """Write the three meta values and one audit entry, all or nothing.

    Not ``Register.set_meta``: that records the value itself in the audit trail, and the
    trail (shown by ``atlas audit log``) must never hold a private key."""
    before = load(reg)
    cert = stored.certificate
    values = [(CERT_KEY, stored.cert_pem), (PRIVATE_KEY, stored.key_pem), (CHAIN_KEY, stored.chain_pem)]
    if before is not None and before.cert_pem != stored.cert_pem:
        values.append((HISTORY_KEY, (reg.meta(HISTORY_KEY) or "").encode("ascii") + before.cert_pem))
    with reg.transaction(t("storage", "saving the signing certificate")):
        for key, value in values:
            reg.db.execute_sql("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) "
                               "DO UPDATE SET value = excluded.value",
                               # A team register's server never holds the private key in clear.
                               (key, reg.seal_text(value.decode("ascii")) if key == PRIVATE_KEY
                                else value.decode("ascii")))
        reg.audit.append(reg.actor, "create" if before is None else "update", "register", "signing_certificate",
                         None if before is None else {"fingerprint_sha256": before.fingerprint},
                         {"fingerprint_sha256": fingerprint(cert), "subject": subject_name(cert), "source": source,
                          "valid_until": cert.not_valid_after_utc.date().isoformat()})
