"""Loads and validates rule packs; picks each value in force on a given date; applies user overrides."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator

from analyzer.extract.lexicon import PATTERNS_DIR
from analyzer.model import Localized, Reference

RULES_DIR = PATTERNS_DIR / "rules"


class DatedValue(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    from_: dt.date = Field(alias="from")
    value: float
    source: str
    authority: Literal["official", "third_party", "project", "user"]
    confirmed: bool
    note: str | None = None


class Parameter(BaseModel):
    model_config = ConfigDict(extra="forbid")

    unit: str
    description: str
    history: list[DatedValue]

    @model_validator(mode="after")
    def _sorted(self) -> Parameter:
        self.history.sort(key=lambda v: v.from_)
        if not self.history:
            raise ValueError("a parameter needs at least one dated value")
        return self

    def at(self, when: dt.date) -> DatedValue | None:
        current = None
        for entry in self.history:
            if entry.from_ <= when:
                current = entry
        return current


class RuleText(BaseModel):
    model_config = ConfigDict(extra="forbid")

    pass_: Localized | None = Field(default=None, alias="pass")
    fail: Localized | None = None
    missing: Localized | None = None
    review: Localized | None = None
    info: Localized | None = None


class Example(BaseModel):
    model_config = ConfigDict(extra="forbid")

    fields: dict[str, Any]
    expect: Literal["pass", "fail", "missing", "review", "info"]
    as_of: dt.date | None = None


class Rule(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    field: str
    check: str
    scope: Literal["udi", "contract"] = "udi"
    severity: Literal["required", "conditional", "informative"] = "required"
    values: list[str] = Field(default_factory=list)
    reference: Reference
    text: RuleText
    fix: Localized | None = None
    examples: list[Example] = Field(default_factory=list)


class RulePack(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    schema_: Literal["rulepack/1"] = Field(alias="schema")
    id: str
    title: str
    permit: str
    version: str
    values: dict[str, Parameter]
    rules: list[Rule]
    overrides: list[str] = Field(default_factory=list, exclude=True)

    @model_validator(mode="after")
    def _references(self) -> RulePack:
        ids = [r.id for r in self.rules]
        if len(ids) != len(set(ids)):
            raise ValueError("duplicate rule ids")
        for rule in self.rules:
            missing = [v for v in rule.values if v not in self.values]
            if missing:
                raise ValueError(f"rule {rule.id} names unknown values {missing}")
        return self

    def value(self, name: str, when: dt.date) -> DatedValue | None:
        return self.values[name].at(when)


class OverrideFile(BaseModel):
    """A user's file of newer or corrected values: ``values: {name: {history: [...]}}``."""

    model_config = ConfigDict(extra="forbid")

    values: dict[str, list[DatedValue]]


def load_pack(path: Path) -> RulePack:
    return RulePack.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def pack_for(permit: str) -> RulePack:
    for path in sorted(RULES_DIR.glob("*.yaml")):
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(raw, dict) and raw.get("permit") == permit and raw.get("schema") == "rulepack/1":
            return RulePack.model_validate(raw)
    raise FileNotFoundError(f"no rule pack for permit '{permit}' in {RULES_DIR}")


def apply_overrides(pack: RulePack, path: Path) -> RulePack:
    """Dated values from the user's file are merged into the pack's histories (the user's entry wins a tie)."""
    data = OverrideFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    pack = pack.model_copy(deep=True)
    for name, entries in data.values.items():
        if name not in pack.values:
            raise ValueError(f"{path}: unknown value '{name}' (known: {', '.join(sorted(pack.values))})")
        history = [h for h in pack.values[name].history if h.from_ not in {e.from_ for e in entries}]
        pack.values[name].history = sorted(history + entries, key=lambda v: v.from_)
        pack.overrides.append(f"{name} from {path}")
    return pack
