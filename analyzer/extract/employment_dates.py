"""Start and end of employment.

Only dates tied to a start or end label, or to a "from X to Y" period, are candidates: the letter date,
reply-by date and signature date are never picked because they are merely the only date in sight.
"""

from __future__ import annotations

import datetime as dt
import re

from analyzer.extract.base import Context, Proposal, label_windows, resolve
from analyzer.extract.dates import FoundDate, find_dates
from analyzer.model import ExtractedField
from analyzer.resources.lexicon import cue_regex, label_regex, phrase_set_regex, phrases_regex

# End labels that are too general to trust when the document says the post is permanent.
_WEAK_END = re.compile(
    r"^(?:until|til og med|gjelder til|gjeld til|varer til|ansatt til|tilsett til)$", re.IGNORECASE
)
# "for a period of six (6) months", "for en periode på 6 måneder": the number, then its unit (grammar; the
# intro words and units are lexicon data).
_DURATION_NUMBER = re.compile(r"\s*(?:[^\W\d]+\s*)?\(?\s*(\d{1,2})\s*\)?\s*")


def _range_join(gap: str) -> bool:
    """Is the text between two dates a range join ("-", "til", "to", "till och med")?"""
    gap = gap.strip()
    return gap in ("-", "–", "—") or bool(phrases_regex("date_range_join").fullmatch(gap))


def _dates_in_window(text: str, day_first: bool) -> list[FoundDate]:
    return find_dates(text, day_first=day_first)


def extract_dates(ctx: Context) -> tuple[ExtractedField[dt.date], ExtractedField[dt.date]]:
    day_first = ctx.language != "en"
    not_start = cue_regex("not_start")
    not_employment = phrases_regex("date_not_employment")
    about_offer = phrases_regex("date_about_the_offer")
    relative = phrases_regex("start_relative")
    starts: list[Proposal[dt.date]] = []
    ends: list[Proposal[dt.date]] = []
    relative_note: str | None = None
    for concept, bucket in (("start_date", starts), ("end_date", ends)):
        for window in label_windows(ctx, label_regex(concept, ctx.language), span=110):
            seg = window.label_segment
            pos = seg.text.find(window.label_text)
            head = re.split(r"[.!?;]\s", seg.text[max(0, pos - 60) : pos])[-1] if pos >= 0 else ""
            if not_start.search(head) or not_start.search(window.label_text):
                continue
            if not_employment.search(head + " " + window.label_text):
                continue
            if concept == "end_date" and about_offer.search(head):
                continue
            found_dates = _dates_in_window(window.text, day_first)
            first_gap = window.text[: found_dates[0].start] if found_dates else window.text[:70]
            hedged = concept == "start_date" and (m := relative.search(first_gap)) is not None
            if hedged and m is not None and not found_dates:
                # "Start date: within 30 days of acceptance", "Tiltredelse etter nærmere avtale": a start that
                # depends on an event is no date; the field says so.
                relative_note = f"start relative to an event ('{m.group(0)}'): no date"
                continue
            for found in found_dates:
                gap = window.text[: found.start]
                if len(gap) > 70 or not_start.search(gap) or not_employment.search(gap):
                    break
                score = 0.9 if window.same_segment else 0.85
                if found.ambiguous:
                    score -= 0.25
                if len(gap) > 35:
                    score -= 0.1
                if hedged:
                    score -= 0.15  # "etter avtale, senest 1. mars 2026": the date is a bound, so less sure
                line_index = window.line_indices[0] if window.same_segment else window.line_indices[-1]
                bucket.append(
                    Proposal(
                        found.value,
                        score,
                        [
                            ctx.evidence(
                                line_index, note=f"after label '{window.label_text}'", focus=window.label_text
                            )
                        ],
                    )
                )
                break
    _periods(ctx, day_first, starts, ends)
    start = resolve(starts, note=None if starts else relative_note)
    permanent = phrase_set_regex("permanent")
    if any(permanent.search(line.text) for line in ctx.lines):
        ends = [
            p
            for p in ends
            if not any(
                _WEAK_END.match(e.note.removeprefix("after label '").rstrip("'"))
                for e in p.evidence
                if e.note
            )
        ]
    end_note = None
    if not ends:
        for i, line in enumerate(ctx.lines):
            if permanent.search(line.text):
                end_note = "permanent post: no end date"
                end = ExtractedField[dt.date](note=end_note, evidence=[ctx.evidence(i)], confidence=0.8)
                return start, end
        if start.value is not None and not start.conflict:
            ends.extend(_end_from_duration(ctx, start.value))
    return start, resolve(ends, note=end_note)


