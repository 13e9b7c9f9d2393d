"""The block model: a document is a list of small tuples, written to PDF, DOCX or plain text.

Blocks (the first item names the kind)::

    ("title", text) ("h", text) ("p", text) ("small", text) ("right", text) ("sp",) ("ul", [item, ...])
    ("kv", [(label, value), ...])          two-column label/value table; optional 3rd item: ruled (bool)
    ("kv4", [(k, v, k, v), ...])           four columns, two label/value pairs per row
    ("form", [(section, [(k, v), ...])])   ruled form with shaded section rows
    ("sig", [(left, right), ...])          borderless signature table

A :class:`Layout` holds everything that differs between the two hold-out sets (style sheet, margins, bullet,
table rules, letterhead drawing, how DOCX cells get their text).  Both sets' looks are kept exactly, because
the committed documents must rebuild byte for byte: :data:`HOLDOUT` and :data:`HOLDOUT2`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
from docx.table import _Cell
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from .pdf import build_pdf, para
from .word import cell_plain, cell_runs, save_docx, set_core_properties

#: One block, e.g. ``("p", "text")`` or ``("kv", [("Label", "value")], False)``.
Block = tuple[Any, ...]
#: Draws a page's letterhead/footer: (canvas, doc, layout, pagesize, header, footer, title, with_header).
PageDecor = Callable[
    [Any, Any, "Layout", tuple[float, float], Sequence[str] | None, Sequence[str] | None, str, bool], None
]
#: Fills a DOCX section's header and footer: (section, header lines, footer lines).
DocxDecor = Callable[[Any, Sequence[str] | None, Sequence[str] | None], None]
CellWriter = Callable[[_Cell, str, bool, float | None], None]


def holdout_styles(size: float = 10.0) -> dict[str, ParagraphStyle]:
    """Style sheet of samples/holdout (Helvetica)."""
    font, bold = "Helvetica", "Helvetica-Bold"
    return {
        "title": ParagraphStyle("t", fontName=bold, fontSize=size + 4, leading=size + 8, spaceAfter=8),
        "h": ParagraphStyle(
            "h", fontName=bold, fontSize=size + 0.5, leading=size + 4, spaceBefore=6, spaceAfter=3
        ),
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=size + 3.5, spaceAfter=5),
        "small": ParagraphStyle("s", fontName=font, fontSize=size - 2, leading=size + 0.5, spaceAfter=3),
        "cell": ParagraphStyle("c", fontName=font, fontSize=size - 0.5, leading=size + 2.5),
        "cellb": ParagraphStyle("cb", fontName=bold, fontSize=size - 0.5, leading=size + 2.5),
    }


def holdout2_styles(size: float = 10.0) -> dict[str, ParagraphStyle]:
    """Style sheet of samples/holdout2 (Helvetica, a little airier, plus right-aligned and form-section)."""
    f, b = "Helvetica", "Helvetica-Bold"
    return {
        "title": ParagraphStyle("t", fontName=b, fontSize=size + 5, leading=size + 9, spaceAfter=8),
        "h": ParagraphStyle(
            "h", fontName=b, fontSize=size + 0.5, leading=size + 4, spaceBefore=7, spaceAfter=3
        ),
        "p": ParagraphStyle("p", fontName=f, fontSize=size, leading=size + 3.6, spaceAfter=5),
        "small": ParagraphStyle("s", fontName=f, fontSize=size - 2, leading=size + 0.6, spaceAfter=3),
        "right": ParagraphStyle(
            "r", fontName=f, fontSize=size, leading=size + 3.6, alignment=2, spaceAfter=5
        ),
        "cell": ParagraphStyle("c", fontName=f, fontSize=size - 0.8, leading=size + 2.4),
        "cellb": ParagraphStyle("cb", fontName=b, fontSize=size - 0.8, leading=size + 2.4),
        "sec": ParagraphStyle("se", fontName=b, fontSize=size - 0.3, leading=size + 2.8),
    }


# ----------------------------------------------------------------- page decorations (PDF) --- #


def banner_page(
    c: Any,
    doc: Any,
    layout: Layout,
    pagesize: tuple[float, float],
    header: Sequence[str] | None,
    footer: Sequence[str] | None,
    title: str,
    with_header: bool,
) -> None:
    """Small-type header lines over a grey rule; footer lines and a bare page number (samples/holdout)."""
    c.saveState()
    if header and with_header:
        c.setFont("Helvetica-Bold", 9)
        y = pagesize[1] - 1.3 * cm
        for i, line in enumerate(header):
            line = line.replace("\u2022", "|")
            c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 9 if i == 0 else 7.5)
            c.drawString(2.2 * cm, y, line)
            y -= 0.38 * cm
        c.setStrokeColor(colors.grey)
        c.line(2.2 * cm, y + 0.1 * cm, pagesize[0] - 2.2 * cm, y + 0.1 * cm)
    if footer:
        c.setFont("Helvetica", 7)
        y = 1.2 * cm
        for line in footer:
            c.drawString(2.2 * cm, y, line.replace("\u2022", "|"))
            y -= 0.3 * cm
        c.drawRightString(pagesize[0] - 2.2 * cm, 1.2 * cm, f"{doc.page}")
    c.restoreState()


def letterhead_page(
    c: Any,
    doc: Any,
    layout: Layout,
    pagesize: tuple[float, float],
    header: Sequence[str] | None,
    footer: Sequence[str] | None,
    title: str,
    with_header: bool,
) -> None:
    """Company name large at left, contact lines right, a blue rule; centred footer; "Side n" / "Page n"
    by the document's language prefix (samples/holdout2)."""
    c.saveState()
    if header and with_header:
        y = A4[1] - 1.5 * cm
        name, *rest = header
        c.setFont("Helvetica-Bold", 15)
        c.drawString(2.3 * cm, y, name)
        c.setFont("Helvetica", 8)
        for i, line in enumerate(rest):
            c.drawRightString(A4[0] - 2.3 * cm, y + 0.1 * cm - i * 0.36 * cm, line)
        yl = y - max(0.5, 0.36 * len(rest)) * cm
        c.setStrokeColor(colors.HexColor("#1F4E79"))
        c.setLineWidth(1.2)
        c.line(2.3 * cm, yl, A4[0] - 2.3 * cm, yl)
    if footer:
        c.setFont("Helvetica", 7)
        y = 1.3 * cm
        for line in footer:
            c.drawCentredString(A4[0] / 2, y, line)
            y -= 0.3 * cm
    c.setFont("Helvetica", 7)
    c.drawRightString(
        A4[0] - 2.3 * cm,
        0.7 * cm,
        f"Side {doc.page}" if title.startswith("nb") or title.startswith("nn") else f"Page {doc.page}",
    )
    c.restoreState()


