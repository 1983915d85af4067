"""The template every report shares: fonts, page furniture, contents pages and the signature box.

Layout runs once. The canvas keeps every page until the end, so that each page can say
"page x of y" and the reserved contents pages can list the pages the headings fell on,
without the second layout pass (``multiBuild``) a reportlab table of contents needs.
"""

from __future__ import annotations

import io
import math
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from .. import __version__
from ..resources import resource_path
from .pdf_style import ACCENT, FONT, GREY, RULE, STYLES

Progress = Callable[[int, int, str], None]

_FONT_FILES = (("", "DejaVuSans.ttf"), ("-Bold", "DejaVuSans-Bold.ttf"),
               ("-Oblique", "DejaVuSans-Oblique.ttf"), ("-BoldOblique", "DejaVuSans-BoldOblique.ttf"))
_fonts_lock = threading.Lock()
_fonts_ready = False

MARGIN = 18 * mm
TOP = 24 * mm      # room for the running header
BOTTOM = 20 * mm   # room for the footer
TOC_LINE = 14      # points per contents line: one line per entry, so the pages needed are known up front
TOC_MIN_ENTRIES = 12


def register_fonts() -> None:
    """Register DejaVu Sans (embedded as subsets: reportlab embeds every TrueType font it uses)."""
    global _fonts_ready
    with _fonts_lock:
        if _fonts_ready:
            return
        for suffix, file in _FONT_FILES:
            pdfmetrics.registerFont(TTFont(FONT + suffix, str(resource_path("fonts", file))))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=f"{FONT}-Bold", italic=f"{FONT}-Oblique",
                                      boldItalic=f"{FONT}-BoldOblique")
        _fonts_ready = True


@dataclass
class Document:
    """What a report module hands over: its texts and flowables; the template adds the rest."""

    title: str                      # e.g. "Record of processing activities"
    subject: str                    # the PDF subject, e.g. "Art. 30 GDPR record"
    organisation: str
    generated: str                  # generation time, already in the organisation's zone
    anchor: tuple[int, str]         # audit entry count and head hash
    story: list[Flowable]
    landscape: bool = False
    keywords: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class SignatureInfo:
    signer: str
    date: str
    reason: str
    fingerprint: str
    anchor: tuple[int, str]
    made_by: str = ""   # the person who made the report (the register's recorded name), never a login name


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    pages: int
    signature_page: int                          # 0-based, for pyHanko
    signature_box: tuple[int, int, int, int]     # x1, y1, x2, y2 in PDF points


class Heading(Paragraph):
    """A heading that becomes a bookmark, an outline entry and (level 0–1) a contents line."""

    def __init__(self, text: str, level: int = 0, key: str | None = None, toc: str | None = None) -> None:
        style = STYLES.h1 if level == 0 else STYLES.h2 if level == 1 else STYLES.h3
        super().__init__(text, style)
        self.level = level
        self.key = key or f"h{id(self)}"
        self.toc_text = toc if toc is not None else self.getPlainText()

    def draw(self) -> None:
        super().draw()
        canv = self.canv
        if isinstance(canv, _ReportCanvas):
            _, top = canv.absolutePosition(0, self.height)
            canv.mark_heading(self, top + 6)


class TocHere(Flowable):
    """Where the contents pages go (after the title block); replaced when the report is rendered."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class _TocPage(Flowable):
    """An empty page whose contents lines are drawn once every heading's page is known."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, 1

    def draw(self) -> None:
        canv = self.canv
        if isinstance(canv, _ReportCanvas):
            canv.toc_pages[canv.getPageNumber()] = self.index


class SignatureBox(Flowable):
    """The visible signature: signer, date, reason. The PDF signature field is placed over it."""

    HEIGHT = 80

    def __init__(self, info: SignatureInfo, width: float = 450) -> None:
        super().__init__()
        self.info = info
        self.box_width = width

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.box_width = min(self.box_width, avail_width)
        return self.box_width, self.HEIGHT

    def draw(self) -> None:
        canv = self.canv
        info = self.info
        canv.saveState()
        canv.setStrokeColor(ACCENT)
        canv.setLineWidth(1.2)
        canv.setFillColor(colors.HexColor("#F3F6FA"))
        canv.roundRect(0, 0, self.box_width, self.HEIGHT, 4, stroke=1, fill=1)
        canv.setFillColor(ACCENT)
        canv.setFont(f"{FONT}-Bold", 8.5)
        canv.drawString(8, self.HEIGHT - 14, "Digitally signed (PAdES)")
        canv.setFillColor(colors.black)
        count, head = info.anchor
        signer = f"{info.signer}, made by {info.made_by}" if info.made_by else info.signer
        lines = (("Signer", signer), ("Date", info.date), ("Reason", info.reason),
                 ("Register", f"audit trail entry {count}, head {head}"), ("Certificate", f"SHA-256 {info.fingerprint}"))
        for i, (label, value) in enumerate(lines):
            y = self.HEIGHT - 27 - i * 10.5
            canv.setFont(f"{FONT}-Bold", 7)
            canv.drawString(8, y, f"{label}:")
            size = 7 if i < 3 else 6
            canv.setFont(FONT, size)
            canv.drawString(58, y, _fit(value, FONT, size, self.box_width - 64))
        canv.restoreState()
        if isinstance(canv, _ReportCanvas):
            x1, y1 = canv.absolutePosition(0, 0)
            x2, y2 = canv.absolutePosition(self.box_width, self.HEIGHT)
            canv.signature_at = (canv.getPageNumber() - 1, (math.floor(x1), math.floor(y1), math.ceil(x2),
                                                            math.ceil(y2)))


