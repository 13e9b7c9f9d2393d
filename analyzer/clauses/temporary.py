"""Temporary or permanent: an end date, or a temporary cue that no permanent one overrides; the post's length.

The length (months) feeds the probation rule (at most half of a temporary post); the end read from the duration
clause (``end_ordinal``) stands in for an end_date field the extractors did not find.
"""

from __future__ import annotations

from analyzer.clauses.values import probation_months
from analyzer.extract.dates import find_dates
from analyzer.model import ClauseHit, Fields


def decide_temporary(hits: dict[str, ClauseHit], fields: Fields | None) -> None:
    """Temporary when an end date was read, or a temporary cue is stated and no permanent one overrides it."""
    end = fields.end_date.value if fields is not None else None
    temporary = hits["temporary"]
    if end is not None:
        ev = fields.end_date.evidence[:1] if fields is not None else []
        temporary.present = True
        temporary.evidence = temporary.evidence + list(ev)
        temporary.note = f"end date {end.isoformat()}"
        if not hits["duration"].present:
            hits["duration"] = ClauseHit(present=True, evidence=list(ev), note="from the end_date field")
    elif temporary.present and hits["permanent"].present:
        temporary.present = False
        temporary.note = "temporary and permanent cues both found; no end date: treated as permanent"
    start = fields.start_date.value if fields is not None else None
    if start is not None and end is not None:
        days = (end - start).days
        if days > 0:
            temporary.values["months"] = round(days / 30.44, 2)
    if temporary.present and "months" not in temporary.values:
        # The end date or length from the duration clause itself ("til 31. august 2026", "for six months").
        for line_ev in hits["duration"].evidence:
            later = [d.value for d in find_dates(line_ev.text) if start is not None and d.value > start]
            if later:
                temporary.values["months"] = round((max(later) - start).days / 30.44, 2)  # type: ignore[operator]
                temporary.values["end_ordinal"] = max(later).toordinal()
                temporary.evidence.append(line_ev)
                break
            months = probation_months(line_ev.text)
            if months is not None:
                temporary.values["months"] = months
                break
