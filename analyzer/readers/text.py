"""Plain text and Markdown: one page per form feed, one line per line.

Tables drawn with pipes, as HR systems print them and Markdown writes them ("| Stilling | Sjåfør |"), become
table rows with cells like the PDF and DOCX readers' tables, so a key never merges with its value; their rule
lines ("+-----+-----+", "|---|---|") are dropped, and a row whose first cell is empty continues the row above.
"""

from __future__ import annotations

import re
from pathlib import Path

from analyzer.model import Document, Line, Page
from analyzer.readers.bounds import TextBudget, bounded_lines
from analyzer.readers.normalize import normalize_text

_RULE = re.compile(r"^\s*[+|][\s+|:=\-]*[+|]\s*$")


def _cells(raw: str) -> tuple[str, ...] | None:
    """The cells of a pipe-table row, or None for any other line."""
    stripped = raw.strip()
    if len(stripped) < 3 or not (stripped.startswith("|") and stripped.endswith("|")):
        return None
    cells = tuple(normalize_text(c) for c in stripped[1:-1].split("|"))
    return cells if len(cells) >= 2 else None


def _page_lines(chunk: str, number: int, budget: TextBudget) -> list[Line]:
    lines: list[Line] = []
    for raw in bounded_lines(chunk.splitlines(), budget):
        if _RULE.match(raw) and "-" in raw:
            continue
        cells = _cells(raw)
        if cells is None:
            if text := normalize_text(raw):
                lines.append(Line(text=text, page=number))
            continue
        if not any(cells):
            continue
        previous = lines[-1] if lines else None
        if not cells[0] and previous is not None and previous.cells and len(previous.cells) == len(cells):
            cells = tuple(f"{a} {b}".strip() for a, b in zip(previous.cells, cells, strict=True))
            lines.pop()
        kept = tuple(c for c in cells if c)
        lines.append(Line(text=" | ".join(kept), page=number, block="table", cells=kept))
    return lines


def document_from_text(text: str, name: str = "inline.txt") -> Document:
    """Pages at form feeds; at most ``bounds.RAW_CHARS`` characters are normalised, in lines of bounded length."""
    budget = TextBudget()
    pages = [
        Page(number=number, lines=_page_lines(chunk, number, budget))
        for number, chunk in enumerate(text.split("\f"), start=1)
    ]
    return Document(name=name, kind="text", pages=pages, warnings=budget.warnings())


def read_text(path: Path) -> Document:
    return document_from_text(decode_text(path.read_bytes()), name=path.name)


def decode_text(raw: bytes) -> str:
    """UTF-16/UTF-32 by their byte-order mark, else UTF-8 (with or without one), else Windows-1252 (what older
    Norwegian Windows tools save): æøå survive all four."""
    from analyzer.readers.sniff import UNICODE_BOMS

    for bom, codec in UNICODE_BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(codec).lstrip("\ufeff")
            except UnicodeDecodeError:
                if codec == "utf-32":  # FF FE 00 00 can also be UTF-16-LE text starting with U+0000
                    continue
                return raw.decode(codec, errors="replace").lstrip("\ufeff")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")
