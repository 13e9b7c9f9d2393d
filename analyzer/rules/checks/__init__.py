"""Check functions by rule pack; each module exports ``CHECKS`` (check name -> :class:`Check`), merged here."""

from __future__ import annotations

from analyzer.rules.checks import contract, minimum_wage, notes, seasonal, skilled
from analyzer.rules.outcome import Check

CHECKS: dict[str, Check] = {
    **skilled.CHECKS,
    **contract.CHECKS,
    **seasonal.CHECKS,
    **minimum_wage.CHECKS,
    **notes.CHECKS,
}
