"""Pauses Python's cycle collector around bulk work (a check run, a report, a workbook).

Such work makes hundreds of thousands of short-lived objects and no reference cycles: they are
freed by reference counting. But every full pass of the cycle collector walks every object still
alive, and the passes come more often the more is allocated, so on a big register the collector's
share grows faster than the register: a third of the signed report of 1,000 activities (12.8 s ->
8.0 s), a sixth of `atlas check` on 100,000 records. Measured in benchmarks/README.md.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def without_cycle_collection() -> Iterator[None]:
    """The collector off for the block, and back as it was after it (also on error). Other threads'
    cycles wait for the next pass after the block: seconds at most, and nothing is lost."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
