"""Dates with day, month and year, as written in Norwegian and English contracts.

A date is only accepted with all three parts: "1. mars" alone or "1.8." is not a date here. Numeric dates are
day-first (Norwegian and European usage; "25-07-2026" only with a four-digit year); an English slash date that could
be month-first is flagged ambiguous.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from analyzer.resources.lexicon import month_table


@dataclass(frozen=True)
class FoundDate:
    value: dt.date
    start: int
    end: int
    ambiguous: bool = False


@cache
def _date_regex() -> re.Pattern[str]:
    names = sorted(month_table(), key=len, reverse=True)
    month = "(?P<mon>" + "|".join(re.escape(n) for n in names) + r")\.?"
    month2 = "(?P<mon2>" + "|".join(re.escape(n) for n in names) + r")\.?"
    day = r"(?P<day>[0-3]?\d)(?:\.|st|nd|rd|th)?"
    day2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
    year = r"(?P<year>(?:19|20)\d\d)"
    year2 = r"(?P<year2>(?:19|20)\d\d)"
    patterns = [
        r"(?P<iso>(?P<iy>(?:19|20)\d\d)-(?P<im>[01]?\d)-(?P<id>[0-3]?\d))(?!\d)",
        r"(?P<num>(?P<nd>[0-3]?\d)[./](?P<nm>[01]?\d)[./](?P<ny>(?:19|20)?\d\d))(?![\d.]\d)",
        # "25-07-2026" (Indian and Pakistani letters): hyphens only with a four-digit year, so that a phone
        # number or a range such as "10-12-15" is no date.
        r"(?P<dash>(?P<hd>[0-3]?\d)-(?P<hm>[01]?\d)-(?P<hy>(?:19|20)\d\d))(?![\d-])",
        rf"{day}\s*(?:of\s+|de\s+)?{month}[\s,]+{year}",
        rf"{month2}\s+{day2},?\s+{year2}",
    ]
    return re.compile(r"(?<![\w.])(?:" + "|".join(patterns) + r")(?!\w)", re.IGNORECASE)


def find_dates(text: str, day_first: bool = True) -> list[FoundDate]:
    out: list[FoundDate] = []
    months = month_table()
    for m in _date_regex().finditer(text):
        g = m.groupdict()
        ambiguous = False
        try:
            if g["iso"]:
                value = dt.date(int(g["iy"]), int(g["im"]), int(g["id"]))
            elif g["num"]:
                d, mo, y = int(g["nd"]), int(g["nm"]), int(g["ny"])
                if y < 100:
                    y += 2000
                if "/" in g["num"] and not day_first and d <= 12 and mo <= 12 and d != mo:
                    ambiguous = True
                value = dt.date(y, mo, d)
            elif g["dash"]:
                d, mo = int(g["hd"]), int(g["hm"])
                ambiguous = not day_first and d <= 12 and mo <= 12 and d != mo
                value = dt.date(int(g["hy"]), mo, d)
            elif g["mon"]:
                value = dt.date(int(g["year"]), months[g["mon"].lower()], int(g["day"]))
            else:
                value = dt.date(int(g["year2"]), months[g["mon2"].lower()], int(g["day2"]))
        except (ValueError, KeyError):
            continue
        out.append(FoundDate(value=value, start=m.start(), end=m.end(), ambiguous=ambiguous))
    return out
