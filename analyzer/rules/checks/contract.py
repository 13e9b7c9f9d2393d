"""Working Environment Act § 14-6 checks: each clause present, probation and working-hours limits."""

from __future__ import annotations

from analyzer.model import Status
from analyzer.rules.context import CheckContext, clause_hit, fmt, quote
from analyzer.rules.loader import Rule
from analyzer.rules.outcome import Check, CheckResult, declare


def _not_in_force(rule: Rule, c: CheckContext) -> bool:
    """A clause added to the law later (its rule names a dated marker value) is not required before that date."""
    return any(c.value(name) is None for name in rule.values)


def _stated(rule: Rule, c: CheckContext) -> CheckResult:
    hit = clause_hit(c, rule.field)
    if hit.present:
        return CheckResult("pass", {"quote": quote(hit)}, hit.evidence)
    return CheckResult("missing")


@declare({"pass": "quote", "missing": "", "info?": ""})
def _clause(rule: Rule, c: CheckContext) -> CheckResult:
    """Stated → pass with the lines; absent → missing."""
    if _not_in_force(rule, c):
        return CheckResult("info")
    return _stated(rule, c)


@declare({"pass": "quote", "missing": "", "info": ""})
def _clause_if_temporary(rule: Rule, c: CheckContext) -> CheckResult:
    if not clause_hit(c, "temporary").present:
        return CheckResult("info")
    if _not_in_force(rule, c):
        return CheckResult("info")
    return _stated(rule, c)


@declare({"pass": "quote", "missing": "", "info": ""})
def _temporary_basis(rule: Rule, c: CheckContext) -> CheckResult:
    if not clause_hit(c, "temporary").present:
        return CheckResult("info")
    basis = clause_hit(c, "temporary_basis")
    if basis.present:
        return CheckResult("pass", {"quote": quote(basis)}, basis.evidence)
    return CheckResult("missing")


@declare({"pass": "quote agency", "missing": "agency", "info": ""})
def _clause_if_staffing(rule: Rule, c: CheckContext) -> CheckResult:
    staffing = clause_hit(c, "staffing_agency")
    if not staffing.present or _not_in_force(rule, c):
        return CheckResult("info")
    result = _stated(rule, c)
    return CheckResult(result.status, {**result.values, "agency": quote(staffing)}, result.evidence)


@declare(
    {
        "pass": "quote months max",
        "fail": "quote months max why why_nb",
        "review": "quote why why_nb",
        "info": "",
    }
)
def _probation_limits(rule: Rule, c: CheckContext) -> CheckResult:
    hit = clause_hit(c, "probation")
    if not hit.present:
        return CheckResult("info")
    base = {"quote": quote(hit)}
    months = hit.values.get("months")
    limit = c.value("max_probation_months")
    if months is None or limit is None:
        why = "its length could not be read" if months is None else f"no limit is in force on {c.as_of}"
        why_nb = "lengden kunne ikke leses" if months is None else f"ingen grense gjelder {c.as_of}"
        return CheckResult("review", {**base, "why": why, "why_nb": why_nb}, hit.evidence)
    vals = {**base, "months": fmt(months), "max": fmt(limit.value)}
    if months > limit.value:
        return CheckResult(
            "fail",
            {
                **vals,
                "why": f"{fmt(months)} months is longer than the {fmt(limit.value)} months the law allows",
                "why_nb": f"{fmt(months)} måneder er lengre enn {fmt(limit.value)} måneder som loven tillater",
            },
            hit.evidence,
        )
    temporary = clause_hit(c, "temporary")
    share = c.value("max_probation_share_of_temporary")
    post = temporary.values.get("months") if temporary.present and share else None
    if post is None and temporary.present and share:
        start, end = c.fields.start_date.value, c.fields.end_date.value
        if start and end and end > start:
            post = round((end - start).days / 30.44, 2)
    if post is None and temporary.present and share:
        return CheckResult(
            "review",
            {
                **vals,
                "why": "the post is temporary but its length could not be read, so the half-of-the-post limit was "
                "not checked",
                "why_nb": "stillingen er midlertidig, men lengden kunne ikke leses, så grensen på halve "
                "ansettelsestiden ble ikke kontrollert",
            },
            hit.evidence,
        )
    if post is not None and share and months > post * share.value + 0.05:
        return CheckResult(
            "fail",
            {
                **vals,
                "why": f"{fmt(months)} months is more than half of the {fmt(post)}-month temporary post",
                "why_nb": f"{fmt(months)} måneder er mer enn halvparten av den midlertidige stillingen på "
                f"{fmt(post)} måneder",
            },
            hit.evidence,
        )
    return CheckResult("pass", vals, hit.evidence)


@declare({"pass": "quote", "fail": "quote why why_nb", "review": "quote why why_nb", "missing": ""})
def _working_hours_limits(rule: Rule, c: CheckContext) -> CheckResult:
    hit = clause_hit(c, "working_hours")
    if not hit.present:
        return CheckResult("missing")
    base = {"quote": quote(hit)}
    weekly = hit.values.get("weekly") or c.fields.weekly_hours.value
    daily = hit.values.get("daily")
    span = hit.values.get("daily_span")
    max_week, max_day = c.value("max_weekly_hours"), c.value("max_daily_hours")
    if max_week is None or max_day is None:
        return CheckResult(
            "review",
            {**base, "why": f"no limit in force on {c.as_of}", "why_nb": f"ingen grense gjelder {c.as_of}"},
            hit.evidence,
        )
    if weekly is not None and weekly > max_week.value:
        return CheckResult(
            "fail",
            {
                **base,
                "why": f"{fmt(weekly)} hours a week exceeds {fmt(max_week.value)}",
                "why_nb": f"{fmt(weekly)} timer i uken er over {fmt(max_week.value)}",
            },
            hit.evidence,
        )
    if daily is not None and daily > max_day.value:
        return CheckResult(
            "fail",
            {
                **base,
                "why": f"{fmt(daily)} hours a day exceeds {fmt(max_day.value)}",
                "why_nb": f"{fmt(daily)} timer per dag er over {fmt(max_day.value)}",
            },
            hit.evidence,
        )
    if daily is None and span is not None and span > max_day.value:
        status: Status = "fail" if span - 1 > max_day.value else "review"
        return CheckResult(
            status,
            {
                **base,
                "why": f"the working day spans {fmt(span)} hours (breaks included) against a "
                f"{fmt(max_day.value)}-hour limit",
                "why_nb": f"arbeidsdagen strekker seg over {fmt(span)} timer (pauser medregnet) mot en "
                f"grense på {fmt(max_day.value)} timer",
            },
            hit.evidence,
        )
    return CheckResult("pass", base, hit.evidence)


CHECKS: dict[str, Check] = {
    "clause": _clause,
    "clause_if_temporary": _clause_if_temporary,
    "clause_if_staffing": _clause_if_staffing,
    "temporary_basis": _temporary_basis,
    "probation_limits": _probation_limits,
    "working_hours_limits": _working_hours_limits,
}
