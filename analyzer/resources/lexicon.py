"""Loads the lexicon (``patterns/lexicon/``: one file per language plus ``common.yaml``), validates it, and
compiles its phrases into matchers.

Phrases are data; this module only turns them into regular expressions that tolerate the ways real contracts
spell them: any case, ASCII stand-ins for æøå, optional abbreviation dots, compounds by prefix. Each language file
is validated on its own (so an error names its file), then the files are merged into one :class:`Lexicon` whose
per-language sections are keyed by language: adding a language or a word is a data change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from analyzer import resources

PATTERNS_DIR = (
    resources.patterns_dir()
)  # for callers that name it; the loaders ask analyzer.resources each call

Lang = Literal["en", "nb", "nn", "sv", "da", "de"]
LANGUAGES: tuple[Lang, ...] = ("en", "nb", "nn", "sv", "da", "de")
PerLanguage = dict[Lang, list[str]]


Period = Literal["year", "month", "hour"]


class Periods(BaseModel):
    """Period words after an amount, and (``before``) pay compounds before it that name the period."""

    model_config = ConfigDict(extra="forbid")

    year: list[str] = []
    month: list[str] = []
    hour: list[str] = []
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
    tell which currency they are (see patterns/lexicon/README.md)."""

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


Degree = Literal["master", "bachelor", "vocational"]


class LexiconExample(BaseModel):
    """A sentence a word set must (``match``: the text it finds) or must not (``match: null``) find in.

    ``set`` names the words: ``labels.<concept>``, ``cues.<cue>``, ``phrases.<name>``, ``title_phrases``,
    ``full_time``, ``part_time``, ``permanent``, ``requirement_cues``, ``periods.<year|month|hour>``,
    ``degrees.<level>``. `offercheck rules test` runs every example."""

    model_config = ConfigDict(extra="forbid")

    set: str
    text: str
    match: str | None
    note: str | None = None


class LanguageFile(BaseModel):
    """One ``patterns/lexicon/<language>.yaml``: that language's words, section by section (all optional)."""

    model_config = ConfigDict(extra="forbid")

    language: Lang
    labels: dict[str, list[str]] = {}
    title_phrases: list[str] = []
    cues: dict[str, list[str]] = {}
    periods: Periods = Periods()
    full_time: list[str] = []
    part_time: list[str] = []
    permanent: list[str] = []
    degrees: dict[Degree, list[str]] = {}
    requirement_cues: list[str] = []
    months: dict[int, list[str]] = {}
    language_markers: list[str] = []
    label_false_friends: list[str] = []
    phrases: dict[str, list[str]] = {}
    examples: list[LexiconExample] = []


class CommonFile(BaseModel):
    """``patterns/lexicon/common.yaml``: vocabulary that belongs to no one language."""

    model_config = ConfigDict(extra="forbid")

    schema_: str
    currencies: Currencies
    degrees: dict[Degree, list[str]] = {}
    legal_forms: list[str]
    public_bodies: dict[Literal["suffixes", "prefixes"], list[str]]
    phrases: dict[str, list[str]] = {}
    examples: list[LexiconExample] = []


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
    degrees: dict[Degree, list[str]]
    requirement_cues: PerLanguage
    legal_forms: list[str]
    public_bodies: dict[Literal["suffixes", "prefixes"], list[str]]
    months: dict[int, list[str]]
    language_markers: PerLanguage
    label_false_friends: dict[str, list[str]] = {}
    phrases: dict[str, PerLanguage] = {}
    examples: list[tuple[str, LexiconExample]] = []

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


COMMON = "common.yaml"
_PER_LANGUAGE = (
    "title_phrases",
    "full_time",
    "part_time",
    "permanent",
    "requirement_cues",
    "language_markers",
)


def _read(path: Path) -> Any:
    raw = parse_yaml(path.read_text(encoding="utf-8"))
    if not isinstance(raw, dict):
        raise ValueError(f"{path.name}: not a mapping")
    if "schema" in raw:
        raw["schema_"] = raw.pop("schema")
    return raw


def _named(path: Path, exc: ValidationError | ValueError) -> ValueError:
    return ValueError(f"{path.name}: {exc}")


