"""Norwegian organisation numbers: the samples only use numbers that pass the real mod-11 check, so a
document never teaches the extractor to accept an impossible number."""

from __future__ import annotations

_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)


def orgnr_valid(s: str) -> bool:
    """True for nine digits whose last digit is the mod-11 check digit of the first eight."""
    if len(s) != 9 or not s.isdigit():
        return False
    r = 11 - sum(int(d) * w for d, w in zip(s[:8], _WEIGHTS, strict=True)) % 11
    if r == 10:
        return False
    return (0 if r == 11 else r) == int(s[8])


def spaced(org: str) -> str:
    """The usual printed form ``123 456 789``."""
    return f"{org[:3]} {org[3:6]} {org[6:]}"
