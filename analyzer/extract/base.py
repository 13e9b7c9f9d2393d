"""Shared machinery for extractors: where text sits, what label precedes a value, and how candidates compete.

Every extractor proposes scored candidates with evidence; :func:`resolve` keeps the best, lists the runners-up,
and flags a conflict when two strong candidates disagree instead of silently taking the first or the largest.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Generic, TypeVar

# The shared blank/placeholder and checkbox helpers (analyzer/extract/blanks.py), re-exported for extractors.
from analyzer.extract.blanks import blank_unticked as blank_unticked
from analyzer.extract.blanks import checkbox_state as checkbox_state
from analyzer.extract.blanks import checkboxes as checkboxes
from analyzer.extract.blanks import is_placeholder as is_placeholder
from analyzer.extract.blanks import starts_blank as starts_blank
from analyzer.extract.nlp import LineContext, analyse_lines, clause_bounds
from analyzer.model import Candidate, Document, Evidence, ExtractedField, Line
from analyzer.resources.lexicon import generic_label_regex

T = TypeVar("T")

# Candidates within this share of the best score that disagree with it make the field a conflict.
CONFLICT_RATIO = 0.85
STRONG = 0.6


@dataclass
class Segment:
    """A run of text that a label and its value can share: a whole line, or one table/form cell."""

    line_index: int
    cell: int | None
    text: str
    line: Line


@dataclass
class Context:
    """The document as extractors see it: lines, segments, spaCy sentence windows and cue hits."""

    document: Document
    language: str
    lines: list[Line]
    nlp: list[LineContext]
    segments: list[Segment] = field(default_factory=list)

    @classmethod
    def build(cls, document: Document, language: str) -> Context:
        """Lines as extractors read them: an unticked option ("☐ 100 %") is blanked out, so no extractor takes a
        form's unchosen caption as a value (see :func:`untick`)."""
        lines = [untick(line) for line in document.lines()]
        ctx = cls(document=document, language=language, lines=lines, nlp=analyse_lines(lines))
        for i, line in enumerate(lines):
            if line.cells:
                ctx.segments.extend(Segment(i, c, text, line) for c, text in enumerate(line.cells))
            else:
                ctx.segments.append(Segment(i, None, line.text, line))
        return ctx

    def evidence(self, line_index: int, note: str | None = None, focus: str | None = None) -> Evidence:
        """Evidence for a line; a long prose line is cut to the sentence holding ``focus`` (label or value)."""
        line = self.lines[line_index]
        return Evidence(page=line.page, text=_sentence_around(line.text, focus), bbox=line.bbox, note=note)

    def cues_near(self, line_index: int, start: int, end: int, segment_text: str | None = None) -> set[str]:
        """Cue classes in the clause around [start, end) of a line."""
        line_text = self.lines[line_index].text
        lc = self.nlp[line_index]
        sentence = lc.sentence_of(start)
        left, right = clause_bounds(line_text, start, end, sentence)
        return lc.cues_between(left, right)

    def offset_in_line(self, seg: Segment, pos: int) -> int:
        """Map a position inside a segment to a position in its line's text."""
        if seg.cell is None or not seg.line.cells:
            return pos
        before = " | ".join(seg.line.cells[: seg.cell])
        return pos + (len(before) + 3 if seg.cell else 0)


def untick(line: Line) -> Line:
    """The line with its unticked options blanked (offsets kept); a cell holding only an unticked mark blanks
    the caption cell after it ("| ☐ | Deltid |"). A line without checkbox marks is returned as it is."""
    if not checkboxes(line.text):
        return line
    cells = line.cells
    if cells:
        out = [blank_unticked(c) for c in cells]
        for k, cell in enumerate(cells[:-1]):
            boxes = checkboxes(cell)
            if len(boxes) == 1 and checkbox_state(cell) is False and not boxes[0].caption:
                out[k + 1] = " " * len(out[k + 1])
        cells = tuple(out)
    text = (
        " | ".join(cells)
        if cells and line.text == " | ".join(line.cells or ())
        else blank_unticked(line.text)
    )
    return line.model_copy(update={"text": text, "cells": cells})


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ«\"])")


def _sentence_around(text: str, focus: str | None, limit: int = 140) -> str:
    if len(text) <= limit or not focus or focus not in text or " | " in text:
        return text
    at = text.index(focus)
    starts = [0, *(m.end() for m in _SENTENCE_END.finditer(text))]
    start = max(s for s in starts if s <= at)
    ends = [m.start() for m in _SENTENCE_END.finditer(text) if m.start() > at]
    return text[start : ends[0] if ends else len(text)].strip()


