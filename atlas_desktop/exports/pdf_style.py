"""The reports' typography and colours, in one place: one font family, a few sizes, one accent."""

from __future__ import annotations

from types import SimpleNamespace

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle

FONT = "AtlasSans"  # DejaVu Sans, registered under our own family name (pdf_base.register_fonts)

ACCENT = colors.HexColor("#1F3A5F")
GREY = colors.HexColor("#5A6570")
RULE = colors.HexColor("#AEB8C2")
HEAD_FILL = colors.HexColor("#E6EBF1")
LABEL_FILL = colors.HexColor("#F4F6F8")
OK = colors.HexColor("#2E7D32")
WARN = colors.HexColor("#B26A00")
BAD = colors.HexColor("#B3261E")
LEVEL_FILL = {"low": colors.HexColor("#CFE8CF"), "medium": colors.HexColor("#FBE3B4"),
              "high": colors.HexColor("#F4C2BE")}


def _style(name: str, **kw: object) -> ParagraphStyle:
    base = {"fontName": FONT, "fontSize": 9, "leading": 11.5, "alignment": TA_LEFT}
    base.update(kw)
    return ParagraphStyle(name, **base)  # type: ignore[arg-type]


STYLES = SimpleNamespace(
    title=_style("title", fontName=f"{FONT}-Bold", fontSize=19, leading=23, textColor=ACCENT, spaceAfter=4),
    subtitle=_style("subtitle", fontSize=11, leading=14, textColor=GREY, spaceAfter=10),
    h1=_style("h1", fontName=f"{FONT}-Bold", fontSize=13, leading=16, textColor=ACCENT, spaceBefore=12,
              spaceAfter=5, keepWithNext=1),
    h2=_style("h2", fontName=f"{FONT}-Bold", fontSize=10.5, leading=13, textColor=ACCENT, spaceBefore=9,
              spaceAfter=4, keepWithNext=1),
    h3=_style("h3", fontName=f"{FONT}-Bold", fontSize=9.5, leading=12, spaceBefore=6, spaceAfter=3,
              keepWithNext=1),
    body=_style("body", spaceAfter=5),
    note=_style("note", fontSize=8, leading=10, textColor=GREY, spaceAfter=5),
    cell=_style("cell", fontSize=8, leading=10),
    cell_bold=_style("cell_bold", fontName=f"{FONT}-Bold", fontSize=8, leading=10),
    label=_style("label", fontName=f"{FONT}-Bold", fontSize=8, leading=10),
    cite=_style("cite", fontSize=6.5, leading=8, textColor=GREY),
    head=_style("head", fontName=f"{FONT}-Bold", fontSize=7.5, leading=9.5, textColor=ACCENT),
    letter=_style("letter", fontSize=10, leading=14, spaceAfter=7),
)
