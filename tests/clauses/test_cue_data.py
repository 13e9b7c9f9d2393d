"""Clause cue data (patterns/clauses.yaml) on phrasings of real contracts (issue 13, H5c).

Why: a break "included in working hours" names the working hours without agreeing them, so it must not count as
the working-hours clause; the pay schedule must be found in bokmål and nynorsk ("Lønnen utbetales den 20. hver
måned", "Løna vert utbetalt …"); Norwegian pay sentences state the salary clause (their cues were once parsed as
label-only words by a duplicate YAML key). Each row was read by hand: does the sentence state the clause?
"""

from __future__ import annotations

import pytest

from analyzer.clauses.scan import scan_clauses
from analyzer.model import Document, Line, Page


def _has(text: str, clause: str) -> bool:
    lines = [Line(text=t.strip(), page=1) for t in text.strip().splitlines() if t.strip()]
    return scan_clauses(Document(name="t.txt", kind="text", pages=[Page(number=1, lines=lines)])).has(clause)


ROWS: list[tuple[str, str, bool]] = [
    ("Lunch break: 30 minutes, included in working hours.", "working_hours", False),
    ("The 30-minute lunch break is included in the working hours.", "working_hours", False),
    ("Spisepause på 30 minutter er inkludert i arbeidstiden.", "working_hours", False),
    ("Matpausa på 30 minutt er inkludert i arbeidstida.", "working_hours", False),
    (
        "Working hours: 37.5 hours per week; the lunch break is included in working hours.",
        "working_hours",
        True,
    ),
    ("Arbeidstid: 37,5 timer per uke, mandag til fredag.", "working_hours", True),
    ("Lunch break: 30 minutes, included in working hours.", "breaks", True),
    ("Lønn utbetales den 20. hver måned.", "pay_schedule", True),
    ("Løna vert utbetalt den 20. kvar månad.", "pay_schedule", True),
    ("Løna blir utbetalt den 12. i månaden.", "pay_schedule", True),
    ("Lønn: kr 550 000 per år.", "salary", True),
    ("Årsløn kr 560 000", "salary", True),
    ("Den ansatte får en årslønn på kr 600 000.", "salary", True),
    ("Arbeidstaker har rett til 100 % lønn i karenstiden.", "salary", False),
]


@pytest.mark.parametrize(("text", "clause", "stated"), ROWS)
def test_clause_cue(text: str, clause: str, stated: bool) -> None:
    assert _has(text, clause) is stated
