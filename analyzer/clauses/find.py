"""Which lines state a clause or carry a signal: cue matching with the line grammar of :mod:`.lines`.

Each finder returns ``(line index, matched cue)`` pairs; the scan turns them into hits with evidence.
"""

from __future__ import annotations

import re

from analyzer.clauses.lines import (
    LABEL_VALUE,
    NUMBERING,
    has_value,
    is_heading,
    next_body_line,
    numbers_ok,
    row_value,
    undetermined,
)
from analyzer.clauses.patterns import cue_regex, label_only, patterns, unless_label_regex
from analyzer.model import Line

_PARTIES_BODY = re.compile(r"(?:between|mellom)\b", re.IGNORECASE)


def clause_lines(lines: list[Line], name: str, max_words: int) -> list[tuple[int, str]]:
    """(line index, matched cue) for each line that states the clause."""
    rx, unless = cue_regex("clause", name)
    cue_set = patterns().clauses[name]
    match_values = cue_set.match_values
    found: list[tuple[int, str]] = []
    for i, line in enumerate(lines):
        if name != "parties_employer" and line.block in ("header", "footer"):
            continue
        if line.cells:
            label = line.cells[0]
            other_topic = unless_label_regex(name)
            if other_topic is not None and other_topic.search(label):
                continue
            m = rx.search(label)
            if m is None and match_values:
                m = rx.search(row_value(line))
                label = row_value(line)
            if (
                not m
                or (unless and unless.search(label))
                or not has_value(line)
                or undetermined(row_value(line))
            ):
                continue
            if not numbers_ok(cue_set, row_value(line)):
                continue
            found.append((i, m.group(0)))
            continue
        text = line.text
        if undetermined(text):
            continue
        spans: list[tuple[int, int]] | None = None  # the line's "unless" matches, found once for all its cues
        for m in rx.finditer(text):
            if unless and spans is None:
                spans = _spans(unless, text)
            if spans and any(us <= m.start() < ue or m.start() <= us < m.end() for us, ue in spans):
                continue
            if name.startswith("parties_") and not is_heading(text, max_words):
                # In prose a party is named as "Employer: …" or in a sentence "between … and …", which may run
                # over the next two lines; a heading ("2. Arbeidstaker") is followed by its "Name | …" row.
                after = text[m.end() :]
                window = " ".join(ln.text for ln in lines[max(0, i - 2) : i + 1])
                if not (LABEL_VALUE.match(after) or _PARTIES_BODY.search(window)):
                    continue
            if not numbers_ok(cue_set, text):
                continue
            if (
                m.group(0).lower() in label_only(name)
                and not is_heading(text, max_words)
                and not LABEL_VALUE.match(text[m.end() :])
            ):
                continue  # a generic word ("position", "stilling") in prose does not state the clause
            if is_heading(text, max_words):
                following = next_body_line(lines, i, max_words)
                if following is None:
                    continue
                found.append((following, m.group(0)))
                break
            else:
                found.append((i, m.group(0)))
            break
    return found


_SALUTATION = re.compile(
    r"^\s*(?:(?:dear|kjære|kjaere|hei|hi|hello)\s+|(?:til|to)\s*:\s*)(?:(?:mr|mrs|ms|dr)\.?\s+)?[A-ZÆØÅ][\w\-]+",
    re.IGNORECASE,
)
_NAME_LINE = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-ZÆØÅ][a-zæøåéèüöäç\-]+(?:\s+[A-ZÆØÅ][a-zæøåéèüöäç\-]+){1,3}$"
)
_LEGAL_FORM = re.compile(r"\b(?:AS|ASA|ANS|DA|SA|BA|KS|NUF|Ltd|Limited|GmbH|AB|Inc|LLC|plc)\b")


def addressee(lines: list[Line]) -> list[tuple[int, str]]:
    """The employee named in a letter: a salutation ("Dear Daniel", "Til: …") or the address block at the top
    (a name line followed by a line with a street number or postcode)."""
    for i, line in enumerate(lines):
        if line.cells or line.block != "body":
            continue
        m = _SALUTATION.match(line.text)
        if m:
            return [(i, "salutation")]
        if i < 15 and _NAME_LINE.match(line.text.strip()) and not _LEGAL_FORM.search(line.text):
            nxt = lines[i + 1].text if i + 1 < len(lines) else ""
            if re.search(r"\d", nxt) and not NUMBERING.match(line.text):
                return [(i, "address block")]
    return []


def signal_lines(lines: list[Line], name: str) -> list[tuple[int, str]]:
    rx, unless = cue_regex("signal", name)
    found = []
    for i, line in enumerate(lines):
        if line.cells and not has_value(line):
            continue
        text = line.text
        if undetermined(text):
            continue
        spans: list[tuple[int, int]] | None = None
        for m in rx.finditer(text):
            if unless and spans is None:
                spans = _spans(unless, text)
            if spans and any(us <= m.start() < ue for us, ue in spans):
                continue
            found.append((i, m.group(0)))
            break
    return found


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """Where a pattern matches in a line: asked once per line, not once per cue match in it."""
    return [m.span() for m in rx.finditer(text)]
