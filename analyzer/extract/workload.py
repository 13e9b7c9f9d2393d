"""Position percentage and weekly hours.

A percentage counts only where it sizes the post ("stillingsprosent 80", "a 100 % position"); pension,
holiday-pay and overtime percentages are skipped. Hours give a percentage too (weekly hours over the full-time
hours of the rule packs in force, :class:`analyzer.model.ExtractionSettings`), shown as arithmetic, and a stated percentage that disagrees with the hours is a conflict for review.
"""

from __future__ import annotations

import re
from functools import cache

from analyzer.extract.base import Context, Proposal, Window, label_windows, resolve
from analyzer.extract.money import parse_number
from analyzer.model import ExtractedField
from analyzer.resources.lexicon import cue_regex, label_regex, phrase_set_regex, phrases_regex

PERCENT = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|prosent\b|percent\b|per cent\b|pct\b)", re.I
)
_HOURS = re.compile(
    r"(?<![\d.,])(\d{1,2}(?:[.,]\d{1,2})?)\s*(?:-\s*)?(?:timers?|timar|t\.|t\b|hours?|hrs\.?|h\b|tim\.)",
    re.IGNORECASE,
)
_PER_WEEK = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:per|pr\.?|i|a|each|every|/)\s*(?:uke[n]?|uka|veke|veka|week|arbeidsuke|arbeidsveke)\b"
    r"|^\s*(?:uke|week|arbeidsuke|veke)\b|^\s*weekly|^\s*(?:ukentlig|vekentleg)",
    re.IGNORECASE,
)
_PER_DAY = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:per|pr\.?|i|a|each|every|/)\s*(?:dag(?:en)?|day|arbeidsdag|working day)\b"
    r"|^\s*(?:daglig|dagleg|daily)",
    re.IGNORECASE,
)
# A bare number right after a label: "Stillingsprosent: 80", "Timer per uke | 37,5". Never the start of a date
# ("01.08.2026" is not 1.08 hours), hence no digit after the closing punctuation.
_BARE_PCT = re.compile(
    r"\s*[:\-–]?\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:$|[.;,|](?!\d)|\s+(?:stilling|position))", re.I
)
_BARE = re.compile(r"\s*[:\-–]?\s*(\d{1,2}(?:[.,]\d{1,2})?)\s*(?:$|[.;,|](?!\d))")
_WEEK_WORDS = re.compile(r"ukentlig|vekentleg|weekly|per week|pr\.? uke|per uke|per veke|i uka|i veka", re.I)
_DAY_WORDS = re.compile(r"daglig|dagleg|daily|per dag|per day|pr\.? dag", re.I)
# "FTE: 0.8", "0,8 årsverk": a post's share of full time written as a fraction.
_FRACTION = re.compile(r"0[.,]\d{1,3}|1[.,]0{1,3}")
_FRACTION_IN_TEXT = re.compile(r"(?<![\d.,])(0[.,]\d{1,3}|1[.,]0{1,3})\s*")


def _threshold(text: str, start: int, end: int) -> bool:
    """'appointed at 25% or greater', 'minst 50 %': a percentage that is a threshold, not this post's size."""
    after = phrases_regex("position_threshold_after").match(text[end : end + 25].lstrip(" )"))
    before = phrases_regex("position_threshold_before").search(text[max(0, start - 15) : start])
    return bool(after) or bool(before and not text[max(0, start - 15) : start][before.end() :].strip())


