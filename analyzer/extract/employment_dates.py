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
from analyzer.resources.lexicon import cue_regex, label_regex, phrase_set_regex

_RANGE_JOIN = re.compile(
    r"^\s*(?:-|–|til og med|til|to|until|through|till|tom\.?|t\.o\.m\.?)\s*$", re.IGNORECASE
)
_PERIOD_CUE = re.compile(
    r"periode|period|engasjement|vikariat|midlertidig|mellombels|fixed[- ]term|temporary|sesong|season|"
    r"ansatt|tilsett|employ|kontrakt|contract|avtale",
    re.IGNORECASE,
)
# An end label right after these words is about the offer, not the job: "Tilbudet gjelder til 19. mars".
_ABOUT_THE_OFFER = re.compile(
    r"tilbud|tilbod|offer|svar|reply|respond|aksept|accept|frist|deadline", re.IGNORECASE
)
# End labels that are too general to trust when the document says the post is permanent.
_WEAK_END = re.compile(
    r"^(?:until|til og med|gjelder til|gjeld til|varer til|ansatt til|tilsett til)$", re.IGNORECASE
)
_NOT_EMPLOYMENT = re.compile(r"tariff|overenskomst|agreement period|prøvetid|probation|trial", re.IGNORECASE)


def _dates_in_window(text: str, day_first: bool) -> list[FoundDate]:
    return find_dates(text, day_first=day_first)


def extract_dates(ctx: Context) -> tuple[ExtractedField[dt.date], ExtractedField[dt.date]]:
    day_first = ctx.language != "en"
    not_start = cue_regex("not_start")
    starts: list[Proposal[dt.date]] = []
    ends: list[Proposal[dt.date]] = []
    for concept, bucket in (("start_date", starts), ("end_date", ends)):
        for window in label_windows(ctx, label_regex(concept, ctx.language), span=110):
            seg = window.label_segment
            pos = seg.text.find(window.label_text)
            head = re.split(r"[.!?;]\s", seg.text[max(0, pos - 60) : pos])[-1] if pos >= 0 else ""
            if not_start.search(head) or not_start.search(window.label_text):
                continue
            if _NOT_EMPLOYMENT.search(head + window.label_text):
                continue
            if concept == "end_date" and _ABOUT_THE_OFFER.search(head):
                continue
            for found in _dates_in_window(window.text, day_first):
                gap = window.text[: found.start]
                if len(gap) > 70 or not_start.search(gap) or _NOT_EMPLOYMENT.search(gap):
                    break
                score = 0.9 if window.same_segment else 0.85
                if found.ambiguous:
                    score -= 0.25
                if len(gap) > 35:
                    score -= 0.1
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
    start = resolve(starts)
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
    return start, resolve(ends, note=end_note)


def _periods(
    ctx: Context, day_first: bool, starts: list[Proposal[dt.date]], ends: list[Proposal[dt.date]]
) -> None:
    """'fra 1. juni 2026 til 30. september 2026', 'from 1 June to 30 September 2026' style periods."""
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
            if not _RANGE_JOIN.match(text[a.end : b.start]) or b.value <= a.value:
                continue
            before = text[max(0, a.start - 60) : a.start]
            if _NOT_EMPLOYMENT.search(before) or not _PERIOD_CUE.search(before + text[b.end : b.end + 30]):
                continue
            ev = [ctx.evidence(i, note="employment period")]
            starts.append(Proposal(a.value, 0.75, ev))
            ends.append(Proposal(b.value, 0.75, ev))
