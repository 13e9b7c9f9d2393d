"""Seasonal-worker checks (utlendingsforskriften § 6-3, UDI 2010-131): period, hours, hourly pay, subsistence."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from analyzer.model import ExtractedField, Salary
from analyzer.rules.context import CheckContext, Outcome, clause_hit, fmt, quote
from analyzer.rules.loader import Rule

if TYPE_CHECKING:
    pass


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _seasonal_period(rule: Rule, c: CheckContext) -> Outcome:
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
    if end.value is None:
        return "missing", {}
    if start.value is None:
        return "review", {
            "end": fmt(end.value),
            "why": "no start date was found, so the period cannot be measured",
            "why_nb": "fant ingen startdato, så perioden kan ikke måles",
        }
    if limit is None:
        return "review", {
            "end": fmt(end.value),
            "why": f"no limit in force on {c.as_of}",
            "why_nb": f"ingen grense gjelder {c.as_of}",
        }
    latest = add_months(start.value, int(limit.value))
    vals: dict[str, Any] = {
        "start": fmt(start.value),
        "end": fmt(end.value),
        "latest": fmt(latest),
        "max": fmt(limit.value),
        "months": fmt(round((end.value - start.value).days / 30.44, 1)),
    }
    if end.value < start.value:
        return "review", {
            **vals,
            "why": "the end date is before the start date",
            "why_nb": "sluttdatoen er før startdatoen",
        }
    vals["_evidence"] = start.evidence[:1] + end.evidence[:1]
    doubt = c.doubt(end) or c.doubt(start)
    ok = end.value <= latest
    if doubt:
        return "review", {
            **vals,
            "why": f"the dates were not read with certainty{doubt}",
            "why_nb": f"datoene ble ikke lest sikkert{doubt}",
        }
    return ("pass" if ok else "fail"), vals


def _full_time_hours(rule: Rule, c: CheckContext) -> Outcome:
    hours, pct = c.fields.weekly_hours, c.fields.position_percentage
    full = c.value("full_time_hours")
    if full is None:
        return "review", {
            "why": f"no full-time standard in force on {c.as_of}",
            "why_nb": f"ingen heltidsnorm gjelder {c.as_of}",
        }
    vals = {"full": fmt(full.value)}
    if hours.value is not None:
        vals["hours"] = fmt(hours.value)
        if c.doubt(hours):
            return "review", {
                **vals,
                "why": f"weekly hours read as {fmt(hours.value)}, not with certainty",
                "why_nb": f"ukentlig arbeidstid lest som {fmt(hours.value)}, men ikke sikkert",
            }
        if hours.value >= full.value:
            return "pass", vals
        return "review", {
            **vals,
            "why": f"{fmt(hours.value)} hours a week is less than the {fmt(full.value)} hours UDI "
            "normally means by full-time; a part-time offer needs an exemption",
            "why_nb": f"{fmt(hours.value)} timer i uken er mindre enn {fmt(full.value)} timer som UDI "
            "normalt regner som heltid; deltid krever unntak",
        }
    if pct.value is not None and not c.doubt(pct):
        vals["hours"] = f"{fmt(pct.value)} %"
        if pct.value >= 100:
            return "pass", vals
        return "review", {
            **vals,
            "why": f"the position is {fmt(pct.value)} %, not full-time",
            "why_nb": f"stillingen er {fmt(pct.value)} %, ikke heltid",
        }
    return "missing", vals


def _hourly_wage_nok(rule: Rule, c: CheckContext) -> Outcome:
    salary: Salary | None = c.fields.salary.value
    if salary is None:
        return "missing", {}
    vals = {"value": fmt(salary)}
    if salary.currency is None:
        return "review", {
            **vals,
            "why": "the document does not say which currency the pay is in; it must be a gross "
            "hourly wage in NOK",
            "why_nb": "avtalen sier ikke hvilken valuta lønnen er i; den skal oppgis som brutto timelønn "
            "i NOK",
        }
    if salary.currency != "NOK":
        return "review", {
            **vals,
            "why": f"pay is in {salary.currency}; it must be a gross hourly wage in NOK",
            "why_nb": f"lønnen er i {salary.currency}; den skal oppgis som brutto timelønn i NOK",
        }
    if salary.period != "hour":
        return "review", {
            **vals,
            "why": f"pay is stated per {salary.period}; UDI asks for the gross hourly wage",
            "why_nb": f"lønnen er oppgitt per {salary.period}; UDI ber om brutto timelønn",
        }
    doubt = c.doubt(c.fields.salary)
    if doubt:
        return "review", {
            **vals,
            "why": f"read, but not with certainty{doubt}",
            "why_nb": f"lest, men ikke sikkert{doubt}",
        }
    return "pass", vals


def _seasonal_subsistence(rule: Rule, c: CheckContext) -> Outcome:
    """UDI 2010-131 § 2.7: yearly income of at least 2.5 G; full-time work at the agreement's wage is enough."""
    annual = c.fields.annual_salary_nok.value
    g, multiple = c.value("basic_amount_g"), c.value("subsistence_g_multiple")
    if g is None or multiple is None:
        return "review", {
            "why": f"no G value in force on {c.as_of}",
            "why_nb": f"ingen G-verdi gjelder {c.as_of}",
        }
    need = round(g.value * multiple.value, 2)
    vals: dict[str, Any] = {
        "need": fmt(need),
        "g": fmt(g.value),
        "g_from": g.from_.isoformat(),
        "times": fmt(multiple.value),
    }
    if annual is None:
        return "review", {
            **vals,
            "annual": "?",
            "why": "no yearly pay in NOK could be worked out",
            "why_nb": "årslønn i NOK kunne ikke beregnes",
        }
    vals["annual"] = fmt(annual)
    stale = (c.as_of - g.from_).days > 366  # G is adjusted every 1 May; a newer one is not in the pack
    if stale and need <= annual < need * 1.06:
        return "review", {
            **vals,
            "why": f"G from {g.from_.isoformat()} is the newest in the pack; this year's G is "
            "probably higher and the margin is small",
            "why_nb": f"G fra {g.from_.isoformat()} er den nyeste i regelpakken; årets G er trolig "
            "høyere og marginen er liten",
        }
    if annual >= need and not c.doubt(c.fields.annual_salary_nok):
        return "pass", vals
    full = c.value("full_time_hours")
    hours, pct = c.fields.weekly_hours.value, c.fields.position_percentage.value
    full_time = (hours is not None and full is not None and hours >= full.value) or (
        pct is not None and pct >= 100
    )
    if annual >= need or full_time:
        why = (
            "the pay was not read with certainty"
            if annual >= need
            else "the post is full-time, which UDI accepts below 2.5 G if the wage follows the collective agreement"
        )
        why_nb = (
            "lønnen ble ikke lest sikkert"
            if annual >= need
            else "stillingen er heltid, som UDI godtar under 2,5 G hvis lønnen følger tariffavtalen"
        )
        return "review", {**vals, "why": why, "why_nb": why_nb}
    return "fail", vals


def _piecework_guarantee(rule: Rule, c: CheckContext) -> Outcome:
    piece = clause_hit(c, "piecework")
    if not piece.present:
        return "info", {}
    guarantee = clause_hit(c, "guaranteed_minimum")
    if guarantee.present:
        return "pass", {"quote": quote(guarantee), "_evidence": piece.evidence + guarantee.evidence}
    return "fail", {"quote": quote(piece), "_evidence": piece.evidence}


def _staffing_review(rule: Rule, c: CheckContext) -> Outcome:
    staffing = clause_hit(c, "staffing_agency")
    if not staffing.present:
        return "info", {}
    return "review", {"quote": quote(staffing), "_evidence": staffing.evidence}


CHECKS: dict[str, Callable[[Rule, CheckContext], Outcome]] = {
    "seasonal_period": _seasonal_period,
    "full_time_hours": _full_time_hours,
    "hourly_wage_nok": _hourly_wage_nok,
    "piecework_guarantee": _piecework_guarantee,
    "seasonal_subsistence": _seasonal_subsistence,
    "staffing_review": _staffing_review,
}
