"""Work location: where the work is done, not the letterhead, head office or postal address."""

from __future__ import annotations

import re

from analyzer.extract.base import Context, Proposal, label_windows, resolve
from analyzer.extract.lexicon import label_regex
from analyzer.model import ExtractedField

_KEY_ONLY = re.compile(r"^(?:location|sted|stad|lokalisert|stasjonert|based (?:in|at))$", re.IGNORECASE)
_LEAD = re.compile(r"^\s*(?:[:\-–]\s*)?(?:(?:er|is|will be|skal vere|skal være|blir|vil være|i|in|at|ved|på|til)\s+)+", re.I)
_END = re.compile(r"\s*(?:;|\||\(|\.\s+(?=[A-ZÆØÅ])|\.$|,\s*(?:men|but|og|and|der|where|hvor|kor)\b|\s{3,}|\bog\s+(?=[a-zæøå])|\band\s+(?=[a-z]))")


def extract_work_location(ctx: Context) -> ExtractedField[str]:
    proposals: list[Proposal[str]] = []
    for window in label_windows(ctx, label_regex("work_location"), span=110):
        key_only = bool(_KEY_ONLY.match(window.label_text.strip()))
        if window.same_segment and key_only and not re.match(r"\s*[:\-–]", window.text):
            continue
        value = _LEAD.sub("", window.text.split(" | ")[0] if window.same_segment else window.text)
        value = re.sub(r"^\s*(?:\([^)]*\))?\s*[:\-–]?\s*", "", value)
        m = _END.search(value)
        if m and m.start() > 0:
            value = value[: m.start()]
        value = value.strip(" ,.:-–")
        if not value or len(value) < 2 or len(value) > 90 or not value[0].isalnum():
            continue
        if not any(ch.isupper() for ch in value[:40]):
            continue  # a place name starts with a capital letter; "varierer etter behov" is no place
        line_index = window.line_indices[0] if window.same_segment else window.line_indices[-1]
        score = 0.88 if not key_only else 0.75
        cues = ctx.cues_near(line_index, 0, len(ctx.lines[line_index].text))
        if "head_office" in cues:
            score -= 0.4
        proposals.append(Proposal(value, round(score, 3), [ctx.evidence(line_index, note=f"after label '{window.label_text}'")]))
    return resolve(proposals, same=lambda a, b: a.lower() in b.lower() or b.lower() in a.lower())
