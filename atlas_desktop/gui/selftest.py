"""``--self-test``: proves a build works end to end — Qt offscreen, SQLCipher, the forms, a record, a signed report.

The packaged program runs this in CI after ``make dist``; it must not need a display,
a keyring or the network.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


def self_test(make_application: Callable[[], QApplication]) -> int:
    """``make_application`` is the launcher's (passed in: the launcher imports this module, not the reverse)."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("ATLAS_KDF_SECONDS", "0")  # a throwaway register: the OWASP-floor Argon2 is enough
    from ..core.errors import AtlasError
    from ..resources import resource_path
    from ..storage.register import Register
    from ..storage.settings import Settings
    from .mainwindow import MainWindow
    from .session import Session

    app = make_application()
    steps: list[str] = []
    try:
        with tempfile.TemporaryDirectory(prefix="atlas-self-test-") as folder:
            path = Path(folder) / "self-test.atlas"
            passphrase = "self-test-orbit-lantern-pepper"
            reg, _recovery = Register.create(path, passphrase, "Self-test Office", actor="self-test")
            steps.append("created an encrypted register")
            session = Session(reg, Settings())
            window = MainWindow(session)
            window.resize(1000, 700)
            window.show()
            app.processEvents()
            steps.append("opened the main window offscreen")
            record_id = session.records.create("policy", {"title": "Self-test policy", "version": "1"})
            session.notify("policy")
            app.processEvents()
            session.lock()
            reg = Register.open(path, passphrase=passphrase)
            session.unlock(reg)
            title = session.records.get("policy", record_id).get("title")
            if title != "Self-test policy":
                raise AtlasError(f"read back {title!r} instead of the saved record")
            steps.append("saved a record, locked, unlocked and read it back")
            from ..exports.reports import build_report
            from ..exports.signing import verify_pdf
            from ..storage.certificate import all_certificates
            report = build_report(session.records, "breach-register", Path(folder) / "self-test.pdf")
            verdict = verify_pdf(report, all_certificates(session.register))
            if not verdict.ok:
                raise AtlasError(f"the signed report did not verify: {verdict.problem}")
            steps.append("built and verified a signed PDF report")
            fonts = list(resource_path("fonts").glob("*.ttf")) if resource_path("fonts").exists() else []
            if not fonts:
                raise AtlasError("the fonts for PDF reports are missing from atlas_desktop/resources/fonts")
            steps.append(f"found {len(fonts)} bundled font(s)")
            # The other languages: each catalogue is bundled (the GUI's .qm, the headless layers' .ts) and Babel's
            # CLDR data answers (a build that forgot its locale data would fail only for a French user).
            import datetime as dt

            from ..core import i18n
            for code in i18n.AVAILABLE[1:]:
                if not resource_path("translations", f"atlas_{code}.qm").exists() or not i18n.catalogue(code):
                    raise AtlasError(f"the {i18n.NAMES[code]} translation is missing from atlas_desktop/resources/translations")
            if i18n.format_date(dt.date(2026, 12, 4), code="fr") != "4 déc. 2026":
                raise AtlasError("Babel's locale data is missing: dates cannot be written in French")
            steps.append(f"found the {', '.join(i18n.NAMES[c] for c in i18n.AVAILABLE[1:])} translations")
            import psycopg  # the team register's driver: its libpq must have been bundled
            steps.append(f"loaded the PostgreSQL driver ({psycopg.pq.__impl__}, libpq {psycopg.pq.version()})")
            window.hide()
            session.close()
    except Exception as exc:  # the self-test reports every failure as a line, never a traceback
        print(f"Self-test FAILED after: {'; '.join(steps) or 'nothing'}: {type(exc).__name__}: {exc}",
              file=sys.stderr)
        return 1
    print("Self-test passed: " + "; ".join(steps) + ".")
    return 0
