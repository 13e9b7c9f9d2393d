"""Document language: English, bokmål or nynorsk, by counting marker words from the lexicon."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from analyzer.extract.lexicon import lexicon
from analyzer.model import Document

_WORD = re.compile(r"[a-zæøåéèêóòôü]+", re.IGNORECASE)


@cache
def _markers() -> dict[str, frozenset[str]]:
    return {lang: frozenset(w.lower() for w in words) for lang, words in lexicon().language_markers.items()}


def detect_language_text(text: str) -> str:
    words = Counter(w.lower() for w in _WORD.findall(text))
    scores = {lang: sum(words[m] for m in markers) for lang, markers in _markers().items()}
    norwegian = scores["nb"] + scores["nn"]
    if scores["en"] > norwegian * 1.2 or norwegian == 0:
        return "en"
    # Nynorsk shares most words with bokmål; its own markers are rarer, so weigh them up.
    return "nn" if scores["nn"] * 1.3 >= scores["nb"] else "nb"


def detect_language(document: Document) -> str:
    lines = [line.text for line in document.lines() if line.block not in ("header", "footer")]
    return detect_language_text("\n".join(lines))