# The fingerprint to compare, large enough to read pair by pair off paper or screen.
_FINGERPRINT = ParagraphStyle("fingerprint", parent=STYLES.body, fontName=f"{FONT}-Bold", fontSize=10, leading=14,
                              leftIndent=12, spaceBefore=2, spaceAfter=8)


def fingerprint_lines(fingerprint: str) -> list[str]:
    """The SHA-256 fingerprint in lines of 16 bytes: easier to compare pair by pair than one long line."""
    return [":".join(fingerprint.split(":")[i:i + 16]) for i in range(0, len(fingerprint.split(":")), 16)]


def signature_section(info: SignatureInfo) -> list[Flowable]:
    """The last section, for readers outside the organisation (who have a PDF reader, not Atlas Desktop):
    how to check the signature, the certificate's fingerprint to compare, then the box."""
    count, head = info.anchor
    steps = (
        "This report is signed electronically (PAdES) by the organisation. Any change to the file after "
        "signing, even of one character, breaks the signature. <b>To check it</b>, open the file in a PDF reader "
        "that shows signatures, for example Adobe Acrobat Reader, and open its signature panel. It should show "
        f"the signer, <b>{escape(info.signer)}</b>, and say that the document has not been modified since this "
        "signature was applied.")
    identity = (
        "The organisation issued its signing certificate itself, so the reader may add that the signer's identity "
        "is unknown or not trusted: that is expected. <b>To confirm who signed</b>, show the signer's certificate "
        "(in Acrobat Reader: Signature Properties, Show Signer's Certificate, Details) and compare its SHA-256 "
        "fingerprint with the one the organisation gives you. For this report it is:")
    fingerprint = "<br/>".join(fingerprint_lines(info.fingerprint))
    anchor = (
        "The Register line in the box names the state of the organisation's register (its audit trail) when the "
        f"report was made; with Atlas Desktop the organisation can later prove that its history up to that point "
        f"was not rewritten (atlas audit verify --anchor {count}:{head}).")
    return [KeepTogether([Heading("Signature", 0, key="signature"), Paragraph(steps, STYLES.body),
                          Paragraph(identity, STYLES.body), Paragraph(fingerprint, _FINGERPRINT),
                          Paragraph(escape(anchor), STYLES.note), Spacer(1, 4), SignatureBox(info)])]


