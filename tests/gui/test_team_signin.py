"""Signing in to a team register from the welcome screen, its connection file in the recent list, and the
offline outbox: when the server cannot be reached a breach is logged on this computer, then sent on the
next sign-in with its 72-hour clock unchanged (issue 17)."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from atlas_desktop.gui import app as app_module
from atlas_desktop.gui import dialogs, recent
from atlas_desktop.gui.app import AtlasApp
from atlas_desktop.gui.editors import open_editors
from atlas_desktop.gui.team_outbox import ActionBanner
from atlas_desktop.gui.team_signin import TeamSignInDialog
from atlas_desktop.gui.welcome import WelcomeWindow
from atlas_desktop.storage.dialect import TEAM_SUFFIX, Target
from atlas_desktop.storage.keyring_store import SecureKeyring
from atlas_desktop.storage.outbox import has_outbox, open_outbox, pending_count
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.settings import Settings
from tests.conftest import ORG, TEAM_PASSWORD
from tests.fakes import DictKeyring

AWARE = dt.datetime.now(dt.UTC).replace(microsecond=0, second=0) - dt.timedelta(hours=30)


@pytest.fixture(autouse=True)
def store(tmp_path, monkeypatch) -> Path:
    ini = tmp_path / "qsettings.ini"
    monkeypatch.setattr(recent, "_store", lambda: QSettings(str(ini), QSettings.IniFormat))
    return ini


@pytest.fixture(autouse=True)
def popups(monkeypatch) -> list[str]:
    """Every message box shown, by its text (none is expected unless a test says so)."""
    shown: list[str] = []
    monkeypatch.setattr(dialogs.QMessageBox, "warning", lambda *a, **k: shown.append(str(a[2])))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(str(a[2])))
    return shown


def shoot(qtbot, widget, name: str) -> Path:
    folder = Path(os.environ["ATLAS_SCREENSHOTS"])
    qtbot.waitExposed(widget)
    for _ in range(3):
        QApplication.processEvents()
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Relay:
    """The server as this computer reaches it, on a port of its own: down until ``start``, so the same
    address first cannot be reached, then can (a real TCP relay to the test cluster, nothing faked)."""

    def __init__(self, server_port: int) -> None:
        self.server_port = server_port
        self.port = closed_port()
        self.sockets: list[socket.socket] = []

    def start(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen()
        self.sockets.append(listener)
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.server_port))
            self.sockets += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                sink.shutdown(socket.SHUT_WR)

    def stop(self) -> None:
        for sock in self.sockets:
            with contextlib.suppress(OSError):
                sock.close()


def fill(dialog: TeamSignInDialog, target: Target, password: str) -> None:
    dialog.host_edit.setText(target.host)
    dialog.port_spin.setValue(target.port)
    dialog.database_edit.setText(target.database)
    dialog.user_edit.setText(target.user)
    dialog.password_edit.setText(password)


@pytest.fixture
def welcome(qtbot):
    w = WelcomeWindow(keyring=SecureKeyring(DictKeyring()))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def opened(window: WelcomeWindow) -> list:
    got: list = []
    window.opened.connect(got.append)
    window.outbox_opened.connect(lambda reg, target: got.append((reg, target)))
    return got


def test_signing_in_from_the_welcome_screen_keeps_the_connection_file_in_the_recent_list(qtbot, team, welcome,
                                                                                      store):
    got = opened(welcome)
    assert "on a server" in welcome.team_button.description()
    qtbot.mouseClick(welcome.team_button, Qt.LeftButton)
    dialog = welcome.current_dialog
    assert isinstance(dialog, TeamSignInDialog) and dialog.port_spin.value() == 5432
    target = Target.from_url(team.url())
    fill(dialog, target, "")
    shoot(qtbot, dialog, "team-signin")

    dialog.sign_in_button.click()  # no password: said in the dialog, nothing sent
    assert "Type your password" in dialog.error_text() and dialog.password_edit.hasFocus()

    dialog.password_edit.setText("not-the-password")
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: bool(dialog.error_text()), timeout=20_000)
    assert "name or the password is wrong" in dialog.error_text()
    assert dialog.isVisible() and dialog.password_edit.hasFocus() and dialog.password_edit.text()
    assert dialog.database_edit.text() == target.database  # nothing typed is lost
    assert not dialog.offline_box.isVisibleTo(dialog)

    dialog.password_edit.setText(TEAM_PASSWORD)
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: bool(got), timeout=20_000)
    reg = got[0]
    try:
        assert reg.kind == "team" and reg.actor == "maria" and reg.meta("org_name") == ORG
        assert reg.path.suffix == TEAM_SUFFIX
        # The recent list holds the connection file (no password in it, nor in the settings).
        assert recent.recent_registers() == [reg.path.resolve()]
        saved = json.loads(reg.path.read_text("utf-8"))
        assert saved["user"] == "maria" and TEAM_PASSWORD not in reg.path.read_text("utf-8")
        assert TEAM_PASSWORD not in store.read_text("utf-8")
        text = welcome.recent_list.item(0).text()
        assert text == f"Team register “{target.database}”\nmaria @ {target.host}:{target.port}"
        shoot(qtbot, welcome, "team-welcome-recent")
    finally:
        reg.close()

    # A click on it later asks only for the password: everything else is filled in.
    welcome.open_path(reg.path)
    again = welcome.current_dialog
    assert isinstance(again, TeamSignInDialog) and again.team_file == reg.path
    assert (again.host_edit.text(), again.port_spin.value(), again.database_edit.text(), again.user_edit.text()) \
        == (target.host, target.port, target.database, "maria")
    qtbot.waitUntil(again.password_edit.hasFocus)
    again.password_edit.setText(TEAM_PASSWORD)
    again.sign_in_button.click()
    qtbot.waitUntil(lambda: len(got) == 2, timeout=20_000)
    assert got[1].path == reg.path
    got[1].close()


def test_a_connection_file_on_the_command_line_opens_the_sign_in_with_its_fields_filled(qtbot, team, tmp_path,
                                                                                       monkeypatch):
    file = Target.from_url(team.url()).save(tmp_path / "office")
    shown: list[TeamSignInDialog] = []

    def fake_exec(dialog) -> int:
        shown.append(dialog)
        return 0  # the person cancels: the welcome window follows

    monkeypatch.setattr(TeamSignInDialog, "exec", fake_exec)
    controller = AtlasApp(Settings())
    controller.start(file)
    try:
        [dialog] = shown
        assert dialog.team_file == file and dialog.user_edit.text() == "maria"
        assert str(file) in dialog.where.text()
        assert controller.welcome is not None and controller.session is None
        # An address works too, without using a password written in it.
        controller.welcome.close()
        controller.start(team.url())
        assert shown[1].team_file is None and shown[1].database_edit.text() == team.database
        assert shown[1].password_edit.text() == ""
    finally:
        if controller.welcome is not None:
            controller.welcome.close()
    from atlas_desktop.gui.launch import _register_argument
    assert _register_argument(team.url()) == team.url() and _register_argument(str(file)) == file


def test_an_unreachable_server_offers_the_outbox_and_its_breaches_are_sent_at_the_next_sign_in(
        qtbot, team, welcome, popups, monkeypatch, request):
    real = Target.from_url(team.url())
    relay = Relay(real.port)  # the server as this office reaches it: down for now
    request.addfinalizer(relay.stop)
    target = away = Target(real.host, relay.port, real.database, real.user)
    got = opened(welcome)
    welcome.open_team(target=away)
    dialog = welcome.current_dialog
    qtbot.waitUntil(dialog.password_edit.hasFocus)
    dialog.password_edit.setText(TEAM_PASSWORD)
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: bool(dialog.error_text()), timeout=20_000)
    assert dialog.problem.headline.text() == "The server cannot be reached"
    assert dialog.offline_box.isVisibleTo(dialog) and dialog.password_edit.hasFocus()
    shoot(qtbot, dialog, "team-signin-unreachable")

    dialog.offline_button.click()
    qtbot.waitUntil(lambda: bool(got), timeout=20_000)
    outbox, for_target = got[0]
    assert for_target.server == away.server and outbox.kind == "local" and has_outbox(target)

    # The outbox opens in the main window: a banner, the breaches page only, a new breach with its clock.
    controller = AtlasApp(Settings())
    window = controller.open_register(outbox, outbox_of=for_target)
    qtbot.waitExposed(window)
    try:
        session = controller.session
        assert session.is_outbox and [p[0] for p in window.pages] == ["breach"]
        assert window.current_page() == "breach"
        banner = window.findChild(ActionBanner, "outboxBanner")
        assert banner is not None and away.server in banner.label.text() and "sent to" in banner.label.text()
        assert "Outbox on this computer" in window.status_label.text()
        assert window.windowTitle() == f"Outbox for {away.server} — Atlas Desktop"
        for key in ("export", "import", "backup", "annual_review", "organisation", "report:breach"):
            assert not window.actions[key].isVisible()
        assert window.actions["new_record"].isVisible()
        window.resize(1100, 640)
        shoot(qtbot, window, "team-outbox-window")
        backed_up: list = []
        monkeypatch.setattr(app_module.backups, "auto_backup", lambda *a, **k: backed_up.append(a))
        controller.backup_if_due()  # the outbox is not backed up: it holds breaches only until they are sent
        assert backed_up == []

        controller.new_record()
        editor = open_editors()[-1]
        assert editor.entity.key == "breach"
        editor.rows["title"].widget.set_value("Laptop stolen from a parked car")
        editor.rows["description"].widget.set_value("Payroll spreadsheets of 40 people.")
        editor.rows["aware_at"].widget.set_value(AWARE)
        assert editor.save(), editor.problems()
        deadline = session.records.get("breach", editor.record_id)["notification_deadline"]
        assert deadline == AWARE + dt.timedelta(hours=72)
        editor.close()
        assert has_outbox(target)

        # Back online: "Sign in to send them…" opens the sign-in for this register, filled in.
        relay.start()
        asked: list[TeamSignInDialog] = []

        def sign_in(dialog) -> int:
            asked.append(dialog)
            dialog.password_edit.setText(TEAM_PASSWORD)
            dialog.sign_in_button.click()
            qtbot.waitUntil(lambda: dialog.register is not None, timeout=20_000)
            return 1

        monkeypatch.setattr(TeamSignInDialog, "exec", sign_in)
        banner.button.click()
        assert asked[0].current_target() == away
        assert controller.session.is_team and controller.window is not window

        # Signed in: one breach is waiting, and Send now sends it with its clock.
        window = controller.window
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: getattr(window, "pending_banner", None) is not None, timeout=20_000)
        pending = window.pending_banner
        assert "1 breach logged offline" in pending.label.text() and pending.send_button.isVisible()
        shoot(qtbot, window, "team-outbox-pending")
        pending.send_button.click()
        qtbot.waitUntil(lambda: any("sent to the team register" in p for p in popups), timeout=30_000)
        assert not pending.isVisible()
        [breach] = Records(controller.session.register).list("breach")
        assert breach["title"] == "Laptop stolen from a parked car" and breach["notification_deadline"] == deadline
        assert not has_outbox(target)  # emptied, then removed
    finally:
        for editor in open_editors():
            editor.discard_and_close()
        controller._finish_close()


def test_the_outbox_lock_screen_asks_for_the_team_password(qtbot, team):
    target = Target.from_url(team.url()).with_login(password="")
    outbox = open_outbox(target, TEAM_PASSWORD)
    controller = AtlasApp(Settings())
    controller.open_register(outbox, outbox_of=target)
    try:
        controller.lock("manual")
        dialog = controller.unlock_dialog
        assert isinstance(dialog, TeamSignInDialog) and dialog.locked and dialog.outbox_lock
        assert not dialog.host_edit.isVisibleTo(dialog) and target.server in dialog.where.text()
        dialog.password_edit.setText("wrong-password-here")
        dialog.sign_in_button.click()
        qtbot.waitUntil(lambda: bool(dialog.error_text()), timeout=20_000)
        assert "does not open the outbox" in dialog.error_text()
        dialog.password_edit.setText(TEAM_PASSWORD)
        dialog.sign_in_button.click()
        qtbot.waitUntil(lambda: not controller.session.is_locked, timeout=20_000)
        assert controller.session.is_outbox and pending_count(controller.session.register) == 0
    finally:
        controller._finish_close()


def test_signing_in_runs_off_the_gui_thread(qtbot, team, monkeypatch):
    """The network and the key derivation never block the window: the dialog stays responsive."""
    seen: list[str] = []
    from atlas_desktop.gui import team_signin

    original = team_signin.run_task

    def spy(parent, title, fn, **kwargs):
        seen.append(title)
        return original(parent, title, fn, **kwargs)

    monkeypatch.setattr(team_signin, "run_task", spy)
    dialog = TeamSignInDialog(target=Target.from_url(team.url()).with_login(password=""))
    qtbot.addWidget(dialog)
    dialog.password_edit.setText(TEAM_PASSWORD)
    dialog.sign_in_button.click()
    assert dialog.status.text().startswith("Signing in to") and not dialog.sign_in_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.register is not None, timeout=20_000)
    assert seen and seen[0].startswith("Signing in to")
    dialog.register.close()
