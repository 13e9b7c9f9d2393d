"""Loads ``patterns/lexicon.yaml`` (validated) and compiles its phrases into matchers.

Phrases are data; this module only turns them into regular expressions that tolerate the ways real contracts
spell them: any case, ASCII stand-ins for æøå, optional abbreviation dots, compounds by prefix.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, field_validator

from analyzer import resources

PATTERNS_DIR = (
    resources.patterns_dir()
)  # for callers that name it; the loaders ask analyzer.resources each call

Lang = Literal["en", "nb", "nn"]
PerLanguage = dict[Lang, list[str]]


Period = Literal["year", "month", "hour"]


class Periods(BaseModel):
    """Period words after an amount, and (``before``) pay compounds before it that name the period."""

    model_config = ConfigDict(extra="forbid")

    year: list[str]
    month: list[str]
    hour: list[str]
    before: dict[Period, list[str]] = {}

    def after(self) -> dict[Period, list[str]]:
        return {"year": self.year, "month": self.month, "hour": self.hour}


class Multiplier(BaseModel):
    model_config = ConfigDict(extra="forbid")

    words: list[str]
    factor: int
    implies: str | None = None
    period: Period | None = None


class Currencies(BaseModel):
    """Currency marks: ``codes`` name one currency each; ``krone`` and ``yen_yuan`` marks need the document to
    tell which currency they are (see the comment above ``currencies`` in lexicon.yaml)."""

    model_config = ConfigDict(extra="forbid")

    codes: dict[str, list[str]]
    krone: list[str]
    yen_yuan: list[str]
    multipliers: list[Multiplier] = []

    @field_validator("codes")
    @classmethod
    def _iso_codes_and_no_mark_twice(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        seen: dict[str, str] = {}
        for code, marks in v.items():
            if not re.fullmatch(r"[A-Z]{3}", code):
                raise ValueError(f"{code}: not an ISO 4217 code")
            if not marks:
                raise ValueError(f"{code}: no marks")
            for mark in marks:
                other = seen.setdefault(mark.casefold(), code)
                if other != code:
                    raise ValueError(f"mark {mark!r} names both {other} and {code}")
        return v


class Lexicon(BaseModel):
    model_config = ConfigDict(extra="forbid")

    schema_: str
    labels: dict[str, PerLanguage]
    title_phrases: PerLanguage
    cues: dict[str, PerLanguage]
    periods: Periods
    currencies: Currencies
    full_time: PerLanguage
    part_time: PerLanguage
    permanent: PerLanguage
    degrees: dict[Literal["master", "bachelor", "vocational"], list[str]]
    requirement_cues: PerLanguage
    legal_forms: list[str]
    public_bodies: dict[Literal["suffixes", "prefixes"], list[str]]
    months: dict[int, list[str]]
    language_markers: PerLanguage
    label_false_friends: dict[str, list[str]] = {}

    @field_validator("months")
    @classmethod
    def _twelve_months(cls, v: dict[int, list[str]]) -> dict[int, list[str]]:
        if sorted(v) != list(range(1, 13)):
            raise ValueError("months must have keys 1..12")
        return v

    @field_validator("labels", "cues")
    @classmethod
    def _non_empty(cls, v: dict[str, PerLanguage]) -> dict[str, PerLanguage]:
        for key, langs in v.items():
            if not any(langs.values()):
                raise ValueError(f"{key}: no phrases")
        return v


_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: several times faster


def parse_yaml(text: str) -> Any:
    """YAML data (a safe loader: no Python objects); every pattern file and rule pack is read through this."""
    return yaml.load(text, Loader=_YAML_LOADER)  # noqa: S506 (a safe loader)


def load_lexicon(path: Path | None = None) -> Lexicon:
    raw = parse_yaml((path or resources.lexicon_file()).read_text(encoding="utf-8"))
    if isinstance(raw, dict) and "schema" in raw:
        raw["schema_"] = raw.pop("schema")
    return Lexicon.model_validate(raw)


@cache
def lexicon() -> Lexicon:
    return load_lexicon()


_LETTER_VARIANTS = {
    "æ": "(?:æ|ae|a)",
    "ø": "(?:ø|oe|o)",
    "å": "(?:å|aa|a)",
}


def phrase_regex(phrase: str, bounded: bool = True) -> str:
    """Regex source for one phrase (see the matching rules at the top of lexicon.yaml). ``bounded=False``
    leaves out the word-boundary checks at both ends (a looser pattern, for pre-filtering)."""
    prefix = phrase.endswith("*")
    phrase = phrase.rstrip("*").strip().lower()
    out: list[str] = []
    for i, ch in enumerate(phrase):
        if ch in _LETTER_VARIANTS:
            out.append(_LETTER_VARIANTS[ch])
        elif ch == " ":
            out.append(r"[\s\-]*" if out and out[-1] == r"\.?\s*" else r"[\s\-]+")
        elif ch == "." and i == len(phrase) - 1 and phrase[-2:-1].isalnum() and bounded and not prefix:
            # A closing abbreviation dot may be left out, but then the word must end there: "p.a." is not
            # the start of "paid", nor "ca." of "cash".
            out.append(r"(?![\wæøåÆØÅ])\.?")
        elif ch == ".":
            out.append(r"\.?\s*")
        elif ch == "-":
            out.append(r"[\s\-]?")
        else:
            out.append(re.escape(ch))
    body = "".join(out)
    if not bounded:
        return body + (r"[\wæøåÆØÅ]*" if prefix else "")
    start = _WORD_START if phrase[:1].isalnum() else ""
    end = r"[\wæøåÆØÅ]*" if prefix else (_WORD_END if phrase[-1:].isalnum() else "")
    return start + body + end


# A phrase is a whole word: not inside a word, nor the second half of a hyphenated compound ("post" is not in
# "E-post", "salary" not in "pre-salary"), nor the first half of one ("post" is not in "Post-adresse").
_WORD_START = r"(?<![\wæøåÆØÅ])(?<![\wæøåÆØÅ]-)"
_WORD_END = r"(?![\wæøåÆØÅ]|-[\wæøåÆØÅ])"


def compile_phrases(phrases: Iterable[str]) -> re.Pattern[str]:
    """One alternation, longest phrases first so "annual salary" wins over "salary" (then alphabetical, so
    every process builds the same pattern). Cached: rule checks ask for the same phrase lists per document."""
    return _compile_phrases(frozenset(phrases))


@lru_cache(maxsize=1024)
def _compile_phrases(phrases: frozenset[str]) -> re.Pattern[str]:
    """Consecutive phrases that start at a word boundary share one look-behind in front of their group: the
    engine then rejects a position inside a word once instead of once per phrase, which makes the scan of
    a document with a hundred-phrase alternation several times faster and matches exactly the same.
    """
    ordered = sorted(phrases, key=lambda p: (-len(p), p))
    groups: list[tuple[bool, list[str]]] = []
    for phrase in ordered:
        source = phrase_regex(phrase)
        at_word_start = source.startswith(_WORD_START)
        if at_word_start:
            source = source[len(_WORD_START) :]
        if groups and groups[-1][0] == at_word_start:
            groups[-1][1].append(source)
        else:
            groups.append((at_word_start, [source]))
    parts = [
        (_WORD_START if at_word_start else "") + "(?:" + "|".join(f"(?:{s})" for s in sources) + ")"
        for at_word_start, sources in groups
    ]
    return re.compile("|".join(parts), re.IGNORECASE)


def all_languages(per_lang: PerLanguage) -> list[str]:
    return [p for phrases in per_lang.values() for p in phrases]


@cache
def label_regex(concept: str, language: str | None = None) -> re.Pattern[str]:
    """Every language's labels for a concept (contracts mix languages), less those that are a different, common
    word in the document's own language (``label_false_friends``: English "post" is mail in Norwegian)."""
    drop = {p.lower() for p in lexicon().label_false_friends.get(language or "", [])}
    return compile_phrases([p for p in all_languages(lexicon().labels[concept]) if p.lower() not in drop])


