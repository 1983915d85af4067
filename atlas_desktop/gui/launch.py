"""Starts the desktop app: the window on a display, the offscreen showcase without one, or the self-test.

``python -m atlas_desktop`` (no subcommand) and the packaged program land here.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

APP_NAME = "Atlas Desktop"
APP_ID = "org.atlasdesktop.AtlasDesktop"  # the desktop entry's name (resources/desktop/), so the desktop ties our windows to it
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)  # resources/icons/atlas-desktop-<size>.png (tools/make_icons.py)
# What the controller, the main window and the dashboard's numbers import from the layers below (with theirs).
HEADLESS = ("..storage.register", "..storage.records", "..storage.backups", "..storage.reviews",
            "..storage.keyring_store", "..storage.settings", "..core.checks", "..core.dashboard_figures")


def has_display() -> bool:
    """False on a Linux/BSD machine with no X11 or Wayland display and no platform chosen by hand."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True  # Windows and macOS always have a window server for a logged-in user


def import_headless() -> None:
    """Import the storage and core modules the first window needs, before PySide6 is imported.

    PySide6 replaces Python's import with its own (shibokensupport's ``__feature__`` import), which runs for
    every import after it and reads the source of each new module (``inspect.getsource``, to see whether it
    uses PySide6). The headless layers never need that (they do not use Qt): imported first, they skip it,
    ~40 ms of the cold start on this machine (benchmarks/README.md).
    """
    for name in HEADLESS:
        importlib.import_module(name, __package__)


def make_application(argv: Sequence[str] = ()):  # noqa: ANN201 (QApplication)
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        return app
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    # Fractional scale factors (125 %, 150 %) are passed through rather than rounded: crisp on HiDPI.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication([sys.argv[0] if sys.argv else "atlas", *argv])
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    from .theme import setup as follow_colour_scheme
    follow_colour_scheme(app)  # light or dark as the system says, now and when it switches
    return app


def app_icon():  # noqa: ANN201 (QIcon)
    """The application's icon at each size drawn for it (PNGs: no SVG plugin needed); files load when first drawn."""
    from PySide6.QtGui import QIcon

    from ..resources import resource_path
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource_path("icons", f"atlas-desktop-{size}.png")))
    return icon


def gui_language(setting: str) -> str:
    """The language the window speaks: the one chosen in Preferences, else the first of the system's UI
    languages (QLocale's list, which follows the desktop's setting) that Atlas has, else English."""
    from PySide6.QtCore import QLocale

    from ..core import i18n
    if setting:
        return i18n.resolve(setting)
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in i18n.AVAILABLE:
            return code
    return i18n.ENGLISH


def install_translation(app, setting: str) -> str:  # noqa: ANN001
    """Speak ``gui_language(setting)``: Atlas's catalogue (resources/translations/atlas_<code>.qm), Qt's own
    words where Qt ships them (qtbase_<code>.qm: context menus, standard dialogs), the same language for
    the headless layers' words (core.i18n: findings, reports) and QLocale's dates and numbers."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from ..core import i18n
    from ..resources import resource_path
    language = i18n.use_language(gui_language(setting))
    if language == i18n.ENGLISH:
        return language
    if QLocale.system().language() != QLocale(language).language():
        QLocale.setDefault(QLocale(language))  # chosen in Preferences: dates and numbers follow the words
    for folder, name in ((QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{language}"),
                         (str(resource_path("translations")), f"atlas_{language}")):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)  # the last installed is asked first: Atlas's words win
    return language


def prepare():  # noqa: ANN201 (QApplication, Settings)
    """The start-up path up to the controller: the headless modules, the QApplication, the settings and the
    translation (the start-up benchmark runs this very path)."""
    import_headless()
    from ..storage.settings import Settings
    app = make_application()
    settings = Settings.load()
    install_translation(app, settings.language)
    return app, settings


def _register_argument(text: str) -> Path | str:
    """A path, or a team register's address kept as text (a ``Path`` would fold its ``//``)."""
    return text if text.startswith(("postgresql://", "postgres://")) else Path(text)


def run(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="atlas-desktop", description="Atlas Desktop: the window.")
    parser.add_argument("--self-test", action="store_true",
                        help="open a temporary register offscreen, save and read a record, exit 0 if all is well")
    parser.add_argument("--showcase", metavar="FOLDER", type=Path,
                        help="open the demo register offscreen and write screenshots and exports to FOLDER")
    parser.add_argument("register", nargs="?", type=_register_argument,
                        help="the register file to open, a team register's .atlas-team file, or its address "
                             "(postgresql://NAME@SERVER:5432/DATABASE)")
    args = parser.parse_args(list(argv))
    if args.self_test:
        from .selftest import self_test
        return self_test(make_application)
    if args.showcase or not has_display():
        from ..storage.settings import data_dir
        from .showcase import run_showcase
        if not args.showcase:
            print("No display found: there is no DISPLAY or WAYLAND_DISPLAY, so Atlas Desktop cannot open "
                  "its window here.\nInstead it opens the demo register offscreen and saves screenshots and "
                  "exports for you to look at.", flush=True)
        return run_showcase(args.showcase or data_dir() / "showcase", make_application)

    # Qt aborts the process (SIGABRT, no exception) when its window-system plugin cannot load
    # its system libraries; so check first, and name the packages to install instead.
    from ..platform_check import check_platform
    missing = check_platform()
    if missing is not None:
        print(missing.message(), file=sys.stderr, flush=True)
        return 2

    app, settings = prepare()
    from .app import AtlasApp
    controller = AtlasApp(settings)
    controller.start(args.register)
    return app.exec()


def main() -> int:
    """The `atlas-desktop` program ([project.gui-scripts]; the menu entry runs it with the register double-clicked)."""
    return run(sys.argv[1:])
