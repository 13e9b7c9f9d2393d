"""Which permit profile to check an offer against (``--permit auto|skilled|seasonal``), and why."""

from __future__ import annotations

from typing import TYPE_CHECKING

from analyzer.model import Fields

if TYPE_CHECKING:
    from analyzer.extract.clauses import ClauseScan

SEASONAL_MAX_MONTHS = 6


def choose_permit(requested: str, fields: Fields, clauses: ClauseScan) -> tuple[str, str]:
    """(permit, reason). ``auto`` picks seasonal when the offer speaks of seasonal work (sesongarbeid, harvest,
    onnearbeid, holiday stand-in...) and is fixed-term within six months (UDI 2010-131: a seasonal permit is for
    up to six months); otherwise skilled."""
    from analyzer.rules.checks.seasonal import add_months

    if requested != "auto":
        return requested, f"--permit {requested}" + (" (the default)" if requested == "skilled" else "")
    seasonal = clauses.get("seasonal")
    if not seasonal.present:
        return "skilled", "auto: no seasonal-work wording found, so the skilled-worker profile applies"
    cue = (
        seasonal.evidence[0].note.split("'")[1]
        if seasonal.evidence and seasonal.evidence[0].note
        else "seasonal"
    )
    from analyzer.extract.clauses import end_date_from_clauses

    start, end = fields.start_date.value, fields.end_date.value
    if end is None:
        end, _ = end_date_from_clauses(clauses)
    if start is None or end is None:
        return "skilled", (
            f"auto: seasonal wording ('{cue}') found, but no fixed period (start and end date) was read, so the "
            "skilled-worker profile applies; use --permit seasonal to check it as seasonal work"
        )
    latest = add_months(start, SEASONAL_MAX_MONTHS)
    if end > latest:
        return "skilled", (
            f"auto: seasonal wording ('{cue}') found, but the period {start.isoformat()} to {end.isoformat()} is "
            f"longer than {SEASONAL_MAX_MONTHS} months, so the skilled-worker profile applies; use --permit seasonal "
            "to see the seasonal check fail on the period"
        )
    return "seasonal", (
        f"auto: seasonal wording ('{cue}') and a fixed period {start.isoformat()} to {end.isoformat()} within "
        f"{SEASONAL_MAX_MONTHS} months"
    )
