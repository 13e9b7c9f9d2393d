"""Loads and validates rule packs; picks each value in force on a given date; applies user overrides."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from analyzer import resources
from analyzer.model import Localized, Reference
from analyzer.resources.lexicon import parse_yaml

RULES_DIR = (
    resources.rules_dir()
)  # for callers that name it; load_all_packs asks analyzer.resources each call


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
    trusted_until: dt.date | None = Field(
        default=None,
        description="Last day this parameter's newest value is trusted (e.g. the day before G changes); "
        "the pack's trusted_until when not set.",
    )

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
    variants: dict[str, Localized] = Field(
        default_factory=dict,
        description="Texts for cases a status text cannot word (a check answers with status and variant key).",
    )

    def for_status(self, status: str, key: str | None = None) -> Localized | None:
        """The variant text for ``key`` if the pack has one, else the status's text, else the review text."""
        if key is not None and key in self.variants:
            return self.variants[key]
        return getattr(self, "pass_" if status == "pass" else status) or self.review


class Example(BaseModel):
    """A worked case the rule must get right: ``offercheck rules test`` runs every one.

    ``fields`` maps field names to a bare value (read with full confidence) or to ``{value, confidence,
    conflict}``; ``clauses`` maps clause/signal names (see analyzer/clauses/patterns.py) to ``true`` or to
    ``{values: {...}}``.
    """

    model_config = ConfigDict(extra="forbid")

    fields: dict[str, Any] = Field(default_factory=dict)
    clauses: dict[str, Any] = Field(default_factory=dict)
    text: str = Field(default="", description="Document text, for checks that read it (sector detection).")
    language: str | None = Field(
        default=None, description="Document language code (en, nb, nn, sv, da, de, other)."
    )
    expect: Literal["pass", "fail", "missing", "review", "info", "none"] = Field(
        description='The status the rule must give; "none" = no finding (a note that does not apply).'
    )
    as_of: dt.date | None = None
    note: str | None = None


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
    fixes: dict[str, Localized] = Field(
        default_factory=dict, description="Fix wordings for the text variants, by variant key."
    )
    examples: list[Example] = Field(default_factory=list)
    description: str | None = Field(
        default=None, description="What the rule checks, in one line (rules list)."
    )

    def fix_for(self, status: str, key: str | None = None) -> Localized | None:
        """The fix wording a finding with this status (and text variant) carries, if any."""
        if status not in ("fail", "missing", "review"):
            return None
        return self.fixes.get(key, self.fix) if key is not None else self.fix


class Sector(BaseModel):
    """A sector with a generally applicable collective agreement (minimum-wages pack): how to recognise it and
    which dated values hold its minimum hourly wage per category."""

    model_config = ConfigDict(extra="forbid")

    title: Localized
    cues: dict[Literal["en", "nb", "nn"], list[str]]
    title_cues: dict[Literal["en", "nb", "nn"], list[str]] = Field(default_factory=dict)
    agreement_cues: list[str] = Field(
        default_factory=list,
        description="Names of the sector's collective agreement: naming one is strong evidence.",
    )
    categories: dict[str, str] = Field(
        description="category (skilled, unskilled, adult, under_18...) -> value name"
    )
    default_category: str
    skilled_category: str | None = None
    note: Localized | None = None


