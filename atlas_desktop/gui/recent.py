"""The list of recently opened registers (paths only, in QSettings), and which register is the demo.

Apart from the welcome window, so that opening a register need not import the welcome window,
its dialogs and the demo (a twentieth of the time to the first painted main window).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from ..storage.settings import data_dir

RECENT_KEY = "recent_registers"
RECENT_LIMIT = 8


def _store() -> QSettings:
    return QSettings("Atlas Desktop", "Atlas Desktop")


def demo_path() -> Path:
    return data_dir() / "demo.atlas"


def is_demo(path: Path) -> bool:
    """True for the demo register (invented data): the main window can say so."""
    return _same(Path(path), demo_path())


def _same(a: Path, b: Path) -> bool:
    return a.expanduser().resolve() == b.expanduser().resolve()


def recent_registers() -> list[Path]:
    """The recently opened registers, newest first (whether or not they still exist)."""
    raw = _store().value(RECENT_KEY, [])
    if isinstance(raw, str):  # QSettings hands back a one-item list as a plain string
        raw = [raw]
    return [Path(p) for p in (raw or []) if isinstance(p, str) and p]


def _save_recent(paths: list[Path]) -> None:
    store = _store()
    store.setValue(RECENT_KEY, [str(p) for p in paths[:RECENT_LIMIT]])
    store.sync()


def add_recent(path: Path) -> None:
    """Put ``path`` first in the recent list. The demo is left out: it is always one click away,
    and opening the last register on start must never land on the demo's passphrase prompt."""
    path = Path(path).expanduser().resolve()
    if is_demo(path):
        return
    _save_recent([path] + [p for p in recent_registers() if not _same(p, path)])


def remove_recent(path: Path) -> None:
    _save_recent([p for p in recent_registers() if not _same(p, Path(path))])
