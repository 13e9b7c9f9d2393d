"""The numbers the law limits, read from the lines that state a clause: probation length, working hours.

Probation is read in months (weeks / 4.345, days / 30.4, number words in EN/NB/NN); working hours as weekly and
daily hours and the span of a clock range ("08:00-16:00", which may include breaks).
"""

from __future__ import annotations

import re

from analyzer.clauses.lines import row_value
from analyzer.model import ClauseHit, Line

_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "en": 1,
    "ett": 1,
    "ein": 1,
    "eitt": 1,
    "éin": 1,
    "to": 2,
    "tre": 3,
    "fire": 4,
    "fem": 5,
    "seks": 6,
    "sju": 7,
    "syv": 7,
    "åtte": 8,
    "ni": 9,
    "ti": 10,
    "elleve": 11,
    "tolv": 12,
}
_NUM = r"(\d+(?:[.,]\d+)?|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
_DURATION = re.compile(
    _NUM + r"\s*(?:\(\s*\d+\s*\)\s*)?"
    r"(måneder|månader|måned|månad|mnd\.?|months?|uker|veker|uke|veke|weeks?|dager|dagar|days?)s?\b",
    re.IGNORECASE,
)
_HALF_YEAR = re.compile(
    r"(?:et|eit|a|one)?\s*(?:halvt år|half a year|half year|6-month|six-month)", re.IGNORECASE
)


def _num(token: str) -> float:
    token = token.lower()
    return float(_NUMBER_WORDS[token]) if token in _NUMBER_WORDS else float(token.replace(",", "."))


def probation_months(text: str) -> float | None:
    """The first duration stated after the probation cue, in months (weeks / 4.345, days / 30.4)."""
    m = _DURATION.search(text)
    if m:
        n, unit = _num(m.group(1)), m.group(2).lower()
        if unit.startswith(("m",)):
            return n
        if unit.startswith(("u", "v", "w")):
            return round(n / 4.345, 2)
        return round(n / 30.4, 2)
    if _HALF_YEAR.search(text):
        return 6.0
    return None


_HOURS = re.compile(r"(\d{1,2}(?:[.,]\d{1,2})?)\s*(?:timer|timar|hours?|hrs?\.?|t\b|h\b)", re.IGNORECASE)
_WEEK_CUE = re.compile(r"uke|veke|week|ukentlig|vekentleg|weekly|vekearbeidstid|i uka|i veka", re.IGNORECASE)
_DAY_CUE = re.compile(r"daglig|dagleg|daily|per dag|pr\.? dag|a day|per day|om dagen|i døgnet", re.IGNORECASE)
_RANGE = re.compile(r"\b(\d{1,2})[:.](\d{2})\s*(?:-|–|til|to)\s*(\d{1,2})[:.](\d{2})\b")


def working_hours_values(text: str) -> dict[str, float]:
    """weekly / daily hours stated in one line; ``daily_span`` from a clock range (may include breaks)."""
    out: dict[str, float] = {}
    for m in _HOURS.finditer(text):
        hours = float(m.group(1).replace(",", "."))
        context = text[max(0, m.start() - 40) : m.end() + 25]
        if _WEEK_CUE.search(context) and 1 <= hours <= 100 and "weekly" not in out:
            out["weekly"] = hours
        elif _DAY_CUE.search(context) and 1 <= hours <= 24 and "daily" not in out:
            out["daily"] = hours
    r = _RANGE.search(text)
    if r:
        start = int(r.group(1)) + int(r.group(2)) / 60
        end = int(r.group(3)) + int(r.group(4)) / 60
        if end > start:
            out["daily_span"] = round(end - start, 2)
    return out


def read_numbers(
    hits: dict[str, ClauseHit], lines: list[Line], raw: dict[str, list[tuple[int, str]]]
) -> None:
    """Probation length in months, weekly and daily hours and the clock span, from the lines that state them."""
    if hits["probation"].present:
        for i, cue in raw["probation"]:
            text = lines[i].text
            pos = text.lower().find(cue.lower())
            # Prose wraps: "… a probation period of six" / "months." — read on into the next line, then back.
            nxt = lines[i + 1].text if i + 1 < len(lines) and not lines[i + 1].cells else ""
            prev = lines[i - 1].text if i > 0 and not lines[i - 1].cells else ""
            months = probation_months(text[pos:] + " " + nxt) if pos >= 0 else None
            if months is None:  # "seks måneders prøvetid": the length comes first
                months = probation_months(text) or probation_months(prev + " " + text)
            if months is not None:
                hits["probation"].values["months"] = months
                break
    if hits["working_hours"].present:
        values: dict[str, float] = {}
        for i, _cue in raw["working_hours"]:
            line = lines[i]
            text = line.text if not line.cells else " ".join(line.cells)
            for key, value in working_hours_values(text).items():
                values.setdefault(key, value)
        # A row labelled "weekly working hours" may give only the number of hours ("<n> timer").
        for i, _cue in raw["working_hours"]:
            line = lines[i]
            if line.cells and "weekly" not in values and _WEEK_CUE.search(line.cells[0]):
                m = _HOURS.search(row_value(line)) or re.search(r"(\d{1,2}(?:[.,]\d)?)", row_value(line))
                if m:
                    values["weekly"] = float(m.group(1).replace(",", "."))
            if line.cells and "daily" not in values and _DAY_CUE.search(line.cells[0]):
                m = _HOURS.search(row_value(line))
                if m:
                    values["daily"] = float(m.group(1).replace(",", "."))
        hits["working_hours"].values.update(values)