@cache
def phrase_set_regex(name: str) -> re.Pattern[str]:
    lex = lexicon()
    table: dict[str, PerLanguage] = {
        "title_phrases": lex.title_phrases,
        "full_time": lex.full_time,
        "part_time": lex.part_time,
        "permanent": lex.permanent,
        "requirement_cues": lex.requirement_cues,
    }
    return compile_phrases(all_languages(table[name]))


@cache
def period_regex() -> dict[str, re.Pattern[str]]:
    return {period: compile_phrases(words) for period, words in lexicon().periods.after().items()}


@cache
def period_before_regex() -> dict[str, re.Pattern[str]]:
    """Pay compounds that name a period and stand before the amount ("Jahresgehalt", "månadslön")."""
    return {period: compile_phrases(words) for period, words in lexicon().periods.before.items()}


@cache
def degree_regex() -> dict[str, re.Pattern[str]]:
    return {level: compile_phrases(words) for level, words in lexicon().degrees.items()}


@cache
def cue_regex(cue: str) -> re.Pattern[str]:
    """Cue stems match the start of a word: "pensjon" matches "pensjonsordning"."""
    stems = all_languages(lexicon().cues[cue])
    return compile_phrases([s if s.endswith("*") else s + "*" for s in stems])


@cache
def month_table() -> dict[str, int]:
    return {name: number for number, names in lexicon().months.items() for name in names}
