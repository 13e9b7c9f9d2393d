"""Skilled-worker checks (utlendingsforskriften § 6-1): presence, position size, pay in NOK, salary floor."""

from __future__ import annotations

from analyzer.model import Salary
from analyzer.rules.context import CheckContext, fmt
from analyzer.rules.loader import DatedValue, Rule
from analyzer.rules.outcome import Check, CheckResult, declare


@declare({"pass": "value", "missing": "", "review": "value why"})
def _present(rule: Rule, c: CheckContext) -> CheckResult:
    field = c.field(rule.field)
    if field.value is None:
        return CheckResult("missing")
    why = c.doubt(field)
    if why:
        return CheckResult("review", {"value": fmt(field.value), "why": why})
    return CheckResult("pass", {"value": fmt(field.value)})


@declare({"pass": "value min", "fail": "value min", "missing": "", "review": "value why"})
def _position_minimum(rule: Rule, c: CheckContext) -> CheckResult:
    field = c.field(rule.field)
    minimum = c.value("min_position_percentage")
    if field.value is None:
        return CheckResult("missing")
    vals = {"value": fmt(field.value)}
    why = c.doubt(field)
    if why:
        return CheckResult("review", {**vals, "why": why})
    if minimum is None:
        return CheckResult("review", {**vals, "why": f" (no threshold in force on {c.as_of})"})
    vals["min"] = fmt(minimum.value)
    return CheckResult("pass" if field.value >= minimum.value else "fail", vals)


@declare({"pass": "value", "missing": "", "review": "value why why_nb"})
def _salary_present_nok(rule: Rule, c: CheckContext) -> CheckResult:
    field = c.field("salary")
    salary: Salary | None = field.value
    if salary is None:
        return CheckResult("missing")
    vals = {"value": fmt(salary)}
    if salary.currency is None:
        return CheckResult(
            "review",
            {
                **vals,
                "why": ": the document does not say which currency the pay is in; UDI expects pay guaranteed in NOK",
                "why_nb": ": avtalen sier ikke hvilken valuta lønnen er i; UDI forventer lønn garantert i NOK",
            },
        )
    if salary.currency != "NOK":
        return CheckResult(
            "review",
            {
                **vals,
                "why": f" is in {salary.currency}: UDI expects pay guaranteed in NOK, whatever the exchange rate",
                "why_nb": f" er i {salary.currency}: UDI forventer lønn garantert i NOK, uansett valutakurs",
            },
        )
    why = c.doubt(field)
    if why:
        return CheckResult(
            "review",
            {
                **vals,
                "why": f" was read, but not with certainty{why}",
                "why_nb": f" er lest, men ikke sikkert{why}",
            },
        )
    return CheckResult("pass", vals)


_LEVEL_NB = {"master": "mastergrad", "bachelor": "bachelorgrad"}
_FLOOR = "floor level level_nb"
_FLOOR_SOURCE = "annual floor level level_nb since source_note source_note_nb"


def _no_floor(c: CheckContext, why: str = "", why_nb: str = "") -> CheckResult:
    """No salary floor in force on the date: the texts say so (variant ``no_floor``), never "NOK ?"."""
    return CheckResult(
        "review",
        {
            "why": f"{why} No salary floor is in force on {c.as_of} in the rule pack.".strip(),
            "why_nb": f"{why_nb} Ingen lønnsgrense gjelder {c.as_of} i regelpakken.".strip(),
        },
        key="no_floor",
    )


def _degree(c: CheckContext) -> str | None:
    """The degree the post requires, when it was read with enough confidence."""
    field = c.fields.degree_required
    trusted = c.min_confidence is not None and field.confidence >= c.min_confidence
    return field.value if trusted else None


