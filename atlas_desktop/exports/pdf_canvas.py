"""The canvas every report is drawn on: it holds the finished pages until the end, then adds the page
furniture ("page x of y", header, footer) and the contents pages, in one layout pass.

The flowables of ``pdf_base`` tell it where headings, contents pages and the signature box fell; it
knows them only by the attributes it reads (``HeadingMark``, ``Furniture``), so this module imports
nothing from the report template above it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from ..core.i18n import t
from .pdf_style import ACCENT, FONT, GREY, RULE

Progress = Callable[[int, int, str], None]

MARGIN = 18 * mm
TOP = 24 * mm      # room for the running header
BOTTOM = 20 * mm   # room for the footer
TOC_LINE = 14      # points per contents line: one line per entry, so the pages needed are known up front


class Furniture(Protocol):
    """What the running header and footer show (``pdf_base.Document`` has these)."""

    title: str
    organisation: str
    generated: str
    anchor: tuple[int, str]


class HeadingMark(Protocol):
    """A heading as the contents and the outline need it (``pdf_base.Heading``)."""

    level: int
    key: str
    toc_text: str


def toc_lines_per_page(size: tuple[float, float]) -> int:
    return int((size[1] - TOP - BOTTOM - 44) // TOC_LINE)


def fit(text: str, font: str, size: float, width: float) -> str:
    """The text cut with an ellipsis so that it fits on one line of ``width`` points."""
    text = " ".join(text.split())
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


_NOT_KEPT = frozenset({"_pages", "_doctemplate"})


class ReportCanvas(Canvas):
    """Holds each finished page until ``save``, then draws the furniture and contents on it."""

    def __init__(self, *args: Any, document: Furniture, progress: Progress | None = None,
                 total_headings: int = 0, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.document = document
        self.progress = progress
        self.total_headings = max(total_headings, 1)
        self.headings: list[tuple[int, str, int, str]] = []   # level, text, page, key
        self.toc_pages: dict[int, int] = {}
        self.signature_at: tuple[int, tuple[int, int, int, int]] | None = None
        self._pages: list[dict[str, Any]] = []
        self.page_count = 0  # known once saved
        self._bookmarks: list[tuple[str, float]] = []
        self._outline_level = -1

    def mark_heading(self, heading: HeadingMark, top: float) -> None:
        self.headings.append((heading.level, heading.toc_text, self.getPageNumber(), heading.key))
        self._bookmarks.append((heading.key, top))
        # The outline may not skip a level (a sub-heading before any heading).
        level = min(heading.level, self._outline_level + 1)
        self._outline_level = level
        self.addOutlineEntry(heading.toc_text, heading.key, level=level, closed=level > 0)
        if self.progress is not None:
            self.progress(len(self.headings), self.total_headings, "Laying out the pages")

    def drawText(self, aTextObject: Any) -> None:
        super().drawText(aTextObject)
        # reportlab's paragraphs give their text object a method bound to itself (``_do_line``): a cycle that
        # kept every drawn paragraph's lines for the cycle collector. Drawn, the object is not used again.
        aTextObject.__dict__.pop("_do_line", None)

    def showPage(self) -> None:
        # Not the page list itself, nor the layout's template (reportlab's build sets and deletes it): a page
        # kept with either would be a reference cycle, and the whole report would wait for the cycle collector.
        state = {k: v for k, v in self.__dict__.items() if k not in _NOT_KEPT}
        state["_bookmarks"] = self._bookmarks
        self._pages.append(state)
        self._bookmarks = []
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        entries = [h for h in self.headings if h[0] <= 1]
        per_page = toc_lines_per_page(self._pagesize)
        # Taken off the list as they are written, so a written page's drawing operations are freed.
        pages, self._pages = self._pages[::-1], []
        for number in range(1, total + 1):
            state = pages.pop()
            count = getattr(self, "_annotationCount", 0)
            self.__dict__.update(state)
            self._annotationCount = count  # annotation names must stay unique across the replayed pages
            for key, top in state["_bookmarks"]:
                # Bookmarks are made here, not during layout: only now is this the PDF's current page.
                self.bookmarkPage(key, fit="XYZ", left=0, top=top)
            if number in self.toc_pages:
                index = self.toc_pages[number]
                self._draw_toc(entries[index * per_page:(index + 1) * per_page], index)
            self._draw_furniture(number, total)
            Canvas.showPage(self)
        self.page_count = total
        Canvas.save(self)

    def _draw_furniture(self, number: int, total: int) -> None:
        width, height = self._pagesize
        doc = self.document
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.6)
        self.line(MARGIN, height - TOP + 8, width - MARGIN, height - TOP + 8)
        self.line(MARGIN, BOTTOM - 8, width - MARGIN, BOTTOM - 8)
        self.setFillColor(ACCENT)
        self.setFont(f"{FONT}-Bold", 8.5)
        half = (width - 2 * MARGIN) / 2 - 10
        self.drawString(MARGIN, height - TOP + 13, fit(doc.organisation, f"{FONT}-Bold", 8.5, half))
        self.setFont(FONT, 8.5)
        self.drawRightString(width - MARGIN, height - TOP + 13, fit(doc.title, FONT, 8.5, half))
        self.setFillColor(GREY)
        self.setFont(FONT, 7)
        count, head = doc.anchor
        footer = t("reports", "Generated {when} · Audit trail entry {count}, head {head}… · Signed: any change "
                              "breaks it").format(when=doc.generated, count=count, head=head[:16])
        self.drawString(MARGIN, BOTTOM - 18, fit(footer, FONT, 7, width - 2 * MARGIN - 70))
        self.setFont(f"{FONT}-Bold", 7.5)
        self.setFillColor(colors.black)
        self.drawRightString(width - MARGIN, BOTTOM - 18,
                             t("reports", "Page {page} of {pages}").format(page=number, pages=total))
        self.restoreState()

    def _draw_toc(self, entries: list[tuple[int, str, int, str]], index: int) -> None:
        width, height = self._pagesize
        y = height - TOP - 10
        self.saveState()
        self.setFillColor(ACCENT)
        self.setFont(f"{FONT}-Bold", 15)
        self.drawString(MARGIN, y - 8, t("reports", "Contents") if index == 0 else t("reports", "Contents (continued)"))
        y -= 34
        right = width - MARGIN
        for level, text, page, key in entries:
            indent = 14 * level
            font = f"{FONT}-Bold" if level == 0 else FONT
            size = 9.5 if level == 0 else 9
            number = str(page)
            number_width = pdfmetrics.stringWidth(number, FONT, size)
            shown = fit(text, font, size, right - MARGIN - indent - number_width - 24)
            self.setFillColor(colors.black)
            self.setFont(font, size)
            self.drawString(MARGIN + indent, y, shown)
            self.setFont(FONT, size)
            self.drawRightString(right, y, number)
            start = MARGIN + indent + pdfmetrics.stringWidth(shown, font, size) + 4
            self.setStrokeColor(RULE)
            self.setDash(1, 2)
            self.line(start, y + 1, right - number_width - 4, y + 1)
            self.setDash()
            self.linkAbsolute("", key, (MARGIN + indent, y - 3, right, y + size), thickness=0)
            y -= TOC_LINE
        self.restoreState()


