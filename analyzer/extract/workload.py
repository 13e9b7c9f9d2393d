"""Position percentage and weekly hours.

A percentage counts only where it sizes the post ("stillingsprosent 80", "a 100 % position"); pension,
holiday-pay and overtime percentages are skipped. Hours give a percentage too (weekly hours over the full-time
hours of the rule packs in force, :class:`analyzer.model.ExtractionSettings`), shown as arithmetic, and a stated percentage that disagrees with the hours is a conflict for review.
"""

from __future__ import annotations

import re

from analyzer.extract.base import Context, Proposal, label_windows, resolve
from analyzer.extract.money import parse_number
from analyzer.model import ExtractedField
from analyzer.resources.lexicon import cue_regex, label_regex, phrase_set_regex

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


def extract_weekly_hours(ctx: Context) -> ExtractedField[float]:
    proposals: list[Proposal[float]] = []
    limit = cue_regex("limit")
    for window in label_windows(ctx, label_regex("weekly_hours", ctx.language), span=90):
        m = _HOURS.search(window.text[:60]) or _BARE.match(window.rest or window.text)
        if not m:
            continue
        hours = parse_number(m.group(1))
        if hours is None or not 1 <= hours <= 60:
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
        weekly = hours * 5 if per_day else hours
        if not 1 <= weekly <= 60:
            continue
        note = f"{hours:g} h/day × 5 days = {weekly:g} h/week" if per_day else f"{weekly:g} h/week"
        line_index = window.line_indices[0] if window.same_segment else window.line_indices[-1]
        proposals.append(Proposal(weekly, 0.9, [ctx.evidence(line_index, note=note)]))
    for i, line in enumerate(ctx.lines):
        if line.block in ("header", "footer"):
            continue
        for m in _HOURS.finditer(line.text):
            hours = parse_number(m.group(1))
            if hours is None:
                continue
            after = line.text[m.end() :]
            if _PER_WEEK.search(after) or re.match(r"\s*-?\s*(?:uke|week|veke)", after, re.I):
                weekly, note = hours, f"{hours:g} h/week"
            elif _PER_DAY.search(after):
                weekly, note = hours * 5, f"{hours:g} h/day × 5 days = {hours * 5:g} h/week"
            else:
                continue
            cues = ctx.cues_near(i, m.start(), m.end())
            if "limit" in cues or limit.search(line.text[max(0, m.start() - 30) : m.start()]):
                continue
            if 1 <= weekly <= 60:
                proposals.append(Proposal(weekly, 0.7, [ctx.evidence(i, note=note, focus=m.group(0))]))
    return resolve(proposals, same=lambda a, b: abs(a - b) < 0.01)


def extract_position_percentage(
    ctx: Context, weekly_hours: ExtractedField[float], full_time_hours: float | None = None
) -> ExtractedField[float]:
    """``full_time_hours`` (from the rule packs; None when none is in force) turns weekly hours into a percentage."""
    proposals: list[Proposal[float]] = []
    not_size = cue_regex("not_base_pay")
    for concept, score in (("position_percentage", 0.9), ("job_title", 0.75)):
        for window in label_windows(ctx, label_regex(concept, ctx.language), span=60):
            m = PERCENT.search(window.text[:40])
            if m is None and concept == "position_percentage":
                m = _BARE_PCT.match(window.rest or window.text)
            if not m or not_size.search(window.text[: m.start()]) or not_size.search(window.label_text):
                continue
            pct = parse_number(m.group(1))
            if pct is None or not 0 < pct <= 100:
                continue
            line_index = window.line_indices[0] if window.same_segment else window.line_indices[-1]
            proposals.append(
                Proposal(
                    pct,
                    score,
                    [
                        ctx.evidence(
                            line_index, note=f"after label '{window.label_text}'", focus=window.label_text
                        )
                    ],
                )
            )
    full = phrase_set_regex("full_time")
    part = phrase_set_regex("part_time")
    for i, line in enumerate(ctx.lines):
        if line.block in ("header", "footer"):
            continue
        for m in PERCENT.finditer(line.text):
            cues = ctx.cues_near(i, m.start(), m.end())
            if "not_base_pay" in cues:
                continue
            score = 0.75
            if "position_size" not in cues:
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
        for m in full.finditer(line.text):
            tail = line.text[m.end() : m.end() + 14].lower()
            if "equivalent" in tail or "ekvivalent" in tail:
                continue
            cues = ctx.cues_near(i, m.start(), m.end())
            if "limit" in cues:
                continue
            if part.search(line.text):
                continue  # "full-time or part-time": no decision from wording
            proposals.append(
                Proposal(100.0, 0.7, [ctx.evidence(i, note=f"'{m.group(0)}' = 100 %", focus=m.group(0))])
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