# ---------------------------------------------------------- header/footer decorations (DOCX) --- #


def plain_docx_decor(sec: Any, header: Sequence[str] | None, footer: Sequence[str] | None) -> None:
    """First header line bold, the rest and the footer in 8 pt (samples/holdout)."""
    if header:
        hp = sec.header.paragraphs[0]
        hp.text = header[0]
        hp.runs[0].bold = True
        for line in header[1:]:
            sec.header.add_paragraph(line).runs[0].font.size = Pt(8)
    if footer:
        fp = sec.footer.paragraphs[0]
        fp.text = footer[0]
        fp.runs[0].font.size = Pt(8)
        for line in footer[1:]:
            sec.footer.add_paragraph(line).runs[0].font.size = Pt(8)


def blue_docx_decor(sec: Any, header: Sequence[str] | None, footer: Sequence[str] | None) -> None:
    """Company name 14 pt bold blue, contact lines 8 pt; footer centred 8 pt (samples/holdout2)."""
    if header:
        hp = sec.header.paragraphs[0]
        r = hp.add_run(header[0])
        r.bold = True
        r.font.size = Pt(14)
        r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        for line in header[1:]:
            p = sec.header.add_paragraph()
            p.add_run(line).font.size = Pt(8)
    if footer:
        for i, line in enumerate(footer):
            p = sec.footer.paragraphs[0] if i == 0 else sec.footer.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(line).font.size = Pt(8)


@dataclass(frozen=True)
class Layout:
    """What makes one set's documents look like that set: every renderer difference, named."""

    styles: Callable[[float], dict[str, ParagraphStyle]]
    margin_cm: float  # left/right/bottom PDF margin
    avail_cut_cm: float  # page width minus this = text width (kept as its own literal: float bytes)
    top_cm: Callable[[Sequence[str] | None], float]  # PDF top margin for a header of n lines
    bullet: str
    key_width_cm: float
    grid: tuple[float, Any]  # rule width and colour of ruled kv tables
    sig_keep_together: bool  # signature table kept with a spacer (holdout2) or followed by one (holdout)
    page: PageDecor
    pdf_title: bool  # write the title into the PDF metadata
    letterhead_all_pages: bool
    docx_margin_cm: float
    docx_decor: DocxDecor
    cell: CellWriter
    kv_cell_size: bool  # kv4 cells one point smaller (holdout2)
    sig_trailing_paragraph: bool
    core_title: bool  # set core property title "" (holdout2)


