"""Plain text and Markdown: one page per form feed, one line per line."""

from __future__ import annotations

from pathlib import Path

from analyzer.model import Document, Line, Page
from analyzer.readers.normalize import normalize_text


def document_from_text(text: str, name: str = "inline.txt") -> Document:
    pages: list[Page] = []
    for number, chunk in enumerate(text.split("\f"), start=1):
        lines = [Line(text=t, page=number) for raw in chunk.splitlines() if (t := normalize_text(raw))]
        pages.append(Page(number=number, lines=lines))
    return Document(name=name, kind="text", pages=pages)


def read_text(path: Path) -> Document:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    return document_from_text(text, name=path.name)
