"""Seasonal-worker checks (utlendingsforskriften § 6-3, UDI 2010-131): period, hours, hourly pay, subsistence."""

from __future__ import annotations

import calendar
import datetime as dt

from analyzer.model import ExtractedField, Salary
from analyzer.rules.context import CheckContext, clause_hit, fmt, quote
from analyzer.rules.loader import Rule
from analyzer.rules.outcome import Check, CheckResult, declare


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


_PERIOD = "start end latest max months"


@declare(
    {
        "pass": _PERIOD,
        "fail": _PERIOD,
        "missing": "latest",
        "missing:no_latest": "",
        "review": "why why_nb latest",
        "review:no_latest": "why why_nb",
    }
)
def _seasonal_period(rule: Rule, c: CheckContext) -> CheckResult:
    start, end = c.fields.start_date, c.fields.end_date
    limit = c.value("max_period_months")
    if end.value is None and c.clauses is not None:
        found, evidence = c.clauses.end_date()
        if found is not None:  # read from the duration clause ("midlertidig til 30. september 2026")
            ev = (
                [evidence.model_copy(update={"note": "end date read from the duration clause"})]
                if evidence
                else []
            )
            end = ExtractedField[dt.date](value=found, confidence=0.7, evidence=ev)
    # The fix names the last allowed end date; without a start date or a limit it cannot, and says so.
    latest = (
        add_months(start.value, int(limit.value)) if start.value is not None and limit is not None else None
    )
    key = None if latest is not None else "no_latest"
    at_latest = {"latest": fmt(latest)} if latest is not None else {}
    if end.value is None:
        return CheckResult("missing", at_latest, key=key)
    if start.value is None:
        return CheckResult(
            "review",
            {
                "end": fmt(end.value),
                "why": "no start date was found, so the period cannot be measured",
                "why_nb": "fant ingen startdato, så perioden kan ikke måles",
            },
            key=key,
        )
    if limit is None or latest is None:
        return CheckResult(
            "review",
            {
                "end": fmt(end.value),
                "why": f"no limit in force on {c.as_of}",
                "why_nb": f"ingen grense gjelder {c.as_of}",
            },
            key="no_latest",
        )
    vals = {
        "start": fmt(start.value),
        "end": fmt(end.value),
        "latest": fmt(latest),
        "max": fmt(limit.value),
        "months": fmt(round((end.value - start.value).days / 30.44, 1)),
    }
    if end.value < start.value:
        return CheckResult(
            "review",
            {
                **vals,
                "why": "the end date is before the start date",
                "why_nb": "sluttdatoen er før startdatoen",
            },
        )
    dates_evidence = start.evidence[:1] + end.evidence[:1]
    doubt = c.doubt(end) or c.doubt(start)
    if doubt:
        return CheckResult(
            "review",
            {
                **vals,
                "why": f"the dates were not read with certainty{doubt}",
                "why_nb": f"datoene ble ikke lest sikkert{doubt}",
            },
            dates_evidence,
        )
    return CheckResult("pass" if end.value <= latest else "fail", vals, dates_evidence)


@declare({"pass": "full hours", "missing": "", "review": "why why_nb"})
def _full_time_hours(rule: Rule, c: CheckContext) -> CheckResult:
    hours, pct = c.fields.weekly_hours, c.fields.position_percentage
    full = c.value("full_time_hours")
    if full is None:
        return CheckResult(
            "review",
            {
                "why": f"no full-time standard in force on {c.as_of}",
                "why_nb": f"ingen heltidsnorm gjelder {c.as_of}",
            },
        )
    vals = {"full": fmt(full.value)}
    if hours.value is not None:
        vals["hours"] = fmt(hours.value)
        if c.doubt(hours):
            return CheckResult(
                "review",
                {
                    **vals,
                    "why": f"weekly hours read as {fmt(hours.value)}, not with certainty",
                    "why_nb": f"ukentlig arbeidstid lest som {fmt(hours.value)}, men ikke sikkert",
                },
            )
        if hours.value >= full.value:
            return CheckResult("pass", vals)
        return CheckResult(
            "review",
            {
                **vals,
                "why": f"{fmt(hours.value)} hours a week is less than the {fmt(full.value)} hours UDI "
                "normally means by full-time; a part-time offer needs an exemption",
                "why_nb": f"{fmt(hours.value)} timer i uken er mindre enn {fmt(full.value)} timer som UDI "
                "normalt regner som heltid; deltid krever unntak",
            },
        )
    if pct.value is not None and not c.doubt(pct):
        vals["hours"] = f"{fmt(pct.value)} %"
        if pct.value >= 100:
            return CheckResult("pass", vals)
        return CheckResult(
            "review",
            {
                **vals,
                "why": f"the position is {fmt(pct.value)} %, not full-time",
                "why_nb": f"stillingen er {fmt(pct.value)} %, ikke heltid",
            },
        )
    return CheckResult("missing", vals)


