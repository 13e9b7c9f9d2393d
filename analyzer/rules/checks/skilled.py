"""Skilled-worker checks (utlendingsforskriften § 6-1): presence, position size, pay in NOK, salary floor."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from analyzer.model import Salary
from analyzer.rules.context import CheckContext, Outcome, fmt
from analyzer.rules.loader import DatedValue, Rule

if TYPE_CHECKING:
    pass


def _present(rule: Rule, c: CheckContext) -> Outcome:
    field = c.field(rule.field)
    if field.value is None:
        return "missing", {}
    why = c.doubt(field)
    if why:
        return "review", {"value": fmt(field.value), "why": why}
    return "pass", {"value": fmt(field.value)}


def _position_minimum(rule: Rule, c: CheckContext) -> Outcome:
    field = c.field(rule.field)
    minimum = c.value("min_position_percentage")
    if field.value is None:
        return "missing", {}
    vals = {"value": fmt(field.value), "min": fmt(minimum.value) if minimum else "?"}
    why = c.doubt(field)
    if why:
        return "review", {**vals, "why": why}
    if minimum is None:
        return "review", {**vals, "why": f" (no threshold in force on {c.as_of})"}
    return ("pass" if field.value >= minimum.value else "fail"), vals


def _salary_present_nok(rule: Rule, c: CheckContext) -> Outcome:
    field = c.field("salary")
    salary: Salary | None = field.value
    if salary is None:
        return "missing", {}
    vals = {"value": fmt(salary)}
    if salary.currency is None:
        return "review", {
            **vals,
            "why": ": the document does not say which currency the pay is in; UDI expects pay guaranteed in NOK",
            "why_nb": ": avtalen sier ikke hvilken valuta lønnen er i; UDI forventer lønn garantert i NOK",
        }
    if salary.currency != "NOK":
        return "review", {
            **vals,
            "why": f" is in {salary.currency}: UDI expects pay guaranteed in NOK, whatever the exchange rate",
            "why_nb": f" er i {salary.currency}: UDI forventer lønn garantert i NOK, uansett valutakurs",
        }
    why = c.doubt(field)
    if why:
        return "review", {
            **vals,
            "why": f" was read, but not with certainty{why}",
            "why_nb": f" er lest, men ikke sikkert{why}",
        }
    return "pass", vals


_LEVEL_NB = {"master": "mastergrad", "bachelor": "bachelorgrad"}


def _salary_floor(rule: Rule, c: CheckContext) -> Outcome:
    salary: Salary | None = c.fields.salary.value
    annual_field = c.fields.annual_salary_nok
    annual = annual_field.value
    if salary is None:
        return "missing", {}
    if annual is None:
        why = f"Salary is in {salary.currency}; it cannot be compared with the NOK floor."
        why_nb = f"Lønnen er i {salary.currency} og kan ikke sammenlignes med kravet i NOK."
        if salary.currency is None:
            why = "The document does not say which currency the pay is in; it cannot be compared with the NOK floor."
            why_nb = (
                "Avtalen sier ikke hvilken valuta lønnen er i, og den kan ikke sammenlignes med kravet i NOK."
            )
        # The fix names the floor that applies ("at least NOK 599 200"), never "NOK ?".
        degree = (
            c.fields.degree_required.value
            if c.fields.degree_required.confidence >= c.min_confidence
            else None
        )
        level = "bachelor" if degree == "bachelor" else "master"
        floor = c.value(f"salary_floor_{level}")
        if floor is None:
            return "review", {"why": why, "why_nb": why_nb, "floor": "?", "level": "?", "level_nb": "?"}
        return "review", {**_floor_vals(floor, level), "why": why, "why_nb": why_nb}
    master = c.value("salary_floor_master")
    bachelor = c.value("salary_floor_bachelor")
    if master is None or bachelor is None:
        why = f"No salary floor is in force on {c.as_of} in the rule pack."
        return "review", {
            "why": why,
            "why_nb": f"Ingen lønnsgrense gjelder {c.as_of} i regelpakken.",
            "floor": "?",
            "level": "?",
            "level_nb": "?",
        }
    degree = (
        c.fields.degree_required.value if c.fields.degree_required.confidence >= c.min_confidence else None
    )
    pct = c.fields.position_percentage.value
    minimum = c.value("min_position_percentage")
    fte = annual
    if pct is not None and minimum is not None and minimum.value <= pct < 100:
        fte = annual / (pct / 100)
    base = {"annual": fmt(annual)}
    doubt = c.doubt(c.fields.salary)
    if degree == "vocational":
        return "review", {
            **base,
            "floor": fmt(bachelor.value),
            "level": "bachelor",
            "level_nb": "bachelorgrad",
            "why": f"The post requires vocational training: the floor is the collective-agreement rate for the trade, "
            f"not UDI's degree levels. Check NOK {fmt(annual)} a year against that rate.",
            "why_nb": f"Stillingen krever fagbrev: kravet er tariffavtalens sats for faget, ikke UDIs nivåer for grad. "
            f"Kontroller kr {fmt(annual)} i året mot den satsen.",
        }
    if degree in ("master", "bachelor"):
        floor = master if degree == "master" else bachelor
        vals = {**base, **_floor_vals(floor, degree)}
        if annual >= floor.value:
            if doubt:
                return "review", {
                    **vals,
                    "why": f"Yearly pay NOK {fmt(annual)} meets the floor, but the salary was not read with certainty{doubt}.",
                    "why_nb": f"Årslønn kr {fmt(annual)} oppfyller kravet, men lønnen ble ikke lest sikkert{doubt}.",
                }
            return "pass", vals
        if fte >= floor.value:
            return "review", {
                **vals,
                "why": f"Yearly pay NOK {fmt(annual)} for a {fmt(pct)} % post is under the {degree} floor of NOK "
                f"{fmt(floor.value)}, but its full-time equivalent NOK {fmt(fte)} meets it. Whether UDI accepts the "
                f"full-time equivalent is not confirmed.",
                "why_nb": f"Årslønn kr {fmt(annual)} i {fmt(pct)} % stilling er under kravet på kr {fmt(floor.value)}, men "
                f"tilsvarer kr {fmt(fte)} i heltid. Om UDI godtar heltidsekvivalent er ikke bekreftet.",
            }
        if doubt:
            return "review", {
                **vals,
                "why": f"Yearly pay read as NOK {fmt(annual)}, under the floor, but not with certainty{doubt}.",
                "why_nb": f"Årslønn lest som kr {fmt(annual)}, under kravet, men ikke sikkert{doubt}.",
            }
        return "fail", vals
    # Degree not stated: only pay above both floors passes outright.
    vals = {**base, **_floor_vals(master, "master")}
    if annual >= master.value and not doubt:
        return "pass", vals
    why = (
        f"The offer does not say which education the post requires. Yearly pay NOK {fmt(annual)}: the floor is NOK "
        f"{fmt(master.value)} for a master's-level post and NOK {fmt(bachelor.value)} for a bachelor's-level post; "
        f"vocational posts follow the collective-agreement rate."
    )
    why_nb = (
        f"Tilbudet sier ikke hvilken utdanning stillingen krever. Årslønn kr {fmt(annual)}: kravet er kr "
        f"{fmt(master.value)} for mastergrad og kr {fmt(bachelor.value)} for bachelorgrad; stillinger som krever "
        f"fagbrev følger tariffsatsen."
    )
    return "review", {**vals, "why": why + (doubt or ""), "why_nb": why_nb + (doubt or "")}


def _floor_vals(floor: DatedValue, level: str) -> dict[str, Any]:
    third = floor.authority != "official" or not floor.confirmed
    return {
        "floor": fmt(floor.value),
        "level": level,
        "level_nb": _LEVEL_NB.get(level, level),
        "since": floor.from_.isoformat(),
        "source_note": "third-party source quoting UDI, not confirmed" if third else "official source",
        "source_note_nb": "tredjepartskilde som siterer UDI, ikke bekreftet" if third else "offisiell kilde",
    }


CHECKS: dict[str, Callable[[Rule, CheckContext], Outcome]] = {
    "present": _present,
    "position_minimum": _position_minimum,
    "salary_present_nok": _salary_present_nok,
    "salary_floor": _salary_floor,
}
