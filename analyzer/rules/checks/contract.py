"""Working Environment Act § 14-6 checks: each clause present, probation and working-hours limits."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from analyzer.model import Status
from analyzer.rules.context import CheckContext, Outcome, clause_hit, fmt, quote
from analyzer.rules.loader import Rule

if TYPE_CHECKING:
    pass


def _not_in_force(rule: Rule, c: CheckContext) -> bool:
    """A clause added to the law later (its rule names a dated marker value) is not required before that date."""
    return any(c.value(name) is None for name in rule.values)


def _clause(rule: Rule, c: CheckContext) -> Outcome:
    """Stated → pass with the lines; absent → missing."""
    if _not_in_force(rule, c):
        return "info", {}
    hit = clause_hit(c, rule.field)
    if hit.present:
        return "pass", {"quote": quote(hit), "_evidence": hit.evidence}
    return "missing", {}


def _clause_if_temporary(rule: Rule, c: CheckContext) -> Outcome:
    if not clause_hit(c, "temporary").present:
        return "info", {}
    return _clause(rule, c)


def _temporary_basis(rule: Rule, c: CheckContext) -> Outcome:
    if not clause_hit(c, "temporary").present:
        return "info", {}
    basis = clause_hit(c, "temporary_basis")
    if basis.present:
        return "pass", {"quote": quote(basis), "_evidence": basis.evidence}
    return "missing", {}


def _clause_if_staffing(rule: Rule, c: CheckContext) -> Outcome:
    staffing = clause_hit(c, "staffing_agency")
    if not staffing.present:
        return "info", {}
    status, vals = _clause(rule, c)
    return status, {**vals, "agency": quote(staffing)}


def _probation_limits(rule: Rule, c: CheckContext) -> Outcome:
    hit = clause_hit(c, "probation")
    if not hit.present:
        return "info", {}
    base = {"quote": quote(hit), "_evidence": hit.evidence}
    months = hit.values.get("months")
    limit = c.value("max_probation_months")
    if months is None or limit is None:
        return "review", {**base, "why": "its length could not be read", "why_nb": "lengden kunne ikke leses"}
    vals = {**base, "months": fmt(months), "max": fmt(limit.value)}
    if months > limit.value:
        return "fail", {
            **vals,
            "why": f"{fmt(months)} months is longer than the {fmt(limit.value)} months the law allows",
            "why_nb": f"{fmt(months)} måneder er lengre enn {fmt(limit.value)} måneder som loven tillater",
        }
    temporary = clause_hit(c, "temporary")
    share = c.value("max_probation_share_of_temporary")
    post = temporary.values.get("months") if temporary.present and share else None
    if post is None and temporary.present and share:
        start, end = c.fields.start_date.value, c.fields.end_date.value
        if start and end and end > start:
            post = round((end - start).days / 30.44, 2)
    if post is None and temporary.present and share:
        return "review", {
            **vals,
            "why": "the post is temporary but its length could not be read, so the half-of-the-post limit was not checked",
            "why_nb": "stillingen er midlertidig, men lengden kunne ikke leses, så grensen på halve ansettelsestiden ble "
            "ikke kontrollert",
        }
    if post is not None and share and months > post * share.value + 0.05:
        return "fail", {
            **vals,
            "why": f"{fmt(months)} months is more than half of the {fmt(post)}-month temporary post",
            "why_nb": f"{fmt(months)} måneder er mer enn halvparten av den midlertidige stillingen på "
            f"{fmt(post)} måneder",
        }
    return "pass", vals


def _working_hours_limits(rule: Rule, c: CheckContext) -> Outcome:
    hit = clause_hit(c, "working_hours")
    if not hit.present:
        return "missing", {}
    base = {"quote": quote(hit), "_evidence": hit.evidence}
    weekly = hit.values.get("weekly") or c.fields.weekly_hours.value
    daily = hit.values.get("daily")
    span = hit.values.get("daily_span")
    max_week, max_day = c.value("max_weekly_hours"), c.value("max_daily_hours")
    if max_week is None or max_day is None:
        return "review", {
            **base,
            "why": f"no limit in force on {c.as_of}",
            "why_nb": f"ingen grense gjelder {c.as_of}",
        }
    if weekly is not None and weekly > max_week.value:
        return "fail", {
            **base,
            "why": f"{fmt(weekly)} hours a week exceeds {fmt(max_week.value)}",
            "why_nb": f"{fmt(weekly)} timer i uken er over {fmt(max_week.value)}",
        }
    if daily is not None and daily > max_day.value:
        return "fail", {
            **base,
            "why": f"{fmt(daily)} hours a day exceeds {fmt(max_day.value)}",
            "why_nb": f"{fmt(daily)} timer per dag er over {fmt(max_day.value)}",
        }
    if daily is None and span is not None and span > max_day.value:
        status: Status = "fail" if span - 1 > max_day.value else "review"
        return status, {
            **base,
            "why": f"the working day spans {fmt(span)} hours (breaks included) against a "
            f"{fmt(max_day.value)}-hour limit",
            "why_nb": f"arbeidsdagen strekker seg over {fmt(span)} timer (pauser medregnet) mot en "
            f"grense på {fmt(max_day.value)} timer",
        }
    return "pass", base


CHECKS: dict[str, Callable[[Rule, CheckContext], Outcome]] = {
    "clause": _clause,
    "clause_if_temporary": _clause_if_temporary,
    "clause_if_staffing": _clause_if_staffing,
    "temporary_basis": _temporary_basis,
    "probation_limits": _probation_limits,
    "working_hours_limits": _working_hours_limits,
}