def load_lexicon(folder: Path | None = None) -> Lexicon:
    """Read ``common.yaml`` and every ``<language>.yaml`` in the folder, validate each, merge them.

    A language file must be named after its ``language`` (nb.yaml holds ``language: nb``), so a word cannot
    land in the wrong language by a copy-paste of the header."""
    folder = folder or resources.lexicon_dir()
    common_path = folder / COMMON
    try:
        common = CommonFile.model_validate(_read(common_path))
    except (ValidationError, ValueError) as exc:
        raise _named(common_path, exc) from exc
    merged: dict[str, Any] = {
        "schema_": common.schema_,
        "currencies": common.currencies,
        "legal_forms": common.legal_forms,
        "public_bodies": common.public_bodies,
        "labels": {},
        "cues": {},
        "degrees": {level: list(words) for level, words in common.degrees.items()},
        "months": {},
        "label_false_friends": {},
        "phrases": {name: {"en": list(words)} for name, words in common.phrases.items()},
        "examples": [(COMMON, example) for example in common.examples],
        **{name: {} for name in _PER_LANGUAGE},
    }
    periods: dict[str, Any] = {"year": [], "month": [], "hour": [], "before": {}}
    for path in sorted(folder.glob("*.yaml")):
        if path.name == COMMON:
            continue
        try:
            part = LanguageFile.model_validate(_read(path))
            if path.stem != part.language:
                raise ValueError(f"holds language {part.language!r}: name the file {part.language}.yaml")
        except (ValidationError, ValueError) as exc:
            raise _named(path, exc) from exc
        lang = part.language
        for concept, phrases in part.labels.items():
            merged["labels"].setdefault(concept, {})[lang] = phrases
        for cue, stems in part.cues.items():
            merged["cues"].setdefault(cue, {})[lang] = stems
        for name in _PER_LANGUAGE:
            if getattr(part, name):
                merged[name][lang] = getattr(part, name)
        if part.label_false_friends:
            merged["label_false_friends"][lang] = part.label_false_friends
        for name, words in part.phrases.items():
            merged["phrases"].setdefault(name, {}).setdefault(lang, []).extend(words)
        merged["examples"] += [(path.name, example) for example in part.examples]
        for period in ("year", "month", "hour"):
            periods[period] += getattr(part.periods, period)
        for period, words in part.periods.before.items():
            periods["before"].setdefault(period, []).extend(words)
        for level, words in part.degrees.items():
            merged["degrees"].setdefault(level, []).extend(words)
        for number, names in part.months.items():
            merged["months"].setdefault(number, []).extend(names)
    merged["periods"] = Periods.model_validate(periods)
    try:
        return Lexicon.model_validate(merged)
    except ValidationError as exc:
        raise ValueError(f"{folder.name}/ (the merged lexicon): {exc}") from exc


@cache
def lexicon() -> Lexicon:
    return load_lexicon()


_LETTER_VARIANTS = {
    "æ": "(?:æ|ae|a)",
    "ø": "(?:ø|oe|o)",
    "å": "(?:å|aa|a)",
}


def phrase_regex(phrase: str, bounded: bool = True) -> str:
    """Regex source for one phrase (see the matching rules in patterns/lexicon/README.md). ``bounded=False``
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


@cache
def generic_label_regex() -> re.Pattern[str] | None:
    """Row keys that say nothing of the topic ("Navn", "Adresse"): under a heading, their row gives its value.

    Both field extraction and the clause scan use them, so they are read here, below both stages; the list is
    ``generic_row_labels`` in ``patterns/clauses.yaml`` (validated with the clause cues).
    """
    raw = parse_yaml(resources.clauses_file().read_text(encoding="utf-8"))
    labels = raw.get("generic_row_labels") if isinstance(raw, dict) else None
    return compile_phrases([str(label) for label in labels]) if labels else None


@cache
def phrases_regex(name: str) -> re.Pattern[str]:
    """A named phrase set (``phrases:`` in the lexicon files), every language's words together."""
    return compile_phrases(all_languages(lexicon().phrases[name]))


def phrases_of(name: str) -> list[str]:
    """The words of a named phrase set, every language together (for code that needs the list itself)."""
    return all_languages(lexicon().phrases[name])


def example_pattern(lex: Lexicon, set_name: str) -> re.Pattern[str]:
    """The compiled matcher an example's ``set`` names (KeyError/ValueError for a name that is no set)."""
    section, _, key = set_name.partition(".")
    per_lang: PerLanguage
    if section in ("labels", "cues", "phrases"):
        per_lang = getattr(lex, section)[key]
    elif section in ("title_phrases", "full_time", "part_time", "permanent", "requirement_cues") and not key:
        per_lang = getattr(lex, section)
    elif section == "periods" and key in ("year", "month", "hour"):
        return compile_phrases(getattr(lex.periods, key))
    elif section == "degrees" and key in lex.degrees:
        return compile_phrases(lex.degrees[key])
    else:
        raise ValueError(f"no word set {set_name!r}")
    words = all_languages(per_lang)
    if section == "cues":
        words = [w if w.endswith("*") else w + "*" for w in words]
    return compile_phrases(words)


def example_problems(lex: Lexicon | None = None) -> tuple[int, list[str]]:
    """Run every lexicon example: (examples run, problems). A problem names the file, the set and the text."""
    lex = lex or lexicon()
    problems: list[str] = []
    for file, ex in lex.examples:
        try:
            found = example_pattern(lex, ex.set).search(ex.text)
        except (KeyError, ValueError):
            problems.append(f"{file}: example names no word set {ex.set!r}")
            continue
        got = found.group(0) if found else None
        if (got is None) != (ex.match is None) or (
            got is not None and got.casefold() != (ex.match or "").casefold()
        ):
            want = "no match" if ex.match is None else repr(ex.match)
            problems.append(f"{file}: {ex.set} in {ex.text!r}: expected {want}, found {got!r}")
    return len(lex.examples), problems