def extract_weekly_hours(ctx: Context) -> ExtractedField[float]:
    proposals: list[Proposal[float]] = []
    limit = cue_regex("limit")
    range_note: str | None = None
    for window in label_windows(ctx, label_regex("weekly_hours", ctx.language), span=90):
        m = (
            _HOURS.search(window.text[:60])
            or _bare_after_label(window)
            or _NUMBER_PER_WEEK.search(window.text[:40])
        )
        if not m or _box_state(window.text, m.start()) is False:
            continue
        hours = parse_number(m.group(1))
        if hours is None or not 1 <= hours <= 120:
            continue
        if _is_range(window.text[: m.start()]):
            range_note = _RANGE_NOTE
            continue
        after = window.text[m.end() :]
        seg = window.label_segment
        pos = seg.text.find(window.label_text)
        label = seg.text[max(0, pos - 25) : max(pos, 0)] + window.label_text + " " + window.text[: m.start()]
        per_day = bool(_PER_DAY.search(after)) or (
            bool(_DAY_WORDS.search(label)) and not _PER_WEEK.search(after)
        )
        if limit.search(window.text[: m.start()]):
            continue
        if _per_fortnight(after):
            weekly, note = hours / 2, f"{hours:g} h per fortnight ÷ 2 = {hours / 2:g} h/week"
        elif per_day:
            weekly, note = hours * 5, f"{hours:g} h/day × 5 days = {hours * 5:g} h/week"
        else:
            weekly, note = hours, f"{hours:g} h/week"
        if not 1 <= weekly <= 60:
            continue
        line_index = window.line_indices[0] if window.same_segment else window.line_indices[-1]
        proposals.append(Proposal(weekly, 0.9, [ctx.evidence(line_index, note=note)]))
    for i, line in enumerate(ctx.lines):
        if line.block in ("header", "footer"):
            continue
        for m in _HOURS.finditer(line.text):
            hours = parse_number(m.group(1))
            if hours is None or _box_state(line.text, m.start()) is False:
                continue
            after = line.text[m.end() :]
            if _per_fortnight(after):
                weekly, note = hours / 2, f"{hours:g} h per fortnight ÷ 2 = {hours / 2:g} h/week"
            elif _PER_WEEK.search(after) or re.match(r"\s*-?\s*(?:uke|week|veke)", after, re.I):
                weekly, note = hours, f"{hours:g} h/week"
            elif _PER_DAY.search(after):
                weekly, note = hours * 5, f"{hours:g} h/day × 5 days = {hours * 5:g} h/week"
            else:
                continue
            cues = ctx.cues_near(i, m.start(), m.end())
            if "limit" in cues or limit.search(line.text[max(0, m.start() - 30) : m.start()]):
                continue
            if _is_range(line.text[: m.start()]):
                range_note = _RANGE_NOTE
                continue
            if 1 <= weekly <= 60:
                proposals.append(Proposal(weekly, 0.7, [ctx.evidence(i, note=note, focus=m.group(0))]))
    return resolve(proposals, same=lambda a, b: abs(a - b) < 0.01, note=None if proposals else range_note)


_RANGE_NOTE = "a range of hours, not one agreed figure: review"
# "3.5 Hours of Work 7": a bare number after a label counts only as a form value, after ":" / "-" or in a cell.
_SEPARATED = re.compile(r"\s*[:\-–]")
# "37.5 per week": the unit left out, the period stated.
_NUMBER_PER_WEEK = re.compile(
    r"(?<![\d.,])(\d{1,2}(?:[.,]\d{1,2})?)(?=\s*(?:per|pr\.?|a|/|i)\s*(?:week|uke[n]?|uka|veke|veka)\b)", re.I
)


def _bare_after_label(window: Window) -> re.Match[str] | None:
    m = _BARE.match(window.rest or window.text)
    if m is None:
        return None
    if window.same_segment and window.label_segment.cell is None and not _SEPARATED.match(window.rest):
        return None
    return m


@cache
def _range_regex() -> re.Pattern[str]:
    """The end of a range just before a figure: '3–' of '3–5 timer', '10 and ' of 'between 10 and 15 hours'."""
    join = phrases_regex("hours_range_join").pattern
    return re.compile(rf"(?<![\d.,])\d{{1,3}}(?:[.,]\d{{1,2}})?\s*(?:[-–—]|{join})\s*$", re.IGNORECASE)


def _is_range(before: str) -> bool:
    return bool(_range_regex().search(before[-20:]))


def _per_fortnight(after: str) -> bool:
    """'76 hours per fortnight' (Australian awards), 'per 14 dager'."""
    m = phrases_regex("hours_per_fortnight").search(after[:25])
    return bool(m and not after[: m.start()].strip(" .,"))


@cache
def _box_regex() -> re.Pattern[str]:
    ticked = phrases_regex("checkbox_ticked").pattern
    unticked = phrases_regex("checkbox_unticked").pattern
    return re.compile(rf"(?P<ticked>{ticked})|(?P<unticked>{unticked})", re.IGNORECASE)


def _box_state(text: str, pos: int) -> bool | None:
    """Is the tick box whose caption holds ``pos`` ticked (True), unticked (False), or is there none (None)?

    A caption runs from its box to the next box on the line: "☐ 100 % stilling ☒ Deltid: 40 %". (Kept here as
    base.py offers no shared checkbox reader yet.)"""
    state: bool | None = None
    for m in _box_regex().finditer(text, 0, pos):
        state = m.group("ticked") is not None
    return state


