"""The template every report shares: fonts, headings, contents pages and the signature box, and ``render``.

Layout runs once. The canvas (``pdf_canvas``) keeps every page until the end, so that each page
can say "page x of y" and the reserved contents pages can list the pages the headings fell on,
without the second layout pass (``multiBuild``) a reportlab table of contents needs. Its own words
(the signature section, the box) are in the user's language (``core.i18n``, context "reports"), and the
PDF's /Lang says which.
"""

from __future__ import annotations

import io
import math
import threading
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
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
from ..core import i18n
from ..core.i18n import t
from ..resources import resource_path
from .pdf_canvas import BOTTOM, MARGIN, TOP, Progress, ReportCanvas, fit, toc_lines_per_page
from .pdf_style import ACCENT, FONT, STYLES

_FONT_FILES = (("", "DejaVuSans.ttf"), ("-Bold", "DejaVuSans-Bold.ttf"),
               ("-Oblique", "DejaVuSans-Oblique.ttf"), ("-BoldOblique", "DejaVuSans-BoldOblique.ttf"))
_fonts_lock = threading.Lock()
_fonts_ready = False

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
        if isinstance(canv, ReportCanvas):
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
        if isinstance(canv, ReportCanvas):
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
        canv.drawString(8, self.HEIGHT - 14, t("reports", "Digitally signed (PAdES)"))
        canv.setFillColor(colors.black)
        count, head = info.anchor
        signer = (t("reports", "{signer}, made by {person}").format(signer=info.signer, person=info.made_by)
                  if info.made_by else info.signer)
        lines = ((t("reports", "Signer:"), signer), (t("reports", "Date:"), info.date),
                 (t("reports", "Reason:"), info.reason),
                 (t("reports", "Register:"), t("reports", "audit trail entry {count}, head {head}").format(
                     count=count, head=head)),
                 (t("reports", "Certificate:"), t("reports", "SHA-256 {fingerprint}").format(
                     fingerprint=info.fingerprint)))
        # The values start after the widest label: a translated label may be longer than the English.
        indent = max(58, 8 + max(pdfmetrics.stringWidth(label, f"{FONT}-Bold", 7) for label, _ in lines) + 4)
        for i, (label, value) in enumerate(lines):
            y = self.HEIGHT - 27 - i * 10.5
            canv.setFont(f"{FONT}-Bold", 7)
            canv.drawString(8, y, label)
            size = 7 if i < 3 else 6
            canv.setFont(FONT, size)
            canv.drawString(indent, y, fit(value, FONT, size, self.box_width - indent - 6))
        canv.restoreState()
        if isinstance(canv, ReportCanvas):
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
    # Markup (<b>) is part of the templates, so a translation can put the emphasis where its words fall.
    steps = t(
        "reports",
        "This report is signed electronically (PAdES) by the organisation. Any change to the file after "
        "signing, even of one character, breaks the signature. <b>To check it</b>, open the file in a PDF reader "
        "that shows signatures, for example Adobe Acrobat Reader, and open its signature panel. It should show "
        "the signer, <b>{signer}</b>, and say that the document has not been modified since this "
        "signature was applied.").format(signer=escape(info.signer))
    identity = t(
        "reports",
        "The organisation issued its signing certificate itself, so the reader may add that the signer's identity "
        "is unknown or not trusted: that is expected. <b>To confirm who signed</b>, show the signer's certificate "
        "(in Acrobat Reader: Signature Properties, Show Signer's Certificate, Details) and compare its SHA-256 "
        "fingerprint with the one the organisation gives you. For this report it is:")
    fingerprint = "<br/>".join(fingerprint_lines(info.fingerprint))
    anchor = t(
        "reports",
        "The Register line in the box names the state of the organisation's register (its audit trail) when the "
        "report was made; with Atlas Desktop the organisation can later prove that its history up to that point "
        "was not rewritten (atlas audit verify --anchor {anchor}).").format(anchor=f"{count}:{head}")
    return [KeepTogether([Heading(t("reports", "Signature"), 0, key="signature"), Paragraph(steps, STYLES.body),
                          Paragraph(identity, STYLES.body), Paragraph(fingerprint, _FINGERPRINT),
                          Paragraph(escape(anchor), STYLES.note), Spacer(1, 4), SignatureBox(info)])]


def page_size(is_landscape: bool) -> tuple[float, float]:
    return landscape(A4) if is_landscape else A4


def full_height(avail_width: float) -> float:
    """The height of an empty page's frame, for the frame as wide as ``avail_width`` (portrait or landscape)."""
    for size in (A4, landscape(A4)):
        if abs(avail_width - (size[0] - 2 * MARGIN)) < 1:
            return size[1] - TOP - BOTTOM
    return A4[1] - TOP - BOTTOM


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
    """Lay out the document (one pass) with its signature box last; return the unsigned PDF.

    The document's story is handed over to the layout (``document.story`` is left empty): reportlab
    drops each flowable once it is drawn, and a story still held here kept every laid-out paragraph
    alive to the end (the ropa report of 1,000 activities peaked at 414 MB, 206 MB without)."""
    register_fonts()
    size = page_size(document.landscape)
    handed, document.story = document.story, []
    story = _with_contents([*handed, *signature_section(signature)], size)
    del handed
    headings = len(_headings(story))
    buffer = io.BytesIO()
    holder: dict[str, ReportCanvas] = {}

    def make_canvas(*args: Any, **kwargs: Any) -> ReportCanvas:
        canv = ReportCanvas(*args, document=document, progress=progress, total_headings=headings, **kwargs)
        holder["canvas"] = canv
        return canv

    template = BaseDocTemplate(
        buffer, pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP, bottomMargin=BOTTOM,
        title=document.title, author=document.organisation, subject=document.subject,
        creator=f"Atlas Desktop {__version__}", keywords=document.keywords, lang=i18n.language(),
        displayDocTitle=1, initialFontName=FONT)
    frame = Frame(MARGIN, BOTTOM, size[0] - 2 * MARGIN, size[1] - TOP - BOTTOM, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    template.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    template.build(story, canvasmaker=make_canvas)
    canv = holder.pop("canvas")
    del template.canv  # the template and its canvas point at each other: freed now, not by the cycle collector
    if canv.signature_at is None:  # pragma: no cover - the box is always the last flowable
        raise RuntimeError("the signature box was not placed")
    page, box = canv.signature_at
    return Rendered(buffer.getvalue(), canv.page_count, page, box)
