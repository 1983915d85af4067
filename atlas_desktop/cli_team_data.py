"""``atlas team import``, ``atlas team push`` and ``atlas team upgrade``: moving data into a team register.

(Placeholder: filled in by the team-import work; ``cli_team`` calls ``add_parsers``.)
"""

from __future__ import annotations

import argparse


def add_parsers(team_commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the data-moving subcommands to ``atlas team``."""
