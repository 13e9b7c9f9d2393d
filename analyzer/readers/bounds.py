"""Bounds on the text a document hands to the extractors, applied by the readers before any expensive work.

Offers are tens of thousands of characters. The extractors' regexes and spaCy grow with the text and with the
length of a line (a 5 MB text without line breaks took over 30 s), so:

- a reader stops taking text after ``RAW_CHARS`` characters (:class:`TextBudget`), before normalising it;
- no line is longer than ``MAX_LINE_CHARS``: a longer one is split at a sentence end, else at white space, else
  hard (:func:`split_long`), each piece keeping the line's page and box (the piece lies inside that box);
- the document is cut after ``MAX_DOCUMENT_CHARS`` (``readers.cap_text``), with a warning.

A document cut by any of these (or missing pages that were not read) says so in its warnings with the phrases
below; :func:`text_was_cut` recognises them, and the pipeline turns a cut document into ``review``: the evidence
for a requirement may be in the part that was dropped.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from analyzer.model import Document

MAX_DOCUMENT_CHARS = 100_000
MAX_LINE_CHARS = 2_000
# Raw (not yet normalised) characters a reader takes: normalising folds runs of blanks and drops zero-width
# marks, so a little more than the cap is read to still fill it.
RAW_CHARS = 2 * MAX_DOCUMENT_CHARS

_SENTENCE_END = re.compile(r"[.!?;:](?=\s)")
_SPACE = re.compile(r"\s")


def split_long(text: str, limit: int = MAX_LINE_CHARS) -> list[str]:
    """``text`` in pieces of at most ``limit`` characters, in one pass (linear in the length): each cut is at the
    last sentence end in the second half of the window, else at its last white space, else at ``limit`` (never
    between a letter and its combining mark). Pieces are stripped; empty ones are dropped."""
    pieces: list[str] = []
    start, size = 0, len(text)
    while size - start > limit:
        window = text[start + limit // 2 : start + limit]
        ends = [m.end() for m in _SENTENCE_END.finditer(window)]
        if ends:
            cut = start + limit // 2 + ends[-1]
        else:
            spaces = [m.start() for m in _SPACE.finditer(window)]
            cut = start + limit // 2 + spaces[-1] if spaces else start + limit
            while cut > start + 1 and unicodedata.combining(text[cut]):
                cut -= 1
        pieces.append(text[start:cut].strip())
        start = cut
    pieces.append(text[start:].strip())
    return [p for p in pieces if p]


class TextBudget:
    """Counts every character a reader meets and hands out at most ``RAW_CHARS`` of them (whole lines, the last
    one cut): ``take(text)`` returns what may still be read of ``text`` ("" once the budget is spent)."""

    def __init__(self, limit: int = RAW_CHARS) -> None:
        self.limit = limit
        self.seen = 0
        self.kept = 0

    def take(self, text: str) -> str:
        self.seen += len(text)
        room = self.limit - self.kept
        if room <= 0:
            return ""
        piece = text[:room]
        self.kept += len(piece)
        return piece

    @property
    def cut(self) -> bool:
        return self.seen > self.kept

    def warnings(self) -> list[str]:
        """The truncation warning, when the budget cut the text (with the true size, not the kept one)."""
        return [truncation_warning(self.seen)] if self.cut else []


def bounded_lines(lines: Iterable[str], budget: TextBudget) -> list[str]:
    """Raw lines within ``budget``, each longer one split by :func:`split_long` (not yet normalised)."""
    out: list[str] = []
    for raw in lines:
        kept = budget.take(raw)  # counts ``raw`` even when nothing of it is kept
        if not kept:
            continue
        out.extend(split_long(kept) if len(kept) > MAX_LINE_CHARS else [kept])
    return out


_TRUNCATED = "were analysed, so terms after that point were not checked."
_NOT_READ = "(scanned) and were not read"


def truncation_warning(total: int) -> str:
    return (
        f"The document holds {total:,} characters of text; only the first {MAX_DOCUMENT_CHARS:,} {_TRUNCATED}"
    )


def scanned_not_read_warning(numbers: str, reason: str) -> str:
    return f"Page(s) {numbers} have no text layer {_NOT_READ}: {reason}"


def text_was_cut(document: Document) -> str | None:
    """The warning saying part of the document's text was not analysed (cut at a bound, or pages not read), or
    None when the whole text was read."""
    return next((w for w in document.warnings if _TRUNCATED in w or _NOT_READ in w), None)
