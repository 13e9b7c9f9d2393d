"""PDF primitives on reportlab, always in invariant mode (set by ``kit/__init__``, which runs before this
module) so the bytes do not depend on the clock."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

#: Page callback as reportlab calls it: (canvas, doc template).
PageFn = Callable[[Any, Any], None]

_DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
_DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """Paragraph from plain text (markup characters escaped); a newline becomes a forced line break."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def serif_ttf() -> tuple[str, str]:
    """An embedded TrueType serif (regular, bold) if installed: pdfplumber takes a different text path for it."""
    if os.path.exists(_DEJAVU) and os.path.exists(_DEJAVU_B):
        if "DejaVuSerif" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("DejaVuSerif", _DEJAVU))
            pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", _DEJAVU_B))
        return "DejaVuSerif", "DejaVuSerif-Bold"
    return "Times-Roman", "Times-Bold"


def letter_styles(font: str, bold: str, size: float = 10.5) -> dict[str, ParagraphStyle]:
    """The style sheet of the main samples' hand-laid letters (``samples/build_samples.py``)."""
    return {
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.35, spaceAfter=6),
        "h": ParagraphStyle(
            "h", fontName=bold, fontSize=size + 3, leading=(size + 3) * 1.3, spaceAfter=8, spaceBefore=4
        ),
        "h2": ParagraphStyle(
            "h2", fontName=bold, fontSize=size + 0.5, leading=(size + 0.5) * 1.3, spaceAfter=3, spaceBefore=6
        ),
        "small": ParagraphStyle("small", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.3),
        "right": ParagraphStyle(
            "right", fontName=font, fontSize=size, leading=size * 1.35, alignment=TA_RIGHT
        ),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.3),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.3),
    }


def kv_table(
    rows: Sequence[tuple[str, str]],
    st: dict[str, ParagraphStyle],
    widths: tuple[float, float] = (5.5 * cm, 11 * cm),
    grid: bool = True,
) -> Table:
    """Label/value table with bold labels, optionally ruled with a shaded label column."""
    data = [[para(k, st["cellb"]), para(v, st["cell"])] for k, v in rows]
    t = Table(data, colWidths=list(widths))
    cmds: list[tuple[Any, ...]] = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 4)]
    if grid:
        cmds += [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ("BACKGROUND", (0, 0), (0, -1), colors.whitesmoke),
        ]
    t.setStyle(TableStyle(cmds))
    return t


def build_pdf(
    path: Path,
    story: list[Any],
    *,
    pagesize: tuple[float, float] = A4,
    margins: tuple[float, float, float, float] = (2.2 * cm, 2.2 * cm, 2.2 * cm, 2.2 * cm),
    title: str = "",
    author: str = "",
    creator: str = "offercheck samples",
    on_first: PageFn | None = None,
    on_later: PageFn | None = None,
) -> None:
    """Lay out a platypus story (margins: left, right, top, bottom) with fixed metadata, invariant mode on."""
    left, right, top, bottom = margins
    doc = SimpleDocTemplate(
        str(path),
        pagesize=pagesize,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        title=title,
        author=author,
        subject="",
        creator=creator,
        invariant=1,
    )
    if on_first is None and on_later is None:
        doc.build(story)
    else:
        doc.build(story, onFirstPage=on_first, onLaterPages=on_later)
