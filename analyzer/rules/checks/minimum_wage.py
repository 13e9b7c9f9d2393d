"""Generally applicable minimum wages: detect the sector, compare the hourly pay with the rate in force."""

from __future__ import annotations

from analyzer.model import Salary
from analyzer.rules.context import CheckContext, clause_hit, fmt
from analyzer.rules.loader import Rule
from analyzer.rules.outcome import Check, CheckResult, declare


def _sector(c: CheckContext) -> tuple[str | None, str]:
    """The sector whose cues match the job title (strong) or the text (two different cues); and how."""
    from analyzer.resources.lexicon import compile_phrases

    title = c.fields.job_title.value or ""
    best: tuple[int, str | None, str] = (0, None, "")
    for name, sector in c.pack.sectors.items():
        title_cues = [p for ps in sector.title_cues.values() for p in ps]
        cues = [p for ps in sector.cues.values() for p in ps]
        if title and title_cues:
            m = compile_phrases(title_cues).search(title)
            if m:
                score, how = 10, f"job title '{title}' ('{m.group(0)}')"
                if score > best[0]:
                    best = (score, name, how)
                continue
        if sector.agreement_cues:
            m = compile_phrases(sector.agreement_cues).search(c.text)
            if m and best[0] < 9:
                best = (9, name, f"collective agreement named '{m.group(0)}'")
                continue
        found = {m.group(0).lower() for m in compile_phrases(cues).finditer(c.text)} if cues else set()
        if len(found) >= 2 and len(found) > best[0]:
            best = (len(found), name, "text (" + ", ".join(sorted(found)[:3]) + ")")
    return best[1], best[2]


def hourly_pay(salary: Salary, weekly_hours: float | None, full_time: float | None) -> tuple[float, str]:
    """Hourly pay from a yearly or monthly salary over the stated weekly hours, else the full-time standard in
    force (the caller makes sure one of them is known for a salary not stated per hour)."""
    if salary.period == "hour":
        return salary.amount, f"{fmt(salary.amount)} per hour as stated"
    hours = weekly_hours or full_time
    if not hours:
        raise ValueError("hourly_pay needs the weekly hours or the full-time standard")
    assumed = "" if weekly_hours else " (hours not stated: full-time assumed)"
    yearly = salary.amount * 12 if salary.period == "month" else salary.amount
    hourly = yearly / (hours * 52)
    first = f"{fmt(salary.amount)} × 12" if salary.period == "month" else fmt(salary.amount)
    return round(
        hourly, 2
    ), f"{first} / ({fmt(hours)} h × 52 weeks){assumed} = {fmt(round(hourly, 2))} per hour"


_SECTOR = "sector sector_nb how how_nb category"
_RATE = f"{_SECTOR} rate since"


@declare(
    {
        "pass": f"{_RATE} source_note source_note_nb hourly arithmetic",
        "fail": f"{_RATE} source_note source_note_nb hourly arithmetic",
        "review": f"{_RATE} why why_nb",
        "info": _SECTOR,
    }
)
def _sector_minimum_wage(rule: Rule, c: CheckContext) -> CheckResult | None:
    name, how = _sector(c)
    if name is None:
        return None
    sector = c.pack.sectors[name]
    skilled = clause_hit(c, "skilled").present or c.fields.degree_required.value == "vocational"
    category = sector.skilled_category if skilled and sector.skilled_category else sector.default_category
    value_name = sector.categories[category]
    rate = c.value(value_name)
    how_nb = (
        how.replace("job title", "stillingstittelen", 1)
        .replace("text (", "teksten (", 1)
        .replace("collective agreement named", "tariffavtalen", 1)
    )
    vals = {
        "sector": sector.title.en,
        "sector_nb": sector.title.nb,
        "how": how,
        "how_nb": how_nb,
        "category": category,
    }
    applied = (value_name,)
    if rate is None:
        return CheckResult("info", vals, applied=applied)
    unconfirmed = rate.authority != "official" or not rate.confirmed
    vals.update(
        {
            "rate": fmt(rate.value),
            "since": rate.from_.isoformat(),
            "source_note": "unconfirmed source" if unconfirmed else "official source",
            "source_note_nb": "ubekreftet kilde" if unconfirmed else "offisiell kilde",
        }
    )
    salary: Salary | None = c.fields.salary.value
    if salary is None:
        return CheckResult(
            "review",
            {**vals, "why": "no pay was found to compare", "why_nb": "fant ingen lønn å sammenligne"},
            applied=applied,
        )
    if salary.currency != "NOK":
        unknown = salary.currency is None
        return CheckResult(
            "review",
            {
                **vals,
                "why": "the document does not say which currency the pay is in"
                if unknown
                else f"pay is in {salary.currency}",
                "why_nb": "avtalen sier ikke hvilken valuta lønnen er i"
                if unknown
                else f"lønnen er i {salary.currency}",
            },
            applied=applied,
        )
    full = c.value("full_time_hours")
    weekly = c.fields.weekly_hours.value
    if salary.period != "hour" and not weekly and full is None:
        return CheckResult(
            "review",
            {
                **vals,
                "why": f"the weekly hours are not stated and no full-time standard is in force on {c.as_of}, so the "
                "hourly pay cannot be worked out",
                "why_nb": f"ukentlig arbeidstid er ikke oppgitt og ingen heltidsnorm gjelder {c.as_of}, så "
                "timelønnen kan ikke beregnes",
            },
            applied=applied,
        )
    hourly, arithmetic = hourly_pay(salary, weekly, full.value if full is not None else None)
    vals.update({"hourly": fmt(hourly), "arithmetic": arithmetic})
    if hourly >= rate.value:
        return CheckResult("pass", vals, applied=applied)
    if unconfirmed or c.doubt(c.fields.salary) or how.startswith("text"):
        reason = (
            "the rate comes from an unconfirmed source"
            if unconfirmed
            else "the sector or pay was not read with certainty"
        )
        reason_nb = (
            "satsen kommer fra en ubekreftet kilde"
            if unconfirmed
            else "bransje eller lønn ble ikke lest sikkert"
        )
        return CheckResult(
            "review",
            {
                **vals,
                "why": f"pay of NOK {fmt(hourly)} per hour is below the minimum of NOK {fmt(rate.value)}, "
                f"but {reason}",
                "why_nb": f"lønn på kr {fmt(hourly)} per time er under minstelønnen på kr {fmt(rate.value)}, "
                f"men {reason_nb}",
            },
            applied=applied,
        )
    return CheckResult("fail", vals, applied=applied)


CHECKS: dict[str, Check] = {
    "sector_minimum_wage": _sector_minimum_wage,
}
