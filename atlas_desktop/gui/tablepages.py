"""The rows of a register table's pages: read a page of ids at a time (``PAGE_SIZE``) when the view first
asks for one of its cells, and the last ``CACHE_PAGES`` kept (least recently used first out), so scrolling
back and forth never reads the same page twice in a row and memory stays bounded.

Pages read while their marks wait (``row(..., marks_later=True)``: the first rows of a page being opened) are
made without their Attention marks; ``judge`` gives them theirs once those rows are on the screen.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence

from ..core.context import Context
from .tablerows import Row, RowReader

PAGE_SIZE = 100
CACHE_PAGES = 12


class Pages:
    """The pages of one list of ids (the table model's), as rows."""

    def __init__(self, reader: RowReader) -> None:
        self.reader = reader
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        self._unmarked: set[int] = set()  # numbers of the pages read without their marks
        self.read = 0  # pages read from storage since the last ``restart`` (tests and tuning)

    def clear(self) -> None:
        """Forget every page (the ids changed)."""
        self._pages.clear()
        self._unmarked.clear()
        self.reader.drop_unjudged()

    def restart(self) -> None:
        """Forget every page, and start counting the pages read again (a reload)."""
        self.clear()
        self.read = 0

    def rows(self) -> int:
        return sum(len(page) for page in self._pages.values())

    def cells(self, column: int) -> list[tuple[str, str | None]]:
        """(display text, severity) of ``column`` in every row read so far."""
        return [(row.cells[column] if column < len(row.cells) else "", row.severity)
                for page in self._pages.values() for row in page]

    def row(self, ids: Sequence[int], row: int, ctx: Context | None, *, marks_later: bool = False) -> Row | None:
        """The row ``row`` of ``ids``, its page read if it is not kept."""
        if not 0 <= row < len(ids):
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            self.read += 1
            page = self.reader.read(ids[number * PAGE_SIZE:(number + 1) * PAGE_SIZE], ctx, judge=not marks_later)
            self._pages[number] = page
            if marks_later:
                self._unmarked.add(number)
            while len(self._pages) > CACHE_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = row - number * PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def judge(self, ctx: Context | None) -> list[tuple[int, int]]:
        """Give the pages read without their marks their marks; the (first, last) rows of each."""
        pending, self._unmarked = self._unmarked, set()
        changed = []
        for number in sorted(pending):
            page = self._pages.get(number)
            if page is not None:
                self._pages[number] = self.reader.judge(page, ctx)
                changed.append((number * PAGE_SIZE, number * PAGE_SIZE + len(page) - 1))
        return changed
