"""Runs every rule's own examples through the checker (``offercheck rules test`` and the test suite)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from analyzer.model import ClauseScan, Evidence, Fields
from analyzer.rules.loader import Example, Rule, RulePack
from analyzer.rules.outcome import placeholders

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
    """The status the rule gives for the example and its English message.

    The check's answer must be one it declared, with every value it declared for it: a check that fills less
    than it promised would leave a placeholder to the "(not known)" fallback, so the example fails instead.
    """
    from analyzer.rules.checker import CHECKS, evaluate, finding
    from analyzer.rules.context import CheckContext

    c = CheckContext(
        fields_from_example(example.fields),
        pack,
        example.as_of or DEFAULT_AS_OF,
        ClauseScan.from_example(example.clauses),
        example.text,
        example.language,
    )
    result = evaluate(rule, c)
    if result is None:
        return "none", "(no finding: the note does not apply)"
    declared = CHECKS[rule.check].fills.get(result.message_key)
    if declared is None:
        return "error", f"check {rule.check} answered {result.message_key!r}, which it does not declare"
    unfilled = sorted(declared - set(result.values))
    if unfilled:
        return "error", f"check {rule.check} answered {result.message_key!r} without {', '.join(unfilled)}"
    found = finding(rule, result, c)
    return found.status, found.message.en


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


def template_problems(pack: RulePack, rule: Rule) -> list[str]:
    """Every ``{placeholder}`` in the rule's message and fix texts that its check does not fill, and texts the
    check can never use: checked when the packs are loaded (``rules test``), not found as a blank in a report."""
    from analyzer.rules.checker import CHECKS

    check = CHECKS[rule.check]
    where = f"{pack.id}/{rule.id}"
    problems: list[str] = []
    for key, names in sorted(check.fills.items()):
        status, _, variant = key.partition(":")
        texts = [("message", rule.text.for_status(status, variant or None))]
        texts.append(("fix", rule.fix_for(status, variant or None)))
        if texts[0][1] is None:
            if key not in check.optional:
                problems.append(f"{where}: no text for '{key}', which check {rule.check} can answer")
            continue
        for kind, text in texts:
            if text is None:
                continue
            for name in sorted((placeholders(text.en) | placeholders(text.nb)) - names):
                problems.append(
                    f"{where}: placeholder {{{name}}} in the {kind} text for '{key}' has no value source "
                    f"(check {rule.check} fills: {', '.join(sorted(names)) or 'nothing'})"
                )
    answered = {key.partition(":")[2] for key in check.fills}
    for variant in sorted((set(rule.text.variants) | set(rule.fixes)) - answered):
        problems.append(f"{where}: text variant '{variant}' is never used by check {rule.check}")
    return problems


def coverage_problems(packs: list[RulePack]) -> list[str]:
    """Each rule needs a known check, texts whose placeholders the check fills, and examples that pass and that
    do not pass."""
    from analyzer.rules.checker import CHECKS
    from analyzer.rules.settings import shared_value_problems

    problems = shared_value_problems(packs)
    for pack in packs:
        for rule in pack.rules:
            if rule.check not in CHECKS:
                problems.append(f"{pack.id}/{rule.id}: unknown check '{rule.check}'")
            else:
                problems.extend(template_problems(pack, rule))
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