@dataclass
class Window:
    """The text a labelled value may sit in: after the label in its segment, else the next cell or line."""

    label_segment: Segment
    label_text: str
    text: str
    line_indices: list[int]
    same_segment: bool
    rest: str = ""
    """The part of the label's own segment after the label (empty when the value is in the next segment)."""


_NUMBERING = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[a-z]\)|§\s*\d+|[IVX]+\.)\s*", re.IGNORECASE)
_BLANK_LOOK = 400
"""How far into a label's rest a blank or slot is looked for: it opens the rest, and a line may be 2,000 long."""
_WRAP_LOOK = 300
"""How far past a line's end a label broken by the wrap may reach (labels are a few words)."""


def label_windows(
    ctx: Context, pattern: re.Pattern[str], *, span: int = 90, body_only: bool = True
) -> Iterator[Window]:
    """Windows after each label match.

    A label that ends its line or cell takes the next segment as its value only when it reads as a form key:
    it stands in a table cell, or it is followed by a colon. A heading such as "4. Stilling" or "Tilbud om
    stilling" does not take the next sentence as its value; where a heading is followed by a key/value row
    ("Navn | Nordkapp Kraftnett AS"), the row's value cell is used.
    """
    for si, seg in enumerate(ctx.segments):
        if body_only and seg.line.block in ("header", "footer"):
            continue
        follow: tuple[str, list[int]] | None = None  # the next segment's text: the same for every match here
        for m in pattern.finditer(seg.text):
            rest = seg.text[m.end() :]
            rest_clean = rest.lstrip(" :.-–\t)(]").strip()
            if rest.strip(" :\t") and starts_blank(rest[:_BLANK_LOOK]):
                continue  # "Stilling: ______ Avdeling: …": a blank form field, not the next label's words
            if follow is None:
                follow = _following_text(ctx, si, pattern)
            following, indices = follow[0], list(follow[1])
            if not rest_clean and following and starts_blank(following[:_BLANK_LOOK]):
                continue
            if rest_clean and not _only_parenthetical(rest):
                if seg.cell is None and wraps(ctx, seg.line_index):
                    rest = rest + " " + ctx.lines[seg.line_index + 1].text
                yield Window(
                    seg, m.group(0), (rest + " " + following)[:span], [seg.line_index, *indices], True, rest
                )
                continue
            if not following:
                continue
            before = _NUMBERING.sub("", pattern.sub("", seg.text[: m.start()])).strip(" :-–/&,")
            is_key = seg.cell is not None or rest.strip().startswith(":") or rest.strip().endswith(":")
            heading = not before and (seg.cell is None) and not is_key
            if before and seg.cell is None and not rest.strip().startswith(":"):
                continue  # the label ends a sentence ("Tilbud om stilling"): no value follows
            if heading and not _next_is_key_row(ctx, si):
                continue
            yield Window(seg, m.group(0), following[:span], indices, False)
        if seg.cell is None and wraps(ctx, seg.line_index):
            yield from _labels_across_wrap(ctx, seg, pattern, span)


def _labels_across_wrap(ctx: Context, seg: Segment, pattern: re.Pattern[str], span: int) -> Iterator[Window]:
    """A label broken by a prose line wrap ("… Your first" / "working day will be 2 March 2026."): the value
    follows on the next line, which is where the evidence points."""
    nxt = ctx.lines[seg.line_index + 1]
    joined = seg.text + " " + nxt.text
    # Only labels that start in the last 60 characters and end past the break: the scan stops there, not at the
    # end of the next line (which may be 2,000 characters of digits).
    for m in pattern.finditer(joined, max(0, len(seg.text) - 60), len(seg.text) + _WRAP_LOOK):
        if m.start() >= len(seg.text):
            break
        if len(seg.text) < m.end() - 1:
            rest = joined[m.end() :]
            yield Window(seg, m.group(0), rest[:span], [seg.line_index, seg.line_index + 1], False)


def wraps(ctx: Context, line_index: int) -> bool:
    """Does this prose line continue on the next one? (PDF paragraphs are broken into visual lines.)"""
    line = ctx.lines[line_index]
    if line.cells is not None or line_index + 1 >= len(ctx.lines):
        return False
    nxt = ctx.lines[line_index + 1]
    return (
        nxt.page == line.page
        and nxt.cells is None
        and nxt.block == line.block
        and len(line.text) >= 55
        and not line.text.rstrip().endswith((".", ":", "!", "?"))
    )