@declare(
    {
        "pass": _FLOOR_SOURCE,
        "fail": _FLOOR_SOURCE,
        "missing": _FLOOR,
        "missing:no_floor": "why why_nb",
        "review": f"why why_nb {_FLOOR}",
        "review:no_floor": "why why_nb",
    }
)
def _salary_floor(rule: Rule, c: CheckContext) -> CheckResult:
    salary: Salary | None = c.fields.salary.value
    annual_field = c.fields.annual_salary_nok
    annual = annual_field.value
    degree = _degree(c)
    if salary is None or annual is None:
        # The fix names the floor in force for the level ("at least NOK <floor> for a master post"), never "NOK ?".
        level = "bachelor" if degree == "bachelor" else "master"
        floor = c.value(f"salary_floor_{level}")
        if salary is None:
            if floor is None:
                return CheckResult("missing", _no_floor(c).values, key="no_floor")
            return CheckResult("missing", _floor_vals(floor, level))
        why = f"Salary is in {salary.currency}; it cannot be compared with the NOK floor."
        why_nb = f"Lønnen er i {salary.currency} og kan ikke sammenlignes med kravet i NOK."
        if salary.currency is None:
            why = "The document does not say which currency the pay is in; it cannot be compared with the NOK floor."
            why_nb = (
                "Avtalen sier ikke hvilken valuta lønnen er i, og den kan ikke sammenlignes med kravet i NOK."
            )
        if floor is None:
            return _no_floor(c, why, why_nb)
        return CheckResult("review", {**_floor_vals(floor, level), "why": why, "why_nb": why_nb})
    master = c.value("salary_floor_master")
    bachelor = c.value("salary_floor_bachelor")
    if master is None or bachelor is None:
        return _no_floor(c)
    pct = c.fields.position_percentage.value
    minimum = c.value("min_position_percentage")
    fte = annual
    if pct is not None and minimum is not None and minimum.value <= pct < 100:
        fte = annual / (pct / 100)
    base = {"annual": fmt(annual)}
    doubt = c.doubt(c.fields.salary)
    if degree == "vocational":
        return CheckResult(
            "review",
            {
                **base,
                "floor": fmt(bachelor.value),
                "level": "bachelor",
                "level_nb": "bachelorgrad",
                "why": f"The post requires vocational training: the floor is the collective-agreement rate for the "
                f"trade, not UDI's degree levels. Check NOK {fmt(annual)} a year against that rate.",
                "why_nb": f"Stillingen krever fagbrev: kravet er tariffavtalens sats for faget, ikke UDIs nivåer for "
                f"grad. Kontroller kr {fmt(annual)} i året mot den satsen.",
            },
        )
    if degree in ("master", "bachelor"):
        floor = master if degree == "master" else bachelor
        vals = {**base, **_floor_vals(floor, degree)}
        if annual >= floor.value:
            if doubt:
                return CheckResult(
                    "review",
                    {
                        **vals,
                        "why": f"Yearly pay NOK {fmt(annual)} meets the floor, but the salary was not read with "
                        f"certainty{doubt}.",
                        "why_nb": f"Årslønn kr {fmt(annual)} oppfyller kravet, men lønnen ble ikke lest sikkert{doubt}.",
                    },
                )
            return CheckResult("pass", vals)
        if fte >= floor.value:
            return CheckResult(
                "review",
                {
                    **vals,
                    "why": f"Yearly pay NOK {fmt(annual)} for a {fmt(pct)} % post is under the {degree} floor of "
                    f"NOK {fmt(floor.value)}, but its full-time equivalent NOK {fmt(fte)} meets it. Whether UDI "
                    "accepts the full-time equivalent is not confirmed.",
                    "why_nb": f"Årslønn kr {fmt(annual)} i {fmt(pct)} % stilling er under kravet på kr "
                    f"{fmt(floor.value)}, men tilsvarer kr {fmt(fte)} i heltid. Om UDI godtar heltidsekvivalent er "
                    "ikke bekreftet.",
                },
            )
        if doubt:
            return CheckResult(
                "review",
                {
                    **vals,
                    "why": f"Yearly pay read as NOK {fmt(annual)}, under the floor, but not with certainty{doubt}.",
                    "why_nb": f"Årslønn lest som kr {fmt(annual)}, under kravet, men ikke sikkert{doubt}.",
                },
            )
        return CheckResult("fail", vals)
    # Degree not stated: only pay above both floors passes outright.
    vals = {**base, **_floor_vals(master, "master")}
    if annual >= master.value and not doubt:
        return CheckResult("pass", vals)
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
    return CheckResult("review", {**vals, "why": why + (doubt or ""), "why_nb": why_nb + (doubt or "")})


def _floor_vals(floor: DatedValue, level: str) -> dict[str, str]:
    third = floor.authority != "official" or not floor.confirmed
    return {
        "floor": fmt(floor.value),
        "level": level,
        "level_nb": _LEVEL_NB.get(level, level),
        "since": floor.from_.isoformat(),
        "source_note": "third-party source quoting UDI, not confirmed" if third else "official source",
        "source_note_nb": "tredjepartskilde som siterer UDI, ikke bekreftet" if third else "offisiell kilde",
    }


CHECKS: dict[str, Check] = {
    "present": _present,
    "position_minimum": _position_minimum,
    "salary_present_nok": _salary_present_nok,
    "salary_floor": _salary_floor,
}
