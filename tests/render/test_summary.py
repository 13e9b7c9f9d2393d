"""The text report's summary (analyzer/render/text.py, analyzer/render/summary.py): the verdict and every failing,
missing or review item in the first 15 lines, one line each (mark, requirement in plain words, value read or
"not found"); ``short`` stops there; every line fits 80 columns."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from analyzer.model import Document, Evidence, Finding, Localized, Reference, Report
from analyzer.render.summary import PROBLEMS
from analyzer.render.text import render_text

from .reports import REF, report


def lines(r: Report, lang: str = "en", *, short: bool = False, width: int = 80) -> list[str]:
    buffer = io.StringIO()
    render_text(r, Console(file=buffer, width=width, color_system=None), lang, short=short)
    return buffer.getvalue().splitlines()


def test_summary_of_the_hand_built_report_line_by_line() -> None:
    assert lines(report(), short=True) == [
        "tilbud/Tilbudsbrev_Ærlig_Økonomi.pdf",
        "NOT COMPLIANT — at least one UDI requirement is not met",
        "UDI: 1 met, 1 not met · § 14-6: 1 met, 1 missing",
        "✘ Yearly pay against UDI's salary level: not found",
        "? Working hours: not found",
    ]
    assert lines(report(), "nb", short=True)[1:] == [
        "OPPFYLLER IKKE KRAVENE — minst ett UDI-krav er ikke oppfylt",
        "UDI: 1 oppfylt, 1 ikke oppfylt · § 14-6: 1 oppfylt, 1 mangler",
        "✘ Årslønn mot UDIs lønnskrav: ikke funnet",
        "? Arbeidstid: ikke funnet",
    ]


def test_details_follow_the_summary_unless_short() -> None:
    full = lines(report())
    assert full[:5] == lines(report(), short=True)
    assert full[5] == "" and "Details" in full[6]
    assert any("What the offer says" in line for line in full)


def test_the_value_read_is_shown_with_its_unit() -> None:
    r = report()
    r.fields.annual_salary_nok.value = 560000.0
    assert lines(r, short=True)[3] == "✘ Yearly pay against UDI's salary level: 560 000 NOK a year"


def _clause(field: str, status: str = "missing") -> Finding:
    return Finding(
        id=f"aml.{field}",
        field=field,
        status=status,  # type: ignore[arg-type]  # a Status literal, from the test's own table
        scope="contract",
        message=Localized(en=f"No {field}.", nb=f"Ingen {field}."),
        reference=Reference(title="Arbeidsmiljøloven § 14-6", url="https://lovdata.no/lov/2005-06-17-62"),
    )


CLAUSES = [
    "parties",
    "duration",
    "probation",
    "holiday",
    "notice",
    "pay_schedule",
    "working_hours",
    "breaks",
    "overtime",
    "collective_agreement",
    "user_undertaking",
    "training",
    "pension",
]
CLAUSE_LABELS = [
    "Parties to the contract",
    "Duration of a temporary post",
    "Probation",
    "Holiday and holiday pay",
    "Notice periods",
    "Time and method of payment",
    "Working hours",
    "Breaks",
    "Overtime and changes of hours",
    "Collective agreement",
    "User undertaking (hired-out staff)",
    "Skills development",
    "Pension and social security",
]


def test_many_problems_still_fit_in_15_lines_with_every_one_named() -> None:
    r = report()
    r.findings += [
        Finding(
            id="udi.employer",
            field="employer",
            status="review",
            message=Localized(en="Check the employer.", nb="Sjekk arbeidsgiveren."),
            reference=REF,
        ),
        *[_clause(name) for name in CLAUSES],
    ]
    summary = lines(r, short=True)
    assert len(summary) <= 15
    text = "\n".join(summary)
    assert "✘ Yearly pay against UDI's salary level: not found" in text
    assert "! Employer: Fjordløs Bær & Ål AS" in text
    for label in CLAUSE_LABELS:  # the clauses not found are listed together, broken between names only
        assert label in text, label
    assert all(len(line) <= 80 for line in summary)
    assert summary[3:5] == [
        "✘ Yearly pay against UDI's salary level: not found",
        "! Employer: Fjordløs Bær & Ål AS",
    ]
    assert summary[5].startswith("? Not in the contract: Working hours, Parties to the contract,")


def test_a_long_value_is_cut_to_the_line_and_shown_whole_in_the_details() -> None:
    r = report()
    sentence = "Arbeidstid: " + "mandag til fredag kl. 08.00–16.00 med fleksibel arbeidstid " * 3
    r.findings[2] = r.findings[2].model_copy(
        update={"status": "review", "evidence": [Evidence(page=1, text=sentence)]}
    )
    summary = lines(r, short=True)
    assert summary[4].startswith("! Working hours: Arbeidstid: mandag til fredag") and summary[4].endswith(
        "…"
    )
    assert len(summary[4]) == 80
    assert "fleksibel" in "\n".join(lines(r)[5:])


def test_compliant_summary_says_so() -> None:
    r = report(verdict="compliant")
    r.findings = [f for f in r.findings if f.status not in PROBLEMS]
    assert lines(r, short=True)[1:] == [
        "COMPLIANT — the offer meets every UDI requirement checked",
        "UDI: 1 met · § 14-6: 1 met",
        "✔ Every requirement checked is met.",
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    "name",
    [
        "nb_tilbudsbrev_master.pdf",
        "nb_under_minstelonn.pdf",
        "en_missing_salary.pdf",
        "en_salary_eur.docx",
        "nn_deltid_60.docx",
        "nb_mangler_tiltredelse.docx",
    ],
)
def test_sample_summary_holds_every_problem_and_the_report_fits_80_columns(
    name: str, analysed: dict[str, tuple[Report, Document | None]]
) -> None:
    r, _document = analysed[name]
    full = lines(r, "en")
    first = full[:15]
    assert (
        first[1].split(" — ")[0]
        == {
            "compliant": "COMPLIANT",
            "non_compliant": "NOT COMPLIANT",
            "incomplete": "INCOMPLETE",
        }[r.verdict]
    )
    problems = [f for f in r.findings if f.status in PROBLEMS]
    marked = [line for line in first if line[:2] in ("✘ ", "? ", "! ")]
    # one line per problem, or (many § 14-6 clauses missing) the clauses listed together on fewer lines
    assert len(marked) == len(problems) or any(line.startswith("? Not in the contract: ") for line in first)
    assert all(len(line) <= 80 for line in full), [line for line in full if len(line) > 80]