def _only_parenthetical(rest: str) -> bool:
    """Only a remark after the label, possibly a legal reference with its own brackets: "(aml. § 14-6 (1) b)"."""
    return bool(re.fullmatch(r"\s*\((?:[^()]|\([^()]*\))*\)\s*:?\s*", rest))


def _next_is_key_row(ctx: Context, si: int) -> bool:
    nxt = ctx.segments[si + 1] if si + 1 < len(ctx.segments) else None
    return bool(nxt and nxt.cell == 0 and nxt.line.cells and len(nxt.line.cells) > 1)


def _following_text(ctx: Context, si: int, pattern: re.Pattern[str]) -> tuple[str, list[int]]:
    """Text of the next segment (next cell, or the next line) for values laid out below or beside a label.

    When the next segment is the key cell of a key/value row, its value cell is returned instead, but only
    when that key is generic ("Navn", "Adresse") or names the same thing ("6. Arbeidstid" above "Ukentlig
    arbeidstid | 37,5 timer"). Under a section heading such as "Stilling og arbeidsstad" the row "Tilsett som |
    Produksjonsmedarbeidar" answers another question, and "Ansatt fra | 02.03.2026" is no working time.
    """
    seg = ctx.segments[si]
    for k, nxt in enumerate(ctx.segments[si + 1 : si + 3]):
        if nxt.line.block in ("header", "footer"):
            continue
        if nxt.line.page != seg.line.page and nxt.line_index != seg.line_index:
            return "", []
        if not nxt.text.strip():
            continue
        if nxt.cell == 0 and nxt.line.cells and len(nxt.line.cells) > 1 and nxt.line_index != seg.line_index:
            key = nxt.text.strip(" :")
            generic = generic_label_regex()
            if not (pattern.search(key) or (generic is not None and generic.fullmatch(key))):
                return "", []
            value = ctx.segments[si + 1 + k + 1]
            return value.text, [value.line_index]
        return nxt.text, [nxt.line_index]
    return "", []


RESTATEMENT_DISCOUNT = 0.05
"""How much less a candidate counts when it stands after page 2 of a long document (annexures, terms, signature
pages restate the offer; the offer's own statement is on page 1–2). Small: a strong disagreeing restatement still
makes the field a conflict (review), it just does not win a tie."""


def statement_weight(ctx: Context, line_index: int) -> float:
    """Score adjustment for where a candidate stands: 0 on pages 1–2 or in a document of up to three pages,
    ``-RESTATEMENT_DISCOUNT`` further on in a longer one."""
    pages = ctx.lines[-1].page if ctx.lines else 1
    return -RESTATEMENT_DISCOUNT if pages > 3 and ctx.lines[line_index].page > 2 else 0.0


@dataclass
class Proposal(Generic[T]):
    value: T
    score: float
    evidence: list[Evidence]


def resolve(
    proposals: list[Proposal[T]],
    same: Callable[[T, T], bool] | None = None,
    note: str | None = None,
) -> ExtractedField[T]:
    """Best candidate wins; agreeing proposals reinforce it; a strong disagreeing runner-up is a conflict."""
    if not proposals:
        return ExtractedField[T](note=note)
    eq = same or (lambda a, b: a == b)
    groups: list[list[Proposal[T]]] = []
    for p in sorted(proposals, key=lambda p: -p.score):
        for g in groups:
            if eq(g[0].value, p.value):
                g.append(p)
                break
        else:
            groups.append([p])

    def group_score(g: list[Proposal[T]]) -> float:
        best = g[0].score
        return min(0.99, best + 0.04 * (len(g) - 1))

    groups.sort(key=lambda g: -group_score(g))
    best = groups[0]
    best_score = group_score(best)
    runners = [
        Candidate[T](value=g[0].value, confidence=round(group_score(g), 3), evidence=g[0].evidence[:2])
        for g in groups[1:4]
    ]
    conflict = any(
        group_score(g) >= STRONG and group_score(g) >= best_score * CONFLICT_RATIO for g in groups[1:]
    )
    evidence = _dedupe([e for p in best[:3] for e in p.evidence])
    confidence = best_score * (0.7 if conflict else 1.0)
    return ExtractedField[T](
        value=best[0].value,
        confidence=round(confidence, 3),
        evidence=evidence,
        candidates=runners,
        conflict=conflict,
        note=note,
    )


def _dedupe(evidence: list[Evidence]) -> list[Evidence]:
    seen: set[tuple[int, str]] = set()
    out = []
    for e in evidence:
        key = (e.page, e.text)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out
