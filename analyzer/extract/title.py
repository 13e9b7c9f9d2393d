"""Job title: a labelled value ("Stilling: …", "Position: …") or the post named in the offer's prose."""

from __future__ import annotations

import re
from functools import cache

from analyzer.extract.base import (
    Context,
    Proposal,
    is_placeholder,
    label_windows,
    resolve,
    starts_blank,
    statement_weight,
    wraps,
)
from analyzer.model import ExtractedField
from analyzer.resources.lexicon import (
    compile_phrases,
    label_regex,
    lexicon,
    phrase_regex,
    phrase_set_regex,
    phrases_of,
    phrases_regex,
)


def _case_sensitive(pattern: re.Pattern[str]) -> str:
    """The source of a lexicon matcher without its IGNORECASE flag: the phrases are lower case, so only a
    lower-case word matches ("at", "in the" end a title; "At", "In" inside a capitalised title do not)."""
    return pattern.pattern


@cache
def _stop() -> re.Pattern[str]:
    """Where a title found in prose ends: punctuation, a dash, or a word of ``phrases.title_stop`` ("ved",
    "with", "in our"), in lower case. Left here, as grammar: "i"/"in" before a capital or a Norwegian definite
    noun ("i Bergen", "i avdelinga"), and "og" before a lower-case word."""
    words = _case_sensitive(phrases_regex("title_stop"))
    return re.compile(
        r"\s*(?:[.;:(|!?]|,|\s[-–]\s|\bi\s+(?=[A-ZÆØÅ0-9])|(?:" + words + r")|\b(?:og\s+(?=[a-zæøå]+\s)|"
        r"in\s+(?=[A-Z])|i\s+(?=[a-zæøå]+(?:en|et|a|ene|ane)\b))\b)"
    )


@cache
def _article() -> re.Pattern[str]:
    """An article before a labelled value ("Position: a Welder")."""
    return re.compile(r"^(?:" + phrases_regex("title_article").pattern + r")\s+", re.IGNORECASE)


@cache
def _prose_determiner() -> re.Pattern[str]:
    """In prose a title may follow an article or possessive and "new": "as our new Control Systems Engineer",
    "som vår nye rådgiver". A labelled value keeps its words ("Stilling: New Business Manager")."""
    determiners = compile_phrases(
        [*phrases_of("title_article"), *phrases_of("title_prose_determiner")]
    ).pattern
    new = phrases_regex("title_new").pattern
    return re.compile(rf"^(?:{determiners})\s+(?:(?:{new})\s+)?", re.IGNORECASE)


_KEY_STOP = re.compile(r"\s*(?:[.;(|!?]\s|[;(|]|\s[-–]\s|,)|\s+\d{1,2}\.\s+(?=[A-ZÆØÅ])")


@cache
def _employed_at() -> re.Pattern[str]:
    """ "ansatt hos Nordlys Programvare AS som programvareutvikler": a verb of ``phrases.title_employed``, a
    preposition of ``phrases.title_employed_at``, the employer, then ``phrases.title_employed_as`` (lower case)."""
    verb = phrases_regex("title_employed").pattern
    at = phrases_regex("title_employed_at").pattern
    as_ = _case_sensitive(phrases_regex("title_employed_as"))
    return re.compile(
        rf"(?:{verb})\s+(?:{at})\s+.{{2,70}}?\s+(?-i:{as_})(?:\s+|$)",  # the title may start the next visual line
        re.IGNORECASE,
    )


def _tail(value: str) -> str:
    """Cut what follows the title in the sentence ("Site Engineer and report to …", "Kitchen Hand on a casual
    basis"): the words of ``phrases.title_tail``."""
    m = phrases_regex("title_tail").search(value)
    return value[: m.start()] if m and m.start() > 0 else value


def _cut(value: str, prose: bool = True) -> str:
    value = value.replace("**", "").replace("__", " ")  # Markdown emphasis around a filled-in title
    value = _tail((_prose_determiner() if prose else _article()).sub("", value.strip(" :-–|\t\"'«»“”*")))
    if not prose:
        m = _KEY_STOP.search(value)
        value = value[: m.start()] if m and m.start() > 0 else value
        return " ".join(value.split()[:8]).strip(" ,.;:-–\"'«»“”")
    m = _stop().search(value)
    if m and m.start() > 0:
        value = value[: m.start()]
    words = value.split()
    return " ".join(words[:8]).strip(" ,.;:-–\"'«»“”")


def _not_title(value: str) -> bool:
    """The value opens with a one-digit number ("5 stillinger") or a word of ``phrases.title_not_first_word`` (a contract kind, a verb, an
    article, a heading word): "Fast ansettelse", "is subject to", "Stilling"."""
    return bool(re.match(r"\d\b", value) or phrases_regex("title_not_first_word").match(value))


