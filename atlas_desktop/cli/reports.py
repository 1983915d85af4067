"""The ``atlas`` commands for signed reports: report, verify, and cert export/import.

``verify`` exits 0 only when the signature is intact, made with a trusted certificate
(the organisation's, the only trust root) and covers the whole file; 1 otherwise; 2 for a
usage, key or I/O error, like every other command.
"""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path
from typing import Any

from ..core import clocks
from ..core.errors import EXIT_OK, EXIT_PROBLEM, UsageError
from ..core.i18n import t
from ..storage.atomic import atomic_write_bytes
from ..storage.register import register_files
from ..storage.settings import Settings
from . import terminal
from .opening import open_register, reads_only
from .terminal import read_secret_file

# The kinds, here so that building the parser does not import reportlab and pyHanko (a test holds this
# list to exports.reports.REPORT_KINDS).
KINDS = ("ropa", "dpia", "breach", "breach-anspdcp", "breach-cnil", "breach-register", "processors", "training",
         "rights-requests")


def kind_help() -> str:
    """What each kind is, for ``atlas report --help`` (in the run's language: built with the parser)."""
    return t("cli", "ropa: the Art. 30 record; dpia --id N: one DPIA; breach --id N: one breach's notification "
             "pack; breach-anspdcp / breach-cnil --id N: the same breach in the Romanian ANSPDCP's or the French "
             "CNIL's notification form, in their language; breach-register, processors, training, rights-requests")


def _register_given(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "register", None) or getattr(args, "register_top", None))


# -- report ---------------------------------------------------------------------------------------------
@reads_only
def cmd_report(args: argparse.Namespace, settings: Settings) -> int:
    from ..exports.reports import build_report, report_kind
    from ..storage.certificate import load
    from ..storage.records import Records

    spec = report_kind(args.kind)
    # Checked before unlocking, so a missing --id never costs a passphrase prompt.
    if spec.entity is not None and args.id is None:
        raise UsageError(t("cli", "The {kind} report is about one record: give its number with --id "
                           "('atlas list {entity}' shows them).").format(kind=spec.key, entity=spec.entity))
    if spec.entity is None and args.id is not None:
        raise UsageError(t("cli", "The {kind} report covers the whole register; --id goes with dpia and breach "
                           "only.").format(kind=spec.key))
    with open_register(args, settings) as reg:
        out = build_report(Records(reg), spec.key, Path(args.out), record_id=args.id)
        cert = load(reg)
    if cert:
        print(t("cli", "Wrote {path}, signed by {signer} (certificate SHA-256 {fingerprint}…).").format(
            path=out, signer=cert.subject, fingerprint=cert.fingerprint[:23]))
    else:
        print(t("cli", "Wrote {path}.").format(path=out))
    print(t("cli", "It holds personal data and is not encrypted: share it only with those who need it."))
    return EXIT_OK


# -- verify ---------------------------------------------------------------------------------------------
def _yes(flag: bool, yes: str, no: str) -> str:
    return t("cli", "yes — {why}").format(why=yes) if flag else t("cli", "NO — {why}").format(why=no)


def _field(label: str, value: str) -> str:
    """One line of the verdict: values start in one column (20 in English), wider when a label needs it."""
    labels = (t("cli", "File:"), t("cli", "Intact:"), t("cli", "Trusted:"), t("cli", "Covers whole file:"),
              t("cli", "Signer:"), t("cli", "Signing time:"), t("cli", "Audit anchor:"), t("cli", "Result:"))
    width = max(20, *(len(x) + 2 for x in labels))
    return f"{label:<{width}}{value}"


@reads_only
def cmd_verify(args: argparse.Namespace, settings: Settings) -> int:
    from ..exports.signing import verify_pdf
    from ..storage.certificate import all_certificates

    if args.cert and _register_given(args):
        raise UsageError(t("cli", "Give either --cert or --register, not both."))
    pdf = Path(args.file).expanduser()
    if not pdf.is_file():
        raise UsageError(t("cli", "There is no file {path}.").format(path=pdf))
    zone = "UTC"
    if args.cert:
        try:
            certs: bytes | list[Any] = Path(args.cert).expanduser().read_bytes()
        except OSError as exc:
            raise UsageError(t("cli", "Cannot read the certificate {path}: {error}.").format(
                path=args.cert, error=exc.strerror)) from None
        source = t("cli", "the certificate in {path}").format(path=args.cert)
    else:
        from ..storage.records import Records

        with open_register(args, settings) as reg:
            certs = all_certificates(reg)
            zone = Records(reg).context().time_zone
        if not certs:
            raise UsageError(t("cli", "This register has no signing certificate yet, so it signed no report."))
        source = t("cli", "the register's certificate")
    result = verify_pdf(pdf, certs)
    when = ""
    if result.signing_time is not None:
        local = result.signing_time.astimezone(clocks.zone(zone))
        when = t("cli", "{time} (as the signer's clock said)").format(
            time=f"{local:%Y-%m-%d %H:%M:%S} {local.tzname()}")
    # The machine's words stay English: the ISO time, and VALID / NOT VALID, which scripts look for.
    print(_field(t("cli", "File:"), str(pdf)))
    print(_field(t("cli", "Intact:"), _yes(result.intact, t("cli", "the signed content is unchanged"),
                                          t("cli", "it was changed or damaged"))))
    print(_field(t("cli", "Trusted:"), _yes(result.trusted, t("cli", "signed with {source}").format(source=source),
                                           t("cli", "not signed with {source}").format(source=source))))
    print(_field(t("cli", "Covers whole file:"), _yes(result.covers_whole_file,
                                                     t("cli", "nothing was added after signing"),
                                                     t("cli", "content was added after signing"))))
    print(_field(t("cli", "Signer:"), result.signer or "—"))
    print(_field(t("cli", "Signing time:"), when or "—"))
    print(_field(t("cli", "Audit anchor:"), result.audit_anchor or "—"))
    if result.ok:
        print(_field(t("cli", "Result:"), "VALID"))
        if result.audit_anchor:
            print("  " + t("cli", "'atlas audit verify --anchor {anchor}' checks the register still holds that "
                           "history.").format(anchor=result.audit_anchor))
        return EXIT_OK
    why = result.problem or t("cli", "the signature does not hold")
    print(_field(t("cli", "Result:"), "NOT VALID: " + why + ("" if why.endswith(".") else ".")))  # one full stop
    return EXIT_PROBLEM


