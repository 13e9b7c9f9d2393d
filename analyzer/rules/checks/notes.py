"""Notes that are not verdicts: staffing agency, remote work, exchange rate, cross-field consistency."""

from __future__ import annotations

import re

from analyzer.model import READ_LANGUAGES, Evidence, Salary, Status, language_name
from analyzer.rules.context import CheckContext, clause_hit, fmt, quote
from analyzer.rules.loader import Rule
from analyzer.rules.outcome import Check, CheckResult, declare


def _note_signal(signal: str, status: Status) -> Check:
    """A note that reports a signal the clause scan found, quoting its line; no finding when it is absent."""

    def check(rule: Rule, c: CheckContext) -> CheckResult | None:
        hit = clause_hit(c, signal)
        if not hit.present:
            return None
        return CheckResult(status, {"quote": quote(hit)}, hit.evidence)

    return declare({status: "quote"})(check)


@declare({"review": "start end"})
def _note_dates_order(rule: Rule, c: CheckContext) -> CheckResult | None:
    start, end = c.fields.start_date.value, c.fields.end_date.value
    if start is None or end is None or end >= start:
        return None
    return CheckResult("review", {"start": fmt(start), "end": fmt(end)})


_FULL_TIME_WEEKS = (
    "max_weekly_hours",
    "shift_weekly_hours",
    "continuous_shift_weekly_hours",
    "rota_weekly_hours",
)
"""Pack values (notes.yaml) for the other weeks that count as full-time."""


@declare({"review": "hours pct expected full"})
def _note_hours_vs_percentage(rule: Rule, c: CheckContext) -> CheckResult | None:
    hours, pct = c.fields.weekly_hours.value, c.fields.position_percentage.value
    full = c.value("full_time_hours")
    if hours is None or pct is None or full is None:
        return None
    # Full-time is the agreement week, the law's normal maximum, a shorter week for some shift work (§ 10-4
    # (4)-(5)) or a rota week (all in the pack): agreement with any of them is consistent.
    norms = [full.value, *(v.value for name in _FULL_TIME_WEEKS if (v := c.value(name)) is not None)]
    expected = [hours / norm * 100 for norm in norms]
    if any(abs(e - pct) <= 2.5 for e in expected) or (pct == 100 and min(norms) <= hours <= max(norms)):
        return None
    return CheckResult(
        "review",
        {
            "hours": fmt(hours),
            "pct": fmt(pct),
            "expected": fmt(round(expected[0], 1)),
            "full": fmt(full.value),
        },
    )


_PERIOD_WORDS = {
    "month": re.compile(r"m(?:å|aa|a)ned|m(?:å|aa|a)nad|month|\bmnd\b", re.IGNORECASE),
    "year": re.compile(
        r"(?:å|aa)rsl(?:ø|o|oe)nn?|\b(?:å|aa)r\b|(?:å|aa)ret\b|year|annual|(?:å|aa)rle?i?g|per annum|p\.a\.",
        re.IGNORECASE,
    ),
}


@declare({"review": "month year times12"})
def _note_monthly_vs_annual(rule: Rule, c: CheckContext) -> CheckResult | None:
    """Only figures whose own line names their period ("per måned", "årslønn") are compared, and only when the
    yearly one is plausibly a year of the monthly one (8-16 months): a bonus or a misread is not an inconsistency."""
    salary = c.fields.salary
    if salary.value is None or salary.value.currency != "NOK":
        return None
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
        return None
    month, year = amounts["month"], amounts["year"]
    if not 8 * month <= year <= 16 * month or abs(month * 12 - year) <= max(0.01 * year, 12):
        return None
    return CheckResult("review", {"month": fmt(month), "year": fmt(year), "times12": fmt(month * 12)})


@declare({"review": "code name_en name_nb"})
def _note_language_unsupported(rule: Rule, c: CheckContext) -> CheckResult | None:
    """A document offercheck does not read (Swedish, Danish, German, other) is never a pass: its values may be
    misread (Swedish "kr" as NOK), so a person must look."""
    if c.language is None or c.language in READ_LANGUAGES:
        return None
    return CheckResult(
        "review",
        {
            "code": c.language,
            "name_en": language_name(c.language, "en"),
            "name_nb": language_name(c.language, "nb"),
        },
    )


CHECKS: dict[str, Check] = {
    "note_staffing_agency": _note_signal("staffing_agency", "info"),
    "note_remote_work": _note_signal("remote_work", "info"),
    "note_exchange_rate": _note_signal("exchange_rate", "review"),
    "note_dates_order": _note_dates_order,
    "note_hours_vs_percentage": _note_hours_vs_percentage,
    "note_monthly_vs_annual": _note_monthly_vs_annual,
    "note_language_unsupported": _note_language_unsupported,
    # Raised by the pipeline when the reader cut the text (analyzer/readers/bounds.py: text_was_cut).
    "note_text_truncated": _note_signal("text_truncated", "review"),
}