@cache
def _generic(language: str | None = None) -> frozenset[str]:
    """The title phrases of ``phrases.title_generic`` ("as a", "jobbe som"), lower case: they precede any noun,
    so a title after them scores low and needs an offer word on its line. ``language``: that language's only
    (English titles are capitalised, so an English generic phrase needs a capital after it)."""
    per_language = lexicon().phrases["title_generic"]
    return frozenset(w.lower() for lang, ws in per_language.items() if language in (None, lang) for w in ws)


@cache
def _offer_context() -> re.Pattern[str]:
    """Word parts of ``phrases.title_offer_context`` anywhere in the line ("employ", "stilling", "tilsett"): the
    line speaks of a post, so a generic phrase there may name one."""
    return re.compile(
        "|".join(phrase_regex(w, bounded=False) for w in phrases_of("title_offer_context")), re.I
    )


def _plausible(value: str) -> bool:
    if not value or len(value) < 3 or len(value) > 80 or _not_title(value) or is_placeholder(value):
        return False
    if phrases_regex("title_not_start").match(value):
        return False  # "employment as stated in this letter", "as may be required"
    if any(m.end() == len(value) for m in phrases_regex("title_document_words").finditer(value)):
        return False  # "Employment Agreement template": the document's name, not a post
    if label_regex("job_title").fullmatch(value) or label_regex("employer").fullmatch(value):
        return False  # a heading or key ("Job title", "Stillingstittel"), not a title
    letters = sum(ch.isalpha() for ch in value)
    return letters >= 0.7 * len(value.replace(" ", ""))


def extract_job_title(ctx: Context) -> ExtractedField[str]:
    proposals: list[Proposal[str]] = []
    for window in label_windows(ctx, label_regex("job_title", ctx.language), span=90):
        if window.same_segment and not re.match(r"\s*(?:\([^)]*\))?\s*[:\-–]", window.text):
            continue  # a key must be followed by ':' or stand alone in its cell or line
        raw = (
            re.sub(r"^\s*(?:\([^)]*\))?\s*[:\-–]\s*", "", window.rest) if window.same_segment else window.text
        )
        if window.same_segment and not raw.split(" | ")[0].strip():
            continue
        if starts_blank(raw):
            continue  # "Stilling: ______", "Position: [Job Title]": a blank form, not the next words
        if window.same_segment and phrase_set_regex("title_phrases").search(raw.split(" | ")[0]):
            continue  # "Position: You are being appointed as “X”": a sentence, read by the phrases below
        if not window.same_segment and raw.split(" | ")[0].strip().endswith(":"):
            continue  # "Title:" above "Signed by the Employee:": the next line is another key
        value = _cut(raw, prose=not window.same_segment and window.label_segment.cell is None)
        if _plausible(value):
            line_index = window.line_indices[0] if window.same_segment else window.line_indices[-1]
            proposals.append(
                Proposal(
                    value,
                    0.88 + statement_weight(ctx, line_index),
                    [
                        ctx.evidence(
                            line_index, note=f"after label '{window.label_text}'", focus=window.label_text
                        )
                    ],
                )
            )
    phrases = phrase_set_regex("title_phrases")
    for i, line in enumerate(ctx.lines):
        if line.block in ("header", "footer"):
            continue
        for m in [*phrases.finditer(line.text), *_employed_at().finditer(line.text)]:
            phrase = m.group(0).lower()
            rest = line.text[m.end() :]
            if wraps(ctx, i):
                rest = (
                    rest + " " + ctx.lines[i + 1].text
                )  # "tilby deg stillingen som senior" / "utvikler i ..."
            elif rest.strip() == ":" and i + 1 < len(ctx.lines):
                rest = ctx.lines[i + 1].text  # "tilby deg stilling som:" / "Anleggsmaskinfører"
            elif len(rest.strip()) < 3:
                continue
            if starts_blank(_prose_determiner().sub("", rest.strip(" *"))):
                continue  # "appointed as [Designation]", "appointment as a <<title name>>"
            value = _cut(rest)
            if not _plausible(value):
                continue
            generic = phrase in _generic()
            if generic and phrase in _generic("en") and not value[:1].isupper():
                continue  # "as a negative point", "as a condition of employment": English titles are capitalised
            score = (0.45 if generic else 0.82) + statement_weight(ctx, i)
            if generic and not _offer_context().search(line.text):
                continue
            proposals.append(
                Proposal(value, score, [ctx.evidence(i, note=f"after '{m.group(0)}'", focus=m.group(0))])
            )
    return resolve(proposals, same=lambda a, b: a.lower() == b.lower())