HOLDOUT = Layout(
    styles=holdout_styles,
    margin_cm=2.2,
    avail_cut_cm=4.4,
    top_cm=lambda header: 2.2 * cm + (0.4 * cm * len(header) if header else 0),
    bullet="\u2013 ",
    key_width_cm=5.2,
    grid=(0.4, colors.grey),
    sig_keep_together=False,
    page=banner_page,
    pdf_title=True,
    letterhead_all_pages=True,
    docx_margin_cm=2.3,
    docx_decor=plain_docx_decor,
    cell=cell_plain,
    kv_cell_size=False,
    sig_trailing_paragraph=True,
    core_title=False,
)

HOLDOUT2 = Layout(
    styles=holdout2_styles,
    margin_cm=2.3,
    avail_cut_cm=4.6,
    top_cm=lambda header: 3.4 * cm if header else 2.2 * cm,
    bullet="\u2022  ",
    key_width_cm=5.0,
    grid=(0.5, colors.black),
    sig_keep_together=True,
    page=letterhead_page,
    pdf_title=False,
    letterhead_all_pages=True,
    docx_margin_cm=2.4,
    docx_decor=blue_docx_decor,
    cell=cell_runs,
    kv_cell_size=True,
    sig_trailing_paragraph=False,
    core_title=True,
)


def _pdf_story(
    blocks: Sequence[Block],
    layout: Layout,
    st: dict[str, ParagraphStyle],
    avail: float,
    kw: float,
    grid: bool,
) -> list[Any]:
    story: list[Any] = []
    for b in blocks:
        kind = b[0]
        if kind == "sp":
            story.append(Spacer(1, 0.35 * cm))
        elif kind in ("title", "h", "p", "small", "right"):
            story.append(para(b[1], st[kind]))
        elif kind == "ul":
            for item in b[1]:
                story.append(para(layout.bullet + item, st["p"]))
        elif kind == "kv":
            ruled = b[2] if len(b) > 2 else grid
            rows = [[para(k, st["cellb"]), para(v, st["cell"])] for k, v in b[1]]
            t = Table(rows, colWidths=[kw, avail - kw])
            style: list[tuple[Any, ...]] = [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
            if ruled:
                style.append(("GRID", (0, 0), (-1, -1), *layout.grid))
            t.setStyle(TableStyle(style))
            story += [t, Spacer(1, 0.25 * cm)]
        elif kind == "kv4":
            rows = [
                [para(a, st["cellb"]), para(v1, st["cell"]), para(c, st["cellb"]), para(v2, st["cell"])]
                for a, v1, c, v2 in b[1]
            ]
            k4 = 3.2 * cm
            t = Table(rows, colWidths=[k4, avail / 2 - k4, k4, avail / 2 - k4])
            t.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey),
                        ("LINEBEFORE", (2, 0), (2, -1), 0.3, colors.grey),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    ]
                )
            )
            story += [t, Spacer(1, 0.3 * cm)]
        elif kind == "form":
            form_rows: list[list[Any]] = []
            style = [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
            for section, pairs in b[1]:
                r = len(form_rows)
                form_rows.append([para(section, st["sec"]), ""])
                style += [
                    ("SPAN", (0, r), (1, r)),
                    ("BACKGROUND", (0, r), (1, r), colors.HexColor("#D9D9D9")),
                ]
                for k, v in pairs:
                    form_rows.append([para(k, st["cell"]), para(v, st["cell"])])
            t = Table(form_rows, colWidths=[kw, avail - kw], repeatRows=0)
            t.setStyle(TableStyle(style))
            story += [t, Spacer(1, 0.3 * cm)]
        elif kind == "sig":
            if layout.sig_keep_together:
                rows = [[para(a, st["cell"]), para(c, st["cell"])] for a, c in b[1]]
                t = Table(rows, colWidths=[avail / 2, avail / 2])
                t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story.append(KeepTogether([Spacer(1, 0.3 * cm), t]))
            else:
                rows = [[para(a, st["cell"]), para(c, st["cell"])] for a, c in b[1]]
                half = avail / 2
                t = Table(rows, colWidths=[half, avail - half])
                t.setStyle(
                    TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)])
                )
                story += [t, Spacer(1, 0.25 * cm)]
        else:  # pragma: no cover
            raise ValueError(kind)
    return story


def render_pdf(
    path: Path,
    blocks: Sequence[Block],
    layout: Layout,
    *,
    header: Sequence[str] | None = None,
    footer: Sequence[str] | None = None,
    pagesize: tuple[float, float] = A4,
    size: float = 10.0,
    grid: bool = True,
    title: str = "",
    key_width: float | None = None,
    header_first_page_only: bool = False,
) -> None:
    """Write ``blocks`` as a PDF in ``layout``'s look; ``grid`` is the default for kv blocks."""
    st = layout.styles(size)
    avail = pagesize[0] - layout.avail_cut_cm * cm
    kw = (layout.key_width_cm if key_width is None else key_width) * cm
    story = _pdf_story(blocks, layout, st, avail, kw, grid)
    m = layout.margin_cm * cm

    def first(c: Any, doc: Any) -> None:
        layout.page(c, doc, layout, pagesize, header, footer, title, True)

    def later(c: Any, doc: Any) -> None:
        layout.page(c, doc, layout, pagesize, header, footer, title, not header_first_page_only)

    build_pdf(
        path,
        story,
        pagesize=pagesize,
        margins=(m, m, layout.top_cm(header), m),
        title=title if layout.pdf_title else "",
        creator="",
        on_first=first,
        on_later=later,
    )