class RulePack(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    schema_: Literal["rulepack/1"] = Field(alias="schema")
    id: str
    title: str
    permit: str
    version: str
    checked: dt.date = Field(description="When the values were last checked against their sources.")
    trusted_until: dt.date = Field(
        description="Last day the values are trusted without a new check: later, reports warn that they may be out of date."
    )
    values: dict[str, Parameter]
    rules: list[Rule]
    sectors: dict[str, Sector] = Field(default_factory=dict)
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
        for name, sector in self.sectors.items():
            unknown = [v for v in sector.categories.values() if v not in self.values]
            if unknown:
                raise ValueError(f"sector {name} names unknown values {unknown}")
            if sector.default_category not in sector.categories:
                raise ValueError(
                    f"sector {name}: default_category {sector.default_category} is not a category"
                )
            if sector.skilled_category and sector.skilled_category not in sector.categories:
                raise ValueError(
                    f"sector {name}: skilled_category {sector.skilled_category} is not a category"
                )
        return self

    def value(self, name: str, when: dt.date) -> DatedValue | None:
        return self.values[name].at(when)

    def trusted_until_for(self, name: str) -> dt.date:
        return self.values[name].trusted_until or self.trusted_until

    def is_stale(self, name: str, when: dt.date) -> bool:
        """The value in force on ``when`` may have been replaced since the pack was checked. A value the user
        gave (``--rules``) is the user's own statement, and a project setting (``min_confidence``) is no legal
        figure: neither is ever called stale."""
        entry = self.value(name, when)
        return (
            entry is not None
            and entry.authority not in ("user", "project")  # the user's own values, and our own settings
            and when > self.trusted_until_for(name)
        )

    def stale_values(self, when: dt.date) -> list[str]:
        return [name for name in self.values if self.is_stale(name, when)]

    def age_warning(self, when: dt.date) -> str | None:
        """One plain sentence for the report when ``when`` is past the date the pack's values are trusted."""
        stale = self.stale_values(when)
        if not stale:
            return None
        listed = ", ".join(
            f"{name} ({_fmt_value(entry.value)} from {entry.from_.isoformat()})"
            for name in stale
            if (entry := self.value(name, when)) is not None
        )
        return (
            f"Rule pack {self.id}: its values were last checked on {self.checked.isoformat()} and are trusted "
            f"until {min(self.trusted_until_for(n) for n in stale).isoformat()}; on {when.isoformat()} these may be "
            f"out of date: {listed}. Check them at their sources and give newer ones with --rules FILE; "
            "a requirement that passes only on such a value is reported as needing review."
        )


def _fmt_value(value: float) -> str:
    text = f"{value:,.2f}".replace(",", " ")
    return text.rstrip("0").rstrip(".")


class OverrideFile(BaseModel):
    """A user's file of newer or corrected values: ``values: {name: {history: [...]}}``."""

    model_config = ConfigDict(extra="forbid")

    values: dict[str, list[DatedValue]]


def read_yaml(path: Path) -> Any:
    """Parsed YAML, parsed once per process while the file is unchanged (batch workers check many documents)."""
    stat = path.stat()
    return _parsed(str(path), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=64)
def _parsed(path: str, mtime_ns: int, size: int) -> Any:
    return parse_yaml(Path(path).read_text(encoding="utf-8"))


@lru_cache(maxsize=64)
def _validated(path: str, mtime_ns: int, size: int) -> RulePack | None:
    raw = _parsed(path, mtime_ns, size)
    if isinstance(raw, dict) and raw.get("schema") == "rulepack/1":
        return RulePack.model_validate(raw)
    return None


def load_pack(path: Path) -> RulePack:
    return RulePack.model_validate(read_yaml(path))


def load_all_packs() -> list[RulePack]:
    """Every ``rulepack/1`` file in patterns/rules, validated, in file-name order.

    The packs are cached per process and shared: callers must not change them (``apply_overrides`` copies).
    """
    packs = []
    for path in sorted(resources.rules_dir().glob("*.yaml")):
        stat = path.stat()
        pack = _validated(str(path), stat.st_mtime_ns, stat.st_size)
        if pack is not None:
            packs.append(pack)
    return packs


def pack_for(permit: str, packs: list[RulePack] | None = None) -> RulePack:
    """The pack for a permit, from ``packs`` (e.g. with --rules applied) or the shipped ones."""
    for pack in packs if packs is not None else load_all_packs():
        if pack.permit == permit:
            return pack
    raise FileNotFoundError(f"no rule pack for permit '{permit}' in {resources.rules_dir()}")


def packs_for_every_report() -> list[RulePack]:
    """Packs applied whatever the permit (``permit: any``): contract completeness, minimum wages."""
    return [p for p in load_all_packs() if p.permit == "any"]


def apply_overrides(pack: RulePack, path: Path, *, strict: bool = True) -> RulePack:
    """Dated values from the user's file are merged into the pack's histories (the user's entry wins a tie).

    With ``strict=False`` names the pack does not have are skipped (another pack may own them).
    """
    data = OverrideFile.model_validate(read_yaml(path))
    pack = pack.model_copy(deep=True)
    for name, entries in data.values.items():
        if name not in pack.values:
            if not strict:
                continue
            raise ValueError(f"{path}: unknown value '{name}' (known: {', '.join(sorted(pack.values))})")
        history = [h for h in pack.values[name].history if h.from_ not in {e.from_ for e in entries}]
        pack.values[name].history = sorted(history + entries, key=lambda v: v.from_)
        pack.overrides.append(f"{name} from {path}")
    return pack


def apply_overrides_all(packs: list[RulePack], path: Path) -> list[RulePack]:
    """Applies one override file to several packs; a name no pack knows is an error."""
    data = OverrideFile.model_validate(read_yaml(path))
    # A name any pack on disk knows is fine: the file may also hold values for a permit not being checked.
    known = {name for pack in [*packs, *load_all_packs()] for name in pack.values}
    unknown = sorted(set(data.values) - known)
    if unknown:
        raise ValueError(f"{path}: unknown value(s) {', '.join(unknown)} (known: {', '.join(sorted(known))})")
    return [apply_overrides(pack, path, strict=False) for pack in packs]
