"""Placeholder: the `atlas` reports commands are being written (issue 6)."""

from __future__ import annotations

import argparse


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register this module's subcommands on the `atlas` parser."""