# -- cert -----------------------------------------------------------------------------------------------
def cmd_cert_export(args: argparse.Namespace, settings: Settings) -> int:
    from ..storage.certificate import ensure_certificate

    out = Path(args.out).expanduser()
    if not out.parent.is_dir():
        raise UsageError(t("cli", "The folder {path} does not exist.").format(path=out.parent))
    with open_register(args, settings) as reg:
        if out.resolve() in {p.resolve() for p in register_files(reg.path)}:
            raise UsageError(t("cli", "That is the register's own file; choose another name for the certificate."))
        cert = ensure_certificate(reg)
    try:
        atomic_write_bytes(out, cert.cert_pem, mode=0o644)  # a certificate is public: others check reports with it
    except OSError as exc:
        raise UsageError(t("cli", "Cannot write {path}: {error}.").format(path=out, error=exc.strerror)) from None
    valid = cert.certificate.not_valid_after_utc.date()
    print(t("cli", "Wrote {path}: the certificate of {subject}, valid until {date}.").format(
        path=out, subject=cert.subject, date=valid))
    print(t("cli", "SHA-256 fingerprint: {fingerprint}").format(fingerprint=cert.fingerprint))
    print(t("cli", "Give it to whoever checks your reports: 'atlas verify REPORT.pdf --cert' it, or add it to a PDF "
            "reader's trusted certificates."))
    return EXIT_OK


def cmd_cert_import(args: argparse.Namespace, settings: Settings) -> int:
    from ..storage.certificate import import_pkcs12

    try:
        data = Path(args.p12).expanduser().read_bytes()
    except OSError as exc:
        raise UsageError(t("cli", "Cannot read {path}: {error}.").format(path=args.p12, error=exc.strerror)) from None
    if args.p12_password_file:
        password: str | None = read_secret_file(args.p12_password_file, "PKCS#12 password")
    elif terminal.interactive():
        password = getpass.getpass(t("cli", "Password of {name} (empty if none): ").format(name=Path(args.p12).name))
    else:
        password = None
    with open_register(args, settings) as reg:
        cert = import_pkcs12(reg, data, password.encode("utf-8") if password else None)
    print(t("cli", "Imported the certificate of {subject} (SHA-256 {fingerprint}). New reports are signed with it; "
            "reports signed before still verify against this register.").format(
        subject=cert.subject, fingerprint=cert.fingerprint))
    print(t("cli", "Export it for others with 'atlas cert export --out FILE.pem'."))
    return EXIT_OK


# -- parser ---------------------------------------------------------------------------------------------
def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register this module's subcommands on the `atlas` parser."""
    p = sub.add_parser("report", parents=[common], help=t("cli", "write a signed PDF report"),
                       description=t("cli", "Write a PDF report of the register, signed with the organisation's "
                                     "certificate (PAdES). Kinds: {kinds}.").format(kinds=kind_help()))
    p.add_argument("kind", metavar="KIND", choices=KINDS, help=", ".join(KINDS))
    p.add_argument("--out", required=True, metavar="F.pdf", help=t("cli", "where to write the report"))
    p.add_argument("--id", type=int, metavar="RECORD", help=t("cli", "the DPIA or breach the report is about"))
    p.set_defaults(func=cmd_report)
    p = sub.add_parser("verify", parents=[common], help=t("cli", "check a signed report (offline)"),
                       description=t("cli", "Check a report's signature with the organisation's certificate as the "
                                     "only trust root. Exit 0: intact, trusted and covering the whole file; 1: not."))
    p.add_argument("file", metavar="F.pdf", help=t("cli", "the signed report"))
    p.add_argument("--cert", metavar="C.pem",
                   help=t("cli", "the organisation's certificate (instead of the register)"))
    p.set_defaults(func=cmd_verify)
    actions = sub.add_parser("cert", help=t("cli", "the organisation's signing certificate")).add_subparsers(
        dest="action", metavar="ACTION", required=True)
    q = actions.add_parser("export", parents=[common],
                           help=t("cli", "write the certificate (PEM) for others to check reports"))
    q.add_argument("--out", required=True, metavar="C.pem", help=t("cli", "where to write it"))
    q.set_defaults(func=cmd_cert_export)
    q = actions.add_parser("import", parents=[common],
                           help=t("cli", "sign with a certificate from a PKCS#12 file instead"))
    q.add_argument("--p12", required=True, metavar="FILE",
                   help=t("cli", "the .p12 or .pfx file (certificate and key)"))
    q.add_argument("--p12-password-file", metavar="F", help=t("cli", "read its password from F"))
    q.set_defaults(func=cmd_cert_import)
