"""Atlas Desktop as a desktop citizen (issue 18): the `atlas-desktop` program, its menu entry, icons, the `.atlas`
file type and the AppStream data, installed user-level by `make install-desktop` (tools/install_desktop.py).

Checked with the freedesktop tools themselves (desktop-file-validate, appstreamcli, update-mime-database):
`make test` installs them where apt-get can; CI sets ATLAS_REQUIRE_DESKTOP_TOOLS=1 so a missing one fails there.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("install_desktop", ROOT / "tools" / "install_desktop.py")
assert spec is not None and spec.loader is not None
install_desktop = importlib.util.module_from_spec(spec)
spec.loader.exec_module(install_desktop)
APP_ID = install_desktop.APP_ID
PROGRAM = Path(sys.executable).parent / "atlas-desktop"


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        reason = f"{name} is not installed (Debian: desktop-file-utils, appstream, shared-mime-info)"
        if os.environ.get("ATLAS_REQUIRE_DESKTOP_TOOLS"):
            pytest.fail(f"required here (ATLAS_REQUIRE_DESKTOP_TOOLS): {reason}")
        pytest.skip(reason)
    return found


def installed(tmp_path: Path, program: Path = PROGRAM) -> Path:
    home = tmp_path / "share"
    env = {**os.environ, "XDG_DATA_HOME": str(home)}
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "install_desktop.py"), "--exec", str(program)],
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return home


def test_the_gui_script_is_installed_beside_the_cli():
    """pyproject's [project.gui-scripts]: `atlas-desktop` starts the window (on Windows without a console)."""
    assert PROGRAM.is_file() and os.access(PROGRAM, os.X_OK), PROGRAM
    assert "atlas_desktop.gui.launch" in PROGRAM.read_text(encoding="utf-8")
    from atlas_desktop.gui import launch
    assert callable(launch.main)


def test_the_menu_entry_is_valid_and_runs_the_installed_program(tmp_path):
    home = installed(tmp_path)
    entry = home / "applications" / f"{APP_ID}.desktop"
    result = subprocess.run([tool("desktop-file-validate"), str(entry)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
    text = entry.read_text(encoding="utf-8")
    assert f"Exec={PROGRAM} %f\n" in text and f"TryExec={PROGRAM}\n" in text
    assert "MimeType=application/x-atlas-register;" in text and f"Icon={APP_ID}\n" in text


def test_a_program_path_with_spaces_and_quotes_is_quoted_as_the_spec_says(tmp_path):
    folder = tmp_path / 'My "Apps" $HOME 100%'
    folder.mkdir()
    program = folder / "atlas-desktop"
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    home = installed(tmp_path, program)
    entry = home / "applications" / f"{APP_ID}.desktop"
    result = subprocess.run([tool("desktop-file-validate"), str(entry)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout
    exec_line = next(line for line in entry.read_text().splitlines() if line.startswith("Exec="))
    assert exec_line == r'Exec="' + str(folder).replace("%", "%%").replace('"', r'\\"').replace("$", r'\\$') \
        + r'/atlas-desktop" %f'


def test_the_appstream_data_validates():
    metainfo = ROOT / "atlas_desktop" / "resources" / "desktop" / f"{APP_ID}.metainfo.xml"
    result = subprocess.run([tool("appstreamcli"), "validate", "--no-net", "--explain", str(metainfo)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"<launchable type=\"desktop-id\">{APP_ID}.desktop</launchable>" in metainfo.read_text()


def test_a_dot_atlas_file_is_an_atlas_register_to_the_desktop(tmp_path):
    home = installed(tmp_path)
    tool("update-mime-database")  # the install ran it when present: the desktop's own glob table is made
    globs = (home / "mime" / "globs2").read_text()
    assert ":application/x-atlas-register:*.atlas" in globs


def test_the_icons_are_installed_at_every_hicolor_size(tmp_path):
    home = installed(tmp_path)
    hicolor = home / "icons" / "hicolor"
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").read_bytes().startswith(b"<?xml")
    for size in install_desktop.SIZES:
        png = (hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", png[16:24]) == (size, size)


def test_uninstall_takes_everything_away(tmp_path):
    home = installed(tmp_path)
    env = {**os.environ, "XDG_DATA_HOME": str(home)}
    subprocess.run([sys.executable, str(ROOT / "tools" / "install_desktop.py"), "--uninstall"], env=env,
                   check=True, capture_output=True)
    left = [p for p in home.rglob("*") if p.is_file() and APP_ID in p.name]
    assert left == []


def test_install_refuses_a_program_that_is_not_one(tmp_path):
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "share")}
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "install_desktop.py"),
                             "--exec", str(tmp_path / "nothing")], env=env, capture_output=True, text=True)
    assert result.returncode != 0 and "is not an executable program" in result.stderr
    assert not (tmp_path / "share").exists()


def test_the_windows_carry_the_icon_and_the_desktop_entrys_name(qapp):
    from PySide6.QtCore import QSize

    from atlas_desktop.gui import launch
    assert launch.APP_ID == APP_ID  # Wayland and the task bar match the windows to the menu entry by this name
    icon = launch.app_icon()
    assert not icon.isNull()
    assert {QSize(s, s) for s in install_desktop.SIZES} <= set(icon.availableSizes())
    assert launch.ICON_SIZES == install_desktop.SIZES
