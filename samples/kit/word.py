"""DOCX primitives on python-docx, with fixed core properties and zip timestamps so rebuilds are byte-equal.

(Named ``word`` rather than ``docx`` so it never shadows the python-docx package.)
"""

from __future__ import annotations

import datetime as _dt
import io
import zipfile
from pathlib import Path
from typing import Any, cast

from docx import Document
from docx.document import Document as DocxDocument
from docx.shared import Cm, Length, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

#: Creation/modification time written into every sample's core properties.
FIXED_DT = _dt.datetime(2026, 1, 1, 12, 0, 0)
#: Timestamp of every zip member.
ZIP_DT = (2026, 1, 1, 0, 0, 0)


def set_core_properties(doc: DocxDocument, *, author: str = "", title: str | None = None) -> None:
    """Author, fixed dates and revision 1 (and the title when given), in the order the XML expects them."""
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    if title is not None:
        cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1


def new_docx(font: str = "Calibri", size: float = 11) -> DocxDocument:
    """A document with the given Normal font, authored "offercheck samples" (the main samples' convention)."""
    doc = Document()
    st: Any = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    set_core_properties(doc, author="offercheck samples", title="")
    return doc


def save_docx(doc: DocxDocument, path: Path, *, unix_mode: bool = False) -> None:
    """Save with sorted members and fixed zip timestamps so the bytes do not depend on the clock.

    ``unix_mode`` also writes rw-r--r-- permissions into each member (the main samples were built that way).
    """
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            if unix_mode:
                info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(item.filename))
    path.write_bytes(out.getvalue())


def kv_table(
    doc: DocxDocument,
    rows: list[tuple[str, str]],
    widths: tuple[Length, Length] | None = None,
    style: str = "Table Grid",
) -> Table:
    """Two-column Word table, labels bold, fixed column widths."""
    widths = widths or (Cm(5.5), Cm(10.5))
    t: Any = doc.add_table(rows=0, cols=2)
    t.style = style
    for k, v in rows:
        cells = t.add_row().cells
        cells[0].text = k
        cells[1].text = v
        for run in cells[0].paragraphs[0].runs:
            run.bold = True
        cells[0].width, cells[1].width = widths
    return cast(Table, t)


def para(
    doc: DocxDocument,
    text: str,
    bold: bool = False,
    size: float | None = None,
    align: Any = None,
    space_after: float = 6,
) -> Paragraph:
    """One paragraph of one run, with the formatting the hand-laid DOCX samples use."""
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p


def cell_plain(cell: _Cell, text: str, bold: bool = False, size: float | None = None) -> None:
    """Cell text through ``cell.text`` (newlines become breaks inside one run); bold/size on that run."""
    cell.text = text
    runs = cell.paragraphs[0].runs
    if runs and bold:
        runs[0].bold = True
    if runs and size:
        runs[0].font.size = Pt(size)


def cell_runs(cell: _Cell, text: str, bold: bool = False, size: float | None = None) -> None:
    """Cell text as one run per line joined by explicit breaks (after an empty run left by clearing)."""
    cell.text = ""
    par = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = par.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()
