"""Job title: a labelled value ("Stilling: …", "Position: …") or the post named in the offer's prose."""

from __future__ import annotations

import re

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
from analyzer.resources.lexicon import label_regex, phrase_set_regex, phrases_regex

_STOP = re.compile(
    r"\s*(?:[.;:(|!?]|,|\s[-–]\s|\bi\s+(?=[A-ZÆØÅ0-9])|\b(?:ved|hos|at|with|from|fra|frå|med|på|within|starting|"
    r"effective|fra og med|i vår|i vårt|i våre|i avdeling|in our|in the|for our|for the|reporting|som rapporterer|"
    r"og\s+(?=[a-zæøå]+\s)|and\s+(?=will|is|you|your|the)|where|hvor|der|kor|in\s+(?=[A-Z])|"
    r"i\s+(?=[a-zæøå]+(?:en|et|a|ene|ane)\b))\b)"
)
_NOT_TITLE = re.compile(
    r"^(?:fast|midlertidig|mellombels|heltid|heiltid|deltid|full[- ]?time|part[- ]?time|permanent|temporary|"
    r"\d|vikariat|engasjement|som|is|er|will|the|a|an|of|og|and|ledig|beskrivelse|description|percentage|prosent|"
    r"tittel|title|stilling|position)\b",
    re.IGNORECASE,
)


_ARTICLE = re.compile(r"^(?:a|an|the|en|ei|et)\s+", re.IGNORECASE)
# In prose a title may follow an article or possessive and "new": "as our new Control Systems Engineer",
# "som vår nye rådgiver". A labelled value keeps its words ("Stilling: New Business Manager").
_PROSE_DETERMINER = re.compile(
    r"^(?:a|an|the|our|your|en|ei|et|ein|eit|vår|vårt|våre|din|ditt|dine)\s+(?:(?:new|nye|ny|nytt)\s+)?",
    re.IGNORECASE,
)
_KEY_STOP = re.compile(r"\s*(?:[.;(|!?]\s|[;(|]|\s[-–]\s|,)|\s+\d{1,2}\.\s+(?=[A-ZÆØÅ])")
# "ansatt hos Nordlys Programvare AS som programvareutvikler"
_EMPLOYED_AT = re.compile(
    r"\b(?:ansatt|ansettes|tilsett|tilsett[a-z]*|employed|hired|engaged)\s+(?:hos|ved|i|by|with|at)\s+.{2,70}?\s+"
    r"(?-i:som|as)(?:\s+|$)",  # the title may start the next visual line
    re.IGNORECASE,
)


def _tail(value: str) -> str:
    """Cut what follows the title in the sentence ("Site Engineer and report to …", "Kitchen Hand on a casual
    basis"): the words of ``phrases.title_tail``."""
    m = phrases_regex("title_tail").search(value)
    return value[: m.start()] if m and m.start() > 0 else value


def _cut(value: str, prose: bool = True) -> str:
    value = value.replace("**", "").replace("__", " ")  # Markdown emphasis around a filled-in title
    value = _tail((_PROSE_DETERMINER if prose else _ARTICLE).sub("", value.strip(" :-–|\t\"'«»“”*")))
    if not prose:
        m = _KEY_STOP.search(value)
        value = value[: m.start()] if m and m.start() > 0 else value
        return " ".join(value.split()[:8]).strip(" ,.;:-–\"'«»“”")
    m = _STOP.search(value)
    if m and m.start() > 0:
        value = value[: m.start()]
    words = value.split()
    return " ".join(words[:8]).strip(" ,.;:-–\"'«»“”")


def _plausible(value: str) -> bool:
    if not value or len(value) < 3 or len(value) > 80 or _NOT_TITLE.match(value) or is_placeholder(value):
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
        for m in [*phrases.finditer(line.text), *_EMPLOYED_AT.finditer(line.text)]:
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
            if starts_blank(_PROSE_DETERMINER.sub("", rest.strip(" *"))):
                continue  # "appointed as [Designation]", "appointment as a <<title name>>"
            value = _cut(rest)
            if not _plausible(value):
                continue
            generic = phrase in ("as a", "as an", "work as", "jobbe som", "arbeide som")
            if generic and phrase.startswith(("as", "work")) and not value[:1].isupper():
                continue  # "as a negative point", "as a condition of employment": English titles are capitalised
            score = (0.45 if generic else 0.82) + statement_weight(ctx, i)
            if generic and not re.search(
                r"employ|position|offer|role|join|hire|stilling|tilby|tilbod|ansett|tilsett", line.text, re.I
            ):
                continue
            proposals.append(
                Proposal(value, score, [ctx.evidence(i, note=f"after '{m.group(0)}'", focus=m.group(0))])
            )
    return resolve(proposals, same=lambda a, b: a.lower() == b.lower())
