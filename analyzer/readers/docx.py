"""DOCX via python-docx, walking the body in document order.

``Document.paragraphs`` skips tables, text boxes, headers and footers and loses the order of paragraphs and
tables; offers often keep the salary table and the signature block in tables, so we walk the XML ourselves.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from analyzer.model import Block, Document, Line, Page
from analyzer.readers.bounds import TextBudget, bounded_lines
from analyzer.readers.normalize import normalize_text

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_P, _TBL, _TR, _TC = f"{{{W}}}p", f"{{{W}}}tbl", f"{{{W}}}tr", f"{{{W}}}tc"
_T, _TAB, _BR, _CR = f"{{{W}}}t", f"{{{W}}}tab", f"{{{W}}}br", f"{{{W}}}cr"
_TXBX = f"{{{W}}}txbxContent"
_FALLBACK = f"{{{MC}}}Fallback"
_TYPE = f"{{{W}}}type"


def read_docx(path: Path) -> Document:
    import docx

    document = docx.Document(str(path))
    reader = _BodyReader()
    for section in document.sections:
        for header in (section.header, section.first_page_header):
            if not header.is_linked_to_previous:
                reader.walk(header._element, "header")
    reader.walk(document.element.body, "body")
    for section in document.sections:
        for footer in (section.footer, section.first_page_footer):
            if not footer.is_linked_to_previous:
                reader.walk(footer._element, "footer")
    pages = [Page(number=n, lines=lines) for n, lines in sorted(reader.pages.items())]
    return Document(
        name=path.name, kind="docx", pages=pages or [Page(number=1)], warnings=reader.budget.warnings()
    )


class _BodyReader:
    def __init__(self) -> None:
        self.page = 1
        self.pages: dict[int, list[Line]] = {1: []}
        self._seen_running: set[str] = set()
        self.budget = TextBudget()

    def add(self, text: str, block: Block, cells: tuple[str, ...] | None = None) -> None:
        """One line, or several when it is over the line bound (a huge paragraph: then without cells); nothing
        once the document's text budget is spent (see :mod:`analyzer.readers.bounds`)."""
        pieces = bounded_lines([text], self.budget)
        if len(pieces) != 1 or pieces[0] != text:
            cells = None
        for piece in pieces:
            self._add(normalize_text(piece), block, cells)

    def _add(self, text: str, block: Block, cells: tuple[str, ...] | None) -> None:
        if not text:
            return
        if block in ("header", "footer"):
            # Headers repeat per section; record each distinct running line once.
            if text in self._seen_running:
                return
            self._seen_running.add(text)
            self.pages.setdefault(1, []).append(Line(text=text, page=1, block=block, cells=cells))
            return
        self.pages.setdefault(self.page, []).append(Line(text=text, page=self.page, block=block, cells=cells))

    def walk(self, container: Any, block: Block) -> None:
        for child in container.iterchildren():
            if child.tag == _P:
                self.paragraph(child, block)
            elif child.tag == _TBL:
                self.table(child, block)
            elif child.tag.endswith("}sdt"):  # content controls wrap paragraphs and tables
                content = child.find(f"{{{W}}}sdtContent")
                if content is not None:
                    self.walk(content, block)

    def paragraph(self, p: Any, block: Block) -> None:
        text, breaks = _paragraph_text(p)
        for piece in text.split("\n"):
            self.add(piece, block)
        for box in _text_boxes(p):
            for inner in box.iter(_P):
                self.add(_paragraph_text(inner)[0].replace("\n", " "), block)
        if breaks and block == "body":
            self.page += breaks

    def table(self, tbl: Any, block: Block) -> None:
        for tr in tbl.iter(_TR):
            if _ancestor_table(tr) is not tbl:
                continue  # nested tables are read through their cell's text
            cells: list[str] = []
            for tc in tr.iterchildren(_TC):
                texts = [_paragraph_text(p)[0].replace("\n", " ") for p in tc.iter(_P)]
                cell = normalize_text(" ".join(t for t in texts if t.strip()))
                # Horizontally merged cells repeat their text in python-docx; vMerge continuation is empty.
                if cell and (not cells or cells[-1] != cell):
                    cells.append(cell)
            if cells:
                self.add(" | ".join(cells), "table" if block == "body" else block, tuple(cells))


def _ancestor_table(element: Any) -> Any:
    parent = element.getparent()
    while parent is not None and parent.tag != _TBL:
        parent = parent.getparent()
    return parent


def _paragraph_text(p: Any) -> tuple[str, int]:
    """Text of a paragraph (runs, hyperlinks, fields), excluding text boxes; and its page-break count."""
    out: list[str] = []
    breaks = 0
    for el in _own_elements(p):
        tag = el.tag
        if tag == _T and el.text:
            out.append(el.text)
        elif tag == _TAB:
            out.append("\t")
        elif tag in (_BR, _CR):
            if el.get(_TYPE) == "page":
                breaks += 1
            else:
                out.append("\n")
    return "".join(out), breaks


def _own_elements(p: Any) -> Iterator[Any]:
    """Descendants of a paragraph, not descending into text boxes or compatibility fallbacks."""
    stack = list(reversed(list(p)))
    while stack:
        el = stack.pop()
        if el.tag in (_TXBX, _FALLBACK):
            continue
        yield el
        stack.extend(reversed(list(el)))


def _text_boxes(p: Any) -> Iterator[Any]:
    for box in p.iter(_TXBX):
        ancestor = box.getparent()
        inside_fallback = False
        while ancestor is not None and ancestor is not p:
            if ancestor.tag == _FALLBACK:
                inside_fallback = True
                break
            ancestor = ancestor.getparent()
        if not inside_fallback:
            yield box
