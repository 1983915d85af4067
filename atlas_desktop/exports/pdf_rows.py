"""Label/value rows drawn as light flowables instead of reportlab Tables, and paragraphs made without parsing.

A register of a thousand activities is tens of thousands of rows. A reportlab Table wraps
each cell twice (to size the table, then again to draw it) and parses every cell's
markup; these rows wrap each paragraph once, build plain-text paragraphs straight from
a template fragment, and split a long value across pages line by line.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.paraparser import ParaFrag

from ..core.i18n import t
from .pdf_style import FONT, GREY, HEAD_FILL, LABEL_FILL, RULE, STYLES

PAD_X, PAD_TOP, PAD_BOTTOM, GAP = 4, 2.5, 3.5, 1.5
KEEP_WHOLE = 100  # a row shorter than this moves whole to the next page instead of splitting


@cache
def _template(style_name: str) -> ParaFrag:
    # One parse per style gives a fragment carrying the style's font, size and colour.
    return Paragraph("x", getattr(STYLES, style_name)).frags[0]


def plain(text: str, style_name: str = "cell") -> Paragraph:
    """A paragraph of plain text (no markup, line breaks kept), built without the markup parser."""
    template = _template(style_name)
    frags: list[ParaFrag] = []
    for i, line in enumerate(str(text).split("\n")):
        if i:
            frags.append(template.clone(text="", lineBreak=True))
        frags.append(template.clone(text=line))
    return Paragraph("", getattr(STYLES, style_name), frags=frags)


@lru_cache(maxsize=4096)
def _parsed(markup: str, style_name: str) -> list[ParaFrag]:
    return Paragraph(markup, getattr(STYLES, style_name)).frags


def cached(markup: str, style_name: str) -> Paragraph:
    """A paragraph of markup that repeats (labels, headings of rows): parsed once, its fragments shared."""
    return Paragraph("", getattr(STYLES, style_name), frags=_parsed(markup, style_name))


@lru_cache(maxsize=8192)
def _width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


class Label(Flowable):
    """A row's label and the article asking for it: drawn as one line of text when it fits,
    which most labels do, and as a paragraph when it must wrap."""

    SIZE, CITE_SIZE, LEADING = 8, 6.5, 10

    def __init__(self, label: str, article: str = "") -> None:
        super().__init__()
        self.label = label
        self.article = article
        self._para: Paragraph | None = None

    def getPlainText(self) -> str:
        return self.label

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        needed = _width(self.label, f"{FONT}-Bold", self.SIZE)
        if self.article:
            needed += 6 + _width(self.article, FONT, self.CITE_SIZE)
        if needed <= avail_width:
            self._para = None
            self.width, self.height = avail_width, self.LEADING
            return self.width, self.height
        cite = (f'&nbsp;&nbsp;<font name="{FONT}" size="{self.CITE_SIZE}" color="#5A6570">{_escape(self.article)}'
                "</font>") if self.article else ""
        self._para = cached(f"{_escape(self.label)}{cite}", "label")
        self.width, self.height = self._para.wrap(avail_width, avail_height)
        return self.width, self.height

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        if self._para is not None:
            self._para.drawOn(canvas, x, y, _sW)
            return
        baseline = y + self.LEADING - self.SIZE
        canvas.setFillColor(colors.black)
        canvas.setFont(f"{FONT}-Bold", self.SIZE)
        canvas.drawString(x, baseline, self.label)
        if self.article:
            canvas.setFillColor(GREY)
            canvas.setFont(FONT, self.CITE_SIZE)
            canvas.drawString(x + _width(self.label, f"{FONT}-Bold", self.SIZE) + 6, baseline, self.article)


class GroupHead(Flowable):
    """A shaded full-width row naming a group that has no rows under it."""

    def __init__(self, text: Paragraph) -> None:
        super().__init__()
        self.text = text

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        _, h = self.text.wrap(avail_width - 2 * PAD_X, avail_height)
        self.height = h + PAD_TOP + PAD_BOTTOM
        return self.width, self.height

    def draw(self) -> None:
        _draw_head(self.canv, self.text, self.width, 0, self.height)


def _draw_head(canv: Any, text: Paragraph, width: float, y: float, height: float) -> None:
    canv.saveState()
    canv.setFillColor(HEAD_FILL)
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.4)
    canv.rect(0, y, width, height, stroke=1, fill=1)
    canv.restoreState()
    text.drawOn(canv, PAD_X, y + PAD_BOTTOM)


class Row(Flowable):
    """One label and its value (one or more flowables), bordered like a table row."""

    def __init__(self, label: Flowable, values: Sequence[Flowable], label_width: float,
                 head: Paragraph | None = None) -> None:
        super().__init__()
        self.label = label
        self.values = list(values)
        self.label_width = label_width
        self.head = head  # the group's heading, drawn above the first row so the two never part
        self._heights: list[float] = []
        self._head_h = 0.0

    def _value_width(self) -> float:
        return self.width - self.label_width - 2 * PAD_X

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        _, label_h = self.label.wrap(self.label_width - 2 * PAD_X, avail_height)
        self._label_h = label_h
        self._heights = [f.wrap(self._value_width(), avail_height)[1] for f in self.values]
        content = sum(self._heights) + GAP * max(len(self._heights) - 1, 0)
        self._head_h = 0.0
        if self.head is not None:
            self._head_h = self.head.wrap(avail_width - 2 * PAD_X, avail_height)[1] + PAD_TOP + PAD_BOTTOM
        self._row_h = max(label_h, content) + PAD_TOP + PAD_BOTTOM
        self.height = self._row_h + self._head_h
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        room = avail_height - self._head_h - PAD_TOP - PAD_BOTTOM
        if self._row_h < KEEP_WHOLE or room < 2 * STYLES.cell.leading:
            return []
        width = self._value_width()
        first: list[Flowable] = []
        rest = list(self.values)
        used = 0.0
        while rest:
            _, h = rest[0].wrap(width, room - used)
            if used + h <= room:
                first.append(rest.pop(0))
                used += h + GAP
                continue
            parts = rest[0].split(width, room - used)
            if len(parts) > 1:
                first.append(parts[0])
                rest[0:1] = parts[1:]
            break
        if not first or not rest:
            return []
        return [Row(self.label, first, self.label_width, self.head),
                Row(Label(t("reports", "{label} (continued)").format(label=self.label.getPlainText())), rest,
                    self.label_width)]

    def draw(self) -> None:
        canv = self.canv
        if self.head is not None:
            _draw_head(canv, self.head, self.width, self._row_h, self._head_h)
        canv.saveState()
        canv.setFillColor(LABEL_FILL)
        canv.rect(0, 0, self.label_width, self._row_h, stroke=0, fill=1)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.4)
        canv.rect(0, 0, self.width, self._row_h, stroke=1, fill=0)
        canv.line(self.label_width, 0, self.label_width, self._row_h)
        canv.restoreState()
        top = self._row_h - PAD_TOP
        self.label.drawOn(canv, PAD_X, top - self._label_h)
        for flowable, h in zip(self.values, self._heights, strict=True):
            top -= h
            flowable.drawOn(canv, self.label_width + PAD_X, top)
            top -= GAP


def rows_flowables(rows: Sequence[Any], label_width: float) -> list[Flowable]:
    """Rows given as [label, value] (value: a flowable or a list of them) or a string (a group heading)."""
    out: list[Flowable] = []
    head: Paragraph | None = None
    for row in rows:
        if isinstance(row, str):
            if head is not None:
                out.append(GroupHead(head))
            head = cached(_escape(row), "head")
        else:
            label, value = row
            out.append(Row(label, value if isinstance(value, list) else [value], label_width, head))
            head = None
    if head is not None:
        out.append(GroupHead(head))
    return out


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
