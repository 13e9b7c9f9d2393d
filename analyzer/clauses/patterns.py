"""The clause cues (``patterns/clauses.yaml``): their schema, loading once per process, and compiled matchers.

Cue phrases are data, per language (EN/NB/NN); this module validates them and turns them into regular
expressions through the lexicon's phrase compiler, so a cue tolerates the same spellings as a lexicon label.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from analyzer import resources
from analyzer.resources.lexicon import compile_phrases, parse_yaml

Lang = Literal["en", "nb", "nn"]
PerLanguage = dict[Lang, list[str]]

CLAUSES = (
    "parties",
    "work_location",
    "job_title",
    "start_date",
    "duration",
    "probation",
    "holiday",
    "notice",
    "salary",
    "pay_schedule",
    "working_hours",
    "breaks",
    "overtime",
    "collective_agreement",
    "user_undertaking",
    "training",
    "pension",
)
SIGNALS = (
    "temporary",
    "permanent",
    "temporary_basis",
    "seasonal",
    "piecework",
    "guaranteed_minimum",
    "staffing_agency",
    "remote_work",
    "exchange_rate",
    "skilled",
)


class CueSet(BaseModel):
    model_config = ConfigDict(extra="forbid")

    cues: PerLanguage
    unless: PerLanguage = Field(default_factory=dict)
    needs_number: bool = False
    needs_amount: bool = Field(
        default=False, description="The line must hold an amount (3+ digits), not just any number."
    )
    label_only: PerLanguage = Field(
        default_factory=dict,
        description="Generic cues that count in prose only as 'label: value' (or in a table).",
    )
    match_values: bool = Field(default=False, description="A cue in a table row's value cells counts too.")
    unless_label: PerLanguage = Field(
        default_factory=dict,
        description="A table row whose label names another topic (holiday pay, bonus) is skipped.",
    )

    @model_validator(mode="before")
    @classmethod
    def _bare(cls, raw: Any) -> Any:
        """A clause may be given as just its per-language cue lists."""
        if isinstance(raw, dict) and "cues" not in raw:
            return {"cues": raw}
        return raw

    @model_validator(mode="after")
    def _non_empty(self) -> CueSet:
        if not any(self.cues.values()):
            raise ValueError("no cue phrases")
        return self

    def all_cues(self) -> list[str]:
        return [p for phrases in self.cues.values() for p in phrases]

    def all_label_only(self) -> list[str]:
        return [p for phrases in self.label_only.values() for p in phrases]

    def all_unless(self) -> list[str]:
        return [p for phrases in self.unless.values() for p in phrases]


class ClausePatterns(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    schema_: Literal["clauses/1"] = Field(alias="schema")
    heading_max_words: int = 4
    generic_row_labels: list[str] = Field(default_factory=list)
    undetermined: PerLanguage = Field(default_factory=dict)
    clauses: dict[str, CueSet]
    signals: dict[str, CueSet]

    @model_validator(mode="after")
    def _known(self) -> ClausePatterns:
        wanted = {c for c in CLAUSES if c != "parties"} | {"parties_employer", "parties_employee"}
        missing = wanted - set(self.clauses)
        unknown = set(self.clauses) - wanted
        if missing or unknown:
            raise ValueError(f"clauses: missing {sorted(missing)}, unknown {sorted(unknown)}")
        if set(self.signals) != set(SIGNALS):
            raise ValueError(f"signals must be exactly {sorted(SIGNALS)}")
        return self


def load_clause_patterns(path: Path | None = None) -> ClausePatterns:
    raw = parse_yaml((path or resources.clauses_file()).read_text(encoding="utf-8"))
    return ClausePatterns.model_validate(raw)


@cache
def patterns() -> ClausePatterns:
    """The shipped clause cues, loaded and validated once per process."""
    return load_clause_patterns()


@cache
def cue_regex(kind: Literal["clause", "signal"], name: str) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """(cues, unless) for a clause or signal; ``unless`` is None when the cue set has no exceptions."""
    table = patterns().clauses if kind == "clause" else patterns().signals
    cue_set = table[name]
    unless = cue_set.all_unless()
    cues = cue_set.all_cues() + cue_set.all_label_only()
    return compile_phrases(cues), (compile_phrases(unless) if unless else None)


@cache
def unless_label_regex(name: str) -> re.Pattern[str] | None:
    """Row labels naming another topic, for which a clause's table row is skipped."""
    phrases = [p for ps in patterns().clauses[name].unless_label.values() for p in ps]
    return compile_phrases(phrases) if phrases else None


@cache
def label_only(name: str) -> frozenset[str]:
    """The generic cues of a clause that count only as a label ('Position: …'), lower-cased."""
    return frozenset(p.rstrip("*").lower() for p in patterns().clauses[name].all_label_only())


@cache
def undetermined_regex() -> re.Pattern[str] | None:
    """Phrases that name a clause but state nothing ("to be agreed later")."""
    phrases = [p for ps in patterns().undetermined.values() for p in ps]
    return compile_phrases(phrases) if phrases else None
