"""Which contract clauses a document states (Working Environment Act § 14-6), and signals the rule packs use.

Cue phrases are data (``patterns/clauses.yaml``, EN/NB/NN). For each clause the scan answers: is it stated,
where (evidence lines), and for a few clauses the numbers the law limits (probation length in months; weekly
and daily working hours). Signals (seasonal work, piecework, a guaranteed minimum wage, staffing agency, remote
work, temporary or permanent post, exchange rate, skilled worker) use the same matching.

A clause is *stated* when a cue sits in the label cell of a table row that has a value, or in a body line that is
more than a bare heading. A bare heading ("6. Arbeidstid") counts only when body text follows it. This keeps an
empty form ("Eventuelt til: ____") or a heading whose content was deleted from passing as a stated clause.

The jobs are split by module: :mod:`.patterns` (cue data), :mod:`.lines` (line grammar), :mod:`.find` (which
lines), :mod:`.values` (numbers), :mod:`.temporary` (temporary or permanent); this module puts them together.
"""

from __future__ import annotations

from typing import Any

from analyzer.clauses.find import addressee, clause_lines, signal_lines
from analyzer.clauses.lines import evidence as line_evidence
from analyzer.clauses.patterns import CLAUSES, SIGNALS, patterns
from analyzer.clauses.temporary import decide_temporary
from analyzer.clauses.values import read_numbers
from analyzer.model import ClauseHit, ClauseScan, Document, ExtractedField, Fields


def scan_clauses(document: Document, fields: Fields | None = None) -> ClauseScan:
    """Clause and signal hits for a document. ``fields`` (optional) add evidence the extractors already found."""
    lines = document.lines()
    max_words = patterns().heading_max_words
    hits: dict[str, ClauseHit] = {}

    def hit_from(found: list[tuple[int, str]], what: str) -> ClauseHit:
        if not found:
            return ClauseHit()
        seen: set[int] = set()
        found_evidence = []
        for i, cue in found:
            if i in seen:
                continue
            seen.add(i)
            found_evidence.append(line_evidence(lines[i], f"{what} cue '{cue}'"))
        return ClauseHit(present=True, evidence=found_evidence[:3])

    for name in SIGNALS:
        hits[name] = hit_from(signal_lines(lines, name), "signal")
    raw = {name: clause_lines(lines, name, max_words) for name in patterns().clauses}
    for name in CLAUSES:
        if name == "parties":
            employer, employee = raw["parties_employer"], raw["parties_employee"] + addressee(lines)
            from_field = (
                fields.employer if fields is not None and fields.employer.value and not employer else None
            )
            if (employer or from_field) and employee:
                hit = hit_from(employer + employee, "clause")
                if from_field is not None and from_field.evidence:
                    note = "employer from the employer field"
                    hit.evidence.insert(0, from_field.evidence[0].model_copy(update={"note": note}))
                hits[name] = hit
            else:
                hits[name] = ClauseHit()
            continue
        hits[name] = hit_from(raw[name], "clause")

    _add_field_evidence(hits, fields)
    read_numbers(hits, lines, raw)
    decide_temporary(hits, fields)
    return ClauseScan(hits=hits)


def _add_field_evidence(hits: dict[str, ClauseHit], fields: Fields | None) -> None:
    """A value the field extractors found with confidence also proves its clause is stated."""
    if fields is None:
        return
    pairs: dict[str, ExtractedField[Any]] = {
        "work_location": fields.work_location,
        "job_title": fields.job_title,
        "start_date": fields.start_date,
        "salary": fields.salary,
    }
    for clause, field in pairs.items():
        hit = hits[clause]
        if not hit.present and field.value is not None and field.confidence >= 0.6 and field.evidence:
            ev = field.evidence[0]
            hits[clause] = ClauseHit(
                present=True, evidence=[ev.model_copy(update={"note": f"from the {clause} field"})]
            )
