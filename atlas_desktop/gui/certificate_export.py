"""File › Security › Export signing certificate…: the certificate others check the signed reports with.

The signed PDF reports carry a signature made with the organisation's certificate (``storage.certificate``).
A recipient who has the certificate can check a report really comes from this office and was not changed
since it was signed. Written as ``.pem`` (text) or ``.cer`` (binary DER, what Windows opens with a
double-click), atomically, as ``atlas cert export`` does; the window then says what the recipient does with it.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives import serialization
from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..core.errors import AtlasError, UsageError
from ..storage.atomic import atomic_write_bytes
from ..storage.certificate import OrgCertificate, ensure_certificate
from ..storage.register_files import register_files
from .dialogs import show_error


def tr(text: str) -> str:
    return QCoreApplication.translate("CertificateExport", text)


def certificate_bytes(cert: OrgCertificate, target: Path) -> bytes:
    """PEM for ``.pem`` (and anything else), DER for ``.cer`` / ``.der``: what each name promises a reader."""
    if target.suffix.lower() in (".cer", ".der"):
        return cert.certificate.public_bytes(serialization.Encoding.DER)
    return cert.cert_pem


def write_certificate(register: object, target: Path) -> OrgCertificate:
    """Write ``register``'s signing certificate (made now if it predates signed reports) to ``target``."""
    target = Path(target)
    if not target.parent.is_dir():
        raise UsageError(f"The folder {target.parent} does not exist; choose another place for the certificate.")
    path = getattr(register, "path", None)
    if path is not None and target.resolve() in {p.resolve() for p in register_files(Path(path))}:
        raise UsageError("That is the register's own file; choose another name for the certificate.")
    cert = ensure_certificate(register)  # type: ignore[arg-type]  # a team register offers the same
    try:
        # A certificate is public (it holds no key): readable by others, unlike everything else we write.
        atomic_write_bytes(target, certificate_bytes(cert, target), mode=0o644)
    except OSError as exc:
        raise UsageError(f"Cannot write {target}: {exc.strerror}. Choose another folder.") from None
    return cert


def explanation(cert: OrgCertificate, target: Path) -> str:
    """What was written, and what the recipient does with it, in plain words."""
    valid = cert.certificate.not_valid_after_utc.date().isoformat()
    return tr(
        "Saved {0}: the signing certificate of {1}, valid until {2}.\n\n"
        "Your signed PDF reports carry a digital signature made with it. Give this file to whoever receives "
        "them (a client, an auditor, your supervisory authority) so they can check that a report really comes "
        "from you and was not changed after it was signed. It holds no secret: sending it by e-mail is fine.\n\n"
        "What they do with it:\n"
        "• In Adobe Acrobat Reader: Preferences › Signatures › Identities & Trusted Certificates › More… › "
        "Trusted Certificates › Import, choose this file, then Edit Trust and tick “Use this certificate as a "
        "trusted root”. Your reports' signatures then show as valid.\n"
        "• With Atlas Desktop: atlas verify REPORT.pdf --cert {3}\n\n"
        "To be sure the file they received is yours, read them its fingerprint (for example on the phone):\n"
        "SHA-256 {4}").format(target, cert.subject, valid, target.name, cert.fingerprint)


def export_certificate(parent: QWidget | None, register: object) -> Path | None:
    """Ask where, write the certificate, and say what the recipient does with it; the path written, or None."""
    documents = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or str(Path.home())
    stem = Path(getattr(register, "path", "register")).stem
    pem, cer = tr("Certificate, text (*.pem)"), tr("Certificate for Windows (*.cer)")
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent, tr("Export the signing certificate"), str(Path(documents) / f"{stem} signing certificate.pem"),
        f"{pem};;{cer}")
    if not chosen:
        return None
    target = Path(chosen)
    if target.suffix.lower() not in (".pem", ".cer", ".der", ".crt"):
        target = target.with_name(target.name + (".cer" if chosen_filter == cer else ".pem"))
    try:
        cert = write_certificate(register, target)
    except AtlasError as exc:
        show_error(parent, tr("Export the signing certificate"), exc)
        return None
    box = QMessageBox(QMessageBox.Information, tr("Signing certificate saved"), explanation(cert, target),
                      QMessageBox.Ok, parent)
    box.setTextInteractionFlags(Qt.TextSelectableByMouse)  # the fingerprint can be copied
    box.exec()
    return target
