"""Checks, before any Qt GUI code runs, that Qt's window-system plugin can load its system libraries.

On Linux, Qt's X11 plugin (``libqxcb.so``) needs a dozen small xcb libraries that a stock
Debian or Ubuntu desktop does not always have. Without them ``QApplication`` prints "Could
not load the Qt platform plugin" and aborts the process (SIGABRT): no Python exception, no
chance to explain. So the app reads the plugin's dependencies (the ELF ``DT_NEEDED`` entries
of the plugin and of the Qt libraries it pulls in), tries to load every system library
among them with ``dlopen``, and, if any is missing, names the packages to install and exits
2, before Qt is involved. This module imports nothing from Qt, and only finds PySide6's
folder (``importlib.util.find_spec``) without importing it.

``python -m atlas_desktop.platform_check`` prints the Debian packages missing for the X11
plugin (one line, empty when none): ``make run`` installs them, or names them.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import struct
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

# The Debian/Ubuntu package that ships each system library Qt's X11 and Wayland plugins need
# (PySide6 6.x; libxcb-xinerama0 is Qt 5's, listed for older builds).
PACKAGES = {
    "libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-shape.so.0": "libxcb-shape0", "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-util.so.1": "libxcb-util1", "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shm.so.0": "libxcb-shm0", "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0", "libxcb.so.1": "libxcb1", "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6", "libxkbcommon.so.0": "libxkbcommon0", "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1", "libOpenGL.so.0": "libopengl0", "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6", "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0",
    "libwayland-client.so.0": "libwayland-client0", "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}
PLUGIN_FILES = {"xcb": "libqxcb.so", "wayland": "libqwayland.so"}
PLUGIN_NAMES = {"xcb": "X11 (xcb)", "wayland": "Wayland"}
_DT_NEEDED = 1
_SHT_DYNAMIC = 6

Loader = Callable[[str], None]


@dataclass(frozen=True)
class Missing:
    """A platform plugin that cannot load: which one, and the system libraries it lacks."""

    platform: str
    libraries: tuple[str, ...]

    @property
    def packages(self) -> list[str]:
        return sorted({PACKAGES.get(lib, "") for lib in self.libraries} - {""})

    def message(self) -> str:
        plugin = PLUGIN_NAMES.get(self.platform, self.platform)
        lines = [(f"Atlas Desktop cannot open its window: Qt's {plugin} platform plugin needs system libraries "
                  f"that are not installed: {', '.join(self.libraries)}.")]
        if self.packages:
            lines.append(f"On Debian or Ubuntu, install them with:\n  sudo apt-get install {' '.join(self.packages)}")
        unknown = [lib for lib in self.libraries if lib not in PACKAGES]
        if unknown:
            lines.append(f"Your distribution's package manager can tell which package provides {', '.join(unknown)}.")
        lines.append("Then start Atlas Desktop again. Without a window, 'python -m atlas_desktop --showcase FOLDER' "
                     "and the 'atlas' command still work.")
        return "\n".join(lines)


def needed_libraries(path: Path) -> list[str]:
    """The ``DT_NEEDED`` sonames of an ELF shared library; [] for anything that is not one."""
    try:
        data = Path(path).read_bytes()
    except OSError:
        return []
    if data[:4] != b"\x7fELF" or len(data) < 64:
        return []
    wide, order = data[4] == 2, "<" if data[5] == 1 else ">"
    if wide:
        shoff, = struct.unpack_from(order + "Q", data, 0x28)
        shentsize, shnum = struct.unpack_from(order + "HH", data, 0x3A)
    else:
        shoff, = struct.unpack_from(order + "I", data, 0x20)
        shentsize, shnum = struct.unpack_from(order + "HH", data, 0x2E)
    sections = []
    for i in range(shnum):  # (type, offset, size, link) of each section header
        base = shoff + i * shentsize
        if wide:
            _name, kind, _flags, _addr, offset, size, link = struct.unpack_from(order + "IIQQQQI", data, base)
        else:
            _name, kind, _flags, _addr, offset, size, link = struct.unpack_from(order + "IIIIIII", data, base)
        sections.append((kind, offset, size, link))
    needed = []
    for kind, offset, size, link in sections:
        if kind != _SHT_DYNAMIC or link >= len(sections):
            continue
        strtab = sections[link][1]
        entry = struct.Struct(order + ("qQ" if wide else "iI"))
        for pos in range(offset, offset + size, entry.size):
            tag, value = entry.unpack_from(data, pos)
            if tag == 0:
                break
            if tag == _DT_NEEDED:
                end = data.index(b"\0", strtab + value)
                needed.append(data[strtab + value:end].decode("utf-8", "replace"))
    return needed


def _dlopen(soname: str) -> None:
    """Load a system library the way Qt's plugin loader will (raises OSError when it is missing)."""
    ctypes.CDLL(soname, mode=os.RTLD_LAZY | getattr(os, "RTLD_LOCAL", 0))


