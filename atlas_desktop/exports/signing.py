"""Signs a report PAdES B-B with the organisation's certificate, and checks a signed report offline.

The signature certifies the document with "no changes allowed", and its reason names the
register's audit-trail anchor (entry count and head hash), so ``atlas verify`` can show
which state of the register the report was made from. Checking trusts one certificate
only, the one given: no system roots, no network.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.fields import MDPPerm, SigSeedSubFilter
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko.stamp import StaticStampStyle
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

from ..core.errors import UsageError
from ..core.i18n import t
from ..storage.certificate import OrgCertificate

FIELD = "AtlasSignature"
_ANCHOR = re.compile(r"audit trail entry (\d+), head ([0-9a-f]{64})")


def anchor_reason(title: str, count: int, head: str) -> str:
    """The signature's reason: what the report is and the register state it was made from."""
    return f"{title}: the register's state at audit trail entry {count}, head {head}"


def _asn1_cert(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def sign_pdf(pdf: bytes, cert: OrgCertificate, *, page: int, box: tuple[int, int, int, int], reason: str,
             location: str | None = None, contact: str | None = None) -> bytes:
    """The PDF with a PAdES B-B certification signature whose field sits over ``box`` on ``page``.

    The box's look is drawn with the page (in the report's embedded fonts); the field's own
    appearance is left empty so that the two never disagree."""
    key = serialization.load_pem_private_key(cert.key_pem, password=None)
    key_info = asn1_keys.PrivateKeyInfo.load(key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    leaf = _asn1_cert(cert.certificate)
    registry = SimpleCertificateStore.from_certs([leaf, *(_asn1_cert(c) for c in cert.chain)])
    signer = signers.SimpleSigner(signing_cert=leaf, signing_key=key_info, cert_registry=registry)
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD, reason=reason, location=location, contact_info=contact, name=cert.subject,
        subfilter=SigSeedSubFilter.PADES, md_algorithm="sha256",
        certify=True, docmdp_permissions=MDPPerm.NO_CHANGES)
    spec = fields.SigFieldSpec(FIELD, on_page=page, box=box)
    pdf_signer = signers.PdfSigner(meta, signer, stamp_style=StaticStampStyle(border_width=0),
                                   new_field_spec=spec)
    output = io.BytesIO()
    pdf_signer.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf)), output=output)
    return output.getvalue()


@dataclass(frozen=True)
class VerifyResult:
    """What ``atlas verify`` prints. ``ok`` only when intact, trusted and covering the whole file."""

    intact: bool
    trusted: bool
    covers_whole_file: bool
    signer: str = ""
    signing_time: dt.datetime | None = None
    audit_anchor: str | None = None      # "COUNT:HEAD", as `atlas audit verify --anchor` takes it
    reason: str = ""
    problem: str = ""

    @property
    def ok(self) -> bool:
        return self.intact and self.trusted and self.covers_whole_file


def load_certificate(data: bytes) -> x509.Certificate:
    """A certificate from PEM or DER bytes; a plain error otherwise."""
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificate(data)
        return x509.load_der_x509_certificate(data)
    except ValueError:
        raise UsageError(t("reports", "That file does not hold a certificate (PEM or DER).")) from None


def verify_pdf(path: Path, cert: bytes | x509.Certificate | Sequence[x509.Certificate]) -> VerifyResult:
    """Check the report's signature against ``cert`` as the only trust root, offline.

    ``cert`` is PEM or DER bytes, a certificate, or several (a register's current one and
    those it replaced)."""
    if isinstance(cert, bytes):
        roots = [load_certificate(cert)]
    elif isinstance(cert, x509.Certificate):
        roots = [cert]
    else:
        roots = list(cert)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise UsageError(t("reports", "Cannot read {path}: {error}.").format(path=path, error=exc.strerror)) from None
    try:
        return _verify(data, roots)
    except (PdfError, SignatureValidationError, ValueError, KeyError, TypeError, IndexError, AttributeError) as exc:
        # A damaged file (one changed byte can break its structure) is a failed check, not a crash.
        return VerifyResult(False, False, False, problem=t("reports", "The file is damaged or not a signed PDF "
                                                                      "({error}).").format(error=exc))


def _verify(data: bytes, roots: list[x509.Certificate]) -> VerifyResult:
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    signatures = reader.embedded_signatures
    if not signatures:
        return VerifyResult(False, False, False, problem=t("reports", "The file has no signature."))
    embedded = next((s for s in signatures if s.field_name == FIELD), signatures[0])
    context = ValidationContext(trust_roots=[_asn1_cert(r) for r in roots], allow_fetching=False)
    status = validate_pdf_signature(embedded, context)
    reason = str(embedded.sig_object.get("/Reason", ""))
    found = _ANCHOR.search(reason)
    covers = status.coverage == SignatureCoverageLevel.ENTIRE_FILE and len(signatures) == 1
    problems = []
    if not (status.intact and status.valid):
        problems.append(t("reports", "the signed content was changed"))
    if not status.trusted:
        problems.append(t("reports", "the signer's certificate is not the one given"))
    if not covers:
        problems.append(t("reports", "content was added after signing"))
    signer = status.signing_cert.subject.native.get("common_name") or status.signing_cert.subject.human_friendly
    return VerifyResult(
        intact=bool(status.intact and status.valid), trusted=bool(status.trusted), covers_whole_file=covers,
        signer=str(signer), signing_time=status.signer_reported_dt,
        audit_anchor=f"{found.group(1)}:{found.group(2)}" if found else None, reason=reason,
        problem="; ".join(problems))
