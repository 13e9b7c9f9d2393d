"""A lexicon phrase is a whole word sequence (analyzer/resources/lexicon.py, patterns/lexicon/README.md): never
half of a hyphenated compound or the inside of a word, a trailing ``*`` matches a compound by prefix, and a space
or hyphen in a phrase matches either."""

from __future__ import annotations

import pytest

from analyzer.resources.lexicon import compile_phrases


@pytest.mark.parametrize(
    ("phrase", "text", "matches"),
    [
        ("post", "E-post: a@b.no", False),
        ("post", "Post-adresse: Postboks 7", False),
        ("post", "Postnummer 5013", False),
        ("post", "Poststed: Bergen", False),
        ("post", "Post: Senior engineer", True),
        ("post", "the post of engineer", True),
        ("post", "- post: engineer", True),  # a bullet's dash followed by a space is not a compound
        ("salary", "pre-salary review", False),
        ("salary", "salary-sacrifice scheme", False),
        ("salary", "Salary: NOK 650 000", True),
        ("start", "kick-start meeting", False),
        ("lønn", "Lønn: kr 48 000", True),
        ("lønn", "Minstelønn-satsen", False),
        ("firma", "confirmation", False),
        ("årslønn*", "årslønnen er", True),
        ("full-time", "a full-time post", True),
        ("full-time", "full time", True),
    ],
)
def test_a_phrase_is_a_whole_word_not_half_a_compound(phrase: str, text: str, matches: bool) -> None:
    assert bool(compile_phrases([phrase]).search(text)) is matches
