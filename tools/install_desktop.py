"""Installs Atlas Desktop into the user's desktop (freedesktop.org): menu entry, icons, the .atlas file type, AppStream.

User-level, no root: everything goes under $XDG_DATA_HOME (~/.local/share), where desktops look after the
system folders. The menu entry runs the `atlas-desktop` program given by --exec (the venv's gui-script, or a
build's executable), so double-clicking a `.atlas` register opens it in the app. Run: ``make install-desktop``;
``--uninstall`` takes it all away again.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "org.atlasdesktop.AtlasDesktop"
DESKTOP = ROOT / "atlas_desktop" / "resources" / "desktop"
ICONS = ROOT / "atlas_desktop" / "resources" / "icons"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def quoted(path: Path) -> str:
    """An Exec argument as the Desktop Entry spec quotes it: in double quotes when it holds a reserved character."""
    text = str(path).replace("%", "%%")  # a lone % would start a field code
    if not any(c in text for c in " \t\n\"'\\><~|&;$*?#()`"):
        return text
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return f'"{escaped}"'.replace("\\", "\\\\")  # the .desktop file's own string escaping doubles each backslash


def targets(home: Path) -> dict[Path, Path | None]:
    """Where each installed file goes -> the file it is copied from (None: the menu entry, written with --exec)."""
    found: dict[Path, Path | None] = {
        home / "applications" / f"{APP_ID}.desktop": None,
        home / "metainfo" / f"{APP_ID}.metainfo.xml": DESKTOP / f"{APP_ID}.metainfo.xml",
        home / "mime" / "packages" / f"{APP_ID}.xml": DESKTOP / f"{APP_ID}.mime.xml",
        home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg": ICONS / "atlas-desktop.svg",
    }
    for size in SIZES:
        found[home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"] = \
            ICONS / f"atlas-desktop-{size}.png"
    return found


def menu_entry(program: Path) -> str:
    lines = []
    for line in (DESKTOP / f"{APP_ID}.desktop").read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = f"Exec={quoted(program)} %f"
        elif line.startswith("TryExec="):
            line = f"TryExec={program}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def refresh(home: Path) -> None:
    """Tell the desktop's caches; each tool is optional (a desktop without one rereads the folders itself)."""
    for tool, folder in (("update-mime-database", home / "mime"),
                         ("update-desktop-database", home / "applications"),
                         ("gtk-update-icon-cache", home / "icons" / "hicolor")):
        if shutil.which(tool) and folder.is_dir():
            args = [tool, "-q", "-t", "-f", str(folder)] if tool == "gtk-update-icon-cache" else [tool, str(folder)]
            subprocess.run(args, check=False, capture_output=True)


def install(program: Path, home: Path) -> list[Path]:
    if not os.access(program, os.X_OK):
        raise SystemExit(f"{program} is not an executable program: give the `atlas-desktop` to run with --exec")
    written = []
    for target, source in targets(home).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = target.with_name(f".{target.name}.tmp")
        if source is None:
            temp.write_text(menu_entry(program), encoding="utf-8")
        else:
            shutil.copyfile(source, temp)
        temp.replace(target)  # a desktop watching the folder never reads half a file
        written.append(target)
    refresh(home)
    return written


def uninstall(home: Path) -> list[Path]:
    removed = [t for t in targets(home) if t.exists()]
    for target in removed:
        target.unlink()
    refresh(home)
    return removed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exec", dest="program", type=Path, help="the atlas-desktop program the menu entry runs")
    parser.add_argument("--uninstall", action="store_true", help="remove what an install put there")
    args = parser.parse_args(argv)
    home = data_home()
    if args.uninstall:
        removed = uninstall(home)
        print(f"Removed {len(removed)} files from {home}.")
        return 0
    if args.program is None:
        parser.error("--exec PROGRAM is needed")
    written = install(args.program.resolve(), home)
    print(f"Installed Atlas Desktop's menu entry, icons, file type and AppStream data ({len(written)} files) "
          f"under {home}.\nIt starts {args.program.resolve()}; a .atlas register opens in it when double-clicked.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
