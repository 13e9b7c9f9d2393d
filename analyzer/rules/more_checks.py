"""Checks for the contract-completeness, seasonal-worker, minimum-wage and note packs.

Each check takes a rule and the checker context and returns ``(status, values for the message)``. Special keys
in the values: ``_evidence`` (lines the finding rests on), ``_values`` (names of the rule values actually used,
e.g. the one minimum-wage rate that applies), ``_skip`` (a note that does not apply produces no finding).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from analyzer.model import Evidence, Salary, Status
from analyzer.rules.loader import Rule

if TYPE_CHECKING:
    from analyzer.extract.clauses import ClauseHit
    from analyzer.rules.checker import Outcome, _Ctx


def _fmt(value: Any) -> str:
    from analyzer.rules.checker import fmt

    return fmt(value)


def _hit(c: _Ctx, name: str) -> ClauseHit:
    from analyzer.extract.clauses import ClauseHit

    return c.clauses.get(name) if c.clauses is not None else ClauseHit()


def _quote(hit: ClauseHit) -> str:
    return hit.evidence[0].text if hit.evidence else ""


# --------------------------------------------------------------------------- contract (§ 14-6)


def _not_in_force(rule: Rule, c: _Ctx) -> bool:
    """A clause added to the law later (its rule names a dated marker value) is not required before that date."""
    return any(c.value(name) is None for name in rule.values)


def _clause(rule: Rule, c: _Ctx) -> Outcome:
    """Stated → pass with the lines; absent → missing."""
    if _not_in_force(rule, c):
        return "info", {}
    hit = _hit(c, rule.field)
    if hit.present:
        return "pass", {"quote": _quote(hit), "_evidence": hit.evidence}
    return "missing", {}


def _clause_if_temporary(rule: Rule, c: _Ctx) -> Outcome:
    if not _hit(c, "temporary").present:
        return "info", {}
    return _clause(rule, c)


def _temporary_basis(rule: Rule, c: _Ctx) -> Outcome:
    if not _hit(c, "temporary").present:
        return "info", {}
    basis = _hit(c, "temporary_basis")
    if basis.present:
        return "pass", {"quote": _quote(basis), "_evidence": basis.evidence}
    return "missing", {}


def _clause_if_staffing(rule: Rule, c: _Ctx) -> Outcome:
    staffing = _hit(c, "staffing_agency")
    if not staffing.present:
        return "info", {}
    status, vals = _clause(rule, c)
    return status, {**vals, "agency": _quote(staffing)}


def _probation_limits(rule: Rule, c: _Ctx) -> Outcome:
    hit = _hit(c, "probation")
    if not hit.present:
        return "info", {}
    base = {"quote": _quote(hit), "_evidence": hit.evidence}
    months = hit.values.get("months")
    limit = c.value("max_probation_months")
    if months is None or limit is None:
        return "review", {**base, "why": "its length could not be read", "why_nb": "lengden kunne ikke leses"}
    vals = {**base, "months": _fmt(months), "max": _fmt(limit.value)}
    if months > limit.value:
        return "fail", {**vals, "why": f"{_fmt(months)} months is longer than the {_fmt(limit.value)} months the law allows",
                        "why_nb": f"{_fmt(months)} måneder er lengre enn {_fmt(limit.value)} måneder som loven tillater"}  # fmt: skip
    temporary = _hit(c, "temporary")
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
        return "fail", {**vals, "why": f"{_fmt(months)} months is more than half of the {_fmt(post)}-month temporary post",
                        "why_nb": f"{_fmt(months)} måneder er mer enn halvparten av den midlertidige stillingen på "
                                  f"{_fmt(post)} måneder"}  # fmt: skip
    return "pass", vals


def _working_hours_limits(rule: Rule, c: _Ctx) -> Outcome:
    hit = _hit(c, "working_hours")
    if not hit.present:
        return "missing", {}
    base = {"quote": _quote(hit), "_evidence": hit.evidence}
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
        return "fail", {**base, "why": f"{_fmt(weekly)} hours a week exceeds {_fmt(max_week.value)}",
                        "why_nb": f"{_fmt(weekly)} timer i uken er over {_fmt(max_week.value)}"}  # fmt: skip
    if daily is not None and daily > max_day.value:
        return "fail", {**base, "why": f"{_fmt(daily)} hours a day exceeds {_fmt(max_day.value)}",
                        "why_nb": f"{_fmt(daily)} timer per dag er over {_fmt(max_day.value)}"}  # fmt: skip
    if daily is None and span is not None and span > max_day.value:
        status: Status = "fail" if span - 1 > max_day.value else "review"
        return status, {**base, "why": f"the working day spans {_fmt(span)} hours (breaks included) against a "
                                       f"{_fmt(max_day.value)}-hour limit",
                        "why_nb": f"arbeidsdagen strekker seg over {_fmt(span)} timer (pauser medregnet) mot en "
                                  f"grense på {_fmt(max_day.value)} timer"}  # fmt: skip
    return "pass", base


# --------------------------------------------------------------------------- seasonal worker (§ 6-3)


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _seasonal_period(rule: Rule, c: _Ctx) -> Outcome:
    start, end = c.fields.start_date, c.fields.end_date
    limit = c.value("max_period_months")
    if end.value is None and c.clauses is not None:
        from analyzer.extract.clauses import end_date_from_clauses
        from analyzer.model import ExtractedField

        found, evidence = end_date_from_clauses(c.clauses)
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
        return "review", {"end": _fmt(end.value), "why": "no start date was found, so the period cannot be measured",
                          "why_nb": "fant ingen startdato, så perioden kan ikke måles"}  # fmt: skip
    if limit is None:
        return "review", {
            "end": _fmt(end.value),
            "why": f"no limit in force on {c.as_of}",
            "why_nb": f"ingen grense gjelder {c.as_of}",
        }
    latest = add_months(start.value, int(limit.value))
    vals: dict[str, Any] = {"start": _fmt(start.value), "end": _fmt(end.value), "latest": _fmt(latest), "max": _fmt(limit.value),
            "months": _fmt(round((end.value - start.value).days / 30.44, 1))}  # fmt: skip
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
        return "review", {**vals, "why": f"the dates were not read with certainty{doubt}",
                          "why_nb": f"datoene ble ikke lest sikkert{doubt}"}  # fmt: skip
    return ("pass" if ok else "fail"), vals


def _full_time_hours(rule: Rule, c: _Ctx) -> Outcome:
    hours, pct = c.fields.weekly_hours, c.fields.position_percentage
    full = c.value("full_time_hours")
    if full is None:
        return "review", {
            "why": f"no full-time standard in force on {c.as_of}",
            "why_nb": f"ingen heltidsnorm gjelder {c.as_of}",
        }
    vals = {"full": _fmt(full.value)}
    if hours.value is not None:
        vals["hours"] = _fmt(hours.value)
        if c.doubt(hours):
            return "review", {**vals, "why": f"weekly hours read as {_fmt(hours.value)}, not with certainty",
                              "why_nb": f"ukentlig arbeidstid lest som {_fmt(hours.value)}, men ikke sikkert"}  # fmt: skip
        if hours.value >= full.value:
            return "pass", vals
        return "review", {**vals, "why": f"{_fmt(hours.value)} hours a week is less than the {_fmt(full.value)} hours UDI "
                                         "normally means by full-time; a part-time offer needs an exemption",
                          "why_nb": f"{_fmt(hours.value)} timer i uken er mindre enn {_fmt(full.value)} timer som UDI "
                                    "normalt regner som heltid; deltid krever unntak"}  # fmt: skip
    if pct.value is not None and not c.doubt(pct):
        vals["hours"] = f"{_fmt(pct.value)} %"
        if pct.value >= 100:
            return "pass", vals
        return "review", {**vals, "why": f"the position is {_fmt(pct.value)} %, not full-time",
                          "why_nb": f"stillingen er {_fmt(pct.value)} %, ikke heltid"}  # fmt: skip
    return "missing", vals


def _hourly_wage_nok(rule: Rule, c: _Ctx) -> Outcome:
    salary: Salary | None = c.fields.salary.value
    if salary is None:
        return "missing", {}
    vals = {"value": _fmt(salary)}
    if salary.currency != "NOK":
        return "review", {**vals, "why": f"pay is in {salary.currency}; it must be a gross hourly wage in NOK",
                          "why_nb": f"lønnen er i {salary.currency}; den skal oppgis som brutto timelønn i NOK"}  # fmt: skip
    if salary.period != "hour":
        return "review", {**vals, "why": f"pay is stated per {salary.period}; UDI asks for the gross hourly wage",
                          "why_nb": f"lønnen er oppgitt per {salary.period}; UDI ber om brutto timelønn"}  # fmt: skip
    doubt = c.doubt(c.fields.salary)
    if doubt:
        return "review", {
            **vals,
            "why": f"read, but not with certainty{doubt}",
            "why_nb": f"lest, men ikke sikkert{doubt}",
        }
    return "pass", vals


def _seasonal_subsistence(rule: Rule, c: _Ctx) -> Outcome:
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
        "need": _fmt(need),
        "g": _fmt(g.value),
        "g_from": g.from_.isoformat(),
        "times": _fmt(multiple.value),
    }
    if annual is None:
        return "review", {**vals, "annual": "?", "why": "no yearly pay in NOK could be worked out",
                          "why_nb": "årslønn i NOK kunne ikke beregnes"}  # fmt: skip
    vals["annual"] = _fmt(annual)
    stale = (c.as_of - g.from_).days > 366  # G is adjusted every 1 May; a newer one is not in the pack
    if stale and need <= annual < need * 1.06:
        return "review", {**vals, "why": f"G from {g.from_.isoformat()} is the newest in the pack; this year's G is "
                                         "probably higher and the margin is small",
                          "why_nb": f"G fra {g.from_.isoformat()} er den nyeste i regelpakken; årets G er trolig "
                                    "høyere og marginen er liten"}  # fmt: skip
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
        return "review", {**vals, "why": why, "why_nb": why_nb}  # fmt: skip
    return "fail", vals


def _piecework_guarantee(rule: Rule, c: _Ctx) -> Outcome:
    piece = _hit(c, "piecework")
    if not piece.present:
        return "info", {}
    guarantee = _hit(c, "guaranteed_minimum")
    if guarantee.present:
        return "pass", {"quote": _quote(guarantee), "_evidence": piece.evidence + guarantee.evidence}
    return "fail", {"quote": _quote(piece), "_evidence": piece.evidence}


def _staffing_review(rule: Rule, c: _Ctx) -> Outcome:
    staffing = _hit(c, "staffing_agency")
    if not staffing.present:
        return "info", {}
    return "review", {"quote": _quote(staffing), "_evidence": staffing.evidence}


# --------------------------------------------------------------------------- generally applicable minimum wages


def _sector(c: _Ctx) -> tuple[str | None, str]:
    """The sector whose cues match the job title (strong) or the text (two different cues); and how."""
    from analyzer.extract.lexicon import compile_phrases

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


def hourly_pay(salary: Salary, weekly_hours: float | None, full_time: float) -> tuple[float, str]:
    if salary.period == "hour":
        return salary.amount, f"{_fmt(salary.amount)} per hour as stated"
    hours = weekly_hours or full_time
    assumed = "" if weekly_hours else " (hours not stated: full-time assumed)"
    yearly = salary.amount * 12 if salary.period == "month" else salary.amount
    hourly = yearly / (hours * 52)
    first = f"{_fmt(salary.amount)} × 12" if salary.period == "month" else _fmt(salary.amount)
    return round(
        hourly, 2
    ), f"{first} / ({_fmt(hours)} h × 52 weeks){assumed} = {_fmt(round(hourly, 2))} per hour"


def _sector_minimum_wage(rule: Rule, c: _Ctx) -> Outcome:
    name, how = _sector(c)
    if name is None:
        return "info", {"_skip": True}
    sector = c.pack.sectors[name]
    skilled = _hit(c, "skilled").present or c.fields.degree_required.value == "vocational"
    category = sector.skilled_category if skilled and sector.skilled_category else sector.default_category
    value_name = sector.categories[category]
    rate = c.value(value_name)
    how_nb = (
        how.replace("job title", "stillingstittelen", 1)
        .replace("text (", "teksten (", 1)
        .replace("collective agreement named", "tariffavtalen", 1)
    )
    vals: dict[str, Any] = {"sector": sector.title.en, "sector_nb": sector.title.nb, "how": how, "how_nb": how_nb,
                            "category": category,
                            "_values": [value_name]}  # fmt: skip
    if rate is None:
        return "info", {**vals, "rate": "?", "since": "?"}
    unconfirmed = rate.authority != "official" or not rate.confirmed
    vals.update({"rate": _fmt(rate.value), "since": rate.from_.isoformat(),
                 "source_note": "unconfirmed source" if unconfirmed else "official source",
                 "source_note_nb": "ubekreftet kilde" if unconfirmed else "offisiell kilde"})  # fmt: skip
    salary: Salary | None = c.fields.salary.value
    if salary is None:
        return "review", {
            **vals,
            "hourly": "?",
            "why": "no pay was found to compare",
            "why_nb": "fant ingen lønn å sammenligne",
        }
    if salary.currency != "NOK":
        return "review", {
            **vals,
            "hourly": "?",
            "why": f"pay is in {salary.currency}",
            "why_nb": f"lønnen er i {salary.currency}",
        }
    full = c.value("full_time_hours")
    hourly, arithmetic = hourly_pay(salary, c.fields.weekly_hours.value, full.value if full else 37.5)
    vals.update({"hourly": _fmt(hourly), "arithmetic": arithmetic})
    if hourly >= rate.value:
        return "pass", vals
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
        return "review", {**vals, "why": f"pay of NOK {_fmt(hourly)} per hour is below the minimum of NOK {_fmt(rate.value)}, "
                                         f"but {reason}",
                          "why_nb": f"lønn på kr {_fmt(hourly)} per time er under minstelønnen på kr {_fmt(rate.value)}, "
                                    f"men {reason_nb}"}  # fmt: skip
    return "fail", vals


# --------------------------------------------------------------------------- notes (review / info)


def _note_signal(signal: str, status: Status) -> Callable[[Rule, _Ctx], Outcome]:
    def check(rule: Rule, c: _Ctx) -> Outcome:
        hit = _hit(c, signal)
        if not hit.present:
            return "info", {"_skip": True}
        return status, {"quote": _quote(hit), "_evidence": hit.evidence}

    return check


def _note_dates_order(rule: Rule, c: _Ctx) -> Outcome:
    start, end = c.fields.start_date.value, c.fields.end_date.value
    if start is None or end is None or end >= start:
        return "info", {"_skip": True}
    return "review", {"start": _fmt(start), "end": _fmt(end)}


def _note_hours_vs_percentage(rule: Rule, c: _Ctx) -> Outcome:
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
        "hours": _fmt(hours),
        "pct": _fmt(pct),
        "expected": _fmt(round(expected[0], 1)),
        "full": _fmt(full.value),
    }


_PERIOD_WORDS = {
    "month": re.compile(r"m(?:å|aa|a)ned|m(?:å|aa|a)nad|month|\bmnd\b", re.IGNORECASE),
    "year": re.compile(r"(?:å|aa)rsl(?:ø|o|oe)nn?|\b(?:å|aa)r\b|(?:å|aa)ret\b|year|annual|(?:å|aa)rle?i?g|per annum|p\.a\.",
                       re.IGNORECASE),
}  # fmt: skip


def _note_monthly_vs_annual(rule: Rule, c: _Ctx) -> Outcome:
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
    return "review", {"month": _fmt(month), "year": _fmt(year), "times12": _fmt(month * 12)}


MORE_CHECKS: dict[str, Callable[[Rule, _Ctx], Outcome]] = {
    "clause": _clause,
    "clause_if_temporary": _clause_if_temporary,
    "clause_if_staffing": _clause_if_staffing,
    "temporary_basis": _temporary_basis,
    "probation_limits": _probation_limits,
    "working_hours_limits": _working_hours_limits,
    "seasonal_period": _seasonal_period,
    "full_time_hours": _full_time_hours,
    "hourly_wage_nok": _hourly_wage_nok,
    "piecework_guarantee": _piecework_guarantee,
    "seasonal_subsistence": _seasonal_subsistence,
    "staffing_review": _staffing_review,
    "sector_minimum_wage": _sector_minimum_wage,
    "note_staffing_agency": _note_signal("staffing_agency", "info"),
    "note_remote_work": _note_signal("remote_work", "info"),
    "note_exchange_rate": _note_signal("exchange_rate", "review"),
    "note_dates_order": _note_dates_order,
    "note_hours_vs_percentage": _note_hours_vs_percentage,
    "note_monthly_vs_annual": _note_monthly_vs_annual,
}