@declare({"pass": "value", "missing": "", "review": "value why why_nb"})
def _hourly_wage_nok(rule: Rule, c: CheckContext) -> CheckResult:
    salary: Salary | None = c.fields.salary.value
    if salary is None:
        return CheckResult("missing")
    vals = {"value": fmt(salary)}
    if salary.currency is None:
        return CheckResult(
            "review",
            {
                **vals,
                "why": "the document does not say which currency the pay is in; it must be a gross "
                "hourly wage in NOK",
                "why_nb": "avtalen sier ikke hvilken valuta lønnen er i; den skal oppgis som brutto timelønn "
                "i NOK",
            },
        )
    if salary.currency != "NOK":
        return CheckResult(
            "review",
            {
                **vals,
                "why": f"pay is in {salary.currency}; it must be a gross hourly wage in NOK",
                "why_nb": f"lønnen er i {salary.currency}; den skal oppgis som brutto timelønn i NOK",
            },
        )
    if salary.period != "hour":
        return CheckResult(
            "review",
            {
                **vals,
                "why": f"pay is stated per {salary.period}; UDI asks for the gross hourly wage",
                "why_nb": f"lønnen er oppgitt per {salary.period}; UDI ber om brutto timelønn",
            },
        )
    doubt = c.doubt(c.fields.salary)
    if doubt:
        return CheckResult(
            "review",
            {
                **vals,
                "why": f"read, but not with certainty{doubt}",
                "why_nb": f"lest, men ikke sikkert{doubt}",
            },
        )
    return CheckResult("pass", vals)


_SUBSISTENCE = "annual need g g_from times"


@declare(
    {
        "pass": _SUBSISTENCE,
        "fail": _SUBSISTENCE,
        "review": f"{_SUBSISTENCE} why why_nb",
        "review:no_pay": "need g g_from times",
        "review:no_g": "why why_nb",
    }
)
def _seasonal_subsistence(rule: Rule, c: CheckContext) -> CheckResult:
    """UDI 2010-131 § 2.7: yearly income of at least 2.5 G; full-time work at the agreement's wage is enough."""
    annual = c.fields.annual_salary_nok.value
    g, multiple = c.value("basic_amount_g"), c.value("subsistence_g_multiple")
    if g is None or multiple is None:
        return CheckResult(
            "review",
            {"why": f"no G value in force on {c.as_of}", "why_nb": f"ingen G-verdi gjelder {c.as_of}"},
            key="no_g",
        )
    need = round(g.value * multiple.value, 2)
    vals = {"need": fmt(need), "g": fmt(g.value), "g_from": g.from_.isoformat(), "times": fmt(multiple.value)}
    if annual is None:
        return CheckResult("review", vals, key="no_pay")
    vals["annual"] = fmt(annual)
    stale = (c.as_of - g.from_).days > 366  # G is adjusted every 1 May; a newer one is not in the pack
    if stale and need <= annual < need * 1.06:
        return CheckResult(
            "review",
            {
                **vals,
                "why": f"G from {g.from_.isoformat()} is the newest in the pack; this year's G is "
                "probably higher and the margin is small",
                "why_nb": f"G fra {g.from_.isoformat()} er den nyeste i regelpakken; årets G er trolig "
                "høyere og marginen er liten",
            },
        )
    if annual >= need and not c.doubt(c.fields.annual_salary_nok):
        return CheckResult("pass", vals)
    full = c.value("full_time_hours")
    hours, pct = c.fields.weekly_hours.value, c.fields.position_percentage.value
    full_time = (hours is not None and full is not None and hours >= full.value) or (
        pct is not None and pct >= 100
    )
    if annual >= need or full_time:
        times = fmt(multiple.value)
        why = (
            "the pay was not read with certainty"
            if annual >= need
            else f"the post is full-time, which UDI accepts below {times} G if the wage follows the collective "
            "agreement"
        )
        why_nb = (
            "lønnen ble ikke lest sikkert"
            if annual >= need
            else f"stillingen er heltid, som UDI godtar under {times.replace('.', ',')} G hvis lønnen følger "
            "tariffavtalen"
        )
        return CheckResult("review", {**vals, "why": why, "why_nb": why_nb})
    return CheckResult("fail", vals)


@declare({"pass": "quote", "fail": "quote", "info": ""})
def _piecework_guarantee(rule: Rule, c: CheckContext) -> CheckResult:
    piece = clause_hit(c, "piecework")
    if not piece.present:
        return CheckResult("info")
    guarantee = clause_hit(c, "guaranteed_minimum")
    if guarantee.present:
        return CheckResult("pass", {"quote": quote(guarantee)}, piece.evidence + guarantee.evidence)
    return CheckResult("fail", {"quote": quote(piece)}, piece.evidence)


@declare({"review": "quote", "info": ""})
def _staffing_review(rule: Rule, c: CheckContext) -> CheckResult:
    staffing = clause_hit(c, "staffing_agency")
    if not staffing.present:
        return CheckResult("info")
    return CheckResult("review", {"quote": quote(staffing)}, staffing.evidence)


CHECKS: dict[str, Check] = {
    "seasonal_period": _seasonal_period,
    "full_time_hours": _full_time_hours,
    "hourly_wage_nok": _hourly_wage_nok,
    "piecework_guarantee": _piecework_guarantee,
    "seasonal_subsistence": _seasonal_subsistence,
    "staffing_review": _staffing_review,
}
