"""Runs every rule's own examples through the checker (``offercheck rules test`` and the test suite)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from analyzer.model import ClauseScan, Evidence, Fields
from analyzer.rules.loader import Example, Rule, RulePack

DEFAULT_AS_OF = dt.date(2026, 6, 1)


@dataclass
class ExampleResult:
    pack: str
    rule: str
    index: int
    expect: str
    got: str | None
    message: str
    note: str | None = None

    @property
    def ok(self) -> bool:
        return self.got == self.expect


def fields_from_example(data: dict[str, Any]) -> Fields:
    """``{name: value}`` (read with full confidence) or ``{name: {value, confidence, conflict, candidates}}``."""
    raw: dict[str, Any] = {}
    for name, spec in data.items():
        if name not in Fields.model_fields:
            raise ValueError(f"unknown field '{name}' (known: {', '.join(Fields.model_fields)})")
        if isinstance(spec, dict) and "value" in spec:
            entry = {"confidence": 1.0, **spec}
        else:
            entry = {"value": spec, "confidence": 1.0}
        entry.setdefault("evidence", [Evidence(page=1, text=f"example: {name}").model_dump()])
        raw[name] = entry
    return Fields.model_validate(raw)


def run_example(pack: RulePack, rule: Rule, example: Example) -> tuple[str | None, str]:
    """The status the rule gives for the example and its English message."""
    from analyzer.rules.checker import check

    single = pack.model_copy(update={"rules": [rule]})
    findings = check(
        fields_from_example(example.fields),
        single,
        example.as_of or DEFAULT_AS_OF,
        clauses=ClauseScan.from_example(example.clauses),
        text=example.text,
        language=example.language,
    )
    if not findings:
        return "none", "(no finding: the note does not apply)"
    return findings[0].status, findings[0].message.en


def run_examples(packs: list[RulePack]) -> list[ExampleResult]:
    results = []
    for pack in packs:
        for rule in pack.rules:
            for i, example in enumerate(rule.examples):
                try:
                    got, message = run_example(pack, rule, example)
                except Exception as exc:  # a broken example is reported, not raised
                    got, message = "error", f"{type(exc).__name__}: {exc}"
                results.append(ExampleResult(pack.id, rule.id, i, example.expect, got, message, example.note))
    return results


def coverage_problems(packs: list[RulePack]) -> list[str]:
    """Each rule needs a known check and examples that pass and that do not pass."""
    from analyzer.rules.checker import CHECKS

    problems = []
    for pack in packs:
        for rule in pack.rules:
            if rule.check not in CHECKS:
                problems.append(f"{pack.id}/{rule.id}: unknown check '{rule.check}'")
            expects = {e.expect for e in rule.examples}
            if rule.severity == "informative":
                if "none" not in expects or not expects - {"none"}:
                    problems.append(
                        f"{pack.id}/{rule.id}: a note needs an example that reports it and one that does not"
                    )
                continue
            if not expects & {"pass", "info"}:
                problems.append(f"{pack.id}/{rule.id}: no example that must pass (or, for a note, give info)")
            if not expects & {"fail", "missing", "review"}:
                problems.append(f"{pack.id}/{rule.id}: no example that must fail (or be missing / review)")
            if rule.fix is None:
                problems.append(f"{pack.id}/{rule.id}: no fix wording (en + nb)")
    return problems
