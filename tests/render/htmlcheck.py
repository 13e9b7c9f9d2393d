"""An HTML report taken apart with the standard library's parser, for the render tests: tags, ids, links, marks
and the text, plus every problem with the markup itself (an end tag that closes nothing, an element left open)."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"meta", "br", "img", "link", "hr", "input", "source", "wbr", "col", "area", "base", "embed", "track"}


@dataclass
class Parsed:
    tags: list[str] = field(default_factory=list)
    attrs: list[tuple[str, str, str | None]] = field(default_factory=list)
    """(tag, attribute name, value) of every attribute."""
    ids: list[str] = field(default_factory=list)
    hrefs: list[str] = field(default_factory=list)
    marks: list[str] = field(default_factory=list)
    """Ids of the <mark> elements, in document order."""
    text: str = ""
    by_id: dict[str, str] = field(default_factory=dict)
    """id -> text inside the element that carries it (marks, articles, the verdict)."""
    problems: list[str] = field(default_factory=list)


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parsed = Parsed()
        self.stack: list[tuple[str, str | None]] = []
        self.chunks: list[str] = []
        self.open_ids: list[tuple[str, int]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        p = self.parsed
        p.tags.append(tag)
        element_id = None
        for name, value in attrs:
            p.attrs.append((tag, name, value))
            if name == "id" and value is not None:
                p.ids.append(value)
                element_id = value
            if name == "href" and value is not None:
                p.hrefs.append(value)
        if tag == "mark" and element_id:
            p.marks.append(element_id)
        if tag not in VOID:
            self.stack.append((tag, element_id))
            if element_id:
                self.open_ids.append((element_id, len("".join(self.chunks))))

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1][0] != tag:
            self.parsed.problems.append(f"</{tag}> closes {self.stack[-1][0] if self.stack else 'nothing'}")
            return
        _tag, element_id = self.stack.pop()
        if element_id and self.open_ids and self.open_ids[-1][0] == element_id:
            _, start = self.open_ids.pop()
            self.parsed.by_id[element_id] = "".join(self.chunks)[start:]

    def handle_data(self, data: str) -> None:
        self.chunks.append(data)


def parse(document: str) -> Parsed:
    parser = _Parser()
    parser.feed(document)
    parser.close()
    parsed = parser.parsed
    parsed.text = "".join(parser.chunks)
    if parser.stack:
        parsed.problems.append(f"left open: {[tag for tag, _ in parser.stack]}")
    return parsed
