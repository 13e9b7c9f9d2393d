"""Document language: English, bokmål or nynorsk, which offercheck reads, or a language it does not read.

How (measured in issue 10 on the table in tests/extract/test_language.py and on the samples' body text):

1. Only body lines count: header and footer blocks (letterheads, page footers) are left out.
2. Each line with some letters is classified by py3langid (a small naive-Bayes model shipped in its wheel, no
   download; it knows "no", "nn", "sv", "da", "de" and ~90 more). A line weighs its number of letters, twice
   as much when it is a running sentence (8 words or more) and half when it is a short "label: value" row, so
   names, addresses and table labels count little.
3. Bilingual rule: when English and Norwegian lines together make at least ``SUPPORTED_SHARE`` (30 %) of the
   weight, the document is read in the supported language: Norwegian unless English outweighs it by more than
   ``ENGLISH_MARGIN`` (a Norwegian/English standard contract is read as Norwegian, a Chinese/English one as
   English). Otherwise the heaviest language wins: "sv", "da", "de", or "other" for any other language.
4. Bokmål or nynorsk: libraries are weak there, so the lexicon's ``language_markers`` decide, counted on the
   Norwegian lines (nynorsk markers are rarer, so they are weighed up).

The detector is built once per process (its model takes about a second to load) and imported only when a
document is analysed, so ``offercheck --help`` does not pay for it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, cast

from analyzer.model import LANGUAGE_NAMES, READ_LANGUAGES, Document, Language, language_name
from analyzer.resources.lexicon import lexicon

if TYPE_CHECKING:
    from collections.abc import Callable

_WORD = re.compile(r"[^\W\d_]+")
_LABEL_ROW = re.compile(r"^[^:]{1,40}:\s")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
CJK_LETTERS = 3
"""A Chinese, Japanese or Korean character carries about a short word: it weighs as 3 Latin letters."""

SUPPORTED = READ_LANGUAGES
SUPPORTED_SHARE = 0.3
"""Share of the weighted body text in English or Norwegian from which a document is read in that language."""
ENGLISH_MARGIN = 1.2
"""English must outweigh Norwegian by this factor for a mixed Norwegian/English document to be read as English."""
MIXED_SHARE = 0.25
"""Share of an unsupported language, in a document read as en/nb/nn, from which a warning names it."""


@dataclass(frozen=True)
class LanguageGuess:
    """What the document is read as, and each detected language's share of the weighted body text."""

    language: Language
    detected: str
    """The ISO code behind ``language``: "es" when ``language`` is "other", otherwise the same code."""
    shares: dict[str, float] = field(default_factory=dict)
    """By ISO code; Norwegian lines are counted under "no"."""


@cache
def _markers() -> dict[str, frozenset[str]]:
    return {lang: frozenset(w.lower() for w in words) for lang, words in lexicon().language_markers.items()}


@cache
def _classifier() -> Callable[[str], str]:
    """py3langid's classifier, loaded once per process (about 1 s: the model is decompressed)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    return lambda text: str(identifier.classify(text)[0])


def _family(code: str) -> str:
    return "no" if code in ("no", "nb", "nn") else code


def _bokmal_or_nynorsk(text: str) -> Language:
    words = Counter(w.lower() for w in _WORD.findall(text))
    markers = _markers()
    nb = sum(words[m] for m in markers["nb"])
    nn = sum(words[m] for m in markers["nn"])
    # Nynorsk shares most words with bokmål; its own markers are rarer, so weigh them up.
    return "nn" if nn and nn * 1.3 >= nb else "nb"


def _by_markers(text: str) -> Language:
    """The lexicon-only rule, for text without a line the detector can weigh (digits and symbols only)."""
    words = Counter(w.lower() for w in _WORD.findall(text))
    scores = {lang: sum(words[m] for m in markers) for lang, markers in _markers().items()}
    norwegian = scores["nb"] + scores["nn"]
    if scores["en"] > norwegian * ENGLISH_MARGIN or norwegian == 0:
        return "en"
    return _bokmal_or_nynorsk(text)


def _weight(line: str) -> float:
    """Letters in the line, a CJK character counting as a short word (``CJK_LETTERS``); running sentences
    count double and short label rows half."""
    cjk = len(_CJK.findall(line))
    letters = sum(ch.isalpha() for ch in line) - cjk + CJK_LETTERS * cjk
    if letters < 3:
        return 0.0
    if len(line.split()) >= 8 or cjk >= 20:
        return letters * 2.0
    return letters * (0.5 if _LABEL_ROW.match(line) else 1.0)


def guess_language_text(text: str) -> LanguageGuess:
    classify = _classifier()
    weights: dict[str, float] = defaultdict(float)
    norwegian: list[str] = []
    for line in text.splitlines():
        weight = _weight(line)
        if not weight:
            continue
        code = _family(classify(line))
        weights[code] += weight
        if code == "no":
            norwegian.append(line)
    total = sum(weights.values())
    if not total:
        code = _by_markers(text)
        return LanguageGuess(code, code)
    shares = {code: weights[code] / total for code in sorted(weights, key=lambda c: -weights[c])}
    if weights["en"] + weights["no"] >= SUPPORTED_SHARE * total:
        if weights["no"] and weights["no"] * ENGLISH_MARGIN >= weights["en"]:
            code = _bokmal_or_nynorsk("\n".join(norwegian))
            return LanguageGuess(code, code, shares)
        return LanguageGuess("en", "en", shares)
    detected = max(shares, key=lambda c: shares[c])
    language = cast(Language, detected if detected in ("sv", "da", "de") else "other")
    return LanguageGuess(language, detected, shares)


def _body_text(document: Document) -> str:
    return "\n".join(line.text for line in document.lines() if line.block not in ("header", "footer"))


def guess_language(document: Document) -> LanguageGuess:
    return guess_language_text(_body_text(document))


def detect_language_text(text: str) -> Language:
    return guess_language_text(text).language


def detect_language(document: Document) -> Language:
    return guess_language(document).language


def language_warnings(document: Document, language: str) -> list[str]:
    """Plain-words warnings for the report: the document is in a language offercheck does not read, or a large
    part of it is (a bilingual document read in its English or Norwegian part)."""
    guess = guess_language(document)
    if language not in SUPPORTED:
        code = guess.detected if guess.language == language else language
        said = (
            f"{language_name(code)} ({code})"
            if code in LANGUAGE_NAMES
            else f"a language detected as {code!r}"
        )
        return [
            f"The document appears to be in {said}; offercheck reads English and Norwegian only, so values may be "
            "missed or misread. Check it by hand."
        ]
    others = [(c, s) for c, s in guess.shares.items() if c not in ("en", "no") and s >= MIXED_SHARE]
    return [
        f"About {round(share * 100)} % of the text appears to be in {language_name(code)} ({code}); offercheck read "
        f"the document as {language_name(language)} and did not read that part."
        for code, share in others
    ]
