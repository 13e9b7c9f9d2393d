"""Blanks, template slots and checkboxes: text that looks like a value but carries none.

Company contract forms and ATS templates reach us unfilled: "Stilling: ______", "Kr ______ per år",
"[Job Title]", "{{start_date}}", "%JOB_TITLE%", "XXXX", "N.N.". Their ticked and unticked options ("☐ 100 %",
"☒ 80 %") look like values too. Every extractor asks these helpers before it believes a value, so a blank form
comes out with fields missing rather than filled from labels or captions.

- :func:`is_placeholder`: the whole text is no value (a blank, a template slot, a placeholder word);
- :func:`starts_blank`: a value window begins with a blank ("______ Avdeling: …"), so the label has no value
  even though the next label follows on the same line;
- :func:`checkbox_state`, :func:`checkboxes`, :func:`blank_unticked`: checkbox marks and their captions.

The shapes (underscores, dot runs, brackets, braces, template delimiters, checkbox glyphs) are grammar and live
here; placeholder *words* ("TBD", "N.N.", "fylles ut") are vocabulary: ``phrases.placeholder_words`` in
``patterns/lexicon/*.yaml``. Currency marks and period words that may surround a blank come from the lexicon too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from analyzer.resources.lexicon import compile_phrases, lexicon, phrases_of, phrases_regex

# A fill run: what a form prints where the reader is to write.
_FILL = r"(?:_{2,}|\.{3,}|…+|-{3,}|–{2,}|—{2,}|(?<![\wæøåÆØÅ])[Xx]{2,}(?![\wæøåÆØÅ])|\*{3,}|_+(?:\s+_+)+)"
_FILL_RE = re.compile(_FILL)
# Template slots, each as a whole value: {{title}}, {title}, ${title}, <<title>>, <title>, [Job Title],
# [[TITLE]], #title#, %JOB_TITLE%, *|MERGE|*, {!Contact.Name}, $TITLE$, «MergeField» (Word mail merge).
_SLOT = re.compile(
    r"""
    \{\{[^{}]{0,60}\}\}
    | \$?\{[^{}]{1,60}\}
    | <<[^<>]{1,60}>>
    | <[^<>\s][^<>]{0,58}>
    | \[\[[^\[\]]{1,60}\]\]
    | \[(?![xX✓✔✗✘\s]?\])[^\[\]]{1,60}\]
    | \#[^\s#][^#]{0,58}\#
    | %[A-Za-z][\w.\-]{0,58}%
    | \*\|[^|]{1,60}\|\*
    | \$[A-Z][A-Z0-9_]{1,58}\$?
    | «[A-Za-zÆØÅæøå]+(?:_[A-Za-zÆØÅæøå0-9]+)+»
    | «[A-ZÆØÅ][a-zæøå]+(?:[A-ZÆØÅ][a-zæøå]*)+»
    """,
    re.VERBOSE,
)
# A date mask: dd.mm.yyyy, DD/MM/YY, dd.mm.åååå.
_DATE_MASK = re.compile(r"(?i:d{1,2})[./\- ]+(?i:m{1,2})[./\- ]+(?:(?i:y){2,4}|(?i:å){2,4}|(?i:a){4})")
_PUNCT = re.compile(r"[\s:;,./\\|()\[\]{}\-–—=+*'\"«»“”%]+")


@cache
def _surround() -> re.Pattern[str]:
    """Words that may stand around a blank without filling it: currency marks, period words and
    ``phrases.blank_surround_words`` ("per", "pr.")."""
    lex = lexicon()
    words = [m for marks in lex.currencies.codes.values() for m in marks]
    words += lex.currencies.krone + lex.currencies.yen_yuan
    words += [w for ws in lex.periods.after().values() for w in ws]
    words += [*phrases_of("blank_surround_words"), ",-"]  # ",-": the trailing krone mark ("kr 500,-")
    return compile_phrases(words)


def _placeholder_words() -> re.Pattern[str]:
    return phrases_regex("placeholder_words")


def is_placeholder(text: str | None) -> bool:
    """True when the text, taken as a whole value, carries none.

    Blank: empty, or only fill runs ("______", "........", "…", "XXXX") with at most currency marks, period words
    and punctuation around them ("Kr ______ per år", "____ %", "NOK XXX XXX"). Template: one slot and nothing
    else ("[Job Title]", "{{title}}", "<<title>>", "{role}", "%JOB_TITLE%", "#title#", "«Stillingstittel_1»").
    Placeholder word: the whole text is one of ``phrases.placeholder_words`` ("TBD", "N.N.", "fylles ut").
    A real value that merely contains brackets ("Engineer [Grade 5]") or a ticked checkbox ("[x]") is not one.
    """
    if text is None:
        return True
    text = _unmark(text)
    if _SLOT.fullmatch(text.strip()):
        return True
    t = text.strip(" \t:;,.-–|\"'«»“”")
    if not t:
        return True
    if _SLOT.fullmatch(t) or _DATE_MASK.fullmatch(t):
        return True
    words = _placeholder_words().fullmatch(t.strip(" ()[]"))
    if words:
        return True
    rest = _FILL_RE.sub(" ", t)
    rest = _DATE_MASK.sub(" ", rest)
    rest = _SLOT.sub(" ", rest)
    if rest == t:
        return False  # no blank at all: any word left is a value
    rest = _surround().sub(" ", rest)
    rest = _placeholder_words().sub(" ", rest)
    return not _PUNCT.sub("", rest)


_LEAD = re.compile(r"^[\s:;|]*(?:[-–](?![-–]))?\s*")
_MARKDOWN = re.compile(r"\\(?=[\[\]_*#<>{}])|\*{2,}\s*(?=[\[\w])|(?<=[\]\w])\*{2,}")


def _unmark(text: str) -> str:
    """Markdown escapes and emphasis around a slot: "\\[***insert Job Title***\\]" and "**[Position Title]**"."""
    return _MARKDOWN.sub("", text)


def starts_blank(text: str | None) -> bool:
    """True when a value window opens with a blank or a template slot: "______ Avdeling: Økonomi",
    "[Job Title] and report to …", "  ..........". Then the label has no value, whatever follows it."""
    if text is None:
        return True
    t = _LEAD.sub("", _unmark(text))
    if not t:
        return True
    m = _FILL_RE.match(t) or _SLOT.match(t) or _DATE_MASK.match(t)
    if not m:
        return False
    after = t[m.end() : m.end() + 1]
    return not after or not (after.isalnum() or after in "æøåÆØÅ")


def has_blank(text: str | None) -> bool:
    """True when the text holds a blank or a template slot anywhere ("Name: ______", "[insert] Pty Ltd"):
    a value read from it is at best half a value."""
    if not text:
        return False
    t = _unmark(text)
    return bool(_FILL_RE.search(t) or _SLOT.search(t) or _DATE_MASK.search(t))


# Checkbox glyphs. Unambiguous ones are boxes only ever used as checkboxes; ambiguous ones are also bullets
# ("● Salary", "○ sub-item", "(x) the tenth clause") and count only where the text holds two or more marks, as
# an option row does ("● Heltid ○ Deltid"). PUA code points are Wingdings glyphs as PDF text extraction yields them.
_TICKED = "☒☑⊠✓✔✗✘⮽🗹🗷\uf0fe\uf0fd\uf078\uf0fc\uf0fb"
_UNTICKED = "☐□▢◻◽⬜❑❒❏❐🗆\uf06f\uf0a8\uf071\uf072\uf0a3"
_TICKED_AMBIGUOUS = "●◉⦿■▣◼▪⬛\uf06e\uf06c"
_UNTICKED_AMBIGUOUS = "○◯⚪◦\uf0a1"
_MARK = re.compile(
    rf"(?P<glyph>[{_TICKED}{_UNTICKED}{_TICKED_AMBIGUOUS}{_UNTICKED_AMBIGUOUS}])"
    r"|(?P<box>\[\s*(?P<boxed>[xX✓✔✗✘vV]?)\s*\])"
    r"|(?P<paren>\(\s*(?P<parened>[xX✓✔]?)\s*\))"
)


@dataclass(frozen=True)
class Checkbox:
    """One checkbox mark and its caption: the text after it, up to the next mark, table cell or line end."""

    ticked: bool
    start: int
    end: int
    caption: str


def _marks(text: str) -> list[tuple[re.Match[str], bool]]:
    found = list(_MARK.finditer(text))
    many = len(found) >= 2
    out: list[tuple[re.Match[str], bool]] = []
    for m in found:
        glyph = m.group("glyph")
        if glyph:
            ambiguous = glyph in _TICKED_AMBIGUOUS or glyph in _UNTICKED_AMBIGUOUS
            if ambiguous and not many:
                continue
            out.append((m, glyph in _TICKED or glyph in _TICKED_AMBIGUOUS))
        elif m.group("box") is not None:
            out.append((m, bool(m.group("boxed"))))
        elif many:  # "(x)" / "( )" only in an option row: alone it is a list number or an aside
            out.append((m, bool(m.group("parened"))))
    return out


def checkboxes(text: str) -> list[Checkbox]:
    """Every checkbox in the text with its state and caption ("☐ 100 % ☒ 80 %" → two)."""
    marks = _marks(text)
    out: list[Checkbox] = []
    for k, (m, ticked) in enumerate(marks):
        stop = marks[k + 1][0].start() if k + 1 < len(marks) else len(text)
        cell = text.find(" | ", m.end(), stop)
        end = cell if cell >= 0 else stop
        out.append(Checkbox(ticked, m.start(), end, text[m.end() : end].strip()))
    return out


def checkbox_state(text: str) -> bool | None:
    """State of the checkbox that opens the text: True ticked ("☒ 80 %", "[x] Fast"), False unticked
    ("☐ 100 %", "[ ] Deltid"), None when the text does not start with one."""
    boxes = checkboxes(text)
    if not boxes or text[: boxes[0].start].strip():
        return None
    return boxes[0].ticked


def blank_unticked(text: str) -> str:
    """The text with every unticked option (mark and caption) replaced by spaces, offsets kept: extractors
    then read "☐ 100 % ☒ 80 %" as "… 80 %" and a form's captions as no value."""
    chars = list(text)
    for box in checkboxes(text):
        if not box.ticked:
            chars[box.start : box.end] = " " * (box.end - box.start)
    return "".join(chars)
