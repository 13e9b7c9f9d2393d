"""spaCy on blank pipelines: sentence windows and cue words around a candidate value.

No trained Norwegian model can be installed or downloaded here, so everything is rule-based: a blank ``nb``
tokenizer (it splits English fine too), the rule-based sentencizer, and a token Matcher whose patterns are
built from the cue stems in ``patterns/lexicon/``. Built once per process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from analyzer.model import Line
from analyzer.resources.lexicon import all_languages, lexicon, phrase_regex


@cache
def _pipeline() -> tuple[Any, Any]:
    import spacy
    from spacy.matcher import Matcher

    nlp = spacy.blank("nb")
    nlp.add_pipe("sentencizer", config={"punct_chars": [".", "!", "?", ";", ":", "|"]})
    matcher = Matcher(nlp.vocab)
    for cue, per_lang in lexicon().cues.items():
        # One REGEX predicate for all single-word cues of a class: the Matcher evaluates every predicate on every
        # token, so hundreds of one-word patterns cost far more than one alternation.
        single: list[str] = []
        patterns: list[list[dict[str, Any]]] = []
        for phrase in all_languages(per_lang):
            words = phrase.rstrip("*").split()
            if len(words) == 1:
                single.append(phrase_regex(words[0] + "*" if phrase.endswith("*") else words[0]))
                continue
            tokens: list[dict[str, Any]] = []
            for i, word in enumerate(words):
                rx = phrase_regex(word + "*" if i == len(words) - 1 and phrase.endswith("*") else word)
                tokens.append({"LOWER": {"REGEX": "^" + rx}})
            patterns.append(tokens)
        if single:
            patterns.append([{"LOWER": {"REGEX": "^(?:" + "|".join(single) + ")"}}])
        matcher.add(cue, patterns)
    return nlp, matcher


@cache
def _cue_prefilter() -> re.Pattern[str]:
    """The first word of every cue, anywhere in a lower-cased line, without word-boundary checks.

    A line this does not match cannot give the Matcher a hit (each Matcher pattern starts with a token whose
    lower-cased text matches that word's pattern), so the Matcher is skipped there: most lines of a contract
    name no cue, and the Matcher's per-token regex predicates are the costliest step of this module.
    """
    words = {
        phrase.rstrip("*").split()[0] + ("*" if phrase.endswith("*") or len(phrase.split()) > 1 else "")
        for per_lang in lexicon().cues.values()
        for phrase in all_languages(per_lang)
    }
    return re.compile("|".join(sorted(phrase_regex(w, bounded=False) for w in words)))


@dataclass
class LineContext:
    """Sentence boundaries (char offsets) and cue hits (cue, start, end) for one line."""

    sentences: list[tuple[int, int]]
    cues: list[tuple[str, int, int]]

    def sentence_of(self, start: int) -> tuple[int, int]:
        for s, e in self.sentences:
            if s <= start < e:
                return s, e
        return (0, self.sentences[-1][1]) if self.sentences else (0, 0)

    def cues_between(self, start: int, end: int) -> set[str]:
        return {cue for cue, s, e in self.cues if s < end and e > start}


# spaCy's vocabulary keeps every new word it has seen (names, addresses, account numbers), so a worker that
# checks thousands of offers grows by about 1 KB per new word. Past this many strings the pipeline is built
# afresh (about 0.1 s), which bounds that growth. ``nlp.memory_zone()`` would free them per document but turns
# off the tokenizer cache, which doubles this module's time.
MAX_VOCAB_STRINGS = 30_000


# spaCy refuses a text over ``nlp.max_length`` (1,000,000 characters, error E088) and its memory grows with the
# text's length; a line longer than this (a text file without line breaks, a PDF's single run of text) is
# analysed in pieces of at most this many characters, cut at white space, and the offsets joined again.
MAX_PIECE_CHARS = 100_000


def _pieces(text: str) -> list[tuple[int, str]]:
    """(offset, piece) covering ``text`` in order, each at most MAX_PIECE_CHARS long, cut after white space."""
    if len(text) <= MAX_PIECE_CHARS:
        return [(0, text)]
    out: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(start + MAX_PIECE_CHARS, len(text))
        if end < len(text):
            space = max(text.rfind(" ", start + MAX_PIECE_CHARS // 2, end), text.rfind("\n", start, end))
            if space > start:
                end = space + 1
        out.append((start, text[start:end]))
        start = end
    return out


def analyse_lines(lines: list[Line]) -> list[LineContext]:
    nlp, matcher = _pipeline()
    if len(nlp.vocab.strings) > MAX_VOCAB_STRINGS:
        _pipeline.cache_clear()
        nlp, matcher = _pipeline()
    vocab_strings = nlp.vocab.strings
    prefilter = _cue_prefilter()
    pieces = [(i, offset, piece) for i, line in enumerate(lines) for offset, piece in _pieces(line.text)]
    out = [LineContext(sentences=[], cues=[]) for _ in lines]
    for (i, offset, _piece), doc in zip(pieces, nlp.pipe(p for _, _, p in pieces), strict=True):
        sentences = [(s.start_char, s.end_char) for s in doc.sents] or [(0, len(doc.text))]
        hits = matcher(doc) if prefilter.search(doc.text.lower()) else []
        context = out[i]
        context.sentences.extend((s + offset, e + offset) for s, e in sentences)
        context.cues.extend(
            (vocab_strings[m_id], doc[s].idx + offset, doc[e - 1].idx + len(doc[e - 1]) + offset)
            for m_id, s, e in hits
        )
    return out


_CLAUSE_BREAK = re.compile(r"[,;()]| og | and | samt | plus | in addition| i tillegg| dessuten")


def clause_bounds(text: str, start: int, end: int, sentence: tuple[int, int]) -> tuple[int, int]:
    """The clause around [start, end): the sentence cut at commas and 'and'-type joins nearest the span."""
    s0, e0 = sentence
    left = s0
    for m in _CLAUSE_BREAK.finditer(text, s0, start):
        left = m.end()
    right = e0
    m2 = _CLAUSE_BREAK.search(text, end, e0)
    if m2:
        right = m2.start()
    return left, right
