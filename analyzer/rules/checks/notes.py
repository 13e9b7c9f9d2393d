"""Notes that are not verdicts: staffing agency, remote work, exchange rate, cross-field consistency."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from analyzer.model import READ_LANGUAGES, Evidence, Salary, Status, language_name
from analyzer.rules.context import CheckContext, Outcome, clause_hit, fmt, quote
from analyzer.rules.loader import Rule

if TYPE_CHECKING:
    pass


def _note_signal(signal: str, status: Status) -> Callable[[Rule, CheckContext], Outcome]:
    def check(rule: Rule, c: CheckContext) -> Outcome:
        hit = clause_hit(c, signal)
        if not hit.present:
            return "info", {"_skip": True}
        return status, {"quote": quote(hit), "_evidence": hit.evidence}

    return check


def _note_dates_order(rule: Rule, c: CheckContext) -> Outcome:
    start, end = c.fields.start_date.value, c.fields.end_date.value
    if start is None or end is None or end >= start:
        return "info", {"_skip": True}
    return "review", {"start": fmt(start), "end": fmt(end)}


def _note_hours_vs_percentage(rule: Rule, c: CheckContext) -> Outcome:
    hours, pct = c.fields.weekly_hours.value, c.fields.position_percentage.value
    full = c.value("full_time_hours")
    if hours is None or pct is None or full is None:
        return "info", {"_skip": True}
    # Full-time is 37.5 h by agreement, 40 h by law, 38 h or 36 h for some shift work (§ 10-4 (4)-(5)) and 35.5 h
    # in many rotas: agreement with any of them is consistent.
    norms = [full.value, 40.0, 38.0, 36.0, 35.5]
    expected = [hours / norm * 100 for norm in norms]
    if any(abs(e - pct) <= 2.5 for e in expected) or (pct == 100 and 35.5 <= hours <= 40):
        return "info", {"_skip": True}
    return "review", {
        "hours": fmt(hours),
        "pct": fmt(pct),
        "expected": fmt(round(expected[0], 1)),
        "full": fmt(full.value),
    }


_PERIOD_WORDS = {
    "month": re.compile(r"m(?:å|aa|a)ned|m(?:å|aa|a)nad|month|\bmnd\b", re.IGNORECASE),
    "year": re.compile(
        r"(?:å|aa)rsl(?:ø|o|oe)nn?|\b(?:å|aa)r\b|(?:å|aa)ret\b|year|annual|(?:å|aa)rle?i?g|per annum|p\.a\.",
        re.IGNORECASE,
    ),
}


def _note_monthly_vs_annual(rule: Rule, c: CheckContext) -> Outcome:
    """Only figures whose own line names their period ("per måned", "årslønn") are compared, and only when the
    yearly one is plausibly a year of the monthly one (8-16 months): a bonus or a misread is not an inconsistency."""
    salary = c.fields.salary
    if salary.value is None or salary.value.currency != "NOK":
        return "info", {"_skip": True}
    rx = _PERIOD_WORDS
    amounts: dict[str, float] = {}
    figures: list[tuple[Salary | None, list[Evidence]]] = [(salary.value, salary.evidence)]
    figures += [(cand.value, cand.evidence) for cand in salary.candidates]
    for value, evidence in figures:
        if value is None or value.currency != "NOK" or value.period in amounts or value.period == "hour":
            continue
        text = " ".join(e.text for e in evidence)
        if rx[value.period].search(text):
            amounts[value.period] = value.amount
    if "month" not in amounts or "year" not in amounts:
        return "info", {"_skip": True}
    month, year = amounts["month"], amounts["year"]
    if not 8 * month <= year <= 16 * month or abs(month * 12 - year) <= max(0.01 * year, 12):
        return "info", {"_skip": True}
    return "review", {"month": fmt(month), "year": fmt(year), "times12": fmt(month * 12)}


def _note_language_unsupported(rule: Rule, c: CheckContext) -> Outcome:
    """A document offercheck does not read (Swedish, Danish, German, other) is never a pass: its values may be
    misread (Swedish "kr" as NOK), so a person must look."""
    if c.language is None or c.language in READ_LANGUAGES:
        return "info", {"_skip": True}
    return "review", {
        "code": c.language,
        "name_en": language_name(c.language, "en"),
        "name_nb": language_name(c.language, "nb"),
    }


CHECKS: dict[str, Callable[[Rule, CheckContext], Outcome]] = {
    "note_staffing_agency": _note_signal("staffing_agency", "info"),
    "note_remote_work": _note_signal("remote_work", "info"),
    "note_exchange_rate": _note_signal("exchange_rate", "review"),
    "note_dates_order": _note_dates_order,
    "note_hours_vs_percentage": _note_hours_vs_percentage,
    "note_monthly_vs_annual": _note_monthly_vs_annual,
    "note_language_unsupported": _note_language_unsupported,
}