def _fit(text: str, font: str, size: float, width: float) -> str:
    """The text cut with an ellipsis so that it fits on one line of ``width`` points."""
    text = " ".join(text.split())
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class _ReportCanvas(Canvas):
    """Holds each finished page until ``save``, then draws the furniture and contents on it."""

    def __init__(self, *args: Any, document: Document, progress: Progress | None = None,
                 total_headings: int = 0, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.document = document
        self.progress = progress
        self.total_headings = max(total_headings, 1)
        self.headings: list[tuple[int, str, int, str]] = []   # level, text, page, key
        self.toc_pages: dict[int, int] = {}
        self.signature_at: tuple[int, tuple[int, int, int, int]] | None = None
        self._pages: list[dict[str, Any]] = []
        self._bookmarks: list[tuple[str, float]] = []
        self._outline_level = -1

    def mark_heading(self, heading: Heading, top: float) -> None:
        self.headings.append((heading.level, heading.toc_text, self.getPageNumber(), heading.key))
        self._bookmarks.append((heading.key, top))
        # The outline may not skip a level (a sub-heading before any heading).
        level = min(heading.level, self._outline_level + 1)
        self._outline_level = level
        self.addOutlineEntry(heading.toc_text, heading.key, level=level, closed=level > 0)
        if self.progress is not None:
            self.progress(len(self.headings), self.total_headings, "Laying out the pages")

    def showPage(self) -> None:
        state = dict(self.__dict__)
        state["_bookmarks"] = self._bookmarks
        self._pages.append(state)
        self._bookmarks = []
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        entries = [h for h in self.headings if h[0] <= 1]
        per_page = toc_lines_per_page(self._pagesize)
        for number, state in enumerate(self._pages, 1):
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
        self.drawString(MARGIN, height - TOP + 13, _fit(doc.organisation, f"{FONT}-Bold", 8.5, half))
        self.setFont(FONT, 8.5)
        self.drawRightString(width - MARGIN, height - TOP + 13, _fit(doc.title, FONT, 8.5, half))
        self.setFillColor(GREY)
        self.setFont(FONT, 7)
        count, head = doc.anchor
        footer = f"Generated {doc.generated} · Audit trail entry {count}, head {head[:16]}… · Signed: any change breaks it"
        self.drawString(MARGIN, BOTTOM - 18, _fit(footer, FONT, 7, width - 2 * MARGIN - 70))
        self.setFont(f"{FONT}-Bold", 7.5)
        self.setFillColor(colors.black)
        self.drawRightString(width - MARGIN, BOTTOM - 18, f"Page {number} of {total}")
        self.restoreState()

    def _draw_toc(self, entries: list[tuple[int, str, int, str]], index: int) -> None:
        width, height = self._pagesize
        y = height - TOP - 10
        self.saveState()
        self.setFillColor(ACCENT)
        self.setFont(f"{FONT}-Bold", 15)
        self.drawString(MARGIN, y - 8, "Contents" if index == 0 else "Contents (continued)")
        y -= 34
        right = width - MARGIN
        for level, text, page, key in entries:
            indent = 14 * level
            font = f"{FONT}-Bold" if level == 0 else FONT
            size = 9.5 if level == 0 else 9
            number = str(page)
            number_width = pdfmetrics.stringWidth(number, FONT, size)
            shown = _fit(text, font, size, right - MARGIN - indent - number_width - 24)
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


def page_size(is_landscape: bool) -> tuple[float, float]:
    return landscape(A4) if is_landscape else A4


def full_height(avail_width: float) -> float:
    """The height of an empty page's frame, for the frame as wide as ``avail_width`` (portrait or landscape)."""
    for size in (A4, landscape(A4)):
        if abs(avail_width - (size[0] - 2 * MARGIN)) < 1:
            return size[1] - TOP - BOTTOM
    return A4[1] - TOP - BOTTOM


def toc_lines_per_page(size: tuple[float, float]) -> int:
    return int((size[1] - TOP - BOTTOM - 44) // TOC_LINE)


def _headings(story: list[Flowable]) -> list[Heading]:
    found: list[Heading] = []
    for f in story:
        if isinstance(f, Heading):
            found.append(f)
        elif isinstance(f, KeepTogether):
            found += _headings(f._content)
    return found


def _with_contents(story: list[Flowable], size: tuple[float, float]) -> list[Flowable]:
    """Replace the TocHere marker with as many reserved pages as the contents lines need."""
    entries = sum(1 for h in _headings(story) if h.level <= 1)
    out: list[Flowable] = []
    for flowable in story:
        if not isinstance(flowable, TocHere):
            out.append(flowable)
        elif entries >= TOC_MIN_ENTRIES:
            for index in range(math.ceil(entries / toc_lines_per_page(size))):
                out += [PageBreak(), _TocPage(index)]
            out.append(PageBreak())
    return out


def render(document: Document, signature: SignatureInfo, progress: Progress | None = None) -> Rendered:
    """Lay out the document (one pass) with its signature box last; return the unsigned PDF."""
    register_fonts()
    size = page_size(document.landscape)
    story = _with_contents([*document.story, *signature_section(signature)], size)
    headings = len(_headings(story))
    buffer = io.BytesIO()
    holder: dict[str, _ReportCanvas] = {}

    def make_canvas(*args: Any, **kwargs: Any) -> _ReportCanvas:
        canv = _ReportCanvas(*args, document=document, progress=progress, total_headings=headings, **kwargs)
        holder["canvas"] = canv
        return canv

    template = BaseDocTemplate(
        buffer, pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP, bottomMargin=BOTTOM,
        title=document.title, author=document.organisation, subject=document.subject,
        creator=f"Atlas Desktop {__version__}", keywords=document.keywords, lang="en",
        displayDocTitle=1, initialFontName=FONT)
    frame = Frame(MARGIN, BOTTOM, size[0] - 2 * MARGIN, size[1] - TOP - BOTTOM, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    template.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    template.build(story, canvasmaker=make_canvas)
    canv = holder["canvas"]
    if canv.signature_at is None:  # pragma: no cover - the box is always the last flowable
        raise RuntimeError("the signature box was not placed")
    page, box = canv.signature_at
    return Rendered(buffer.getvalue(), len(canv._pages), page, box)
