"""The main window's menus: what each entry is called and which of the controller's actions it runs.

Kept out of ``app`` (the controller) so that file stays about opening, locking and closing. The dialogs an
entry opens are imported when it is first chosen, not here: the menus are built before the first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QStyle

if TYPE_CHECKING:
    from ..storage.settings import Settings
    from .mainwindow import MainWindow
    from .session import Session


class MenuActions(Protocol):
    """What the menus run: the controller (``app.AtlasApp``), named here so that this module need not import it."""

    settings: Settings
    session: Session | None
    window: MainWindow | None

    def live(self) -> Session: ...
    def new_register(self) -> None: ...
    def open_other(self) -> None: ...
    def open_team(self) -> None: ...
    def backup_now(self) -> None: ...
    def lock(self, reason: str = "idle") -> None: ...
    def close_register(self, show_welcome: bool = True) -> bool: ...
    def quit(self) -> None: ...
    def new_record(self) -> None: ...
    def find(self) -> None: ...
    def copy_selection(self) -> None: ...
    def edit(self, entity: str, record_id: int) -> None: ...
    def preferences(self) -> None: ...
    def open_review(self, review_id: int = 0) -> None: ...
    def verify_audit(self) -> None: ...
    def about(self) -> None: ...


def tr(text: str) -> str:
    return QCoreApplication.translate("AtlasApp", text)  # the controller's context: the entries kept their words


def build_menus(app: MenuActions, w: MainWindow) -> None:
    from .reports import REPORT_MENU, make_report, menu_label
    from .spreadsheets import export_spreadsheet, import_spreadsheet
    style = w.style()
    f, e, r, t, h = tr("&File"), tr("&Edit"), tr("&Reports"), tr("&Tools"), tr("&Help")
    w.add_action(f, "new_register", tr("New register…"), app.new_register)
    w.add_action(f, "open_register", tr("Open register…"), app.open_other, QKeySequence.Open)
    w.add_action(f, "open_team", tr("Open a team register…"), app.open_team)
    w.add_separator(f)
    w.add_action(f, "export", tr("Export spreadsheet…"), lambda: export_spreadsheet(w, app.live()))
    w.add_action(f, "import", tr("Import spreadsheet…"), lambda: import_spreadsheet(w, app.live()))
    w.add_action(f, "backup", tr("Back up now"), app.backup_now)
    if app.live().is_team:
        from .team_app import change_password
        w.add_action(f, "change_password", tr("Change my password…"),
                     lambda: change_password(w, app.live()))
    from .security_menu import add_security_menu
    add_security_menu(w, app, f)  # File › Security: passphrase, recovery key, restore, certificate
    w.add_separator(f)
    w.add_action(f, "lock", tr("Lock"), lambda: app.lock("manual"), "Ctrl+L",
                 style.standardIcon(QStyle.SP_DialogNoButton))
    w.add_action(f, "close_register", tr("Close register"), app.close_register, QKeySequence.Close)
    w.add_action(f, "quit", tr("Quit"), app.quit, QKeySequence.Quit)

    w.add_action(e, "new_record", tr("New record"), app.new_record, QKeySequence.New)

    def from_templates() -> None:  # the help and the templates are imported on first use, not at start-up
        from .template_picker import open_from_templates
        open_from_templates(w, app.live())

    def show_help_on(page: str = "") -> None:
        from .help_window import main_window_page, show_help
        show_help(w, page or main_window_page(w), app.settings.language)

    w.add_action(e, "from_templates", tr("New activities from templates…"), from_templates)
    w.add_action(e, "find", tr("Find"), app.find, QKeySequence.Find)
    w.add_action(e, "copy", tr("Copy"), app.copy_selection, QKeySequence.Copy)
    w.add_separator(e)
    w.add_action(e, "organisation", tr("Organisation details…"), lambda: app.edit("organisation", 1))
    w.add_action(e, "preferences", tr("Preferences…"), app.preferences, QKeySequence.Preferences)

    for kind, _label, _entity in REPORT_MENU:
        w.add_action(r, f"report:{kind}", menu_label(kind),
                     lambda kind=kind: make_report(w, app.live(), kind))

    w.add_action(t, "annual_review", tr("Annual review…"), app.open_review)
    w.add_action(t, "checks", tr("What needs action (dashboard)"), lambda: w.show_page("dashboard"))
    w.add_action(t, "verify_audit", tr("Verify the audit trail"), app.verify_audit)

    w.add_action(h, "help", tr("Atlas Desktop help"), show_help_on, "F1",  # help_window.HELP_KEY
                 style.standardIcon(QStyle.SP_MessageBoxQuestion))
    w.add_action(h, "first_steps", tr("First steps"), lambda: show_help_on("first-steps"))
    w.add_separator(h)
    w.add_action(h, "about", tr("About Atlas Desktop"), app.about)
    from .team_app import fit_menus
    fit_menus(w, app.live())