def _end_from_duration(ctx: Context, start: dt.date) -> list[Proposal[dt.date]]:
    """'for a period of 6 months', 'for en periode på 6 måneder' after a known start: the end date worked out
    (start + period − 1 day), with the arithmetic in the evidence. Only where the sentence is about the
    employment itself, never a probation, notice or trial period."""
    intro = phrases_regex("end_duration_intro")
    units = {
        "month": phrases_regex("duration_months"),
        "week": phrases_regex("duration_weeks"),
        "year": phrases_regex("duration_years"),
    }
    period_cues = phrases_regex("date_period_cues")
    not_employment = phrases_regex("date_not_employment")
    out: list[Proposal[dt.date]] = []
    for i, line in enumerate(ctx.lines):
        if line.block in ("header", "footer"):
            continue
        for m in intro.finditer(line.text):
            num = _DURATION_NUMBER.match(line.text, m.end())
            if not num:
                continue
            tail = line.text[num.end() :]
            unit = next((u for u, rx in units.items() if rx.match(tail)), None)
            if unit is None:
                continue
            s, e = ctx.nlp[i].sentence_of(m.start())
            sentence = line.text[s:e]
            if not_employment.search(sentence) or not period_cues.search(sentence.replace(m.group(0), " ")):
                continue
            n = int(num.group(1))
            if not 1 <= n <= (60 if unit == "month" else 260 if unit == "week" else 5):
                continue
            end = _end_after(start, n, unit)
            note = f"start {start.isoformat()} + {n} {unit}{'s' if n > 1 else ''} − 1 day = {end.isoformat()}"
            out.append(Proposal(end, 0.6, [ctx.evidence(i, note=note, focus=m.group(0))]))
    return out


def _end_after(start: dt.date, n: int, unit: str) -> dt.date:
    """The last day of n weeks, months or years from start: the day before the same date n units on, or the
    month's last day when that date does not exist (1 month from 31 January ends on 28 or 29 February)."""
    if unit == "week":
        return start + dt.timedelta(weeks=n, days=-1)
    months = n * (12 if unit == "year" else 1)
    y, mo = divmod(start.month - 1 + months, 12)
    year, month = start.year + y, mo + 1
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    if start.day > last:
        return dt.date(year, month, last)
    return dt.date(year, month, start.day) - dt.timedelta(days=1)


def _periods(
    ctx: Context, day_first: bool, starts: list[Proposal[dt.date]], ends: list[Proposal[dt.date]]
) -> None:
    """'fra 1. juni 2026 til 30. september 2026', 'from 1 June to 30 September 2026' style periods."""
    not_employment = phrases_regex("date_not_employment")
    period_cues = phrases_regex("date_period_cues")
    for i, line in enumerate(ctx.lines):
        if line.block in ("header", "footer"):
            continue
        text = line.text
        if i + 1 < len(ctx.lines) and ctx.lines[i + 1].page == line.page:
            text = text + " " + ctx.lines[i + 1].text
        found = find_dates(text, day_first=day_first)
        for a, b in zip(found, found[1:], strict=False):
            if a.start >= len(line.text):
                break
            if not _range_join(text[a.end : b.start]) or b.value <= a.value:
                continue
            before = text[max(0, a.start - 60) : a.start]
            if not_employment.search(before) or not period_cues.search(
                before + " " + text[b.end : b.end + 30]
            ):
                continue
            ev = [ctx.evidence(i, note="employment period")]
            starts.append(Proposal(a.value, 0.75, ev))
            ends.append(Proposal(b.value, 0.75, ev))
