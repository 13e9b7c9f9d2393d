"""What a single line says about a clause: a bare heading, a table row with a value, an undetermined clause.

These tests are the grammar of the clause scan (the words are in ``patterns/clauses.yaml``): a cue counts in a
table row only when the row has a value, and a bare heading ("6. Arbeidstid") only when body text follows it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analyzer.clauses.patterns import CueSet, undetermined_regex
from analyzer.model import Evidence, Line
from analyzer.resources.lexicon import generic_label_regex

_AMOUNT = re.compile(r"\d(?:[\d  .,']*\d){2,}(?!\s*%)")
NUMBERING = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[a-zA-Z]\)|§\s*\d+[a-z]?|[IVX]+\.)\s*")
_WORD = re.compile(r"[\wæøåÆØÅ]+")
_EMPTY_VALUES = {"", "-", "–", "—", "_", "__", "___", "...", "…", "n/a"}
LABEL_VALUE = re.compile(r"\s*(?:\([^)]*\))?\s*:\s*\S")
"""What follows a cue used as a label: an optional remark in brackets, a colon, a value."""


def numbers_ok(cue_set: CueSet, text: str) -> bool:
    """The line holds the number (or amount) the cue set asks for, if it asks for one."""
    if cue_set.needs_amount:
        return _AMOUNT.search(text) is not None
    return not cue_set.needs_number or re.search(r"\d", text) is not None


@lru_cache(maxsize=4096)
def is_heading(text: str, max_words: int) -> bool:
    """A short line with no value, sentence end or number: a section heading such as "6. Arbeidstid"."""
    body = NUMBERING.sub("", text).strip()
    if re.search(r":\s*\S", body) or body.endswith((".", "!", "?")):
        return False
    if any(ch.isdigit() for ch in body):
        return False
    return len(_WORD.findall(body)) <= max_words


def row_value(line: Line) -> str:
    """The value cells of a table row, joined."""
    cells = line.cells or ()
    return " | ".join(c.strip() for c in cells[1:] if c.strip()).strip()


def has_value(line: Line) -> bool:
    """A table row whose value cells are not empty or a blank to fill in ("____", "n/a")."""
    return row_value(line).strip(" .:_").lower() not in _EMPTY_VALUES


def evidence(line: Line, note: str) -> Evidence:
    return Evidence(page=line.page, text=line.text, bbox=line.bbox, note=note)


@lru_cache(maxsize=4096)  # asked for every line once per clause and signal
def undetermined(text: str) -> bool:
    """ "Place of work to be agreed later": names the clause but states nothing (no number either)."""
    rx = undetermined_regex()
    return rx is not None and rx.search(text) is not None and not re.search(r"\d", text)


def next_body_line(lines: list[Line], i: int, max_words: int) -> int | None:
    """The content under a bare heading: the next body line, or a generic "Address | …" row right after it."""
    j = i + 1
    if j >= len(lines):
        return None
    nxt = lines[j]
    if nxt.cells:
        generic = generic_label_regex()
        if generic is not None and has_value(nxt) and generic.fullmatch(nxt.cells[0].strip(" :")):
            return j
        return None
    if nxt.block == "body" and not is_heading(nxt.text, max_words):
        return j
    return None
