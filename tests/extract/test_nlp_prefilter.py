"""The cue pre-filter may skip the spaCy Matcher only on lines where the Matcher would find nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.extract.nlp import _cue_prefilter, _pipeline
from analyzer.readers import ReadLimits, read_document
from analyzer.resources.lexicon import all_languages, lexicon

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _cue_lines() -> list[str]:
    """Every cue phrase as written, in capitals, with ASCII for æøå, glued to digits, and inside a sentence."""
    out = []
    for per_lang in lexicon().cues.values():
        for phrase in all_languages(per_lang):
            word = phrase.rstrip("*")
            ascii_word = word.replace("æ", "ae").replace("ø", "o").replace("å", "aa")
            out += [word, word.upper(), ascii_word, f"12{word}", f"Vi tilbyr {word}sordning fra 1. mars."]
    return out


def _sample_lines() -> list[str]:
    files = sorted(p for p in SAMPLES.rglob("*") if p.suffix in (".pdf", ".docx", ".txt"))
    return [line.text for f in files for line in read_document(f, limits=ReadLimits()).lines()]


@pytest.mark.parametrize("source", [_cue_lines, _sample_lines], ids=["cue-phrases", "sample-lines"])
def test_prefilter_never_skips_a_line_the_matcher_would_hit(source) -> None:  # type: ignore[no-untyped-def]
    nlp, matcher = _pipeline()
    prefilter = _cue_prefilter()
    lines = source()
    hit_lines = [text for text, doc in zip(lines, nlp.pipe(lines), strict=True) if matcher(doc)]
    assert len(hit_lines) > 50  # the check means something only if the Matcher does hit
    missed = [text for text in hit_lines if not prefilter.search(text.lower())]
    assert missed == []


def test_prefilter_skips_lines_without_any_cue() -> None:
    nlp, matcher = _pipeline()
    plain = ["Fjordlys AS", "0150 OSLO", "Side 2 av 3", "Org.nr. 923 609 016"]
    skipped = [text for text in plain if not _cue_prefilter().search(text.lower())]
    assert skipped, "the pre-filter should let some cue-free lines skip the Matcher"
    assert all(not matcher(nlp(text)) for text in skipped)


def test_the_pipeline_is_rebuilt_before_its_vocabulary_grows_without_bound(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A batch worker sees endless one-off words (names, reference numbers); spaCy keeps each in its vocabulary."""
    import analyzer.extract.nlp as nlp_module
    from analyzer.model import Line

    monkeypatch.setattr(nlp_module, "MAX_VOCAB_STRINGS", len(_pipeline()[0].vocab.strings) + 500)
    sizes = []
    for i in range(60):
        words = " ".join(f"ref{i}x{j}" for j in range(40))  # 40 new words per line
        contexts = nlp_module.analyse_lines([Line(text=f"Lønn: kr 650 000 per år. {words}", page=1)])
        assert contexts[0].cues, "cue words are still found after a rebuild"
        sizes.append(len(_pipeline()[0].vocab.strings))
    assert max(sizes) <= nlp_module.MAX_VOCAB_STRINGS + 45
    assert min(sizes[20:]) < max(sizes)  # it was rebuilt, not just capped by chance
