"""Finds the app's data files (icons, PDF fonts, translations, help pages, demo data, desktop entry) in this folder.

They live inside the package so that every way of installing the app carries them: an editable checkout, a
wheel (``pyproject.toml`` lists them as package data) and the PyInstaller build (``build.spec`` collects the
package's data files).
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    # PyInstaller unpacks bundled data under sys._MEIPASS, in the package's own folders.
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "atlas_desktop" / "resources"
    return Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
