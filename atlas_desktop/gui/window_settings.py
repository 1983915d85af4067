"""Where the windows' layout is kept: geometry, splitter state and table columns, in QSettings.

A module of its own below the main window and the register tables, which both keep their layout here.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

SETTINGS_ORG = "Atlas Desktop"


def window_settings() -> QSettings:
    """Window geometry and splitter state only: QSettings never holds register data."""
    return QSettings(SETTINGS_ORG, SETTINGS_ORG)
