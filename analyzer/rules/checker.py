"""Turns extracted fields into findings, using the values a rule pack has in force on the chosen date.

Principle: never a false pass. A value we are not sure of (low confidence, two strong candidates that
disagree) gives "review", with the reason, rather than "pass". The checks themselves live in
``analyzer/rules/checks/``, one module per pack.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from analyzer.model import ClauseScan, Fields, Finding, Localized
from analyzer.rules.checks import CHECKS
from analyzer.rules.context import CheckContext, fmt
from analyzer.rules.loader import Rule, RulePack
from analyzer.rules.outcome import CheckResult, render

__all__ = ["CHECKS", "check", "evaluate", "fmt"]


def check(
    fields: Fields,
    pack: RulePack,
    as_of: dt.date,
    *,
    clauses: ClauseScan | None = None,
    text: str = "",
    language: str | None = None,
) -> list[Finding]:
    """Findings for every rule of a pack. ``clauses`` (contract clauses and signals) and the document ``text``
    feed the contract, seasonal, minimum-wage and note checks; the skilled-worker checks use fields only.
    ``language`` (the document's, when known) lets a note say the document is in a language not read."""
    c = CheckContext(fields, pack, as_of, clauses, text, language)
    findings: list[Finding] = []
    for rule in pack.rules:
        result = evaluate(rule, c)
        if result is not None:
            findings.append(finding(rule, result, c))
    return findings


def evaluate(rule: Rule, c: CheckContext) -> CheckResult | None:
    """The rule's check on this document: a typed result, or None when the rule does not apply."""
    return CHECKS[rule.check](rule, c)


def finding(rule: Rule, result: CheckResult, c: CheckContext) -> Finding:
    """The finding a result gives: texts filled from its values, the pack values applied with their sources."""
    pack, as_of, status = c.pack, c.as_of, result.status
    template = rule.text.for_status(status, result.key)
    if template is None:
        raise ValueError(f"rule {rule.id} has no text for {status}")  # rules test reports it first
    message = render(template, result.values)
    fix_template = rule.fix_for(status, result.key)
    fix = render(fix_template, result.values) if fix_template is not None else None
    used: dict[str, Any] = {}
    for name in result.applied if result.applied is not None else rule.values:
        entry = pack.value(name, as_of)
        if entry is not None:
            used[name] = {
                "value": entry.value,
                "from": entry.from_.isoformat(),
                "source": entry.source,
                "authority": entry.authority,
                "confirmed": entry.confirmed,
                **({"note": entry.note} if entry.note else {}),
            }
    stale = [name for name in used if pack.is_stale(name, as_of)]
    if stale and status == "pass":
        # A pass that rests on a value which may have been replaced since the pack was checked is not a
        # pass we can stand behind (never a false "compliant"): a person must look at the current value.
        status = "review"
        message, fix = _stale_review(pack, rule.id, stale, as_of, message)
    return Finding(
        id=rule.id,
        field=rule.field,
        status=status,
        scope=rule.scope,
        message=message,
        reference=rule.reference,
        fix=fix,
        values=used,
        evidence=list(result.evidence),
    )


def _stale_review(
    pack: RulePack, rule_id: str, stale: list[str], as_of: dt.date, message: Localized
) -> tuple[Localized, Localized]:
    until = min(pack.trusted_until_for(name) for name in stale).isoformat()
    names = ", ".join(stale)
    return (
        Localized(
            en=f"{message.en} But the value it rests on ({names}) is trusted only until {until}, and this check is "
            f"for {as_of.isoformat()}: it may have changed.",
            nb=f"{message.nb} Men verdien det bygger på ({names}), er bare kontrollert til og med {until}, og "
            f"kontrollen gjelder {as_of.isoformat()}: den kan ha endret seg.",
        ),
        Localized(
            en=f"Check the value in force on {as_of.isoformat()} at its source (offercheck rules show {rule_id}) "
            "and, if it changed, run again with --rules FILE holding the new value.",
            nb=f"Kontroller verdien som gjelder {as_of.isoformat()}, hos kilden (offercheck rules show {rule_id}), og kjør "
            "på nytt med --rules FIL med den nye verdien hvis den er endret.",
        ),
    )