def render_docx(
    path: Path,
    blocks: Sequence[Block],
    layout: Layout,
    *,
    header: Sequence[str] | None = None,
    footer: Sequence[str] | None = None,
    font: str = "Calibri",
    size: float = 11,
) -> None:
    """Write ``blocks`` as a DOCX in ``layout``'s look (Word headings, real tables, fixed timestamps)."""
    doc: DocxDocument = Document()
    normal: Any = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(layout.docx_margin_cm)
    layout.docx_decor(sec, header, footer)
    cell = layout.cell
    small = size - 1 if layout.kv_cell_size else None
    for b in blocks:
        kind = b[0]
        if kind == "sp":
            doc.add_paragraph("")
        elif kind == "title":
            doc.add_heading(b[1], level=1)
        elif kind == "h":
            doc.add_heading(b[1], level=2)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "right":
            doc.add_paragraph(b[1]).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "small":
            doc.add_paragraph(b[1]).runs[0].font.size = Pt(size - 2)
        elif kind == "ul":
            for item in b[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "kv":
            t = doc.add_table(rows=0, cols=2)
            if b[2] if len(b) > 2 else True:
                t.style = "Table Grid"
            for k, v in b[1]:
                cells = t.add_row().cells
                cell(cells[0], k, True, None)
                cell(cells[1], v, False, None)
            doc.add_paragraph("")
        elif kind == "kv4":
            t = doc.add_table(rows=0, cols=4)
            t.style = "Table Grid"
            for a, v1, c, v2 in b[1]:
                cells = t.add_row().cells
                cell(cells[0], a, True, small)
                cell(cells[1], v1, False, small)
                cell(cells[2], c, True, small)
                cell(cells[3], v2, False, small)
            doc.add_paragraph("")
        elif kind == "form":
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for section, pairs in b[1]:
                row = t.add_row()
                cell(row.cells[0].merge(row.cells[1]), section, True, None)
                for k, v in pairs:
                    cells = t.add_row().cells
                    cell(cells[0], k, False, None)
                    cell(cells[1], v, False, None)
            doc.add_paragraph("")
        elif kind == "sig":
            t = doc.add_table(rows=0, cols=2)
            for a, c in b[1]:
                cells = t.add_row().cells
                cell(cells[0], a, False, None)
                cell(cells[1], c, False, None)
            if layout.sig_trailing_paragraph:
                doc.add_paragraph("")
        else:  # pragma: no cover
            raise ValueError(kind)
    set_core_properties(doc, title="" if layout.core_title else None)
    save_docx(doc, path)


def render_txt(
    path: Path,
    blocks: Sequence[Block],
    *,
    header: Sequence[str] | None = None,
    footer: Sequence[str] | None = None,
    kv_sep: str = ": ",
    width: int | None = None,
) -> None:
    """Write ``blocks`` as a plain-text e-mail/letter: title upper-cased, kv rows padded into columns."""
    lines: list[str] = []
    if header:
        lines += [*header, ""]
    for b in blocks:
        kind = b[0]
        if kind == "sp":
            lines.append("")
        elif kind == "title":
            lines += [b[1].upper(), ""]
        elif kind == "h":
            lines += ["", b[1]]
        elif kind in ("p", "small"):
            lines += [b[1], ""]
        elif kind == "ul":
            lines += ["- " + x for x in b[1]] + [""]
        elif kind == "kv":
            w = width or max(len(k) for k, _ in b[1]) + 1
            sep = kv_sep.rstrip()
            for k, v in b[1]:
                vv = v.split("\n")
                lines.append((k + sep).ljust(w + len(sep)) + " " + vv[0])
                lines += [" " * (w + len(sep) + 1) + x for x in vv[1:]]
            lines.append("")
        elif kind == "sig":
            for a, c in b[1]:
                lines.append(a.ljust(40) + c)
            lines.append("")
    if footer:
        lines += ["--", *footer]
    path.write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")


def write_txt(path: Path, text: str) -> None:
    """Write a literal text document (surrounding blank lines trimmed, one final newline, UTF-8)."""
    path.write_text(text.strip("\n") + "\n", encoding="utf-8")
