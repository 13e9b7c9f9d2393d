"""What every check sees: the fields, the pack and its values in force, the clause scan; and value formatting."""

from __future__ import annotations

import datetime as dt
from typing import Any

from analyzer.model import ClauseHit, ClauseScan, ExtractedField, Fields, Salary
from analyzer.rules.loader import DatedValue, RulePack


class CheckContext:
    def __init__(
        self,
        fields: Fields,
        pack: RulePack,
        as_of: dt.date,
        clauses: ClauseScan | None = None,
        text: str = "",
        language: str | None = None,
    ) -> None:
        self.fields = fields
        self.language = language  # the document's language code (en, nb, nn, sv, da, de, other), when known
        self.pack = pack
        self.as_of = as_of
        self.clauses = clauses
        self.text = text
        floor = pack.value("min_confidence", as_of) if "min_confidence" in pack.values else None
        # No threshold in the pack: no value is trusted for a pass (never a false "compliant"), see doubt().
        self.min_confidence: float | None = floor.value if floor else None

    def field(self, name: str) -> ExtractedField[Any]:
        field: ExtractedField[Any] = getattr(self.fields, name)
        return field

    def value(self, name: str) -> DatedValue | None:
        return self.pack.value(name, self.as_of)

    def doubt(self, field: ExtractedField[Any]) -> str | None:
        """Why a found value is not trusted for a pass, or None."""
        if field.conflict:
            other = ", ".join(fmt(c.value) for c in field.candidates[:2])
            return f" (other candidates found: {other})" if other else " (candidates disagree)"
        if self.min_confidence is None:
            return " (the rule pack sets no confidence threshold, so no value is trusted for a pass)"
        if field.confidence < self.min_confidence:
            return f" (confidence {field.confidence:.2f} is below {self.min_confidence:.2f})"
        return None


def fmt(value: Any) -> str:
    if isinstance(value, Salary):
        amount = f"{value.amount:,.2f}".replace(",", " ").removesuffix(".00")
        if value.currency is None:  # never "NOK ?": the document does not say
            return f"{amount} per {value.period} (currency not stated)"
        return f"{value.currency} {amount} per {value.period}"
    if isinstance(value, float):
        text = f"{value:,.2f}".replace(",", " ")
        return text.rstrip("0").rstrip(".") if "." in text else text
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def clause_hit(c: CheckContext, name: str) -> ClauseHit:
    return c.clauses.get(name) if c.clauses is not None else ClauseHit()


def quote(hit: ClauseHit) -> str:
    return hit.evidence[0].text if hit.evidence else ""