def extract_position_percentage(
    ctx: Context, weekly_hours: ExtractedField[float], full_time_hours: float | None = None
) -> ExtractedField[float]:
    """``full_time_hours`` (from the rule packs; None when none is in force) turns weekly hours into a percentage."""
    proposals: list[Proposal[float]] = []
    not_size = cue_regex("not_base_pay")
    for concept, score in (("position_percentage", 0.9), ("job_title", 0.75)):
        for window in label_windows(ctx, label_regex(concept, ctx.language), span=60):
            seg = window.label_segment
            if _box_state(seg.text, max(0, seg.text.find(window.label_text))) is False:
                continue  # "☐ Stillingsprosent 100 %": the whole caption is unticked
            m = next(
                (
                    p
                    for p in PERCENT.finditer(window.text[:40])
                    if _box_state(window.text, p.start()) is not False
                ),
                None,
            )
            fraction = None
            if m is None and concept == "position_percentage":
                m = _BARE_PCT.match(window.rest or window.text)
                fraction = _FRACTION.fullmatch(m.group(1)) if m else None
            if not m or not_size.search(window.text[: m.start()]) or not_size.search(window.label_text):
                continue
            if _threshold(window.text, m.start(), m.end()):
                continue
            pct = parse_number(m.group(1))
            why = f"after label '{window.label_text}'"
            if pct is not None and fraction:
                pct, why = round(pct * 100, 1), f"{why}: {m.group(1)} × 100 = {pct * 100:g} %"
            if pct is None or not 0 < pct <= 100:
                continue
            line_index = window.line_indices[0] if window.same_segment else window.line_indices[-1]
            proposals.append(
                Proposal(pct, score, [ctx.evidence(line_index, note=why, focus=window.label_text)])
            )
    full = phrase_set_regex("full_time")
    part = phrase_set_regex("part_time")
    not_full_size = phrases_regex("full_time_not_size")
    fraction_units = phrases_regex("position_fraction_units")
    for i, line in enumerate(ctx.lines):
        if line.block in ("header", "footer"):
            continue
        for m in PERCENT.finditer(line.text):
            box = _box_state(line.text, m.start())
            if box is False:
                continue
            cues = ctx.cues_near(i, m.start(), m.end())
            if "not_base_pay" in cues or _threshold(line.text, m.start(), m.end()):
                continue
            score = 0.85 if box else 0.75
            if "position_size" not in cues and not box:
                # "Fast ansettelse i deltidsstilling, 60 %": the cue sits in the same sentence, not the same clause.
                start, end = ctx.nlp[i].sentence_of(m.start())
                sentence_cues = ctx.nlp[i].cues_between(start, end)
                if "position_size" not in sentence_cues or "not_base_pay" in sentence_cues:
                    continue
                score = 0.65
            pct = parse_number(m.group(1))
            if pct is not None and 0 < pct <= 100:
                proposals.append(
                    Proposal(
                        pct, score, [ctx.evidence(i, note="percentage sizing the post", focus=m.group(0))]
                    )
                )
        for m in _FRACTION_IN_TEXT.finditer(line.text):
            unit = fraction_units.match(line.text, m.end())
            value = parse_number(m.group(1))
            if (
                unit is None
                or value is None
                or not 0 < value <= 1
                or _box_state(line.text, m.start()) is False
            ):
                continue
            pct = round(value * 100, 1)
            why = f"{m.group(1)} {unit.group(0)} × 100 = {pct:g} %"
            proposals.append(Proposal(pct, 0.8, [ctx.evidence(i, note=why, focus=m.group(0))]))
        for m in full.finditer(line.text):
            tail = line.text[m.end() : m.end() + 14].lower()
            if "equivalent" in tail or "ekvivalent" in tail:
                continue
            box = _box_state(line.text, m.start())
            if box is False or not_full_size.search(line.text[max(0, m.start() - 30) : m.start()]):
                continue  # an unticked box; "devote their full time and attention"
            cues = ctx.cues_near(i, m.start(), m.end())
            if "limit" in cues:
                continue
            if not box and any(
                _box_state(line.text, p.start()) is not False for p in part.finditer(line.text)
            ):
                continue  # "full-time or part-time": no decision from wording
            proposals.append(
                Proposal(
                    100.0,
                    0.85 if box else 0.7,
                    [ctx.evidence(i, note=f"'{m.group(0)}' = 100 %", focus=m.group(0))],
                )
            )
    note = None
    if weekly_hours.value is not None and full_time_hours:
        pct = round(min(100.0, weekly_hours.value / full_time_hours * 100), 1)
        evidence = [
            e.model_copy(
                update={"note": f"{weekly_hours.value:g} h/week ÷ {full_time_hours:g} h = {pct:g} %"}
            )
            for e in weekly_hours.evidence[:1]
        ]
        proposals.append(Proposal(pct, 0.65, evidence))
    elif weekly_hours.value is not None:
        note = (
            "not worked out from the weekly hours: no rule pack gives full-time hours in force on that date"
        )
    return resolve(proposals, same=lambda a, b: abs(a - b) < 0.5, note=note if not proposals else None)
