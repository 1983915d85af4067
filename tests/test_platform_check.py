"""The window-system check: a missing xcb library is named with its package before Qt can abort."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from atlas_desktop import platform_check
from atlas_desktop.platform_check import Missing, check_platform, missing_libraries, needed_libraries, platforms_to_try

ROOT = Path(__file__).resolve().parents[1]
QT = platform_check.qt_folder()
XCB = QT / "plugins" / "platforms" / "libqxcb.so" if QT else None
needs_xcb_plugin = pytest.mark.skipif(XCB is None or not XCB.exists(), reason="PySide6 without the Linux xcb plugin")


def refuse(*sonames: str):
    """A loader that 'finds' every library except ``sonames``."""
    def load(soname: str) -> None:
        if soname in sonames:
            raise OSError(f"{soname}: cannot open shared object file: No such file or directory")
    return load


@needs_xcb_plugin
def test_reads_the_plugins_needed_libraries():
    needed = needed_libraries(XCB)
    assert "libQt6XcbQpa.so.6" in needed
    assert "libxcb-icccm.so.4" in needed_libraries(QT / "lib" / "libQt6XcbQpa.so.6")
    assert needed_libraries(Path(__file__)) == []  # not an ELF file


@needs_xcb_plugin
def test_follows_qt_libraries_and_reports_only_missing_system_ones():
    missing = missing_libraries(XCB, QT / "lib", refuse("libxcb-icccm.so.4", "libxcb-keysyms.so.1"))
    assert missing == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    assert missing_libraries(XCB, QT / "lib", refuse()) == []


@needs_xcb_plugin
def test_a_plugin_whose_dependency_is_missing_is_caught_with_the_real_loader(tmp_path):
    """A copy of the plugin that asks for a library no system has, loaded with dlopen."""
    qt = tmp_path / "Qt"
    (qt / "plugins" / "platforms").mkdir(parents=True)
    (qt / "lib").symlink_to(QT / "lib")
    data = XCB.read_bytes()
    assert b"libQt6XcbQpa.so.6\0" in data
    (qt / "plugins" / "platforms" / "libqxcb.so").write_bytes(
        data.replace(b"libQt6XcbQpa.so.6\0", b"libQt6XcbQpX.so.6\0"))  # same length: the ELF stays valid
    found = check_platform({"DISPLAY": ":0"}, qt=qt, platform="linux")
    assert found is not None and "libQt6XcbQpX.so.6" in found.libraries
    assert "package manager can tell" in found.message()


def test_the_message_names_the_debian_packages():
    message = Missing("xcb", ("libxcb-icccm.so.4", "libxcb-keysyms.so.1")).message()
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in message
    assert "X11 (xcb)" in message


@pytest.mark.parametrize(("env", "platform", "expected"), [
    ({"DISPLAY": ":0"}, "linux", ["xcb"]),
    ({}, "linux", []),  # no display: the app shows the offscreen showcase instead
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux", []),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux", ["xcb"]),
    ({"QT_QPA_PLATFORM": "wayland;xcb"}, "linux", ["wayland", "xcb"]),
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}, "linux", ["wayland", "xcb"]),
    ({"DISPLAY": ":0"}, "darwin", []),
    ({"DISPLAY": ":0"}, "win32", []),
])
def test_which_plugins_are_checked(env, platform, expected):
    assert platforms_to_try(env, platform) == expected


@needs_xcb_plugin
def test_one_loadable_plugin_is_enough():
    env = {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}
    assert check_platform(env, qt=QT, load=refuse("libxcb-icccm.so.4"), platform="linux") is None
    found = check_platform(env, qt=QT, load=refuse("libxcb-icccm.so.4", "libwayland-client.so.0"), platform="linux")
    assert found is not None and found.platform == "wayland"


@needs_xcb_plugin
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_the_app_names_the_packages_and_exits_2_before_qt_loads():
    """``python -m atlas_desktop`` on a display whose xcb libraries are missing: a message, exit 2, no traceback."""
    script = textwrap.dedent("""
        import sys
        from atlas_desktop import platform_check

        def load(soname):
            if soname in ("libxcb-icccm.so.4", "libxcb-keysyms.so.1"):
                raise OSError(soname + ": cannot open shared object file")

        platform_check._dlopen = load
        from atlas_desktop.__main__ import main
        code = main([])
        print("qt gui loaded:", sorted(m for m in sys.modules if m.startswith(("PySide6.QtGui", "PySide6.QtWidgets"))))
        sys.exit(code)
    """)
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env["DISPLAY"] = ":99"  # no X server there: had the check let it through, Qt would abort
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, check=False,
                            timeout=120)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in result.stderr
    assert "Traceback" not in result.stderr
    assert "qt gui loaded: []" in result.stdout


def test_the_make_helper_prints_the_missing_packages(monkeypatch, capsys):
    monkeypatch.setattr(platform_check, "check_platform",
                        lambda env, platform: Missing("xcb", ("libxcb-icccm.so.4", "libxcb-cursor.so.0")))
    assert platform_check.main() == 0
    assert capsys.readouterr().out.strip() == "libxcb-cursor0 libxcb-icccm4"
