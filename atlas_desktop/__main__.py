"""Entry point for ``python -m atlas_desktop``: no arguments start the app, a subcommand runs the CLI.

Until the desktop window lands, starting the app means the CLI's welcome: it creates the
default register if there is none, otherwise unlocks it and runs the health check.
"""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