def missing_libraries(plugin: Path, qt_lib_dir: Path, load: Loader | None = None) -> list[str]:
    """The system libraries that ``plugin`` needs, directly or through Qt's own libraries, and that do not load."""
    load = load or _dlopen  # looked up now, so a test can replace the module's loader
    missing: list[str] = []
    seen: set[str] = set()
    queue = [Path(plugin)]
    while queue:
        for soname in needed_libraries(queue.pop()):
            if soname in seen:
                continue
            seen.add(soname)
            bundled = Path(qt_lib_dir) / soname
            if bundled.exists():  # one of the wheel's Qt libraries: follow its own needs
                queue.append(bundled)
                continue
            try:
                load(soname)
            except OSError:
                missing.append(soname)
    return missing


def qt_folder() -> Path | None:
    """PySide6's Qt folder (plugins, lib), found without importing PySide6."""
    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    qt = Path(next(iter(spec.submodule_search_locations))) / "Qt"
    return qt if qt.is_dir() else None


def platforms_to_try(env: Mapping[str, str], platform: str = sys.platform) -> list[str]:
    """The window-system plugins Qt will try here, in order; [] when no check is needed.

    Only Linux and the BSDs load these plugins; an explicit QT_QPA_PLATFORM other than xcb or
    wayland (offscreen, minimal, vnc …) needs none of these libraries, and without a display
    the app shows the offscreen showcase instead of a window.
    """
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return []
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        names = [name.split(":")[0].strip() for name in chosen.split(";")]
        return [name for name in names if name in PLUGIN_FILES] if names[0] in PLUGIN_FILES else []
    candidates = []
    if env.get("WAYLAND_DISPLAY") and env.get("XDG_SESSION_TYPE") == "wayland":
        candidates.append("wayland")  # Qt 6 prefers Wayland in a Wayland session, then falls back to X11
    if env.get("DISPLAY"):
        candidates.append("xcb")
    return candidates


def check_platform(env: Mapping[str, str] | None = None, qt: Path | None = None,
                   load: Loader | None = None, platform: str = sys.platform) -> Missing | None:
    """None when Qt can load a window-system plugin here (or none is needed); else what is missing.

    When Qt would try several plugins, one that loads is enough; the first one's missing
    libraries are reported otherwise.
    """
    env = os.environ if env is None else env
    candidates = platforms_to_try(env, platform)
    qt = qt or qt_folder()
    if not candidates or qt is None:
        return None
    first: Missing | None = None
    for name in candidates:
        plugin = qt / "plugins" / "platforms" / PLUGIN_FILES[name]
        if not plugin.exists():
            continue  # a build without this plugin: Qt itself will say so
        libraries = missing_libraries(plugin, qt / "lib", load)
        if not libraries:
            return None
        first = first or Missing(name, tuple(libraries))
    return first


def main(argv: Iterable[str] | None = None) -> int:
    """Print the packages missing for Qt's X11 plugin, whatever the display (for ``make run``)."""
    del argv
    found = check_platform({"DISPLAY": ":0"}, platform="linux")
    print(" ".join(found.packages) if found else "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
