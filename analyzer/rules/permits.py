"""Which permit profile to check an offer against (``--permit auto|skilled|seasonal``), and why.

``auto`` (the default) reads it from the document: seasonal-work wording selects the seasonal profile whatever
the period, so that a seasonal offer longer than the six months UDI allows fails that rule instead of being
judged as a skilled-worker offer. The reason is always reported.
"""

from __future__ import annotations

from analyzer.model import ClauseScan, Fields


def choose_permit(requested: str, fields: Fields, clauses: ClauseScan) -> tuple[str, str]:
    """(permit, reason). ``auto`` picks seasonal when the offer speaks of seasonal work (sesongarbeid,
    harvest, onnearbeid, holiday stand-in...), skilled otherwise; the period is judged by the seasonal pack's
    own rule (UDI 2010-131: a seasonal permit is for up to six months), not here."""
    if requested != "auto":
        return requested, f"--permit {requested}"
    seasonal = clauses.get("seasonal")
    if not seasonal.present:
        return "skilled", "auto: no seasonal-work wording found, so the skilled-worker profile applies"
    evidence = seasonal.evidence[0] if seasonal.evidence else None
    cue = (
        evidence.note.split("'")[1]
        if evidence and evidence.note and evidence.note.count("'") >= 2
        else "seasonal"
    )
    where = f" on page {evidence.page}" if evidence else ""
    permanent = clauses.get("permanent")
    if permanent.present and not clauses.get("temporary").present:
        # A seasonal permit is temporary by nature: a permanent post that mentions seasonal work in passing
        # ("seasonal harvest work may be paid at ...") is a skilled-worker offer.
        quote = permanent.evidence[0].text if permanent.evidence else "permanent"
        return "skilled", (
            f"auto: seasonal-work wording ('{cue}'{where}) found, but the post is permanent (“{quote}”), "
            "so the skilled-worker profile applies; use --permit seasonal to check it as seasonal work"
        )
    start, end = fields.start_date.value, fields.end_date.value
    if end is None:
        end, _ = clauses.end_date()
    period = (
        f", period {start.isoformat()} to {end.isoformat()}" if start and end else ", no fixed period read"
    )
    return "seasonal", (
        f"auto: seasonal-work wording ('{cue}'{where}){period}, so the seasonal-worker profile applies; "
        "use --permit skilled to check it as a skilled-worker offer"
    )
