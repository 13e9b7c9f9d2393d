"""Check functions by rule pack; each module exports ``CHECKS`` (check name -> function), merged here."""

from __future__ import annotations

from collections.abc import Callable

from analyzer.rules.checks import contract, minimum_wage, notes, seasonal, skilled
from analyzer.rules.context import CheckContext, Outcome
from analyzer.rules.loader import Rule

CHECKS: dict[str, Callable[[Rule, CheckContext], Outcome]] = {
    **skilled.CHECKS,
    **contract.CHECKS,
    **seasonal.CHECKS,
    **minimum_wage.CHECKS,
    **notes.CHECKS,
}
