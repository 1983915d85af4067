"""``python -m atlas_desktop.cli COMMAND``: the ``atlas`` command without its installed script."""

from __future__ import annotations

import sys

from . import main

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
