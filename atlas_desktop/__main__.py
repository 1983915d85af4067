"""Entry point for ``python -m atlas_desktop`` and the packaged program: no subcommand starts the desktop app, a subcommand runs the CLI.

Imports are absolute because PyInstaller runs this file as a script, not as part of the package.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

GUI_FLAGS = ("--self-test", "--showcase")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    # A register path (a file ending in .atlas) also opens the window: double-clicking a register.
    if not args or args[0] in GUI_FLAGS or (len(args) == 1 and args[0].endswith(".atlas")):
        from atlas_desktop.gui.launch import run
        return run(args)
    from atlas_desktop.cli import main as cli_main
    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
