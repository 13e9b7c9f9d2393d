"""One word for the whole offer, from the UDI-scope findings only; contract-scope findings never change it."""

from __future__ import annotations

from analyzer.model import Finding, Verdict


def verdict(findings: list[Finding]) -> Verdict:
    udi = [f for f in findings if f.scope == "udi"]
    if any(f.status == "fail" for f in udi):
        return "non_compliant"
    if not udi or any(f.status in ("missing", "review") for f in udi):
        return "incomplete"
    return "compliant"
